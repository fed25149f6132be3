package train

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// UserPrivacy returns the noise multiplier σ and the user-level ε of a
// DP-FedAvg task of rounds rounds under d (d.Unit must be UnitUser): each
// round is one sampled Gaussian mechanism on the sum of clipped owner
// deltas, whose sensitivity to adding or removing one owner is d.Clip, at
// sampling rate q = d.SampleRate with noise N(0, σ²Clip²), so the
// accountant is the record-level one with owners in place of records and
// rounds in place of steps (McMahan et al. 2018, "Learning Differentially
// Private Recurrent Language Models", §3). With d.Epsilon, σ is the
// smallest that reaches it (CalibrateSigma).
//
// With adaptive clipping (d.ClipQuantile > 0) each round also releases the
// count of sampled owners within the clip norm, each owner counting
// 1[‖Δᵤ‖ ≤ C] − ½ (sensitivity ½), with noise N(0, σ_b²), σ_b =
// d.ClipCountSigma. The two releases together are one Gaussian mechanism
// on the same sampled owners whose noise multiplier z satisfies
// z⁻² = σ⁻² + (2σ_b)⁻² (Andrew et al. 2021, Theorem 1): whitening each
// part by its noise, one owner moves the pair by √(1/σ² + 1/(2σ_b)²).
// UserPrivacy then returns the model's noise multiplier
// σ = (z⁻² − (2σ_b)⁻²)^(−½), larger than the z a target ε calibrates, and
// the ε of the sampled Gaussian at z, which covers both releases; with
// d.Sigma, σ is the model's noise and ε follows from the z it makes with
// σ_b.
func UserPrivacy(d *DP, rounds int) (sigma, eps float64, err error) {
	sigma, _, eps, err = userPrivacy(d, rounds)
	return sigma, eps, err
}

// userPrivacy is UserPrivacy, also returning the noise multiplier z the
// accountant charges (σ itself without adaptive clipping).
func userPrivacy(d *DP, rounds int) (sigma, z, eps float64, err error) {
	if !d.user() {
		return 0, 0, 0, fmt.Errorf("%w: privacy unit is not %q", ErrDPParams, UnitUser)
	}
	sigma, z = d.Sigma, d.Sigma
	switch {
	case sigma == 0:
		if z, err = CalibrateSigma(d.SampleRate, rounds, d.Delta, d.Epsilon); err != nil {
			return 0, 0, 0, fmt.Errorf("calibrating user-level noise: %w", err)
		}
		sigma = z
		if d.adaptive() {
			if sigma, err = modelSigma(z, d.ClipCountSigma); err != nil {
				return 0, 0, 0, fmt.Errorf("calibrating user-level noise for ε = %v: %w", d.Epsilon, err)
			}
		}
	case d.adaptive():
		z = jointSigma(sigma, d.ClipCountSigma)
	}
	if eps, _, err = Epsilon(d.SampleRate, z, rounds, d.Delta); err != nil {
		return 0, 0, 0, fmt.Errorf("accounting user-level privacy: %w", err)
	}
	return sigma, z, eps, nil
}

// modelSigma returns the noise multiplier σ of the model's release that,
// with noise σ_b = countSigma on the clipped-owner count (sensitivity ½),
// makes a Gaussian mechanism of noise multiplier z:
// σ = (z⁻² − (2σ_b)⁻²)^(−½). It needs 2σ_b > z: the count's noise alone
// must spend less than the whole.
func modelSigma(z, countSigma float64) (float64, error) {
	r := 1/(z*z) - 1/(4*countSigma*countSigma)
	if !(r > 0) {
		return 0, fmt.Errorf("%w: clipped-count noise σ_b = %v spends the whole budget of noise multiplier %v by itself: want σ_b > %v",
			ErrDPParams, countSigma, z, z/2)
	}
	return 1 / math.Sqrt(r), nil
}

// jointSigma returns the noise multiplier z of the Gaussian mechanism made
// of the model's release at noise multiplier sigma and the clipped-owner
// count at noise countSigma: z = (σ⁻² + (2σ_b)⁻²)^(−½).
func jointSigma(sigma, countSigma float64) float64 {
	return 1 / math.Sqrt(1/(sigma*sigma)+1/(4*countSigma*countSigma))
}

