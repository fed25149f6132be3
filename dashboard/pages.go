package dashboard

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/train"
)

// ---- cluster ----

type contractRow struct {
	Name    string
	Address common.Address
}

type nodeRow struct {
	Operator, Enclave common.Address
	Status            string
	Active            bool
	Measurement       common.Hash
	TEE, TCB          string
	Verdict           string
	AttestedBlock     uint64
	AttestationAge    uint64 // blocks since the current round's attestation
	Stake, Locked     *big.Int
	Slashes           int
	Slashed           *big.Int
	TasksServed       int
	URL               string
	Health            nodeHealth
}

type verifierRow struct {
	Address        common.Address
	Stake, Locked  *big.Int
	Committees     int
	Votes          int
	Agreed, Judged int
	Slashes        int
}

// Agreement is the share of the verifier's judged votes that agreed with
// the verdict ("—" when it judged none).
func (v verifierRow) Agreement() string {
	if v.Judged == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(v.Agreed)/float64(v.Judged))
}

type clusterData struct {
	Head      uint64
	Contracts []contractRow
	Nodes     []nodeRow
	Verifiers []verifierRow
	Tasks     int
	Owners    int
}

func (s *Server) clusterPage(ctx context.Context, _ *http.Request) (string, any, error) {
	c := s.opts.Chain
	s.ix.mu.RLock()
	head := s.ix.head
	enclaves := slices.Clone(s.ix.enclaves)
	evs := make([]enclaveEvents, len(enclaves))
	for i, e := range enclaves {
		evs[i] = *s.ix.enclave[e]
	}
	verifiers := slices.Clone(s.ix.verifiers)
	slashes := map[common.Address][]slashEvent{}
	for a, v := range s.ix.slashes {
		slashes[a] = slices.Clone(v)
	}
	revealed := map[common.Address]int{}
	for a, n := range s.ix.revealed {
		revealed[a] = n
	}
	d := &clusterData{Head: head, Tasks: len(s.ix.tasks), Owners: len(s.ix.owners)}
	s.ix.mu.RUnlock()

	d.Contracts = []contractRow{{"MemoToken", s.dep.Token}, {"Staking", s.dep.Staking}, {"EnclaveRegistry", s.dep.EnclaveRegistry}, {"DataGrants", s.dep.DataGrants}}
	if s.dep.TaskMarket != (common.Address{}) {
		d.Contracts = append(d.Contracts, contractRow{"TaskMarket", s.dep.TaskMarket})
	}
	d.Nodes = make([]nodeRow, len(enclaves))
	errs := make([]error, len(enclaves))
	var wg sync.WaitGroup
	for i, e := range enclaves {
		wg.Go(func() {
			n := nodeRow{Enclave: e, Operator: evs[i].Operator, TasksServed: len(evs[i].Tasks)}
			info, err := c.Enclave(ctx, e)
			if err != nil {
				errs[i] = err
				return
			}
			n.Status, n.Measurement, n.AttestedBlock = info.Status.String(), info.Measurement, info.AttestedBlock
			n.Active = info.ApprovedAt(head)
			if head > info.AttestedBlock {
				n.AttestationAge = head - info.AttestedBlock
			}
			st, err := c.StakeOf(ctx, n.Operator)
			if err != nil {
				errs[i] = err
				return
			}
			n.Stake, n.Locked = st.Staked, st.Locked
			n.Slashed = new(big.Int)
			for _, sl := range slashes[n.Operator] {
				n.Slashes++
				n.Slashed.Add(n.Slashed, sl.Amount)
			}
			if n.URL, err = c.Endpoint(ctx, e); err != nil {
				errs[i] = err
				return
			}
			if n.URL == "" {
				n.Health.Status = "no API URL on chain"
			} else {
				n.Health = s.health(ctx, n.URL)
				v := s.verdict(ctx, n.URL)
				n.TEE, n.TCB, n.Verdict = v.TEE, v.TCBStatus, v.Verdict
				if !v.Fetched {
					n.Verdict = "no attestation: " + v.Error
				}
			}
			d.Nodes[i] = n
		})
	}
	d.Verifiers = make([]verifierRow, len(verifiers))
	verrs := make([]error, len(verifiers))
	judged, err := s.committees(ctx)
	if err != nil {
		return "", nil, err
	}
	for i, v := range verifiers {
		wg.Go(func() {
			st, err := c.StakeOf(ctx, v)
			if err != nil {
				verrs[i] = err
				return
			}
			r := verifierRow{Address: v, Stake: st.Staked, Locked: st.Locked, Votes: revealed[v], Slashes: len(slashes[v])}
			for _, j := range judged {
				if k := j.committee.Member(v); k >= 0 {
					r.Committees++
					vote := j.committee.Votes[k] &^ chain.VoteSettled
					if j.verdict != 0 && vote != chain.VoteNone {
						r.Judged++
						if (vote == chain.VotePass) == (j.verdict == chain.ResultPassed) {
							r.Agreed++
						}
					}
				}
			}
			d.Verifiers[i] = r
		})
	}
	wg.Wait()
	if err := errors.Join(append(errs, verrs...)...); err != nil {
		return "", nil, err
	}
	return "Cluster", d, nil
}

