package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// GrantInfo is a grant's on-chain record.
type GrantInfo struct {
	PolicyHash   common.Hash `json:"policyHash"`
	GrantedBlock uint64      `json:"grantedBlock"`
	// Expiry is the first block at which the grant no longer holds.
	Expiry uint64 `json:"expiry"`
	// RevokedBlock is the block of revocation (0 if not revoked).
	RevokedBlock uint64 `json:"revokedBlock"`
}

// Grant records, as the data owner, that enclave may use dataset datasetID
// under policyHash until block expiry (exclusive).
func (c *Client) Grant(ctx context.Context, datasetID common.Hash, enclave common.Address, policyHash common.Hash, expiry uint64) (*types.Receipt, error) {
	data, err := c.grants.TryPackGrant(datasetID, enclave, policyHash, expiry)
	if err != nil {
		return nil, fmt.Errorf("packing grant: %w", err)
	}
	return c.transact(ctx, "granting data", &c.dep.DataGrants, data, nil)
}

// GrantWithSig relays a grant signed by owner over GrantDigest; the client's
// account pays the gas. sig is the 65-byte [R || S || V] signature, V 0/1 or 27/28.
func (c *Client) GrantWithSig(ctx context.Context, owner common.Address, g GrantMessage, sig []byte) (*types.Receipt, error) {
	data, err := c.grants.TryPackGrantWithSig(owner, g.DatasetID, g.Enclave, g.PolicyHash, g.Expiry, normaliseV(sig))
	if err != nil {
		return nil, fmt.Errorf("packing grantWithSig: %w", err)
	}
	return c.transact(ctx, "relaying signed grant", &c.dep.DataGrants, data, nil)
}

// Revoke ends the client's grant of datasetID to enclave from this block on.
func (c *Client) Revoke(ctx context.Context, datasetID common.Hash, enclave common.Address) (*types.Receipt, error) {
	data, err := c.grants.TryPackRevoke(datasetID, enclave)
	if err != nil {
		return nil, fmt.Errorf("packing revoke: %w", err)
	}
	return c.transact(ctx, "revoking grant", &c.dep.DataGrants, data, nil)
}

// RevokeWithSig relays a revocation signed by owner over RevokeDigest.
func (c *Client) RevokeWithSig(ctx context.Context, owner common.Address, r RevokeMessage, sig []byte) (*types.Receipt, error) {
	data, err := c.grants.TryPackRevokeWithSig(owner, r.DatasetID, r.Enclave, normaliseV(sig))
	if err != nil {
		return nil, fmt.Errorf("packing revokeWithSig: %w", err)
	}
	return c.transact(ctx, "relaying signed revocation", &c.dep.DataGrants, data, nil)
}

// GrantActive reports whether the grant of datasetID to enclave held at block atBlock.
func (c *Client) GrantActive(ctx context.Context, datasetID common.Hash, enclave common.Address, atBlock uint64) (bool, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackIsActive(datasetID, enclave, atBlock))
	if err != nil {
		return false, fmt.Errorf("reading grant activity: %w", err)
	}
	return c.grants.UnpackIsActive(out)
}

// GrantOf returns the record of the grant of datasetID to enclave.
func (c *Client) GrantOf(ctx context.Context, datasetID common.Hash, enclave common.Address) (GrantInfo, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackGrantOf(datasetID, enclave))
	if err != nil {
		return GrantInfo{}, fmt.Errorf("reading grant: %w", err)
	}
	g, err := c.grants.UnpackGrantOf(out)
	if err != nil {
		return GrantInfo{}, fmt.Errorf("decoding grant: %w", err)
	}
	return GrantInfo{PolicyHash: g.PolicyHash, GrantedBlock: g.GrantedBlock, Expiry: g.Expiry, RevokedBlock: g.RevokedBlock}, nil
}

// DatasetOwner returns the owner of datasetID (zero before its first grant).
func (c *Client) DatasetOwner(ctx context.Context, datasetID common.Hash) (common.Address, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackDatasetOwner(datasetID))
	if err != nil {
		return common.Address{}, fmt.Errorf("reading dataset owner: %w", err)
	}
	return c.grants.UnpackDatasetOwner(out)
}

// GrantNonce returns owner's next EIP-712 nonce on DataGrants.
func (c *Client) GrantNonce(ctx context.Context, owner common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackNonces(owner))
	if err != nil {
		return nil, fmt.Errorf("reading grant nonce: %w", err)
	}
	return c.grants.UnpackNonces(out)
}

// GrantDomainSeparator returns the EIP-712 domain separator the contract uses.
func (c *Client) GrantDomainSeparator(ctx context.Context) (common.Hash, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackDomainSeparator())
	if err != nil {
		return common.Hash{}, fmt.Errorf("reading domain separator: %w", err)
	}
	return c.grants.UnpackDomainSeparator(out)
}

// normaliseV turns a 0/1 recovery id (go-ethereum's crypto.Sign) into the
// 27/28 that ecrecover expects; 27/28 signatures pass unchanged.
func normaliseV(sig []byte) []byte {
	if len(sig) != 65 || sig[64] >= 27 {
		return sig
	}
	out := append([]byte(nil), sig...)
	out[64] += 27
	return out
}
