package dataowner

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
)

// Payout is one payout leaf of a settled task owed to a user.
type Payout struct {
	Task  uint64
	Leaf  chain.PayoutLeaf
	Proof []common.Hash
	// Paid is what claiming the leaf pays: its amount for each paid
	// result of the task.
	Paid *big.Int
	// Claimed: the leaf was claimed already.
	Claimed bool
}

// Skipped is a task whose payouts could not be read, and why.
type Skipped struct {
	Task   uint64
	Reason string
}

// Payouts finds the payouts owed to user across the settled tasks that
// any of enclaves took part in (the enclaves the user granted to): each
// task's payout tree is rebuilt from the evidence of the result users
// claim against (TaskMarket's payout slot), checked against that slot's
// payout root on chain, and the user's leaves are returned with their
// proofs, marked when claimed already. Tasks still open, cancelled,
// swept or paying nobody are skipped with their reason.
func Payouts(ctx context.Context, c Chain, logs Logs, clients Clients, user common.Address, enclaves []common.Address) ([]Payout, []Skipped, error) {
	if len(enclaves) == 0 {
		return nil, nil, nil
	}
	slots, err := Slots(ctx, c, logs, enclaves, 0)
	if err != nil {
		return nil, nil, err
	}
	var out []Payout
	var skipped []Skipped
	for _, id := range Tasks(slots) {
		ps, why, err := taskPayouts(ctx, c, logs, clients, user, id)
		if err != nil {
			return nil, nil, err
		}
		if why != "" {
			skipped = append(skipped, Skipped{Task: id, Reason: why})
			continue
		}
		out = append(out, ps...)
	}
	return out, skipped, nil
}

func taskPayouts(ctx context.Context, c Chain, logs Logs, clients Clients, user common.Address, id uint64) ([]Payout, string, error) {
	t, err := c.Task(ctx, id)
	if err != nil {
		return nil, "", err
	}
	switch {
	case t.Status == chain.TaskOpen:
		return nil, "not settled yet", nil
	case t.Status == chain.TaskCancelled:
		return nil, "cancelled", nil
	case t.Status == chain.TaskSwept:
		return nil, "swept to the treasury after the claim period", nil
	case t.Status != chain.TaskSettled:
		return nil, "status " + t.Status.String(), nil
	case t.Passed == 0 || t.UsersPool == nil || t.UsersPool.Sign() == 0:
		return nil, "no result was paid: data owners get nothing", nil
	}
	r, err := c.Result(ctx, id, t.PayoutSlot)
	if err != nil {
		return nil, "", err
	}
	subs, err := Slots(ctx, c, logs, nil, id)
	if err != nil {
		return nil, "", err
	}
	var enclave common.Address
	for _, s := range subs {
		if s.Submitted && s.Index == t.PayoutSlot {
			enclave = s.Enclave
		}
	}
	if enclave == (common.Address{}) {
		return nil, fmt.Sprintf("no submission to slot %d in the logs", t.PayoutSlot), nil
	}
	ev, err := evidence(ctx, c, clients, enclave, t.DatasetHash)
	if err != nil {
		return nil, fmt.Sprintf("fetching the result of enclave %s: %v", enclave, err), nil
	}
	tree, err := chain.NewPayoutTree(ev.Result.Payouts)
	if err != nil {
		return nil, fmt.Sprintf("enclave %s's payouts: %v", enclave, err), nil
	}
	if tree.Root() != r.PayoutRoot {
		return nil, fmt.Sprintf("%v: enclave %s's published payouts are not its payout root on chain", ErrEvidence, enclave), nil
	}
	var out []Payout
	for k := range tree.Len() {
		leaf := tree.Leaf(k)
		if leaf.User != user {
			continue
		}
		proof, err := tree.Proof(k)
		if err != nil {
			return nil, "", err
		}
		claimed, err := c.IsClaimed(ctx, id, leaf.Index)
		if err != nil {
			return nil, "", err
		}
		paid := new(big.Int).Mul(leaf.Amount, big.NewInt(int64(t.Passed)))
		out = append(out, Payout{Task: id, Leaf: leaf, Proof: proof, Paid: paid, Claimed: claimed})
	}
	return out, "", nil
}
