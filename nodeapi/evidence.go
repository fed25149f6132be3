package nodeapi

import (
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// Evidence is what a node publishes for a result: the enclave's result
// (the model encrypted to the task owner and the signed claim) and the
// consent policy of every dataset it used, in Result.Usage order, so that
// verifiers can check them against the policy hashes on chain.
type Evidence struct {
	Result   *enclave.Result `json:"result"`
	Policies []grant.Policy  `json:"policies"`
	// Reexecution is the report of the enclave that re-executed the task
	// when the result was selected for it (the re-executor's node
	// publishes it; nil otherwise).
	Reexecution *enclave.Reexecution `json:"reexecution,omitempty"`
}
