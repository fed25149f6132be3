package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/vault"
)

// Cheat is how a node departs from the protocol. The cluster runs one
// cheating node to show that verifiers catch it and the market slashes it.
type Cheat int

const (
	// Honest follows the protocol.
	Honest Cheat = iota
	// DropData admits only the first dataset of its assignment (saving the
	// work and leaving the other data owners unpaid) and still submits its
	// enclave's genuinely signed result for the task. The enclave signs
	// what it did, so the lineage shows the missing datasets.
	DropData
	// Withhold runs its tasks with its federation but never submits its
	// result: an absent node that would keep the task, and with it the
	// others' pay and the owner's refund, open past its deadline.
	Withhold
)

func (c Cheat) String() string {
	switch c {
	case Honest:
		return "honest"
	case DropData:
		return "drops assigned datasets"
	case Withhold:
		return "withholds its result"
	default:
		return fmt.Sprintf("cheat(%d)", int(c))
	}
}

// Config configures a Node. Every field is required unless its comment
// says otherwise.
type Config struct {
	// Operator is the node operator's chain client: it is staked as a TEE
	// node, registers the enclave, relays grants and submits results.
	Operator *chain.Client
	// Enclave is the node's enclave.
	Enclave enclave.Enclave
	// Store holds the datasets (manifests and sealed chunks).
	Store vault.Store
	// HTTP fetches peers' attestations; nil means http.DefaultClient.
	HTTP *http.Client
	// Cheat makes the node depart from the protocol (zero: Honest).
	Cheat Cheat
	// Logger receives structured events; nil logs nothing.
	Logger *slog.Logger
	// Terms bound the market tasks the node accepts; zero fields take
	// DefaultTerms.
	Terms Terms
	// DB keeps the node's state across restarts (grants, tasks, inputs,
	// states, evidence); nil keeps it in memory only.
	DB *DB
	// PublicURL is where the node serves its API; Register publishes it in
	// EnclaveRegistry (setEndpoint) so that clients find the node from the
	// chain. Empty: not published.
	PublicURL string
	// GrantBatch is the most data owners' grants relayed in one
	// transaction (at most chain.MaxGrantBatch); GrantBatchDelay how long
	// the first grant of a batch waits for others before the batch is
	// sent. Zero: DefaultGrantBatch, DefaultGrantBatchDelay.
	GrantBatch      int
	GrantBatchDelay time.Duration
	// AttestInterval is how often an active node looks at its approval in
	// the registry, to renew it in time (Serve); zero means
	// DefaultAttestInterval.
	AttestInterval time.Duration
}

// Terms are what a node asks of a market task before it locks stake for a
// slot: time to run before the deadline, time for its committee to draw,
// commit and reveal, and a verdict soon enough that the stake is not locked
// for longer than the operator accepts.
type Terms struct {
	// MinRunBlocks is the fewest blocks between now and the task's
	// deadline in which the node runs the task and submits: with fewer, it
	// would time out and be slashed.
	MinRunBlocks uint64
	// MinVotingWindow is the shortest voting window the node accepts: a
	// committee needs blocks to be drawn and commit, and a result nobody
	// could judge settles without a verdict.
	MinVotingWindow uint32
	// MaxLockBlocks is the longest the node keeps a slot's stake locked:
	// from now to the end of the reveal phase of a result submitted at the
	// deadline.
	MaxLockBlocks uint64
}

// DefaultTerms: 20 blocks to run, a voting window of 10 blocks at least and
// stake locked for at most 120,000 blocks (about 17 days of 12-second
// blocks, longer than the deployment defaults allow a slot to stay open).
var DefaultTerms = Terms{MinRunBlocks: 20, MinVotingWindow: 10, MaxLockBlocks: 120_000}

func (t Terms) orDefault() Terms {
	if t.MinRunBlocks == 0 {
		t.MinRunBlocks = DefaultTerms.MinRunBlocks
	}
	if t.MinVotingWindow == 0 {
		t.MinVotingWindow = DefaultTerms.MinVotingWindow
	}
	if t.MaxLockBlocks == 0 {
		t.MaxLockBlocks = DefaultTerms.MaxLockBlocks
	}
	return t
}

