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
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
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
	"github.com/memo-protocol/memo-compute/attest/trust"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
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

// Environment variables configuring an s3:// store.
const (
	envS3Endpoint  = "MEMOC_S3_ENDPOINT"
	envS3AccessKey = "MEMOC_S3_ACCESS_KEY"
	envS3SecretKey = "MEMOC_S3_SECRET_KEY"
)

// storeTimeout bounds connecting to an S3 store, so that an unreachable one
// fails in seconds instead of after minio-go's retries.
const storeTimeout = 20 * time.Second

// storeTarget is a parsed --store value: a directory or an S3 bucket.
type storeTarget struct {
	dir            string // absolute directory, or "" for S3
	bucket, prefix string // S3 only; prefix is "" or ends in '/'
}

// String returns the form recorded with the dataset (no credentials).
func (t storeTarget) String() string {
	if t.dir != "" {
		return t.dir
	}
	return "s3://" + t.bucket + "/" + t.prefix
}

// parseStore parses --store: "s3://BUCKET[/PREFIX]" or a directory path
// ("" means <home>/store).
func (f *userFlags) parseStore(s string) (storeTarget, error) {
	rest, ok := strings.CutPrefix(s, "s3://")
	if !ok {
		if strings.Contains(s, "://") {
			return storeTarget{}, usagef("--store %q: want a directory or s3://BUCKET/PREFIX", s)
		}
		if s == "" {
			s = filepath.Join(f.home, "store")
		}
		abs, err := filepath.Abs(s)
		if err != nil {
			return storeTarget{}, fmt.Errorf("resolving store directory: %w", err)
		}
		return storeTarget{dir: abs}, nil
	}
	bucket, prefix, _ := strings.Cut(rest, "/")
	if bucket == "" {
		return storeTarget{}, usagef("--store %q names no bucket: want s3://BUCKET/PREFIX", s)
	}
	if prefix = strings.Trim(prefix, "/"); prefix != "" {
		prefix += "/"
	}
	return storeTarget{bucket: bucket, prefix: prefix}, nil
}

// s3Config builds the S3 configuration of t from the --s3-endpoint flag
// (or $MEMOC_S3_ENDPOINT) and the key variables. An endpoint given as
// http://HOST:PORT is reached without TLS; HOST:PORT and https:// use TLS.
func s3Config(t storeTarget, endpoint string) (s3.Config, error) {
	if endpoint == "" {
		endpoint = os.Getenv(envS3Endpoint)
	}
	if endpoint == "" {
		return s3.Config{}, usagef("an s3:// store needs the server: pass --s3-endpoint HOST:PORT or set %s", envS3Endpoint)
	}
	secure := true
	if rest, ok := strings.CutPrefix(endpoint, "http://"); ok {
		endpoint, secure = rest, false
	} else {
		endpoint = strings.TrimPrefix(endpoint, "https://")
	}
	endpoint = strings.TrimSuffix(endpoint, "/")
	if endpoint == "" || strings.Contains(endpoint, "/") {
		return s3.Config{}, usagef("S3 endpoint %q: want HOST:PORT, optionally after http:// or https://", endpoint)
	}
	access, secret := os.Getenv(envS3AccessKey), os.Getenv(envS3SecretKey)
	var missing []string
	if access == "" {
		missing = append(missing, envS3AccessKey)
	}
	if secret == "" {
		missing = append(missing, envS3SecretKey)
	}
	if len(missing) > 0 {
		return s3.Config{}, usagef("an s3:// store needs credentials: set %s", strings.Join(missing, " and "))
	}
	return s3.Config{Endpoint: endpoint, Bucket: t.bucket, Prefix: t.prefix, AccessKey: access, SecretKey: secret,
		Secure: secure, MaxRetries: 2}, nil
}

