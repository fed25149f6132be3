package node

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
)

// Defaults of Config.GrantBatch and Config.GrantBatchDelay.
const (
	DefaultGrantBatch      = 100
	DefaultGrantBatchDelay = 100 * time.Millisecond
)

// grantRelayTimeout bounds one batched relay transaction, sent on behalf of
// every owner waiting on it (none of their requests' contexts alone).
const grantRelayTimeout = 2 * time.Minute

// grantRelay queues the signed grants data owners hand the node and relays
// them in batches (DataGrants.grantBatchWithSig, one transaction for up to
// max grants): a batch leaves when it holds max grants or delay after its
// first grant arrived, whichever comes first. Each caller waits for its
// own entry's outcome: the batch's receipt, or the reason the contract
// skipped that entry, so one owner's bad grant fails only that owner's
// request. Batches are sent one at a time, in order.
type grantRelay struct {
	send  func(context.Context, []chain.SignedGrant) (*types.Receipt, []chain.SkippedGrant, error)
	max   int
	delay time.Duration
	log   *slog.Logger

	mu      sync.Mutex
	pending []*queuedGrant
	timer   *time.Timer
	sendMu  sync.Mutex // one batch on the wire at a time
}

type queuedGrant struct {
	g    chain.SignedGrant
	done chan relayOutcome // buffered: the sender never blocks
}

type relayOutcome struct {
	rcpt *types.Receipt
	err  error
}

// relay queues g and waits for the outcome of its entry, or for ctx. A
// grant whose caller gave up is still relayed with its batch.
func (r *grantRelay) relay(ctx context.Context, g chain.SignedGrant) (*types.Receipt, error) {
	q := &queuedGrant{g: g, done: make(chan relayOutcome, 1)}
	r.mu.Lock()
	r.pending = append(r.pending, q)
	if len(r.pending) >= r.max {
		b := r.take()
		r.mu.Unlock()
		go r.sendBatch(b)
	} else {
		if r.timer == nil {
			r.timer = time.AfterFunc(r.delay, r.flush)
		}
		r.mu.Unlock()
	}
	select {
	case o := <-q.done:
		return o.rcpt, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// take empties the queue; r.mu is held.
func (r *grantRelay) take() []*queuedGrant {
	b := r.pending
	r.pending = nil
	if r.timer != nil {
		r.timer.Stop()
		r.timer = nil
	}
	return b
}

// flush sends what is queued (the delay ran out).
func (r *grantRelay) flush() {
	r.mu.Lock()
	b := r.take()
	r.mu.Unlock()
	if len(b) > 0 {
		r.sendBatch(b)
	}
}

// sendBatch relays b in one transaction and tells each entry its outcome.
// An owner's entries go in nonce order (the contract takes an owner's
// nonces one after another), owners in a fixed order.
func (r *grantRelay) sendBatch(b []*queuedGrant) {
	slices.SortStableFunc(b, func(x, y *queuedGrant) int {
		if c := bytes.Compare(x.g.Owner[:], y.g.Owner[:]); c != 0 {
			return c
		}
		return nonceOf(x.g).Cmp(nonceOf(y.g))
	})
	in := make([]chain.SignedGrant, len(b))
	for i, q := range b {
		in[i] = q.g
	}
	r.sendMu.Lock()
	defer r.sendMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), grantRelayTimeout)
	defer cancel()
	rcpt, skipped, err := r.send(ctx, in)
	if err != nil {
		for _, q := range b {
			q.done <- relayOutcome{err: err}
		}
		r.log.Warn("batched grant relay failed", slog.Int("grants", len(b)), slog.String("error", err.Error()))
		return
	}
	why := make(map[int]error, len(skipped))
	for _, s := range skipped {
		why[s.Index] = s.Err
	}
	for i, q := range b {
		if err, ok := why[i]; ok {
			// ErrReverted as well as the rule broken (err): the owner's
			// to fix, not the node's failure.
			q.done <- relayOutcome{err: fmt.Errorf("skipped in batch transaction %s (%w for this grant): %w", rcpt.TxHash.Hex(), chain.ErrReverted, err)}
			continue
		}
		q.done <- relayOutcome{rcpt: rcpt}
	}
	r.log.Info("grants relayed in one transaction", slog.Int("grants", len(b)-len(skipped)), slog.Int("skipped", len(skipped)),
		slog.String("tx", rcpt.TxHash.Hex()), slog.Uint64("gas", rcpt.GasUsed))
}

func nonceOf(g chain.SignedGrant) *big.Int {
	if g.Message.Nonce == nil {
		return new(big.Int)
	}
	return g.Message.Nonce
}
