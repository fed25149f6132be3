// Package validate judges a verified quote against a policy: which
// measurements are allowed, whether debug enclaves are, which TCB statuses
// are acceptable, what the report data must be, and how old collateral may
// be. It never re-verifies signatures (package verify did) and reads no
// clock: collateral age is measured at the verification time.
//
// Validate reports every violated rule at once. The returned error is a
// *Refusal whose reasons each wrap one sentinel below, so callers test
// errors.Is(err, validate.ErrDebug) and users read all reasons in one go.
package validate

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

var (
	// ErrDebug is returned when the enclave or TD runs in debug mode and the policy does not allow it.
	ErrDebug = errors.New("debug mode not allowed")
	// ErrMeasurement is returned when MRENCLAVE, MRSIGNER/product/SVN or MRTD is not allowed.
	ErrMeasurement = errors.New("measurement not allowed")
	// ErrReportData is returned when the report data differs from the expected value.
	ErrReportData = errors.New("report data mismatch")
	// ErrTCBStatus is returned when the TCB status is not acceptable (see TCBStatusError).
	ErrTCBStatus = errors.New("TCB status not accepted")
	// ErrCollateralAge is returned when collateral was issued longer ago than allowed.
	ErrCollateralAge = errors.New("collateral too old")
	// ErrTEEType is returned when the quote is for a TEE the policy does not name.
	ErrTEEType = errors.New("TEE type not allowed")
)

// DefaultAcceptTCB returns the TCB statuses accepted when Policy.AcceptTCB
// is nil: UpToDate and SWHardeningNeeded. The slice is new on each call, so
// changing it changes nothing else.
func DefaultAcceptTCB() []pcs.TCBStatus {
	return []pcs.TCBStatus{pcs.UpToDate, pcs.SWHardeningNeeded}
}

// Signer allows SGX enclaves by signer: MRSIGNER, product id and a minimum SVN.
type Signer struct {
	MRSigner  [32]byte
	ISVProdID uint16
	MinISVSVN uint16
}

// Policy is what a relying party accepts. The zero value accepts any
// measurement, refuses debug, accepts DefaultAcceptTCB and checks neither
// report data nor collateral age.
type Policy struct {
	// MREnclaves and Signers allow SGX enclaves: a quote passes when its
	// MRENCLAVE is listed or it matches a Signer. Both empty: not checked.
	MREnclaves [][32]byte
	Signers    []Signer
	// MRTDs allow TDX TDs by MRTD. Empty: not checked.
	MRTDs [][48]byte
	// TEE, if "SGX" or "TDX", refuses quotes of the other kind. Empty: either.
	TEE string
	// AllowDebug accepts debug enclaves and TDs. False: they are refused.
	AllowDebug bool
	// AcceptTCB lists acceptable (converged) TCB statuses. Nil: DefaultAcceptTCB.
	AcceptTCB []pcs.TCBStatus
	// ReportData, if non-nil, must equal the quote's report data.
	ReportData *[64]byte
	// MaxCollateralAge, if non-zero, bounds the time from the collateral's
	// oldest issue date to the verification time.
	MaxCollateralAge time.Duration
	// Hints, if set, maps a sentinel above to a note appended in
	// parentheses to every reason wrapping it: what changes the rule, e.g.
	// the command-line flag (memoc names its flags this way). Nil: no notes.
	Hints map[error]string
}

// Hint appends p's hint for the sentinel err wraps, if any, to err's text;
// the result still wraps err. Callers that refuse under the policy's rules
// outside Validate (an allow-list, say) use it too.
func (p Policy) Hint(err error) error {
	for sentinel, h := range p.Hints {
		if h != "" && errors.Is(err, sentinel) {
			return &hinted{err: err, hint: h}
		}
	}
	return err
}

type hinted struct {
	err  error
	hint string
}

func (h *hinted) Error() string { return h.err.Error() + " (" + h.hint + ")" }
func (h *hinted) Unwrap() error { return h.err }

// TCBStatusError says which status was found and which were acceptable.
type TCBStatusError struct {
	Found    pcs.TCBStatus
	Accepted []pcs.TCBStatus
}

