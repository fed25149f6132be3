package node

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
)

// DefaultAttestInterval is how often an active node looks at its standing
// in the registry (Config.AttestInterval).
const DefaultAttestInterval = time.Minute

// renewShare: an active node re-attests when this share of its approval
// period is left, so that the new round has time to be approved (and, if
// its committee stays silent, to be replaced SeedWindow blocks later)
// before the approval runs out.
const renewShare = 4

// Reattest opens a new attestation round for the node's enclave: a fresh
// quote whose report data binds the head block's hash as nonce (so it was
// made after that block), recorded with chain.Client.ReattestEnclave. The
// round's committee judges the enclave afresh; an approval that has not
// run out keeps it active meanwhile.
func (n *Node) Reattest(ctx context.Context) (*types.Receipt, error) {
	op := n.cfg.Operator
	head, err := op.Head(ctx)
	if err != nil {
		return nil, err
	}
	doc, err := n.cfg.Enclave.Attest(ctx, head.Hash())
	if err != nil {
		return nil, fmt.Errorf("re-attesting: %w", err)
	}
	evidence, collateral := enclave.EvidenceHashes(doc)
	return op.ReattestEnclave(ctx, n.Enclave(), evidence, collateral)
}

// awaitActive waits until the enclave is active, taking the steps its
// attestation round calls for (attestStep).
func (n *Node) awaitActive(ctx context.Context) error {
	say := n.onceLogger()
	for !n.attestStep(ctx, say) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(tick):
		}
	}
	return nil
}

// keepAttested keeps an active enclave approved until ctx ends, looking
// every Config.AttestInterval: it renews the approval before it runs out
// and sees the renewal round through (attestStep).
func (n *Node) keepAttested(ctx context.Context) {
	say := n.onceLogger()
	t := time.NewTicker(cmp.Or(n.cfg.AttestInterval, DefaultAttestInterval))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n.attestStep(ctx, say)
	}
}

// attestStep looks at the enclave's current attestation round once, takes
// the step it calls for, and reports whether the enclave is active:
//   - a pending round's committee is drawn as soon as the draw is due
//     (anyone may draw; the node has most reason to);
//   - a pending round that its committee did not approve, or whose
//     committee could not be drawn (too few verifiers were staked when it
//     opened), is replaced by re-attesting once the registry allows it,
//     SeedWindow blocks after it opened: the node does not wait forever
//     for a committee that stays silent;
//   - an approved enclave re-attests when a quarter of the approval period
//     is left, so that it stays active without a gap.
func (n *Node) attestStep(ctx context.Context, say func(msg string, attrs ...any)) bool {
	op := n.cfg.Operator
	active, err := op.EnclaveActive(ctx, n.Enclave())
	if err != nil {
		say("reading the registry failed; retrying", slog.Any("err", err))
		return false
	}
	info, cm, err := op.EnclaveRound(ctx, n.Enclave())
	if err != nil {
		say("reading the registry failed; retrying", slog.Any("err", err))
		return active
	}
	head, err := op.BlockNumber(ctx)
	if err != nil {
		say("reading the head block failed; retrying", slog.Any("err", err))
		return active
	}
	reattest := func(why string) {
		if _, err := n.Reattest(ctx); err != nil {
			say("re-attesting failed; retrying", slog.String("why", why), slog.Any("err", err))
			return
		}
		n.log.Info("re-attested: a new round awaits its committee", slog.String("why", why), slog.Int("round", int(info.Round)+1))
	}
	switch info.Status {
	case chain.EnclaveActive:
		period, err := op.ApprovalPeriod(ctx)
		if err != nil {
			say("reading the approval period failed; retrying", slog.Any("err", err))
			return active
		}
		if head+period/renewShare >= info.ApprovedUntil {
			reattest(fmt.Sprintf("the approval runs out at block %d", info.ApprovedUntil))
		}
	case chain.EnclavePending:
		stalled := head >= cm.FirstReattestBlock
		switch {
		case cm.Drawn && stalled:
			reattest(fmt.Sprintf("the committee of round %d did not approve within %d blocks", info.Round, chain.SeedWindow))
		case cm.Drawn:
			say("waiting for the approval committee's approvals", slog.Int("round", int(info.Round)), slog.Any("members", cm.Members), slog.Int("majority", cm.Majority))
		case head < cm.FirstDrawBlock:
		default:
			if _, err := op.DrawEnclaveCommittee(ctx, n.Enclave()); err == nil {
				n.log.Info("approval committee drawn", slog.Int("round", int(info.Round)))
			} else if stalled {
				reattest(fmt.Sprintf("the committee of round %d could not be drawn within %d blocks: %v", info.Round, chain.SeedWindow, err))
			} else {
				say("cannot draw the approval committee yet; retrying", slog.Any("err", err))
			}
		}
	default:
		say("the enclave is not registered", slog.String("status", info.Status.String()))
	}
	return active
}

// onceLogger returns a logger for a wait that logs each message once in a
// row: the same reason again is not logged again.
func (n *Node) onceLogger() func(msg string, attrs ...any) {
	var said string
	return func(msg string, attrs ...any) {
		if msg != said {
			n.log.Info(msg, attrs...)
			said = msg
		}
	}
}
