package cluster

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math"
	"math/big"
	"net"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/node"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/verifier"
)

// Config sizes a cluster and its task. Zero values pick the documented
// defaults, so Config{} is the demo.
type Config struct {
	// Users is the number of data owners; 0 means 12. Each holds a
	// non-IID slice of the data (see Data).
	Users int
	// Data is where the data owners' records come from: DataDigits (or
	// "") deals the digits training set, two label shards per owner, to at
	// most 500 owners; DataSynthetic draws each owner's records from
	// train.Synthetic (non-IID, derived from Seed and the owner's index),
	// for any number of owners.
	Data Data
	// RecordsPerOwner is how many records each owner holds with
	// DataSynthetic; 0 means train.DefaultRecordsPerOwner. It must be 0
	// with DataDigits, whose owners hold what their shards hold.
	RecordsPerOwner int
	// Nodes is the number of honest TEE nodes; 0 means 3.
	Nodes int
	// Honest, if true, leaves out the cheating node; by default one more
	// node is assigned to the task and must be caught.
	Honest bool
	// Cheat is how the cheating node departs from the protocol; zero
	// means node.DropData.
	Cheat node.Cheat
	// Verifiers is the number of staked verifiers; 0 means 3. A majority of
	// them approves each enclave and settles each result.
	Verifiers int
	// Rounds is the number of FedAvg rounds; 0 means 10.
	Rounds int
	// Epsilon is the task's DP-SGD target ε per data owner; 0 means 4.
	// Data owners' grants allow twice that.
	Epsilon float64
	// PrivacyUnit is what Epsilon is about: "" or train.UnitRecord runs
	// DP-SGD (ε per record: an owner holding k records is protected only
	// as a group of k); train.UnitUser runs DP-FedAvg (ε per data owner,
	// all their records together), which needs at least MinUserLevelOwners
	// owners to train anything.
	PrivacyUnit string
	// ColdStart, if true, has the company send no initial parameters:
	// training starts from the spec's seed. By default the company
	// pre-trains on a public split of its own data and sends that model,
	// sealed to each enclave, as the warm start.
	ColdStart bool
	// Seed fixes the data split, the partition and the training seed; 0
	// means 1. Keys are always random.
	Seed uint64
	// Dir is the directory of the dataset store; "" means a temporary
	// directory removed by Close.
	Dir string
	// HTTP is the client every party uses to reach the nodes' APIs; nil
	// means one with a one-minute timeout.
	HTTP *http.Client
	// Now is the clock attestation is verified with; nil means time.Now.
	Now func() time.Time
	// Progress, if set, is called at each step (from one goroutine).
	Progress func(Event)
	// Logger receives structured events from every party; nil logs nothing.
	Logger *slog.Logger
	// Reexecute has the task ask TaskMarket to re-execute every result;
	// otherwise the market samples them (chain.DefaultReexecBps).
	Reexecute bool
	// NoReexecution leaves out the standby node that re-executes results
	// (by default one more node, of its own operator, that every data owner
	// also grants to and that trains nothing of its own) and switches the
	// market's sampling off.
	NoReexecution bool
	// Fault makes the first node's enclave misbehave as a compromised TEE
	// would (enclave.Fault), to show what the protocol catches.
	Fault enclave.Fault
	// Revoke lists data owners (by index) who revoke their grant to their
	// node after granting and before the task reaches the nodes: their
	// data must be left out and they must not be paid.
	Revoke []int
	// Crash, if set, stops one node mid-task as if its process died and
	// starts it again from its database and sealed state (RestartNode).
	Crash *Crash
}

// Crash is when Config.Crash restarts a node: assigned node Node, once its
// enclave has started FedAvg round AtRound of the task.
type Crash struct {
	Node, AtRound int
}

// Data names a source of the data owners' records.
type Data string

// Data sources.
const (
	// DataDigits deals the embedded digits training set non-IID (two
	// label shards per owner); the company holds the rest.
	DataDigits Data = "digits"
	// DataSynthetic generates every owner's records, and the company's,
	// from train.Synthetic.
	DataSynthetic Data = "synthetic"
)

// Bounds of a cluster's size.
const (
	maxDigitsUsers    = 500       // two shards each of the digits training set
	maxSyntheticUsers = 1_000_000 // a sanity bound: every owner costs two transactions
	// syntheticCompanyRecords is the company's own data with DataSynthetic:
	// a third public (the warm start's), the rest its held-out test set.
	syntheticCompanyRecords = 1500
)

// Event reports progress: step Step is Done of Total.
type Event struct {
	Step  string
	Done  int
	Total int
}