// userFed is one participant's side of DP-FedAvg (user-level DP).
//
// Each round, share draws the participant's owners into the round (each
// independently with probability q, from the secret noise stream), trains
// each sampled owner's copy of the global model θ on that owner's records
// alone (plain local SGD), clips the owner's delta Δᵤ = θᵤ − θ to norm C
// and sums the clipped deltas; it then adds noise N(0, σ²C²/k) per
// coordinate, k being the number of participants, so that the sum of the
// k shares carries N(0, σ²C²) exactly once. step adds up every
// participant's share and applies the fixed-denominator estimator
//
//	Δ̄ = (Σ_{u sampled} clip(Δᵤ, C) + N(0, σ²C²·I)) / (q·N),
//
// N being the owners over all participants: an unbiased estimate of the
// mean clipped delta over all N owners, each weighted equally whatever
// their record count (McMahan et al. 2018, estimator f̃_f). Dividing by
// the public q·N rather than by the number actually sampled keeps the
// sensitivity of the whole update to one owner at C/(qN). The global model
// then moves by server momentum: v ← μ_s·v + Δ̄, θ ← θ + η_s·v.
//
// With adaptive clipping (Andrew et al. 2021, Algorithm 1) a share also
// holds the participant's part of the round's noisy count of sampled
// owners within C, Σ (1[‖Δᵤ‖ ≤ C] − ½) + N(0, σ_b²/k), and step moves C
// by b̄ = (Σ counts)/(q·N) + ½, the estimated fraction of owners within C:
// C ← C·exp(−η_C·(b̄ − γ)). C grows when fewer than the fraction γ fit and
// shrinks when more do; every participant computes the same C, bit for
// bit, from the same shares.
type userFed struct {
	spec  Spec
	p     *Participant
	k     int
	l     *local // trains one owner at a time
	delta Params
	v     Params  // server momentum, identical at every participant
	clip  float64 // the clip norm C of the coming round, identical at every participant
	count float64 // adaptive clipping: the last round's noisy count over the federation
}

func newUserFed(s Spec, p *Participant, tr Transport, n int) (*userFed, error) {
	sz, ok := tr.(Sized)
	if !ok || sz.Participants() < 1 {
		return nil, fmt.Errorf("%w: user-level DP needs a transport that knows its number of participants (Sized)", ErrUpdate)
	}
	return &userFed{spec: s, p: p, k: sz.Participants(), l: newLocal(s, nil, 0), delta: make(Params, n), v: make(Params, n), clip: s.DP.Clip}, nil
}

// share writes into out this participant's noisy sum of clipped owner
// deltas for a round starting at global. With adaptive clipping it
// returns the participant's noisy count of owners within the clip norm,
// and nil without.
func (f *userFed) share(out, global Params, rng *rand.Rand) (*float64, error) {
	d := f.spec.DP
	clear(out)
	var count float64 // Σ over sampled owners of 1[‖Δᵤ‖ ≤ C] − ½
	for _, o := range f.p.owners {
		if d.SampleRate < 1 && rng.Float64() >= d.SampleRate {
			continue
		}
		recs, err := o.records(f.spec) // read from the store unless in memory
		if err != nil {
			return nil, err
		}
		copy(f.delta, global)
		f.l.reset(recs)
		f.l.round(f.delta, rng)
		var sq float64
		for i, g := range global {
			f.delta[i] -= g
			sq += f.delta[i] * f.delta[i]
		}
		s := 1.0
		if n := math.Sqrt(sq); n > f.clip {
			s = f.clip / n
			count -= 0.5
		} else {
			count += 0.5
		}
		for i, v := range f.delta {
			out[i] += s * v
		}
	}
	std := f.p.sigma * f.clip / math.Sqrt(float64(f.k))
	for i := range out {
		out[i] += std * rng.NormFloat64()
	}
	f.l.reset(nil) // let the last owner's records go
	if !d.adaptive() {
		return nil, nil
	}
	count += d.ClipCountSigma / math.Sqrt(float64(f.k)) * rng.NormFloat64()
	return &count, nil
}

