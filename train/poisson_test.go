package train

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPoissonSample checks the DP-SGD batch sampler against its definition:
// every record chosen independently with probability q. Over many draws
// each index's frequency and the batch size's mean stay within a few
// standard errors of q and qn, indices are increasing and in range, and
// q ≥ 1 and q = 0 choose all and none.
func TestPoissonSample(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const n, draws = 50, 40000
	for _, q := range []float64{0.02, 0.3, 0.9} {
		counts := make([]int, n)
		total := 0
		var idx []int
		for range draws {
			idx = poissonSample(idx[:0], n, q, rng)
			for k, i := range idx {
				require.True(t, i >= 0 && i < n)
				if k > 0 {
					require.Greater(t, i, idx[k-1])
				}
				counts[i]++
			}
			total += len(idx)
		}
		se := math.Sqrt(q * (1 - q) / draws)
		for i, c := range counts {
			require.InDelta(t, q, float64(c)/draws, 5*se, "q=%v index %d", q, i)
		}
		require.InDelta(t, q*n, float64(total)/draws, 5*math.Sqrt(n*q*(1-q)/draws), "q=%v mean batch", q)
	}
	require.Len(t, poissonSample(nil, 7, 1, rng), 7)
	require.Empty(t, poissonSample(nil, 7, 0, rng))
}