// check refuses a market task the node cannot finish and be judged on in
// time at block head: one that is not open, whose deadline leaves fewer
// than MinRunBlocks, whose voting window is shorter than MinVotingWindow,
// or whose last reveal block lies more than MaxLockBlocks ahead.
func (t Terms) check(mt chain.Task, head uint64) error {
	t = t.orDefault()
	lockEnd := mt.Deadline + uint64(mt.VotingWindow) + uint64(mt.RevealWindow)
	switch {
	case mt.Status != chain.TaskOpen:
		return fmt.Errorf("%w: market task %d is %s", ErrTaskTerms, mt.ID, mt.Status)
	case mt.Deadline < head+t.MinRunBlocks:
		return fmt.Errorf("%w: market task %d's deadline is block %d, head %d: fewer than the %d blocks the node needs to run it", ErrTaskTerms, mt.ID, mt.Deadline, head, t.MinRunBlocks)
	case mt.VotingWindow < t.MinVotingWindow:
		return fmt.Errorf("%w: market task %d's voting window of %d blocks is shorter than %d: its committee could not judge the result in time", ErrTaskTerms, mt.ID, mt.VotingWindow, t.MinVotingWindow)
	case lockEnd-head > t.MaxLockBlocks:
		return fmt.Errorf("%w: market task %d would lock the node's stake until block %d, more than %d blocks ahead", ErrTaskTerms, mt.ID, lockEnd, t.MaxLockBlocks)
	}
	return nil
}

// Node is a TEE node: an operator account and its enclave, serving the
// node API (Handler) and running tasks (Run). Safe for concurrent use.
type Node struct {
	cfg Config
	log *slog.Logger

	mu      sync.Mutex
	grants  *grantBook // by dataset, for this enclave; its own lock
	tasks   map[common.Hash]*nodeapi.Task
	inputs  map[common.Hash]*enclave.SealedInput // by task; ciphertext only
	results map[common.Hash]*nodeapi.Evidence
	states  map[common.Hash]*nodeapi.TaskState
	outbox  map[outboxKey]enclave.Envelope // this enclave's FedAvg envelopes, for peers to pull
	nonces  nodeapi.Nonces                 // of signed requests
	active  map[common.Hash]bool           // tasks Serve is processing
	running sync.WaitGroup                 // Serve's task goroutines
	wake    chan struct{}                  // pokes Serve
	// submitted is the enclave of each market result seen submitted;
	// reexecuted the market tasks this node re-executed as a standby.
	submitted  map[slotKey]common.Address
	reexecuted map[uint64]bool
	relay      *grantRelay // data owners' grants, relayed in batches
}

// ErrConfig is returned when a node's configuration is invalid.
var ErrConfig = errors.New("invalid node configuration")

// ErrTaskTerms is returned when a node refuses a market task it could not
// run before the deadline or be judged on in time (Terms); the message
// names the term and the task's value.
var ErrTaskTerms = errors.New("task terms refused")

// New returns a node for an operator and its enclave.
func New(cfg Config) (*Node, error) {
	if cfg.Operator == nil || cfg.Enclave == nil || cfg.Store == nil {
		return nil, fmt.Errorf("%w: a node needs an operator client, an enclave and a store", ErrConfig)
	}
	if cfg.HTTP == nil {
		cfg.HTTP = http.DefaultClient
	}
	l := cfg.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	if cfg.GrantBatch <= 0 {
		cfg.GrantBatch = DefaultGrantBatch
	}
	cfg.GrantBatch = min(cfg.GrantBatch, chain.MaxGrantBatch)
	if cfg.GrantBatchDelay <= 0 {
		cfg.GrantBatchDelay = DefaultGrantBatchDelay
	}
	n := &Node{
		cfg: cfg, log: l.With(slog.String("enclave", cfg.Enclave.Address().Hex())),
		grants: newGrantBook(cfg.DB), tasks: map[common.Hash]*nodeapi.Task{}, inputs: map[common.Hash]*enclave.SealedInput{}, results: map[common.Hash]*nodeapi.Evidence{}, states: map[common.Hash]*nodeapi.TaskState{},
		outbox: map[outboxKey]enclave.Envelope{}, active: map[common.Hash]bool{}, wake: make(chan struct{}, 1),
		submitted: map[slotKey]common.Address{}, reexecuted: map[uint64]bool{},
	}
	if db := cfg.DB; db != nil {
		err := errors.Join(
			load(db, bucketTasks, func(k common.Hash, t *nodeapi.Task) { n.tasks[k] = t }),
			load(db, bucketInputs, func(k common.Hash, in *enclave.SealedInput) { n.inputs[k] = in }),
			load(db, bucketStates, func(k common.Hash, st *nodeapi.TaskState) { n.states[k] = st }),
			load(db, bucketResults, func(k common.Hash, ev *nodeapi.Evidence) { n.results[k] = ev }),
		)
		if err != nil {
			return nil, err
		}
		for id, st := range n.states {
			st.Task = n.tasks[id]
		}
	}
	n.relay = &grantRelay{send: cfg.Operator.GrantBatchWithSig, max: cfg.GrantBatch, delay: cfg.GrantBatchDelay, log: n.log}
	return n, nil
}

