package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/train"
)

// workloadFlags choose the workload of a task (and of the enclave that
// runs it): a spec file, a built-in training spec from flags, or a WASI
// module. The same flags give the same spec, byte for byte, on every
// machine: the node operator and the company agree on it without
// exchanging files (or exchange the file memoc task spec writes).
type workloadFlags struct {
	specFile, wasmFile, data, label, model string
	hidden, rounds, epochs, batch          int
	lr, momentum, epsilon, delta, clip     float64
	dpUnit                                 string
	sampleRate, serverLR, serverMomentum   float64
	clipQuantile, clipCountSigma           float64
	seed                                   uint64
	// limits are the run limits of a --wasm task (addWasmLimitFlags).
	limits enclave.WasmLimits
}

// The wasm limit flags; they go with --wasm only.
var wasmLimitFlagNames = []string{"wasm-seed", "wasm-walltime", "wasm-max-time", "wasm-max-fuel", "wasm-max-pages", "wasm-max-output"}

// addWasmLimitFlags registers the limits of a --wasm task's run: public,
// in the task document, and committed to by the result's claim. Zero
// takes the wasm package's default.
func addWasmLimitFlags(fs *pflag.FlagSet, f *workloadFlags) {
	fs.Uint64Var(&f.limits.Seed, "wasm-seed", 0, "seed of the module's random stream (--wasm)")
	fs.Int64Var(&f.limits.Walltime, "wasm-walltime", 0, "Unix time in seconds the module's virtual clock starts at (--wasm)")
	fs.DurationVar(&f.limits.MaxWallTime, "wasm-max-time", 0, "host time bound of the run (--wasm; 0: 60s)")
	fs.Int64Var(&f.limits.MaxFuel, "wasm-max-fuel", 0, "function calls plus loop iterations the run may take (--wasm; 0: the wasm default)")
	fs.Uint32Var(&f.limits.MaxMemoryPages, "wasm-max-pages", 0, "linear memory bound in 64 KiB pages (--wasm; 0: 4096)")
	fs.Int64Var(&f.limits.MaxOutputBytes, "wasm-max-output", 0, "output (stdout) bound in bytes (--wasm; 0: 64 MiB)")
}

// The spec flags; --spec and --wasm exclude them.
var specFlagNames = []string{"data", "label", "model", "hidden", "rounds", "epochs", "batch", "lr", "momentum", "dp-epsilon", "delta", "clip", "seed",
	"dp-unit", "sample-rate", "server-lr", "server-momentum", "dp-clip-quantile", "dp-clip-count-sigma"}

func addWorkloadFlags(fs *pflag.FlagSet, f *workloadFlags) {
	fs.StringVar(&f.specFile, "spec", "", "training spec file (JSON, as memoc task spec writes it) instead of the spec flags")
	fs.StringVar(&f.wasmFile, "wasm", "", "WASI module to run instead of a training spec")
	fs.StringVar(&f.data, "data", "", "public CSV fixing the features, classes and standardisation of the spec (default: the embedded UCI digits)")
	fs.StringVar(&f.label, "label", "label", "label column of --data")
	fs.StringVar(&f.model, "model", "softmax", "model: softmax or mlp")
	fs.IntVar(&f.hidden, "hidden", 64, "hidden units of the MLP")
	fs.IntVar(&f.rounds, "rounds", 10, "federated (FedAvg) rounds")
	fs.IntVar(&f.epochs, "epochs", 1, "local epochs per round")
	fs.IntVar(&f.batch, "batch", 32, "expected minibatch size of DP-SGD")
	fs.Float64Var(&f.lr, "lr", 0.2, "learning rate")
	fs.Float64Var(&f.momentum, "momentum", 0.9, "SGD momentum")
	fs.Float64Var(&f.epsilon, "dp-epsilon", 4, "DP-SGD target ε per data owner (grants' budgets are charged this)")
	fs.Float64Var(&f.delta, "delta", 1e-5, "δ of (ε, δ)-DP")
	fs.Float64Var(&f.clip, "clip", 1, "norm bound: of each example's gradient (record) or of each data owner's model delta (user)")
	fs.StringVar(&f.dpUnit, "dp-unit", train.UnitRecord, `privacy unit of --dp-epsilon: "record" (DP-SGD: ε per record) or "user" (DP-FedAvg: ε per data owner with all their records; needs many owners)`)
	fs.Float64Var(&f.sampleRate, "sample-rate", 1, "--dp-unit user: probability that a data owner takes part in a round")
	fs.Float64Var(&f.serverLR, "server-lr", 1.3, "--dp-unit user: server learning rate")
	fs.Float64Var(&f.serverMomentum, "server-momentum", 0, "--dp-unit user: server momentum")
	fs.Float64Var(&f.clipQuantile, "dp-clip-quantile", 0, "--dp-unit user: adapt the clip norm each round toward this quantile of the owners' delta norms, in (0, 1) (0: a fixed --clip)")
	fs.Float64Var(&f.clipCountSigma, "dp-clip-count-sigma", 0, "--dp-clip-quantile: noise σ_b on each round's count of owners within the clip norm; about the expected owners per round over 20")
	fs.Uint64Var(&f.seed, "seed", 1, "public seed of the initial parameters")
}

