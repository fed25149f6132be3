package enclave

import (
	"context"
	"crypto/hpke"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// Enclave is the TEE boundary: the only calls that reach user data, keys and
// model parameters. Sim implements it in-process; a hardware backend runs
// the same code inside SGX (see the package documentation).
type Enclave interface {
	// Address is the enclave address (its secp256k1 signing key).
	Address() common.Address
	// HPKEPublicKey is the key grants and peers encrypt to.
	HPKEPublicKey() []byte
	// Measurement is the enclave's measurement (runtime build + workload).
	Measurement() common.Hash
	// Attest returns the attestation document over nonce.
	Attest(ctx context.Context, nonce common.Hash) (*grant.Attestation, error)
	// SignRegistration signs the enclave's EnclaveRegistry registration
	// for its operator.
	SignRegistration() ([]byte, error)
	// UnwrapGrant admits one granted dataset for a task.
	UnwrapGrant(ctx context.Context, task *Task, in Input) error
	// UnwrapGrants admits granted datasets for a task as UnwrapGrant
	// admits each, reading the task's terms and the chain's head once for
	// all of them. err is a refusal of the task itself (none is admitted);
	// otherwise errs[i] is ins[i]'s refusal, nil if it was admitted.
	UnwrapGrants(ctx context.Context, task *Task, ins []Input) (errs []error, err error)
	// RunTask runs a task over the datasets admitted for it, taking part in
	// its aggregation rounds with the peers in fed (nil: alone).
	RunTask(ctx context.Context, task *Task, fed *Federation) (*Result, error)
	// ExportReexecution seals what a re-executing enclave needs of this
	// enclave's run of a task (its noise seed, the owner's input) to it.
	ExportReexecution(ctx context.Context, task *Task, peer *grant.Attestation) (*SealedNoiseSeed, error)
	// Reexecute re-runs another operator's enclaves' task and returns the
	// signed hash of the model it gets.
	Reexecute(ctx context.Context, task *Task, originals []*Result, exports []*SealedNoiseSeed, peers []*grant.Attestation) (*Reexecution, error)
	// Seal returns the enclave's state sealed to its measurement.
	Seal() ([]byte, error)
	// Unseal restores sealed state into a freshly launched enclave.
	Unseal(blob []byte) error
}

var _ Enclave = (*Sim)(nil)

// Task is a task as the enclave receives it from its node. The host's word
// counts only for what the enclave can check: for a market task it reads
// Owner, PricePerRecord and UsersShare from TaskMarket and checks ResultKey
// against the hash the task names there; an off-market task pays nothing
// and has the owner that signed it (see terms).
type Task struct {
	// ID identifies the task between the node, its peers and the owner.
	ID    common.Hash
	Owner common.Address
	// OwnerSignature is the owner's signature of an off-market task
	// (SignOffMarket); market tasks need none.
	OwnerSignature []byte
	// PricePerRecord is what the task pays per record, in token base units.
	PricePerRecord *big.Int
	// Spec is the training workload of a training task; its hash must be
	// the enclave's workload id.
	Spec train.Spec
	// Wasm is the module and limits of a general-compute task (workload
	// kind KindWasm); nil for training tasks.
	Wasm *WasmTask
	// ResultKey is the task owner's HPKE public key (ML-KEM-768+X25519);
	// the trained model (or the module's output) leaves the enclave only
	// encrypted to it.
	ResultKey []byte
	// Market (the TaskMarket contract) and MarketID (the task's id there)
	// make the result carry a signed TaskMarket ResultClaim; a zero Market
	// makes none.
	Market   common.Address
	MarketID uint64
	// UsersShare is the users' part of one result share (TaskMarket
	// sharesOf), split among the data owners of the whole federation by
	// records used; nil or 0 pays none.
	UsersShare *big.Int
	// InputCommitment is the commitment (OwnerInput.Commitment) to the
	// owner's private input that the public task document names; zero
	// means the task has none and training starts from Spec.Seed. Input is
	// that input sealed to this enclave (SealInput); the enclave opens it
	// and refuses it unless it matches InputCommitment.
	InputCommitment common.Hash
	Input           *SealedInput
}

// Kind returns the workload kind of a training spec ("train/softmax", "train/mlp").
func Kind(spec train.Spec) string { return "train/" + string(spec.Model) }

// Input is one granted dataset of a task: the user's grant and the
// owner-signed manifest of the encrypted dataset with the store holding it.
type Input struct {
	Grant    *grant.Grant
	Manifest *vault.Manifest
	Store    vault.Store
}

// Federation is the set of peer enclaves a task trains with and the carrier
// between them. Peers' attestations are verified with Config.VerifyPeer and
// must show this enclave's own measurement.
type Federation struct {
	Peers   []*grant.Attestation
	Carrier Carrier
}

// checkTask checks the task against the enclave's workload and returns the
// policy view of it for a dataset of n records.
func (s *Sim) checkTask(task *Task, n uint64) (grant.Task, error) {
	if task == nil {
		return grant.Task{}, fmt.Errorf("%w: nil task", ErrWorkload)
	}
	if s.cfg.Workload.Kind == KindWasm {
		return s.checkWasm(task)
	}
	if err := task.Spec.Validate(); err != nil {
		return grant.Task{}, fmt.Errorf("%w: %w", ErrWorkload, err)
	}
	if Kind(task.Spec) != s.cfg.Workload.Kind || common.Hash(task.Spec.Hash()) != s.cfg.Workload.ID {
		return grant.Task{}, fmt.Errorf("%w: task spec %x (%s), enclave measured %s (%s)",
			ErrWorkload, task.Spec.Hash(), Kind(task.Spec), s.cfg.Workload.ID, s.cfg.Workload.Kind)
	}
	gt := grant.Task{Owner: task.Owner, Kind: Kind(task.Spec), PricePerRecord: task.PricePerRecord}
	if dp := task.Spec.DP; dp != nil && n > 0 {
		// The unit comes from the measured spec, as the ε charged later
		// does: a host cannot present a record-level task as user-level.
		gt.Delta, gt.PrivacyUnit = dp.Delta, task.Spec.PrivacyUnit()
		if dp.Epsilon > 0 {
			// Calibration picks the smallest σ whose ε is at most the
			// target, so the target bounds what any record count spends;
			// the exact ε is computed once per task in runTraining.
			gt.Epsilon = dp.Epsilon
		} else {
			_, eps, err := task.Spec.Privacy(int(min(n, math.MaxInt32)))
			if err != nil {
				return grant.Task{}, fmt.Errorf("%w: %w", ErrWorkload, err)
			}
			gt.Epsilon = eps
		}
	}
	return gt, nil
}

// UnwrapGrant admits one granted dataset for a task and unwraps its key
// inside the enclave. Before anything is decrypted it checks the task's spec
// against the measured workload (ErrWorkload), the manifest (signed by the
// grant's owner, for the granted dataset, with records the spec can train
// on), and then the grant itself (see admit: signature, enclave, deployment,
// expiry, on-chain state, policy with the ε the spec would spend on this
// dataset alone). The key is kept for this task only.
func (s *Sim) UnwrapGrant(ctx context.Context, task *Task, in Input) error {
	if in.Grant == nil || in.Manifest == nil || in.Store == nil {
		return fmt.Errorf("admitting grant: %w: input needs a grant, a manifest and a store", grant.ErrMalformed)
	}
	errs, err := s.UnwrapGrants(ctx, task, []Input{in})
	if err != nil {
		return fmt.Errorf("admitting grant for dataset %s: %w", in.Grant.Dataset.Hex(), err)
	}
	return errs[0]
}

// UnwrapGrants admits granted datasets for a task, each as UnwrapGrant
// does. The task's terms and the chain's head are read once for all of
// them (a node admits every dataset of a task at once: thousands of owners
// must not cost thousands of reads of the same market task), and the
// grants are checked on up to GOMAXPROCS goroutines.
func (s *Sim) UnwrapGrants(ctx context.Context, task *Task, ins []Input) ([]error, error) {
	task, err := s.terms(ctx, task)
	if err != nil {
		return nil, err
	}
	head, err := s.cfg.Chain.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	}
	// One read of the grants' records on chain for the whole batch.
	datasets := make([]common.Hash, len(ins))
	for i, in := range ins {
		if in.Grant != nil {
			datasets[i] = in.Grant.Dataset
		}
	}
	recs, err := s.grantRecords(ctx, datasets, head)
	if err != nil {
		return nil, err
	}
	errs := make([]error, len(ins))
	_ = parallel(ctx, len(ins), func(ctx context.Context, i int) error {
		errs[i] = s.unwrapOne(ctx, task, ins[i], head, recs[i])
		return nil // one refusal does not stop the others
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return errs, nil
}

// unwrapOne admits one dataset for a task whose terms are applied, at
// chain head head, where its grant's record on chain is rec.
func (s *Sim) unwrapOne(ctx context.Context, task *Task, in Input, head uint64, rec GrantRecord) error {
	if in.Grant == nil || in.Manifest == nil || in.Store == nil {
		return fmt.Errorf("admitting grant: %w: input needs a grant, a manifest and a store", grant.ErrMalformed)
	}
	g, m := in.Grant, in.Manifest
	refuse := func(err error) error {
		s.logInfo("grant refused", slog.String("dataset", g.Dataset.Hex()), slog.String("reason", err.Error()))
		return fmt.Errorf("admitting grant for dataset %s: %w", g.Dataset.Hex(), err)
	}
	gt, err := s.checkTask(task, m.Records)
	if err != nil {
		return refuse(err)
	}
	if err := m.Verify(); err != nil {
		return refuse(err)
	}
	if common.Hash(m.ID) != g.Dataset || m.Owner != g.Owner {
		return refuse(fmt.Errorf("%w: manifest is dataset %s of %s", vault.ErrManifest, common.Hash(m.ID), m.Owner))
	}
	sc := m.Schema
	if gt.Kind != KindWasm && (sc.Kind != vault.KindVector || sc.Features != task.Spec.Features || sc.Classes != task.Spec.Classes) {
		return refuse(fmt.Errorf("%w: dataset has %s records with %d features and %d classes, spec wants %d and %d",
			ErrWorkload, sc.Kind, sc.Features, sc.Classes, task.Spec.Features, task.Spec.Classes))
	}
	dek, err := s.admitAt(ctx, gt, g, head, rec)
	if err != nil {
		return refuse(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.admitted[task.ID]
	if a == nil {
		a = map[common.Hash]*admission{}
		s.admitted[task.ID] = a
	}
	if old := a[g.Dataset]; old != nil {
		clear(old.dek)
	}
	a[g.Dataset] = &admission{in: in, dek: dek, task: gt}
	s.logInfo("grant admitted", slog.String("dataset", g.Dataset.Hex()), slog.String("task", task.ID.Hex()))
	return nil
}

// RunTask decrypts the datasets admitted for task, re-checks that their
// grants are still active, drops datasets whose ε budget the task would
// exceed (train.Ledger.Admit), trains (DP-SGD with FedAvg rounds through
// HPKE-encrypted envelopes when fed has peers), charges the ε spent to the
// sealed ledger, and returns the model encrypted to task.ResultKey with a
// claim signed by the enclave key. A wasm enclave instead runs its module
// over the decrypted records and returns the module's output the same way
// (see "WASM tasks" in the package doc). The task's keys are erased on
// return.
func (s *Sim) RunTask(ctx context.Context, task *Task, fed *Federation) (*Result, error) {
	if task == nil {
		return nil, fmt.Errorf("running task: %w: nil task", ErrWorkload)
	}
	defer s.forget(task.ID)
	task, err := s.terms(ctx, task)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	switch s.cfg.Workload.Kind {
	case KindSoftmax, KindMLP:
		return s.runTraining(ctx, task, fed)
	case KindWasm:
		return s.runWasm(ctx, task, fed)
	default:
		return nil, fmt.Errorf("running task: %w: unknown workload kind %q", ErrWorkload, s.cfg.Workload.Kind)
	}
}

// runTraining runs a built-in training task (see RunTask).
func (s *Sim) runTraining(ctx context.Context, task *Task, fed *Federation) (*Result, error) {
	if _, err := s.checkTask(task, 0); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	if task.Spec.DP == nil {
		return nil, fmt.Errorf("running task: %w: spec has no differential privacy", grant.ErrPolicy)
	}
	resultKey, err := hpkeKEM().NewPublicKey(task.ResultKey)
	if err != nil {
		return nil, fmt.Errorf("running task: %w: task owner's HPKE key: %w", ErrWorkload, err)
	}
	in, err := s.openInput(task)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	var init train.Params
	if in != nil {
		init = in.Init
		defer clear(in.Init)
	}
	tr, err := s.transport(ctx, task, fed)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	adm := s.admissions(task.ID)
	if len(adm) == 0 {
		return nil, fmt.Errorf("running task %s: %w", task.ID, ErrNotAdmitted)
	}

	grantsBlock, err := s.stillActive(ctx, adm)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	taskKey := LedgerTaskKey(task.Market, task.MarketID, task.ID)
	prevLedger, err := s.ledgerReady(ctx, taskKey)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	// The datasets are decrypted in parallel while the noise is calibrated,
	// once, for every admitted record (a vault reader returns exactly the
	// manifest's record count). If every dataset's budget covers the ε,
	// all are admitted and training runs with that σ fixed: the same noise
	// and ε that the ledger and the participant would otherwise each
	// calibrate anew.
	//
	// At user level nothing is decrypted up front: each owner's dataset is
	// decrypted when the participant checks it and again in each round the
	// owner is sampled into (train.Slice.Load), so the enclave holds one
	// owner's records at a time, not every owner's.
	data := make([]*train.Dataset, len(adm))
	schema := trainSchema(task.Spec.Features, task.Spec.Classes) // shared by every slice
	stream := task.Spec.PrivacyUnit() == train.UnitUser
	decrypted := make(chan error, 1)
	if stream {
		decrypted <- nil
	} else {
		go func() {
			decrypted <- parallel(ctx, len(adm), func(ctx context.Context, i int) (err error) {
				data[i], err = s.decrypt(ctx, adm[i], schema)
				return err
			})
		}()
	}
	var n uint64
	for _, a := range adm {
		n += a.in.Manifest.Records
	}
	sigma, eps, perr := task.Spec.Privacy(int(min(n, math.MaxInt32)))
	if err := <-decrypted; err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	if perr != nil {
		return nil, fmt.Errorf("running task: %w", perr)
	}
	if err := oneDatasetPerOwner(task.Spec, adm); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	spec := task.Spec
	fits := true
	slicesIn := make([]train.Slice, 0, len(adm))
	budgets := make(map[string]float64, len(adm))
	byUser := make(map[string]*admission, len(adm))
	for i, a := range adm {
		u, b := ledgerUser(a.in.Grant.Dataset), a.in.Grant.Policy.Epsilon
		fits = fits && b > 0 && s.ledger.Spent(u)+eps <= b
		sl := train.Slice{User: u, Data: data[i]}
		if stream {
			sl = s.streamed(ctx, u, a, schema)
		}
		slicesIn = append(slicesIn, sl)
		budgets[u] = b
		byUser[u] = a
	}
	if fits {
		dp := *spec.DP
		dp.Epsilon, dp.Sigma = 0, sigma
		spec.DP = &dp
	}
	admitted := slicesIn
	var excluded []string
	if !fits {
		if admitted, excluded, _, err = s.ledger.Admit(task.Spec, slicesIn, budgets); err != nil {
			return nil, fmt.Errorf("running task: %w", err)
		}
	}
	for _, u := range excluded {
		s.logInfo("dataset over budget", slog.String("dataset", u), slog.String("task", task.ID.Hex()))
	}
	if len(admitted) == 0 {
		return nil, fmt.Errorf("running task: %w: every dataset's ε budget is exhausted", grant.ErrPolicy)
	}
	p, err := train.NewParticipant(spec, admitted)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	noise := make([]train.NoiseSeed, 1) // this participant's secret noise seed (noise.go)
	if noise[0], err = s.noiseSeed(task.ID); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	defer clear(noise[0][:])
	res, err := p.Run(ctx, tr, train.Options{Init: init, Noise: noise})
	if err != nil {
		if errors.Is(err, train.ErrParams) {
			err = fmt.Errorf("%w: %w", ErrInput, err)
		}
		return nil, fmt.Errorf("running task: %w", err)
	}
	if err := s.charge(taskKey, res.Users, budgets); err != nil {
		return nil, fmt.Errorf("running task: charging ε: %w", err)
	}
	r := s.newResult(task)
	r.GrantsBlock, r.PrevLedger, r.PrevLedgerRoot = grantsBlock, prevLedger, prevLedger.Root()
	return s.result(ctx, task, r, resultKey, res, admitted, byUser, tr)
}

// oneDatasetPerOwner refuses a user-level task that admitted two datasets
// of the same owner: DP-FedAvg clips and samples per dataset (the user
// slice), so such an owner would be protected as a group of two, not at
// the ε the task charges.
func oneDatasetPerOwner(spec train.Spec, adm []*admission) error {
	if spec.PrivacyUnit() != train.UnitUser {
		return nil
	}
	seen := make(map[common.Address]bool, len(adm))
	for _, a := range adm {
		o := a.in.Grant.Owner
		if seen[o] {
			return fmt.Errorf("%w: owner %s granted two datasets to a user-level task (one dataset per owner)", grant.ErrPolicy, o)
		}
		seen[o] = true
	}
	return nil
}

// admissions returns the datasets admitted for a task, sorted by id.
func (s *Sim) admissions(taskID common.Hash) []*admission {
	s.mu.Lock()
	adm := make([]*admission, 0, len(s.admitted[taskID]))
	for _, a := range s.admitted[taskID] {
		adm = append(adm, a)
	}
	s.mu.Unlock()
	slices.SortFunc(adm, func(a, b *admission) int { return a.in.Grant.Dataset.Cmp(b.in.Grant.Dataset) })
	return adm
}

// stillActive re-checks on chain, at the current head, that the grants of
// the admitted datasets are active: a revocation mined since admission wins.
// It returns that head: the grants block the market claim names.
func (s *Sim) stillActive(ctx context.Context, adm []*admission) (uint64, error) {
	head, err := s.cfg.Chain.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrChain, err)
	}
	datasets := make([]common.Hash, len(adm))
	for i, a := range adm {
		datasets[i] = a.in.Grant.Dataset
	}
	recs, err := s.grantRecords(ctx, datasets, head)
	if err != nil {
		return 0, err
	}
	for i, r := range recs {
		if !r.Active(head) {
			return 0, fmt.Errorf("dataset %s: %w (revoked or expired since admission)", datasets[i], grant.ErrNotActive)
		}
	}
	return head, nil
}

// ledgerRoot is the root of the enclave's ε ledger (LedgerState.Root)
// that claims carry: a claim's PrevLedgerRoot is the root before the task,
// its LedgerRoot the root after.
func (s *Sim) ledgerRoot() (common.Hash, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ledgerState().Root(), nil
}

// parallel runs f for 0..n-1 on at most GOMAXPROCS goroutines and returns
// the first error; the others' context is then cancelled. The goroutines
// take the indices in turn (not one goroutine per index: n is the number
// of datasets, which can be many thousands).
func parallel(ctx context.Context, n int, f func(ctx context.Context, i int) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				if err := f(ctx, i); err != nil {
					cancel(err)
				}
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return context.Cause(ctx) // the first failure, or the caller's cancellation
	}
	return nil
}

// decrypt reads an admitted dataset into training records of schema (the
// task's, which admission checked the manifest against). The records are
// read chunk by chunk from the store straight into the dataset, the one
// copy of them the enclave holds.
// streamed is user's slice of the admitted dataset a, decrypted from the
// store each time the participant reads it (train.Slice.Load).
func (s *Sim) streamed(ctx context.Context, user string, a *admission, schema train.Schema) train.Slice {
	return train.Slice{User: user, Records: int(a.in.Manifest.Records), Load: func() (*train.Dataset, error) { return s.decrypt(ctx, a, schema) }}
}

func (s *Sim) decrypt(ctx context.Context, a *admission, schema train.Schema) (*train.Dataset, error) {
	dek, err := vault.ImportDEK(a.dek)
	if err != nil {
		return nil, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
	}
	defer dek.Destroy()
	r, err := vault.NewReader(ctx, a.in.Store, a.in.Manifest, dek, vault.ReaderOptions{})
	if err != nil {
		return nil, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
	}
	defer r.Close()
	sc := a.in.Manifest.Schema
	n := int(min(a.in.Manifest.Records, 1<<20))
	d := &train.Dataset{Schema: schema, X: make([]float64, 0, n*sc.Features), Y: make([]int, 0, n)}
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
		}
		l := rec.Label
		if l != math.Trunc(l) || l < 0 || l >= float64(sc.Classes) {
			return nil, fmt.Errorf("dataset %s: record %d: %w", a.in.Grant.Dataset, r.Index(), train.ErrLabelRange)
		}
		d.X = append(d.X, rec.Features...)
		d.Y = append(d.Y, int(l))
	}
	return d, nil
}

