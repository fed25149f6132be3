package verifier

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// DaemonConfig configures a Daemon. Every field is required unless its
// comment says otherwise.
type DaemonConfig struct {
	// Verifier judges and votes; its chain client's account must be staked
	// as a verifier.
	Verifier *Verifier
	// DB holds the daemon's state between runs.
	DB *DB
	// Connect dials the chain for logs and blocks (chain.WatchConfig.Connect):
	// called at the start and again after every failure.
	Connect func(ctx context.Context) (chain.LogSource, error)
	// FromBlock is where a daemon with an empty DB starts reading logs; 0
	// means the deployment's block. A DB that holds a block resumes after it.
	FromBlock uint64
	// PollInterval is how often the chain is asked for new blocks; 0 means
	// chain.Watch's default.
	PollInterval time.Duration
	// Confirmations is how many blocks the daemon waits on top of a block
	// before acting on it (chain.WatchConfig.Confirmations); 0 acts at the head.
	Confirmations uint64
	// Logger receives every verdict with its reasons and every vote; nil
	// logs nothing.
	Logger *slog.Logger
}

// Daemon is a verification node: it follows the chain from the logs of
// EnclaveRegistry and TaskMarket and, block by block,
//
//   - draws approval committees of registered and re-attested enclaves
//     when they fall due and, on those it is drawn for, attests the enclave
//     at the URL the registry publishes (fresh nonce, its own collateral) and
//     approves it or withholds its approval;
//   - draws the committees of submitted results when they fall due (anyone
//     may; losing the race is fine) and, on those it sits on, fetches the
//     task document from the nodes and checks it is the one the market task
//     commits to, fetches every assigned node's evidence, judges with Check,
//     commits its ballots under a secret salt, and reveals them in the
//     reveal phase;
//   - finalizes tasks whose results all have a verdict or whose reveal
//     phases closed (anyone may), and settles its votes once a task settles.
//
// Every step is recorded in the DB before and after it is sent, so a
// restarted daemon resumes from its last block, reveals with the salt it
// committed with and never commits twice.
type Daemon struct {
	cfg DaemonConfig
	v   *Verifier
	c   *chain.Client
	db  *DB
	log *slog.Logger
	m   *metrics

	// Run's state, touched by its goroutine only (chain.Watch calls the log
	// handler and OnScanned from one goroutine).
	ctx       context.Context
	approvals map[string]*approvalJob
	results   map[string]*resultJob
	commits   map[uint64]*commitRecord
	dirty     map[uint64]bool // market tasks an event touched since the last tick

	block atomic.Uint64 // last block processed
}

// Events the daemon follows.
var (
	registryABI = bindings.NewEnclaveRegistry()
	marketABI   = bindings.NewTaskMarket()

	topicRegistered     = registryABI.GetABI().Events[bindings.EnclaveRegistryEnclaveRegisteredEventName].ID
	topicReattested     = registryABI.GetABI().Events[bindings.EnclaveRegistryEnclaveReattestedEventName].ID
	topicEnclaveDrawn   = registryABI.GetABI().Events[bindings.EnclaveRegistryEnclaveCommitteeDrawnEventName].ID
	topicEndpointSet    = registryABI.GetABI().Events[bindings.EnclaveRegistryEndpointSetEventName].ID
	topicSubmitted      = marketABI.GetABI().Events[bindings.TaskMarketResultSubmittedEventName].ID
	topicCommitteeDrawn = marketABI.GetABI().Events[bindings.TaskMarketCommitteeDrawnEventName].ID
	topicRevealed       = marketABI.GetABI().Events[bindings.TaskMarketVotesRevealedEventName].ID
	topicTaskSettled    = marketABI.GetABI().Events[bindings.TaskMarketTaskSettledEventName].ID
)

// NewDaemon returns a daemon; Run runs it.
func NewDaemon(cfg DaemonConfig) (*Daemon, error) {
	if cfg.Verifier == nil || cfg.DB == nil || cfg.Connect == nil {
		return nil, fmt.Errorf("%w: a daemon needs a verifier, a DB and a chain connection", ErrConfig)
	}
	l := cfg.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	v := cfg.Verifier
	return &Daemon{cfg: cfg, v: v, c: v.cfg.Client, db: cfg.DB, m: newMetrics(),
		log: l.With(slog.String("verifier", v.Address().Hex()))}, nil
}

