package main

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/node"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
	"github.com/memo-protocol/memo-compute/wasm"
)

// Files of a node's data directory.
const (
	nodeDBFile      = "node.db"     // node.DB: grants, tasks, states, evidence, sealed enclave
	nodeSecretFile  = "sealing.key" // the sim enclave's sealing secret (hex)
	defaultNodeAddr = "127.0.0.1:7600"
)

// Flags of memoc node's batched grant relay.
const (
	flagGrantBatch      = "grant-batch"
	flagGrantBatchDelay = "grant-batch-delay"
)

// grantBatchFlags reads --grant-batch and --grant-batch-delay.
func grantBatchFlags(cmd *cobra.Command) (int, time.Duration, error) {
	n, _ := cmd.Flags().GetInt(flagGrantBatch)
	d, _ := cmd.Flags().GetDuration(flagGrantBatchDelay)
	switch {
	case n < 1 || n > chain.MaxGrantBatch:
		return 0, 0, usagef("--grant-batch %d: want 1 to %d grants per relay transaction", n, chain.MaxGrantBatch)
	case d <= 0:
		return 0, 0, usagef("--grant-batch-delay %s: want a positive duration, e.g. 100ms", d)
	}
	return n, d, nil
}

func newNodeCmd() *cobra.Command {
	var (
		listen, publicURL, dataDir, storeFlag, s3Endpoint, specFile, wasmFile, tee, logFormat, stakeFlag string
		measureOnly, useTLS                                                                              bool
		rtmrs                                                                                            []int
		pcsURL                                                                                           string
	)
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run a TEE node: the data owners' always-on proxy",
		Long: `node runs a TEE node daemon: an operator account and its enclave, serving
the node API (nodeapi/openapi.yaml) on --listen.

Off loopback the API is served over RA-TLS (--tls, on by default there):
a self-signed certificate whose key (tls.key in --data-dir, created once)
the enclave binds into every attestation, so a client that verified the
attestation pins the key and knows it talks to this enclave's node. Plain
HTTP is served on loopback only.

On start it creates its enclave, or recovers it from --data-dir (the sealed
state and the sealing secret; the enclave key, noise secret and ε ledger
survive restarts), stakes as a TEE node if the operator is not staked,
registers the enclave with its URL (--public-url) in EnclaveRegistry, draws
its approval committee and waits for the verifiers to approve it. Then it
relays the grants data owners post to it (in batches: up to --grant-batch
in one transaction, sent once full or --grant-batch-delay after the first;
each owner gets its own grant's outcome), accepts the task documents the
market commits to, runs each task in the enclave as soon as the owner's
sealed input is there, federates with the other assigned nodes over HTTP,
submits the enclave-signed result once and withdraws its earnings when the
task settles. Everything it holds is in --data-dir: a restarted node resumes
every task where it was and never submits twice.

The enclave serves one workload, --spec (a training spec as JSON, the one
the task owner publishes) or --wasm (a WASI module, which runs the wasm tasks
that carry it): its measurement covers this executable and the spec or the
module's SHA-256, and governance must allow it in the registry. --measure
prints the measurement of the --tee backend and exits: the workload's on
sim, the sim TD's on sim-tdx; on gramine and tdx it must run on the
platform (inside Gramine, inside the TD), which reports MRENCLAVE or the
TD measurement (MRTD and the --tdx-rtmr RTMRs).`,
		Example: `  memoc node --dev-account 1 --data-dir node1 --spec spec.json --listen 127.0.0.1:7601`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			workload, err := nodeWorkload(specFile, wasmFile)
			if err != nil {
				return err
			}
			if measureOnly {
				b, err := openTEE(tee, rtmrs, pcsURL)
				if err != nil {
					return err
				}
				m, err := b.measure(workload)
				if err != nil {
					return err
				}
				if global.json {
					return printJSON(cmd.OutOrStdout(), struct {
						Measurement common.Hash      `json:"measurement"`
						Workload    enclave.Workload `json:"workload"`
					}{m, workload})
				}
				_, err = fmt.Fprintln(cmd.OutOrStdout(), m.Hex())
				return err
			}
			backend, err := openTEE(tee, rtmrs, pcsURL)
			if err != nil {
				return err
			}
			if dataDir == "" {
				return usagef("--data-dir is required: the node keeps its enclave's sealed state and its tasks there")
			}
			if _, _, err := grantBatchFlags(cmd); err != nil {
				return err
			}
			logger, err := daemonLogger(cmd, logFormat)
			if err != nil {
				return err
			}
			c, err := connectDaemon(cmd, keyFlags(cmd), logger)
			if err != nil {
				return err
			}
			defer closeChain(c)
			if err := requireKey(c); err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("listening on %s: %w", listen, err)
			}
			defer ln.Close()
			tlsOn, err := nodeTLS(ln.Addr(), useTLS, cmd.Flags().Changed("tls"))
			if err != nil {
				return err
			}
			if publicURL, err = nodePublicURL(publicURL, ln.Addr(), tlsOn); err != nil {
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
			st, err := openStore(cmd.Context(), target, s3cfg)
			if err != nil {
				return err
			}
			return runNode(cmd, c, nodeSetup{ln: ln, tls: tlsOn, publicURL: publicURL, dataDir: dataDir, store: st, workload: workload, stake: stakeFlag, logger: logger, tee: backend})
		},
	}
	fl := cmd.Flags()
	addChainFlags(fl)
	addKeyFlags(fl, true)
	fl.StringVar(&listen, "listen", defaultNodeAddr, "address the node API listens on (loopback: plain HTTP unless --tls)")
	fl.BoolVar(&useTLS, "tls", false, "serve the node API over RA-TLS, its key in --data-dir bound into the enclave's attestation (default: on unless --listen is loopback; plain HTTP is served on loopback only)")
	fl.StringVar(&publicURL, "public-url", "", "URL clients reach the node API at, published in the registry (default http(s)://<listen address>)")
	fl.StringVar(&dataDir, "data-dir", "", "directory of the node's state (created if missing)")
	fl.StringVar(&storeFlag, "store", "", "where the datasets are: a directory or s3://BUCKET/PREFIX (default <home>/store)")
	fl.StringVar(&s3Endpoint, "s3-endpoint", "", "S3 server of an s3:// store (or $MEMOC_S3_ENDPOINT)")
	fl.StringVar(&specFile, "spec", "", "the training spec the enclave serves (JSON, as memoc task spec writes it)")
	fl.StringVar(&wasmFile, "wasm", "", "the WASI module the enclave serves, instead of --spec")
	fl.StringVar(&tee, "tee", "sim", "enclave backend: sim, sim-tdx (a sim TD: dev chains), gramine (inside Gramine-SGX) or tdx (in a TDX confidential VM); see docs/HARDWARE.md")
	fl.IntSliceVar(&rtmrs, "tdx-rtmr", []int{1, 2}, "with --tee tdx or sim-tdx, the RTMRs measured with MRTD (1: kernel, 2: command line and initrd)")
	fl.StringVar(&pcsURL, "pcs", "https://api.trustedservices.intel.com", "with --tee gramine or tdx, the Intel PCS or a PCCS peers' collateral is fetched from")
	fl.StringVar(&logFormat, "log-format", "text", "log format on stderr: text or json")
	fl.StringVar(&stakeFlag, "stake", "", "MEMO to stake if the operator is not staked (default the TEE node minimum)")
	fl.Int(flagGrantBatch, node.DefaultGrantBatch, fmt.Sprintf("most data owners' grants relayed in one transaction (1 to %d)", chain.MaxGrantBatch))
	fl.Duration(flagGrantBatchDelay, node.DefaultGrantBatchDelay, "how long a grant waits for others to share its relay transaction")
	fl.BoolVar(&measureOnly, "measure", false, "print the measurement of an enclave of --tee serving --spec or --wasm and exit (gramine, tdx: run it on the platform)")
	return cmd
}

