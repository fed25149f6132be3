package train

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestStandardizerUnfoldInvertsFold(t *testing.T) {
	for _, kind := range []Kind{Softmax, MLP} {
		t.Run(string(kind), func(t *testing.T) {
			f, h, c := 3, 0, 2
			if kind == MLP {
				h = 4
			}
			s := &Standardizer{Mean: []float64{1, -2, 0.5}, Scale: []float64{2, 0.25, 1}}
			p := initParams(kind, f, h, c, 7)
			for i := range p {
				p[i] += 0.01 * float64(i) // non-zero biases too
			}
			back := s.fold(kind, f, h, c, s.unfold(kind, f, h, c, p))
			require.InDeltaSlice(t, p, back, 1e-12)
		})
	}
}

func TestWarmStart(t *testing.T) {
	trainSet, testSet := digits(t)
	spec := Spec{Model: Softmax, Features: trainSet.Schema.NumFeatures(), Classes: trainSet.Schema.Classes,
		Rounds: 1, Epochs: 1, Batch: 64, LR: 0.05, Seed: 3}
	parts := [][]Slice{{{User: "a", Data: trainSet}}}
	ctx := context.Background()

	cold, err := Train(ctx, spec, parts, Options{})
	require.NoError(t, err)
	long := spec
	long.Rounds, long.Seed = 8, 4
	pre, err := Train(ctx, long, parts, Options{})
	require.NoError(t, err)
	warm, err := Train(ctx, spec, parts, Options{Init: pre.Model.Params})
	require.NoError(t, err)

	accCold, _, err := cold.Model.Evaluate(testSet)
	require.NoError(t, err)
	_, lossPre, err := pre.Model.Evaluate(testSet)
	require.NoError(t, err)
	accWarm, lossWarm, err := warm.Model.Evaluate(testSet)
	require.NoError(t, err)
	require.Greater(t, accWarm, accCold, "one round from a pre-trained model beats one round from scratch")
	require.Less(t, lossWarm, lossPre*1.5, "the warm start continues from the pre-trained model")

	again, err := Train(ctx, spec, parts, Options{Init: pre.Model.Params})
	require.NoError(t, err)
	require.Equal(t, warm.Model.Params.Hash(), again.Model.Params.Hash(), "a warm start is deterministic")

	_, err = Train(ctx, spec, parts, Options{Init: pre.Model.Params[:10]})
	require.ErrorIs(t, err, ErrParams)
}
