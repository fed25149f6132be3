package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// userFlags are shared by the `memoc user` subcommands.
type userFlags struct {
	home, passwordFile  string
	rpc, deploymentFile string
	simRoot             string
}

func (f *userFlags) dir(parts ...string) string {
	return filepath.Join(append([]string{f.home, "user"}, parts...)...)
}

func (f *userFlags) keyFile() string { return f.dir("key.json") }

func defaultHome() string {
	if h := os.Getenv("MEMOC_HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".memoc")
	}
	return ".memoc"
}

func newUserCmd() *cobra.Command {
	f := &userFlags{}
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Data owner tools: keys, encrypted upload, node inspection, grants and revocations",
		Long: `Data owner tools. The account key is kept in <home>/user/key.json (Ethereum
keystore v3, encrypted with the password from --password-file or
$MEMOC_PASSWORD). Each uploaded dataset is recorded in <home>/user/datasets/
with its manifest and its data key sealed under a key derived from the
account key; grants are written to <home>/user/grants/.

Exit codes: 0 success, 1 failure (including a node whose attestation is
refused), 2 bad usage.`,
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&f.home, "home", defaultHome(), "memoc state directory ($MEMOC_HOME)")
	pf.StringVar(&f.passwordFile, "password-file", "", "file holding the keystore password (default: $MEMOC_PASSWORD)")
	pf.StringVar(&f.rpc, "rpc", "http://127.0.0.1:8545", "Ethereum JSON-RPC endpoint of the deployment's chain")
	pf.StringVar(&f.deploymentFile, "deployment", "", "deployment file written by `memoc devnet` (default <home>/deployment.json)")
	pf.StringVar(&f.simRoot, "sim-root", "", "PEM of the dev chain's simulated attestation root (dev chains only; checked against the registry's sim-root hash)")
	cmd.AddCommand(newUserKeygenCmd(f), newUserImportCmd(f), newUserUploadCmd(f), newUserInspectCmd(f),
		newUserGrantCmd(f), newUserRevokeCmd(f), newUserDatasetsCmd(f))
	return cmd
}

// ---- keys ----

func (f *userFlags) password() (string, error) {
	if f.passwordFile != "" {
		b, err := os.ReadFile(f.passwordFile)
		if err != nil {
			return "", fmt.Errorf("reading password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if p, ok := os.LookupEnv("MEMOC_PASSWORD"); ok && p != "" {
		return p, nil
	}
	return "", usagef("no keystore password: pass --password-file FILE or set MEMOC_PASSWORD")
}

func (f *userFlags) saveKey(key *ecdsa.PrivateKey, force bool) error {
	pw, err := f.password()
	if err != nil {
		return err
	}
	if _, err := os.Stat(f.keyFile()); err == nil && !force {
		return fmt.Errorf("%s already exists: pass --force to replace it (the old key is lost unless backed up)", f.keyFile())
	}
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	// Light scrypt parameters: the file protects a dev-chain account; use a
	// hardware or standard wallet for accounts holding value.
	b, err := keystore.EncryptKey(k, pw, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return fmt.Errorf("encrypting key: %w", err)
	}
	if err := os.MkdirAll(f.dir(), 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", f.dir(), err)
	}
	return writeFileAtomic(f.keyFile(), b, 0o600)
}

func (f *userFlags) loadKey() (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(f.keyFile())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no account key at %s: run `memoc user keygen` or `memoc user import` first", f.keyFile())
	}
	if err != nil {
		return nil, fmt.Errorf("reading account key: %w", err)
	}
	pw, err := f.password()
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(b, pw)
	if err != nil {
		return nil, fmt.Errorf("decrypting %s: %w (wrong password?)", f.keyFile(), err)
	}
	return k.PrivateKey, nil
}

func newUserKeygenCmd(f *userFlags) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Create a new account key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := crypto.GenerateKey()
			if err != nil {
				return fmt.Errorf("generating key: %w", err)
			}
			if err := f.saveKey(key, force); err != nil {
				return err
			}
			return printAccount(cmd, f, crypto.PubkeyToAddress(key.PublicKey))
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing key")
	return cmd
}

