package softmax_test

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/examples/softmax"
	"github.com/memo-protocol/memo-compute/wasm"
)

// digits loads the digits data set as a task with zero parameters.
func digits(t testing.TB, epochs int) *softmax.Task {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "digits.csv.gz"))
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	task, err := softmax.ReadCSV(zr, 10, 1.0/16)
	require.NoError(t, err)
	require.Equal(t, 1797, task.N)
	require.Equal(t, 64, task.D)
	task.Epochs, task.Batch, task.LR, task.Seed = epochs, 32, 0.5, 1
	return task
}

// modules are the committed WebAssembly builds of the workload.
var modules = []string{"softmax-go.wasm", "softmax-c.wasm"}

func TestBuildsAgreeBitForBit(t *testing.T) {
	in := softmax.Encode(digits(t, 2))
	native, err := softmax.Run(in)
	require.NoError(t, err)
	require.Len(t, native, 8*10*65)

	r, err := wasm.New(context.Background(), wasm.Config{})
	require.NoError(t, err)
	defer r.Close(context.Background())
	for _, name := range modules {
		t.Run(name, func(t *testing.T) {
			bin, err := os.ReadFile(name)
			require.NoError(t, err)
			for range 2 { // and re-execution is deterministic
				res, err := r.RunBytes(context.Background(), bin, in)
				require.NoError(t, err)
				require.Equal(t, sha256.Sum256(native), sha256.Sum256(res.Output), "%s differs from native Go", name)
			}
		})
	}
}

func TestTrainingLearns(t *testing.T) {
	task := digits(t, 10)
	softmax.Train(task)
	acc := softmax.Accuracy(task, task.W)
	t.Logf("training accuracy after 10 epochs: %.4f", acc)
	require.Greater(t, acc, 0.95)
}

func TestExp(t *testing.T) {
	for x := -708.0; x <= 0; x += 0.0173 {
		want := math.Exp(x)
		got := softmax.Exp(x)
		require.InEpsilon(t, want, got, 4e-16*4, "x=%v", x)
	}
	require.Equal(t, 1.0, softmax.Exp(0))
	require.Equal(t, 0.0, softmax.Exp(-800))
}

func TestDecodeRejects(t *testing.T) {
	good := softmax.Encode(&softmax.Task{N: 1, D: 1, K: 2, Batch: 1, Epochs: 1, LR: 0.1,
		X: []float64{1}, W: make([]float64, 4), Y: []uint32{1}})
	_, err := softmax.Decode(good)
	require.NoError(t, err)

	badLabel := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(badLabel[len(badLabel)-4:], 2)
	zeroBatch := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(zeroBatch[16:], 0)
	hugeN := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(hugeN[4:], 1<<30)

	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, softmax.ErrBadMagic},
		{"magic", append([]byte("XXXX"), good[4:]...), softmax.ErrBadMagic},
		{"truncated", good[:len(good)-1], softmax.ErrBadShape},
		{"trailing", append(good, 0), softmax.ErrBadShape},
		{"label", badLabel, softmax.ErrBadLabel},
		{"batch 0", zeroBatch, softmax.ErrBadShape},
		{"huge n", hugeN, softmax.ErrBadShape},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := softmax.Decode(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestWasmBuildsRejectBadInput(t *testing.T) {
	r, err := wasm.New(context.Background(), wasm.Config{})
	require.NoError(t, err)
	defer r.Close(context.Background())
	for _, name := range modules {
		bin, err := os.ReadFile(name)
		require.NoError(t, err)
		_, err = r.RunBytes(context.Background(), bin, []byte("not an input"))
		var ee *wasm.ExitError
		require.ErrorAs(t, err, &ee, name)
		require.EqualValues(t, 1, ee.Code)
		require.Contains(t, string(ee.Stderr), "bad magic")
	}
}

func TestReadCSV(t *testing.T) {
	task, err := softmax.ReadCSV(strings.NewReader("1,2,0\n3,4,2\n"), 3, 0.5)
	require.NoError(t, err)
	require.Equal(t, 2, task.N)
	require.Equal(t, 2, task.D)
	require.Equal(t, []float64{0.5, 1, 1.5, 2}, task.X)
	require.Equal(t, []uint32{0, 2}, task.Y)
	require.Len(t, task.W, 3*3)

	for _, tc := range []struct {
		name, csv string
		want      error
		where     string
	}{
		{"empty", "", softmax.ErrBadShape, "no rows"},
		{"one column", "1\n", softmax.ErrBadShape, "line 1"},
		{"not a number", "1,x,0\n", softmax.ErrBadShape, "line 1 column 2"},
		{"NaN", "1,2,0\nNaN,2,0\n", softmax.ErrBadShape, "line 2 column 1"},
		{"Inf", "+Inf,2,0\n", softmax.ErrBadShape, "line 1 column 1"},
		{"label too big", "1,2,3\n", softmax.ErrBadLabel, "line 1 column 3"},
		{"negative label", "1,2,-1\n", softmax.ErrBadLabel, "line 1 column 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := softmax.ReadCSV(strings.NewReader(tc.csv), 3, 1)
			require.ErrorIs(t, err, tc.want)
			require.Contains(t, err.Error(), tc.where)
		})
	}
	_, err = softmax.ReadCSV(strings.NewReader("1,2,0\n1,0\n"), 3, 1)
	require.ErrorContains(t, err, "wrong number of fields", "ragged rows are a CSV error")
}