// Block returns the last block the daemon processed.
func (d *Daemon) Block() uint64 { return d.block.Load() }

// Run follows the chain until ctx ends (it then returns ctx.Err()) or the
// daemon's state cannot be written.
func (d *Daemon) Run(ctx context.Context) error {
	apps, res, cms, err := d.db.load()
	if err != nil {
		return err
	}
	d.ctx = ctx
	d.approvals, d.results, d.commits, d.dirty = map[string]*approvalJob{}, map[string]*resultJob{}, map[uint64]*commitRecord{}, map[uint64]bool{}
	for _, j := range apps {
		if j.Phase == approvalOpen {
			d.approvals[string(j.key())] = j
		}
	}
	for _, j := range res {
		if j.Phase != resultSettled {
			d.results[string(j.key())] = j
		}
	}
	for _, c := range cms {
		if c.Phase == commitPrepared || c.Phase == commitCommitted {
			d.commits[c.ID] = c
		}
	}
	dep := d.c.Deployment()
	from := cmp.Or(d.cfg.FromBlock, dep.DeployBlock)
	last, ok, err := d.db.Block()
	if err != nil {
		return err
	}
	if ok {
		from = last + 1
		d.block.Store(last)
		d.m.block.Set(float64(last))
	}
	d.log.Info("verifier daemon started", slog.Uint64("from_block", from), slog.Int("open_approvals", len(d.approvals)),
		slog.Int("open_results", len(d.results)), slog.Int("open_commitments", len(d.commits)))
	return chain.Watch(ctx, chain.WatchConfig{
		Connect: d.cfg.Connect,
		Query: ethereum.FilterQuery{
			Addresses: []common.Address{dep.EnclaveRegistry, dep.TaskMarket},
			Topics: [][]common.Hash{{topicRegistered, topicReattested, topicEnclaveDrawn, topicEndpointSet,
				topicSubmitted, topicCommitteeDrawn, topicRevealed, topicTaskSettled}},
		},
		FromBlock: from, PollInterval: d.cfg.PollInterval, Confirmations: d.cfg.Confirmations,
		Logger: d.log, OnScanned: d.tick,
	}, d.onLog)
}

// onLog records what a log starts or touches; tick acts on it.
func (d *Daemon) onLog(l types.Log) error {
	if len(l.Topics) == 0 {
		return nil
	}
	dep := d.c.Deployment()
	switch {
	case l.Address == dep.EnclaveRegistry && (l.Topics[0] == topicRegistered || l.Topics[0] == topicReattested):
		j := &approvalJob{Round: 1, Phase: approvalOpen, Due: l.BlockNumber + 1}
		if l.Topics[0] == topicRegistered {
			ev, err := registryABI.UnpackEnclaveRegisteredEvent(&l)
			if err != nil {
				return nil // not ours to judge: a log this build cannot read
			}
			j.Enclave = ev.Enclave
		} else {
			ev, err := registryABI.UnpackEnclaveReattestedEvent(&l)
			if err != nil {
				return nil
			}
			j.Enclave, j.Round = ev.Enclave, ev.Round
		}
		if l.Removed {
			if old := d.approvals[string(j.key())]; old != nil && old.Phase == approvalOpen {
				delete(d.approvals, string(j.key()))
				return d.db.delete(bucketEnclaves, j.key())
			}
			return nil
		}
		added, err := d.db.addApproval(j)
		if added {
			d.approvals[string(j.key())] = j
		}
		return err
	case l.Address == dep.EnclaveRegistry && len(l.Topics) > 1:
		// A committee drawn or an endpoint set: look at the enclave's open
		// rounds now.
		e := common.BytesToAddress(l.Topics[1].Bytes())
		for _, j := range d.approvals {
			if j.Enclave == e {
				j.Due = 0
			}
		}
	case l.Address == dep.TaskMarket && l.Topics[0] == topicSubmitted:
		ev, err := marketABI.UnpackResultSubmittedEvent(&l)
		if err != nil || !ev.TaskId.IsUint64() || !ev.Index.IsUint64() || ev.Index.Uint64() >= chain.MaxReplication {
			return nil
		}
		j := &resultJob{TaskID: ev.TaskId.Uint64(), Index: uint8(ev.Index.Uint64()), Enclave: ev.Enclave, Block: l.BlockNumber,
			Phase: resultNew, Due: l.BlockNumber + 2}
		if l.Removed {
			if old := d.results[string(j.key())]; old != nil && old.Phase == resultNew {
				delete(d.results, string(j.key()))
				return d.db.delete(bucketResults, j.key())
			}
			return nil
		}
		added, err := d.db.addResult(j)
		if added {
			d.results[string(j.key())] = j
		}
		return err
	case l.Address == dep.TaskMarket && (l.Topics[0] == topicCommitteeDrawn || l.Topics[0] == topicTaskSettled) && len(l.Topics) > 1:
		if id := l.Topics[1].Big(); id.IsUint64() {
			d.dirty[id.Uint64()] = true
		}
	case l.Address == dep.TaskMarket && l.Topics[0] == topicRevealed:
		// Reveals of verifiers that number commitments by CommitID name
		// their task; for others the reveal phase's end comes anyway.
		if ev, err := marketABI.UnpackVotesRevealedEvent(&l); err == nil && ev.CommitId.IsUint64() {
			d.dirty[ev.CommitId.Uint64()>>8] = true
		}
	}
	return nil
}

