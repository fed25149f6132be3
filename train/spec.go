package train

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Spec is a training workload: everything that determines the trained
// parameters besides the data and, under DP, the participants' secret
// noise seeds. Its hash is the workload's measurement.
//
// A spec is public (data owners consent to it), and so is its Seed: it
// seeds the initial parameters (when Options.Init is nil) and, without DP,
// the shuffling of minibatches. DP-SGD's Poisson sampling and Gaussian
// noise never come from it but from each participant's secret NoiseSeed
// (Options.Noise): noise that anyone could recompute from the spec and the
// records could be subtracted again, and would protect nothing.
type Spec struct {
	Model    Kind    `json:"model"`            // Softmax or MLP
	Features int     `json:"features"`         // features per record
	Classes  int     `json:"classes"`          // number of classes, 2..MaxClasses
	Hidden   int     `json:"hidden,omitempty"` // hidden units; MLP only, 0 for Softmax
	Rounds   int     `json:"rounds"`           // federated rounds (1 = plain training)
	Epochs   int     `json:"epochs"`           // local epochs per round
	Batch    int     `json:"batch"`            // minibatch size; the expected batch size under DP
	LR       float64 `json:"lr"`               // learning rate η
	Momentum float64 `json:"momentum"`         // heavy-ball momentum μ in [0, 1)
	Seed     uint64  `json:"seed"`             // public: seeds the initial parameters and, without DP, the shuffling
	DP       *DP     `json:"dp,omitempty"`     // nil: no differential privacy
	// Standardize, if set, maps every record's features to
	// (x − Mean)/Scale inside the workload, before training and evaluation.
	// Its statistics are public inputs of the task (part of the hash), not
	// computed from the participants' records, so they cost no privacy. The
	// trained model has the map folded into its first layer: it takes raw
	// features.
	Standardize *Standardizer `json:"standardize,omitempty"`
}

// Privacy units: what one ε protects.
const (
	// UnitRecord is record-level DP (DP-SGD): adding or removing one record
	// changes what the model reveals by at most ε. A data owner holding k
	// records is protected only as a group of k records.
	UnitRecord = "record"
	// UnitUser is user-level DP (DP-FedAvg): adding or removing one data
	// owner with all of their records changes what the model reveals by at
	// most ε.
	UnitUser = "user"
)

// DP configures differential privacy. Exactly one of Epsilon and Sigma is
// set: with Epsilon, the noise multiplier is calibrated so that the whole
// task spends at most Epsilon; with Sigma it is fixed and the ε spent
// follows.
//
// Unit chooses the algorithm and what ε is about. Record-level ("" or
// UnitRecord) runs DP-SGD at every participant: Clip bounds each example's
// gradient, and σ is calibrated to the participant's record count. User
// level (UnitUser) runs DP-FedAvg: each round every data owner is sampled
// independently with probability SampleRate, a sampled owner's model delta
// over their own records (plain local SGD: Epochs, Batch, LR, Momentum) is
// clipped to norm Clip, the deltas are summed with Gaussian noise
// N(0, σ²Clip²) per coordinate added once per round for the whole
// federation, and the sum divided by SampleRate × owners moves the global
// model by ServerLR with ServerMomentum. Its ε does not depend on how many
// owners or records there are.
//
// At user level, ClipQuantile > 0 turns on adaptive clipping (Andrew,
// Thakkar, McMahan, Ramaswamy 2021, "Differentially Private Learning with
// Adaptive Clipping"): Clip is then only the first round's norm bound C,
// and after every round C ← C·exp(−ClipLR·(b̄ − ClipQuantile)), b̄ being a
// noisy estimate (noise N(0, ClipCountSigma²) on the count) of the fraction
// of sampled owners whose delta was within C, so that C tracks the
// ClipQuantile quantile of the owners' delta norms. The count is a second
// release on the same sampled owners; the model noise multiplier is raised
// so that the two together are the Gaussian mechanism the accountant
// charges (see UserPrivacy).
type DP struct {
	Clip    float64 `json:"clip"`              // norm bound C: per example (record) or per owner's delta (user)
	Delta   float64 `json:"delta"`             // δ of (ε, δ)-DP, in (0, 1)
	Epsilon float64 `json:"epsilon,omitempty"` // target ε
	Sigma   float64 `json:"sigma,omitempty"`   // noise multiplier σ: noise N(0, σ²C²)
	// Unit is the privacy unit: "" or UnitRecord, or UnitUser.
	Unit string `json:"unit,omitempty"`
	// SampleRate is the probability q that a data owner takes part in a
	// round, in (0, 1]; user level only.
	SampleRate float64 `json:"sampleRate,omitempty"`
	// ServerLR is the step η_s the averaged noisy delta moves the global
	// model by, > 0; user level only.
	ServerLR float64 `json:"serverLR,omitempty"`
	// ServerMomentum is the heavy-ball momentum μ_s of the server step, in
	// [0, 1); user level only.
	ServerMomentum float64 `json:"serverMomentum,omitempty"`
	// ClipQuantile is the target quantile γ of the owners' delta norms
	// that adaptive clipping moves the clip norm to, in (0, 1); 0 (the
	// default) keeps Clip fixed. User level only.
	ClipQuantile float64 `json:"clipQuantile,omitempty"`
	// ClipLR is the geometric step η_C of the clip norm's update, > 0; 0
	// means DefaultClipLR. Adaptive clipping only.
	ClipLR float64 `json:"clipLR,omitempty"`
	// ClipCountSigma is the standard deviation σ_b of the Gaussian noise
	// on each round's count of owners within the clip norm, > 0 (each owner
	// counts ½ either way, so the count's sensitivity is ½). The paper
	// suggests the expected number of owners per round over 20
	// (DefaultClipCountSigma). It must exceed half the noise multiplier a
	// target ε calibrates. Adaptive clipping only.
	ClipCountSigma float64 `json:"clipCountSigma,omitempty"`
}

