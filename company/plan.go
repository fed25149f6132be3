package company

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// NodeRef is a node the task may be assigned to: its enclave and the base
// URL of its API.
type NodeRef struct {
	Enclave common.Address `json:"enclave"`
	URL     string         `json:"url"`
}

// Terms are a task's terms besides its workload.
type Terms struct {
	// Owner is the task owner's account (it publishes and pays).
	Owner common.Address
	// Measurement is the enclave measurement the task runs on.
	Measurement common.Hash
	// Fee is what the owner escrows, in MEMO base units; Split how each
	// result share is divided.
	Fee   *big.Int
	Split chain.Split
	// Deadline is the block by which results are due: a grant that
	// expires before it is left out.
	Deadline uint64
	// ResultKey is the owner's HPKE public key results are encrypted to.
	ResultKey []byte
	// InputCommitment commits to the owner's private input (zero: none).
	InputCommitment common.Hash
	// Reexecute asks for every result to be re-executed.
	Reexecute bool
}

// Exclusion is a dataset an assigned or candidate node offers that the
// task leaves out, and why.
type Exclusion struct {
	Enclave common.Address `json:"enclave"`
	Dataset common.Hash    `json:"dataset"`
	Owner   common.Address `json:"owner"`
	Reason  string         `json:"reason"`
}

// Plan is a task ready to publish: its document (without the market task,
// which Publish sets), the records it pays for and the datasets left out.
type Plan struct {
	Task     *nodeapi.Task
	Fee      *big.Int
	Split    chain.Split
	Deadline uint64
	Records  uint64
	Excluded []Exclusion
}

