package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// nodeOptions are the checks a party makes of a node's attestation on this
// deployment: quotes chained to roots, the registry's operator, an allowed
// measurement.
func nodeOptions(c *chain.Client, roots []*x509.Certificate) grant.NodeOptions {
	dep := c.Deployment()
	return grant.NodeOptions{
		Verify:  verify.Options{Now: time.Now, TrustedRoots: roots},
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) { return c.MeasurementAllowed(ctx, m) },
		Operator:           c.EnclaveOperator,
	}
}

// checkedNodeOptions are nodeOptions under the node policy flags
// (addNodePolicyFlags): the company's policy, and collateral it fetches
// itself (--pcs, cached in the memoc home), never the node's copy.
func checkedNodeOptions(cmd *cobra.Command, c *chain.Client) (grant.NodeOptions, error) {
	roots, err := trustedRoots(cmd, c)
	if err != nil {
		return grant.NodeOptions{}, err
	}
	h, err := homeOf(cmd)
	if err != nil {
		return grant.NodeOptions{}, err
	}
	np, err := nodePolicyOf(cmd, roots, filepath.Join(string(h), pcsCacheDir))
	if err != nil {
		return grant.NodeOptions{}, err
	}
	opts := nodeOptions(c, roots)
	np.apply(&opts)
	return opts, nil
}

func newTaskSendInputCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "send-input TASK",
		Short: "Verify each assigned enclave's attestation, seal the warm-start model to it and post it",
		Long: `send-input gives every enclave the task assigns the company's private input
(the --init model publish committed to): it fetches each node's attestation
over a fresh nonce and verifies it (quote and collateral, this deployment, the
task's measurement, allowed on chain, the registered operator, the assigned
enclave), seals the input to exactly that enclave's HPKE key and posts it as
a request signed by the company's account, which the node accepts only from
the task's owner. The collateral is fetched from --pcs (default Intel's PCS;
on a dev chain, issued here from its public sim authority), never taken from
the node, and the quote is held to the policy flags (--accept-tee,
--accept-tcb, --max-collateral-age, --mrtd, --tdx-rtmr, --allow-debug).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, rec, err := loadTaskRecord(cmd, args[0])
			if err != nil {
				return err
			}
			c, key, err := companyAccount(cmd)
			if err != nil {
				return err
			}
			defer closeChain(c)
			if c.Address() != rec.Task.Owner {
				return usagef("task %s is %s's: pass that account", rec.Task.ID.Hex(), rec.Task.Owner.Hex())
			}
			in, err := rec.Input(key)
			if err != nil {
				return err
			}
			if in == nil {
				return fmt.Errorf("task %s takes no input: it was published without --init (training starts from the spec's seed)", rec.Task.ID.Hex())
			}
			opts, err := checkedNodeOptions(cmd, c)
			if err != nil {
				clear(in.Init)
				return err
			}
			sent, err := company.SendInputs(cmd.Context(), rec.Task, in, opts, nodeClients(nodeHTTP()),
				func(api *nodeapi.Client) *nodeapi.Client { return api.WithSigner(key) })
			clear(in.Init)
			var ok []company.InputSent
			for _, s := range sent {
				if s.Enclave != (common.Address{}) {
					ok = append(ok, s)
				}
			}
			if global.json {
				if ok == nil {
					ok = []company.InputSent{}
				}
				if perr := printJSON(cmd.OutOrStdout(), ok); perr != nil {
					return perr
				}
			} else {
				for _, s := range ok {
					fmt.Fprintf(cmd.OutOrStdout(), "sealed input sent to enclave %s (%s), ciphertext %s\n", s.Enclave.Hex(), s.Node, s.Hash.Hex())
				}
			}
			if err != nil {
				return fmt.Errorf("sending the input: %w", err)
			}
			return nil
		},
	}
	addTaskChainFlags(cmd, true)
	addNodePolicyFlags(cmd.Flags())
	return cmd
}

// statusOutput is what memoc task status prints.
type statusOutput struct {
	Task       common.Hash     `json:"task"`
	MarketTask uint64          `json:"marketTask"`
	Status     string          `json:"status"`
	Head       uint64          `json:"head"`
	Deadline   uint64          `json:"deadline"`
	Passed     int             `json:"passed"`
	Settled    bool            `json:"settled"`
	Slots      []slotView      `json:"slots"`
	Nodes      []nodeStateView `json:"nodes"`
}

type slotView struct {
	Index      int            `json:"index"`
	Enclave    common.Address `json:"enclave"`
	Operator   common.Address `json:"operator"`
	State      string         `json:"state"`
	Drawn      bool           `json:"drawn"`
	PassVotes  int            `json:"passVotes"`
	FailVotes  int            `json:"failVotes"`
	Revealed   int            `json:"revealed"`
	VotingEnds uint64         `json:"votingEnds,omitempty"`
	RevealEnds uint64         `json:"revealEnds,omitempty"`
	Reexecute  bool           `json:"reexecute,omitempty"`
}

type nodeStateView struct {
	Enclave  common.Address `json:"enclave"`
	URL      string         `json:"url"`
	Phase    string         `json:"phase,omitempty"`
	Reason   string         `json:"reason,omitempty"`
	Round    int            `json:"round,omitempty"`
	Attempts int            `json:"attempts,omitempty"`
	SubmitTx common.Hash    `json:"submitTx,omitzero"`
	Updated  string         `json:"updated,omitempty"`
	Error    string         `json:"error,omitempty"`
}

func viewStatus(s *company.Status) statusOutput {
	o := statusOutput{Task: s.Task, MarketTask: s.MarketID, Status: s.Market.Status.String(), Head: s.Head, Deadline: s.Market.Deadline,
		Passed: int(s.Market.Passed), Settled: s.Settled()}
	for _, sl := range s.Slots {
		r := sl.Result
		o.Slots = append(o.Slots, slotView{Index: sl.Index, Enclave: sl.Enclave, Operator: r.Operator, State: r.State.String(), Drawn: r.Drawn,
			PassVotes: int(r.PassVotes), FailVotes: int(r.FailVotes), Revealed: int(r.Revealed), VotingEnds: r.VotingEnds, RevealEnds: r.RevealEnds, Reexecute: r.Reexecute})
	}
	for _, n := range s.Nodes {
		v := nodeStateView{Enclave: n.Enclave, URL: n.URL, Error: n.Error}
		if st := n.State; st != nil {
			v.Phase, v.Reason, v.Round, v.Attempts, v.SubmitTx = string(st.Phase), st.Reason, st.Round, st.Attempts, st.SubmitTx
			if !st.Updated.IsZero() {
				v.Updated = rfc3339(st.Updated)
			}
		}
		o.Nodes = append(o.Nodes, v)
	}
	return o
}

func printTaskStatus(w io.Writer, o statusOutput, rounds int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "task %s, market task %d: %s at block %d (deadline %d)\n", o.Task.Hex(), o.MarketTask, o.Status, o.Head, o.Deadline)
	fmt.Fprintln(tw, "slot\tenclave\tresult\tcommittee\tnode\t")
	for i, s := range o.Slots {
		committee := "not drawn"
		if s.Drawn {
			committee = fmt.Sprintf("%d pass / %d fail (%d revealed)", s.PassVotes, s.FailVotes, s.Revealed)
		}
		if s.Reexecute {
			committee += ", re-executed"
		}
		node := "?"
		if i < len(o.Nodes) {
			n := o.Nodes[i]
			switch {
			case n.Error != "":
				node = "unreachable: " + n.Error
			case n.Phase == string(nodeapi.PhaseRunning) && rounds > 0:
				node = fmt.Sprintf("running, round %d/%d", n.Round, rounds)
			default:
				node = n.Phase
				if n.Reason != "" {
					node += ": " + n.Reason
				}
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t\n", s.Index, s.Enclave.Hex(), s.State, committee, node)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	missing := 0
	for _, s := range o.Slots {
		if s.State == chain.ResultEmpty.String() {
			missing++
		}
	}
	if !o.Settled && missing > 0 && o.Head > o.Deadline {
		_, err := fmt.Fprintf(w, "the deadline has passed with %d of the results missing: verifiers time the task out once the others are judged, or `memoc task settle %d` does\n", missing, o.MarketTask)
		return err
	}
	return nil
}

func newTaskStatusCmd() *cobra.Command {
	var watch bool
	var interval time.Duration
	cmd := &cobra.Command{
		Use:   "status TASK",
		Short: "The task on chain (status, result slots, votes) and on each assigned node (phase, round, reason)",
		Long: `status reads the market task and each of its result slots on TaskMarket
