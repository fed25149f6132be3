package company

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/wasm"
)

// Workload is what a task runs: a built-in training spec, or a WASI module
// (Wasm non-nil). It decides the enclave measurement the task needs and the
// workload kind data owners consent to.
type Workload struct {
	Spec train.Spec
	Wasm *enclave.WasmTask
}

// Kind returns the workload kind grants name ("train/softmax", "wasm").
func (w Workload) Kind() string {
	if w.Wasm != nil {
		return enclave.KindWasm
	}
	return enclave.Kind(w.Spec)
}

// Enclave returns the workload an enclave is launched for: its kind and id
// (the spec hash, or the module's SHA-256).
func (w Workload) Enclave() enclave.Workload {
	if w.Wasm != nil {
		return enclave.Workload{Kind: enclave.KindWasm, ID: common.Hash(wasm.Measure(w.Wasm.Module))}
	}
	return enclave.Workload{Kind: w.Kind(), ID: w.Spec.Hash()}
}

// Measurement returns the measurement of an enclave of this binary's
// runtime launched for the workload (enclave.MeasureWorkload).
func (w Workload) Measurement() (common.Hash, error) {
	return enclave.MeasureWorkload(w.Enclave())
}

// Validate checks that the workload can be published: a training spec must
// be valid and target an ε (data owners' budgets are in ε); a module must
// fit a task document (nodeapi.MaxWasmModuleSize) with limits in range.
func (w Workload) Validate() error {
	if w.Wasm != nil {
		// The document's own rules: module size and limits.
		if err := (&nodeapi.WasmWorkload{Module: w.Wasm.Module, Limits: w.Wasm.Limits}).Validate(); err != nil {
			return fmt.Errorf("%w: %w", ErrWorkload, err)
		}
		return nil
	}
	if err := w.Spec.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrWorkload, err)
	}
	if w.Spec.DP == nil || !(w.Spec.DP.Epsilon > 0) {
		return fmt.Errorf("%w: training on data owners' records needs DP-SGD with a target ε (grants refuse tasks without one)", ErrWorkload)
	}
	return nil
}

// policyTask is the task as a grant's policy judges it.
func (w Workload) policyTask(owner common.Address, price *big.Int) grant.Task {
	t := grant.Task{Owner: owner, Kind: w.Kind(), PricePerRecord: price}
	if w.Wasm == nil && w.Spec.DP != nil {
		t.Epsilon, t.Delta, t.PrivacyUnit = w.Spec.DP.Epsilon, w.Spec.DP.Delta, w.Spec.PrivacyUnit()
	}
	return t
}

// ParamCount is the length of the parameter vector of the spec's model:
// the size an initial model (a warm start) must have.
func ParamCount(s train.Spec) int {
	if s.Model == train.MLP {
		return s.Features*s.Hidden + s.Hidden + s.Hidden*s.Classes + s.Classes
	}
	return s.Features*s.Classes + s.Classes
}
