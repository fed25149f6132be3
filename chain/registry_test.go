package chain_test

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
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

// registration returns op's registration of the enclave whose key is key,
// with measurement m and fresh random hashes, signed by the enclave key as
// the enclave would sign it.
func registration(t testing.TB, op *chain.Client, key *ecdsa.PrivateKey, m common.Hash) chain.Registration {
	t.Helper()
	r := chain.Registration{
		Enclave: crypto.PubkeyToAddress(key.PublicKey), HPKEKeyHash: randomHash(t), EvidenceHash: randomHash(t),
		CollateralHash: randomHash(t), Measurement: m,
	}
	var err error
	r.Signature, err = chain.SignRegistration(key, op.ChainID(), op.Deployment().EnclaveRegistry,
		chain.RegistrationMessage{Operator: op.Address(), HPKEKeyHash: r.HPKEKeyHash})
	require.NoError(t, err)
	return r
}

// activeEnclave registers a fresh enclave, has its committee approve it
// and returns its operator and address.
func activeEnclave(t testing.TB) (*chain.Client, common.Address) {
	t.Helper()
	ctx := testContext(t)
	registryPool(t)
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, key, allowedMeasurement(t)))
	require.NoError(t, err)
	approveByCommittee(t, dev, enclave, devClient)
	return op, enclave
}

var registryPoolOnce sync.Once

// registryPool stakes five verifiers of 1000 MEMO (10 seats each) on dev
// once, so that approval committees land mostly on verifiers no test
// unbonds: a member that unbonds between the draw and its approval cannot
// approve.
func registryPool(t testing.TB) {
	t.Helper()
	registryPoolOnce.Do(func() {
		for range 5 {
			v := newAccount(t, chain.Tokens(1000))
			_, err := v.Stake(testContext(t), chain.RoleVerifier, chain.Tokens(1000))
			require.NoError(t, err)
		}
	})
}

// approveByCommittee has the committee of the current round of enclave on
// net approve it: it mines until the committee can be drawn, draws it
// unless someone did, and has members approve, through the clients
// clientOf returns (nil: an account the test cannot drive), until a
// majority did. The enclave is then active. It returns the committee.
func approveByCommittee(t testing.TB, net *devnet.Chain, enclave common.Address, clientOf func(common.Address) *chain.Client) chain.EnclaveCommittee {
	t.Helper()
	ctx := testContext(t)
	gov := net.Governance()
	cm, err := gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	if !cm.Drawn {
		// Gas is estimated at the head: the seed block must be sealed.
		head, err := gov.BlockNumber(ctx)
		require.NoError(t, err)
		if seed := cm.FirstDrawBlock - 1; head < seed {
			net.Mine(int(seed - head))
		}
		if _, err := gov.DrawEnclaveCommittee(ctx, enclave); !errors.Is(err, chain.ErrEnclaveCommitteeAlreadyDrawn) {
			require.NoError(t, err)
		}
		cm, err = gov.EnclaveCommittee(ctx, enclave)
		require.NoError(t, err)
	}
	approvals := 0
	for _, m := range cm.Members {
		if approvals >= cm.Majority {
			break
		}
		if ok, err := gov.HasApproved(ctx, enclave, m); err == nil && ok {
			approvals++
			continue
		}
		if c := clientOf(m); c != nil {
			if _, err := c.ApproveEnclave(ctx, enclave); err == nil {
				approvals++
			}
		}
	}
	active, err := gov.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active, "%d of the %d members of the committee approved (%d needed)", approvals, len(cm.Members), cm.Majority)
	return cm
}

func TestRegisterEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	registryPool(t) // the verifiers that approve the first enclave
	m := allowedMeasurement(t)
	op := stakedAccount(t, chain.RoleTEENode)
	verifier := stakedAccount(t, chain.RoleVerifier)
	unstaked := newAccount(t, nil)
	takenKey, taken := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, takenKey, m))
	require.NoError(t, err)
	// Approved, so that op may open its next round at once (RoundTooEarly,
	// TestAttackRerollCommittee).
	approveByCommittee(t, dev, taken, devClient)

	fresh := func(from *chain.Client) chain.Registration {
		key, _ := newKey(t)
		return registration(t, from, key, m)
	}
	tests := []struct {
		name    string
		from    *chain.Client
		reg     func() chain.Registration
		wantErr error
	}{
		{"not staked", unstaked, func() chain.Registration { return fresh(unstaked) }, chain.ErrNotStakedTEENode},
		{"staked as verifier", verifier, func() chain.Registration { return fresh(verifier) }, chain.ErrNotStakedTEENode},
		{"measurement not allowed", op, func() chain.Registration {
			key, _ := newKey(t)
			return registration(t, op, key, randomHash(t))
		}, chain.ErrMeasurementNotAllowed},
		{"zero enclave address", op, func() chain.Registration {
			r := fresh(op)
			r.Enclave = common.Address{}
			return r
		}, chain.ErrZeroAddress},
		{"already registered", op, func() chain.Registration { return registration(t, op, takenKey, m) }, chain.ErrEnclaveAlreadyRegistered},
		{"no signature", op, func() chain.Registration {
			r := fresh(op)
			r.Signature = nil
			return r
		}, chain.ErrInvalidEnclaveSignature},
		{"signed for another operator", op, func() chain.Registration { return fresh(verifier) }, chain.ErrInvalidEnclaveSignature},
		{"signed over another HPKE key", op, func() chain.Registration {
			r := fresh(op)
			r.HPKEKeyHash = randomHash(t)
			return r
		}, chain.ErrInvalidEnclaveSignature},
		{"signed by another key", op, func() chain.Registration {
			r := fresh(op)
			r.Enclave = randomAddress(t)
			return r
		}, chain.ErrInvalidEnclaveSignature},
		{"ok", op, func() chain.Registration { return fresh(op) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.reg()
			rcpt, err := tt.from.RegisterEnclave(ctx, r)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			info, err := op.Enclave(ctx, r.Enclave)
			require.NoError(t, err)
			require.Equal(t, chain.EnclaveInfo{
				Operator: op.Address(), HPKEKeyHash: r.HPKEKeyHash, EvidenceHash: r.EvidenceHash, Measurement: m,
				Status: chain.EnclavePending, Round: 1, RegisteredBlock: rcpt.BlockNumber.Uint64(), AttestedBlock: rcpt.BlockNumber.Uint64(),
			}, info)
			require.False(t, info.ApprovedAt(info.RegisteredBlock))
			list, err := op.EnclavesOf(ctx, op.Address())
			require.NoError(t, err)
			require.Equal(t, []common.Address{taken, r.Enclave}, list)
		})
	}
}

func TestRegistrationDigest(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	c := dev.Governance()
	reg := c.Deployment().EnclaveRegistry
	d, err := c.RegistryDomainSeparator(ctx)
	require.NoError(t, err)
	want := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte(chain.RegistryDomainName)), crypto.Keccak256([]byte(chain.RegistryDomainVersion)),
		common.LeftPadBytes(c.ChainID().Bytes(), 32), common.LeftPadBytes(reg.Bytes(), 32))
	require.Equal(t, want, d)

	key, enclave := newKey(t)
	msg := chain.RegistrationMessage{Operator: randomAddress(t), HPKEKeyHash: randomHash(t)}
	sig, err := chain.SignRegistration(key, c.ChainID(), reg, msg)
	require.NoError(t, err)
	require.Contains(t, []byte{27, 28}, sig[64])
	signer, err := chain.RecoverRegistrationSigner(c.ChainID(), reg, msg, sig)
	require.NoError(t, err)
	require.Equal(t, enclave, signer)
	for name, other := range map[string]func() (common.Address, error){
		"operator": func() (common.Address, error) {
			m := msg
			m.Operator = randomAddress(t)
			return chain.RecoverRegistrationSigner(c.ChainID(), reg, m, sig)
		},
		"HPKE key": func() (common.Address, error) {
			m := msg
			m.HPKEKeyHash = randomHash(t)
			return chain.RecoverRegistrationSigner(c.ChainID(), reg, m, sig)
		},
		"chain": func() (common.Address, error) {
			return chain.RecoverRegistrationSigner(new(big.Int).Add(c.ChainID(), common.Big1), reg, msg, sig)
		},
		"registry": func() (common.Address, error) {
			return chain.RecoverRegistrationSigner(c.ChainID(), randomAddress(t), msg, sig)
		},
	} {
		got, err := other()
		require.NoError(t, err, name)
		require.NotEqual(t, enclave, got, "the signature covers the %s", name)
	}
	_, err = chain.RecoverRegistrationSigner(c.ChainID(), reg, msg, sig[:64])
	require.ErrorIs(t, err, chain.ErrInvalidEnclaveSignature)
}

func TestApproveEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	registryPool(t)
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, key, allowedMeasurement(t)))
	require.NoError(t, err)

	_, err = op.ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrOperatorCannotApprove, "an operator never approves (not even its own enclave)")
	_, err = stakedAccount(t, chain.RoleTEENode).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotStakedVerifier)
	_, err = newAccount(t, nil).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotStakedVerifier)
	_, err = stakedAccount(t, chain.RoleVerifier).ApproveEnclave(ctx, randomAddress(t))
	require.ErrorIs(t, err, chain.ErrEnclaveNotPending)

	// A verifier staked after the registration approves before the draw:
	// the approval is held, and ApproveEnclave draws the committee. The
	// verifier's seats came after the round opened: it is never drawn.
	late := stakedAccount(t, chain.RoleVerifier)
	_, err = late.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	_, err = late.ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrAlreadyApproved)
	held, err := op.HasApproved(ctx, enclave, late.Address())
	require.NoError(t, err)
	require.True(t, held)
	cm, err := op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.True(t, cm.Drawn)
	require.Len(t, cm.Members, 3, "the test chain's committee of 3")
	require.Equal(t, 2, cm.Majority)
	require.Equal(t, -1, cm.Member(late.Address()))
	require.Equal(t, -1, cm.Member(op.Address()))
	info, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Zero(t, info.Approvals, "a non-member's held approval never counts")
	_, err = op.DrawEnclaveCommittee(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveCommitteeAlreadyDrawn)
	_, err = stakedAccount(t, chain.RoleVerifier).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrNotOnCommittee, "after the draw a non-member's approval is refused")

	// A majority of the members activates the enclave.
	approveByCommittee(t, dev, enclave, devClient)
	period, err := op.ApprovalPeriod(ctx)
	require.NoError(t, err)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveActive, info.Status)
	require.EqualValues(t, cm.Majority, info.Approvals)
	require.Greater(t, info.ApprovedUntil, period)

	_, err = stakedAccount(t, chain.RoleVerifier).ApproveEnclave(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveNotPending)
}

// TestReattestEnclave checks the rules of re-attestation; the expiry itself
// is in TestAttackSelfApproval.
func TestReattestEnclave(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op, enclave := activeEnclave(t)
	before, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)

	_, err = op.ReattestEnclave(ctx, enclave, before.EvidenceHash, randomHash(t))
	require.ErrorIs(t, err, chain.ErrEvidenceNotFresh)
	_, err = stakedAccount(t, chain.RoleTEENode).ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.ErrorIs(t, err, chain.ErrNotEnclaveOperator)
	_, err = op.ReattestEnclave(ctx, randomAddress(t), randomHash(t), randomHash(t))
	require.ErrorIs(t, err, chain.ErrEnclaveNotRegistered)

	evidence := randomHash(t)
	rcpt, err := op.ReattestEnclave(ctx, enclave, evidence, randomHash(t))
	require.NoError(t, err)
	info, err := op.Enclave(ctx, enclave)
	require.NoError(t, err)
	want := before
	want.Status, want.Round, want.Approvals, want.EvidenceHash, want.AttestedBlock = chain.EnclavePending, 2, 0, evidence, rcpt.BlockNumber.Uint64()
	require.Equal(t, want, info)
	active, err := op.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active, "the approval of round 1 holds while round 2 is pending")

	// Round 2 has a committee of its own, drawn afresh; its majority
	// extends the approval.
	cm, err := op.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.False(t, cm.Drawn)
	require.EqualValues(t, 2, cm.Round)
	require.Equal(t, rcpt.BlockNumber.Uint64()+2, cm.FirstDrawBlock)
	approveByCommittee(t, dev, enclave, devClient)
	period, err := op.ApprovalPeriod(ctx)
	require.NoError(t, err)
	info, err = op.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveActive, info.Status)
	require.Greater(t, info.ApprovedUntil, before.ApprovedUntil)
	require.Greater(t, info.ApprovedUntil, period)

	_, err = op.DeregisterEnclave(ctx, enclave)
	require.NoError(t, err)
	_, err = op.ReattestEnclave(ctx, enclave, randomHash(t), randomHash(t))
	require.ErrorIs(t, err, chain.ErrEnclaveNotRegistered, "a retired enclave cannot come back")
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
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, key, allowedMeasurement(t)))
	require.NoError(t, err)

	_, err = newAccount(t, nil).DeregisterEnclave(ctx, enclave)
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
	_, err = op.RegisterEnclave(ctx, registration(t, op, key, info.Measurement))
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
	_, err = stranger.SetApprovalCommittee(ctx, 1)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	for _, size := range []uint8{0, chain.MaxApprovalCommittee + 1} {
		_, err = dev.Governance().SetApprovalCommittee(ctx, size)
		require.ErrorIs(t, err, chain.ErrCommitteeSizeOutOfRange, "size %d", size)
	}
	_, err = stranger.SetApprovalPeriod(ctx, 10)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	_, err = dev.Governance().SetApprovalPeriod(ctx, 0)
	require.ErrorIs(t, err, chain.ErrZeroApprovalPeriod)
	period, err := stranger.ApprovalPeriod(ctx)
	require.NoError(t, err)
	require.EqualValues(t, chain.DefaultApprovalPeriod, period)
	// The test chain asks for a quorum of 2: a committee of 3. (Parallel
	// tests draw committees: the size is set to what it is.)
	_, err = dev.Governance().SetApprovalCommittee(ctx, 3)
	require.NoError(t, err)
	size, err := stranger.ApprovalCommittee(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 3, size)

	trusts, _, err := stranger.SimulatedRoots(ctx)
	require.NoError(t, err)
	require.True(t, trusts, "a devnet trusts simulated attestation roots")
}