// trainSchema names columns canonically so that every user's slice has the
// same schema whatever its CSV header said.
func trainSchema(features, classes int) train.Schema {
	names := make([]string, features)
	for i := range names {
		names[i] = "f" + strconv.Itoa(i)
	}
	return train.Schema{Features: names, Label: "label", Classes: classes}
}

// result encrypts the model to the task owner, agrees on the federation's
// usage with the peers through tr, and signs the claims of r.
func (s *Sim) result(ctx context.Context, task *Task, r *Result, key hpke.PublicKey, res *train.Result, admitted []train.Slice, byUser map[string]*admission, tr *sealedTransport) (*Result, error) {
	pt, err := s.forge(res.Model.Params).MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding model: %w", err)
	}
	defer clear(pt)
	for _, sl := range admitted {
		a := byUser[sl.User]
		r.Usage = append(r.Usage, Usage{
			Enclave:    r.Enclave,
			Dataset:    a.in.Grant.Dataset,
			Owner:      a.in.Grant.Owner,
			RecordRoot: common.Hash(a.in.Manifest.RecordRoot),
			Records:    uint64(sl.Len()),
			Epsilon:    res.Users[sl.User],
		})
	}
	return s.finish(ctx, task, r, key, pt, tr)
}

// newResult starts the result of a task run by this enclave.
func (s *Sim) newResult(task *Task) *Result {
	r := &Result{ChainID: s.cfg.ChainID, Task: task.ID, Enclave: s.Address(), Measurement: s.measurement, Market: task.Market,
		InputCommitment: task.InputCommitment}
	if task.Input != nil {
		r.InputHash = task.Input.Hash()
	}
	return r
}

