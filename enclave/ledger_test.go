package enclave

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// TestBudgetSpentBetweenAdmissionAndRun admits two tasks over the same
// datasets before running either: the first spends ε, so when the second
// runs one dataset's budget no longer covers it and RunTask drops that
// dataset (the ledger's admission), training on the rest.
func TestBudgetSpentBetweenAdmissionAndRun(t *testing.T) {
	ctx := context.Background()
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 1, Epochs: 1, Batch: 64,
		LR: 0.5, Momentum: 0.9, Seed: 3, DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	chain := newMemChain()
	cfg := testConfig(chain, nopQuoter{}, testSecret())
	cfg.Workload = Workload{Kind: Kind(spec), ID: spec.Hash()}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	parts := digitsParts(t, 4)
	tight, ample := sealDataset(t, parts[0]), sealDataset(t, parts[1])
	in := []Input{
		tight.grantTo(t, e, chain, grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 6, Delta: 1e-5}),
		ample.grantTo(t, e, chain, grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 10, Delta: 1e-5}),
	}
	owner := ownerKey(t)
	tasks := []*Task{
		{ID: common.Hash{1}, Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()},
		{ID: common.Hash{2}, Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()},
	}
	for _, task := range tasks {
		for _, x := range in {
			require.NoError(t, e.UnwrapGrant(ctx, task, x))
		}
	}
	first, err := e.RunTask(ctx, tasks[0], nil)
	require.NoError(t, err)
	require.Len(t, first.Usage, 2)
	eps := first.Usage[0].Epsilon
	require.InDelta(t, 4, eps, 1e-6)

	chain.commitLedger(t, e) // the first task's claim reaches the chain
	second, err := e.RunTask(ctx, tasks[1], nil)
	require.NoError(t, err)
	require.Len(t, second.Usage, 1, "the dataset whose budget is spent is dropped")
	require.Equal(t, in[1].Grant.Dataset, second.Usage[0].Dataset)
	require.Equal(t, eps, e.Spent(in[0].Grant.Dataset))
	require.Equal(t, eps+second.Usage[0].Epsilon, e.Spent(in[1].Grant.Dataset))

	// The remaining dataset trained alone: the same model as plain
	// training on its records with the enclave's noise seed.
	got, err := OpenResult(owner, second)
	require.NoError(t, err)
	noise, err := SimNoiseSeed(e, tasks[1].ID)
	require.NoError(t, err)
	res, err := train.Train(ctx, spec, [][]train.Slice{{{User: ledgerUser(in[1].Grant.Dataset), Data: parts[1]}}}, train.Options{Noise: []train.NoiseSeed{noise}})
	require.NoError(t, err)
	want, err := res.Model.Params.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, want, got)
}