// openStore opens the store t; cfg is used for S3 targets.
func openStore(ctx context.Context, t storeTarget, cfg s3.Config) (vault.Store, error) {
	if t.dir != "" {
		st, err := vault.NewDirStore(t.dir)
		if err != nil {
			return nil, fmt.Errorf("opening store %s: %w (check the directory can be created and written)", t.dir, err)
		}
		return st, nil
	}
	ctx, cancel := context.WithTimeout(ctx, storeTimeout)
	defer cancel()
	st, err := s3.New(ctx, cfg)
	if err != nil {
		scheme := "https"
		if !cfg.Secure {
			scheme = "http"
		}
		return nil, fmt.Errorf("opening store %s at %s://%s: %w (check the endpoint (--s3-endpoint or %s), that the server is up, that the bucket exists and that %s and %s are right)",
			t, scheme, cfg.Endpoint, err, envS3Endpoint, envS3AccessKey, envS3SecretKey)
	}
	return st, nil
}

func newUserUploadCmd(f *userFlags) *cobra.Command {
	var data, label, store, s3Endpoint string
	var classes, chunkKiB int
	cmd := &cobra.Command{
		Use:   "upload",
		Short: "Encrypt a CSV dataset into a store and print its dataset id",
		Long: `Encrypt a CSV file (header row; numeric feature columns and an integer label
column) under a fresh data key, store the sealed chunks and the signed
manifest in --store, and remember the dataset (manifest and sealed key)
under <home>/user/datasets. The file is read and encrypted record by
record, so memory use does not grow with its size.

--store is a directory (default <home>/store) or s3://BUCKET/PREFIX. An S3
store needs the server's address in --s3-endpoint or $MEMOC_S3_ENDPOINT
(HOST:PORT uses TLS, http://HOST:PORT does not) and its keys in
$MEMOC_S3_ACCESS_KEY and $MEMOC_S3_SECRET_KEY. The bucket must exist.`,
		Example: `  memoc user upload --data digits.csv
  MEMOC_S3_ACCESS_KEY=… MEMOC_S3_SECRET_KEY=… memoc user upload --data digits.csv \
      --store s3://datasets/memo --s3-endpoint https://s3.example.com`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if data == "" {
				return usagef("--data FILE.csv is required")
			}
			target, err := f.parseStore(store)
			if err != nil {
				return err
			}
			var cfg s3.Config
			if target.dir == "" {
				if cfg, err = s3Config(target, s3Endpoint); err != nil {
					return err
				}
			}
			key, err := f.loadKey()
			if err != nil {
				return err
			}
			in, err := os.Open(data)
			if err != nil {
				return fmt.Errorf("opening data: %w", err)
			}
			defer in.Close()
			fi, err := in.Stat()
			if err != nil {
				return fmt.Errorf("opening data: %w", err)
			}
			st, err := openStore(cmd.Context(), target, cfg)
			if err != nil {
				return err
			}
			m, dek, err := uploadCSV(cmd.Context(), cmd.ErrOrStderr(), st, key, in, fi.Size(), train.CSVOptions{Label: label, Classes: classes}, chunkKiB<<10)
			if err != nil {
				return fmt.Errorf("uploading %s: %w", data, err)
			}
			sealed, err := sealDEK(key, m.ID, dek)
			clear(dek)
			if err != nil {
				return err
			}
			where := target.String()
			rec := &datasetRecord{ID: m.ID, Store: where, Source: filepath.Base(data), Manifest: m, SealedKey: sealed}
			if err := f.saveDataset(rec); err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), map[string]any{"dataset": "0x" + m.ID.String(), "records": m.Records, "chunks": len(m.Chunks), "store": where, "recordRoot": m.RecordRoot})
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "dataset 0x%s\nrecords %d in %d chunks, store %s\n", m.ID, m.Records, len(m.Chunks), where)
			return err
		},
	}
	cmd.Flags().StringVar(&data, "data", "", "CSV file to upload")
	cmd.Flags().StringVar(&label, "label", "label", "header name of the label column")
	cmd.Flags().IntVar(&classes, "classes", 0, "number of classes (0: one more than the largest label)")
	cmd.Flags().StringVar(&store, "store", "", "store: a directory (default <home>/store) or s3://BUCKET/PREFIX")
	cmd.Flags().StringVar(&s3Endpoint, "s3-endpoint", "", "S3 server for an s3:// store, HOST:PORT or http(s)://HOST:PORT (default $"+envS3Endpoint+")")
	cmd.Flags().IntVar(&chunkKiB, "chunk-kib", 0, "plaintext chunk size in KiB (0: the vault default)")
	return cmd
}

