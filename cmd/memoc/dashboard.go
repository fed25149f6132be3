package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/dashboard"
	"github.com/memo-protocol/memo-compute/train"
)

// defaultDashboardListen is where the dashboard listens by default.
const defaultDashboardListen = "127.0.0.1:8080"

func newDashboardCmd() *cobra.Command {
	var listen string
	cmd := &cobra.Command{
		Use:   "dashboard",
		Short: "Serve web pages of a deployment for data owners, operators and task owners",
		Long: `dashboard serves web pages of the deployment at --rpc: the cluster (TEE
nodes with their attestation, stake, health; verifiers; contracts; chain
head), every task with its slots, votes and settlement, each data owner's
datasets, grants, ε spent and earnings (/owner/ADDRESS), each enclave's
attestation verified afresh (/node/ADDRESS) and, when known, a task's
training history.

It reads the chain and the nodes' APIs and holds no key, unless one is given
with --key-file, --key or --dev-account: that account then relays the
revocations data owners sign in their wallet (EIP-712; it pays the gas). Without
one, the owner page shows the memoc user revoke command instead.

It serves until interrupted (Ctrl-C). Exit codes: 0 stopped, 1 failed, 2 bad flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return usagef("--listen %s: %v", listen, err)
			}
			defer ln.Close()
			c, err := connectChain(cmd, keyFlags(cmd))
			if err != nil {
				return err
			}
			defer closeChain(c)
			opts := dashboard.Options{Chain: c.As(nil), Logger: newLogger()}
			if c.Address() != (common.Address{}) {
				opts.Relayer = c
			}
			return serveDashboard(cmd.Context(), cmd.OutOrStdout(), global.json, ln, opts)
		},
	}
	addChainFlags(cmd.Flags())
	addKeyFlags(cmd.Flags(), true)
	cmd.Flags().StringVar(&listen, "listen", defaultDashboardListen, "address to serve the pages on (host:port)")
	return cmd
}

// dashboardOutput is what the dashboard commands print when they start
// serving.
type dashboardOutput struct {
	URL string `json:"url"`
}

// serveDashboard serves the dashboard on ln until ctx ends, after
// printing its URL to w (as JSON if asJSON).
func serveDashboard(ctx context.Context, w io.Writer, asJSON bool, ln net.Listener, opts dashboard.Options) error {
	s, err := dashboard.New(opts)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: time.Minute, IdleTimeout: time.Minute,
		ErrorLog: slog.NewLogLogger(newLogger().Handler(), slog.LevelWarn)}
	url := "http://" + ln.Addr().String() + "/"
	if asJSON {
		if err := printJSON(w, dashboardOutput{URL: url}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(w, "dashboard: %s (Ctrl-C stops it)\n", url)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	go func() {
		// Index the history before the first page asks; each Refresh is
		// bounded and keeps what it read, so a long history takes several.
		for s.Refresh(ctx) != nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
		}
	}()
	select {
	case err := <-errc:
		return fmt.Errorf("serving the dashboard: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("stopping the dashboard: %w", err)
	}
	return nil
}

// serveDemoDashboard serves the dashboard of a demo's cluster after its
// report (its URL goes to w as text: stdout holds the report alone): a
// fresh dev account relays revocations, and the run's training history is
// the training page's.
func serveDemoDashboard(ctx context.Context, w io.Writer, ln net.Listener, c *cluster.Cluster, rep *cluster.Report) error {
	ro, err := chain.NewClient(ctx, c.Devnet().Backend(), c.Deployment(), nil, nil)
	if err != nil {
		return fmt.Errorf("connecting the dashboard to the dev chain: %w", err)
	}
	relayer, err := c.Devnet().NewAccount(ctx, chain.Tokens(10), nil)
	if err != nil {
		return fmt.Errorf("funding the dashboard's relayer: %w", err)
	}
	return serveDashboard(ctx, w, false, ln, dashboard.Options{Chain: ro, Relayer: relayer, Training: reportTraining(rep), Logger: newLogger()})
}

// reportTraining is a demo report's training history: the company's warm
// start as round 0, then the rounds of the reference run.
func reportTraining(rep *cluster.Report) func(uint64) (dashboard.Training, bool) {
	return func(id uint64) (dashboard.Training, bool) {
		if rep.Fees == nil || rep.Fees.Task.ID != id || len(rep.Reference.Rounds) == 0 {
			return dashboard.Training{}, false
		}
		tr := dashboard.Training{Rounds: rep.Reference.Rounds,
			Source: "Measured by the demo on the company's held-out data (the simulator's re-run of the enclaves' training)."}
		if ws := rep.WarmStart; ws != nil {
			tr.Baseline = &train.RoundMetrics{TestAccuracy: ws.Accuracy, TestLoss: ws.Loss}
		}
		return tr, true
	}
}
