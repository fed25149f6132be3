package chain_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// TestReexecutionSelection: the committee draw selects a result for
// re-execution with the market's sampling rate, always for a task that asks
// for it, and never before the draw; the rate is governance's alone.
func TestReexecutionSelection(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	was, err := gov.ReexecBps(ctx)
	require.NoError(t, err)
	require.Equal(t, uint16(chain.DefaultReexecBps), was, "deployments start sampling one result in ten")
	t.Cleanup(func() { _, _ = gov.SetReexecBps(testContext(t), was) })

	m := mhash(t)
	node := newMarketNode(t, m)
	node.topUp(t, chain.Tokens(1500)) // three open slots
	selected := func(bps uint16, always bool) bool {
		t.Helper()
		_, err := gov.SetReexecBps(ctx, bps)
		require.NoError(t, err)
		spec := mSpec(t, m, node)
		spec.Reexecute = always
		_, id := mPublish(t, spec)
		task, err := gov.Task(ctx, id)
		require.NoError(t, err)
		require.Equal(t, always, task.Reexecute)
		node.submit(t, id, m, mhash(t))
		r, err := gov.Result(ctx, id, 0)
		require.NoError(t, err)
		require.False(t, r.Reexecute, "nothing is selected before the draw")
		mDraw(t, id, 0)
		r, err = gov.Result(ctx, id, 0)
		require.NoError(t, err)
		return r.Reexecute
	}
	require.True(t, selected(10_000, false), "a rate of 100% selects every result")
	require.False(t, selected(0, false), "a rate of 0 selects none")
	require.True(t, selected(0, true), "a task that asks for re-execution always gets it")

	_, err = node.op.SetReexecBps(ctx, 10_000)
	require.Error(t, err, "only governance sets the rate")
	_, err = gov.SetReexecBps(ctx, 10_001)
	require.Error(t, err, "a rate above 100% is refused")
}

// reexecReport signs a ReexecutionReport with key for task id, slot index.
func reexecReport(t testing.TB, key *ecdsa.PrivateKey, id uint64, index uint8, out common.Hash) (chain.ReexecutionReport, []byte) {
	t.Helper()
	r := chain.ReexecutionReport{TaskID: id, Index: index, OutputHash: out}
	gov := mdev(t).Governance()
	sig, err := chain.SignReexecutionReport(key, gov.ChainID(), gov.Deployment().TaskMarket, r)
	require.NoError(t, err)
	return r, sig
}

