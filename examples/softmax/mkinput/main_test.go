package main

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/examples/softmax"
)

func TestRun(t *testing.T) {
	const csv = "0,16,1\n16,0,0\n8,8,1\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write([]byte(csv))
	require.NoError(t, err)
	require.NoError(t, zw.Close())

	for name, in := range map[string][]byte{"plain": []byte(csv), "gzip": gz.Bytes()} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(bytes.NewReader(in), &out, 2, 1.0/16, 3, 2, 0.1, 9))
			task, err := softmax.Decode(out.Bytes())
			require.NoError(t, err)
			require.Equal(t, 3, task.N)
			require.Equal(t, 2, task.D)
			require.Equal(t, 3, task.Epochs)
			require.Equal(t, 2, task.Batch)
			require.Equal(t, uint64(9), task.Seed)
			require.Equal(t, []float64{0, 1, 1, 0, 0.5, 0.5}, task.X)
			require.Equal(t, []uint32{1, 0, 1}, task.Y)
		})
	}
	require.Error(t, run(bytes.NewReader([]byte(csv)), &bytes.Buffer{}, 2, 1, 1, 0, 0.1, 1), "batch 0")
}
