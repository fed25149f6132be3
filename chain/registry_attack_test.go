package chain_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// The registry attack tests run sequentially (no t.Parallel): they switch
// roles through the unbonding delay and count blocks to approval expiry,
// which blocks mined by parallel tests would shift, and one changes the
// approval period for the approvals it makes.

// TestAttackRegisterForeignEnclave: a staked operator copies another
// operator's enclave registration (from the mempool or its published
// attestation) and registers the enclave first, to become its operator of
// record and collect the pay for the work the enclave does on the victim's
// machine. On the contract before enclave-key registration the attacker's
// copy went through, the victim was locked out of its own enclave
// (EnclaveAlreadyRegistered) and, after one task with a 1,000 MEMO fee and a
// 30% node share, the attacker withdrew 300 MEMO and the victim 0. Now every
// variant is refused and the victim registers its enclave.
func TestAttackRegisterForeignEnclave(t *testing.T) {
	ctx := testContext(t)
	m := allowedMeasurement(t)
	victim := stakedAccount(t, chain.RoleTEENode)
	attacker := stakedAccount(t, chain.RoleTEENode)
	enclaveKey, enclave := newKey(t) // inside the victim's enclave
	seen := registration(t, victim, enclaveKey, m)

	attackerKey, _ := newKey(t)
	forged := registration(t, attacker, attackerKey, m)
	forged.Enclave = enclave
	unsigned := seen
	unsigned.Signature = nil
	for name, r := range map[string]chain.Registration{
		"copied from the mempool":        seen,
		"signed by the attacker's key":   forged,
		"from the published attestation": unsigned,
	} {
		_, err := attacker.RegisterEnclave(ctx, r)
		require.ErrorIs(t, err, chain.ErrInvalidEnclaveSignature, name)
	}
	list, err := attacker.EnclavesOf(ctx, attacker.Address())
	require.NoError(t, err)
	require.Empty(t, list, "the attacker registered no enclave (before: the victim's, and 300 MEMO of its pay)")

	_, err = victim.RegisterEnclave(ctx, seen)
	require.NoError(t, err, "the victim registers its own enclave (before: EnclaveAlreadyRegistered)")
	info, err := victim.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, victim.Address(), info.Operator, "the market pays the operator of record: the victim")

	// Replaying the victim's signature once the enclave is registered gets nothing either.
	_, err = attacker.RegisterEnclave(ctx, seen)
	require.ErrorIs(t, err, chain.ErrEnclaveAlreadyRegistered)
}