func newUserImportCmd(f *userFlags) *cobra.Command {
	var keyFile string
	var force bool
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Import an existing secp256k1 private key (hex) as the account key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keyFile == "" {
				return usagef("--key-file is required (a file holding the private key as hex; use - for stdin)")
			}
			var b []byte
			var err error
			if keyFile == "-" {
				b, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), 1024))
			} else {
				b, err = os.ReadFile(keyFile)
			}
			if err != nil {
				return fmt.Errorf("reading key: %w", err)
			}
			key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
			clear(b)
			if err != nil {
				return fmt.Errorf("%s does not hold a secp256k1 private key in hex: %w", keyFile, err)
			}
			if err := f.saveKey(key, force); err != nil {
				return err
			}
			return printAccount(cmd, f, crypto.PubkeyToAddress(key.PublicKey))
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file with the private key in hex (- for stdin)")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing key")
	return cmd
}

func printAccount(cmd *cobra.Command, f *userFlags, addr common.Address) error {
	if global.json {
		return printJSON(cmd.OutOrStdout(), map[string]string{"address": addr.Hex(), "keystore": f.keyFile()})
	}
	_, err := fmt.Fprintf(cmd.OutOrStdout(), "account %s\nkeystore %s\n", addr.Hex(), f.keyFile())
	return err
}

// ---- local dataset records ----

// datasetRecord is what the CLI remembers about an uploaded dataset.
type datasetRecord struct {
	ID       vault.ID        `json:"id"`
	Store    string          `json:"store"`
	Source   string          `json:"source"`
	Manifest *vault.Manifest `json:"manifest"`
	// SealedKey is the data key under AES-256-GCM with a key derived from
	// the account key (HKDF-SHA256, info = dataset id).
	SealedKey string        `json:"sealedKey"`
	Grants    []grantRecord `json:"grants,omitempty"`
}

type grantRecord struct {
	Enclave    common.Address `json:"enclave"`
	Node       string         `json:"node"`
	PolicyHash common.Hash    `json:"policyHash"`
	Expiry     uint64         `json:"expiry"`
	File       string         `json:"file"`
	Relayed    bool           `json:"relayed"`
}

func (f *userFlags) datasetFile(id vault.ID) string { return f.dir("datasets", id.String()+".json") }

func (f *userFlags) loadDataset(idText string) (*datasetRecord, error) {
	id, err := vault.ParseID(strings.TrimPrefix(idText, "0x"))
	if err != nil {
		return nil, usagef("--dataset %q is not a dataset id (64 hex digits, as `memoc user upload` printed)", idText)
	}
	b, err := os.ReadFile(f.datasetFile(id))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("dataset %s is not known here: see `memoc user datasets`", id)
	}
	if err != nil {
		return nil, fmt.Errorf("reading dataset record: %w", err)
	}
	var r datasetRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", f.datasetFile(id), err)
	}
	return &r, nil
}

func (f *userFlags) saveDataset(r *datasetRecord) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding dataset record: %w", err)
	}
	if err := os.MkdirAll(f.dir("datasets"), 0o700); err != nil {
		return fmt.Errorf("creating dataset directory: %w", err)
	}
	return writeFileAtomic(f.datasetFile(r.ID), b, 0o600)
}

func dekSealKey(key *ecdsa.PrivateKey, id vault.ID) (cipher.AEAD, error) {
	k, err := hkdf.Key(sha256.New, crypto.FromECDSA(key), []byte("memo-compute/cli/dek-seal/v1"), id.String(), 32)
	if err != nil {
		return nil, err
	}
	defer clear(k)
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func sealDEK(key *ecdsa.PrivateKey, id vault.ID, dek []byte) (string, error) {
	g, err := dekSealKey(key, id)
	if err != nil {
		return "", fmt.Errorf("sealing data key: %w", err)
	}
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("sealing data key: %w", err)
	}
	return hex.EncodeToString(g.Seal(nonce, nonce, dek, id[:])), nil
}