// verdict returns a node's attestation verdict, verified afresh at most
// once per verdictTTL.
func (s *Server) verdict(ctx context.Context, url string) attestation {
	v, _ := s.nodes.get(ctx, "verdict "+url, verdictTTL, func(ctx context.Context) (any, error) {
		return s.attest(ctx, url), nil
	})
	a, _ := v.(attestation)
	return a
}

type judgedResult struct {
	committee chain.Committee
	verdict   chain.ResultState // passed or failed; 0 while open or lapsed
}

// committees returns the committee of every drawn result (a settled
// result's is read once).
func (s *Server) committees(ctx context.Context) ([]judgedResult, error) {
	if s.dep.TaskMarket == (common.Address{}) {
		return nil, nil
	}
	type ref struct {
		task  uint64
		index uint8
		state chain.ResultState
	}
	var refs []ref
	s.ix.mu.RLock()
	for _, id := range s.ix.tasks {
		te := s.ix.task[id]
		for i := range te.Drawn {
			refs = append(refs, ref{id, i, te.Settled[i].State})
		}
	}
	s.ix.mu.RUnlock()
	out := make([]judgedResult, 0, len(refs))
	for _, r := range refs {
		key := fmt.Sprintf("%d/%d", r.task, r.index)
		if v, ok := s.settledCommittees.Load(key); ok {
			out = append(out, v.(judgedResult))
			continue
		}
		cm, err := s.opts.Chain.Committee(ctx, r.task, r.index)
		if err != nil {
			return nil, err
		}
		j := judgedResult{committee: cm}
		if r.state == chain.ResultPassed || r.state == chain.ResultFailed {
			j.verdict = r.state
			s.settledCommittees.Store(key, j)
		}
		out = append(out, j)
	}
	return out, nil
}

// ---- tasks ----

type taskRow struct {
	ID       uint64
	Owner    common.Address
	Status   string
	Workload common.Hash
	Fee      *big.Int
	Split    string
	Slots    int
	Passed   int
	Failed   int
	Stage    string
}

type tasksData struct {
	Tasks []taskRow
}

func (s *Server) tasksPage(ctx context.Context, _ *http.Request) (string, any, error) {
	s.ix.mu.RLock()
	ids := slices.Clone(s.ix.tasks)
	s.ix.mu.RUnlock()
	slices.Reverse(ids) // newest first
	d := &tasksData{Tasks: make([]taskRow, len(ids))}
	for i, id := range ids {
		t, err := s.opts.Chain.Task(ctx, id)
		if err != nil {
			return "", nil, err
		}
		r := taskRow{ID: id, Owner: t.Owner, Status: t.Status.String(), Workload: t.Measurement, Fee: t.Fee,
			Split: split(t), Slots: int(t.Replication)}
		s.ix.mu.RLock()
		te := s.ix.task[id]
		for _, st := range te.Settled {
			switch st.State {
			case chain.ResultPassed:
				r.Passed++
			case chain.ResultFailed:
				r.Failed++
			}
		}
		tl := timeline(te, t)
		s.ix.mu.RUnlock()
		r.Stage = tl[len(tl)-1].Name
		for k := len(tl) - 1; k >= 0; k-- {
			if tl[k].Done {
				r.Stage = tl[k].Name
				break
			}
		}
		d.Tasks[i] = r
	}
	return "Tasks", d, nil
}

func split(t chain.Task) string {
	nodes := 10000 - int(t.UsersBps) - int(t.VerifiersBps)
	return fmt.Sprintf("%d%% owners · %d%% nodes · %d%% verifiers", t.UsersBps/100, nodes/100, t.VerifiersBps/100)
}

