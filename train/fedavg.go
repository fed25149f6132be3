package train

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Slice is one user's records, as a participant receives them: in
// memory (Data), or, at user level, read when needed (Load).
type Slice struct {
	User string
	Data *Dataset
	// Load, with Data nil, reads the user's records anew on each call (a
	// user-level participant only: record-level DP-SGD samples records
	// across all users at every step). The participant calls it once to
	// fingerprint the records and again in each round the user is sampled
	// into, and drops them after the user's local training, so that a
	// participant never holds every user's records at once: they stream
	// from the store. Each call must return the same records (checked).
	Load func() (*Dataset, error)
	// Records is the number of records Load returns.
	Records int
}

// Len returns the slice's number of records.
func (s Slice) Len() int {
	if s.Data != nil {
		return s.Data.Len()
	}
	return s.Records
}

// Update is what a participant contributes to one federated round. At
// record level (and without DP) it is the participant's locally trained
// parameters and the record count that weights them; at user level
// (DP-FedAvg) Params is the participant's share of the round's noisy sum of
// clipped owner deltas and Owners its number of data owners.
type Update struct {
	Round   int     // 1-based round number
	Records int     // the participant's record count (the averaging weight at record level)
	Owners  int     // user level: the participant's data owners; 0 otherwise
	Loss    float64 // mean local training loss of the round's last epoch; 0 under DP
	Epsilon float64 // ε the participant's records (owners, at user level) have spent so far in this task
	Params  Params
	// Unclipped is, at user level with adaptive clipping (DP.ClipQuantile
	// > 0), the participant's share of the round's noisy count of sampled
	// owners whose delta was within the clip norm, each owner counting
	// 1[‖Δᵤ‖ ≤ C] − ½; in a Star's outcome, the federation's total. Nil
	// otherwise.
	Unclipped *float64
}

// updateMagic starts the canonical encoding of an Update; updateMagicUser
// that of a user-level one, which carries Owners, and updateMagicAdaptive
// that of a user-level one with adaptive clipping, which also carries
// Unclipped.
const (
	updateMagic         = "MTU1"
	updateMagicUser     = "MTU2"
	updateMagicAdaptive = "MTU3"
)

// MarshalBinary returns the canonical encoding of u: the magic "MTU1",
// Round (uint32), Records (uint64), Loss and Epsilon (float64 bits), the
// parameter count (uint32), then the parameters as Params.MarshalBinary
// writes them; all little-endian. An update with Owners > 0 starts "MTU2"
// and has Owners (uint32) after Epsilon; one with Unclipped set (it needs
// Owners > 0 and a finite count) starts "MTU3" and has the count (float64
// bits) after Owners. A Transport carries these bytes.
func (u Update) MarshalBinary() ([]byte, error) {
	if u.Round < 1 || u.Round > math.MaxUint32 || u.Records < 1 || u.Owners < 0 || u.Owners > math.MaxInt32 || len(u.Params) > maxParams ||
		u.Unclipped != nil && (u.Owners < 1 || !countOK(u.Unclipped, true)) {
		return nil, fmt.Errorf("encoding update: %w: round %d, %d records, %d owners, %d parameters, %s",
			ErrUpdate, u.Round, u.Records, u.Owners, len(u.Params), describeCount(u.Unclipped))
	}
	b := make([]byte, 0, len(updateMagic)+4+8+8+8+4+8+4+8*len(u.Params))
	switch {
	case u.Unclipped != nil:
		b = append(b, updateMagicAdaptive...)
	case u.Owners > 0:
		b = append(b, updateMagicUser...)
	default:
		b = append(b, updateMagic...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(u.Round))
	b = binary.LittleEndian.AppendUint64(b, uint64(u.Records))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(u.Loss))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(u.Epsilon))
	if u.Owners > 0 {
		b = binary.LittleEndian.AppendUint32(b, uint32(u.Owners))
	}
	if u.Unclipped != nil {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*u.Unclipped))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(u.Params)))
	p, _ := u.Params.MarshalBinary()
	return append(b, p...), nil
}