// nodeWorkload returns the workload of --spec or --wasm (exactly one).
func nodeWorkload(specFile, wasmFile string) (enclave.Workload, error) {
	switch {
	case (specFile == "") == (wasmFile == ""):
		return enclave.Workload{}, usagef("pass --spec (a training spec) or --wasm (a WASI module): the workload the enclave serves")
	case wasmFile != "":
		m, err := os.ReadFile(wasmFile)
		if err != nil {
			return enclave.Workload{}, usagef("--wasm: %v", err)
		}
		if len(m) == 0 {
			return enclave.Workload{}, usagef("--wasm %s is empty: want a WASI module", wasmFile)
		}
		return enclave.Workload{Kind: enclave.KindWasm, ID: common.Hash(wasm.Measure(m))}, nil
	}
	spec, err := readSpec(specFile)
	if err != nil {
		return enclave.Workload{}, err
	}
	return enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()}, nil
}

// readSpec reads and validates a training spec file.
func readSpec(path string) (train.Spec, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return train.Spec{}, usagef("--spec: %v", err)
	}
	var s train.Spec
	if err := json.Unmarshal(b, &s); err != nil {
		return train.Spec{}, usagef("--spec %s: not a training spec: %v", path, err)
	}
	if err := s.Validate(); err != nil {
		return train.Spec{}, usagef("--spec %s: %v", path, err)
	}
	return s, nil
}

