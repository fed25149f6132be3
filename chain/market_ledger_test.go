package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestAdvanceLedger: an enclave-signed ledger advance moves the enclave's
// ε-ledger root whoever sends it; one that does not continue the root on
// chain, or that another key signed, is refused and moves nothing.
func TestAdvanceLedger(t *testing.T) {
	ctx := testContext(t)
	relay := mAccount(t, chain.Tokens(0))
	key := mKey(t)
	enclave := mAddrOf(key)
	market := relay.Deployment().TaskMarket
	sign := func(a chain.LedgerAdvance) []byte {
		sig, err := chain.SignLedgerAdvance(key, relay.ChainID(), market, a)
		require.NoError(t, err)
		return sig
	}
	root := func() common.Hash {
		r, err := relay.LedgerRoot(ctx, enclave)
		require.NoError(t, err)
		return r
	}
	require.Zero(t, root())

	first := chain.LedgerAdvance{Enclave: enclave, LedgerRoot: mhash(t)}
	_, err := relay.AdvanceLedger(ctx, first, sign(first))
	require.NoError(t, err)
	require.Equal(t, first.LedgerRoot, root())

	t.Run("replayed advance refused", func(t *testing.T) {
		_, err := relay.AdvanceLedger(ctx, first, sign(first))
		require.ErrorIs(t, err, chain.ErrLedgerRootMismatch)
		require.Equal(t, first.LedgerRoot, root())
	})
	t.Run("advance from an older root refused", func(t *testing.T) {
		back := chain.LedgerAdvance{Enclave: enclave, PrevLedgerRoot: common.Hash{}, LedgerRoot: mhash(t)}
		_, err := relay.AdvanceLedger(ctx, back, sign(back))
		require.ErrorIs(t, err, chain.ErrLedgerRootMismatch)
		require.Equal(t, first.LedgerRoot, root())
	})
	t.Run("advance signed by another key refused", func(t *testing.T) {
		a := chain.LedgerAdvance{Enclave: enclave, PrevLedgerRoot: first.LedgerRoot, LedgerRoot: mhash(t)}
		sig, err := chain.SignLedgerAdvance(mKey(t), relay.ChainID(), market, a)
		require.NoError(t, err)
		_, err = relay.AdvanceLedger(ctx, a, sig)
		require.ErrorIs(t, err, chain.ErrInvalidLedgerSignature)
		require.Equal(t, first.LedgerRoot, root())
	})
	t.Run("next advance continues the chain", func(t *testing.T) {
		next := chain.LedgerAdvance{Enclave: enclave, PrevLedgerRoot: first.LedgerRoot, LedgerRoot: mhash(t)}
		rcpt, err := relay.AdvanceLedger(ctx, next, sign(next))
		require.NoError(t, err)
		require.Equal(t, next.LedgerRoot, root())
		t.Logf("advanceLedger: %d gas", rcpt.GasUsed)
	})
}
