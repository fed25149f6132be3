package chain_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// The market tests run on their own dev chain, mdev, one after the other
// (no t.Parallel). Committees are drawn from every staked verifier of a
// chain: the tests must be able to drive each member they draw (so every
// verifier on mdev is an account a market test created), and a draw locks
// the member's stake (so it must not lock the stake of a staking test's
// verifier that is about to unbond). They count blocks to deadlines and
// voting windows too, which blocks sealed by parallel tests would shift.

var (
	mdevOnce sync.Once
	mdevNet  *devnet.Chain
	mdevErr  error
)

// mdev returns the market tests' dev chain, started on first use with the
// shared devnet's stakes and market parameters and registry quorum 1.
func mdev(t testing.TB) *devnet.Chain {
	t.Helper()
	mdevOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		mdevNet, mdevErr = devnet.New(ctx, devnet.Config{
			Accounts: 3,
			Deploy: chain.DeployConfig{
				MinStakeTEENode: minTEE, MinStakeVerifier: minVerifier, UnbondingDelay: unbondDelay, Quorum: 1, Market: testMarket,
			},
		})
	})
	require.NoError(t, mdevErr, "starting the market devnet")
	return mdevNet
}

// closeMarketDevnet stops mdev if a test started it (from TestMain).
func closeMarketDevnet() {
	if mdevNet != nil {
		if err := mdevNet.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "closing the market devnet:", err)
		}
	}
}

var (
	mFunderOnce sync.Once
	mFunder     *chain.Client
	// mClients holds every account the market tests created, by address,
	// so that any committee member drawn can be made to vote.
	mClients sync.Map
)

// mAccount returns a client for a fresh account on mdev holding 1 ETH and
// memo MEMO, funded by dev account 2 one transaction at a time.
func mAccount(t testing.TB, memo *big.Int) *chain.Client {
	t.Helper()
	net := mdev(t)
	mFunderOnce.Do(func() { mFunder = net.Governance().As(devnet.Key(2)) })
	ctx := testContext(t)
	c := net.Governance().As(mKey(t))
	_, err := mFunder.SendETH(ctx, c.Address(), oneETH)
	require.NoError(t, err)
	if memo != nil && memo.Sign() > 0 {
		_, err = mFunder.TransferMEMO(ctx, c.Address(), memo)
		require.NoError(t, err)
	}
	mClients.Store(c.Address(), c)
	return c
}

// mClient returns the client of an account a market test created.
func mClient(t testing.TB, a common.Address) *chain.Client {
	t.Helper()
	c, ok := mClients.Load(a)
	require.True(t, ok, "committee member %s is not an account of the market tests", a)
	return c.(*chain.Client)
}

func mhash(t testing.TB) common.Hash {
	var h common.Hash
	_, err := rand.Read(h[:])
	require.NoError(t, err)
	return h
}

func mKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

func mAddrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func mRandomAddr(t testing.TB) common.Address { return mAddrOf(mKey(t)) }

// mVerifier stakes a fresh verifier at the minimum (one committee seat).
func mVerifier(t testing.TB) *chain.Client {
	t.Helper()
	return mVerifierStaking(t, minVerifier)
}

func mVerifierStaking(t testing.TB, stake *big.Int) *chain.Client {
	t.Helper()
	v := mAccount(t, stake)
	_, err := v.Stake(testContext(t), chain.RoleVerifier, stake)
	require.NoError(t, err)
	return v
}

var (
	mPoolOnce sync.Once
	mPoolList []*chain.Client
)

// mPoolSize verifiers of 1000 MEMO (10 seats each, room for 100 pending
// votes each) are staked on mdev before its first task, so that every
// committee can be drawn.
const mPoolSize = 6

func mPool(t testing.TB) []*chain.Client {
	t.Helper()
	mPoolOnce.Do(func() {
		for range mPoolSize {
			mPoolList = append(mPoolList, mVerifierStaking(t, chain.Tokens(1000)))
		}
	})
	require.Len(t, mPoolList, mPoolSize)
	return mPoolList
}

// mCommitSeq numbers commitments so that no two share an id.
var mCommitSeq atomic.Uint64

// mVoter returns each member's vote on a result (ok false: it stays silent).
type mVoter func(member common.Address) (pass, ok bool)

// mAll has every member vote pass (or fail).
func mAll(pass bool) mVoter {
	return func(common.Address) (bool, bool) { return pass, true }
}

// mSplitVote has the first `fails` members vote fail and the rest pass.
func mSplitVote(cm chain.Committee, fails int) mVoter {
	return func(m common.Address) (bool, bool) { return cm.Member(m) >= fails, true }
}

