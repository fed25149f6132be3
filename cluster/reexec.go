package cluster

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Reexecution is what the report says of the task's spot check: which
// results were selected for re-execution, the enclave (and operator) that
// re-ran the task, and whether each selected result's model hash is the
// one the re-run got.
type Reexecution struct {
	Reexecutor common.Address     `json:"reexecutor"`
	Operator   common.Address     `json:"operator"`
	ModelHash  common.Hash        `json:"modelHash"`
	Results    []ReexecutedResult `json:"results"`
	// Error says why the re-execution did not run (the selected results
	// then fail their spot check).
	Error string `json:"error,omitempty"`
}

// ReexecutedResult is one result selected for re-execution.
type ReexecutedResult struct {
	Enclave   common.Address `json:"enclave"`
	ModelHash common.Hash    `json:"modelHash"`
	Matches   bool           `json:"matches"`
}

// selected reports which results of t are to be re-executed: those whose
// committee draw selected them on TaskMarket, or, off-market, all when the
// task asks for it.
func (c *Cluster) selected(ctx context.Context, t *nodeapi.Task) ([]bool, error) {
	sel := make([]bool, len(t.Assignments))
	for i, a := range t.Assignments {
		id, slot, ok := t.MarketTask(a.Enclave)
		if !ok {
			sel[i] = t.Reexecute
			continue
		}
		r, err := c.company.client.Result(ctx, id, uint8(slot))
		if err != nil {
			return nil, err
		}
		sel[i] = r.Reexecute
	}
	return sel, nil
}

// reexecute has the standby node re-run the task when any result was
// selected: every node of the federation seals its noise seed (and the
// owner's input) to the standby's attested enclave, which re-runs the whole
// federation on the data owners' records (they granted it too) and signs
// the model hash it got. The report is published with the selected
// results' evidence on their nodes, where verifiers find it. On TaskMarket
// the standby's daemon does all this when it sees the draw select a result
// (node.Serve), and reexecute waits for the reports; off-market the cluster
// asks the standby itself. It returns nil when nothing was selected.
func (c *Cluster) reexecute(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence) (*Reexecution, error) {
	sel, err := c.selected(ctx, t)
	if err != nil || !slices.Contains(sel, true) {
		return nil, err
	}
	out := &Reexecution{}
	for i, s := range sel {
		if s {
			out.Results = append(out.Results, ReexecutedResult{Enclave: t.Assignments[i].Enclave, ModelHash: evs[i].Result.ModelHash})
		}
	}
	if c.standby == nil {
		out.Error = "no standby node to re-execute on"
		return out, nil
	}
	out.Reexecutor, out.Operator = c.standby.Enclave(), c.standbyOp.Address()
	var rep *enclave.Reexecution
	if t.MarketID != 0 {
		rep, err = c.awaitReexecution(ctx, t, sel, evs)
	} else {
		rep, err = c.reexecuteOffMarket(ctx, t, evs)
	}
	if err != nil {
		out.Error = err.Error()
		return out, nil
	}
	out.ModelHash = rep.ModelHash
	k := 0
	for i, s := range sel {
		if s {
			if err := c.nodes[i].PublishReexecution(t.ID, rep); err != nil {
				return nil, err
			}
			evs[i].Reexecution = rep
			out.Results[k].Matches = rep.ModelHash == evs[i].Result.ModelHash
			k++
		}
	}
	return out, nil
}

// reexecutionWait bounds how long the cluster waits for the standby's
// daemon to publish its re-execution.
const reexecutionWait = 2 * time.Minute

// awaitReexecution waits until the standby's daemon has published its
// report with the evidence of every selected result, and returns it.
func (c *Cluster) awaitReexecution(ctx context.Context, t *nodeapi.Task, sel []bool, evs []*nodeapi.Evidence) (*enclave.Reexecution, error) {
	ctx, cancel := context.WithTimeout(ctx, reexecutionWait)
	defer cancel()
	var rep *enclave.Reexecution
	for i, s := range sel {
		for s {
			ev, err := c.nodes[i].Result(t.ID)
			if err != nil {
				return nil, err
			}
			if ev.Reexecution != nil {
				rep = ev.Reexecution
				break
			}
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("the standby published no re-execution of task %s: %w", t.ID, ctx.Err())
			case <-time.After(10 * time.Millisecond):
			}
		}
	}
	return rep, nil
}

// reexecuteOffMarket has the standby re-run an off-market task that asks
// for re-execution (no draw selects it on chain).
func (c *Cluster) reexecuteOffMarket(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence) (*enclave.Reexecution, error) {
	doc, err := c.api(c.standbyURL).Attestation(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	exports := make([]*enclave.SealedNoiseSeed, len(c.nodes))
	for i, n := range c.nodes {
		if exports[i], err = n.ExportReexecution(ctx, t.ID, doc); err != nil {
			return nil, fmt.Errorf("node %s did not export its run: %w", n.Enclave().Hex(), err)
		}
	}
	return c.standby.Reexecute(ctx, t, evs, exports)
}