// TestAttackSelfApproval: an operator registers an enclave, withdraws its
// stake, re-stakes as a verifier, approves its own enclave and switches
// back. Before the rule that operators never approve, the self-approval
// counted (1 of the quorum of 2, so one independent verifier activated the
// enclave; the deployment default quorum of 1 needs none) and the enclave
// was active again once its operator re-staked as a TEE node. Now the
// approval is refused, for its own enclave and any other, and approvals
// expire: an enclave whose approval ran out must re-attest and be approved
// again, and keeps its grants.
func TestAttackSelfApproval(t *testing.T) {
	ctx := testContext(t)
	gov := dev.Governance()
	registryPool(t)
	m := allowedMeasurement(t)
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, key, m))
	require.NoError(t, err)
	other, otherEnclave := newPendingEnclave(t)
	require.NotEqual(t, op.Address(), other.Address())

	switchRole(t, op, minTEE, chain.RoleVerifier, minVerifier)
	for name, e := range map[string]common.Address{"own enclave": enclave, "another operator's enclave": otherEnclave} {
		_, err = op.ApproveEnclave(ctx, e)
		require.ErrorIs(t, err, chain.ErrOperatorCannotApprove, name)
	}
	switchRole(t, op, minVerifier, chain.RoleTEENode, minTEE)
	info, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Zero(t, info.Approvals, "before: 1 (the operator's own)")
	active, err := op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.False(t, active, "before: active with a single independent approval")

	// Approvals expire. Approvals made from now on hold for period blocks.
	const period = 30
	_, err = gov.SetApprovalPeriod(ctx, period)
	require.NoError(t, err)
	t.Cleanup(func() {
		_, err := gov.SetApprovalPeriod(testContext(t), chain.DefaultApprovalPeriod)
		require.NoError(t, err)
	})
	// The committee approves; the last approval (this test runs alone on
	// dev) is the head block.
	approve := func() uint64 {
		t.Helper()
		approveByCommittee(t, dev, enclave, devClient)
		return headBlock(t, op)
	}
	before := headBlock(t, op)
	activated := approve()
	_, err = gov.SetApprovalPeriod(ctx, chain.DefaultApprovalPeriod)
	require.NoError(t, err)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	// Activated in one of the blocks approve sealed (the draw's or the
	// last approval's): its approval holds period blocks from there.
	require.Greater(t, info.ApprovedUntil, before+period)
	require.LessOrEqual(t, info.ApprovedUntil, activated+period)

	owner := newAccount(t, nil)
	dataset := randomHash(t)
	copy(dataset[:], owner.Address().Bytes()) // an id bound to its owner
	_, err = owner.Grant(ctx, dataset, enclave, randomHash(t), activated+1000)
	require.NoError(t, err)

	dev.Mine(int(info.ApprovedUntil - headBlock(t, op)))
	active, err = op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.False(t, active, "the approval ran out at block %d", info.ApprovedUntil)
	_, err = stakedAccount(t, chain.RoleVerifier).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveNotPending, "an expired approval is renewed only by re-attesting")

	_, err = op.ReattestEnclave(ctx, enclave, info.EvidenceHash, randomHash(t))
	require.ErrorIs(t, err, chain.ErrEvidenceNotFresh, "the old quote does not renew the approval")
	rcpt, err := op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.NoError(t, err)
	cm, err := op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.False(t, cm.Drawn, "the new round draws a committee of its own")
	require.Equal(t, rcpt.BlockNumber.Uint64()+2, cm.FirstDrawBlock)
	before = headBlock(t, op)
	renewed := approve()
	active, err = op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.EqualValues(t, 2, info.Round)
	require.Greater(t, info.ApprovedUntil, before+chain.DefaultApprovalPeriod)
	require.LessOrEqual(t, info.ApprovedUntil, renewed+chain.DefaultApprovalPeriod)
	granted, err := owner.GrantActive(ctx, dataset, enclave, renewed)
	require.NoError(t, err)
	require.True(t, granted, "the grant made before the expiry still holds for the same enclave address")
}

// switchRole unbonds all of c's stake, waits out the unbonding delay,
// withdraws and stakes amount in role.
func switchRole(t *testing.T, c *chain.Client, staked *big.Int, role chain.Role, amount *big.Int) {
	t.Helper()
	ctx := testContext(t)
	_, err := c.RequestUnbond(ctx, staked)
	require.NoError(t, err)
	dev.Mine(unbondDelay)
	_, err = c.Withdraw(ctx)
	require.NoError(t, err)
	_, err = c.Stake(ctx, role, amount)
	require.NoError(t, err)
}

