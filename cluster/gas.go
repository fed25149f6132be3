package cluster

import (
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// GasStep is the gas of one kind of transaction in a run.
type GasStep struct {
	Step string `json:"step"`
	Txs  int    `json:"txs"`
	Gas  uint64 `json:"gas"`
}

// gasLog sums receipts per step, in first-seen order. Safe for concurrent use.
type gasLog struct {
	mu    sync.Mutex
	steps []GasStep
}

func (g *gasLog) add(step string, r *types.Receipt) {
	if r == nil {
		return
	}
	g.addGas(step, r.GasUsed)
}

func (g *gasLog) addGas(step string, gas uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	i := slices.IndexFunc(g.steps, func(s GasStep) bool { return s.Step == step })
	if i < 0 {
		g.steps = append(g.steps, GasStep{Step: step})
		i = len(g.steps) - 1
	}
	g.steps[i].Txs++
	g.steps[i].Gas += gas
}

// addErr records r if err is nil and returns err.
func (g *gasLog) addErr(step string, r *types.Receipt, err error) error {
	if err == nil {
		g.add(step, r)
	}
	return err
}

func (g *gasLog) snapshot() []GasStep {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.steps)
}
