package enclave

import (
	"context"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/grant"
)

// Quoter produces a quote over a simulated enclave report. *sim.Authority
// implements it; a hardware backend asks the platform's quoting enclave.
type Quoter interface {
	Quote(r sim.Report) ([]byte, error)
}

// SimMRSigner is the MRSIGNER of sim enclaves: the identity of whoever signs
// the enclave image (on hardware, the hash of the signing key's modulus).
var SimMRSigner = sha256.Sum256([]byte("memo-compute/enclave/sim signer"))

// Sim enclaves' product id and security version (ISVPRODID, ISVSVN).
const (
	SimProdID = 1
	SimSVN    = 1
)

// Attest returns the enclave's attestation document over nonce: a quote
// whose report data is attest.ReportData over this deployment (chain id,
// registry), the enclave address, the SHA-256 of its HPKE public key and
// the nonce, with the collateral from Config.Collateral if set.
func (s *Sim) Attest(ctx context.Context, nonce common.Hash) (*grant.Attestation, error) {
	addr, pub := s.Address(), s.HPKEPublicKey()
	rd := attest.ReportData(attest.Binding{
		ChainID:       s.cfg.ChainID,
		Registry:      s.cfg.Registry,
		Enclave:       addr,
		HPKEPublicKey: pub,
		Nonce:         nonce,
	})
	q, err := s.cfg.Quoter.Quote(sim.Report{
		MREnclave:  s.measurement,
		MRSigner:   SimMRSigner,
		ISVProdID:  SimProdID,
		ISVSVN:     SimSVN,
		Debug:      s.cfg.Debug,
		ReportData: rd,
	})
	if err != nil {
		return nil, fmt.Errorf("attesting: quoting: %w", err)
	}
	doc := &grant.Attestation{
		Version:       1,
		Quote:         q,
		Enclave:       addr,
		HPKEPublicKey: pub,
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
