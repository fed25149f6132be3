package train

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"strconv"
)

// Shape of the synthetic records.
const (
	// SyntheticFeatures is the number of features of a synthetic record.
	SyntheticFeatures = 64
	// SyntheticClasses is the number of classes of a synthetic record.
	SyntheticClasses = 10
	// DefaultRecordsPerOwner is the records each data owner holds unless
	// SyntheticConfig.RecordsPerOwner says otherwise.
	DefaultRecordsPerOwner = 20
	// DefaultOwnerAlpha is the Dirichlet concentration of an owner's class
	// mix unless SyntheticConfig.Alpha says otherwise.
	DefaultOwnerAlpha = 0.1
)

// Parameters of the synthetic distribution, tuned so that a non-private
// softmax regression reaches about 90% held-out accuracy (TestSyntheticAccuracy
// holds it in 85–95%): the classes overlap in a 10-dimensional subspace and
// some labels are wrong, so no linear model gets every record right. The
// class centres are equidistant, so the difficulty is the same for every
// seed.
const (
	synthLatent     = SyntheticClasses // dimension of the subspace the class centres live in
	synthSpread     = 4.5              // distance of each class centre from the origin
	synthAmbient    = 0.6              // standard deviation of the noise in every feature
	synthLabelNoise = 0.06             // probability that a record's label is replaced by a uniform draw
)

// maxSyntheticRecords bounds the records of one owner, so that a flag
// cannot make one owner's slice exhaust memory.
const maxSyntheticRecords = 1 << 20

// SyntheticConfig configures a Synthetic source. The zero value is valid:
// seed 0, DefaultRecordsPerOwner records per owner, DefaultOwnerAlpha.
type SyntheticConfig struct {
	// Seed fixes the distribution (subspace, class centres, feature
	// offsets and scales) and every owner's records.
	Seed uint64
	// RecordsPerOwner is the number of records each owner holds; 0 means
	// DefaultRecordsPerOwner, at most 1,048,576.
	RecordsPerOwner int
	// Alpha is the concentration of the symmetric Dirichlet each owner's
	// class mix is drawn from; 0 means DefaultOwnerAlpha. Small values
	// skew owners towards a few classes (non-IID, as the digits demo's two
	// label shards per owner do); large values approach IID owners.
	Alpha float64
}

// Synthetic is a seeded source of labelled records for any number of data
// owners: SyntheticFeatures features, SyntheticClasses classes.
//
// The distribution: in a 10-dimensional latent space the centre of class c
// is 4.5·e_c (the ten centres are equidistant); a record of class c is the
// latent point centre + N(0, I), mapped into the 64 features by a random
// matrix with orthonormal columns (a random subspace), plus N(0, 0.6²)
// noise in every feature, then shifted and scaled per feature (offsets in
// [0, 8), scales in [0.5, 4), so that standardisation matters as it does
// for pixel counts). With probability 0.06 the label is then replaced by a
// uniformly drawn class. The classes overlap, so a linear model cannot
// separate them: a non-private softmax regression reaches about 90%
// held-out accuracy, whatever the seed.
//
// Owners are non-IID: owner i's class mix is drawn from a symmetric
// Dirichlet(Alpha) and each of its records' classes from that mix.
//
// Nothing is held per owner: owner i's records are derived from (Seed, i)
// alone, so Owner and Records cost memory for one owner's records (or one
// record) however many owners there are, and give the same records
// whenever, in whatever order, they are asked for. A Synthetic is
// immutable and safe for concurrent use.
type Synthetic struct {
	records int
	alpha   float64
	seed    uint64
	offset  [SyntheticFeatures]float64
	scale   [SyntheticFeatures]float64
	basis   [SyntheticFeatures][synthLatent]float64 // orthonormal columns
	schema  Schema
}

// NewSynthetic returns the synthetic source of cfg.
func NewSynthetic(cfg SyntheticConfig) (*Synthetic, error) {
	if cfg.RecordsPerOwner == 0 {
		cfg.RecordsPerOwner = DefaultRecordsPerOwner
	}
	if cfg.Alpha == 0 {
		cfg.Alpha = DefaultOwnerAlpha
	}
	if cfg.RecordsPerOwner < 1 || cfg.RecordsPerOwner > maxSyntheticRecords {
		return nil, fmt.Errorf("%w: %d records per owner, want 1..%d", ErrSpec, cfg.RecordsPerOwner, maxSyntheticRecords)
	}
	if !(cfg.Alpha > 0) || math.IsInf(cfg.Alpha, 0) {
		return nil, fmt.Errorf("%w: Dirichlet concentration %v, want a positive finite number", ErrSpec, cfg.Alpha)
	}
	s := &Synthetic{records: cfg.RecordsPerOwner, alpha: cfg.Alpha, seed: cfg.Seed}
	rng := s.rand(synthDomainShape, 0)
	for j := range SyntheticFeatures {
		s.offset[j] = 8 * rng.Float64()
		s.scale[j] = 0.5 + 3.5*rng.Float64()
	}
	// Gram–Schmidt on Gaussian columns: a uniformly random subspace.
	for k := range synthLatent {
		var col [SyntheticFeatures]float64
		for j := range col {
			col[j] = rng.NormFloat64()
		}
		for p := range k {
			var dot float64
			for j := range col {
				dot += col[j] * s.basis[j][p]
			}
			for j := range col {
				col[j] -= dot * s.basis[j][p]
			}
		}
		var norm float64
		for _, v := range col {
			norm += v * v
		}
		norm = math.Sqrt(norm)
		for j := range col {
			s.basis[j][k] = col[j] / norm
		}
	}
	names := make([]string, SyntheticFeatures)
	for j := range names {
		names[j] = "x" + strconv.Itoa(j)
	}
	s.schema = Schema{Features: names, Label: "label", Classes: SyntheticClasses}
	return s, nil
}