// TestReexecutionReportAttacks: a re-execution report is taken only from
// an active enclave with the task's measurement, of another operator than
// the result's and the task owner, signed by its key, for a result the
// draw selected, while its committee still commits, and once.
func TestReexecutionReportAttacks(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	was, err := gov.ReexecBps(ctx)
	require.NoError(t, err)
	_, err = gov.SetReexecBps(ctx, 0) // only tasks that ask for it are selected
	require.NoError(t, err)
	t.Cleanup(func() { _, _ = gov.SetReexecBps(testContext(t), was) })

	m := mhash(t)
	node, re, ownerNode, second := newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, m), newMarketNode(t, m)
	node.topUp(t, chain.Tokens(1000))
	// A second enclave of the result's operator.
	sameKey := mKey(t)
	_, err = node.op.RegisterEnclave(ctx, registration(t, node.op, sameKey, m))
	require.NoError(t, err)
	approveByCommittee(t, mdev(t), mAddrOf(sameKey), func(a common.Address) *chain.Client { return mClient(t, a) })
	// A registered enclave nobody approved yet.
	pendingOp := mAccount(t, minTEE)
	_, err = pendingOp.Stake(ctx, chain.RoleTEENode, minTEE)
	require.NoError(t, err)
	pendingKey := mKey(t)
	_, err = pendingOp.RegisterEnclave(ctx, registration(t, pendingOp, pendingKey, m))
	require.NoError(t, err)
	// An active enclave of another measurement.
	other := newMarketNode(t, mhash(t))
	stranger := mKey(t)

	// The task owner runs an enclave too.
	spec := mSpec(t, m, node)
	spec.Reexecute = true
	_, err = mFunder.TransferMEMO(ctx, ownerNode.op.Address(), spec.Fee)
	require.NoError(t, err)
	id, _, err := ownerNode.op.Publish(ctx, spec)
	require.NoError(t, err)
	node.submit(t, id, m, mhash(t))
	relay := mAccount(t, nil)
	out := mhash(t)
	report := func(key *ecdsa.PrivateKey, enclave common.Address, id uint64) error {
		r, sig := reexecReport(t, key, id, 0, out)
		_, err := relay.ReportReexecution(ctx, enclave, r, sig)
		return err
	}
	require.ErrorIs(t, report(re.key, re.enclave, id), chain.ErrNotSelectedForReexecution, "before the draw nothing is selected")
	mDraw(t, id, 0)

	for _, tc := range []struct {
		name    string
		key     *ecdsa.PrivateKey
		enclave common.Address
		want    error
	}{
		{"enclave of the result's operator", sameKey, mAddrOf(sameKey), chain.ErrReexecutorNotIndependent},
		{"enclave of the task owner", ownerNode.key, ownerNode.enclave, chain.ErrReexecutorNotIndependent},
		{"the result's own enclave", node.key, node.enclave, chain.ErrReexecutorNotIndependent},
		{"unregistered enclave", stranger, mAddrOf(stranger), chain.ErrUnregisteredEnclave},
		{"enclave not approved", pendingKey, mAddrOf(pendingKey), chain.ErrEnclaveInactive},
		{"enclave of another measurement", other.key, other.enclave, chain.ErrMeasurementMismatch},
		{"signed by another key", stranger, re.enclave, chain.ErrInvalidReexecutionSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, report(tc.key, tc.enclave, id), tc.want)
		})
	}
	t.Run("signature of another output", func(t *testing.T) {
		r, sig := reexecReport(t, re.key, id, 0, mhash(t))
		r.OutputHash = out
		_, err := relay.ReportReexecution(ctx, re.enclave, r, sig)
		require.ErrorIs(t, err, chain.ErrInvalidReexecutionSignature)
	})
	t.Run("signature replayed on another task", func(t *testing.T) {
		r, sig := reexecReport(t, re.key, id+1000, 0, out)
		r.TaskID = id
		_, err := relay.ReportReexecution(ctx, re.enclave, r, sig)
		require.ErrorIs(t, err, chain.ErrInvalidReexecutionSignature)
	})
	none, err := gov.Reexecution(ctx, id, 0)
	require.NoError(t, err)
	require.False(t, none.Reported, "no refused report is recorded")

	require.NoError(t, report(re.key, re.enclave, id))
	got, err := gov.Reexecution(ctx, id, 0)
	require.NoError(t, err)
	require.Equal(t, chain.Reexecution{Reported: true, Enclave: re.enclave, Operator: re.op.Address(), OutputHash: out, Block: got.Block}, got)
	require.NotZero(t, got.Block)
	require.ErrorIs(t, report(second.key, second.enclave, id), chain.ErrReexecutionAlreadyReported, "the first report counts")

	// A task that did not ask for re-execution, at a rate of 0: not selected.
	spec = mSpec(t, m, node)
	_, plain := mPublish(t, spec)
	node.submit(t, plain, m, mhash(t))
	mDraw(t, plain, 0)
	require.ErrorIs(t, report(re.key, re.enclave, plain), chain.ErrNotSelectedForReexecution)

	// A selected result whose commit phase is over.
	spec.Reexecute = true
	_, late := mPublish(t, spec)
	node.submit(t, late, m, mhash(t))
	mDraw(t, late, 0)
	r, err := gov.Result(ctx, late, 0)
	require.NoError(t, err)
	mMineTo(t, r.VotingEnds+1)
	require.ErrorIs(t, report(re.key, re.enclave, late), chain.ErrVotingClosed)
}

