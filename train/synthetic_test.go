package train

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func newSynthetic(t testing.TB, cfg SyntheticConfig) *Synthetic {
	t.Helper()
	s, err := NewSynthetic(cfg)
	require.NoError(t, err)
	return s
}

func TestSyntheticDeterministic(t *testing.T) {
	a := newSynthetic(t, SyntheticConfig{Seed: 7})
	b := newSynthetic(t, SyntheticConfig{Seed: 7})
	// Owners asked for in another order, and far-off owners, give the
	// same records: nothing depends on which owners came before.
	for _, i := range []int{3, 0, 1_000_000, 2} {
		require.Equal(t, a.Owner(i), b.Owner(i), "owner %d", i)
	}
	require.Equal(t, a.Owner(5), a.Owner(5), "asked twice")
	require.NotEqual(t, a.Owner(0).X, a.Owner(1).X, "owners differ")
	c := newSynthetic(t, SyntheticConfig{Seed: 8})
	require.NotEqual(t, a.Owner(0).X, c.Owner(0).X, "seeds differ")
	require.NotEqual(t, a.HeldOut(10).X, c.HeldOut(10).X)

	h := a.HeldOut(50)
	require.Equal(t, h.X[:10*SyntheticFeatures], a.HeldOut(10).X, "a shorter held-out sample is a prefix")
	require.Equal(t, h.Y[:10], a.HeldOut(10).Y)
	require.NotEqual(t, h.X[:SyntheticFeatures], a.Owner(0).X[:SyntheticFeatures], "held-out records are no owner's")

	// Records and Owner agree; the features buffer is reused, so Owner
	// copies.
	d := a.Owner(4)
	i := 0
	for x, y := range a.Records(4) {
		require.Equal(t, d.Row(i), x)
		require.Equal(t, d.Y[i], y)
		i++
	}
	require.Equal(t, d.Len(), i)
}

func TestSyntheticShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  SyntheticConfig
		want int
	}{
		{"default", SyntheticConfig{Seed: 1}, DefaultRecordsPerOwner},
		{"seven records", SyntheticConfig{Seed: 1, RecordsPerOwner: 7}, 7},
		{"one record, near-IID", SyntheticConfig{Seed: 2, RecordsPerOwner: 1, Alpha: 100}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynthetic(t, tc.cfg)
			require.Equal(t, tc.want, s.RecordsPerOwner())
			sc := s.Schema()
			require.Equal(t, SyntheticFeatures, sc.NumFeatures())
			require.Equal(t, SyntheticClasses, sc.Classes)
			for i := range 20 {
				d := s.Owner(i)
				require.Equal(t, tc.want, d.Len())
				require.Len(t, d.X, tc.want*SyntheticFeatures)
				require.NoError(t, d.validate(), "labels in range, features finite")
				require.True(t, d.Schema.equal(sc))
			}
			h := s.HeldOut(300)
			require.Equal(t, 300, h.Len())
			require.NoError(t, h.validate())
		})
	}
	t.Run("stopping early", func(t *testing.T) {
		n := 0
		for range newSynthetic(t, SyntheticConfig{}).Records(0) {
			n++
			if n == 3 {
				break
			}
		}
		require.Equal(t, 3, n)
	})
	t.Run("bad config", func(t *testing.T) {
		for _, cfg := range []SyntheticConfig{
			{RecordsPerOwner: -1},
			{RecordsPerOwner: maxSyntheticRecords + 1},
			{Alpha: -1},
			{Alpha: math.NaN()},
			{Alpha: math.Inf(1)},
		} {
			_, err := NewSynthetic(cfg)
			require.ErrorIs(t, err, ErrSpec, "%+v", cfg)
		}
	})
}

