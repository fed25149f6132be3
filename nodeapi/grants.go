package nodeapi

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// GrantBatchPath takes many signed grants in one request.
const GrantBatchPath = GrantsPath + "/batch"

// MaxGrantBatch bounds the grants of one batch; MaxGrantBatchSize bounds
// its JSON.
const (
	MaxGrantBatch     = 500
	MaxGrantBatchSize = 16 << 20
)

// GrantBatch is many data owners' signed grants handed to a node at once.
// Each is parsed (grant.ParseGrant) and checked as a grant posted alone.
type GrantBatch struct {
	Grants []json.RawMessage `json:"grants"`
}

// GrantResult is the node's answer for one grant of a batch: the relay
// transaction (zero when nothing was relayed), or why the grant was refused.
type GrantResult struct {
	Tx      common.Hash `json:"tx"`
	GasUsed uint64      `json:"gasUsed"`
	Error   string      `json:"error,omitempty"`
}

// GrantBatchResult answers a GrantBatch: one result per grant, in order.
type GrantBatchResult struct {
	Results []GrantResult `json:"results"`
}

// SendGrants posts signed grants in batches of at most MaxGrantBatch and
// returns one result per grant, in order; a grant the node refused has its
// reason in Error (the others are kept).
func (c *Client) SendGrants(ctx context.Context, gs []*grant.Grant) ([]GrantResult, error) {
	out := make([]GrantResult, 0, len(gs))
	for start := 0; start < len(gs); start += MaxGrantBatch {
		part := gs[start:min(start+MaxGrantBatch, len(gs))]
		var b GrantBatch
		for _, g := range part {
			raw, err := json.Marshal(g)
			if err != nil {
				return nil, fmt.Errorf("sending grants: %w", err)
			}
			b.Grants = append(b.Grants, raw)
		}
		var r GrantBatchResult
		if err := c.post(ctx, GrantBatchPath, &b, &r); err != nil {
			return nil, fmt.Errorf("sending grants: %w", err)
		}
		if len(r.Results) != len(part) {
			return nil, fmt.Errorf("sending grants: %s: %w: %d results for %d grants", c.base.Host, ErrMalformed, len(r.Results), len(part))
		}
		out = append(out, r.Results...)
	}
	return out, nil
}
