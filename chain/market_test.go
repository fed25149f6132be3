package chain_test

import (
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// The market tests run sequentially (no t.Parallel) on the shared devnet:
// they count blocks to deadlines and voting windows, which blocks mined by
// parallel tests would shift.

var (
	mFunderOnce sync.Once
	mFunder     *chain.Client
)

// mAccount returns a client for a fresh account holding 1 ETH and memo MEMO,
// funded by dev account 2 one transaction at a time.
func mAccount(t testing.TB, memo *big.Int) *chain.Client {
	t.Helper()
	mFunderOnce.Do(func() { mFunder = dev.Governance().As(devnet.Key(2)) })
	ctx := testContext(t)
	c := dev.Governance().As(mKey(t))
	_, err := mFunder.SendETH(ctx, c.Address(), oneETH)
	require.NoError(t, err)
	if memo != nil && memo.Sign() > 0 {
		_, err = mFunder.TransferMEMO(ctx, c.Address(), memo)
		require.NoError(t, err)
	}
	return c
}

func mhash(t testing.TB) common.Hash {
	var h common.Hash
	_, err := rand.Read(h[:])
	require.NoError(t, err)
	return h
}

// marketNode is a staked TEE-node operator with one active enclave whose key
// the test holds.
type marketNode struct {
	op      *chain.Client
	enclave common.Address
	key     *ecdsa.PrivateKey
}

var (
	mApproversOnce sync.Once
	mApproverList  []*chain.Client
)

// registryApprovers returns as many staked verifiers as the registry quorum.
func mApprovers(t testing.TB) []*chain.Client {
	t.Helper()
	mApproversOnce.Do(func() {
		ctx := testContext(t)
		q, err := dev.Governance().Quorum(ctx)
		require.NoError(t, err)
		for range q {
			mApproverList = append(mApproverList, mVerifier(t))
		}
	})
	require.NotEmpty(t, mApproverList)
	return mApproverList
}

func mVerifier(t testing.TB) *chain.Client {
	t.Helper()
	v := mAccount(t, minVerifier)
	_, err := v.Stake(testContext(t), chain.RoleVerifier, minVerifier)
	require.NoError(t, err)
	return v
}

// newMarketNode stakes a fresh operator and registers and activates an
// enclave with measurement m (which it allows first).
func newMarketNode(t testing.TB, m common.Hash) marketNode {
	t.Helper()
	ctx := testContext(t)
	_, err := dev.Governance().SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	op := mAccount(t, minTEE)
	_, err = op.Stake(ctx, chain.RoleTEENode, minTEE)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	enclave := crypto.PubkeyToAddress(key.PublicKey)
	_, err = op.RegisterEnclave(ctx, registration(t, op, key, m))
	require.NoError(t, err)
	for _, v := range mApprovers(t) {
		_, err := v.ApproveEnclave(ctx, enclave)
		require.NoError(t, err)
	}
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
	c := chain.ResultClaim{
		TaskID: id, OutputHash: mhash(t), LineageRoot: mhash(t), PayoutRoot: root,
		TotalRecords: records, EpsilonSpent: 1_500_000, Measurement: m,
	}
	sig, err := chain.SignResultClaim(n.key, dev.Governance().ChainID(), dev.Deployment().TaskMarket, c)
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
	n, err := dev.Governance().BlockNumber(testContext(t))
	require.NoError(t, err)
	return n
}

func mBalance(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	b, err := dev.Governance().MEMOBalance(testContext(t), who)
	require.NoError(t, err)
	return b
}

func mStaked(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	s, err := dev.Governance().StakeOf(testContext(t), who)
	require.NoError(t, err)
	return s.Staked
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

func mSpec(t testing.TB, m common.Hash, nodes ...marketNode) chain.TaskSpec {
	t.Helper()
	spec := chain.TaskSpec{
		Measurement: m, DatasetHash: mhash(t), Fee: chain.Tokens(1000), Split: mSplit,
		Deadline: mHead(t) + 200, VotingWindow: 200, Quorum: 2, Replication: uint8(max(1, len(nodes))),
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

func mKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
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
	gov := dev.Governance()
	require.NotZero(t, dev.Deployment().TaskMarket)
	p, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	require.Equal(t, testMarket.Params(), p)
	tr, err := gov.Treasury(ctx)
	require.NoError(t, err)
	require.Equal(t, gov.Address(), tr)
	d, err := gov.MarketDomainSeparator(ctx)
	require.NoError(t, err)
	want := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte(chain.MarketDomainName)), crypto.Keccak256([]byte(chain.MarketDomainVersion)),
		common.LeftPadBytes(gov.ChainID().Bytes(), 32), common.LeftPadBytes(dev.Deployment().TaskMarket.Bytes(), 32))
	require.Equal(t, want, d)

	_, err = mAccount(t, nil).SetMarketParams(ctx, p)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	bad := p
	bad.SlashOwnerBps, bad.SlashVerifiersBps = 6000, 5000
	_, err = gov.SetMarketParams(ctx, bad)
	require.ErrorIs(t, err, chain.ErrBadMarketParams)
}

// TestMarketPass runs a task to a passing verdict: the operator, both pass
// voters and every user are paid exactly their shares, and nothing stays
// in the market.
func TestMarketPass(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	node := newMarketNode(t, m)
	spec := mSpec(t, m, node)
	spec.PricePerRecord = chain.Tokens(1)
	owner, id := mPublish(t, spec)
	require.True(t, mBalance(t, owner.Address()).Sign() == 0, "the whole fee is escrowed")

	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskOpen, task.Status)
	require.Equal(t, owner.Address(), task.Owner)
	require.EqualValues(t, 1, task.Assigned)
	slot, ok, err := owner.SlotOf(ctx, id, node.enclave)
	require.NoError(t, err)
	require.True(t, ok)
	require.Zero(t, slot)

	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(600), shares.Users)
	require.Equal(t, chain.Tokens(50), shares.PerVote)
	require.Equal(t, chain.Tokens(300), shares.Node)

	tree := mUserTree(t, 5, shares.Users)
	node.submit(t, id, m, tree.Root())
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.ResultSubmitted, r.State)
	require.Equal(t, tree.Root(), r.PayoutRoot)
	require.Equal(t, node.op.Address(), r.Operator)

	v1, v2 := mVerifier(t), mVerifier(t)
	_, err = v1.Vote(ctx, id, 0, true)
	require.NoError(t, err)
	_, err = v2.VoteBatch(ctx, []chain.Ballot{{TaskID: id, Index: 0, Pass: true}})
	require.NoError(t, err)
	vs, err := owner.VoteOf(ctx, v2.Address(), id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.VotePass, vs)
	_, err = mVerifier(t).Vote(ctx, id, 0, false)
	require.ErrorIs(t, err, chain.ErrResultDecided)

	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Node, mEarnings(t, node.op.Address()), "the operator's pay is credited")
	opBefore := mBalance(t, node.op.Address())
	_, err = node.op.WithdrawEarnings(ctx)
	require.NoError(t, err)
	require.Equal(t, shares.Node, new(big.Int).Sub(mBalance(t, node.op.Address()), opBefore))
	require.Zero(t, mEarnings(t, node.op.Address()).Sign())
	_, err = node.op.WithdrawEarnings(ctx)
	require.ErrorIs(t, err, chain.ErrNoEarnings)
	require.Zero(t, mBalance(t, owner.Address()).Sign(), "1000 splits evenly: no refund")
	task, err = owner.Task(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.TaskSettled, task.Status)
	require.EqualValues(t, 1, task.Passed)

	before := mSnapshot(t, v1.Address(), v2.Address())
	_, err = owner.SettleVotes(ctx, v1.Address(), []chain.ResultRef{{TaskID: id, Index: 0}})
	require.NoError(t, err)
	_, err = v2.SettleVotes(ctx, v2.Address(), []chain.ResultRef{{TaskID: id, Index: 0}})
	require.NoError(t, err)
	require.Equal(t, shares.PerVote, before.delta(t, v1.Address()))
	require.Equal(t, shares.PerVote, before.delta(t, v2.Address()))
	_, err = v2.SettleVotes(ctx, v2.Address(), []chain.ResultRef{{TaskID: id, Index: 0}})
	require.ErrorIs(t, err, chain.ErrVoteAlreadySettled)

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