func (c *Config) setDefaults() error {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.Users, 12)
	def(&c.Nodes, 3)
	def(&c.Verifiers, 3)
	def(&c.Rounds, 10)
	if c.Epsilon == 0 {
		c.Epsilon = 4
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Data == "" {
		c.Data = DataDigits
	}
	if c.Data == DataSynthetic && c.RecordsPerOwner == 0 {
		c.RecordsPerOwner = train.DefaultRecordsPerOwner
	}
	enclaves := c.Nodes
	if !c.Honest {
		enclaves++
	}
	switch {
	case c.Users < 0 || c.Nodes < 0 || c.Verifiers < 0 || c.Rounds < 0:
		return fmt.Errorf("%w: counts must be positive", ErrConfig)
	case c.Data != DataDigits && c.Data != DataSynthetic:
		return fmt.Errorf("%w: data %q: want %q or %q", ErrConfig, c.Data, DataDigits, DataSynthetic)
	case c.Data == DataDigits && c.RecordsPerOwner != 0:
		return fmt.Errorf("%w: records per owner are set by the digits shards; choose them with synthetic data", ErrConfig)
	case c.Data == DataDigits && c.Users > maxDigitsUsers:
		return fmt.Errorf("%w: %d users: the digits set has room for at most %d (two shards each); use synthetic data for more", ErrConfig, c.Users, maxDigitsUsers)
	case c.Users > maxSyntheticUsers:
		return fmt.Errorf("%w: %d users: at most %d", ErrConfig, c.Users, maxSyntheticUsers)
	case c.RecordsPerOwner < 0 || c.RecordsPerOwner > 1<<20:
		return fmt.Errorf("%w: %d records per owner: want 1..%d", ErrConfig, c.RecordsPerOwner, 1<<20)
	case c.Nodes > 32 || c.Verifiers > 32:
		return fmt.Errorf("%w: at most 32 nodes and 32 verifiers", ErrConfig)
	case c.Rounds > 1000:
		return fmt.Errorf("%w: at most 1000 rounds", ErrConfig)
	case !c.Honest && c.Users < 2*enclaves:
		return fmt.Errorf("%w: %d users for %d nodes: the cheating node needs two datasets to drop one, so use at least %d users (or no cheating node)", ErrConfig, c.Users, enclaves, 2*enclaves)
	case c.Users < enclaves:
		return fmt.Errorf("%w: %d users for %d nodes: every node needs at least one dataset", ErrConfig, c.Users, enclaves)
	case !(c.Epsilon > 0) || c.Epsilon > 1000 || math.IsInf(c.Epsilon, 0):
		return fmt.Errorf("%w: ε %v must be in (0, 1000]", ErrConfig, c.Epsilon)
	case c.PrivacyUnit != "" && c.PrivacyUnit != train.UnitRecord && c.PrivacyUnit != train.UnitUser:
		return fmt.Errorf("%w: privacy unit %q: want %q or %q", ErrConfig, c.PrivacyUnit, train.UnitRecord, train.UnitUser)
	case c.PrivacyUnit == train.UnitUser && c.Users < MinUserLevelOwners:
		return fmt.Errorf("%w: user-level DP over %d owners: at least %d are needed for an accurate model; choose record-level DP for a small federation", ErrConfig, c.Users, MinUserLevelOwners)
	}
	for _, i := range c.Revoke {
		if i < 0 || i >= c.Users {
			return fmt.Errorf("%w: owner %d revokes, but there are %d owners", ErrConfig, i, c.Users)
		}
	}
	return nil
}

// Token amounts of the cluster.
var (
	operatorStake = chain.Tokens(1000)
	verifierStake = chain.Tokens(100)
	// TaskFee is what the task owner escrows for the task, unless it has
	// so many records that the data owners' share of it would pay less
	// than twice their policies' floor per record: then it escrows that
	// (see taskFee).
	TaskFee = chain.Tokens(1000)
	// MinPricePerRecord is the floor data owners set in their policies.
	MinPricePerRecord = new(big.Int).Div(chain.MEMO, big.NewInt(100))
)

// Fee split of the task in basis points: data owners, TEE nodes, verifiers.
const (
	SplitUsers     = 6000
	SplitNodes     = 3000
	SplitVerifiers = 1000
)

// User is a data owner: an account and one encrypted dataset. It holds no
// records: the simulator produces owner index's plaintext on demand
// (Cluster.records) to upload it and for the reference run.
type User struct {
	key      *ecdsa.PrivateKey
	client   *chain.Client
	dek      []byte
	manifest *vault.Manifest
	index    int // the owner's index in the data source
	node     int // index of the node the user grants to
	// granted is the user's signed grant to the node it granted first
	// (its own node; the standby's comes second).
	granted *grant.Grant
}

