package company

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Tracker is what following a task reads of TaskMarket (chain.Client
// implements it).
type Tracker interface {
	BlockNumber(ctx context.Context) (uint64, error)
	Task(ctx context.Context, taskID uint64) (chain.Task, error)
	Result(ctx context.Context, taskID uint64, index uint8) (chain.Result, error)
}

// Status is where a task stands, on chain and on each assigned node.
type Status struct {
	Task     common.Hash `json:"task"`
	MarketID uint64      `json:"marketTask"`
	Head     uint64      `json:"head"`
	// Market is the task's record on TaskMarket; Slots its result slots, in
	// assignment order.
	Market chain.Task   `json:"-"`
	Slots  []SlotStatus `json:"-"`
	Nodes  []NodeStatus `json:"-"`
}

// SlotStatus is one result slot of the market task.
type SlotStatus struct {
	Index   int            `json:"index"`
	Enclave common.Address `json:"enclave"`
	Result  chain.Result   `json:"-"`
}

// NodeStatus is what an assigned node says of the task (Error when it
// could not be asked or answered badly).
type NodeStatus struct {
	Enclave common.Address     `json:"enclave"`
	URL     string             `json:"url"`
	State   *nodeapi.TaskState `json:"-"`
	Error   string             `json:"error,omitempty"`
}

// Settled reports whether the market task is over (settled, cancelled or
// swept): nothing about it changes any more but claims.
func (s *Status) Settled() bool {
	switch s.Market.Status {
	case chain.TaskSettled, chain.TaskCancelled, chain.TaskSwept:
		return true
	}
	return false
}

// Track reads the task's market record, each result slot and each
// assigned node's state (nodes are asked at once, each within timeout).
func Track(ctx context.Context, m Tracker, t *nodeapi.Task, clients Clients, timeout time.Duration) (*Status, error) {
	if t.MarketID == 0 {
		return nil, fmt.Errorf("%w: task %s has no market task", ErrWorkload, t.ID)
	}
	s := &Status{Task: t.ID, MarketID: t.MarketID, Nodes: make([]NodeStatus, len(t.Assignments))}
	var err error
	if s.Head, err = m.BlockNumber(ctx); err != nil {
		return nil, err
	}
	if s.Market, err = m.Task(ctx, t.MarketID); err != nil {
		return nil, err
	}
	if s.Market.Status == chain.TaskUnknown {
		return nil, fmt.Errorf("%w: market task %d does not exist on this chain", ErrNoResult, t.MarketID)
	}
	if s.Market.DatasetHash != t.ID {
		return nil, fmt.Errorf("%w: market task %d commits to document %s, not %s", ErrNoResult, t.MarketID, s.Market.DatasetHash, t.ID)
	}
	for i, a := range t.Assignments {
		r, err := m.Result(ctx, t.MarketID, uint8(i))
		if err != nil {
			return nil, err
		}
		s.Slots = append(s.Slots, SlotStatus{Index: i, Enclave: a.Enclave, Result: r})
	}
	_ = forAssigned(t, func(i int, a nodeapi.Assignment) error {
		ns := NodeStatus{Enclave: a.Enclave, URL: a.Node}
		api, err := clients(a.Node)
		if err == nil {
			cctx, cancel := context.WithTimeout(ctx, timeout)
			ns.State, err = api.TaskState(cctx, t.ID)
			cancel()
		}
		if err != nil {
			ns.Error = err.Error()
		}
		s.Nodes[i] = ns
		return nil
	})
	return s, nil
}
