package validate

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

func sgxResult(debug bool, status pcs.TCBStatus) *verify.Result {
	r := &abi.EnclaveReport{MREnclave: [32]byte{1}, MRSigner: [32]byte{2}, ISVProdID: 3, ISVSVN: 4, ReportData: [64]byte{5}}
	if debug {
		r.Attributes[0] |= abi.AttrDebug
	}
	now := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	return &verify.Result{Quote: &abi.Quote{SGX: r}, TCBStatus: status, VerifiedAt: now, CollateralIssued: now.Add(-48 * time.Hour)}
}

func tdxResult(debug bool) *verify.Result {
	td := &abi.TDReport{MRTD: [48]byte{7}, ReportData: [64]byte{8}}
	if debug {
		td.TDAttributes[0] |= abi.TDAttrDebug
	}
	return &verify.Result{Quote: &abi.Quote{TD: td}, TCBStatus: pcs.UpToDate}
}

func TestValidate(t *testing.T) {
	rd := [64]byte{5}
	for _, tc := range []struct {
		name string
		res  *verify.Result
		p    Policy
		want []error // nil: accepted
	}{
		{"zero policy accepts an up-to-date release enclave", sgxResult(false, pcs.UpToDate), Policy{}, nil},
		{"zero policy refuses debug", sgxResult(true, pcs.UpToDate), Policy{}, []error{ErrDebug}},
		{"debug allowed", sgxResult(true, pcs.UpToDate), Policy{AllowDebug: true}, nil},
		{"SW hardening accepted by default", sgxResult(false, pcs.SWHardeningNeeded), Policy{}, nil},
		{"out of date refused by default", sgxResult(false, pcs.OutOfDate), Policy{}, []error{ErrTCBStatus}},
		{"out of date accepted when listed", sgxResult(false, pcs.OutOfDate), Policy{AcceptTCB: []pcs.TCBStatus{pcs.OutOfDate}}, nil},
		{"MRENCLAVE listed", sgxResult(false, pcs.UpToDate), Policy{MREnclaves: [][32]byte{{9}, {1}}}, nil},
		{"MRENCLAVE not listed", sgxResult(false, pcs.UpToDate), Policy{MREnclaves: [][32]byte{{9}}}, []error{ErrMeasurement}},
		{"signer with SVN", sgxResult(false, pcs.UpToDate), Policy{Signers: []Signer{{MRSigner: [32]byte{2}, ISVProdID: 3, MinISVSVN: 4}}}, nil},
		{"signer, wrong product", sgxResult(false, pcs.UpToDate), Policy{Signers: []Signer{{MRSigner: [32]byte{2}, ISVProdID: 4}}}, []error{ErrMeasurement}},
		{"report data", sgxResult(false, pcs.UpToDate), Policy{ReportData: &rd}, nil},
		{"report data mismatch", sgxResult(false, pcs.UpToDate), Policy{ReportData: &[64]byte{6}}, []error{ErrReportData}},
		{"collateral age ok", sgxResult(false, pcs.UpToDate), Policy{MaxCollateralAge: 72 * time.Hour}, nil},
		{"collateral too old", sgxResult(false, pcs.UpToDate), Policy{MaxCollateralAge: 24 * time.Hour}, []error{ErrCollateralAge}},
		{"TEE type", sgxResult(false, pcs.UpToDate), Policy{TEE: "TDX"}, []error{ErrTEEType}},
		{"MRTD listed", tdxResult(false), Policy{MRTDs: [][48]byte{{7}}, TEE: "TDX"}, nil},
		{"MRTD not listed and debug", tdxResult(true), Policy{MRTDs: [][48]byte{{6}}}, []error{ErrMeasurement, ErrDebug}},
		{"SGX-only policy on TDX", tdxResult(false), Policy{MREnclaves: [][32]byte{{1}}}, []error{ErrMeasurement}},
		{"every reason at once", sgxResult(true, pcs.Revoked), Policy{MREnclaves: [][32]byte{{9}}, ReportData: &[64]byte{}, TEE: "TDX"},
			[]error{ErrDebug, ErrMeasurement, ErrReportData, ErrTCBStatus, ErrTEEType}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Validate(tc.res, tc.p)
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			var r *Refusal
			require.True(t, errors.As(err, &r))
			require.Len(t, r.Reasons, len(tc.want))
			for _, w := range tc.want {
				require.ErrorIs(t, err, w)
			}
		})
	}
}

// TestDefaultAcceptTCBIsFresh checks that a caller who changes the default
// list it was handed does not widen what the zero policy accepts.
func TestDefaultAcceptTCBIsFresh(t *testing.T) {
	d := DefaultAcceptTCB()
	require.Equal(t, []pcs.TCBStatus{pcs.UpToDate, pcs.SWHardeningNeeded}, d)
	d[0] = pcs.Revoked
	require.Equal(t, pcs.UpToDate, DefaultAcceptTCB()[0])
	require.ErrorIs(t, Validate(sgxResult(false, pcs.Revoked), Policy{}), ErrTCBStatus)
}
