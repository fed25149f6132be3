package enclave

import (
	"crypto/sha512"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// SimTD is the initial state of a simulated TD: its MRTD (the firmware
// image) and its RTMRs before the workload is measured.
type SimTD struct {
	MRTD [48]byte
	RTMR [4][48]byte
}

// SimTDXPlatform plays a TDX TD and its quote generation service, with a
// simulated quoting authority (attest/sim) in Intel's place, so that TDX
// nodes and TDX policies are tested end to end without hardware. Like a TD
// booted with the workload on its kernel command line, Launch extends RTMR
// 2 with the workload's measurement (MeasureWorkload), and measures the TD
// as TDXPlatform does: attest.TDMeasurement of MRTD and the RTMRs named.
type SimTDXPlatform struct {
	auth  *sim.Authority
	td    SimTD
	rtmrs []int
}

// NewSimTDXPlatform returns the sim TDX platform of td whose quotes auth
// signs (QuoteTD), measuring MRTD and rtmrs (nil: attest.DefaultTDRTMRs).
func NewSimTDXPlatform(auth *sim.Authority, td SimTD, rtmrs []int) *SimTDXPlatform {
	if rtmrs == nil {
		rtmrs = attest.DefaultTDRTMRs()
	}
	return &SimTDXPlatform{auth: auth, td: td, rtmrs: slices.Clone(rtmrs)}
}

// TDFor returns the TD registers a quote of an enclave launched for w
// carries: td with RTMR 2 extended by MeasureWorkload(w) (SHA-384 of the
// old value and the 32-byte measurement, zero-padded to 48 bytes, as a TDX
// RTMR extend does).
func (td SimTD) TDFor(w Workload) (SimTD, error) {
	m, err := MeasureWorkload(w)
	if err != nil {
		return SimTD{}, err
	}
	var ext [48]byte
	copy(ext[:], m[:])
	td.RTMR[2] = sha512.Sum384(append(td.RTMR[2][:], ext[:]...))
	return td, nil
}

// Launch implements Platform: MREnclave is attest.TDMeasurement of the
// TD's MRTD and RTMRs (RTMR 2 extended with the workload), MRSigner and
// the ISV ids are zero.
func (p *SimTDXPlatform) Launch(w Workload, debug bool) (Report, Quoter, error) {
	if p == nil || p.auth == nil {
		return Report{}, nil, fmt.Errorf("%w: sim TDX platform without a quoting authority", ErrConfig)
	}
	td, err := p.td.TDFor(w)
	if err != nil {
		return Report{}, nil, err
	}
	r := sim.TDReport{MRTD: td.MRTD, RTMR: td.RTMR, Debug: debug}
	m := attest.TDMeasurement(&abi.TDReport{MRTD: td.MRTD, RTMR: td.RTMR}, p.rtmrs)
	id := Report{MREnclave: common.Hash(m), Debug: debug}
	return id, &simTDQuoter{auth: p.auth, r: r}, nil
}

type simTDQuoter struct {
	auth *sim.Authority
	r    sim.TDReport
}

func (q *simTDQuoter) Quote(reportData [64]byte) ([]byte, error) {
	r := q.r
	r.ReportData = reportData
	return q.auth.QuoteTD(r)
}
