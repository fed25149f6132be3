package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

func headBlock(t testing.TB, c *chain.Client) uint64 {
	t.Helper()
	n, err := c.BlockNumber(testContext(t))
	require.NoError(t, err)
	return n
}

// ownedDataset returns a fresh dataset id bound to owner: the owner's
// address followed by 12 random bytes, as vault.NewID makes them.
func ownedDataset(t testing.TB, owner common.Address) common.Hash {
	t.Helper()
	id := randomHash(t)
	copy(id[:], owner[:])
	return id
}

func TestGrantAndRevoke(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	other := newAccount(t, nil)
	dataset, policy := ownedDataset(t, owner.Address()), randomHash(t)
	expiry := headBlock(t, owner) + 1000

	rcpt, err := owner.Grant(ctx, dataset, enclave, policy, expiry)
	require.NoError(t, err)
	granted := rcpt.BlockNumber.Uint64()
	got, err := owner.DatasetOwner(ctx, dataset)
	require.NoError(t, err)
	require.Equal(t, owner.Address(), got)
	g, err := owner.GrantOf(ctx, dataset, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.GrantInfo{PolicyHash: policy, GrantedBlock: granted, Expiry: expiry}, g)
	require.Equal(t, owner.Address(), chain.DatasetIDOwner(dataset))

	t.Run("grant errors", func(t *testing.T) {
		_, pendingEnclave := newPendingEnclave(t)
		for _, tt := range []struct {
			name    string
			from    *chain.Client
			dataset common.Hash
			enclave common.Address
			expiry  uint64
			wantErr error
		}{
			{"not the owner", other, dataset, enclave, expiry, chain.ErrNotDatasetOwner},
			{"id bound to no one", owner, randomHash(t), enclave, expiry, chain.ErrNotDatasetOwner},
			{"expiry in the past", owner, dataset, enclave, 1, chain.ErrGrantExpired},
			{"enclave unknown", owner, dataset, randomAddress(t), expiry, chain.ErrEnclaveNotActive},
			{"enclave pending", owner, dataset, pendingEnclave, expiry, chain.ErrEnclaveNotActive},
			{"zero enclave", owner, dataset, common.Address{}, expiry, chain.ErrZeroAddress},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := tt.from.Grant(ctx, tt.dataset, tt.enclave, policy, tt.expiry)
				require.ErrorIs(t, err, tt.wantErr)
			})
		}
	})

	_, err = other.Revoke(ctx, dataset, enclave)
	require.ErrorIs(t, err, chain.ErrNotDatasetOwner)
	rcpt, err = owner.Revoke(ctx, dataset, enclave)
	require.NoError(t, err)
	revoked := rcpt.BlockNumber.Uint64()
	_, err = owner.Revoke(ctx, dataset, enclave)
	require.ErrorIs(t, err, chain.ErrGrantNotActive)

	for _, tt := range []struct {
		block uint64
		want  bool
	}{
		{granted - 1, false}, {granted, true}, {revoked - 1, true}, {revoked, false}, {expiry - 1, false},
	} {
		active, err := owner.GrantActive(ctx, dataset, enclave, tt.block)
		require.NoError(t, err)
		require.Equal(t, tt.want, active, "block %d", tt.block)
	}
}

// TestGrantExpiresAtExpiryBlock is not parallel: it counts blocks.
func TestGrantExpiresAtExpiryBlock(t *testing.T) {
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	dataset := ownedDataset(t, owner.Address())
	expiry := headBlock(t, owner) + 3
	_, err := owner.Grant(ctx, dataset, enclave, randomHash(t), expiry)
	require.NoError(t, err)
	active, err := owner.GrantActive(ctx, dataset, enclave, expiry-1)
	require.NoError(t, err)
	require.True(t, active)
	active, err = owner.GrantActive(ctx, dataset, enclave, expiry)
	require.NoError(t, err)
	require.False(t, active)
	dev.Mine(3)
	_, err = owner.Revoke(ctx, dataset, enclave)
	require.ErrorIs(t, err, chain.ErrGrantNotActive, "an expired grant cannot be revoked")
}