// Address returns the user's account.
func (u *User) Address() common.Address { return u.client.Address() }

// Dataset returns the user's dataset id.
func (u *User) Dataset() common.Hash { return common.Hash(u.manifest.ID) }

// Node returns the index of the node the user granted its dataset to.
func (u *User) Node() int { return u.node }

// Company is the task owner: an account and the HPKE key results are
// encrypted to, with its own held-out data to evaluate the model on and
// its private input to the task (the warm-start parameters), which it
// sends only sealed to attested enclaves.
type Company struct {
	client  *chain.Client
	account *ecdsa.PrivateKey // the client's key: signs off-market tasks
	key     hpke.PrivateKey
	test    *train.Dataset
	input   *enclave.OwnerInput
	warm    *WarmStart
}

// Address returns the company's account.
func (c *Company) Address() common.Address { return c.client.Address() }

// Cluster is a running deployment. Close it when done.
type Cluster struct {
	cfg       Config
	steps     []StepTime // the wall time of each progress step so far
	stepStart time.Time  // when the last step began
	stepOpen  bool       // the last of steps is still running
	net       *devnet.Chain
	auth      *sim.Authority
	spec      train.Spec
	records   func(owner int) iter.Seq2[[]float64, int] // the simulator's plaintext of each owner
	fee       *big.Int                                  // what the company escrows (taskFee)
	workload  enclave.Workload
	measure   common.Hash
	store     *vault.DirStore
	dir       string
	ownDir    bool
	http      *http.Client
	apis      map[string]*nodeapi.Client // by node URL

	users   []*User
	nodes   []*node.Node
	nodeOps []*chain.Client // each node's operator client
	secrets [][]byte        // each node's sealing secret
	// Until startDaemons, each node's database and API server; then its
	// daemon, which owns them.
	dbs      []*node.DB
	servers  []*http.Server
	daemons  []*daemon
	sims     []*enclave.Sim // each node's enclave (the simulator reads its noise seeds)
	nodeURLs []string
	// standby is the node that re-executes results (nil with
	// Config.NoReexecution): every data owner grants to it too.
	standby    *node.Node
	standbyURL string
	standbyOp  *chain.Client
	verifiers  []*verifier.Verifier
	company    *Company
	gas        *gasLog
	setupTime  time.Duration
	task       *nodeapi.Task // of the last Run
	treasury   common.Address
	quorum     uint8
	drawn      bool // the last task's committees were drawn

	colMu      sync.Mutex
	col        []byte    // the sim collateral last issued (JSON)
	colFetched time.Time // when, on cfg.Now's clock
	// colParsed is col parsed, the copy every verifier in the cluster
	// reads (parsed once per fetch, not once per quote); colParsedFrom is
	// the JSON it was parsed from.
	colParsed     *pcs.Collateral
	colParsedFrom []byte
}

