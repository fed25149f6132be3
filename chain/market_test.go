package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// marketNode is a staked TEE-node operator with one active enclave whose key
// the test holds.
type marketNode struct {
	op      *chain.Client
	enclave common.Address
	key     *ecdsa.PrivateKey
}

// newMarketNode stakes a fresh operator and registers and activates an
// enclave with measurement m (which it allows first). It also makes sure
// mdev's verifier pool is staked.
func newMarketNode(t testing.TB, m common.Hash) marketNode {
	t.Helper()
	ctx := testContext(t)
	mPool(t)
	_, err := mdev(t).Governance().SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	op := mAccount(t, minTEE)
	_, err = op.Stake(ctx, chain.RoleTEENode, minTEE)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	enclave := crypto.PubkeyToAddress(key.PublicKey)
	_, err = op.RegisterEnclave(ctx, registration(t, op, key, m))
	require.NoError(t, err)
	approveByCommittee(t, mdev(t), enclave, func(a common.Address) *chain.Client { return mClient(t, a) })
	return marketNode{op: op, enclave: enclave, key: key}
}

// topUp stakes amount more for the node's operator (funded first), so that
// it can back more open slots at once.
func (n marketNode) topUp(t testing.TB, amount *big.Int) {
	t.Helper()
	ctx := testContext(t)
	_, err := mFunder.TransferMEMO(ctx, n.op.Address(), amount)
	require.NoError(t, err)
	_, err = n.op.Stake(ctx, chain.RoleTEENode, amount)
	require.NoError(t, err)
}

// claimFor builds and signs a claim of node for task id with payout root root.
func (n marketNode) claimFor(t testing.TB, id uint64, m, root common.Hash, records uint64) (chain.ResultClaim, []byte) {
	t.Helper()
	ctx := testContext(t)
	head, err := n.op.BlockNumber(ctx)
	require.NoError(t, err)
	prev, err := n.op.LedgerRoot(ctx, n.enclave)
	require.NoError(t, err)
	task, err := n.op.Task(ctx, id)
	require.NoError(t, err)
	c := chain.ResultClaim{
		TaskID: id, OutputHash: mhash(t), LineageRoot: mhash(t), PayoutRoot: root,
		TotalRecords: records, EpsilonSpent: 1_500_000, Measurement: m,
		GrantsBlock: head, ResultKeyHash: task.ResultKeyHash, PrevLedgerRoot: prev, LedgerRoot: mhash(t),
	}
	sig, err := chain.SignResultClaim(n.key, n.op.ChainID(), n.op.Deployment().TaskMarket, c)
	require.NoError(t, err)
	return c, sig
}

func (n marketNode) submit(t testing.TB, id uint64, m, root common.Hash) {
	t.Helper()
	c, sig := n.claimFor(t, id, m, root, 100)
	_, err := n.op.SubmitResult(testContext(t), n.enclave, c, sig)
	require.NoError(t, err)
}

func mHead(t testing.TB) uint64 {
	t.Helper()
	n, err := mdev(t).Governance().BlockNumber(testContext(t))
	require.NoError(t, err)
	return n
}

func mBalance(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	b, err := mdev(t).Governance().MEMOBalance(testContext(t), who)
	require.NoError(t, err)
	return b
}

func mStaked(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	return mStake(t, who).Staked
}

func mStake(t testing.TB, who common.Address) chain.StakeInfo {
	t.Helper()
	s, err := mdev(t).Governance().StakeOf(testContext(t), who)
	require.NoError(t, err)
	return s
}

func mParams(t testing.TB) chain.MarketParams {
	t.Helper()
	p, err := mdev(t).Governance().MarketParams(testContext(t))
	require.NoError(t, err)
	return p
}

// mBalances snapshots MEMO balances of accounts.
type mBalances map[common.Address]*big.Int

func mSnapshot(t testing.TB, who ...common.Address) mBalances {
	t.Helper()
	b := mBalances{}
	for _, a := range who {
		b[a] = mBalance(t, a)
	}
	return b
}

// delta returns how much who's balance grew since the snapshot.
func (b mBalances) delta(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	return new(big.Int).Sub(mBalance(t, who), b[who])
}

var mSplit = chain.Split{UsersBps: 6000, NodesBps: 3000, VerifiersBps: 1000}

