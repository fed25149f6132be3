package train

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Specs used on the digits data (64 features, 10 classes).
var (
	softmaxSpec = Spec{Model: Softmax, Features: 64, Classes: 10, Rounds: 20, Epochs: 1, Batch: 32, LR: 0.02, Momentum: 0.9, Seed: 1}
	mlpSpec     = Spec{Model: MLP, Features: 64, Classes: 10, Hidden: 64, Rounds: 20, Epochs: 1, Batch: 32, LR: 0.02, Momentum: 0.9, Seed: 1}
	fedSpec     = Spec{Model: Softmax, Features: 64, Classes: 10, Rounds: 30, Epochs: 1, Batch: 32, LR: 0.02, Momentum: 0.9, Seed: 1}
	dpSpec      = Spec{Model: Softmax, Features: 64, Classes: 10, Rounds: 20, Epochs: 1, Batch: 256, LR: 0.5, Momentum: 0.9, Seed: 1,
		DP: &DP{Clip: 1, Delta: 1e-5, Epsilon: 8}}
)

// users turns datasets into one participant per user.
func users(parts ...*Dataset) [][]Slice {
	out := make([][]Slice, len(parts))
	for i, p := range parts {
		out[i] = []Slice{{User: fmt.Sprintf("user-%d", i), Data: p}}
	}
	return out
}

func nonIID(t *testing.T, k int) [][]Slice {
	tr, _ := digits(t)
	parts, err := Partition(tr, k, true, 1)
	require.NoError(t, err)
	return users(parts...)
}

func TestDigitsAccuracy(t *testing.T) {
	tr, te := digits(t)
	for _, tc := range []struct {
		name  string
		spec  Spec
		parts [][]Slice
		min   float64
	}{
		{"softmax central", softmaxSpec, users(tr), 0.95},
		{"mlp central", mlpSpec, users(tr), 0.95},
		{"fedavg 5 non-iid", fedSpec, nonIID(t, 5), 0.92},
		{"dp-sgd ε≤8", dpSpec, users(tr), 0.85},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rounds int
			res, err := Train(context.Background(), tc.spec, tc.parts, Options{Eval: te, OnRound: func(RoundMetrics) { rounds++ }})
			require.NoError(t, err)
			require.Equal(t, tc.spec.Rounds, rounds)
			require.Len(t, res.Rounds, tc.spec.Rounds)
			last := res.Rounds[len(res.Rounds)-1]
			t.Logf("%s: test accuracy %.4f, loss %.4f, ε %.4f", tc.name, last.TestAccuracy, last.TestLoss, res.Epsilon)
			require.GreaterOrEqual(t, last.TestAccuracy, tc.min)
			acc, loss, err := res.Model.Evaluate(te)
			require.NoError(t, err)
			require.Equal(t, last.TestAccuracy, acc)
			require.Equal(t, last.TestLoss, loss)
			require.Equal(t, tr.Len(), res.Records)
			if tc.spec.DP != nil {
				require.LessOrEqual(t, res.Epsilon, tc.spec.DP.Epsilon)
				require.Greater(t, res.Epsilon, 0.9*tc.spec.DP.Epsilon, "calibration spends close to the target")
				require.Equal(t, 1e-5, res.Delta)
				require.Zero(t, last.TrainLoss, "training loss is not private, so not reported")
				for i := 1; i < len(res.Rounds); i++ {
					require.Greater(t, res.Rounds[i].Epsilon, res.Rounds[i-1].Epsilon)
				}
				require.Equal(t, res.Epsilon, res.Rounds[len(res.Rounds)-1].Epsilon)
			} else {
				require.Zero(t, res.Epsilon)
				require.Greater(t, last.TrainLoss, 0.0)
			}
			require.Len(t, res.Users, len(tc.parts))
		})
	}
}

func TestSameSeedSameParameters(t *testing.T) {
	tr, _ := digits(t)
	small := tr.subset(seq(300))
	for _, tc := range []struct {
		name string
		spec Spec
	}{
		{"softmax", shorter(softmaxSpec)},
		{"mlp", shorter(mlpSpec)},
		{"dp-sgd", shorter(dpSpec)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			noise := Options{Noise: []NoiseSeed{{1}}}
			a, err := Train(context.Background(), tc.spec, users(small), noise)
			require.NoError(t, err)
			b, err := Train(context.Background(), tc.spec, users(small), noise)
			require.NoError(t, err)
			require.Equal(t, a.Model.Params.Hash(), b.Model.Params.Hash())
			other := tc.spec
			other.Seed++
			c, err := Train(context.Background(), other, users(small), noise)
			require.NoError(t, err)
			require.NotEqual(t, a.Model.Params.Hash(), c.Model.Params.Hash())
			// The noise seed keys DP-SGD only.
			d, err := Train(context.Background(), tc.spec, users(small), Options{Noise: []NoiseSeed{{2}}})
			require.NoError(t, err)
			require.Equal(t, tc.spec.DP == nil, a.Model.Params.Hash() == d.Model.Params.Hash())
		})
	}
}

