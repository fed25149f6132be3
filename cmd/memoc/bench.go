package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/bench"
)

// benchFlags are the flags of `memoc bench`.
type benchFlags struct {
	quick    bool
	markdown string
	rows     []string
}

func newBenchCmd() *cobra.Command {
	var f benchFlags
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the performance table: every row against a baseline measured in the same run",
		Long: `bench measures the performance table of docs/PERFORMANCE.md on this machine:
vault seal and open throughput against openssl (the chunk layer, and the
whole record path), quote verifications against two raw P-256
verifications, one DP training task through a sim enclave against plain
training, a WASI softmax epoch against native Go, the
gas of a settled result, a vote, a claim, a claim and a grant in batches of
100 and of settling a task at 10,000 owners against 100 (on a dev chain of
its own), the 100-owner demo's wall time, and whole runs at 100, 1,000 and
10,000 synthetic data owners with the marginal cost of an owner, and the
demo at 3, 10 and 30 nodes with its FedAvg traffic per round. Each ratio is
computed from the two figures measured in this run; nothing is taken from
elsewhere.

--quick stops scale-users at 1,000 owners and scale-nodes at 10 nodes and
shortens the timings (under a minute on 2 cores); the full run takes about
two minutes. --rows runs only the named measurements. --json prints a list of rows {name, value, unit,
baseline, ratio, goal, met, note}; baseline, ratio, goal and met are left
out where a row has none. --markdown FILE writes the table with the machine
it ran on (CPU model, cores, Go version, OS) for docs/PERFORMANCE.md.

Each row is also a Go benchmark: go test -run '^$' -bench . -benchtime 1x ./bench`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runBench(cmd, f) },
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.quick, "quick", false, "the short table: scale-users up to 1,000 owners, scale-nodes up to 10 nodes")
	fl.StringVar(&f.markdown, "markdown", "", "also write the table and the machine as Markdown to FILE")
	fl.StringSliceVar(&f.rows, "rows", nil, "run only these measurements: "+strings.Join(bench.Names(), ", "))
	return cmd
}

func runBench(cmd *cobra.Command, f benchFlags) error {
	stderr := cmd.ErrOrStderr()
	rows, err := bench.Run(cmd.Context(), bench.Options{
		Quick: f.quick, Rows: f.rows,
		Progress: func(name string) { fmt.Fprintf(stderr, "bench: measuring %s\n", name) },
	})
	if errors.Is(err, bench.ErrUnknownRow) {
		return usagef("--rows: %v", err)
	}
	if err != nil {
		return err
	}
	if f.markdown != "" {
		command := "memoc bench"
		if f.quick {
			command += " --quick"
		}
		if len(f.rows) > 0 {
			command += " --rows " + strings.Join(f.rows, ",")
		}
		var b strings.Builder
		if err := bench.WriteMarkdown(&b, bench.ThisMachine(), command, rows); err != nil {
			return err
		}
		if err := os.WriteFile(f.markdown, []byte(b.String()), 0o644); err != nil {
			return fmt.Errorf("writing --markdown: %w", err)
		}
	}
	if global.json {
		out := make([]bench.JSONRow, len(rows))
		for i, r := range rows {
			out[i] = r.JSON()
		}
		return printJSON(cmd.OutOrStdout(), out)
	}
	return bench.WriteText(cmd.OutOrStdout(), rows)
}
