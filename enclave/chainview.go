package enclave

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
)

// chainGrants reads DataGrants through the typed chain client.
type chainGrants struct{ c *chain.Client }

// ChainGrants adapts a chain client to the enclave's ChainView (DataGrants
// and TaskMarket). The client needs no funds: it only reads.
func ChainGrants(c *chain.Client) ChainView { return chainGrants{c} }

func (v chainGrants) BlockNumber(ctx context.Context) (uint64, error) {
	return v.c.BlockNumber(ctx)
}

func (v chainGrants) GrantsAt(ctx context.Context, datasets []common.Hash, enclave common.Address, atBlock uint64) ([]GrantRecord, error) {
	gs, err := v.c.GrantsAt(ctx, datasets, enclave, atBlock)
	if err != nil {
		return nil, fmt.Errorf("reading DataGrants.grantsAt: %w", err)
	}
	out := make([]GrantRecord, len(gs))
	for i, g := range gs {
		// DataGrants.datasetOwner is pure: the id's first 20 bytes.
		out[i] = GrantRecord{Owner: chain.DatasetIDOwner(datasets[i]), PolicyHash: g.PolicyHash, GrantedBlock: g.GrantedBlock, Expiry: g.Expiry, RevokedBlock: g.RevokedBlock}
	}
	return out, nil
}

func (v chainGrants) LedgerRoot(ctx context.Context, enclave common.Address) (common.Hash, error) {
	return v.c.LedgerRoot(ctx, enclave)
}

func (v chainGrants) MarketTask(ctx context.Context, id uint64) (MarketTerms, error) {
	t, err := v.c.Task(ctx, id)
	if err != nil {
		return MarketTerms{}, err
	}
	sh, err := v.c.Shares(ctx, id)
	if err != nil {
		return MarketTerms{}, err
	}
	return MarketTerms{
		Open: t.Status == chain.TaskOpen, Owner: t.Owner, Measurement: t.Measurement, ResultKeyHash: t.ResultKeyHash,
		PricePerRecord: t.PricePerRecord, Replication: t.Replication, UsersShare: sh.Users,
	}, nil
}
