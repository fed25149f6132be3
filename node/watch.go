package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// marketEvents are the TaskMarket events the node follows.
var marketEvents = sync.OnceValue(func() (e struct{ submitted, selected, settled common.Hash }) {
	a, err := bindings.TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(err) // the generated ABI is constant
	}
	e.submitted = a.Events[bindings.TaskMarketResultSubmittedEventName].ID
	e.selected = a.Events[bindings.TaskMarketReexecutionSelectedEventName].ID
	e.settled = a.Events[bindings.TaskMarketTaskSettledEventName].ID
	return e
})

// slotKey names a result slot of a market task.
type slotKey struct {
	task  uint64
	index uint8
}

// watchMarket follows TaskMarket from the block the database says (or the
// head, the first time) until ctx ends: it remembers which enclave
// submitted each result, re-executes results selected for re-execution
// when this node is a standby for them (it holds grants for every dataset
// of the task and is not assigned to it), and, when a task it ran settles,
// records the verdict and withdraws the operator's earnings.
func (n *Node) watchMarket(ctx context.Context) error {
	op := n.cfg.Operator
	src, ok := op.Backend().(chain.LogSource)
	if !ok {
		return fmt.Errorf("%w: the chain connection cannot filter logs", ErrConfig)
	}
	from := uint64(0)
	if n.cfg.DB != nil {
		var err error
		if from, err = n.cfg.DB.NextBlock(); err != nil {
			return err
		}
	}
	if from == 0 {
		head, err := op.BlockNumber(ctx)
		if err != nil {
			return err
		}
		from = head
	}
	ev := marketEvents()
	return chain.Watch(ctx, chain.WatchConfig{
		Connect:   func(context.Context) (chain.LogSource, error) { return src, nil },
		Query:     ethereum.FilterQuery{Addresses: []common.Address{op.Deployment().TaskMarket}, Topics: [][]common.Hash{{ev.submitted, ev.selected, ev.settled}}},
		FromBlock: from,
		Logger:    n.log,
	}, func(l types.Log) error {
		if l.Removed || len(l.Topics) < 2 {
			return nil
		}
		mid := new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64()
		switch l.Topics[0] {
		case ev.submitted:
			if len(l.Topics) > 2 && len(l.Data) >= 32 {
				n.mu.Lock()
				n.submitted[slotKey{mid, uint8(new(big.Int).SetBytes(l.Data[:32]).Uint64())}] = common.BytesToAddress(l.Topics[2].Bytes())
				n.mu.Unlock()
			}
		case ev.selected:
			if len(l.Data) >= 32 {
				key := slotKey{mid, uint8(new(big.Int).SetBytes(l.Data[:32]).Uint64())}
				n.running.Go(func() {
					if err := n.standby(ctx, key); err != nil && ctx.Err() == nil {
						n.log.Warn("re-execution not done", slog.Uint64("marketTask", mid), slog.Int("result", int(key.index)), slog.Any("err", err))
					}
				})
			}
		case ev.settled:
			n.settled(ctx, mid)
		}
		if n.cfg.DB != nil {
			return n.cfg.DB.SaveNextBlock(l.BlockNumber)
		}
		return nil
	})
}

// settled records that market task mid settled, for every task of this
// node it pays, and withdraws the operator's earnings if there are any
// (for its results, or for re-executing others' as a standby).
func (n *Node) settled(ctx context.Context, mid uint64) {
	n.mu.Lock()
	var ids []common.Hash
	for id, t := range n.tasks {
		if m, _, ok := t.MarketTask(n.Enclave()); ok && m == mid {
			ids = append(ids, id)
		}
	}
	n.mu.Unlock()
	op := n.cfg.Operator
	for _, id := range ids {
		n.mu.Lock()
		_, slot, _ := n.tasks[id].MarketTask(n.Enclave())
		n.mu.Unlock()
		reason := "market task settled"
		if r, err := op.Result(ctx, mid, uint8(slot)); err == nil {
			reason = fmt.Sprintf("market task %d settled: this result %s", mid, r.State)
		}
		n.mu.Lock()
		n.setPhase(id, nodeapi.PhaseSettled, reason)
		n.mu.Unlock()
		n.dropOutbox(id)
		n.log.Info("task settled", slog.String("task", id.Hex()), slog.String("outcome", reason))
	}
	earned, err := op.Earnings(ctx, op.Address())
	if err != nil || earned.Sign() == 0 {
		return
	}
	rcpt, err := op.WithdrawEarnings(ctx)
	if err != nil {
		n.log.Warn("withdrawing earnings", slog.Any("err", err))
		return
	}
	n.mu.Lock()
	for _, id := range ids {
		n.states[id].WithdrawTx = rcpt.TxHash
		_ = n.persist(bucketStates, id, n.states[id])
	}
	n.mu.Unlock()
	n.log.Info("earnings withdrawn", slog.String("amount", chain.FormatMEMO(earned)), slog.Uint64("gas", rcpt.GasUsed))
}