// New builds a cluster: a dev chain with the contracts, the sim quoting
// authority the chain trusts, the workload allowed in the registry, staked
// TEE nodes whose enclaves are registered, attested over HTTP and approved
// by a majority of the staked verifiers, the company, and the users with
// their datasets encrypted into the store.
func New(ctx context.Context, cfg Config) (_ *Cluster, err error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	start := time.Now()
	c := &Cluster{cfg: cfg, gas: &gasLog{}, http: cfg.HTTP, apis: map[string]*nodeapi.Client{}}
	if c.http == nil {
		c.http = &http.Client{Timeout: time.Minute}
	}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	enclaves := cfg.Nodes
	if !cfg.Honest {
		enclaves++
	}
	if !cfg.NoReexecution {
		enclaves++ // the standby re-executor, launched last
	}
	steps := 6
	c.progress("starting dev chain", 0, steps)
	if c.auth, err = sim.NewRandom(); err != nil {
		return nil, fmt.Errorf("creating sim quoting authority: %w", err)
	}
	quorum := uint32(cfg.Verifiers/2 + 1)
	c.quorum = uint8(quorum)
	// The treasury is an address nobody holds a key to, so that its
	// balance shows exactly what the market sent it.
	tk, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	c.treasury = crypto.PubkeyToAddress(tk.PublicKey)
	c.net, err = devnet.New(ctx, devnet.Config{Accounts: 1, Logger: cfg.Logger,
		Deploy: chain.DeployConfig{SimulatedRootHash: sha256.Sum256(c.auth.Root().Raw), Quorum: quorum,
			MinStakeTEENode: operatorStake, MinStakeVerifier: verifierStake, Market: chain.MarketConfig{Treasury: c.treasury}}})
	if err != nil {
		return nil, fmt.Errorf("starting dev chain: %w", err)
	}
	if err := c.openStore(); err != nil {
		return nil, err
	}

	c.progress("preparing data and workload", 1, steps)
	if err := c.prepare(ctx, cfg); err != nil {
		return nil, err
	}
	gov := c.net.Governance()
	rcpt, err := gov.SetMeasurementAllowed(ctx, c.measure, true)
	if err != nil {
		return nil, fmt.Errorf("allowing the workload's measurement: %w", err)
	}
	c.gas.add("governance: allow measurement", rcpt)

	c.progress("funding and staking accounts", 2, steps)
	ops, vers, err := c.fund(ctx, enclaves)
	if err != nil {
		return nil, err
	}

	c.progress("launching and registering enclaves", 3, steps)
	if err := c.launch(ctx, ops); err != nil {
		return nil, err
	}
	c.progress("verifiers attest and approve enclaves", 4, steps)
	if err := c.approve(ctx, vers, int(quorum)); err != nil {
		return nil, err
	}
	if k := c.assigned(); k < len(c.nodes) {
		c.standby, c.standbyURL, c.standbyOp = c.nodes[k], c.nodeURLs[k], c.nodeOps[k]
		c.nodes, c.nodeURLs = c.nodes[:k], c.nodeURLs[:k]
	}
	if cfg.NoReexecution {
		r, err := gov.SetReexecBps(ctx, 0)
		if err := c.gas.addErr("governance: switch re-execution sampling off", r, err); err != nil {
			return nil, err
		}
	}
	c.startDaemons()
	c.progress("users encrypt and upload datasets", 5, steps)
	if err := c.upload(ctx); err != nil {
		return nil, err
	}
	c.progress("cluster ready", steps, steps)
	c.setupTime = time.Since(start)
	return c, nil
}

func (c *Cluster) progress(step string, done, total int) {
	now := time.Now()
	if c.stepOpen {
		c.steps[len(c.steps)-1].Seconds = now.Sub(c.stepStart).Seconds()
	}
	c.stepOpen = done < total // "cluster ready" and "done" end a phase
	if c.stepOpen {
		c.steps = append(c.steps, StepTime{Step: step})
	}
	c.stepStart = now
	if c.cfg.Progress != nil {
		c.cfg.Progress(Event{Step: step, Done: done, Total: total})
	}
}

func (c *Cluster) logger(group string) *slog.Logger {
	if c.cfg.Logger == nil {
		return nil
	}
	return c.cfg.Logger.WithGroup(group)
}

func (c *Cluster) openStore() (err error) {
	c.dir = c.cfg.Dir
	if c.dir == "" {
		if c.dir, err = os.MkdirTemp("", "memoc-cluster-*"); err != nil {
			return fmt.Errorf("creating store directory: %w", err)
		}
		c.ownDir = true
	}
	if c.store, err = vault.NewDirStore(c.dir); err != nil {
		return fmt.Errorf("opening store: %w", err)
	}
	if c.ownDir {
		c.store = c.store.WithoutSync() // a temporary directory, removed by Close
	}
	return nil
}

// MinUserLevelOwners is the fewest data owners a user-level DP task
// accepts: below it the noise, calibrated to one owner, drowns the
// average of the owners' deltas (docs/RATIONALE.md, issue 15).
const MinUserLevelOwners = 50

// UserLevelRounds is the rounds a user-level (DP-FedAvg) run takes unless
// told otherwise, as memoc demo does: the tuned default of
// docs/RATIONALE.md.
const UserLevelRounds = 5

// Split of the company's own digits: this fraction is public (it
// pre-trains the warm start on it), the rest is its held-out test set.
const publicFraction = 1.0 / 3

// Rounds of the company's pre-training on its public split (no DP: the
// data is its own).
const preRounds = 10

