package nodeapi

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
)

func testTask() *Task {
	t := &Task{
		Owner: common.Address{1},
		Spec: train.Spec{Model: train.Softmax, Features: 4, Classes: 2, Rounds: 1, Epochs: 1, Batch: 8, LR: 0.1, Seed: 1,
			DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}},
		PricePerRecord: big.NewInt(10), ResultKey: []byte{1, 2},
		Assignments: []Assignment{
			{Enclave: common.Address{2}, Node: "http://127.0.0.1:1", Datasets: []common.Hash{{1}, {2}}},
			{Enclave: common.Address{3}, Node: "http://127.0.0.1:2", Datasets: []common.Hash{{3}}},
		},
	}
	t.ID = t.Hash()
	return t
}

func TestTaskDocument(t *testing.T) {
	good := testTask()
	b, err := json.Marshal(good)
	require.NoError(t, err)
	back, err := ParseTask(b)
	require.NoError(t, err)
	require.Equal(t, good.Hash(), back.Hash(), "the hash survives the JSON round trip")
	require.Equal(t, good.ID, back.Hash())

	for _, tc := range []struct {
		name   string
		change func(*Task)
	}{
		{"no owner", func(t *Task) { t.Owner = common.Address{} }},
		{"negative price", func(t *Task) { t.PricePerRecord = big.NewInt(-1) }},
		{"no result key", func(t *Task) { t.ResultKey = nil }},
		{"no assignment", func(t *Task) { t.Assignments = nil }},
		{"enclave twice", func(t *Task) { t.Assignments[1].Enclave = t.Assignments[0].Enclave }},
		{"dataset twice", func(t *Task) { t.Assignments[1].Datasets = t.Assignments[0].Datasets[:1] }},
		{"enclave without data", func(t *Task) { t.Assignments[1].Datasets = nil }},
		{"bad spec", func(t *Task) { t.Spec.Rounds = 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := testTask()
			tc.change(bad)
			b, err := json.Marshal(bad)
			require.NoError(t, err)
			_, err = ParseTask(b)
			require.ErrorIs(t, err, ErrTask)
		})
	}
	t.Run("unknown field", func(t *testing.T) {
		_, err := ParseTask([]byte(`{"owner":"0x01","extra":1}`))
		require.ErrorIs(t, err, ErrTask)
	})
	t.Run("trailing data", func(t *testing.T) {
		_, err := ParseTask(append(b, []byte(` {}`)...))
		require.ErrorIs(t, err, ErrTask)
	})
}

func FuzzParseTask(f *testing.F) {
	b, _ := json.Marshal(testTask())
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		task, err := ParseTask(b)
		if err != nil {
			return
		}
		again, err := json.Marshal(task)
		require.NoError(t, err)
		back, err := ParseTask(again)
		require.NoError(t, err)
		require.Equal(t, task.Hash(), back.Hash())
	})
}
