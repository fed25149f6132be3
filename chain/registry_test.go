package chain_test

import (
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

func randomHash(t testing.TB) common.Hash {
	var h common.Hash
	_, err := rand.Read(h[:])
	require.NoError(t, err)
	return h
}

func randomAddress(t testing.TB) common.Address {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return crypto.PubkeyToAddress(k.PublicKey)
}

// allowedMeasurement puts a fresh measurement on the allow-list.
func allowedMeasurement(t testing.TB) common.Hash {
	t.Helper()
	m := randomHash(t)
	_, err := dev.Governance().SetMeasurementAllowed(testContext(t), m, true)
	require.NoError(t, err)
	return m
}

func stakedAccount(t testing.TB, role chain.Role) *chain.Client {
	t.Helper()
	amount := minTEE
	if role == chain.RoleVerifier {
		amount = minVerifier
	}
	c := newAccount(t, amount)
	_, err := c.Stake(testContext(t), role, amount)
	require.NoError(t, err)
	return c
}

// activeEnclave registers and approves (quorum 2) a fresh enclave and
// returns its operator and address.
func activeEnclave(t testing.TB) (*chain.Client, common.Address) {
	t.Helper()
	ctx := testContext(t)
	op := stakedAccount(t, chain.RoleTEENode)
	enclave := randomAddress(t)
	_, err := op.RegisterEnclave(ctx, enclave, randomHash(t), randomHash(t), allowedMeasurement(t))
	require.NoError(t, err)
	for range 2 {
		_, err := stakedAccount(t, chain.RoleVerifier).ApproveEnclave(ctx, enclave)
		require.NoError(t, err)
	}
	return op, enclave
}

func TestRegisterEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	m := allowedMeasurement(t)
	op := stakedAccount(t, chain.RoleTEENode)
	verifier := stakedAccount(t, chain.RoleVerifier)
	unstaked := newAccount(t, nil)
	taken := randomAddress(t)
	_, err := op.RegisterEnclave(ctx, taken, randomHash(t), randomHash(t), m)
	require.NoError(t, err)

	tests := []struct {
		name        string
		from        *chain.Client
		enclave     common.Address
		measurement common.Hash
		wantErr     error
	}{
		{"not staked", unstaked, randomAddress(t), m, chain.ErrNotStakedTEENode},
		{"staked as verifier", verifier, randomAddress(t), m, chain.ErrNotStakedTEENode},
		{"measurement not allowed", op, randomAddress(t), randomHash(t), chain.ErrMeasurementNotAllowed},
		{"zero enclave address", op, common.Address{}, m, chain.ErrZeroAddress},
		{"already registered", op, taken, m, chain.ErrEnclaveAlreadyRegistered},
		{"ok", op, randomAddress(t), m, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hpke, evidence := randomHash(t), randomHash(t)
			_, err := tt.from.RegisterEnclave(ctx, tt.enclave, hpke, evidence, tt.measurement)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			info, err := op.Enclave(ctx, tt.enclave)
			require.NoError(t, err)
			require.Equal(t, chain.EnclaveInfo{
				Operator: op.Address(), HPKEKeyHash: hpke, EvidenceHash: evidence, Measurement: m,
				Status: chain.EnclavePending, RegisteredBlock: info.RegisteredBlock,
			}, info)
			require.NotZero(t, info.RegisteredBlock)
			list, err := op.EnclavesOf(ctx, op.Address())
			require.NoError(t, err)
			require.Equal(t, []common.Address{taken, tt.enclave}, list)
		})
	}
}

func TestApproveEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op := stakedAccount(t, chain.RoleTEENode)
	enclave := randomAddress(t)
	_, err := op.RegisterEnclave(ctx, enclave, randomHash(t), randomHash(t), allowedMeasurement(t))
	require.NoError(t, err)
	v1, v2, v3 := stakedAccount(t, chain.RoleVerifier), stakedAccount(t, chain.RoleVerifier), stakedAccount(t, chain.RoleVerifier)

	_, err = op.ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotStakedVerifier, "a TEE node cannot approve (not even its own enclave)")
	_, err = newAccount(t, nil).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotStakedVerifier)
	_, err = v1.ApproveEnclave(ctx, randomAddress(t))
	require.ErrorIs(t, err, chain.ErrEnclaveNotPending)

	_, err = v1.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	_, err = v1.ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrAlreadyApproved)
	active, err := op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.False(t, active, "one approval is below the quorum of 2")

	_, err = v2.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	info, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveActive, info.Status)
	require.EqualValues(t, 2, info.Approvals)
	active, err = op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active)

	_, err = v3.ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveNotPending)
}

func TestEnclaveActivityFollowsMeasurementAndStake(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	gov := dev.Governance()

	t.Run("measurement removed", func(t *testing.T) {
		op, enclave := activeEnclave(t)
		info, err := op.Enclave(ctx, enclave)
		require.NoError(t, err)
		_, err = gov.SetMeasurementAllowed(ctx, info.Measurement, false)
		require.NoError(t, err)
		active, err := op.EnclaveActive(ctx, enclave)
		require.NoError(t, err)
		require.False(t, active)
		allowed, err := op.MeasurementAllowed(ctx, info.Measurement)
		require.NoError(t, err)
		require.False(t, allowed)
	})
	t.Run("operator unbonded", func(t *testing.T) {
		op, enclave := activeEnclave(t)
		_, err := op.RequestUnbond(ctx, minTEE)
		require.NoError(t, err)
		active, err := op.EnclaveActive(ctx, enclave)
		require.NoError(t, err)
		require.False(t, active)
	})
}

func TestDeregisterEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op, enclave := activeEnclave(t)

	_, err := newAccount(t, nil).DeregisterEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotEnclaveOperator)
	_, err = op.DeregisterEnclave(ctx, enclave)
	require.NoError(t, err)
	info, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveDeregistered, info.Status)
	active, err := op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.False(t, active)
	_, err = op.DeregisterEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveNotRegistered)
	_, err = op.RegisterEnclave(ctx, enclave, randomHash(t), randomHash(t), info.Measurement)
	require.ErrorIs(t, err, chain.ErrEnclaveAlreadyRegistered, "a retired enclave address cannot come back")

	// Governance can retire any enclave.
	_, enclave2 := activeEnclave(t)
	_, err = dev.Governance().DeregisterEnclave(ctx, enclave2)
	require.NoError(t, err)
}

func TestRegistryGovernance(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	stranger := newAccount(t, nil)
	_, err := stranger.SetMeasurementAllowed(ctx, randomHash(t), true)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	_, err = stranger.SetQuorum(ctx, 1)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	_, err = dev.Governance().SetQuorum(ctx, 0)
	require.ErrorIs(t, err, chain.ErrZeroQuorum)
	_, err = dev.Governance().SetQuorum(ctx, 2)
	require.NoError(t, err)
	q, err := stranger.Quorum(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 2, q)

	trusts, _, err := stranger.SimulatedRoots(ctx)
	require.NoError(t, err)
	require.True(t, trusts, "a devnet trusts simulated attestation roots")
}