// prepare deals the data (see deal) and fixes the workload. The company's
// own data fixes the public standardisation in the spec (it costs the
// users no privacy); a third of it is a public split the company
// pre-trains the warm start on, the rest its held-out test set.
func (c *Cluster) prepare(ctx context.Context, cfg Config) error {
	te, err := c.deal(cfg)
	if err != nil {
		return err
	}
	st, err := train.FitStandardizer(te)
	if err != nil {
		return fmt.Errorf("fitting the public standardizer: %w", err)
	}
	c.spec = train.Spec{Model: train.Softmax, Features: te.Schema.NumFeatures(), Classes: te.Schema.Classes,
		Rounds: cfg.Rounds, Epochs: 1, Batch: 32, LR: 0.2, Momentum: 0.9, Seed: cfg.Seed,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: cfg.Epsilon}, Standardize: st}
	// The company pre-trains centrally, without DP, with the record-level
	// step sizes: the user-level ones below (ten local epochs at rate 1)
	// are tuned for an owner's few records and overfit its public split.
	pre := c.spec
	pre.DP, pre.Rounds = nil, preRounds
	if cfg.PrivacyUnit == train.UnitUser {
		// DP-FedAvg with the defaults tuned for memoc train --dp-unit user.
		c.spec.Epochs, c.spec.Batch, c.spec.LR, c.spec.Momentum = 10, 8, 1, 0.5
		c.spec.DP = &train.DP{Unit: train.UnitUser, Clip: 3, Delta: 1e-5, Epsilon: cfg.Epsilon,
			SampleRate: min(1, 1000/float64(cfg.Users)), ServerLR: 1.3}
	}
	if err := c.spec.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	c.workload = enclave.Workload{Kind: enclave.Kind(c.spec), ID: c.spec.Hash()}
	if c.measure, err = enclave.MeasureWorkload(c.workload); err != nil {
		return fmt.Errorf("measuring the workload: %w", err)
	}
	key, err := hpke.MLKEM768X25519().GenerateKey()
	if err != nil {
		return fmt.Errorf("generating the company's HPKE key: %w", err)
	}
	c.company = &Company{key: key, test: te}
	if cfg.ColdStart {
		return nil
	}
	test, public, err := train.Split(te, publicFraction, cfg.Seed)
	if err != nil {
		return fmt.Errorf("splitting the company's data: %w", err)
	}
	res, err := train.Train(ctx, pre, [][]train.Slice{{{User: "company", Data: public}}}, train.Options{})
	if err != nil {
		return fmt.Errorf("pre-training the warm start: %w", err)
	}
	c.company.test = test
	if c.company.input, err = enclave.NewOwnerInput(res.Model.Params); err != nil {
		return err
	}
	acc, loss, err := res.Model.Evaluate(test)
	if err != nil {
		return fmt.Errorf("evaluating the warm start: %w", err)
	}
	c.company.warm = &WarmStart{Records: public.Len(), Rounds: preRounds, Accuracy: acc, Loss: loss, Commitment: c.company.input.Commitment()}
	return nil
}

// deal sets where each owner's records come from (c.records) and returns
// the company's own data. Digits: 80% dealt non-IID to the users (held
// here, at most 1,437 records whatever the owner count), 20% kept by the
// company. Synthetic: owner i's records are generated from (Seed, i)
// whenever they are needed, so nothing is held per owner; the company
// holds syntheticCompanyRecords held-out records no owner has.
func (c *Cluster) deal(cfg Config) (*train.Dataset, error) {
	if cfg.Data == DataSynthetic {
		src, err := train.NewSynthetic(train.SyntheticConfig{Seed: cfg.Seed, RecordsPerOwner: cfg.RecordsPerOwner})
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
		c.records = src.Records
		c.fee = taskFee(uint64(cfg.Users) * uint64(cfg.RecordsPerOwner))
		return src.HeldOut(syntheticCompanyRecords), nil
	}
	d, err := train.Digits()
	if err != nil {
		return nil, fmt.Errorf("loading digits: %w", err)
	}
	tr, te, err := train.Split(d, 0.2, cfg.Seed)
	if err != nil {
		return nil, fmt.Errorf("splitting digits: %w", err)
	}
	parts, err := train.Partition(tr, cfg.Users, true, cfg.Seed)
	if err != nil {
		return nil, fmt.Errorf("dealing data to users: %w", err)
	}
	c.fee = taskFee(uint64(tr.Len()))
	c.records = func(i int) iter.Seq2[[]float64, int] {
		return func(yield func([]float64, int) bool) {
			d := parts[i]
			for r := range d.Len() {
				if !yield(d.Row(r), d.Y[r]) {
					return
				}
			}
		}
	}
	return te, nil
}

// taskFee is what the company escrows for a task over records records:
// TaskFee, or enough that the data owners' share pays every record twice
// MinPricePerRecord (in whole MEMO, rounded up).
func taskFee(records uint64) *big.Int {
	need := new(big.Int).Mul(MinPricePerRecord, new(big.Int).SetUint64(records))
	need.Mul(need, big.NewInt(2*10_000)).Div(need, big.NewInt(SplitUsers))
	need.Add(need, new(big.Int).Sub(chain.MEMO, big.NewInt(1))).Div(need, chain.MEMO).Mul(need, chain.MEMO)
	if need.Cmp(TaskFee) < 0 {
		return new(big.Int).Set(TaskFee)
	}
	return need
}