// UnmarshalBinary decodes the canonical encoding written by MarshalBinary.
func (u *Update) UnmarshalBinary(b []byte) error {
	head := len(updateMagic) + 4 + 8 + 8 + 8 + 4
	adaptive := len(b) >= len(updateMagicAdaptive) && string(b[:len(updateMagicAdaptive)]) == updateMagicAdaptive
	user := adaptive || len(b) >= len(updateMagicUser) && string(b[:len(updateMagicUser)]) == updateMagicUser
	if user {
		head += 4
	}
	if adaptive {
		head += 8
	}
	if len(b) < head || !user && string(b[:len(updateMagic)]) != updateMagic {
		return fmt.Errorf("decoding update: %w: want at least %d bytes starting %q, %q or %q", ErrUpdate, head, updateMagic, updateMagicUser, updateMagicAdaptive)
	}
	var out Update
	out.Round = int(binary.LittleEndian.Uint32(b[4:]))
	records := binary.LittleEndian.Uint64(b[8:])
	out.Loss = math.Float64frombits(binary.LittleEndian.Uint64(b[16:]))
	out.Epsilon = math.Float64frombits(binary.LittleEndian.Uint64(b[24:]))
	var owners uint32
	if user {
		owners = binary.LittleEndian.Uint32(b[32:])
	}
	if adaptive {
		c := math.Float64frombits(binary.LittleEndian.Uint64(b[36:]))
		if !countOK(&c, true) {
			return fmt.Errorf("decoding update: %w: clipped-owner count %v", ErrUpdate, c)
		}
		out.Unclipped = &c
	}
	n := int(binary.LittleEndian.Uint32(b[head-4:]))
	switch {
	case user && (owners < 1 || owners > math.MaxInt32):
		return fmt.Errorf("decoding update: %w: %d owners", ErrUpdate, owners)
	case out.Round < 1:
		return fmt.Errorf("decoding update: %w: round 0", ErrUpdate)
	case records < 1 || records > math.MaxInt32:
		return fmt.Errorf("decoding update: %w: %d records", ErrUpdate, records)
	case !finiteNonNeg(out.Loss) || !finiteNonNeg(out.Epsilon):
		return fmt.Errorf("decoding update: %w: loss %v, ε %v", ErrUpdate, out.Loss, out.Epsilon)
	case n > maxParams || len(b)-head != 8*n:
		return fmt.Errorf("decoding update: %w: %d parameters in %d bytes", ErrUpdate, n, len(b)-head)
	}
	out.Records, out.Owners = int(records), int(owners)
	if err := out.Params.UnmarshalBinary(b[head:]); err != nil {
		return fmt.Errorf("decoding update: %w", err)
	}
	*u = out
	return nil
}

func finiteNonNeg(v float64) bool { return v >= 0 && !math.IsInf(v, 0) }