// persist writes v under key in bucket when the node has a database.
func (n *Node) persist(bucket []byte, key common.Hash, v any) error {
	if n.cfg.DB == nil {
		return nil
	}
	return n.cfg.DB.put(bucket, key, v)
}

// Enclave returns the node's enclave address.
func (n *Node) Enclave() common.Address { return n.cfg.Enclave.Address() }

// Operator returns the operator's address.
func (n *Node) Operator() common.Address { return n.cfg.Operator.Address() }

// Cheat returns how the node departs from the protocol.
func (n *Node) Cheat() Cheat { return n.cfg.Cheat }

// Register attests the enclave and registers it in EnclaveRegistry under
// the operator with the enclave's signature (enclave.NewRegistration), and
// publishes Config.PublicURL as its endpoint.
// Verifiers then approve it. It returns the attestation document it
// registered.
func (n *Node) Register(ctx context.Context) (*grant.Attestation, *types.Receipt, error) {
	r, doc, err := enclave.NewRegistration(ctx, n.cfg.Enclave)
	if err != nil {
		return nil, nil, fmt.Errorf("registering enclave: %w", err)
	}
	rcpt, err := n.cfg.Operator.RegisterEnclave(ctx, r)
	if err != nil {
		return nil, nil, fmt.Errorf("registering enclave: %w", err)
	}
	if n.cfg.PublicURL != "" {
		if _, err := n.cfg.Operator.SetEndpoint(ctx, n.Enclave(), n.cfg.PublicURL); err != nil {
			return nil, nil, fmt.Errorf("publishing the node's URL: %w", err)
		}
	}
	return doc, rcpt, nil
}

// AddGrant takes a data owner's signed grant to this enclave, registers it
// on chain unless its owner already did (then the receipt is nil), and
// keeps it for the tasks that use the dataset. Grants are relayed in
// batches, paid by the operator (DataGrants.grantBatchWithSig: up to
// Config.GrantBatch grants, or those that arrived within
// Config.GrantBatchDelay, in one transaction, whose receipt every grant of
// the batch returns); AddGrant waits for its grant's batch, and returns
// the reason the contract skipped its grant, if it did, while the others
// of the batch are granted.
func (n *Node) AddGrant(ctx context.Context, g *grant.Grant) (*types.Receipt, error) {
	res := n.AddGrants(ctx, []*grant.Grant{g})
	return res[0].Receipt, res[0].Err
}

// GrantResult is what became of one grant of AddGrants: the receipt of
// the transaction that relayed it (nil if its owner had registered it on
// chain), or why it was refused.
type GrantResult struct {
	Receipt *types.Receipt
	Err     error
}

