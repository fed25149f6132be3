package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/keystore"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
	"github.com/memo-protocol/memo-compute/vault/s3/s3test"
)

// runUserCmd runs memoc with args, keeping stdout and stderr apart.
func runUserCmd(t *testing.T, args ...string) (stdout string, err error) {
	t.Helper()
	global = globals{}
	root := NewRootCmd()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = root.ExecuteContext(context.Background())
	return out.String(), err
}

// simNode is a TEE node on a dev chain: a staked operator runs a sim
// enclave whose quotes auth signs, governance allows its measurement, a
// staked verifier approves it, and it serves its attestation over HTTP.
type simNode struct {
	url         string
	enclave     common.Address
	measurement common.Hash
	// debugURL serves a debug build of the same enclave, never registered.
	debugURL string
}

// startSimNode sets up a simNode; gov is governance, op and ver are
// funded accounts that are not staked yet.
func startSimNode(t *testing.T, ctx context.Context, auth *sim.Authority, dep *chain.Deployment, gov, op, ver *chain.Client) *simNode {
	t.Helper()
	spec := train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}
	w := enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()}
	m, err := enclave.MeasureWorkload(w)
	require.NoError(t, err)
	_, err = gov.SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	_, err = ver.Stake(ctx, chain.RoleVerifier, chain.Tokens(100))
	require.NoError(t, err)
	secret := make([]byte, enclave.SealingSecretSize)
	_, _ = rand.Read(secret)
	newEnclave := func(debug bool) *enclave.Sim {
		e, err := enclave.NewSim(enclave.Config{
			ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Operator: op.Address(), Workload: w,
			SealingSecret: secret, Platform: enclave.NewSimPlatform(auth), Chain: enclave.ChainGrants(op), Debug: debug, AllowDebug: debug,
			Collateral: func(context.Context) ([]byte, error) {
				c, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour)})
				if err != nil {
					return nil, err
				}
				return json.Marshal(c)
			},
		})
		require.NoError(t, err)
		return e
	}
	e := newEnclave(false)
	reg, _, err := enclave.NewRegistration(ctx, e)
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, reg)
	require.NoError(t, err)
	_, err = ver.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)
	srv := httptest.NewServer(nodeapi.AttestationHandler(e.Attest, nil))
	t.Cleanup(srv.Close)
	debugSrv := httptest.NewServer(nodeapi.AttestationHandler(newEnclave(true).Attest, nil))
	t.Cleanup(debugSrv.Close)
	return &simNode{url: srv.URL, enclave: e.Address(), measurement: m, debugURL: debugSrv.URL}
}

