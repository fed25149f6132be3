package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// TestNodeTLS: the node API serves RA-TLS by default off loopback, plain
// HTTP by default on loopback, refuses plain HTTP off loopback, and
// publishes a URL of the scheme it serves.
func TestNodeTLS(t *testing.T) {
	loop := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 7600}
	public := &net.TCPAddr{IP: net.IPv4(192, 0, 2, 1), Port: 7600}
	wild := &net.TCPAddr{IP: net.IPv4zero, Port: 7600}
	for _, tc := range []struct {
		name      string
		addr      net.Addr
		flag, set bool
		want      bool
		err       string
	}{
		{"loopback, default", loop, false, false, false, ""},
		{"loopback, --tls", loop, true, true, true, ""},
		{"public, default", public, false, false, true, ""},
		{"wildcard, default", wild, false, false, true, ""},
		{"public, --tls=false", public, false, true, false, "plain HTTP is served on loopback only"},
		{"wildcard, --tls=false", wild, false, true, false, "plain HTTP is served on loopback only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			on, err := nodeTLS(tc.addr, tc.flag, tc.set)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, on)
		})
	}

	u, err := nodePublicURL("", public, true)
	require.NoError(t, err)
	require.Equal(t, "https://192.0.2.1:7600", u)
	u, err = nodePublicURL("", loop, false)
	require.NoError(t, err)
	require.Equal(t, "http://127.0.0.1:7600", u)
	_, err = nodePublicURL("", wild, true)
	require.ErrorContains(t, err, "--public-url")
	_, err = nodePublicURL("http://node.example:7600", public, true)
	require.ErrorContains(t, err, "want https://")
	u, err = nodePublicURL("https://node.example:7600", wild, true)
	require.NoError(t, err)
	require.Equal(t, "https://node.example:7600", u)
}

// TestNodeServesRATLS runs memoc node --tls: it publishes an https URL, a
// client that verifies its attestation finds the key of its connection
// bound in it (the node's tls.key in --data-dir) and talks to the node
// pinned to that key.
func TestNodeServesRATLS(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain and a node daemon")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	auth, err := devnetAuthority()
	require.NoError(t, err)
	net, err := devnet.New(ctx, devnet.Config{Accounts: 2, ListenAddr: "127.0.0.1:0",
		Deploy: chain.DeployConfig{SimulatedRootHash: sha256.Sum256(auth.Root().Raw)}})
	require.NoError(t, err)
	defer net.Close()
	d := net.Deployment()
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	require.NoError(t, chain.SaveDeployment(dep, d))
	spec := train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}
	b, err := json.Marshal(spec)
	require.NoError(t, err)
	specFile := filepath.Join(dir, "spec.json")
	require.NoError(t, os.WriteFile(specFile, b, 0o600))
	m, err := enclave.MeasureWorkload(enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()})
	require.NoError(t, err)
	gov := net.Governance()
	_, err = gov.SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)

	nodeDir := filepath.Join(dir, "node")
	nodeCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stop(); wg.Wait() }()
	wg.Go(func() {
		var out, errOut bytes.Buffer
		args := []string{"node", "--dev-account", "1", "--data-dir", nodeDir, "--spec", specFile, "--listen", "127.0.0.1:0", "--tls",
			"--log-level", "warn", "--rpc", net.HTTPURL(), "--deployment", dep}
		if code := run(nodeCtx, args, strings.NewReader(""), &out, &errOut); code != exitOK && nodeCtx.Err() == nil {
			t.Errorf("memoc node exited %d: %s", code, errOut.String())
		}
	})
	var (
		enclaveAddr common.Address
		url         string
	)
	require.Eventually(t, func() bool {
		es, err := gov.EnclavesOf(ctx, d.DevAccounts[1].Address)
		if err != nil || len(es) == 0 {
			return false
		}
		enclaveAddr = es[0]
		url, err = gov.Endpoint(ctx, enclaveAddr)
		return err == nil && url != ""
	}, time.Minute, 100*time.Millisecond, "the node registers with its URL")
	require.True(t, strings.HasPrefix(url, "https://127.0.0.1:"), url)

	c, err := nodeapi.NewClient(url, nil)
	require.NoError(t, err)
	n, pinned, err := c.Verify(ctx, grant.NodeOptions{
		Verify:  verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}},
		ChainID: d.ChainID, Registry: d.EnclaveRegistry, DataGrants: d.DataGrants,
		Operator: gov.EnclaveOperator, MeasurementAllowed: gov.MeasurementAllowed,
	})
	require.NoError(t, err)
	require.Equal(t, enclaveAddr, n.Enclave())
	id, err := nodeapi.LoadOrCreateTLS(nodeDir, time.Now())
	require.NoError(t, err)
	require.Equal(t, id.KeyHash(), n.TLSKeyHash(), "the attestation binds the key in --data-dir")
	o, err := pinned.Datasets(ctx)
	require.NoError(t, err)
	require.Equal(t, enclaveAddr, o.Enclave)
}
