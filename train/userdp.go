package train

import (
	"bytes"
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
func UserPrivacy(d *DP, rounds int) (sigma, eps float64, err error) {
	if !d.user() {
		return 0, 0, fmt.Errorf("%w: privacy unit is not %q", ErrDPParams, UnitUser)
	}
	sigma = d.Sigma
	if sigma == 0 {
		if sigma, err = CalibrateSigma(d.SampleRate, rounds, d.Delta, d.Epsilon); err != nil {
			return 0, 0, fmt.Errorf("calibrating user-level noise: %w", err)
		}
	}
	if eps, _, err = Epsilon(d.SampleRate, sigma, rounds, d.Delta); err != nil {
		return 0, 0, fmt.Errorf("accounting user-level privacy: %w", err)
	}
	return sigma, eps, nil
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
type userFed struct {
	spec  Spec
	p     *Participant
	k     int
	l     *local // trains one owner at a time
	delta Params
	v     Params // server momentum, identical at every participant
}

func newUserFed(s Spec, p *Participant, tr Transport, n int) (*userFed, error) {
	sz, ok := tr.(Sized)
	if !ok || sz.Participants() < 1 {
		return nil, fmt.Errorf("%w: user-level DP needs a transport that knows its number of participants (Sized)", ErrUpdate)
	}
	return &userFed{spec: s, p: p, k: sz.Participants(), l: newLocal(s, p.owners[0], 0), delta: make(Params, n), v: make(Params, n)}, nil
}

// share writes into out this participant's noisy sum of clipped owner
// deltas for a round starting at global.
func (f *userFed) share(out, global Params, rng *rand.Rand) {
	d := f.spec.DP
	clear(out)
	for _, o := range f.p.owners {
		if d.SampleRate < 1 && rng.Float64() >= d.SampleRate {
			continue
		}
		copy(f.delta, global)
		f.l.reset(o)
		f.l.round(f.delta, rng)
		var sq float64
		for i, g := range global {
			f.delta[i] -= g
			sq += f.delta[i] * f.delta[i]
		}
		s := 1.0
		if n := math.Sqrt(sq); n > d.Clip {
			s = d.Clip / n
		}
		for i, v := range f.delta {
			out[i] += s * v
		}
	}
	std := f.p.sigma * d.Clip / math.Sqrt(float64(f.k))
	for i := range out {
		out[i] += std * rng.NormFloat64()
	}
}

// step moves params (the global model, in place) by the round's shares.
// The shares are summed in the order of their hashes, so every participant
// computes bit-identical parameters.
func (f *userFed) step(params Params, updates []Update) error {
	if len(updates) != f.k {
		return fmt.Errorf("%w: %d shares for %d participants", ErrUpdate, len(updates), f.k)
	}
	us := make([]*Update, len(updates))
	keys := make(map[*Update][32]byte, len(updates))
	owners := 0
	for i := range updates {
		u := &updates[i]
		if u.Round != updates[0].Round || len(u.Params) != len(params) || u.Owners < 1 || !finite(u.Params) {
			return fmt.Errorf("summing round %d: %w: update %d has round %d, %d owners, %d parameters (want %d)",
				updates[0].Round, ErrUpdate, i, u.Round, u.Owners, len(u.Params), len(params))
		}
		us[i], keys[u] = u, u.Params.Hash()
		owners += u.Owners
	}
	slices.SortFunc(us, func(a, b *Update) int {
		ka, kb := keys[a], keys[b]
		if c := bytes.Compare(ka[:], kb[:]); c != 0 {
			return c
		}
		return a.Owners - b.Owners
	})
	sum := make(Params, len(params))
	for _, u := range us {
		for i, v := range u.Params {
			sum[i] += v
		}
	}
	d := f.spec.DP
	denom := d.SampleRate * float64(owners)
	for i := range params {
		f.v[i] = d.ServerMomentum*f.v[i] + sum[i]/denom
		params[i] += d.ServerLR * f.v[i]
	}
	if !finite(params) {
		return fmt.Errorf("round %d: %w (server learning rate %v, local learning rate %v)", updates[0].Round, ErrDiverged, d.ServerLR, f.spec.LR)
	}
	return nil
}
