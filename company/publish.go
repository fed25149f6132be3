package company

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Market is what publishing reads and sends on TaskMarket (chain.Client
// implements it).
type Market interface {
	Deployment() *chain.Deployment
	MarketParams(ctx context.Context) (chain.MarketParams, error)
	Publish(ctx context.Context, spec chain.TaskSpec) (uint64, *types.Receipt, error)
}

// Clients returns the API client of the node at url.
type Clients func(url string) (*nodeapi.Client, error)

// Publish escrows the plan's fee on TaskMarket: one market task with one
// result slot per assigned enclave (slot i for Assignments[i]), committing
// to the document by its hash, with a majority of each committee as
// quorum. Its price floor is per record and result: the document's price
// over the replication. It sets the document's market task.
func Publish(ctx context.Context, m Market, p *Plan, votingWindow uint32) (*types.Receipt, error) {
	dep := m.Deployment()
	if dep.TaskMarket == (common.Address{}) {
		return nil, fmt.Errorf("%w: TaskMarket is not deployed on this chain", ErrNodes)
	}
	params, err := m.MarketParams(ctx)
	if err != nil {
		return nil, err
	}
	t := p.Task
	k := len(t.Assignments)
	enclaves := make([]common.Address, k)
	for i, a := range t.Assignments {
		enclaves[i] = a.Enclave
	}
	id, rcpt, err := m.Publish(ctx, chain.TaskSpec{
		Measurement: t.Measurement, DatasetHash: t.ID, Enclaves: enclaves, Fee: new(big.Int).Set(p.Fee), Split: p.Split,
		Deadline: p.Deadline, VotingWindow: votingWindow, Quorum: params.CommitteeSize/2 + 1, Replication: uint8(k),
		PricePerRecord: new(big.Int).Div(t.PricePerRecord, big.NewInt(int64(k))), ResultKeyHash: chain.ResultKeyHash(t.ResultKey),
		Reexecute: t.Reexecute,
	})
	if err != nil {
		return rcpt, err
	}
	t.Market, t.MarketID = dep.TaskMarket, id
	return rcpt, nil
}

// SendTask posts the task document to every assigned node at once; the
// error names each node that refused it.
func SendTask(ctx context.Context, t *nodeapi.Task, clients Clients) error {
	return forAssigned(t, func(i int, a nodeapi.Assignment) error {
		api, err := clients(a.Node)
		if err == nil {
			err = api.SendTask(ctx, t)
		}
		return err
	})
}

// VerifyAssigned fetches the attestation of an assigned node over a fresh
// nonce and verifies it under opts (the company's policy and collateral
// source: set opts.Verify.Getter so the collateral is the company's own,
// not the node's copy), then checks that it runs the task's measurement (an
// SGX enclave's MRENCLAVE, a TD's measurement over its MRTD and RTMRs) and
// is the enclave the task assigns. It returns the node and a client of it
// pinned to the TLS key the quote binds (over https: nodeapi.Client.Verify).
func VerifyAssigned(ctx context.Context, api *nodeapi.Client, opts grant.NodeOptions, t *nodeapi.Task, a nodeapi.Assignment) (*grant.Node, *nodeapi.Client, error) {
	n, pinned, err := api.Verify(ctx, opts)
	if err != nil {
		return nil, nil, err
	}
	if n.Measurement() != t.Measurement {
		return nil, nil, fmt.Errorf("%w: %s runs measurement %s, the task's is %s", grant.ErrNodeNotTrusted, a.Node, n.Measurement().Hex(), t.Measurement.Hex())
	}
	if n.Enclave() != a.Enclave {
		return nil, nil, fmt.Errorf("%w: %s serves enclave %s, the task assigns %s", grant.ErrNodeNotTrusted, a.Node, n.Enclave(), a.Enclave)
	}
	return n, pinned, nil
}

// VerifyNodes verifies every assigned node's attestation at once
// (VerifyAssigned under opts), before the company escrows a fee for them;
// the error names each node refused.
func VerifyNodes(ctx context.Context, t *nodeapi.Task, opts grant.NodeOptions, clients Clients) error {
	return forAssigned(t, func(_ int, a nodeapi.Assignment) error {
		api, err := clients(a.Node)
		if err != nil {
			return err
		}
		if _, _, err := VerifyAssigned(ctx, api, opts, t, a); err != nil {
			return fmt.Errorf("verifying its attestation: %w", err)
		}
		return nil
	})
}

// InputSent is one enclave's sealed input, as posted.
type InputSent struct {
	Enclave common.Address `json:"enclave"`
	Node    string         `json:"node"`
	// Hash is keccak256 of the ciphertext (the enclave's claim signs it).
	Hash common.Hash `json:"hash"`
}

// SendInputs seals the owner's input to every assigned enclave, each
// after its attestation verified (VerifyAssigned under opts), and posts it
// signed by signer's client (nodeapi.Client.WithSigner): only the task's
// owner may. The result lists what was sent; the error names each node
// that failed.
func SendInputs(ctx context.Context, t *nodeapi.Task, in *enclave.OwnerInput, opts grant.NodeOptions, clients Clients, sign func(*nodeapi.Client) *nodeapi.Client) ([]InputSent, error) {
	if t.InputCommitment == (common.Hash{}) {
		return nil, fmt.Errorf("%w: task %s commits to no input (published without --init)", ErrWorkload, t.ID)
	}
	if in == nil || in.Commitment() != t.InputCommitment {
		return nil, fmt.Errorf("%w: the input is not the one task %s commits to", ErrWorkload, t.ID)
	}
	out := make([]InputSent, len(t.Assignments))
	err := forAssigned(t, func(i int, a nodeapi.Assignment) error {
		api, err := clients(a.Node)
		if err != nil {
			return err
		}
		n, pinned, err := VerifyAssigned(ctx, api, opts, t, a)
		if err != nil {
			return fmt.Errorf("verifying its attestation: %w", err)
		}
		sealed, err := enclave.SealInput(n, t.ID, in)
		if err != nil {
			return err
		}
		if err := sign(pinned).SendInput(ctx, sealed); err != nil {
			return err
		}
		out[i] = InputSent{Enclave: a.Enclave, Node: a.Node, Hash: sealed.Hash()}
		return nil
	})
	return out, err
}

// forAssigned runs fn for every assignment at once and joins the errors,
// each naming its node.
func forAssigned(t *nodeapi.Task, fn func(i int, a nodeapi.Assignment) error) error {
	errs := make([]error, len(t.Assignments))
	var wg sync.WaitGroup
	for i, a := range t.Assignments {
		wg.Go(func() {
			if err := fn(i, a); err != nil {
				errs[i] = fmt.Errorf("node %s (%s): %w", a.Enclave, a.Node, err)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
