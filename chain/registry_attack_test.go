package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
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
	v1, v2 := stakedAccount(t, chain.RoleVerifier), stakedAccount(t, chain.RoleVerifier)
	approve := func() uint64 {
		t.Helper()
		_, err := v1.ApproveEnclave(ctx, enclave)
		require.NoError(t, err)
		rcpt, err := v2.ApproveEnclave(ctx, enclave)
		require.NoError(t, err)
		return rcpt.BlockNumber.Uint64()
	}
	activated := approve()
	_, err = gov.SetApprovalPeriod(ctx, chain.DefaultApprovalPeriod)
	require.NoError(t, err)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, activated+period, info.ApprovedUntil)

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
	_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.NoError(t, err)
	renewed := approve()
	active, err = op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.EqualValues(t, 2, info.Round)
	require.Equal(t, renewed+chain.DefaultApprovalPeriod, info.ApprovedUntil)
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