// uploadCSV reads CSV records from in (size bytes, for the progress bar)
// and seals each one into st as it is read, so memory stays flat. A bad
// row aborts the upload: the chunks already stored are deleted and the
// error (a *train.CSVError) names the line and column. It returns the
// signed, stored manifest and the raw data key.
func uploadCSV(ctx context.Context, progress io.Writer, st vault.Store, key *ecdsa.PrivateKey, in io.Reader, size int64, opts train.CSVOptions, chunk int) (*vault.Manifest, []byte, error) {
	bar := progressbar.NewOptions64(size, progressbar.OptionSetWriter(progress), progressbar.OptionSetDescription("encrypting"),
		progressbar.OptionShowBytes(true), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
	defer func() { _ = bar.Clear() }() // no half-drawn bar before an error
	cr, err := train.NewCSVReader(io.TeeReader(in, bar), opts)
	if err != nil {
		return nil, nil, err
	}
	// Read the first record before creating anything in the store, so that
	// a file with only a header leaves nothing behind.
	x, y, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("reading CSV: %w: only a header", train.ErrEmpty)
	}
	if err != nil {
		return nil, nil, err
	}
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return nil, nil, err
	}
	defer dek.Destroy()
	schema := cr.Schema()
	// With inferred classes the writer accepts any label (the CSV reader
	// has checked it is a class index) and the manifest gets the count
	// once every record is read.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := vault.NewWriter(ctx, st, dek, vault.WriterOptions{
		Owner:     crypto.PubkeyToAddress(key.PublicKey),
		Schema:    vault.Schema{Kind: vault.KindVector, Features: schema.NumFeatures(), Classes: schema.Classes, Columns: append(schema.Features, schema.Label)},
		ChunkSize: chunk,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("starting upload: %w", err)
	}
	abort := func(err error) (*vault.Manifest, []byte, error) {
		cancel() // makes Close fail and delete the chunks already stored
		_, _ = w.Close()
		return nil, nil, err
	}
	for {
		if err := w.WriteRecord(vault.Record{Features: x, Label: float64(y)}); err != nil {
			return abort(fmt.Errorf("encrypting record %d: %w", cr.Records()-1, err))
		}
		x, y, err = cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return abort(err)
		}
	}
	m, err := w.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("finishing upload: %w", err)
	}
	_ = bar.Finish()
	m.Schema.Classes = cr.Classes()
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
	certs, err := trust.ParseRoots(b)
	if err != nil {
		return nil, fmt.Errorf("parsing sim root %s: %w", f.simRoot, err)
	}
	if len(certs) != 1 {
		return nil, fmt.Errorf("%s holds %d certificates: --sim-root takes exactly one, the root `memoc devnet` wrote", f.simRoot, len(certs))
	}
	cert := certs[0]
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
	rep.Measurement, rep.TCBStatus, rep.Debug, rep.Verdict = n.Measurement(), n.TCBStatus(), n.Debug(), "trusted"
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

// grantRelayBlocks bounds how long a node may hold a signed grant before
// relaying it (its EIP-712 deadline): a day of 12-second blocks.
const grantRelayBlocks = 7_200

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
			if len(kinds) == 0 && vn.Workload() != nil {
				kinds = []string{vn.Workload().Kind}
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
				Dataset: common.Hash(rec.ID), Owner: c.Address(), Expiry: head + blocks, Nonce: nonce, Deadline: head + min(blocks, grantRelayBlocks),
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
				return printJSON(cmd.OutOrStdout(), map[string]any{"grant": g, "file": out, "registered": !relay, "measurement": vn.Measurement(), "tcbStatus": vn.TCBStatus()})
			}
			state := "registered on chain"
			if relay {
				state = "signed, not sent: give the file to the node to relay"
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "granted dataset 0x%s to enclave %s (measurement %s, TCB %s)\npolicy %s, expires at block %d\n%s: %s\n",
				rec.ID, g.Enclave.Hex(), vn.Measurement().Hex(), vn.TCBStatus(), g.Policy.Hash().Hex(), g.Expiry, state, out)
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