// publish publishes a task by a fresh owner holding exactly fee.
func mPublish(t testing.TB, spec chain.TaskSpec) (*chain.Client, uint64) {
	t.Helper()
	owner := mAccount(t, spec.Fee)
	id, _, err := owner.Publish(testContext(t), spec)
	require.NoError(t, err)
	return owner, id
}

// mSpec is a task of 1000 MEMO for nodes (one slot each; one open slot if
// none), with a voting window long enough to draw and commit in and the
// default quorum of a committee of 3 (2).
func mSpec(t testing.TB, m common.Hash, nodes ...marketNode) chain.TaskSpec {
	t.Helper()
	spec := chain.TaskSpec{
		Measurement: m, DatasetHash: mhash(t), Fee: chain.Tokens(1000), Split: mSplit,
		Deadline: mHead(t) + 200, VotingWindow: 20, Quorum: 2, Replication: uint8(max(1, len(nodes))),
		ResultKeyHash: mhash(t),
	}
	for _, n := range nodes {
		spec.Enclaves = append(spec.Enclaves, n.enclave)
	}
	return spec
}

// userTree builds a payout tree over n fresh users that spends exactly pool.
func mUserTree(t testing.TB, n int, pool *big.Int) *chain.PayoutTree {
	t.Helper()
	payouts := make([]chain.Payout, n)
	rest := new(big.Int).Set(pool)
	for i := range payouts {
		amt := new(big.Int).Div(pool, big.NewInt(int64(n)))
		if i == n-1 {
			amt = rest
		}
		rest = new(big.Int).Sub(rest, amt)
		payouts[i] = chain.Payout{User: crypto.PubkeyToAddress(mKey(t).PublicKey), Amount: amt}
	}
	tree, err := chain.NewPayoutTree(payouts)
	require.NoError(t, err)
	return tree
}

func mClaimAll(t testing.TB, by *chain.Client, id uint64, tree *chain.PayoutTree) {
	t.Helper()
	for i := range tree.Len() {
		proof, err := tree.Proof(i)
		require.NoError(t, err)
		_, err = by.Claim(testContext(t), id, tree.Leaf(i), proof)
		require.NoError(t, err)
	}
}

func TestMarketDeployment(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	require.NotZero(t, mdev(t).Deployment().TaskMarket)
	p, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	require.Equal(t, testMarket.Params(), p)
	require.EqualValues(t, chain.MinCommittee, p.CommitteeSize, "committees of 3 on the dev chain too")
	tr, err := gov.Treasury(ctx)
	require.NoError(t, err)
	require.Equal(t, gov.Address(), tr)
	d, err := gov.MarketDomainSeparator(ctx)
	require.NoError(t, err)
	want := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte(chain.MarketDomainName)), crypto.Keccak256([]byte(chain.MarketDomainVersion)),
		common.LeftPadBytes(gov.ChainID().Bytes(), 32), common.LeftPadBytes(mdev(t).Deployment().TaskMarket.Bytes(), 32))
	require.Equal(t, want, d)
	require.Equal(t, chain.MarketConfig{}.Params().CommitteeSize, uint8(3), "committees of 3 by default")

	_, err = mAccount(t, nil).SetMarketParams(ctx, p)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	for name, mutate := range map[string]func(*chain.MarketParams){
		"slash shares over 100%": func(b *chain.MarketParams) { b.SlashOwnerBps, b.SlashVerifiersBps = 6000, 5000 },
		"committee of 2":         func(b *chain.MarketParams) { b.CommitteeSize = 2 },
		"committee of 8":         func(b *chain.MarketParams) { b.CommitteeSize = 8 },
		"quorum above committee": func(b *chain.MarketParams) { b.MinQuorum = 4 },
		"no reveal window":       func(b *chain.MarketParams) { b.RevealWindow = 0 },
		"owner cap over 100%":    func(b *chain.MarketParams) { b.OwnerCapBps = 10_001 },
	} {
		bad := p
		mutate(&bad)
		_, err = gov.SetMarketParams(ctx, bad)
		require.ErrorIs(t, err, chain.ErrBadMarketParams, name)
	}
}

