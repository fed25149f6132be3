package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestMarketCancel: an owner takes its whole fee back from a task no
// operator took on, and only then.
func TestMarketCancel(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, node)) // named, not accepted

	_, err := mAccount(t, nil).Cancel(ctx, id)
	require.ErrorIs(t, err, chain.ErrNotTaskOwner)
	before := mSnapshot(t, owner.Address())
	_, err = owner.Cancel(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(1000), before.delta(t, owner.Address()), "the whole fee back")
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskCancelled, task.Status)
	_, err = node.op.Accept(ctx, id, node.enclave)
	require.ErrorIs(t, err, chain.ErrTaskSettled)
	_, err = owner.Cancel(ctx, id)
	require.ErrorIs(t, err, chain.ErrTaskSettled)

	// Once an operator took a slot on (accept, or a result), no cancel.
	owner, accepted := mPublish(t, mSpec(t, m, node))
	_, err = node.op.Accept(ctx, accepted, node.enclave)
	require.NoError(t, err)
	_, err = owner.Cancel(ctx, accepted)
	require.ErrorIs(t, err, chain.ErrTaskHasLiableSlots)
	owner2, submitted := mPublish(t, mSpec(t, m, node))
	node.topUp(t, chain.Tokens(1000))
	node.submit(t, submitted, m, mhash(t))
	_, err = owner2.Cancel(ctx, submitted)
	require.ErrorIs(t, err, chain.ErrTaskHasLiableSlots)
}

// TestMarketSweep: after the claim period, what a settled task holds for
// nobody goes to the treasury: leaves nobody claimed, rounding, member
// rewards nobody earned or settled. Claims and rewards stop; penalties and
// locks still settle.
func TestMarketSweep(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	m := mhash(t)
	node := newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, node))
	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	tree := mUserTree(t, 3, new(big.Int).Sub(shares.Users, big.NewInt(7))) // 7 base units of rounding
	node.submit(t, id, m, tree.Root())
	cm := mDraw(t, id, 0)
	// Two members pass it, the third stays silent.
	mJudge(t, id, 0, func(a common.Address) (bool, bool) { return true, cm.Member(a) < 2 })
	mPastReveal(t, id)
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	for i := range 2 {
		p, err := tree.Proof(i)
		require.NoError(t, err)
		_, err = owner.Claim(ctx, id, tree.Leaf(i), p)
		require.NoError(t, err)
	}
	_, err = mFunder.SettleVotes(ctx, cm.Members[0], []chain.ResultRef{{TaskID: id}})
	require.NoError(t, err)

	_, err = mFunder.Sweep(ctx, id)
	require.ErrorIs(t, err, chain.ErrClaimPeriodRunning)
	require.Contains(t, err.Error(), "sweep after it")
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	mMineTo(t, task.SettledBlock+uint64(testMarket.ClaimPeriod))

	market := mdev(t).Deployment().TaskMarket
	before := mSnapshot(t, gov.Address(), market)
	_, err = mFunder.Sweep(ctx, id)
	require.NoError(t, err)
	unclaimed := new(big.Int).Add(tree.Leaf(2).Amount, big.NewInt(7))
	unpaid := new(big.Int).Mul(shares.PerVote, big.NewInt(2)) // the silent member's and the unsettled member's rewards
	want := new(big.Int).Add(unclaimed, unpaid)
	require.Equal(t, want, before.delta(t, gov.Address()), "leftovers to the treasury")
	require.Equal(t, new(big.Int).Neg(want), before.delta(t, market))
	t.Logf("swept %s: %s of users' pool nobody claimed (a leaf and 7 base units of rounding), %s of member rewards nobody earned or settled",
		chain.FormatMEMO(want), chain.FormatMEMO(unclaimed), chain.FormatMEMO(unpaid))

	task, err = owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskSwept, task.Status)
	p, err := tree.Proof(2)
	require.NoError(t, err)
	_, err = owner.Claim(ctx, id, tree.Leaf(2), p)
	require.ErrorIs(t, err, chain.ErrTaskSwept)
	_, err = mFunder.Sweep(ctx, id)
	require.ErrorIs(t, err, chain.ErrTaskNotSettled)
	// The other members' seats still settle: no reward any more, the silent
	// one's penalty, every lock released.
	paid, slashed := mSettleMembers(t, id, 0, chain.Committee{Members: cm.Members[1:]})
	require.Zero(t, paid[0].Sign(), "swept: the reward is gone")
	require.Zero(t, slashed[0].Sign())
	require.Equal(t, mParams(t).SilencePenalty, slashed[1])
}

// TestMarketSlashBelowMinimumKeepsSlots: a fail verdict on one task slashes
// a node below the minimum stake; its other accepted slot, whose stake is
// locked, still takes its result instead of turning into a timeout slash.
// Before the fix the node's enclave counted as inactive from the slash on:
// its second result was refused (EnclaveInactive) and the timeout took
// another 100 MEMO.
func TestMarketSlashBelowMinimumKeepsSlots(t *testing.T) {
	ctx := testContext(t)
	params := mParams(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	ownerA, a := mPublish(t, mSpec(t, m, node))
	ownerB, b := mPublish(t, mSpec(t, m, node))
	for _, id := range []uint64{a, b} {
		_, err := node.op.Accept(ctx, id, node.enclave)
		require.NoError(t, err)
	}
	node.submit(t, a, m, mhash(t)) // a bad result
	mJudge(t, a, 0, mAll(false))
	_, err := ownerA.Finalize(ctx, a)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(minTEE, params.NodeSlash), mStaked(t, node.op.Address()), "below the minimum now")
	active, err := node.op.EnclaveActive(ctx, node.enclave)
	require.NoError(t, err)
	require.False(t, active, "it takes no new work")

	c, sig := node.claimFor(t, b, m, mhash(t), 100)
	_, submitErr := node.op.SubmitResult(ctx, node.enclave, c, sig)
	stakeBefore := mStaked(t, node.op.Address())
	if submitErr == nil {
		mJudge(t, b, 0, mAll(true))
		_, err = ownerB.Finalize(ctx, b)
	} else {
		task, terr := ownerB.Task(ctx, b)
		require.NoError(t, terr)
		mMineTo(t, task.Deadline+1)
		_, err = ownerB.Timeout(ctx, b)
	}
	require.NoError(t, err)
	r, err := ownerB.Result(ctx, b, 0)
	require.NoError(t, err)
	lost := new(big.Int).Sub(stakeBefore, mStaked(t, node.op.Address()))
	t.Logf("second slot: submit %v; result %s; the node lost %s more", submitErr, r.State, chain.FormatMEMO(lost))
	require.NoError(t, submitErr, "the locked slot still takes its result")
	require.Equal(t, chain.ResultPassed, r.State)
	require.Zero(t, lost.Sign(), "no timeout slash")
}
