package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// startDevnet runs `memoc devnet` in this process with args (plus a free
// port and --json) until the test ends, and returns its start-up document.
func startDevnet(t *testing.T, args ...string) devnetOutput {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	global = globals{}
	root := NewRootCmd()
	stdoutR, stdoutW := io.Pipe()
	var errOut bytes.Buffer
	root.SetOut(stdoutW)
	root.SetErr(&errOut)
	root.SetArgs(append([]string{"devnet", "--port", "0", "--block-time", "0", "--json"}, args...))
	var exitErr error
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		exitErr = root.ExecuteContext(ctx)
		stdoutW.CloseWithError(io.EOF) // unblocks the decoder if devnet fails to start
	}()
	started := false
	t.Cleanup(func() {
		cancel()
		<-exited
		if started {
			require.NoError(t, exitErr, "devnet stops cleanly; stderr: %s", &errOut)
		}
	})
	var up devnetOutput
	if err := json.NewDecoder(stdoutR).Decode(&up); err != nil {
		cancel()
		<-exited
		t.Fatalf("memoc devnet did not start: %v (reading its output: %v); stderr: %s", exitErr, err, &errOut)
	}
	started = true
	go func() { _, _ = io.Copy(io.Discard, stdoutR) }()
	return up
}

// TestHomeDefaults is the walk-through: `memoc devnet`, then
// `memoc status` and the `memoc user` commands with no path flag at all,
// in an empty MEMOC_HOME. Every command finds the deployment, the sim root,
// the keystore and the store where devnet and the commands before it put
// them.
func TestHomeDefaults(t *testing.T) {
	home := filepath.Join(t.TempDir(), "memoc-home") // not created yet: devnet creates it
	t.Setenv(envHome, home)
	t.Setenv(envPassword, "correct horse")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	// Before devnet: the error names the file it looked for and what to run.
	_, err := runUserCmd(t, "status", "--dev-account", "0")
	require.ErrorContains(t, err, filepath.Join(home, "deployment.json"))
	require.ErrorContains(t, err, "memoc devnet")

	up := startDevnet(t, "--accounts", "3")
	require.Equal(t, filepath.Join(home, "deployment.json"), up.DeploymentFile)
	require.Equal(t, filepath.Join(home, "simroot.pem"), up.SimRootFile)
	auth, err := devnetAuthority()
	require.NoError(t, err)
	pemBytes, err := os.ReadFile(up.SimRootFile)
	require.NoError(t, err)
	require.Equal(t, auth.RootPEM(), pemBytes)
	rpc := []string{"--rpc", up.HTTP} // the port is free-picked; everything else is a default

	// status as a dev account, read from the home's deployment file.
	out, err := runUserCmd(t, append([]string{"status", "--dev-account", "1", "--json"}, rpc...)...)
	require.NoError(t, err)
	var st operatorState
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	require.Equal(t, up.Deployment.DevAccounts[1].Address, st.Address)
	require.Equal(t, chain.Tokens(1_000_000).String(), st.MEMO.String())

	// A data owner's account, in the home's keystore.
	out, err = runUserCmd(t, "user", "keygen", "--json")
	require.NoError(t, err)
	var acct struct{ Address, Keystore string }
	require.NoError(t, json.Unmarshal([]byte(out), &acct))
	require.Equal(t, filepath.Join(home, "user", "key.json"), acct.Keystore)
	owner := common.HexToAddress(acct.Address)

	// status with no address and no key flag shows the home's account.
	out, err = runUserCmd(t, append([]string{"status", "--json"}, rpc...)...)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	require.Equal(t, owner, st.Address)

	// A TEE node whose quotes the devnet's sim authority signs, run by dev
	// account 1 and approved by dev account 2.
	backend, err := ethclient.DialContext(ctx, up.HTTP)
	require.NoError(t, err)
	defer backend.Close()
	dev := func(i int) *chain.Client {
		k, err := up.Deployment.DevAccounts[i].PrivateKey()
		require.NoError(t, err)
		c, err := chain.NewClient(ctx, backend, up.Deployment, k, nil)
		require.NoError(t, err)
		return c
	}
	gov := dev(0)
	node := startSimNode(t, ctx, auth, up.Deployment, gov, dev(1), dev(2))
	_, err = gov.SendETH(ctx, owner, big.NewInt(1e17))
	require.NoError(t, err)

	// upload → inspect-node → grant → datasets, all from the home.
	out, err = runUserCmd(t, "user", "upload", "--data", writeCSV(t, t.TempDir(), 40), "--json")
	require.NoError(t, err)
	var upl uploadOutput
	require.NoError(t, json.Unmarshal([]byte(out), &upl))
	require.Equal(t, filepath.Join(home, "store"), upl.Store)

	out, err = runUserCmd(t, append([]string{"user", "inspect-node", "--node", node.url, "--json"}, rpc...)...)
	require.NoError(t, err, "the sim root is found beside the deployment")
	var rep nodeReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Equal(t, "trusted", rep.Verdict)

	_, err = runUserCmd(t, append([]string{"user", "grant", "--dataset", upl.Dataset, "--node", node.url, "--epsilon", "4", "--self-register"}, rpc...)...)
	require.NoError(t, err)
	out, err = runUserCmd(t, append([]string{"user", "datasets", "--json"}, rpc...)...)
	require.NoError(t, err)
	var views []datasetView
	require.NoError(t, json.Unmarshal([]byte(out), &views))
	require.Len(t, views, 1)
	require.Equal(t, upl.Dataset, views[0].Dataset)
	require.Len(t, views[0].Grants, 1)
	require.Equal(t, "active", views[0].Grants[0].State)

	// A flag still overrides the default, and a missing sim root is named
	// with what to do.
	_, err = runUserCmd(t, append([]string{"user", "inspect-node", "--node", node.url, "--sim-root", filepath.Join(home, "nope.pem")}, rpc...)...)
	require.ErrorContains(t, err, filepath.Join(home, "nope.pem"))
	require.ErrorContains(t, err, "memoc devnet writes it")
}
