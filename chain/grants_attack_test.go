package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestAttackSquatDatasetId: an attacker who sees a victim's dataset id (in
// its published manifest or its pending first grant) grants that id first,
// directly or as a signed grant of its own, to own it and lock the victim
// out. Before ids were owner-bound the attacker's grant went through,
// datasetOwner became the attacker and the victim's grant reverted with
// NotDatasetOwner. Now the id names its owner: both attacks revert with
// NotDatasetOwner and the victim's grant succeeds.
func TestAttackSquatDatasetId(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	victim := newAccount(t, nil)
	attackerKey, attacker := keyedAccount(t)
	dataset := ownedDataset(t, victim.Address()) // the victim's id, copied by the attacker
	head := headBlock(t, victim)
	expiry := head + 1000

	_, err := attacker.Grant(ctx, dataset, enclave, randomHash(t), expiry)
	require.ErrorIs(t, err, chain.ErrNotDatasetOwner, "a direct grant of another's id is refused")
	var re *chain.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "NotDatasetOwner", re.Name)
	require.Equal(t, victim.Address(), re.Args[2], "the revert names the owner the id is bound to")
	require.Contains(t, err.Error(), "grant a dataset whose id begins with your own address")

	nonce, err := attacker.GrantNonce(ctx, attacker.Address())
	require.NoError(t, err)
	msg := chain.GrantMessage{DatasetID: dataset, Enclave: enclave, PolicyHash: randomHash(t), Expiry: expiry, Nonce: nonce, Deadline: head + 100}
	digest, err := chain.GrantDigest(attacker.ChainID(), attacker.Deployment().DataGrants, msg)
	require.NoError(t, err)
	_, err = attacker.GrantWithSig(ctx, attacker.Address(), msg, signDigest(t, digest, attackerKey))
	require.ErrorIs(t, err, chain.ErrNotDatasetOwner, "a signed grant of another's id is refused")

	owner, err := victim.DatasetOwner(ctx, dataset)
	require.NoError(t, err)
	require.Equal(t, victim.Address(), owner, "the id is the victim's before any grant")
	_, err = victim.Grant(ctx, dataset, enclave, randomHash(t), expiry)
	require.NoError(t, err, "the victim grants its own dataset")
	count, err := victim.GrantCount(ctx, dataset, enclave)
	require.NoError(t, err)
	require.EqualValues(t, 1, count, "only the victim's grant is in history")
}

// TestAttackReplayRevokedGrant: the owner signs a grant for a node to relay,
// then changes its mind, grants and revokes directly; the node relays the
// signature it kept to revive the revoked consent. Before, the replay went
// through and isActive was true at the head after the revocation. Now the
// direct grant and revoke used up the signed nonce (0 → 2): the replay
// reverts with StaleNonce, and a signature past its deadline block reverts
// with SignatureExpired.
func TestAttackReplayRevokedGrant(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	operator, enclave := activeEnclave(t)
	ownerKey, owner := keyedAccount(t)
	dataset := ownedDataset(t, owner.Address())
	nonce, err := owner.GrantNonce(ctx, owner.Address())
	require.NoError(t, err)
	head := headBlock(t, owner)
	msg := chain.GrantMessage{DatasetID: dataset, Enclave: enclave, PolicyHash: randomHash(t), Expiry: head + 1000, Nonce: nonce, Deadline: head + 500}
	digest, err := chain.GrantDigest(owner.ChainID(), owner.Deployment().DataGrants, msg)
	require.NoError(t, err)
	sig := signDigest(t, digest, ownerKey)

	_, err = owner.Grant(ctx, dataset, enclave, msg.PolicyHash, msg.Expiry)
	require.NoError(t, err)
	rcpt, err := owner.Revoke(ctx, dataset, enclave)
	require.NoError(t, err)
	revoked := rcpt.BlockNumber.Uint64()

	_, err = operator.GrantWithSig(ctx, owner.Address(), msg, sig)
	require.ErrorIs(t, err, chain.ErrStaleNonce, "the signature predates the owner's revocation")
	require.Contains(t, err.Error(), "ask the owner to sign again with nonce", "the message says what to do")
	var re *chain.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, owner.Address(), re.Args[0])
	require.Zero(t, nonce.Cmp(re.Args[1].(*big.Int)), "the revert names the signed nonce %v", nonce)
	require.Zero(t, new(big.Int).Add(nonce, big.NewInt(2)).Cmp(re.Args[2].(*big.Int)),
		"the direct grant and revoke moved the nonce on by two, to %v", re.Args[2])
	active, err := owner.GrantActive(ctx, dataset, enclave, headBlock(t, owner))
	require.NoError(t, err)
	require.False(t, active, "the consent revoked at block %d stays revoked", revoked)

	// A signature with the current nonce is still refused after its deadline.
	head = headBlock(t, owner)
	late := msg
	late.Nonce = new(big.Int).Add(nonce, big.NewInt(2))
	late.Deadline = head - 1
	digest, err = chain.GrantDigest(owner.ChainID(), owner.Deployment().DataGrants, late)
	require.NoError(t, err)
	_, err = operator.GrantWithSig(ctx, owner.Address(), late, signDigest(t, digest, ownerKey))
	require.ErrorIs(t, err, chain.ErrSignatureExpired)
	require.Contains(t, err.Error(), "sign again with a later deadline")
	require.ErrorAs(t, err, &re)
	require.Equal(t, late.Deadline, re.Args[0])
}

