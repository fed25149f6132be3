package gasbench

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
)

// Grants is the gas of relaying data owners' first signed grants (each
// owner's nonce and grant slots new, as when owners join a task).
type Grants struct {
	// Batch is the batch size of BatchGas.
	Batch int
	// BatchGas is per grant when a relayer sends Batch of them in one
	// grantBatchWithSig.
	BatchGas float64
	// Single is per grant when each is its own grantWithSig.
	Single float64
}

// MeasureGrants relays batch owners' first grants in one grantBatchWithSig
// and single owners' first grants one grantWithSig each, to one active
// enclave under one policy (as the owners of a task grant; the batch's
// first entry pays for the policy's first use), and returns the gas per
// grant of each.
func (b *Bench) MeasureGrants(ctx context.Context, batch, single int) (Grants, error) {
	n, err := b.newNode(ctx, randomHash(), new(big.Int))
	if err != nil {
		return Grants{}, err
	}
	relayer, err := b.account(ctx, nil)
	if err != nil {
		return Grants{}, err
	}
	head, err := b.head(ctx)
	if err != nil {
		return Grants{}, err
	}
	policy := randomHash()
	signed := func(k int) ([]chain.SignedGrant, error) {
		out := make([]chain.SignedGrant, k)
		for i := range out {
			key, err := crypto.GenerateKey()
			if err != nil {
				return nil, err
			}
			owner := crypto.PubkeyToAddress(key.PublicKey)
			dataset := randomHash()
			copy(dataset[:], owner[:]) // bound to its owner, as vault ids are
			m := chain.GrantMessage{DatasetID: dataset, Enclave: n.enclave, PolicyHash: policy, Expiry: head + 100_000, Nonce: new(big.Int), Deadline: head + 1000}
			d, err := chain.GrantDigest(relayer.ChainID(), relayer.Deployment().DataGrants, m)
			if err != nil {
				return nil, err
			}
			sig, err := crypto.Sign(d[:], key)
			if err != nil {
				return nil, err
			}
			out[i] = chain.SignedGrant{Owner: owner, Message: m, Signature: sig}
		}
		return out, nil
	}
	g := Grants{Batch: batch}
	many, err := signed(batch)
	if err != nil {
		return Grants{}, err
	}
	rcpt, skipped, err := relayer.GrantBatchWithSig(ctx, many)
	if err != nil {
		return Grants{}, fmt.Errorf("relaying %d grants: %w", batch, err)
	}
	if len(skipped) > 0 {
		return Grants{}, fmt.Errorf("relaying %d grants: entry %d skipped: %w", batch, skipped[0].Index, skipped[0].Err)
	}
	g.BatchGas = gasOf(rcpt) / float64(batch)
	ones, err := signed(single)
	if err != nil {
		return Grants{}, err
	}
	for _, s := range ones {
		rcpt, err := relayer.GrantWithSig(ctx, s.Owner, s.Message, s.Signature)
		if err != nil {
			return Grants{}, err
		}
		g.Single += gasOf(rcpt) / float64(single)
	}
	return g, nil
}
