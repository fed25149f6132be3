package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

func newDeployCmd() *cobra.Command {
	var (
		out, token, governance string
		minTEE, minVerifier    string
		delay                  uint64
		quorum                 uint32
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the memo-compute contracts to an EVM chain",
		Long: `deploy sends the contracts from the --key account (which needs ETH for
gas) to the chain at --rpc, wires their roles and writes the deployment file
that every other command reads. Without --token it also deploys a MemoToken
and mints its supply to the deployer; on a real chain pass the existing MEMO
token. Governance (every admin role) goes to --governance, or the deployer.

Exit codes: 0 deployed, 1 failed, 2 bad flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := readKey(cmd, nil)
			if err != nil {
				return err
			}
			if key == nil {
				return usagef("deploy sends transactions: pass --key-file or --key")
			}
			cfg := chain.DeployConfig{UnbondingDelay: delay, Quorum: quorum}
			for flag, v := range map[string]string{"token": token, "governance": governance} {
				if v != "" && !common.IsHexAddress(v) {
					return usagef("--%s %q is not an address", flag, v)
				}
			}
			if token != "" {
				cfg.Token = common.HexToAddress(token)
			}
			if governance != "" {
				cfg.Governance = common.HexToAddress(governance)
			}
			if cfg.MinStakeTEENode, err = chain.ParseMEMO(minTEE); err != nil {
				return usagef("--min-stake-tee: %v", err)
			}
			if cfg.MinStakeVerifier, err = chain.ParseMEMO(minVerifier); err != nil {
				return usagef("--min-stake-verifier: %v", err)
			}
			backend, err := dialChain(cmd)
			if err != nil {
				return err
			}
			defer backend.Close()
			dep, err := withSpinner("deploying contracts", func() (*chain.Deployment, error) {
				return chain.Deploy(cmd.Context(), backend, key, cfg, newLogger())
			})
			if err != nil {
				return fmt.Errorf("deploying: %w", err)
			}
			if err := chain.SaveDeployment(out, dep); err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), dep)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "deployed to chain %d from block %d; wrote %s\n", dep.ChainID, dep.DeployBlock, out)
			fmt.Fprintf(tw, "MemoToken\t%s\nStaking\t%s\nEnclaveRegistry\t%s\nDataGrants\t%s\n", dep.Token.Hex(), dep.Staking.Hex(), dep.EnclaveRegistry.Hex(), dep.DataGrants.Hex())
			if dep.TaskMarket != (common.Address{}) {
				fmt.Fprintf(tw, "TaskMarket\t%s\n", dep.TaskMarket.Hex())
			}
			fmt.Fprintf(tw, "governance\t%s\n", dep.Governance.Hex())
			return tw.Flush()
		},
	}
	fl := cmd.Flags()
	fl.String(flagRPC, "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain (http, ws or ipc)")
	addKeyFlags(cmd)
	fl.StringVar(&out, flagDeployment, "deployment.json", "where to write the deployment file")
	fl.StringVar(&token, "token", "", "existing MEMO token address (default: deploy a MemoToken)")
	fl.StringVar(&governance, "governance", "", "account that receives every admin role (default: the deployer)")
	fl.StringVar(&minTEE, "min-stake-tee", "1000", "TEE-node minimum stake in MEMO")
	fl.StringVar(&minVerifier, "min-stake-verifier", "100", "verifier minimum stake in MEMO")
	fl.Uint64Var(&delay, "unbonding-delay", 10, "unbonding delay in blocks")
	fl.Uint32Var(&quorum, "quorum", 1, "verifier approvals that activate an enclave")
	return cmd
}