// tick does what falls due at block head. Failures of the chain or of the
// nodes are logged and retried at a later block; only a failure to write
// the daemon's state stops it.
func (d *Daemon) tick(head uint64) error {
	ctx := d.ctx
	for _, k := range slices.Sorted(maps.Keys(d.approvals)) {
		if j := d.approvals[k]; j.Due <= head {
			if err := d.approvalStep(ctx, j, head); err != nil {
				return err
			}
			if j.Phase != approvalOpen {
				delete(d.approvals, k)
			}
		}
	}
	if err := d.resultSteps(ctx, head); err != nil {
		return err
	}
	clear(d.dirty)
	if err := d.db.setBlock(head); err != nil {
		return fmt.Errorf("saving the last block: %w", err)
	}
	d.block.Store(head)
	d.m.block.Set(float64(head))
	return nil
}

// retry schedules another try of a step that failed for a reason that
// may pass (a node down, an RPC error), backing off up to 32 blocks.
func retry(due *uint64, tries *int, head uint64) {
	*due = head + min(uint64(1)<<min(*tries, 5), 32)
	*tries++
}

// approvalStep drives one attestation round: draw its committee when due
// and, if this verifier is on it, attest the enclave and approve it.
func (d *Daemon) approvalStep(ctx context.Context, j *approvalJob, head uint64) error {
	log := d.log.With(slog.String("enclave", j.Enclave.Hex()), slog.Uint64("round", uint64(j.Round)))
	fail := func(what string, err error) error {
		log.Warn(what, slog.Any("err", err))
		retry(&j.Due, &j.Tries, head)
		return d.db.save(j)
	}
	done := func(phase, reason string) error {
		j.Phase, j.Reason = phase, reason
		return d.db.save(j)
	}
	e, err := d.c.Enclave(ctx, j.Enclave)
	if err != nil {
		return fail("reading enclave", err)
	}
	if e.Round != j.Round || e.Status != chain.EnclavePending {
		return done(approvalDone, "round over: enclave "+e.Status.String()+" in round "+fmt.Sprint(e.Round))
	}
	cm, err := d.c.EnclaveCommittee(ctx, j.Enclave)
	if err != nil {
		return fail("reading approval committee", err)
	}
	if !cm.Drawn {
		if head+1 < cm.FirstDrawBlock {
			j.Due = cm.FirstDrawBlock - 1
			return d.db.save(j)
		}
		rcpt, err := DrawApprovalCommittee(ctx, d.c, j.Enclave)
		if err != nil {
			return fail("drawing approval committee", err)
		}
		if rcpt != nil {
			d.m.drawn.WithLabelValues("approval").Inc()
			log.Info("approval committee drawn", slog.Uint64("block", rcpt.BlockNumber.Uint64()))
		}
		if cm, err = d.c.EnclaveCommittee(ctx, j.Enclave); err != nil || !cm.Drawn {
			return fail("reading approval committee", cmp.Or(err, errors.New("not drawn")))
		}
	}
	if cm.Member(d.v.Address()) < 0 {
		return done(approvalDone, "not on the approval committee")
	}
	if ok, err := d.c.HasApproved(ctx, j.Enclave, d.v.Address()); err != nil {
		return fail("reading approval", err)
	} else if ok {
		return done(approvalApproved, "")
	}
	url, err := d.c.Endpoint(ctx, j.Enclave)
	if err == nil && url == "" {
		err = errors.New("the operator has published no node URL in the registry")
	}
	if err != nil {
		return fail("finding the enclave's node", err)
	}
	rcpt, err := d.v.ApproveEnclaveAt(ctx, j.Enclave, url)
	switch {
	case errors.Is(err, ErrVerification):
		d.m.approvals.WithLabelValues("rejected").Inc()
		log.Warn("enclave rejected: approval withheld", slog.String("node", url), slog.String("reason", err.Error()))
		return done(approvalRejected, err.Error())
	case errors.Is(err, chain.ErrEnclaveNotPending):
		return done(approvalDone, "activated before this verifier's approval")
	case err != nil:
		return fail("approving enclave", err)
	}
	d.m.approvals.WithLabelValues("approved").Inc()
	log.Info("enclave attested and approved", slog.String("node", url), slog.Uint64("block", rcpt.BlockNumber.Uint64()))
	return done(approvalApproved, "")
}

