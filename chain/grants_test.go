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

func headBlock(t testing.TB, c *chain.Client) uint64 {
	t.Helper()
	n, err := c.BlockNumber(testContext(t))
	require.NoError(t, err)
	return n
}

func TestGrantAndRevoke(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	other := newAccount(t, nil)
	dataset, policy := randomHash(t), randomHash(t)
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
	dataset := randomHash(t)
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
	enclave := randomAddress(t)
	_, err := op.RegisterEnclave(testContext(t), enclave, randomHash(t), randomHash(t), allowedMeasurement(t))
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
	ownerKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey) // holds no ETH: never sends
	relayer := newAccount(t, nil)
	dep := relayer.Deployment()
	chainID := relayer.ChainID()

	nonce, err := relayer.GrantNonce(ctx, owner)
	require.NoError(t, err)
	msg := chain.GrantMessage{DatasetID: randomHash(t), Enclave: enclave, PolicyHash: randomHash(t), Expiry: headBlock(t, relayer) + 100, Nonce: nonce}
	digest, err := chain.GrantDigest(chainID, dep.DataGrants, msg)
	require.NoError(t, err)
	sig := signDigest(t, digest, ownerKey)

	t.Run("signed by someone else", func(t *testing.T) {
		otherKey, err := crypto.GenerateKey()
		require.NoError(t, err)
		_, err = relayer.GrantWithSig(ctx, owner, msg, signDigest(t, digest, otherKey))
		require.ErrorIs(t, err, chain.ErrInvalidSignature)
	})
	t.Run("tampered message", func(t *testing.T) {
		bad := msg
		bad.Expiry++
		_, err := relayer.GrantWithSig(ctx, owner, bad, sig)
		require.ErrorIs(t, err, chain.ErrInvalidSignature)
	})
	t.Run("malformed signature", func(t *testing.T) {
		_, err := relayer.GrantWithSig(ctx, owner, msg, sig[:64])
		require.ErrorIs(t, err, chain.ErrInvalidSignature)
	})

	_, err = relayer.GrantWithSig(ctx, owner, msg, sig)
	require.NoError(t, err)
	got, err := relayer.DatasetOwner(ctx, msg.DatasetID)
	require.NoError(t, err)
	require.Equal(t, owner, got, "the signer, not the relayer, owns the dataset")
	active, err := relayer.GrantActive(ctx, msg.DatasetID, enclave, headBlock(t, relayer))
	require.NoError(t, err)
	require.True(t, active)

	_, err = relayer.GrantWithSig(ctx, owner, msg, sig)
	require.ErrorIs(t, err, chain.ErrInvalidSignature, "a signature is good for one use (nonce)")

	// Revocation by signature, with the next nonce.
	rmsg := chain.RevokeMessage{DatasetID: msg.DatasetID, Enclave: enclave, Nonce: new(big.Int).Add(nonce, big.NewInt(1))}
	rdigest, err := chain.RevokeDigest(chainID, dep.DataGrants, rmsg)
	require.NoError(t, err)
	stale := rmsg
	stale.Nonce = nonce
	sdigest, err := chain.RevokeDigest(chainID, dep.DataGrants, stale)
	require.NoError(t, err)
	_, err = relayer.RevokeWithSig(ctx, owner, stale, signDigest(t, sdigest, ownerKey))
	require.ErrorIs(t, err, chain.ErrInvalidSignature)
	_, err = relayer.RevokeWithSig(ctx, owner, rmsg, signDigest(t, rdigest, ownerKey))
	require.NoError(t, err)
	active, err = relayer.GrantActive(ctx, msg.DatasetID, enclave, headBlock(t, relayer))
	require.NoError(t, err)
	require.False(t, active)
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
	msg := chain.GrantMessage{DatasetID: common.Hash{1}, Enclave: common.Address{2}, PolicyHash: common.Hash{3}, Expiry: 4, Nonce: big.NewInt(5)}
	digest, err := chain.GrantDigest(c.ChainID(), c.Deployment().DataGrants, msg)
	require.NoError(t, err)
	typeHash := crypto.Keccak256([]byte("Grant(bytes32 datasetId,address enclave,bytes32 policyHash,uint64 expiry,uint256 nonce)"))
	structHash := crypto.Keccak256(typeHash,
		common.Hash{1}.Bytes(), common.LeftPadBytes(common.Address{2}.Bytes(), 32), common.Hash{3}.Bytes(),
		common.LeftPadBytes([]byte{4}, 32), common.LeftPadBytes([]byte{5}, 32))
	want := crypto.Keccak256([]byte{0x19, 0x01}, onChain.Bytes(), structHash)
	require.Equal(t, common.BytesToHash(want), digest)
}
