package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// TestAttackUnnamedSimRoot: a dev chain whose registry trusts simulated
// roots but names no root hash (zero) would let whoever writes simroot.pem
// (here a self-made authority, as an attacker serving forged quotes would)
// decide which quotes a data owner accepts. memoc user refuses to verify
// any node against such a deployment, before contacting the node.
func TestAttackUnnamedSimRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.New(ctx, devnet.Config{Accounts: 1, ListenAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer net.Close()
	trusts, h, err := net.Governance().SimulatedRoots(ctx)
	require.NoError(t, err)
	require.True(t, trusts)
	require.Zero(t, h, "this dev chain names no sim root")

	home := t.TempDir()
	t.Setenv(envHome, home)
	require.NoError(t, chain.SaveDeployment(filepath.Join(home, deploymentFile), net.Deployment()))
	forger, err := sim.New(make([]byte, sim.SeedSize))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(home, simRootFile), forger.RootPEM(), 0o600))

	_, err = runUserCmd(t, "user", "inspect-node", "--node", "http://127.0.0.1:1", "--rpc", net.HTTPURL())
	require.ErrorContains(t, err, "names none")
}