func newPendingEnclave(t testing.TB) (*chain.Client, common.Address) {
	t.Helper()
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(testContext(t), registration(t, op, key, allowedMeasurement(t)))
	require.NoError(t, err)
	return op, enclave
}

func signDigest(t testing.TB, digest common.Hash, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := crypto.Sign(digest[:], key)
	require.NoError(t, err)
	return sig
}

func TestGrantWithSig(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	ownerKey, owner := newKey(t) // holds no ETH: never sends
	relayer := newAccount(t, nil)
	dep := relayer.Deployment()
	chainID := relayer.ChainID()

	nonce, err := relayer.GrantNonce(ctx, owner)
	require.NoError(t, err)
	head := headBlock(t, relayer)
	msg := chain.GrantMessage{DatasetID: ownedDataset(t, owner), Enclave: enclave, PolicyHash: randomHash(t), Expiry: head + 100, Nonce: nonce, Deadline: head + 50}
	sign := func(m chain.GrantMessage) []byte {
		digest, err := chain.GrantDigest(chainID, dep.DataGrants, m)
		require.NoError(t, err)
		return signDigest(t, digest, ownerKey)
	}
	sig := sign(msg)

	for _, tt := range []struct {
		name    string
		msg     chain.GrantMessage
		sig     []byte
		wantErr error
	}{
		{"signed by someone else", msg, func() []byte {
			otherKey, _ := newKey(t)
			d, err := chain.GrantDigest(chainID, dep.DataGrants, msg)
			require.NoError(t, err)
			return signDigest(t, d, otherKey)
		}(), chain.ErrInvalidSignature},
		{"tampered message", func() chain.GrantMessage { m := msg; m.Expiry++; return m }(), sig, chain.ErrInvalidSignature},
		{"malformed signature", msg, sig[:64], chain.ErrInvalidSignature},
		{"past its deadline", func() chain.GrantMessage { m := msg; m.Deadline = head - 1; return m }(), nil, chain.ErrSignatureExpired},
		{"nonce ahead", func() chain.GrantMessage { m := msg; m.Nonce = new(big.Int).Add(nonce, big.NewInt(1)); return m }(), nil, chain.ErrStaleNonce},
		{"someone else's dataset", func() chain.GrantMessage { m := msg; m.DatasetID = ownedDataset(t, relayer.Address()); return m }(), nil, chain.ErrNotDatasetOwner},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.sig
			if s == nil {
				s = sign(tt.msg)
			}
			_, err := relayer.GrantWithSig(ctx, owner, tt.msg, s)
			require.ErrorIs(t, err, tt.wantErr)
		})
	}

	_, err = relayer.GrantWithSig(ctx, owner, msg, sig)
	require.NoError(t, err)
	got, err := relayer.DatasetOwner(ctx, msg.DatasetID)
	require.NoError(t, err)
	require.Equal(t, owner, got, "the id is bound to the signer, not the relayer")
	active, err := relayer.GrantActive(ctx, msg.DatasetID, enclave, headBlock(t, relayer))
	require.NoError(t, err)
	require.True(t, active)

	_, err = relayer.GrantWithSig(ctx, owner, msg, sig)
	require.ErrorIs(t, err, chain.ErrStaleNonce, "a signature is good for one use (nonce)")

	// Revocation by signature, with the next nonce.
	rmsg := chain.RevokeMessage{DatasetID: msg.DatasetID, Enclave: enclave, Nonce: new(big.Int).Add(nonce, big.NewInt(1)), Deadline: head + 50}
	rdigest, err := chain.RevokeDigest(chainID, dep.DataGrants, rmsg)
	require.NoError(t, err)
	stale := rmsg
	stale.Nonce = nonce
	sdigest, err := chain.RevokeDigest(chainID, dep.DataGrants, stale)
	require.NoError(t, err)
	_, err = relayer.RevokeWithSig(ctx, owner, stale, signDigest(t, sdigest, ownerKey))
	require.ErrorIs(t, err, chain.ErrStaleNonce)
	expired := rmsg
	expired.Deadline = head - 1
	edigest, err := chain.RevokeDigest(chainID, dep.DataGrants, expired)
	require.NoError(t, err)
	_, err = relayer.RevokeWithSig(ctx, owner, expired, signDigest(t, edigest, ownerKey))
	require.ErrorIs(t, err, chain.ErrSignatureExpired)
	_, err = relayer.RevokeWithSig(ctx, owner, rmsg, signDigest(t, rdigest, ownerKey))
	require.NoError(t, err)
	active, err = relayer.GrantActive(ctx, msg.DatasetID, enclave, headBlock(t, relayer))
	require.NoError(t, err)
	require.False(t, active)
}

