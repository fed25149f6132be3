// Package verify checks that a quote was produced by a genuine quoting
// enclave on a platform certified by a trusted root, offline, from
// collateral the caller supplies, and reports the platform's TCB status.
//
// For every quote it checks: the PCK certificate chain up to a trusted root
// (by default the embedded Intel SGX Root CA alone), the root CA CRL and the
// PCK CRL, the QE report signature by the PCK leaf key, that the QE report
// data is SHA-256(attestation key ‖ QE auth data), the ISV enclave / TD
// report signature by the attestation key, the TCB info and QE identity
// signatures with their issuer chains, the validity windows of every
// certificate, CRL, TCB info and QE identity at Options.Now, the QE against
// its identity, and it derives the platform, QE and (TDX) module TCB
// statuses. A TCB status other than UpToDate is not an error here: it is
// reported in Result and judged by package validate.
//
// Verification reads no clock and no network: time and collateral come in
// through Options. A Verifier caches what is independent of time (parsed
// and verified PCK chains, verified collateral signatures, CRL lookups) so
// that a hot quote costs two P-256 signature verifications and little else.
// Verified PCK chains and collateral are also shared by every Verifier of
// the process, keyed by a digest of their exact bytes and of the trusted
// roots, so that a fresh Verifier per quote (one per node document, say)
// does not check the same chains and collateral again. A shared verdict is
// used only at times inside every validity window it covers, and those
// windows, the revocation lists and the quote's own signatures (QE report,
// attestation key, report data) are checked for every quote.
// Every refusal wraps one of the sentinel errors below; no input panics.
package verify

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/trust"
)

var (
	// ErrNoClock is returned when Options.Now is nil: verification needs an explicit time.
	ErrNoClock = errors.New("no time given (Options.Now is nil)")
	// ErrNoCollateral is returned when neither Options.Collateral nor Options.Getter is set.
	ErrNoCollateral = errors.New("no collateral given")
	// ErrChain is returned when a certificate chain is malformed or does not end in a trusted root.
	ErrChain = errors.New("certificate chain not trusted")
	// ErrSignature is returned when a signature does not verify (see SignatureError).
	ErrSignature = errors.New("invalid signature")
	// ErrQEReportData is returned when the QE report data does not bind the attestation key and QE auth data.
	ErrQEReportData = errors.New("QE report data does not match attestation key")
	// ErrRevoked is returned when a certificate in use is listed in a CRL.
	ErrRevoked = errors.New("certificate revoked")
	// ErrExpired is returned when a certificate, CRL, TCB info or QE identity is past its validity (see TimeError).
	ErrExpired = errors.New("expired")
	// ErrNotYetValid is returned when a certificate, CRL, TCB info or QE identity is not valid yet (see TimeError).
	ErrNotYetValid = errors.New("not yet valid")
	// ErrCollateralMismatch is returned when collateral is for another TEE, FMSPC, PCE or CA.
	ErrCollateralMismatch = errors.New("collateral does not match quote")
	// ErrQEIdentity is returned when the QE report does not match the QE identity.
	ErrQEIdentity = errors.New("quoting enclave does not match its identity")
	// ErrQEVendor is returned when the quote's QE vendor id is not Intel's.
	ErrQEVendor = errors.New("unknown QE vendor")
	// ErrTCBNotFound is returned when no TCB level of the collateral matches the platform.
	ErrTCBNotFound = errors.New("no matching TCB level")
	// ErrTDXModule is returned when the TDX module does not match its identity in the TCB info.
	ErrTDXModule = errors.New("TDX module does not match TCB info")
	// ErrQuote is returned when the quote does not parse (wrapping the abi error).
	ErrQuote = errors.New("malformed quote")
)

// SignatureError names the signature that failed.
type SignatureError struct{ What string }

func (e *SignatureError) Error() string   { return "invalid signature: " + e.What }
func (e *SignatureError) Is(t error) bool { return t == ErrSignature }

// TimeError says which item was outside its validity window at which time.
type TimeError struct {
	What                    string
	At, NotBefore, NotAfter time.Time
}

