package train

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// adaptiveSpec is userSpec with adaptive clipping at quantile gamma.
func adaptiveSpec(rounds int, q, sigma, gamma, countSigma float64) Spec {
	s := userSpec(rounds, q, sigma)
	s.DP.ClipQuantile, s.DP.ClipCountSigma = gamma, countSigma
	return s
}

// TestAdaptiveClipJointSigma checks z⁻² = σ⁻² + (2σ_b)⁻² against the
// definition: the Rényi divergence of the sampled two-part mechanism
// (model sum with sensitivity C and noise σC, count with sensitivity ½ and
// noise σ_b), integrated numerically in two dimensions, equals that of the
// one-dimensional sampled Gaussian at z, for q = 1 (closed form) and q < 1.
func TestAdaptiveClipJointSigma(t *testing.T) {
	for _, tc := range []struct{ sigma, countSigma, q float64 }{
		{1.2, 0.8, 1}, {2.5, 5, 0.3}, {0.9, 0.6, 0.05},
	} {
		z := jointSigma(tc.sigma, tc.countSigma)
		require.Less(t, z, min(tc.sigma, 2*tc.countSigma), "two releases cost more than either")
		back, err := modelSigma(z, tc.countSigma)
		require.NoError(t, err)
		require.InEpsilon(t, tc.sigma, back, 1e-12, "modelSigma inverts jointSigma")
		// Per unit noise, one owner shifts the model part by C/(σC) and the
		// count by ½/σ_b.
		mu := [2]float64{1 / tc.sigma, 0.5 / tc.countSigma}
		for _, alpha := range []int{2, 3, 5} {
			want := rdp(tc.q, z, alpha)
			got := math.Log(mixtureMoment(tc.q, mu, alpha)) / float64(alpha-1)
			require.InEpsilon(t, want, got, 1e-6, "σ %v, σ_b %v, q %v, α %d", tc.sigma, tc.countSigma, tc.q, alpha)
		}
	}
	_, err := modelSigma(2, 1)
	require.ErrorIs(t, err, ErrDPParams, "σ_b = z/2: the count alone spends the budget")
}

// mixtureMoment returns E_{x∼N(0,I₂)}[((1−q) + q·p_μ(x)/p_0(x))^α] by a
// grid over [−12, 12]², p_μ the standard normal density shifted by mu.
func mixtureMoment(q float64, mu [2]float64, alpha int) float64 {
	const lim, h = 12.0, 0.05
	n := int(2 * lim / h)
	phi := make([]float64, n+1)
	for i := range phi {
		x := -lim + float64(i)*h
		phi[i] = math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) * h
	}
	var sum float64
	for i := range phi {
		x := -lim + float64(i)*h
		for j := range phi {
			y := -lim + float64(j)*h
			ratio := math.Exp(mu[0]*x + mu[1]*y - (mu[0]*mu[0]+mu[1]*mu[1])/2)
			sum += phi[i] * phi[j] * math.Pow(1-q+q*ratio, float64(alpha))
		}
	}
	return sum
}

// TestAdaptiveClipAccountant: with adaptive clipping the ε reported is
// the sampled Gaussian's at the calibrated z, and the model's noise
// multiplier is raised to (z⁻² − (2σ_b)⁻²)^(−½); with a fixed σ the count
// costs ε on top.
func TestAdaptiveClipAccountant(t *testing.T) {
	const q, rounds, delta, target, countSigma = 0.1, 20, 1e-5, 4.0, 2.0
	s := adaptiveSpec(rounds, q, 0, 0.5, countSigma)
	s.DP.Epsilon = target
	sigma, eps, err := s.Privacy(1)
	require.NoError(t, err)
	z, err := CalibrateSigma(q, rounds, delta, target)
	require.NoError(t, err)
	want, _, err := Epsilon(q, z, rounds, delta)
	require.NoError(t, err)
	require.Equal(t, want, eps)
	require.LessOrEqual(t, eps, target)
	require.Equal(t, math.Pow(math.Pow(z, -2)-math.Pow(2*countSigma, -2), -0.5), sigma)
	require.Greater(t, sigma, z, "the model's noise is raised to pay for the count")

	fixed := adaptiveSpec(rounds, q, 1.5, 0.5, countSigma)
	_, eps, err = fixed.Privacy(1)
	require.NoError(t, err)
	want, _, err = Epsilon(q, math.Pow(math.Pow(1.5, -2)+math.Pow(2*countSigma, -2), -0.5), rounds, delta)
	require.NoError(t, err)
	require.Equal(t, want, eps)
	_, plain, err := userSpec(rounds, q, 1.5).Privacy(1)
	require.NoError(t, err)
	require.Greater(t, eps, plain, "releasing the count costs privacy")

	tooLittle := adaptiveSpec(rounds, q, 0, 0.5, z/2)
	tooLittle.DP.Epsilon = target
	_, _, err = tooLittle.Privacy(1)
	require.ErrorIs(t, err, ErrDPParams)
}

