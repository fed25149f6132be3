package nodeapi

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// ExportReexecution asks the node for its enclave's run of task, sealed to
// the re-executing enclave whose attestation (over the task id) is doc.
// The node's enclave verifies doc and refuses another measurement or its
// own operator.
func (c *Client) ExportReexecution(ctx context.Context, task common.Hash, doc *grant.Attestation) (*enclave.SealedNoiseSeed, error) {
	var out enclave.SealedNoiseSeed
	if err := c.post(ctx, TasksPath+"/"+task.Hex()+"/reexecution/export", doc, &out); err != nil {
		return nil, fmt.Errorf("asking for the run of task %s: %w", task, err)
	}
	return &out, nil
}

// PublishReexecution posts the re-executor's signed report to the node,
// which publishes it with its evidence of the task.
func (c *Client) PublishReexecution(ctx context.Context, rep *enclave.Reexecution) error {
	if err := c.post(ctx, TasksPath+"/"+rep.Task.Hex()+"/reexecution", rep, nil); err != nil {
		return fmt.Errorf("publishing the re-execution of task %s: %w", rep.Task, err)
	}
	return nil
}
