package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

func newTaskCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "task",
		Short: "Task owner (AI company) tools: publish a task, send its input, follow it, open its result",
		Long: `Task owner tools: the AI company's side of a training task.

  memoc task spec          print (or write) the training spec and its measurement
  memoc task publish       choose nodes and granted datasets, escrow the fee on
                           TaskMarket, hand the task document to the nodes
  memoc task send-input    verify each assigned enclave's attestation, seal the
                           warm-start model to it and post it
  memoc task status        the task on chain and on each node (--watch)
  memoc task result        fetch, check and decrypt the model; evaluate it
  memoc task settle        finalize the task, or time it out when results are
                           missing at its deadline

The company's account is --key-file, --key or --dev-account. Its result key
(HPKE, ML-KEM-768+X25519) and its published tasks are kept in <home>/company/,
the key and each task's private input sealed under the account key. TASK is a
market task id (decimal) or a task document hash (0x…), as publish printed.

Exit codes: 0 success, 1 failure, 2 bad usage.`,
	}
	cmd.AddCommand(newTaskSpecCmd(), newTaskPublishCmd(), newTaskSendInputCmd(), newTaskStatusCmd(), newTaskResultCmd(), newTaskSettleCmd())
	return cmd
}

// companyHome returns the task owner's home, <home>/company.
func companyHome(cmd *cobra.Command) (*company.Home, error) {
	h, err := homeOf(cmd)
	if err != nil {
		return nil, err
	}
	return company.OpenHome(filepath.Join(string(h), "company")), nil
}

// addTaskChainFlags registers the chain, key and sim-root flags of the
// task commands.
func addTaskChainFlags(cmd *cobra.Command, key bool) {
	fl := cmd.Flags()
	addChainFlags(fl)
	if key {
		addKeyFlags(fl, true)
	}
	fl.String(flagSimRoot, "", "PEM of the dev chain's simulated attestation root (default simroot.pem beside the deployment file)")
}

// nodeHTTP is the client the task commands reach nodes with.
func nodeHTTP() *http.Client { return &http.Client{Timeout: time.Minute} }

// nodeClients returns a Clients over hc.
func nodeClients(hc *http.Client) company.Clients {
	return func(url string) (*nodeapi.Client, error) { return nodeapi.NewClient(url, hc) }
}

// companyAccount connects to the chain as the company's account (the key
// flags; required).
func companyAccount(cmd *cobra.Command) (*chain.Client, *ecdsa.PrivateKey, error) {
	var key *ecdsa.PrivateKey
	c, err := connectChain(cmd, func(dep *chain.Deployment) (*ecdsa.PrivateKey, error) {
		k, err := readKey(cmd, dep)
		key = k
		return k, err
	})
	if err != nil {
		return nil, nil, err
	}
	if key == nil {
		closeChain(c)
		return nil, nil, usagef("pass the company's account: --key-file, --key or --dev-account")
	}
	return c, key, nil
}

// loadTaskRecord reads the record of TASK from the company home.
func loadTaskRecord(cmd *cobra.Command, ref string) (*company.Home, *company.Record, error) {
	h, err := companyHome(cmd)
	if err != nil {
		return nil, nil, err
	}
	if !strings.HasPrefix(ref, "0x") {
		if _, err := strconv.ParseUint(ref, 10, 64); err != nil {
			return nil, nil, usagef("TASK %q: want a market task id (decimal) or a task document hash (0x…)", ref)
		}
	}
	r, err := h.Task(ref)
	if err != nil {
		return nil, nil, err
	}
	return h, r, nil
}

// specOutput is what memoc task spec prints.
type specOutput struct {
	Kind        string      `json:"kind"`
	WorkloadID  common.Hash `json:"workloadId"`
	Measurement common.Hash `json:"measurement"`
	Spec        *specView   `json:"spec,omitempty"`
	PrivacyUnit string      `json:"privacyUnit,omitempty"` // what the spec's ε is about: "record" or "user"
	File        string      `json:"file,omitempty"`
}

func newTaskSpecCmd() *cobra.Command {
	var wf workloadFlags
	var out string
	cmd := &cobra.Command{
		Use:   "spec",
		Short: "Print the workload the flags choose: spec, workload id and enclave measurement",
		Long: `spec prints the training spec the workload flags choose (the same flags
memoc task publish takes), its workload id (the spec's hash) and the
measurement of an enclave of this memoc binary launched for it, which must be
allowed in EnclaveRegistry. --out writes the spec as JSON for --spec.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, err := wf.workload(cmd)
			if err != nil {
				return err
			}
			m, err := w.Measurement()
			if err != nil {
				return fmt.Errorf("measuring the workload: %w", err)
			}
			o := specOutput{Kind: w.Kind(), WorkloadID: w.Enclave().ID, Measurement: m, File: out}
			if w.Wasm == nil {
				o.Spec = &specView{Spec: w.Spec, Seed: decimalUint64(w.Spec.Seed)}
				o.PrivacyUnit = w.Spec.PrivacyUnit()
			}
			if out != "" {
				if w.Wasm != nil {
					return usagef("--out writes a training spec: not with --wasm")
				}
				b, err := json.MarshalIndent(w.Spec, "", "  ")
				if err != nil {
					return err
				}
				if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
					return fmt.Errorf("writing --out: %w", err)
				}
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), o)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "kind\t%s\nworkload id\t%s\nmeasurement\t%s\n", o.Kind, o.WorkloadID.Hex(), o.Measurement.Hex())
			if s := o.Spec; s != nil {
				fmt.Fprintf(tw, "model\t%s (%d features, %d classes)\nrounds × epochs\t%d × %d, batch %d, lr %g, momentum %g\n",
					s.Model, s.Features, s.Classes, s.Rounds, s.Epochs, s.Batch, s.LR, s.Momentum)
				fmt.Fprintf(tw, "DP-SGD\tε %g, δ %g, clip %g\n", s.DP.Epsilon, s.DP.Delta, s.DP.Clip)
			}
			if out != "" {
				fmt.Fprintf(tw, "written to\t%s\n", out)
			}
			return tw.Flush()
		},
	}
	addWorkloadFlags(cmd.Flags(), &wf)
	cmd.Flags().StringVar(&out, "out", "", "write the spec (JSON) to this file")
	return cmd
}
