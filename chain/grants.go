package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// GrantInfo is one grant of a dataset to an enclave as DataGrants keeps it in
// its history: it held from GrantedBlock until Expiry or RevokedBlock,
// whichever is first. A zero GrantInfo means no grant.
type GrantInfo struct {
	PolicyHash common.Hash `json:"policyHash"`
	// GrantedBlock is the block from whose end the grant held.
	GrantedBlock uint64 `json:"grantedBlock"`
	// Expiry is the first block at which the grant no longer holds.
	Expiry uint64 `json:"expiry"`
	// RevokedBlock is the block of revocation (0 if not revoked).
	RevokedBlock uint64 `json:"revokedBlock"`
}

// Active reports whether the grant held at the end of block atBlock.
func (g GrantInfo) Active(atBlock uint64) bool {
	return g.GrantedBlock != 0 && g.GrantedBlock <= atBlock && atBlock < g.Expiry && (g.RevokedBlock == 0 || atBlock < g.RevokedBlock)
}

// Grant records, as the data owner, that enclave may use dataset datasetID
// under policyHash until block expiry (exclusive). datasetID must begin with
// the client's address (DatasetIDOwner). It uses up the owner's grant nonce,
// so no grant or revocation the owner signed earlier can be relayed after it.
func (c *Client) Grant(ctx context.Context, datasetID common.Hash, enclave common.Address, policyHash common.Hash, expiry uint64) (*types.Receipt, error) {
	data, err := c.grants.TryPackGrant(datasetID, enclave, policyHash, expiry)
	if err != nil {
		return nil, fmt.Errorf("packing grant: %w", err)
	}
	return c.transact(ctx, "granting data", &c.dep.DataGrants, data, nil)
}

// GrantWithSig relays a grant signed by owner over GrantDigest; the client's
// account pays the gas. sig is the 65-byte [R || S || V] signature, V 0/1 or
// 27/28. It fails with ErrSignatureExpired after g.Deadline and with
// ErrStaleNonce once the owner has granted, revoked or cancelled since signing.
func (c *Client) GrantWithSig(ctx context.Context, owner common.Address, g GrantMessage, sig []byte) (*types.Receipt, error) {
	data, err := c.grants.TryPackGrantWithSig(owner, g.DatasetID, g.Enclave, g.PolicyHash, g.Expiry, nonceOrZero(g.Nonce), g.Deadline, normaliseV(sig))
	if err != nil {
		return nil, fmt.Errorf("packing grantWithSig: %w", err)
	}
	return c.transact(ctx, "relaying signed grant", &c.dep.DataGrants, data, nil)
}

// Revoke ends the client's grant of datasetID to enclave from this block on;
// earlier blocks keep their answer. Like Grant, it uses up the owner's nonce.
func (c *Client) Revoke(ctx context.Context, datasetID common.Hash, enclave common.Address) (*types.Receipt, error) {
	data, err := c.grants.TryPackRevoke(datasetID, enclave)
	if err != nil {
		return nil, fmt.Errorf("packing revoke: %w", err)
	}
	return c.transact(ctx, "revoking grant", &c.dep.DataGrants, data, nil)
}

// RevokeWithSig relays a revocation signed by owner over RevokeDigest.
func (c *Client) RevokeWithSig(ctx context.Context, owner common.Address, r RevokeMessage, sig []byte) (*types.Receipt, error) {
	data, err := c.grants.TryPackRevokeWithSig(owner, r.DatasetID, r.Enclave, nonceOrZero(r.Nonce), r.Deadline, normaliseV(sig))
	if err != nil {
		return nil, fmt.Errorf("packing revokeWithSig: %w", err)
	}
	return c.transact(ctx, "relaying signed revocation", &c.dep.DataGrants, data, nil)
}

// CancelGrantSignatures uses up the client's grant nonce: no grant or
// revocation it has signed and nobody has relayed yet can be relayed.
func (c *Client) CancelGrantSignatures(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, "cancelling grant signatures", &c.dep.DataGrants, c.grants.PackCancelSignatures(), nil)
}

// GrantActive reports whether the grant of datasetID to enclave held at the
// end of block atBlock. The answer for a mined block never changes.
func (c *Client) GrantActive(ctx context.Context, datasetID common.Hash, enclave common.Address, atBlock uint64) (bool, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackIsActive(datasetID, enclave, atBlock))
	if err != nil {
		return false, fmt.Errorf("reading grant activity: %w", err)
	}
	return c.grants.UnpackIsActive(out)
}

// GrantOf returns the newest grant of datasetID to enclave (zero if none).
func (c *Client) GrantOf(ctx context.Context, datasetID common.Hash, enclave common.Address) (GrantInfo, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackGrantOf(datasetID, enclave))
	if err != nil {
		return GrantInfo{}, fmt.Errorf("reading grant: %w", err)
	}
	g, err := c.grants.UnpackGrantOf(out)
	if err != nil {
		return GrantInfo{}, fmt.Errorf("decoding grant: %w", err)
	}
	return grantInfo(g), nil
}

// GrantAt returns the grant of datasetID to enclave in force at the end of
// block atBlock (zero if none had been made by then), as history keeps it:
// later grants and revocations do not change it. It may have expired or been
// revoked by atBlock; GrantInfo.Active says whether it held.
func (c *Client) GrantAt(ctx context.Context, datasetID common.Hash, enclave common.Address, atBlock uint64) (GrantInfo, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackGrantAt(datasetID, enclave, atBlock))
	if err != nil {
		return GrantInfo{}, fmt.Errorf("reading grant at block %d: %w", atBlock, err)
	}
	g, err := c.grants.UnpackGrantAt(out)
	if err != nil {
		return GrantInfo{}, fmt.Errorf("decoding grant: %w", err)
	}
	return grantInfo(g), nil
}

// GrantCount returns how many grants of datasetID to enclave history holds.
func (c *Client) GrantCount(ctx context.Context, datasetID common.Hash, enclave common.Address) (uint64, error) {
	out, err := c.call(ctx, c.dep.DataGrants, c.grants.PackGrantCount(datasetID, enclave))
	if err != nil {
		return 0, fmt.Errorf("reading grant count: %w", err)
	}
	n, err := c.grants.UnpackGrantCount(out)
	if err != nil {
		return 0, fmt.Errorf("decoding grant count: %w", err)
	}
	return n.Uint64(), nil
}

func grantInfo(g bindings.DataGrantsGrant) GrantInfo {
	return GrantInfo{PolicyHash: g.PolicyHash, GrantedBlock: g.GrantedBlock, Expiry: g.Expiry, RevokedBlock: g.RevokedBlock}
}

// DatasetOwner returns the owner datasetID is bound to on chain; it equals
// DatasetIDOwner(datasetID), computed here by the contract.
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

func nonceOrZero(n *big.Int) *big.Int {
	if n == nil {
		return new(big.Int)
	}
	return n
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
