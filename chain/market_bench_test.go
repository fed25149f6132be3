package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// Gas targets of the task market (issue 10).
const (
	targetResultGas     = 200_000 // per settled result, committee of 3, batches of 10
	targetClaimGas      = 60_000  // one user claim, proof of depth 10
	targetClaimBatchGas = 25_000  // per user inside claimBatch of 100
)

// BenchmarkMarketGas measures the gas of the market's hot paths on the
// in-process chain (Osaka rules) and reports each against its target.
// Assumptions: committees of 3 drawn from mdev's verifier pool (mPoolSize
// verifiers of 10 seats each), named enclaves (so each submission locks its
// slot's stake), every member votes pass.
//
//	gas/result        submit + draw + 3 commits + 3 reveals + finalize per
//	                  result; draws, each member's commitment and reveal,
//	                  and finalizes batched (up to 10 results or tasks per
//	                  transaction); over the actors' second round (their
//	                  storage words exist, as for a node and verifiers at
//	                  work; gas/result-first is the first round)
//	gas/result-single the same with one draw, commitment, reveal and
//	                  finalize per
//	                  transaction (no batching)
//	gas/settle-vote   settleVotes per seat, one call per verifier
//	gas/withdraw      withdrawEarnings per paid result it covers
//	gas/claim         one user claim (proof of depth 10: 1,024 users), the
//	                  user already holding MEMO; gas/claim-fresh when the
//	                  user's balance slot is new; gas/claim-in-batch per user
//	                  when a relayer pays 100 at once
//
// The metrics named x-target are measured/target (≤ 1 meets it). Run with
// go test -run '^$' -bench MarketGas -benchtime 1x ./chain/
func BenchmarkMarketGas(b *testing.B) {
	for _, sc := range []struct {
		name        string
		replication int
	}{
		{"r1", 1},
		{"r2", 2},
	} {
		b.Run(sc.name, func(b *testing.B) {
			var g marketGas
			for range b.N {
				g = measureMarketGas(b, sc.replication)
			}
			b.ReportMetric(g.publish, "gas/publish")
			b.ReportMetric(g.submit, "gas/submit")
			b.ReportMetric(g.draw, "gas/draw")
			b.ReportMetric(g.commit, "gas/commit")
			b.ReportMetric(g.reveal, "gas/reveal")
			b.ReportMetric(g.finalize, "gas/finalize")
			b.ReportMetric(g.result, "gas/result")
			b.ReportMetric(g.resultFirst, "gas/result-first")
			b.ReportMetric(g.resultSingle, "gas/result-single")
			b.ReportMetric(g.settle, "gas/settle-vote")
			b.ReportMetric(g.withdraw, "gas/withdraw")
			b.ReportMetric(g.claim, "gas/claim")
			b.ReportMetric(g.claimFresh, "gas/claim-fresh")
			b.ReportMetric(g.claimBatch, "gas/claim-in-batch")
			b.ReportMetric(g.result/targetResultGas, "result-x-target")
			b.ReportMetric(g.claim/targetClaimGas, "claim-x-target")
			b.ReportMetric(g.claimBatch/targetClaimBatchGas, "claim-in-batch-x-target")
		})
	}
}

type marketGas struct {
	publish, submit, draw, commit, reveal, finalize     float64
	result, resultFirst, resultSingle, settle, withdraw float64
	claim, claimFresh, claimBatch                       float64
}