// nodeTLS says whether the node API serves RA-TLS: --tls if set (set
// says whether it was), otherwise on unless the listener is on loopback.
// It refuses plain HTTP anywhere but loopback: a node reachable from other
// machines serves TLS whose key its attestation binds.
func nodeTLS(a net.Addr, flag, set bool) (bool, error) {
	ta, ok := a.(*net.TCPAddr)
	loopback := ok && ta.IP.IsLoopback()
	if !set {
		return !loopback, nil
	}
	if !flag && !loopback {
		return false, usagef("--listen %s is not a loopback address: plain HTTP is served on loopback only (drop --tls=false)", a)
	}
	return flag, nil
}

// nodePublicURL returns the URL the node publishes: --public-url, whose
// scheme must be what the node serves, or the listen address.
func nodePublicURL(flag string, a net.Addr, tlsOn bool) (string, error) {
	scheme := "http"
	if tlsOn {
		scheme = "https"
	}
	if flag == "" {
		if ta, ok := a.(*net.TCPAddr); ok && ta.IP.IsUnspecified() {
			return "", usagef("--listen %s is a wildcard address: give the URL clients reach the node at with --public-url", a)
		}
		return scheme + "://" + a.String(), nil
	}
	if u, err := url.Parse(flag); err != nil || u.Scheme != scheme || u.Host == "" {
		return "", usagef("--public-url %q: the node serves %s here, so want %s://host[:port]", flag, strings.ToUpper(scheme), scheme)
	}
	return flag, nil
}

// daemonLogger returns the logger of a daemon: --log-format text or json on
// stderr, at --log-level (info unless set).
func daemonLogger(cmd *cobra.Command, format string) (*slog.Logger, error) {
	level := slog.LevelInfo
	if cmd.Flags().Changed("log-level") {
		level, _ = parseLevel(global.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), opts)), nil
	}
	return nil, usagef("--log-format %q: want text or json", format)
}

type nodeSetup struct {
	ln        net.Listener
	tls       bool // serve RA-TLS, the key in dataDir
	publicURL string
	dataDir   string
	store     vault.Store
	workload  enclave.Workload
	stake     string
	logger    *slog.Logger
	tee       *teeBackend
}

// runNode starts the node: data directory, enclave (recovered from its
// sealed state if there is one), stake, API server and daemon.
func runNode(cmd *cobra.Command, c *chain.Client, s nodeSetup) error {
	ctx := cmd.Context()
	if err := os.MkdirAll(s.dataDir, 0o700); err != nil {
		return fmt.Errorf("creating --data-dir: %w", err)
	}
	secret, err := s.tee.sealingSecret(s.dataDir)
	if err != nil {
		return err
	}
	ln, tlsKey := s.ln, common.Hash{}
	if s.tls {
		id, err := nodeapi.LoadOrCreateTLS(s.dataDir, time.Now())
		if err != nil {
			return err
		}
		ln, tlsKey = tls.NewListener(s.ln, id.ServerConfig()), id.KeyHash()
	}
	db, err := node.OpenDB(filepath.Join(s.dataDir, nodeDBFile))
	if err != nil {
		return err
	}
	defer db.Close()
	if err := ensureStaked(ctx, c, chain.RoleTEENode, s.stake, s.logger); err != nil {
		return err
	}
	dep := c.Deployment()
	platform, opts, collateral, err := s.tee.attestation(ctx, c, s.dataDir)
	if err != nil {
		return err
	}
	e, err := enclave.NewSim(enclave.Config{
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, TaskMarket: dep.TaskMarket, Operator: c.Address(),
		TLSKeyHash: tlsKey, Workload: s.workload, SealingSecret: secret, Platform: platform, Collateral: collateral,
		Chain: enclave.ChainGrants(c), VerifyPeer: peerVerifier(c, opts, s.tee.rtmrs), Logger: s.logger.With("part", "enclave"),
		SharedSealing: s.tee.sharedSealing(), VerifyRecovering: recoveringVerifier(c, opts, s.tee.rtmrs),
	})
	clear(secret)
	if err != nil {
		return err
	}
	blob, err := db.Sealed()
	if err != nil {
		return err
	}
	unsealed := false
	if s.tee.sharedSealing() {
		if unsealed, err = recoverIdentity(ctx, c, e, blob, peerOptions(c, opts, s.tee.rtmrs), s.publicURL, s.dataDir, s.logger); err != nil {
			return fmt.Errorf("--tee %s: %w", s.tee.name, err)
		}
	}
	if unsealed {
		s.logger.Info("enclave recovered from its sealed state", "enclave", e.Address())
	} else if blob != nil {
		if err := e.Unseal(blob); err != nil {
			return fmt.Errorf("recovering the enclave from %s: %w", s.dataDir, err)
		}
		s.logger.Info("enclave recovered from its sealed state", "enclave", e.Address())
	} else {
		blob, err := e.Seal()
		if err == nil {
			err = db.SaveSealed(blob)
		}
		if err != nil {
			return fmt.Errorf("sealing the new enclave: %w", err)
		}
		s.logger.Info("new enclave", "enclave", e.Address())
	}
	batch, batchDelay, err := grantBatchFlags(cmd)
	if err != nil {
		return err
	}
	n, err := node.New(node.Config{Operator: c, Enclave: e, Store: s.store, HTTP: &http.Client{Timeout: time.Minute},
		Logger: s.logger, DB: db, PublicURL: s.publicURL, GrantBatch: batch, GrantBatchDelay: batchDelay})
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: n.Handler(), ReadHeaderTimeout: 10 * time.Second}
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger.Error("node API stopped", "err", err)
		}
	})
	s.logger.Info("node API listening", "url", s.publicURL, "operator", c.Address(), "enclave", e.Address(), "measurement", e.Measurement(), "tlsKeyHash", tlsKey)
	err = n.Serve(ctx)
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shut)
	wg.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// sealingSecret reads the enclave's sealing secret from path, creating a
