package dataowner

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
)

// Use is one task's use of a dataset, from the lineage of the result an
// enclave published.
type Use struct {
	Dataset  common.Hash
	Enclave  common.Address
	Task     uint64
	Document common.Hash
	Index    uint8
	Block    uint64
	Records  uint64
	Epsilon  float64
	// PrivacyUnit is what Epsilon is about, "record" or "user", from the
	// task document the node holds (checked against the hash the market
	// task names); "" if the task trains without DP or the node does not
	// serve its document.
	PrivacyUnit string
	// State is the result slot's state on chain.
	State string
}

// Ledger is an enclave's ε ledger as the data owner reads it: rebuilt from
// the published result whose claim set the enclave's ledger root on chain,
// and proven against that root.
type Ledger struct {
	Enclave common.Address
	Root    common.Hash
	Proven  bool
	Reason  string
	// Spent is the ε charged per dataset (proven or not; see Proven).
	Spent map[common.Hash]float64
}

// History lists, for the datasets of interest, every task whose result an
// enclave of enclaves submitted with the dataset in its lineage, and each
// enclave's ε ledger proven against its root on chain. A result that
// cannot be fetched is reported in unreadable, not fatal.
func History(ctx context.Context, c Chain, logs Logs, clients Clients, datasets []common.Hash, enclaves []common.Address) (uses []Use, ledgers []Ledger, unreadable []string, err error) {
	if len(enclaves) == 0 {
		return nil, nil, nil, nil
	}
	slots, err := Slots(ctx, c, logs, enclaves, 0)
	if err != nil {
		return nil, nil, nil, err
	}
	results := map[common.Address][]*enclave.Result{}
	for _, s := range slots {
		if !s.Submitted {
			continue
		}
		t, err := c.Task(ctx, s.Task)
		if err != nil {
			return nil, nil, nil, err
		}
		r, err := c.Result(ctx, s.Task, s.Index)
		if err != nil {
			return nil, nil, nil, err
		}
		ev, err := evidence(ctx, c, clients, s.Enclave, t.DatasetHash)
		if err != nil {
			unreadable = append(unreadable, fmt.Sprintf("market task %d, enclave %s: %v", s.Task, s.Enclave, err))
			continue
		}
		res := ev.Result
		if res.Enclave != s.Enclave || res.Task != t.DatasetHash || res.MarketClaim == nil || res.MarketClaim.TaskID != s.Task {
			unreadable = append(unreadable, fmt.Sprintf("market task %d, enclave %s: %v: the node published another result", s.Task, s.Enclave, ErrEvidence))
			continue
		}
		if err := res.VerifyClaim(); err != nil {
			unreadable = append(unreadable, fmt.Sprintf("market task %d, enclave %s: %v", s.Task, s.Enclave, err))
			continue
		}
		results[s.Enclave] = append(results[s.Enclave], res)
		unit := ""
		for _, u := range res.Usage {
			if slices.Contains(datasets, u.Dataset) {
				if unit == "" {
					unit = privacyUnit(ctx, c, clients, s.Enclave, t.DatasetHash)
				}
				uses = append(uses, Use{Dataset: u.Dataset, Enclave: s.Enclave, Task: s.Task, Document: t.DatasetHash, Index: s.Index, Block: s.Block,
					Records: u.Records, Epsilon: u.Epsilon, PrivacyUnit: unit, State: r.State.String()})
			}
		}
	}
	for _, e := range enclaves {
		root, err := c.LedgerRoot(ctx, e)
		if err != nil {
			return nil, nil, nil, err
		}
		ledgers = append(ledgers, proveLedger(e, root, results[e]))
	}
	return uses, ledgers, unreadable, nil
}

// privacyUnit is the privacy unit of the task whose document hashes to
// doc, read from the document the enclave's node holds: "" if the node
// does not serve it, serves another, or the task trains without DP.
func privacyUnit(ctx context.Context, c Chain, clients Clients, enclave common.Address, doc common.Hash) string {
	api, err := nodeOf(ctx, c, clients, enclave)
	if err != nil {
		return ""
	}
	st, err := api.TaskState(ctx, doc)
	if err != nil || st.Task.Hash() != doc || st.Task.Wasm != nil {
		return ""
	}
	return st.Task.Spec.PrivacyUnit()
}

// proveLedger finds, among an enclave's published results, the one whose
// claim set its ledger root and proves the ledger after it against root.
func proveLedger(e common.Address, root common.Hash, rs []*enclave.Result) Ledger {
	l := Ledger{Enclave: e, Root: root, Spent: map[common.Hash]float64{}}
	if root == (common.Hash{}) {
		l.Proven = true // the empty ledger: nothing charged yet
		return l
	}
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].LedgerRoot != root {
			continue
		}
		after, err := enclave.LedgerAfter(rs[i])
		if err != nil {
			l.Reason = err.Error()
			return l
		}
		l.Spent = after.Spent
		if err := after.Proves(root); err != nil {
			l.Reason = err.Error()
			return l
		}
		l.Proven = true
		return l
	}
	l.Reason = "no published result of the enclave set its ledger root on chain"
	return l
}
