package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// batchOwner is a data owner who holds no ETH and signs grants for a relayer.
type batchOwner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newBatchOwner(t testing.TB) batchOwner {
	k, a := newKey(t)
	return batchOwner{k, a}
}

// signed is o's grant of a fresh dataset to enclave with nonce, signed by
// key (o's own key if nil).
func (o batchOwner) signed(t testing.TB, c *chain.Client, enclave common.Address, nonce int64, key *ecdsa.PrivateKey) chain.SignedGrant {
	t.Helper()
	head := headBlock(t, c)
	m := chain.GrantMessage{DatasetID: ownedDataset(t, o.addr), Enclave: enclave, PolicyHash: randomHash(t), Expiry: head + 1000, Nonce: big.NewInt(nonce), Deadline: head + 100}
	return o.sign(t, c, m, key)
}

func (o batchOwner) sign(t testing.TB, c *chain.Client, m chain.GrantMessage, key *ecdsa.PrivateKey) chain.SignedGrant {
	t.Helper()
	if key == nil {
		key = o.key
	}
	d, err := chain.GrantDigest(c.ChainID(), c.Deployment().DataGrants, m)
	require.NoError(t, err)
	return chain.SignedGrant{Owner: o.addr, Message: m, Signature: signDigest(t, d, key)}
}

// TestGrantBatchWithSigAttacks relays one batch of good grants among
// entries that break each rule of grantWithSig: a replayed signature,
// another's signature on an owner's grant, a deadline passed, and a relayer
// that altered the policy or the expiry an owner signed. The rule for a bad
// entry is skip-and-report: each bad entry is skipped with the error
// grantWithSig gives for it, uses up nobody's nonce and grants nothing; the
// good entries (one owner's two, with consecutive nonces, among them) are
// granted.
func TestGrantBatchWithSigAttacks(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	relayer := newAccount(t, nil)
	a, b, victim, thief := newBatchOwner(t), newBatchOwner(t), newBatchOwner(t), newBatchOwner(t)

	replayed := a.signed(t, relayer, enclave, 0, nil)
	_, err := relayer.GrantWithSig(ctx, a.addr, replayed.Message, replayed.Signature)
	require.NoError(t, err)
	good1 := a.signed(t, relayer, enclave, 1, nil)
	good2 := a.signed(t, relayer, enclave, 2, nil)
	good3 := b.signed(t, relayer, enclave, 0, nil)
	// The victim's genuine grant, and what an attacker or relayer makes of it.
	genuine := victim.signed(t, relayer, enclave, 0, nil)
	forged := victim.signed(t, relayer, enclave, 0, thief.key) // the thief signs as the victim
	stolen := genuine
	stolen.Owner = thief.addr // the victim's signature put on the thief's name
	altered := genuine
	altered.Message.PolicyHash = randomHash(t)
	extended := genuine
	extended.Message.Expiry += 1000
	head := headBlock(t, relayer)
	late := b.sign(t, relayer, chain.GrantMessage{DatasetID: ownedDataset(t, b.addr), Enclave: enclave, PolicyHash: randomHash(t), Expiry: head + 1000, Nonce: big.NewInt(1), Deadline: head - 1}, nil)

	batch := []chain.SignedGrant{replayed, good1, forged, stolen, good2, altered, late, extended, good3}
	rcpt, skipped, err := relayer.GrantBatchWithSig(ctx, batch)
	require.NoError(t, err)
	wantSkipped := map[int]error{
		0: chain.ErrStaleNonce, 2: chain.ErrInvalidSignature, 3: chain.ErrInvalidSignature,
		5: chain.ErrInvalidSignature, 6: chain.ErrSignatureExpired, 7: chain.ErrInvalidSignature,
	}
	require.Len(t, skipped, len(wantSkipped))
	for _, s := range skipped {
		require.ErrorIs(t, s.Err, wantSkipped[s.Index], "entry %d", s.Index)
		require.Equal(t, batch[s.Index].Owner, s.Owner)
	}
	at := rcpt.BlockNumber.Uint64()
	for i, g := range batch {
		on, err := relayer.GrantOf(ctx, g.Message.DatasetID, enclave)
		require.NoError(t, err)
		if _, bad := wantSkipped[i]; bad && i != 0 {
			require.Zero(t, on, "entry %d granted nothing", i)
			continue
		}
		require.Equal(t, g.Message.PolicyHash, on.PolicyHash, "entry %d", i)
		require.Equal(t, g.Message.Expiry, on.Expiry, "entry %d", i)
	}
	for _, tt := range []struct {
		who  common.Address
		want int64
	}{{a.addr, 3}, {b.addr, 1}, {victim.addr, 0}, {thief.addr, 0}} {
		n, err := relayer.GrantNonce(ctx, tt.who)
		require.NoError(t, err)
		require.EqualValues(t, tt.want, n.Int64(), "nonce of %s", tt.who)
	}
	on, err := relayer.GrantActive(ctx, good3.Message.DatasetID, enclave, at)
	require.NoError(t, err)
	require.True(t, on)

	// The attempts burnt nothing: the victim's genuine grant still relays,
	// once; the whole batch again grants nothing more.
	_, skipped, err = relayer.GrantBatchWithSig(ctx, []chain.SignedGrant{genuine, genuine})
	require.NoError(t, err)
	require.Len(t, skipped, 1)
	require.Equal(t, 1, skipped[0].Index)
	require.ErrorIs(t, skipped[0].Err, chain.ErrStaleNonce, "a signature relays once, even twice in one batch")
	_, skipped, err = relayer.GrantBatchWithSig(ctx, batch)
	require.NoError(t, err)
	require.Len(t, skipped, len(batch), "a replayed batch grants nothing")

	// An empty batch, or one past MaxGrantBatch, is refused before sending.
	_, _, err = relayer.GrantBatchWithSig(ctx, nil)
	require.ErrorContains(t, err, "0 entries")
	_, _, err = relayer.GrantBatchWithSig(ctx, make([]chain.SignedGrant, chain.MaxGrantBatch+1))
	require.ErrorContains(t, err, "want 1 to")

	// Per-owner relays still work next to batches.
	next := b.signed(t, relayer, enclave, 1, nil)
	_, err = relayer.GrantWithSig(ctx, b.addr, next.Message, next.Signature)
	require.NoError(t, err)
}

