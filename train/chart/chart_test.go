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
