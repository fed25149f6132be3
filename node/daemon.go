package node

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// tick is how often the daemon looks at its tasks and the head when nothing
// woke it.
const tick = time.Second

// maxAttempts bounds the runs of one task (restarts and retries after
// recoverable failures) before the node gives it up.
const maxAttempts = 5

// Serve runs the node as a daemon until ctx ends: it registers the enclave
// (with the node's URL) unless the registry already holds it, draws its
// approval committee when due and waits until verifiers approve it
// (re-attesting for a new committee if the drawn one stays silent), then
// keeps the approval renewed (attestStep), runs every task whose document
// it accepted as soon as the task is ready
// (its owner's input arrived, if the task commits to one), federates with
// the other assigned nodes over HTTP, submits the enclave-signed claim
// once, and withdraws the operator's earnings when a task settles. Its
// state is in Config.DB, so a restarted daemon resumes every task where it
// was: a task that was running re-runs (the enclave recovers its noise seed
// from the sealed state and gets the same result), and a result on chain is
// never submitted again. The handler keeps serving while Serve waits.
func (n *Node) Serve(ctx context.Context) error {
	if err := n.ensureRegistered(ctx); err != nil {
		return err
	}
	if err := n.awaitActive(ctx); err != nil {
		return err
	}
	n.log.Info("enclave active; serving tasks")
	n.running.Go(func() { n.keepAttested(ctx) })
	n.running.Go(func() {
		if err := n.watchMarket(ctx); err != nil && ctx.Err() == nil {
			n.log.Error("watching the market stopped", slog.Any("err", err))
		}
	})
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		n.schedule(ctx)
		select {
		case <-ctx.Done():
			n.running.Wait()
			return ctx.Err()
		case <-t.C:
		case <-n.wake:
		}
	}
}

// poke wakes Serve to look at the tasks now (a document or input arrived).
func (n *Node) poke() {
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// ensureRegistered registers the enclave unless the registry holds it, and
// keeps the registry's endpoint at Config.PublicURL.
func (n *Node) ensureRegistered(ctx context.Context) error {
	op := n.cfg.Operator
	info, err := op.Enclave(ctx, n.Enclave())
	if err != nil {
		return err
	}
	switch info.Status {
	case chain.EnclaveUnknown:
		_, rcpt, err := n.Register(ctx)
		if err != nil {
			return err
		}
		n.log.Info("enclave registered", slog.Uint64("block", rcpt.BlockNumber.Uint64()), slog.String("measurement", n.cfg.Enclave.Measurement().Hex()))
		return nil
	case chain.EnclaveDeregistered:
		return fmt.Errorf("%w: enclave %s is deregistered: start the node with a fresh data directory", ErrConfig, n.Enclave())
	}
	if info.Operator != op.Address() {
		return fmt.Errorf("%w: enclave %s is registered by %s, not by this operator %s", ErrConfig, n.Enclave(), info.Operator, op.Address())
	}
	if n.cfg.PublicURL == "" {
		return nil
	}
	url, err := op.Endpoint(ctx, n.Enclave())
	if err != nil || url == n.cfg.PublicURL {
		return err
	}
	if _, err := op.SetEndpoint(ctx, n.Enclave(), n.cfg.PublicURL); err != nil {
		return err
	}
	n.log.Info("endpoint updated", slog.String("url", n.cfg.PublicURL), slog.String("was", url))
	return nil
}

// schedule starts every task that is ready and not running, and submits
// the results that are done.
func (n *Node) schedule(ctx context.Context) {
	n.mu.Lock()
	var start []common.Hash
	for id, st := range n.states {
		if n.active[id] {
			continue
		}
		switch st.Phase {
		case nodeapi.PhaseAccepted, nodeapi.PhaseRunning, nodeapi.PhaseDone:
		case nodeapi.PhaseFailed:
			if st.Attempts >= maxAttempts || time.Since(st.Updated) < time.Duration(st.Attempts)*2*time.Second {
				continue
			}
		default:
			continue
		}
		t := n.tasks[id]
		if t.InputCommitment != (common.Hash{}) && n.inputs[id] == nil {
			if st.Reason == "" {
				st.Reason = "waiting for the owner's sealed input"
			}
			continue
		}
		n.active[id] = true
		start = append(start, id)
	}
	n.mu.Unlock()
	for _, id := range start {
		n.running.Add(1)
		go func() {
			defer n.running.Done()
			defer func() {
				n.mu.Lock()
				delete(n.active, id)
				n.mu.Unlock()
			}()
			n.process(ctx, id)
		}()
	}
}

// process runs task id unless its evidence is there, then submits the
// claim unless it is on chain.
func (n *Node) process(ctx context.Context, id common.Hash) {
	log := n.log.With(slog.String("task", id.Hex()))
	if _, err := n.Result(id); err != nil {
		if reason, ok := n.refuse(ctx, id); !ok {
			n.mu.Lock()
			n.setPhase(id, nodeapi.PhaseRefused, reason)
			n.mu.Unlock()
			log.Warn("task refused", slog.String("reason", reason))
			return
		}
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseRunning, "")
		n.mu.Unlock()
		log.Info("running task")
		carrier, err := n.Carrier(id)
		if err == nil {
			_, err = n.Run(ctx, id, carrier)
		}
		if err != nil {
			if ctx.Err() != nil {
				return // shutting down: the task stays running and resumes at the next start
			}
			n.mu.Lock()
			n.setPhase(id, nodeapi.PhaseFailed, err.Error())
			n.mu.Unlock()
			log.Error("task failed", slog.Any("err", err))
			return
		}
		n.saveSealed()
	}
	if err := n.submitOnce(ctx, id); err != nil {
		if ctx.Err() != nil {
			return
		}
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseFailed, err.Error())
		n.mu.Unlock()
		log.Error("submitting the result", slog.Any("err", err))
	}
}