// Gather fetches the dataset offers of every node at once. A node that
// cannot be reached fails the whole gathering, naming it.
func Gather(ctx context.Context, nodes []NodeRef, client func(url string) (*nodeapi.Client, error)) ([]*nodeapi.Offers, error) {
	out := make([]*nodeapi.Offers, len(nodes))
	errs := make([]error, len(nodes))
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Go(func() {
			api, err := client(n.URL)
			if err == nil {
				out[i], err = api.Datasets(ctx)
			}
			if err == nil && out[i].Enclave != n.Enclave {
				err = fmt.Errorf("%w: %s serves enclave %s, not %s", ErrNodes, n.URL, out[i].Enclave, n.Enclave)
			}
			if err != nil {
				errs[i] = fmt.Errorf("node %s (%s): %w", n.Enclave, n.URL, err)
			}
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// NewPlan builds the task over the datasets the nodes offer. want is how
// many nodes to assign (those offering the most admitted records); 0
// assigns every node given, each of which must then offer some. A dataset
// is admitted when its grant's policy admits the task (owner, kind, ε, δ,
// price floor) and the grant holds past the deadline. The price per record
// is what the fee pays data owners when every result passes (the users'
// part of each share, summed over the K shares, over the records); datasets
// whose floor is above it are left out and the price recomputed over the
// rest until every admitted floor is met.
func NewPlan(w Workload, t Terms, nodes []NodeRef, offers []*nodeapi.Offers, want int) (*Plan, error) {
	if err := w.Validate(); err != nil {
		return nil, err
	}
	if w.Wasm != nil {
		// A wasm task runs on one enclave (nodeapi.Task.Validate).
		switch {
		case want > 1 || (want == 0 && len(nodes) > 1):
			return nil, fmt.Errorf("%w: a wasm task runs on one enclave: assign one node", ErrNodes)
		case t.InputCommitment != (common.Hash{}):
			return nil, fmt.Errorf("%w: a wasm task takes no owner input", ErrWorkload)
		}
	}
	if len(nodes) != len(offers) {
		return nil, fmt.Errorf("%w: %d nodes, %d offers", ErrNodes, len(nodes), len(offers))
	}
	if want < 0 || want > chain.MaxReplication || (want == 0 && len(nodes) > chain.MaxReplication) {
		return nil, fmt.Errorf("%w: TaskMarket takes 1 to %d enclaves per task", ErrNodes, chain.MaxReplication)
	}
	if t.Fee == nil || t.Fee.Sign() < 0 {
		return nil, fmt.Errorf("%w: no fee", ErrWorkload)
	}
	p := &Plan{Fee: new(big.Int).Set(t.Fee), Split: t.Split, Deadline: t.Deadline}
	// Everything but the price, once.
	type cand struct {
		node   NodeRef
		offers []nodeapi.Offer
	}
	cands := make([]cand, len(nodes))
	for i, n := range nodes {
		cands[i].node = n
		for _, o := range offers[i].Datasets {
			if why := admits(w, t, o); why != "" {
				p.Excluded = append(p.Excluded, Exclusion{Enclave: n.Enclave, Dataset: o.Dataset, Owner: o.Owner, Reason: why})
				continue
			}
			cands[i].offers = append(cands[i].offers, o)
		}
	}
	records := func(c cand) uint64 {
		var r uint64
		for _, o := range c.offers {
			r += o.Records
		}
		return r
	}
	for {
		chosen := slices.Clone(cands)
		if want > 0 {
			slices.SortStableFunc(chosen, func(a, b cand) int { return cmp.Compare(records(b), records(a)) })
			chosen = slices.DeleteFunc(chosen, func(c cand) bool { return records(c) == 0 })
			if len(chosen) < want {
				return nil, fmt.Errorf("%w: %d node(s) offer datasets that admit the task, %d wanted%s", ErrNoOffer, len(chosen), want, excludedHint(p.Excluded))
			}
			chosen = chosen[:want]
		} else {
			for _, c := range chosen {
				if records(c) == 0 {
					return nil, fmt.Errorf("%w: node %s (%s) offers none%s", ErrNoOffer, c.node.Enclave, c.node.URL, excludedHint(p.Excluded))
				}
			}
		}
		var total uint64
		for _, c := range chosen {
			total += records(c)
		}
		price := PricePerRecord(t.Fee, t.Split.UsersBps, len(chosen), total)
		dropped := false
		for i := range cands {
			if !slices.ContainsFunc(chosen, func(c cand) bool { return c.node == cands[i].node }) {
				continue
			}
			cands[i].offers = slices.DeleteFunc(cands[i].offers, func(o nodeapi.Offer) bool {
				if floor := o.Policy.MinPricePerRecord; floor != nil && floor.Cmp(price) > 0 {
					p.Excluded = append(p.Excluded, Exclusion{Enclave: cands[i].node.Enclave, Dataset: o.Dataset, Owner: o.Owner,
						Reason: fmt.Sprintf("price floor %s per record is above the task's %s", chain.FormatMEMO(floor), chain.FormatMEMO(price))})
					dropped = true
					return true
				}
				return false
			})
		}
		if dropped {
			continue
		}
		doc := &nodeapi.Task{Owner: t.Owner, Measurement: t.Measurement, PricePerRecord: price,
			ResultKey: slices.Clone(t.ResultKey), InputCommitment: t.InputCommitment, Reexecute: t.Reexecute}
		if w.Wasm != nil {
			doc.Wasm = &nodeapi.WasmWorkload{Module: slices.Clone(w.Wasm.Module), Limits: w.Wasm.Limits}
		} else {
			doc.Spec = w.Spec
		}
		if _, err := rand.Read(doc.Nonce[:]); err != nil {
			return nil, err
		}
		for _, c := range chosen {
			a := nodeapi.Assignment{Enclave: c.node.Enclave, Node: c.node.URL}
			for _, o := range c.offers {
				a.Datasets = append(a.Datasets, o.Dataset)
			}
			slices.SortFunc(a.Datasets, common.Hash.Cmp)
			doc.Assignments = append(doc.Assignments, a)
		}
		doc.ID = doc.Hash()
		if err := doc.Validate(); err != nil {
			return nil, err
		}
		p.Task, p.Records = doc, total
		return p, nil
	}
}

// admits says why offer o does not admit the task, "" if it does (the
// price floor aside, which depends on the records admitted).
func admits(w Workload, t Terms, o nodeapi.Offer) string {
	if o.Expiry != 0 && o.Expiry <= t.Deadline {
		return fmt.Sprintf("the grant expires at block %d, before the deadline %d", o.Expiry, t.Deadline)
	}
	pt := w.policyTask(t.Owner, o.Policy.MinPricePerRecord) // the floor is checked with the price
	if err := o.Policy.Check(pt, 0); err != nil {
		return err.Error()
	}
	return ""
}

func excludedHint(ex []Exclusion) string {
	if len(ex) == 0 {
		return " (the nodes hold no grant)"
	}
	reasons := map[string]int{}
	for _, e := range ex {
		reasons[e.Reason]++
	}
	var parts []string
	for _, r := range slices.Sorted(maps.Keys(reasons)) {
		parts = append(parts, fmt.Sprintf("%d× %s", reasons[r], r))
	}
	return "; left out: " + strings.Join(parts, "; ")
}

// PricePerRecord is the price per record a fee pays data owners over k
// results and records records: each passing result credits them
// ⌊⌊fee/k⌋·usersBps/10⁴⌋, so all k together pay that times k, over the
// records. TaskMarket's floor per result (the price over k) is then
// covered by every result's users' part.
func PricePerRecord(fee *big.Int, usersBps uint16, k int, records uint64) *big.Int {
	if k <= 0 || records == 0 || fee == nil {
		return new(big.Int)
	}
	kk := big.NewInt(int64(k))
	users := new(big.Int).Div(fee, kk)
	users.Mul(users, big.NewInt(int64(usersBps))).Div(users, big.NewInt(chain.BasisPoints)).Mul(users, kk)
	return users.Div(users, new(big.Int).SetUint64(records))
}
