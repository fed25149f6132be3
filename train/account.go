package train

import (
	"fmt"
	"math"
)

// rdpOrders are the integer Rényi orders α the accountant minimises over.
var rdpOrders = func() []int {
	var o []int
	for a := 2; a <= 128; a++ {
		o = append(o, a)
	}
	return append(o, 160, 192, 256, 320, 384, 512, 768, 1024)
}()

// maxSigma bounds the calibrator's search for a noise multiplier.
const maxSigma = 1e4

// RDP returns the Rényi differential privacy at integer order alpha ≥ 2 of
// one step of the Poisson-subsampled Gaussian mechanism with sampling rate
// q ∈ (0, 1] and noise multiplier sigma > 0, under add/remove-one-record
// adjacency (Mironov, Talwar, Zhang 2019, "Rényi Differential Privacy of
// the Sampled Gaussian Mechanism", §3.3):
//
//	RDP(α) = log(A_α)/(α−1),  A_α = Σ_{k=0..α} C(α,k) (1−q)^{α−k} q^k exp((k²−k)/(2σ²)).
//
// At q = 1 it is α/(2σ²). Because the k = 0 and k = 1 terms have exponent
// zero and the binomial weights sum to one, A_α − 1 is the sum over k ≥ 2
// of C(α,k)(1−q)^{α−k}q^k·expm1((k²−k)/(2σ²)), a sum of positive terms; it is
// evaluated in log space and log(A_α) as log1p of it, which neither
// overflows for large orders nor cancels for small q.
func RDP(q, sigma float64, alpha int) (float64, error) {
	if err := checkDP(q, sigma); err != nil {
		return 0, err
	}
	if alpha < 2 {
		return 0, fmt.Errorf("%w: order %d < 2", ErrDPParams, alpha)
	}
	return rdp(q, sigma, alpha), nil
}

func checkDP(q, sigma float64) error {
	switch {
	case !(sigma > 0) || math.IsInf(sigma, 0):
		return fmt.Errorf("%w: noise multiplier σ = %v, want σ > 0", ErrDPParams, sigma)
	case !(q > 0 && q <= 1):
		return fmt.Errorf("%w: sampling rate q = %v, want q in (0, 1]", ErrDPParams, q)
	}
	return nil
}

func rdp(q, sigma float64, alpha int) float64 {
	a := float64(alpha)
	if q == 1 {
		return a / (2 * sigma * sigma)
	}
	logq, log1q := math.Log(q), math.Log1p(-q)
	// Terms k ≥ 2 in log space, log C(α, k) by the multiplicative formula.
	logBinom := math.Log(a * (a - 1) / 2) // log C(α, 2)
	logS := math.Inf(-1)
	terms := make([]float64, 0, alpha-1)
	for k := 2; k <= alpha; k++ {
		if k > 2 {
			logBinom += math.Log(float64(alpha-k+1) / float64(k))
		}
		kf := float64(k)
		x := (kf*kf - kf) / (2 * sigma * sigma)
		t := logBinom + (a-kf)*log1q + kf*logq + logExpm1(x)
		terms = append(terms, t)
		logS = max(logS, t)
	}
	var sum float64
	for _, t := range terms {
		sum += math.Exp(t - logS)
	}
	logS += math.Log(sum)
	// log(A) = log1p(S), S = exp(logS).
	var logA float64
	if logS < 0 {
		logA = math.Log1p(math.Exp(logS))
	} else {
		logA = logS + math.Log1p(math.Exp(-logS))
	}
	return logA / (a - 1)
}

// logExpm1 returns log(exp(x) − 1) for x > 0 without overflow.
func logExpm1(x float64) float64 {
	if x > 30 {
		return x + math.Log1p(-math.Exp(-x))
	}
	return math.Log(math.Expm1(x))
}

// Epsilon returns the ε of (ε, δ)-DP after steps compositions of the
// Poisson-subsampled Gaussian mechanism (rate q, noise multiplier sigma),
// and the Rényi order that attains it. RDP composes additively; the
// conversion is the improved one of Balle et al. 2020 ("Hypothesis Testing
// Interpretations and Rényi Differential Privacy", Thm. 21), also used by
// Canonne, Kamath, Steinke 2020 and TensorFlow Privacy:
//
//	ε = min_α  steps·RDP(α) + log((α−1)/α) − (log δ + log α)/(α−1),
//
// minimised over integer orders 2..128 and a few larger ones up to 1024.
func Epsilon(q, sigma float64, steps int, delta float64) (eps float64, order int, err error) {
	if err := checkDP(q, sigma); err != nil {
		return 0, 0, err
	}
	if steps < 1 {
		return 0, 0, fmt.Errorf("%w: %d steps, want at least 1", ErrDPParams, steps)
	}
	if !(delta > 0 && delta < 1) {
		return 0, 0, fmt.Errorf("%w: δ = %v, want δ in (0, 1)", ErrDPParams, delta)
	}
	eps, order = epsilon(q, sigma, steps, delta)
	return eps, order, nil
}

func epsilon(q, sigma float64, steps int, delta float64) (float64, int) {
	best, order := math.Inf(1), 0
	logd := math.Log(delta)
	for _, alpha := range rdpOrders {
		a := float64(alpha)
		e := float64(steps)*rdp(q, sigma, alpha) + math.Log((a-1)/a) - (logd+math.Log(a))/(a-1)
		if e < best {
			best, order = e, alpha
		}
	}
	return max(best, 0), order
}

// CalibrateSigma returns the smallest noise multiplier σ (to a relative
// precision of 1e-9) for which steps steps at sampling rate q satisfy
// (target, delta)-DP by Epsilon. It fails with ErrEpsilonUnreachable if
// even σ = 10⁴ does not reach target.
func CalibrateSigma(q float64, steps int, delta, target float64) (float64, error) {
	if !(target > 0) || math.IsInf(target, 0) {
		return 0, fmt.Errorf("%w: target ε = %v, want ε > 0", ErrDPParams, target)
	}
	if _, _, err := Epsilon(q, 1, steps, delta); err != nil {
		return 0, err
	}
	ok := func(s float64) bool { e, _ := epsilon(q, s, steps, delta); return e <= target }
	hi := 1.0
	for !ok(hi) {
		hi *= 2
		if hi > maxSigma {
			return 0, fmt.Errorf("%w: ε = %v at δ = %v with q = %v over %d steps needs σ > %v", ErrEpsilonUnreachable, target, delta, q, steps, maxSigma)
		}
	}
	lo := hi / 2
	for ok(lo) {
		hi, lo = lo, lo/2
		if lo < 1e-6 {
			return hi, nil
		}
	}
	for hi-lo > 1e-9*hi {
		mid := (lo + hi) / 2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}
