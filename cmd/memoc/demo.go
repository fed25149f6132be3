package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/train"
)

type demoFlags struct {
	users, nodes, verifiers, rounds int
	epsilon                         float64
	plot                            string
	honest, cold                    bool
	reexecute, noReexecution        bool
	seed                            uint64
	data                            string
	records                         int
	dashboard                       bool
	listen                          string
	dpUnit                          string
}

func newDemoCmd() *cobra.Command {
	var f demoFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a whole deployment in process and train a model end to end",
		Long: `demo starts an in-process dev chain with the contracts, data owners with
encrypted non-IID slices of the digits data set (or, with --data synthetic,
of a seeded synthetic data set for any number of owners), staked TEE nodes
with attested sim enclaves, staked verifiers and an AI company, and runs one
training task: users verify the nodes' attestation and grant, the company
publishes one market task and sends each node a warm-start model sealed to
its enclave, the enclaves train with DP-SGD and FedAvg and sign the same
federation-wide lineage and payout roots, the model goes back encrypted to
the company, verifiers check every result, one cheating node is caught, and
every data owner whose records were used claims its share once. A task of
more enclaves than TaskMarket has result slots (16) runs without the market.

Progress goes to stderr; the report to stdout (--json for machines). It needs
nothing but this binary and writes nothing but the --plot file.

Exit codes: 0 done, 1 the run failed, 2 bad flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDemo(cmd, f) },
	}
	fl := cmd.Flags()
	fl.IntVar(&f.users, "users", 100, "data owners, each with a non-IID slice of the data (digits: at most 500)")
	fl.StringVar(&f.dpUnit, "dp-unit", train.UnitUser, fmt.Sprintf(`what --epsilon protects: "user" (DP-FedAvg: a data owner and all their records; needs at least %d owners) or "record" (DP-SGD: one record; an owner holding k records is protected only as a group of k)`, cluster.MinUserLevelOwners))
	fl.StringVar(&f.data, "data", string(cluster.DataDigits), `the owners' records: "digits" (embedded) or "synthetic" (64 features, 10 classes, any number of owners)`)
	fl.IntVar(&f.records, "records", 0, fmt.Sprintf("records per data owner with --data synthetic (0: %d)", train.DefaultRecordsPerOwner))
	fl.IntVar(&f.nodes, "nodes", 3, "honest TEE nodes (one cheating node is added unless --honest)")
	fl.IntVar(&f.verifiers, "verifiers", 3, "staked verifiers")
	fl.IntVar(&f.rounds, "rounds", 10, "federated (FedAvg) rounds (default 5 with --dp-unit user)")
	fl.Float64Var(&f.epsilon, "epsilon", 4, "target ε, per data owner with --dp-unit user, per record with --dp-unit record (grants allow twice that)")
	fl.StringVar(&f.plot, "plot", "memoc-demo.png", `PNG of accuracy and loss per round ("" for none)`)
	fl.BoolVar(&f.honest, "honest", false, "leave out the cheating node")
	fl.BoolVar(&f.cold, "cold-start", false, "the company sends no warm-start model: training starts from the spec's seed")
	fl.BoolVar(&f.reexecute, "reexecute", true, "the task asks for every result to be re-executed by the standby enclave (false: the market samples one in ten)")
	fl.BoolVar(&f.noReexecution, "no-reexecution", false, "no standby re-executor, no spot checks (owners grant one node only)")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of the data split, partition and training")
	fl.BoolVar(&f.dashboard, "dashboard", false, "after the report, serve the dashboard of the run until interrupted (Ctrl-C)")
	fl.StringVar(&f.listen, "listen", defaultDashboardListen, "address the --dashboard serves on (host:port)")
	return cmd
}

