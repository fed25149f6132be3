package chain_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain/gasbench"
)

// Gas targets of the task market (issue 10).
const (
	targetResultGas     = 200_000 // per settled result, committee of 3, batches of 10
	targetClaimGas      = 60_000  // one user claim, proof of depth 10
	targetClaimBatchGas = 25_000  // per user inside claimBatch of 100
)

// BenchmarkMarketGas measures the gas of the market's hot paths on a gas
// bench's own dev chain (Osaka rules; gasbench.MeasureMarket says what each
// figure covers) and reports each against its target:
//
//	gas/result        submit + draw + 3 commits + 3 reveals + finalize per
//	                  result, batched 10 per transaction, actors' second round
//	gas/result-first  the same over their first round
//	gas/result-single the same with no batching
//	gas/vote          one committee vote (commit and reveal) in a batch of 10
//	gas/settle-vote   settleVotes per seat, one call per verifier
//	gas/withdraw      withdrawEarnings per paid result it covers
//	gas/claim         one user claim (depth 10), the user holding MEMO;
//	                  gas/claim-fresh when its balance slot is new;
//	                  gas/claim-in-batch per user when a relayer pays 100
//	                  at once (-fresh: users holding no MEMO)
//
// The metrics named x-target are measured/target (≤ 1 meets it). Run with
// go test -run '^$' -bench MarketGas -benchtime 1x ./chain/
func BenchmarkMarketGas(b *testing.B) {
	bench, err := gasbench.New(testContext(b))
	require.NoError(b, err)
	defer bench.Close()
	for _, sc := range []struct {
		name        string
		replication int
	}{
		{"r1", 1},
		{"r2", 2},
	} {
		b.Run(sc.name, func(b *testing.B) {
			var g gasbench.Market
			for range b.N {
				g, err = bench.MeasureMarket(testContext(b), sc.replication)
				require.NoError(b, err)
			}
			b.ReportMetric(g.Publish, "gas/publish")
			b.ReportMetric(g.Submit, "gas/submit")
			b.ReportMetric(g.Draw, "gas/draw")
			b.ReportMetric(g.Commit, "gas/commit")
			b.ReportMetric(g.Reveal, "gas/reveal")
			b.ReportMetric(g.Finalize, "gas/finalize")
			b.ReportMetric(g.Result, "gas/result")
			b.ReportMetric(g.ResultFirst, "gas/result-first")
			b.ReportMetric(g.ResultSingle, "gas/result-single")
			b.ReportMetric(g.Vote, "gas/vote")
			b.ReportMetric(g.SettleVote, "gas/settle-vote")
			b.ReportMetric(g.Withdraw, "gas/withdraw")
			b.ReportMetric(g.Claim, "gas/claim")
			b.ReportMetric(g.ClaimFresh, "gas/claim-fresh")
			b.ReportMetric(g.ClaimBatch, "gas/claim-in-batch")
			b.ReportMetric(g.ClaimBatchFresh, "gas/claim-in-batch-fresh")
			b.ReportMetric(g.Result/targetResultGas, "result-x-target")
			b.ReportMetric(g.Claim/targetClaimGas, "claim-x-target")
			b.ReportMetric(g.ClaimBatch/targetClaimBatchGas, "claim-in-batch-x-target")
		})
	}
}
