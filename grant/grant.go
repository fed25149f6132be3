package grant

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/memo-protocol/memo-compute/chain"
)

// EIP-712 domain and type of a grant, as the DataGrants contract checks them
// in grantWithSig.
const (
	DomainName    = chain.GrantDomainName
	DomainVersion = chain.GrantDomainVersion
	GrantType     = chain.GrantTypeString
	domainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	grantTypeHash  = crypto.Keccak256Hash([]byte(GrantType))
	domainTypeHash = crypto.Keccak256Hash([]byte(domainType))
)

// Grant authorizes one enclave to use one dataset under a policy until a
// block. The owner signs the EIP-712 Grant message (what a wallet's
// eth_signTypedData_v4 produces); the dataset key travels beside it,
// HPKE-wrapped to the enclave. A Grant carries no plaintext key.
type Grant struct {
	// ChainID and Contract (the DataGrants address) form the EIP-712 domain.
	ChainID  uint64         `json:"chainId"`
	Contract common.Address `json:"contract"`
	// Dataset is the vault dataset id; it begins with Owner's address
	// (chain.DatasetIDOwner), the binding DataGrants enforces.
	Dataset common.Hash    `json:"dataset"`
	Owner   common.Address `json:"owner"`
	Enclave common.Address `json:"enclave"`
	Policy  Policy         `json:"policy"`
	// Expiry is the first block at which the grant is no longer valid.
	Expiry uint64 `json:"expiry"`
	// Nonce is the owner's DataGrants nonce the signature consumes. Any grant,
	// revoke or cancel the owner sends itself uses it up too, so a signature
	// older than the owner's latest action cannot be relayed.
	Nonce *big.Int `json:"nonce"`
	// Deadline is the last block in which the signed grant may be relayed
	// (DataGrants.grantWithSig); it bounds how long a relayer can hold it.
	Deadline uint64 `json:"deadline"`
	// WrappedKey is the dataset key HPKE-wrapped to the enclave (WrapKey).
	WrappedKey hexutil.Bytes `json:"wrappedKey"`
	// Signature is the owner's 65-byte EIP-712 signature (r ‖ s ‖ v, v in {27, 28}).
	Signature hexutil.Bytes `json:"signature"`
}

// Binding returns what the wrapped key is bound to.
func (g *Grant) Binding() Binding {
	return Binding{ChainID: g.ChainID, Dataset: g.Dataset, Enclave: g.Enclave}
}

func (g *Grant) nonce() *big.Int {
	if g.Nonce == nil {
		return new(big.Int)
	}
	return g.Nonce
}

// DomainSeparator returns the EIP-712 domain separator of the grant's
// DataGrants deployment.
func DomainSeparator(chainID uint64, contract common.Address) common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		math.U256Bytes(new(big.Int).SetUint64(chainID)),
		common.LeftPadBytes(contract[:], 32),
	)
}

// StructHash returns the EIP-712 struct hash of the Grant message.
func (g *Grant) StructHash() common.Hash {
	ph := g.Policy.Hash()
	return crypto.Keccak256Hash(
		grantTypeHash[:],
		g.Dataset[:],
		common.LeftPadBytes(g.Enclave[:], 32),
		ph[:],
		math.U256Bytes(new(big.Int).SetUint64(g.Expiry)),
		math.U256Bytes(new(big.Int).Set(g.nonce())),
		math.U256Bytes(new(big.Int).SetUint64(g.Deadline)),
	)
}

// Digest returns the EIP-712 digest the owner signs:
// keccak256(0x1901 ‖ domainSeparator ‖ structHash).
func (g *Grant) Digest() common.Hash {
	ds := DomainSeparator(g.ChainID, g.Contract)
	sh := g.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], sh[:])
}

// TypedData returns the grant as eth_signTypedData_v4 input, for signing with
// an external wallet. It is chain.GrantTypedData, the schema the DataGrants
// client uses; Digest computes the same hash without reflection.
func (g *Grant) TypedData() apitypes.TypedData {
	return chain.GrantTypedData(new(big.Int).SetUint64(g.ChainID), g.Contract, chain.GrantMessage{
		DatasetID: g.Dataset, Enclave: g.Enclave, PolicyHash: g.Policy.Hash(), Expiry: g.Expiry, Nonce: g.nonce(), Deadline: g.Deadline,
	})
}

