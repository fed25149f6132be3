package cluster_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/enclave"
)

// TestReexecutionCatchesForgedModel: a node whose enclave returns a model
// training did not produce (a compromised TEE: the forged model is
// encrypted, claimed and signed like an honest one) is caught when the
// task asks for re-execution: the standby enclave's re-run gives another
// model hash, the committee fails the result and the node is slashed. With
// re-execution off, the same forgery passes every other check and is paid:
// that is what the spot check adds.
func TestReexecutionCatchesForgedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("starts dev chains and trains models")
	}
	run := func(t *testing.T, cfg cluster.Config) *cluster.Report {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		c, err := cluster.New(ctx, cfg)
		require.NoError(t, err)
		defer c.Close()
		rep, err := c.Run(ctx)
		require.NoError(t, err)
		require.Len(t, rep.NodeReports, 1)
		return rep
	}
	forger := cluster.Config{Users: 4, Nodes: 1, Honest: true, Verifiers: 3, Rounds: 2, Fault: enclave.FaultForgeModel}

	t.Run("re-executed, the forgery fails and is slashed", func(t *testing.T) {
		cfg := forger
		cfg.Reexecute = true
		rep := run(t, cfg)
		n := rep.NodeReports[0]
		require.False(t, n.Passed)
		require.Contains(t, n.Reason, "spot check: re-executed by")
		require.NotNil(t, rep.Fees)
		require.Equal(t, new(big.Int).Neg(rep.Fees.NodeSlash).String(), n.StakeChange.String(), "slashed")
		require.Zero(t, n.Reward.Sign(), "not paid")
		require.NotNil(t, rep.Reexecution)
		require.Empty(t, rep.Reexecution.Error)
		require.Len(t, rep.Reexecution.Results, 1)
		require.False(t, rep.Reexecution.Results[0].Matches)
		require.NotEqual(t, n.Operator, rep.Reexecution.Operator, "re-executed by another operator")
		require.NotEmpty(t, rep.NoModel, "the company opens no forged model")
	})
	t.Run("not re-executed, the forgery passes and is paid", func(t *testing.T) {
		cfg := forger
		cfg.NoReexecution = true
		rep := run(t, cfg)
		n := rep.NodeReports[0]
		require.True(t, n.Passed, n.Reason)
		require.Positive(t, n.Reward.Sign(), "paid for a forged model")
		require.Zero(t, n.StakeChange.Sign())
		require.Nil(t, rep.Reexecution)
		require.False(t, rep.Reference.Reproduces, "the model the company opened is not what training gives")
	})
	t.Run("an honest node re-executed passes", func(t *testing.T) {
		cfg := forger
		cfg.Fault, cfg.Reexecute = enclave.NoFault, true
		rep := run(t, cfg)
		n := rep.NodeReports[0]
		require.True(t, n.Passed, n.Reason)
		require.True(t, rep.Reexecution.Results[0].Matches)
	})
}