// workload returns the workload the flags choose.
func (f *workloadFlags) workload(cmd *cobra.Command) (company.Workload, error) {
	var spec []string
	for _, n := range specFlagNames {
		if given(cmd, n) {
			spec = append(spec, "--"+n)
		}
	}
	var limits []string
	for _, n := range wasmLimitFlagNames {
		if given(cmd, n) {
			limits = append(limits, "--"+n)
		}
	}
	switch {
	case len(limits) > 0 && f.wasmFile == "":
		return company.Workload{}, usagef("%v: the wasm limit flags go with --wasm", limits)
	case f.specFile != "" && f.wasmFile != "":
		return company.Workload{}, usagef("pass --spec or --wasm, not both")
	case (f.specFile != "" || f.wasmFile != "") && len(spec) > 0:
		return company.Workload{}, usagef("%v: the spec flags do not go with --spec or --wasm", spec)
	case f.wasmFile != "":
		m, err := os.ReadFile(f.wasmFile)
		if err != nil {
			return company.Workload{}, fmt.Errorf("reading --wasm: %w", err)
		}
		return company.Workload{Wasm: &enclave.WasmTask{Module: m, Limits: f.limits}}, nil
	case f.specFile != "":
		b, err := os.ReadFile(f.specFile)
		if err != nil {
			return company.Workload{}, fmt.Errorf("reading --spec: %w", err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var s train.Spec
		if err := dec.Decode(&s); err != nil {
			return company.Workload{}, fmt.Errorf("reading --spec %s: %w", f.specFile, err)
		}
		w := company.Workload{Spec: s}
		if err := w.Validate(); err != nil {
			return company.Workload{}, fmt.Errorf("--spec %s: %w", f.specFile, err)
		}
		return w, nil
	}
	if f.model != string(train.Softmax) && f.model != string(train.MLP) {
		return company.Workload{}, usagef("--model %q: want softmax or mlp", f.model)
	}
	if !(f.epsilon > 0) {
		return company.Workload{}, usagef("--dp-epsilon %v: a task on data owners' records needs a positive ε", f.epsilon)
	}
	var d *train.Dataset
	var err error
	if f.data == "" {
		d, err = train.Digits()
	} else {
		d, err = readCSV(f.data, f.label, "--data")
	}
	if err != nil {
		return company.Workload{}, err
	}
	std, err := train.FitStandardizer(d)
	if err != nil {
		return company.Workload{}, fmt.Errorf("standardising --data: %w", err)
	}
	s := train.Spec{
		Model: train.Kind(f.model), Features: d.Schema.NumFeatures(), Classes: d.Schema.Classes,
		Rounds: f.rounds, Epochs: f.epochs, Batch: f.batch, LR: f.lr, Momentum: f.momentum, Seed: f.seed,
		DP: &train.DP{Clip: f.clip, Delta: f.delta, Epsilon: f.epsilon}, Standardize: std,
	}
	if s.Model == train.MLP {
		s.Hidden = f.hidden
	}
	switch f.dpUnit {
	case train.UnitRecord:
		if f.clipQuantile != 0 || f.clipCountSigma != 0 {
			return company.Workload{}, usagef("--dp-clip-quantile and --dp-clip-count-sigma (adaptive clipping) are for --dp-unit user")
		}
	case train.UnitUser:
		s.DP.Unit, s.DP.SampleRate, s.DP.ServerLR, s.DP.ServerMomentum = train.UnitUser, f.sampleRate, f.serverLR, f.serverMomentum
		switch {
		case f.clipQuantile != 0 && f.clipCountSigma == 0:
			return company.Workload{}, usagef("--dp-clip-quantile needs --dp-clip-count-sigma, the noise on the count of owners within the clip norm: about the expected owners per round (--sample-rate × owners) over 20")
		case f.clipQuantile == 0 && f.clipCountSigma != 0:
			return company.Workload{}, usagef("--dp-clip-count-sigma goes with --dp-clip-quantile")
		}
		s.DP.ClipQuantile, s.DP.ClipCountSigma = f.clipQuantile, f.clipCountSigma
	default:
		return company.Workload{}, usagef("--dp-unit %q: want record or user", f.dpUnit)
	}
	w := company.Workload{Spec: s}
	if err := w.Validate(); err != nil {
		return company.Workload{}, usageError{fmt.Errorf("checking the spec flags: %w", err)}
	}
	return w, nil
}

// readCSV reads a labelled CSV file (flag names it in errors).
func readCSV(path, label, flag string) (*train.Dataset, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", flag, err)
	}
	defer file.Close()
	d, err := train.ReadCSV(file, train.CSVOptions{Label: label})
	if err != nil {
		return nil, fmt.Errorf("reading %s %s: %w (fix the file or choose the label column with --label)", flag, path, err)
	}
	return d, nil
}
