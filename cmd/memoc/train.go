package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/train/chart"
)

// trainFlags are the flags of `memoc train`.
type trainFlags struct {
	data, label, model, plot string
	test, out                string
	hidden, rounds, epochs   int
	batch, users             int
	lr, momentum             float64
	dpEpsilon, delta, clip   float64
	dpUnit                   string
	sampleRate               float64
	serverLR, serverMomentum float64
	clipQuantile             float64
	records                  int
	testFraction             float64
	nonIID                   bool
	seed                     uint64
}

// trainReport is the --json output of `memoc train`.
type trainReport struct {
	Data         string      `json:"data"`
	Records      int         `json:"records"`
	TestRecords  int         `json:"testRecords"`
	Users        int         `json:"users"`
	NonIID       bool        `json:"nonIid"`
	Spec         specView    `json:"spec"`
	SpecHash     string      `json:"specHash"`
	ParamsHash   string      `json:"paramsHash"`
	TestAccuracy float64     `json:"testAccuracy"`
	TestLoss     float64     `json:"testLoss"`
	Epsilon      float64     `json:"epsilon"`
	PrivacyUnit  string      `json:"privacyUnit,omitempty"` // what Epsilon is about: "record" or "user"; absent without DP
	Delta        float64     `json:"delta"`
	Sigma        float64     `json:"sigma,omitempty"`    // the noise multiplier the target ε calibrated
	LastClip     float64     `json:"lastClip,omitempty"` // user level: the clip norm of the last round (it moves with --dp-clip-quantile)
	Rounds       []roundView `json:"rounds"`
	Plot         string      `json:"plot,omitempty"`
}

// specView is train.Spec under the output contract: its seed, a uint64,
// is a decimal string.
type specView struct {
	train.Spec
	Seed decimalUint64 `json:"seed"`
}

func newTrainCmd() *cobra.Command {
	var f trainFlags
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train a model locally on a CSV file (no chain): the workload a TEE node runs",
		Long: `Train softmax regression or a one-hidden-layer MLP on a CSV file with a header
row and an integer label column, optionally federated over --users simulated
users (FedAvg) and with differential privacy at a target ε.

--dp-unit says what ε protects. "record" (the default) runs DP-SGD at every
user, one participant each: ε bounds what the model reveals about one record,
and a user holding k records is protected only as a group of k. "user" runs
DP-FedAvg with all users in one participant: each round every user takes part
with probability --sample-rate, a user's model delta over their own records is
clipped to --clip, Gaussian noise is added to the sum once per round, and ε
bounds what the model reveals about one user and all their records. User-level
DP needs many users (100 or more). --dp-clip-quantile turns on adaptive
clipping: --clip is then only the first round's bound, and each round moves it
toward that quantile of the users' delta norms, estimated from a noisy count
that ε also covers (the model's noise is raised to pay for it).

A fifth of the records (--test-fraction) is held out for testing; features are
standardised with statistics of the training part only. Without --data the
embedded UCI digits data set (CC BY 4.0) is used; --data synthetic draws
--records records for each of --users non-IID owners and a held-out sample
from the scale tests' synthetic distribution.`,
		Example: `  memoc train --plot digits.png
  memoc train --model mlp --users 5 --non-iid --rounds 30
  memoc train --data iris.csv --label species --dp-epsilon 8 --json
  memoc train --users 100 --non-iid --dp-epsilon 4 --dp-unit user
  memoc train --data synthetic --users 10000 --dp-epsilon 4 --dp-unit user`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrain(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "CSV file with a header row (default: the embedded UCI digits data)")
	fl.StringVar(&f.label, "label", "label", "name of the label column (integer classes 0..k-1)")
	fl.StringVar(&f.model, "model", "softmax", "model: softmax or mlp")
	fl.IntVar(&f.hidden, "hidden", 64, "hidden units of the MLP")
	fl.IntVar(&f.rounds, "rounds", 20, "federated rounds (metrics are reported per round)")
	fl.IntVar(&f.epochs, "epochs", 1, "local epochs per round")
	fl.IntVar(&f.batch, "batch", 32, "minibatch size (expected batch size under DP; default 256 with --dp-epsilon)")
	fl.Float64Var(&f.lr, "lr", 0.02, "learning rate (default 0.5 with --dp-epsilon)")
	fl.Float64Var(&f.momentum, "momentum", 0.9, "SGD momentum")
	fl.Float64Var(&f.dpEpsilon, "dp-epsilon", 0, "train with DP-SGD to this ε (0: no differential privacy)")
	fl.Float64Var(&f.delta, "delta", 1e-5, "δ of (ε, δ)-DP")
	fl.Float64Var(&f.clip, "clip", 1, "norm bound: of each example's gradient (record) or of each user's model delta (user; default 3)")
	fl.StringVar(&f.dpUnit, "dp-unit", train.UnitRecord, `privacy unit of --dp-epsilon: "record" (DP-SGD) or "user" (DP-FedAvg)`)
	fl.Float64Var(&f.sampleRate, "sample-rate", 0, "user level: probability that a user takes part in a round (default: 1000 users per round on average, all of them up to 1000)")
	fl.Float64Var(&f.serverLR, "server-lr", 1.3, "user level: server learning rate (step along the noisy mean delta)")
	fl.Float64Var(&f.serverMomentum, "server-momentum", 0, "user level: server momentum")
	fl.Float64Var(&f.clipQuantile, "dp-clip-quantile", 0, "user level: adapt the clip norm each round toward this quantile of the users' delta norms, in (0, 1) (0: a fixed --clip)")
	fl.IntVar(&f.records, "records", train.DefaultRecordsPerOwner, "--data synthetic: records per user")
	fl.IntVar(&f.users, "users", 1, "partition the training data into this many users, one FedAvg participant each")
	fl.BoolVar(&f.nonIID, "non-iid", false, "skew labels across users (two label shards per user)")
	fl.Float64Var(&f.testFraction, "test-fraction", 0.2, "fraction of records held out for testing")
	fl.StringVar(&f.test, "test", "", "CSV of held-out test records (instead of holding out --test-fraction of --data)")
	fl.StringVar(&f.out, "out", "", "write the trained model's parameters to this file (a warm start for memoc task publish --init)")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of the split, partition, initialisation and (without DP) shuffling; DP-SGD's sampling and noise are drawn from a fresh secret seed")
	fl.StringVar(&f.plot, "plot", "", "write a PNG plot of accuracy and loss per round to this file")
	return cmd
}