// DefaultClipLR is the clip norm's geometric step η_C when DP.ClipLR is 0,
// the value Andrew et al. 2021 use throughout.
const DefaultClipLR = 0.2

// DefaultClipCountSigma returns the noise σ_b on the clipped-owner count
// Andrew et al. 2021 suggest: the expected number of owners in a round,
// sampleRate × owners, over 20.
func DefaultClipCountSigma(sampleRate float64, owners int) float64 {
	return sampleRate * float64(owners) / 20
}

// PrivacyUnit returns the unit of s's ε: UnitRecord or UnitUser, or ""
// without DP.
func (s Spec) PrivacyUnit() string {
	switch {
	case s.DP == nil:
		return ""
	case s.DP.Unit == UnitUser:
		return UnitUser
	default:
		return UnitRecord
	}
}

func (d *DP) user() bool { return d != nil && d.Unit == UnitUser }

// adaptive reports whether d is user level with adaptive clipping.
func (d *DP) adaptive() bool { return d.user() && d.ClipQuantile > 0 }

// clipLR returns η_C, DefaultClipLR if ClipLR is 0.
func (d *DP) clipLR() float64 {
	if d.ClipLR == 0 {
		return DefaultClipLR
	}
	return d.ClipLR
}

// Limits on spec sizes, so a hostile spec cannot exhaust memory or time.
const (
	maxHidden = 4096
	maxParams = 1 << 22
	maxRounds = 100_000
	maxEpochs = 100_000
	maxBatch  = 1 << 20
)

