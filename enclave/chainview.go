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

func (v chainGrants) GrantRecord(ctx context.Context, dataset common.Hash, enclave common.Address) (GrantRecord, error) {
	g, err := v.c.GrantOf(ctx, dataset, enclave)
	if err != nil {
		return GrantRecord{}, err
	}
	owner, err := v.c.DatasetOwner(ctx, dataset)
	if err != nil {
		return GrantRecord{}, err
	}
	return GrantRecord{Owner: owner, PolicyHash: g.PolicyHash, GrantedBlock: g.GrantedBlock, Expiry: g.Expiry, RevokedBlock: g.RevokedBlock}, nil
}

func (v chainGrants) IsActive(ctx context.Context, dataset common.Hash, enclave common.Address, atBlock uint64) (bool, error) {
	ok, err := v.c.GrantActive(ctx, dataset, enclave, atBlock)
	if err != nil {
		return false, fmt.Errorf("reading DataGrants.isActive: %w", err)
	}
	return ok, nil
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