// TestMarketPass runs a task to a passing verdict by its committee: the
// operator, every member and every user are paid exactly their shares, the
// stake locked for the slot and the seats is released, and nothing stays in
// the market.
func TestMarketPass(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	spec.PricePerRecord = chain.Tokens(1)
	owner, id := mPublish(t, spec)
	require.True(t, mBalance(t, owner.Address()).Sign() == 0, "the whole fee is escrowed")
	params := mParams(t)

	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskOpen, task.Status)
	require.Equal(t, owner.Address(), task.Owner)
	require.EqualValues(t, 1, task.Assigned)
	require.EqualValues(t, 3, task.Committee)
	require.NotZero(t, task.PublishBlock)
	slot, ok, err := owner.SlotOf(ctx, id, node.enclave)
	require.NoError(t, err)
	require.True(t, ok)
	require.Zero(t, slot)

	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(600), shares.Users)
	perMember := new(big.Int).Div(chain.Tokens(100), big.NewInt(3))
	require.Equal(t, perMember, shares.PerVote)
	require.Equal(t, new(big.Int).Sub(chain.Tokens(400), new(big.Int).Mul(perMember, big.NewInt(3))), shares.Node)

	tree := mUserTree(t, 5, shares.Users)
	node.submit(t, id, m, tree.Root())
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.ResultSubmitted, r.State)
	require.Equal(t, tree.Root(), r.PayoutRoot)
	require.Equal(t, node.op.Address(), r.Operator)
	require.True(t, r.Accepted, "a named slot's stake is locked at submission")
	require.False(t, r.Drawn)
	require.Equal(t, params.SlotLock().String(), mStake(t, node.op.Address()).Locked.String())

	_, err = mFunder.Draw(ctx, id, 0)
	require.ErrorIs(t, err, chain.ErrDrawTooEarly, "the seed must come from a block after the submission")
	cm := mDraw(t, id, 0)
	for _, mbr := range cm.Members {
		require.NotEqual(t, owner.Address(), mbr)
		require.NotEqual(t, node.op.Address(), mbr)
		require.True(t, mStake(t, mbr).Locked.Cmp(params.MemberLock()) >= 0, "a seat locks its penalty")
	}
	_, err = mFunder.Draw(ctx, id, 0)
	require.ErrorIs(t, err, chain.ErrCommitteeDrawn)

	// An outsider's commitment does not make it a member.
	outsider := mVerifier(t)
	ballot := []chain.Ballot{{TaskID: id, Index: 0, Pass: false}}
	salt := mhash(t)
	_, err = outsider.CommitVotes(ctx, 1, salt, ballot)
	require.NoError(t, err)

	mJudge(t, id, 0, mAll(true))
	vs, err := owner.VoteOf(ctx, cm.Members[1], id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.VotePass, vs)
	_, err = outsider.RevealVotes(ctx, 1, salt, ballot)
	require.ErrorIs(t, err, chain.ErrNotCommitteeMember)
	_, err = mClient(t, cm.Members[0]).RevealVotes(ctx, 99, salt, ballot)
	require.ErrorIs(t, err, chain.ErrCommitmentMismatch)

	// Every member revealed: the task settles before the reveal phase ends.
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Node, mEarnings(t, node.op.Address()), "the operator's pay is credited")
	unlock, slots, err := owner.PendingUnlock(ctx, node.op.Address())
	require.NoError(t, err)
	require.Equal(t, params.SlotLock().String(), unlock.String())
	require.EqualValues(t, 1, slots)
	opBefore := mBalance(t, node.op.Address())
	_, err = node.op.WithdrawEarnings(ctx)
	require.NoError(t, err)
	require.Equal(t, shares.Node, new(big.Int).Sub(mBalance(t, node.op.Address()), opBefore))
	require.Zero(t, mEarnings(t, node.op.Address()).Sign())
	require.Zero(t, mStake(t, node.op.Address()).Locked.Sign(), "withdrawing releases the settled slot's lock")
	_, err = node.op.WithdrawEarnings(ctx)
	require.ErrorIs(t, err, chain.ErrNoEarnings)
	require.Zero(t, mBalance(t, owner.Address()).Sign(), "1000 splits evenly: no refund")
	task, err = owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskSettled, task.Status)
	require.EqualValues(t, 1, task.Passed)
	require.NotZero(t, task.SettledBlock)

	locked := map[common.Address]*big.Int{}
	for _, mbr := range cm.Members {
		locked[mbr] = mStake(t, mbr).Locked
	}
	paid, slashed := mSettleMembers(t, id, 0, cm)
	for i, mbr := range cm.Members {
		require.Equal(t, shares.PerVote, paid[i], "member %d", i)
		require.Zero(t, slashed[i].Sign())
		require.Equal(t, new(big.Int).Sub(locked[mbr], params.MemberLock()).String(), mStake(t, mbr).Locked.String(), "settling releases the seat's lock")
	}
	_, err = mFunder.SettleVotes(ctx, cm.Members[0], []chain.ResultRef{{TaskID: id, Index: 0}})
	require.ErrorIs(t, err, chain.ErrVoteAlreadySettled)
	_, err = mFunder.SettleVotes(ctx, outsider.Address(), []chain.ResultRef{{TaskID: id, Index: 0}})
	require.ErrorIs(t, err, chain.ErrNotCommitteeMember)

	relayer := mAccount(t, nil)
	// Two leaves in one batch, the rest one by one.
	var leaves []chain.PayoutLeaf
	var proofs [][]common.Hash
	for i := range 2 {
		p, err := tree.Proof(i)
		require.NoError(t, err)
		leaves, proofs = append(leaves, tree.Leaf(i)), append(proofs, p)
	}
	_, err = relayer.ClaimBatch(ctx, id, append(leaves, leaves[0]), append(proofs, proofs[0]))
	require.ErrorIs(t, err, chain.ErrAlreadyClaimed, "a batch claiming a leaf twice fails as a whole")
	_, err = relayer.ClaimBatch(ctx, id, leaves, proofs[:1])
	require.ErrorIs(t, err, chain.ErrBatchLengthMismatch)
	_, err = relayer.ClaimBatch(ctx, id, leaves, proofs)
	require.NoError(t, err)
	for i := 2; i < tree.Len(); i++ {
		p, err := tree.Proof(i)
		require.NoError(t, err)
		_, err = relayer.Claim(ctx, id, tree.Leaf(i), p)
		require.NoError(t, err)
	}
	for i := range tree.Len() {
		l := tree.Leaf(i)
		require.Equal(t, l.Amount, mBalance(t, l.User))
		claimed, err := owner.IsClaimed(ctx, id, l.Index)
		require.NoError(t, err)
		require.True(t, claimed)
	}
	task, err = owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Users, task.UsersClaimed)
}

