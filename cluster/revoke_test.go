package cluster_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
)

// TestRevokedGrantExcluded: a data owner who revokes its grant before the
// task reaches its node is left out: the node runs on the other owners'
// data and says which dataset it excluded and why, the verifiers pass the
// result (a dataset missing because its grant no longer held is not a
// dropped one), the revoking owner is neither charged ε nor paid, and the
// others are paid.
func TestRevokedGrantExcluded(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: 6, Nodes: 2, Honest: true, Verifiers: 3, Rounds: 3, NoReexecution: true, Revoke: []int{0}})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Run(ctx)
	require.NoError(t, err)

	revoked := rep.UserReports[0]
	require.Equal(t, c.Users()[0].Address(), revoked.Address)
	require.False(t, revoked.Used, "the revoked dataset was not used")
	require.Zero(t, revoked.Epsilon, "no ε charged")
	require.Zero(t, revoked.Reward.Sign(), "not paid")
	for _, u := range rep.UserReports[1:] {
		require.True(t, u.Used)
		require.Positive(t, u.Reward.Sign(), "the other owners are paid")
	}
	for _, n := range rep.NodeReports {
		require.True(t, n.Passed, n.Reason)
	}
	i := c.Users()[0].Node()
	st, err := c.Nodes()[i].TaskState(c.Task().ID)
	require.NoError(t, err)
	require.Len(t, st.Excluded, 1)
	require.Contains(t, st.Excluded[0], "revoked")
}
