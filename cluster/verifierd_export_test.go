package cluster

import (
	"context"
	"fmt"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// SubmitTask runs the first half of Run, for tests in which verifier
// daemons, not the cluster, draw, vote and settle: the users grant, the
// company publishes the market task and sends it with its input to the
// nodes, and the nodes train and submit their results.
func SubmitTask(ctx context.Context, c *Cluster) (*nodeapi.Task, error) {
	if ok, why := c.marketReady(); !ok {
		return nil, fmt.Errorf("no market: %s", why)
	}
	if err := c.grantAll(ctx); err != nil {
		return nil, err
	}
	t, err := c.newTask()
	if err != nil {
		return nil, err
	}
	if _, err := c.publish(ctx, t); err != nil {
		return nil, err
	}
	c.task = t
	for _, a := range t.Assignments {
		if err := c.api(a.Node).SendTask(ctx, t); err != nil {
			return nil, err
		}
		if err := c.sendInput(ctx, t, a); err != nil {
			return nil, err
		}
	}
	return t, c.awaitSubmitted(ctx, t, true)
}

// NodeOperator returns node i's operator client.
func NodeOperator(c *Cluster, i int) *chain.Client { return c.nodeOps[i] }
