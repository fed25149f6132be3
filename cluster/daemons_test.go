package cluster_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// TestNodeRestartsMidTask: a node whose process dies in the middle of a
// federated task (its daemon stopped, its API gone, its enclave lost) and
// starts again from its database and its enclave's sealed state resumes
// the task: it re-runs it (attempt 2), its peer waits for it, both results
// are submitted exactly once, pass and are paid, and the restarted node's
// model is the one training gives.
func TestNodeRestartsMidTask(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: 4, Nodes: 2, Honest: true, Verifiers: 3, Rounds: 6, NoReexecution: true,
		Crash: &cluster.Crash{Node: 1, AtRound: 3}})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Run(ctx)
	require.NoError(t, err)

	st, err := c.Nodes()[1].TaskState(c.Task().ID)
	require.NoError(t, err)
	require.Equal(t, 2, st.Attempts, "the restarted node re-ran the task once")
	require.Equal(t, nodeapi.PhaseSettled, st.Phase, st.Reason)
	submits := 0
	for _, g := range rep.Gas {
		if g.Step == "nodes: submit enclave-signed result" {
			submits += g.Txs
		}
	}
	require.Equal(t, 2, submits, "each node submitted exactly once")
	for _, n := range rep.NodeReports {
		require.True(t, n.Passed, n.Reason)
		require.Positive(t, n.Reward.Sign())
	}
	require.True(t, rep.Reference.Reproduces, "the federation's model is what training gives")
}
