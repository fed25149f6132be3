package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestTaskStatusSaysWhenToSettle: once the deadline has passed with a
// result missing, memoc task status names the command that settles the
// task (no verifier follows a task nobody submitted to); before, a result
// may still come and it says nothing.
func TestTaskStatusSaysWhenToSettle(t *testing.T) {
	o := statusOutput{MarketTask: 7, Status: "open", Head: 120, Deadline: 100, Slots: []slotView{
		{Index: 0, State: chain.ResultPassed.String()}, {Index: 1, State: chain.ResultEmpty.String()},
	}}
	var b strings.Builder
	require.NoError(t, printTaskStatus(&b, o, 0))
	require.Contains(t, b.String(), "1 of the results missing")
	require.Contains(t, b.String(), "memoc task settle 7")

	o.Head = 100
	b.Reset()
	require.NoError(t, printTaskStatus(&b, o, 0))
	require.NotContains(t, b.String(), "settle")
}
