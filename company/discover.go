package company

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
)

// Registry is what finding nodes reads of EnclaveRegistry
// (chain.Client implements it).
type Registry interface {
	BlockNumber(ctx context.Context) (uint64, error)
	RegisteredEnclaves(ctx context.Context) ([]common.Address, error)
	Enclave(ctx context.Context, enclave common.Address) (chain.EnclaveInfo, error)
	EnclaveActive(ctx context.Context, enclave common.Address) (bool, error)
	Endpoint(ctx context.Context, enclave common.Address) (string, error)
}

// Usable says why enclave e cannot take a task of measurement m ("" if it
// can) and returns its node URL: it must be approved and active (allowed
// measurement, staked operator), run m and publish an endpoint.
func Usable(ctx context.Context, r Registry, e common.Address, m common.Hash, head uint64) (url, why string, err error) {
	info, err := r.Enclave(ctx, e)
	if err != nil {
		return "", "", err
	}
	switch {
	case info.Status == chain.EnclaveUnknown:
		return "", "not registered", nil
	case info.Measurement != m:
		return "", fmt.Sprintf("runs measurement %s, the task needs %s", info.Measurement.Hex(), m.Hex()), nil
	case !info.ApprovedAt(head):
		return "", fmt.Sprintf("not approved at block %d (status %s)", head, info.Status), nil
	}
	active, err := r.EnclaveActive(ctx, e)
	if err != nil {
		return "", "", err
	}
	if !active {
		return "", "not active (measurement no longer allowed, or its operator's stake is short)", nil
	}
	if url, err = r.Endpoint(ctx, e); err != nil {
		return "", "", err
	}
	if url == "" {
		return "", "its operator published no node URL", nil
	}
	return url, "", nil
}

// Resolve returns the node of each enclave, or ErrNodes naming the first
// that cannot take a task of measurement m.
func Resolve(ctx context.Context, r Registry, enclaves []common.Address, m common.Hash) ([]NodeRef, error) {
	head, err := r.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]NodeRef, 0, len(enclaves))
	for _, e := range enclaves {
		url, why, err := Usable(ctx, r, e, m, head)
		if err != nil {
			return nil, fmt.Errorf("reading enclave %s: %w", e, err)
		}
		if why != "" {
			return nil, fmt.Errorf("%w: enclave %s %s", ErrNodes, e, why)
		}
		out = append(out, NodeRef{Enclave: e, URL: url})
	}
	return out, nil
}

// Discover returns every registered enclave that can take a task of
// measurement m, in registration order.
func Discover(ctx context.Context, r Registry, m common.Hash) ([]NodeRef, error) {
	head, err := r.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	all, err := r.RegisteredEnclaves(ctx)
	if err != nil {
		return nil, err
	}
	var out []NodeRef
	seen := map[common.Address]bool{}
	for _, e := range all {
		if seen[e] {
			continue // registered again after a deregistration: one record
		}
		seen[e] = true
		url, why, err := Usable(ctx, r, e, m, head)
		if err != nil {
			return nil, fmt.Errorf("reading enclave %s: %w", e, err)
		}
		if why == "" {
			out = append(out, NodeRef{Enclave: e, URL: url})
		}
	}
	return out, nil
}
