package main

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

func newDeployCmd() *cobra.Command {
	var (
		token, governance   string
		minTEE, minVerifier string
		force               bool
		delay               uint64
		committee           uint8
		test                testChainFlags
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the memo-compute contracts to an EVM chain",
		Long: `deploy sends the contracts from the --key account (which needs ETH for
gas) to the chain at --rpc, wires their roles and writes the deployment file
that every other command reads (<home>/deployment.json unless --deployment).
Without --token it also deploys a MemoToken and mints its supply to the
deployer; on a real chain pass the existing MEMO token. Governance (every
admin role) goes to --governance, or the deployer. A deployment file of a
real chain is not replaced without --force; a dev chain's is.

On a test chain (e.g. geth --dev), --trust-sim-root has the registry trust
memoc devnet's simulated attestation root (written as simroot.pem beside the
deployment file), so sim nodes can register; it is refused on the chain id of
a public network. --dev-accounts N then lists the deployer as dev account 0
and creates N-1 more, funded from it, so every other party can be given
--dev-account as on memoc devnet.

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
			out, err := deploymentPath(cmd)
			if err != nil {
				return err
			}
			if old := realDeployment(out); old != nil && !force {
				return fmt.Errorf("%s holds the deployment on chain %d (not a dev chain): not replacing it; pass --force, or write elsewhere with --deployment or another %s", out, old.ChainID, envHome)
			}
			if committee == 0 || committee > chain.MaxApprovalCommittee {
				return usagef("--approval-committee %d: choose 1 to %d verifiers", committee, chain.MaxApprovalCommittee)
			}
			if err := test.checkFlags(cmd); err != nil {
				return err
			}
			cfg := chain.DeployConfig{UnbondingDelay: delay, ApprovalCommittee: committee}
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
				return usagef("--min-stake-tee: %w", err)
			}
			if cfg.MinStakeVerifier, err = chain.ParseMEMO(minVerifier); err != nil {
				return usagef("--min-stake-verifier: %w", err)
			}
			backend, err := dialChain(cmd)
			if err != nil {
				return err
			}
			defer backend.Close()
			id, err := backend.ChainID(cmd.Context())
			if err != nil {
				return fmt.Errorf("reading the chain id: %w", err)
			}
			if err := test.checkChain(id.Uint64()); err != nil {
				return err
			}
			var rootPEM []byte
			if test.trustSimRoot {
				cfg.TrustSimulatedRoots = true
				if cfg.SimulatedRootHash, rootPEM, err = simRootHash(); err != nil {
					return err
				}
			}
			dep, err := withSpinner("deploying contracts", func() (*chain.Deployment, error) {
				return chain.Deploy(cmd.Context(), backend, key, cfg, newLogger())
			})
			if err != nil {
				return fmt.Errorf("deploying: %w", err)
			}
			if test.trustSimRoot {
				rootPath, err := simRootPath(cmd)
				if err != nil {
					return err
				}
				if err := writeSimRoot(rootPath, rootPEM); err != nil {
					return err
				}
				c, err := chain.NewClient(cmd.Context(), backend, dep, key, newLogger())
				if err != nil {
					return err
				}
				if _, err := withSpinner("funding dev accounts", func() (struct{}, error) {
					return struct{}{}, test.fundDevAccounts(cmd, c, key)
				}); err != nil {
					return err
				}
			}
			if err := saveDeployment(out, dep); err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), deployOutput{DeploymentFile: out, Deployment: dep})
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
	addChainFlags(fl)
	fl.Lookup(flagDeployment).Usage = "where to write the deployment file (default <home>/deployment.json)"
	addKeyFlags(fl, false)
	fl.BoolVar(&force, "force", false, "replace the deployment file even if it names a real chain's contracts")
	fl.StringVar(&token, "token", "", "existing MEMO token address (default: deploy a MemoToken)")
	fl.StringVar(&governance, "governance", "", "account that receives every admin role (default: the deployer)")
	fl.StringVar(&minTEE, "min-stake-tee", "1000", "TEE-node minimum stake in MEMO")
	fl.StringVar(&minVerifier, "min-stake-verifier", "100", "verifier minimum stake in MEMO")
	fl.Uint64Var(&delay, "unbonding-delay", 0, "unbonding delay in blocks (0: the shortest the task market allows, 20,000 with its defaults)")
	addTestChainFlags(cmd, &test)
	fl.Uint8Var(&committee, "approval-committee", chain.MinCommittee,
		"verifiers drawn by stake to approve each enclave attestation; a majority of them activates it (the chain needs at least this many staked verifiers)")
	return cmd
}

// deployOutput is what memoc deploy --json prints.
type deployOutput struct {
	DeploymentFile string            `json:"deploymentFile"`
	Deployment     *chain.Deployment `json:"deployment"`
}

// realDeployment returns the deployment in the file at path if it names a
// real chain's contracts (losing it loses their addresses), else nil: a
// missing or unreadable file or a dev chain's may be replaced.
func realDeployment(path string) *chain.Deployment {
	dep, err := chain.LoadDeployment(path)
	if err != nil || dep.TrustsSimulatedRoots {
		return nil
	}
	return dep
}

// saveDeployment writes dep to path, creating its directory (0700).
func saveDeployment(path string, dep *chain.Deployment) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating the directory of %s: %w", path, err)
	}
	if err := chain.SaveDeployment(path, dep); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return nil
}
