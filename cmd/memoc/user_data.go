package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/ingest"
	"github.com/memo-protocol/memo-compute/keystore"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
)

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
// ("" means the home's store).
func parseStore(cmd *cobra.Command, s string) (storeTarget, error) {
	rest, ok := strings.CutPrefix(s, "s3://")
	if !ok {
		if strings.Contains(s, "://") {
			return storeTarget{}, usagef("--store %q: want a directory or s3://BUCKET/PREFIX", s)
		}
		if s == "" {
			h, err := homeOf(cmd)
			if err != nil {
				return storeTarget{}, err
			}
			s = h.store()
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

// uploadOutput is what memoc user upload --json prints.
type uploadOutput struct {
	Dataset    string `json:"dataset"`
	Records    uint64 `json:"records"`
	Chunks     int    `json:"chunks"`
	Store      string `json:"store"`
	RecordRoot string `json:"recordRoot"`
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
			if classes < 0 || chunkKiB < 0 {
				return usagef("--classes and --chunk-kib cannot be negative")
			}
			target, err := parseStore(cmd, store)
			if err != nil {
				return err
			}
			var cfg s3.Config
			if target.dir == "" {
				if cfg, err = s3Config(target, s3Endpoint); err != nil {
					return err
				}
			}
			key, err := f.loadKey(cmd)
			if err != nil {
				return err
			}
			ks, err := keys(cmd)
			if err != nil {
				return err
			}
			in, err := os.Open(data)
			if err != nil {
				return fmt.Errorf("opening --data: %w", err)
			}
			defer in.Close()
			fi, err := in.Stat()
			if err != nil {
				return fmt.Errorf("opening --data: %w", err)
			}
			st, err := openStore(cmd.Context(), target, cfg)
			if err != nil {
				return err
			}
			bar := progressbar.NewOptions64(fi.Size(), progressbar.OptionSetWriter(cmd.ErrOrStderr()), progressbar.OptionSetDescription("encrypting"),
				progressbar.OptionShowBytes(true), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
			m, dek, err := ingest.CSV(cmd.Context(), st, key, io.TeeReader(in, bar),
				ingest.Options{CSV: train.CSVOptions{Label: label, Classes: classes}, ChunkSize: chunkKiB << 10})
			_ = bar.Clear() // no half-drawn bar before an error or the result
			if err != nil {
				return fmt.Errorf("uploading %s: %w", data, err)
			}
			defer dek.Destroy()
			where := target.String()
			rec, err := keystore.NewDataset(key, m, dek, where, filepath.Base(data))
			if err != nil {
				return err
			}
			if err := ks.SaveDataset(rec); err != nil {
				return fmt.Errorf("recording dataset 0x%s (stored in %s): %w", m.ID, where, err)
			}
			out := uploadOutput{Dataset: "0x" + m.ID.String(), Records: m.Records, Chunks: len(m.Chunks), Store: where,
				RecordRoot: "0x" + hex.EncodeToString(m.RecordRoot[:])}
			if global.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "dataset %s\nrecords %d in %d chunks, store %s\n", out.Dataset, out.Records, out.Chunks, where)
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

// parseDatasetID parses a --dataset value: 64 hex digits, 0x optional.
func parseDatasetID(s string) (vault.ID, error) {
	id, err := vault.ParseID(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return id, usagef("--dataset %q is not a dataset id (0x and 64 hex digits, as memoc user upload printed)", s)
	}
	return id, nil
}

// datasetView is one dataset in the output of memoc user datasets.
type datasetView struct {
	Dataset string      `json:"dataset"`
	Source  string      `json:"source"`
	Records uint64      `json:"records"`
	Store   string      `json:"store"`
	Grants  []grantView `json:"grants"`
}

type grantView struct {
	Enclave    common.Address `json:"enclave"`
	Node       string         `json:"node"`
	PolicyHash common.Hash    `json:"policyHash"`
	Expiry     uint64         `json:"expiry"`
	State      string         `json:"state"`
}

func newUserDatasetsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "datasets",
		Short: "List uploaded datasets with their grants and each grant's on-chain state",
		Long: `List the datasets recorded in <home>/user/datasets with their grants. The
chain is read only if some dataset has grants; if it cannot be reached the
grants' state is "unknown".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ks, err := keys(cmd)
			if err != nil {
				return err
			}
			recs, err := ks.Datasets()
			if err != nil {
				return err
			}
			var c *chain.Client
			var head uint64
			var chainErr error
			defer func() {
				if c != nil {
					closeChain(c)
				}
			}()
			views := []datasetView{}
			for _, rec := range recs {
				v := datasetView{Dataset: "0x" + rec.ID.String(), Source: rec.Source, Records: rec.Manifest.Records, Store: rec.Store, Grants: []grantView{}}
				for _, g := range rec.Grants {
					if c == nil && chainErr == nil {
						if c, chainErr = connectChain(cmd, readOnly); chainErr == nil {
							if head, chainErr = c.BlockNumber(ctx); chainErr != nil {
								chainErr = fmt.Errorf("reading the block number: %w", chainErr)
							}
						}
					}
					v.Grants = append(v.Grants, grantView{Enclave: g.Enclave, Node: g.Node, PolicyHash: g.PolicyHash, Expiry: g.Expiry,
						State: grantState(ctx, c, chainErr, head, rec.ID, g)})
				}
				views = append(views, v)
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), views)
			}
			if len(views) == 0 {
				_, err := fmt.Fprintf(cmd.OutOrStdout(), "no datasets in %s: upload one with memoc user upload --data FILE.csv\n", ks.Path())
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
				fmt.Fprintf(tw, "\n(grant states unknown: %v)\n", chainErr)
			}
			return tw.Flush()
		},
	}
}

func grantState(ctx context.Context, c *chain.Client, chainErr error, head uint64, id vault.ID, g keystore.Grant) string {
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