// TestAttackSybilApproval: an operator funds fresh verifier accounts at the
// minimum stake (Sybils, which never operated an enclave) and approves its
// own enclave with them, while honest verifiers, which refuse its evidence,
// hold the rest of the stake. Before approval committees every staked
// verifier's approval counted: on the test chain (quorum 2) two Sybils of
// 100 MEMO each activated the enclave in every attempt (one Sybil at the
// deployment default quorum of 1). Now every round is judged by a committee
// of 3 drawn by stake: a Sybil's approval is refused (ErrNotOnCommittee)
// unless it was drawn, and the enclave is approved only in the rounds where
// Sybils hold a majority of the committee. Here 5 Sybils (5 seats, 500
// MEMO) face 3 honest verifiers of 1,000 MEMO (30 seats) over 20 rounds
// (registration and 19 re-attestations, each of a round the Sybils did not
// capture SeedWindow blocks after it opened, as the registry requires): a
// Sybil majority has a 6.6% chance per round (see the log), against
// certainty before. TestAttackRerollCommittee is the limit on re-rolls.
func TestAttackSybilApproval(t *testing.T) {
	const (
		sybils = 5
		rounds = 20
	)
	net := committeeNet(t, 3)
	ctx := testContext(t)
	for range 3 {
		netStaked(t, net, chain.RoleVerifier, chain.Tokens(1000))
	}
	op, err := net.NewAccount(ctx, oneETH, new(big.Int).Add(minTEE, new(big.Int).Mul(minVerifier, big.NewInt(sybils))))
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, minTEE)
	require.NoError(t, err)
	var sybil []*chain.Client
	for range sybils {
		s, err := net.NewAccount(ctx, oneETH, nil)
		require.NoError(t, err)
		_, err = op.TransferMEMO(ctx, s.Address(), minVerifier)
		require.NoError(t, err)
		_, err = s.Stake(ctx, chain.RoleVerifier, minVerifier)
		require.NoError(t, err)
		sybil = append(sybil, s)
	}
	enclave, _ := netEnclave(t, net, op)

	captured, refused, drawn := 0, 0, 0
	for round := 1; round <= rounds; round++ {
		if round > 1 {
			// A round the Sybils did not capture is pending: it is replaced
			// only SeedWindow blocks after it opened.
			cm, err := op.EnclaveCommittee(ctx, enclave)
			require.NoError(t, err)
			if head := headBlock(t, op); head < cm.FirstReattestBlock {
				net.Mine(int(cm.FirstReattestBlock - head))
			}
			_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
			require.NoError(t, err)
		}
		// In odd rounds the Sybils approve as soon as the round opens (the
		// first approval is held and its client draws the committee); in
		// even rounds the operator draws first.
		if round%2 == 0 {
			net.Mine(1)
			_, err := op.DrawEnclaveCommittee(ctx, enclave)
			require.NoError(t, err)
		}
		members := 0
		for i, s := range sybil {
			_, err := s.ApproveEnclave(ctx, enclave)
			cm, cerr := op.EnclaveCommittee(ctx, enclave)
			require.NoError(t, cerr)
			switch info, ierr := op.Enclave(ctx, enclave); {
			case ierr != nil:
				require.NoError(t, ierr)
			case cm.Member(s.Address()) >= 0:
				require.NoError(t, err, "round %d: drawn Sybil %d approves", round, i)
				members++
			case info.Status == chain.EnclaveActive:
				require.ErrorIs(t, err, chain.ErrEnclaveNotPending, "round %d: Sybil %d after the Sybils' majority", round, i)
			case i == 0 && round%2 == 1:
				require.NoError(t, err, "round %d: the first Sybil's approval is held before the draw and never counts", round)
				refused++
			default:
				require.ErrorIs(t, err, chain.ErrNotOnCommittee, "round %d: Sybil %d is not on the committee", round, i)
				refused++
			}
		}
		cm, err := op.EnclaveCommittee(ctx, enclave)
		require.NoError(t, err)
		info, err := op.Enclave(ctx, enclave)
		require.NoError(t, err)
		require.Equal(t, members >= cm.Majority, info.Status == chain.EnclaveActive,
			"round %d: %d of the %d members are Sybils; active only with a majority", round, members, len(cm.Members))
		drawn += members
		if info.Status == chain.EnclaveActive {
			captured++
		}
	}
	// A committee of 3 distinct verifiers drawn in proportion to seats from
	// 3 × 10 honest seats and 5 × 1 Sybil seats: P(at least 2 Sybils) = 6.6%.
	t.Logf("%d Sybils of %s (%d of 35 seats) against 3 honest verifiers of 1,000 MEMO: over %d rounds, %d Sybil seats drawn, %d approvals refused or ignored, enclave approved in %d rounds (before: every round)",
		sybils, chain.FormatMEMO(minVerifier), sybils, rounds, drawn, refused, captured)
	require.GreaterOrEqual(t, refused, (sybils-3)*rounds, "at most 3 of the 5 Sybils sit on a committee of 3")
	require.Less(t, captured, rounds/2, "before: approved in every round")
}