// step moves params (the global model, in place) by the round's shares
// and, with adaptive clipping, the clip norm by their counts. The shares
// are summed in the order of their hashes, so every participant computes
// bit-identical parameters and clip norm.
func (f *userFed) step(params Params, updates []Update) error {
	if len(updates) != f.k {
		return fmt.Errorf("%w: %d shares for %d participants", ErrUpdate, len(updates), f.k)
	}
	d := f.spec.DP
	us := make([]*Update, len(updates))
	keys := make(map[*Update][32]byte, len(updates))
	owners := 0
	for i := range updates {
		u := &updates[i]
		if u.Round != updates[0].Round || len(u.Params) != len(params) || u.Owners < 1 || !finite(u.Params) {
			return fmt.Errorf("summing round %d: %w: update %d has round %d, %d owners, %d parameters (want %d)",
				updates[0].Round, ErrUpdate, i, u.Round, u.Owners, len(u.Params), len(params))
		}
		if !countOK(u.Unclipped, d.adaptive()) {
			return fmt.Errorf("summing round %d: %w: update %d has %s (adaptive clipping %t)",
				updates[0].Round, ErrUpdate, i, describeCount(u.Unclipped), d.adaptive())
		}
		us[i], keys[u] = u, u.Params.Hash()
		owners += u.Owners
	}
	slices.SortFunc(us, func(a, b *Update) int {
		ka, kb := keys[a], keys[b]
		if c := bytes.Compare(ka[:], kb[:]); c != 0 {
			return c
		}
		if c := a.Owners - b.Owners; c != 0 || a.Unclipped == nil {
			return c
		}
		return cmp.Compare(math.Float64bits(*a.Unclipped), math.Float64bits(*b.Unclipped))
	})
	sum := make(Params, len(params))
	var count float64
	for _, u := range us {
		for i, v := range u.Params {
			sum[i] += v
		}
		if u.Unclipped != nil {
			count += *u.Unclipped
		}
	}
	denom := d.SampleRate * float64(owners)
	for i := range params {
		f.v[i] = d.ServerMomentum*f.v[i] + sum[i]/denom
		params[i] += d.ServerLR * f.v[i]
	}
	if !finite(params) {
		return fmt.Errorf("round %d: %w (server learning rate %v, local learning rate %v)", updates[0].Round, ErrDiverged, d.ServerLR, f.spec.LR)
	}
	if d.adaptive() {
		f.count = count
		return f.adapt(updates[0].Round, count, owners)
	}
	return nil
}

// adapt moves the clip norm by round's noisy count over the federation's
// owners: C ← C·exp(−η_C·(b̄ − γ)), b̄ = count/(q·owners) + ½. A spoke of a
// Star calls it with the hub's outcome, the hub from step, on the same
// float64 values, so both reach the same C.
func (f *userFed) adapt(round int, count float64, owners int) error {
	d := f.spec.DP
	b := count/(d.SampleRate*float64(owners)) + 0.5
	f.clip *= math.Exp(-d.clipLR() * (b - d.ClipQuantile))
	if !(f.clip > 0) || math.IsInf(f.clip, 0) {
		return fmt.Errorf("round %d: %w: the clip norm adapted to %v (clip learning rate %v)", round, ErrDiverged, f.clip, d.clipLR())
	}
	return nil
}

// adoptClip moves a spoke's clip norm by the round's outcome o, which
// carries the federation's noisy count with adaptive clipping.
func (f *userFed) adoptClip(o Update) error {
	d := f.spec.DP
	if !countOK(o.Unclipped, d.adaptive()) || o.Owners < 1 {
		return fmt.Errorf("exchanging round %d: %w: the hub's outcome has %d owners and %s (adaptive clipping %t)",
			o.Round, ErrUpdate, o.Owners, describeCount(o.Unclipped), d.adaptive())
	}
	if !d.adaptive() {
		return nil
	}
	return f.adapt(o.Round, *o.Unclipped, o.Owners)
}

// countOK reports whether an update's clipped-owner count c is as a round
// with (adaptive) or without adaptive clipping needs: present and finite,
// or absent.
func countOK(c *float64, adaptive bool) bool {
	if c == nil {
		return !adaptive
	}
	return adaptive && !math.IsNaN(*c) && !math.IsInf(*c, 0)
}

func describeCount(c *float64) string {
	if c == nil {
		return "no clipped-owner count"
	}
	return fmt.Sprintf("clipped-owner count %v", *c)
}
