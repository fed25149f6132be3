package nodeapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/wasm"
)

// MaxTaskSize bounds a task document a node accepts.
const MaxTaskSize = 1 << 20

// MaxWasmModuleSize bounds the module a task document carries inline: its
// hex encoding must leave room in MaxTaskSize for the rest of the document.
const MaxWasmModuleSize = 448 << 10

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
	// Spec is the training workload of a training task (zero for a wasm
	// task); Wasm the module and limits of a general-compute task (nil for
	// a training task). Measurement is the enclave measurement that runs
	// the workload (allowed in EnclaveRegistry): a training spec's or the
	// module's, whose SHA-256 the enclave's workload id must be.
	Spec        train.Spec    `json:"spec,omitzero"`
	Wasm        *WasmWorkload `json:"wasm,omitempty"`
	Measurement common.Hash   `json:"measurement"`
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

// WasmWorkload is the workload of a general-compute task: a WASI module,
// carried in the document (so its bytes are in the document hash the
// market task commits to), and the limits of its run. The enclave runs it
// only if the module's SHA-256 (ModuleHash) is the workload id it was
// measured for; the result's claim commits to the limits
// (enclave.Result.ConfigHash). A wasm task runs on one enclave, over all
// the datasets assigned to it, with no federation and no owner input.
type WasmWorkload struct {
	Module hexutil.Bytes      `json:"module"`
	Limits enclave.WasmLimits `json:"limits"`
}

// ModuleHash returns the module's SHA-256 (wasm.Measure): the workload id
// of the enclaves that run it.
func (w *WasmWorkload) ModuleHash() common.Hash { return common.Hash(wasm.Measure(w.Module)) }

// Validate checks the workload's shape: a module of at most
// MaxWasmModuleSize bytes and limits in range.
func (w *WasmWorkload) Validate() error {
	l := w.Limits
	switch {
	case len(w.Module) == 0:
		return fmt.Errorf("%w: empty wasm module", ErrTask)
	case len(w.Module) > MaxWasmModuleSize:
		return fmt.Errorf("%w: wasm module of %d bytes, a task document carries at most %d", ErrTask, len(w.Module), MaxWasmModuleSize)
	case l.MaxWallTime < 0 || l.MaxFuel < 0 || l.MaxOutputBytes < 0 || l.MaxMemoryPages > wasm.MaxMemoryPages:
		return fmt.Errorf("%w: wasm limits out of range (negative, or more than %d memory pages)", ErrTask, wasm.MaxMemoryPages)
	}
	return nil
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

// Kind returns the task's workload kind as grants name it ("wasm",
// "train/softmax", "train/mlp").
func (t *Task) Kind() string {
	if t.Wasm != nil {
		return enclave.KindWasm
	}
	return enclave.Kind(t.Spec)
}

// ConfigHash is the run configuration a result's claim must commit to
// (enclave.Result.ConfigHash): the limits of a wasm task, zero for a
// training task.
func (t *Task) ConfigHash() common.Hash {
	if t.Wasm == nil {
		return common.Hash{}
	}
	return t.Wasm.Limits.Hash()
}

// WasmTask returns the wasm workload as the enclave takes it (nil for a
// training task).
func (t *Task) WasmTask() *enclave.WasmTask {
	if t.Wasm == nil {
		return nil
	}
	return &enclave.WasmTask{Module: slices.Clone(t.Wasm.Module), Limits: t.Wasm.Limits}
}

// Enclave returns the task as enclave e receives it; usersShare is the
// users' part of one result share of the market task (nil without a
// market) and in the owner's input sealed to e (nil if the task has none).
func (t *Task) Enclave(e common.Address, usersShare *big.Int, in *enclave.SealedInput) *enclave.Task {
	et := &enclave.Task{ID: t.ID, Owner: t.Owner, PricePerRecord: new(big.Int).Set(t.PricePerRecord), Spec: t.Spec, ResultKey: slices.Clone(t.ResultKey),
		InputCommitment: t.InputCommitment, Input: in, Wasm: t.WasmTask()}
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
	if t.Wasm != nil {
		switch {
		case !reflect.ValueOf(t.Spec).IsZero():
			return fmt.Errorf("%w: a wasm task carries no training spec", ErrTask)
		case t.InputCommitment != (common.Hash{}):
			return fmt.Errorf("%w: a wasm task takes no owner input", ErrTask)
		case len(t.Assignments) != 1:
			return fmt.Errorf("%w: a wasm task runs on one enclave, %d assigned", ErrTask, len(t.Assignments))
		}
		if err := t.Wasm.Validate(); err != nil {
			return err
		}
	} else if err := t.Spec.Validate(); err != nil {
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
