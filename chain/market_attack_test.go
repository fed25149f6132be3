package chain_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// The TestAttack* tests run each exploit of the adversarial market review
// (issue 10) against the real contracts on the market devnet and assert
// that it is refused or unprofitable. Their doc comments name what the
// attack got on the contracts before the fix.

// TestAttackUnbondBeforeVerdict: a node submits a bad result, unbonds its
// whole stake and withdraws it before its committee fails the result.
// Before the fix (10-block unbonding delay on the default deployment, 200 on
// the test devnet, voting windows of up to 100,000 blocks) the node withdrew
// all 1000 MEMO of its stake before the verdict and the slash took 0 MEMO of
// 500. Now the stake backing the open slot is locked: the unbond is refused,
// and the unbonding delay is at least the longest a slot can stay open
// anyway, so the fail verdict slashes the full node slash.
func TestAttackUnbondBeforeVerdict(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	spec.VotingWindow = testMarket.MaxVotingWindow
	owner, id := mPublish(t, spec)
	node.submit(t, id, m, mhash(t))
	params := mParams(t)

	// The node tries to leave with everything before the verdict: it
	// unbonds at once and withdraws as late as it can while votes are taken.
	_, unbondErr := node.op.RequestUnbond(ctx, minTEE)
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	mMineTo(t, r.VotingEnds-30)
	_, withdrawErr := node.op.Withdraw(ctx)
	escaped := new(big.Int)
	if withdrawErr == nil {
		escaped = mBalance(t, node.op.Address())
	}

	mJudge(t, id, 0, mAll(false))
	before := mSnapshot(t, owner.Address())
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	info := mStake(t, node.op.Address())
	slashed := new(big.Int).Sub(minTEE, info.Staked)
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
	params := mParams(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	const tasks = 5
	var accepted []uint64
	var owners []*chain.Client
	var refused error
	for range tasks {
		owner, id := mPublish(t, mSpec(t, m, node))
		if _, err := node.op.Accept(ctx, id, node.enclave); err != nil {
			refused = err
			break
		}
		accepted = append(accepted, id)
		owners = append(owners, owner)
	}
	var refs []chain.ResultRef
	for _, id := range accepted {
		node.submit(t, id, m, mhash(t))
		refs = append(refs, chain.ResultRef{TaskID: id})
	}
	mJudgeMany(t, refs, mAll(false))
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

// TestAttackOwnerVotesFail: the task owner, staked as a verifier, fails an
// honest result to get its fee back with compensation while keeping the
// output. Before the fix (first side to a quorum decides, default minimum
// quorum 1) the owner voted fail in the block after submission and got back
// 1350 MEMO for its 1000 MEMO fee (refund 1000, compensation 250, fail-voter
// reward 100: a profit of 350 MEMO) while the honest node lost 500 MEMO of
// stake. Now the owner is never drawn onto its own task's committees, its
// votes are refused, the committee passes the honest result and the owner
// gets nothing back.
func TestAttackOwnerVotesFail(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	// The owner stakes heavily as a verifier: without the exclusion it would
	// sit on most committees.
	ownerStake := chain.Tokens(3000)
	owner := mAccount(t, new(big.Int).Add(spec.Fee, ownerStake))
	_, err := owner.Stake(ctx, chain.RoleVerifier, ownerStake)
	require.NoError(t, err)
	id, _, err := owner.Publish(ctx, spec)
	require.NoError(t, err)
	node.submit(t, id, m, mhash(t)) // an honest result

	before := mBalance(t, owner.Address())
	cm := mDraw(t, id, 0)
	onCommittee := cm.Member(owner.Address()) >= 0
	ballots := []chain.Ballot{{TaskID: id, Index: 0, Pass: false}}
	salt := mhash(t)
	_, err = owner.CommitVotes(ctx, 1, salt, ballots)
	require.NoError(t, err)
	mJudge(t, id, 0, mAll(true)) // the committee checks the honest result
	_, ownerVote := owner.RevealVotes(ctx, 1, salt, ballots)
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	_, settleErr := owner.SettleVotes(ctx, owner.Address(), []chain.ResultRef{{TaskID: id}})
	back := new(big.Int).Sub(mBalance(t, owner.Address()), before)
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	t.Logf("owner staking %s as a verifier: on its committee %v; its fail vote: %v; result %s; owner got back %s of its %s fee (profit %s); node stake %s",
		chain.FormatMEMO(ownerStake), onCommittee, ownerVote, r.State, chain.FormatMEMO(back), chain.FormatMEMO(spec.Fee),
		chain.FormatMEMO(new(big.Int).Sub(back, spec.Fee)), chain.FormatMEMO(mStaked(t, node.op.Address())))

	require.False(t, onCommittee, "the owner is never drawn onto its own task's committee")
	require.ErrorIs(t, ownerVote, chain.ErrNotCommitteeMember)
	require.ErrorIs(t, settleErr, chain.ErrNotCommitteeMember)
	require.Equal(t, chain.ResultPassed, r.State)
	require.Zero(t, back.Sign(), "the owner gets nothing back for an honest result")
	require.Equal(t, minTEE, mStaked(t, node.op.Address()))
}

// TestAttackSybilQuorum: the accomplice of a node stakes quorum-many cheap
// verifiers and passes the node's bad result. Before the fix (anyone staked
// could vote, first side to the quorum decided) two sybil verifiers staking
// 200 MEMO passed a bad result in the block after its submission: the
// operator was credited 300 MEMO and each sybil 50. Now only the drawn
// committee votes, drawn in proportion to stake (two accounts of 100 MEMO
// weigh exactly what one of 200 does): the sybils' votes are refused unless
// drawn, and the honest majority fails the result. (A majority of the
// committee drawn from the attacker's stake is the out-of-reach case, a
// colluding majority of stake; should the draw hand the sybils a majority,
// the test tries a fresh task, which it does with probability under 0.2%.)
func TestAttackSybilQuorum(t *testing.T) {
	ctx := testContext(t)
	params := mParams(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	node.topUp(t, chain.Tokens(4000)) // room for a retry
	spec := mSpec(t, m, node)
	var sybils []*chain.Client
	for range spec.Quorum {
		sybils = append(sybils, mVerifier(t))
	}
	isSybil := func(a common.Address) bool {
		return slices.ContainsFunc(sybils, func(s *chain.Client) bool { return s.Address() == a })
	}
	for try := range 3 {
		owner, id := mPublish(t, spec)
		node.submit(t, id, m, mhash(t)) // a bad result
		cm := mDraw(t, id, 0)
		drawn := 0
		for _, mbr := range cm.Members {
			if isSybil(mbr) {
				drawn++
			}
		}
		// Every sybil commits pass; honest members commit fail.
		salt := mhash(t)
		ballots := []chain.Ballot{{TaskID: id, Index: 0, Pass: true}}
		for i, s := range sybils {
			if cm.Member(s.Address()) < 0 {
				_, err := s.CommitVotes(ctx, uint64(100+i), salt, ballots)
				require.NoError(t, err)
			}
		}
		mJudge(t, id, 0, func(mbr common.Address) (bool, bool) { return isSybil(mbr), true })
		var refused []error
		for i, s := range sybils {
			if cm.Member(s.Address()) < 0 {
				_, err := s.RevealVotes(ctx, uint64(100+i), salt, ballots)
				refused = append(refused, err)
			}
		}
		_, err := owner.Finalize(ctx, id)
		require.NoError(t, err)
		r, err := owner.Result(ctx, id, 0)
		require.NoError(t, err)
		t.Logf("try %d: %d sybil verifiers staking %s drew %d of %d committee seats; undrawn sybils' votes: %v; result %s; operator stake %s",
			try, len(sybils), chain.FormatMEMO(new(big.Int).Mul(minVerifier, big.NewInt(int64(len(sybils))))), drawn, len(cm.Members), refused, r.State,
			chain.FormatMEMO(mStaked(t, node.op.Address())))
		for _, e := range refused {
			require.ErrorIs(t, e, chain.ErrNotCommitteeMember, "a verifier not drawn cannot vote")
		}
		if drawn >= int(spec.Quorum) {
			continue // a stake majority of this committee: out of reach by design
		}
		require.Equal(t, chain.ResultFailed, r.State, "the honest majority fails the bad result")
		require.Zero(t, mEarnings(t, node.op.Address()).Sign())
		require.Equal(t, new(big.Int).Sub(chain.Tokens(5000), new(big.Int).Mul(params.NodeSlash, big.NewInt(int64(try+1)))).String(),
			mStaked(t, node.op.Address()).String())
		return
	}
	t.Fatal("the sybils drew a committee majority three times in a row")
}

// TestAttackOwnerForcesLapse: a task owner arranges that no verdict is
// reached, to get its fee back while keeping the output. Before the fix
// (quorum unbounded, a result without a verdict refunded) the owner
// published with quorum 255: two verifiers voted pass, the honest result
// lapsed and the owner got its whole 1000 MEMO fee back, the node nothing.
// Now the quorum is bounded by the committee size, and a result without a
// verdict (silent committee, or no committee drawn) settles in the node's
// favour: operator and users are paid, the owner gets nothing back, and
// silent members lose their silence penalty.
func TestAttackOwnerForcesLapse(t *testing.T) {
	ctx := testContext(t)
	params := mParams(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	spec.Quorum = 255
	_, _, badQuorum := mAccount(t, spec.Fee).Publish(ctx, spec)
	require.ErrorIs(t, badQuorum, chain.ErrBadQuorum)
	require.Contains(t, badQuorum.Error(), "use 2 to 3")

	// A silent committee, and no committee at all.
	spec.Quorum = 3
	owner, silent := mPublish(t, spec)
	_, undrawn := mPublish(t, mSpec(t, m, node))
	shares, err := owner.Shares(ctx, silent)
	require.NoError(t, err)
	node.submit(t, silent, m, mUserTree(t, 1, shares.Users).Root())
	node.submit(t, undrawn, m, mhash(t))
	cm := mDraw(t, silent, 0)
	mJudge(t, silent, 0, func(mbr common.Address) (bool, bool) { return true, mbr == cm.Members[0] })
	before := mSnapshot(t, owner.Address())
	mPastReveal(t, silent)
	mPastReveal(t, undrawn)
	for _, id := range []uint64{silent, undrawn} {
		_, err = mFunder.Finalize(ctx, id)
		require.NoError(t, err)
		r, err := owner.Result(ctx, id, 0)
		require.NoError(t, err)
		require.Equal(t, chain.ResultLapsed, r.State)
	}
	refund := before.delta(t, owner.Address())
	credited := mEarnings(t, node.op.Address())
	_, slashed := mSettleMembers(t, silent, 0, cm)
	lost := make([]string, len(slashed))
	for i, x := range slashed {
		lost[i] = chain.FormatMEMO(x)
	}
	t.Logf("quorum 255: %v; a committee with one vote of quorum 3, and a result nobody drew: both %s; owner refunded %s; operator credited %s; members lost %v",
		badQuorum, chain.ResultLapsed, chain.FormatMEMO(refund), chain.FormatMEMO(credited), lost)
	require.Zero(t, refund.Sign(), "no refund without a fail verdict")
	require.Equal(t, new(big.Int).Mul(shares.Node, big.NewInt(2)), credited, "the node is paid for both results")
	for i, s := range slashed {
		if i == 0 {
			require.Zero(t, s.Sign(), "the member that voted pays nothing")
			continue
		}
		require.Equal(t, params.SilencePenalty, s, "silent member %d", i)
	}
	task, err := owner.Task(ctx, silent)
	require.NoError(t, err)
	require.EqualValues(t, 1, task.Passed, "users are paid for a result without a verdict")
}
