package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// Gas targets of the task market (issue: on-chain task market).
const (
	targetResultGas = 150_000 // submit + its share of votes + its share of finalize
	targetClaimGas  = 60_000  // one user claim
	targetBatchGas  = 25_000  // per result in a batched vote of 10
)

// BenchmarkMarketGas measures the gas of the market's hot paths on the
// in-process chain (Osaka rules) and reports each against its target:
//
//	gas/result       submit + quorum × batched vote + finalize, per result
//	                 of the actors' first 10 tasks (so it carries the one-off
//	                 creation of the operator's earnings slot and of each
//	                 verifier's vote word, 20k gas each)
//	gas/result-steady the same for their next 10 tasks: earnings slot and
//	                 vote words exist, as for a node and verifiers at work
//	gas/batch-vote   one verifier's vote on one result inside a batch of 10
//	gas/claim        one user claim (proof of depth 10: 1,024 users), the
//	                 user already holding MEMO; gas/claim-fresh when the
//	                 user's balance slot is new (ERC-20 zero-to-nonzero write);
//	                 gas/claim-in-batch per user when a relayer pays 10 at once
//
// The metrics named x-target are measured/target (≤ 1 meets it). Run with
// go test -run '^$' -bench MarketGas ./chain/
func BenchmarkMarketGas(b *testing.B) {
	for _, sc := range []struct {
		name        string
		replication int
		quorum      uint8
	}{
		{"r1-q1", 1, 1},
		{"r1-q2", 1, 2},
		{"r2-q1", 2, 1},
		{"r2-q2", 2, 2},
	} {
		b.Run(sc.name, func(b *testing.B) {
			var g marketGas
			for range b.N {
				g = measureMarketGas(b, sc.replication, sc.quorum)
			}
			b.ReportMetric(g.submit, "gas/submit")
			b.ReportMetric(g.batchVote, "gas/batch-vote")
			b.ReportMetric(g.singleVote, "gas/vote")
			b.ReportMetric(g.finalize, "gas/finalize")
			b.ReportMetric(g.result, "gas/result")
			b.ReportMetric(g.resultSteady, "gas/result-steady")
			b.ReportMetric(g.claim, "gas/claim")
			b.ReportMetric(g.claimFresh, "gas/claim-fresh")
			b.ReportMetric(g.claimBatch, "gas/claim-in-batch")
			b.ReportMetric(g.settle, "gas/settle-vote")
			b.ReportMetric(g.publish, "gas/publish")
			b.ReportMetric(g.result/targetResultGas, "result-x-target")
			b.ReportMetric(g.resultSteady/targetResultGas, "result-steady-x-target")
			b.ReportMetric(g.batchVote/targetBatchGas, "batch-x-target")
			b.ReportMetric(g.claim/targetClaimGas, "claim-x-target")
			b.ReportMetric(g.claimFresh/targetClaimGas, "claim-fresh-x-target")
			b.ReportMetric(g.claimBatch/targetClaimGas, "claim-in-batch-x-target")
		})
	}
}

type marketGas struct {
	publish, submit, batchVote, singleVote, finalize, result, resultSteady, claim, claimFresh, claimBatch, settle float64
}