// step is one stage of a task's timeline.
type step struct {
	Name   string
	Block  uint64
	Done   bool
	Reason string
}

// timeline places a task on published → accepted → running → submitted →
// committee voting → settled / slashed / timed out, with the reason for
// each stage reached. ix must be read-locked.
func timeline(te *taskEvents, t chain.Task) []step {
	k := int(t.Replication)
	var maxBlock = func(m map[uint8]uint64) uint64 {
		var b uint64
		for _, v := range m {
			b = max(b, v)
		}
		return b
	}
	st := []step{{Name: "published", Block: te.Published, Done: te.Published != 0,
		Reason: fmt.Sprintf("%s escrowed for %d result slots", chain.FormatMEMO(t.Fee), k)}}
	acc := step{Name: "accepted"}
	accepted := map[uint8]bool{}
	for _, a := range slices.Concat(te.Assigned, te.Accepted) {
		accepted[a.Index] = true
		acc.Block = max(acc.Block, a.Block)
	}
	acc.Done = len(accepted) > 0
	acc.Reason = fmt.Sprintf("%d of %d slots taken, each locking its operator's stake", len(accepted), k)
	st = append(st, acc)
	st = append(st, step{Name: "running", Block: acc.Block, Done: acc.Done && (len(te.Submitted) > 0 || t.Status == chain.TaskOpen),
		Reason: "the enclaves train together; their nodes report progress"})
	st = append(st, step{Name: "submitted", Block: maxBlock(te.Submitted), Done: len(te.Submitted) > 0,
		Reason: fmt.Sprintf("%d of %d enclave-signed results on chain", len(te.Submitted), k)})
	st = append(st, step{Name: "committee voting", Block: maxBlock(te.Drawn), Done: len(te.Drawn) > 0,
		Reason: fmt.Sprintf("%d committees drawn by stake; commit, then reveal", len(te.Drawn))})
	end := step{Name: "settled"}
	var passed, failed, missing, lapsed int
	for _, v := range te.Settled {
		switch v.State {
		case chain.ResultPassed:
			passed++
		case chain.ResultFailed:
			failed++
		case chain.ResultMissing:
			missing++
		case chain.ResultLapsed:
			lapsed++
		}
	}
	switch {
	case te.Cancelled != 0:
		end = step{Name: "cancelled", Block: te.Cancelled, Done: true, Reason: "cancelled by its owner before any slot was taken; the fee refunded"}
	case missing > 0 && te.Finished != 0:
		end = step{Name: "timed out", Block: te.Finished, Done: true,
			Reason: fmt.Sprintf("%d result(s) missing at the deadline: their operators penalised, their shares refunded; %d passed", missing, passed)}
	case failed > 0 && te.Finished != 0:
		end = step{Name: "slashed", Block: te.Finished, Done: true,
			Reason: fmt.Sprintf("%d result(s) failed the committee's vote: their operators' locked stake slashed; %d passed", failed, passed)}
	case te.Finished != 0:
		end = step{Name: "settled", Block: te.Finished, Done: true, Reason: fmt.Sprintf("%d result(s) passed, %d lapsed without a quorum (paid)", passed, lapsed)}
	default:
		end.Reason = fmt.Sprintf("deadline at block %d", t.Deadline)
	}
	return append(st, end)
}

// ---- one task ----

type voteRow struct {
	Verifier common.Address
	Vote     string
}

type slotRow struct {
	Index     uint8
	Enclave   common.Address
	Operator  common.Address
	State     string
	Reason    string
	Submitted uint64
	Drawn     uint64
	Votes     []voteRow
	Pass      uint8
	Fail      uint8
	Reexec    string
	NodeURL   string
	Phase     string
}

type usageRow struct {
	Dataset common.Hash
	Owner   common.Address
	Enclave common.Address
	Records uint64
	Epsilon float64
}

type docInfo struct {
	Kind           string
	PricePerRecord *big.Int
	Assignments    []assignRow
	From           string
}

type assignRow struct {
	Enclave  common.Address
	Node     string
	Datasets int
}

type taskData struct {
	Task      chain.Task
	Split     string
	Timeline  []step
	Slots     []slotRow
	Gas       uint64
	Txs       int
	Doc       *docInfo
	DocError  string
	Lineage   []usageRow
	LineageOf string
	Claims    int
	Training  bool
}

