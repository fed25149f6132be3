package nodeapi

import "github.com/ethereum/go-ethereum/common"

// Health is a node's answer to GET /healthz: its enclave, whether the
// registry holds it and approves it, and how far the node read the chain.
type Health struct {
	// Status is "ok", or what is wrong ("chain unreachable").
	Status   string         `json:"status"`
	Enclave  common.Address `json:"enclave"`
	Operator common.Address `json:"operator"`
	// Registry is the enclave's status in EnclaveRegistry: unknown (not
	// registered yet), pending, active or deregistered; empty when the
	// chain could not be read.
	Registry string `json:"registry,omitempty"`
	// Active says whether the enclave is active and its approval holds
	// (EnclaveRegistry.isActive): only then does it take tasks.
	Active bool `json:"active"`
	// Block is the last block the node's chain watch read (0: none yet).
	Block uint64 `json:"block,omitempty"`
	// Tasks counts the tasks the node holds, in every phase.
	Tasks int `json:"tasks"`
}