// resultSteps drives the results it follows: draws, judging and commits,
// reveals, then finalization and settlement per task.
func (d *Daemon) resultSteps(ctx context.Context, head uint64) error {
	byTask := map[uint64][]*resultJob{}
	for _, j := range d.results {
		byTask[j.TaskID] = append(byTask[j.TaskID], j)
	}
	// New results: read their slot; draw the committees that are due.
	var draw []*resultJob
	for _, j := range d.results {
		if j.Phase == resultNew && (j.Due <= head || d.dirty[j.TaskID]) {
			needs, err := d.refresh(ctx, j, head)
			if err != nil {
				return err
			}
			if needs {
				draw = append(draw, j)
			}
		}
	}
	if len(draw) > 0 {
		refs := make([]chain.ResultRef, len(draw))
		for i, j := range draw {
			refs[i] = chain.ResultRef{TaskID: j.TaskID, Index: j.Index}
		}
		rcpt, err := DrawCommittees(ctx, d.c, refs)
		switch {
		case errors.Is(err, chain.ErrNotEnoughVerifiers):
			d.log.Warn("too few verifiers staked to draw committees: the results lapse unless more stake", slog.Int("results", len(refs)))
		case err != nil:
			d.log.Warn("drawing committees", slog.Any("err", err))
		case rcpt != nil:
			d.m.drawn.WithLabelValues("result").Add(float64(len(refs)))
			d.log.Info("committees drawn", slog.Int("results", len(refs)), slog.Uint64("block", rcpt.BlockNumber.Uint64()))
		}
		for _, j := range draw {
			if _, err := d.refresh(ctx, j, head); err != nil {
				return err
			}
		}
	}
	// Seats: judge each task's results and commit.
	for _, task := range slices.Sorted(maps.Keys(byTask)) {
		var seated []*resultJob
		for _, j := range byTask[task] {
			if j.Phase == resultSeated && j.Due <= head {
				seated = append(seated, j)
			}
		}
		if len(seated) > 0 {
			if err := d.judge(ctx, task, seated, byTask[task], head); err != nil {
				return err
			}
		}
	}
	// Commitments: send those not on chain yet; reveal those due.
	for _, id := range slices.Sorted(maps.Keys(d.commits)) {
		cr := d.commits[id]
		var err error
		switch {
		case cr.Phase == commitPrepared:
			err = d.commit(ctx, cr, head)
		case cr.Phase == commitCommitted && head > cr.RevealAfter:
			err = d.reveal(ctx, cr, head)
		}
		if err != nil {
			return err
		}
		if cr.Phase != commitPrepared && cr.Phase != commitCommitted {
			delete(d.commits, id)
		}
	}
	// Tasks: finalize when due, settle the seats once settled.
	for _, task := range slices.Sorted(maps.Keys(byTask)) {
		jobs := byTask[task]
		due := d.dirty[task]
		for _, j := range jobs {
			if j.Phase == resultNew || j.Phase == resultSeated {
				due = false // still to draw or judge
				break
			}
			due = due || j.Due <= head
		}
		if due {
			if err := d.taskStep(ctx, task, jobs, head); err != nil {
				return err
			}
		}
	}
	for k, j := range d.results {
		if j.Phase == resultSettled {
			delete(d.results, k)
		}
	}
	return nil
}

