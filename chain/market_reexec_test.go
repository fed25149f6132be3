package chain_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestReexecutionSelection: the committee draw selects a result for
// re-execution with the market's sampling rate, always for a task that asks
// for it, and never before the draw; the rate is governance's alone.
func TestReexecutionSelection(t *testing.T) {
	ctx := testContext(t)
	gov := mdev(t).Governance()
	was, err := gov.ReexecBps(ctx)
	require.NoError(t, err)
	require.Equal(t, uint16(chain.DefaultReexecBps), was, "deployments start sampling one result in ten")
	t.Cleanup(func() { _, _ = gov.SetReexecBps(testContext(t), was) })

	m := mhash(t)
	node := newMarketNode(t, m)
	node.topUp(t, chain.Tokens(1500)) // three open slots
	selected := func(bps uint16, always bool) bool {
		t.Helper()
		_, err := gov.SetReexecBps(ctx, bps)
		require.NoError(t, err)
		spec := mSpec(t, m, node)
		spec.Reexecute = always
		_, id := mPublish(t, spec)
		task, err := gov.Task(ctx, id)
		require.NoError(t, err)
		require.Equal(t, always, task.Reexecute)
		node.submit(t, id, m, mhash(t))
		r, err := gov.Result(ctx, id, 0)
		require.NoError(t, err)
		require.False(t, r.Reexecute, "nothing is selected before the draw")
		mDraw(t, id, 0)
		r, err = gov.Result(ctx, id, 0)
		require.NoError(t, err)
		return r.Reexecute
	}
	require.True(t, selected(10_000, false), "a rate of 100% selects every result")
	require.False(t, selected(0, false), "a rate of 0 selects none")
	require.True(t, selected(0, true), "a task that asks for re-execution always gets it")

	_, err = node.op.SetReexecBps(ctx, 10_000)
	require.Error(t, err, "only governance sets the rate")
	_, err = gov.SetReexecBps(ctx, 10_001)
	require.Error(t, err, "a rate above 100% is refused")
}