// measureMarketGas runs rounds of 40 results (40 tasks of replication 1,
// or 20 of replication 2) to a pass and averages the gas of each step per
// result. With committees of 3 drawn from mdev's pool (6 verifiers of 10
// seats and the registry's approver), a member sits on about 17 of a
// round's results: one commitment and one reveal of 10 ballots, and one of
// the rest. The per-result commit and reveal figures are 3 seats at the
// per-seat cost of the full transactions of 10.
func measureMarketGas(b *testing.B, replication int) marketGas {
	ctx := testContext(b)
	tasks := 40 / replication
	m := mhash(b)
	nodes := make([]marketNode, replication)
	for i := range nodes {
		nodes[i] = newMarketNode(b, m)
		nodes[i].topUp(b, chain.Tokens(int64(500*3*tasks))) // the slots of three rounds (released at withdrawEarnings)
	}
	owner := mAccount(b, chain.Tokens(int64(4*1000*tasks)))
	// 1,024 users: every claim carries a proof of depth 10.
	payouts := make([]chain.Payout, 1024)
	for i := range payouts {
		payouts[i] = chain.Payout{User: mRandomAddr(b), Amount: big.NewInt(1)}
	}
	tree, err := chain.NewPayoutTree(payouts)
	require.NoError(b, err)

	// Each member settles all its seats of a round at once, and the nodes
	// withdraw, which releases the stake the round locked.
	settle := func(r roundGas) (perSeat, perResult float64) {
		var seats, gas float64
		for v, refs := range r.seats {
			rcpt, err := mFunder.SettleVotes(ctx, v, refs)
			require.NoError(b, err)
			seats += float64(len(refs))
			gas += float64(rcpt.GasUsed)
		}
		var withdraw float64
		for _, n := range nodes {
			rcpt, err := n.op.WithdrawEarnings(ctx)
			require.NoError(b, err)
			withdraw += float64(rcpt.GasUsed)
		}
		return gas / seats, withdraw / float64(len(r.ids)*replication)
	}
	first := marketRound(b, m, nodes, owner, tree, tasks, 10)
	settle(first)
	steady := marketRound(b, m, nodes, owner, tree, tasks, 10)
	g := steady.perResult
	g.settle, g.withdraw = settle(steady)
	// Unbatched, a quarter of a round: every seat's reveal is its own
	// transaction, and they must fit in one reveal phase.
	single := marketRound(b, m, nodes, owner, tree, tasks/4, 1)
	settle(single)
	g.resultFirst = first.perResult.result
	g.resultSingle = single.perResult.result

	// Claims: 5 users with no MEMO, then 5 after sending each some MEMO.
	id := steady.ids[0]
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
		rcpt, err := claimer.Claim(ctx, id, l, proof)
		require.NoError(b, err)
		if i < 5 {
			fresh += float64(rcpt.GasUsed)
		} else {
			held += float64(rcpt.GasUsed)
		}
	}
	g.claimFresh, g.claim = fresh/5, held/5
	// A relayer pays 100 more users (all holding MEMO) in one transaction.
	var leaves []chain.PayoutLeaf
	var proofs [][]common.Hash
	for i := 10; i < 110; i++ {
		l := tree.Leaf(i)
		_, err := claimer.TransferMEMO(ctx, l.User, big.NewInt(1))
		require.NoError(b, err)
		proof, err := tree.Proof(i)
		require.NoError(b, err)
		leaves, proofs = append(leaves, l), append(proofs, proof)
	}
	rcpt, err := claimer.ClaimBatch(ctx, id, leaves, proofs)
	require.NoError(b, err)
	g.claimBatch = float64(rcpt.GasUsed) / float64(len(leaves))
	return g
}

type roundGas struct {
	perResult marketGas
	ids       []uint64
	// seats are each member's results of the round.
	seats map[common.Address][]chain.ResultRef
}