// mDraw draws the committee of a submitted result, mining first until the
// seed block (the one after the submission's) is sealed.
func mDraw(t testing.TB, id uint64, index uint8) chain.Committee {
	t.Helper()
	ctx := testContext(t)
	gov := mdev(t).Governance()
	task, err := gov.Task(ctx, id)
	require.NoError(t, err)
	r, err := gov.Result(ctx, id, index)
	require.NoError(t, err)
	require.Equal(t, chain.ResultSubmitted, r.State)
	if !r.Drawn {
		// Gas estimation runs at the head, so the head must be past the seed block.
		mMineTo(t, r.VotingEnds-uint64(task.VotingWindow)+2)
		_, err = mFunder.Draw(ctx, id, index)
		require.NoError(t, err)
	}
	cm, err := gov.Committee(ctx, id, index)
	require.NoError(t, err)
	require.Len(t, cm.Members, int(task.Committee))
	return cm
}

// mJudge draws the committee of result index of task id if it is not drawn
// yet, has each member vote as vote says (commit, then reveal once the
// commit phase is over) and returns the committee.
func mJudge(t testing.TB, id uint64, index uint8, vote mVoter) chain.Committee {
	t.Helper()
	return mJudgeMany(t, []chain.ResultRef{{TaskID: id, Index: index}}, vote)[0]
}

// mJudgeMany judges several results of one commit phase: each member
// commits its ballots on all the results it sits on in one commitment and
// reveals them in one transaction.
func mJudgeMany(t testing.TB, refs []chain.ResultRef, vote mVoter) []chain.Committee {
	t.Helper()
	voters := make([]mVoter, len(refs))
	for i := range voters {
		voters[i] = vote
	}
	return mJudgeEach(t, refs, voters)
}

// mJudgeEach is mJudgeMany with a voter per result.
func mJudgeEach(t testing.TB, refs []chain.ResultRef, voters []mVoter) []chain.Committee {
	t.Helper()
	ctx := testContext(t)
	gov := mdev(t).Governance()
	type seat struct {
		commit  uint64
		salt    common.Hash
		ballots []chain.Ballot
	}
	seats := map[common.Address]*seat{}
	var order []common.Address
	var ends uint64
	cms := make([]chain.Committee, len(refs))
	for i, ref := range refs {
		cms[i] = mDraw(t, ref.TaskID, ref.Index)
		r, err := gov.Result(ctx, ref.TaskID, ref.Index)
		require.NoError(t, err)
		ends = max(ends, r.VotingEnds)
		for _, m := range cms[i].Members {
			pass, ok := voters[i](m)
			if !ok {
				continue
			}
			s := seats[m]
			if s == nil {
				s = &seat{commit: mCommitSeq.Add(1), salt: mhash(t)}
				seats[m] = s
				order = append(order, m)
			}
			s.ballots = append(s.ballots, chain.Ballot{TaskID: ref.TaskID, Index: ref.Index, Pass: pass})
		}
	}
	for _, m := range order {
		s := seats[m]
		_, err := mClient(t, m).CommitVotes(ctx, s.commit, s.salt, s.ballots)
		require.NoError(t, err)
	}
	mMineTo(t, ends+1) // the reveal phase is open (gas is estimated at the head)
	for _, m := range order {
		s := seats[m]
		_, err := mClient(t, m).RevealVotes(ctx, s.commit, s.salt, s.ballots)
		require.NoError(t, err)
	}
	return cms
}

// mMineTo mines until the head is at least block. A transaction that must
// run after block X needs the head at X+1: its gas is estimated at the
// head.
func mMineTo(t testing.TB, block uint64) {
	t.Helper()
	if h := mHead(t); h < block {
		mdev(t).Mine(int(block - h))
	}
}

// mPastReveal mines past every reveal phase of task id's submitted results.
func mPastReveal(t testing.TB, id uint64) {
	t.Helper()
	ctx := testContext(t)
	gov := mdev(t).Governance()
	task, err := gov.Task(ctx, id)
	require.NoError(t, err)
	for i := range task.Replication {
		r, err := gov.Result(ctx, id, i)
		require.NoError(t, err)
		if r.State == chain.ResultSubmitted {
			mMineTo(t, r.RevealEnds+1)
		}
	}
}

// mSettleMembers settles the votes of every member of cm on a result and
// returns how much each one's balance changed and how much stake it lost.
func mSettleMembers(t testing.TB, id uint64, index uint8, cm chain.Committee) (paid, slashed []*big.Int) {
	t.Helper()
	ctx := testContext(t)
	for _, m := range cm.Members {
		before, stake := mBalance(t, m), mStaked(t, m)
		_, err := mFunder.SettleVotes(ctx, m, []chain.ResultRef{{TaskID: id, Index: index}})
		require.NoError(t, err)
		paid = append(paid, new(big.Int).Sub(mBalance(t, m), before))
		slashed = append(slashed, new(big.Int).Sub(stake, mStaked(t, m)))
	}
	return paid, slashed
}