func parseTaskID(v string) (uint64, error) {
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("%w: task %q is not a task number", ErrBadRequest, clip(v))
	}
	return id, nil
}

func (s *Server) taskPage(ctx context.Context, r *http.Request) (string, any, error) {
	id, err := parseTaskID(r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	s.ix.mu.RLock()
	te, ok := s.ix.task[id]
	s.ix.mu.RUnlock()
	if !ok {
		return "", nil, fmt.Errorf("%w: task %d is not on this deployment's TaskMarket", ErrNotFound, id)
	}
	c := s.opts.Chain
	t, err := c.Task(ctx, id)
	if err != nil {
		return "", nil, err
	}
	d := &taskData{Task: t, Split: split(t)}
	s.ix.mu.RLock()
	d.Timeline = timeline(te, t)
	txs := slices.Clone(te.Txs)
	d.Claims = te.Claims
	type slotEv struct {
		enclave, operator   common.Address
		submitted, drawn, x uint64
		settled             settleEvent
	}
	evs := make([]slotEv, t.Replication)
	for i := range evs {
		e, op, _ := te.slotEnclave(uint8(i))
		evs[i] = slotEv{e, op, te.Submitted[uint8(i)], te.Drawn[uint8(i)], te.Reexecuted[uint8(i)], te.Settled[uint8(i)]}
	}
	s.ix.mu.RUnlock()
	d.Txs = len(txs)
	if d.Gas, err = s.gasOf(ctx, txs); err != nil {
		return "", nil, err
	}
	for i, ev := range evs {
		idx := uint8(i)
		res, err := c.Result(ctx, id, idx)
		if err != nil {
			return "", nil, err
		}
		row := slotRow{Index: idx, Enclave: ev.enclave, Operator: res.Operator, State: res.State.String(),
			Submitted: ev.submitted, Drawn: ev.drawn, Pass: res.PassVotes, Fail: res.FailVotes}
		if row.Operator == (common.Address{}) {
			row.Operator = ev.operator
		}
		row.Reason = resultReason(res, t)
		if res.Drawn {
			cm, err := c.Committee(ctx, id, idx)
			if err != nil {
				return "", nil, err
			}
			for k, m := range cm.Members {
				v := "not revealed"
				switch cm.Votes[k] &^ chain.VoteSettled {
				case chain.VotePass:
					v = "pass"
				case chain.VoteFail:
					v = "fail"
				}
				row.Votes = append(row.Votes, voteRow{m, v})
			}
		}
		switch {
		case ev.x != 0:
			row.Reexec = fmt.Sprintf("re-executed by another enclave (block %d)", ev.x)
		case res.Reexecute:
			row.Reexec = "selected for re-execution"
		}
		if row.Enclave != (common.Address{}) {
			if row.NodeURL, err = c.Endpoint(ctx, row.Enclave); err != nil {
				return "", nil, err
			}
		}
		d.Slots = append(d.Slots, row)
	}
	s.taskDocument(ctx, t, d)
	if s.opts.Training != nil {
		_, d.Training = s.opts.Training(id)
	}
	return fmt.Sprintf("Task %d", id), d, nil
}

// resultReason says why a result slot is where it is.
func resultReason(r chain.Result, t chain.Task) string {
	switch r.State {
	case chain.ResultEmpty:
		if r.Operator == (common.Address{}) {
			return "open: no enclave has taken the slot"
		}
		return "the enclave works on it"
	case chain.ResultSubmitted:
		if r.Drawn {
			return fmt.Sprintf("committee voting: %d of %d votes revealed (commit until block %d, reveal until %d)", r.Revealed, t.Committee, r.VotingEnds, r.RevealEnds)
		}
		return "awaiting its committee draw"
	case chain.ResultPassed:
		return fmt.Sprintf("a majority passed it (%d pass, %d fail): the node and committee paid", r.PassVotes, r.FailVotes)
	case chain.ResultFailed:
		return fmt.Sprintf("a majority failed it (%d fail, %d pass): the operator's locked stake slashed", r.FailVotes, r.PassVotes)
	case chain.ResultLapsed:
		return fmt.Sprintf("no quorum of %d revealed votes: settled in the node's favour", t.Quorum)
	case chain.ResultMissing:
		if r.Accepted {
			return "no result by the deadline: its share refunded, the operator's locked stake slashed"
		}
		return "no result by the deadline: its share refunded (the enclave had not taken the slot on, so no penalty)"
	}
	return ""
}

// taskDocument reads the task document and lineage from the slots' nodes
// (the first that answers): the document's hash must be the one on chain.
func (s *Server) taskDocument(ctx context.Context, t chain.Task, d *taskData) {
	var errs []string
	for _, sl := range d.Slots {
		if sl.NodeURL == "" {
			continue
		}
		ts, err := s.taskState(ctx, sl.NodeURL, t.DatasetHash)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %s", sl.NodeURL, nodeError(err)))
			continue
		}
		for k := range d.Slots {
			if d.Slots[k].Enclave == sl.Enclave {
				d.Slots[k].Phase = clip(string(ts.Phase))
			}
		}
		if d.Doc != nil || ts.Task == nil {
			continue
		}
		if ts.Task.Hash() != t.DatasetHash {
			errs = append(errs, fmt.Sprintf("%s: its task document is not the one the task commits to", sl.NodeURL))
			continue
		}
		doc := &docInfo{Kind: ts.Task.Kind(), PricePerRecord: ts.Task.PricePerRecord, From: sl.NodeURL}
		for _, a := range ts.Task.Assignments {
			doc.Assignments = append(doc.Assignments, assignRow{a.Enclave, a.Node, len(a.Datasets)})
		}
		d.Doc = doc
	}
	if d.Doc == nil {
		d.DocError = "no node of the task served its document"
		if len(errs) > 0 {
			d.DocError += " (" + errs[0] + ")"
		}
	}
	// Lineage: the federation's usage, from the payout slot's evidence
	// (every enclave signs the same federation).
	for _, sl := range d.Slots {
		if sl.NodeURL == "" || sl.Submitted == 0 {
			continue
		}
		ev, err := s.evidence(ctx, sl.NodeURL, t.DatasetHash)
		if err != nil || ev.Result == nil || ev.Result.Enclave != sl.Enclave {
			continue
		}
		for _, u := range ev.Result.Federation {
			d.Lineage = append(d.Lineage, usageRow{u.Dataset, u.Owner, u.Enclave, u.Records, u.Epsilon})
		}
		d.LineageOf = sl.NodeURL
		break
	}
}