// refresh reads a new result's slot and committee: it reports whether the
// committee is due to be drawn, or moves the job on.
func (d *Daemon) refresh(ctx context.Context, j *resultJob, head uint64) (drawDue bool, err error) {
	r, err := d.c.Result(ctx, j.TaskID, j.Index)
	if err != nil {
		d.log.Warn("reading result", slog.Uint64("task", j.TaskID), slog.Int("index", int(j.Index)), slog.Any("err", err))
		retry(&j.Due, &j.Tries, head)
		return false, d.db.save(j)
	}
	j.VotingEnds, j.RevealEnds = r.VotingEnds, r.RevealEnds
	switch {
	case r.State != chain.ResultSubmitted && r.Drawn:
		// Settled meanwhile (the verifier was offline): a seat it held is
		// missed, and is settled (its silence penalised, its lock released).
		j.Phase, j.Due = resultWatch, head
		cm, err := d.c.Committee(ctx, j.TaskID, j.Index)
		if err != nil {
			retry(&j.Due, &j.Tries, head)
			return false, d.db.save(j)
		}
		if cm.Member(d.v.Address()) >= 0 {
			j.Phase, j.Reason = resultMissed, "offline until the result was settled"
			d.m.missed.Inc()
			d.log.Warn("seat missed", slog.Uint64("task", j.TaskID), slog.Int("index", int(j.Index)), slog.String("reason", j.Reason))
		}
	case r.State != chain.ResultSubmitted:
		j.Phase, j.Due = resultWatch, head // settled meanwhile
	case !r.Drawn && (head >= r.VotingEnds || head > j.Block+1+256):
		j.Phase, j.Due = resultWatch, r.RevealEnds // no committee: the result lapses
	case !r.Drawn && head < j.Block+2:
		j.Due = j.Block + 2 // the seed block (the one after the submission) must be mined
	case !r.Drawn:
		return true, nil
	default:
		cm, err := d.c.Committee(ctx, j.TaskID, j.Index)
		if err != nil {
			d.log.Warn("reading committee", slog.Uint64("task", j.TaskID), slog.Int("index", int(j.Index)), slog.Any("err", err))
			retry(&j.Due, &j.Tries, head)
			return false, d.db.save(j)
		}
		if cm.Member(d.v.Address()) >= 0 {
			j.Phase, j.Due, j.Tries = resultSeated, head, 0
			d.log.Info("drawn onto a result's committee", slog.Uint64("task", j.TaskID), slog.Int("index", int(j.Index)),
				slog.String("enclave", j.Enclave.Hex()), slog.Uint64("voting_ends", j.VotingEnds))
		} else {
			j.Phase, j.Due = resultWatch, j.RevealEnds
		}
	}
	return false, d.db.save(j)
}

