package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// userSpec is a user-level DP-FedAvg spec for the standardized digits.
func userSpec(rounds int, q, sigma float64) Spec {
	return Spec{Model: Softmax, Features: 64, Classes: 10, Rounds: rounds, Epochs: 5, Batch: 8, LR: 1, Momentum: 0.5, Seed: 1,
		DP: &DP{Unit: UnitUser, Clip: 3, Delta: 1e-5, Sigma: sigma, SampleRate: q, ServerLR: 1}}
}

// owners returns n owners of k records each, cut from d in order.
func owners(d *Dataset, n, k int) []Slice {
	out := make([]Slice, n)
	for i := range out {
		out[i] = Slice{User: fmt.Sprintf("owner-%03d", i), Data: d.subset(span(i*k, k))}
	}
	return out
}

// TestUserClipPerOwner shows that the clipping is per data owner: an owner
// holding 100× the records of the others moves the aggregate by no more
// than the clip bound C allows any owner, (swapping them for a light owner
// moves the model by at most 2C/(qN)), while without clipping the same
// owner moves it far more.
func TestUserClipPerOwner(t *testing.T) {
	tr, _ := digits(t)
	const n, k, clip = 10, 5, 0.1
	light := owners(tr, n, k)
	heavy := Slice{User: light[0].User, Data: tr.subset(span(n*k, 100*k))}
	withHeavy := append([]Slice{heavy}, light[1:]...)
	noise := []NoiseSeed{{1}}
	moved := func(c float64) float64 {
		s := userSpec(1, 1, 1e-12) // q = 1, negligible noise: the model moves by the mean clipped delta
		s.DP.Clip = c
		a, err := Train(context.Background(), s, [][]Slice{light}, Options{Noise: noise})
		require.NoError(t, err)
		b, err := Train(context.Background(), s, [][]Slice{withHeavy}, Options{Noise: noise})
		require.NoError(t, err)
		require.Equal(t, n, b.Owners)
		var sq float64
		for i := range a.Model.Params {
			d := a.Model.Params[i] - b.Model.Params[i]
			sq += d * d
		}
		return math.Sqrt(sq)
	}
	clipped := moved(clip)
	require.LessOrEqual(t, clipped, 2*clip/n*(1+1e-9), "one owner moved the aggregate beyond 2C/(qN)")
	require.Greater(t, moved(1e6), 2*2*clip/n, "without a binding clip the heavy owner should move the model further (else the test proves nothing)")
}

func TestUserPrivacyIsTheAccountantOverRounds(t *testing.T) {
	s := userSpec(5, 0.1, 0)
	s.DP.Epsilon = 4
	sigma, eps, err := s.Privacy(1) // the record count plays no part at user level
	require.NoError(t, err)
	want, _, err := Epsilon(0.1, sigma, 5, 1e-5)
	require.NoError(t, err)
	require.Equal(t, want, eps)
	require.LessOrEqual(t, eps, 4.0)
	_, eps2, err := s.Privacy(1_000_000)
	require.NoError(t, err)
	require.Equal(t, eps, eps2)
}

func TestUserSpecEncoding(t *testing.T) {
	s := userSpec(3, 0.25, 1.5)
	s.DP.ServerMomentum = 0.5
	b, err := s.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, specMagicUser, string(b[:4]))
	var back Spec
	require.NoError(t, back.UnmarshalBinary(b))
	require.Equal(t, s, back)
	r := s
	r.DP = &DP{Unit: UnitRecord, Clip: 1, Delta: 1e-5, Sigma: 1.5}
	rr := r
	rr.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1.5}
	require.Equal(t, rr.Hash(), r.Hash(), `unit "record" and "" are the same record-level spec`)
	require.NotEqual(t, s.Hash(), r.Hash())
	for name, mod := range map[string]func(*DP){
		"unit":            func(d *DP) { d.Unit = "group" },
		"rate 0":          func(d *DP) { d.SampleRate = 0 },
		"rate > 1":        func(d *DP) { d.SampleRate = 1.5 },
		"server lr":       func(d *DP) { d.ServerLR = 0 },
		"server momentum": func(d *DP) { d.ServerMomentum = 1 },
		"record with q":   func(d *DP) { d.Unit = UnitRecord },
	} {
		bad := s
		dp := *s.DP
		mod(&dp)
		bad.DP = &dp
		require.ErrorIs(t, bad.Validate(), ErrDPParams, name)
	}
}

func TestUserUpdateEncoding(t *testing.T) {
	u := Update{Round: 2, Records: 40, Owners: 7, Epsilon: 1.5, Params: Params{1, -2, 3}}
	b, err := u.MarshalBinary()
	require.NoError(t, err)
	var back Update
	require.NoError(t, back.UnmarshalBinary(b))
	require.Equal(t, u, back)
	_, err = Average([]Update{u})
	require.ErrorIs(t, err, ErrUpdate, "a user-level share is not a model to average")
}

