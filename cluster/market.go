package cluster

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/verifier"
)

// Market terms of the cluster's tasks, in blocks.
const (
	marketDeadline = 1_000
	votingWindow   = 100
)

// marketReady reports whether the run can settle on TaskMarket, and why
// not.
func (c *Cluster) marketReady() (bool, string) {
	if c.net.Deployment().TaskMarket == (common.Address{}) {
		return false, "TaskMarket is not deployed on this chain: no fee was escrowed, paid, slashed or claimed"
	}
	if k := len(c.nodes); k > chain.MaxReplication {
		return false, fmt.Sprintf("TaskMarket takes at most %d result slots per task and the task has %d enclaves: no fee was escrowed, paid, slashed or claimed", chain.MaxReplication, k)
	}
	return true, ""
}

// balances is a snapshot of every party's MEMO, liquid and staked.
type balances struct {
	liquid map[common.Address]*big.Int
	staked map[common.Address]*big.Int
}

// parties are every account MEMO can move between during settlement.
func (c *Cluster) parties() []common.Address {
	dep := c.net.Deployment()
	out := []common.Address{c.company.Address(), c.treasury, dep.TaskMarket, dep.Staking}
	for _, n := range c.nodes {
		out = append(out, n.Operator())
	}
	if c.standby != nil {
		out = append(out, c.standbyOp.Address())
	}
	for _, v := range c.verifiers {
		out = append(out, v.Address())
	}
	for _, u := range c.users {
		out = append(out, u.Address())
	}
	return out
}

// snapshot reads every party's MEMO and the stakes of the parties that
// stake, a few accounts at a time. Data owners never stake, so their stakes
// are not read (at 10,000 owners that is 10,000 calls per snapshot): were
// one to stake, the Staking contract's balance would move by more than the
// stakes read, and account would find the run not conserved.
func (c *Cluster) snapshot(ctx context.Context) (*balances, error) {
	gov := c.net.Governance()
	parties := c.parties()
	stakers := len(parties) - len(c.users) // parties lists the owners last
	liquid := make([]*big.Int, len(parties))
	staked := make([]*big.Int, len(parties))
	err := forEach(len(parties), 2*runtime.GOMAXPROCS(0), func(i int) error {
		v, err := gov.MEMOBalance(ctx, parties[i])
		if err != nil {
			return fmt.Errorf("reading balances: %w", err)
		}
		liquid[i], staked[i] = v, new(big.Int)
		if i >= stakers {
			return nil
		}
		s, err := gov.StakeOf(ctx, parties[i])
		if err != nil {
			return fmt.Errorf("reading stakes: %w", err)
		}
		staked[i].Add(bigOr0(s.Staked), bigOr0(s.Unbonding))
		return nil
	})
	if err != nil {
		return nil, err
	}
	b := &balances{liquid: make(map[common.Address]*big.Int, len(parties)), staked: make(map[common.Address]*big.Int, len(parties))}
	for i, a := range parties {
		b.liquid[a], b.staked[a] = liquid[i], staked[i]
	}
	return b, nil
}