// deltaNorms returns the norm of each owner's local delta from the spec's
// initial parameters.
func deltaNorms(t *testing.T, s Spec, sl []Slice) []float64 {
	p, err := NewParticipant(s, sl)
	require.NoError(t, err)
	start, err := s.Untrained()
	require.NoError(t, err)
	l := newLocal(s, p.owners[0].mem, 0)
	norms := make([]float64, len(p.owners))
	rng := rand.New(rand.NewPCG(1, 2))
	for i, o := range p.owners {
		d := slices.Clone(start.Params)
		l.reset(o.mem)
		l.round(d, rng)
		var sq float64
		for j, v := range d {
			sq += (v - start.Params[j]) * (v - start.Params[j])
		}
		norms[i] = math.Sqrt(sq)
	}
	return norms
}

// TestAdaptiveClipFindsTheMedian: with γ = ½ and a global model that stays
// put (server step 1e-12, so every round's deltas have the norms measured
// up front), a clip norm started 30× too small or 30× too large moves to
// the median delta norm over two participants' owners.
func TestAdaptiveClipFindsTheMedian(t *testing.T) {
	tr, _ := digits(t)
	var all []Slice
	for i := range 40 { // 1 to 40 records each: delta norms that differ
		all = append(all, Slice{User: string(rune('A' + i)), Data: tr.subset(span(30*i, 1+i))})
	}
	s := adaptiveSpec(30, 1, 1e-9, 0.5, 0.5)
	s.Batch, s.DP.ServerLR, s.DP.ClipLR = 32, 1e-12, 0.5
	norms := deltaNorms(t, s, all)
	sorted := slices.Sorted(slices.Values(norms))
	median := (sorted[19] + sorted[20]) / 2
	t.Logf("delta norms from %.4g to %.4g, median %.4g", sorted[0], sorted[39], median)
	require.Greater(t, sorted[35]/sorted[4], 1.5, "the owners' delta norms should spread (else the test proves little)")
	for _, start := range []float64{median / 30, median * 30} {
		s.DP.Clip = start
		res, err := Train(context.Background(), s, [][]Slice{all[:15], all[15:]}, Options{Noise: []NoiseSeed{{1}, {2}}})
		require.NoError(t, err)
		require.Equal(t, start, res.Rounds[0].Clip)
		c := res.Rounds[len(res.Rounds)-1].Clip
		within := 0
		for _, n := range norms {
			if n <= c {
				within++
			}
		}
		t.Logf("start %.4g: clip %.4g after %d rounds, median %.4g, %d of %d owners within", start, c, len(res.Rounds), median, within, len(norms))
		require.InDelta(t, 1, c/median, 0.25, "start %v", start)
		require.InDelta(t, 20, within, 6)
	}
}

// TestAdaptiveClipStep: the clip norm moves by C·exp(−η_C(b̄ − γ)),
// b̄ = (Σ counts)/(qN) + ½, and two participants stepping on the same
// shares in different orders reach bit-identical parameters and clip norm.
func TestAdaptiveClipStep(t *testing.T) {
	tr, _ := digits(t)
	all := owners(tr, 20, 10)
	s := adaptiveSpec(1, 0.5, 1, 0.7, 1)
	feds := make([]*userFed, 2)
	shares := make([]Update, 2)
	start, err := s.Untrained()
	require.NoError(t, err)
	for i := range feds {
		p, err := NewParticipant(s, all[10*i:10*i+10])
		require.NoError(t, err)
		feds[i], err = newUserFed(s, p, NewHub(2), len(start.Params))
		require.NoError(t, err)
		out := make(Params, len(start.Params))
		count, err := feds[i].share(out, start.Params, rand.New(rand.NewPCG(uint64(i), 7)))
		require.NoError(t, err)
		require.NotNil(t, count)
		shares[i] = Update{Round: 1, Records: 100, Owners: 10, Params: out, Unclipped: count}
	}
	a, b := slices.Clone(start.Params), slices.Clone(start.Params)
	require.NoError(t, feds[0].step(a, shares))
	require.NoError(t, feds[1].step(b, []Update{shares[1], shares[0]}))
	require.Equal(t, a.Hash(), b.Hash())
	require.Equal(t, math.Float64bits(feds[0].clip), math.Float64bits(feds[1].clip))
	bbar := (*shares[0].Unclipped+*shares[1].Unclipped)/(0.5*20) + 0.5
	require.InEpsilon(t, s.DP.Clip*math.Exp(-DefaultClipLR*(bbar-0.7)), feds[0].clip, 1e-12)
}

