package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// publishOutput is what memoc task publish prints.
type publishOutput struct {
	Task                    common.Hash         `json:"task"`
	MarketTask              uint64              `json:"marketTask"`
	Owner                   common.Address      `json:"owner"`
	Kind                    string              `json:"kind"`
	Measurement             common.Hash         `json:"measurement"`
	Fee                     tokenAmount         `json:"fee"`
	FeeFormatted            string              `json:"feeFormatted"`
	Split                   chain.Split         `json:"split"`
	PricePerRecord          tokenAmount         `json:"pricePerRecord"`
	PricePerRecordFormatted string              `json:"pricePerRecordFormatted"`
	Records                 uint64              `json:"records"`
	Deadline                uint64              `json:"deadline"`
	Reexecute               bool                `json:"reexecute"`
	InputCommitment         common.Hash         `json:"inputCommitment,omitzero"`
	Assignments             []assignmentView    `json:"assignments"`
	Excluded                []company.Exclusion `json:"excluded,omitempty"`
	PublishTx               common.Hash         `json:"publishTx"`
	Refused                 []string            `json:"refused,omitempty"`
	File                    string              `json:"file"`
}

// assignmentView is one enclave's part of a task.
type assignmentView struct {
	Enclave  common.Address `json:"enclave"`
	Node     string         `json:"node"`
	Datasets []common.Hash  `json:"datasets"`
}