// AddGrants is AddGrant for many grants at once: each is checked and
// relayed as AddGrant does, side by side (so that those that need relaying
// fill the relay's batches together), and those accepted are kept in one
// write to the node's database. A refused grant has its reason in its
// result and does not stop the others.
func (n *Node) AddGrants(ctx context.Context, gs []*grant.Grant) []GrantResult {
	out := make([]GrantResult, len(gs))
	// What the chain holds of these grants, in one read: a grant its owner
	// registered on chain itself is kept as it is.
	var held []chain.GrantInfo
	datasets := make([]common.Hash, len(gs))
	for i, g := range gs {
		datasets[i] = g.Dataset
	}
	head, err := n.cfg.Operator.BlockNumber(ctx)
	if err == nil {
		held, err = n.cfg.Operator.GrantsAt(ctx, datasets, n.Enclave(), head)
	}
	if err != nil {
		for i := range out {
			out[i].Err = fmt.Errorf("relaying grant: %w", err)
		}
		return out
	}
	var wg sync.WaitGroup
	for i, g := range gs {
		wg.Go(func() { out[i].Receipt, out[i].Err = n.checkAndRelay(ctx, g, held[i]) })
	}
	wg.Wait()
	var keep []*grant.Grant
	for i, g := range gs {
		if out[i].Err == nil {
			keep = append(keep, g)
		}
	}
	if len(keep) == 0 {
		return out
	}
	err = n.grants.put(keep)
	for i, g := range gs {
		switch {
		case out[i].Err != nil:
		case err != nil:
			out[i] = GrantResult{Err: fmt.Errorf("relaying grant: keeping it: %w", err)}
		case out[i].Receipt == nil:
			n.log.Info("grant kept (its owner registered it on chain)", slog.String("dataset", g.Dataset.Hex()))
		default:
			n.log.Info("grant relayed", slog.String("dataset", g.Dataset.Hex()), slog.Uint64("gas", out[i].Receipt.GasUsed))
		}
	}
	return out
}

// checkAndRelay checks a grant to this enclave and relays it unless its
// owner has registered it on chain (on: the chain's newest grant of its
// dataset to this enclave; the receipt is then nil).
func (n *Node) checkAndRelay(ctx context.Context, g *grant.Grant, on chain.GrantInfo) (*types.Receipt, error) {
	if g.Enclave != n.Enclave() {
		return nil, fmt.Errorf("relaying grant: %w: grant is for enclave %s", grant.ErrWrongEnclave, g.Enclave)
	}
	if err := g.VerifySignature(); err != nil {
		return nil, fmt.Errorf("relaying grant: %w", err)
	}
	// A grant its owner registered on chain itself is kept as it is; any
	// other is relayed (the node pays the gas).
	if on.GrantedBlock != 0 && on.RevokedBlock == 0 && on.PolicyHash == g.Policy.Hash() && on.Expiry == g.Expiry {
		return nil, nil
	}
	rcpt, err := n.relay.relay(ctx, chain.SignedGrant{Owner: g.Owner, Message: g.Message(), Signature: g.Signature})
	if err != nil {
		return nil, fmt.Errorf("relaying grant: %w", err)
	}
	return rcpt, nil
}

