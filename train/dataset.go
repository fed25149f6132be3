package train

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// MaxClasses bounds the number of classes a dataset may declare, so a
// hostile label cannot make the model size explode.
const MaxClasses = 1024

// Schema describes the records of a dataset.
type Schema struct {
	Features []string `json:"features"` // feature column names, in order
	Label    string   `json:"label"`    // label column name
	Classes  int      `json:"classes"`  // labels are integers in [0, Classes)
}

// NumFeatures returns the number of features per record.
func (s Schema) NumFeatures() int { return len(s.Features) }

// equal reports whether two schemas describe the same records.
func (s Schema) equal(o Schema) bool {
	return s.Label == o.Label && s.Classes == o.Classes && slices.Equal(s.Features, o.Features)
}

// Dataset is a set of labelled records: X holds Len() rows of
// Schema.NumFeatures() float64 features, row-major; Y the labels.
// A Dataset is not modified by any function of this package.
type Dataset struct {
	Schema Schema
	X      []float64
	Y      []int
}

// Len returns the number of records.
func (d *Dataset) Len() int { return len(d.Y) }

// Row returns the features of record i (a view, not a copy).
func (d *Dataset) Row(i int) []float64 {
	f := d.Schema.NumFeatures()
	return d.X[i*f : (i+1)*f : (i+1)*f]
}

// validate checks the internal consistency of d and that every value is usable.
func (d *Dataset) validate() error {
	f := d.Schema.NumFeatures()
	switch {
	case d == nil || len(d.Y) == 0:
		return ErrEmpty
	case f == 0:
		return fmt.Errorf("%w: no feature columns", ErrSchema)
	case d.Schema.Classes < 2 || d.Schema.Classes > MaxClasses:
		return fmt.Errorf("%w: %d classes, want 2..%d", ErrSchema, d.Schema.Classes, MaxClasses)
	case len(d.X) != len(d.Y)*f:
		return fmt.Errorf("%w: %d feature values for %d records of %d features", ErrSchema, len(d.X), len(d.Y), f)
	}
	for i, v := range d.X {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("record %d, feature %d: %w", i/f, i%f, ErrNonFinite)
		}
	}
	for i, y := range d.Y {
		if y < 0 || y >= d.Schema.Classes {
			return fmt.Errorf("record %d: label %d outside [0, %d): %w", i, y, d.Schema.Classes, ErrLabelRange)
		}
	}
	return nil
}

// CSVOptions says how to read a CSV file.
type CSVOptions struct {
	// Label is the header name of the label column. Required.
	Label string
	// Classes is the number of classes. Zero means one more than the
	// largest label found; otherwise a label ≥ Classes is ErrLabelRange.
	Classes int
}

// ReadCSV reads a CSV file with a header row. Every column except the label
// column is a numeric feature; labels are integers in [0, classes). Errors
// are *CSVError values naming the line and column, wrapping
// ErrMalformedCSV, ErrNonFinite or ErrLabelRange.
func ReadCSV(r io.Reader, opts CSVOptions) (*Dataset, error) {
	cr, err := NewCSVReader(r, opts)
	if err != nil {
		return nil, err
	}
	d := &Dataset{Schema: cr.Schema()}
	for {
		x, y, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		d.X = append(d.X, x...)
		d.Y = append(d.Y, y)
	}
	if d.Len() == 0 {
		return nil, fmt.Errorf("reading CSV: %w: only a header", ErrEmpty)
	}
	d.Schema.Classes = cr.Classes()
	return d, nil
}

// parseLabel parses an integer label in [0, classes) (or [0, MaxClasses) if classes is 0).
func parseLabel(s string, classes int) (int, error) {
	limit := classes
	if limit == 0 {
		limit = MaxClasses
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not an integer label", ErrLabelRange, s)
	}
	if v != math.Trunc(v) || v < 0 || v >= float64(limit) {
		return 0, fmt.Errorf("%w: %q, want an integer in [0, %d)", ErrLabelRange, s, limit)
	}
	return int(v), nil
}

