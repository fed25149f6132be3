package attest

import (
	"crypto/sha256"
	"encoding/binary"
)

// ReportDataDomain separates memo-compute report data from any other use
// of SHA-256 over the same fields. v2 binds the operator and the TLS key.
const ReportDataDomain = "memo-compute/attest/report-data/v2"

// Binding is what a quote's report data commits to (DESIGN §3): the
// deployment (chain id and registry contract), the operator that registers
// and runs the enclave, the enclave's keys and the key its node serves TLS
// with.
type Binding struct {
	ChainID  uint64
	Registry [20]byte // EnclaveRegistry contract address
	// Operator is the account that registers the enclave in the registry
	// (and is paid for its work): a quote bound to one operator does not
	// vouch for the enclave under another.
	Operator [20]byte
	Enclave  [20]byte // address of the enclave's secp256k1 signing key
	// HPKEPublicKey is the enclave's serialized HPKE public key; only its
	// SHA-256 enters the report data.
	HPKEPublicKey []byte
	// TLSKeyHash is the SHA-256 of the DER SubjectPublicKeyInfo of the key
	// the node's API serves TLS with (x509.Certificate.RawSubjectPublicKeyInfo),
	// or zero while the node serves no TLS of its own.
	TLSKeyHash [32]byte
	Nonce      [32]byte // freshness, chosen by the verifier or the registry
}

// ReportData returns SHA-256(domain ‖ chain id ‖ registry ‖ operator ‖
// enclave ‖ SHA-256(HPKE public key) ‖ TLS key hash ‖ nonce) in the first
// 32 bytes and zeros in the rest. Every field has a fixed width (chain id as
// a 32-byte big-endian uint256, addresses as 20 bytes), so the encoding is
// unambiguous and equals Solidity's sha256(abi.encodePacked(domain,
// uint256(chainid), registry, operator, enclave, sha256(hpkeKey),
// tlsKeyHash, nonce)): a contract can recompute it.
func ReportData(b Binding) [64]byte {
	var buf [len(ReportDataDomain) + 32 + 20 + 20 + 20 + 32 + 32 + 32]byte
	n := copy(buf[:], ReportDataDomain)
	binary.BigEndian.PutUint64(buf[n+24:], b.ChainID)
	n += 32
	n += copy(buf[n:], b.Registry[:])
	n += copy(buf[n:], b.Operator[:])
	n += copy(buf[n:], b.Enclave[:])
	hk := sha256.Sum256(b.HPKEPublicKey)
	n += copy(buf[n:], hk[:])
	n += copy(buf[n:], b.TLSKeyHash[:])
	copy(buf[n:], b.Nonce[:])
	var out [64]byte
	sum := sha256.Sum256(buf[:])
	copy(out[:], sum[:])
	return out
}
