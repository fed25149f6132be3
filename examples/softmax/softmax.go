// Package softmax is an example general-compute workload: minibatch SGD
// epochs of multinomial logistic (softmax) regression, written so that the
// native Go build, the Go wasip1 build (guest/) and the C build (c/) compute
// bit-identical parameters from the same input.
//
// Input (all little-endian), as produced by Encode:
//
//	offset  size      field
//	0       4         magic "SMX1"
//	4       4         n       examples            (uint32, > 0)
//	8       4         d       features            (uint32, > 0)
//	12      4         k       classes             (uint32, >= 2)
//	16      4         batch   minibatch size      (uint32, > 0)
//	20      4         epochs                      (uint32)
//	24      8         seed    shuffle seed        (uint64)
//	32      8         lr      learning rate       (float64)
//	40      8·n·d     x       features, row-major (float64)
//	…       8·k·(d+1) w       initial parameters  (float64; row c is the d weights then the bias of class c)
//	…       4·n       y       labels in [0, k)    (uint32)
//
// Output: the k·(d+1) parameters after training, float64 little-endian, in
// the same layout as w.
//
// Each epoch shuffles the examples with a Fisher–Yates pass driven by
// SplitMix64(seed), then for each minibatch of up to batch examples adds the
// cross-entropy gradient (p − onehot(y))·[x, 1] of every example in order and
// takes one step w −= lr/m · G. The exponential is this package's own
// (Exp), not the platform's libm, so every build rounds identically; every
// product is rounded before it is added (no fused multiply-add), which is
// what WebAssembly does and what the float64() conversions below force on
// native platforms that could fuse.
package softmax

import (
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// HeaderSize is the size of the fixed input header in bytes.
const HeaderSize = 40

var (
	// ErrBadMagic is returned when the input does not start with "SMX1".
	ErrBadMagic = errors.New("softmax input: bad magic, want SMX1")
	// ErrBadShape is returned when the header's sizes are zero, too large,
	// or disagree with the input length.
	ErrBadShape = errors.New("softmax input: bad shape")
	// ErrBadLabel is returned when a label is not below the class count.
	ErrBadLabel = errors.New("softmax input: label out of range")
)

// Task is one decoded input.
type Task struct {
	N, D, K       int
	Batch, Epochs int
	Seed          uint64
	LR            float64
	X             []float64 // N·D, row-major
	W             []float64 // K·(D+1)
	Y             []uint32  // N
}

// Encode returns t in the input format.
func Encode(t *Task) []byte {
	b := make([]byte, 0, HeaderSize+8*len(t.X)+8*len(t.W)+4*len(t.Y))
	b = append(b, "SMX1"...)
	for _, v := range []int{t.N, t.D, t.K, t.Batch, t.Epochs} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	b = binary.LittleEndian.AppendUint64(b, t.Seed)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.LR))
	for _, v := range t.X {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	for _, v := range t.W {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	for _, v := range t.Y {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// Decode parses and checks an input.
func Decode(in []byte) (*Task, error) {
	if len(in) < HeaderSize || string(in[:4]) != "SMX1" {
		return nil, ErrBadMagic
	}
	u32 := func(off int) int { return int(binary.LittleEndian.Uint32(in[off:])) }
	t := &Task{
		N: u32(4), D: u32(8), K: u32(12), Batch: u32(16), Epochs: u32(20),
		Seed: binary.LittleEndian.Uint64(in[24:]),
		LR:   math.Float64frombits(binary.LittleEndian.Uint64(in[32:])),
	}
	const maxDim = 1 << 24
	if t.N == 0 || t.D == 0 || t.K < 2 || t.Batch == 0 || t.N > maxDim || t.D > maxDim || t.K > maxDim {
		return nil, fmt.Errorf("%w: n=%d d=%d k=%d batch=%d", ErrBadShape, t.N, t.D, t.K, t.Batch)
	}
	nx, nw := uint64(t.N)*uint64(t.D), uint64(t.K)*uint64(t.D+1)
	if want := HeaderSize + 8*nx + 8*nw + 4*uint64(t.N); uint64(len(in)) != want {
		return nil, fmt.Errorf("%w: %d bytes, header says %d", ErrBadShape, len(in), want)
	}
	off := HeaderSize
	floats := func(n uint64) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = math.Float64frombits(binary.LittleEndian.Uint64(in[off:]))
			off += 8
		}
		return v
	}
	t.X, t.W = floats(nx), floats(nw)
	t.Y = make([]uint32, t.N)
	for i := range t.Y {
		t.Y[i] = binary.LittleEndian.Uint32(in[off:])
		off += 4
		if t.Y[i] >= uint32(t.K) {
			return nil, fmt.Errorf("%w: example %d has label %d, classes %d", ErrBadLabel, i, t.Y[i], t.K)
		}
	}
	return t, nil
}

// Run decodes an input, trains, and returns the encoded parameters.
func Run(in []byte) ([]byte, error) {
	t, err := Decode(in)
	if err != nil {
		return nil, err
	}
	Train(t)
	return EncodeParams(t.W), nil
}

// EncodeParams returns parameters in the output format.
func EncodeParams(w []float64) []byte {
	out := make([]byte, 0, 8*len(w))
	for _, v := range w {
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(v))
	}
	return out
}

