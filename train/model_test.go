package train

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// smallData is a random dataset for gradient checks.
func smallData(n, f, c int, seed uint64) *Dataset {
	rng := newRand(seed, 99)
	d := &Dataset{Schema: Schema{Label: "y", Classes: c}}
	for i := range f {
		d.Schema.Features = append(d.Schema.Features, fmt.Sprint("x", i))
	}
	for range n {
		for range f {
			d.X = append(d.X, rng.NormFloat64()*2)
		}
		d.Y = append(d.Y, rng.IntN(c))
	}
	return d
}

func TestBackwardMatchesPerExampleReference(t *testing.T) {
	const n, f, h, c = 17, 6, 5, 4
	d := smallData(n, f, c, 1)
	for _, kind := range []Kind{Softmax, MLP} {
		for _, clip := range []float64{0, 0.5, 1e6} {
			t.Run(fmt.Sprintf("%s/clip=%g", kind, clip), func(t *testing.T) {
				hid := 0
				if kind == MLP {
					hid = h
				}
				params := initParams(kind, f, hid, c, 3)
				for i := range params { // non-zero biases exercise every term
					params[i] += 0.01 * float64(i%7)
				}
				w := newWork(kind, f, hid, c)
				w.load(d, nil, 0, n)
				w.forward(params)
				g := make(Params, len(params))
				w.backward(params, g, 1.0/n, clip)
				relClose(t, naiveGrad(kind, f, hid, c, params, d, 1.0/n, clip), g, 1e-10)
			})
		}
	}
}

func TestReferenceGradientMatchesFiniteDifferences(t *testing.T) {
	const f, h, c = 4, 3, 3
	d := smallData(3, f, c, 2)
	for _, kind := range []Kind{Softmax, MLP} {
		t.Run(string(kind), func(t *testing.T) {
			hid := 0
			if kind == MLP {
				hid = h
			}
			params := initParams(kind, f, hid, c, 5)
			for i := range d.Len() {
				g := naiveExampleGrad(kind, f, hid, c, params, d.Row(i), d.Y[i])
				num := make([]float64, len(params))
				for j := range params {
					const eps = 1e-6
					p := append(Params(nil), params...)
					p[j] += eps
					up := naiveLoss(kind, f, hid, c, p, d.Row(i), d.Y[i])
					p[j] -= 2 * eps
					down := naiveLoss(kind, f, hid, c, p, d.Row(i), d.Y[i])
					num[j] = (up - down) / (2 * eps)
				}
				relClose(t, num, g, 1e-5)
			}
		})
	}
}

func TestForwardLossMatchesReference(t *testing.T) {
	d := smallData(9, 5, 3, 4)
	for _, kind := range []Kind{Softmax, MLP} {
		hid := map[Kind]int{MLP: 4}[kind]
		params := initParams(kind, 5, hid, 3, 1)
		w := newWork(kind, 5, hid, 3)
		w.load(d, nil, 0, d.Len())
		got := w.forward(params)
		var want float64
		for i := range d.Len() {
			want += naiveLoss(kind, 5, hid, 3, params, d.Row(i), d.Y[i])
		}
		require.InDelta(t, want, got, 1e-12*want, kind)
	}
}

func TestParamsEncoding(t *testing.T) {
	p := Params{0, -1.5, 3e-300, 42}
	b, err := p.MarshalBinary()
	require.NoError(t, err)
	require.Len(t, b, 32)
	require.Equal(t, []byte{0, 0, 0, 0, 0, 0, 0xf8, 0xbf}, b[8:16], "little-endian IEEE-754: -1.5 is 0xbff8000000000000")
	var q Params
	require.NoError(t, q.UnmarshalBinary(b))
	require.Equal(t, p, q)
	require.Equal(t, p.Hash(), q.Hash())

	require.ErrorIs(t, q.UnmarshalBinary(b[:31]), ErrParams)
	nan := append([]byte(nil), b...)
	copy(nan[8:], []byte{1, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	require.ErrorIs(t, q.UnmarshalBinary(nan), ErrParams)
}

func TestEvaluateRejectsMismatch(t *testing.T) {
	m := &Model{Kind: Softmax, Features: 3, Classes: 2, Params: make(Params, 8)}
	_, _, err := m.Evaluate(smallData(4, 5, 2, 1))
	require.ErrorIs(t, err, ErrSchema)
	m.Params = m.Params[:7]
	_, _, err = m.Evaluate(smallData(4, 3, 2, 1))
	require.ErrorIs(t, err, ErrParams)
	m.Kind = "tree"
	_, err = m.Predict(smallData(4, 3, 2, 1))
	require.ErrorIs(t, err, ErrSpec)
}
