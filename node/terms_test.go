package node

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

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
