package enclave

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// userLevelSpec is a small user-level (DP-FedAvg) training spec.
func userLevelSpec() train.Spec {
	return train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 2, Epochs: 2, Batch: 8, LR: 1, Momentum: 0.5, Seed: 9,
		DP: &train.DP{Unit: train.UnitUser, Clip: 3, Delta: 1e-5, Epsilon: 4, SampleRate: 1, ServerLR: 1}}
}

// TestUserLevelPolicy: an owner whose signed policy requires user-level
// DP is refused by an enclave running a record-level task, including
// when the host relabels the task's spec as user-level (the enclave
// measured the record-level spec, so the relabelled one is not its
// workload). An enclave running the user-level spec admits the dataset
// and charges the user-level ε the spec's accountant gives, computed
// inside the enclave.
func TestUserLevelPolicy(t *testing.T) {
	ctx := context.Background()
	owner := ownerKey(t)
	parts := digitsParts(t, 3)
	policy := grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 8, Delta: 1e-5, PrivacyUnit: grant.UnitUser}

	record := userLevelSpec()
	record.DP = &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}
	t.Run("record-level task refused", func(t *testing.T) {
		chain := newMemChain()
		cfg := testConfig(chain, nopQuoter{}, testSecret())
		cfg.Workload = Workload{Kind: Kind(record), ID: record.Hash()}
		e, err := NewSim(cfg)
		require.NoError(t, err)
		in := sealDataset(t, parts[0]).grantTo(t, e, chain, policy)
		task := &Task{ID: common.Hash{1}, Owner: common.Address{0xc0}, Spec: record, ResultKey: owner.PublicKey().Bytes()}
		err = e.UnwrapGrant(ctx, task, in)
		require.ErrorIs(t, err, grant.ErrPolicy)
		require.ErrorContains(t, err, "user-level")

		relabelled := *task
		relabelled.Spec = userLevelSpec() // what the owner's policy wants, not what the enclave runs
		require.ErrorIs(t, e.UnwrapGrant(ctx, &relabelled, in), ErrWorkload)
	})

	t.Run("user-level task admitted and charged user-level ε", func(t *testing.T) {
		spec := userLevelSpec()
		chain := newMemChain()
		cfg := testConfig(chain, nopQuoter{}, testSecret())
		cfg.Workload = Workload{Kind: Kind(spec), ID: spec.Hash()}
		e, err := NewSim(cfg)
		require.NoError(t, err)
		task := &Task{ID: common.Hash{2}, Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()}
		for _, p := range parts {
			in := sealDataset(t, p).grantTo(t, e, chain, policy)
			require.NoError(t, e.UnwrapGrant(ctx, task, in))
		}
		res, err := e.RunTask(ctx, task, nil)
		require.NoError(t, err)
		_, want, err := train.UserPrivacy(spec.DP, spec.Rounds)
		require.NoError(t, err)
		require.Len(t, res.Usage, 3)
		for i, u := range res.Usage {
			require.Equal(t, want, u.Epsilon)
			require.Equal(t, want, e.Spent(u.Dataset), "dataset %d", i)
		}
	})
}