// TestAttackRegrantRewritesHistory: an enclave reads an active grant at
// block c (its claim's grants block) and runs; afterwards the owner revokes
// and grants again with another policy, to have the result judged against a
// grant the enclave never saw. Before, isActive(c) turned false and grantOf
// showed the new policy: an honest result failed verification. Now history
// answers: at block c the grant is active with the policy the enclave read,
// the revoked span stays revoked, and the new grant counts only from its
// own block.
func TestAttackRegrantRewritesHistory(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	dataset, policy := ownedDataset(t, owner.Address()), randomHash(t)
	expiry := headBlock(t, owner) + 1000

	rcpt, err := owner.Grant(ctx, dataset, enclave, policy, expiry)
	require.NoError(t, err)
	read := rcpt.BlockNumber.Uint64() // the claim's grants block
	active, err := owner.GrantActive(ctx, dataset, enclave, read)
	require.NoError(t, err)
	require.True(t, active)

	rcpt, err = owner.Revoke(ctx, dataset, enclave)
	require.NoError(t, err)
	revoked := rcpt.BlockNumber.Uint64()
	dev.Mine(1)
	newPolicy := randomHash(t)
	rcpt, err = owner.Grant(ctx, dataset, enclave, newPolicy, expiry+5)
	require.NoError(t, err)
	regranted := rcpt.BlockNumber.Uint64()
	require.Greater(t, regranted, revoked+1)

	for _, tt := range []struct {
		block  uint64
		active bool
		policy common.Hash
	}{
		{read - 1, false, common.Hash{}},
		{read, true, policy},
		{revoked - 1, true, policy},
		{revoked, false, policy},
		{regranted - 1, false, policy},
		{regranted, true, newPolicy},
	} {
		active, err := owner.GrantActive(ctx, dataset, enclave, tt.block)
		require.NoError(t, err)
		require.Equal(t, tt.active, active, "isActive at block %d (granted %d, revoked %d, granted again %d)", tt.block, read, revoked, regranted)
		g, err := owner.GrantAt(ctx, dataset, enclave, tt.block)
		require.NoError(t, err)
		require.Equal(t, tt.policy, g.PolicyHash, "policy in force at block %d", tt.block)
	}
}

// keyedAccount returns a fresh key and a client for it holding 0.1 ETH, for
// tests that sign typed data as the account that also sends transactions.
func keyedAccount(t testing.TB) (*ecdsa.PrivateKey, *chain.Client) {
	t.Helper()
	key, addr := newKey(t)
	funder := newAccount(t, nil)
	_, err := funder.SendETH(testContext(t), addr, new(big.Int).Div(oneETH, big.NewInt(10)))
	require.NoError(t, err)
	return key, funder.As(key)
}