// measureMarketGas runs 10 tasks of the given replication and quorum to a
// pass and averages the gas of each step.
func measureMarketGas(b *testing.B, replication int, quorum uint8) marketGas {
	ctx := testContext(b)
	const tasks = 10
	m := mhash(b)
	nodes := make([]marketNode, replication)
	for i := range nodes {
		nodes[i] = newMarketNode(b, m)
	}
	owner := mAccount(b, chain.Tokens(2*1000*tasks)) // two rounds
	verifiers := make([]*chain.Client, quorum)
	for i := range verifiers {
		verifiers[i] = mVerifier(b)
	}
	// 1,024 users: every claim carries a proof of depth 10.
	payouts := make([]chain.Payout, 1024)
	for i := range payouts {
		payouts[i] = chain.Payout{User: mAddrOf(mKey(b)), Amount: big.NewInt(1)}
	}
	tree, err := chain.NewPayoutTree(payouts)
	require.NoError(b, err)

	sum, ids, ballots := marketRound(b, m, nodes, owner, verifiers, tree, tasks)
	batchPerResult := sum.batchVote / float64(len(ballots)*len(verifiers))
	results := len(ballots)
	// A verifier pulls its rewards for all its votes at once.
	refs := make([]chain.ResultRef, len(ballots))
	for i, bl := range ballots {
		refs[i] = chain.ResultRef{TaskID: bl.TaskID, Index: bl.Index}
	}
	rcpt, err := verifiers[0].SettleVotes(ctx, verifiers[0].Address(), refs)
	require.NoError(b, err)
	settle := float64(rcpt.GasUsed) / float64(len(refs))

	// Claims: the first 5 leaves by users with no MEMO, the next 5 after
	// sending each user some MEMO first.
	claimer := mAccount(b, chain.Tokens(1))
	var fresh, held float64
	for i := range 10 {
		l := tree.Leaf(i)
		if i >= 5 {
			_, err := claimer.TransferMEMO(ctx, l.User, big.NewInt(1))
			require.NoError(b, err)
		}
		proof, err := tree.Proof(i)
		require.NoError(b, err)
		require.Len(b, proof, 10)
		rcpt, err := claimer.Claim(ctx, ids[0], l, proof)
		require.NoError(b, err)
		if i < 5 {
			fresh += float64(rcpt.GasUsed)
		} else {
			held += float64(rcpt.GasUsed)
		}
	}
	// A relayer pays 10 more users (all holding MEMO) in one transaction.
	var leaves []chain.PayoutLeaf
	var proofs [][]common.Hash
	for i := 10; i < 20; i++ {
		l := tree.Leaf(i)
		_, err := claimer.TransferMEMO(ctx, l.User, big.NewInt(1))
		require.NoError(b, err)
		proof, err := tree.Proof(i)
		require.NoError(b, err)
		leaves, proofs = append(leaves, l), append(proofs, proof)
	}
	rcpt, err = claimer.ClaimBatch(ctx, ids[0], leaves, proofs)
	require.NoError(b, err)
	batched := float64(rcpt.GasUsed) / float64(len(leaves))
	single := singleVoteGas(b)

	g := marketGas{
		publish:    sum.publish / tasks,
		submit:     sum.submit / float64(results),
		batchVote:  batchPerResult,
		singleVote: single,
		finalize:   sum.finalize / float64(results),
		claim:      held / 5,
		claimFresh: fresh / 5,
		claimBatch: batched,
		settle:     settle,
	}
	g.result = g.submit + float64(quorum)*g.batchVote + g.finalize
	// The same actors again: the steady state of a working node and verifiers.
	steady, _, ballots := marketRound(b, m, nodes, owner, verifiers, tree, tasks)
	n := float64(len(ballots))
	g.resultSteady = (steady.submit + steady.batchVote + steady.finalize) / n
	return g
}

// marketRound publishes tasks tasks of len(nodes) named enclaves, submits
// every result, has every verifier vote pass on all of them in batches of 10
// and finalizes them; it returns the summed gas of each step, the task ids
// and the ballots.
func marketRound(b *testing.B, m common.Hash, nodes []marketNode, owner *chain.Client, verifiers []*chain.Client,
	tree *chain.PayoutTree, tasks int) (marketGas, []uint64, []chain.Ballot) {
	ctx := testContext(b)
	quorum, replication := uint8(len(verifiers)), uint8(len(nodes))
	var err error
	var sum marketGas
	ids := make([]uint64, tasks)
	for i := range ids {
		spec := chain.TaskSpec{
			Measurement: m, DatasetHash: mhash(b), Fee: chain.Tokens(1000), Split: mSplit,
			Deadline: mHead(b) + 1000, VotingWindow: 1000, Quorum: quorum, Replication: replication,
		}
		for _, n := range nodes {
			spec.Enclaves = append(spec.Enclaves, n.enclave)
		}
		var rcpt *types.Receipt
		ids[i], rcpt, err = owner.Publish(ctx, spec)
		require.NoError(b, err)
		sum.publish += float64(rcpt.GasUsed)
	}
	for _, id := range ids {
		for _, n := range nodes {
			c, sig := n.claimFor(b, id, m, tree.Root(), 1000)
			rcpt, err := n.op.SubmitResult(ctx, n.enclave, c, sig)
			require.NoError(b, err)
			sum.submit += float64(rcpt.GasUsed)
		}
	}
	// Each verifier votes on all results in batches of 10.
	var ballots []chain.Ballot
	for _, id := range ids {
		for i := range nodes {
			ballots = append(ballots, chain.Ballot{TaskID: id, Index: uint8(i), Pass: true})
		}
	}
	for _, v := range verifiers {
		for start := 0; start < len(ballots); start += 10 {
			rcpt, err := v.VoteBatch(ctx, ballots[start:min(start+10, len(ballots))])
			require.NoError(b, err)
			sum.batchVote += float64(rcpt.GasUsed)
		}
	}
	for _, id := range ids {
		rcpt, err := owner.Finalize(ctx, id)
		require.NoError(b, err)
		sum.finalize += float64(rcpt.GasUsed)
	}
	return sum, ids, ballots
}

// singleVoteGas is the gas of one unbatched vote on a fresh result.
func singleVoteGas(b *testing.B) float64 {
	ctx := testContext(b)
	m := mhash(b)
	n := newMarketNode(b, m)
	_, id := mPublish(b, mSpec(b, m, n))
	n.submit(b, id, m, common.Hash{1})
	rcpt, err := mVerifier(b).Vote(ctx, id, 0, true)
	require.NoError(b, err)
	return float64(rcpt.GasUsed)
}