// TestGrantBatchWithSigGas: no gas limit makes a relay skip an entry for
// lack of gas (which a gas estimate could settle on, dropping owners'
// grants): below the estimate a relay grants every entry or fails. (With
// entries as cheap as these, the 1/64 of gas an out-of-gas entry leaves
// cannot pay for the skip's log anyway; the contract's BatchOutOfGas check
// covers dearer entries, such as a pair's later grants that archive one.)
func TestGrantBatchWithSigGas(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	relayer := newAccount(t, nil)
	var batch []bindings.DataGrantsSignedGrant
	var signed []chain.SignedGrant
	for range 5 {
		g := newBatchOwner(t).signed(t, relayer, enclave, 0, nil)
		m := g.Message
		sig := append([]byte(nil), g.Signature...)
		sig[64] += 27
		signed = append(signed, g)
		batch = append(batch, bindings.DataGrantsSignedGrant{Owner: g.Owner, DatasetId: m.DatasetID, Enclave: m.Enclave, PolicyHash: m.PolicyHash, Expiry: m.Expiry, Nonce: m.Nonce, Deadline: m.Deadline, Signature: sig})
	}
	msg := ethereum.CallMsg{From: relayer.Address(), To: &relayer.Deployment().DataGrants, Data: bindings.NewDataGrants().PackGrantBatchWithSig(batch)}
	gas, err := dev.Backend().EstimateGas(ctx, msg)
	require.NoError(t, err)
	// Below the estimate, every limit either grants all five or fails.
	failed := false
	for short := uint64(0); short <= 30_000 && !failed; short += 1_000 {
		msg.Gas = gas - short
		out, err := dev.Backend().CallContract(ctx, msg, nil)
		if err != nil {
			failed = true
			continue
		}
		granted, err := bindings.NewDataGrants().UnpackGrantBatchWithSig(out)
		require.NoError(t, err)
		require.EqualValues(t, 5, granted.Int64(), "%d gas short of the estimate", short)
	}
	require.True(t, failed, "30,000 gas short of the estimate still passed")
	_, skipped, err := relayer.GrantBatchWithSig(ctx, signed)
	require.NoError(t, err)
	require.Empty(t, skipped)
}