// TestMarketFailSlash runs a task to a failing verdict (two of three
// members vote fail): the owner gets the fee back plus half the slash (under
// its cap of half the share), the fail voters a fifth of it, the treasury
// the rest, and the member that voted pass loses its penalty.
func TestMarketFailSlash(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	m := mhash(t)
	node := newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, node))
	node.submit(t, id, m, mhash(t))
	cm := mDraw(t, id, 0)
	mJudge(t, id, 0, mSplitVote(cm, 2))

	params := mParams(t)
	before := mSnapshot(t, gov.Address(), mdev(t).Deployment().TaskMarket)
	_, err := owner.Finalize(ctx, id)
	require.NoError(t, err)
	slash := params.NodeSlash
	ownerPart := params.OwnerCompensation(slash, chain.Tokens(1000))
	require.Equal(t, mBps(slash, params.SlashOwnerBps), ownerPart, "the cap (half the share) does not bind here")
	perVote := new(big.Int).Div(mBps(slash, params.SlashVerifiersBps), big.NewInt(2))
	require.Equal(t, new(big.Int).Add(chain.Tokens(1000), ownerPart), mBalance(t, owner.Address()))
	require.Equal(t, new(big.Int).Sub(minTEE, slash), mStaked(t, node.op.Address()))
	require.Zero(t, mStake(t, node.op.Address()).Locked.Sign(), "the slash released the slot's lock")
	treasuryPart := new(big.Int).Sub(new(big.Int).Sub(slash, ownerPart), new(big.Int).Mul(perVote, big.NewInt(2)))
	require.Equal(t, treasuryPart, before.delta(t, gov.Address()))
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.ResultFailed, r.State)
	fr, err := owner.FailRewardOf(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, perVote, fr)

	before = mSnapshot(t, gov.Address())
	paid, slashed := mSettleMembers(t, id, 0, cm)
	require.Equal(t, perVote, paid[0])
	require.Equal(t, perVote, paid[1])
	require.Zero(t, paid[2].Sign())
	require.Zero(t, slashed[0].Sign())
	require.Equal(t, params.VerifierPenalty, slashed[2], "the member against the verdict pays its penalty")
	require.Equal(t, params.VerifierPenalty, before.delta(t, gov.Address()))

	_, err = owner.Claim(ctx, id, chain.PayoutLeaf{User: owner.Address(), Amount: big.NewInt(1)}, nil)
	require.ErrorIs(t, err, chain.ErrNothingToClaim)
}