// refuse reports why the node will not run task id now (ok true if it will).
func (n *Node) refuse(ctx context.Context, id common.Hash) (string, bool) {
	n.mu.Lock()
	t := n.tasks[id]
	n.mu.Unlock()
	mid, _, market := t.MarketTask(n.Enclave())
	if !market {
		return "", true
	}
	mt, err := n.cfg.Operator.Task(ctx, mid)
	if err != nil {
		return "", true // the run itself reads the chain and fails with the reason
	}
	head, err := n.cfg.Operator.BlockNumber(ctx)
	switch {
	case mt.Status != chain.TaskOpen:
		return fmt.Sprintf("market task %d is %s", mid, mt.Status), false
	case err == nil && head > mt.Deadline:
		return fmt.Sprintf("market task %d's deadline (block %d) has passed", mid, mt.Deadline), false
	}
	return "", true
}

// submitOnce submits the claim of task id unless the task is off-market
// or its slot already holds a result (a restart after submitting).
func (n *Node) submitOnce(ctx context.Context, id common.Hash) error {
	n.mu.Lock()
	t := n.tasks[id]
	n.mu.Unlock()
	mid, slot, market := t.MarketTask(n.Enclave())
	if !market {
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseDone, "off-market: nothing to submit")
		n.mu.Unlock()
		return nil
	}
	if n.cfg.Cheat == Withhold {
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseDone, "withholding the result")
		n.mu.Unlock()
		return nil
	}
	r, err := n.cfg.Operator.Result(ctx, mid, uint8(slot))
	if err != nil {
		return err
	}
	if r.State != chain.ResultEmpty {
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseSubmitted, "")
		n.mu.Unlock()
		return nil
	}
	rcpt, err := n.Submit(ctx, id)
	if err != nil {
		return err
	}
	n.mu.Lock()
	n.setPhase(id, nodeapi.PhaseSubmitted, "")
	n.states[id].SubmitTx = rcpt.TxHash
	_ = n.persist(bucketStates, id, n.states[id])
	n.mu.Unlock()
	n.log.Info("result submitted", slog.String("task", id.Hex()), slog.Uint64("gas", rcpt.GasUsed))
	return nil
}

// saveSealed keeps the enclave's sealed state (keys, noise secret, ε
// ledger) in the database, so that a restarted node recovers the same
// enclave.
func (n *Node) saveSealed() {
	if n.cfg.DB == nil {
		return
	}
	blob, err := n.cfg.Enclave.Seal()
	if err == nil {
		err = n.cfg.DB.SaveSealed(blob)
	}
	if err != nil {
		n.log.Error("sealing the enclave's state", slog.Any("err", err))
	}
}
