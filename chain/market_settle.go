package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
)

// ErrNotSettleable is returned by Settle for a task that cannot settle
// yet; the error names the block to wait for.
var ErrNotSettleable = errors.New("task cannot settle yet")

// Settlement is whether, and how, an open market task can settle at a
// block.
type Settlement struct {
	// Ready reports whether the task can settle at the block: every
	// submitted result is decided (its committee revealed, or its reveal
	// phase is over), and every result is in or the deadline has passed.
	Ready bool
	// Missing counts the result slots still empty. A ready task with
	// missing results settles by Timeout (their shares are refunded to the
	// owner, their operators slashed if they had accepted the slots),
	// otherwise by Finalize.
	Missing int
	// Due is, when not Ready, the first block at which the task may be
	// ready (a later submission can move it further).
	Due uint64
}

// SettlementAt reads the result slots of open task t and says whether it
// can settle in a transaction checked at block head (gas is estimated at
// the head, so a phase that ends at block b is over at head b+1).
func (c *Client) SettlementAt(ctx context.Context, t Task, head uint64) (Settlement, error) {
	var s Settlement
	for i := range t.Replication {
		r, err := c.Result(ctx, t.ID, i)
		if err != nil {
			return Settlement{}, err
		}
		switch {
		case r.State == ResultEmpty:
			s.Missing++
			if head <= t.Deadline {
				s.Due = max(s.Due, t.Deadline+1) // a result still to come
			}
		case r.State == ResultSubmitted && head <= r.RevealEnds && !(r.Drawn && r.Revealed == t.Committee):
			s.Due = max(s.Due, r.RevealEnds+1)
		}
	}
	s.Ready = s.Due == 0
	return s, nil
}

// Settle settles open market task taskID the way its state calls for:
// Finalize once every result is in and decided, Timeout once its deadline
// has passed with results missing and the submitted ones decided. A task
// that cannot settle yet gets an error wrapping ErrNotSettleable that
// names the block to wait for; a settled one, ErrTaskSettled.
func (c *Client) Settle(ctx context.Context, taskID uint64) (*types.Receipt, Settlement, error) {
	t, err := c.Task(ctx, taskID)
	if err != nil {
		return nil, Settlement{}, err
	}
	if t.Status != TaskOpen {
		return nil, Settlement{}, fmt.Errorf("settling task %d: %w (%s)", taskID, ErrTaskSettled, t.Status)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, Settlement{}, err
	}
	s, err := c.SettlementAt(ctx, t, head)
	if err != nil {
		return nil, s, err
	}
	if !s.Ready {
		return nil, s, fmt.Errorf("settling task %d: %w: results are still to come or to be judged; retry from block %d (the head is %d)", taskID, ErrNotSettleable, s.Due, head)
	}
	var rcpt *types.Receipt
	if s.Missing > 0 {
		rcpt, err = c.Timeout(ctx, taskID)
	} else {
		rcpt, err = c.Finalize(ctx, taskID)
	}
	return rcpt, s, err
}
