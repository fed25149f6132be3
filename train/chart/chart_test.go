package chart

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
)

func TestWritePNG(t *testing.T) {
	rounds := []train.RoundMetrics{
		{Round: 1, TrainLoss: 1.2, TestLoss: 1.1, TestAccuracy: 0.7},
		{Round: 2, TrainLoss: 0.6, TestLoss: 0.5, TestAccuracy: 0.9},
		{Round: 3, TrainLoss: 0.3, TestLoss: 0.35, TestAccuracy: 0.95},
	}
	var buf bytes.Buffer
	require.NoError(t, WritePNG(&buf, "digits", rounds))
	img, err := png.Decode(&buf)
	require.NoError(t, err)
	require.Greater(t, img.Bounds().Dx(), 100)
	require.Greater(t, img.Bounds().Dy(), img.Bounds().Dx())

	require.ErrorIs(t, WritePNG(&buf, "x", nil), ErrNoRounds)
}

// TestWritePNGBaseline draws a warm-start baseline as round 0: an accuracy
// without a loss. Its loss is not drawn as a 0.
func TestWritePNGBaseline(t *testing.T) {
	rounds := []train.RoundMetrics{
		{Round: 0, TestAccuracy: 0.85},
		{Round: 1, TestLoss: 0.4, TestAccuracy: 0.9},
		{Round: 2, TestLoss: 0.35, TestAccuracy: 0.91},
	}
	var buf bytes.Buffer
	require.NoError(t, WritePNG(&buf, "warm start", rounds))
	_, err := png.Decode(&buf)
	require.NoError(t, err)
	require.NoError(t, WritePNG(&buf, "accuracy only", rounds[:1]), "a baseline alone has no loss line")
}