// csvParseError converts an encoding/csv error into a *CSVError.
func csvParseError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &CSVError{Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%w: %w", ErrMalformedCSV, pe.Err)}
	}
	return fmt.Errorf("reading CSV: %w", err)
}

//go:embed data/digits.csv.gz
var digitsGz []byte

// Digits returns the UCI "Optical Recognition of Handwritten Digits" data
// set (E. Alpaydin, C. Kaynak, 1998; CC BY 4.0; see data/README.md): 1,797
// records of 64 pixel counts (8×8 images, 0..16) in columns p0..p63 and a
// label column "label" with 10 classes. It is embedded in the binary.
func Digits() (*Dataset, error) {
	zr, err := gzip.NewReader(bytes.NewReader(digitsGz))
	if err != nil {
		return nil, fmt.Errorf("opening embedded digits: %w", err)
	}
	names := make([]string, 0, 65)
	for i := range 64 {
		names = append(names, "p"+strconv.Itoa(i))
	}
	header := strings.Join(append(names, "label"), ",") + "\n"
	d, err := ReadCSV(io.MultiReader(strings.NewReader(header), zr), CSVOptions{Label: "label", Classes: 10})
	if err != nil {
		return nil, fmt.Errorf("reading embedded digits: %w", err)
	}
	return d, nil
}

// subset returns the records idx of d, in that order (copied).
func (d *Dataset) subset(idx []int) *Dataset {
	f := d.Schema.NumFeatures()
	out := &Dataset{Schema: d.Schema, X: make([]float64, 0, len(idx)*f), Y: make([]int, 0, len(idx))}
	for _, i := range idx {
		out.X = append(out.X, d.Row(i)...)
		out.Y = append(out.Y, d.Y[i])
	}
	return out
}

// newRand returns the generator for one purpose of one seed. The stream
// constants keep purposes independent of each other.
func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

// Random streams, one per purpose.
const (
	streamSplit uint64 = 0x73706c6974 + iota<<40
	streamPartition
	streamInit
	streamLocal
)

// Split shuffles d deterministically with seed and returns the first
// (1−testFraction) of the records as training data and the rest as test
// data. Both parts are non-empty or the call fails with ErrEmpty.
func Split(d *Dataset, testFraction float64, seed uint64) (trainSet, testSet *Dataset, err error) {
	if err := d.validate(); err != nil {
		return nil, nil, fmt.Errorf("splitting dataset: %w", err)
	}
	if !(testFraction > 0 && testFraction < 1) {
		return nil, nil, fmt.Errorf("splitting dataset: test fraction %v outside (0, 1): %w", testFraction, ErrSpec)
	}
	n := d.Len()
	nTest := int(math.Round(testFraction * float64(n)))
	if nTest == 0 || nTest == n {
		return nil, nil, fmt.Errorf("splitting %d records with test fraction %v: %w", n, testFraction, ErrEmpty)
	}
	perm := newRand(seed, streamSplit).Perm(n)
	return d.subset(perm[:n-nTest]), d.subset(perm[n-nTest:]), nil
}

// Standardizer maps each feature to zero mean and unit variance, with the
// statistics of the data it was fitted on. Constant features are only centred.
type Standardizer struct {
	Mean  []float64 `json:"mean"`
	Scale []float64 `json:"scale"` // standard deviation, or 1 for a constant feature
}

// FitStandardizer computes the per-feature mean and standard deviation of
// d. Fit it on training data only and apply it to training and test data.
func FitStandardizer(d *Dataset) (*Standardizer, error) {
	if err := d.validate(); err != nil {
		return nil, fmt.Errorf("fitting standardizer: %w", err)
	}
	f, n := d.Schema.NumFeatures(), float64(d.Len())
	s := &Standardizer{Mean: make([]float64, f), Scale: make([]float64, f)}
	for i := range d.Len() {
		for j, v := range d.Row(i) {
			s.Mean[j] += v
		}
	}
	for j := range s.Mean {
		s.Mean[j] /= n
	}
	for i := range d.Len() {
		for j, v := range d.Row(i) {
			s.Scale[j] += (v - s.Mean[j]) * (v - s.Mean[j])
		}
	}
	for j := range s.Scale {
		s.Scale[j] = math.Sqrt(s.Scale[j] / n)
		if s.Scale[j] < 1e-12*max(1, math.Abs(s.Mean[j])) {
			s.Scale[j] = 1
		}
	}
	return s, nil
}

