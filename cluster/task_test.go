package cluster

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
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

func TestConfigDefaultsAndLimits(t *testing.T) {
	var c Config
	require.NoError(t, c.setDefaults())
	require.Equal(t, Config{Users: 12, Data: DataDigits, Nodes: 3, Verifiers: 3, Rounds: 10, Epsilon: 4, Seed: 1}, Config{
		Users: c.Users, Data: c.Data, RecordsPerOwner: c.RecordsPerOwner, Nodes: c.Nodes, Verifiers: c.Verifiers, Rounds: c.Rounds, Epsilon: c.Epsilon, Seed: c.Seed})
	s := Config{Data: DataSynthetic, Users: 100_000, Nodes: 30}
	require.NoError(t, s.setDefaults(), "synthetic data has room for any number of owners")
	require.Equal(t, train.DefaultRecordsPerOwner, s.RecordsPerOwner)
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"too few users for the cheating node", Config{Users: 7, Nodes: 3}},
		{"fewer users than nodes", Config{Users: 2, Nodes: 3, Honest: true}},
		{"negative", Config{Users: -1}},
		{"too many users", Config{Users: 501}},
		{"too many synthetic users", Config{Users: 2_000_000, Data: DataSynthetic}},
		{"unknown data", Config{Data: "mnist"}},
		{"records per owner with digits", Config{RecordsPerOwner: 5}},
		{"negative records per owner", Config{Data: DataSynthetic, RecordsPerOwner: -1}},
		{"ε too large", Config{Epsilon: 1e4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.cfg.setDefaults(), ErrConfig)
		})
	}
}

// TestTermsRefuseTasksNotJudgeableInTime: a node refuses to lock stake for
// a market task it cannot run before the deadline, whose committee has no
// time to judge, or whose verdict lies beyond what its operator accepts.
func TestTermsRefuseTasksNotJudgeableInTime(t *testing.T) {
	const head = 1_000
	ok := chain.Task{ID: 7, Status: chain.TaskOpen, Deadline: head + 1_000, VotingWindow: 100, RevealWindow: 50}
	require.NoError(t, Terms{}.check(ok, head))
	for _, tc := range []struct {
		name  string
		edit  func(*chain.Task)
		terms Terms
		want  string
	}{
		{"settled", func(mt *chain.Task) { mt.Status = chain.TaskSettled }, Terms{}, "is settled"},
		{"deadline too close to run", func(mt *chain.Task) { mt.Deadline = head + 19 }, Terms{}, "fewer than the 20 blocks"},
		{"deadline passed", func(mt *chain.Task) { mt.Deadline = head - 1 }, Terms{}, "deadline is block 999"},
		{"voting window too short to judge", func(mt *chain.Task) { mt.VotingWindow = 9 }, Terms{}, "voting window of 9 blocks is shorter than 10"},
		{"stake locked too long", func(mt *chain.Task) { mt.Deadline = head + 119_900 }, Terms{}, "more than 120000 blocks ahead"},
		{"operator's tighter lock bound", func(*chain.Task) {}, Terms{MaxLockBlocks: 1_000}, "until block 2150"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mt := ok
			tc.edit(&mt)
			err := tc.terms.check(mt, head)
			require.ErrorIs(t, err, ErrTaskTerms)
			require.Contains(t, err.Error(), tc.want)
		})
	}
}