// TestAdaptiveClipRefusesBadCounts: a share whose count is missing, NaN or
// infinite (which would turn the clip norm, and with it the noise, into
// NaN, 0 or ∞), or a count in a round without adaptive clipping, is
// refused; so is such a count on the wire and in a hub's outcome.
func TestAdaptiveClipRefusesBadCounts(t *testing.T) {
	tr, _ := digits(t)
	s := adaptiveSpec(1, 1, 1, 0.5, 1)
	p, err := NewParticipant(s, owners(tr, 4, 5))
	require.NoError(t, err)
	start, err := s.Untrained()
	require.NoError(t, err)
	f, err := newUserFed(s, p, NewHub(2), len(start.Params))
	require.NoError(t, err)
	good, nan, inf := 1.5, math.NaN(), math.Inf(-1)
	share := func(c *float64) Update {
		return Update{Round: 1, Records: 20, Owners: 4, Params: slices.Clone(start.Params), Unclipped: c}
	}
	for name, c := range map[string]*float64{"missing": nil, "NaN": &nan, "-Inf": &inf} {
		err := f.step(slices.Clone(start.Params), []Update{share(&good), share(c)})
		require.ErrorIs(t, err, ErrUpdate, name)
		require.Equal(t, s.DP.Clip, f.clip, "%s: a refused round leaves the clip norm alone", name)
		require.ErrorIs(t, f.adoptClip(share(c)), ErrUpdate, "%s: a spoke refuses the hub's outcome", name)
	}
	_, err = share(&nan).MarshalBinary()
	require.ErrorIs(t, err, ErrUpdate)
	b, err := share(&good).MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, updateMagicAdaptive, string(b[:4]))
	var back Update
	require.NoError(t, back.UnmarshalBinary(b))
	require.Equal(t, share(&good), back)
	copy(b[36:], []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f}) // the count's bits: NaN
	require.ErrorIs(t, back.UnmarshalBinary(b), ErrUpdate)

	plain := userSpec(1, 1, 1)
	pp, err := NewParticipant(plain, owners(tr, 4, 5))
	require.NoError(t, err)
	g, err := newUserFed(plain, pp, NewHub(1), len(start.Params))
	require.NoError(t, err)
	require.ErrorIs(t, g.step(slices.Clone(start.Params), []Update{share(&good)}), ErrUpdate, "a count without adaptive clipping")
}

// TestAdaptiveClipSpec: the adaptive clipping fields are validated, and
// encoded (so hashed) only when on.
func TestAdaptiveClipSpec(t *testing.T) {
	s := adaptiveSpec(3, 0.25, 1.5, 0.5, 2)
	require.NoError(t, s.Validate())
	b, err := s.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, specMagicAdaptive, string(b[:4]))
	var back Spec
	require.NoError(t, back.UnmarshalBinary(b))
	require.Equal(t, s, back)
	require.NotEqual(t, userSpec(3, 0.25, 1.5).Hash(), s.Hash())
	other := adaptiveSpec(3, 0.25, 1.5, 0.6, 2)
	require.NotEqual(t, other.Hash(), s.Hash(), "the quantile is part of the measurement")
	plain, err := userSpec(3, 0.25, 1.5).MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, specMagicUser, string(plain[:4]), "without adaptive clipping the encoding is unchanged")

	// An "MTS3" encoding with quantile 0 would be a second encoding of an
	// "MTS2" spec.
	zero := slices.Clone(b)
	i := len(zero) - 1 - 3*8 // the quantile, before clip LR, count noise and the standardizer flag
	clear(zero[i : i+8])
	require.ErrorIs(t, back.UnmarshalBinary(zero), ErrSpec)

	for name, mod := range map[string]func(*DP){
		"quantile < 0":            func(d *DP) { d.ClipQuantile = -0.1 },
		"quantile 1":              func(d *DP) { d.ClipQuantile = 1 },
		"quantile > 1":            func(d *DP) { d.ClipQuantile = 1.5 },
		"quantile NaN":            func(d *DP) { d.ClipQuantile = math.NaN() },
		"clip lr < 0":             func(d *DP) { d.ClipLR = -0.2 },
		"clip lr Inf":             func(d *DP) { d.ClipLR = math.Inf(1) },
		"no count noise":          func(d *DP) { d.ClipCountSigma = 0 },
		"count noise NaN":         func(d *DP) { d.ClipCountSigma = math.NaN() },
		"count noise without γ":   func(d *DP) { d.ClipQuantile = 0; d.ClipLR = 0 },
		"clip lr without γ":       func(d *DP) { d.ClipQuantile, d.ClipCountSigma, d.ClipLR = 0, 0, 0.2 },
		"record level":            func(d *DP) { d.Unit, d.SampleRate, d.ServerLR = UnitRecord, 0, 0 },
		"record level, unit \"\"": func(d *DP) { d.Unit, d.SampleRate, d.ServerLR = "", 0, 0 },
	} {
		bad := s
		dp := *s.DP
		mod(&dp)
		bad.DP = &dp
		require.ErrorIs(t, bad.Validate(), ErrDPParams, name)
	}
}