// TestMarketFailSlash runs a task to a failing verdict: the owner gets the
// fee back plus half the slash, the fail voters a fifth of it, the treasury
// the rest, and the verifier that voted pass loses its penalty.
func TestMarketFailSlash(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	m := mhash(t)
	node := newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, node))
	node.submit(t, id, m, mhash(t))
	vPass, vFail1, vFail2 := mVerifier(t), mVerifier(t), mVerifier(t)
	_, err := vPass.Vote(ctx, id, 0, true)
	require.NoError(t, err)
	_, err = vFail1.Vote(ctx, id, 0, false)
	require.NoError(t, err)
	_, err = vFail2.Vote(ctx, id, 0, false)
	require.NoError(t, err)

	params, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	before := mSnapshot(t, gov.Address(), dev.Deployment().TaskMarket)
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	slash := params.NodeSlash
	ownerPart := mBps(slash, params.SlashOwnerBps)
	perVote := new(big.Int).Div(mBps(slash, params.SlashVerifiersBps), big.NewInt(2))
	require.Equal(t, new(big.Int).Add(chain.Tokens(1000), ownerPart), mBalance(t, owner.Address()))
	require.Equal(t, new(big.Int).Sub(minTEE, slash), mStaked(t, node.op.Address()))
	treasuryPart := new(big.Int).Sub(new(big.Int).Sub(slash, ownerPart), new(big.Int).Mul(perVote, big.NewInt(2)))
	require.Equal(t, treasuryPart, before.delta(t, gov.Address()))
	r, err := owner.Result(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.ResultFailed, r.State)
	fr, err := owner.FailRewardOf(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, perVote, fr)

	before = mSnapshot(t, vFail1.Address(), vFail2.Address(), vPass.Address(), gov.Address())
	_, err = owner.SettleVotes(ctx, vFail1.Address(), []chain.ResultRef{{TaskID: id}})
	require.NoError(t, err)
	_, err = owner.SettleVotes(ctx, vFail2.Address(), []chain.ResultRef{{TaskID: id}})
	require.NoError(t, err)
	require.Equal(t, perVote, before.delta(t, vFail1.Address()))
	require.Equal(t, perVote, before.delta(t, vFail2.Address()))
	_, err = owner.SettleVotes(ctx, vPass.Address(), []chain.ResultRef{{TaskID: id}})
	require.NoError(t, err)
	require.Zero(t, before.delta(t, vPass.Address()).Sign())
	require.Equal(t, new(big.Int).Sub(minVerifier, params.VerifierPenalty), mStaked(t, vPass.Address()))
	require.Equal(t, params.VerifierPenalty, before.delta(t, gov.Address()))

	_, err = owner.Claim(ctx, id, chain.PayoutLeaf{User: owner.Address(), Amount: big.NewInt(1)}, nil)
	require.ErrorIs(t, err, chain.ErrNothingToClaim)
}

