package enclave_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/enclave"
)

// TestLedgerChargesAudited: a verifier recomputes a claim's ε-ledger step
// from the ledger the enclave published: a claim whose charges do not
// match its ledger delta, that takes a dataset over its grant's budget,
// that charges a task again, or that continues another ledger, fails.
func TestLedgerChargesAudited(t *testing.T) {
	a, b := common.Hash{0xa}, common.Hash{0xb}
	earlier := common.Hash{0xe0}
	prev := &enclave.LedgerState{Spent: map[common.Hash]float64{a: 2, b: 1}, Tasks: []common.Hash{earlier}}
	budgets := map[common.Hash]float64{a: 4.5, b: 4.5}
	honest := func() *enclave.Result {
		r := &enclave.Result{Task: common.Hash{0x7}, PrevLedger: prev, PrevLedgerRoot: prev.Root(),
			Usage: []enclave.Usage{{Dataset: a, Epsilon: 1.5}, {Dataset: b, Epsilon: 1.5}}}
		next, err := prev.Charge(r.Task, r.Usage, nil)
		require.NoError(t, err)
		require.Equal(t, 3.5, next.Spent[a])
		r.LedgerRoot = next.Root()
		return r
	}
	require.NoError(t, enclave.Audit(honest(), budgets))

	for _, tc := range []struct {
		name   string
		tamper func(r *enclave.Result)
		want   string
	}{
		{"new root undercharges one dataset", func(r *enclave.Result) {
			under := []enclave.Usage{{Dataset: a, Epsilon: 0.5}, {Dataset: b, Epsilon: 1.5}}
			next, err := prev.Charge(r.Task, under, nil)
			require.NoError(t, err)
			r.LedgerRoot = next.Root()
		}, "the claim's charges lead to root"},
		{"new root charges nothing", func(r *enclave.Result) { r.LedgerRoot = r.PrevLedgerRoot }, "the claim's charges lead to root"},
		{"charge beyond the grant's budget", func(r *enclave.Result) {
			r.Usage[0].Epsilon = 3
			next, err := prev.Charge(r.Task, r.Usage, nil)
			require.NoError(t, err)
			r.LedgerRoot = next.Root()
		}, "has spent ε 5 of a budget of 4.5"},
		{"task charged before", func(r *enclave.Result) { r.Task = earlier }, "task already charged"},
		{"published ledger is not the claim's", func(r *enclave.Result) {
			r.PrevLedger = &enclave.LedgerState{Spent: map[common.Hash]float64{a: 0, b: 0}}
		}, "the published ledger's root"},
		{"no ledger published", func(r *enclave.Result) { r.PrevLedger = nil }, "publishes no ledger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := honest()
			r.Usage = append([]enclave.Usage(nil), r.Usage...)
			tc.tamper(r)
			err := enclave.Audit(r, budgets)
			require.ErrorIs(t, err, enclave.ErrLedgerAudit)
			require.Contains(t, err.Error(), tc.want)
		})
	}
}
