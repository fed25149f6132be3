package bench

import (
	"context"
	"fmt"

	"github.com/memo-protocol/memo-compute/chain/gasbench"
)

// Sizes of the gas rows (issue 14): claim and grant batches of 100, a task
// settled at 100 and at 10,000 owners.
const (
	gasBatch      = 100
	gasFlatSmall  = 100
	gasFlatLarge  = 10_000
	gasGrantsEach = 5 // grants relayed one transaction each, for the baseline
)

// measureGas runs the gas rows on a gas bench's own dev chain (committees
// of 3, votes batched 10 per transaction, claims at tree depth 10): every
// figure is the gas used of receipts of this run. --quick averages gas-flat
// over one task of each size instead of three.
func measureGas(ctx context.Context, quick bool) ([]Row, error) {
	b, err := gasbench.New(ctx)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	m, err := b.MeasureMarket(ctx, 1)
	if err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	g, err := b.MeasureGrants(ctx, gasBatch, gasGrantsEach)
	if err != nil {
		return nil, fmt.Errorf("grants: %w", err)
	}
	tasks := 3
	if quick {
		tasks = 1
	}
	f, err := b.MeasureFlat(ctx, gasFlatSmall, gasFlatLarge, tasks)
	if err != nil {
		return nil, fmt.Errorf("settling at %d owners: %w", gasFlatLarge, err)
	}
	atMost := func(limit float64) *Goal { return &Goal{AtMost: true, OfValue: true, Limit: limit} }
	return []Row{
		{Name: "gas-result", Value: m.Result, Unit: "gas", Goal: atMost(200_000),
			Note: fmt.Sprintf("per settled result: submit %.0f, draw %.0f, 3 commits %.0f, 3 reveals %.0f, finalize %.0f (committee of 3, batches of 10, actors' second round; first round %.0f, unbatched %.0f); publish %.0f per task",
				m.Submit, m.Draw, m.Commit, m.Reveal, m.Finalize, m.ResultFirst, m.ResultSingle, m.Publish)},
		{Name: "gas-claim", Value: m.Claim, Unit: "gas", Goal: atMost(60_000),
			Note: fmt.Sprintf("one claim, proof of depth 10, the owner already holding MEMO; %.0f when its balance is new", m.ClaimFresh)},
		{Name: "gas-claim-batch", Value: m.ClaimBatch, Unit: "gas", Goal: atMost(25_000),
			Note: fmt.Sprintf("per owner in a claimBatch of %d (depth 10) to owners holding MEMO; %.0f to owners holding none", gasBatch, m.ClaimBatchFresh)},
		{Name: "gas-vote", Value: m.Vote, Unit: "gas", Goal: atMost(25_000),
			Note: "one committee vote, commitment and reveal, amortised over a batch of 10 ballots"},
		Row{Name: "gas-grant-batch", Value: g.BatchGas, Unit: "gas",
			Note: fmt.Sprintf("per owner's first grant in a grantBatchWithSig of %d, all under one policy; baseline: one grantWithSig relay each (%d owners)", g.Batch, gasGrantsEach)}.withBaseline(g.Single),
		Row{Name: "gas-flat", Value: f.LargeGas, Unit: "gas", Goal: &Goal{AtMost: true, Limit: 1.05},
			Note: fmt.Sprintf("publishing and settling one task (replication 1, unbatched) whose result pays %d owners; baseline: one paying %d; %d task(s) of each", f.Large, f.Small, tasks)}.withBaseline(f.SmallGas),
	}, nil
}