// TestUserCommands drives keygen → upload → inspect-node → grant →
// datasets → revoke against a dev chain on loopback and a sim enclave
// serving its attestation over HTTP, with every path given by a flag.
func TestUserCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	elsewhere := t.TempDir()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	rootHash := sha256.Sum256(auth.Root().Raw)
	net, err := devnet.New(ctx, devnet.Config{Accounts: 1, ListenAddr: "127.0.0.1:0",
		Deploy: chain.DeployConfig{SimulatedRootHash: rootHash}})
	require.NoError(t, err)
	defer net.Close()
	dep := net.Deployment()
	depFile := filepath.Join(elsewhere, "dev.json")
	require.NoError(t, chain.SaveDeployment(depFile, dep))
	simRoot := filepath.Join(elsewhere, "root.pem")
	require.NoError(t, os.WriteFile(simRoot, auth.RootPEM(), 0o600))
	pw := filepath.Join(home, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("correct horse\n"), 0o600))

	gov := net.Governance()
	op, err := net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(2000))
	require.NoError(t, err)
	ver, err := net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(200))
	require.NoError(t, err)
	node := startSimNode(t, ctx, auth, dep, gov, op, ver)
	m := node.measurement

	shared := []string{"--home", home, "--password-file", pw, "--rpc", net.HTTPURL(), "--deployment", depFile, "--sim-root", simRoot}
	user := func(args ...string) (string, error) {
		return runUserCmd(t, append(append([]string{"user"}, args...), shared...)...)
	}

	out, err := user("keygen", "--json")
	require.NoError(t, err)
	var acct struct{ Address string }
	require.NoError(t, json.Unmarshal([]byte(out), &acct))
	_, err = gov.SendETH(ctx, common.HexToAddress(acct.Address), big.NewInt(1e17))
	require.NoError(t, err)
	_, err = user("keygen")
	require.ErrorContains(t, err, "--force", "an existing key is not overwritten silently")

	csv := filepath.Join(home, "data.csv")
	var b strings.Builder
	b.WriteString("a,b,c,label\n")
	for i := range 40 {
		fmt.Fprintf(&b, "%d,%d.5,%d,%d\n", i, i%7, i%3, i%2)
	}
	require.NoError(t, os.WriteFile(csv, []byte(b.String()), 0o600))
	out, err = user("upload", "--data", csv, "--json")
	require.NoError(t, err)
	var up struct {
		Dataset string
		Records uint64
	}
	require.NoError(t, json.Unmarshal([]byte(out), &up))
	require.EqualValues(t, 40, up.Records)

	bad := filepath.Join(home, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("a,label\n1,0\nx,1\n"), 0o600))
	_, err = user("upload", "--data", bad)
	require.ErrorContains(t, err, "line 3", "a malformed CSV names the line")

	out, err = user("inspect-node", "--node", node.url)
	require.NoError(t, err)
	require.Contains(t, out, "verdict      trusted")
	require.Contains(t, out, m.Hex())

	out, err = user("inspect-node", "--node", node.debugURL)
	require.ErrorContains(t, err, "node not trusted")
	require.Contains(t, out, "refused")

	_, err = user("grant", "--dataset", up.Dataset, "--node", node.debugURL, "--epsilon", "4")
	require.ErrorContains(t, err, "not granting")

	out, err = user("grant", "--dataset", up.Dataset, "--node", node.url, "--epsilon", "4", "--min-price", "0.001", "--self-register", "--json")
	require.NoError(t, err)
	var gr grantOutput
	require.NoError(t, json.Unmarshal([]byte(out), &gr))
	require.True(t, gr.Registered)
	require.Equal(t, node.enclave, gr.Enclave)
	require.Equal(t, "1000000000000000", gr.Policy.MinPricePerRecord.String(), "0.001 MEMO in base units")
	require.Equal(t, filepath.Join(home, "user", "grants"), filepath.Dir(gr.File), "grants are written into the home")
	b2, err := os.ReadFile(gr.File)
	require.NoError(t, err)
	var signed grant.Grant
	require.NoError(t, json.Unmarshal(b2, &signed))
	require.NoError(t, signed.VerifySignature())
	require.Equal(t, node.enclave, signed.Enclave)

	datasets := func() string {
		out, err := user("datasets", "--json")
		require.NoError(t, err)
		var v []datasetView
		require.NoError(t, json.Unmarshal([]byte(out), &v))
		require.Len(t, v, 1)
		require.Len(t, v[0].Grants, 1)
		return v[0].Grants[0].State
	}
	require.Equal(t, "active", datasets())

	_, err = user("revoke", "--dataset", up.Dataset, "--enclave", node.enclave.Hex())
	require.NoError(t, err)
	require.Contains(t, datasets(), "revoked at block")

	_, err = user("grant", "--dataset", "nothex", "--node", node.url, "--epsilon", "1")
	var ue usageError
	require.ErrorAs(t, err, &ue)
}

// uploadHome creates a memoc home with an account key and returns the
// flags every user command of the test needs.
func uploadHome(t *testing.T) (home string, shared []string) {
	t.Helper()
	home = t.TempDir()
	pw := filepath.Join(home, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("correct horse\n"), 0o600))
	shared = []string{"--home", home, "--password-file", pw}
	_, err := runUserCmd(t, append([]string{"user", "keygen"}, shared...)...)
	require.NoError(t, err)
	return home, shared
}

// writeCSV writes n records of three features and a label in [0, 3) and
// returns the file's path.
func writeCSV(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("a, b ,c,label\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,%d.25,-%de-3,%d\n", i, i%7, i%11, i%3)
	}
	p := filepath.Join(dir, "data.csv")
	require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o600))
	return p
}