func newTaskPublishCmd() *cobra.Command {
	var (
		wf                workloadFlags
		fee, split, initF string
		measurement       string
		nodes             []string
		nodeCount         int
		deadline          uint64
		votingWindow      uint32
		reexecute         bool
	)
	cmd := &cobra.Command{
		Use:   "publish",
		Short: "Choose nodes and granted datasets, escrow the fee on TaskMarket and send the task to the nodes",
		Long: `publish builds a task and puts it on the market:

 1. the nodes: --nodes ENCLAVE,… or the --node-count enclaves offering the
    most admissible records among those EnclaveRegistry holds approved and
    active, running the workload's measurement, with a node URL;
 2. the datasets: each node's offers (GET /v1/datasets), keeping those whose
    grant's policy admits the task (this owner, the workload kind, ε and δ
    within budget, a grant that holds past the deadline, a price floor at or
    below the task's price per record);
 3. the price per record: what the fee pays data owners when every result
    passes (the users' part of each result share, over the records);
 4. the assigned nodes' attestations, each verified over a fresh nonce under
    the node policy flags (--accept-tee, --accept-tcb, --max-collateral-age,
    --mrtd, --tdx-rtmr, --allow-debug) with collateral fetched from --pcs,
    never the node's copy: no fee is escrowed for a node that fails;
 5. the market task: one result slot per node, the fee escrowed (approving
    TaskMarket for it first), committing to the task document's hash;
 6. the document, posted to every assigned node.

--init FILE (a model as memoc task result writes it) is the warm start: the
document commits to it (salted), and memoc task send-input seals it to each
enclave. The result key is created in <home>/company on first use.

--wasm FILE publishes a general-compute task instead: the WASI module (at
most 448 KiB: the document carries it) runs on one enclave (--node-count 1
or one --nodes) launched for it (memoc node --wasm), over the records of
every dataset assigned to it, under the --wasm-* limits; grants must list the
kind "wasm". No ε is spent, and there is no warm start.`,
		Example: `  memoc task publish --dev-account 3 --fee 1000 --node-count 2
  memoc task publish --key-file company.key --fee 500 --nodes 0xAb…,0xCd… --rounds 20 --dp-epsilon 2
  memoc task publish --dev-account 3 --fee 100 --node-count 1 --wasm stats.wasm --wasm-seed 7`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			w, err := wf.workload(cmd)
			if err != nil {
				return err
			}
			feeWei, err := chain.ParseMEMO(fee)
			if err != nil {
				return usagef("--fee %q: %w", fee, err)
			}
			sp, err := parseSplit(split)
			if err != nil {
				return err
			}
			var enclaves []common.Address
			for _, n := range nodes {
				if !common.IsHexAddress(n) {
					return usagef("--nodes: %q is not an enclave address", n)
				}
				enclaves = append(enclaves, common.HexToAddress(n))
			}
			switch {
			case len(enclaves) > 0 && given(cmd, "node-count"):
				return usagef("pass --nodes or --node-count, not both")
			case len(enclaves) == 0 && nodeCount < 1:
				return usagef("pass --nodes ENCLAVE,… or --node-count N (at least 1)")
			case nodeCount > chain.MaxReplication || len(enclaves) > chain.MaxReplication:
				return usagef("TaskMarket takes at most %d enclaves per task", chain.MaxReplication)
			case deadline == 0:
				return usagef("--deadline must be at least 1 block")
			}
			var m common.Hash
			if measurement != "" {
				if m, err = nodeapi.ParseHash(measurement); err != nil {
					return usagef("--measurement: %v", err)
				}
			} else if m, err = w.Measurement(); err != nil {
				return fmt.Errorf("measuring the workload: %w", err)
			}
			var input *enclave.OwnerInput
			if initF != "" {
				if w.Wasm != nil {
					return usagef("--init is a training warm start: not with --wasm")
				}
				if input, err = readInit(initF, w.Spec); err != nil {
					return err
				}
			}
			h, err := companyHome(cmd)
			if err != nil {
				return err
			}
			c, key, err := companyAccount(cmd)
			if err != nil {
				return err
			}
			defer closeChain(c)
			rk, err := h.ResultKey(key, true)
			if err != nil {
				return err
			}
			var refs []company.NodeRef
			if len(enclaves) > 0 {
				refs, err = company.Resolve(ctx, c, enclaves, m)
			} else {
				refs, err = company.Discover(ctx, c, m)
				if err == nil && len(refs) < nodeCount {
					err = fmt.Errorf("%w: %d active enclave(s) of measurement %s publish a node URL, --node-count is %d (see memoc user nodes)", company.ErrNodes, len(refs), m.Hex(), nodeCount)
				}
			}
			if err != nil {
				return err
			}
			hc := nodeHTTP()
			offers, err := company.Gather(ctx, refs, nodeClients(hc))
			if err != nil {
				return fmt.Errorf("listing the nodes' datasets: %w", err)
			}
			head, err := c.BlockNumber(ctx)
			if err != nil {
				return err
			}
			terms := company.Terms{Owner: c.Address(), Measurement: m, Fee: feeWei, Split: sp, Deadline: head + deadline,
				ResultKey: rk.PublicKey().Bytes(), Reexecute: reexecute}
			if input != nil {
				terms.InputCommitment = input.Commitment()
			}
			want := 0
			if len(enclaves) == 0 {
				want = nodeCount
			}
			plan, err := company.NewPlan(w, terms, refs, offers, want)
			if err != nil {
				return err
			}
			opts, err := checkedNodeOptions(cmd, c)
			if err != nil {
				return err
			}
			if err := company.VerifyNodes(ctx, plan.Task, opts, nodeClients(hc)); err != nil {
				return fmt.Errorf("not publishing: %w", err)
			}
			rcpt, err := withSpinner("publishing the task", func() (*types.Receipt, error) {
				return company.Publish(ctx, c, plan, votingWindow)
			})
			if err != nil {
				return fmt.Errorf("publishing: %w", err)
			}
			rec := &company.Record{Task: plan.Task, Fee: plan.Fee, Split: sp, Deadline: plan.Deadline, PublishTx: rcpt.TxHash, Published: time.Now().UTC()}
			if input != nil {
				if rec.SealedInput, err = company.SealInput(key, plan.Task.ID, input); err != nil {
					return err
				}
			}
			if err := h.SaveTask(rec); err != nil {
				return fmt.Errorf("keeping the task record (the market task %d is published): %w", plan.Task.MarketID, err)
			}
			out := publishOutput{
				Task: plan.Task.ID, MarketTask: plan.Task.MarketID, Owner: c.Address(), Kind: w.Kind(), Measurement: m,
				Fee: tokenAmount{plan.Fee}, FeeFormatted: chain.FormatMEMO(plan.Fee), Split: sp,
				PricePerRecord: tokenAmount{plan.Task.PricePerRecord}, PricePerRecordFormatted: chain.FormatMEMO(plan.Task.PricePerRecord),
				Records: plan.Records, Deadline: plan.Deadline, Reexecute: reexecute, InputCommitment: plan.Task.InputCommitment,
				Excluded: plan.Excluded, PublishTx: rcpt.TxHash, File: h.Dir(),
			}
			for _, a := range plan.Task.Assignments {
				out.Assignments = append(out.Assignments, assignmentView{Enclave: a.Enclave, Node: a.Node, Datasets: a.Datasets})
			}
			sendErr := company.SendTask(ctx, plan.Task, nodeClients(hc))
			if sendErr != nil {
				out.Refused = strings.Split(sendErr.Error(), "\n")
			}
			if global.json {
				if err := printJSON(cmd.OutOrStdout(), out); err != nil {
					return err
				}
			} else if err := printPublish(cmd, out); err != nil {
				return err
			}
			if sendErr != nil {
				return fmt.Errorf("market task %d is published, but not every node took the document: %w", plan.Task.MarketID, sendErr)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	addWorkloadFlags(fl, &wf)
	addWasmLimitFlags(fl, &wf)
	addTaskChainFlags(cmd, true)
	addNodePolicyFlags(fl)
	fl.StringVar(&fee, "fee", "", "fee to escrow, in MEMO (required)")
	fl.StringVar(&split, "split", "6000,3000,1000", "each result share's split in basis points: users,nodes,verifiers (summing to 10000)")
	fl.StringSliceVar(&nodes, "nodes", nil, "enclave addresses to assign (comma-separated; see memoc user nodes)")
	fl.IntVar(&nodeCount, "node-count", 0, "assign this many enclaves, found in the registry")
	fl.Uint64Var(&deadline, "deadline", 1000, "blocks from now until results are due")
	fl.Uint32Var(&votingWindow, "voting-window", 100, "blocks after each submission for its committee to be drawn and commit")
	fl.BoolVar(&reexecute, "reexecute", false, "have every result re-executed by a second enclave (otherwise the market samples)")
	fl.StringVar(&initF, "init", "", "warm-start model file (as memoc task result --out writes it), sealed to the enclaves by send-input")
	fl.StringVar(&measurement, "measurement", "", "enclave measurement to run on (default: this binary's runtime with the workload)")
	_ = cmd.MarkFlagRequired("fee")
	return cmd
}

// parseSplit parses --split users,nodes,verifiers in basis points.
func parseSplit(s string) (chain.Split, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return chain.Split{}, usagef("--split %q: want users,nodes,verifiers in basis points, e.g. 6000,3000,1000", s)
	}
	var v [3]uint16
	sum := 0
	for i, p := range parts {
		n, err := strconv.ParseUint(strings.TrimSpace(p), 10, 16)
		if err != nil {
			return chain.Split{}, usagef("--split %q: %q is not a number of basis points", s, p)
		}
		v[i] = uint16(n)
		sum += int(n)
	}
	if sum != chain.BasisPoints {
		return chain.Split{}, usagef("--split %q sums to %d basis points, want %d", s, sum, chain.BasisPoints)
	}
	return chain.Split{UsersBps: v[0], NodesBps: v[1], VerifiersBps: v[2]}, nil
}

// readInit reads a warm-start model (train.Params encoding) for spec and
// salts it into an owner input.
func readInit(path string, spec train.Spec) (*enclave.OwnerInput, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading --init: %w", err)
	}
	var p train.Params
	if err := p.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("reading --init %s: %w (want a model as memoc task result --out writes it)", path, err)
	}
	if want := company.ParamCount(spec); len(p) != want {
		return nil, fmt.Errorf("--init %s holds %d parameters, the spec's %s model has %d", path, len(p), spec.Model, want)
	}
	return enclave.NewOwnerInput(p)
}

