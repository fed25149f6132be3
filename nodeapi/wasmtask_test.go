package nodeapi

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/wasm"
)

func testWasmTask(module []byte) *Task {
	t := &Task{
		Owner:          common.Address{1},
		Wasm:           &WasmWorkload{Module: module, Limits: enclave.WasmLimits{Seed: 7, MaxFuel: 1 << 20}},
		PricePerRecord: big.NewInt(10), ResultKey: []byte{1, 2},
		Assignments: []Assignment{{Enclave: common.Address{2}, Node: "http://127.0.0.1:1", Datasets: []common.Hash{{1}, {2}}}},
	}
	t.ID = t.Hash()
	return t
}

// TestWasmTaskDocument checks the wasm workload of a task document: it
// round-trips, its module and limits are in the hash and reach the
// enclave's task, a module of MaxWasmModuleSize fits MaxTaskSize, and
// shapes a wasm task cannot have are refused.
func TestWasmTaskDocument(t *testing.T) {
	module := []byte("\x00asm\x01\x00\x00\x00")
	good := testWasmTask(module)
	b, err := json.Marshal(good)
	require.NoError(t, err)
	require.NotContains(t, string(b), `"spec"`, "a wasm document carries no spec")
	back, err := ParseTask(b)
	require.NoError(t, err)
	require.Equal(t, good.ID, back.Hash())
	require.Equal(t, enclave.KindWasm, back.Kind())
	require.Equal(t, common.Hash(wasm.Measure(module)), back.Wasm.ModuleHash())
	require.Equal(t, good.Wasm.Limits.Hash(), back.ConfigHash())
	require.Zero(t, testTask().ConfigHash(), "a training task commits to no run configuration")

	et := back.Enclave(common.Address{2}, nil, nil)
	require.NotNil(t, et.Wasm)
	require.Equal(t, module, et.Wasm.Module)
	require.Equal(t, good.Wasm.Limits, et.Wasm.Limits)

	other := testWasmTask([]byte("\x00asm\x01\x00\x00\x01"))
	require.NotEqual(t, good.Hash(), other.Hash(), "the module is in the hash")
	other = testWasmTask(module)
	other.Wasm.Limits.Seed++
	require.NotEqual(t, good.Hash(), other.Hash(), "the limits are in the hash")

	t.Run("largest module fits", func(t *testing.T) {
		large := testWasmTask(make([]byte, MaxWasmModuleSize))
		large.Assignments[0].Datasets = make([]common.Hash, 1000)
		for i := range large.Assignments[0].Datasets {
			large.Assignments[0].Datasets[i] = common.BigToHash(big.NewInt(int64(i + 1)))
		}
		b, err := json.Marshal(large)
		require.NoError(t, err)
		require.Less(t, len(b), MaxTaskSize)
		_, err = ParseTask(b)
		require.NoError(t, err)
	})

	for _, tc := range []struct {
		name, want string
		change     func(*Task)
	}{
		{"empty module", "empty wasm module", func(t *Task) { t.Wasm.Module = nil }},
		{"module too large", "at most", func(t *Task) { t.Wasm.Module = make([]byte, MaxWasmModuleSize+1) }},
		{"negative fuel", "limits out of range", func(t *Task) { t.Wasm.Limits.MaxFuel = -1 }},
		{"too much memory", "limits out of range", func(t *Task) { t.Wasm.Limits.MaxMemoryPages = wasm.MaxMemoryPages + 1 }},
		{"a spec too", "no training spec", func(t *Task) { t.Spec = testTask().Spec }},
		{"owner input", "no owner input", func(t *Task) { t.InputCommitment = common.Hash{9} }},
		{"two enclaves", "one enclave", func(t *Task) {
			t.Assignments = append(t.Assignments, Assignment{Enclave: common.Address{3}, Node: "http://127.0.0.1:2", Datasets: []common.Hash{{3}}})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := testWasmTask(module)
			tc.change(bad)
			b, err := json.Marshal(bad)
			require.NoError(t, err)
			_, err = ParseTask(b)
			require.ErrorIs(t, err, ErrTask)
			if len(b) <= MaxTaskSize {
				require.True(t, strings.Contains(err.Error(), tc.want), err.Error())
			}
		})
	}
}
