package chain_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestMarketErrors provokes every TaskMarket refusal through the client and
// checks that each comes back as its named error and that no MEMO moved.
func TestMarketErrors(t *testing.T) {
	ctx := testContext(t)
	market := mdev(t).Deployment().TaskMarket
	m := mhash(t)
	node, idle, sameOp := newMarketNode(t, m), newMarketNode(t, m), marketNode{}
	node.topUp(t, chain.Tokens(5000)) // its stake backs the slots of the six tasks below
	// A second enclave of node's operator, for the one-operator-per-task rule.
	{
		k := mKey(t)
		sameOp = marketNode{op: node.op, enclave: mAddrOf(k), key: k}
		_, err := node.op.RegisterEnclave(ctx, registration(t, node.op, k, m))
		require.NoError(t, err)
		approveByCommittee(t, mdev(t), sameOp.enclave, func(a common.Address) *chain.Client { return mClient(t, a) })
	}
	verifier, stranger := mVerifier(t), mAccount(t, chain.Tokens(5000))

	// open: one result in, its committee drawn, one member committed.
	spec := mSpec(t, m, node)
	spec.VotingWindow = testMarket.MaxVotingWindow
	open, openID := mPublish(t, spec)
	node.submit(t, openID, m, mhash(t))
	openCommittee := mDraw(t, openID, 0)
	member := mClient(t, openCommittee.Members[0])
	memberBallot := []chain.Ballot{{TaskID: openID, Pass: true}}
	_, err := member.CommitVotes(ctx, 7, common.Hash{7}, memberBallot)
	require.NoError(t, err)

	// settled: passed, with a payout tree.
	spec = mSpec(t, m, node)
	settledOwner, settledID := mPublish(t, spec)
	shares, err := settledOwner.Shares(ctx, settledID)
	require.NoError(t, err)
	tree := mUserTree(t, 4, shares.Users)
	node.submit(t, settledID, m, tree.Root())
	// Staked after the submission: only seats that existed then are drawn,
	// so it is on no committee of this result.
	outsider := mVerifier(t)
	mJudge(t, settledID, 0, mAll(true))
	_, err = settledOwner.Finalize(ctx, settledID)
	require.NoError(t, err)
	proof0, err := tree.Proof(0)
	require.NoError(t, err)
	_, err = stranger.Claim(ctx, settledID, tree.Leaf(0), proof0)
	require.NoError(t, err)
	proof1, err := tree.Proof(1)
	require.NoError(t, err)

	// greedy: passed, but its enclave's tree pays more than the users' pool.
	greedyOwner, greedyID := mPublish(t, spec)
	greedyTree := mUserTree(t, 2, new(big.Int).Mul(shares.Users, big.NewInt(2)))
	node.submit(t, greedyID, m, greedyTree.Root())
	mJudge(t, greedyID, 0, mAll(true))
	_, err = greedyOwner.Finalize(ctx, greedyID)
	require.NoError(t, err)
	greedyProof, err := greedyTree.Proof(0)
	require.NoError(t, err)
	_, err = stranger.Claim(ctx, greedyID, greedyTree.Leaf(0), greedyProof)
	require.NoError(t, err, "the first leaf fits in the pool")
	greedyProof1, err := greedyTree.Proof(1)
	require.NoError(t, err)

	// short: voting window of 2 blocks, deadline soon; nobody draws its
	// committee, so it gets no verdict.
	spec = mSpec(t, m, node)
	spec.VotingWindow, spec.Deadline = 2, mHead(t)+30
	shortOwner, shortID := mPublish(t, spec)
	node.submit(t, shortID, m, mhash(t))
	mMineTo(t, spec.Deadline+1) // past its deadline and its voting window

	// floor: a price floor of 10 MEMO per record (600 MEMO users' share: 60 records).
	spec = mSpec(t, m, node)
	spec.PricePerRecord = chain.Tokens(10)
	_, floorID := mPublish(t, spec)

	// inactive: assigned node whose operator then unbonds.
	quitter := newMarketNode(t, m)
	_, quitID := mPublish(t, mSpec(t, m, quitter))
	_, err = quitter.op.RequestUnbond(ctx, minTEE)
	require.NoError(t, err)

	good := func(id uint64) (chain.ResultClaim, []byte) { return node.claimFor(t, id, m, mhash(t), 1) }
	goodSpec := func() chain.TaskSpec { return mSpec(t, m) }
	unknown := uint64(1 << 40)

	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"zero fee", func() error {
			s := goodSpec()
			s.Fee = new(big.Int)
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrZeroFee},
		{"no result key", func() error {
			s := goodSpec()
			s.ResultKeyHash = common.Hash{}
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrZeroResultKey},
		{"bad split", func() error {
			s := goodSpec()
			s.Split.UsersBps++
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadSplit},
		{"deadline in past", func() error {
			s := goodSpec()
			s.Deadline = mHead(t)
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrDeadlineInPast},
		{"replication zero", func() error {
			s := goodSpec()
			s.Replication = 0
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadReplication},
		{"replication too high", func() error {
			s := goodSpec()
			s.Replication = chain.MaxReplication + 1
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadReplication},
		{"quorum below a committee majority", func() error {
			s := goodSpec()
			s.Quorum = 1
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadQuorum},
		{"quorum above the committee", func() error {
			s := goodSpec()
			s.Quorum = 4
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadQuorum},
		{"deadline beyond the maximum duration", func() error {
			s := goodSpec()
			s.Deadline = mHead(t) + uint64(testMarket.MaxDuration) + 10
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrDeadlineTooFar},
		{"voting window above the maximum", func() error {
			s := goodSpec()
			s.VotingWindow = testMarket.MaxVotingWindow + 1
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadVotingWindow},
		{"voting window zero", func() error {
			s := goodSpec()
			s.VotingWindow = 0
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrBadVotingWindow},
		{"enclave count", func() error {
			s := mSpec(t, m, node)
			s.Replication = 2
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrEnclaveCountMismatch},
		{"named enclave unregistered", func() error {
			s := mSpec(t, m, marketNode{enclave: mAddrOf(mKey(t))})
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrUnregisteredEnclave},
		{"named enclave with other measurement", func() error {
			s := mSpec(t, mhash(t), node)
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrMeasurementMismatch},
		{"named enclave twice", func() error {
			_, _, err := stranger.Publish(ctx, mSpec(t, m, node, node))
			return err
		}, chain.ErrEnclaveAlreadyAssigned},
		{"two enclaves of one operator", func() error {
			_, _, err := stranger.Publish(ctx, mSpec(t, m, node, sameOp))
			return err
		}, chain.ErrOperatorAlreadyAssigned},
		{"fee above balance", func() error {
			s := goodSpec()
			s.Fee = chain.Tokens(1_000_000_000)
			_, _, err := stranger.Publish(ctx, s)
			return err
		}, chain.ErrInsufficientBalance},
		{"unknown task finalize", func() error { _, err := stranger.Finalize(ctx, unknown); return err }, chain.ErrUnknownTask},
		{"unknown task timeout", func() error { _, err := stranger.Timeout(ctx, unknown); return err }, chain.ErrUnknownTask},
		{"unknown task claim", func() error {
			_, err := stranger.Claim(ctx, unknown, tree.Leaf(1), proof1)
			return err
		}, chain.ErrUnknownTask},
		{"unknown task submit", func() error {
			c, sig := good(unknown)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrUnknownTask},
		{"accept named task", func() error { _, err := idle.op.Accept(ctx, openID, idle.enclave); return err }, chain.ErrNoOpenSlot},
		{"result from unregistered enclave", func() error {
			k := mKey(t)
			rogue := marketNode{op: node.op, enclave: mAddrOf(k), key: k}
			c, sig := rogue.claimFor(t, openID, m, mhash(t), 1)
			_, err := node.op.SubmitResult(ctx, rogue.enclave, c, sig)
			return err
		}, chain.ErrUnregisteredEnclave},
		{"result from unassigned enclave", func() error {
			c, sig := idle.claimFor(t, openID, m, mhash(t), 1)
			_, err := idle.op.SubmitResult(ctx, idle.enclave, c, sig)
			return err
		}, chain.ErrEnclaveNotAssigned},
		{"signature over a different claim", func() error {
			c, sig := good(floorID)
			c.OutputHash = mhash(t)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrInvalidClaimSignature},
		{"signature by another key", func() error {
			c, _ := good(floorID)
			_, sig := idle.claimFor(t, floorID, m, c.PayoutRoot, 1)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrInvalidClaimSignature},
		{"measurement mismatch", func() error {
			c, _ := good(floorID)
			c.Measurement = mhash(t)
			sig, err := chain.SignResultClaim(node.key, node.op.ChainID(), market, c)
			require.NoError(t, err)
			_, err = node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrMeasurementMismatch},
		{"output encrypted to a key other than the task's", func() error {
			c, _ := good(floorID)
			c.ResultKeyHash = mhash(t) // the host's own key
			sig, err := chain.SignResultClaim(node.key, node.op.ChainID(), market, c)
			require.NoError(t, err)
			_, err = node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrResultKeyMismatch},
		{"grants read before the task was published", func() error {
			c, _ := good(floorID)
			c.GrantsBlock = 1
			sig, err := chain.SignResultClaim(node.key, node.op.ChainID(), market, c)
			require.NoError(t, err)
			_, err = node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrBadGrantsBlock},
		{"grants read in the future", func() error {
			c, _ := good(floorID)
			c.GrantsBlock = mHead(t) + 100
			sig, err := chain.SignResultClaim(node.key, node.op.ChainID(), market, c)
			require.NoError(t, err)
			_, err = node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrBadGrantsBlock},
		{"ε ledger forked", func() error {
			c, _ := good(floorID)
			c.PrevLedgerRoot = mhash(t)
			c.TotalRecords = 0
			sig, err := chain.SignResultClaim(node.key, node.op.ChainID(), market, c)
			require.NoError(t, err)
			_, err = node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrLedgerRootMismatch},
		{"price below floor", func() error {
			c, sig := node.claimFor(t, floorID, m, mhash(t), 61)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrPriceBelowFloor},
		{"enclave no longer active", func() error {
			c, sig := quitter.claimFor(t, quitID, m, mhash(t), 1)
			_, err := quitter.op.SubmitResult(ctx, quitter.enclave, c, sig)
			return err
		}, chain.ErrEnclaveInactive},
		{"second result", func() error {
			c, sig := good(openID)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrResultAlreadySubmitted},
		{"submit after deadline", func() error {
			c, sig := good(shortID)
			_, err := node.op.SubmitResult(ctx, node.enclave, c, sig)
			return err
		}, chain.ErrDeadlinePassed},
		{"draw twice", func() error { _, err := stranger.Draw(ctx, openID, 0); return err }, chain.ErrCommitteeDrawn},
		{"draw on missing slot", func() error { _, err := stranger.Draw(ctx, openID, 1); return err }, chain.ErrNoSuchResult},
		{"draw on unsubmitted result", func() error { _, err := stranger.Draw(ctx, floorID, 0); return err }, chain.ErrNoSuchResult},
		{"draw after window", func() error { _, err := stranger.Draw(ctx, shortID, 0); return err }, chain.ErrVotingClosed},
		{"draw on settled task", func() error { _, err := stranger.Draw(ctx, settledID, 0); return err }, chain.ErrTaskSettled},
		{"draw on unknown task", func() error { _, err := stranger.Draw(ctx, unknown, 0); return err }, chain.ErrUnknownTask},
		{"reveal before the commit phase ends", func() error {
			_, err := member.RevealVotes(ctx, 7, common.Hash{7}, memberBallot)
			return err
		}, chain.ErrRevealNotOpen},
		{"reveal other ballots than committed", func() error {
			_, err := member.RevealVotes(ctx, 7, common.Hash{7}, []chain.Ballot{{TaskID: openID, Pass: false}})
			return err
		}, chain.ErrCommitmentMismatch},
		{"reveal without a commitment", func() error {
			_, err := stranger.RevealVotes(ctx, 1, common.Hash{}, memberBallot)
			return err
		}, chain.ErrCommitmentMismatch},
		{"reveal on a result without committee", func() error {
			b := []chain.Ballot{{TaskID: shortID, Pass: true}}
			if _, err := stranger.CommitVotes(ctx, 2, common.Hash{2}, b); err != nil {
				return err
			}
			_, err := stranger.RevealVotes(ctx, 2, common.Hash{2}, b)
			return err
		}, chain.ErrNoCommittee},
		{"reveal on an unknown task", func() error {
			_, err := stranger.RevealVotes(ctx, 1, common.Hash{}, []chain.Ballot{{TaskID: unknown}})
			return err
		}, chain.ErrUnknownTask},
		{"finalize with votes open", func() error { _, err := open.Finalize(ctx, openID); return err }, chain.ErrVotingOpen},
		{"finalize with results missing", func() error { _, err := stranger.Finalize(ctx, floorID); return err }, chain.ErrResultsMissing},
		{"finalize twice", func() error { _, err := settledOwner.Finalize(ctx, settledID); return err }, chain.ErrTaskSettled},
		{"timeout before deadline", func() error { _, err := stranger.Timeout(ctx, floorID); return err }, chain.ErrDeadlineNotPassed},
		{"timeout with all results in", func() error { _, err := shortOwner.Timeout(ctx, shortID); return err }, chain.ErrAllResultsSubmitted},
		{"claim twice", func() error {
			_, err := stranger.Claim(ctx, settledID, tree.Leaf(0), proof0)
			return err
		}, chain.ErrAlreadyClaimed},
		{"claim with wrong proof", func() error {
			_, err := stranger.Claim(ctx, settledID, tree.Leaf(1), proof0)
			return err
		}, chain.ErrInvalidProof},
		{"claim more than the leaf", func() error {
			l := tree.Leaf(1)
			l.Amount.Add(l.Amount, big.NewInt(1))
			_, err := stranger.Claim(ctx, settledID, l, proof1)
			return err
		}, chain.ErrInvalidProof},
		{"claim for another user", func() error {
			l := tree.Leaf(1)
			l.User = stranger.Address()
			_, err := stranger.Claim(ctx, settledID, l, proof1)
			return err
		}, chain.ErrInvalidProof},
		{"claim zero", func() error {
			_, err := stranger.Claim(ctx, settledID, chain.PayoutLeaf{Index: 9, User: stranger.Address(), Amount: new(big.Int)}, nil)
			return err
		}, chain.ErrZeroAmount},
		{"claim before settlement", func() error {
			_, err := stranger.Claim(ctx, openID, tree.Leaf(1), proof1)
			return err
		}, chain.ErrNothingToClaim},
		{"claim beyond the pool", func() error {
			_, err := stranger.Claim(ctx, greedyID, greedyTree.Leaf(1), greedyProof1)
			return err
		}, chain.ErrPayoutExceedsPool},
		{"settle votes before settlement", func() error {
			_, err := stranger.SettleVotes(ctx, member.Address(), []chain.ResultRef{{TaskID: openID}})
			return err
		}, chain.ErrTaskNotSettled},
		{"settle the vote of a non-member", func() error {
			_, err := stranger.SettleVotes(ctx, outsider.Address(), []chain.ResultRef{{TaskID: settledID}})
			return err
		}, chain.ErrNotCommitteeMember},
	}
	watched := []common.Address{market, stranger.Address(), open.Address(), settledOwner.Address(), node.op.Address(), verifier.Address()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := mSnapshot(t, watched...)
			err := tt.call()
			require.ErrorIs(t, err, tt.want)
			var re *chain.RevertError
			if errors.As(err, &re) {
				require.NotEqual(t, "unknown", re.Name)
				require.NotContains(t, err.Error(), "transaction reverted with", "every market revert has an explanation")
			}
			for _, a := range watched {
				require.Zero(t, before.delta(t, a).Sign(), "MEMO of %s moved", a.Hex())
			}
		})
	}

	// The task without a verdict settles in the node's favour once its
	// reveal phase is over: no refund, no slash.
	mPastReveal(t, shortID)
	before := mSnapshot(t, shortOwner.Address())
	earned := mEarnings(t, node.op.Address())
	_, err = shortOwner.Finalize(ctx, shortID)
	require.NoError(t, err)
	require.Zero(t, before.delta(t, shortOwner.Address()).Sign())
	require.Equal(t, new(big.Int).Add(earned, shares.Node), mEarnings(t, node.op.Address()))
	r, err := shortOwner.Result(ctx, shortID, 0)
	require.NoError(t, err)
	require.Equal(t, chain.ResultLapsed, r.State)
	require.Equal(t, new(big.Int).Add(minTEE, chain.Tokens(5000)), mStaked(t, node.op.Address()))
}