// ownerData returns owner i's records as a dataset (the simulator's
// plaintext; see Cluster.records).
func (c *Cluster) ownerData(i int) *train.Dataset {
	d := &train.Dataset{Schema: c.company.test.Schema}
	for x, y := range c.records(i) {
		d.X = append(d.X, x...)
		d.Y = append(d.Y, y)
	}
	return d
}

// fund creates and funds every account and stakes operators and verifiers.
func (c *Cluster) fund(ctx context.Context, enclaves int) (ops, vers []*chain.Client, err error) {
	eth := new(big.Int).Mul(big.NewInt(1e18), big.NewInt(10))
	if ops, err = c.net.NewAccounts(ctx, enclaves, eth, operatorStake); err != nil {
		return nil, nil, fmt.Errorf("funding operators: %w", err)
	}
	if vers, err = c.net.NewAccounts(ctx, c.cfg.Verifiers, eth, verifierStake); err != nil {
		return nil, nil, fmt.Errorf("funding verifiers: %w", err)
	}
	if c.company.account, err = crypto.GenerateKey(); err != nil {
		return nil, nil, err
	}
	c.company.client = c.net.Governance().As(c.company.account)
	if err := c.net.Governance().Fund(ctx, []common.Address{c.company.Address()}, eth, c.fee); err != nil {
		return nil, nil, fmt.Errorf("funding the company: %w", err)
	}
	// Users hold no ETH: nodes relay their signed grants.
	c.users = make([]*User, c.cfg.Users)
	for i := range c.users {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, nil, err
		}
		c.users[i] = &User{key: key, client: c.net.Governance().As(key), index: i, node: i % c.assigned()}
	}
	var wg sync.WaitGroup
	errs := make([]error, len(ops)+len(vers))
	for i, op := range ops {
		wg.Go(func() {
			r, err := op.Stake(ctx, chain.RoleTEENode, operatorStake)
			errs[i] = c.gas.addErr("operators: stake", r, err)
		})
	}
	for i, v := range vers {
		wg.Go(func() {
			r, err := v.Stake(ctx, chain.RoleVerifier, verifierStake)
			errs[len(ops)+i] = c.gas.addErr("verifiers: stake", r, err)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, fmt.Errorf("staking: %w", err)
	}
	return ops, vers, nil
}

// collateralTTL is how long the cluster serves one issue of the sim
// collateral (valid for sim.DefaultValidity) before issuing it anew.
const collateralTTL = 10 * time.Minute

// collateral is the PCS collateral the enclaves hand out with their
// quotes, issued an hour back. Like a node's cache of Intel's PCS, it is
// issued once and reused for collateralTTL, not signed afresh for every
// attestation (every data owner's grant fetches one).
func (c *Cluster) collateral(context.Context) ([]byte, error) {
	c.colMu.Lock()
	defer c.colMu.Unlock()
	now := c.cfg.Now()
	if c.col == nil || now.Sub(c.colFetched) >= collateralTTL || now.Before(c.colFetched) {
		col, err := c.auth.Collateral(sim.CollateralOptions{Issued: now.Add(-time.Hour)})
		if err != nil {
			return nil, err
		}
		b, err := json.Marshal(col)
		if err != nil {
			return nil, err
		}
		c.col, c.colFetched = b, now
	}
	return slices.Clone(c.col), nil
}

// attestation is how everyone in the cluster verifies quotes (data owners
// before granting, the company before sending its model, verifiers, peer
// enclaves): with collateral they fetch themselves (here from the sim
// authority, as they would from Intel's PCS on a real chain), never the
// copy a node serves with its quote.
func (c *Cluster) attestation() verify.Options {
	return verify.Options{Now: c.cfg.Now, TrustedRoots: []*x509.Certificate{c.auth.Root()}, Getter: collateralGetter(c.parsedCollateral)}
}

// parsedCollateral is the collateral fetch returns, parsed once per fetch
// (as a verifier keeps its parsed collateral until it refreshes it).
func (c *Cluster) parsedCollateral(ctx context.Context) (*pcs.Collateral, error) {
	b, err := c.collateral(ctx)
	if err != nil {
		return nil, err
	}
	c.colMu.Lock()
	defer c.colMu.Unlock()
	if c.colParsed != nil && bytes.Equal(c.colParsedFrom, b) {
		return c.colParsed, nil
	}
	p, err := pcs.ParseCollateral(b)
	if err != nil {
		return nil, err
	}
	c.colParsed, c.colParsedFrom = p, b
	return p, nil
}

// collateralGetter serves the collateral fetch returns as a pcs.Getter.
type collateralGetter func(context.Context) (*pcs.Collateral, error)

func (g collateralGetter) GetCollateral(ctx context.Context, _ string, _ [6]byte) (*pcs.Collateral, error) {
	return g(ctx)
}

// verifyPeer is the enclaves' check of a peer's attestation.
func (c *Cluster) verifyPeer(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
	dep := c.net.Deployment()
	gov := c.net.Governance()
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify: c.attestation(), ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Nonce: doc.Nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) { return gov.MeasurementAllowed(ctx, m) },
		Operator:           gov.EnclaveOperator,
	})
	if err != nil {
		return common.Hash{}, err
	}
	return n.Measurement(), nil
}

