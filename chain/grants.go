package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

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

// grantsAtBatch is how many datasets one DataGrants.grantsAt call reads:
// about 5k gas each, so a call stays far below the gas caps nodes put on
// eth_call, and its answer (128 bytes a grant) small.
const grantsAtBatch = 512

// GrantsAt is GrantAt for many datasets of one enclave: out[i] is the grant
// of datasetIDs[i]. It reads them through DataGrants.grantsAt, up to 512
// datasets a call, all at block atBlock's state as the contract keeps its
// history, so the calls agree whatever is mined between them.
func (c *Client) GrantsAt(ctx context.Context, datasetIDs []common.Hash, enclave common.Address, atBlock uint64) ([]GrantInfo, error) {
	out := make([]GrantInfo, 0, len(datasetIDs))
	for ids := range slices.Chunk(datasetIDs, grantsAtBatch) {
		data, err := c.grants.TryPackGrantsAt(toBytes32(ids), enclave, atBlock)
		if err != nil {
			return nil, fmt.Errorf("packing grantsAt: %w", err)
		}
		b, err := c.call(ctx, c.dep.DataGrants, data)
		if err != nil {
			return nil, fmt.Errorf("reading %d grants at block %d: %w", len(ids), atBlock, err)
		}
		gs, err := c.grants.UnpackGrantsAt(b)
		if err != nil {
			return nil, fmt.Errorf("decoding grants: %w", err)
		}
		if len(gs) != len(ids) {
			return nil, fmt.Errorf("decoding grants: %d grants for %d datasets", len(gs), len(ids))
		}
		for _, g := range gs {
			out = append(out, grantInfo(g))
		}
	}
	return out, nil
}

// toBytes32 is hs as the bindings take bytes32[] arguments.
func toBytes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
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

// SignedGrant is one owner's grant signed over GrantDigest, as a relayer
// hands it to GrantBatchWithSig.
type SignedGrant struct {
	Owner   common.Address
	Message GrantMessage
	// Signature is the 65-byte [R || S || V] signature, V 0/1 or 27/28.
	Signature []byte
}

// SkippedGrant is an entry of a batched relay that was not granted.
type SkippedGrant struct {
	// Index is the entry's position in the batch.
	Index int
	Owner common.Address
	// Err is the revert grantWithSig gave for the entry, decoded: it
	// matches (errors.Is) ErrSignatureExpired, ErrStaleNonce,
	// ErrInvalidSignature, ErrNotDatasetOwner, ErrGrantExpired,
	// ErrEnclaveNotActive or ErrZeroAddress.
	Err error
}

// MaxGrantBatch is the most entries GrantBatchWithSig relays in one
// transaction: 120 first grants each under a policy never granted under
// before (the dearest entries, 108k gas each) take about 13M gas, under the
// 2^24 gas cap of a transaction (EIP-7825).
const MaxGrantBatch = 120

// GrantBatchWithSig relays many owners' signed grants in one transaction
// (DataGrants.grantBatchWithSig); the client's account pays the gas. Each
// entry is judged as GrantWithSig judges it. An entry that fails is skipped,
// changes nothing (its owner's nonce stays unused) and is returned in
// skipped with its decoded reason; the others are granted. err is set only
// when the transaction itself fails (then nothing was granted).
// Entries of one owner must carry consecutive nonces, in order.
func (c *Client) GrantBatchWithSig(ctx context.Context, grants []SignedGrant) (rcpt *types.Receipt, skipped []SkippedGrant, err error) {
	if len(grants) == 0 || len(grants) > MaxGrantBatch {
		return nil, nil, fmt.Errorf("relaying signed grants: %d entries, want 1 to %d", len(grants), MaxGrantBatch)
	}
	in := make([]bindings.DataGrantsSignedGrant, len(grants))
	for i, g := range grants {
		m := g.Message
		in[i] = bindings.DataGrantsSignedGrant{
			Owner: g.Owner, DatasetId: m.DatasetID, Enclave: m.Enclave, PolicyHash: m.PolicyHash, Expiry: m.Expiry,
			Nonce: nonceOrZero(m.Nonce), Deadline: m.Deadline, Signature: normaliseV(g.Signature),
		}
	}
	data, err := c.grants.TryPackGrantBatchWithSig(in)
	if err != nil {
		return nil, nil, fmt.Errorf("packing grantBatchWithSig: %w", err)
	}
	// A bound, not an estimate: estimating runs the batch two or three
	// times more on the node; what the bound leaves unused is not paid.
	rcpt, err = c.transactGas(ctx, "relaying signed grants", &c.dep.DataGrants, data, nil, GrantBatchGas(len(grants)))
	if err != nil {
		return rcpt, nil, err
	}
	return rcpt, c.skippedGrants(rcpt), nil
}

// Gas bounds of a grantBatchWithSig relay. The costliest entry (a policy
// first used, the owner's first nonce, a new checkpoint and the one it
// archives, its calldata) uses about 115k gas (TestGrantBatchGasBound keeps
// the bound 20% above what it measures); a batch of MaxGrantBatch stays
// under the 2^24 gas a transaction may carry since Osaka (EIP-7825).
const (
	grantBatchBaseGas  = 50_000
	grantBatchEntryGas = 135_000
)

// GrantBatchGas is the gas limit a grantBatchWithSig relay of n entries is
// sent with: enough for n of the costliest entries.
func GrantBatchGas(n int) uint64 { return grantBatchBaseGas + uint64(n)*grantBatchEntryGas }

// skippedGrants decodes the GrantSkipped logs of a batched relay.
func (c *Client) skippedGrants(rcpt *types.Receipt) []SkippedGrant {
	var out []SkippedGrant
	for _, l := range rcpt.Logs {
		if l.Address != c.dep.DataGrants || len(l.Topics) == 0 || l.Topics[0] != skippedTopic {
			continue
		}
		ev, err := c.grants.UnpackGrantSkippedEvent(l)
		if err != nil {
			continue
		}
		var why error = ErrReverted
		if re := DecodeRevert(ev.Reason); re != nil {
			why = re
		}
		out = append(out, SkippedGrant{Index: int(ev.Index.Int64()), Owner: ev.Owner, Err: why})
	}
	return out
}

var skippedTopic = func() common.Hash {
	a, err := bindings.DataGrantsMetaData.ParseABI()
	if err != nil {
		panic(err) // the generated ABI is constant
	}
	return a.Events[bindings.DataGrantsGrantSkippedEventName].ID
}()