// sameCount reports whether two optional counts are both absent or equal.
func sameCount(a, b *float64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func finite(p Params) bool {
	for _, v := range p {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Transport carries federated updates between the participants of one
// task. Exchange publishes this participant's update for round u.Round and
// returns the updates of all participants for that round, u included, in
// any order. Implementations decide who the participants are and must
// deliver the same set to each of them; every participant then computes
// the same average (Average is independent of order). Hub is the
// in-process implementation.
type Transport interface {
	Exchange(ctx context.Context, u Update) ([]Update, error)
}

// Sized is implemented by a Transport that knows how many participants
// exchange through it. User-level DP needs it: each of the k participants
// adds noise of variance σ²C²/k to its share of a round's sum, so that the
// sum over the federation carries σ²C² exactly once.
type Sized interface {
	Participants() int
}

// Hub is an in-process Transport for a fixed number of participants, all
// sharing the one Hub. Exchange blocks until every participant has sent
// its update for the round, or ctx ends.
type Hub struct {
	k      int
	mu     sync.Mutex
	rounds map[int]*hubRound
}

type hubRound struct {
	updates []Update
	read    int
	done    chan struct{}
}

// NewHub returns a Hub for participants participants.
func NewHub(participants int) *Hub {
	return &Hub{k: participants, rounds: make(map[int]*hubRound)}
}

// Participants returns the number of participants the Hub is for.
func (h *Hub) Participants() int { return h.k }

// Exchange implements Transport.
func (h *Hub) Exchange(ctx context.Context, u Update) ([]Update, error) {
	h.mu.Lock()
	r := h.rounds[u.Round]
	if r == nil {
		r = &hubRound{done: make(chan struct{})}
		h.rounds[u.Round] = r
	}
	if len(r.updates) == h.k {
		h.mu.Unlock()
		return nil, fmt.Errorf("%w: more than %d updates for round %d", ErrUpdate, h.k, u.Round)
	}
	u.Params = slices.Clone(u.Params)
	r.updates = append(r.updates, u)
	if len(r.updates) == h.k {
		close(r.done)
	}
	h.mu.Unlock()
	select {
	case <-r.done:
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for round %d updates: %w", u.Round, ctx.Err())
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if r.read++; r.read == h.k {
		delete(h.rounds, u.Round)
	}
	return slices.Clone(r.updates), nil
}

// Average returns the FedAvg model of one round: the mean of the updates'
// parameters weighted by their record counts. The result does not depend
// on the order of updates: they are summed in the order of their
// parameter hashes (then record counts), so every participant computes
// bit-identical parameters.
func Average(updates []Update) (Params, error) {
	if len(updates) == 0 {
		return nil, fmt.Errorf("averaging: %w: no updates", ErrUpdate)
	}
	round, n := updates[0].Round, len(updates[0].Params)
	type keyed struct {
		key [32]byte
		u   *Update
	}
	ks := make([]keyed, len(updates))
	total := 0
	for i := range updates {
		u := &updates[i]
		if u.Round != round || len(u.Params) != n || u.Records < 1 || u.Owners != 0 {
			return nil, fmt.Errorf("averaging round %d: %w: update %d has round %d, %d records, %d owners, %d parameters (want %d, no owners)",
				round, ErrUpdate, i, u.Round, u.Records, u.Owners, len(u.Params), n)
		}
		total += u.Records
		ks[i] = keyed{u.Params.Hash(), u}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := bytes.Compare(a.key[:], b.key[:]); c != 0 {
			return c
		}
		return a.u.Records - b.u.Records
	})
	out := make(Params, n)
	for _, k := range ks {
		w := float64(k.u.Records) / float64(total)
		for i, v := range k.u.Params {
			out[i] += w * v
		}
	}
	return out, nil
}

// RoundMetrics reports one federated round.
type RoundMetrics struct {
	Round        int     `json:"round"`
	Records      int     `json:"records"`               // records over all participants
	Owners       int     `json:"owners,omitempty"`      // user level: data owners over all participants
	TrainLoss    float64 `json:"train_loss,omitempty"`  // record-weighted local training loss; absent under DP (it is not private)
	TestAccuracy float64 `json:"test_accuracy"`         // accuracy of the averaged model on Options.Eval (0 without)
	TestLoss     float64 `json:"test_loss"`             // mean cross-entropy on Options.Eval (0 without)
	Epsilon      float64 `json:"epsilon"`               // largest ε spent so far by any participant's records (owners, at user level)
	PrivacyUnit  string  `json:"privacyUnit,omitempty"` // what Epsilon is about: "record" or "user"; empty without DP
	Clip         float64 `json:"clip,omitempty"`        // user level: the clip norm C owners' deltas were clipped to this round (it moves with adaptive clipping)
}

// Options are the optional inputs of a training run. The zero value
// evaluates nothing, reports nothing and logs nothing.
type Options struct {
	// Eval, if set, is held-out data the averaged model is evaluated on
	// after every round. It must not hold training records.
	Eval *Dataset
	// OnRound, if set, is called after every round.
	OnRound func(RoundMetrics)
	// Logger, if set, receives one debug record per round.
	Logger *slog.Logger
	// Init, if set, is where training starts (a warm start), in the form
	// Result.Model.Params has: acting on raw features, so with
	// spec.Standardize it is first mapped onto standardized features. It
	// must have the model's parameter count and finite values (ErrParams).
	// Nil draws the initial parameters from spec.Seed. Every participant
	// of a run must be given the same Init.
	Init Params
	// Noise holds the secret NoiseSeed of each participant's DP-SGD
	// sampling and noise: Train gives Noise[k] to participants[k], and
	// Participant.Run uses Noise[0]. It must have one seed per participant
	// (ErrNoise) or be nil, which draws fresh seeds from crypto/rand: the
	// noise is then as secret as DP-SGD needs, but the run cannot be
	// repeated. Seeds are never derived from the spec or the records, which
	// others may know. Without DP, Noise is ignored.
	Noise []NoiseSeed
}

// Result is the outcome of a training run.
type Result struct {
	Model   *Model         `json:"model"`
	Rounds  []RoundMetrics `json:"rounds"`
	Epsilon float64        `json:"epsilon"` // ε spent (the largest over participants); 0 without DP
	Delta   float64        `json:"delta"`   // δ of (ε, δ); 0 without DP
	// PrivacyUnit is what Epsilon is about: UnitRecord (one record) or
	// UnitUser (one data owner with all their records); empty without DP.
	PrivacyUnit string `json:"privacyUnit,omitempty"`
	Records     int    `json:"records"`          // records over all participants
	Owners      int    `json:"owners,omitempty"` // user level: data owners over all participants
	// Users maps each user whose records this run trained on to the ε the
	// run spent on them: the ε of the participant holding their slice.
	// Without DP the values are 0, meaning "not accounted": such a run has
	// no finite ε, and Ledger.Admit refuses it.
	Users map[string]float64 `json:"users"`
}

// Participant is one party of a federated training task (a TEE node): its
// users' slices, the spec, and the noise multiplier its DP-SGD uses.
type Participant struct {
	spec   Spec
	data   *records // record level: the users' slices, read in place (nil at user level)
	n      int      // records in all
	owners []*owner // user level: each user's records on their own, in user order
	users  []string
	sigma  float64
	acct   float64 // the noise multiplier the accountant charges: sigma, except under adaptive clipping
	eps    float64
	fp     [32]byte // data fingerprint: keys DP-SGD's stream with the noise seed
	fpA    uint64   // its first 16 bytes seed the shuffling without DP
	fpB    uint64
}

// NewParticipant prepares one participant's training over the given user
// slices. Slices must be non-empty, have distinct users and match the
// spec's feature and class counts. The order of slices does not matter.
// The participant reads the slices' records in place (it keeps no copy,
// standardised or not, however many users there are), so they must not
// change while it is in use.
func NewParticipant(spec Spec, users []Slice) (*Participant, error) {
	if err := spec.Validate(); err != nil {
		return nil, fmt.Errorf("preparing participant: %w", err)
	}
	if len(users) == 0 {
		return nil, fmt.Errorf("preparing participant: %w: no user slices", ErrEmpty)
	}
	sorted := slices.Clone(users)
	slices.SortFunc(sorted, func(a, b Slice) int { return strings.Compare(a.User, b.User) })
	names := make([]string, len(sorted))
	for i, s := range sorted {
		switch {
		case s.User == "":
			return nil, fmt.Errorf("preparing participant: %w: slice %d has no user", ErrSpec, i)
		case i > 0 && s.User == sorted[i-1].User:
			return nil, fmt.Errorf("preparing participant: %w: user %q has two slices", ErrSpec, s.User)
		case s.Data == nil && s.Load == nil:
			return nil, fmt.Errorf("preparing participant: user %q: %w: empty slice", s.User, ErrEmpty)
		case s.Data == nil && !spec.DP.user():
			return nil, fmt.Errorf("preparing participant: user %q: %w: records read on demand (Slice.Load) need user-level DP", s.User, ErrSpec)
		}
		names[i] = s.User
	}
	if spec.DP.user() {
		return newUserParticipant(spec, sorted, names)
	}
	parts := make([]*Dataset, len(sorted))
	for i, s := range sorted {
		if err := checkSlice(spec, s.User, s.Data); err != nil {
			return nil, fmt.Errorf("preparing participant: %w", err)
		}
		parts[i] = s.Data
	}
	data := newRecords(parts, spec.Features, spec.Standardize)
	var sigma, acct, eps float64
	var err error
	if spec.DP != nil {
		sigma, acct, eps, err = spec.privacy(data.Len())
	}
	if err != nil {
		return nil, fmt.Errorf("preparing participant: %w", err)
	}
	return newParticipant(spec, data, data.Len(), nil, names, sigma, acct, eps, data.fingerprint()), nil
}

// checkSlice checks one user's records against the spec.
func checkSlice(spec Spec, user string, d *Dataset) error {
	if d == nil || d.Len() == 0 {
		return fmt.Errorf("user %q: %w: empty slice", user, ErrEmpty)
	}
	if err := d.validate(); err != nil {
		return fmt.Errorf("user %q: %w", user, err)
	}
	if d.Schema.NumFeatures() != spec.Features || d.Schema.Classes != spec.Classes {
		return fmt.Errorf("user %q: %w: %d features and %d classes, spec wants %d and %d",
			user, ErrSchema, d.Schema.NumFeatures(), d.Schema.Classes, spec.Features, spec.Classes)
	}
	return nil
}

// newUserParticipant prepares a user-level participant over users (sorted,
// distinct). Each user's records are read once here (in parallel, Load
// being called at most GOMAXPROCS at a time), checked and fingerprinted;
// those read through Load are dropped again. The participant's fingerprint
// is the hash of the users' fingerprints in user order, so that it never
// needs every user's records at once.
func newUserParticipant(spec Spec, users []Slice, names []string) (*Participant, error) {
	owners := make([]*owner, len(users))
	errs := make([]error, len(users))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(users), runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(users); i = int(next.Add(1) - 1) {
				owners[i], errs[i] = newOwner(spec, users[i])
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("preparing participant: %w", err)
	}
	h := sha256.New()
	h.Write([]byte(fingerprintUsers))
	n := 0
	for _, o := range owners {
		h.Write(o.fp[:])
		n += o.n
	}
	sigma, acct, eps, err := spec.privacy(n)
	if err != nil {
		return nil, fmt.Errorf("preparing participant: %w", err)
	}
	return newParticipant(spec, nil, n, owners, names, sigma, acct, eps, [32]byte(h.Sum(nil))), nil
}

// fingerprintUsers separates a user-level participant's fingerprint (a
// hash of its users' fingerprints) from a record-level one.
const fingerprintUsers = "memo-compute/train user-level fingerprint v1"

func newParticipant(spec Spec, data *records, n int, owners []*owner, names []string, sigma, acct, eps float64, fp [32]byte) *Participant {
	return &Participant{
		spec: spec, data: data, n: n, owners: owners, users: names, sigma: sigma, acct: acct, eps: eps, fp: fp,
		fpA: binary.LittleEndian.Uint64(fp[:8]), fpB: binary.LittleEndian.Uint64(fp[8:16]),
	}
}

// owner is one user's records at user level: in memory, or read on demand
// (load) and checked against the fingerprint taken when the participant
// was prepared.
type owner struct {
	user string
	mem  *records // nil: read through load
	load func() (*Dataset, error)
	n    int
	fp   [32]byte
}

func newOwner(spec Spec, s Slice) (*owner, error) {
	d := s.Data
	if d == nil {
		var err error
		if d, err = s.Load(); err != nil {
			return nil, fmt.Errorf("user %q: reading records: %w", s.User, err)
		}
	}
	if err := checkSlice(spec, s.User, d); err != nil {
		return nil, err
	}
	r := newRecords([]*Dataset{d}, spec.Features, spec.Standardize)
	o := &owner{user: s.User, n: d.Len(), fp: r.fingerprint()}
	if s.Data != nil {
		o.mem = r
	} else {
		o.load = s.Load
		if s.Records != 0 && s.Records != d.Len() {
			return nil, fmt.Errorf("user %q: %w: %d records read, %d announced", s.User, ErrSpec, d.Len(), s.Records)
		}
	}
	return o, nil
}

// records returns the owner's records, reading them if they are not in
// memory (the same records as when the participant was prepared).
func (o *owner) records(spec Spec) (*records, error) {
	if o.mem != nil {
		return o.mem, nil
	}
	d, err := o.load()
	if err != nil {
		return nil, fmt.Errorf("user %q: reading records: %w", o.user, err)
	}
	r := newRecords([]*Dataset{d}, spec.Features, spec.Standardize)
	if d.Len() != o.n || r.fingerprint() != o.fp {
		return nil, fmt.Errorf("user %q: %w: its records changed since the participant was prepared", o.user, ErrSpec)
	}
	return r, nil
}

// Records returns the number of records the participant trains on.
func (p *Participant) Records() int { return p.n }

// Users returns the users whose slices the participant trains on, sorted.
func (p *Participant) Users() []string { return slices.Clone(p.users) }

// Privacy returns the participant's noise multiplier σ and the ε its
// records spend over the whole task (both 0 without DP).
func (p *Participant) Privacy() (sigma, eps float64) { return p.sigma, p.eps }

// Run trains for spec.Rounds rounds: each round it runs spec.Epochs local
// epochs of (DP-)SGD from the current global parameters, exchanges its
// update through tr and replaces its parameters by the average. All
// participants start from the same parameters (opts.Init, or drawn from
// spec.Seed) and end with the same model. Under DP the participant's
// sampling and noise come from its secret seed opts.Noise[0] (a fresh one
// if opts.Noise is nil; more than one seed is ErrNoise); without DP the
// shuffling is seeded from spec.Seed and the records.
func (p *Participant) Run(ctx context.Context, tr Transport, opts Options) (*Result, error) {
	s := p.spec
	params, err := startParams(s, opts.Init)
	if err != nil {
		return nil, err
	}
	var seed NoiseSeed // keys DP-SGD's sampling and noise
	defer clear(seed[:])
	if s.DP != nil {
		switch len(opts.Noise) {
		case 0:
			seed = NewNoiseSeed()
		case 1:
			seed = opts.Noise[0]
		default:
			return nil, fmt.Errorf("starting training: %w: %d noise seeds for one participant", ErrNoise, len(opts.Noise))
		}
	}
	var l *local // record level: local DP-SGD over all the records
	if p.data != nil {
		l = newLocal(s, p.data, p.sigma)
	}
	var fed *userFed // user level: the server side of DP-FedAvg
	if s.DP.user() {
		if fed, err = newUserFed(s, p, tr, len(params)); err != nil {
			return nil, fmt.Errorf("starting training: %w", err)
		}
	}
	res := &Result{Users: make(map[string]float64, len(p.users)), PrivacyUnit: s.PrivacyUnit()}
	local := make(Params, len(params))
	eval := opts.Eval
	if eval != nil && s.Standardize != nil {
		var err error
		if eval, err = s.Standardize.Apply(eval); err != nil {
			return nil, fmt.Errorf("preparing evaluation data: %w", err)
		}
	}
	for r := 1; r <= s.Rounds; r++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("training round %d: %w", r, err)
		}
		copy(local, params)
		var rng *rand.Rand
		if s.DP != nil {
			if rng, err = seed.stream(p.fp, r, params.Hash()); err != nil {
				return nil, fmt.Errorf("training round %d: %w", r, err)
			}
		} else {
			rng = rand.New(rand.NewPCG(s.Seed^p.fpA, p.fpB+uint64(r)*0x9e3779b97f4a7c15^streamLocal))
		}
		var loss, eps, clip float64
		var count *float64 // adaptive clipping: this participant's noisy count of owners within the clip norm
		owners := 0
		if fed != nil {
			clip = fed.clip
			if count, err = fed.share(local, params, rng); err != nil {
				return nil, fmt.Errorf("training round %d: %w", r, err)
			}
			owners = len(p.users)
			eps, _ = epsilon(s.DP.SampleRate, p.acct, r, s.DP.Delta)
		} else {
			loss = l.round(local, rng)
			if s.DP != nil {
				eps, _ = epsilon(l.q, p.acct, r*s.Epochs*stepsPerEpoch(p.n, s.Batch), s.DP.Delta)
			}
		}
		if !finite(local) || math.IsNaN(loss) || math.IsInf(loss, 0) {
			return nil, fmt.Errorf("training round %d: %w (learning rate %v)", r, ErrDiverged, s.LR)
		}
		updates, err := tr.Exchange(ctx, Update{Round: r, Records: p.n, Owners: owners, Loss: loss, Epsilon: eps, Params: local, Unclipped: count})
		if err != nil {
			return nil, fmt.Errorf("exchanging round %d: %w", r, err)
		}
		spoke := spokeOf(tr) // updates is the hub's outcome (star.go)
		if !spoke && !slices.ContainsFunc(updates, func(u Update) bool {
			return u.Round == r && u.Records == p.n && u.Owners == owners && slices.Equal(u.Params, local) && sameCount(u.Unclipped, count)
		}) {
			return nil, fmt.Errorf("exchanging round %d: %w: own update missing", r, ErrUpdate)
		}
		if spoke {
			params, err = adoptOutcome(updates, r, len(params))
			if err == nil && fed != nil {
				err = fed.adoptClip(updates[0])
			}
		} else if fed != nil {
			err = fed.step(params, updates)
		} else {
			params, err = Average(updates)
		}
		if err != nil {
			return nil, err
		}
		m := RoundMetrics{Round: r, PrivacyUnit: s.PrivacyUnit(), Clip: clip}
		for _, u := range updates {
			m.Records += u.Records
			m.Owners += u.Owners
			m.Epsilon = max(m.Epsilon, u.Epsilon)
		}
		if s.DP == nil {
			for _, u := range updates {
				m.TrainLoss += u.Loss * float64(u.Records) / float64(m.Records)
			}
		}
		var total *float64 // the federation's count, for the spokes to adapt their clip norm by
		if fed != nil && s.DP.adaptive() {
			total = &fed.count
		}
		if err := sendOutcome(ctx, tr, m, params, total); err != nil {
			return nil, err
		}
		if eval != nil {
			model := &Model{Kind: s.Model, Features: s.Features, Hidden: s.Hidden, Classes: s.Classes, Params: params}
			if m.TestAccuracy, m.TestLoss, err = model.Evaluate(eval); err != nil {
				return nil, fmt.Errorf("round %d: %w", r, err)
			}
		}
		res.Rounds = append(res.Rounds, m)
		res.Records, res.Owners, res.Epsilon = m.Records, m.Owners, m.Epsilon
		if opts.Logger != nil {
			opts.Logger.Debug("train round", slog.Int("round", r), slog.Int("records", m.Records),
				slog.Float64("train_loss", m.TrainLoss), slog.Float64("test_accuracy", m.TestAccuracy), slog.Float64("epsilon", m.Epsilon))
		}
		if opts.OnRound != nil {
			opts.OnRound(m)
		}
	}
	if s.Standardize != nil {
		params = s.Standardize.fold(s.Model, s.Features, s.Hidden, s.Classes, params)
	}
	res.Model = &Model{Kind: s.Model, Features: s.Features, Hidden: s.Hidden, Classes: s.Classes, Params: params}
	if s.DP != nil {
		res.Delta = s.DP.Delta
	}
	for _, u := range p.users {
		res.Users[u] = p.eps
	}
	return res, nil
}

// startParams returns the parameters a run starts from: init mapped onto
// standardized features, or drawn from the spec's seed when init is nil.
func startParams(s Spec, init Params) (Params, error) {
	if init == nil {
		return initParams(s.Model, s.Features, s.Hidden, s.Classes, s.Seed), nil
	}
	if n := numParams(s.Model, s.Features, s.Hidden, s.Classes); len(init) != n {
		return nil, fmt.Errorf("starting training: %d initial parameters, the model has %d: %w", len(init), n, ErrParams)
	}
	if !finite(init) {
		return nil, fmt.Errorf("starting training: initial parameters are not finite: %w", ErrParams)
	}
	if s.Standardize == nil {
		return slices.Clone(init), nil
	}
	return s.Standardize.unfold(s.Model, s.Features, s.Hidden, s.Classes, init), nil
}

// Train runs federated training in process: participants[k] holds the user
// slices of participant k, and the participants exchange updates through a
// Hub. One participant is plain centralised training. Under DP,
// participant k draws its sampling and noise from opts.Noise[k] (fresh
// secret seeds if opts.Noise is nil). The result does not depend on the
// order of participants (with their noise seeds) or of slices within one;
// users are reported with the ε of their participant, and Epsilon is the
// largest.
func Train(ctx context.Context, spec Spec, participants [][]Slice, opts Options) (*Result, error) {
	if len(participants) == 0 {
		return nil, fmt.Errorf("training: %w: no participants", ErrEmpty)
	}
	if opts.Noise != nil && len(opts.Noise) != len(participants) {
		return nil, fmt.Errorf("training: %w: %d noise seeds for %d participants", ErrNoise, len(opts.Noise), len(participants))
	}
	ps := make([]*Participant, len(participants))
	seen := make(map[string]bool)
	for k, sl := range participants {
		var err error
		if ps[k], err = NewParticipant(spec, sl); err != nil {
			return nil, fmt.Errorf("participant %d: %w", k, err)
		}
		for _, u := range ps[k].users {
			if seen[u] {
				return nil, fmt.Errorf("training: %w: user %q is in two participants", ErrSpec, u)
			}
			seen[u] = true
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hub := NewHub(len(ps))
	results := make([]*Result, len(ps))
	errs := make([]error, len(ps))
	var wg sync.WaitGroup
	for k, p := range ps {
		o := Options{Init: opts.Init}
		if k == 0 {
			o = opts // one participant evaluates and reports
		}
		o.Noise = nil
		if opts.Noise != nil {
			o.Noise = opts.Noise[k : k+1]
		}
		wg.Go(func() {
			results[k], errs[k] = p.Run(ctx, hub, o)
			if errs[k] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	// Report the error that stopped the run, not the cancellations it caused.
	var first error
	for k, err := range errs {
		if err != nil && (first == nil || errors.Is(first, context.Canceled) && !errors.Is(err, context.Canceled)) {
			first = fmt.Errorf("participant %d: %w", k, err)
		}
	}
	if first != nil {
		return nil, first
	}
	res := results[0]
	want := res.Model.Params.Hash()
	for k, r := range results[1:] {
		if r.Model.Params.Hash() != want {
			return nil, fmt.Errorf("training: %w: participant %d ended with a different model", ErrUpdate, k+1)
		}
		for u, e := range r.Users {
			res.Users[u] = e
		}
	}
	return res, nil
}
