package attest

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// Summary is the outcome of checking a quote, compact and JSON-able: what
// `memoc attest verify` prints and what a node serves with its quote.
// Fields describing the quote are filled whenever it parses, even when it
// is refused.
type Summary struct {
	Valid          bool   `json:"valid"`
	TEE            string `json:"tee,omitempty"` // "SGX" or "TDX"
	QuoteVersion   int    `json:"quote_version,omitempty"`
	TCBStatus      string `json:"tcb_status,omitempty"`
	PlatformStatus string `json:"platform_tcb_status,omitempty"`
	QEStatus       string `json:"qe_tcb_status,omitempty"`
	ModuleStatus   string `json:"tdx_module_tcb_status,omitempty"`
	// BelowAllLevels: the platform is below every TCB level Intel lists.
	BelowAllLevels bool       `json:"below_all_tcb_levels,omitempty"`
	AdvisoryIDs    []string   `json:"advisory_ids,omitempty"`
	Measurement    string     `json:"measurement,omitempty"` // MRENCLAVE (SGX) or MRTD (TDX), hex
	MRSigner       string     `json:"mrsigner,omitempty"`    // SGX only
	ISVProdID      uint16     `json:"isv_prod_id,omitempty"`
	ISVSVN         uint16     `json:"isv_svn,omitempty"`
	Debug          bool       `json:"debug"`
	ReportData     string     `json:"report_data,omitempty"` // hex, 64 bytes
	FMSPC          string     `json:"fmspc,omitempty"`
	Root           string     `json:"root,omitempty"` // common name of the trusted root
	CollateralFrom *time.Time `json:"collateral_issued,omitempty"`
	ValidUntil     *time.Time `json:"valid_until,omitempty"`
	Reasons        []string   `json:"reasons,omitempty"`
}

// Evaluate parses, verifies and validates raw and summarises the outcome.
// The error is nil exactly when Summary.Valid; otherwise it wraps the
// verify or validate sentinels (a *validate.Refusal for policy refusals),
// and Summary.Reasons holds one line per reason.
func Evaluate(ctx context.Context, raw []byte, v *verify.Verifier, p validate.Policy) (Summary, error) {
	var s Summary
	q, err := abi.ParseQuote(raw)
	if err != nil {
		err = fmt.Errorf("parsing quote: %w: %w", verify.ErrQuote, err)
		s.Reasons = []string{err.Error()}
		return s, err
	}
	describe(&s, q)
	res, err := v.VerifyQuote(ctx, q)
	if err != nil {
		s.Reasons = []string{err.Error()}
		return s, err
	}
	s.TCBStatus, s.PlatformStatus = string(res.TCBStatus), string(res.PlatformStatus)
	s.QEStatus, s.ModuleStatus = string(res.QEStatus), string(res.ModuleStatus)
	s.AdvisoryIDs = res.AdvisoryIDs
	s.BelowAllLevels = res.BelowAllLevels
	s.FMSPC = hex.EncodeToString(res.FMSPC[:])
	s.Root = res.Root.Subject.CommonName
	issued, until := res.CollateralIssued.UTC(), res.ValidUntil.UTC()
	s.CollateralFrom, s.ValidUntil = &issued, &until
	if err := validate.Validate(res, p); err != nil {
		var r *validate.Refusal
		if errors.As(err, &r) {
			for _, e := range r.Reasons {
				s.Reasons = append(s.Reasons, e.Error())
			}
		} else {
			s.Reasons = []string{err.Error()}
		}
		return s, err
	}
	s.Valid = true
	return s, nil
}

func describe(s *Summary, q *abi.Quote) {
	s.QuoteVersion = int(q.Header.Version)
	s.Debug = q.Debug()
	rd := q.ReportData()
	s.ReportData = hex.EncodeToString(rd[:])
	if q.TD != nil {
		s.TEE = "TDX"
		s.Measurement = hex.EncodeToString(q.TD.MRTD[:])
		return
	}
	s.TEE = "SGX"
	s.Measurement = hex.EncodeToString(q.SGX.MREnclave[:])
	s.MRSigner = hex.EncodeToString(q.SGX.MRSigner[:])
	s.ISVProdID, s.ISVSVN = q.SGX.ISVProdID, q.SGX.ISVSVN
}
