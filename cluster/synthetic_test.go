package cluster_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
)

// TestSyntheticRun: with synthetic data every owner holds the configured
// number of records, the company evaluates on synthetic records no owner
// holds, and the run is the same flow as with digits: honest nodes pass,
// the model is reproduced in the clear bit for bit, every owner is paid.
func TestSyntheticRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: 9, Data: cluster.DataSynthetic, RecordsPerOwner: 7, Nodes: 2, Verifiers: 3, Rounds: 3, Honest: true})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Run(ctx)
	require.NoError(t, err)
	require.Equal(t, cluster.DataSynthetic, rep.Data)
	require.True(t, rep.Reference.Reproduces, "the clear re-run regenerates the owners' records and reproduces the model")
	require.Greater(t, rep.Accuracy, 0.5, "better than chance (0.1) after three DP rounds on 63 records")
	require.Len(t, rep.UserReports, 9)
	for _, u := range rep.UserReports {
		require.Equal(t, uint64(7), u.Records)
		require.True(t, u.Used)
		require.Positive(t, u.Reward.Sign(), "owner %s paid", u.Address)
	}
	for _, n := range rep.NodeReports {
		require.True(t, n.Passed, n.Reason)
	}
	require.NotNil(t, rep.Fees, rep.Market)
	require.True(t, rep.Fees.Conserved)
}