func runTrain(cmd *cobra.Command, f trainFlags) error {
	if f.model != string(train.Softmax) && f.model != string(train.MLP) {
		return usagef("--model %q: want softmax or mlp", f.model)
	}
	if f.users < 1 {
		return usagef("--users %d: want at least 1", f.users)
	}
	if f.dpEpsilon < 0 {
		return usagef("--dp-epsilon %v: want a positive ε, or 0 for no DP", f.dpEpsilon)
	}
	if f.dpUnit != train.UnitRecord && f.dpUnit != train.UnitUser {
		return usagef("--dp-unit %q: want record or user", f.dpUnit)
	}
	user := f.dpUnit == train.UnitUser
	if user && f.dpEpsilon == 0 {
		return usagef("--dp-unit user needs --dp-epsilon")
	}
	if f.clipQuantile != 0 && !user {
		return usagef("--dp-clip-quantile %v: adaptive clipping is for --dp-unit user", f.clipQuantile)
	}
	changed := cmd.Flags().Changed
	switch {
	case user:
		userDefaults(&f, changed)
	case f.dpEpsilon > 0:
		if !changed("batch") {
			f.batch = 256
		}
		if !changed("lr") {
			f.lr = 0.5
		}
	}

	if f.data == string(cluster.DataSynthetic) {
		return runTrainSynthetic(cmd, f)
	}
	data, name, err := loadTrainData(f)
	if err != nil {
		return err
	}
	var trainSet, testSet *train.Dataset
	if f.test != "" {
		trainSet = data
		if testSet, err = readTestCSV(f.test, f.label, data.Schema.Classes); err != nil {
			return err
		}
	} else if trainSet, testSet, err = train.Split(data, f.testFraction, f.seed); err != nil {
		return fmt.Errorf("splitting %s: %w", name, err)
	}
	// Standardisation statistics come from the training part only and
	// travel in the spec, so the trained model takes raw features.
	std, err := train.FitStandardizer(trainSet)
	if err != nil {
		return fmt.Errorf("standardising %s: %w", name, err)
	}
	parts, err := train.Partition(trainSet, f.users, f.nonIID, f.seed)
	if err != nil {
		return fmt.Errorf("partitioning %d training records into %d users: %w (use fewer --users)", trainSet.Len(), f.users, err)
	}
	participants := make([][]train.Slice, len(parts))
	for i, p := range parts {
		participants[i] = []train.Slice{{User: fmt.Sprintf("user-%03d", i+1), Data: p}}
	}
	return trainAndReport(cmd, f, name, trainSet.Schema, std, participants, trainSet.Len(), testSet)
}

