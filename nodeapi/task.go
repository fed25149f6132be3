package nodeapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/train"
)

// MaxTaskSize bounds a task document a node accepts.
const MaxTaskSize = 1 << 20

// Task is the public task document the task owner sends to every assigned
// node and that verifiers check results against: the workload, the price,
// the key results are encrypted to, and which datasets each enclave must
// train on. It holds nothing secret. Its Hash is what the task market
// commits to (the spec and dataset-selector hash); ID is the task's id.
type Task struct {
	// ID names the task: the market's task id, or the document hash when
	// no market is deployed.
	ID    common.Hash    `json:"id"`
	Owner common.Address `json:"owner"`
	// Spec is the training workload; Measurement is the enclave
	// measurement that runs it (allowed in EnclaveRegistry).
	Spec        train.Spec  `json:"spec"`
	Measurement common.Hash `json:"measurement"`
	// PricePerRecord is what data owners are paid per record used, in
	// token base units; grants' policies set a floor on it.
	PricePerRecord *big.Int `json:"pricePerRecord"`
	// ResultKey is the owner's HPKE public key (ML-KEM-768+X25519).
	ResultKey hexutil.Bytes `json:"resultKey"`
	// Assignments say which datasets each enclave trains on; all assigned
	// enclaves train together (FedAvg), each on its own datasets.
	Assignments []Assignment `json:"assignments"`
	// InputCommitment commits to the owner's private input (the initial
	// model parameters, enclave.OwnerInput.Commitment), which each assigned
	// node receives sealed to its enclave (SendInput); zero: none, training
	// starts from the spec's seed. Being in the document, it is in the hash
	// the market task commits to on chain before anyone trains.
	InputCommitment common.Hash `json:"inputCommitment,omitzero"`
	// Nonce makes otherwise identical documents distinct.
	Nonce common.Hash `json:"nonce"`
	// Reexecute asks for every result to be re-executed by a second
	// enclave (otherwise TaskMarket samples them).
	Reexecute bool `json:"reexecute,omitempty"`

	// Market is the TaskMarket contract and MarketID the one market task
	// paying for the whole federated run: replication len(Assignments),
	// result slot i assigned to Assignments[i].Enclave. Every enclave signs
	// the same federation-wide lineage and payout roots, so data owners
	// claim once from whichever result passed. Both are set after
	// publishing and are not part of Hash, which the market task commits
	// to as its dataset hash.
	Market   common.Address `json:"market,omitzero"`
	MarketID uint64         `json:"marketTask,omitempty"`
	// OwnerSignature is the owner's signature of an off-market task
	// (enclave.SignOffMarket over ID and ResultKey), from which the
	// enclaves take its owner; not part of Hash.
	OwnerSignature hexutil.Bytes `json:"ownerSignature,omitempty"`
}

// Assignment is one enclave's part of a task.
type Assignment struct {
	Enclave common.Address `json:"enclave"`
	// Node is the base URL of the node's API (attestation, results).
	Node     string        `json:"node"`
	Datasets []common.Hash `json:"datasets"`
}

// Hash is keccak256 of the document's JSON encoding with ID zeroed: the
// commitment to everything but the id.
func (t *Task) Hash() common.Hash {
	c := *t
	c.ID, c.Market, c.MarketID, c.OwnerSignature = common.Hash{}, common.Address{}, 0, nil
	b, _ := json.Marshal(&c) // plain data: cannot fail
	return crypto.Keccak256Hash(b)
}

// Assignment returns the enclave's assignment.
func (t *Task) Assignment(e common.Address) (Assignment, bool) {
	i := slices.IndexFunc(t.Assignments, func(a Assignment) bool { return a.Enclave == e })
	if i < 0 {
		return Assignment{}, false
	}
	return t.Assignments[i], true
}

// MarketTask returns the market task and enclave e's result slot in it
// (ok false if the task has no market or e is not assigned).
func (t *Task) MarketTask(e common.Address) (id uint64, slot int, ok bool) {
	i := slices.IndexFunc(t.Assignments, func(a Assignment) bool { return a.Enclave == e })
	if i < 0 || t.Market == (common.Address{}) || t.MarketID == 0 {
		return 0, 0, false
	}
	return t.MarketID, i, true
}

// Enclave returns the task as enclave e receives it; usersShare is the
// users' part of one result share of the market task (nil without a
// market) and in the owner's input sealed to e (nil if the task has none).
func (t *Task) Enclave(e common.Address, usersShare *big.Int, in *enclave.SealedInput) *enclave.Task {
	et := &enclave.Task{ID: t.ID, Owner: t.Owner, PricePerRecord: new(big.Int).Set(t.PricePerRecord), Spec: t.Spec, ResultKey: slices.Clone(t.ResultKey),
		InputCommitment: t.InputCommitment, Input: in}
	if id, _, ok := t.MarketTask(e); ok {
		et.Market, et.MarketID, et.UsersShare = t.Market, id, usersShare
	} else {
		et.OwnerSignature = slices.Clone(t.OwnerSignature)
	}
	return et
}

// Validate checks the document's shape.
func (t *Task) Validate() error {
	switch {
	case t.Owner == (common.Address{}):
		return fmt.Errorf("%w: owner is zero", ErrTask)
	case t.PricePerRecord == nil || t.PricePerRecord.Sign() < 0:
		return fmt.Errorf("%w: price per record missing or negative", ErrTask)
	case len(t.ResultKey) == 0:
		return fmt.Errorf("%w: no result key", ErrTask)
	case len(t.Assignments) == 0:
		return fmt.Errorf("%w: no enclave assigned", ErrTask)
	case t.Market != (common.Address{}) && t.MarketID == 0:
		return fmt.Errorf("%w: a market but no market task", ErrTask)
	}
	if err := t.Spec.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrTask, err)
	}
	seen := map[common.Hash]bool{}
	enclaves := map[common.Address]bool{}
	for _, a := range t.Assignments {
		if enclaves[a.Enclave] {
			return fmt.Errorf("%w: enclave %s assigned twice", ErrTask, a.Enclave)
		}
		enclaves[a.Enclave] = true
		if len(a.Datasets) == 0 {
			return fmt.Errorf("%w: enclave %s has no dataset", ErrTask, a.Enclave)
		}
		for _, d := range a.Datasets {
			if seen[d] {
				return fmt.Errorf("%w: dataset %s assigned twice", ErrTask, d)
			}
			seen[d] = true
		}
	}
	return nil
}

// ParseTask decodes a task document strictly and validates it.
func ParseTask(b []byte) (*Task, error) {
	if len(b) > MaxTaskSize {
		return nil, fmt.Errorf("%w: document larger than %d bytes", ErrTask, MaxTaskSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var t Task
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%w: decoding: %w", ErrTask, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", ErrTask)
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
}
