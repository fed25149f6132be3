package enclave_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
)

// TestLedgerAfterProvesAgainstRoot: the ledger after a task, rebuilt from
// the published result, is proven by the root its claim moved the chain
// to, and by no other: a published ledger that hides ε spent before the
// task leads to another root.
func TestLedgerAfterProvesAgainstRoot(t *testing.T) {
	a, b := common.Hash{0xa}, common.Hash{0xb}
	market := common.Address{0x3a}
	prev := &enclave.LedgerState{Spent: map[common.Hash]float64{a: 2}, Tasks: []common.Hash{{0xe0}}}
	r := &enclave.Result{Task: common.Hash{0x7}, Market: market, MarketClaim: &chain.ResultClaim{TaskID: 9},
		PrevLedger: prev, PrevLedgerRoot: prev.Root(),
		Usage: []enclave.Usage{{Dataset: a, Epsilon: 1.5}, {Dataset: b, Epsilon: 0.25}}}
	want, err := prev.Charge(enclave.LedgerTaskKey(market, 9, r.Task), r.Usage, nil)
	require.NoError(t, err)
	r.LedgerRoot = want.Root()
	require.NoError(t, enclave.Audit(r, nil))

	got, err := enclave.LedgerAfter(r)
	require.NoError(t, err)
	require.Equal(t, map[common.Hash]float64{a: 3.5, b: 0.25}, got.Spent)
	require.True(t, got.Charged(enclave.LedgerTaskKey(market, 9, r.Task)), "a market task is charged under its market key")
	require.False(t, got.Charged(r.Task))
	require.NotEqual(t, prev.Root(), got.Root())
	require.NoError(t, got.Proves(r.LedgerRoot))

	require.ErrorIs(t, got.Proves(r.PrevLedgerRoot), enclave.ErrLedgerAudit, "the root before the task proves the ledger before it, not after")
	require.NoError(t, prev.Proves(r.PrevLedgerRoot))
	require.ErrorIs(t, got.Proves(common.Hash{}), enclave.ErrLedgerAudit)
	require.NoError(t, (*enclave.LedgerState)(nil).Proves(common.Hash{}), "the empty ledger's root is zero")

	t.Run("tampered published ledger", func(t *testing.T) {
		lie := *r
		lie.PrevLedger = &enclave.LedgerState{Spent: map[common.Hash]float64{a: 0}, Tasks: prev.Tasks}
		l, err := enclave.LedgerAfter(&lie)
		require.NoError(t, err)
		require.Equal(t, 1.5, l.Spent[a])
		err = l.Proves(r.LedgerRoot)
		require.ErrorIs(t, err, enclave.ErrLedgerAudit)
		require.Contains(t, err.Error(), r.LedgerRoot.Hex())
	})
	t.Run("no ledger published", func(t *testing.T) {
		none := *r
		none.PrevLedger = nil
		_, err := enclave.LedgerAfter(&none)
		require.ErrorIs(t, err, enclave.ErrLedgerAudit)
	})
	t.Run("task charged before", func(t *testing.T) {
		again := *r
		again.PrevLedger = got
		_, err := enclave.LedgerAfter(&again)
		require.ErrorIs(t, err, enclave.ErrReplay)
	})
}