func bigOr0(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Fees is how a run's fee was escrowed and settled on TaskMarket.
// Its amounts are MEMO base units; MarshalJSON (report.go) writes them.
type Fees struct {
	// Escrowed is what the company escrowed.
	Escrowed *big.Int    `json:"-"`
	Split    chain.Split `json:"split"`
	// NodeSlash is what a failing result costs its operator's stake.
	NodeSlash *big.Int `json:"-"`
	// Task is the one market task of the federated run.
	Task MarketTask `json:"task"`
	// UsersPool is what the passing results credited to data owners, and
	// UsersClaimed what they claimed from it (each leaf once).
	UsersPool    *big.Int `json:"-"`
	UsersClaimed *big.Int `json:"-"`
	// Company is the company's net change (fees paid, refunds and slash
	// compensation received), Treasury the treasury's, and Unclaimed what
	// stays in TaskMarket (rounding, leaves nobody claimed).
	Company   *big.Int `json:"-"`
	Treasury  *big.Int `json:"-"`
	Unclaimed *big.Int `json:"-"`
	// Reexecutor is what the standby's operator earned re-executing
	// selected results: a part of their verifier shares (on a failed
	// result, out of the owner's refund).
	Reexecutor *big.Int `json:"-"`
	// Conserved reports that the changes of every party's MEMO balance
	// (the contracts included) sum to zero and that the Staking contract's
	// balance changed exactly as the stakes it records.
	Conserved bool `json:"conserved"`
}

// MarketTask is the market task of a run: one result slot per enclave.
type MarketTask struct {
	ID  uint64   `json:"id"`
	Fee *big.Int `json:"-"`
	// Share is one result's share of the fee (Fee / replication).
	Share   *big.Int       `json:"-"`
	Results []MarketResult `json:"results"`
}

// MarketResult is one result slot of the market task.
type MarketResult struct {
	Index   int            `json:"index"`
	Enclave common.Address `json:"enclave"`
	State   string         `json:"state"`
}

// publish has the company escrow the fee on TaskMarket: one market task
// with one result slot per assigned enclave (replication K, slot i for
// Assignments[i]), committing to the task document by its hash. Its price
// floor is per record and result: the document's price, which data owners
// get when all K results pass, divided by K.
func (c *Cluster) publish(ctx context.Context, t *nodeapi.Task) (*big.Int, error) {
	co := c.company.client
	market := c.net.Deployment().TaskMarket
	rcpt, err := co.ApproveMEMO(ctx, market, c.fee)
	if err != nil {
		return nil, fmt.Errorf("approving the escrow: %w", err)
	}
	c.gas.add("company: approve escrow", rcpt)
	head, err := co.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	k := len(t.Assignments)
	enclaves := make([]common.Address, k)
	for i, a := range t.Assignments {
		enclaves[i] = a.Enclave
	}
	floor := new(big.Int).Div(t.PricePerRecord, big.NewInt(int64(k)))
	params, err := co.MarketParams(ctx)
	if err != nil {
		return nil, err
	}
	quorum := params.CommitteeSize/2 + 1 // a majority of each result's committee
	id, rcpt, err := co.Publish(ctx, chain.TaskSpec{
		Measurement: t.Measurement, DatasetHash: t.ID, Enclaves: enclaves, Fee: new(big.Int).Set(c.fee),
		Split:    chain.Split{UsersBps: SplitUsers, NodesBps: SplitNodes, VerifiersBps: SplitVerifiers},
		Deadline: head + marketDeadline, VotingWindow: votingWindow, Quorum: quorum, Replication: uint8(k),
		PricePerRecord: floor, ResultKeyHash: chain.ResultKeyHash(t.ResultKey), Reexecute: t.Reexecute,
	})
	if err != nil {
		return nil, fmt.Errorf("publishing the task: %w", err)
	}
	c.gas.add("company: publish task (escrow)", rcpt)
	t.Market, t.MarketID = market, id
	return new(big.Int).Set(c.fee), nil
}

// vote has the committee of every result of the market task judge it: each
// verifier on a committee commits its verdicts on all the results it judges
// in one commitment and, once the commit phase is over, reveals them in one
// transaction (verifier.Commitment, Verifier.Commit and Reveal: the steps
// the verifier daemon takes). It returns each verifier's seats. A result
// whose committee could not be drawn (too few verifiers) or does not reveal
// gets no verdict and settles in the node's favour.
func (c *Cluster) vote(ctx context.Context, t *nodeapi.Task, verdicts [][]verifier.Verdict) ([][]chain.ResultRef, error) {
	co := c.company.client
	refs := make([]chain.ResultRef, len(t.Assignments))
	var ends, revealEnds uint64
	for i := range t.Assignments {
		refs[i] = chain.ResultRef{TaskID: t.MarketID, Index: uint8(i)}
		r, err := co.Result(ctx, t.MarketID, uint8(i))
		if err != nil {
			return nil, err
		}
		ends, revealEnds = max(ends, r.VotingEnds), max(revealEnds, r.RevealEnds)
	}
	voted := make([][]chain.ResultRef, len(c.verifiers))
	if !c.drawn {
		return voted, c.mineTo(ctx, revealEnds+1)
	}
	cms := make([]*verifier.Commitment, len(c.verifiers))
	for j, v := range c.verifiers {
		seats, err := v.Seats(ctx, refs)
		if err != nil || len(seats) == 0 {
			if err != nil {
				return nil, err
			}
			continue
		}
		ballots := make([]chain.Ballot, len(seats))
		for k, s := range seats {
			ballots[k] = chain.Ballot{TaskID: s.TaskID, Index: s.Index, Pass: verdicts[j][s.Index].Pass}
		}
		cm, err := verifier.NewCommitment(ballots)
		if err != nil {
			return nil, err
		}
		rcpt, err := v.Commit(ctx, cm)
		if err != nil {
			return nil, fmt.Errorf("verifier %s: %w", v.Address(), err)
		}
		c.gas.add("verifiers: commit votes (one batch each)", rcpt)
		cms[j], voted[j] = &cm, seats
	}
	if err := c.mineTo(ctx, ends+1); err != nil {
		return nil, err
	}
	for j, v := range c.verifiers {
		if cms[j] == nil {
			continue
		}
		rcpt, err := v.Reveal(ctx, *cms[j])
		if err != nil {
			return nil, fmt.Errorf("verifier %s: %w", v.Address(), err)
		}
		c.gas.add("verifiers: reveal votes (one batch each)", rcpt)
	}
	return voted, nil
}

// mineTo has the dev chain seal blocks until its head is at least block.
func (c *Cluster) mineTo(ctx context.Context, block uint64) error {
	head, err := c.company.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if head < block {
		c.net.Mine(int(block - head))
	}
	return nil
}

// claimBatch is how many payout leaves one claimBatch relay carries.
const claimBatch = 100

// settle finalizes the market task, settles the verifiers' votes, has the
// operators of passing results withdraw their earnings and has every leaf
// of the federation's payout tree claimed once (relayed by the node the
// user granted to; the payout, amount × passing results, goes to the user).
// Every passing result carries the same payout root, which is checked.
func (c *Cluster) settle(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence, voted [][]chain.ResultRef, f *Fees) error {
	co := c.company.client
	id := t.MarketID
	rcpt, err := co.Finalize(ctx, id)
	if err != nil {
		return fmt.Errorf("finalizing market task %d: %w", id, err)
	}
	c.gas.add("company: finalize", rcpt)
	for j, v := range c.verifiers {
		if len(voted[j]) == 0 {
			continue
		}
		rcpt, err := v.SettleVotes(ctx, voted[j])
		if err != nil {
			return fmt.Errorf("settling votes of %s: %w", v.Address(), err)
		}
		c.gas.add("verifiers: settle votes", rcpt)
	}
	var tree *chain.PayoutTree
	var passedRoot common.Hash
	for i := range t.Assignments {
		r, err := co.Result(ctx, id, uint8(i))
		if err != nil {
			return err
		}
		f.Task.Results[i].State = r.State.String()
		// Passed, or no verdict (a committee that could not be drawn or
		// stayed silent): both pay the node and the users.
		if !r.State.Paid() {
			continue
		}
		// The market credits the operator's pay; the node's daemon pulls
		// it when it sees the settlement.
		rcpt, err := c.awaitWithdrawal(ctx, i, t.ID)
		if err != nil {
			return fmt.Errorf("withdrawing earnings of %s: %w", c.nodes[i].Operator(), err)
		}
		c.gas.add("operators: withdraw earnings", rcpt)
		pt, err := chain.NewPayoutTree(evs[i].Result.Payouts)
		if err != nil {
			return fmt.Errorf("market task %d: %w", id, err)
		}
		if pt.Root() != r.PayoutRoot {
			return fmt.Errorf("market task %d: result %d's payouts are not its payout root on chain", id, i)
		}
		if r.State == chain.ResultPassed {
			if passedRoot != (common.Hash{}) && passedRoot != pt.Root() {
				return fmt.Errorf("market task %d: passing results carry different payout roots", id)
			}
			passedRoot = pt.Root()
		}
		if tree == nil { // users claim against the first paid result's root
			tree = pt
		}
	}
	if err := c.awaitStandbyPaid(ctx); err != nil {
		return err
	}
	mt, err := co.Task(ctx, id)
	if err != nil {
		return err
	}
	f.UsersPool = mt.UsersPool
	if tree == nil {
		f.UsersClaimed = new(big.Int)
		return nil
	}
	// Users hold no ETH: their node's operator (the company for a leaf of
	// no user here) pays them in claimBatch relays of claimBatch leaves.
	nodeOf := make(map[common.Address]int, len(c.users))
	for _, u := range c.users {
		nodeOf[u.Address()] = u.node
	}
	var relayers []*chain.Client
	queues := map[*chain.Client][]int{}
	for k := range tree.Len() {
		relayer := c.company.client
		if n, ok := nodeOf[tree.Leaf(k).User]; ok {
			relayer = c.nodeOps[n]
		}
		if _, ok := queues[relayer]; !ok {
			relayers = append(relayers, relayer)
		}
		queues[relayer] = append(queues[relayer], k)
	}
	err = forEach(len(relayers), len(relayers), func(r int) error {
		q := queues[relayers[r]]
		for start := 0; start < len(q); start += claimBatch {
			var leaves []chain.PayoutLeaf
			var proofs [][]common.Hash
			for _, k := range q[start:min(start+claimBatch, len(q))] {
				proof, err := tree.Proof(k)
				if err != nil {
					return err
				}
				leaves, proofs = append(leaves, tree.Leaf(k)), append(proofs, proof)
			}
			rcpt, err := relayers[r].ClaimBatch(ctx, id, leaves, proofs)
			if err != nil {
				return fmt.Errorf("claiming leaves %d.. of market task %d: %w", leaves[0].Index, id, err)
			}
			c.gas.add(fmt.Sprintf("users: claim payouts (relayed, batches of %d)", claimBatch), rcpt)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if mt, err = co.Task(ctx, id); err != nil {
		return err
	}
	f.UsersClaimed = mt.UsersClaimed
	return nil
}

// account fills the fee report from the balance snapshots.
func (c *Cluster) account(before, after *balances, rep *Report) {
	delta := func(a common.Address) (liquid, staked *big.Int) {
		return new(big.Int).Sub(after.liquid[a], before.liquid[a]), new(big.Int).Sub(after.staked[a], before.staked[a])
	}
	// Tokens only move between the parties (contracts included), and the
	// Staking contract's balance moves exactly as the stakes it records.
	liquid, staked := new(big.Int), new(big.Int)
	for _, a := range c.parties() {
		l, s := delta(a)
		liquid.Add(liquid, l)
		staked.Add(staked, s)
	}
	stakingBalance, _ := delta(c.net.Deployment().Staking)
	f := rep.Fees
	f.Conserved = liquid.Sign() == 0 && stakingBalance.Cmp(staked) == 0
	f.Company, _ = delta(c.company.Address())
	f.Treasury, _ = delta(c.treasury)
	f.Unclaimed, _ = delta(c.net.Deployment().TaskMarket)
	f.Reexecutor = new(big.Int)
	if c.standby != nil {
		f.Reexecutor, _ = delta(c.standbyOp.Address())
	}
	for i := range rep.UserReports {
		rep.UserReports[i].Reward, _ = delta(rep.UserReports[i].Address)
	}
	for i := range rep.NodeReports {
		rep.NodeReports[i].Reward, rep.NodeReports[i].StakeChange = delta(rep.NodeReports[i].Operator)
	}
	for i := range rep.VerifierReports {
		rep.VerifierReports[i].Reward, rep.VerifierReports[i].StakeChange = delta(rep.VerifierReports[i].Address)
	}
}

// draw has the company draw every result's committee in one transaction
// (verifier.DrawCommittees, as the verifier daemons draw), once the seed
// block after the submissions is sealed; the draw also samples results for
// re-execution. When too few verifiers are staked no committee is drawn and
// every result settles without a verdict.
func (c *Cluster) draw(ctx context.Context, t *nodeapi.Task) error {
	co := c.company.client
	refs := make([]chain.ResultRef, len(t.Assignments))
	var seedBlock uint64
	for i := range t.Assignments {
		refs[i] = chain.ResultRef{TaskID: t.MarketID, Index: uint8(i)}
		r, err := co.Result(ctx, t.MarketID, uint8(i))
		if err != nil {
			return err
		}
		seedBlock = max(seedBlock, r.VotingEnds-votingWindow+1)
	}
	// Gas is estimated at the head: the seed block must be below it.
	if err := c.mineTo(ctx, seedBlock+1); err != nil {
		return err
	}
	rcpt, err := verifier.DrawCommittees(ctx, co, refs)
	if errors.Is(err, chain.ErrNotEnoughVerifiers) {
		c.drawn = false
		return nil
	}
	if err != nil {
		return fmt.Errorf("drawing committees: %w", err)
	}
	c.drawn = true
	c.gas.add("company: draw committees (one batch)", rcpt)
	return nil
}