// userDefaults sets the defaults of user-level DP (DP-FedAvg) on the flags
// not given (see docs/RATIONALE.md for how they were tuned).
func userDefaults(f *trainFlags, changed func(string) bool) {
	set := func(name string, v *int, d int) {
		if !changed(name) {
			*v = d
		}
	}
	setf := func(name string, v *float64, d float64) {
		if !changed(name) {
			*v = d
		}
	}
	set("rounds", &f.rounds, 5)
	set("epochs", &f.epochs, 10)
	set("batch", &f.batch, 8)
	setf("lr", &f.lr, 1)
	setf("momentum", &f.momentum, 0.5)
	setf("clip", &f.clip, 3)
	if !changed("sample-rate") {
		f.sampleRate = min(1, 1000/float64(f.users))
	}
}

// trainAndReport trains participants (one per user, or, at user level, one
// holding every user) and prints the report.
func trainAndReport(cmd *cobra.Command, f trainFlags, name string, schema train.Schema, std *train.Standardizer, participants [][]train.Slice, records int, testSet *train.Dataset) error {
	if f.dpUnit == train.UnitUser {
		var all []train.Slice
		for _, p := range participants {
			all = append(all, p...)
		}
		participants = [][]train.Slice{all}
	}
	spec := train.Spec{
		Model: train.Kind(f.model), Features: schema.NumFeatures(), Classes: schema.Classes,
		Rounds: f.rounds, Epochs: f.epochs, Batch: f.batch, LR: f.lr, Momentum: f.momentum, Seed: f.seed,
		Standardize: std,
	}
	if spec.Model == train.MLP {
		spec.Hidden = f.hidden
	}
	if f.dpEpsilon > 0 {
		spec.DP = &train.DP{Clip: f.clip, Delta: f.delta, Epsilon: f.dpEpsilon}
		if f.dpUnit == train.UnitUser {
			spec.DP.Unit, spec.DP.SampleRate, spec.DP.ServerLR, spec.DP.ServerMomentum = train.UnitUser, f.sampleRate, f.serverLR, f.serverMomentum
			if f.clipQuantile != 0 {
				spec.DP.ClipQuantile = f.clipQuantile
				spec.DP.ClipCountSigma = train.DefaultClipCountSigma(f.sampleRate, f.users)
			}
		}
	}
	if err := spec.Validate(); err != nil {
		return usageError{fmt.Errorf("checking training flags: %w", err)}
	}

	bar := progressbar.NewOptions(spec.Rounds,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription("training"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetVisibility(isTerminal(os.Stderr)),
	)
	res, err := train.Train(cmd.Context(), spec, participants, train.Options{
		Eval:    testSet,
		OnRound: func(train.RoundMetrics) { _ = bar.Add(1) },
		Logger:  newLogger(),
	})
	_ = bar.Finish()
	if err != nil {
		return fmt.Errorf("training on %s: %w", name, err)
	}

	if f.out != "" {
		b, err := res.Model.Params.MarshalBinary()
		if err == nil {
			err = os.WriteFile(f.out, b, 0o600)
		}
		if err != nil {
			return fmt.Errorf("writing --out: %w", err)
		}
	}
	if f.plot != "" {
		if err := writeTrainPlot(f.plot, fmt.Sprintf("%s: %s, %d user(s)", filepath.Base(name), spec.Model, f.users), res.Rounds); err != nil {
			return err
		}
	}
	last := res.Rounds[len(res.Rounds)-1]
	specHash, paramsHash := spec.Hash(), res.Model.Params.Hash()
	report := trainReport{
		Data: name, Records: records, TestRecords: testSet.Len(), Users: f.users, NonIID: f.nonIID,
		Spec: specView{Spec: spec, Seed: decimalUint64(spec.Seed)}, SpecHash: hexutil.Encode(specHash[:]), ParamsHash: hexutil.Encode(paramsHash[:]),
		TestAccuracy: last.TestAccuracy, TestLoss: last.TestLoss, Epsilon: res.Epsilon, PrivacyUnit: res.PrivacyUnit, Delta: res.Delta,
		Rounds: viewRounds(res.Rounds), Plot: f.plot, LastClip: last.Clip,
	}
	if spec.DP != nil {
		report.Sigma, _, _ = spec.Privacy(max(1, records/len(participants)))
		if spec.DP.Unit != train.UnitUser {
			report.Sigma = 0 // record level: each participant calibrates its own
		}
	}
	if global.json {
		return printJSON(cmd.OutOrStdout(), report)
	}
	return printTrainReport(cmd.OutOrStdout(), report)
}

// loadTrainData reads --data, or the embedded digits data without it.
func loadTrainData(f trainFlags) (*train.Dataset, string, error) {
	if f.data == "" {
		d, err := train.Digits()
		return d, "digits", err
	}
	file, err := os.Open(f.data)
	if err != nil {
		return nil, "", fmt.Errorf("opening --data: %w", err)
	}
	defer file.Close()
	d, err := train.ReadCSV(file, train.CSVOptions{Label: f.label})
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w (fix the file or choose the label column with --label)", f.data, err)
	}
	return d, f.data, nil
}