func mBps(v *big.Int, b uint16) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(int64(b))), big.NewInt(chain.BasisPoints))
}

// TestMarketTimeout: replication 3, one node delivers and passes, one
// accepted and never delivers, one was named without asking and never
// accepts. Settle refuses until the deadline has passed (results may still
// come), then anyone times the task out with it: the missing slots
// are refunded, only the one whose stake was locked is slashed, the
// delivered one paid.
func TestMarketTimeout(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	m := mhash(t)
	good, lazy, unwilling := newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, m)
	spec := mSpec(t, m, good, lazy, unwilling)
	spec.Deadline = mHead(t) + 40
	owner, id := mPublish(t, spec)
	_, err := unwilling.op.Accept(ctx, id, lazy.enclave)
	require.ErrorIs(t, err, chain.ErrCallerNotOperator)
	_, err = lazy.op.Accept(ctx, id, lazy.enclave)
	require.NoError(t, err)
	_, err = lazy.op.Accept(ctx, id, lazy.enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveAlreadyAssigned)
	r, err := owner.Result(ctx, id, 1)
	require.NoError(t, err)
	require.True(t, r.Accepted)
	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	tree := mUserTree(t, 2, shares.Users)
	good.submit(t, id, m, tree.Root())
	mJudge(t, id, 0, mAll(true))

	_, err = owner.Timeout(ctx, id)
	require.ErrorIs(t, err, chain.ErrDeadlineNotPassed)
	_, err = owner.Finalize(ctx, id)
	require.ErrorIs(t, err, chain.ErrResultsMissing)
	_, st, err := owner.Settle(ctx, id)
	require.ErrorIs(t, err, chain.ErrNotSettleable, "results may still come")
	require.Equal(t, chain.Settlement{Missing: 2, Due: spec.Deadline + 1}, st)
	mMineTo(t, spec.Deadline+1)
	c, sig := lazy.claimFor(t, id, m, mhash(t), 10)
	_, err = lazy.op.SubmitResult(ctx, lazy.enclave, c, sig)
	require.ErrorIs(t, err, chain.ErrDeadlinePassed)

	params := mParams(t)
	before := mSnapshot(t, good.op.Address(), owner.Address(), gov.Address())
	_, st, err = mAccount(t, nil).Settle(ctx, id) // anyone; by timeout, as two results are missing
	require.NoError(t, err)
	require.Equal(t, chain.Settlement{Ready: true, Missing: 2}, st)
	require.Equal(t, shares.Node, mEarnings(t, good.op.Address()))
	ownerPart := params.OwnerCompensation(params.TimeoutSlash, shares.Share)
	require.Equal(t, new(big.Int).Add(new(big.Int).Sub(spec.Fee, shares.Share), ownerPart), before.delta(t, owner.Address()),
		"all but the paid share refunded (with the division's remainder), the capped part of the timeout slash as compensation")
	require.Equal(t, minTEE, mStaked(t, unwilling.op.Address()), "a named enclave that never accepted is not slashed")
	require.Equal(t, new(big.Int).Sub(params.TimeoutSlash, ownerPart), before.delta(t, gov.Address()))
	require.Equal(t, new(big.Int).Sub(minTEE, params.TimeoutSlash), mStaked(t, lazy.op.Address()))
	require.Zero(t, mStake(t, lazy.op.Address()).Locked.Sign())
	for i := uint8(1); i <= 2; i++ {
		r, err := owner.Result(ctx, id, i)
		require.NoError(t, err)
		require.Equal(t, chain.ResultMissing, r.State)
	}

	mClaimAll(t, owner, id, tree)
	_, err = owner.Timeout(ctx, id)
	require.ErrorIs(t, err, chain.ErrTaskSettled)
}