// launch starts every node: enclave, database and API on loopback, and
// registers its enclave (with the node's URL). Their daemons start once
// the verifiers approved them (startDaemons).
func (c *Cluster) launch(ctx context.Context, ops []*chain.Client) error {
	c.daemons = make([]*daemon, len(ops))
	for i, op := range ops {
		secret := make([]byte, enclave.SealingSecretSize)
		if _, err := rand.Read(secret); err != nil {
			return err
		}
		c.secrets = append(c.secrets, secret)
		c.nodeOps = append(c.nodeOps, op)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fmt.Errorf("listening for node %d: %w", i, err)
		}
		url := "http://" + ln.Addr().String()
		c.nodeURLs = append(c.nodeURLs, url)
		if c.apis[url], err = nodeapi.NewClient(url, c.http); err != nil {
			ln.Close()
			return err
		}
		e, err := c.newEnclave(i, op)
		if err != nil {
			ln.Close()
			return err
		}
		db, err := c.nodeDB(i)
		if err != nil {
			ln.Close()
			return err
		}
		c.dbs = append(c.dbs, db)
		// As memoc node does, keep the new enclave's sealed identity, which
		// a restart recovers.
		blob, err := e.Seal()
		if err == nil {
			err = db.SaveSealed(blob)
		}
		if err != nil {
			ln.Close()
			return fmt.Errorf("sealing enclave %d: %w", i, err)
		}
		n, err := c.newNode(i, e, db)
		if err != nil {
			ln.Close()
			return err
		}
		c.nodes = append(c.nodes, n)
		c.sims = append(c.sims, e)
		srv := &http.Server{Handler: n.Handler(), ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		c.servers = append(c.servers, srv)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(c.nodes))
	for i, n := range c.nodes {
		wg.Go(func() {
			_, r, err := n.Register(ctx)
			errs[i] = c.gas.addErr("operators: register enclave", r, err)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// approve has each enclave approved by its approval committee: the
// verifiers are drawn by stake per enclave, among all of them, once the
// block after the registrations (the draws' seed) is sealed; the members,
// up to the committee's majority, attest the enclave over HTTP and approve
// it. The deployment's committee comes from the cluster's quorum (the
// committee whose majority it is: quorum is not used here); if that is more
// verifiers than the cluster has, governance lowers it to the largest odd
// number it has.
func (c *Cluster) approve(ctx context.Context, vers []*chain.Client, _ int) error {
	byAddr := make(map[common.Address]*verifier.Verifier, len(vers))
	for _, vc := range vers {
		v, err := verifier.New(verifier.Config{Client: vc, Store: c.store, Attestation: c.attestation(), HTTP: c.http, Logger: c.logger("verifier")})
		if err != nil {
			return err
		}
		c.verifiers = append(c.verifiers, v)
		byAddr[vc.Address()] = v
	}
	gov := c.net.Governance()
	size, err := gov.ApprovalCommittee(ctx)
	if err != nil {
		return err
	}
	if int(size) > len(vers) {
		size = uint8((len(vers)-1)/2*2 + 1)
		r, err := gov.SetApprovalCommittee(ctx, size)
		if err := c.gas.addErr("governance: set approval committee", r, err); err != nil {
			return err
		}
	}
	var seed uint64
	for _, n := range c.nodes {
		e, err := gov.Enclave(ctx, n.Enclave())
		if err != nil {
			return err
		}
		seed = max(seed, e.AttestedBlock+1)
	}
	// Gas is estimated at the head: the seed block must be below it.
	if head, err := gov.BlockNumber(ctx); err != nil {
		return err
	} else if head <= seed {
		c.net.Mine(int(seed + 1 - head))
	}
	// Each enclave's committee is drawn (one verifier pays) and a majority
	// of its members attest the enclave and approve it.
	approveOne := func(drawer *chain.Client, enclave common.Address, url string) error {
		r, err := verifier.DrawApprovalCommittee(ctx, drawer, enclave)
		if err := c.gas.addErr("verifiers: draw approval committee", r, err); err != nil {
			return fmt.Errorf("drawing the approval committee of %s: %w", enclave.Hex(), err)
		}
		cm, err := drawer.EnclaveCommittee(ctx, enclave)
		if err != nil {
			return err
		}
		for _, m := range cm.Members[:cm.Majority] {
			v, ok := byAddr[m]
			if !ok {
				return fmt.Errorf("approval committee member %s of %s is not a cluster verifier", m.Hex(), enclave.Hex())
			}
			r, err := v.ApproveEnclaveAt(ctx, enclave, url)
			if err := c.gas.addErr("verifiers: approve enclave", r, err); err != nil {
				return err
			}
		}
		return nil
	}
	var wg sync.WaitGroup
	errs := make([]error, len(c.nodes))
	for i, n := range c.nodes {
		wg.Go(func() { errs[i] = approveOne(vers[i%len(vers)], n.Enclave(), c.nodeURLs[i]) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// upload has every user encrypt their slice into the store under a fresh
// data key and sign the manifest, a few users at a time (ownerWorkers).
func (c *Cluster) upload(ctx context.Context) error {
	return forEach(len(c.users), ownerWorkers(), func(i int) error { return c.uploadOne(ctx, c.users[i]) })
}

func (c *Cluster) uploadOne(ctx context.Context, u *User) error {
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return err
	}
	defer dek.Destroy()
	w, err := vault.NewWriter(ctx, c.store, dek, vault.WriterOptions{
		Owner:  u.Address(),
		Schema: vault.Schema{Kind: vault.KindVector, Features: c.spec.Features, Classes: c.spec.Classes},
	})
	if err != nil {
		return fmt.Errorf("encrypting user data: %w", err)
	}
	for x, y := range c.records(u.index) { // one record at a time, straight into the vault
		if err := w.WriteRecord(vault.Record{Features: x, Label: float64(y)}); err != nil {
			_, _ = w.Close() // stops the pipeline (and deletes the chunks if storing failed)
			return fmt.Errorf("encrypting user data: %w", err)
		}
	}
	m, err := w.Close()
	if err != nil {
		return fmt.Errorf("encrypting user data: %w", err)
	}
	if err := m.Sign(u.key); err != nil {
		return fmt.Errorf("signing manifest: %w", err)
	}
	if err := vault.SaveManifest(ctx, c.store, m); err != nil {
		return fmt.Errorf("uploading manifest: %w", err)
	}
	if u.dek, err = dek.Bytes(); err != nil {
		return err
	}
	u.manifest = m
	return nil
}

// Close stops the nodes' servers and the chain and removes a temporary
// store.
func (c *Cluster) Close() error {
	var errs []error
	for i, d := range c.daemons {
		if d != nil {
			errs = append(errs, d.stop())
			continue
		}
		if i < len(c.servers) {
			errs = append(errs, c.servers[i].Close())
		}
		if i < len(c.dbs) {
			errs = append(errs, c.dbs[i].Close())
		}
	}
	if c.net != nil {
		errs = append(errs, c.net.Close())
	}
	for _, u := range c.users {
		clear(u.dek)
	}
	if c.ownDir && c.dir != "" {
		errs = append(errs, os.RemoveAll(c.dir))
	}
	return errors.Join(errs...)
}

// Deployment returns the contracts' deployment.
func (c *Cluster) Deployment() *chain.Deployment { return c.net.Deployment() }

// Devnet returns the dev chain.
func (c *Cluster) Devnet() *devnet.Chain { return c.net }

// Spec returns the task's training spec.
func (c *Cluster) Spec() train.Spec { return c.spec }

// Measurement returns the workload's enclave measurement.
func (c *Cluster) Measurement() common.Hash { return c.measure }

// Task returns the task document of the last Run (nil before).
func (c *Cluster) Task() *nodeapi.Task { return c.task }

// NodeURL returns the API base URL of node i.
func (c *Cluster) NodeURL(i int) string { return c.nodeURLs[i] }

// Users, Nodes, Verifiers and Company return the parties.
func (c *Cluster) Users() []*User                  { return c.users }
func (c *Cluster) Nodes() []*node.Node             { return c.nodes }
func (c *Cluster) Verifiers() []*verifier.Verifier { return c.verifiers }
func (c *Cluster) Company() *Company               { return c.company }

// assigned is the number of nodes the task is assigned to: the honest ones
// and the cheating one.
func (c *Cluster) assigned() int {
	if c.cfg.Honest {
		return c.cfg.Nodes
	}
	return c.cfg.Nodes + 1
}

// api returns the API client of the cluster's node at url (every URL a task
// or the standby names is one of them).
func (c *Cluster) api(url string) *nodeapi.Client { return c.apis[url] }