// Schema returns the schema of the records: features x0..x63, label
// "label", 10 classes.
func (s *Synthetic) Schema() Schema { return s.schema }

// RecordsPerOwner returns the number of records each owner holds.
func (s *Synthetic) RecordsPerOwner() int { return s.records }

// Domains of the random streams derived from the seed.
const (
	synthDomainShape   = "shape"   // the distribution itself
	synthDomainOwner   = "owner"   // owner i's class mix and records
	synthDomainHeldOut = "heldout" // the IID sample no owner holds
)

// rand returns the generator of one domain and index: ChaCha8 keyed by
// SHA-256 of the domain, the seed and the index, so that streams of
// different owners (and domains) are independent.
func (s *Synthetic) rand(domain string, index uint64) *rand.Rand {
	h := sha256.New()
	h.Write([]byte("memo-compute/train/synthetic/v1/" + domain))
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], s.seed)
	binary.BigEndian.PutUint64(b[8:], index)
	h.Write(b[:])
	return rand.New(rand.NewChaCha8([32]byte(h.Sum(nil))))
}

// Records returns owner's records one at a time, in order: the features
// (a buffer reused for the next record: copy it to keep it) and the label.
// Owner indices are 0, 1, 2, …; any non-negative int is an owner.
func (s *Synthetic) Records(owner int) iter.Seq2[[]float64, int] {
	return func(yield func([]float64, int) bool) {
		if owner < 0 {
			return
		}
		rng := s.rand(synthDomainOwner, uint64(owner))
		var mix [SyntheticClasses]float64
		dirichlet(rng, s.alpha, mix[:])
		x := make([]float64, SyntheticFeatures)
		for range s.records {
			c := categorical(rng, mix[:])
			if !yield(x, s.record(rng, c, x)) {
				return
			}
		}
	}
}

// Owner returns owner's records as a Dataset (see Records).
func (s *Synthetic) Owner(owner int) *Dataset {
	d := &Dataset{Schema: s.schema, X: make([]float64, 0, s.records*SyntheticFeatures), Y: make([]int, 0, s.records)}
	for x, y := range s.Records(owner) {
		d.X = append(d.X, x...)
		d.Y = append(d.Y, y)
	}
	return d
}

// HeldOut returns n records drawn IID from the class-balanced distribution,
// from a stream no owner's records come from: data of a task owner or an
// evaluator. The first k records of HeldOut(n) are HeldOut(k).
func (s *Synthetic) HeldOut(n int) *Dataset {
	n = max(n, 0)
	d := &Dataset{Schema: s.schema, X: make([]float64, n*SyntheticFeatures), Y: make([]int, n)}
	rng := s.rand(synthDomainHeldOut, 0)
	for i := range n {
		d.Y[i] = s.record(rng, rng.IntN(SyntheticClasses), d.Row(i))
	}
	return d
}

// record fills x with a record of class c and returns its label, which is
// c except with probability synthLabelNoise (then a uniform draw). It
// draws the same number of values from rng whatever the outcome.
func (s *Synthetic) record(rng *rand.Rand, c int, x []float64) int {
	var z [synthLatent]float64
	for k := range z {
		z[k] = rng.NormFloat64()
	}
	z[c] += synthSpread // class c's centre is synthSpread·e_c
	for j := range x {
		v := synthAmbient * rng.NormFloat64()
		for k, b := range s.basis[j] {
			v += b * z[k]
		}
		x[j] = s.offset[j] + s.scale[j]*v
	}
	flip, other := rng.Float64(), rng.IntN(SyntheticClasses)
	if flip < synthLabelNoise {
		return other
	}
	return c
}

// dirichlet fills p with a draw from the symmetric Dirichlet(alpha).
func dirichlet(rng *rand.Rand, alpha float64, p []float64) {
	var sum float64
	for i := range p {
		p[i] = gamma(rng, alpha)
		sum += p[i]
	}
	if !(sum > 0) { // every draw underflowed (tiny alpha): one class
		clear(p)
		p[rng.IntN(len(p))] = 1
		return
	}
	for i := range p {
		p[i] /= sum
	}
}

// gamma draws from Gamma(a, 1) (Marsaglia and Tsang 2000; for a < 1 the
// boost Gamma(a) = Gamma(a+1)·U^(1/a)).
func gamma(rng *rand.Rand, a float64) float64 {
	if a < 1 {
		u := rng.Float64()
		return gamma(rng, a+1) * math.Pow(u, 1/a)
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := rng.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := rng.Float64()
		if u < 1-0.0331*x*x*x*x || math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}

// categorical draws an index with probabilities p (summing to 1).
func categorical(rng *rand.Rand, p []float64) int {
	u := rng.Float64()
	for i, v := range p {
		if u < v {
			return i
		}
		u -= v
	}
	for i := len(p) - 1; i > 0; i-- { // rounding: the last class with mass
		if p[i] > 0 {
			return i
		}
	}
	return 0
}
