package gasbench

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
)

// Market is the gas of TaskMarket's hot paths, per result unless named
// otherwise. Committees are of 3 drawn from the Bench's pool, enclaves are
// named (each submission locks its slot's stake), every member votes pass.
type Market struct {
	// Publish is per task; Submit, Draw, Commit, Reveal and Finalize are
	// per result. Commit and Reveal are 3 seats at the per-seat cost of
	// full batches.
	Publish, Submit, Draw, Commit, Reveal, Finalize float64
	// Result is Submit + Draw + Commit + Reveal + Finalize, with draws,
	// each member's commitment and reveal, and finalizes batched (up to 10
	// results or tasks per transaction), over the actors' second round
	// (their storage words exist, as for a node and verifiers at work).
	Result float64
	// ResultFirst is Result over the actors' first round.
	ResultFirst float64
	// ResultSingle is Result with one draw, commitment, reveal and
	// finalize per transaction (no batching).
	ResultSingle float64
	// Vote is one committee vote, its commitment and its reveal, amortised
	// over a full batch of 10 ballots.
	Vote float64
	// SettleVote is settleVotes per seat, one call per verifier.
	SettleVote float64
	// Withdraw is withdrawEarnings per paid result it covers.
	Withdraw float64
	// Claim is one user's claim with a proof of depth 10 (1,024 users),
	// the user already holding MEMO; ClaimFresh when the user's balance
	// slot is new.
	Claim, ClaimFresh float64
	// ClaimBatch is per user when a relayer pays 100 users (holding MEMO)
	// in one claimBatch; ClaimBatchFresh the same for users holding none
	// (a first payout, as in the demo).
	ClaimBatch, ClaimBatchFresh float64
}

// MeasureMarket runs rounds of 40 results (40 tasks of replication 1, or 20
// of replication 2) to a pass and returns the gas of each step. With
// committees of 3 drawn from 6 verifiers of 10 seats and the registry's
// approver, a member sits on about 17 of a round's results: one commitment
// and one reveal of 10 ballots, and one of the rest.
func (b *Bench) MeasureMarket(ctx context.Context, replication int) (Market, error) {
	tasks := 40 / replication
	m := randomHash()
	nodes := make([]node, replication)
	for i := range nodes {
		var err error
		// The slots of three rounds (released at withdrawEarnings).
		if nodes[i], err = b.newNode(ctx, m, chain.Tokens(int64(500*3*tasks))); err != nil {
			return Market{}, err
		}
	}
	owner, err := b.account(ctx, chain.Tokens(int64(4*1000*tasks)))
	if err != nil {
		return Market{}, err
	}
	// 1,024 users: every claim carries a proof of depth 10.
	tree, err := payoutTree(1024)
	if err != nil {
		return Market{}, err
	}
	r := &rounds{b: b, m: m, nodes: nodes, owner: owner}
	first, err := r.run(ctx, tree.Root(), 1000, tasks, 10)
	if err != nil {
		return Market{}, fmt.Errorf("first round: %w", err)
	}
	if _, _, err := r.settle(ctx, first); err != nil {
		return Market{}, err
	}
	steady, err := r.run(ctx, tree.Root(), 1000, tasks, 10)
	if err != nil {
		return Market{}, fmt.Errorf("second round: %w", err)
	}
	g := steady.gas
	if g.SettleVote, g.Withdraw, err = r.settle(ctx, steady); err != nil {
		return Market{}, err
	}
	// Unbatched, a quarter of a round: every seat's reveal is its own
	// transaction, and they must fit in one reveal phase.
	single, err := r.run(ctx, tree.Root(), 1000, tasks/4, 1)
	if err != nil {
		return Market{}, fmt.Errorf("unbatched round: %w", err)
	}
	if _, _, err := r.settle(ctx, single); err != nil {
		return Market{}, err
	}
	g.ResultFirst, g.ResultSingle = first.gas.Result, single.gas.Result
	if err := b.claims(ctx, steady.ids[0], tree, &g); err != nil {
		return Market{}, fmt.Errorf("claiming: %w", err)
	}
	return g, nil
}