// judge judges the results of a market task whose committees the verifier
// sits on and commits its ballots. While there is time it waits for the
// nodes (a document or a result they do not serve yet); at the end of the
// commit phase it votes on what it has: a result without evidence fails.
func (d *Daemon) judge(ctx context.Context, taskID uint64, seated, all []*resultJob, head uint64) error {
	var open []*resultJob
	var closed []any
	for _, j := range seated {
		if head+1 > j.VotingEnds {
			j.Phase, j.Reason = resultMissed, "commit phase closed before the verifier could judge"
			d.m.missed.Inc()
			d.log.Warn("seat missed", slog.Uint64("task", taskID), slog.Int("index", int(j.Index)), slog.String("reason", j.Reason))
			closed = append(closed, j)
		} else {
			open = append(open, j)
		}
	}
	if err := d.db.save(closed...); err != nil {
		return err
	}
	if len(open) == 0 {
		return nil
	}
	last := head+2 >= slices.MinFunc(open, func(a, b *resultJob) int { return cmp.Compare(a.VotingEnds, b.VotingEnds) }).VotingEnds
	later := func(what string, err error) error {
		d.log.Warn(what+"; trying again next block", slog.Uint64("task", taskID), slog.Any("err", err))
		for _, j := range open {
			retry(&j.Due, &j.Tries, head)
			j.Due = min(j.Due, j.VotingEnds-2) // leave a block to commit
			if err := d.db.save(j); err != nil {
				return err
			}
		}
		return nil
	}
	verdicts, err := d.verdicts(ctx, taskID, open, all, last)
	if err != nil {
		return later("judging results", err)
	}
	ballots := make([]chain.Ballot, len(open))
	for i, j := range open {
		vd := verdicts[i]
		j.Pass, j.Reason = vd.Pass, vd.Reason()
		ballots[i] = chain.Ballot{TaskID: taskID, Index: j.Index, Pass: vd.Pass}
		outcome := "fail"
		if vd.Pass {
			outcome = "pass"
		}
		d.m.verdicts.WithLabelValues(outcome).Inc()
		d.log.Info("verdict", slog.Uint64("task", taskID), slog.Int("index", int(j.Index)), slog.String("enclave", j.Enclave.Hex()),
			slog.Bool("pass", vd.Pass), slog.String("reason", vd.Reason()), slog.Any("checks", vd.Checks))
	}
	// One commitment per group of results that can be revealed together:
	// after the last commit phase ends and before the first reveal phase does.
	slices.SortFunc(open, func(a, b *resultJob) int { return cmp.Compare(a.VotingEnds, b.VotingEnds) })
	for len(open) > 0 {
		n := 1
		for n < len(open) && open[n].VotingEnds < open[0].RevealEnds {
			n++
		}
		group := open[:n]
		open = open[n:]
		var bs []chain.Ballot
		for _, j := range group {
			bs = append(bs, ballots[slices.IndexFunc(ballots, func(b chain.Ballot) bool { return b.Index == j.Index })])
		}
		cm, err := NewCommitment(bs)
		if err != nil {
			return err
		}
		cr := &commitRecord{Commitment: cm, Phase: commitPrepared, CommitBy: group[0].VotingEnds,
			RevealAfter: group[len(group)-1].VotingEnds, RevealBy: group[0].RevealEnds}
		recs := []any{cr}
		for _, j := range group {
			j.Phase, j.Commit, j.Due, j.Tries = resultCommitted, cm.ID, j.RevealEnds, 0
			recs = append(recs, j)
		}
		// The salt is stored before the commitment is sent: a crash after
		// sending can always reveal.
		if err := d.db.save(recs...); err != nil {
			return err
		}
		d.commits[cm.ID] = cr
		if err := d.commit(ctx, cr, head); err != nil {
			return err
		}
	}
	return nil
}

// verdicts fetches the task document and every assigned node's evidence and
// checks them: one verdict per job of open. Unless last is set it returns
// an error, to be retried, when a node does not serve what is needed yet.
func (d *Daemon) verdicts(ctx context.Context, taskID uint64, open, all []*resultJob, last bool) ([]Verdict, error) {
	failAll := func(check string, err error) []Verdict {
		out := make([]Verdict, len(open))
		for i, j := range open {
			out[i] = Verdict{Enclave: j.Enclave, Checks: []Check{{Name: check, Detail: err.Error()}}}
		}
		return out
	}
	mt, err := d.c.Task(ctx, taskID)
	if err != nil {
		return nil, err
	}
	doc, err := d.taskDocument(ctx, mt, open, all)
	if err != nil {
		if last {
			return failAll("task document", err), nil
		}
		return nil, err
	}
	// The registry's URLs are the authority on where each enclave's node is.
	doc.Assignments = slices.Clone(doc.Assignments)
	evs := make([]*nodeapi.Evidence, len(doc.Assignments))
	for i := range doc.Assignments {
		a := &doc.Assignments[i]
		if url, err := d.c.Endpoint(ctx, a.Enclave); err == nil && url != "" {
			a.Node = url
		}
		nc, err := nodeapi.NewClient(a.Node, d.v.cfg.HTTP)
		if err == nil {
			evs[i], err = nc.Evidence(ctx, doc.ID)
		}
		if err != nil && !last && slices.ContainsFunc(open, func(j *resultJob) bool { return j.Enclave == a.Enclave }) {
			return nil, fmt.Errorf("fetching the evidence of enclave %s: %w", a.Enclave, err)
		}
	}
	// A result selected for re-execution is judged with the re-executor's
	// report, which takes the standby a run of the task to publish: wait
	// for it until the last block to commit.
	for _, j := range open {
		if last || int(j.Index) >= len(evs) || evs[j.Index] == nil || evs[j.Index].Reexecution != nil {
			continue
		}
		r, err := d.c.Result(ctx, taskID, j.Index)
		if err != nil {
			return nil, err
		}
		if r.Reexecute {
			return nil, fmt.Errorf("result %d is selected for re-execution and its report is not published yet", j.Index)
		}
	}
	vds, err := d.v.Check(ctx, doc, evs)
	if err != nil {
		return nil, err
	}
	out := make([]Verdict, len(open))
	for i, j := range open {
		k := slices.IndexFunc(vds, func(v Verdict) bool { return v.Enclave == j.Enclave })
		if k < 0 || k != int(j.Index) {
			out[i] = Verdict{Enclave: j.Enclave, Checks: []Check{{Name: "task document",
				Detail: fmt.Sprintf("the task document does not assign enclave %s slot %d", j.Enclave, j.Index)}}}
			continue
		}
		out[i] = vds[k]
	}
	return out, nil
}