// Validate checks that s describes a trainable workload.
func (s Spec) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrSpec, fmt.Sprintf(format, args...))
	}
	switch {
	case s.Model != Softmax && s.Model != MLP:
		return bad("model %q, want %q or %q", s.Model, Softmax, MLP)
	case s.Model == MLP && (s.Hidden < 1 || s.Hidden > maxHidden):
		return bad("MLP with %d hidden units, want 1..%d", s.Hidden, maxHidden)
	case s.Model == Softmax && s.Hidden != 0:
		return bad("softmax model with %d hidden units, want 0", s.Hidden)
	case s.Features < 1 || s.Features > maxParams:
		return bad("%d features", s.Features)
	case s.Classes < 2 || s.Classes > MaxClasses:
		return bad("%d classes, want 2..%d", s.Classes, MaxClasses)
	case numParams(s.Model, s.Features, s.Hidden, s.Classes) > maxParams:
		return bad("%d parameters, limit %d", numParams(s.Model, s.Features, s.Hidden, s.Classes), maxParams)
	case s.Rounds < 1 || s.Rounds > maxRounds:
		return bad("%d rounds, want 1..%d", s.Rounds, maxRounds)
	case s.Epochs < 1 || s.Epochs > maxEpochs:
		return bad("%d epochs, want 1..%d", s.Epochs, maxEpochs)
	case s.Batch < 1 || s.Batch > maxBatch:
		return bad("batch %d, want 1..%d", s.Batch, maxBatch)
	case !(s.LR > 0) || math.IsInf(s.LR, 0):
		return bad("learning rate %v, want > 0", s.LR)
	case !(s.Momentum >= 0 && s.Momentum < 1):
		return bad("momentum %v, want [0, 1)", s.Momentum)
	}
	if st := s.Standardize; st != nil {
		if len(st.Mean) != s.Features || len(st.Scale) != s.Features {
			return bad("standardizer has %d means and %d scales for %d features", len(st.Mean), len(st.Scale), s.Features)
		}
		for i := range st.Mean {
			if math.IsNaN(st.Mean[i]) || math.IsInf(st.Mean[i], 0) || !(st.Scale[i] > 0) || math.IsInf(st.Scale[i], 0) {
				return bad("standardizer feature %d: mean %v, scale %v", i, st.Mean[i], st.Scale[i])
			}
		}
	}
	if s.DP == nil {
		return nil
	}
	d := s.DP
	switch {
	case !(d.Clip > 0) || math.IsInf(d.Clip, 0):
		return fmt.Errorf("%w: clip norm %v, want > 0", ErrDPParams, d.Clip)
	case !(d.Delta > 0 && d.Delta < 1):
		return fmt.Errorf("%w: δ = %v, want δ in (0, 1)", ErrDPParams, d.Delta)
	case (d.Epsilon != 0) == (d.Sigma != 0):
		return fmt.Errorf("%w: set exactly one of target ε (%v) and σ (%v)", ErrDPParams, d.Epsilon, d.Sigma)
	case d.Epsilon < 0 || math.IsNaN(d.Epsilon) || math.IsInf(d.Epsilon, 0):
		return fmt.Errorf("%w: target ε = %v, want ε > 0", ErrDPParams, d.Epsilon)
	case d.Sigma < 0 || math.IsNaN(d.Sigma) || math.IsInf(d.Sigma, 0):
		return fmt.Errorf("%w: noise multiplier σ = %v, want σ > 0", ErrDPParams, d.Sigma)
	case d.Unit != "" && d.Unit != UnitRecord && d.Unit != UnitUser:
		return fmt.Errorf("%w: privacy unit %q, want %q or %q", ErrDPParams, d.Unit, UnitRecord, UnitUser)
	case !d.user() && (d.SampleRate != 0 || d.ServerLR != 0 || d.ServerMomentum != 0):
		return fmt.Errorf("%w: sample rate, server learning rate and server momentum are for privacy unit %q only", ErrDPParams, UnitUser)
	case d.user() && !(d.SampleRate > 0 && d.SampleRate <= 1):
		return fmt.Errorf("%w: owner sampling rate q = %v, want q in (0, 1]", ErrDPParams, d.SampleRate)
	case d.user() && (!(d.ServerLR > 0) || math.IsInf(d.ServerLR, 0)):
		return fmt.Errorf("%w: server learning rate %v, want > 0", ErrDPParams, d.ServerLR)
	case d.user() && !(d.ServerMomentum >= 0 && d.ServerMomentum < 1):
		return fmt.Errorf("%w: server momentum %v, want [0, 1)", ErrDPParams, d.ServerMomentum)
	case !d.user() && (d.ClipQuantile != 0 || d.ClipLR != 0 || d.ClipCountSigma != 0):
		return fmt.Errorf("%w: adaptive clipping (clip quantile, clip learning rate, clipped-count noise) is for privacy unit %q only", ErrDPParams, UnitUser)
	case !(d.ClipQuantile >= 0 && d.ClipQuantile < 1):
		return fmt.Errorf("%w: clip quantile γ = %v, want γ in (0, 1), or 0 for a fixed clip norm", ErrDPParams, d.ClipQuantile)
	case d.ClipQuantile == 0 && (d.ClipLR != 0 || d.ClipCountSigma != 0):
		return fmt.Errorf("%w: clip learning rate %v and clipped-count noise %v go with a clip quantile (adaptive clipping) only", ErrDPParams, d.ClipLR, d.ClipCountSigma)
	case d.ClipQuantile > 0 && (!(d.ClipLR >= 0) || math.IsInf(d.ClipLR, 0)):
		return fmt.Errorf("%w: clip learning rate η_C = %v, want > 0 (0: the default %v)", ErrDPParams, d.ClipLR, DefaultClipLR)
	case d.ClipQuantile > 0 && (!(d.ClipCountSigma > 0) || math.IsInf(d.ClipCountSigma, 0)):
		return fmt.Errorf("%w: clipped-count noise σ_b = %v, want > 0: about the expected owners per round over 20", ErrDPParams, d.ClipCountSigma)
	}
	return nil
}