func mBps(v *big.Int, b uint16) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(int64(b))), big.NewInt(chain.BasisPoints))
}

// TestMarketTimeout: replication 2, one node delivers and passes, the other
// never delivers. After the deadline anyone times the task out: the
// missing slot is refunded and its operator slashed, the delivered one paid.
func TestMarketTimeout(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	m := mhash(t)
	good, lazy, unwilling := newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, m)
	spec := mSpec(t, m, good, lazy, unwilling)
	spec.Deadline = mHead(t) + 40
	spec.Quorum = 1
	owner, id := mPublish(t, spec)
	// lazy commits to its slot and never delivers; unwilling was named
	// without asking and never accepts, so it cannot be made to pay.
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
	_, err = mVerifier(t).Vote(ctx, id, 0, true)
	require.NoError(t, err)

	_, err = owner.Timeout(ctx, id)
	require.ErrorIs(t, err, chain.ErrDeadlineNotPassed)
	_, err = owner.Finalize(ctx, id)
	require.ErrorIs(t, err, chain.ErrResultsMissing)
	for mHead(t) <= spec.Deadline {
		dev.Mine(1)
	}
	c, sig := lazy.claimFor(t, id, m, mhash(t), 10)
	_, err = lazy.op.SubmitResult(ctx, lazy.enclave, c, sig)
	require.ErrorIs(t, err, chain.ErrDeadlinePassed)

	params, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	before := mSnapshot(t, good.op.Address(), owner.Address(), gov.Address())
	_, err = mAccount(t, nil).Timeout(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Node, mEarnings(t, good.op.Address()))
	ownerPart := mBps(params.TimeoutSlash, params.SlashOwnerBps)
	require.Equal(t, new(big.Int).Add(new(big.Int).Sub(spec.Fee, shares.Share), ownerPart), before.delta(t, owner.Address()),
		"all but the passing share refunded (with the division's remainder), half the timeout slash as compensation")
	require.Equal(t, minTEE, mStaked(t, unwilling.op.Address()), "a named enclave that never accepted is not slashed")
	require.Equal(t, new(big.Int).Sub(params.TimeoutSlash, ownerPart), before.delta(t, gov.Address()))
	require.Equal(t, new(big.Int).Sub(minTEE, params.TimeoutSlash), mStaked(t, lazy.op.Address()))
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
// the verifiers pass one and fail the other. The honest node is paid as if
// alone, the failing one is slashed, the owner gets the failing half back
// with compensation, and users are paid per the passing result's tree.
func TestMarketReplicationHonestAndFailing(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	m := mhash(t)
	honest, bad := newMarketNode(t, m), newMarketNode(t, m)
	owner, id := mPublish(t, mSpec(t, m, honest, bad))
	shares, err := owner.Shares(ctx, id)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(500), shares.Share)
	tree := mUserTree(t, 3, shares.Users)
	honest.submit(t, id, m, tree.Root())
	bad.submit(t, id, m, mUserTree(t, 1, shares.Users).Root()) // pays someone else

	vs := []*chain.Client{mVerifier(t), mVerifier(t)}
	for _, v := range vs {
		_, err := v.VoteBatch(ctx, []chain.Ballot{{TaskID: id, Index: 0, Pass: true}, {TaskID: id, Index: 1, Pass: false}})
		require.NoError(t, err)
	}
	params, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	before := mSnapshot(t, honest.op.Address(), bad.op.Address(), owner.Address())
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
	require.Equal(t, shares.Node, mEarnings(t, honest.op.Address()))
	require.Zero(t, before.delta(t, bad.op.Address()).Sign())
	require.Zero(t, mEarnings(t, bad.op.Address()).Sign())
	require.Equal(t, new(big.Int).Sub(minTEE, params.NodeSlash), mStaked(t, bad.op.Address()))
	require.Equal(t, minTEE, mStaked(t, honest.op.Address()))
	require.Equal(t, new(big.Int).Add(shares.Share, mBps(params.NodeSlash, params.SlashOwnerBps)), before.delta(t, owner.Address()))
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.EqualValues(t, 1, task.Passed)
	require.EqualValues(t, 0, task.PayoutSlot)

	refs := []chain.ResultRef{{TaskID: id, Index: 0}, {TaskID: id, Index: 1}}
	failReward, err := owner.FailRewardOf(ctx, id, 1)
	require.NoError(t, err)
	for _, v := range vs {
		b := mSnapshot(t, v.Address())
		_, err := v.SettleVotes(ctx, v.Address(), refs)
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Add(shares.PerVote, failReward), b.delta(t, v.Address()))
	}
	mClaimAll(t, mAccount(t, nil), id, tree)
}

// TestMarketAccept fills a task's slot by accept instead of by name.
func TestMarketAccept(t *testing.T) {
	ctx := testContext(t)
	m := mhash(t)
	a, b, other := newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, mhash(t))
	spec := mSpec(t, m)
	spec.Quorum = 1
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
	_, err = b.op.Accept(ctx, id, b.enclave)
	require.ErrorIs(t, err, chain.ErrNoOpenSlot)
	task, err := owner.Task(ctx, id)
	require.NoError(t, err)
	require.EqualValues(t, 1, task.Assigned)

	_, err = a.op.SubmitResult(ctx, a.enclave, c, sig)
	require.NoError(t, err)
	_, err = mVerifier(t).Vote(ctx, id, 0, true)
	require.NoError(t, err)
	_, err = owner.Finalize(ctx, id)
	require.NoError(t, err)
}

func mRandomAddr(t testing.TB) common.Address {
	return crypto.PubkeyToAddress(mKey(t).PublicKey)
}

func mAddrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func mEarnings(t testing.TB, operator common.Address) *big.Int {
	t.Helper()
	e, err := dev.Governance().Earnings(testContext(t), operator)
	require.NoError(t, err)
	return e
}