func openDEK(key *ecdsa.PrivateKey, id vault.ID, sealed string) ([]byte, error) {
	b, err := hex.DecodeString(sealed)
	if err != nil {
		return nil, fmt.Errorf("opening data key: %w", err)
	}
	g, err := dekSealKey(key, id)
	if err != nil {
		return nil, fmt.Errorf("opening data key: %w", err)
	}
	if len(b) < g.NonceSize() {
		return nil, errors.New("opening data key: record corrupted")
	}
	dek, err := g.Open(nil, b[:g.NonceSize()], b[g.NonceSize():], id[:])
	if err != nil {
		return nil, errors.New("opening data key: sealed under another account key or corrupted")
	}
	return dek, nil
}

func writeFileAtomic(path string, b []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ---- upload ----

func newUserUploadCmd(f *userFlags) *cobra.Command {
	var data, label, store string
	var classes, chunkKiB int
	cmd := &cobra.Command{
		Use:   "upload",
		Short: "Encrypt a CSV dataset into a store and print its dataset id",
		Long: `Encrypt a CSV file (header row; numeric feature columns and an integer label
column) under a fresh data key, store the sealed chunks and the signed
manifest in --store (a directory), and remember the dataset (manifest and
sealed key) under <home>/user/datasets.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if data == "" {
				return usagef("--data FILE.csv is required")
			}
			key, err := f.loadKey()
			if err != nil {
				return err
			}
			in, err := os.Open(data)
			if err != nil {
				return fmt.Errorf("opening data: %w", err)
			}
			ds, err := train.ReadCSV(in, train.CSVOptions{Label: label, Classes: classes})
			in.Close()
			if err != nil {
				return fmt.Errorf("reading %s: %w", data, err)
			}
			if store == "" {
				store = filepath.Join(f.home, "store")
			}
			st, err := vault.NewDirStore(store)
			if err != nil {
				return fmt.Errorf("opening store: %w", err)
			}
			m, dek, err := uploadDataset(cmd.Context(), cmd.ErrOrStderr(), st, key, ds, chunkKiB<<10)
			if err != nil {
				return err
			}
			sealed, err := sealDEK(key, m.ID, dek)
			clear(dek)
			if err != nil {
				return err
			}
			abs, _ := filepath.Abs(store)
			rec := &datasetRecord{ID: m.ID, Store: abs, Source: filepath.Base(data), Manifest: m, SealedKey: sealed}
			if err := f.saveDataset(rec); err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"dataset": "0x" + m.ID.String(), "records": m.Records, "chunks": len(m.Chunks), "store": abs, "recordRoot": m.RecordRoot})
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "dataset 0x%s\nrecords %d in %d chunks, store %s\n", m.ID, m.Records, len(m.Chunks), abs)
			return err
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "CSV file to upload")
	cmd.Flags().StringVar(&label, "label", "label", "header name of the label column")
	cmd.Flags().IntVar(&classes, "classes", 0, "number of classes (0: one more than the largest label)")
	cmd.Flags().StringVar(&store, "store", "", "store directory (default <home>/store)")
	cmd.Flags().IntVar(&chunkKiB, "chunk-kib", 0, "plaintext chunk size in KiB (0: the vault default)")
	return cmd
}

func uploadDataset(ctx context.Context, progress io.Writer, st vault.Store, key *ecdsa.PrivateKey, ds *train.Dataset, chunk int) (*vault.Manifest, []byte, error) {
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return nil, nil, err
	}
	defer dek.Destroy()
	bar := progressbar.NewOptions(ds.Len(), progressbar.OptionSetWriter(progress), progressbar.OptionSetDescription("encrypting"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
	w, err := vault.NewWriter(ctx, st, dek, vault.WriterOptions{
		Owner:     crypto.PubkeyToAddress(key.PublicKey),
		Schema:    vault.Schema{Kind: vault.KindVector, Features: ds.Schema.NumFeatures(), Classes: ds.Schema.Classes, Columns: append(slices.Clone(ds.Schema.Features), ds.Schema.Label)},
		ChunkSize: chunk,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("starting upload: %w", err)
	}
	for i := range ds.Len() {
		if err := w.WriteRecord(vault.Record{Features: ds.Row(i), Label: float64(ds.Y[i])}); err != nil {
			_, _ = w.Close()
			return nil, nil, fmt.Errorf("encrypting record %d: %w", i, err)
		}
		_ = bar.Add(1)
	}
	m, err := w.Close()
	_ = bar.Finish()
	if err != nil {
		return nil, nil, fmt.Errorf("finishing upload: %w", err)
	}
	if err := m.Sign(key); err != nil {
		return nil, nil, fmt.Errorf("signing manifest: %w", err)
	}
	if err := vault.SaveManifest(ctx, st, m); err != nil {
		return nil, nil, fmt.Errorf("storing manifest: %w", err)
	}
	raw, err := dek.Bytes()
	if err != nil {
		return nil, nil, err
	}
	return m, raw, nil
}

// ---- chain and node verification ----

func (f *userFlags) deployment() (*chain.Deployment, error) {
	p := f.deploymentFile
	if p == "" {
		p = filepath.Join(f.home, "deployment.json")
	}
	return chain.LoadDeployment(p)
}

// client connects to the chain as key (nil for reading only).
func (f *userFlags) client(ctx context.Context, key *ecdsa.PrivateKey) (*chain.Client, error) {
	dep, err := f.deployment()
	if err != nil {
		return nil, err
	}
	backend, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w (is the chain running? pass --rpc)", f.rpc, err)
	}
	if key == nil {
		if key, err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
	}
	c, err := chain.NewClient(ctx, backend, dep, key, nil)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", f.rpc, err)
	}
	return c, nil
}

// trustedRoots returns Intel's root and, on a dev chain that trusts a sim
// root, the --sim-root certificate after checking it against the registry.
func (f *userFlags) trustedRoots(ctx context.Context, c *chain.Client) ([]*x509.Certificate, error) {
	roots := []*x509.Certificate{}
	trusts, h, err := c.SimulatedRoots(ctx)
	if err != nil {
		return nil, err
	}
	if f.simRoot == "" {
		if trusts {
			return nil, usagef("this dev chain trusts a simulated attestation root: pass --sim-root FILE (written by `memoc devnet`)")
		}
		return nil, nil // nil: Intel's root alone
	}
	if !trusts {
		return nil, fmt.Errorf("--sim-root given but the deployment does not trust simulated roots: it is a production deployment, drop --sim-root")
	}
	b, err := os.ReadFile(f.simRoot)
	if err != nil {
		return nil, fmt.Errorf("reading sim root: %w", err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil {
		return nil, fmt.Errorf("%s is not a PEM certificate", f.simRoot)
	}
	cert, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("parsing sim root: %w", err)
	}
	if h != (common.Hash{}) && common.Hash(sha256.Sum256(cert.Raw)) != h {
		return nil, fmt.Errorf("%s is not the sim root the registry trusts (SHA-256 of its DER differs)", f.simRoot)
	}
	return append(roots, cert), nil
}

// nodeReport is the output of inspect-node.
type nodeReport struct {
	Node        string              `json:"node"`
	Enclave     common.Address      `json:"enclave"`
	Measurement common.Hash         `json:"measurement"`
	Workload    *grant.WorkloadInfo `json:"workload,omitempty"`
	TCBStatus   pcs.TCBStatus       `json:"tcbStatus,omitempty"`
	Debug       bool                `json:"debug"`
	Verdict     string              `json:"verdict"`
	Reason      string              `json:"reason,omitempty"`
}

// verifyNode fetches and verifies a node's attestation over a fresh nonce.
func (f *userFlags) verifyNode(ctx context.Context, c *chain.Client, nodeURL string) (*grant.Node, *nodeReport, error) {
	roots, err := f.trustedRoots(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, nil, err
	}
	hc := &http.Client{Timeout: 30 * time.Second}
	doc, err := grant.FetchAttestation(ctx, hc, nodeURL, nonce)
	if err != nil {
		return nil, nil, err
	}
	dep := c.Deployment()
	rep := &nodeReport{Node: nodeURL, Enclave: doc.Enclave, Measurement: doc.Measurement, Workload: doc.Workload}
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify:     verify.Options{Now: time.Now, TrustedRoots: roots},
		Policy:     validate.Policy{},
		ChainID:    dep.ChainID,
		Registry:   dep.EnclaveRegistry,
		DataGrants: dep.DataGrants,
		Nonce:      nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) {
			return c.MeasurementAllowed(ctx, m)
		},
	})
	if err != nil {
		rep.Verdict, rep.Reason = "refused", err.Error()
		return nil, rep, err
	}
	rep.Measurement, rep.TCBStatus, rep.Debug, rep.Verdict = n.Measurement, n.TCBStatus, n.Debug, "trusted"
	return n, rep, nil
}

func printNodeReport(w io.Writer, r *nodeReport) error {
	if global.json {
		return printJSON(w, r)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "node\t%s\n", r.Node)
	fmt.Fprintf(tw, "enclave\t%s\n", r.Enclave.Hex())
	fmt.Fprintf(tw, "measurement\t%s\n", r.Measurement.Hex())
	if r.Workload != nil {
		fmt.Fprintf(tw, "workload\t%s %s (claimed; measured in the quote)\n", r.Workload.Kind, r.Workload.ID.Hex())
	}
	if r.TCBStatus != "" {
		fmt.Fprintf(tw, "TCB status\t%s\n", r.TCBStatus)
		fmt.Fprintf(tw, "debug\t%v\n", r.Debug)
	}
	fmt.Fprintf(tw, "verdict\t%s\n", r.Verdict)
	if r.Reason != "" {
		fmt.Fprintf(tw, "reason\t%s\n", r.Reason)
	}
	return tw.Flush()
}

func newUserInspectCmd(f *userFlags) *cobra.Command {
	var node string
	cmd := &cobra.Command{
		Use:   "inspect-node",
		Short: "Fetch and verify a TEE node's attestation (measurement, TCB status, verdict)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if node == "" {
				return usagef("--node URL is required")
			}
			c, err := f.client(cmd.Context(), nil)
			if err != nil {
				return err
			}
			_, rep, err := f.verifyNode(cmd.Context(), c, node)
			if rep != nil {
				if perr := printNodeReport(cmd.OutOrStdout(), rep); perr != nil {
					return perr
				}
			}
			if err != nil {
				return fmt.Errorf("node not trusted: do not grant to it: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&node, "node", "", "node API base URL, e.g. http://127.0.0.1:7070")
	return cmd
}

// ---- grant / revoke ----

func newUserGrantCmd(f *userFlags) *cobra.Command {
	var dataset, node, minPrice, out string
	var owners, kinds []string
	var epsilon, delta float64
	var blocks uint64
	var relay bool
	cmd := &cobra.Command{
		Use:   "grant",
		Short: "Verify a node's attestation, wrap the dataset key to its enclave, sign and register the grant",
		Long: `Verify the node's attestation (as inspect-node), wrap the dataset's key to the
attested enclave's HPKE key, sign the grant as EIP-712 typed data and register
it in DataGrants from this account. With --relay nothing is sent: the signed
grant is only written (--out) for the node to relay with grantWithSig.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dataset == "" || node == "" {
				return usagef("--dataset ID and --node URL are required")
			}
			if !(epsilon > 0) {
				return usagef("--epsilon is required: the total differential-privacy budget this grant allows (e.g. 4)")
			}
			price, err := chain.ParseMEMO(minPrice)
			if err != nil {
				return usagef("--min-price %q: %v", minPrice, err)
			}
			var taskOwners []common.Address
			for _, o := range owners {
				if !common.IsHexAddress(o) {
					return usagef("--task-owner %q is not an address", o)
				}
				taskOwners = append(taskOwners, common.HexToAddress(o))
			}
			key, err := f.loadKey()
			if err != nil {
				return err
			}
			rec, err := f.loadDataset(dataset)
			if err != nil {
				return err
			}
			c, err := f.client(ctx, key)
			if err != nil {
				return err
			}
			vn, rep, err := f.verifyNode(ctx, c, node)
			if err != nil {
				if rep != nil {
					_ = printNodeReport(cmd.ErrOrStderr(), rep)
				}
				return fmt.Errorf("not granting: %w", err)
			}
			if len(kinds) == 0 && vn.Workload != nil {
				kinds = []string{vn.Workload.Kind}
			}
			head, err := c.BlockNumber(ctx)
			if err != nil {
				return err
			}
			nonce, err := c.GrantNonce(ctx, c.Address())
			if err != nil {
				return err
			}
			dek, err := openDEK(key, rec.ID, rec.SealedKey)
			if err != nil {
				return err
			}
			g, err := grant.Issue(vn, grant.Request{
				Dataset: common.Hash(rec.ID), Owner: c.Address(), Expiry: head + blocks, Nonce: nonce,
				Policy: grant.Policy{TaskOwners: taskOwners, Kinds: kinds, MinPricePerRecord: price, Epsilon: epsilon, Delta: delta},
			}, dek)
			clear(dek)
			if err != nil {
				return err
			}
			if err := g.Sign(key); err != nil {
				return err
			}
			if !relay {
				if _, err := c.Grant(ctx, g.Dataset, g.Enclave, g.Policy.Hash(), g.Expiry); err != nil {
					return fmt.Errorf("registering grant: %w", err)
				}
			}
			if out == "" {
				out = f.dir("grants", fmt.Sprintf("%s-%s.json", rec.ID, strings.ToLower(g.Enclave.Hex()[2:])))
			}
			b, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			if err := writeFileAtomic(out, b, 0o600); err != nil {
				return err
			}
			rec.Grants = append(rec.Grants, grantRecord{Enclave: g.Enclave, Node: node, PolicyHash: g.Policy.Hash(), Expiry: g.Expiry, File: out, Relayed: relay})
			if err := f.saveDataset(rec); err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"grant": g, "file": out, "registered": !relay, "measurement": vn.Measurement, "tcbStatus": vn.TCBStatus})
			}
			state := "registered on chain"
			if relay {
				state = "signed, not sent: give the file to the node to relay"
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "granted dataset 0x%s to enclave %s (measurement %s, TCB %s)\npolicy %s, expires at block %d\n%s: %s\n",
				rec.ID, g.Enclave.Hex(), vn.Measurement.Hex(), vn.TCBStatus, g.Policy.Hash().Hex(), g.Expiry, state, out)
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataset, "dataset", "", "dataset id (from `memoc user upload`)")
	fl.StringVar(&node, "node", "", "node API base URL")
	fl.StringSliceVar(&owners, "task-owner", nil, "allowed task owner address (repeatable; default any)")
	fl.StringSliceVar(&kinds, "kind", nil, "allowed workload kind (repeatable; default the node's workload kind)")
	fl.StringVar(&minPrice, "min-price", "0", "minimum price per record in MEMO")
	fl.Float64Var(&epsilon, "epsilon", 0, "differential-privacy budget ε over all tasks under this grant (required)")
	fl.Float64Var(&delta, "delta", 1e-5, "largest δ a task may use")
	fl.Uint64Var(&blocks, "expiry-blocks", 100_000, "blocks from now until the grant expires")
	fl.BoolVar(&relay, "relay", false, "only sign: write the grant for the node to relay (it pays the gas)")
	fl.StringVar(&out, "out", "", "where to write the signed grant (default <home>/user/grants/…)")
	return cmd
}

