package gasbench_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain/gasbench"
)

// TestMeasure runs every measurement once on one chain and checks the
// figures are those of real receipts: positive, and in the order the
// protocol implies (a batch is cheaper per entry than one transaction
// each, a claim to a fresh balance dearer than to a held one).
func TestMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("sends about 500 transactions")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	b, err := gasbench.New(ctx)
	require.NoError(t, err)
	defer b.Close()
	start := time.Now()
	m, err := b.MeasureMarket(ctx, 1)
	require.NoError(t, err)
	t.Logf("market %v: %+v", time.Since(start), m)
	require.Positive(t, m.Vote)
	require.Less(t, m.Result, m.ResultSingle)
	require.Less(t, m.Claim, m.ClaimFresh)
	require.Less(t, m.ClaimBatch, m.Claim)
	require.Less(t, m.ClaimBatch, m.ClaimBatchFresh)
	start = time.Now()
	g, err := b.MeasureGrants(ctx, 100, 3)
	require.NoError(t, err)
	t.Logf("grants %v: %+v", time.Since(start), g)
	require.Less(t, g.BatchGas, g.Single)
	start = time.Now()
	f, err := b.MeasureFlat(ctx, 100, 10_000, 2)
	require.NoError(t, err)
	t.Logf("flat %v: %+v", time.Since(start), f)
	require.Positive(t, f.SmallGas)
	require.Positive(t, f.LargeGas)
}
