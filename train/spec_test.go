package train

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func validSpec() Spec {
	return Spec{Model: MLP, Features: 64, Classes: 10, Hidden: 32, Rounds: 3, Epochs: 2, Batch: 64,
		LR: 0.1, Momentum: 0.9, Seed: 7, DP: &DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
}

func withStandardizer() Spec {
	s := validSpec()
	s.Features = 3
	s.Standardize = &Standardizer{Mean: []float64{1, -2, 0}, Scale: []float64{0.5, 1, 3}}
	return s
}

func TestSpecEncodingRoundTrip(t *testing.T) {
	for _, s := range []Spec{validSpec(), {Model: Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 1, LR: 1}, withStandardizer()} {
		b, err := s.MarshalBinary()
		require.NoError(t, err)
		if s.Standardize == nil {
			require.Len(t, b, specLen)
		} else {
			require.Len(t, b, specLen+16*s.Features)
		}
		var got Spec
		require.NoError(t, got.UnmarshalBinary(b))
		require.Equal(t, s, got)
		require.Equal(t, s.Hash(), got.Hash())
	}
}

func TestSpecHashCoversEveryField(t *testing.T) {
	base := validSpec()
	seen := map[[32]byte]string{base.Hash(): "base"}
	for name, mutate := range map[string]func(*Spec){
		"model":    func(s *Spec) { s.Model, s.Hidden = Softmax, 0 },
		"features": func(s *Spec) { s.Features++ },
		"classes":  func(s *Spec) { s.Classes++ },
		"hidden":   func(s *Spec) { s.Hidden++ },
		"rounds":   func(s *Spec) { s.Rounds++ },
		"epochs":   func(s *Spec) { s.Epochs++ },
		"batch":    func(s *Spec) { s.Batch++ },
		"lr":       func(s *Spec) { s.LR = math.Nextafter(s.LR, 1) },
		"momentum": func(s *Spec) { s.Momentum = 0.5 },
		"seed":     func(s *Spec) { s.Seed++ },
		"no dp":    func(s *Spec) { s.DP = nil },
		"clip":     func(s *Spec) { s.DP = &DP{Clip: 2, Delta: 1e-5, Epsilon: 4} },
		"delta":    func(s *Spec) { s.DP = &DP{Clip: 1, Delta: 1e-6, Epsilon: 4} },
		"epsilon":  func(s *Spec) { s.DP = &DP{Clip: 1, Delta: 1e-5, Epsilon: 3} },
		"sigma":    func(s *Spec) { s.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1} },
		"standardizer": func(s *Spec) {
			s.Standardize = &Standardizer{Mean: make([]float64, 64), Scale: slices.Repeat([]float64{1}, 64)}
		},
		"standardizer mean": func(s *Spec) {
			s.Standardize = &Standardizer{Mean: make([]float64, 64), Scale: slices.Repeat([]float64{1}, 64)}
			s.Standardize.Mean[63] = 1
		},
	} {
		s := validSpec()
		mutate(&s)
		require.NoError(t, s.Validate(), name)
		h := s.Hash()
		require.NotContains(t, seen, h, "%s collides with %s", name, seen[h])
		seen[h] = name
	}
}