// TestCancelGrantSignatures: an owner voids a signed grant it no longer
// wants relayed without granting or revoking anything.
func TestCancelGrantSignatures(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	key, owner := keyedAccount(t)
	nonce, err := owner.GrantNonce(ctx, owner.Address())
	require.NoError(t, err)
	head := headBlock(t, owner)
	msg := chain.GrantMessage{DatasetID: ownedDataset(t, owner.Address()), Enclave: enclave, PolicyHash: randomHash(t), Expiry: head + 100, Nonce: nonce, Deadline: head + 100}
	digest, err := chain.GrantDigest(owner.ChainID(), owner.Deployment().DataGrants, msg)
	require.NoError(t, err)

	_, err = owner.CancelGrantSignatures(ctx)
	require.NoError(t, err)
	next, err := owner.GrantNonce(ctx, owner.Address())
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(nonce, big.NewInt(1)), next)
	_, err = newAccount(t, nil).GrantWithSig(ctx, owner.Address(), msg, signDigest(t, digest, key))
	require.ErrorIs(t, err, chain.ErrStaleNonce)
}

// TestGrantHistory grants, revokes and grants again across blocks and
// checks isActive and grantAt at every block against the sequence of
// grants, from the newest checkpoint and from the archived ones.
func TestGrantHistory(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	dataset := ownedDataset(t, owner.Address())
	never := ownedDataset(t, owner.Address()) // never granted
	expiry := headBlock(t, owner) + 1000

	var want []chain.GrantInfo // the grants in order
	grantAt := func(policy common.Hash, exp uint64) {
		rcpt, err := owner.Grant(ctx, dataset, enclave, policy, exp)
		require.NoError(t, err)
		want = append(want, chain.GrantInfo{PolicyHash: policy, GrantedBlock: rcpt.BlockNumber.Uint64(), Expiry: exp})
	}
	revoke := func() {
		rcpt, err := owner.Revoke(ctx, dataset, enclave)
		require.NoError(t, err)
		want[len(want)-1].RevokedBlock = rcpt.BlockNumber.Uint64()
	}
	first := headBlock(t, owner)
	grantAt(randomHash(t), expiry)
	revoke()
	grantAt(randomHash(t), expiry+1)
	grantAt(randomHash(t), expiry+2) // replaces an active grant
	revoke()
	grantAt(randomHash(t), expiry+3)
	last := headBlock(t, owner)

	n, err := owner.GrantCount(ctx, dataset, enclave)
	require.NoError(t, err)
	require.EqualValues(t, len(want), n)
	for b := first; b <= last+1; b++ {
		var in chain.GrantInfo
		for _, g := range want {
			if g.GrantedBlock <= b {
				in = g
			}
		}
		got, err := owner.GrantAt(ctx, dataset, enclave, b)
		require.NoError(t, err)
		require.Equal(t, in, got, "grant in force at block %d", b)
		active, err := owner.GrantActive(ctx, dataset, enclave, b)
		require.NoError(t, err)
		require.Equal(t, in.Active(b), active, "isActive at block %d", b)
		batch, err := owner.GrantsAt(ctx, []common.Hash{dataset, never, dataset}, enclave, b)
		require.NoError(t, err)
		require.Equal(t, []chain.GrantInfo{in, {}, in}, batch, "grantsAt at block %d", b)
	}
	// More datasets than one grantsAt call reads: the batches line up.
	many := make([]common.Hash, 1100)
	for i := range many {
		many[i] = dataset
		if i%3 == 1 {
			many[i] = never
		}
	}
	batch, err := owner.GrantsAt(ctx, many, enclave, last)
	require.NoError(t, err)
	require.Len(t, batch, len(many))
	for i, g := range batch {
		if i%3 == 1 {
			require.Zero(t, g, "dataset %d", i)
		} else {
			require.Equal(t, want[len(want)-1], g, "dataset %d", i)
		}
	}
	latest, err := owner.GrantOf(ctx, dataset, enclave)
	require.NoError(t, err)
	require.Equal(t, want[len(want)-1], latest)
}

