package train

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// Kind names a model architecture.
type Kind string

const (
	// Softmax is multinomial logistic regression: p = softmax(Wx + b).
	Softmax Kind = "softmax"
	// MLP is a one-hidden-layer perceptron: p = softmax(W₂ relu(W₁x + b₁) + b₂).
	MLP Kind = "mlp"
)

// Params is a model's parameters as one flat vector. Weight matrices are
// stored output-major (one row of inputs per output unit, row-major). For
// Softmax the layout is W (classes×features) then b (classes); for MLP it
// is W₁ (hidden×features), b₁ (hidden), W₂ (classes×hidden), b₂ (classes).
type Params []float64

// MarshalBinary returns the canonical encoding of p: each value as its
// IEEE-754 bits, 8 bytes little-endian, in order.
func (p Params) MarshalBinary() ([]byte, error) {
	b := make([]byte, 8*len(p))
	for i, v := range p {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	return b, nil
}

// UnmarshalBinary decodes the canonical encoding written by MarshalBinary.
func (p *Params) UnmarshalBinary(b []byte) error {
	if len(b)%8 != 0 {
		return fmt.Errorf("decoding parameters: %d bytes is not a multiple of 8: %w", len(b), ErrParams)
	}
	out := make(Params, len(b)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
		if math.IsNaN(out[i]) || math.IsInf(out[i], 0) {
			return fmt.Errorf("decoding parameters: value %d is not finite: %w", i, ErrParams)
		}
	}
	*p = out
	return nil
}

// Hash returns the SHA-256 of the canonical encoding of p.
func (p Params) Hash() [32]byte {
	h := sha256.New()
	var buf [8]byte
	for _, v := range p {
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(v))
		h.Write(buf[:])
	}
	return [32]byte(h.Sum(nil))
}

// Model is an architecture with its parameters.
type Model struct {
	Kind     Kind   `json:"kind"`
	Features int    `json:"features"`
	Hidden   int    `json:"hidden,omitempty"` // MLP only
	Classes  int    `json:"classes"`
	Params   Params `json:"params"`
}

// numParams returns the length of the parameter vector of an architecture.
func numParams(kind Kind, features, hidden, classes int) int {
	if kind == MLP {
		return features*hidden + hidden + hidden*classes + classes
	}
	return features*classes + classes
}

// check verifies that m's parameters fit its architecture.
func (m *Model) check() error {
	if m.Kind != Softmax && m.Kind != MLP {
		return fmt.Errorf("%w: unknown model kind %q", ErrSpec, m.Kind)
	}
	if want := numParams(m.Kind, m.Features, m.Hidden, m.Classes); len(m.Params) != want {
		return fmt.Errorf("%w: %d parameters, %s model needs %d", ErrParams, len(m.Params), m.Kind, want)
	}
	return nil
}

// initParams draws initial parameters deterministically from seed: weights
// uniform in ±sqrt(6/(fan_in+fan_out)) (Glorot), biases zero.
func initParams(kind Kind, features, hidden, classes int, seed uint64) Params {
	rng := newRand(seed, streamInit)
	p := make(Params, numParams(kind, features, hidden, classes))
	fill := func(w []float64, in, out int) {
		r := math.Sqrt(6 / float64(in+out))
		for i := range w {
			w[i] = (2*rng.Float64() - 1) * r
		}
	}
	if kind == MLP {
		fill(p[:features*hidden], features, hidden)
		o := features*hidden + hidden
		fill(p[o:o+hidden*classes], hidden, classes)
	} else {
		fill(p[:features*classes], features, classes)
	}
	return p
}

// Evaluate returns the accuracy and mean cross-entropy loss of m on d.
func (m *Model) Evaluate(d *Dataset) (accuracy, loss float64, err error) {
	if err := m.check(); err != nil {
		return 0, 0, fmt.Errorf("evaluating model: %w", err)
	}
	if err := d.validate(); err != nil {
		return 0, 0, fmt.Errorf("evaluating model: %w", err)
	}
	if d.Schema.NumFeatures() != m.Features || d.Schema.Classes != m.Classes {
		return 0, 0, fmt.Errorf("evaluating model: data has %d features and %d classes, model %d and %d: %w",
			d.Schema.NumFeatures(), d.Schema.Classes, m.Features, m.Classes, ErrSchema)
	}
	const chunk = 256
	w := newWork(m.Kind, m.Features, m.Hidden, m.Classes)
	correct := 0
	for lo := 0; lo < d.Len(); lo += chunk {
		hi := min(lo+chunk, d.Len())
		w.load(d, nil, lo, hi)
		loss += w.forward(m.Params)
		for i := range hi - lo {
			if argmax(w.p[i*m.Classes:(i+1)*m.Classes]) == w.y[i] {
				correct++
			}
		}
	}
	n := float64(d.Len())
	return float64(correct) / n, loss / n, nil
}

