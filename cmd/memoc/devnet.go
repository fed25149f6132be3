package main

import (
	"fmt"
	"io"
	"net"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

func newDevnetCmd() *cobra.Command {
	var (
		port       int
		deployment string
		accounts   int
		blockTime  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Serve an in-process dev chain with the contracts deployed",
		Long: `devnet runs a go-ethereum dev chain in this process (Osaka rules, chain id
1337, a block as soon as a transaction arrives and every --block-time),
deploys the memo-compute contracts, funds --accounts dev accounts with ETH
and MEMO, writes the deployment file and serves HTTP and WebSocket JSON-RPC
on 127.0.0.1:--port until interrupted (Ctrl-C).

The dev account keys are derived from a public seed: anyone can compute
them. Dev account 0 is the deployer and governance. The chain lives in
memory; restarting gives the same addresses and keys but an empty history.

Exit codes: 0 stopped by an interrupt, 1 the chain could not start, 2 bad flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if port < 0 || port > 65535 {
				return usagef("--port %d: want 0-65535 (0 picks a free port)", port)
			}
			if accounts < 1 || accounts > 1000 {
				return usagef("--accounts %d: want 1-1000", accounts)
			}
			start := time.Now()
			d, err := devnet.New(cmd.Context(), devnet.Config{
				Accounts:      accounts,
				ListenAddr:    net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
				BlockInterval: blockTime,
				Logger:        newLogger(),
			})
			if err != nil {
				return fmt.Errorf("starting the dev chain: %w", err)
			}
			defer d.Close()
			if err := chain.SaveDeployment(deployment, d.Deployment()); err != nil {
				return err
			}
			out := devnetOutput{
				HTTP: d.HTTPURL(), WS: d.WSURL(), DeploymentFile: deployment,
				StartupMillis: time.Since(start).Milliseconds(), Deployment: d.Deployment(),
			}
			if global.json {
				err = printJSON(cmd.OutOrStdout(), out)
			} else {
				err = printDevnet(cmd.OutOrStdout(), out)
			}
			if err != nil {
				return err
			}
			<-cmd.Context().Done()
			fmt.Fprintln(cmd.ErrOrStderr(), "memoc devnet: stopping")
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&port, "port", 8545, "loopback port for HTTP and WebSocket JSON-RPC (0 picks a free one)")
	fl.StringVar(&deployment, flagDeployment, "devnet.json", "where to write the deployment file")
	fl.IntVar(&accounts, "accounts", 10, "dev accounts to fund with 1,000 ETH and 1,000,000 MEMO each")
	fl.DurationVar(&blockTime, "block-time", time.Second, "also seal a block this often when idle (0: only on transactions)")
	return cmd
}

// devnetOutput is what `memoc devnet --json` prints once the chain is up.
type devnetOutput struct {
	HTTP           string            `json:"http"`
	WS             string            `json:"ws"`
	DeploymentFile string            `json:"deploymentFile"`
	StartupMillis  int64             `json:"startupMillis"`
	Deployment     *chain.Deployment `json:"deployment"`
}

func printDevnet(w io.Writer, o devnetOutput) error {
	d := o.Deployment
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "dev chain %d up in %d ms (Ctrl-C to stop)\n", d.ChainID, o.StartupMillis)
	fmt.Fprintf(tw, "HTTP\t%s\n", o.HTTP)
	fmt.Fprintf(tw, "WebSocket\t%s\n", o.WS)
	fmt.Fprintf(tw, "deployment\t%s\n", o.DeploymentFile)
	fmt.Fprintf(tw, "MemoToken\t%s\n", d.Token.Hex())
	fmt.Fprintf(tw, "Staking\t%s\n", d.Staking.Hex())
	fmt.Fprintf(tw, "EnclaveRegistry\t%s\n", d.EnclaveRegistry.Hex())
	fmt.Fprintf(tw, "DataGrants\t%s\n", d.DataGrants.Hex())
	if d.TaskMarket != ([20]byte{}) {
		fmt.Fprintf(tw, "TaskMarket\t%s\n", d.TaskMarket.Hex())
	}
	fmt.Fprintf(tw, "dev accounts (keys in %s; pick one with --dev-account N):\n", o.DeploymentFile)
	for i, a := range d.DevAccounts {
		role := ""
		if i == 0 {
			role = "  (governance)"
		}
		fmt.Fprintf(tw, "  %d\t%s%s\n", i, a.Address.Hex(), role)
	}
	return tw.Flush()
}