// payoutTree is a tree of n fresh users paid 1 base unit each.
func payoutTree(n int) (*chain.PayoutTree, error) {
	payouts := make([]chain.Payout, n)
	for i := range payouts {
		payouts[i] = chain.Payout{User: randomAddress(), Amount: big.NewInt(1)}
	}
	return chain.NewPayoutTree(payouts)
}

// claims measures the claims of task id's leaves: 5 users with no MEMO,
// then 5 after sending each some MEMO, one transaction each; then 100
// users holding MEMO and 100 holding none, paid by a relayer in one
// claimBatch each.
func (b *Bench) claims(ctx context.Context, id uint64, tree *chain.PayoutTree, g *Market) error {
	claimer, err := b.account(ctx, chain.Tokens(1))
	if err != nil {
		return err
	}
	var fresh, held float64
	for i := range 10 {
		l := tree.Leaf(i)
		if i >= 5 {
			if _, err := claimer.TransferMEMO(ctx, l.User, big.NewInt(1)); err != nil {
				return err
			}
		}
		proof, err := tree.Proof(i)
		if err != nil {
			return err
		}
		rcpt, err := claimer.Claim(ctx, id, l, proof)
		if err != nil {
			return err
		}
		if i < 5 {
			fresh += gasOf(rcpt)
		} else {
			held += gasOf(rcpt)
		}
	}
	g.ClaimFresh, g.Claim = fresh/5, held/5
	batch := func(from int, fund bool) (float64, error) {
		var leaves []chain.PayoutLeaf
		var proofs [][]common.Hash
		for i := from; i < from+100; i++ {
			l := tree.Leaf(i)
			if fund {
				if _, err := claimer.TransferMEMO(ctx, l.User, big.NewInt(1)); err != nil {
					return 0, err
				}
			}
			proof, err := tree.Proof(i)
			if err != nil {
				return 0, err
			}
			leaves, proofs = append(leaves, l), append(proofs, proof)
		}
		rcpt, err := claimer.ClaimBatch(ctx, id, leaves, proofs)
		if err != nil {
			return 0, err
		}
		return gasOf(rcpt) / float64(len(leaves)), nil
	}
	if g.ClaimBatch, err = batch(10, true); err != nil {
		return err
	}
	g.ClaimBatchFresh, err = batch(110, false)
	return err
}

// rounds drives rounds of tasks of one measurement, a node and an owner.
type rounds struct {
	b     *Bench
	m     common.Hash
	nodes []node
	owner *chain.Client
}

// round is the gas of one round per result, its tasks and each member's
// seats.
type round struct {
	gas   Market
	ids   []uint64
	seats map[common.Address][]chain.ResultRef
}

// settle has each member settle all its seats of a round at once, and the
// nodes withdraw, which releases the stake the round locked. It returns
// the gas per seat and per result.
func (r *rounds) settle(ctx context.Context, rd round) (perSeat, perResult float64, err error) {
	var seats, gas float64
	for v, refs := range rd.seats {
		rcpt, err := r.b.funder.SettleVotes(ctx, v, refs)
		if err != nil {
			return 0, 0, fmt.Errorf("settling the votes of %s: %w", v, err)
		}
		seats += float64(len(refs))
		gas += gasOf(rcpt)
	}
	var withdraw float64
	for _, n := range r.nodes {
		rcpt, err := n.op.WithdrawEarnings(ctx)
		if err != nil {
			return 0, 0, err
		}
		withdraw += gasOf(rcpt)
	}
	return gas / seats, withdraw / float64(len(rd.ids)*len(r.nodes)), nil
}

