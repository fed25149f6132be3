package chain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain of DataGrants. Version 2 added the deadline to Grant and
// Revoke and made every direct grant and revoke use up the owner's nonce.
const (
	GrantDomainName    = "MemoDataGrants"
	GrantDomainVersion = "2"
)

// EIP-712 type strings DataGrants checks (its GRANT_TYPEHASH and REVOKE_TYPEHASH).
const (
	GrantTypeString  = "Grant(bytes32 datasetId,address enclave,bytes32 policyHash,uint64 expiry,uint256 nonce,uint64 deadline)"
	RevokeTypeString = "Revoke(bytes32 datasetId,address enclave,uint256 nonce,uint64 deadline)"
)

// GrantMessage is the EIP-712 struct Grant (GrantTypeString) that a data
// owner signs to let someone else relay a grant.
type GrantMessage struct {
	// DatasetID begins with the owner's address (DatasetIDOwner).
	DatasetID  common.Hash
	Enclave    common.Address
	PolicyHash common.Hash
	// Expiry is the first block at which the grant no longer holds.
	Expiry uint64
	// Nonce must equal the owner's current nonce (Client.GrantNonce); any
	// grant, revoke or CancelGrantSignatures by the owner uses it up.
	Nonce *big.Int
	// Deadline is the last block in which the signature may be relayed.
	Deadline uint64
}

// RevokeMessage is the EIP-712 struct Revoke (RevokeTypeString).
type RevokeMessage struct {
	DatasetID common.Hash
	Enclave   common.Address
	Nonce     *big.Int
	// Deadline is the last block in which the signature may be relayed.
	Deadline uint64
}

// DatasetIDOwner returns the owner a dataset id is bound to: its first 20
// bytes, as DataGrants.datasetOwner computes it. Only that account can grant
// or revoke the dataset.
func DatasetIDOwner(id common.Hash) common.Address {
	return common.BytesToAddress(id[:common.AddressLength])
}

var eip712Domain = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

// GrantTypedData returns the grant as eth_signTypedData_v4 typed data for
// the DataGrants contract at verifyingContract on chainID, for wallets.
func GrantTypedData(chainID *big.Int, verifyingContract common.Address, g GrantMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"Grant": {
				{Name: "datasetId", Type: "bytes32"},
				{Name: "enclave", Type: "address"},
				{Name: "policyHash", Type: "bytes32"},
				{Name: "expiry", Type: "uint64"},
				{Name: "nonce", Type: "uint256"},
				{Name: "deadline", Type: "uint64"},
			},
		},
		PrimaryType: "Grant",
		Domain:      grantDomain(chainID, verifyingContract),
		Message: apitypes.TypedDataMessage{
			"datasetId":  g.DatasetID.Hex(),
			"enclave":    g.Enclave.Hex(),
			"policyHash": g.PolicyHash.Hex(),
			"expiry":     new(big.Int).SetUint64(g.Expiry).String(),
			"nonce":      nonceString(g.Nonce),
			"deadline":   new(big.Int).SetUint64(g.Deadline).String(),
		},
	}
}

// RevokeTypedData returns the revocation as eth_signTypedData_v4 typed data.
func RevokeTypedData(chainID *big.Int, verifyingContract common.Address, r RevokeMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"Revoke": {
				{Name: "datasetId", Type: "bytes32"},
				{Name: "enclave", Type: "address"},
				{Name: "nonce", Type: "uint256"},
				{Name: "deadline", Type: "uint64"},
			},
		},
		PrimaryType: "Revoke",
		Domain:      grantDomain(chainID, verifyingContract),
		Message: apitypes.TypedDataMessage{
			"datasetId": r.DatasetID.Hex(),
			"enclave":   r.Enclave.Hex(),
			"nonce":     nonceString(r.Nonce),
			"deadline":  new(big.Int).SetUint64(r.Deadline).String(),
		},
	}
}

// GrantDigest returns the 32-byte digest DataGrants.grantWithSig checks: the
// EIP-712 hash of GrantTypedData. Sign it with crypto.Sign(digest, ownerKey).
func GrantDigest(chainID *big.Int, verifyingContract common.Address, g GrantMessage) (common.Hash, error) {
	return typedDigest(GrantTypedData(chainID, verifyingContract, g))
}

// RevokeDigest returns the digest DataGrants.revokeWithSig checks.
func RevokeDigest(chainID *big.Int, verifyingContract common.Address, r RevokeMessage) (common.Hash, error) {
	return typedDigest(RevokeTypedData(chainID, verifyingContract, r))
}

func typedDigest(td apitypes.TypedData) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hashing EIP-712 %s: %w", td.PrimaryType, err)
	}
	return common.BytesToHash(h), nil
}

func grantDomain(chainID *big.Int, verifyingContract common.Address) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name:              GrantDomainName,
		Version:           GrantDomainVersion,
		ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
		VerifyingContract: verifyingContract.Hex(),
	}
}

func nonceString(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return n.String()
}

// signDigest signs an EIP-712 digest with key and returns the 65-byte
// [R || S || V] signature with V in {27, 28}, as ecrecover wants.
func signDigest(key *ecdsa.PrivateKey, d common.Hash, what string) ([]byte, error) {
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	sig[64] += 27
	return sig, nil
}

// recoverDigest returns the address that signed d, as a contract's
// ecrecover computes it (V in {0, 1} or {27, 28}); a malformed signature is
// invalid, wrapped in errInvalid.
func recoverDigest(d common.Hash, sig []byte, errInvalid error) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes, want 65", errInvalid, len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", errInvalid, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