// taskDocument fetches the task document of market task mt from the nodes
// of its results (those judged first) and returns the first that is the
// document the market task commits to.
func (d *Daemon) taskDocument(ctx context.Context, mt chain.Task, open, all []*resultJob) (*nodeapi.Task, error) {
	var enclaves []common.Address
	for _, j := range slices.Concat(open, all) {
		if !slices.Contains(enclaves, j.Enclave) {
			enclaves = append(enclaves, j.Enclave)
		}
	}
	market := d.c.Deployment().TaskMarket
	var errs []error
	for _, e := range enclaves {
		url, err := d.c.Endpoint(ctx, e)
		if err == nil && url == "" {
			err = errors.New("no node URL in the registry")
		}
		var nc *nodeapi.Client
		if err == nil {
			nc, err = nodeapi.NewClient(url, d.v.cfg.HTTP)
		}
		var st *nodeapi.TaskState
		if err == nil {
			st, err = nc.TaskState(ctx, mt.DatasetHash)
		}
		if err == nil {
			t := st.Task
			if t.ID != mt.DatasetHash || t.Hash() != t.ID || t.Market != market || t.MarketID != mt.ID {
				err = fmt.Errorf("it serves a task document that is not the one market task %d commits to", mt.ID)
			} else {
				return t, nil
			}
		}
		errs = append(errs, fmt.Errorf("node of enclave %s: %w", e, err))
	}
	return nil, errors.Join(errs...)
}

// commit sends a stored commitment unless it is on chain already; when its
// commit phase has closed it is missed.
func (d *Daemon) commit(ctx context.Context, cr *commitRecord, head uint64) error {
	log := d.log.With(slog.Uint64("commitment", cr.ID), slog.Int("ballots", len(cr.Ballots)))
	if at, err := d.c.Commitment(ctx, d.v.Address(), cr.ID); err != nil {
		log.Warn("reading commitment", slog.Any("err", err))
		return nil
	} else if at != 0 {
		cr.Phase = commitCommitted // sent by an earlier run, and mined
		return d.db.save(cr)
	}
	if head+1 > cr.CommitBy {
		log.Warn("commit phase closed before the commitment was mined: the seats are missed")
		return d.missed(cr, "commit phase closed")
	}
	rcpt, err := d.v.Commit(ctx, cr.Commitment)
	if err != nil {
		log.Warn("committing votes; trying again next block", slog.Any("err", err))
		return nil
	}
	cr.Phase = commitCommitted
	if err := d.db.save(cr); err != nil {
		return err
	}
	d.m.committed.Add(float64(len(cr.Ballots)))
	attrs := []any{}
	if rcpt != nil {
		attrs = append(attrs, slog.Uint64("block", rcpt.BlockNumber.Uint64()))
	}
	log.Info("votes committed", attrs...)
	return nil
}

// reveal reveals a commitment in its reveal phase.
func (d *Daemon) reveal(ctx context.Context, cr *commitRecord, head uint64) error {
	log := d.log.With(slog.Uint64("commitment", cr.ID), slog.Int("ballots", len(cr.Ballots)))
	if head+1 > cr.RevealBy {
		log.Warn("reveal phase closed before the verifier revealed: the seats are missed")
		return d.missed(cr, "reveal phase closed")
	}
	rcpt, err := d.v.Reveal(ctx, cr.Commitment)
	switch {
	case errors.Is(err, chain.ErrRevealClosed) || errors.Is(err, chain.ErrCommittedTooLate) || errors.Is(err, chain.ErrCommitmentMismatch):
		log.Warn("reveal refused: the seats are missed", slog.Any("err", err))
		return d.missed(cr, err.Error())
	case err != nil:
		log.Warn("revealing votes; trying again next block", slog.Any("err", err))
		return nil
	}
	cr.Phase = commitRevealed
	recs := []any{cr}
	for _, j := range d.results {
		if j.Commit == cr.ID && j.Phase == resultCommitted {
			j.Phase = resultRevealed
			recs = append(recs, j)
		}
	}
	if err := d.db.save(recs...); err != nil {
		return err
	}
	d.m.revealed.Add(float64(len(cr.Ballots)))
	attrs := []any{}
	if rcpt != nil {
		attrs = append(attrs, slog.Uint64("block", rcpt.BlockNumber.Uint64()))
	}
	log.Info("votes revealed", attrs...)
	return nil
}