func runDemo(cmd *cobra.Command, f demoFlags) error {
	if f.users < 1 || f.nodes < 1 || f.verifiers < 1 || f.rounds < 1 || f.seed == 0 {
		return usagef("--users, --nodes, --verifiers, --rounds and --seed must be at least 1")
	}
	if f.verifiers < chain.MinCommittee {
		return usagef("--verifiers %d: every result is judged by a committee of %d verifiers drawn by stake, so the demo needs at least %d", f.verifiers, chain.MinCommittee, chain.MinCommittee)
	}
	if !(f.epsilon > 0) {
		return usagef("--epsilon must be positive")
	}
	if f.dpUnit == train.UnitUser && !cmd.Flags().Changed("rounds") {
		f.rounds = cluster.UserLevelRounds
	}
	switch {
	case f.dpUnit != train.UnitUser && f.dpUnit != train.UnitRecord:
		return usagef("--dp-unit %q: want user or record", f.dpUnit)
	case f.dpUnit == train.UnitUser && f.users < cluster.MinUserLevelOwners:
		return usagef("--users %d: user-level DP needs at least %d data owners to train an accurate model; for a small federation say --dp-unit record (ε then protects one record, and an owner holding k records only as a group of k)", f.users, cluster.MinUserLevelOwners)
	}
	data := cluster.Data(f.data)
	if data != cluster.DataDigits && data != cluster.DataSynthetic {
		return usagef("--data %q: want %q or %q", f.data, cluster.DataDigits, cluster.DataSynthetic)
	}
	if f.records != 0 && data != cluster.DataSynthetic {
		return usagef("--records applies to --data synthetic (digits owners hold what their shards hold)")
	}
	if f.records < 0 {
		return usagef("--records must be positive")
	}
	var ln net.Listener
	if f.dashboard {
		l, err := net.Listen("tcp", f.listen)
		if err != nil {
			return usagef("--listen %s: %v", f.listen, err)
		}
		defer l.Close()
		ln = l
	}
	ctx := cmd.Context()
	progress := newDemoProgress(cmd.ErrOrStderr())
	cfg := cluster.Config{
		Users: f.users, Data: data, RecordsPerOwner: f.records, Nodes: f.nodes, Verifiers: f.verifiers, Rounds: f.rounds, Epsilon: f.epsilon, PrivacyUnit: f.dpUnit,
		Honest: f.honest, ColdStart: f.cold, Seed: f.seed, Progress: progress.event, Logger: newLogger(),
		Reexecute: f.reexecute && !f.noReexecution, NoReexecution: f.noReexecution,
	}
	start := time.Now()
	c, err := cluster.New(ctx, cfg)
	if err != nil {
		progress.finish()
		if errors.Is(err, cluster.ErrConfig) {
			return usageError{err}
		}
		return fmt.Errorf("building the cluster: %w", err)
	}
	defer c.Close()
	progress.offset = 6
	rep, err := c.Run(ctx)
	progress.finish()
	if err != nil {
		return fmt.Errorf("running the task: %w", err)
	}
	if f.plot != "" {
		title := fmt.Sprintf("memoc demo: %d data owners, %d TEE nodes, %s-level DP ε=%g", rep.Users, rep.Nodes, rep.PrivacyUnit, rep.Epsilon)
		rounds := rep.Reference.Rounds
		if ws := rep.WarmStart; ws != nil && len(rounds) > 0 {
			// The warm start the federated rounds improve on, as round 0.
			rounds = append([]train.RoundMetrics{{Round: 0, TestAccuracy: ws.Accuracy, TestLoss: ws.Loss}}, rounds...)
		}
		if err := writeTrainPlot(f.plot, title, rounds); err != nil {
			return err
		}
	}
	out := demoOutput{Report: rep, Plot: f.plot, Seconds: time.Since(start).Seconds()}
	if global.json {
		err = printJSON(cmd.OutOrStdout(), out)
	} else {
		err = printDemo(cmd.OutOrStdout(), out)
	}
	if err != nil || ln == nil {
		return err
	}
	return serveDemoDashboard(ctx, cmd.ErrOrStderr(), ln, c, rep)
}

// demoOutput is what demo prints: the cluster's report, the plot file and
// the wall time of the whole run.
type demoOutput struct {
	*cluster.Report
	Plot    string
	Seconds float64
}

// MarshalJSON writes the report's fields (in the output contract
// cluster.Report's JSON follows) with plot and seconds beside them.
func (o demoOutput) MarshalJSON() ([]byte, error) {
	// report has Report's fields but not its MarshalJSON, which would
	// otherwise be all there is; the one field that method writes itself
	// is written here the same way.
	type report cluster.Report
	r := o.Report
	return json.Marshal(struct {
		*report
		PricePerRecord          tokenAmount `json:"pricePerRecord,omitzero"`
		PricePerRecordFormatted string      `json:"pricePerRecordFormatted,omitempty"`
		Plot                    string      `json:"plot,omitempty"`
		Seconds                 float64     `json:"seconds"`
	}{(*report)(r), tokenAmount{r.PricePerRecord}, formatMEMO(r.PricePerRecord), o.Plot, o.Seconds})
}

// demoProgress shows the cluster's steps as a bar on a terminal and as
// one line per step otherwise.
type demoProgress struct {
	w      io.Writer
	bar    *progressbar.ProgressBar
	offset int
	last   string
}