func writeTrainPlot(path, title string, rounds []train.RoundMetrics) error {
	out, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating --plot file: %w", err)
	}
	if err := chart.WritePNG(out, title, rounds); err != nil {
		out.Close()
		return fmt.Errorf("plotting to %s: %w", path, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func printTrainReport(w io.Writer, r trainReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\ttrain loss\ttest accuracy\ttest loss\tε\t")
	for _, m := range r.Rounds {
		loss, eps := "-", "-"
		if r.Spec.DP == nil {
			loss = fmt.Sprintf("%.4f", m.TrainLoss)
		} else {
			eps = fmt.Sprintf("%.3f", m.Epsilon)
		}
		fmt.Fprintf(tw, "%d\t%s\t%.4f\t%.4f\t%s\t\n", m.Round, loss, m.TestAccuracy, m.TestLoss, eps)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	dist := "IID"
	if r.NonIID {
		dist = "non-IID"
	}
	fmt.Fprintf(w, "\n%s: %s model, %d training / %d test records, %d %s user(s)\n",
		r.Data, r.Spec.Model, r.Records, r.TestRecords, r.Users, dist)
	fmt.Fprintf(w, "test accuracy %.4f, test loss %.4f\n", r.TestAccuracy, r.TestLoss)
	switch {
	case r.PrivacyUnit == train.UnitUser:
		clip := fmt.Sprintf("clip %g", r.Spec.DP.Clip)
		if q := r.Spec.DP.ClipQuantile; q > 0 {
			clip = fmt.Sprintf("clip %g → %.3g in the last round (adaptive, quantile %g, count noise σ_b = %g)", r.Spec.DP.Clip, r.LastClip, q, r.Spec.DP.ClipCountSigma)
		}
		fmt.Fprintf(w, "privacy: ε = %.3f at δ = %g per user (user-level: covers all of a user's records; DP-FedAvg, user sampling rate %g, %s, σ = %.3f)\n",
			r.Epsilon, r.Delta, r.Spec.DP.SampleRate, clip, r.Sigma)
	case r.Spec.DP != nil:
		fmt.Fprintf(w, "privacy: ε = %.3f at δ = %g per record (record-level, DP-SGD, clip %g: a user holding k records is protected only as a group of k)\n", r.Epsilon, r.Delta, r.Spec.DP.Clip)
	default:
		fmt.Fprintln(w, "privacy: none (use --dp-epsilon for DP-SGD)")
	}
	fmt.Fprintf(w, "spec %s\nparameters %s\n", r.SpecHash, r.ParamsHash)
	if r.Plot != "" {
		fmt.Fprintf(w, "plot written to %s\n", r.Plot)
	}
	return nil
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// readTestCSV reads a held-out test CSV with the training data's classes.
func readTestCSV(path, label string, classes int) (*train.Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usagef("--test: %v", err)
	}
	defer f.Close()
	d, err := train.ReadCSV(f, train.CSVOptions{Label: label, Classes: classes})
	if err != nil {
		return nil, fmt.Errorf("reading --test %s: %w", path, err)
	}
	return d, nil
}

// runTrainSynthetic trains on --users owners of train.Synthetic records
// (non-IID by construction), tested on a held-out sample no owner holds;
// the standardisation comes from another public held-out sample.
func runTrainSynthetic(cmd *cobra.Command, f trainFlags) error {
	src, err := train.NewSynthetic(train.SyntheticConfig{Seed: f.seed, RecordsPerOwner: f.records})
	if err != nil {
		return usagef("--records %d: %v", f.records, err)
	}
	public, testSet, err := train.Split(src.HeldOut(4000), 0.5, f.seed)
	if err != nil {
		return fmt.Errorf("drawing held-out synthetic records: %w", err)
	}
	std, err := train.FitStandardizer(public)
	if err != nil {
		return fmt.Errorf("standardising synthetic records: %w", err)
	}
	participants := make([][]train.Slice, f.users)
	for i := range participants {
		participants[i] = []train.Slice{{User: fmt.Sprintf("owner-%06d", i), Data: src.Owner(i)}}
	}
	f.nonIID = true
	return trainAndReport(cmd, f, string(cluster.DataSynthetic), src.Schema(), std, participants, f.users*src.RecordsPerOwner(), testSet)
}
