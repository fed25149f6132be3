package train

import (
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// bigRDP evaluates the binomial expansion as written,
// A_α = Σ_{k=0..α} C(α,k)(1−q)^{α−k} q^k exp((k²−k)/(2σ²)), with exact
// binomials and 256-bit products (only exp is float64, to 1 ulp), and
// returns log(A_α)/(α−1) computed as log1p(A_α − 1).
func bigRDP(q, sigma float64, alpha int) float64 {
	const prec = 256
	bq := new(big.Float).SetPrec(prec).SetFloat64(q)
	b1q := new(big.Float).SetPrec(prec).Sub(big.NewFloat(1).SetPrec(prec), bq)
	sum := new(big.Float).SetPrec(prec)
	for k := 0; k <= alpha; k++ {
		term := new(big.Float).SetPrec(prec).SetInt(new(big.Int).Binomial(int64(alpha), int64(k)))
		for range alpha - k {
			term.Mul(term, b1q)
		}
		for range k {
			term.Mul(term, bq)
		}
		kf := float64(k)
		term.Mul(term, new(big.Float).SetPrec(prec).SetFloat64(math.Exp((kf*kf-kf)/(2*sigma*sigma))))
		sum.Add(sum, term)
	}
	am1, _ := sum.Sub(sum, big.NewFloat(1)).Float64()
	return math.Log1p(am1) / float64(alpha-1)
}

func TestRDPMatchesBinomialExpansion(t *testing.T) {
	for _, q := range []float64{1e-3, 0.01, 256.0 / 1438, 0.5, 0.99} {
		for _, sigma := range []float64{0.7, 1, 2.5, 10} {
			for _, alpha := range []int{2, 3, 4, 8, 17, 32, 64} {
				if (alpha*alpha-alpha)/2 > int(600*sigma*sigma) {
					continue // exp would overflow float64 in the reference
				}
				t.Run(fmt.Sprintf("q=%g/σ=%g/α=%d", q, sigma, alpha), func(t *testing.T) {
					got, err := RDP(q, sigma, alpha)
					require.NoError(t, err)
					want := bigRDP(q, sigma, alpha)
					require.InDelta(t, 0, (got-want)/want, 1e-9, "got %v want %v", got, want)
				})
			}
		}
	}
}

func TestRDPClosedForms(t *testing.T) {
	t.Run("α=2", func(t *testing.T) {
		// A₂ = 1 + q²(e^{1/σ²} − 1)
		for _, q := range []float64{1e-4, 0.03, 0.7} {
			for _, sigma := range []float64{0.5, 1.1, 4} {
				got, err := RDP(q, sigma, 2)
				require.NoError(t, err)
				want := math.Log1p(q * q * math.Expm1(1/(sigma*sigma)))
				require.InDelta(t, 0, (got-want)/want, 1e-9)
			}
		}
	})
	t.Run("q=1", func(t *testing.T) {
		for _, sigma := range []float64{0.3, 1, 7} {
			for _, alpha := range []int{2, 5, 100, 1024} {
				got, err := RDP(1, sigma, alpha)
				require.NoError(t, err)
				want := float64(alpha) / (2 * sigma * sigma)
				require.InDelta(t, 0, (got-want)/want, 1e-12)
			}
		}
	})
	t.Run("large orders stay finite", func(t *testing.T) {
		got, err := RDP(0.1, 0.5, 1024)
		require.NoError(t, err)
		require.False(t, math.IsInf(got, 0) || math.IsNaN(got))
		// For large α the k = α term dominates: RDP ≈ (α log q + (α²−α)/(2σ²))/(α−1).
		want := (1024*math.Log(0.1) + (1024*1023)/(2*0.25)) / 1023
		require.InDelta(t, 0, (got-want)/want, 1e-9)
	})
}

// TestEpsilonPublishedValue checks the composed RDP against the number the
// TensorFlow Privacy README gives for its MNIST tutorial (N = 60000,
// batch 256, σ = 1.1, 60 epochs, δ = 1e-5: "eps = 3.01"), which used the
// classic conversion ε = RDP + log(1/δ)/(α−1).
func TestEpsilonPublishedValue(t *testing.T) {
	q, steps := 256.0/60000, int(math.Ceil(60*60000.0/256))
	classic := math.Inf(1)
	for _, a := range rdpOrders {
		classic = min(classic, float64(steps)*rdp(q, 1.1, a)+math.Log(1e5)/float64(a-1))
	}
	require.InDelta(t, 3.01, classic, 0.005)
	improved, order, err := Epsilon(q, 1.1, steps, 1e-5)
	require.NoError(t, err)
	require.Less(t, improved, classic, "the Balle et al. conversion is never worse")
	require.Greater(t, improved, 2.0)
	require.Greater(t, order, 2)
}

func TestEpsilonMonotone(t *testing.T) {
	const q, delta = 0.05, 1e-5
	prev := 0.0
	for steps := 1; steps <= 4096; steps *= 2 {
		e, _, err := Epsilon(q, 1, steps, delta)
		require.NoError(t, err)
		require.Greater(t, e, prev, "steps %d", steps)
		prev = e
	}
	prev = 0
	for _, sigma := range []float64{20, 10, 5, 2, 1.5, 1, 0.8, 0.6, 0.5} {
		e, _, err := Epsilon(q, sigma, 500, delta)
		require.NoError(t, err)
		require.Greater(t, e, prev, "σ %v", sigma)
		prev = e
	}
}

func TestCalibrateSigma(t *testing.T) {
	q, steps := 256.0/1438, 20*6
	for _, target := range []float64{0.5, 1, 8, 50} {
		t.Run(fmt.Sprint(target), func(t *testing.T) {
			sigma, err := CalibrateSigma(q, steps, 1e-5, target)
			require.NoError(t, err)
			e, _, err := Epsilon(q, sigma, steps, 1e-5)
			require.NoError(t, err)
			require.LessOrEqual(t, e, target)
			over, _, err := Epsilon(q, sigma*(1-1e-6), steps, 1e-5)
			require.NoError(t, err)
			require.Greater(t, over, target, "σ is the smallest that reaches the target")
		})
	}
	_, err := CalibrateSigma(q, steps, 1e-5, 1e-4)
	require.ErrorIs(t, err, ErrEpsilonUnreachable)
}

func TestAccountantRejectsImpossibleParameters(t *testing.T) {
	nan := math.NaN()
	for _, tc := range []struct {
		name         string
		q, sigma     float64
		steps, alpha int
		delta, eps   float64
	}{
		{"σ zero", 0.1, 0, 1, 2, 1e-5, 1},
		{"σ negative", 0.1, -1, 1, 2, 1e-5, 1},
		{"σ NaN", 0.1, nan, 1, 2, 1e-5, 1},
		{"q zero", 0, 1, 1, 2, 1e-5, 1},
		{"q above one", 1.5, 1, 1, 2, 1e-5, 1},
		{"q NaN", nan, 1, 1, 2, 1e-5, 1},
		{"no steps", 0.1, 1, 0, 2, 1e-5, 1},
		{"order one", 0.1, 1, 1, 1, 1e-5, 1},
		{"δ zero", 0.1, 1, 1, 2, 0, 1},
		{"δ one", 0.1, 1, 1, 2, 1, 1},
		{"ε zero", 0.1, 1, 1, 2, 1e-5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errR := RDP(tc.q, tc.sigma, tc.alpha)
			_, _, errE := Epsilon(tc.q, tc.sigma, tc.steps, tc.delta)
			_, errC := CalibrateSigma(tc.q, tc.steps, tc.delta, tc.eps)
			if tc.sigma > 0 && tc.q > 0 && tc.q <= 1 && tc.alpha >= 2 {
				require.NoError(t, errR)
			} else {
				require.ErrorIs(t, errR, ErrDPParams)
			}
			if tc.alpha >= 2 && tc.eps > 0 {
				require.ErrorIs(t, errE, ErrDPParams)
			}
			if tc.q > 0 && tc.q <= 1 && tc.steps >= 1 && tc.delta > 0 && tc.delta < 1 && tc.eps > 0 {
				require.NoError(t, errC, "the calibrator has no σ or order input")
			} else {
				require.ErrorIs(t, errC, ErrDPParams)
			}
		})
	}
}
