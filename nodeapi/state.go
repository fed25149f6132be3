package nodeapi

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// TaskPhase is where a task stands on a node.
type TaskPhase string

// The phases of a task on a node, in order; Failed and Refused end it
// early, with a reason.
const (
	// PhaseAccepted: the document is accepted (the market task commits to
	// it and assigns this enclave); the node waits for the owner's input
	// and its peers.
	PhaseAccepted TaskPhase = "accepted"
	// PhaseRunning: the enclave is training (Round says which round).
	PhaseRunning TaskPhase = "running"
	// PhaseDone: the evidence is published; the claim is not on chain yet.
	PhaseDone TaskPhase = "done"
	// PhaseSubmitted: the enclave-signed claim is on chain (SubmitTx).
	PhaseSubmitted TaskPhase = "submitted"
	// PhaseSettled: the market settled the task; Reason gives this
	// result's verdict.
	PhaseSettled TaskPhase = "settled"
	// PhaseFailed: the run failed; Reason says why. The node retries a
	// failure it can recover from (a peer that was down) until the deadline.
	PhaseFailed TaskPhase = "failed"
	// PhaseRefused: the node will not run the task (Reason: its terms, no
	// grant for an assigned dataset, the deadline passed).
	PhaseRefused TaskPhase = "refused"
)

// TaskState is a node's answer to GET /v1/tasks/{id}: the task document
// and how far the node is with it.
type TaskState struct {
	Task  *Task     `json:"task"`
	Phase TaskPhase `json:"phase"`
	// Reason explains a Failed or Refused phase, or what an Accepted task
	// waits for.
	Reason string `json:"reason,omitempty"`
	// Excluded lists the assigned datasets the node left out of its last
	// run because their grants no longer held (revoked or expired), and
	// why: their owners are not paid.
	Excluded []string `json:"excluded,omitempty"`
	// Round is the last FedAvg round the enclave started (Running).
	Round    int         `json:"round,omitempty"`
	SubmitTx common.Hash `json:"submitTx,omitzero"`
	// WithdrawTx is the withdrawal of the operator's earnings that the
	// task's settlement paid (Settled, when the result was paid).
	WithdrawTx common.Hash `json:"withdrawTx,omitzero"`
	// Attempts counts the runs the node started (a restart or a retry
	// after a failure adds one).
	Attempts int       `json:"attempts"`
	Updated  time.Time `json:"updated"`
}

// Offer is one dataset a node holds a grant for, as GET /v1/datasets lists
// them for task owners choosing what to assign: the owner's consent policy
// (the node holds the grant; the policy's hash is on chain) and the
// manifest's record count.
type Offer struct {
	Dataset common.Hash    `json:"dataset"`
	Owner   common.Address `json:"owner"`
	Records uint64         `json:"records"`
	Policy  grant.Policy   `json:"policy"`
	// Expiry is the first block at which the grant no longer holds.
	Expiry uint64 `json:"expiry,omitempty"`
}

// Offers is the answer to GET /v1/datasets.
type Offers struct {
	Enclave  common.Address `json:"enclave"`
	Datasets []Offer        `json:"datasets"`
}

// Records sums the offers' records.
func (o Offers) Records() uint64 {
	var n uint64
	for _, d := range o.Datasets {
		n += d.Records
	}
	return n
}

// MinPrice returns the highest price floor among the offers' policies
// (zero if none sets one): a task must pay at least that per record to use
// them all.
func (o Offers) MinPrice() *big.Int {
	p := new(big.Int)
	for _, d := range o.Datasets {
		if d.Policy.MinPricePerRecord != nil && d.Policy.MinPricePerRecord.Cmp(p) > 0 {
			p.Set(d.Policy.MinPricePerRecord)
		}
	}
	return p
}