// random one the first time (the sim stand-in for the CPU's fused key).
func sealingSecret(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		secret := make([]byte, enclave.SealingSecretSize)
		if _, err := rand.Read(secret); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(hex.EncodeToString(secret)), 0o600); err != nil {
			return nil, fmt.Errorf("writing the sealing secret: %w", err)
		}
		return secret, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the sealing secret: %w", err)
	}
	secret, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(secret) != enclave.SealingSecretSize {
		return nil, fmt.Errorf("%s is not a %d-byte hex sealing secret", path, enclave.SealingSecretSize)
	}
	return secret, nil
}

// ensureStaked stakes a daemon's account in role (amount, or the role's
// minimum) unless it is staked already.
func ensureStaked(ctx context.Context, c *chain.Client, role chain.Role, amount string, log *slog.Logger) error {
	ok, err := c.IsStaked(ctx, c.Address(), role)
	if err != nil || ok {
		return err
	}
	v, err := c.MinStake(ctx, role)
	if err != nil {
		return err
	}
	if amount != "" {
		if v, err = chain.ParseMEMO(amount); err != nil {
			return usagef("--stake: %v", err)
		}
	}
	if _, err := c.Stake(ctx, role, v); err != nil {
		return fmt.Errorf("staking as %s: %w", role, err)
	}
	log.Info("staked", "role", role.String(), "amount", chain.FormatMEMO(v))
	return nil
}

// collateralCache issues the sim collateral a node hands out with its
// quotes once and reuses it for ten minutes, like a PCS cache.
type collateralCache struct {
	auth *sim.Authority
	mu   sync.Mutex
	b    []byte
	at   time.Time
}

func (c *collateralCache) get(context.Context) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.b == nil || time.Since(c.at) > 10*time.Minute {
		col, err := c.auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour)})
		if err != nil {
			return nil, err
		}
		if c.b, err = json.Marshal(col); err != nil {
			return nil, err
		}
		c.at = time.Now()
	}
	return append([]byte(nil), c.b...), nil
}

// peerOptions is how a node checks a peer enclave: this deployment, an
// allowed measurement (a TD's over rtmrs), the registered operator.
func peerOptions(c *chain.Client, opts verify.Options, rtmrs []int) grant.NodeOptions {
	dep := c.Deployment()
	return grant.NodeOptions{
		Verify: opts, ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants,
		MeasurementAllowed: c.MeasurementAllowed, Operator: c.EnclaveOperator, TDRTMRs: rtmrs,
	}
}

// peerVerifier is the enclave's check of a peer enclave's attestation
// (peerOptions, over the document's nonce).
func peerVerifier(c *chain.Client, opts verify.Options, rtmrs []int) func(context.Context, *grant.Attestation) (common.Hash, error) {
	return func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		o := peerOptions(c, opts, rtmrs)
		o.Nonce = doc.Nonce
		n, err := grant.VerifyNode(ctx, doc, o)
		if err != nil {
			return common.Hash{}, err
		}
		return n.Measurement(), nil
	}
}

// recoveringVerifier is the enclave's check of a restarted enclave asking
// for the measurement key: as peerVerifier, but the enclave need not be
// registered (it is the fresh enclave of a rebooted TD): the operator is
// the one its quote binds.
func recoveringVerifier(c *chain.Client, opts verify.Options, rtmrs []int) func(context.Context, *grant.Attestation) (common.Hash, error) {
	return func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		o := peerOptions(c, opts, rtmrs)
		o.Nonce = doc.Nonce
		o.Operator = func(context.Context, common.Address) (common.Address, error) { return doc.Operator, nil }
		n, err := grant.VerifyNode(ctx, doc, o)
		if err != nil {
			return common.Hash{}, err
		}
		return n.Measurement(), nil
	}
}