func TestFedAvgIndependentOfOrder(t *testing.T) {
	parts := nonIID(t, 5)
	spec := shorter(fedSpec)
	spec.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1}
	noise := []NoiseSeed{{1}, {2}, {3}, {4}, {5}}
	want, err := Train(context.Background(), spec, parts, Options{Noise: noise})
	require.NoError(t, err)
	reversed := slices.Clone(parts)
	slices.Reverse(reversed)
	reversedNoise := slices.Clone(noise)
	slices.Reverse(reversedNoise)
	got, err := Train(context.Background(), spec, reversed, Options{Noise: reversedNoise})
	require.NoError(t, err)
	require.Equal(t, want.Model.Params.Hash(), got.Model.Params.Hash())
	require.Equal(t, want.Users, got.Users)

	// Regrouping slices inside a participant in another order changes nothing either.
	merged := [][]Slice{append(slices.Clone(parts[3]), parts[1]...), parts[0], parts[2], parts[4]}
	a, err := Train(context.Background(), spec, merged, Options{Noise: noise[:4]})
	require.NoError(t, err)
	merged[0][0], merged[0][1] = merged[0][1], merged[0][0]
	b, err := Train(context.Background(), spec, merged, Options{Noise: noise[:4]})
	require.NoError(t, err)
	require.Equal(t, a.Model.Params.Hash(), b.Model.Params.Hash())
	require.Equal(t, a.Users["user-1"], a.Users["user-3"], "users of one participant spend the same ε")
}

func TestAverage(t *testing.T) {
	us := []Update{
		{Round: 2, Records: 1, Params: Params{1, 10}},
		{Round: 2, Records: 3, Params: Params{5, 2}},
	}
	got, err := Average(us)
	require.NoError(t, err)
	require.Equal(t, Params{4, 4}, got)
	slices.Reverse(us)
	again, err := Average(us)
	require.NoError(t, err)
	require.Equal(t, got, again)

	for name, bad := range map[string][]Update{
		"none":         nil,
		"mixed rounds": {{Round: 1, Records: 1, Params: Params{1}}, {Round: 2, Records: 1, Params: Params{1}}},
		"mixed sizes":  {{Round: 1, Records: 1, Params: Params{1}}, {Round: 1, Records: 1, Params: Params{1, 2}}},
		"no records":   {{Round: 1, Records: 0, Params: Params{1}}},
	} {
		_, err := Average(bad)
		require.ErrorIs(t, err, ErrUpdate, name)
	}
}

func TestUpdateEncoding(t *testing.T) {
	u := Update{Round: 3, Records: 120, Loss: 0.25, Epsilon: 1.5, Params: Params{1, -2, 3.25}}
	b, err := u.MarshalBinary()
	require.NoError(t, err)
	var got Update
	require.NoError(t, got.UnmarshalBinary(b))
	require.Equal(t, u, got)
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), b[4:]...),
		"truncated": b[:len(b)-1],
		"extra":     append(slices.Clone(b), 0),
	} {
		require.ErrorIs(t, got.UnmarshalBinary(bad), ErrUpdate, name)
	}
	_, err = Update{Round: 0, Records: 1}.MarshalBinary()
	require.ErrorIs(t, err, ErrUpdate)
}

func FuzzUpdateUnmarshal(f *testing.F) {
	b, _ := Update{Round: 1, Records: 2, Params: Params{1, 2}}.MarshalBinary()
	f.Add(b)
	count := -1.5
	b, _ = Update{Round: 1, Records: 2, Owners: 3, Params: Params{1, 2}, Unclipped: &count}.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		var u Update
		if u.UnmarshalBinary(b) != nil {
			return
		}
		again, err := u.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again)
	})
}