func printPublish(cmd *cobra.Command, o publishOutput) error {
	tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "published market task %d (task %s)\n", o.MarketTask, o.Task.Hex())
	fmt.Fprintf(tw, "fee\t%s escrowed (split %d/%d/%d bps users/nodes/verifiers)\n", o.FeeFormatted, o.Split.UsersBps, o.Split.NodesBps, o.Split.VerifiersBps)
	fmt.Fprintf(tw, "price\t%s per record over %d records\n", o.PricePerRecordFormatted, o.Records)
	fmt.Fprintf(tw, "deadline\tblock %d\n", o.Deadline)
	fmt.Fprintf(tw, "workload\t%s, measurement %s\n", o.Kind, o.Measurement.Hex())
	for _, a := range o.Assignments {
		fmt.Fprintf(tw, "  %s\t%s\t%d dataset(s)\n", a.Enclave.Hex(), a.Node, len(a.Datasets))
	}
	for _, e := range o.Excluded {
		fmt.Fprintf(tw, "  left out\t%s of %s at %s: %s\n", e.Dataset.TerminalString(), e.Owner.Hex(), e.Enclave.Hex(), e.Reason)
	}
	if o.InputCommitment != (common.Hash{}) {
		fmt.Fprintf(tw, "next\tmemoc task send-input %d (seals the warm start to each enclave)\n", o.MarketTask)
	}
	return tw.Flush()
}

var _ = big.NewInt