// Train runs t.Epochs epochs of minibatch SGD, updating t.W in place.
func Train(t *Task) {
	n, d, k := t.N, t.D, t.K
	stride := d + 1
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	rng := t.Seed
	z := make([]float64, k)
	g := make([]float64, k*stride)
	for range t.Epochs {
		for i := n - 1; i > 0; i-- {
			j := int(splitMix64(&rng) % uint64(i+1))
			perm[i], perm[j] = perm[j], perm[i]
		}
		for start := 0; start < n; start += t.Batch {
			end := min(start+t.Batch, n)
			clear(g)
			for _, i := range perm[start:end] {
				x := t.X[i*d : i*d+d]
				mx := math.Inf(-1)
				for c := range k {
					wc := t.W[c*stride : c*stride+stride]
					s := wc[d]
					for j, xj := range x {
						s += float64(wc[j] * xj)
					}
					z[c] = s
					if s > mx {
						mx = s
					}
				}
				var sum float64
				for c := range k {
					z[c] = Exp(z[c] - mx)
					sum += z[c]
				}
				for c := range k {
					p := z[c] / sum
					if uint32(c) == t.Y[i] {
						p -= 1
					}
					gc := g[c*stride : c*stride+stride]
					for j, xj := range x {
						gc[j] += float64(p * xj)
					}
					gc[d] += p
				}
			}
			scale := t.LR / float64(end-start)
			for q := range t.W {
				t.W[q] -= float64(scale * g[q])
			}
		}
	}
}

// splitMix64 advances the state and returns the next SplitMix64 output.
func splitMix64(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	z := *s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Exp returns e^x for x <= 0 (softmax only needs that range) to within a
// few ulp, using only +, −, ×, floor and exponent-bit assembly, so every
// IEEE-754 platform gets the same bits. Inputs below −708 return 0.
func Exp(x float64) float64 {
	const (
		log2e = 1.4426950408889634
		ln2hi = 6.93147180369123816490e-01 // Cody–Waite split of ln 2
		ln2lo = 1.90821492927058770002e-10
	)
	if x < -708 {
		return 0
	}
	kf := math.Floor(float64(x*log2e) + 0.5)
	r := float64(x-float64(kf*ln2hi)) - float64(kf*ln2lo) // |r| <= ln2/2
	// Taylor series of e^r to degree 12, by Horner's rule.
	p := 1.0 / 479001600
	for _, c := range [...]float64{1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320,
		1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1} {
		p = float64(p*r) + c
	}
	return p * math.Float64frombits(uint64(int64(kf)+1023)<<52)
}

// ReadCSV reads a headerless CSV of numbers whose last column is an integer
// class label, as the digits data set is, and returns a task with those
// examples, k classes, zero parameters and the given hyper-parameters.
// Every feature is multiplied by scale.
func ReadCSV(r io.Reader, k int, scale float64) (*Task, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	t := &Task{K: k}
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading CSV: %w", err)
		}
		if t.D == 0 {
			if len(rec) < 2 {
				return nil, fmt.Errorf("%w: line %d has %d columns, want features and a label", ErrBadShape, line, len(rec))
			}
			t.D = len(rec) - 1
		}
		for col, s := range rec[:t.D] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: line %d column %d: %q is not a finite number", ErrBadShape, line, col+1, s)
			}
			t.X = append(t.X, v*scale)
		}
		label, err := strconv.ParseUint(rec[t.D], 10, 32)
		if err != nil || label >= uint64(k) {
			return nil, fmt.Errorf("%w: line %d column %d: %q is not a label in [0, %d)", ErrBadLabel, line, t.D+1, rec[t.D], k)
		}
		t.Y = append(t.Y, uint32(label))
	}
	t.N = len(t.Y)
	if t.N == 0 {
		return nil, fmt.Errorf("%w: no rows", ErrBadShape)
	}
	t.W = make([]float64, k*(t.D+1))
	return t, nil
}

// Accuracy returns the fraction of t's examples that parameters w classify
// correctly.
func Accuracy(t *Task, w []float64) float64 {
	stride := t.D + 1
	right := 0
	for i := range t.N {
		x := t.X[i*t.D : i*t.D+t.D]
		best, arg := math.Inf(-1), 0
		for c := range t.K {
			s := w[c*stride+t.D]
			for j, xj := range x {
				s += w[c*stride+j] * xj
			}
			if s > best {
				best, arg = s, c
			}
		}
		if uint32(arg) == t.Y[i] {
			right++
		}
	}
	return float64(right) / float64(t.N)
}