// TestMarketReplicationHonestAndFailing: replication 2, both nodes deliver,
// the committees pass one and fail the other. The honest node is paid as if
// alone, the failing one is slashed, the owner gets the failing half back
// with compensation, and users are paid per the passing result's tree.
func TestMarketReplicationHonestAndFailing(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	honest, bad := newMarketNode(t, m), newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, honest, bad))
	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(500), shares.Share)
	tree := mUserTree(t, 3, shares.Users)
	honest.submit(t, id, m, tree.Root())
	bad.submit(t, id, m, mUserTree(t, 1, shares.Users).Root()) // pays someone else

	// A member on both committees commits and reveals both votes at once.
	refs := []chain.ResultRef{{TaskID: id, Index: 0}, {TaskID: id, Index: 1}}
	cms := mJudgeEach(t, refs, []mVoter{mAll(true), mAll(false)})
	params := mParams(t)
	before := mSnapshot(t, honest.op.Address(), bad.op.Address(), owner.Address())
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Node, mEarnings(t, honest.op.Address()))
	require.Zero(t, before.delta(t, bad.op.Address()).Sign())
	require.Zero(t, mEarnings(t, bad.op.Address()).Sign())
	require.Equal(t, new(big.Int).Sub(minTEE, params.NodeSlash), mStaked(t, bad.op.Address()))
	require.Equal(t, minTEE, mStaked(t, honest.op.Address()))
	require.Equal(t, new(big.Int).Add(shares.Share, params.OwnerCompensation(params.NodeSlash, shares.Share)), before.delta(t, owner.Address()))
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.EqualValues(t, 1, task.Passed)
	require.EqualValues(t, 0, task.PayoutSlot)

	failReward, err := owner.FailRewardOf(ctx, id, 1)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Div(mBps(params.NodeSlash, params.SlashVerifiersBps), big.NewInt(3)), failReward)
	paid, _ := mSettleMembers(t, id, 0, cms[0])
	for _, p := range paid {
		require.Equal(t, shares.PerVote, p)
	}
	paid, _ = mSettleMembers(t, id, 1, cms[1])
	for _, p := range paid {
		require.Equal(t, failReward, p)
	}
	mClaimAll(t, mAccount(t, nil), id, tree)
}

// TestMarketAccept fills a task's slot by accept instead of by name.
func TestMarketAccept(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	a, b, other := newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, mhash(t))
	spec := mSpec(t, m)
	owner, id := mPublish(t, spec)

	_, err := b.op.Accept(ctx, id, a.enclave)
	require.ErrorIs(t, err, chain.ErrCallerNotOperator)
	_, err = other.op.Accept(ctx, id, other.enclave)
	require.ErrorIs(t, err, chain.ErrMeasurementMismatch)
	_, err = a.op.Accept(ctx, id, mRandomAddr(t))
	require.ErrorIs(t, err, chain.ErrUnregisteredEnclave)
	c, sig := a.claimFor(t, id, m, mhash(t), 1)
	_, err = a.op.SubmitResult(ctx, a.enclave, c, sig)
	require.ErrorIs(t, err, chain.ErrEnclaveNotAssigned, "not yet accepted")

	_, err = a.op.Accept(ctx, id, a.enclave)
	require.NoError(t, err)
	require.Equal(t, mParams(t).SlotLock().String(), mStake(t, a.op.Address()).Locked.String())
	_, err = b.op.Accept(ctx, id, b.enclave)
	require.ErrorIs(t, err, chain.ErrNoOpenSlot)
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.EqualValues(t, 1, task.Assigned)

	_, err = a.op.SubmitResult(ctx, a.enclave, c, sig)
	require.NoError(t, err)
	require.Equal(t, mParams(t).SlotLock().String(), mStake(t, a.op.Address()).Locked.String(), "an accepted slot locks once")
	mJudge(t, id, 0, mAll(true))
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
}

func mEarnings(t testing.TB, operator common.Address) *big.Int {
	t.Helper()
	e, err := mdev(t).Governance().Earnings(testContext(t), operator)
	require.NoError(t, err)
	return e
}