func TestGrantDigestMatchesContract(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	c := dev.Governance()
	onChain, err := c.GrantDomainSeparator(ctx)
	require.NoError(t, err)
	td := chain.GrantTypedData(c.ChainID(), c.Deployment().DataGrants, chain.GrantMessage{Nonce: big.NewInt(0)})
	sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	require.NoError(t, err)
	require.Equal(t, onChain, common.BytesToHash(sep))

	// The digest is exactly keccak256(0x1901 ‖ domain ‖ structHash), as eth_signTypedData_v4 signs it.
	msg := chain.GrantMessage{DatasetID: common.Hash{1}, Enclave: common.Address{2}, PolicyHash: common.Hash{3}, Expiry: 4, Nonce: big.NewInt(5), Deadline: 6}
	digest, err := chain.GrantDigest(c.ChainID(), c.Deployment().DataGrants, msg)
	require.NoError(t, err)
	typeHash := crypto.Keccak256([]byte("Grant(bytes32 datasetId,address enclave,bytes32 policyHash,uint64 expiry,uint256 nonce,uint64 deadline)"))
	structHash := crypto.Keccak256(typeHash,
		common.Hash{1}.Bytes(), common.LeftPadBytes(common.Address{2}.Bytes(), 32), common.Hash{3}.Bytes(),
		common.LeftPadBytes([]byte{4}, 32), common.LeftPadBytes([]byte{5}, 32), common.LeftPadBytes([]byte{6}, 32))
	want := crypto.Keccak256([]byte{0x19, 0x01}, onChain.Bytes(), structHash)
	require.Equal(t, common.BytesToHash(want), digest)

	// The type strings are the contract's type hashes.
	meta := bindings.NewDataGrants()
	for typ, data := range map[string][]byte{chain.GrantTypeString: meta.PackGRANTTYPEHASH(), chain.RevokeTypeString: meta.PackREVOKETYPEHASH()} {
		to := c.Deployment().DataGrants
		out, err := dev.Backend().CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256([]byte(typ)), out, typ)
	}

	rmsg := chain.RevokeMessage{DatasetID: common.Hash{1}, Enclave: common.Address{2}, Nonce: big.NewInt(5), Deadline: 6}
	rdigest, err := chain.RevokeDigest(c.ChainID(), c.Deployment().DataGrants, rmsg)
	require.NoError(t, err)
	structHash = crypto.Keccak256(crypto.Keccak256([]byte(chain.RevokeTypeString)),
		common.Hash{1}.Bytes(), common.LeftPadBytes(common.Address{2}.Bytes(), 32),
		common.LeftPadBytes([]byte{5}, 32), common.LeftPadBytes([]byte{6}, 32))
	require.Equal(t, common.BytesToHash(crypto.Keccak256([]byte{0x19, 0x01}, onChain.Bytes(), structHash)), rdigest)
}