// run publishes tasks tasks of the nodes' enclaves paying a payout tree of
// root root over records records, submits every result, draws every
// committee, has every member commit and reveal pass on all its seats,
// batch results per transaction, and finalizes the tasks; it returns the
// gas of each step per result.
func (r *rounds) run(ctx context.Context, root common.Hash, records uint64, tasks, batch int) (round, error) {
	b := r.b
	var sum Market
	add := func(v *float64, rcpt *types.Receipt) { *v += gasOf(rcpt) }
	head, err := b.head(ctx)
	if err != nil {
		return round{}, err
	}
	ids := make([]uint64, tasks)
	for i := range ids {
		spec := chain.TaskSpec{
			Measurement: r.m, DatasetHash: randomHash(), Fee: chain.Tokens(1000), Split: split,
			Deadline: head + 200, VotingWindow: 150, Quorum: 2, Replication: uint8(len(r.nodes)),
			ResultKeyHash: randomHash(),
		}
		for _, n := range r.nodes {
			spec.Enclaves = append(spec.Enclaves, n.enclave)
		}
		id, rcpt, err := r.owner.Publish(ctx, spec)
		if err != nil {
			return round{}, fmt.Errorf("publishing: %w", err)
		}
		ids[i] = id
		add(&sum.Publish, rcpt)
	}
	var refs []chain.ResultRef
	for _, id := range ids {
		for i, n := range r.nodes {
			c, sig, err := n.claimFor(ctx, id, r.m, root, records)
			if err != nil {
				return round{}, err
			}
			rcpt, err := n.op.SubmitResult(ctx, n.enclave, c, sig)
			if err != nil {
				return round{}, fmt.Errorf("submitting: %w", err)
			}
			add(&sum.Submit, rcpt)
			refs = append(refs, chain.ResultRef{TaskID: id, Index: uint8(i)})
		}
	}
	if head, err = b.head(ctx); err != nil {
		return round{}, err
	}
	if err := b.mineTo(ctx, head+2); err != nil { // every seed block (after a submission's) sealed, below the head
		return round{}, err
	}
	for start := 0; start < len(refs); start += batch {
		rcpt, err := b.funder.DrawBatch(ctx, refs[start:min(start+batch, len(refs))])
		if err != nil {
			return round{}, fmt.Errorf("drawing: %w", err)
		}
		add(&sum.Draw, rcpt)
	}
	seats := map[common.Address][]chain.ResultRef{}
	var members []common.Address
	var ends uint64
	for _, ref := range refs {
		cm, err := r.owner.Committee(ctx, ref.TaskID, ref.Index)
		if err != nil {
			return round{}, err
		}
		for _, v := range cm.Members {
			if _, ok := seats[v]; !ok {
				members = append(members, v)
			}
			seats[v] = append(seats[v], ref)
		}
		res, err := r.owner.Result(ctx, ref.TaskID, ref.Index)
		if err != nil {
			return round{}, err
		}
		ends = max(ends, res.VotingEnds)
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
		voter, err := b.client(v)
		if err != nil {
			return round{}, err
		}
		mine := seats[v]
		for start := 0; start < len(mine); start += batch {
			// A verifier at work reuses its commitment slots round after
			// round (ids 1, 2, ...): a commitment then rewrites a slot.
			c := commit{id: uint64(1 + start/batch), salt: randomHash()}
			if batch == 1 {
				b.commitSeq++
				c.id = 1000 + b.commitSeq // fresh slots, as in a verifier's first round
			}
			for _, ref := range mine[start:min(start+batch, len(mine))] {
				c.ballots = append(c.ballots, chain.Ballot{TaskID: ref.TaskID, Index: ref.Index, Pass: true})
			}
			rcpt, err := voter.CommitVotes(ctx, c.id, c.salt, c.ballots)
			if err != nil {
				return round{}, fmt.Errorf("committing votes: %w", err)
			}
			add(&sum.Commit, rcpt)
			if len(c.ballots) == batch {
				add(&fullCommit, rcpt)
			}
			commits[v] = append(commits[v], c)
		}
	}
	if err := b.mineTo(ctx, ends+1); err != nil {
		return round{}, err
	}
	for _, v := range members {
		voter, _ := b.client(v)
		for _, c := range commits[v] {
			rcpt, err := voter.RevealVotes(ctx, c.id, c.salt, c.ballots)
			if err != nil {
				return round{}, fmt.Errorf("revealing votes: %w", err)
			}
			add(&sum.Reveal, rcpt)
			if len(c.ballots) == batch {
				add(&fullReveal, rcpt)
				fullBallots += float64(batch)
			}
		}
	}
	for start := 0; start < len(ids); start += batch {
		var rcpt *types.Receipt
		var err error
		if batch == 1 {
			rcpt, err = r.owner.Finalize(ctx, ids[start])
		} else {
			rcpt, err = r.owner.FinalizeBatch(ctx, ids[start:min(start+batch, len(ids))])
		}
		if err != nil {
			return round{}, fmt.Errorf("finalizing: %w", err)
		}
		add(&sum.Finalize, rcpt)
	}
	n := float64(len(refs))
	g := Market{
		Publish: sum.Publish / float64(tasks), Submit: sum.Submit / n, Draw: sum.Draw / n,
		Commit: sum.Commit / n, Reveal: sum.Reveal / n, Finalize: sum.Finalize / n,
	}
	if fullBallots > 0 { // three seats at the per-seat cost of full batches
		g.Vote = (fullCommit + fullReveal) / fullBallots
		g.Commit, g.Reveal = 3*fullCommit/fullBallots, 3*fullReveal/fullBallots
	}
	g.Result = g.Submit + g.Draw + g.Commit + g.Reveal + g.Finalize
	return round{gas: g, ids: ids, seats: seats}, nil
}

