package chain_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// The TestAttack* tests run each exploit of the adversarial market review
// (issue 10) against the real contracts on the shared devnet and assert
// that it is refused or unprofitable, naming the numbers it got before the
// fix in their doc comments.

// failResult has verifiers fail result index of task id so that the task
// can be finalized with a failing verdict.
func failResult(t *testing.T, id uint64, index uint8, verifiers ...*chain.Client) {
	t.Helper()
	for _, v := range verifiers {
		_, err := v.Vote(testContext(t), id, index, false)
		require.NoError(t, err)
	}
}

// TestAttackUnbondBeforeVerdict: a node submits a bad result, unbonds its
// whole stake and withdraws it before verifiers fail the result. Before the
// fix (10-block unbonding delay on the default deployment, 200 on the test
// devnet, voting windows of up to 100,000 blocks) the node withdrew all 1000
// MEMO of its stake before the verdict and the slash took 0 MEMO of 500. Now
// the stake backing the open slot is locked: the unbond is refused, and the
// unbonding delay is at least the longest a slot can stay open anyway, so
// the fail verdict slashes the full node slash.
func TestAttackUnbondBeforeVerdict(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	spec.Quorum = 1
	spec.VotingWindow = testMarket.MaxVotingWindow
	owner, id := mPublish(t, spec)
	node.submit(t, id, m, mhash(t))
	params, err := gov.MarketParams(ctx)
	require.NoError(t, err)

	// The node tries to leave with everything before the verdict: it
	// unbonds at once and withdraws as late as it can while votes are taken.
	_, unbondErr := node.op.RequestUnbond(ctx, minTEE)
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	verifier := mVerifier(t)
	for mHead(t)+4 < r.VotingEnds {
		dev.Mine(1)
	}
	_, withdrawErr := node.op.Withdraw(ctx)
	escaped := new(big.Int)
	if withdrawErr == nil {
		escaped = mBalance(t, node.op.Address())
	}

	failResult(t, id, 0, verifier)
	before := mSnapshot(t, owner.Address())
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	slashed := new(big.Int).Sub(minTEE, mStaked(t, node.op.Address()))
	info, err := gov.StakeOf(ctx, node.op.Address())
	require.NoError(t, err)
	slashed.Sub(slashed, info.Unbonding)
	slashed.Sub(slashed, escaped)
	t.Logf("unbond: %v; withdraw: %v; withdrew %s before the verdict; slash took %s of %s; owner received %s",
		unbondErr, withdrawErr, chain.FormatMEMO(escaped), chain.FormatMEMO(slashed), chain.FormatMEMO(params.NodeSlash), chain.FormatMEMO(before.delta(t, owner.Address())))

	require.ErrorIs(t, unbondErr, chain.ErrStakeLocked, "the stake backing an open slot cannot leave")
	require.Zero(t, escaped.Sign(), "withdrew %s MEMO before the verdict", chain.FormatMEMO(escaped))
	require.Equal(t, params.NodeSlash.String(), slashed.String(), "the fail verdict slashes the full node slash")
}

// TestAttackOverCommittedStake: one minimum stake backs failures on any
// number of tasks. Before the fix a node staked at the 1000 MEMO minimum
// accepted 5 tasks with a 500 MEMO node slash each and failed all five: the
// slashes took 1000 MEMO in total, so 1500 MEMO of promised slashes were
// backed by nothing. Now accepting a slot locks the slash it may cost; the
// third accept is refused and each accepted failure is slashed in full.
func TestAttackOverCommittedStake(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	params, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	m := mhash(t)
	node := newMarketNode(t, m)
	const tasks = 5
	var accepted []uint64
	var owners []*chain.Client
	var refused error
	for range tasks {
		spec := mSpec(t, m, node)
		spec.Quorum = 1
		owner, id := mPublish(t, spec)
		if _, err := node.op.Accept(ctx, id, node.enclave); err != nil {
			refused = err
			break
		}
		accepted = append(accepted, id)
		owners = append(owners, owner)
	}
	for _, id := range accepted {
		node.submit(t, id, m, mhash(t))
		failResult(t, id, 0, mVerifier(t))
	}
	total := new(big.Int)
	for i, id := range accepted {
		before := mStaked(t, node.op.Address())
		_, err := owners[i].Finalize(ctx, id)
		require.NoError(t, err)
		total.Add(total, new(big.Int).Sub(before, mStaked(t, node.op.Address())))
	}
	promised := new(big.Int).Mul(params.NodeSlash, big.NewInt(int64(len(accepted))))
	t.Logf("accepted %d of %d tasks (refusal: %v); %d failures promised %s of slashes, took %s",
		len(accepted), tasks, refused, len(accepted), chain.FormatMEMO(promised), chain.FormatMEMO(total))

	backed := new(big.Int).Div(minTEE, params.SlotLock()).Int64()
	require.ErrorIs(t, refused, chain.ErrStakeLocked, "accepting more slots than the stake backs is refused")
	require.EqualValues(t, backed, len(accepted))
	require.Equal(t, promised.String(), total.String(), "every accepted failure is slashed in full")
}
