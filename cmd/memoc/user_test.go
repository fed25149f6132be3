package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
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

// TestUserCommands drives keygen → upload → inspect-node → grant →
// datasets → revoke against a dev chain on loopback and a sim enclave
// serving its attestation over HTTP.
func TestUserCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	rootHash := sha256.Sum256(auth.Root().Raw)
	net, err := chain.NewDevnet(ctx, chain.DevnetConfig{Accounts: 1, ListenAddr: "127.0.0.1:0",
		Deploy: chain.DeployConfig{SimulatedRootHash: rootHash}})
	require.NoError(t, err)
	defer net.Close()
	dep := net.Deployment()
	require.NoError(t, chain.SaveDeployment(filepath.Join(home, "deployment.json"), dep))
	simRoot := filepath.Join(home, "sim-root.pem")
	require.NoError(t, os.WriteFile(simRoot, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: auth.Root().Raw}), 0o600))
	pw := filepath.Join(home, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("correct horse\n"), 0o600))

	// A TEE node: staked operator, sim enclave registered and approved.
	spec := train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}
	w := enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()}
	m, err := enclave.MeasureWorkload(w)
	require.NoError(t, err)
	gov := net.Governance()
	_, err = gov.SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	op, err := net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(2000))
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	ver, err := net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(200))
	require.NoError(t, err)
	_, err = ver.Stake(ctx, chain.RoleVerifier, chain.Tokens(100))
	require.NoError(t, err)
	secret := make([]byte, enclave.SealingSecretSize)
	_, _ = rand.Read(secret)
	newEnclave := func(debug bool) *enclave.Sim {
		e, err := enclave.NewSim(enclave.Config{
			ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Workload: w,
			SealingSecret: secret, Quoter: auth, Chain: enclave.ChainGrants(op), Debug: debug, AllowDebug: debug,
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
	doc, err := e.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, e.Address(), sha256.Sum256(e.HPKEPublicKey()), crypto.Keccak256Hash(doc.Quote), m)
	require.NoError(t, err)
	_, err = ver.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)
	srv := httptest.NewServer(grant.AttestationHandler(e.Attest, nil))
	defer srv.Close()
	debugSrv := httptest.NewServer(grant.AttestationHandler(newEnclave(true).Attest, nil))
	defer debugSrv.Close()

	shared := []string{"--home", home, "--password-file", pw, "--rpc", net.HTTPURL(), "--sim-root", simRoot}
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

	out, err = user("inspect-node", "--node", srv.URL)
	require.NoError(t, err)
	require.Contains(t, out, "verdict      trusted")
	require.Contains(t, out, m.Hex())

	out, err = user("inspect-node", "--node", debugSrv.URL)
	require.ErrorContains(t, err, "node not trusted")
	require.Contains(t, out, "refused")

	_, err = user("grant", "--dataset", up.Dataset, "--node", debugSrv.URL, "--epsilon", "4")
	require.ErrorContains(t, err, "not granting")

	out, err = user("grant", "--dataset", up.Dataset, "--node", srv.URL, "--epsilon", "4", "--min-price", "0.001", "--json")
	require.NoError(t, err)
	var gr struct {
		Grant      grant.Grant
		Registered bool
	}
	require.NoError(t, json.Unmarshal([]byte(out), &gr))
	require.True(t, gr.Registered)
	require.NoError(t, gr.Grant.VerifySignature())
	require.Equal(t, e.Address(), gr.Grant.Enclave)

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

	_, err = user("revoke", "--dataset", up.Dataset, "--enclave", e.Address().Hex())
	require.NoError(t, err)
	require.Contains(t, datasets(), "revoked at block")

	_, err = user("grant", "--dataset", "nothex", "--node", srv.URL, "--epsilon", "1")
	var ue usageError
	require.ErrorAs(t, err, &ue)
}