// Predict returns the most probable class of each record of d.
func (m *Model) Predict(d *Dataset) ([]int, error) {
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("predicting: %w", err)
	}
	if d.Schema.NumFeatures() != m.Features {
		return nil, fmt.Errorf("predicting: data has %d features, model %d: %w", d.Schema.NumFeatures(), m.Features, ErrSchema)
	}
	w := newWork(m.Kind, m.Features, m.Hidden, m.Classes)
	out := make([]int, 0, d.Len())
	for lo := 0; lo < d.Len(); lo += 256 {
		hi := min(lo+256, d.Len())
		w.load(d, nil, lo, hi)
		w.forward(m.Params)
		for i := range hi - lo {
			out = append(out, argmax(w.p[i*m.Classes:(i+1)*m.Classes]))
		}
	}
	return out, nil
}

func argmax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// work holds the batch buffers of forward and backward passes, so an epoch
// allocates nothing. Matrices are row-major blas64.General views.
type work struct {
	kind       Kind
	f, h, c, n int // features, hidden, classes, rows in the current batch

	x  []float64 // n×f batch inputs
	y  []int     // n labels
	a  []float64 // n×h hidden activations (MLP)
	p  []float64 // n×c probabilities, then output deltas
	d1 []float64 // n×h hidden deltas (MLP)
	sq []float64 // n per-example squared gradient norms
}

func newWork(kind Kind, f, h, c int) *work {
	return &work{kind: kind, f: f, h: h, c: c}
}

// load gathers records idx[lo:hi] of d (or records lo..hi-1 if idx is nil) into the batch buffers.
func (w *work) load(d *Dataset, idx []int, lo, hi int) {
	w.resize(hi - lo)
	w.y = w.y[:0]
	if idx == nil {
		copy(w.x, d.X[lo*w.f:hi*w.f])
		w.y = append(w.y, d.Y[lo:hi]...)
	} else {
		for r, i := range idx[lo:hi] {
			copy(w.x[r*w.f:(r+1)*w.f], d.Row(i))
			w.y = append(w.y, d.Y[i])
		}
	}
}

// loadRecords gathers records idx[lo:hi] of a participant's records into
// the batch buffers, standardised.
func (w *work) loadRecords(d *records, idx []int, lo, hi int) {
	w.resize(hi - lo)
	w.y = w.y[:0]
	for r, i := range idx[lo:hi] {
		w.y = append(w.y, d.load(w.x[r*w.f:(r+1)*w.f], i))
	}
}

// resize sizes the batch buffers for n records.
func (w *work) resize(n int) {
	w.n = n
	w.x = grow(w.x, w.n*w.f)
	w.p = grow(w.p, w.n*w.c)
	w.sq = grow(w.sq, w.n)
	if w.kind == MLP {
		w.a = grow(w.a, w.n*w.h)
		w.d1 = grow(w.d1, w.n*w.h)
	}
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n, n+n/4)
	}
	return s[:n]
}

func general(data []float64, rows, cols int) blas64.General {
	return blas64.General{Rows: rows, Cols: cols, Stride: cols, Data: data[:rows*cols]}
}

// affine computes out = in·Wᵀ + b (b broadcast over rows) for the n×k
// batch in and the m×k weights W: every output is a dot product of length k.
func affine(out, in, wt, b []float64, n, k, m int) {
	for r := range n {
		copy(out[r*m:(r+1)*m], b)
	}
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, general(in, n, k), general(wt, m, k), 1, general(out, n, m))
}

// forward computes the class probabilities of the loaded batch into w.p
// and returns the summed cross-entropy loss.
func (w *work) forward(params Params) float64 {
	in, k := w.x, w.f
	if w.kind == MLP {
		w1, b1 := params[:w.f*w.h], params[w.f*w.h:w.f*w.h+w.h]
		affine(w.a, w.x, w1, b1, w.n, w.f, w.h)
		for i, v := range w.a {
			if v < 0 {
				w.a[i] = 0
			}
		}
		in, k = w.a, w.h
	}
	o := 0
	if w.kind == MLP {
		o = w.f*w.h + w.h
	}
	wt, b := params[o:o+k*w.c], params[o+k*w.c:o+k*w.c+w.c]
	affine(w.p, in, wt, b, w.n, k, w.c)
	var loss float64
	for r := range w.n {
		row := w.p[r*w.c : (r+1)*w.c]
		hi := row[0]
		for _, v := range row {
			hi = max(hi, v)
		}
		zy := row[w.y[r]] - hi
		var sum float64
		for i, v := range row {
			row[i] = math.Exp(v - hi)
			sum += row[i]
		}
		for i := range row {
			row[i] /= sum
		}
		loss += math.Log(sum) - zy // −log p_y
	}
	return loss
}
