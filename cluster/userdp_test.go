package cluster_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// TestUserLevelFederation: a user-level (DP-FedAvg) task over 60 owners
// at two enclaves, with the real chain, vault, grants and sealed
// transport: every owner is charged the user-level ε the accountant gives
// for the task (computed in the enclaves, the same for every owner), the
// report names the unit beside every ε, and the clear re-run from the
// enclaves' noise seeds reproduces the model bit for bit (each enclave
// added its σ²C²/2 share of the noise, once per round). Fewer than
// MinUserLevelOwners owners are refused.
func TestUserLevelFederation(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	_, err := cluster.New(ctx, cluster.Config{Users: 12, Nodes: 2, Honest: true, PrivacyUnit: train.UnitUser})
	require.ErrorIs(t, err, cluster.ErrConfig)

	c, err := cluster.New(ctx, cluster.Config{Users: 60, Nodes: 2, Honest: true, NoReexecution: true, Rounds: 2, ColdStart: true, PrivacyUnit: train.UnitUser})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Run(ctx)
	require.NoError(t, err)
	require.Equal(t, train.UnitUser, rep.PrivacyUnit)
	// The owners' grants require user-level DP: the verifiers judge the
	// task's unit against that clause and pass the honest results (they
	// used to leave the unit out of the policy check, failing them).
	offers, err := c.Nodes()[0].Offers(ctx)
	require.NoError(t, err)
	require.NotEmpty(t, offers.Datasets)
	for _, o := range offers.Datasets {
		require.Equal(t, grant.UnitUser, o.Policy.PrivacyUnit)
	}
	for _, n := range rep.NodeReports {
		require.True(t, n.Passed, "node %s: %s", n.Enclave, n.Reason)
	}
	require.True(t, rep.Reference.Reproduces)
	_, want, err := train.UserPrivacy(&train.DP{Unit: train.UnitUser, Clip: 3, Delta: 1e-5, Epsilon: rep.Epsilon, SampleRate: 1, ServerLR: 1.3}, 2)
	require.NoError(t, err)
	require.Len(t, rep.UserReports, 60)
	for _, u := range rep.UserReports {
		require.True(t, u.Used)
		require.Equal(t, train.UnitUser, u.PrivacyUnit)
		require.InDelta(t, want, u.Epsilon, 1e-12)
	}
}