func TestTrainRejectsBadInput(t *testing.T) {
	tr, _ := digits(t)
	small := tr.subset(seq(50))
	empty := &Dataset{Schema: tr.Schema}
	other := smallData(10, 5, 10, 1)
	spec := shorter(softmaxSpec)
	for _, tc := range []struct {
		name  string
		spec  Spec
		parts [][]Slice
		want  error
	}{
		{"no participants", spec, nil, ErrEmpty},
		{"participant without slices", spec, [][]Slice{{}}, ErrEmpty},
		{"empty user slice", spec, [][]Slice{{{User: "a", Data: small}, {User: "b", Data: empty}}}, ErrEmpty},
		{"nil user slice", spec, [][]Slice{{{User: "a"}}}, ErrEmpty},
		{"unnamed user", spec, [][]Slice{{{Data: small}}}, ErrSpec},
		{"user twice in a participant", spec, [][]Slice{{{User: "a", Data: small}, {User: "a", Data: small}}}, ErrSpec},
		{"user in two participants", spec, [][]Slice{{{User: "a", Data: small}}, {{User: "a", Data: small}}}, ErrSpec},
		{"feature count differs from spec", spec, [][]Slice{{{User: "a", Data: other}}}, ErrSchema},
		{"invalid spec", Spec{Model: Softmax}, users(small), ErrSpec},
		{"impossible DP", func() Spec { s := spec; s.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: -1}; return s }(), users(small), ErrDPParams},
		{"diverging", func() Spec { s := mlpSpec; s.Rounds, s.LR = 3, 1e300; return s }(), users(small), ErrDiverged},
		{"unreachable ε", func() Spec { s := spec; s.DP = &DP{Clip: 1, Delta: 1e-5, Epsilon: 1e-4}; return s }(), users(small), ErrEpsilonUnreachable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Train(context.Background(), tc.spec, tc.parts, Options{})
			require.ErrorIs(t, err, tc.want)
		})
	}
	t.Run("eval schema differs", func(t *testing.T) {
		_, err := Train(context.Background(), spec, users(small), Options{Eval: other})
		require.ErrorIs(t, err, ErrSchema)
	})
}

func TestTrainStopsOnCancel(t *testing.T) {
	tr, _ := digits(t)
	before := runtime.NumGoroutine()
	defer func() {
		// Every participant goroutine has returned when Train does.
		for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
			time.Sleep(10 * time.Millisecond)
		}
		require.LessOrEqual(t, runtime.NumGoroutine(), before)
	}()
	ctx, cancel := context.WithCancel(context.Background())
	spec := softmaxSpec
	spec.Rounds = 1000
	_, err := Train(ctx, spec, users(tr.subset(seq(100)), tr.subset(seq(100)[50:])), Options{OnRound: func(m RoundMetrics) {
		if m.Round == 3 {
			cancel()
		}
	}})
	require.ErrorIs(t, err, context.Canceled)
}

func TestHubReleasesWaitersOnCancel(t *testing.T) {
	hub := NewHub(2)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := hub.Exchange(ctx, Update{Round: 1, Records: 1, Params: Params{1}})
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestHubStartsEachRoundAfresh(t *testing.T) {
	hub := NewHub(1)
	u := Update{Round: 1, Records: 1, Params: Params{1}}
	got, err := hub.Exchange(context.Background(), u)
	require.NoError(t, err)
	require.Equal(t, []Update{u}, got)
	_, err = hub.Exchange(context.Background(), Update{Round: 2, Records: 1, Params: Params{2}})
	require.NoError(t, err, "a new round starts afresh")
	require.Empty(t, hub.rounds, "finished rounds are forgotten")
}

// shorter returns spec with 2 rounds, for tests that check properties
// rather than accuracy.
func shorter(s Spec) Spec {
	s.Rounds = 2
	return s
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func TestEpsilonSpentMatchesAccountant(t *testing.T) {
	tr, _ := digits(t)
	spec := shorter(dpSpec)
	spec.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1.3}
	res, err := Train(context.Background(), spec, users(tr), Options{})
	require.NoError(t, err)
	q := 256 / float64(tr.Len())
	steps := 2 * int(math.Ceil(float64(tr.Len())/256))
	want, _, err := Epsilon(q, 1.3, steps, 1e-5)
	require.NoError(t, err)
	require.Equal(t, want, res.Epsilon)
	require.Equal(t, map[string]float64{"user-0": want}, res.Users)
}

func TestSpecStandardizeFoldsIntoModel(t *testing.T) {
	d, err := Digits()
	require.NoError(t, err)
	raw, rawTest, err := Split(d, 0.2, 1)
	require.NoError(t, err)
	std, err := FitStandardizer(raw)
	require.NoError(t, err)
	for _, base := range []Spec{softmaxSpec, mlpSpec} {
		t.Run(string(base.Model), func(t *testing.T) {
			spec := shorter(base)
			spec.Standardize = std
			res, err := Train(context.Background(), spec, users(raw), Options{Eval: rawTest})
			require.NoError(t, err)
			last := res.Rounds[len(res.Rounds)-1]

			// The same training on data standardized outside the workload.
			tr, te := digits(t)
			outside, err := Train(context.Background(), shorter(base), users(tr), Options{Eval: te})
			require.NoError(t, err)
			require.Equal(t, outside.Rounds, res.Rounds, "the workload standardizes exactly as Standardizer.Apply")

			// The returned model takes raw features.
			acc, loss, err := res.Model.Evaluate(rawTest)
			require.NoError(t, err)
			require.InDelta(t, last.TestAccuracy, acc, 1.0/float64(rawTest.Len()))
			require.InDelta(t, last.TestLoss, loss, 1e-9)
		})
	}
}
