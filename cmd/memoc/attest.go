package main

import (
	"context"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/trust"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// errInvalidQuote is returned (exit code 1) when a quote is refused.
var errInvalidQuote = errors.New("quote is NOT valid under the given policy (reasons above)")

func newAttestCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "attest",
		Short: "Inspect and verify SGX / TDX attestation quotes offline",
	}
	cmd.AddCommand(newAttestVerifyCmd(), newAttestShowCmd())
	return cmd
}

type attestVerifyFlags struct {
	quote, collateral, at, mrenclave, mrtd, reportData, acceptTCB string
	roots                                                         []string
	rtmrs                                                         []int
	allowDebug                                                    bool
	pcs, pcsCache                                                 string
	pcsTimeout, maxCollateralAge                                  time.Duration
	pcsRetries                                                    int
}

func newAttestVerifyCmd() *cobra.Command {
	var f attestVerifyFlags
	cmd := &cobra.Command{
		Use:   "verify --quote FILE (--collateral FILE | --pcs URL)",
		Short: "Verify a quote against its collateral and a policy; exit 0 only if valid",
		Long: `Verify an SGX (v3) or TDX (v4/v5) quote offline: the PCK certificate chain to a
trusted root (Intel's SGX Root CA, plus any --root), CRLs, the QE and report
signatures, TCB info and QE identity with their validity windows at --at, and
the TCB status. Then apply the policy given by the flags: a measurement or
report data is checked only when given; debug enclaves are refused unless
--allow-debug; the TCB status must be one of --accept-tcb; collateral issued
longer than --max-collateral-age before --at is refused.

The collateral comes from --collateral (a file), or from --pcs: an Intel PCS
(https://api.trustedservices.intel.com) or a PCCS (e.g. https://localhost:8081),
asked for the TCB info of the quote's FMSPC, the QE identity, the PCK CRL of
the CA that issued the quote's PCK certificate and the root CA CRL (API v4).
Each request is bounded by --pcs-timeout and retried --pcs-retries times;
with --pcs-cache DIR the collateral is kept there until its nextUpdate.

Prints valid/invalid, the TCB status, the measurement, the report data and
every reason for a refusal. Exit code 0 only when the quote is valid, 1 when
it is refused or cannot be checked, 2 on bad usage.`,
		Example: `  memoc attest verify --quote sgx_quote --collateral sgx_quote_collateral.json --at 2025-07-01T00:00:00Z
  memoc attest verify --quote q.bin --collateral c.json --root devnet-root.pem --mrenclave 33d8... --report-data 9f2c...
  memoc attest verify --quote tdx_quote --pcs https://localhost:8081 --pcs-cache ~/.cache/memoc/pcs --max-collateral-age 720h`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runAttestVerify(cmd.Context(), cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.quote, "quote", "", "quote file (raw bytes) (required)")
	fl.StringVar(&f.collateral, "collateral", "", "collateral JSON in Intel PCS form (required)")
	fl.StringVar(&f.at, "at", "", "verification time, RFC 3339 (default: now)")
	fl.StringSliceVar(&f.roots, "root", nil, "extra trusted root CA, PEM or DER file (repeatable), e.g. a dev chain's sim root")
	fl.StringVar(&f.mrenclave, "mrenclave", "", "required MRENCLAVE, 32 bytes hex (SGX)")
	fl.StringVar(&f.mrtd, "mrtd", "", "required MRTD, 48 bytes hex (TDX)")
	fl.IntSliceVar(&f.rtmrs, "tdx-rtmr", []int{1, 2}, "RTMRs the printed TD measurement covers with MRTD (the registry's measurement of a TD; memoc node --tdx-rtmr)")
	fl.StringVar(&f.reportData, "report-data", "", "required report data, hex, up to 64 bytes (zero-padded)")
	fl.BoolVar(&f.allowDebug, "allow-debug", false, "accept debug enclaves / TDs")
	fl.StringVar(&f.acceptTCB, "accept-tcb", "UpToDate,SWHardeningNeeded", "comma-separated acceptable TCB statuses")
	fl.DurationVar(&f.maxCollateralAge, "max-collateral-age", 0, "refuse collateral issued longer than this before --at, e.g. 720h (0: no limit)")
	fl.StringVar(&f.pcs, "pcs", "", "fetch the collateral from this Intel PCS or PCCS base URL instead of --collateral")
	fl.StringVar(&f.pcsCache, "pcs-cache", "", "with --pcs: keep fetched collateral in this directory until its nextUpdate (default: no cache)")
	fl.DurationVar(&f.pcsTimeout, "pcs-timeout", 10*time.Second, "with --pcs: time limit of each request")
	fl.IntVar(&f.pcsRetries, "pcs-retries", 2, "with --pcs: retries of a request that timed out or got 429/5xx")
	_ = cmd.MarkFlagRequired("quote")
	cmd.MarkFlagsMutuallyExclusive("collateral", "pcs")
	return cmd
}

// attestPolicy turns the flags into a verifier option set and a policy.
func attestPolicy(f attestVerifyFlags) (time.Time, []*x509.Certificate, validate.Policy, error) {
	var p validate.Policy
	if f.collateral == "" && f.pcs == "" {
		return time.Time{}, nil, p, usagef(`required flag(s) "collateral" not set: give --collateral FILE, or --pcs URL to fetch the collateral`)
	}
	if f.pcs != "" {
		u, err := url.Parse(f.pcs)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return time.Time{}, nil, p, usagef("--pcs %q: want an http(s) base URL, e.g. https://localhost:8081", f.pcs)
		}
		if f.pcsTimeout <= 0 || f.pcsRetries < 0 {
			return time.Time{}, nil, p, usagef("--pcs-timeout must be positive and --pcs-retries at least 0")
		}
	}
	if f.maxCollateralAge < 0 {
		return time.Time{}, nil, p, usagef("--max-collateral-age must be at least 0 (0: no limit)")
	}
	p.MaxCollateralAge = f.maxCollateralAge
	at := time.Now()
	if f.at != "" {
		t, err := time.Parse(time.RFC3339, f.at)
		if err != nil {
			return at, nil, p, usagef("--at %q: want RFC 3339, e.g. 2025-07-01T00:00:00Z", f.at)
		}
		at = t
	}
	var roots []*x509.Certificate
	if len(f.roots) > 0 {
		roots = append(roots, trust.IntelSGXRootCA())
		for _, file := range f.roots {
			data, err := os.ReadFile(file)
			if err != nil {
				return at, nil, p, fmt.Errorf("reading --root: %w", err)
			}
			rs, err := trust.ParseRoots(data)
			if err != nil {
				return at, nil, p, fmt.Errorf("reading --root %s (want a PEM or DER self-signed CA certificate): %w", file, err)
			}
			roots = append(roots, rs...)
		}
	}
	fixed := func(flag, h string, n int, pad bool) ([]byte, error) {
		b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
		if err != nil || len(b) > n || (!pad && len(b) != n) {
			return nil, usagef("--%s: want %d bytes of hex", flag, n)
		}
		return append(b, make([]byte, n-len(b))...), nil
	}
	if f.mrenclave != "" {
		b, err := fixed("mrenclave", f.mrenclave, 32, false)
		if err != nil {
			return at, nil, p, err
		}
		p.MREnclaves = [][32]byte{[32]byte(b)}
	}
	if f.mrtd != "" {
		b, err := fixed("mrtd", f.mrtd, 48, false)
		if err != nil {
			return at, nil, p, err
		}
		p.MRTDs = [][48]byte{[48]byte(b)}
	}
	if f.reportData != "" {
		b, err := fixed("report-data", f.reportData, 64, true)
		if err != nil {
			return at, nil, p, err
		}
		rd := [64]byte(b)
		p.ReportData = &rd
	}
	p.AllowDebug = f.allowDebug
	p.AcceptTCB = []pcs.TCBStatus{}
	for _, s := range strings.Split(f.acceptTCB, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		st, err := pcs.ParseStatus(s)
		if err != nil {
			return at, nil, p, usagef("--accept-tcb %q: want a comma-separated list of UpToDate, SWHardeningNeeded, ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate, OutOfDateConfigurationNeeded, Revoked", s)
		}
		p.AcceptTCB = append(p.AcceptTCB, st)
	}
	return at, roots, p, nil
}