// AcceptTask takes a task document from its owner: this enclave must be
// assigned, the measurement must be the enclave's, every assigned dataset
// must have a grant here and, for a market task, the market task on chain
// must commit to this document and assign this enclave.
func (n *Node) AcceptTask(ctx context.Context, t *nodeapi.Task) error {
	if err := t.Validate(); err != nil {
		return err
	}
	if t.ID != t.Hash() {
		return fmt.Errorf("%w: id %s is not the document's hash", nodeapi.ErrTask, t.ID)
	}
	if id, _, ok := t.MarketTask(n.Enclave()); ok {
		if err := n.checkMarketTask(ctx, t, id); err != nil {
			return err
		}
	}
	a, ok := t.Assignment(n.Enclave())
	if !ok {
		return fmt.Errorf("%w: enclave %s is not assigned to task %s", nodeapi.ErrTask, n.Enclave(), t.ID)
	}
	if t.Measurement != n.cfg.Enclave.Measurement() {
		return fmt.Errorf("%w: task runs measurement %s, this enclave is %s", nodeapi.ErrTask, t.Measurement, n.cfg.Enclave.Measurement())
	}
	if d, ok, err := n.grants.missing(a.Datasets); err != nil {
		return err
	} else if ok {
		return fmt.Errorf("%w: no grant for assigned dataset %s", nodeapi.ErrTask, d)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if err := n.persist(bucketTasks, t.ID, t); err != nil {
		return err
	}
	n.tasks[t.ID] = t
	if n.states[t.ID] == nil {
		n.setPhase(t.ID, nodeapi.PhaseAccepted, "")
	}
	n.poke()
	n.log.Info("task accepted", slog.String("task", t.ID.Hex()), slog.Int("datasets", len(a.Datasets)))
	return nil
}

// AcceptInput takes the owner's input for an accepted task, sealed to this
// node's enclave, from the account from that signed the request (the
// task's owner, or it is refused). The node cannot open it; it checks only that it is
// labelled for the task and this enclave and that the task commits to an
// input, and hands it to the enclave, which opens it and checks it against
// the task's commitment.
func (n *Node) AcceptInput(in *enclave.SealedInput, from common.Address) error {
	if in == nil || len(in.Ciphertext) == 0 {
		return fmt.Errorf("%w: empty sealed input", nodeapi.ErrTask)
	}
	if in.Enclave != n.Enclave() {
		return fmt.Errorf("%w: input sealed to enclave %s, this node runs %s", nodeapi.ErrTask, in.Enclave, n.Enclave())
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	t := n.tasks[in.Task]
	if t == nil {
		return fmt.Errorf("input for task %s: %w (send the task first)", in.Task, nodeapi.ErrNotFound)
	}
	if from != t.Owner {
		return fmt.Errorf("%w: input for task %s signed by %s, not by the task's owner", nodeapi.ErrForbidden, in.Task, from)
	}
	if t.InputCommitment == (common.Hash{}) {
		return fmt.Errorf("%w: task %s commits to no owner input", nodeapi.ErrTask, in.Task)
	}
	if err := n.persist(bucketInputs, in.Task, in); err != nil {
		return err
	}
	n.inputs[in.Task] = in
	if st := n.states[in.Task]; st != nil && st.Reason == "waiting for the owner's sealed input" {
		st.Reason = ""
	}
	n.poke()
	n.log.Info("sealed owner input received", slog.String("task", in.Task.Hex()), slog.Int("bytes", len(in.Ciphertext)))
	return nil
}

// Run runs an accepted task: it admits the assigned grants into the
// enclave, fetches and passes on the other assigned enclaves' attestations
// (bound to the task id) so that the enclave federates with them over
// carrier, runs the task and keeps the evidence for Result. A nil carrier
// trains alone (a task with one enclave).
func (n *Node) Run(ctx context.Context, id common.Hash, carrier enclave.Carrier) (*nodeapi.Evidence, error) {
	n.mu.Lock()
	t := n.tasks[id]
	n.mu.Unlock()
	if t == nil {
		return nil, fmt.Errorf("running task %s: %w", id, nodeapi.ErrNotFound)
	}
	a, _ := t.Assignment(n.Enclave())
	var share *big.Int
	if mid, _, ok := t.MarketTask(n.Enclave()); ok {
		sh, err := n.cfg.Operator.Shares(ctx, mid)
		if err != nil {
			return nil, fmt.Errorf("running task %s: %w", id, err)
		}
		share = sh.Users
	}
	n.mu.Lock()
	in := n.inputs[id]
	n.mu.Unlock()
	if t.InputCommitment != (common.Hash{}) && in == nil {
		return nil, fmt.Errorf("running task %s: %w: the owner's sealed input has not arrived", id, nodeapi.ErrTask)
	}
	et := t.Enclave(n.Enclave(), share, in)
	datasets := a.Datasets
	if n.cfg.Cheat == DropData {
		datasets = datasets[:1]
	}
	ins, err := n.grantInputs(ctx, datasets)
	if err != nil {
		return nil, fmt.Errorf("running task %s: %w", id, err)
	}
	errs, err := n.cfg.Enclave.UnwrapGrants(ctx, et, ins)
	if err != nil {
		return nil, fmt.Errorf("running task %s: admitting grants: %w", id, err)
	}
	var excluded []string
	for i, d := range datasets {
		err := errs[i]
		if withdrawn(err) {
			// The owner revoked (or let expire) its consent: its data is
			// left out, and it is not paid; verifiers accept a dataset
			// missing for that reason.
			excluded = append(excluded, fmt.Sprintf("dataset %s excluded: %v", d.TerminalString(), err))
			n.log.Info("dataset excluded: its grant no longer holds", slog.String("task", id.Hex()), slog.String("dataset", d.Hex()), slog.Any("reason", err))
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("running task %s: %w", id, err)
		}
	}
	if len(excluded) == len(datasets) {
		return nil, fmt.Errorf("running task %s: %w: no assigned dataset's grant holds (%s)", id, nodeapi.ErrTask, strings.Join(excluded, "; "))
	}
	n.mu.Lock()
	if st := n.states[id]; st != nil {
		st.Excluded = excluded
	}
	n.mu.Unlock()
	var fed *enclave.Federation
	if len(t.Assignments) > 1 {
		fed = &enclave.Federation{Carrier: carrier}
		for _, p := range t.Assignments {
			doc, err := n.fetchAttestation(ctx, p.Node, t.ID)
			if err != nil {
				return nil, fmt.Errorf("running task %s: peer %s: %w", id, p.Enclave, err)
			}
			if doc.Enclave != p.Enclave {
				return nil, fmt.Errorf("running task %s: %w: node %s serves enclave %s, task assigns %s", id, enclave.ErrPeer, p.Node, doc.Enclave, p.Enclave)
			}
			fed.Peers = append(fed.Peers, doc)
		}
	}
	res, err := n.cfg.Enclave.RunTask(ctx, et, fed)
	if err != nil {
		return nil, fmt.Errorf("running task %s: %w", id, err)
	}
	ev := &nodeapi.Evidence{Result: res}
	given := make(map[common.Hash]*grant.Grant, len(ins)) // the grants the enclave was given
	for _, in := range ins {
		if in.Grant != nil {
			given[in.Grant.Dataset] = in.Grant
		}
	}
	for _, u := range res.Usage {
		g := given[u.Dataset]
		if g == nil { // the enclave admits only datasets it was given grants for
			return nil, fmt.Errorf("running task %s: the result uses dataset %s, for which this node holds no grant", id, u.Dataset)
		}
		ev.Policies = append(ev.Policies, g.Policy)
	}
	n.mu.Lock()
	err = n.persist(bucketResults, id, ev)
	if err == nil {
		n.results[id] = ev
		n.setPhase(id, nodeapi.PhaseDone, "")
	}
	n.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("running task %s: keeping the evidence: %w", id, err)
	}
	n.log.Info("task done", slog.String("task", id.Hex()), slog.String("output", res.OutputHash.Hex()))
	return ev, nil
}

// grantInputs returns the enclave inputs of datasets: the grant this node holds
// for each (nil if none: the enclave refuses it) and its manifest, loaded
// from the store on a few goroutines (a task can assign thousands).
func (n *Node) grantInputs(ctx context.Context, datasets []common.Hash) ([]enclave.Input, error) {
	gs, err := n.grants.get(datasets)
	if err != nil {
		return nil, err
	}
	ins := make([]enclave.Input, len(datasets))
	for i, g := range gs {
		ins[i] = enclave.Input{Grant: g, Store: n.cfg.Store}
	}
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	errs := make([]error, len(datasets))
	for range min(len(datasets), manifestLoaders) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(datasets); i = int(next.Add(1) - 1) {
				m, err := vault.LoadManifest(ctx, n.cfg.Store, vault.ID(datasets[i]))
				if err != nil {
					errs[i] = fmt.Errorf("loading manifest of dataset %s: %w", datasets[i], err)
					continue
				}
				ins[i].Manifest = m
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return ins, nil
}

// manifestLoaders is how many manifests a node loads from its store at
// once.
const manifestLoaders = 8

// Result returns the evidence of a task this node ran.
func (n *Node) Result(id common.Hash) (*nodeapi.Evidence, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	ev := n.results[id]
	if ev == nil {
		return nil, fmt.Errorf("result of task %s: %w", id, nodeapi.ErrNotFound)
	}
	return ev, nil // entries are only replaced whole under mu
}

// ExportReexecution has the node's enclave seal what a re-executor needs
// of its run of task id (the task's noise seed, the owner's input it was
// sent) to the enclave whose attestation is peer.
func (n *Node) ExportReexecution(ctx context.Context, id common.Hash, peer *grant.Attestation) (*enclave.SealedNoiseSeed, error) {
	n.mu.Lock()
	t, in := n.tasks[id], n.inputs[id]
	n.mu.Unlock()
	if t == nil {
		return nil, fmt.Errorf("exporting task %s for re-execution: %w", id, nodeapi.ErrNotFound)
	}
	return n.cfg.Enclave.ExportReexecution(ctx, t.Enclave(n.Enclave(), nil, in), peer)
}

// Reexecute has the node's enclave re-run task t as the enclaves of its
// published results evs ran it (in assignment order, each with the export
// its node sealed to this enclave), on the data owners' datasets granted to
// this node, and returns the enclave's signed report of the model hash.
func (n *Node) Reexecute(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence, exports []*enclave.SealedNoiseSeed) (*enclave.Reexecution, error) {
	fail := func(err error) (*enclave.Reexecution, error) {
		return nil, fmt.Errorf("re-executing task %s: %w", t.ID, err)
	}
	if len(evs) != len(t.Assignments) || len(exports) != len(evs) {
		return fail(fmt.Errorf("%w: %d results and %d exports for %d assignments", nodeapi.ErrTask, len(evs), len(exports), len(t.Assignments)))
	}
	et := &enclave.Task{ID: t.ID, Owner: t.Owner, PricePerRecord: new(big.Int).Set(t.PricePerRecord), Spec: t.Spec, Wasm: t.WasmTask(),
		ResultKey: slices.Clone(t.ResultKey), InputCommitment: t.InputCommitment, Market: t.Market, MarketID: t.MarketID,
		OwnerSignature: slices.Clone(t.OwnerSignature)}
	results := make([]*enclave.Result, len(evs))
	docs := make([]*grant.Attestation, len(evs))
	var datasets []common.Hash
	for i, ev := range evs {
		if ev == nil || ev.Result == nil {
			return fail(fmt.Errorf("%w: no result of %s", nodeapi.ErrTask, t.Assignments[i].Enclave))
		}
		results[i] = ev.Result
		doc, err := n.fetchAttestation(ctx, t.Assignments[i].Node, t.ID)
		if err != nil {
			return fail(err)
		}
		docs[i] = doc
		for _, u := range ev.Result.Usage {
			datasets = append(datasets, u.Dataset)
		}
	}
	if d, ok, err := n.grants.missing(datasets); err != nil {
		return fail(err)
	} else if ok {
		return fail(fmt.Errorf("%w: no grant here for dataset %s", nodeapi.ErrTask, d))
	}
	ins, err := n.grantInputs(ctx, datasets)
	if err != nil {
		return fail(err)
	}
	errs, err := n.cfg.Enclave.UnwrapGrants(ctx, et, ins)
	if err == nil {
		err = errors.Join(errs...)
	}
	if err != nil {
		return fail(err)
	}
	rep, err := n.cfg.Enclave.Reexecute(ctx, et, results, exports, docs)
	if err != nil {
		return fail(err)
	}
	n.log.Info("task re-executed", slog.String("task", t.ID.Hex()), slog.String("modelHash", rep.ModelHash.Hex()))
	return rep, nil
}

// PublishReexecution adds the re-executor's report to the node's published
// evidence of task id, where verifiers find it. The report is signed by the
// re-executing enclave, so a node can withhold it (its selected result then
// fails its spot check) but not forge one.
func (n *Node) PublishReexecution(id common.Hash, rep *enclave.Reexecution) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	ev := n.results[id]
	if ev == nil {
		return fmt.Errorf("result of task %s: %w", id, nodeapi.ErrNotFound)
	}
	c := *ev
	c.Reexecution = rep
	if err := n.persist(bucketResults, id, &c); err != nil {
		return err
	}
	n.results[id] = &c
	return nil
}

// checkMarketTask checks, from the chain, that market task id commits to
// the task document and assigns this node's enclave to its slot.
func (n *Node) checkMarketTask(ctx context.Context, t *nodeapi.Task, id uint64) error {
	op := n.cfg.Operator
	if t.Market != op.Deployment().TaskMarket {
		return fmt.Errorf("%w: market %s is not this deployment's TaskMarket", nodeapi.ErrTask, t.Market)
	}
	mt, err := op.Task(ctx, id)
	if err != nil {
		return fmt.Errorf("reading market task %d: %w", id, err)
	}
	if mt.DatasetHash != t.ID || mt.Measurement != t.Measurement || mt.Owner != t.Owner || mt.ResultKeyHash != chain.ResultKeyHash(t.ResultKey) {
		return fmt.Errorf("%w: market task %d does not commit to this document, measurement, owner and result key", nodeapi.ErrTask, id)
	}
	head, err := op.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	if err := n.cfg.Terms.check(mt, head); err != nil {
		return err
	}
	_, want, _ := t.MarketTask(n.Enclave())
	slot, ok, err := op.SlotOf(ctx, id, n.Enclave())
	if err != nil {
		return fmt.Errorf("reading slot of market task %d: %w", id, err)
	}
	if !ok || int(slot) != want {
		return fmt.Errorf("%w: enclave not assigned to slot %d of market task %d", nodeapi.ErrTask, want, id)
	}
	return nil
}

// Submit submits the enclave-signed TaskMarket claim of the node's result
// from the operator's account.
func (n *Node) Submit(ctx context.Context, id common.Hash) (*types.Receipt, error) {
	ev, err := n.Result(id)
	if err != nil {
		return nil, err
	}
	r := ev.Result
	if r.MarketClaim == nil {
		return nil, fmt.Errorf("submitting result of task %s: %w: not a market task", id, nodeapi.ErrTask)
	}
	rcpt, err := n.cfg.Operator.SubmitResult(ctx, n.Enclave(), *r.MarketClaim, r.MarketSignature)
	if err != nil {
		return nil, fmt.Errorf("submitting result of task %s: %w", id, err)
	}
	return rcpt, nil
}

// fetchAttestation fetches the attestation of the node at url over nonce.
func (n *Node) fetchAttestation(ctx context.Context, url string, nonce common.Hash) (*grant.Attestation, error) {
	c, err := nodeapi.NewClient(url, n.cfg.HTTP)
	if err != nil {
		return nil, err
	}
	return c.Attestation(ctx, nonce)
}

// setPhase records where task id stands (under n.mu).
func (n *Node) setPhase(id common.Hash, p nodeapi.TaskPhase, reason string) {
	st := n.states[id]
	if st == nil {
		st = &nodeapi.TaskState{Task: n.tasks[id]}
		n.states[id] = st
	}
	st.Phase, st.Reason, st.Updated = p, reason, time.Now().UTC()
	if p == nodeapi.PhaseRunning {
		st.Attempts++
	}
	if err := n.persist(bucketStates, id, st); err != nil {
		n.log.Error("keeping task state", slog.String("task", id.Hex()), slog.Any("err", err))
	}
}

// TaskState returns the task document the node holds for id and where it
// stands.
func (n *Node) TaskState(id common.Hash) (*nodeapi.TaskState, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	st := n.states[id]
	if st == nil {
		return nil, fmt.Errorf("task %s: %w", id, nodeapi.ErrNotFound)
	}
	c := *st
	return &c, nil
}

// Offers lists the datasets the node holds grants for, with their owners'
// policies and record counts (from the manifests in the store).
func (n *Node) Offers(ctx context.Context) (*nodeapi.Offers, error) {
	gs, err := n.grants.all()
	if err != nil {
		return nil, fmt.Errorf("listing datasets: %w", err)
	}
	out := &nodeapi.Offers{Enclave: n.Enclave(), Datasets: make([]nodeapi.Offer, 0, len(gs))}
	for _, g := range gs {
		m, err := vault.LoadManifest(ctx, n.cfg.Store, vault.ID(g.Dataset))
		if err != nil {
			return nil, fmt.Errorf("listing datasets: %w", err)
		}
		out.Datasets = append(out.Datasets, nodeapi.Offer{Dataset: g.Dataset, Owner: g.Owner, Records: m.Records, Policy: g.Policy, Expiry: g.Expiry})
	}
	return out, nil
}

// withdrawn reports whether err is the enclave refusing a grant its owner
// withdrew: revoked, expired or no longer active on chain.
func withdrawn(err error) bool {
	return errors.Is(err, grant.ErrRevoked) || errors.Is(err, grant.ErrExpired) || errors.Is(err, grant.ErrNotActive)
}
