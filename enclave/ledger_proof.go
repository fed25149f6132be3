package enclave

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Reading an enclave's ε ledger from what it publishes.
//
// A result publishes the enclave's ledger before the task (PrevLedger);
// the ledger after it is that ledger charged with the result's own usage.
// Anyone can rebuild it from the published result alone and prove it
// against the root TaskMarket holds for the enclave (chain.Client.LedgerRoot):
// a ledger whose root is the one on chain is the enclave's committed
// ledger, whatever the host that served it says.

// LedgerAfter returns the enclave's ε ledger after the result's task: the
// published ledger before it (PrevLedger) charged with the result's usage,
// exactly as the enclave charged it. It checks neither the claim's roots
// (Audit does) nor any budget; prove the ledger against a root with
// LedgerState.Proves.
func LedgerAfter(r *Result) (*LedgerState, error) {
	if r == nil || r.PrevLedger == nil {
		return nil, fmt.Errorf("%w: the result publishes no ledger", ErrLedgerAudit)
	}
	return r.PrevLedger.Charge(LedgerTaskKey(r.Market, r.MarketTaskID(), r.Task), r.Usage, nil)
}

// Proves checks that root (an enclave's ledgerRootOf on TaskMarket) is
// the ledger's root, so that every ε in it is the one committed on chain;
// ErrLedgerAudit if it is not. A nil ledger is the empty one, whose root
// is zero.
func (l *LedgerState) Proves(root common.Hash) error {
	if got := l.Root(); got != root {
		return fmt.Errorf("%w: the ledger's root is %s, not the root %s", ErrLedgerAudit, got.Hex(), root.Hex())
	}
	return nil
}
