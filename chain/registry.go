package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// EnclaveStatus is an enclave's state in the EnclaveRegistry.
type EnclaveStatus uint8

// Enclave states, as numbered by EnclaveRegistry.Status.
const (
	EnclaveUnknown      EnclaveStatus = 0
	EnclavePending      EnclaveStatus = 1
	EnclaveActive       EnclaveStatus = 2
	EnclaveDeregistered EnclaveStatus = 3
)

// String names the status.
func (s EnclaveStatus) String() string {
	switch s {
	case EnclaveUnknown:
		return "unknown"
	case EnclavePending:
		return "pending"
	case EnclaveActive:
		return "active"
	case EnclaveDeregistered:
		return "deregistered"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// EnclaveInfo is an enclave's registry record.
type EnclaveInfo struct {
	Operator        common.Address `json:"operator"`
	HPKEKeyHash     common.Hash    `json:"hpkeKeyHash"`
	EvidenceHash    common.Hash    `json:"evidenceHash"`
	Measurement     common.Hash    `json:"measurement"`
	Status          EnclaveStatus  `json:"status"`
	Approvals       uint32         `json:"approvals"`
	RegisteredBlock uint64         `json:"registeredBlock"`
}

// SetMeasurementAllowed adds or removes an enclave measurement from the allow-list (governance only).
func (c *Client) SetMeasurementAllowed(ctx context.Context, measurement common.Hash, allowed bool) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetMeasurementAllowed(measurement, allowed)
	if err != nil {
		return nil, fmt.Errorf("packing setMeasurementAllowed: %w", err)
	}
	return c.transact(ctx, "setting measurement allowance", &c.dep.EnclaveRegistry, data, nil)
}

// SetQuorum sets how many verifier approvals activate an enclave (governance only).
func (c *Client) SetQuorum(ctx context.Context, quorum uint32) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetQuorum(quorum)
	if err != nil {
		return nil, fmt.Errorf("packing setQuorum: %w", err)
	}
	return c.transact(ctx, "setting quorum", &c.dep.EnclaveRegistry, data, nil)
}

// RegisterEnclave registers enclave for the client's (staked TEE-node) account.
func (c *Client) RegisterEnclave(ctx context.Context, enclave common.Address, hpkeKeyHash, evidenceHash, measurement common.Hash) (*types.Receipt, error) {
	data, err := c.registry.TryPackRegister(enclave, hpkeKeyHash, evidenceHash, measurement)
	if err != nil {
		return nil, fmt.Errorf("packing register: %w", err)
	}
	return c.transact(ctx, "registering enclave", &c.dep.EnclaveRegistry, data, nil)
}

// ApproveEnclave records the client's (staked verifier) approval of enclave.
func (c *Client) ApproveEnclave(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	data, err := c.registry.TryPackApprove(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing approve: %w", err)
	}
	return c.transact(ctx, "approving enclave", &c.dep.EnclaveRegistry, data, nil)
}

// DeregisterEnclave retires enclave (its operator or governance).
func (c *Client) DeregisterEnclave(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	data, err := c.registry.TryPackDeregister(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing deregister: %w", err)
	}
	return c.transact(ctx, "deregistering enclave", &c.dep.EnclaveRegistry, data, nil)
}

// Enclave returns enclave's registry record (Status EnclaveUnknown if none).
func (c *Client) Enclave(ctx context.Context, enclave common.Address) (EnclaveInfo, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackEnclaveOf(enclave))
	if err != nil {
		return EnclaveInfo{}, fmt.Errorf("reading enclave: %w", err)
	}
	e, err := c.registry.UnpackEnclaveOf(out)
	if err != nil {
		return EnclaveInfo{}, fmt.Errorf("decoding enclave: %w", err)
	}
	return EnclaveInfo{
		Operator: e.Operator, HPKEKeyHash: e.HpkeKeyHash, EvidenceHash: e.EvidenceHash, Measurement: e.Measurement,
		Status: EnclaveStatus(e.Status), Approvals: e.Approvals, RegisteredBlock: e.RegisteredBlock,
	}, nil
}

// EnclavesOf lists every enclave operator has registered, in order.
func (c *Client) EnclavesOf(ctx context.Context, operator common.Address) ([]common.Address, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackEnclavesOf(operator))
	if err != nil {
		return nil, fmt.Errorf("reading enclaves of operator: %w", err)
	}
	return c.registry.UnpackEnclavesOf(out)
}

// EnclaveActive reports whether enclave is approved, not deregistered, still
// allowed by measurement and its operator still staked.
func (c *Client) EnclaveActive(ctx context.Context, enclave common.Address) (bool, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackIsActive(enclave))
	if err != nil {
		return false, fmt.Errorf("reading enclave activity: %w", err)
	}
	return c.registry.UnpackIsActive(out)
}

// MeasurementAllowed reports whether measurement is on the allow-list.
func (c *Client) MeasurementAllowed(ctx context.Context, measurement common.Hash) (bool, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackMeasurementAllowed(measurement))
	if err != nil {
		return false, fmt.Errorf("reading measurement allowance: %w", err)
	}
	return c.registry.UnpackMeasurementAllowed(out)
}

// Quorum returns the number of verifier approvals that activate an enclave.
func (c *Client) Quorum(ctx context.Context) (uint32, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackQuorum())
	if err != nil {
		return 0, fmt.Errorf("reading quorum: %w", err)
	}
	return c.registry.UnpackQuorum(out)
}

// SimulatedRoots reports whether the deployment trusts simulated attestation
// roots (dev chains only) and, if so, the hash of the trusted sim root.
func (c *Client) SimulatedRoots(ctx context.Context) (bool, common.Hash, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackTrustsSimulatedRoots())
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("reading sim-root flag: %w", err)
	}
	trusts, err := c.registry.UnpackTrustsSimulatedRoots(out)
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("decoding sim-root flag: %w", err)
	}
	out, err = c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackSimulatedRootHash())
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("reading sim-root hash: %w", err)
	}
	h, err := c.registry.UnpackSimulatedRootHash(out)
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("decoding sim-root hash: %w", err)
	}
	return trusts, h, nil
}
