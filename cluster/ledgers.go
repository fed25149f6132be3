package cluster

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// LedgerReport is one enclave's ε ledger after the task, as anyone can
// read it: rebuilt from the result its node published (the ledger before
// the task charged with the result's usage, enclave.LedgerAfter) and
// proven against the root TaskMarket holds for the enclave once the run
// has settled (LedgerState.Proves).
type LedgerReport struct {
	Enclave common.Address `json:"enclave"`
	// Root is the enclave's ledger root on chain (TaskMarket.ledgerRootOf).
	Root common.Hash `json:"root"`
	// Proven reports whether the rebuilt ledger's root is Root; Reason
	// says why it is not ("" when it is).
	Proven bool   `json:"proven"`
	Reason string `json:"reason,omitempty"`
	// Datasets and Tasks count the datasets the ledger charged and the
	// tasks it charged them for.
	Datasets int `json:"datasets"`
	Tasks    int `json:"tasks"`

	ledger *enclave.LedgerState // the rebuilt ledger (nil if it could not be)
}

// ledgers reads every enclave's ledger root from the chain, proves each
// enclave's published ledger against it and fills the ledger reports and
// the ε of each user's dataset as read from the proven ledgers.
func (c *Cluster) ledgers(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence, rep *Report) error {
	rep.Ledgers = make([]LedgerReport, len(evs))
	for i, ev := range evs {
		e := t.Assignments[i].Enclave
		root, err := c.company.client.LedgerRoot(ctx, e)
		if err != nil {
			return fmt.Errorf("reading the ε-ledger root of enclave %s: %w", e, err)
		}
		rep.Ledgers[i] = proveLedger(e, root, ev)
	}
	for k := range rep.UserReports {
		u := &rep.UserReports[k]
		for _, l := range rep.Ledgers {
			if l.Enclave == u.Enclave && l.ledger != nil {
				u.LedgerEpsilon, u.LedgerProven = l.ledger.Spent[u.Dataset], l.Proven
			}
		}
	}
	return nil
}

// proveLedger rebuilds the ledger after the task from the evidence a node
// published for enclave e and proves it against root, e's ledger root on
// chain.
func proveLedger(e common.Address, root common.Hash, ev *nodeapi.Evidence) LedgerReport {
	lr := LedgerReport{Enclave: e, Root: root}
	if ev.Result.Enclave != e {
		lr.Reason = fmt.Sprintf("the published result is enclave %s's", ev.Result.Enclave)
		return lr
	}
	l, err := enclave.LedgerAfter(ev.Result)
	if err != nil {
		lr.Reason = fmt.Sprintf("rebuilding the ledger from the published result: %v", err)
		return lr
	}
	lr.ledger, lr.Datasets, lr.Tasks = l, len(l.Spent), len(l.Tasks)
	if err := l.Proves(root); err != nil {
		lr.Reason = fmt.Sprintf("the published ledger is not the one on chain: %v", err)
		return lr
	}
	lr.Proven = true
	return lr
}