func newUserRevokeCmd(f *userFlags) *cobra.Command {
	var dataset, enclave string
	cmd := &cobra.Command{
		Use:   "revoke",
		Short: "Revoke a dataset's grant to an enclave on chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataset == "" || !common.IsHexAddress(enclave) {
				return usagef("--dataset ID and --enclave ADDRESS are required")
			}
			key, err := f.loadKey()
			if err != nil {
				return err
			}
			rec, err := f.loadDataset(dataset)
			if err != nil {
				return err
			}
			c, err := f.client(cmd.Context(), key)
			if err != nil {
				return err
			}
			e := common.HexToAddress(enclave)
			rcpt, err := c.Revoke(cmd.Context(), common.Hash(rec.ID), e)
			if err != nil {
				return fmt.Errorf("revoking: %w", err)
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"dataset": "0x" + rec.ID.String(), "enclave": e, "block": rcpt.BlockNumber})
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "revoked dataset 0x%s for enclave %s at block %s\n", rec.ID, e.Hex(), rcpt.BlockNumber)
			return err
		},
	}
	cmd.Flags().StringVar(&dataset, "dataset", "", "dataset id")
	cmd.Flags().StringVar(&enclave, "enclave", "", "enclave address")
	return cmd
}

// ---- datasets ----