// gasOf sums the gas of transactions (receipts are read once).
func (s *Server) gasOf(ctx context.Context, txs []common.Hash) (uint64, error) {
	var total uint64
	for _, h := range txs {
		if v, ok := s.gas.Load(h); ok {
			total += v.(uint64)
			continue
		}
		r, err := s.opts.Chain.Backend().TransactionReceipt(ctx, h)
		if err != nil {
			return 0, fmt.Errorf("reading receipt %s: %w", h.Hex(), err)
		}
		s.gas.Store(h, r.GasUsed)
		total += r.GasUsed
	}
	return total, nil
}

// ---- training ----

type trainingData struct {
	Task   uint64
	Chart  template.HTML
	Rows   []train.RoundMetrics
	Source string
	Warm   bool
}

func (s *Server) trainingPage(_ context.Context, r *http.Request) (string, any, error) {
	id, err := parseTaskID(r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	s.ix.mu.RLock()
	_, known := s.ix.task[id]
	s.ix.mu.RUnlock()
	if !known {
		return "", nil, fmt.Errorf("%w: task %d is not on this deployment's TaskMarket", ErrNotFound, id)
	}
	var tr Training
	ok := false
	if s.opts.Training != nil {
		tr, ok = s.opts.Training(id)
	}
	if !ok {
		return "", nil, fmt.Errorf("%w: no training history of task %d: the model and its metrics are its owner's, and this dashboard was given none", ErrNotFound, id)
	}
	d := &trainingData{Task: id, Source: tr.Source, Warm: tr.Baseline != nil}
	if tr.Baseline != nil {
		b := *tr.Baseline
		b.Round = 0
		d.Rows = append(d.Rows, b)
	}
	d.Rows = append(d.Rows, tr.Rounds...)
	d.Chart = trainingChart(d.Rows)
	return fmt.Sprintf("Training of task %d", id), d, nil
}

// ledgerProof rebuilds an enclave's ε ledger after a result from its
// evidence and reports whether root (the one the chain recorded for that
// submission) proves it.
func ledgerProof(res *enclave.Result, root common.Hash) (*enclave.LedgerState, bool) {
	l, err := enclave.LedgerAfter(res)
	if err != nil {
		return nil, false
	}
	return l, l.Proves(root) == nil
}
