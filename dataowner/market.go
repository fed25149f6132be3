package dataowner

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Chain is what the data owner reads of TaskMarket and EnclaveRegistry
// (chain.Client implements it; its Backend gives the logs).
type Chain interface {
	Deployment() *chain.Deployment
	BlockNumber(ctx context.Context) (uint64, error)
	Task(ctx context.Context, taskID uint64) (chain.Task, error)
	Result(ctx context.Context, taskID uint64, index uint8) (chain.Result, error)
	IsClaimed(ctx context.Context, taskID, index uint64) (bool, error)
	Endpoint(ctx context.Context, enclave common.Address) (string, error)
	LedgerRoot(ctx context.Context, enclave common.Address) (common.Hash, error)
}

// Logs reads event logs (ethclient.Client implements it).
type Logs interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Clients returns the API client of the node at url.
type Clients = func(url string) (*nodeapi.Client, error)

// Slot is a result slot of a market task, as a log named it.
type Slot struct {
	Task    uint64
	Index   uint8
	Enclave common.Address
	Block   uint64
	// Submitted: a ResultSubmitted log (else an assignment or acceptance).
	Submitted bool
}

var topics = sync.OnceValue(func() (t struct{ assigned, accepted, submitted common.Hash }) {
	ext, err := bindings.TaskMarketExtMetaData.ParseABI()
	if err != nil {
		panic(err) // the generated ABI is constant
	}
	m, err := bindings.TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	t.assigned = ext.Events[bindings.TaskMarketExtEnclaveAssignedEventName].ID
	t.accepted = ext.Events[bindings.TaskMarketExtTaskAcceptedEventName].ID
	t.submitted = m.Events[bindings.TaskMarketResultSubmittedEventName].ID
	return t
})

// Slots returns every result slot TaskMarket's logs name for the given
// enclaves (assigned, accepted or submitted to), oldest first; with task
// non-zero only that task's.
func Slots(ctx context.Context, c Chain, logs Logs, enclaves []common.Address, task uint64) ([]Slot, error) {
	dep := c.Deployment()
	if dep.TaskMarket == (common.Address{}) {
		return nil, nil
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	tp := topics()
	var enc []common.Hash
	for _, e := range enclaves {
		enc = append(enc, common.BytesToHash(e.Bytes()))
	}
	var taskTopic []common.Hash
	if task != 0 {
		taskTopic = []common.Hash{common.BigToHash(new(big.Int).SetUint64(task))}
	}
	var out []Slot
	for from := dep.DeployBlock; from <= head; from += chain.DefaultMaxLogRange {
		to := min(from+chain.DefaultMaxLogRange-1, head)
		ls, err := logs.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{dep.TaskMarket},
			Topics: [][]common.Hash{{tp.assigned, tp.accepted, tp.submitted}, taskTopic, enc},
		})
		if err != nil {
			return nil, fmt.Errorf("reading TaskMarket's logs in blocks %d–%d: %w", from, to, err)
		}
		for _, l := range ls {
			if l.Removed || len(l.Topics) < 3 || len(l.Data) < 32 {
				continue
			}
			idx := new(big.Int).SetBytes(l.Data[:32])
			if !idx.IsUint64() || idx.Uint64() >= chain.MaxReplication {
				continue
			}
			out = append(out, Slot{
				Task: new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64(), Index: uint8(idx.Uint64()),
				Enclave: common.BytesToAddress(l.Topics[2].Bytes()), Block: l.BlockNumber, Submitted: l.Topics[0] == tp.submitted,
			})
		}
	}
	return out, nil
}

// Tasks returns the distinct market tasks of slots, in order of first
// appearance.
func Tasks(slots []Slot) []uint64 {
	var out []uint64
	for _, s := range slots {
		if !slices.Contains(out, s.Task) {
			out = append(out, s.Task)
		}
	}
	return out
}

// evidence fetches the result a task's slot published: from the node at
// the enclave's endpoint, for the task document the market task commits to.
func evidence(ctx context.Context, c Chain, clients Clients, enclave common.Address, doc common.Hash) (*nodeapi.Evidence, error) {
	api, err := nodeOf(ctx, c, clients, enclave)
	if err != nil {
		return nil, err
	}
	return api.Evidence(ctx, doc)
}

// nodeOf is the API client of the node serving enclave, at the URL the
// enclave publishes on chain.
func nodeOf(ctx context.Context, c Chain, clients Clients, enclave common.Address) (*nodeapi.Client, error) {
	url, err := c.Endpoint(ctx, enclave)
	if err != nil {
		return nil, err
	}
	if url == "" {
		return nil, fmt.Errorf("enclave %s publishes no node URL", enclave)
	}
	return clients(url)
}