// finish encrypts the plaintext output pt to the task owner's key, agrees
// on the federation's usage with the peers through tr, and signs the
// claims of r, whose Usage is filled in.
func (s *Sim) finish(ctx context.Context, task *Task, r *Result, key hpke.PublicKey, pt []byte, tr *sealedTransport) (*Result, error) {
	var err error
	r.ModelHash = sha256Hash(pt)
	if r.Ciphertext, err = hpke.Seal(key, hpke.HKDFSHA256(), hpke.AES256GCM(), resultInfo(r.ChainID, r.Task, r.Enclave), pt); err != nil {
		return nil, fmt.Errorf("encrypting output: %w", err)
	}
	r.OutputHash = crypto.Keccak256Hash(r.Ciphertext)
	slices.SortFunc(r.Usage, func(a, b Usage) int { return a.Dataset.Cmp(b.Dataset) })
	if r.Federation, err = tr.agree(ctx, summary{Usage: r.Usage, ModelHash: r.ModelHash, InputCommitment: r.InputCommitment}); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	s.mu.Lock()
	signer := s.signer
	s.mu.Unlock()
	r.ResultKeyHash = chain.ResultKeyHash(task.ResultKey)
	if r.LedgerRoot, err = s.ledgerRoot(); err != nil {
		return nil, err
	}
	d := r.ClaimDigest()
	if r.Signature, err = crypto.Sign(d[:], signer); err != nil {
		return nil, fmt.Errorf("signing claim: %w", err)
	}
	r.Signature[64] += 27
	if task.Market != (common.Address{}) {
		r.Payouts = Payouts(r.Federation, task.UsersShare)
		mc, err := marketClaimFor(r, task.MarketID)
		if err != nil {
			return nil, err
		}
		r.MarketClaim = &mc
		if r.MarketSignature, err = chain.SignResultClaim(signer, new(big.Int).SetUint64(r.ChainID), r.Market, mc); err != nil {
			return nil, fmt.Errorf("signing market claim: %w", err)
		}
	}
	s.logInfo("task done", slog.String("task", task.ID.Hex()), slog.Int("datasets", len(r.Usage)))
	return r, nil
}