// Flat is the gas to settle one task (publish, submit, draw, the
// committee's votes, finalize; replication 1, unbatched) whose result pays
// Small owners and Large owners, averaged over a few tasks each.
type Flat struct {
	Small, Large       int
	SmallGas, LargeGas float64
}

// MeasureFlat settles tasks paying small owners and tasks paying large
// owners (20 records each), alternately, after a warm-up task, and returns
// the average gas of each. What grows with the owners off chain (the
// payout tree, the records) reaches the chain as one root and one count.
func (b *Bench) MeasureFlat(ctx context.Context, small, large, tasks int) (Flat, error) {
	m := randomHash()
	n, err := b.newNode(ctx, m, chain.Tokens(int64(500*(2*tasks+1))))
	if err != nil {
		return Flat{}, err
	}
	owner, err := b.account(ctx, chain.Tokens(int64(1000*(2*tasks+1))))
	if err != nil {
		return Flat{}, err
	}
	r := &rounds{b: b, m: m, nodes: []node{n}, owner: owner}
	f := Flat{Small: small, Large: large}
	trees := map[int]*chain.PayoutTree{}
	for _, k := range []int{small, large} {
		if trees[k], err = payoutTree(k); err != nil {
			return Flat{}, err
		}
	}
	settle := func(owners int) (float64, error) {
		rd, err := r.run(ctx, trees[owners].Root(), 20*uint64(owners), 1, 1)
		if err != nil {
			return 0, err
		}
		if _, _, err := r.settle(ctx, rd); err != nil {
			return 0, err
		}
		return rd.gas.Publish + rd.gas.Result, nil
	}
	if _, err := settle(small); err != nil { // warm-up: the node's and verifiers' words exist
		return Flat{}, err
	}
	for range tasks {
		s, err := settle(small)
		if err != nil {
			return Flat{}, err
		}
		l, err := settle(large)
		if err != nil {
			return Flat{}, err
		}
		f.SmallGas += s / float64(tasks)
		f.LargeGas += l / float64(tasks)
	}
	return f, nil
}