// marketRound publishes tasks tasks of len(nodes) named enclaves, submits
// every result, draws every committee, has every member commit and reveal
// pass on all its seats, batch results per transaction, and finalizes the
// tasks; it returns the gas of each step per result.
func marketRound(b *testing.B, m common.Hash, nodes []marketNode, owner *chain.Client, tree *chain.PayoutTree, tasks, batch int) roundGas {
	ctx := testContext(b)
	var sum marketGas
	add := func(v *float64, rcpt *types.Receipt) { *v += float64(rcpt.GasUsed) }
	ids := make([]uint64, tasks)
	for i := range ids {
		spec := chain.TaskSpec{
			Measurement: m, DatasetHash: mhash(b), Fee: chain.Tokens(1000), Split: mSplit,
			Deadline: mHead(b) + 200, VotingWindow: 150, Quorum: 2, Replication: uint8(len(nodes)),
			ResultKeyHash: mhash(b),
		}
		for _, n := range nodes {
			spec.Enclaves = append(spec.Enclaves, n.enclave)
		}
		var rcpt *types.Receipt
		var err error
		ids[i], rcpt, err = owner.Publish(ctx, spec)
		require.NoError(b, err)
		add(&sum.publish, rcpt)
	}
	var refs []chain.ResultRef
	for _, id := range ids {
		for i, n := range nodes {
			c, sig := n.claimFor(b, id, m, tree.Root(), 1000)
			rcpt, err := n.op.SubmitResult(ctx, n.enclave, c, sig)
			require.NoError(b, err)
			add(&sum.submit, rcpt)
			refs = append(refs, chain.ResultRef{TaskID: id, Index: uint8(i)})
		}
	}
	mMineTo(b, mHead(b)+2) // every seed block (after a submission's) sealed, below the head
	for start := 0; start < len(refs); start += batch {
		rcpt, err := mFunder.DrawBatch(ctx, refs[start:min(start+batch, len(refs))])
		require.NoError(b, err)
		add(&sum.draw, rcpt)
	}
	seats := map[common.Address][]chain.ResultRef{}
	var members []common.Address
	var ends uint64
	for _, ref := range refs {
		cm, err := owner.Committee(ctx, ref.TaskID, ref.Index)
		require.NoError(b, err)
		for _, v := range cm.Members {
			if _, ok := seats[v]; !ok {
				members = append(members, v)
			}
			seats[v] = append(seats[v], ref)
		}
		r, err := owner.Result(ctx, ref.TaskID, ref.Index)
		require.NoError(b, err)
		ends = max(ends, r.VotingEnds)
	}
	type commit struct {
		id      uint64
		salt    common.Hash
		ballots []chain.Ballot
	}
	commits := map[common.Address][]commit{}
	// Gas and ballots of the transactions of a full batch.
	var fullCommit, fullReveal, fullBallots float64
	for _, v := range members {
		mine := seats[v]
		for start := 0; start < len(mine); start += batch {
			// A verifier at work reuses its commitment slots round after
			// round (ids 1, 2, ...): a commitment then rewrites a slot.
			c := commit{id: uint64(1 + start/batch), salt: mhash(b)}
			if batch == 1 {
				c.id = 1000 + mCommitSeq.Add(1) // fresh slots, as in a verifier's first round
			}
			for _, ref := range mine[start:min(start+batch, len(mine))] {
				c.ballots = append(c.ballots, chain.Ballot{TaskID: ref.TaskID, Index: ref.Index, Pass: true})
			}
			rcpt, err := mClient(b, v).CommitVotes(ctx, c.id, c.salt, c.ballots)
			require.NoError(b, err)
			add(&sum.commit, rcpt)
			if len(c.ballots) == batch {
				add(&fullCommit, rcpt)
			}
			commits[v] = append(commits[v], c)
		}
	}
	mMineTo(b, ends+1)
	for _, v := range members {
		for _, c := range commits[v] {
			rcpt, err := mClient(b, v).RevealVotes(ctx, c.id, c.salt, c.ballots)
			require.NoError(b, err)
			add(&sum.reveal, rcpt)
			if len(c.ballots) == batch {
				add(&fullReveal, rcpt)
				fullBallots += float64(batch)
			}
		}
	}
	if batch == 1 {
		for _, id := range ids {
			rcpt, err := owner.Finalize(ctx, id)
			require.NoError(b, err)
			add(&sum.finalize, rcpt)
		}
	} else {
		for start := 0; start < len(ids); start += batch {
			rcpt, err := owner.FinalizeBatch(ctx, ids[start:min(start+batch, len(ids))])
			require.NoError(b, err)
			add(&sum.finalize, rcpt)
		}
	}
	n := float64(len(refs))
	g := marketGas{
		publish: sum.publish / float64(tasks), submit: sum.submit / n, draw: sum.draw / n,
		commit: sum.commit / n, reveal: sum.reveal / n, finalize: sum.finalize / n,
	}
	if fullBallots > 0 { // three seats at the per-seat cost of full batches
		g.commit, g.reveal = 3*fullCommit/fullBallots, 3*fullReveal/fullBallots
	}
	g.result = g.submit + g.draw + g.commit + g.reveal + g.finalize
	return roundGas{perResult: g, ids: ids, seats: seats}
}