// standby re-executes the task of a result selected for re-execution when
// this node is a standby for it: it is not assigned to the task and holds
// grants for every dataset of every assignment (the data owners granted it
// too, allowing re-execution). It re-executes each task once and publishes
// its report with the evidence of every assigned node.
func (n *Node) standby(ctx context.Context, key slotKey) error {
	n.mu.Lock()
	origin, ok := n.submitted[key]
	done := n.reexecuted[key.task]
	if !done {
		n.reexecuted[key.task] = true
	}
	n.mu.Unlock()
	if done {
		return nil
	}
	if !ok {
		return fmt.Errorf("no submission seen for result %d of market task %d", key.index, key.task)
	}
	op := n.cfg.Operator
	mt, err := op.Task(ctx, key.task)
	if err != nil {
		return err
	}
	url, err := op.Endpoint(ctx, origin)
	if err != nil {
		return err
	}
	api, err := nodeapi.NewClient(url, n.cfg.HTTP)
	if err != nil {
		return err
	}
	st, err := api.TaskState(ctx, mt.DatasetHash)
	if err != nil {
		return err
	}
	t := st.Task
	if t.Hash() != mt.DatasetHash || t.MarketID != key.task || t.Market != op.Deployment().TaskMarket {
		return fmt.Errorf("%w: the document %s serves is not market task %d's", nodeapi.ErrTask, url, key.task)
	}
	if _, ok := t.Assignment(n.Enclave()); ok {
		return nil // assigned: another enclave re-executes
	}
	for _, a := range t.Assignments {
		if _, ok, err := n.grants.missing(a.Datasets); err != nil {
			return err
		} else if ok {
			n.log.Debug("not a standby for the task: no grant for one of its datasets", slog.Uint64("marketTask", key.task))
			return nil
		}
	}
	n.log.Info("re-executing a selected result", slog.Uint64("marketTask", key.task), slog.Int("result", int(key.index)))
	doc, err := n.cfg.Enclave.Attest(ctx, t.ID)
	if err != nil {
		return err
	}
	evs := make([]*nodeapi.Evidence, len(t.Assignments))
	exports := make([]*enclave.SealedNoiseSeed, len(t.Assignments))
	apis := make([]*nodeapi.Client, len(t.Assignments))
	for i, a := range t.Assignments {
		if apis[i], err = nodeapi.NewClient(a.Node, n.cfg.HTTP); err != nil {
			return err
		}
		if evs[i], err = apis[i].Evidence(ctx, t.ID); err != nil {
			return err
		}
		if exports[i], err = apis[i].ExportReexecution(ctx, t.ID, doc); err != nil {
			return err
		}
	}
	rep, err := n.Reexecute(ctx, t, evs, exports)
	if err != nil {
		return err
	}
	// Report on chain for every slot the draw selected (the operator is
	// paid a part of each one's verifier share), then publish the report
	// with the nodes' evidence, where verifiers read it.
	var errs []error
	for i := range t.Assignments {
		r, err := op.Result(ctx, key.task, uint8(i))
		if err != nil || !r.Reexecute || i >= len(rep.MarketSignatures) {
			errs = append(errs, err)
			continue
		}
		rr := chain.ReexecutionReport{TaskID: key.task, Index: uint8(i), OutputHash: rep.ModelHash}
		if _, err := op.ReportReexecution(ctx, n.Enclave(), rr, rep.MarketSignatures[i]); err != nil {
			errs = append(errs, fmt.Errorf("reporting the re-execution of result %d on chain: %w", i, err))
			continue
		}
		n.log.Info("re-execution reported on chain", slog.Uint64("marketTask", key.task), slog.Int("result", i))
	}
	for i := range t.Assignments {
		errs = append(errs, apis[i].PublishReexecution(ctx, rep))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	n.log.Info("re-execution published", slog.Uint64("marketTask", key.task), slog.String("modelHash", rep.ModelHash.Hex()),
		slog.Bool("matchesSelected", slices.ContainsFunc(evs, func(ev *nodeapi.Evidence) bool { return ev.Result.ModelHash == rep.ModelHash })))
	return nil
}