// TestAttackRerollCommittee: an operator whose evidence its committee
// refuses opens new attestation rounds at once, again and again, to draw
// committees until one it controls comes up: by re-attesting the pending
// round, or by registering fresh enclave keys. Until its last round is
// approved, the registry lets an operator open no other round before
// SeedWindow blocks have passed since that one opened (ErrRoundTooEarly),
// the pace at which withholding a draw already yields a new seed; then
// the round is replaced and drawn afresh. An enclave whose round was
// approved re-attests at any time (renewal), and its operator then
// registers its next enclave at once.
func TestAttackRerollCommittee(t *testing.T) {
	net := committeeNet(t, 1)
	ctx := testContext(t)
	ver := netStaked(t, net, chain.RoleVerifier, chain.Tokens(1000))
	op := netStaked(t, net, chain.RoleTEENode, minTEE)
	enclave, registered := netEnclave(t, net, op)
	net.Mine(1)
	_, err := op.DrawEnclaveCommittee(ctx, enclave)
	require.NoError(t, err)

	cm, err := op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, registered+chain.SeedWindow, cm.FirstReattestBlock)
	_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.ErrorIs(t, err, chain.ErrRoundTooEarly, "re-rolling the committee by re-attesting")
	other, _ := newKey(t)
	_, err = op.RegisterEnclave(ctx, registration(t, op, other, allowedOn(t, net)))
	require.ErrorIs(t, err, chain.ErrRoundTooEarly, "re-rolling the committee with a fresh enclave key")
	require.Contains(t, err.Error(), enclave.Hex(), "the error names the pending round")
	// The client checks the transaction against the head (eth_estimateGas
	// runs it at the head block's number): one block short.
	net.Mine(int(cm.FirstReattestBlock - 1 - headBlock(t, op)))
	_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.ErrorIs(t, err, chain.ErrRoundTooEarly, "one block before the window closes")
	require.Contains(t, err.Error(), fmt.Sprint(cm.FirstReattestBlock), "the error names the first block")
	net.Mine(1)
	rcpt, err := op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.NoError(t, err)
	require.Equal(t, cm.FirstReattestBlock+1, rcpt.BlockNumber.Uint64())
	cm, err = op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.EqualValues(t, 2, cm.Round)
	require.False(t, cm.Drawn, "the new round draws a committee of its own")
	_, err = op.RegisterEnclave(ctx, registration(t, op, other, allowedOn(t, net)))
	require.ErrorIs(t, err, chain.ErrRoundTooEarly, "the new round is the operator's last: it counts from its opening")

	// Approved, the enclave renews whenever it likes, and once the renewal
	// is approved its operator registers another enclave at once.
	net.Mine(1)
	_, err = op.DrawEnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	_, err = ver.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	cm, err = op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.Zero(t, cm.FirstReattestBlock, "an approved round is replaced at any time")
	_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.NoError(t, err)
	net.Mine(1)
	_, err = op.DrawEnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	_, err = ver.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, registration(t, op, other, allowedOn(t, net)))
	require.NoError(t, err)
}

// allowedOn returns a fresh measurement that governance of net allows.
func allowedOn(t *testing.T, net *devnet.Chain) common.Hash {
	t.Helper()
	m := randomHash(t)
	_, err := net.Governance().SetMeasurementAllowed(testContext(t), m, true)
	require.NoError(t, err)
	return m
}