(state, committee drawn, pass and fail votes revealed, re-execution) and asks
every assigned node how far it is (phase, FedAvg round, attempts, and the
reason of a refusal or a failure). --watch redraws every --interval until the
task settles; with --json it prints the settled state only.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if interval <= 0 {
				return usagef("--interval %s: want a positive duration", interval)
			}
			_, rec, err := loadTaskRecord(cmd, args[0])
			if err != nil {
				return err
			}
			c, err := connectChain(cmd, readOnly)
			if err != nil {
				return err
			}
			defer closeChain(c)
			hc := nodeHTTP()
			term := isTerminal(os.Stdout) && !global.json
			var last string
			for {
				s, err := company.Track(cmd.Context(), c, rec.Task, nodeClients(hc), 10*time.Second)
				if err != nil {
					return err
				}
				o := viewStatus(s)
				if !watch || s.Settled() {
					if global.json {
						return printJSON(cmd.OutOrStdout(), o)
					}
					if term && watch {
						fmt.Fprint(cmd.OutOrStdout(), "\033[H\033[2J")
					}
					return printTaskStatus(cmd.OutOrStdout(), o, rec.Task.Spec.Rounds)
				}
				if !global.json {
					var b stringsBuilder
					_ = printTaskStatus(&b, o, rec.Task.Spec.Rounds)
					if b.String() != last {
						if term {
							fmt.Fprint(cmd.OutOrStdout(), "\033[H\033[2J")
						} else if last != "" {
							fmt.Fprintln(cmd.OutOrStdout())
						}
						fmt.Fprint(cmd.OutOrStdout(), b.String())
						last = b.String()
					}
				}
				select {
				case <-cmd.Context().Done():
					return cmd.Context().Err()
				case <-time.After(interval):
				}
			}
		},
	}
	addTaskChainFlags(cmd, false)
	cmd.Flags().BoolVar(&watch, "watch", false, "redraw until the task settles")
	cmd.Flags().DurationVar(&interval, "interval", 2*time.Second, "how often --watch polls")
	return cmd
}

// resultOutput is what memoc task result prints.
type resultOutput struct {
	Task         common.Hash    `json:"task"`
	MarketTask   uint64         `json:"marketTask"`
	Slot         int            `json:"slot"`
	State        string         `json:"state"`
	Enclave      common.Address `json:"enclave"`
	ModelHash    common.Hash    `json:"modelHash"`
	OutputHash   common.Hash    `json:"outputHash"`
	Datasets     int            `json:"datasets"`
	Records      uint64         `json:"records"`
	Epsilon      float64        `json:"epsilon"`
	PrivacyUnit  string         `json:"privacyUnit,omitempty"` // what Epsilon is about: "record" or "user" (the measured spec's); absent for wasm
	Out          string         `json:"out"`
	TestRecords  int            `json:"testRecords,omitempty"`
	TestAccuracy float64        `json:"testAccuracy,omitempty"`
	TestLoss     float64        `json:"testLoss,omitempty"`
	Skipped      []string       `json:"skipped,omitempty"`
}