// TestUserFederationSplitsNoise: the same owners trained by one
// participant or split over three reach models of the same quality, and a
// run repeats bit for bit with the same noise seeds.
func TestUserFederationDeterministic(t *testing.T) {
	tr, te := digits(t)
	all := owners(tr, 60, 20)
	s := userSpec(3, 1, 0.5)
	seeds := []NoiseSeed{{1}, {2}, {3}}
	fed := [][]Slice{all[:20], all[20:40], all[40:]}
	a, err := Train(context.Background(), s, fed, Options{Eval: te, Noise: seeds})
	require.NoError(t, err)
	b, err := Train(context.Background(), s, [][]Slice{fed[2], fed[0], fed[1]}, Options{Eval: te, Noise: []NoiseSeed{seeds[2], seeds[0], seeds[1]}})
	require.NoError(t, err)
	require.Equal(t, a.Model.Params.Hash(), b.Model.Params.Hash())
	require.Equal(t, UnitUser, a.PrivacyUnit)
	require.Equal(t, 60, a.Owners)
	require.Greater(t, a.Rounds[2].TestAccuracy, 0.8)
}

// span returns the n indices from lo.
func span(lo, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = lo + i
	}
	return out
}

// TestUserNoiseOnceAcrossParticipants: with local training that moves
// nothing, a round's update is the noise alone, N(0, σ²C²)/(qN) per
// coordinate, whether one participant holds all owners or four share
// them (each adding σ²C²/4): the federation's sum carries the calibrated
// noise exactly once.
func TestUserNoiseOnceAcrossParticipants(t *testing.T) {
	tr, _ := digits(t)
	all := owners(tr, 8, 5)
	s := userSpec(1, 1, 1)
	s.LR, s.DP.Clip = 1e-12, 1 // deltas of about 1e-12: the update is the noise
	for _, fed := range [][][]Slice{{all}, {all[:2], all[2:4], all[4:6], all[6:]}} {
		seeds := make([]NoiseSeed, len(fed))
		for i := range seeds {
			seeds[i] = NoiseSeed{byte(i + 1), byte(len(fed))}
		}
		start, err := s.Untrained()
		require.NoError(t, err)
		res, err := Train(context.Background(), s, fed, Options{Noise: seeds})
		require.NoError(t, err)
		var sq float64
		for i, v := range res.Model.Params {
			d := v - start.Params[i]
			sq += d * d
		}
		std := math.Sqrt(sq / float64(len(start.Params)))
		want := s.DP.Sigma * s.DP.Clip / (s.DP.SampleRate * 8)
		require.InEpsilon(t, want, std, 0.15, "%d participants: update std %v, want σC/(qN) = %v", len(fed), std, want)
	}
}

// TestUserRecordsStream: at user level a participant can read each owner's
// records when the owner takes part in a round (Slice.Load) instead of
// holding all of them: the model is bit for bit the one trained on the
// same records in memory, each owner is read once to prepare and once per
// round it is sampled into, and records that change between reads, a
// count that is not the one announced and streaming at record level are
// refused.
func TestUserRecordsStream(t *testing.T) {
	tr, _ := digits(t)
	const n, k = 20, 6
	mem := owners(tr, n, k)
	var loads atomic.Int64
	lazy := make([]Slice, n)
	for i, s := range mem {
		lazy[i] = Slice{User: s.User, Records: k, Load: func() (*Dataset, error) {
			loads.Add(1)
			return s.Data.subset(span(0, k)), nil // a fresh copy each time, as a store read is
		}}
	}
	s := userSpec(3, 0.5, 1)
	noise := []NoiseSeed{{7}}
	want, err := Train(context.Background(), s, [][]Slice{mem}, Options{Noise: noise})
	require.NoError(t, err)
	got, err := Train(context.Background(), s, [][]Slice{lazy}, Options{Noise: noise})
	require.NoError(t, err)
	require.Equal(t, want.Model.Params.Hash(), got.Model.Params.Hash(), "streamed and in-memory records train the same model")
	require.Equal(t, want.Records, got.Records)
	sampled := loads.Load() - n // the first n reads prepared the participant
	require.Positive(t, sampled)
	require.Less(t, sampled, int64(3*n), "q = 0.5: about half the owners are read in each of 3 rounds")

	t.Run("records changed between reads", func(t *testing.T) {
		var calls atomic.Int64
		changing := slices.Clone(lazy)
		changing[0].Load = func() (*Dataset, error) {
			d := mem[0].Data.subset(span(0, k))
			if calls.Add(1) > 1 {
				d.Y[0] = (d.Y[0] + 1) % 10
			}
			return d, nil
		}
		one := userSpec(1, 1, 1) // q = 1: every owner is read in the round
		_, err := Train(context.Background(), one, [][]Slice{changing}, Options{Noise: noise})
		require.ErrorIs(t, err, ErrSpec)
		require.ErrorContains(t, err, "changed")
	})
	t.Run("count not the one announced", func(t *testing.T) {
		wrong := slices.Clone(lazy)
		wrong[3].Records = k + 1
		_, err := NewParticipant(s, wrong)
		require.ErrorIs(t, err, ErrSpec)
	})
	t.Run("a read fails", func(t *testing.T) {
		failing := slices.Clone(lazy)
		failing[2].Load = func() (*Dataset, error) { return nil, errors.New("store unavailable") }
		_, err := NewParticipant(s, failing)
		require.ErrorContains(t, err, "store unavailable")
	})
	t.Run("record level needs the records in memory", func(t *testing.T) {
		rec := s
		rec.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1}
		_, err := NewParticipant(rec, lazy)
		require.ErrorIs(t, err, ErrSpec)
	})
}