func TestSpecValidate(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*Spec)
		want   error
	}{
		"unknown model":      {func(s *Spec) { s.Model = "tree" }, ErrSpec},
		"mlp no hidden":      {func(s *Spec) { s.Hidden = 0 }, ErrSpec},
		"softmax hidden":     {func(s *Spec) { s.Model = Softmax }, ErrSpec},
		"one class":          {func(s *Spec) { s.Classes = 1 }, ErrSpec},
		"no features":        {func(s *Spec) { s.Features = 0 }, ErrSpec},
		"too many params":    {func(s *Spec) { s.Features, s.Hidden = 1<<20, 4000 }, ErrSpec},
		"no rounds":          {func(s *Spec) { s.Rounds = 0 }, ErrSpec},
		"no epochs":          {func(s *Spec) { s.Epochs = 0 }, ErrSpec},
		"no batch":           {func(s *Spec) { s.Batch = 0 }, ErrSpec},
		"lr zero":            {func(s *Spec) { s.LR = 0 }, ErrSpec},
		"lr NaN":             {func(s *Spec) { s.LR = math.NaN() }, ErrSpec},
		"momentum one":       {func(s *Spec) { s.Momentum = 1 }, ErrSpec},
		"clip zero":          {func(s *Spec) { s.DP.Clip = 0 }, ErrDPParams},
		"delta zero":         {func(s *Spec) { s.DP.Delta = 0 }, ErrDPParams},
		"delta one":          {func(s *Spec) { s.DP.Delta = 1 }, ErrDPParams},
		"neither eps nor σ":  {func(s *Spec) { s.DP.Epsilon = 0 }, ErrDPParams},
		"both eps and σ":     {func(s *Spec) { s.DP.Sigma = 1 }, ErrDPParams},
		"negative σ":         {func(s *Spec) { s.DP.Epsilon, s.DP.Sigma = 0, -1 }, ErrDPParams},
		"negative ε":         {func(s *Spec) { s.DP.Epsilon = -1 }, ErrDPParams},
		"infinite ε":         {func(s *Spec) { s.DP.Epsilon = math.Inf(1) }, ErrDPParams},
		"NaN clip":           {func(s *Spec) { s.DP.Clip = math.NaN() }, ErrDPParams},
		"huge hidden layer":  {func(s *Spec) { s.Hidden = maxHidden + 1 }, ErrSpec},
		"huge rounds":        {func(s *Spec) { s.Rounds = maxRounds + 1 }, ErrSpec},
		"negative momentum":  {func(s *Spec) { s.Momentum = -0.1 }, ErrSpec},
		"too many classes":   {func(s *Spec) { s.Classes = MaxClasses + 1 }, ErrSpec},
		"batch over the cap": {func(s *Spec) { s.Batch = maxBatch + 1 }, ErrSpec},
		"standardizer too short": {func(s *Spec) {
			s.Standardize = &Standardizer{Mean: make([]float64, 63), Scale: make([]float64, 63)}
		}, ErrSpec},
		"standardizer zero scale": {func(s *Spec) {
			s.Standardize = &Standardizer{Mean: make([]float64, 64), Scale: make([]float64, 64)}
		}, ErrSpec},
	} {
		t.Run(name, func(t *testing.T) {
			s := validSpec()
			tc.mutate(&s)
			require.ErrorIs(t, s.Validate(), tc.want)
			_, err := s.MarshalBinary()
			require.ErrorIs(t, err, tc.want)
			var got Spec
			require.ErrorIs(t, got.UnmarshalBinary(s.encode()), tc.want, "decoding re-validates")
		})
	}
}

func TestSpecUnmarshalRejectsMalformed(t *testing.T) {
	good, err := validSpec().MarshalBinary()
	require.NoError(t, err)
	mut := func(i int, v byte) []byte { b := append([]byte(nil), good...); b[i] = v; return b }
	for name, b := range map[string][]byte{
		"empty":      nil,
		"short":      good[:specLen-1],
		"long":       append(append([]byte(nil), good...), 0),
		"magic":      mut(0, 'X'),
		"kind":       mut(4, 9),
		"dp flag":    mut(specLen-34, 2),
		"std flag":   mut(specLen-1, 1),
		"std flag 2": mut(specLen-1, 2),
		"dp without flag": func() []byte {
			s := validSpec()
			s.DP = nil
			b := s.encode()
			b[specLen-2] = 0x3f
			return b
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			var s Spec
			require.ErrorIs(t, s.UnmarshalBinary(b), ErrSpec)
		})
	}
}

func TestSpecPrivacy(t *testing.T) {
	s := validSpec()
	sigma, eps, err := s.Privacy(1000)
	require.NoError(t, err)
	require.Greater(t, sigma, 0.0)
	require.LessOrEqual(t, eps, 4.0)
	require.InDelta(t, 4.0, eps, 1e-6)

	s.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: sigma}
	_, eps2, err := s.Privacy(1000)
	require.NoError(t, err)
	require.Equal(t, eps, eps2, "a fixed σ spends what the calibrated one did")
	_, eps3, err := s.Privacy(500)
	require.NoError(t, err)
	require.Greater(t, eps3, eps, "fewer records, higher sampling rate, more ε")

	_, _, err = s.Privacy(0)
	require.ErrorIs(t, err, ErrEmpty)
	s.DP = nil
	sigma, eps, err = s.Privacy(10)
	require.NoError(t, err)
	require.Zero(t, sigma)
	require.Zero(t, eps)
}

func FuzzSpecUnmarshal(f *testing.F) {
	good, _ := validSpec().MarshalBinary()
	f.Add(good)
	f.Add([]byte(specMagic))
	adaptive, _ := adaptiveSpec(3, 0.25, 1.5, 0.5, 2).MarshalBinary()
	f.Add(adaptive)
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Spec
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := s.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again, "decoded specs re-encode to the same bytes")
	})
}