// Privacy returns the noise multiplier σ and the ε that training one
// participant holding n records spends under s (both 0 without DP). At
// record level the participant takes Rounds·Epochs·⌈n/Batch⌉ steps at
// sampling rate q = min(1, Batch/n). At user level ε is the whole task's
// and n plays no part: Rounds steps of the sampled Gaussian mechanism at
// rate q = SampleRate (see UserPrivacy).
func (s Spec) Privacy(n int) (sigma, eps float64, err error) {
	if err := s.Validate(); err != nil {
		return 0, 0, err
	}
	if n < 1 {
		return 0, 0, fmt.Errorf("accounting privacy: %w", ErrEmpty)
	}
	if s.DP == nil {
		return 0, 0, nil
	}
	sigma, _, eps, err = s.privacy(n)
	return sigma, eps, err
}

// privacy is Privacy for a valid s with DP and n ≥ 1, also returning the
// noise multiplier acct the accountant charges: sigma itself, except under
// adaptive clipping (userPrivacy).
func (s Spec) privacy(n int) (sigma, acct, eps float64, err error) {
	if s.DP.user() {
		return userPrivacy(s.DP, s.Rounds)
	}
	q := min(1, float64(s.Batch)/float64(n))
	steps := s.Rounds * s.Epochs * stepsPerEpoch(n, s.Batch)
	sigma = s.DP.Sigma
	if sigma == 0 {
		if sigma, err = CalibrateSigma(q, steps, s.DP.Delta, s.DP.Epsilon); err != nil {
			return 0, 0, 0, fmt.Errorf("calibrating noise for %d records: %w", n, err)
		}
	}
	eps, _, err = Epsilon(q, sigma, steps, s.DP.Delta)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("accounting privacy: %w", err)
	}
	return sigma, sigma, eps, nil
}

// specMagic starts the canonical encoding; it names the format version.
// specMagicUser starts the encoding of a user-level DP spec, which carries
// three more float64 of DP, and specMagicAdaptive that of a user-level one
// with adaptive clipping, which carries three more again.
const (
	specMagic         = "MTS1"
	specMagicUser     = "MTS2"
	specMagicAdaptive = "MTS3"
)

// specLen is the length of the canonical encoding without standardizer:
// magic, kind, six uint32, two float64, the seed, the DP flag, four float64
// of DP, and the standardizer flag.
const specLen = len(specMagic) + 1 + 6*4 + 2*8 + 8 + 1 + 4*8 + 1

// MarshalBinary returns the canonical encoding of a valid s: the magic
// "MTS1", the model kind as one byte (1 softmax, 2 MLP), Features,
// Classes, Hidden, Rounds, Epochs, Batch as uint32, LR and Momentum as
// float64, Seed as uint64, one byte 1 if DP is set (else 0), then Clip,
// Delta, Epsilon, Sigma as float64 (zeros without DP), one byte 1 if
// Standardize is set (else 0), then its Features means and Features scales
// as float64. Integers are little-endian, floats their IEEE-754 bits.
// Equal specs encode equally. A user-level DP spec starts "MTS2" instead
// and has SampleRate, ServerLR and ServerMomentum as float64 after Sigma;
// a record-level one encodes the same whether its Unit is "" or "record".
// A user-level spec with adaptive clipping (ClipQuantile > 0) starts
// "MTS3" and has ClipQuantile, ClipLR and ClipCountSigma after
// ServerMomentum, so adaptive clipping is part of the measurement while
// specs without it keep the encoding (and hash) they had.
func (s Spec) MarshalBinary() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("encoding spec: %w", err)
	}
	return s.encode(), nil
}