// readBack opens an uploaded dataset with the data key kept in its local
// record and checks every record against the CSV read whole by ReadCSV.
func readBack(t *testing.T, home, datasetID, csvPath string, st vault.Store) *vault.Manifest {
	t.Helper()
	ks := keystore.Open(filepath.Join(home, "user"))
	key, err := ks.LoadKey("correct horse")
	require.NoError(t, err)
	id, err := parseDatasetID(datasetID)
	require.NoError(t, err)
	rec, err := ks.Dataset(id)
	require.NoError(t, err)
	dek, err := rec.DEK(key)
	require.NoError(t, err)
	defer dek.Destroy()
	m, err := vault.LoadManifest(context.Background(), st, rec.ID)
	require.NoError(t, err)
	require.Equal(t, rec.Manifest.RecordRoot, m.RecordRoot)

	in, err := os.Open(csvPath)
	require.NoError(t, err)
	defer in.Close()
	want, err := train.ReadCSV(in, train.CSVOptions{Label: "label"})
	require.NoError(t, err)
	require.EqualValues(t, want.Len(), m.Records)
	require.Equal(t, want.Schema.Classes, m.Schema.Classes, "inferred classes reach the signed manifest")
	require.Equal(t, append(want.Schema.Features, "label"), m.Schema.Columns)

	r, err := vault.NewReader(context.Background(), st, m, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	defer r.Close()
	for i := range want.Len() {
		got, err := r.Next()
		require.NoError(t, err, "record %d", i)
		require.Equal(t, want.Row(i), got.Features, "record %d", i)
		require.Equal(t, float64(want.Y[i]), got.Label, "record %d", i)
	}
	_, err = r.Next()
	require.ErrorIs(t, err, io.EOF, "the record count and root match")
	return m
}

// TestUserUploadStreams uploads a CSV spanning many chunks into a
// directory store and reads every record back.
func TestUserUploadStreams(t *testing.T) {
	home, shared := uploadHome(t)
	csv := writeCSV(t, home, 2000)
	storeDir := filepath.Join(home, "blobs")
	out, err := runUserCmd(t, append([]string{"user", "upload", "--data", csv, "--store", storeDir, "--chunk-kib", "1", "--json"}, shared...)...)
	require.NoError(t, err)
	var up struct {
		Dataset string
		Records uint64
		Chunks  int
		Store   string
	}
	require.NoError(t, json.Unmarshal([]byte(out), &up))
	require.EqualValues(t, 2000, up.Records)
	require.Greater(t, up.Chunks, 10, "the records span many chunks")
	require.Equal(t, storeDir, up.Store)
	st, err := vault.NewDirStore(storeDir)
	require.NoError(t, err)
	readBack(t, home, up.Dataset, csv, st)

	// The default store is <home>/store; human output names it.
	out, err = runUserCmd(t, append([]string{"user", "upload", "--data", csv}, shared...)...)
	require.NoError(t, err)
	require.Contains(t, out, "records 2000 in 1 chunks, store "+filepath.Join(home, "store"))
}

// A malformed row fails the upload with its line and column, and the
// chunks already stored are deleted.
func TestUserUploadMalformedCSV(t *testing.T) {
	home, shared := uploadHome(t)
	good := strings.Repeat("1.5,2,0\n", 3000) // well past the first 1 KiB chunk
	for _, tc := range []struct {
		name, body, want string
	}{
		{"not a number", "a,b,label\n" + good + "1,x,1\n", `line 3002, column 2 ("b")`},
		{"label", "a,b,label\n" + good + "1,2,0.5\n", `line 3002, column 3 ("label")`},
		{"field count", "a,b,label\n1,2,0\n1,2\n", "line 3, column 1"},
		{"quote", "a,b,label\n1,2,0\n1,\"2,0\n", `line 3, column 8: train: malformed CSV: extraneous or missing " in quoted-field`}, // encoding/csv counts bytes
		{"header only", "a,b,label\n", "only a header"},
		{"no label column", "a,b\n1,2\n", `no label column "label"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.csv")
			require.NoError(t, os.WriteFile(p, []byte(tc.body), 0o600))
			storeDir := filepath.Join(t.TempDir(), "store")
			_, err := runUserCmd(t, append([]string{"user", "upload", "--data", p, "--store", storeDir, "--chunk-kib", "1"}, shared...)...)
			require.ErrorContains(t, err, tc.want)
			require.NotContains(t, err.Error(), "\n")
			var blobs []string
			_ = filepath.WalkDir(storeDir, func(path string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					blobs = append(blobs, path)
				}
				return nil
			})
			require.Empty(t, blobs, "a failed upload leaves no blobs")
		})
	}
	entries, err := os.ReadDir(filepath.Join(home, "user", "datasets"))
	require.ErrorIs(t, err, fs.ErrNotExist, "no dataset was recorded: %v", entries)
}

// TestUserUploadS3 uploads into an S3 bucket (a local versitygw) under a
// prefix and reads the dataset back.
func TestUserUploadS3(t *testing.T) {
	cfg := s3test.Start(t)
	home, shared := uploadHome(t)
	csv := writeCSV(t, home, 500)
	t.Setenv(envS3Endpoint, "http://"+cfg.Endpoint)
	t.Setenv(envS3AccessKey, cfg.AccessKey)
	t.Setenv(envS3SecretKey, cfg.SecretKey)
	url := "s3://" + cfg.Bucket + "/memo/data"
	out, err := runUserCmd(t, append([]string{"user", "upload", "--data", csv, "--store", url, "--chunk-kib", "1", "--json"}, shared...)...)
	require.NoError(t, err)
	var up struct {
		Dataset string
		Store   string
	}
	require.NoError(t, json.Unmarshal([]byte(out), &up))
	require.Equal(t, url+"/", up.Store)

	cfg.Prefix = "memo/data/"
	st, err := s3.New(context.Background(), cfg)
	require.NoError(t, err)
	readBack(t, home, up.Dataset, csv, st)

	out, err = runUserCmd(t, append([]string{"user", "datasets", "--json"}, shared...)...)
	require.NoError(t, err)
	require.Contains(t, out, url+"/")
}

// Bad S3 settings fail before any work with one line saying what to set
// or check.
func TestUserUploadS3Errors(t *testing.T) {
	home, shared := uploadHome(t)
	csv := writeCSV(t, home, 10)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := l.Addr().String()
	require.NoError(t, l.Close())

	for _, tc := range []struct {
		name             string
		store, flagEnd   string
		endpoint, ak, sk string
		want             string
		usage            bool
	}{
		{name: "no endpoint", store: "s3://b/p", ak: "a", sk: "s", want: "--s3-endpoint HOST:PORT or set MEMOC_S3_ENDPOINT", usage: true},
		{name: "no keys", store: "s3://b/p", endpoint: dead, want: "set MEMOC_S3_ACCESS_KEY and MEMOC_S3_SECRET_KEY", usage: true},
		{name: "no secret", store: "s3://b/p", flagEnd: dead, ak: "a", want: "set MEMOC_S3_SECRET_KEY", usage: true},
		{name: "no bucket", store: "s3:///p", endpoint: dead, ak: "a", sk: "s", want: "names no bucket", usage: true},
		{name: "other scheme", store: "gs://b/p", want: "want a directory or s3://BUCKET/PREFIX", usage: true},
		{name: "endpoint with path", store: "s3://b", endpoint: "http://h:1/x", ak: "a", sk: "s", want: "want HOST:PORT", usage: true},
		{name: "unreachable", store: "s3://b/p", flagEnd: "http://" + dead, ak: "a", sk: "s",
			want: "opening store s3://b/p/ at http://" + dead + ": "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(envS3Endpoint, tc.endpoint)
			t.Setenv(envS3AccessKey, tc.ak)
			t.Setenv(envS3SecretKey, tc.sk)
			args := []string{"user", "upload", "--data", csv, "--store", tc.store}
			if tc.flagEnd != "" {
				args = append(args, "--s3-endpoint", tc.flagEnd)
			}
			_, err := runUserCmd(t, append(args, shared...)...)
			require.ErrorContains(t, err, tc.want)
			require.NotContains(t, err.Error(), "\n")
			var ue usageError
			require.Equal(t, tc.usage, errors.As(err, &ue), "usage error: %v", err)
			if !tc.usage {
				require.ErrorContains(t, err, "check the endpoint")
				require.ErrorIs(t, err, vault.ErrUnavailable)
			}
		})
	}
}