// Message returns the grant as the message DataGrants.grantWithSig takes
// beside the owner and the signature.
func (g *Grant) Message() chain.GrantMessage {
	return chain.GrantMessage{
		DatasetID: g.Dataset, Enclave: g.Enclave, PolicyHash: g.Policy.Hash(), Expiry: g.Expiry,
		Nonce: new(big.Int).Set(g.nonce()), Deadline: g.Deadline,
	}
}

// Sign signs the grant with the owner's key and sets Owner and Signature.
func (g *Grant) Sign(key *ecdsa.PrivateKey) error {
	d := g.Digest()
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return fmt.Errorf("signing grant: %w", err)
	}
	sig[64] += 27
	g.Owner = crypto.PubkeyToAddress(key.PublicKey)
	g.Signature = sig
	return nil
}

// Signer recovers the address that signed the grant. It accepts v in
// {0, 1, 27, 28} and rejects high-s signatures (as OpenZeppelin's ECDSA does).
func (g *Grant) Signer() (common.Address, error) {
	if len(g.Signature) != 65 {
		return common.Address{}, fmt.Errorf("recovering signer: %w: signature is %d bytes, want 65", ErrBadSignature, len(g.Signature))
	}
	sig := make([]byte, 65)
	copy(sig, g.Signature)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if sig[64] > 1 || !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return common.Address{}, fmt.Errorf("recovering signer: %w: invalid r, s or v", ErrBadSignature)
	}
	d := g.Digest()
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("recovering signer: %w", ErrBadSignature)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// VerifySignature checks that the grant is signed by its Owner.
func (g *Grant) VerifySignature() error {
	signer, err := g.Signer()
	if err != nil {
		return err
	}
	if signer != g.Owner {
		return fmt.Errorf("%w: signed by %s, owner is %s", ErrBadSignature, signer, g.Owner)
	}
	return nil
}

// Validate checks the grant's shape (not its signature or chain state).
func (g *Grant) Validate() error {
	switch {
	case g.ChainID == 0:
		return fmt.Errorf("%w: chain id is zero", ErrMalformed)
	case g.Contract == (common.Address{}):
		return fmt.Errorf("%w: DataGrants contract address is zero", ErrMalformed)
	case g.Dataset == (common.Hash{}):
		return fmt.Errorf("%w: dataset id is zero", ErrMalformed)
	case g.Owner == (common.Address{}):
		return fmt.Errorf("%w: owner is zero", ErrMalformed)
	case chain.DatasetIDOwner(g.Dataset) != g.Owner:
		return fmt.Errorf("%w: %w: dataset %s is bound to %s, the grant's owner is %s (upload the dataset again from the owner's account)",
			ErrMalformed, ErrNotOwner, g.Dataset, chain.DatasetIDOwner(g.Dataset), g.Owner)
	case g.Enclave == (common.Address{}):
		return fmt.Errorf("%w: enclave address is zero", ErrMalformed)
	case g.Nonce != nil && (g.Nonce.Sign() < 0 || g.Nonce.BitLen() > 256):
		return fmt.Errorf("%w: nonce out of range", ErrMalformed)
	case g.Deadline == 0:
		return fmt.Errorf("%w: no deadline (the last block the signed grant may be relayed in)", ErrMalformed)
	case len(g.WrappedKey) == 0:
		return fmt.Errorf("%w: no wrapped key", ErrMalformed)
	}
	if err := g.Policy.Validate(); err != nil {
		return err
	}
	return nil
}

// MaxGrantSize bounds a grant document ParseGrant accepts.
const MaxGrantSize = 64 << 10

// ParseGrant decodes a grant from JSON (strictly: unknown fields and
// trailing data are errors) and checks its shape with Validate. It does not
// check the signature.
func ParseGrant(b []byte) (*Grant, error) {
	if len(b) > MaxGrantSize {
		return nil, fmt.Errorf("%w: grant larger than %d bytes", ErrMalformed, MaxGrantSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var g Grant
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: decoding grant: %w", ErrMalformed, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data after grant", ErrMalformed)
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}