func (e *TCBStatusError) Error() string {
	acc := make([]string, len(e.Accepted))
	for i, a := range e.Accepted {
		acc[i] = string(a)
	}
	return fmt.Sprintf("TCB status %s not accepted (accepted: %s)", e.Found, strings.Join(acc, ", "))
}

// Is matches ErrTCBStatus.
func (e *TCBStatusError) Is(t error) bool { return t == ErrTCBStatus }

// Refusal lists every reason a quote was refused.
type Refusal struct{ Reasons []error }

func (r *Refusal) Error() string {
	s := make([]string, len(r.Reasons))
	for i, e := range r.Reasons {
		s[i] = e.Error()
	}
	return "refused: " + strings.Join(s, "; ")
}

// Unwrap exposes the reasons to errors.Is and errors.As.
func (r *Refusal) Unwrap() []error { return r.Reasons }

// Validate returns nil if res satisfies p, else a *Refusal.
func Validate(res *verify.Result, p Policy) error {
	var why []error
	q := res.Quote
	tee := "SGX"
	if q.TD != nil {
		tee = "TDX"
	}
	if p.TEE != "" && p.TEE != tee {
		why = append(why, fmt.Errorf("%w: quote is %s, policy wants %s", ErrTEEType, tee, p.TEE))
	}
	if q.Debug() && !p.AllowDebug {
		why = append(why, fmt.Errorf("%w: the %s has its DEBUG attribute set", ErrDebug, map[string]string{"SGX": "enclave", "TDX": "TD"}[tee]))
	}
	if q.SGX != nil && (len(p.MREnclaves) > 0 || len(p.Signers) > 0) {
		ok := slices.Contains(p.MREnclaves, q.SGX.MREnclave)
		for _, s := range p.Signers {
			ok = ok || (s.MRSigner == q.SGX.MRSigner && s.ISVProdID == q.SGX.ISVProdID && q.SGX.ISVSVN >= s.MinISVSVN)
		}
		if !ok {
			why = append(why, fmt.Errorf("%w: MRENCLAVE %x (MRSIGNER %x, product %d, SVN %d) is not allowed",
				ErrMeasurement, q.SGX.MREnclave, q.SGX.MRSigner, q.SGX.ISVProdID, q.SGX.ISVSVN))
		}
	}
	if q.TD != nil && len(p.MRTDs) > 0 && !slices.Contains(p.MRTDs, q.TD.MRTD) {
		why = append(why, fmt.Errorf("%w: MRTD %x is not among the policy's MRTDs", ErrMeasurement, q.TD.MRTD))
	}
	if q.TD != nil && len(p.MRTDs) == 0 && (len(p.MREnclaves) > 0 || len(p.Signers) > 0) {
		why = append(why, fmt.Errorf("%w: policy allows SGX measurements only, quote is TDX", ErrMeasurement))
	}
	if q.SGX != nil && len(p.MRTDs) > 0 && len(p.MREnclaves) == 0 && len(p.Signers) == 0 {
		why = append(why, fmt.Errorf("%w: policy allows TDX measurements only, quote is SGX", ErrMeasurement))
	}
	if p.ReportData != nil {
		rd := q.ReportData()
		if !bytes.Equal(rd[:], p.ReportData[:]) {
			why = append(why, fmt.Errorf("%w: quote has %s, expected %s", ErrReportData, hex.EncodeToString(rd[:]), hex.EncodeToString(p.ReportData[:])))
		}
	}
	accept := p.AcceptTCB
	if accept == nil {
		accept = DefaultAcceptTCB()
	}
	if !slices.Contains(accept, res.TCBStatus) {
		why = append(why, &TCBStatusError{Found: res.TCBStatus, Accepted: accept})
	}
	if p.MaxCollateralAge > 0 {
		if age := res.VerifiedAt.Sub(res.CollateralIssued); age > p.MaxCollateralAge {
			why = append(why, fmt.Errorf("%w: issued %s ago, at most %s allowed", ErrCollateralAge, age.Round(time.Second), p.MaxCollateralAge))
		}
	}
	if len(why) > 0 {
		for i, e := range why {
			why[i] = p.Hint(e)
		}
		return &Refusal{Reasons: why}
	}
	return nil
}