// Apply returns a standardized copy of d.
func (s *Standardizer) Apply(d *Dataset) (*Dataset, error) {
	f := d.Schema.NumFeatures()
	if f != len(s.Mean) || f != len(s.Scale) {
		return nil, fmt.Errorf("standardizing: %d features, standardizer has %d: %w", f, len(s.Mean), ErrSchema)
	}
	out := &Dataset{Schema: d.Schema, X: slices.Clone(d.X), Y: slices.Clone(d.Y)}
	for i, v := range out.X {
		out.X[i] = (v - s.Mean[i%f]) / s.Scale[i%f]
	}
	return out, nil
}

// Partition deals the records of d into users slices, deterministically for
// a seed. IID slices are a shuffle cut into near-equal parts. Non-IID slices
// skew labels the way McMahan et al. (2017) do: the records are sorted by
// label, cut into 2·users shards, and every user gets two random shards, so
// each user sees only a few classes. A partition that would leave a user
// with no records fails with ErrEmpty.
func Partition(d *Dataset, users int, nonIID bool, seed uint64) ([]*Dataset, error) {
	if err := d.validate(); err != nil {
		return nil, fmt.Errorf("partitioning dataset: %w", err)
	}
	if users < 1 {
		return nil, fmt.Errorf("partitioning dataset into %d users: %w", users, ErrSpec)
	}
	n := d.Len()
	shards := users
	if nonIID {
		shards = 2 * users
	}
	if n < shards {
		return nil, fmt.Errorf("partitioning %d records into %d shards for %d users: %w", n, shards, users, ErrEmpty)
	}
	rng := newRand(seed, streamPartition)
	perm := rng.Perm(n)
	if nonIID {
		slices.SortStableFunc(perm, func(a, b int) int { return d.Y[a] - d.Y[b] })
	}
	cut := make([][]int, shards)
	for s := range shards {
		cut[s] = perm[s*n/shards : (s+1)*n/shards]
	}
	order := rng.Perm(shards)
	parts := make([]*Dataset, users)
	per := shards / users
	for u := range users {
		var idx []int
		for _, s := range order[u*per : (u+1)*per] {
			idx = append(idx, cut[s]...)
		}
		parts[u] = d.subset(idx)
	}
	return parts, nil
}

// fold returns parameters that act on raw features as params act on
// standardized ones: the first layer's weights W (outputs×features) and
// bias b become W/Scale (per column) and b − W·(Mean/Scale).
func (s *Standardizer) fold(kind Kind, f, h, c int, params Params) Params {
	out := slices.Clone(params)
	m := c
	if kind == MLP {
		m = h
	}
	w, b := out[:m*f], out[m*f:m*f+m]
	for j := range m {
		row := w[j*f : (j+1)*f]
		for i := range row {
			row[i] /= s.Scale[i]
			b[j] -= row[i] * s.Mean[i]
		}
	}
	return out
}

// unfold is the inverse of fold: parameters acting on raw features become
// parameters acting on standardized ones (W·Scale per column, b + W·Mean).
func (s *Standardizer) unfold(kind Kind, f, h, c int, params Params) Params {
	out := slices.Clone(params)
	m := c
	if kind == MLP {
		m = h
	}
	w, b := out[:m*f], out[m*f:m*f+m]
	for j := range m {
		row := w[j*f : (j+1)*f]
		for i := range row {
			b[j] += row[i] * s.Mean[i]
			row[i] *= s.Scale[i]
		}
	}
	return out
}
