package nodeapi

import (
	"context"
	"fmt"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// MeasurementKeyPath is the route a restarted enclave of a platform without
// a sealing key (TDX) asks a peer of its measurement for the measurement
// key at (enclave.Sim.ShareMeasurementKey).
const MeasurementKeyPath = "/v1/enclave/measurement-key"

// MeasurementKey asks the node's enclave for the measurement key, sealed to
// the enclave whose attestation (over a nonce it chose) is doc. The node's
// enclave verifies doc and refuses another measurement; the caller's
// enclave opens the answer with enclave.Sim.RecoverMeasurementKey, which
// verifies the answering enclave in turn.
func (c *Client) MeasurementKey(ctx context.Context, doc *grant.Attestation) (*enclave.KeyShare, error) {
	var out enclave.KeyShare
	if err := c.post(ctx, MeasurementKeyPath, doc, &out); err != nil {
		return nil, fmt.Errorf("asking %s for the measurement key: %w", c.base.Host, err)
	}
	return &out, nil
}