func (e *TimeError) Error() string {
	if e.At.Before(e.NotBefore) {
		return fmt.Sprintf("%s not yet valid at %s (valid from %s)", e.What, e.At.UTC().Format(time.RFC3339), e.NotBefore.UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("%s expired at %s (valid until %s)", e.What, e.At.UTC().Format(time.RFC3339), e.NotAfter.UTC().Format(time.RFC3339))
}

// Is matches ErrExpired or ErrNotYetValid.
func (e *TimeError) Is(t error) bool {
	if e.At.Before(e.NotBefore) {
		return t == ErrNotYetValid
	}
	return t == ErrExpired
}

// Options configure verification. The zero value of each field is documented.
type Options struct {
	// Now returns the time at which validity windows are checked. Required:
	// a nil Now makes New fail with ErrNoClock (there is no hidden clock).
	Now func() time.Time
	// TrustedRoots are the accepted root CAs. Nil or empty means the
	// embedded Intel SGX Root CA alone. A dev chain adds its sim root.
	// A chain is anchored when its top certificate has the subject and
	// public key of a trusted root.
	TrustedRoots []*x509.Certificate
	// Collateral is used for every quote. If nil, Getter is asked per quote.
	Collateral *pcs.Collateral
	// Getter fetches collateral by FMSPC when Collateral is nil (through
	// GetCollateralCA, with the CA of the PCK certificate, when it is a
	// pcs.CAGetter such as pcs.Client). If both are nil, verification fails
	// with ErrNoCollateral.
	Getter pcs.Getter
}

// Result is a verified quote. Statuses other than UpToDate are facts for
// package validate, not errors.
type Result struct {
	Quote *abi.Quote
	// TCBStatus is the platform status converged with the QE (and TDX
	// module) status, the way Intel's QVL reports it.
	TCBStatus      pcs.TCBStatus
	PlatformStatus pcs.TCBStatus
	QEStatus       pcs.TCBStatus
	ModuleStatus   pcs.TCBStatus // TDX with a module identity only
	AdvisoryIDs    []string      // shared with the collateral: do not modify
	// BelowAllLevels is set when the platform is below every TCB level of
	// the TCB info; PlatformStatus is then the lowest level's status, never
	// better than OutOfDate.
	BelowAllLevels bool
	FMSPC          [6]byte
	PCK            *x509.Certificate // PCK leaf
	Root           *x509.Certificate // the trusted root the chains end in
	// CollateralIssued is the oldest issue date of TCB info and QE identity.
	CollateralIssued time.Time
	// ValidUntil is the earliest end of any validity window used.
	ValidUntil time.Time
	VerifiedAt time.Time
}

// Verifier verifies quotes under fixed Options and caches what it has
// verified. It is safe for concurrent use.
type Verifier struct {
	opts  Options
	roots []*x509.Certificate

	// rootsKey is a digest of the trusted roots: the shared caches key
	// every entry by it as well as by the bytes verified.
	rootsKey [32]byte

	mu     sync.RWMutex
	chains map[string]*pckEntry
	colls  map[*pcs.Collateral]*collEntry
}

// maxCache bounds each cache; when full it is emptied and refilled.
const maxCache = 1024

// New returns a Verifier for opts.
func New(opts Options) (*Verifier, error) {
	if opts.Now == nil {
		return nil, ErrNoClock
	}
	if opts.Collateral == nil && opts.Getter == nil {
		return nil, ErrNoCollateral
	}
	roots := opts.TrustedRoots
	if len(roots) == 0 {
		roots = []*x509.Certificate{trust.IntelSGXRootCA()}
	}
	return &Verifier{opts: opts, roots: roots, rootsKey: rootsDigest(roots),
		chains: make(map[string]*pckEntry), colls: make(map[*pcs.Collateral]*collEntry)}, nil
}

// Quote parses and verifies raw once; for many quotes keep a Verifier.
func Quote(raw []byte, opts Options) (*Result, error) {
	v, err := New(opts)
	if err != nil {
		return nil, err
	}
	return v.Verify(raw)
}

// Verify parses and verifies a raw quote.
func (v *Verifier) Verify(raw []byte) (*Result, error) {
	return v.VerifyContext(context.Background(), raw)
}

// VerifyContext is Verify with a context for the collateral Getter.
func (v *Verifier) VerifyContext(ctx context.Context, raw []byte) (*Result, error) {
	q, err := abi.ParseQuote(raw)
	if err != nil {
		return nil, fmt.Errorf("parsing quote: %w: %w", ErrQuote, err)
	}
	return v.VerifyQuote(ctx, q)
}

// window is one validity window that must contain the verification time.
type window struct {
	what      string
	notBefore time.Time
	notAfter  time.Time
}

func checkWindows(ws []window, now time.Time, until *time.Time) error {
	for i := range ws {
		w := &ws[i]
		if now.Before(w.notBefore) || now.After(w.notAfter) {
			return &TimeError{What: w.what, At: now, NotBefore: w.notBefore, NotAfter: w.notAfter}
		}
		if until.IsZero() || w.notAfter.Before(*until) {
			*until = w.notAfter
		}
	}
	return nil
}

// VerifyQuote verifies a parsed quote.
func (v *Verifier) VerifyQuote(ctx context.Context, q *abi.Quote) (*Result, error) {
	now := v.opts.Now()
	isTDX := q.TD != nil

	if q.Header.QEVendorID != abi.IntelQEVendorID() {
		return nil, fmt.Errorf("checking QE vendor %x: %w", q.Header.QEVendorID, ErrQEVendor)
	}
	// The attestation key and QE auth data are bound by the QE report data.
	h := sha256.New()
	h.Write(q.AttestKey[:])
	h.Write(q.QEAuthData)
	var sum [32]byte
	h.Sum(sum[:0])
	qrd := &q.QEReport.ReportData
	if !bytes.Equal(sum[:], qrd[:32]) || !allZero(qrd[32:]) {
		return nil, fmt.Errorf("checking QE report data: %w", ErrQEReportData)
	}

	pck, err := v.pckChain(q.CertData, now)
	if err != nil {
		return nil, fmt.Errorf("verifying PCK chain: %w", err)
	}

	coll := v.opts.Collateral
	if coll == nil {
		tee := "SGX"
		if isTDX {
			tee = "TDX"
		}
		if cg, ok := v.opts.Getter.(pcs.CAGetter); ok {
			coll, err = cg.GetCollateralCA(ctx, tee, pck.info.FMSPC, pcs.PCKCA(pck.chain[0]))
		} else {
			coll, err = v.opts.Getter.GetCollateral(ctx, tee, pck.info.FMSPC)
		}
		if err != nil {
			return nil, fmt.Errorf("getting collateral: %w", err)
		}
		if coll == nil {
			return nil, fmt.Errorf("getting collateral: %w", ErrNoCollateral)
		}
	}
	ce, err := v.collateral(coll, now)
	if err != nil {
		return nil, fmt.Errorf("verifying collateral: %w", err)
	}

	res := &Result{Quote: q, FMSPC: pck.info.FMSPC, PCK: pck.chain[0], Root: pck.root, VerifiedAt: now,
		CollateralIssued: ce.issued}
	if err := checkWindows(pck.windows, now, &res.ValidUntil); err != nil {
		return nil, fmt.Errorf("checking PCK chain validity: %w", err)
	}
	if err := checkWindows(ce.windows, now, &res.ValidUntil); err != nil {
		return nil, fmt.Errorf("checking collateral validity: %w", err)
	}

	// Revocation: the PCK CRL must be the one of the CA that issued the leaf.
	if !bytes.Equal(pck.chain[0].RawIssuer, ce.pckCRLIssuer) {
		return nil, fmt.Errorf("matching PCK CRL issuer to the PCK leaf issuer: %w", ErrCollateralMismatch)
	}
	if !bytes.Equal(pck.root.Raw, ce.root.Raw) {
		return nil, fmt.Errorf("matching collateral root %q to the PCK chain root %q: %w", ce.root.Subject.CommonName, pck.root.Subject.CommonName, ErrCollateralMismatch)
	}
	if _, ok := ce.pckRevoked[string(pck.chain[0].SerialNumber.Bytes())]; ok {
		return nil, fmt.Errorf("checking PCK CRL: PCK certificate serial %x: %w", pck.chain[0].SerialNumber, ErrRevoked)
	}
	for _, c := range pck.chain[1:] {
		if _, ok := ce.rootRevoked[string(c.SerialNumber.Bytes())]; ok {
			return nil, fmt.Errorf("checking root CA CRL: %q: %w", c.Subject.CommonName, ErrRevoked)
		}
	}

	// Collateral must describe this TEE and this platform.
	tcbInfo, qeID := coll.TCBInfo, coll.QEIdentity
	wantTCB, wantQE := "SGX", "QE"
	if isTDX {
		wantTCB, wantQE = "TDX", "TD_QE"
	}
	if tcbInfo.ID != wantTCB || qeID.ID != wantQE {
		return nil, fmt.Errorf("matching collateral (TCB info %q, QE identity %q) to a %s quote: %w", tcbInfo.ID, qeID.ID, wantTCB, ErrCollateralMismatch)
	}
	if tcbInfo.FMSPC != pck.info.FMSPC || tcbInfo.PCEID != pck.info.PCEID {
		return nil, fmt.Errorf("matching TCB info FMSPC %x / PCE %x to PCK FMSPC %x / PCE %x: %w",
			tcbInfo.FMSPC, tcbInfo.PCEID, pck.info.FMSPC, pck.info.PCEID, ErrCollateralMismatch)
	}

	// The two signatures every quote needs.
	attestKey, err := pck.attestKey(q.AttestKey)
	if err != nil {
		return nil, err
	}
	if !verifyRaw(attestKey, q.SignedBytes(), &q.Signature) {
		what := "ISV enclave report"
		if isTDX {
			what = "TD report"
		}
		return nil, fmt.Errorf("verifying quote signature: %w", &SignatureError{What: what + " by attestation key"})
	}
	if !verifyRaw(pck.leafKey, q.QEReportBytes(), &q.QEReportSignature) {
		return nil, fmt.Errorf("verifying QE report: %w", &SignatureError{What: "QE report by PCK key"})
	}

	// The quoting enclave against its identity.
	var adv []string
	if res.QEStatus, adv, err = checkQE(&q.QEReport, qeID); err != nil {
		return nil, err
	}
	// The platform against TCB info; a TD 1.5 report carries a second TEE
	// TCB SVN vector (the module after a TD-preserving update): both are
	// judged and the worse status wins.
	if !isTDX {
		res.PlatformStatus, res.AdvisoryIDs, res.BelowAllLevels, err = matchTCB(tcbInfo, pck.info, nil)
		if err != nil {
			return nil, err
		}
		res.TCBStatus = res.PlatformStatus
	} else {
		vectors := []*[16]byte{&q.TD.TEETCBSVN}
		if q.BodyType == abi.BodyTypeTD15 && q.TD.TEETCBSVN2 != ([16]byte{}) {
			vectors = append(vectors, &q.TD.TEETCBSVN2)
		}
		for i, tee := range vectors {
			ps, padv, below, err := matchTCB(tcbInfo, pck.info, tee)
			if err != nil {
				return nil, err
			}
			ms, madv, err := checkModule(tcbInfo, q.TD, tee)
			if err != nil {
				return nil, err
			}
			status := ps
			if ms != "" {
				status = converge(status, ms)
			}
			if i == 0 || rank(status) > rank(res.TCBStatus) {
				res.TCBStatus, res.PlatformStatus, res.ModuleStatus = status, ps, ms
			}
			res.BelowAllLevels = res.BelowAllLevels || below
			res.AdvisoryIDs = union(union(res.AdvisoryIDs, padv), madv)
		}
	}
	res.TCBStatus = converge(res.TCBStatus, res.QEStatus)
	res.AdvisoryIDs = union(res.AdvisoryIDs, adv)
	return res, nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// union returns a ∪ b, reusing a when b adds nothing.
func union(a, b []string) []string {
	out := a
	for _, s := range b {
		found := false
		for _, t := range a {
			if s == t {
				found = true
				break
			}
		}
		if !found {
			if len(out) == len(a) {
				out = append(a[:len(a):len(a)], s)
			} else {
				out = append(out, s)
			}
		}
	}
	return out
}

// converge folds a QE or TDX module status into the platform status, as
// Intel's QVL does: an out-of-date component makes the whole out of date,
// a revoked one revokes it.
func converge(platform, component pcs.TCBStatus) pcs.TCBStatus {
	switch component {
	case pcs.Revoked:
		return pcs.Revoked
	case pcs.OutOfDate, pcs.OutOfDateConfigurationNeeded:
		switch platform {
		case pcs.UpToDate, pcs.SWHardeningNeeded:
			return pcs.OutOfDate
		case pcs.ConfigurationNeeded, pcs.ConfigurationAndSWHardeningNeeded:
			return pcs.OutOfDateConfigurationNeeded
		}
	}
	return platform
}

// verifyRaw checks a raw r ‖ s ECDSA P-256 signature over SHA-256(msg).
func verifyRaw(pub *ecdsa.PublicKey, msg []byte, sig *[64]byte) bool {
	digest := sha256.Sum256(msg)
	var der [72]byte
	return ecdsa.VerifyASN1(pub, digest[:], rawToDER(der[:0], sig))
}

// rawToDER appends the DER SEQUENCE { INTEGER r, INTEGER s } of a raw signature.
func rawToDER(dst []byte, sig *[64]byte) []byte {
	integer := func(b []byte) []byte {
		for len(b) > 1 && b[0] == 0 {
			b = b[1:]
		}
		return b
	}
	r, s := integer(sig[:32]), integer(sig[32:])
	rl, sl := len(r), len(s)
	if r[0]&0x80 != 0 {
		rl++
	}
	if s[0]&0x80 != 0 {
		sl++
	}
	dst = append(dst, 0x30, byte(2+rl+2+sl), 0x02, byte(rl))
	if rl > len(r) {
		dst = append(dst, 0)
	}
	dst = append(dst, r...)
	dst = append(dst, 0x02, byte(sl))
	if sl > len(s) {
		dst = append(dst, 0)
	}
	return append(dst, s...)
}

func parseAttestKey(raw [64]byte) (*ecdsa.PublicKey, error) {
	var b [65]byte
	b[0] = 4
	copy(b[1:], raw[:])
	k, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), b[:])
	if err != nil {
		return nil, fmt.Errorf("parsing attestation key: %w", &SignatureError{What: "attestation key is not a P-256 point"})
	}
	return k, nil
}
