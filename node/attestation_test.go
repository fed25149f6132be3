package node

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/vault"
)

// TestNodeKeepsItsApproval: a node whose approval committee stays silent
// does not wait forever: once the registry lets it replace the round
// (SeedWindow blocks after it opened), it re-attests with a fresh quote and
// draws a new committee. Once active, it renews its approval before it runs
// out, so it is still active after the first approval's last block.
func TestNodeKeepsItsApproval(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a node daemon on a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, op, e := newSimEnclave(ctx, t, "node attestation tests", chain.Tokens(1000))
	gov := net.Governance()
	const period = 400
	_, err := gov.SetApprovalCommittee(ctx, 1)
	require.NoError(t, err)
	_, err = gov.SetApprovalPeriod(ctx, period)
	require.NoError(t, err)
	_, err = gov.SetMeasurementAllowed(ctx, e.Measurement(), true)
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	ver, err := net.NewAccount(ctx, chain.Tokens(1), chain.Tokens(100))
	require.NoError(t, err)
	_, err = ver.Stake(ctx, chain.RoleVerifier, chain.Tokens(100)) // the only verifier: every committee is {ver}
	require.NoError(t, err)

	store, err := vault.NewDirStore(filepath.Join(t.TempDir(), "store"))
	require.NoError(t, err)
	db, err := OpenDB(filepath.Join(t.TempDir(), "node.db"))
	require.NoError(t, err)
	defer db.Close()
	n, err := New(Config{Operator: op, Enclave: e, Store: store, DB: db, AttestInterval: 50 * time.Millisecond})
	require.NoError(t, err)
	serveCtx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- n.Serve(serveCtx) }()
	defer func() {
		stop()
		require.ErrorIs(t, <-served, context.Canceled)
	}()

	round := func() (chain.EnclaveInfo, chain.EnclaveCommittee) {
		info, cm, err := op.EnclaveRound(ctx, e.Address())
		require.NoError(t, err)
		return info, cm
	}
	awaitRound := func(r uint16) {
		t.Helper()
		require.Eventually(t, func() bool {
			info, cm := round()
			if info.Round == r && cm.Drawn {
				return true
			}
			net.Mine(1) // blocks are sealed on demand: the draw's seed block
			return false
		}, 30*time.Second, 20*time.Millisecond, "round %d opened and its committee drawn by the node", r)
	}
	mineTo := func(block uint64) {
		if head, err := op.BlockNumber(ctx); err == nil && head < block {
			net.Mine(int(block - head))
		}
	}

	// The node registers and draws its committee; the verifier stays silent.
	awaitRound(1)
	first, cm := round()
	mineTo(cm.FirstReattestBlock)
	awaitRound(2)
	second, _ := round()
	require.NotEqual(t, first.EvidenceHash, second.EvidenceHash, "a fresh quote")
	require.GreaterOrEqual(t, second.AttestedBlock, cm.FirstReattestBlock)
	_, err = ver.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)

	// Active now; a quarter of the period before the approval runs out the
	// node re-attests, and the new round's approval extends it.
	approved, _ := round()
	require.Equal(t, chain.EnclaveActive, approved.Status)
	mineTo(approved.ApprovedUntil - period/4)
	awaitRound(3)
	active, err := op.EnclaveActive(ctx, e.Address())
	require.NoError(t, err)
	require.True(t, active, "the approval holds while the renewal round is pending")
	_, err = ver.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)
	renewed, _ := round()
	require.Greater(t, renewed.ApprovedUntil, approved.ApprovedUntil)
	mineTo(approved.ApprovedUntil + 1)
	active, err = op.EnclaveActive(ctx, e.Address())
	require.NoError(t, err)
	require.True(t, active, "still active after the first approval ran out")
}
