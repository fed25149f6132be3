package enclave

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// TestUnwrapGrantsBatch admits a task's datasets in one call, as a node
// does: each grant is judged on its own (a revoked one, one the chain does
// not hold and one whose wrapped key belongs to another dataset are
// refused with their own errors, without keeping the others out), only the
// admitted datasets are trained on, and a task the enclave refuses refuses
// the whole batch.
func TestUnwrapGrantsBatch(t *testing.T) {
	ctx := context.Background()
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 1, Epochs: 1, Batch: 32,
		LR: 0.5, Momentum: 0.9, Seed: 1, DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	chain := newMemChain()
	cfg := testConfig(chain, nopQuoter{}, testSecret())
	cfg.Workload = Workload{Kind: Kind(spec), ID: spec.Hash()}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	policy := grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 100, Delta: 1e-5}
	var (
		ds  []dataset
		ins []Input
	)
	for _, p := range digitsParts(t, 6) {
		ds = append(ds, sealDataset(t, p))
		ins = append(ins, ds[len(ds)-1].grantTo(t, e, chain, policy))
	}
	chain.revoke(ins[1].Grant)
	chain.mu.Lock()
	delete(chain.grants, key(ins[3].Grant.Dataset, e.Address()))
	chain.mu.Unlock()
	swapped := *ins[4].Grant
	swapped.WrappedKey = ins[5].Grant.WrappedKey
	require.NoError(t, swapped.Sign(ds[4].owner))
	ins[4].Grant = &swapped
	owner := ownerKey(t)
	task := &Task{ID: common.Hash{0xb1}, Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()}

	errs, err := e.UnwrapGrants(ctx, task, ins)
	require.NoError(t, err)
	require.Len(t, errs, len(ins))
	require.NoError(t, errs[0])
	require.ErrorIs(t, errs[1], grant.ErrRevoked)
	require.NoError(t, errs[2])
	require.ErrorIs(t, errs[3], grant.ErrNotActive)
	require.ErrorIs(t, errs[4], grant.ErrUnwrap)
	require.NoError(t, errs[5])

	r, err := e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	var used []common.Hash
	for _, u := range r.Usage {
		used = append(used, u.Dataset)
	}
	require.ElementsMatch(t, []common.Hash{ins[0].Grant.Dataset, ins[2].Grant.Dataset, ins[5].Grant.Dataset}, used)

	closed := *task
	closed.Market, closed.MarketID = testMarket, 99 // no such market task
	errs, err = e.UnwrapGrants(ctx, &closed, ins)
	require.ErrorIs(t, err, ErrChain)
	require.Nil(t, errs)
}