func (s Spec) encode() []byte {
	b := make([]byte, 0, specLen+6*8)
	switch {
	case s.DP.adaptive():
		b = append(b, specMagicAdaptive...)
	case s.DP.user():
		b = append(b, specMagicUser...)
	default:
		b = append(b, specMagic...)
	}
	var kind byte
	switch s.Model {
	case Softmax:
		kind = 1
	case MLP:
		kind = 2
	}
	b = append(b, kind)
	for _, v := range []int{s.Features, s.Classes, s.Hidden, s.Rounds, s.Epochs, s.Batch} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(s.LR))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(s.Momentum))
	b = binary.LittleEndian.AppendUint64(b, s.Seed)
	dp := DP{}
	if s.DP != nil {
		dp = *s.DP
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	for _, v := range []float64{dp.Clip, dp.Delta, dp.Epsilon, dp.Sigma} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	if dp.user() {
		for _, v := range []float64{dp.SampleRate, dp.ServerLR, dp.ServerMomentum} {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	}
	if dp.adaptive() {
		for _, v := range []float64{dp.ClipQuantile, dp.ClipLR, dp.ClipCountSigma} {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
	}
	if s.Standardize == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	for _, v := range slices.Concat(s.Standardize.Mean, s.Standardize.Scale) {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	return b
}

// UnmarshalBinary decodes a canonical encoding and validates the spec.
func (s *Spec) UnmarshalBinary(b []byte) error {
	adaptive := len(b) >= len(specMagicAdaptive) && string(b[:len(specMagicAdaptive)]) == specMagicAdaptive
	user := adaptive || len(b) >= len(specMagicUser) && string(b[:len(specMagicUser)]) == specMagicUser
	if min := specLen + 3*8*(boolInt(user)+boolInt(adaptive)); len(b) < min || !user && string(b[:len(specMagic)]) != specMagic {
		return fmt.Errorf("decoding spec: %w: want at least %d bytes starting %q, %q or %q", ErrSpec, specLen, specMagic, specMagicUser, specMagicAdaptive)
	}
	b = b[len(specMagic):]
	var out Spec
	switch b[0] {
	case 1:
		out.Model = Softmax
	case 2:
		out.Model = MLP
	default:
		return fmt.Errorf("decoding spec: %w: model kind byte %d", ErrSpec, b[0])
	}
	b = b[1:]
	u32 := func() int { v := binary.LittleEndian.Uint32(b); b = b[4:]; return int(v) }
	f64 := func() float64 { v := math.Float64frombits(binary.LittleEndian.Uint64(b)); b = b[8:]; return v }
	out.Features, out.Classes, out.Hidden, out.Rounds, out.Epochs, out.Batch = u32(), u32(), u32(), u32(), u32(), u32()
	out.LR, out.Momentum = f64(), f64()
	out.Seed = binary.LittleEndian.Uint64(b)
	b = b[8:]
	flag := b[0]
	b = b[1:]
	dp := DP{Clip: f64(), Delta: f64(), Epsilon: f64(), Sigma: f64()}
	if user {
		dp.Unit = UnitUser
		dp.SampleRate, dp.ServerLR, dp.ServerMomentum = f64(), f64(), f64()
	}
	if adaptive {
		dp.ClipQuantile, dp.ClipLR, dp.ClipCountSigma = f64(), f64(), f64()
		if !(dp.ClipQuantile > 0) {
			// Without adaptive clipping the spec encodes as "MTS2".
			return fmt.Errorf("decoding spec: %w: %q encoding with clip quantile %v", ErrSpec, specMagicAdaptive, dp.ClipQuantile)
		}
	}
	switch flag {
	case 0:
		if dp != (DP{}) || user {
			return fmt.Errorf("decoding spec: %w: DP fields set without the DP flag", ErrSpec)
		}
	case 1:
		out.DP = &dp
	default:
		return fmt.Errorf("decoding spec: %w: DP flag byte %d", ErrSpec, flag)
	}
	switch flag, b = b[0], b[1:]; {
	case flag == 0 && len(b) == 0:
	case flag == 1 && uint64(len(b)) == 16*uint64(out.Features):
		st := &Standardizer{Mean: make([]float64, out.Features), Scale: make([]float64, out.Features)}
		for i := range st.Mean {
			st.Mean[i] = f64()
		}
		for i := range st.Scale {
			st.Scale[i] = f64()
		}
		out.Standardize = st
	default:
		return fmt.Errorf("decoding spec: %w: standardizer flag %d with %d trailing bytes for %d features", ErrSpec, flag, len(b), out.Features)
	}
	if err := out.Validate(); err != nil {
		return fmt.Errorf("decoding spec: %w", err)
	}
	*s = out
	return nil
}

// Hash returns the workload measurement: the SHA-256 of the canonical
// encoding. Only valid specs are meaningful to hash.
func (s Spec) Hash() [32]byte { return sha256.Sum256(s.encode()) }

// Untrained returns the model a run of s starts from without a warm start
// (the parameters drawn from s.Seed), taking raw features as a trained
// model does: the baseline a task's gain is measured against.
func (s Spec) Untrained() (*Model, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	p := initParams(s.Model, s.Features, s.Hidden, s.Classes, s.Seed)
	if s.Standardize != nil {
		p = s.Standardize.fold(s.Model, s.Features, s.Hidden, s.Classes, p)
	}
	return &Model{Kind: s.Model, Features: s.Features, Hidden: s.Hidden, Classes: s.Classes, Params: p}, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
