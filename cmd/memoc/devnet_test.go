package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// buildMemoc builds this binary into a temporary directory.
func buildMemoc(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "memoc")
	goTool, err := exec.LookPath("go")
	require.NoError(t, err, "the go command builds memoc")
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "building memoc: %s", out)
	return bin
}

// TestDevnetServesAnotherProcess runs `memoc devnet` as its own process and
// drives it over JSON-RPC on loopback: from this process with the chain
// client (HTTP and WebSocket) and from further memoc processes.
func TestDevnetServesAnotherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds memoc and runs it as separate processes")
	}
	t.Parallel()
	bin := buildMemoc(t)
	dir := t.TempDir()
	depFile := filepath.Join(dir, "devnet.json")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	env := append(os.Environ(), envHome+"="+filepath.Join(dir, "home")) // never the real ~/.memoc
	devnet := exec.CommandContext(ctx, bin, "devnet", "--port", "0", "--deployment", depFile, "--accounts", "3", "--json")
	devnet.Env = env
	stdout, err := devnet.StdoutPipe()
	require.NoError(t, err)
	var devnetErr bytes.Buffer
	devnet.Stderr = &devnetErr
	require.NoError(t, devnet.Start())
	var up devnetOutput
	require.NoError(t, json.NewDecoder(stdout).Decode(&up), "reading devnet's start-up line; stderr: %s", &devnetErr)
	t.Logf("devnet up in %.2f s at %s", up.StartupSeconds, up.HTTP)
	require.True(t, strings.HasPrefix(up.HTTP, "http://127.0.0.1:"), up.HTTP)

	dep, err := chain.LoadDeployment(depFile)
	require.NoError(t, err)
	require.Equal(t, up.Deployment, dep)
	require.Len(t, dep.DevAccounts, 3)
	require.Equal(t, filepath.Join(dir, simRootFile), up.SimRootFile, "the sim root goes beside the deployment")
	require.FileExists(t, up.SimRootFile)

	// This process stakes over WebSocket as dev account 1 ...
	ws, err := ethclient.DialContext(ctx, up.WS)
	require.NoError(t, err)
	defer ws.Close()
	key, err := dep.DevAccounts[1].PrivateKey()
	require.NoError(t, err)
	c, err := chain.NewClient(ctx, ws, dep, key, nil)
	require.NoError(t, err)
	_, err = c.Stake(ctx, chain.RoleTEENode, chain.Tokens(1500))
	require.NoError(t, err)

	// ... and other memoc processes see it over HTTP.
	memoc := func(args ...string) (string, string, error) {
		cmd := exec.CommandContext(ctx, bin, append(args, "--rpc", up.HTTP, "--deployment", depFile)...)
		cmd.Env = env
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		return out.String(), errOut.String(), err
	}
	out, errOut, err := memoc("status", "--json", "--dev-account", "1")
	require.NoError(t, err, errOut)
	var st map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	require.Equal(t, "tee-node", st["role"])
	require.Equal(t, chain.Tokens(1500).String(), st["stake"])
	require.Equal(t, "1500 MEMO", st["stakeFormatted"])

	out, errOut, err = memoc("unbond", "500", "--dev-account", "1")
	require.NoError(t, err, errOut)
	require.Contains(t, out, "unbonding 500 MEMO")
	require.Contains(t, out, "withdrawable from block")

	// A refused transaction: exit code 1 and one line saying what to do.
	_, errOut, err = memoc("stake", "200", "--role", "verifier", "--dev-account", "1")
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	require.Equal(t, 1, exit.ExitCode())
	require.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, errOut)
	require.Contains(t, errOut, "operator is staked as tee-node, cannot stake as verifier")

	// Bad usage: exit code 2.
	_, _, err = memoc("stake", "lots", "--dev-account", "2")
	require.ErrorAs(t, err, &exit)
	require.Equal(t, 2, exit.ExitCode())

	// Interrupt stops the devnet cleanly.
	require.NoError(t, devnet.Process.Signal(syscall.SIGINT))
	err = devnet.Wait()
	if err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatalf("devnet exited with %v; stderr: %s", err, &devnetErr)
	}
}
