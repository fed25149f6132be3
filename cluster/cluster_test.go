package cluster_test

import (
	"context"
	"math/big"
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

	t.Run("the market pays, refunds, slashes and conserves MEMO", func(t *testing.T) {
		f := rep.Fees
		require.NotNil(t, f, rep.Market)
		require.True(t, f.Conserved, "no MEMO created or lost over all parties and contracts")
		require.Equal(t, cluster.TaskFee.String(), f.Escrowed.String(), "the whole fee is escrowed")
		refund := new(big.Int)
		for i, n := range rep.NodeReports {
			task := f.Tasks[i]
			require.Equal(t, n.Enclave, task.Enclave)
			if n.Passed {
				require.Equal(t, "passed", task.State)
				require.Positive(t, n.Reward.Sign(), "honest operator paid")
				require.Zero(t, n.StakeChange.Sign(), "honest stake untouched")
				continue
			}
			require.Equal(t, "failed", task.State)
			require.Zero(t, n.Reward.Sign(), "the cheating operator is not paid")
			require.Equal(t, new(big.Int).Neg(f.NodeSlash).String(), n.StakeChange.String(), "the cheating operator's stake is slashed by the node slash")
			refund.Add(refund, task.Fee)
		}
		// The company paid the passing shares and got back the failed
		// share and its half of the slash (SlashOwnerBps 5000).
		want := new(big.Int).Neg(f.Escrowed)
		want.Add(want, refund).Add(want, new(big.Int).Div(f.NodeSlash, big.NewInt(2)))
		require.Equal(t, want.String(), f.Company.String())

		paid := new(big.Int)
		for _, u := range rep.UserReports {
			cheated := u.Enclave == rep.NodeReports[len(rep.NodeReports)-1].Enclave
			if cheated {
				require.Zero(t, u.Reward.Sign(), "owners under the failed result are not paid")
				continue
			}
			require.Positive(t, u.Reward.Sign(), "every owner under a passing result claimed")
			paid.Add(paid, u.Reward)
		}
		// Users' parts of the passing shares are claimed in full, up to
		// rounding (one base unit per leaf at most).
		usersPart := new(big.Int)
		for i, n := range rep.NodeReports {
			if n.Passed {
				usersPart.Add(usersPart, new(big.Int).Div(new(big.Int).Mul(f.Tasks[i].Fee, big.NewInt(cluster.SplitUsers)), big.NewInt(10_000)))
			}
		}
		require.LessOrEqual(t, paid.Cmp(usersPart), 0)
		require.LessOrEqual(t, new(big.Int).Sub(usersPart, paid).Int64(), int64(len(rep.UserReports)))
		for _, v := range rep.VerifierReports {
			require.Zero(t, v.StakeChange.Sign(), "no verifier voted against a verdict")
		}
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
