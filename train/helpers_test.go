package train

import (
	"fmt"
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var digitsOnce = sync.OnceValues(func() ([2]*Dataset, error) {
	d, err := Digits()
	if err != nil {
		return [2]*Dataset{}, err
	}
	tr, te, err := Split(d, 0.2, 1)
	if err != nil {
		return [2]*Dataset{}, err
	}
	s, err := FitStandardizer(tr)
	if err != nil {
		return [2]*Dataset{}, err
	}
	if tr, err = s.Apply(tr); err != nil {
		return [2]*Dataset{}, err
	}
	te, err = s.Apply(te)
	return [2]*Dataset{tr, te}, err
})

// digits returns the standardized digits training (80%) and test (20%) sets.
func digits(t testing.TB) (trainSet, testSet *Dataset) {
	t.Helper()
	d, err := digitsOnce()
	require.NoError(t, err)
	return d[0], d[1]
}

// naiveGrad is a reference for work.backward: it materialises every
// per-example gradient with plain loops, clips it by its actual norm
// (if clip > 0), scales it by weight and sums.
func naiveGrad(kind Kind, f, h, c int, params Params, d *Dataset, weight, clip float64) Params {
	out := make(Params, len(params))
	for i := range d.Len() {
		g := naiveExampleGrad(kind, f, h, c, params, d.Row(i), d.Y[i])
		s := weight
		if clip > 0 {
			if n := math.Sqrt(sqNorm(g)); n > clip {
				s *= clip / n
			}
		}
		for j := range out {
			out[j] += s * g[j]
		}
	}
	return out
}

// naiveLoss is −log p_y for one example, with plain loops.
func naiveLoss(kind Kind, f, h, c int, params Params, x []float64, y int) float64 {
	p, _ := naiveForward(kind, f, h, c, params, x)
	return -math.Log(p[y])
}

func naiveForward(kind Kind, f, h, c int, params Params, x []float64) (p, a []float64) {
	in, k, o := x, f, 0
	if kind == MLP {
		a = make([]float64, h)
		for j := range h {
			a[j] = params[f*h+j]
			for i := range f {
				a[j] += x[i] * params[j*f+i]
			}
			a[j] = max(a[j], 0)
		}
		in, k, o = a, h, f*h+h
	}
	z := make([]float64, c)
	hi := math.Inf(-1)
	for j := range c {
		z[j] = params[o+k*c+j]
		for i := range k {
			z[j] += in[i] * params[o+j*k+i]
		}
		hi = max(hi, z[j])
	}
	var sum float64
	for j := range z {
		z[j] = math.Exp(z[j] - hi)
		sum += z[j]
	}
	for j := range z {
		z[j] /= sum
	}
	return z, a
}

func naiveExampleGrad(kind Kind, f, h, c int, params Params, x []float64, y int) Params {
	g := make(Params, len(params))
	p, a := naiveForward(kind, f, h, c, params, x)
	dz := append([]float64(nil), p...)
	dz[y]--
	in, k, o := x, f, 0
	if kind == MLP {
		in, k, o = a, h, f*h+h
		for j := range h {
			if a[j] <= 0 {
				continue
			}
			var da float64
			for m := range c {
				da += dz[m] * params[o+m*h+j]
			}
			g[f*h+j] = da
			for i := range f {
				g[j*f+i] = x[i] * da
			}
		}
	}
	for m := range c {
		g[o+k*c+m] = dz[m]
		for i := range k {
			g[o+m*k+i] = in[i] * dz[m]
		}
	}
	return g
}

// relClose requires |a−b| ≤ tol·max(|a|,|b|) elementwise (or absolute tol near zero).
func relClose(t *testing.T, want, got []float64, tol float64) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		scale := max(math.Abs(want[i]), math.Abs(got[i]), 1e-3)
		require.LessOrEqual(t, math.Abs(want[i]-got[i]), tol*scale, "index %d: want %v got %v", i, want[i], got[i])
	}
}

// concat joins datasets of one schema.
func concat(parts []*Dataset) (*Dataset, error) {
	if len(parts) == 0 {
		return nil, ErrEmpty
	}
	out := &Dataset{Schema: parts[0].Schema}
	for i, p := range parts {
		if !p.Schema.equal(out.Schema) {
			return nil, fmt.Errorf("slice %d: %w", i, ErrSchema)
		}
		out.X = append(out.X, p.X...)
		out.Y = append(out.Y, p.Y...)
	}
	return out, nil
}