type datasetView struct {
	Dataset string      `json:"dataset"`
	Source  string      `json:"source"`
	Records uint64      `json:"records"`
	Store   string      `json:"store"`
	Grants  []grantView `json:"grants"`
}

type grantView struct {
	Enclave common.Address `json:"enclave"`
	Node    string         `json:"node"`
	Expiry  uint64         `json:"expiry"`
	State   string         `json:"state"`
}

func newUserDatasetsCmd(f *userFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "datasets",
		Short: "List uploaded datasets with their grants and each grant's on-chain state",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			entries, err := os.ReadDir(f.dir("datasets"))
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("listing datasets: %w", err)
			}
			var c *chain.Client
			var head uint64
			var chainErr error
			views := []datasetView{}
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".json") {
					continue
				}
				rec, err := f.loadDataset(strings.TrimSuffix(e.Name(), ".json"))
				if err != nil {
					return err
				}
				v := datasetView{Dataset: "0x" + rec.ID.String(), Source: rec.Source, Records: rec.Manifest.Records, Store: rec.Store, Grants: []grantView{}}
				for _, g := range rec.Grants {
					if c == nil && chainErr == nil {
						if c, chainErr = f.client(ctx, nil); chainErr == nil {
							head, chainErr = c.BlockNumber(ctx)
						}
					}
					v.Grants = append(v.Grants, grantView{Enclave: g.Enclave, Node: g.Node, Expiry: g.Expiry, State: grantState(ctx, c, chainErr, head, rec.ID, g)})
				}
				views = append(views, v)
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), views)
			}
			if len(views) == 0 {
				_, err := fmt.Fprintln(cmd.OutOrStdout(), "no datasets: upload one with `memoc user upload --data FILE.csv`")
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "DATASET\tSOURCE\tRECORDS\tENCLAVE\tEXPIRY\tSTATE")
			for _, v := range views {
				if len(v.Grants) == 0 {
					fmt.Fprintf(tw, "%s\t%s\t%d\t-\t-\tno grants\n", v.Dataset, v.Source, v.Records)
				}
				for _, g := range v.Grants {
					fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%s\n", v.Dataset, v.Source, v.Records, g.Enclave.Hex(), g.Expiry, g.State)
				}
			}
			if chainErr != nil {
				fmt.Fprintf(tw, "\n(chain unreachable: %v)\n", chainErr)
			}
			return tw.Flush()
		},
	}
}

func grantState(ctx context.Context, c *chain.Client, chainErr error, head uint64, id vault.ID, g grantRecord) string {
	if chainErr != nil {
		return "unknown"
	}
	info, err := c.GrantOf(ctx, common.Hash(id), g.Enclave)
	switch {
	case err != nil:
		return "unknown"
	case info.GrantedBlock == 0:
		if g.Relayed {
			return "signed, awaiting relay"
		}
		return "not registered"
	case info.PolicyHash != g.PolicyHash || info.Expiry != g.Expiry:
		return "replaced by a newer grant"
	case info.RevokedBlock != 0:
		return fmt.Sprintf("revoked at block %d", info.RevokedBlock)
	case head >= info.Expiry:
		return "expired"
	default:
		return "active"
	}
}