// missed records that a commitment's seats got no revealed vote.
func (d *Daemon) missed(cr *commitRecord, reason string) error {
	cr.Phase = commitMissed
	recs := []any{cr}
	for _, j := range d.results {
		if j.Commit == cr.ID && (j.Phase == resultCommitted || j.Phase == resultSeated) {
			j.Phase, j.Reason = resultMissed, reason
			recs = append(recs, j)
		}
	}
	d.m.missed.Add(float64(len(cr.Ballots)))
	return d.db.save(recs...)
}

// taskStep finalizes a market task once every result has a verdict or its
// reveal phase is over, and settles the verifier's seats once it settled.
func (d *Daemon) taskStep(ctx context.Context, taskID uint64, jobs []*resultJob, head uint64) error {
	log := d.log.With(slog.Uint64("task", taskID))
	later := func(what string, err error) error {
		log.Warn(what, slog.Any("err", err))
		for _, j := range jobs {
			retry(&j.Due, &j.Tries, head)
		}
		recs := make([]any, len(jobs))
		for i, j := range jobs {
			recs[i] = j
		}
		return d.db.save(recs...)
	}
	mt, err := d.c.Task(ctx, taskID)
	if err != nil {
		return later("reading market task", err)
	}
	if mt.Status == chain.TaskOpen {
		// The task settles once every submitted result is decided and
		// either every result is in (finalize) or the deadline has passed
		// with some missing (timeout: the absent slots are refunded, and
		// slashed if their nodes accepted them). Without the timeout one
		// absent node would keep the others' pay locked for good.
		rcpt, st, err := d.c.Settle(ctx, taskID)
		switch {
		case errors.Is(err, chain.ErrNotSettleable):
			for _, j := range jobs {
				j.Due = max(st.Due, head+1)
			}
			return d.saveJobs(jobs)
		case errors.Is(err, chain.ErrTaskSettled):
		case err != nil:
			return later("settling market task", err)
		case st.Missing > 0:
			d.m.finalized.Inc()
			log.Info("market task timed out: results missing at its deadline", slog.Int("missing", st.Missing), slog.Uint64("block", rcpt.BlockNumber.Uint64()))
		default:
			d.m.finalized.Inc()
			log.Info("market task finalized", slog.Uint64("block", rcpt.BlockNumber.Uint64()))
		}
		if mt, err = d.c.Task(ctx, taskID); err != nil {
			return later("reading market task", err)
		}
	}
	if mt.Status == chain.TaskOpen {
		return later("market task not settled", errors.New("still open after finalizing"))
	}
	var seats []chain.ResultRef
	for _, j := range jobs {
		switch j.Phase {
		case resultCommitted, resultRevealed, resultMissed:
			seats = append(seats, chain.ResultRef{TaskID: taskID, Index: j.Index})
		}
	}
	if len(seats) > 0 && mt.Status != chain.TaskCancelled {
		rcpt, err := d.v.SettleVotes(ctx, seats)
		if err != nil {
			return later("settling votes", err)
		}
		d.m.settled.Add(float64(len(seats)))
		attrs := []any{slog.Int("seats", len(seats))}
		if rcpt != nil {
			attrs = append(attrs, slog.Uint64("block", rcpt.BlockNumber.Uint64()))
		}
		log.Info("votes settled", attrs...)
	}
	for _, j := range jobs {
		j.Phase = resultSettled
	}
	return d.saveJobs(jobs)
}

func (d *Daemon) saveJobs(jobs []*resultJob) error {
	recs := make([]any, len(jobs))
	for i, j := range jobs {
		recs[i] = j
	}
	return d.db.save(recs...)
}