func runAttestVerify(ctx context.Context, w io.Writer, f attestVerifyFlags) error {
	at, roots, policy, err := attestPolicy(f)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(f.quote)
	if err != nil {
		return fmt.Errorf("reading --quote: %w", err)
	}
	opts := verify.Options{Now: func() time.Time { return at }, TrustedRoots: roots}
	if f.pcs != "" {
		c := &pcs.Client{BaseURL: f.pcs, Timeout: f.pcsTimeout, Retries: f.pcsRetries, Now: opts.Now}
		if f.pcsCache != "" {
			c.Cache = &pcs.Cache{Dir: f.pcsCache}
		}
		opts.Getter = c
	} else {
		cj, err := os.ReadFile(f.collateral)
		if err != nil {
			return fmt.Errorf("reading --collateral: %w", err)
		}
		if opts.Collateral, err = pcs.ParseCollateral(cj); err != nil {
			return fmt.Errorf("reading --collateral %s (want Intel PCS collateral JSON): %w", f.collateral, err)
		}
	}
	v, err := verify.New(opts)
	if err != nil {
		return fmt.Errorf("setting up the verifier: %w", err)
	}
	s, verr := attest.Evaluate(ctx, raw, v, policy)
	nameFlags(&s, verr)
	var tdm string
	if q, err := abi.ParseQuote(raw); err == nil && q.TD != nil {
		for _, i := range f.rtmrs {
			if i < 0 || i > 3 {
				return usagef("--tdx-rtmr %d: TDX has RTMR 0 to 3", i)
			}
		}
		m := attest.TDMeasurement(q.TD, f.rtmrs)
		tdm = hex.EncodeToString(m[:])
	}
	if global.json {
		v := viewSummary(s)
		v.TDMeasurement = prefix0x(tdm)
		if err := printJSON(w, v); err != nil {
			return err
		}
	} else if err := printSummary(w, s, tdm, f.rtmrs); err != nil {
		return err
	}
	if verr != nil || !s.Valid {
		return errInvalidQuote
	}
	return nil
}