// TestSyntheticAccuracy: a non-private softmax regression trained on 200
// owners' records lands in 85–95% held-out accuracy (seed 1: about 90%),
// and does not fit even its own training records: the classes overlap.
func TestSyntheticAccuracy(t *testing.T) {
	s := newSynthetic(t, SyntheticConfig{Seed: 1})
	var parts []*Dataset
	for i := range 200 {
		parts = append(parts, s.Owner(i))
	}
	tr, err := concat(parts)
	require.NoError(t, err)
	te := s.HeldOut(2000)
	st, err := FitStandardizer(te)
	require.NoError(t, err)
	spec := Spec{Model: Softmax, Features: SyntheticFeatures, Classes: SyntheticClasses,
		Rounds: 1, Epochs: 30, Batch: 32, LR: 0.05, Momentum: 0.9, Seed: 1, Standardize: st}
	res, err := Train(context.Background(), spec, [][]Slice{{{User: "all", Data: tr}}}, Options{})
	require.NoError(t, err)
	acc, _, err := res.Model.Evaluate(te)
	require.NoError(t, err)
	trainAcc, _, err := res.Model.Evaluate(tr)
	require.NoError(t, err)
	t.Logf("held-out accuracy %.3f, training accuracy %.3f", acc, trainAcc)
	require.GreaterOrEqual(t, acc, 0.85)
	require.LessOrEqual(t, acc, 0.95)
	require.Less(t, trainAcc, 0.97, "not separable")

	// A model that only knows the class balance is at chance.
	require.InDelta(t, 0.1, chance(te), 0.03)
}

// chance is the accuracy of always answering the most frequent class.
func chance(d *Dataset) float64 {
	counts := make([]int, d.Schema.Classes)
	for _, y := range d.Y {
		counts[y]++
	}
	best := 0
	for _, c := range counts {
		best = max(best, c)
	}
	return float64(best) / float64(d.Len())
}

// labelSkew is the mean, over slices, of the total-variation distance
// between a slice's label distribution and the pooled one (0: every
// slice looks like the whole; near 1: disjoint labels), and the mean
// number of classes a slice holds.
func labelSkew(parts []*Dataset) (tv, classes float64) {
	c := parts[0].Schema.Classes
	pooled := make([]float64, c)
	n := 0
	for _, p := range parts {
		for _, y := range p.Y {
			pooled[y]++
			n++
		}
	}
	for i := range pooled {
		pooled[i] /= float64(n)
	}
	for _, p := range parts {
		h := make([]float64, c)
		for _, y := range p.Y {
			h[y]++
		}
		var d float64
		for i := range h {
			if h[i] > 0 {
				classes++
			}
			d += math.Abs(h[i]/float64(p.Len()) - pooled[i])
		}
		tv += d / 2
	}
	return tv / float64(len(parts)), classes / float64(len(parts))
}

// TestSyntheticNonIID measures how far owners' label mixes are from the
// whole's, against an IID baseline of the same size (whose distance is
// only the sampling noise of 20 records) and the digits demo's split (two
// label shards per owner).
func TestSyntheticNonIID(t *testing.T) {
	const owners = 500
	skew := func(cfg SyntheticConfig) (float64, float64, []*Dataset) {
		s := newSynthetic(t, cfg)
		parts := make([]*Dataset, owners)
		for i := range parts {
			parts[i] = s.Owner(i)
		}
		tv, k := labelSkew(parts)
		return tv, k, parts
	}
	tv, k, parts := skew(SyntheticConfig{Seed: 1})
	iidTV, iidK, _ := skew(SyntheticConfig{Seed: 1, Alpha: 1e6})
	tr, _ := digits(t)
	dparts, err := Partition(tr, 12, true, 1)
	require.NoError(t, err)
	digitsTV, digitsK := labelSkew(dparts)
	t.Logf("mean TV distance to the pooled label mix / classes per owner: synthetic %.2f / %.1f, IID %.2f / %.1f, digits demo %.2f / %.1f",
		tv, k, iidTV, iidK, digitsTV, digitsK)
	require.Greater(t, tv, 0.6, "owners are skewed")
	require.Less(t, iidTV, 0.35, "the IID baseline is not")
	require.Greater(t, tv, iidTV+0.25)
	require.Less(t, k, 4.5, "an owner holds a few classes")
	require.Greater(t, iidK, 8.0)

	// Over all owners the classes are still balanced: no class is rare.
	all, err := concat(parts)
	require.NoError(t, err)
	counts := make([]int, SyntheticClasses)
	for _, y := range all.Y {
		counts[y]++
	}
	for c, n := range counts {
		require.InDelta(t, 0.1, float64(n)/float64(all.Len()), 0.04, "class %d", c)
	}
}

func BenchmarkSyntheticOwner(b *testing.B) {
	s := newSynthetic(b, SyntheticConfig{Seed: 1})
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for range s.Records(i) {
		}
	}
}