const demoSteps = 14 // cluster.New's 6 steps and Run's 8

// demoOwnerRows is how many data owners the text report lists one by one.
const demoOwnerRows = 20

func newDemoProgress(w io.Writer) *demoProgress {
	p := &demoProgress{w: w}
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		p.bar = progressbar.NewOptions(demoSteps, progressbar.OptionSetWriter(w), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(), progressbar.OptionSetElapsedTime(true), progressbar.OptionSetWidth(20))
	}
	return p
}

func (p *demoProgress) event(e cluster.Event) {
	if e.Done == e.Total || e.Step == p.last {
		return
	}
	p.last = e.Step
	if p.bar != nil {
		p.bar.Describe(e.Step)
		_ = p.bar.Set(p.offset + e.Done)
		return
	}
	fmt.Fprintf(p.w, "[%2d/%d] %s\n", p.offset+e.Done+1, demoSteps, e.Step)
}

func (p *demoProgress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// memo formats base units as MEMO with four decimals ("-" for nil).
func memo(v *big.Int) string {
	if v == nil {
		return "-"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(chain.MEMO))
	return f.Text('f', 4) + " MEMO"
}

// signed is memo with an explicit sign ("0" for no change).
func signed(v *big.Int) string {
	switch {
	case v == nil:
		return "-"
	case v.Sign() == 0:
		return "unchanged"
	case v.Sign() > 0:
		return "+" + memo(v)
	}
	return memo(v)
}

func printFees(w io.Writer, r *cluster.Report) {
	f := r.Fees
	if f == nil {
		fmt.Fprintf(w, "\nFees and rewards: not settled: %s\n", r.Market)
		return
	}
	t := f.Task
	fmt.Fprintf(w, "\nFees (TaskMarket: one task, one result slot per enclave; each result share split %d%% data owners / %d%% node / %d%% verifiers)\n",
		f.Split.UsersBps/100, f.Split.NodesBps/100, f.Split.VerifiersBps/100)
	fmt.Fprintf(w, "  market task %d: %s escrowed by the company, %d results of %s each\n", t.ID, memo(f.Escrowed), len(t.Results), memo(t.Share))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  result\tenclave\tverdict")
	for _, res := range t.Results {
		fmt.Fprintf(tw, "  %d\t%s\t%s\n", res.Index, short(res.Enclave), res.State)
	}
	tw.Flush()
	fmt.Fprintf(w, "  data owners: %s pooled by the passing results, %s claimed (one claim per owner, from the federation's payout root)\n",
		memo(f.UsersPool), memo(f.UsersClaimed))
	fmt.Fprintf(w, "  company, net: %s (failed shares refunded, plus its part of the %s slash)\n", signed(f.Company), memo(f.NodeSlash))
	if f.Reexecutor != nil && f.Reexecutor.Sign() > 0 {
		fmt.Fprintf(w, "  re-executor: %s (reported its re-execution on chain; paid from the re-executed results' verifier shares)\n", memo(f.Reexecutor))
	}
	fmt.Fprintf(w, "  treasury: %s · left in the market: %s (rounding)\n", signed(f.Treasury), memo(f.Unclaimed))
	yes := "NO"
	if f.Conserved {
		yes = "yes"
	}
	fmt.Fprintf(w, "  MEMO conserved over every account and contract: %s\n", yes)
}

// ledgerEpsilon is an owner's ε as read from its enclave's ε ledger,
// marked ✓ when that ledger is proven against its root on chain.
func ledgerEpsilon(u cluster.UserReport) string {
	if !u.LedgerProven {
		return fmt.Sprintf("%.3f NOT PROVEN", u.LedgerEpsilon)
	}
	return fmt.Sprintf("%.3f ✓", u.LedgerEpsilon)
}

// printLedgers lists each enclave's ε ledger root on chain and whether the
// ledger its node published proves it, with the reason when it does not.
func printLedgers(w io.Writer, ls []cluster.LedgerReport) {
	if len(ls) == 0 {
		return
	}
	fmt.Fprintln(w, "\nε ledgers (each enclave's after the task, rebuilt from the result its node published, proven against")
	fmt.Fprintln(w, "its root on chain, TaskMarket.ledgerRootOf; each owner's \"ε in ledger\" above is read from them)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  enclave\tledger root on chain\tdatasets\ttasks\tproven")
	var reasons []string
	for _, l := range ls {
		v := "✓"
		if !l.Proven {
			v = "NO"
			reasons = append(reasons, fmt.Sprintf("  %s's ledger not proven: %s", short(l.Enclave), l.Reason))
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%s\n", short(l.Enclave), shortHash(l.Root), l.Datasets, l.Tasks, v)
	}
	tw.Flush()
	for _, s := range reasons {
		fmt.Fprintln(w, s)
	}
}

func short(a common.Address) string  { h := a.Hex(); return h[:6] + "…" + h[len(h)-4:] }
func shortHash(x common.Hash) string { h := x.Hex(); return h[:8] + "…" + h[len(h)-4:] }

func printDemo(w io.Writer, o demoOutput) error {
	r := o.Report
	honest, cheating := 0, 0
	for _, n := range r.NodeReports {
		if n.Cheat == "honest" {
			honest++
		} else {
			cheating++
		}
	}
	fmt.Fprintf(w, "memo-compute demo: %d data owners, %d TEE nodes", r.Users, honest)
	if cheating > 0 {
		fmt.Fprintf(w, " + %d cheating", cheating)
	}
	if r.PrivacyUnit == train.UnitUser {
		fmt.Fprintf(w, ", %d verifiers, %d FedAvg rounds, user-level DP (DP-FedAvg) ε=%g per data owner, covering all of an owner's records\n", r.Verifiers, r.Rounds, r.Epsilon)
	} else {
		fmt.Fprintf(w, ", %d verifiers, %d FedAvg rounds, record-level DP (DP-SGD) ε=%g per record: an owner holding k records is protected only as a group of k, not at ε\n", r.Verifiers, r.Rounds, r.Epsilon)
	}
	fmt.Fprintf(w, "task %s · workload measurement %s · pays data owners %s per record if every result passes\n\n", shortHash(r.Task), shortHash(r.Measurement), memo(r.PricePerRecord))

	if ws := r.WarmStart; ws != nil {
		fmt.Fprintf(w, "Warm start: the company pre-trained on %d public %s records of its own (%d rounds, %.1f%% held-out accuracy, cross-entropy %.3f)\n", ws.Records, r.Data, ws.Rounds, 100*ws.Accuracy, ws.Loss)
		fmt.Fprintf(w, "  and sent those parameters to each node HPKE-sealed to its attested enclave key; claims sign commitment %s\n\n", shortHash(ws.Commitment))
	} else {
		fmt.Fprintln(w, "Cold start: training starts from the spec's seed (--cold-start)")
		fmt.Fprintln(w)
	}
	if r.NoModel != "" {
		fmt.Fprintf(w, "Model: none: %s\n", r.NoModel)
	} else {
		fmt.Fprintf(w, "Model (decrypted by the company %s from enclave %s's result)\n", short(r.Company), short(r.OpenedFrom))
	}
	fmt.Fprintf(w, "  accuracy on %d held-out %s records: %.1f%% (cross-entropy %.3f)\n", r.TestRecords, r.Data, 100*r.Accuracy, r.Loss)
	yes := "no — the enclaves' training is not reproducible"
	if r.Reference.Reproduces {
		yes = "yes, bit for bit (model " + shortHash(r.ModelHash) + ")"
	}
	fmt.Fprintf(w, "  a re-run in the clear by the simulator reproduces it: %s\n", yes)
	fmt.Fprintln(w, "    (the simulator's privilege: it reads the sim enclaves' secret DP noise seeds; no real participant can)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "  round\taccuracy\tloss\tε spent\t")
	for _, m := range r.Reference.Rounds {
		fmt.Fprintf(tw, "  %d\t%.1f%%\t%.3f\t%.2f\t\n", m.Round, 100*m.TestAccuracy, m.TestLoss, m.Epsilon)
	}
	tw.Flush()
	printReexecution(w, r.Reexecution)

	if r.PrivacyUnit == train.UnitUser {
		fmt.Fprintf(w, "\nData owners (each grant requires user-level DP and allows ε ≤ %g for this company and workload)\n", r.UserReports[0].Budget)
	} else {
		fmt.Fprintf(w, "\nData owners (each grant allows ε ≤ %g for this company and workload)\n", r.UserReports[0].Budget)
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  owner\tdataset\tgranted to\trecords\tused\tε charged\tε in ledger\tclaimed")
	for _, u := range r.UserReports[:min(len(r.UserReports), demoOwnerRows)] {
		used, eps := "no", "-"
		if u.Used {
			used, eps = "yes", fmt.Sprintf("%.3f", u.Epsilon)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", short(u.Address), shortHash(u.Dataset), short(u.Enclave), u.Records, used, eps, ledgerEpsilon(u), memo(u.Reward))
	}
	tw.Flush()
	if more := len(r.UserReports) - demoOwnerRows; more > 0 {
		used, proven, paid := 0, 0, new(big.Int)
		for _, u := range r.UserReports {
			if u.Used {
				used++
			}
			if u.LedgerProven {
				proven++
			}
			if u.Reward != nil {
				paid.Add(paid, u.Reward)
			}
		}
		fmt.Fprintf(w, "  … and %d more (--json lists every owner); in all %d of %d owners' datasets used, %s claimed, %d owners' ε proven\n", more, used, len(r.UserReports), memo(paid), proven)
	}
	printLedgers(w, r.Ledgers)

	fmt.Fprintln(w, "\nTEE nodes (verdict of the verifiers' majority)")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  operator\tenclave\tbehaviour\tdatasets used\trecords\tverdict\tpaid\tstake")
	var reasons []string
	for _, n := range r.NodeReports {
		v := "pass"
		if !n.Passed {
			v = "FAIL"
			reasons = append(reasons, fmt.Sprintf("  %s failed: %s", short(n.Enclave), n.Reason))
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d of %d\t%d\t%s\t%s\t%s\n", short(n.Operator), short(n.Enclave), n.Cheat, n.Used, n.Assigned, n.Records, v, memo(n.Reward), signed(n.StakeChange))
	}
	tw.Flush()
	for _, s := range reasons {
		fmt.Fprintln(w, s)
	}

	fmt.Fprintln(w, "\nVerifiers (checks: attestation, signature, lineage vs grants, policy, re-execution, federation roots, market claim;")
	fmt.Fprintln(w, "each result is judged by a committee of verifiers drawn by stake, which commits and then reveals its votes)")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  verifier\tpassed\tfailed\tvotes cast\tpaid\tstake")
	for _, v := range r.VerifierReports {
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%s\t%s\n", short(v.Address), v.Passed, v.Failed, v.Votes, memo(v.Reward), signed(v.StakeChange))
	}
	tw.Flush()

	printFees(w, r)

	fmt.Fprintln(w, "\nGas (dev chain, Osaka rules)")
	width := len("step")
	for _, g := range r.Gas {
		width = max(width, len(g.Step))
	}
	fmt.Fprintf(w, "  %-*s %4s %10s %10s\n", width, "step", "txs", "gas", "gas/tx")
	for _, g := range r.Gas {
		fmt.Fprintf(w, "  %-*s %4d %10d %10d\n", width, g.Step, g.Txs, g.Gas, g.Gas/uint64(max(g.Txs, 1)))
	}

	if o.Plot != "" {
		fmt.Fprintf(w, "\nPlot of accuracy and loss per round: %s\n", o.Plot)
	}
	fmt.Fprintf(w, "Time: %.1f s (cluster setup %.1f s, training %.1f s)\n", o.Seconds, r.SetupSeconds, r.TrainSeconds)
	if slow := slowestSteps(r.Steps, 3); len(slow) > 0 {
		fmt.Fprintf(w, "Slowest steps: %s\n", strings.Join(slow, "; "))
	}
	return nil
}

// slowestSteps describes the n longest steps of a run, longest first.
func slowestSteps(steps []cluster.StepTime, n int) []string {
	steps = slices.Clone(steps)
	slices.SortStableFunc(steps, func(a, b cluster.StepTime) int { return cmp.Compare(b.Seconds, a.Seconds) })
	var out []string
	for _, s := range steps[:min(n, len(steps))] {
		out = append(out, fmt.Sprintf("%s %.1f s", s.Step, s.Seconds))
	}
	return out
}

// printReexecution prints the spot check: which results were re-executed,
// by which enclave, and whether their model hashes are the re-run's.
func printReexecution(w io.Writer, x *cluster.Reexecution) {
	if x == nil {
		fmt.Fprintln(w, "  spot check: no result was selected for re-execution")
		return
	}
	if x.Error != "" {
		fmt.Fprintf(w, "  spot check: re-execution did not run: %s\n", x.Error)
		return
	}
	fmt.Fprintf(w, "  spot check: enclave %s (operator %s) re-ran the task from the noise seeds the enclaves sealed to it,\n", short(x.Reexecutor), short(x.Operator))
	fmt.Fprintf(w, "    charging no ε and releasing only the model hash %s:\n", shortHash(x.ModelHash))
	for _, r := range x.Results {
		verdict := "matches ✓"
		if !r.Matches {
			verdict = "DIFFERS: the result's model is not what training gives"
		}
		fmt.Fprintf(w, "    result of %s (model %s): %s\n", short(r.Enclave), shortHash(r.ModelHash), verdict)
	}
}
