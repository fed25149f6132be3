package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// devnetSimSeed is the seed of the dev chain's simulated quoting authority
// (attest/sim). Like the dev account keys it is public: anyone can make
// quotes that a dev chain's verifiers accept, and every restart of memoc
// devnet trusts the same root, so a sim root file stays valid.
var devnetSimSeed = sha256.Sum256([]byte("memo-compute devnet sim authority v1"))

// devnetAuthority returns the dev chain's simulated quoting authority.
func devnetAuthority() (*sim.Authority, error) { return sim.New(devnetSimSeed[:]) }

func newDevnetCmd() *cobra.Command {
	var (
		port      int
		pcsPort   int
		accounts  int
		blockTime time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Serve an in-process dev chain with the contracts deployed",
		Long: `devnet runs a go-ethereum dev chain in this process (Osaka rules, chain id
1337, a block as soon as a transaction arrives and every --block-time),
deploys the memo-compute contracts, funds --accounts dev accounts with ETH
and MEMO and serves HTTP and WebSocket JSON-RPC on 127.0.0.1:--port until
interrupted (Ctrl-C).

It writes two files into the memoc home (--home, $MEMOC_HOME or ~/.memoc),
where every other command looks for them: deployment.json, the deployment
with the dev account keys, and simroot.pem, the simulated attestation root
the chain's registry trusts (memoc user checks sim enclaves against it).
With --deployment elsewhere, simroot.pem goes beside it. It does not
replace a deployment file of a real chain.

It also serves the sim collateral (TCB info, QE identity and CRLs for SGX and
TDX, as the sim authority issues them, renewed every ten minutes) on the PCS
v4 routes at http://127.0.0.1:--pcs-port, as a PCCS serves Intel's: pass it
as --pcs to memoc verifier and the memoc user commands that check nodes, so
that they fetch the collateral themselves rather than take a node's copy.

The dev account keys and the sim root's seed are public: anyone can compute
them. Dev account 0 is the deployer and governance. The chain lives in
memory; restarting gives the same addresses, keys and sim root but an empty
history.

Exit codes: 0 stopped by an interrupt, 1 the chain could not start, 2 bad flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if port < 0 || port > 65535 {
				return usagef("--port %d: want 0-65535 (0 picks a free port)", port)
			}
			if !cmd.Flags().Changed("pcs-port") && port == 0 {
				pcsPort = 0
			}
			if pcsPort < 0 || pcsPort > 65535 {
				return usagef("--pcs-port %d: want 0-65535 (0 picks a free port)", pcsPort)
			}
			if accounts < 1 || accounts > 1000 {
				return usagef("--accounts %d: want 1-1000", accounts)
			}
			depPath, err := deploymentPath(cmd)
			if err != nil {
				return err
			}
			rootPath, err := simRootPath(cmd)
			if err != nil {
				return err
			}
			if old := realDeployment(depPath); old != nil {
				return fmt.Errorf("%s holds the deployment on chain %d, not a dev chain's: devnet does not replace it; use another memoc home (%s or --home) or pass --deployment", depPath, old.ChainID, envHome)
			}
			auth, err := devnetAuthority()
			if err != nil {
				return fmt.Errorf("creating the sim quoting authority: %w", err)
			}
			rootHash := sha256.Sum256(auth.Root().Raw)
			start := time.Now()
			d, err := devnet.New(cmd.Context(), devnet.Config{
				Accounts:      accounts,
				ListenAddr:    net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
				BlockInterval: blockTime,
				Logger:        newLogger(),
				Deploy:        chain.DeployConfig{SimulatedRootHash: rootHash},
			})
			if err != nil {
				return fmt.Errorf("starting the dev chain: %w", err)
			}
			defer d.Close()
			pcsLn, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(pcsPort)))
			if err != nil {
				return fmt.Errorf("serving the sim collateral: %w (pick another --pcs-port)", err)
			}
			pcsSrv := &http.Server{Handler: devnetPCS(newSimCollateral(auth)), ReadHeaderTimeout: 10 * time.Second}
			go func() { _ = pcsSrv.Serve(pcsLn) }()
			defer pcsSrv.Close()
			if err := saveDeployment(depPath, d.Deployment()); err != nil {
				return err
			}
			if err := writeSimRoot(rootPath, auth.RootPEM()); err != nil {
				return err
			}
			out := devnetOutput{
				HTTP: d.HTTPURL(), WS: d.WSURL(), PCS: "http://" + pcsLn.Addr().String(), DeploymentFile: depPath, SimRootFile: rootPath, SimRootHash: rootHash,
				StartupSeconds: time.Since(start).Seconds(), Deployment: d.Deployment(),
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
	fl.IntVar(&pcsPort, "pcs-port", 8546, "loopback port of the PCS routes serving the sim collateral (0 picks a free one; with --port 0, so does the default)")
	fl.String(flagDeployment, "", "where to write the deployment file (default <home>/deployment.json)")
	fl.String(flagSimRoot, "", "where to write the sim root PEM (default simroot.pem beside the deployment file)")
	addHomeFlag(fl)
	fl.IntVar(&accounts, "accounts", 10, "dev accounts to fund with 1,000 ETH and 1,000,000 MEMO each")
	fl.DurationVar(&blockTime, "block-time", time.Second, "also seal a block this often when idle (0: only on transactions)")
	return cmd
}

// writeSimRoot writes the sim root certificate (public) to path.
func writeSimRoot(path string, pemBytes []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating the directory of %s: %w", path, err)
	}
	if err := os.WriteFile(path, pemBytes, 0o644); err != nil {
		return fmt.Errorf("writing the sim root: %w", err)
	}
	return nil
}

// devnetOutput is what memoc devnet --json prints once the chain is up.
type devnetOutput struct {
	HTTP string `json:"http"`
	WS   string `json:"ws"`
	// PCS is the base URL of the PCS routes serving the sim collateral.
	PCS            string      `json:"pcs"`
	DeploymentFile string      `json:"deploymentFile"`
	SimRootFile    string      `json:"simRootFile"`
	SimRootHash    common.Hash `json:"simRootHash"`
	// StartupSeconds is the time from the command's start to the chain
	// serving with the contracts deployed.
	StartupSeconds float64           `json:"startupSeconds"`
	Deployment     *chain.Deployment `json:"deployment"`
}

func printDevnet(w io.Writer, o devnetOutput) error {
	d := o.Deployment
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "dev chain %d up in %.1f s (Ctrl-C to stop)\n", d.ChainID, o.StartupSeconds)
	fmt.Fprintf(tw, "HTTP\t%s\n", o.HTTP)
	fmt.Fprintf(tw, "WebSocket\t%s\n", o.WS)
	fmt.Fprintf(tw, "PCS (sim collateral)\t%s\n", o.PCS)
	fmt.Fprintf(tw, "deployment\t%s\n", o.DeploymentFile)
	fmt.Fprintf(tw, "sim root\t%s\n", o.SimRootFile)
	fmt.Fprintf(tw, "MemoToken\t%s\n", d.Token.Hex())
	fmt.Fprintf(tw, "Staking\t%s\n", d.Staking.Hex())
	fmt.Fprintf(tw, "EnclaveRegistry\t%s\n", d.EnclaveRegistry.Hex())
	fmt.Fprintf(tw, "DataGrants\t%s\n", d.DataGrants.Hex())
	if d.TaskMarket != (common.Address{}) {
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

// devnetPCS serves the sim collateral src issues on the PCS v4 routes
// (pcs.Handler), SGX and TDX.
func devnetPCS(src *simCollateral) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sgx, err := src.GetCollateral(r.Context(), "SGX", [6]byte{})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		tdx, err := src.GetCollateral(r.Context(), "TDX", [6]byte{})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		pcs.Handler(sgx, tdx).ServeHTTP(w, r)
	})
}
