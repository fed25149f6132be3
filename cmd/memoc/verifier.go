package main

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/vault/s3"
	"github.com/memo-protocol/memo-compute/verifier"
)

// verifierDBFile is the verifier's state in its data directory (salts
// included: readable by its owner only).
const verifierDBFile = "verifier.db"

func newVerifierCmd() *cobra.Command {
	var (
		dataDir, storeFlag, s3Endpoint, listen, logFormat, stakeFlag string
		confirmations                                                uint64
		poll                                                         time.Duration
	)
	cmd := &cobra.Command{
		Use:   "verifier",
		Short: "Run a verification node: approve enclaves, judge results, vote",
		Long: `verifier runs a verification daemon for a staked verifier account (staked as
one on start if it is not, --stake or the minimum).

It follows EnclaveRegistry and TaskMarket block by block. When an enclave
registers or re-attests it draws the approval committee once it is due
(anyone may) and, if drawn onto it, attests the enclave at the URL the
registry publishes, over a fresh nonce and with collateral it fetches itself,
and approves it or withholds its approval. When results are submitted it
draws their committees (anyone may), and on the committees it sits on it
fetches the task document from the nodes, checks it is the one the market
task commits to, fetches every assigned node's evidence, judges each result
(attestation, signature, lineage against the grants and manifests in
--store, policy, ε ledger, re-execution, federation, market claim), commits
its ballots under a secret salt and reveals them in the reveal phase. It
finalizes tasks whose reveal phases closed and settles its votes once they
settle. Each verdict is logged with its reasons.

Everything it needs to resume is in --data-dir: its last block, its salts and
ballots, reveals and settlements; a restarted verifier reveals what it
committed and never commits twice. --listen serves /healthz and /metrics
(Prometheus).`,
		Example: `  memoc verifier --dev-account 3 --data-dir verifier1 --listen 127.0.0.1:7701`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				return usagef("--data-dir is required: the verifier keeps its salts and votes there")
			}
			logger, err := daemonLogger(cmd, logFormat)
			if err != nil {
				return err
			}
			target, err := parseStore(cmd, storeFlag)
			if err != nil {
				return err
			}
			var s3cfg s3.Config
			if target.dir == "" {
				if s3cfg, err = s3Config(target, s3Endpoint); err != nil {
					return err
				}
			}
			var ln net.Listener
			if listen != "" {
				if ln, err = net.Listen("tcp", listen); err != nil {
					return fmt.Errorf("listening on %s: %w", listen, err)
				}
				defer ln.Close()
			}
			c, err := connectDaemon(cmd, keyFlags(cmd), logger)
			if err != nil {
				return err
			}
			defer closeChain(c)
			if err := requireKey(c); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, target, s3cfg)
			if err != nil {
				return err
			}
			np, err := verifierAttestation(cmd, c, filepath.Join(dataDir, "pcs"))
			if err != nil {
				return err
			}
			if err := ensureStaked(ctx, c, chain.RoleVerifier, stakeFlag, logger); err != nil {
				return err
			}
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return fmt.Errorf("creating --data-dir: %w", err)
			}
			db, err := verifier.OpenDB(filepath.Join(dataDir, verifierDBFile))
			if err != nil {
				return err
			}
			defer db.Close()
			v, err := verifier.New(verifier.Config{Client: c, Store: st, Attestation: np.verify, Policy: np.policy, TDRTMRs: np.tdRTMRs, HTTP: &http.Client{Timeout: time.Minute}})
			if err != nil {
				return err
			}
			url := rpcURL(cmd)
			d, err := verifier.NewDaemon(verifier.DaemonConfig{Verifier: v, DB: db, PollInterval: poll, Confirmations: confirmations, Logger: logger,
				Connect: func(ctx context.Context) (chain.LogSource, error) { return ethclient.DialContext(ctx, url) }})
			if err != nil {
				return err
			}
			var wg sync.WaitGroup
			var srv *http.Server
			if ln != nil {
				srv = &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second}
				wg.Go(func() {
					if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
						logger.Error("metrics server stopped", "err", err)
					}
				})
				logger.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
			}
			logger.Info("verifier running", "verifier", c.Address(), "rpc", url)
			err = d.Run(ctx)
			if srv != nil {
				shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				_ = srv.Shutdown(shut)
				cancel()
				wg.Wait()
			}
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		},
	}
	fl := cmd.Flags()
	addChainFlags(fl)
	addKeyFlags(fl, true)
	fl.StringVar(&dataDir, "data-dir", "", "directory of the verifier's state (created if missing)")
	fl.StringVar(&storeFlag, "store", "", "where the datasets' manifests are: a directory or s3://BUCKET/PREFIX (default <home>/store)")
	fl.StringVar(&s3Endpoint, "s3-endpoint", "", "S3 server of an s3:// store (or $MEMOC_S3_ENDPOINT)")
	fl.StringVar(&listen, "listen", "", "address to serve /healthz and /metrics on (default: not served)")
	fl.StringVar(&logFormat, "log-format", "text", "log format on stderr: text or json")
	fl.StringVar(&stakeFlag, "stake", "", "MEMO to stake if the account is not staked (default the verifier minimum)")
	fl.Uint64Var(&confirmations, "confirmations", 0, "blocks to wait on top of a block before acting on it (0: act at the head)")
	fl.DurationVar(&poll, "poll", 0, "how often to ask the chain for new blocks (default 250ms)")
	addNodePolicyFlags(fl)
	return cmd
}

// verifierAttestation returns how the verifier checks nodes (the flags of
// addNodePolicyFlags): on a deployment that trusts the sim root of memoc
// devnet, that root, with collateral from --pcs (memoc devnet's PCS
// routes) or issued by the verifier itself from the public sim authority;
// on any other, Intel's root alone and collateral from --pcs (default
// Intel's PCS), cached in cacheDir. Never the node's copy.
func verifierAttestation(cmd *cobra.Command, c *chain.Client, cacheDir string) (nodePolicy, error) {
	trusts, rootHash, err := c.SimulatedRoots(cmd.Context())
	if err != nil {
		return nodePolicy{}, err
	}
	var roots []*x509.Certificate
	if trusts {
		auth, err := devnetAuthority()
		if err != nil {
			return nodePolicy{}, err
		}
		if rootHash != common.Hash(sha256.Sum256(auth.Root().Raw)) {
			return nodePolicy{}, errors.New("the deployment trusts a sim attestation root that is not memoc devnet's: the verifier cannot check its nodes; run it against memoc devnet, or a production deployment (Intel's root)")
		}
		roots = []*x509.Certificate{auth.Root()}
	}
	return nodePolicyOf(cmd, roots, cacheDir)
}
