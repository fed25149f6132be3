package train

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSecretNoise: under DP the sampling and noise come from the
// participants' secret seeds, not from anything public.
func TestSecretNoise(t *testing.T) {
	ctx := context.Background()
	tr, _ := digits(t)
	parts := users(tr.subset(seq(200)), tr.subset(seq(400)[200:]))
	spec := shorter(dpSpec)
	seeds := []NoiseSeed{{1}, {2}}
	run := func(spec Spec, noise []NoiseSeed) [32]byte {
		t.Helper()
		res, err := Train(ctx, spec, parts, Options{Noise: noise})
		require.NoError(t, err)
		return res.Model.Params.Hash()
	}
	want := run(spec, seeds)

	t.Run("same records, spec and seeds: the same model", func(t *testing.T) {
		require.Equal(t, want, run(spec, seeds))
	})
	t.Run("every participant's noise comes from its own seed", func(t *testing.T) {
		require.NotEqual(t, want, run(spec, []NoiseSeed{{1}, {3}}))
		require.NotEqual(t, want, run(spec, []NoiseSeed{{2}, {1}}))
	})
	t.Run("without seeds the noise is fresh", func(t *testing.T) {
		a, b := run(spec, nil), run(spec, nil)
		require.NotEqual(t, a, b)
		require.NotEqual(t, want, a)
	})
	t.Run("without DP the seeds are not used", func(t *testing.T) {
		plain := spec
		plain.DP = nil
		require.Equal(t, run(plain, nil), run(plain, seeds))
	})
	t.Run("one seed per participant", func(t *testing.T) {
		_, err := Train(ctx, spec, parts, Options{Noise: seeds[:1]})
		require.ErrorIs(t, err, ErrNoise)
		p, err := NewParticipant(spec, parts[0])
		require.NoError(t, err)
		_, err = p.Run(ctx, NewHub(1), Options{Noise: seeds})
		require.ErrorIs(t, err, ErrNoise)
	})
}

// TestNoiseStreamBindsInputs: a seed gives the same stream for the same
// records, round and starting parameters, and an unrelated one as soon as
// any of them differs, so that noise shared between two runs on different
// inputs cannot cancel in the difference of their models.
func TestNoiseStreamBindsInputs(t *testing.T) {
	seed := NoiseSeed{7}
	fp, start := [32]byte{1}, [32]byte{2}
	first := func(s NoiseSeed, fp [32]byte, round int, start [32]byte) [4]uint64 {
		r, err := s.stream(fp, round, start)
		require.NoError(t, err)
		return [4]uint64{r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()}
	}
	want := first(seed, fp, 1, start)
	require.Equal(t, want, first(seed, fp, 1, start))
	for name, got := range map[string][4]uint64{
		"another seed":              first(NoiseSeed{8}, fp, 1, start),
		"other records":             first(seed, [32]byte{3}, 1, start),
		"another round":             first(seed, fp, 2, start),
		"other starting parameters": first(seed, fp, 1, [32]byte{4}),
	} {
		require.NotEqual(t, want, got, name)
	}
}