func newTaskResultCmd() *cobra.Command {
	var test, label, out string
	cmd := &cobra.Command{
		Use:   "result TASK",
		Short: "Fetch the task's result, check its claim against the chain, decrypt the model and evaluate it",
		Long: `result takes the best result TaskMarket holds for the task (passed, else settled
without a verdict, else submitted and still being judged; never a failed one),
fetches its evidence from the node, verifies the enclave's claim (signatures,
output hash, federation lineage, market claim) and checks it against the
chain (the market task commits to this document, result key and measurement;
the slot's payout root is the claim's), then decrypts the model with the
company's result key and writes it to --out (the parameter encoding --init
reads). --test CSV evaluates it on held-out labelled records ("digits": the
embedded UCI digits). For a wasm task it writes the module's output (its
stdout, as the module wrote it; modelHash is its SHA-256).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			h, rec, err := loadTaskRecord(cmd, args[0])
			if err != nil {
				return err
			}
			wasmTask := rec.Task.Wasm != nil
			if wasmTask && test != "" {
				return usagef("--test evaluates a trained model: task %s runs a wasm module", rec.Task.ID.Hex())
			}
			c, key, err := companyAccount(cmd)
			if err != nil {
				return err
			}
			defer closeChain(c)
			rk, err := h.ResultKey(key, false)
			if err != nil {
				return err
			}
			o, err := company.OpenResult(cmd.Context(), c, rec.Task, rk, nodeClients(nodeHTTP()))
			if err != nil {
				return err
			}
			if out == "" {
				ext := "model"
				if wasmTask {
					ext = "out"
				}
				out = fmt.Sprintf("%s/tasks/%s.%s", h.Dir(), rec.Task.ID.Hex(), ext)
			}
			if err := os.WriteFile(out, o.Plaintext, 0o600); err != nil {
				return fmt.Errorf("writing --out: %w", err)
			}
			r := o.Evidence.Result
			res := resultOutput{Task: rec.Task.ID, MarketTask: rec.Task.MarketID, Slot: o.Slot, State: o.State.String(), Enclave: r.Enclave,
				ModelHash: r.ModelHash, OutputHash: r.OutputHash, Datasets: len(r.Federation), Out: out, Skipped: o.Skipped}
			if !wasmTask {
				res.PrivacyUnit = rec.Task.Spec.PrivacyUnit()
			}
			for _, u := range r.Federation {
				res.Records += u.Records
				res.Epsilon = max(res.Epsilon, u.Epsilon)
			}
			if test != "" {
				d, err := loadTestData(test, label)
				if err != nil {
					return err
				}
				if d.Schema.NumFeatures() != o.Model.Features {
					return fmt.Errorf("--test %s has %d features, the model takes %d", test, d.Schema.NumFeatures(), o.Model.Features)
				}
				if res.TestAccuracy, res.TestLoss, err = o.Model.Evaluate(d); err != nil {
					return fmt.Errorf("evaluating the model: %w", err)
				}
				res.TestRecords = d.Len()
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "result of market task %d, slot %d (%s), enclave %s\n", res.MarketTask, res.Slot, res.State, res.Enclave.Hex())
			fmt.Fprintf(tw, "claim\tverified; payout root matches the chain\n")
			if wasmTask {
				fmt.Fprintf(tw, "ran on\t%d records of %d datasets (wasm: no ε)\n", res.Records, res.Datasets)
				fmt.Fprintf(tw, "output\t%d bytes, SHA-256 %s, written to %s\n", len(o.Plaintext), res.ModelHash.Hex(), res.Out)
			} else {
				fmt.Fprintf(tw, "trained on\t%d records of %d datasets, %s-level ε ≤ %.3f\n", res.Records, res.Datasets, res.PrivacyUnit, res.Epsilon)
				fmt.Fprintf(tw, "model\t%s, written to %s\n", res.ModelHash.Hex(), res.Out)
			}
			if res.TestRecords > 0 {
				fmt.Fprintf(tw, "test\taccuracy %.1f%% (cross-entropy %.3f) on %d records\n", 100*res.TestAccuracy, res.TestLoss, res.TestRecords)
			}
			for _, s := range res.Skipped {
				fmt.Fprintf(tw, "passed over\t%s\n", s)
			}
			return tw.Flush()
		},
	}
	addTaskChainFlags(cmd, true)
	cmd.Flags().StringVar(&test, "test", "", "held-out labelled CSV to evaluate the model on (\"digits\": the embedded digits)")
	cmd.Flags().StringVar(&label, "label", "label", "label column of --test")
	cmd.Flags().StringVar(&out, "out", "", "where to write the model or wasm output (default <home>/company/tasks/TASK.model, .out for wasm)")
	return cmd
}

// stringsBuilder is a strings.Builder as an io.Writer.
type stringsBuilder = strings.Builder

// loadTestData reads --test: a labelled CSV, or the embedded digits.
func loadTestData(path, label string) (*train.Dataset, error) {
	if path == "digits" {
		return train.Digits()
	}
	return readCSV(path, label, "--test")
}
