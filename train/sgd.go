package train

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// backward turns the probabilities in w.p into output deltas and writes
// into g the gradient of Σᵢ sᵢ·lossᵢ over the loaded batch. Without
// clipping (clip = 0) sᵢ = weight; with clipping sᵢ = weight·min(1, clip/‖∇lossᵢ‖),
// which is per-example clipping: the per-example gradient norms come from
// ‖x yᵀ‖ = ‖x‖‖y‖ for the outer products of one example, so no per-example
// gradient is ever materialised.
func (w *work) backward(params, g Params, weight, clip float64) {
	n, f, h, c := w.n, w.f, w.h, w.c
	for r := range n {
		w.p[r*c+w.y[r]]--
	}
	o := 0 // offset of the output layer
	if w.kind == MLP {
		o = f*h + h
		w2 := params[o : o+h*c]
		// d1 = (Δ·W₂) ⊙ 1[a > 0]
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, general(w.p, n, c), general(w2, c, h), 0, general(w.d1, n, h))
		for i, v := range w.a {
			if v <= 0 {
				w.d1[i] = 0
			}
		}
	}
	for r := range n {
		s := weight
		if clip > 0 {
			dy := sqNorm(w.p[r*c : (r+1)*c])
			var sq float64
			if w.kind == MLP {
				sq = (sqNorm(w.a[r*h:(r+1)*h])+1)*dy + (sqNorm(w.x[r*f:(r+1)*f])+1)*sqNorm(w.d1[r*h:(r+1)*h])
			} else {
				sq = (sqNorm(w.x[r*f:(r+1)*f]) + 1) * dy
			}
			if norm := math.Sqrt(sq); norm > clip {
				s *= clip / norm
			}
		}
		scale(w.p[r*c:(r+1)*c], s)
		if w.kind == MLP {
			scale(w.d1[r*h:(r+1)*h], s)
		}
	}
	in, k := w.x, f
	if w.kind == MLP {
		// gW₁ = d1ᵀ·x, gb₁ = Σ d1
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, general(w.d1, n, h), general(w.x, n, f), 0, general(g[:h*f], h, f))
		colSum(g[f*h:f*h+h], w.d1, n, h)
		in, k = w.a, h
	}
	// gW = Δᵀ·in, gb = Σ Δ
	blas64.Gemm(blas.Trans, blas.NoTrans, 1, general(w.p, n, c), general(in, n, k), 0, general(g[o:o+c*k], c, k))
	colSum(g[o+k*c:o+k*c+c], w.p, n, c)
}

func sqNorm(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x * x
	}
	return s
}

func scale(v []float64, s float64) {
	for i := range v {
		v[i] *= s
	}
}

// colSum writes the column sums of the n×m row-major matrix a into out.
func colSum(out, a []float64, n, m int) {
	clear(out)
	for r := range n {
		row := a[r*m : (r+1)*m]
		for j, v := range row {
			out[j] += v
		}
	}
}

// stepsPerEpoch is the number of SGD steps in one local epoch over n records.
func stepsPerEpoch(n, batch int) int { return (n + batch - 1) / batch }

// local trains one participant's data with minibatch SGD with momentum,
// or DP-SGD when sigma > 0.
type local struct {
	spec  Spec
	data  *records
	w     *work
	g, v  Params
	idx   []int
	sigma float64 // DP noise multiplier; 0 without DP
	q     float64 // DP Poisson sampling rate
}

func newLocal(spec Spec, data *records, sigma float64) *local {
	n := numParams(spec.Model, spec.Features, spec.Hidden, spec.Classes)
	l := &local{
		spec: spec, data: data, sigma: sigma,
		w: newWork(spec.Model, spec.Features, spec.Hidden, spec.Classes),
		g: make(Params, n), v: make(Params, n),
		idx: make([]int, data.Len()),
	}
	l.q = min(1, float64(spec.Batch)/float64(data.Len()))
	return l
}

// reset points l at other records (one data owner's, at user level).
func (l *local) reset(data *records) {
	l.data = data
	l.idx = slices.Grow(l.idx[:0], data.Len())[:data.Len()]
}

// round runs spec.Epochs local epochs from params (updated in place) and
// returns the mean training loss of the last epoch (0 under DP).
func (l *local) round(params Params, rng *rand.Rand) float64 {
	clear(l.v)
	var loss float64
	for range l.spec.Epochs {
		if l.sigma > 0 {
			l.dpEpoch(params, rng)
		} else {
			loss = l.epoch(params, rng)
		}
	}
	return loss
}

// epoch is one pass over a fresh shuffle in minibatches; it returns the mean loss.
func (l *local) epoch(params Params, rng *rand.Rand) float64 {
	n, b := l.data.Len(), l.spec.Batch
	for i := range l.idx {
		l.idx[i] = i
	}
	rng.Shuffle(n, func(i, j int) { l.idx[i], l.idx[j] = l.idx[j], l.idx[i] })
	var loss float64
	for lo := 0; lo < n; lo += b {
		hi := min(lo+b, n)
		l.w.loadRecords(l.data, l.idx, lo, hi)
		loss += l.w.forward(params)
		l.w.backward(params, l.g, 1/float64(hi-lo), 0)
		l.step(params)
	}
	return loss / float64(n)
}

// dpEpoch runs stepsPerEpoch DP-SGD steps. Each step draws a Poisson
// sample (every record independently with probability q), sums the
// gradients clipped to norm C, adds N(0, σ²C²) noise to every coordinate
// and divides by the expected batch size qn.
func (l *local) dpEpoch(params Params, rng *rand.Rand) {
	n := l.data.Len()
	dp := l.spec.DP
	denom := l.q * float64(n)
	std := l.sigma * dp.Clip / denom
	for range stepsPerEpoch(n, l.spec.Batch) {
		l.idx = poissonSample(l.idx[:0], n, l.q, rng)
		if len(l.idx) > 0 {
			l.w.loadRecords(l.data, l.idx, 0, len(l.idx))
			l.w.forward(params)
			l.w.backward(params, l.g, 1/denom, dp.Clip)
		} else {
			clear(l.g)
		}
		for i := range l.g {
			l.g[i] += std * rng.NormFloat64()
		}
		l.step(params)
	}
	l.idx = l.idx[:n]
}

// poissonSample appends to idx the indices of a Poisson sample of n records,
// each independently with probability q, in increasing order. It draws the
// gaps between chosen records, which are geometric with parameter q, instead
// of one coin per record: O(qn) draws per step rather than n, so that an
// epoch of n/batch steps costs O(n) draws and not O(n²/batch).
func poissonSample(idx []int, n int, q float64, rng *rand.Rand) []int {
	if q >= 1 {
		for i := range n {
			idx = append(idx, i)
		}
		return idx
	}
	if !(q > 0) {
		return idx
	}
	logMiss := math.Log1p(-q) // log P(a record is not chosen), < 0
	for i := -1; ; {
		// 1−U is in (0, 1], so the gap is a finite float ≥ 0: the number
		// of records skipped before the next chosen one.
		gap := math.Floor(math.Log(1-rng.Float64()) / logMiss)
		if gap >= float64(n-1-i) {
			return idx
		}
		i += int(gap) + 1
		idx = append(idx, i)
	}
}

// step applies heavy-ball momentum: v ← μv + g; θ ← θ − ηv.
func (l *local) step(params Params) {
	mu, lr := l.spec.Momentum, l.spec.LR
	for i, g := range l.g {
		l.v[i] = mu*l.v[i] + g
		params[i] -= lr * l.v[i]
	}
}
