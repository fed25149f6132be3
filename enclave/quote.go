package enclave

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
)

// Attest returns the enclave's attestation document over nonce: a quote from
// its platform, which carries the identity the platform measured at launch,
// whose report data is attest.ReportData over this deployment (chain id,
// registry), its operator, the enclave address, the SHA-256 of its HPKE
// public key, the node's TLS key hash and the nonce, with the collateral
// from Config.Collateral if set.
func (s *Sim) Attest(ctx context.Context, nonce common.Hash) (*grant.Attestation, error) {
	addr, pub := s.Address(), s.HPKEPublicKey()
	rd := attest.ReportData(attest.Binding{
		ChainID:       s.cfg.ChainID,
		Registry:      s.cfg.Registry,
		Operator:      s.cfg.Operator,
		Enclave:       addr,
		HPKEPublicKey: pub,
		TLSKeyHash:    s.cfg.TLSKeyHash,
		Nonce:         nonce,
	})
	q, err := s.quoter.Quote(rd)
	if err != nil {
		return nil, fmt.Errorf("attesting: quoting: %w", err)
	}
	doc := &grant.Attestation{
		Version:       1,
		Quote:         q,
		Operator:      s.cfg.Operator,
		Enclave:       addr,
		HPKEPublicKey: pub,
		TLSKeyHash:    s.cfg.TLSKeyHash,
		ChainID:       s.cfg.ChainID,
		Registry:      s.cfg.Registry,
		DataGrants:    s.cfg.DataGrants,
		Nonce:         nonce,
		Measurement:   s.measurement,
		Workload:      &grant.WorkloadInfo{Kind: s.cfg.Workload.Kind, ID: s.cfg.Workload.ID},
	}
	if s.cfg.Collateral != nil {
		if doc.Collateral, err = s.cfg.Collateral(ctx); err != nil {
			return nil, fmt.Errorf("attesting: fetching collateral: %w", err)
		}
	}
	return doc, nil
}

// SignRegistration returns the enclave key's signature that lets its
// operator (Config.Operator) register this enclave, with the SHA-256 of its
// HPKE public key, in the deployment's EnclaveRegistry
// (chain.RegistrationMessage in the registry's EIP-712 domain). The enclave
// builds the message itself from its configuration and keys and signs
// nothing else, so no one else can register it and the operator cannot get
// it registered with another HPKE key.
func (s *Sim) SignRegistration() ([]byte, error) {
	s.mu.Lock()
	signer, pub := s.signer, s.hpkePub
	s.mu.Unlock()
	sig, err := chain.SignRegistration(signer, new(big.Int).SetUint64(s.cfg.ChainID), s.cfg.Registry,
		chain.RegistrationMessage{Operator: s.cfg.Operator, HPKEKeyHash: sha256.Sum256(pub)})
	if err != nil {
		return nil, fmt.Errorf("signing registration: %w", err)
	}
	return sig, nil
}

// NewRegistration attests e (with a zero nonce) and returns its
// EnclaveRegistry registration for its operator, signed by the enclave:
// the SHA-256 of its HPKE key, keccak256 of the quote as evidence hash and
// of the collateral served with it (zero if none), and its measurement. The
// operator sends it with chain.Client.RegisterEnclave. It also returns the
// attestation document the registration commits to.
func NewRegistration(ctx context.Context, e Enclave) (chain.Registration, *grant.Attestation, error) {
	doc, err := e.Attest(ctx, common.Hash{})
	if err != nil {
		return chain.Registration{}, nil, err
	}
	sig, err := e.SignRegistration()
	if err != nil {
		return chain.Registration{}, nil, err
	}
	r := chain.Registration{
		Enclave: e.Address(), HPKEKeyHash: sha256.Sum256(e.HPKEPublicKey()),
		Measurement: e.Measurement(), Signature: sig,
	}
	r.EvidenceHash, r.CollateralHash = EvidenceHashes(doc)
	return r, doc, nil
}

// EvidenceHashes returns what EnclaveRegistry records of an attestation
// document: keccak256 of its quote and of its collateral (zero if none).
func EvidenceHashes(doc *grant.Attestation) (evidence, collateral common.Hash) {
	if len(doc.Collateral) != 0 {
		collateral = crypto.Keccak256Hash(doc.Collateral)
	}
	return crypto.Keccak256Hash(doc.Quote), collateral
}