// policyFlags names the flag that changes each policy rule, by the
// sentinel its refusal wraps.
var policyFlags = []struct {
	err  error
	hint string
}{
	{validate.ErrTCBStatus, "--accept-tcb changes the accepted statuses"},
	{validate.ErrCollateralAge, "--max-collateral-age changes the limit"},
	{validate.ErrDebug, "--allow-debug accepts debug enclaves"},
}

// nameFlags appends to each policy refusal in s.Reasons the flag that
// changes the rule (the reasons are in the order of the refusal's).
func nameFlags(s *attest.Summary, err error) {
	var r *validate.Refusal
	if !errors.As(err, &r) || len(r.Reasons) != len(s.Reasons) {
		return
	}
	for i, e := range r.Reasons {
		for _, pf := range policyFlags {
			if errors.Is(e, pf.err) {
				s.Reasons[i] += " (" + pf.hint + ")"
				break
			}
		}
	}
}

// printSummary prints s; tdm is the TD measurement over MRTD and rtmrs
// (hex, "" for SGX).
func printSummary(w io.Writer, s attest.Summary, tdm string, rtmrs []int) error {
	var b strings.Builder
	if s.Valid {
		b.WriteString("VALID\n")
	} else {
		b.WriteString("INVALID\n")
	}
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "  %-13s %s\n", k+":", v)
		}
	}
	if s.TEE != "" {
		row("tee", fmt.Sprintf("%s (quote v%d)", s.TEE, s.QuoteVersion))
	}
	status := s.TCBStatus
	if status != "" {
		status += fmt.Sprintf(" (platform %s, QE %s", s.PlatformStatus, s.QEStatus)
		if s.ModuleStatus != "" {
			status += ", TDX module " + s.ModuleStatus
		}
		status += ")"
		if s.BelowAllLevels {
			status += ", below every TCB level Intel lists"
		}
	}
	row("tcb status", status)
	row("advisories", strings.Join(s.AdvisoryIDs, ", "))
	label := "mrenclave"
	if s.TEE == "TDX" {
		label = "mrtd"
	}
	row(label, s.Measurement)
	if tdm != "" {
		row("measurement", fmt.Sprintf("0x%s (MRTD and RTMR %s: what the registry allows)", tdm, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(rtmrs)), ", "), "[]")))
	}
	row("mrsigner", s.MRSigner)
	if s.TEE == "SGX" {
		row("product/svn", fmt.Sprintf("%d / %d", s.ISVProdID, s.ISVSVN))
	}
	if s.TEE != "" {
		row("debug", fmt.Sprint(s.Debug))
	}
	row("report data", s.ReportData)
	row("fmspc", s.FMSPC)
	row("root", s.Root)
	if s.ValidUntil != nil {
		row("valid until", s.ValidUntil.Format(time.RFC3339))
	}
	for _, r := range s.Reasons {
		row("reason", r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryView is what `memoc attest verify --json` prints: attest.Summary
// under the output contract.
type summaryView struct {
	Valid              bool     `json:"valid"`
	TEE                string   `json:"tee,omitempty"` // "SGX" or "TDX"
	QuoteVersion       int      `json:"quoteVersion,omitempty"`
	TCBStatus          string   `json:"tcbStatus,omitempty"`
	PlatformTCBStatus  string   `json:"platformTcbStatus,omitempty"`
	QETCBStatus        string   `json:"qeTcbStatus,omitempty"`
	TDXModuleTCBStatus string   `json:"tdxModuleTcbStatus,omitempty"`
	BelowAllTCBLevels  bool     `json:"belowAllTcbLevels,omitempty"`
	AdvisoryIDs        []string `json:"advisoryIds,omitempty"`
	Measurement        string   `json:"measurement,omitempty"` // MRENCLAVE (SGX) or MRTD (TDX)
	// TDMeasurement is attest.TDMeasurement over MRTD and --tdx-rtmr:
	// a TD's measurement as the registry allows it (TDX only).
	TDMeasurement    string   `json:"tdMeasurement,omitempty"`
	MRSigner         string   `json:"mrsigner,omitempty"` // SGX only
	ISVProdID        uint16   `json:"isvProdId,omitempty"`
	ISVSVN           uint16   `json:"isvSvn,omitempty"`
	Debug            bool     `json:"debug"`
	ReportData       string   `json:"reportData,omitempty"`
	FMSPC            string   `json:"fmspc,omitempty"`
	Root             string   `json:"root,omitempty"` // common name of the trusted root
	CollateralIssued string   `json:"collateralIssued,omitempty"`
	ValidUntil       string   `json:"validUntil,omitempty"`
	Reasons          []string `json:"reasons,omitempty"`
}

func viewSummary(s attest.Summary) summaryView {
	v := summaryView{
		Valid: s.Valid, TEE: s.TEE, QuoteVersion: s.QuoteVersion, TCBStatus: s.TCBStatus,
		PlatformTCBStatus: s.PlatformStatus, QETCBStatus: s.QEStatus, TDXModuleTCBStatus: s.ModuleStatus,
		BelowAllTCBLevels: s.BelowAllLevels, AdvisoryIDs: s.AdvisoryIDs,
		Measurement: prefix0x(s.Measurement), MRSigner: prefix0x(s.MRSigner), ISVProdID: s.ISVProdID, ISVSVN: s.ISVSVN,
		Debug: s.Debug, ReportData: prefix0x(s.ReportData), FMSPC: prefix0x(s.FMSPC), Root: s.Root, Reasons: s.Reasons,
	}
	if s.CollateralFrom != nil {
		v.CollateralIssued = rfc3339(*s.CollateralFrom)
	}
	if s.ValidUntil != nil {
		v.ValidUntil = rfc3339(*s.ValidUntil)
	}
	return v
}

// prefix0x prefixes the hex attest.Summary holds ("" stays "").
func prefix0x(h string) string {
	if h == "" {
		return ""
	}
	return "0x" + h
}

// quoteView is what `memoc attest show` prints.
type quoteView struct {
	Version       int        `json:"version"`
	TEE           string     `json:"tee"`
	BodyType      int        `json:"bodyType"`
	QESVN         int        `json:"qeSvn,omitempty"`
	PCESVN        int        `json:"pceSvn,omitempty"`
	QEVendorID    string     `json:"qeVendorId"`
	UserData      string     `json:"userData"`
	Report        any        `json:"report"` // reportView (SGX) or tdView (TDX)
	Signature     string     `json:"signature"`
	AttestKey     string     `json:"attestationKey"`
	QEReport      reportView `json:"qeReport"`
	QEReportSig   string     `json:"qeReportSignature"`
	QEAuthData    string     `json:"qeAuthData"`
	PCKChain      []certView `json:"pckChain,omitempty"`
	PCKChainError string     `json:"pckChainError,omitempty"` // why the chain could not be read
	FMSPC         string     `json:"fmspc,omitempty"`
	PCEID         string     `json:"pceId,omitempty"`
	PCKComponents string     `json:"pckTcbComponents,omitempty"`
	PCKPCESVN     *int       `json:"pckPceSvn,omitempty"`
	Padding       int        `json:"paddingBytes,omitempty"`
}

// certView is one certificate of the PCK chain.
type certView struct {
	Subject   string `json:"subject"` // common name
	Serial    string `json:"serial"`
	NotBefore string `json:"notBefore"`
	NotAfter  string `json:"notAfter"`
}

type reportView struct {
	CPUSVN     string `json:"cpuSvn"`
	MiscSelect string `json:"miscSelect"`
	Attributes string `json:"attributes"`
	MREnclave  string `json:"mrenclave"`
	MRSigner   string `json:"mrsigner"`
	ISVProdID  int    `json:"isvProdId"`
	ISVSVN     int    `json:"isvSvn"`
	Debug      bool   `json:"debug"`
	ReportData string `json:"reportData"`
}

type tdView struct {
	TEETCBSVN      string    `json:"teeTcbSvn"`
	MRSEAM         string    `json:"mrseam"`
	MRSignerSEAM   string    `json:"mrsignerSeam"`
	SEAMAttributes string    `json:"seamAttributes"`
	TDAttributes   string    `json:"tdAttributes"`
	XFAM           string    `json:"xfam"`
	MRTD           string    `json:"mrtd"`
	MRConfigID     string    `json:"mrconfigId"`
	MROwner        string    `json:"mrowner"`
	MROwnerConfig  string    `json:"mrownerConfig"`
	RTMR           [4]string `json:"rtmr"`
	Debug          bool      `json:"debug"`
	ReportData     string    `json:"reportData"`
	TEETCBSVN2     string    `json:"teeTcbSvn2,omitempty"`
	MRServiceTD    string    `json:"mrserviceTd,omitempty"`
}

func viewReport(r *abi.EnclaveReport) reportView {
	h := hexutil.Encode
	return reportView{CPUSVN: h(r.CPUSVN[:]), MiscSelect: fmt.Sprintf("0x%08x", r.MiscSelect),
		Attributes: h(r.Attributes[:]), MREnclave: h(r.MREnclave[:]),
		MRSigner: h(r.MRSigner[:]), ISVProdID: int(r.ISVProdID), ISVSVN: int(r.ISVSVN),
		Debug: r.Debug(), ReportData: h(r.ReportData[:])}
}

func viewQuote(q *abi.Quote) quoteView {
	h := hexutil.Encode
	v := quoteView{Version: int(q.Header.Version), BodyType: int(q.BodyType), QEVendorID: h(q.Header.QEVendorID[:]),
		UserData: h(q.Header.UserData[:]), Signature: h(q.Signature[:]), AttestKey: h(q.AttestKey[:]),
		QEReport: viewReport(&q.QEReport), QEReportSig: h(q.QEReportSignature[:]), QEAuthData: h(q.QEAuthData),
		Padding: q.Padding}
	if q.TD != nil {
		t := q.TD
		v.TEE = "TDX"
		tv := tdView{TEETCBSVN: h(t.TEETCBSVN[:]), MRSEAM: h(t.MRSEAM[:]), MRSignerSEAM: h(t.MRSignerSEAM[:]),
			SEAMAttributes: h(t.SEAMAttributes[:]), TDAttributes: h(t.TDAttributes[:]), XFAM: h(t.XFAM[:]),
			MRTD: h(t.MRTD[:]), MRConfigID: h(t.MRConfigID[:]), MROwner: h(t.MROwner[:]),
			MROwnerConfig: h(t.MROwnerConfig[:]), Debug: t.Debug(), ReportData: h(t.ReportData[:])}
		for i := range t.RTMR {
			tv.RTMR[i] = h(t.RTMR[i][:])
		}
		if q.BodyType == abi.BodyTypeTD15 {
			tv.TEETCBSVN2, tv.MRServiceTD = h(t.TEETCBSVN2[:]), h(t.MRServiceTD[:])
		}
		v.Report = tv
	} else {
		v.TEE = "SGX"
		v.QESVN, v.PCESVN = int(q.Header.QESVN), int(q.Header.PCESVN)
		v.Report = viewReport(q.SGX)
	}
	chain, err := pcs.ParseChain("PCK chain", q.CertData)
	if err == nil && len(chain) == 0 {
		err = errors.New("no certificates")
	}
	if err != nil {
		v.PCKChainError = err.Error()
		return v
	}
	for _, c := range chain {
		v.PCKChain = append(v.PCKChain, certView{Subject: c.Subject.CommonName, Serial: hexutil.EncodeBig(c.SerialNumber),
			NotBefore: rfc3339(c.NotBefore), NotAfter: rfc3339(c.NotAfter)})
	}
	for _, e := range chain[0].Extensions {
		if !e.Id.Equal(pcs.OIDSGXExtensions()) {
			continue
		}
		if info, err := pcs.ParsePCKExtensions(e.Value); err == nil {
			v.FMSPC, v.PCEID, v.PCKComponents = h(info.FMSPC[:]), h(info.PCEID[:]), h(info.Components[:])
			svn := int(info.PCESVN)
			v.PCKPCESVN = &svn
		}
	}
	return v
}

func newAttestShowCmd() *cobra.Command {
	var quote string
	cmd := &cobra.Command{
		Use:   "show --quote FILE",
		Short: "Print the parsed fields of a quote (no verification)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			raw, err := os.ReadFile(quote)
			if err != nil {
				return fmt.Errorf("reading --quote: %w", err)
			}
			q, err := abi.ParseQuote(raw)
			if err != nil {
				return fmt.Errorf("parsing %s (want a raw SGX v3 or TDX v4/v5 quote): %w", quote, err)
			}
			v := viewQuote(q)
			w := cmd.OutOrStdout()
			if global.json {
				return printJSON(w, v)
			}
			return printQuoteView(w, v)
		},
	}
	cmd.Flags().StringVar(&quote, "quote", "", "quote file (raw bytes) (required)")
	_ = cmd.MarkFlagRequired("quote")
	return cmd
}

func printQuoteView(w io.Writer, v quoteView) error {
	var b strings.Builder
	row := func(indent, k string, val any) { fmt.Fprintf(&b, "%s%-16s %v\n", indent, k+":", val) }
	row("", "quote", fmt.Sprintf("%s, version %d, body type %d", v.TEE, v.Version, v.BodyType))
	if v.TEE == "SGX" {
		row("", "qe svn / pce svn", fmt.Sprintf("%d / %d", v.QESVN, v.PCESVN))
	}
	row("", "qe vendor id", v.QEVendorID)
	row("", "user data", v.UserData)
	b.WriteString("report:\n")
	switch r := v.Report.(type) {
	case reportView:
		writeReport(row, r)
	case tdView:
		row("  ", "tee tcb svn", r.TEETCBSVN)
		row("  ", "mrseam", r.MRSEAM)
		row("  ", "mrsigner seam", r.MRSignerSEAM)
		row("  ", "seam attributes", r.SEAMAttributes)
		row("  ", "td attributes", r.TDAttributes)
		row("  ", "xfam", r.XFAM)
		row("  ", "mrtd", r.MRTD)
		row("  ", "mrconfig id", r.MRConfigID)
		row("  ", "mrowner", r.MROwner)
		row("  ", "mrowner config", r.MROwnerConfig)
		for i, m := range r.RTMR {
			row("  ", fmt.Sprintf("rtmr%d", i), m)
		}
		if r.TEETCBSVN2 != "" {
			row("  ", "tee tcb svn 2", r.TEETCBSVN2)
			row("  ", "mrservice td", r.MRServiceTD)
		}
		row("  ", "debug", r.Debug)
		row("  ", "report data", r.ReportData)
	}
	row("", "signature", v.Signature)
	row("", "attestation key", v.AttestKey)
	b.WriteString("qe report:\n")
	writeReport(row, v.QEReport)
	row("", "qe report sig", v.QEReportSig)
	row("", "qe auth data", v.QEAuthData)
	for i, c := range v.PCKChain {
		row("", fmt.Sprintf("pck chain [%d]", i), fmt.Sprintf("%s (serial %s, %s .. %s)", c.Subject, c.Serial, c.NotBefore[:len(time.DateOnly)], c.NotAfter[:len(time.DateOnly)]))
	}
	if v.PCKChainError != "" {
		row("", "pck chain", "unreadable: "+v.PCKChainError)
	}
	if v.FMSPC != "" {
		row("", "fmspc", v.FMSPC)
		row("", "pce id", v.PCEID)
		row("", "pck tcb comps", v.PCKComponents)
		row("", "pck pce svn", *v.PCKPCESVN)
	}
	if v.Padding > 0 {
		row("", "zero padding", fmt.Sprintf("%d bytes", v.Padding))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeReport(row func(string, string, any), r reportView) {
	row("  ", "cpu svn", r.CPUSVN)
	row("  ", "misc select", r.MiscSelect)
	row("  ", "attributes", r.Attributes)
	row("  ", "mrenclave", r.MREnclave)
	row("  ", "mrsigner", r.MRSigner)
	row("  ", "isv prod id", r.ISVProdID)
	row("  ", "isv svn", r.ISVSVN)
	row("  ", "debug", r.Debug)
	row("  ", "report data", r.ReportData)
}