// TestReexecutorPaid: a reported re-execution that meets a verdict earns
// its enclave's operator one of committee + 1 equal parts of the result's
// verifier share, as each rewarded member does: on a pass out of the
// verifier share, on a fail out of the owner's refund. The operator
// withdraws it (no stake was locked for it). A selected result nobody
// reported on pays as before.
func TestReexecutorPaid(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	m := mhash(t)
	node, re := newMarketNode(t, m), newMarketNode(t, m)
	node.topUp(t, chain.Tokens(1000))
	params := mParams(t)

	run := func(report, pass bool) (owner *chain.Client, id uint64, cm chain.Committee) {
		spec := mSpec(t, m, node)
		spec.Reexecute = true
		owner, id = mPublish(t, spec)
		node.submit(t, id, m, mhash(t))
		cm = mDraw(t, id, 0)
		if report {
			r, sig := reexecReport(t, re.key, id, 0, mhash(t))
			_, err := re.op.ReportReexecution(ctx, re.enclave, r, sig)
			require.NoError(t, err)
		}
		if pass {
			mJudge(t, id, 0, mAll(true))
		} else {
			mJudge(t, id, 0, mSplitVote(cm, 2))
		}
		_, err := owner.Finalize(ctx, id)
		require.NoError(t, err)
		return owner, id, cm
	}
	shares := func(id uint64) chain.Shares {
		s, err := gov.Shares(ctx, id)
		require.NoError(t, err)
		return s
	}

	t.Run("pass", func(t *testing.T) {
		_, id, cm := run(true, true)
		s := shares(id)
		verifiers := mBps(s.Share, mSplit.VerifiersBps)
		require.Equal(t, new(big.Int).Div(verifiers, big.NewInt(4)), s.ReexecPerVote, "3 members + the re-executor")
		require.Equal(t, s.ReexecPerVote, mEarnings(t, re.op.Address()))
		require.Equal(t, s.ReexecNode, mEarnings(t, node.op.Address()))
		paid, _ := mSettleMembers(t, id, 0, cm)
		for i := range paid {
			require.Equal(t, s.ReexecPerVote, paid[i], "member %d", i)
		}
		before := mBalance(t, re.op.Address())
		locked := mStake(t, re.op.Address()).Locked
		_, err := re.op.WithdrawEarnings(ctx)
		require.NoError(t, err, "earnings without a slot to unlock are withdrawn")
		require.Equal(t, s.ReexecPerVote, new(big.Int).Sub(mBalance(t, re.op.Address()), before))
		require.Equal(t, locked, mStake(t, re.op.Address()).Locked, "nothing of its stake was locked or unlocked")
		_, err = node.op.WithdrawEarnings(ctx)
		require.NoError(t, err)
	})
	t.Run("fail", func(t *testing.T) {
		owner, id, cm := run(true, false)
		s := shares(id)
		require.Equal(t, s.ReexecPerVote, mEarnings(t, re.op.Address()))
		compensation := params.OwnerCompensation(params.NodeSlash, s.Share)
		refund := new(big.Int).Sub(s.Share, s.ReexecPerVote)
		require.Equal(t, new(big.Int).Add(refund, compensation), mBalance(t, owner.Address()),
			"the owner gets the share back but for the re-executor's part")
		fr, err := gov.FailRewardOf(ctx, id, 0)
		require.NoError(t, err)
		paid, _ := mSettleMembers(t, id, 0, cm)
		require.Equal(t, fr, paid[0], "fail voters are paid from the slash as before")
		_, err = re.op.WithdrawEarnings(ctx)
		require.NoError(t, err)
		require.Zero(t, mEarnings(t, re.op.Address()).Sign())
	})
	t.Run("selected, not reported", func(t *testing.T) {
		_, id, cm := run(false, true)
		s := shares(id)
		require.Zero(t, mEarnings(t, re.op.Address()).Sign())
		require.Equal(t, s.Node, mEarnings(t, node.op.Address()))
		paid, _ := mSettleMembers(t, id, 0, cm)
		require.Equal(t, s.PerVote, paid[0])
		_, err := node.op.WithdrawEarnings(ctx)
		require.NoError(t, err)
	})
}

// TestReexecutionReportDigest: the type string is the contract's type hash,
// the digest is keccak256(0x1901 ‖ market domain ‖ structHash) and survives
// a wallet's JSON round trip, and the signer recovers.
func TestReexecutionReportDigest(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	market := gov.Deployment().TaskMarket
	out, err := mdev(t).Backend().CallContract(ctx, ethereum.CallMsg{To: &market, Data: bindings.NewTaskMarketExt().PackREEXECUTIONREPORTTYPEHASH()}, nil)
	require.NoError(t, err)
	require.Equal(t, crypto.Keccak256([]byte(chain.ReexecutionReportTypeString)), out)

	r := chain.ReexecutionReport{TaskID: 7, Index: 2, OutputHash: common.Hash{0xab}}
	digest, err := chain.ReexecutionReportDigest(gov.ChainID(), market, r)
	require.NoError(t, err)
	domain, err := gov.MarketDomainSeparator(ctx)
	require.NoError(t, err)
	structHash := crypto.Keccak256(crypto.Keccak256([]byte(chain.ReexecutionReportTypeString)),
		common.LeftPadBytes([]byte{7}, 32), common.LeftPadBytes([]byte{2}, 32), r.OutputHash.Bytes())
	require.Equal(t, common.BytesToHash(crypto.Keccak256([]byte{0x19, 0x01}, domain.Bytes(), structHash)), digest)

	raw, err := json.Marshal(chain.ReexecutionReportTypedData(gov.ChainID(), market, r))
	require.NoError(t, err)
	var back apitypes.TypedData
	require.NoError(t, json.Unmarshal(raw, &back))
	h, _, err := apitypes.TypedDataAndHash(back)
	require.NoError(t, err)
	require.Equal(t, digest, common.BytesToHash(h))

	key := mKey(t)
	sig, err := chain.SignReexecutionReport(key, gov.ChainID(), market, r)
	require.NoError(t, err)
	signer, err := chain.RecoverReexecutionReportSigner(gov.ChainID(), market, r, sig)
	require.NoError(t, err)
	require.Equal(t, mAddrOf(key), signer)
	_, err = chain.RecoverReexecutionReportSigner(gov.ChainID(), market, r, sig[:64])
	require.ErrorIs(t, err, chain.ErrInvalidReexecutionSignature)
}