// TestGrantPolicyShared: grants store their policy by number in a table of
// policy hashes (one slot per checkpoint); grants of many pairs under one
// policy and under others each read back their own hash, from the newest
// checkpoint and from the archive.
func TestGrantPolicyShared(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	owner := newAccount(t, nil)
	shared, other := randomHash(t), randomHash(t)
	expiry := headBlock(t, owner) + 1000
	a, b := ownedDataset(t, owner.Address()), ownedDataset(t, owner.Address())
	for _, g := range []struct {
		dataset, policy common.Hash
	}{{a, shared}, {b, shared}, {a, other}} {
		_, err := owner.Grant(ctx, g.dataset, enclave, g.policy, expiry)
		require.NoError(t, err)
	}
	for _, tt := range []struct {
		dataset, want common.Hash
	}{{a, other}, {b, shared}} {
		on, err := owner.GrantOf(ctx, tt.dataset, enclave)
		require.NoError(t, err)
		require.Equal(t, tt.want, on.PolicyHash)
	}
	first, err := owner.GrantOf(ctx, b, enclave)
	require.NoError(t, err)
	archived, err := owner.GrantAt(ctx, a, enclave, first.GrantedBlock)
	require.NoError(t, err)
	require.Equal(t, shared, archived.PolicyHash, "the archived checkpoint keeps its policy")
}

// TestGrantBatchGasBound: the gas limit GrantBatchWithSig sends a relay
// with (a bound, not an estimate) covers batches of the costliest entries
// with 20% to spare: every entry under a policy never used before, by an
// owner relaying for the first time, and then again, re-granting the same
// pairs so that each archives its checkpoint. A full batch fits in one
// transaction under EIP-7825's cap.
func TestGrantBatchGasBound(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	_, enclave := activeEnclave(t)
	relayer := newAccount(t, nil)
	const n = 8
	owners := make([]batchOwner, n)
	first := make([]chain.SignedGrant, n)
	for i := range owners {
		owners[i] = newBatchOwner(t)
		first[i] = owners[i].signed(t, relayer, enclave, 0, nil)
	}
	again := func() []chain.SignedGrant {
		out := make([]chain.SignedGrant, n)
		head := headBlock(t, relayer)
		for i, g := range first {
			m := g.Message
			m.PolicyHash, m.Expiry, m.Nonce, m.Deadline = randomHash(t), head+2000, big.NewInt(1), head+100
			out[i] = owners[i].sign(t, relayer, m, nil)
		}
		return out
	}
	for round, batch := range [][]chain.SignedGrant{first, nil} {
		if batch == nil {
			batch = again()
		}
		rcpt, skipped, err := relayer.GrantBatchWithSig(ctx, batch)
		require.NoError(t, err)
		require.Empty(t, skipped, "round %d", round)
		perEntry := rcpt.GasUsed / n
		t.Logf("round %d: %d gas an entry (batch of %d: %d)", round, perEntry, n, rcpt.GasUsed)
		require.LessOrEqual(t, perEntry*6/5, chain.GrantBatchGas(n)/n, "round %d: %d gas an entry leaves under 20%% of the bound", round, perEntry)
	}
	require.LessOrEqual(t, chain.GrantBatchGas(chain.MaxGrantBatch), uint64(1<<24), "EIP-7825: a transaction carries at most 2^24 gas")
}
