package enclave

import (
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/sim"
)

// Report is an enclave report as the platform fills it in: the SGX report
// body fields a quote carries. Everything but ReportData is the enclave's
// identity, which the platform fixes when it launches the enclave (on SGX,
// the CPU measures the enclave's pages into MRENCLAVE); ReportData is the one
// field the enclave chooses, per quote.
type Report struct {
	// MREnclave is the enclave's measurement.
	MREnclave common.Hash
	// MRSigner identifies whoever signed the enclave image.
	MRSigner common.Hash
	// ISVProdID and ISVSVN are the enclave's product id and security version.
	ISVProdID uint16
	ISVSVN    uint16
	// Debug is the DEBUG attribute: the host can read a debug enclave's
	// memory.
	Debug bool
	// ReportData is the enclave's 64 bytes (attest.ReportData).
	ReportData [64]byte
}

// Quoter is the seam every backend quotes through: report data in, quote out.
// The caller passes only the 64 bytes of report data; the identity in the
// quote (measurement, signer, ISV ids, attributes) is the platform's, fixed
// at launch, never the caller's.
type Quoter interface {
	Quote(reportData [64]byte) ([]byte, error)
}

// Platform is what plays the CPU under an enclave. NewSim launches its
// enclave on one: Launch measures an enclave launched to run workload w (as
// a debug enclave if debug is set) and returns the identity every report of
// that enclave carries (ReportData zero) with the Quoter for its reports.
// The enclave learns its measurement from the platform, as a hardware
// enclave reads it from a report to itself; no caller names it.
// NewSimPlatform is the simulator's platform.
type Platform interface {
	Launch(w Workload, debug bool) (Report, Quoter, error)
}

// SimMRSigner is the MRSIGNER of sim enclaves: the identity of whoever signs
// the enclave image (on hardware, the hash of the signing key's modulus).
var SimMRSigner = sha256.Sum256([]byte("memo-compute/enclave/sim signer"))

// Sim enclaves' product id and security version (ISVPRODID, ISVSVN).
const (
	SimProdID = 1
	SimSVN    = 1
)

// SimPlatform plays the CPU and its quoting enclave for sim enclaves, with a
// simulated quoting authority (attest/sim) in Intel's place. It measures an
// enclave as MeasureWorkload does, from the bytes of the running executable
// and the workload, and quotes its reports with the authority's attestation
// key in the SGX quote v3 layout.
type SimPlatform struct {
	auth *sim.Authority
}

// NewSimPlatform returns the sim platform whose quotes auth signs.
func NewSimPlatform(auth *sim.Authority) *SimPlatform { return &SimPlatform{auth: auth} }

// Launch implements Platform: MREnclave is MeasureWorkload(w), MRSIGNER is
// SimMRSigner, the ISV ids are SimProdID and SimSVN.
func (p *SimPlatform) Launch(w Workload, debug bool) (Report, Quoter, error) {
	if p == nil || p.auth == nil {
		return Report{}, nil, fmt.Errorf("%w: sim platform without a quoting authority", ErrConfig)
	}
	m, err := MeasureWorkload(w)
	if err != nil {
		return Report{}, nil, err
	}
	id := Report{MREnclave: m, MRSigner: SimMRSigner, ISVProdID: SimProdID, ISVSVN: SimSVN, Debug: debug}
	return id, &simQuoter{auth: p.auth, id: id}, nil
}

// simQuoter quotes one sim enclave's reports: its identity is fixed, the
// caller supplies the report data.
type simQuoter struct {
	auth *sim.Authority
	id   Report
}

func (q *simQuoter) Quote(reportData [64]byte) ([]byte, error) {
	return q.auth.Quote(sim.Report{
		MREnclave:  q.id.MREnclave,
		MRSigner:   q.id.MRSigner,
		ISVProdID:  q.id.ISVProdID,
		ISVSVN:     q.id.ISVSVN,
		Debug:      q.id.Debug,
		ReportData: reportData,
	})
}
