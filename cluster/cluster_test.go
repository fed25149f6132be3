package cluster_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
)

var (
	smallOnce sync.Once
	small     *cluster.Cluster
	smallRep  *cluster.Report
	smallErr  error
)

// runSmall builds and runs one small cluster shared by the tests: 6 users,
// 2 honest nodes and the cheating one, 3 verifiers, 5 rounds.
func runSmall(t *testing.T) (*cluster.Cluster, *cluster.Report) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	smallOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		small, smallErr = cluster.New(ctx, cluster.Config{Users: 6, Nodes: 2, Verifiers: 3, Rounds: 5})
		if smallErr == nil {
			smallRep, smallErr = small.Run(ctx)
		}
	})
	require.NoError(t, smallErr)
	return small, smallRep
}

func TestMain(m *testing.M) {
	code := m.Run()
	if small != nil {
		_ = small.Close()
	}
	os.Exit(code)
}

// TestEndToEnd checks the outcomes of a whole run, not its log.
func TestEndToEnd(t *testing.T) {
	c, rep := runSmall(t)

	t.Run("the company's decrypted model is accurate", func(t *testing.T) {
		require.Greater(t, rep.Accuracy, 0.75, "a DP softmax model on digits beats chance (0.1) by far")
		require.True(t, rep.Reference.Reproduces, "the clear re-run reproduces the enclaves' model bit for bit")
		require.Len(t, rep.Reference.Rounds, 5)
		last := rep.Reference.Rounds[len(rep.Reference.Rounds)-1]
		require.InDelta(t, rep.Accuracy, last.TestAccuracy, 1e-12, "the curve ends at the model the company opened")
	})

	t.Run("honest nodes pass, the cheating node fails on lineage", func(t *testing.T) {
		require.Len(t, rep.NodeReports, 3)
		for _, n := range rep.NodeReports {
			if n.Cheat == cluster.Honest.String() {
				require.True(t, n.Passed, "honest node %s: %s", n.Enclave, n.Reason)
				require.Equal(t, n.Assigned, n.Used)
				continue
			}
			require.False(t, n.Passed)
			require.Equal(t, 1, n.Used)
			require.Equal(t, 2, n.Assigned)
			require.Contains(t, n.Reason, "lineage: used 1 of 2 assigned datasets")
			require.NotContains(t, n.Reason, "signature", "the cheat is not in the signature: the enclave signed what it did")
		}
		for _, v := range rep.VerifierReports {
			require.Equal(t, 2, v.Passed)
			require.Equal(t, 1, v.Failed)
		}
	})

	t.Run("ε charged within every grant, none for dropped data", func(t *testing.T) {
		used := 0
		for _, u := range rep.UserReports {
			if !u.Used {
				require.Zero(t, u.Epsilon)
				continue
			}
			used++
			require.Greater(t, u.Epsilon, 0.0)
			require.LessOrEqual(t, u.Epsilon, rep.Epsilon+1e-9, "DP-SGD spends at most the task's target")
			require.LessOrEqual(t, u.Epsilon, u.Budget)
		}
		require.Equal(t, 5, used, "all users but the one the cheating node dropped")
	})

	t.Run("grants were relayed on chain", func(t *testing.T) {
		var relayed int
		for _, g := range rep.Gas {
			require.Positive(t, g.Gas, g.Step)
			if strings.Contains(g.Step, "grant") {
				relayed += g.Txs
			}
		}
		require.Equal(t, len(c.Users()), relayed)
	})
}