// samePeer checks, through verify (Config.VerifyPeer or
// Config.VerifyRecovering), that doc is an attested enclave running this
// enclave's measurement; errors wrap ErrPeer. Federation peers, key
// recovery and noise-seed exchange (verifyTwin) all ask it.
func (s *Sim) samePeer(ctx context.Context, verify func(context.Context, *grant.Attestation) (common.Hash, error), doc *grant.Attestation) error {
	if doc == nil {
		return fmt.Errorf("%w: no peer attestation", ErrPeer)
	}
	m, err := verify(ctx, doc)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrPeer, doc.Enclave, err)
	}
	if m != s.measurement {
		return fmt.Errorf("%w: %s runs measurement %s, this enclave %s", ErrPeer, doc.Enclave, m, s.measurement)
	}
	return nil
}

// transport builds the FedAvg transport for a task: alone when fed has no
// peers, otherwise HPKE envelopes to peers whose attestation verifies and
// shows this enclave's measurement.
func (s *Sim) transport(ctx context.Context, task *Task, fed *Federation) (*sealedTransport, error) {
	s.mu.Lock()
	t := &sealedTransport{chainID: s.cfg.ChainID, task: task.ID, self: s.address, signer: s.signer, key: s.hpkeKey, peers: map[common.Address]hpke.PublicKey{},
		ownerOnce: task.Spec.PrivacyUnit() == train.UnitUser}
	s.mu.Unlock()
	if fed == nil || len(fed.Peers) == 0 {
		return t, nil
	}
	if fed.Carrier == nil || s.cfg.VerifyPeer == nil {
		return nil, fmt.Errorf("%w: federation needs a carrier and Config.VerifyPeer", ErrConfig)
	}
	t.carrier = fed.Carrier
	for _, doc := range fed.Peers {
		if err := s.samePeer(ctx, s.cfg.VerifyPeer, doc); err != nil {
			return nil, err
		}
		if doc.Enclave == t.self {
			continue
		}
		pk, err := hpkeKEM().NewPublicKey(doc.HPKEPublicKey)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: HPKE key: %w", ErrPeer, doc.Enclave, err)
		}
		t.peers[doc.Enclave] = pk
	}
	return t, nil
}
