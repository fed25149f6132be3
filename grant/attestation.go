package grant

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxAttestationSize bounds an attestation document a client accepts.
const MaxAttestationSize = 2 << 20

// Attestation is the document a TEE node serves so that data owners can
// check its enclave before granting to it. Only the quote and its collateral
// are evidence; every other field is a claim that VerifyNode checks against
// the quote's report data (operator, enclave, HPKE key, TLS key hash, chain,
// registry, nonce) or that is informational (Measurement, Workload: the
// verified measurement is the quote's).
type Attestation struct {
	Version int `json:"version"`
	// Quote is the DCAP quote (SGX v3, or TDX v4/v5 from a TD) whose report
	// data binds the fields below.
	Quote hexutil.Bytes `json:"quote"`
	// Collateral is the PCS collateral (TCB info, QE identity, CRLs) in
	// Intel's JSON form, a convenience: verifiers and data owners fetch
	// their own (NodeOptions.Verify.Getter) and ignore it. Empty if the
	// node serves none.
	Collateral json.RawMessage `json:"collateral,omitempty"`
	// Operator is the account that registered the enclave (VerifyNode
	// compares it with the registry's record).
	Operator common.Address `json:"operator"`
	Enclave  common.Address `json:"enclave"`
	// HPKEPublicKey is the enclave's ML-KEM-768+X25519 public key.
	HPKEPublicKey hexutil.Bytes `json:"hpkePublicKey"`
	// TLSKeyHash is the SHA-256 of the DER SubjectPublicKeyInfo of the key
	// the node serves its API with over TLS (zero if it serves no TLS of its own).
	TLSKeyHash common.Hash    `json:"tlsKeyHash"`
	ChainID    uint64         `json:"chainId"`
	Registry   common.Address `json:"registry"`
	// DataGrants is the grants contract of the deployment (informational:
	// grants are bound to it through their EIP-712 domain).
	DataGrants common.Address `json:"dataGrants"`
	// Nonce is the freshness value the client asked for (zero if none).
	Nonce       common.Hash   `json:"nonce"`
	Measurement common.Hash   `json:"measurement"`
	Workload    *WorkloadInfo `json:"workload,omitempty"`
}

// WorkloadInfo names what the enclave runs (informational; it is folded into
// the measurement).
type WorkloadInfo struct {
	Kind string      `json:"kind"`
	ID   common.Hash `json:"id"`
}

// ParseAttestation decodes an attestation document (strictly: unknown
// fields and trailing data are errors) and checks its shape.
func ParseAttestation(b []byte) (*Attestation, error) {
	if len(b) > MaxAttestationSize {
		return nil, fmt.Errorf("%w: attestation document larger than %d bytes", ErrMalformed, MaxAttestationSize)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var doc Attestation
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: decoding attestation document: %w", ErrMalformed, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data after attestation document", ErrMalformed)
	}
	switch {
	case doc.Version != 1:
		return nil, fmt.Errorf("%w: attestation document version %d, want 1", ErrMalformed, doc.Version)
	case len(doc.Quote) == 0:
		return nil, fmt.Errorf("%w: attestation document has no quote", ErrMalformed)
	case len(doc.HPKEPublicKey) == 0:
		return nil, fmt.Errorf("%w: attestation document has no HPKE key", ErrMalformed)
	case doc.Enclave == (common.Address{}):
		return nil, fmt.Errorf("%w: attestation document has no enclave address", ErrMalformed)
	case doc.Operator == (common.Address{}):
		return nil, fmt.Errorf("%w: attestation document has no operator address", ErrMalformed)
	}
	return &doc, nil
}
