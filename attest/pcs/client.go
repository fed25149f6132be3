package pcs

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// The PCK CAs whose CRL the collateral of a platform carries: the CA that
// issued its PCK certificate.
const (
	CAProcessor = "processor"
	CAPlatform  = "platform"
)

// The response headers that carry issuer chains (URL-encoded PEM, leaf
// first). PCS v4 names the TCB info chain TCBInfoIssuerChainHeader; v3 and
// older PCCS releases name it SGXTCBInfoIssuerChainHeader.
const (
	PCKCRLIssuerChainHeader       = "SGX-PCK-CRL-Issuer-Chain"
	TCBInfoIssuerChainHeader      = "TCB-Info-Issuer-Chain"
	SGXTCBInfoIssuerChainHeader   = "SGX-TCB-Info-Issuer-Chain"
	EnclaveIdentityIssuerChainHdr = "SGX-Enclave-Identity-Issuer-Chain"
)

// CAGetter is a Getter that is also told which PCK CA issued the platform's
// PCK certificate (CAProcessor or CAPlatform), so that the collateral
// carries that CA's CRL. Package verify asks a Getter that implements it
// through GetCollateralCA.
type CAGetter interface {
	Getter
	GetCollateralCA(ctx context.Context, tee string, fmspc [6]byte, ca string) (*Collateral, error)
}

// PCKCA returns the CA (CAProcessor or CAPlatform) that issued a PCK leaf,
// from its issuer's common name ("Intel SGX PCK Processor CA", "… Platform
// CA"), or "" when the name says neither.
func PCKCA(leaf *x509.Certificate) string { return caOfName(leaf.Issuer.CommonName) }

func caOfName(cn string) string {
	switch {
	case strings.Contains(cn, "Processor"):
		return CAProcessor
	case strings.Contains(cn, "Platform"):
		return CAPlatform
	}
	return ""
}

// Client fetches collateral from an Intel PCS (API v4) or a PCCS, which
// serves the same routes: TCB info and QE identity of the TEE, the PCK CRL
// of the CA that issued the PCK certificate and the root CA CRL, each with
// the issuer chain its response header carries. It implements Getter and
// CAGetter. What it fetches is parsed, checked to be for the platform asked
// about, and not verified: package verify checks every signature.
//
// Each request is bounded by Timeout and retried with exponential backoff
// on a transport error, a timeout, 429 or a 5xx answer; other answers (404,
// a body that does not parse) fail at once. Collateral is kept in memory,
// and in Cache when set, until its earliest nextUpdate.
//
// Set the fields before first use and do not change them afterwards; a
// Client is safe for concurrent use.
type Client struct {
	// BaseURL is the PCS or PCCS base, without the /sgx/certification/v4
	// path: e.g. https://api.trustedservices.intel.com or
	// https://localhost:8081. Required.
	BaseURL string
	// RootCACRLURL is where the root CA CRL is fetched. Empty: BaseURL +
	// /sgx/certification/v4/rootcacrl (a PCCS route), falling back to the
	// CRL distribution point of the PCK CRL issuer chain's intermediate
	// (Intel's https://certificates.trustedservices.intel.com/IntelSGXRootCA.der)
	// when that route answers 404.
	RootCACRLURL string
	// HTTP sends the requests. Nil: a client with Go's default transport.
	HTTP *http.Client
	// Timeout bounds each attempt of each request, body included. Zero: 10 s.
	Timeout time.Duration
	// Retries is how many times a failed request is retried. Zero: none;
	// negative values count as zero.
	Retries int
	// Backoff is the wait before the first retry, doubled before each
	// next one. Zero: 250 ms.
	Backoff time.Duration
	// Cache, if set, keeps fetched collateral on disk across runs.
	Cache *Cache
	// Now tells whether cached collateral is still current (before its
	// nextUpdate). Nil: the wall clock. A verifier checking at a fixed time
	// passes that time.
	Now func() time.Time

	mu  sync.Mutex
	mem map[string]*Collateral
}

// Fetch error context, "fetching <what> from <url>".
const (
	whatTCB    = "TCB info"
	whatQE     = "QE identity"
	whatPCKCRL = "PCK CRL"
	whatRoot   = "root CA CRL"
)

// GetCollateral implements Getter for callers that do not know the PCK CA:
// it assumes the Processor CA for SGX and the Platform CA for TDX (where
// TDX platforms' PCK certificates come from). Package verify uses
// GetCollateralCA with the CA of the quote's PCK certificate instead.
func (c *Client) GetCollateral(ctx context.Context, tee string, fmspc [6]byte) (*Collateral, error) {
	ca := CAProcessor
	if tee == "TDX" {
		ca = CAPlatform
	}
	return c.GetCollateralCA(ctx, tee, fmspc, ca)
}

// GetCollateralCA returns collateral for the platform with this FMSPC, for
// tee "SGX" or "TDX", with the CRL of the PCK CA ca: from memory or Cache
// while current, else from the PCS.
func (c *Client) GetCollateralCA(ctx context.Context, tee string, fmspc [6]byte, ca string) (*Collateral, error) {
	if tee != "SGX" && tee != "TDX" {
		return nil, fmt.Errorf("getting collateral for TEE %q (want SGX or TDX): %w", tee, ErrPlatform)
	}
	if ca != CAProcessor && ca != CAPlatform {
		return nil, fmt.Errorf("getting collateral for PCK CA %q (want %s or %s): %w", ca, CAProcessor, CAPlatform, ErrPlatform)
	}
	if c.BaseURL == "" {
		return nil, fmt.Errorf("getting collateral: no PCS base URL: %w", ErrFetch)
	}
	key := cacheKey(c.BaseURL, c.RootCACRLURL, tee, fmspc, ca)
	now := time.Now()
	if c.Now != nil {
		now = c.Now()
	}
	c.mu.Lock()
	coll := c.mem[key]
	c.mu.Unlock()
	if coll != nil && now.Before(NextUpdate(coll)) {
		return coll, nil
	}
	if c.Cache != nil {
		if coll, err := c.Cache.load(key); err == nil && checkPlatform(coll, tee, fmspc) == nil && now.Before(NextUpdate(coll)) {
			c.remember(key, coll)
			return coll, nil
		}
	}
	coll, err := c.fetch(ctx, tee, fmspc, ca)
	if err != nil {
		return nil, err
	}
	c.remember(key, coll)
	if c.Cache != nil {
		if err := c.Cache.store(key, coll); err != nil {
			return nil, err
		}
	}
	return coll, nil
}

func (c *Client) remember(key string, coll *Collateral) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.mem == nil || len(c.mem) >= 256 {
		c.mem = make(map[string]*Collateral)
	}
	c.mem[key] = coll
}

// NextUpdate returns the earliest nextUpdate of the collateral's TCB info,
// QE identity and CRLs: until then it is current.
func NextUpdate(coll *Collateral) time.Time {
	t := coll.TCBInfo.NextUpdate
	for _, u := range []time.Time{coll.QEIdentity.NextUpdate, coll.PCKCRL.NextUpdate, coll.RootCACRL.NextUpdate} {
		if !u.IsZero() && u.Before(t) {
			t = u
		}
	}
	return t
}

// checkPlatform refuses collateral for another TEE or FMSPC.
func checkPlatform(coll *Collateral, tee string, fmspc [6]byte) error {
	wantQE := map[string]string{"SGX": "QE", "TDX": "TD_QE"}[tee]
	switch {
	case coll.TCBInfo.ID != tee:
		return fmt.Errorf("TCB info is for %s, asked for %s: %w", coll.TCBInfo.ID, tee, ErrPlatform)
	case coll.TCBInfo.FMSPC != fmspc:
		return fmt.Errorf("TCB info is for FMSPC %x, asked for %x: %w", coll.TCBInfo.FMSPC, fmspc, ErrPlatform)
	case coll.QEIdentity.ID != wantQE:
		return fmt.Errorf("QE identity is %q, want %q for %s: %w", coll.QEIdentity.ID, wantQE, tee, ErrPlatform)
	}
	return nil
}

func (c *Client) fetch(ctx context.Context, tee string, fmspc [6]byte, ca string) (*Collateral, error) {
	base := strings.TrimSuffix(c.BaseURL, "/")
	prefix := base + "/" + strings.ToLower(tee) + "/certification/v4"
	var w Wire

	// TCB info: {"tcbInfo": {...}, "signature": "hex"}; the signature is
	// over the exact bytes of the tcbInfo value.
	u := prefix + "/tcb?fmspc=" + strings.ToUpper(hex.EncodeToString(fmspc[:]))
	body, hdr, err := c.get(ctx, whatTCB, u)
	if err != nil {
		return nil, err
	}
	raw, sig, err := signedJSON(body, "tcbInfo")
	if err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatTCB, u, err)
	}
	w.TCBInfo, w.TCBInfoSignature = string(raw), sig
	if w.TCBInfoIssuerChain, err = chainHeader(hdr, TCBInfoIssuerChainHeader, SGXTCBInfoIssuerChainHeader); err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatTCB, u, err)
	}
	tcb, err := ParseTCBInfo(raw)
	if err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatTCB, u, err)
	}
	if tcb.ID != tee || tcb.FMSPC != fmspc {
		return nil, fmt.Errorf("fetching %s from %s: the PCS served TCB info of %s FMSPC %x, asked for %s FMSPC %x: %w", whatTCB, u, tcb.ID, tcb.FMSPC, tee, fmspc, ErrPlatform)
	}

	u = prefix + "/qe/identity"
	if body, hdr, err = c.get(ctx, whatQE, u); err != nil {
		return nil, err
	}
	if raw, sig, err = signedJSON(body, "enclaveIdentity"); err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatQE, u, err)
	}
	w.QEIdentity, w.QEIdentitySignature = string(raw), sig
	if w.QEIdentityIssuerChain, err = chainHeader(hdr, EnclaveIdentityIssuerChainHdr); err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatQE, u, err)
	}

	// The PCK CRL is SGX's for both TEEs: TDX platforms have SGX PCK certificates.
	u = base + "/sgx/certification/v4/pckcrl?ca=" + ca + "&encoding=der"
	if body, hdr, err = c.get(ctx, whatPCKCRL, u); err != nil {
		return nil, err
	}
	der, err := crlDER(body)
	if err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatPCKCRL, u, err)
	}
	w.PCKCRL = hex.EncodeToString(der)
	if w.PCKCRLIssuerChain, err = chainHeader(hdr, PCKCRLIssuerChainHeader); err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatPCKCRL, u, err)
	}

	if der, err = c.rootCACRL(ctx, base, w.PCKCRLIssuerChain); err != nil {
		return nil, err
	}
	w.RootCACRL = hex.EncodeToString(der)

	coll, err := FromWire(w)
	if err != nil {
		return nil, fmt.Errorf("reading the collateral fetched from %s: %w", c.BaseURL, err)
	}
	if err := checkPlatform(coll, tee, fmspc); err != nil {
		return nil, fmt.Errorf("reading the collateral fetched from %s: %w", c.BaseURL, err)
	}
	return coll, nil
}

func (c *Client) rootCACRL(ctx context.Context, base, pckCRLChain string) ([]byte, error) {
	u := c.RootCACRLURL
	fallback := u == ""
	if fallback {
		u = base + "/sgx/certification/v4/rootcacrl"
	}
	body, _, err := c.get(ctx, whatRoot, u)
	var se *StatusError
	if err != nil && fallback && errors.As(err, &se) && se.Code == http.StatusNotFound {
		// Intel's PCS has no rootcacrl route: the CRL lives at the
		// distribution point the intermediate CA certificate names.
		if chain, cerr := ParseChain("pck_crl_issuer_chain", []byte(pckCRLChain)); cerr == nil {
			for _, dp := range chain[0].CRLDistributionPoints {
				if strings.HasPrefix(dp, "https://") {
					u = dp
					body, _, err = c.get(ctx, whatRoot, u)
					break
				}
			}
		}
	}
	if err != nil {
		return nil, err
	}
	der, err := crlDER(body)
	if err != nil {
		return nil, fmt.Errorf("fetching %s from %s: %w", whatRoot, u, err)
	}
	return der, nil
}

// StatusError is an HTTP answer other than 200 from a PCS. It wraps ErrFetch.
type StatusError struct {
	Code int
	// Error is the PCS's Error-Code / Error-Message headers, when given.
	Detail string
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("the PCS answered HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap makes a StatusError an ErrFetch.
func (e *StatusError) Unwrap() error { return ErrFetch }

// retryable reports whether a PCS answer is worth asking again.
func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500
}

// get fetches u with retries; the error names what and u on one line.
func (c *Client) get(ctx context.Context, what, u string) ([]byte, http.Header, error) {
	timeout, backoff := c.Timeout, c.Backoff
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	if backoff <= 0 {
		backoff = 250 * time.Millisecond
	}
	attempts := 1 + max(c.Retries, 0)
	var last error
	tried := 0
	for i := range attempts {
		if i > 0 {
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, nil, fmt.Errorf("fetching %s from %s: %w: %w (after %s)", what, u, ErrFetch, ctx.Err(), last)
			case <-t.C:
			}
			backoff *= 2
		}
		tried++
		body, hdr, retry, err := c.once(ctx, u, timeout)
		if err == nil {
			return body, hdr, nil
		}
		last = err
		if !retry || ctx.Err() != nil {
			break
		}
	}
	tries := ""
	if tried > 1 {
		tries = fmt.Sprintf(" (%d attempts)", tried)
	}
	return nil, nil, fmt.Errorf("fetching %s from %s%s: %w", what, u, tries, last)
}

func (c *Client) once(ctx context.Context, u string, timeout time.Duration) (body []byte, hdr http.Header, retry bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, false, fmt.Errorf("%w: %w", ErrFetch, err)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, nil, true, fmt.Errorf("%w: no answer within %s", ErrFetch, timeout)
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is in the caller's context already
		}
		return nil, nil, true, fmt.Errorf("%w: %w", ErrFetch, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		detail := resp.Header.Get("Error-Code")
		if m := resp.Header.Get("Error-Message"); m != "" && detail != "" {
			detail += ": " + m
		} else if m != "" {
			detail = m
		}
		return nil, nil, retryable(resp.StatusCode), &StatusError{Code: resp.StatusCode, Detail: oneLine(detail)}
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, MaxCollateralSize+1))
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return nil, nil, true, fmt.Errorf("%w: body not received within %s", ErrFetch, timeout)
		}
		return nil, nil, true, fmt.Errorf("%w: reading the body: %w", ErrFetch, err)
	}
	if len(body) > MaxCollateralSize {
		return nil, nil, false, fmt.Errorf("%w: body over %d bytes", ErrMalformed, MaxCollateralSize)
	}
	return body, resp.Header, false, nil
}

// oneLine keeps a server-supplied string to one short line.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// signedJSON splits a PCS body {"<field>": {...}, "signature": "hex"} into
// the exact bytes of the signed object and the signature.
func signedJSON(body []byte, field string) (json.RawMessage, string, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, "", fmt.Errorf("decoding the JSON body: %w: %s", ErrMalformed, oneLine(err.Error()))
	}
	raw, ok := m[field]
	if !ok || len(raw) == 0 || raw[0] != '{' {
		return nil, "", fmt.Errorf("reading %q of the body: %w", field, ErrMissingField)
	}
	var sig string
	if err := json.Unmarshal(m["signature"], &sig); err != nil || sig == "" {
		return nil, "", fmt.Errorf("reading \"signature\" of the body: %w", ErrMissingField)
	}
	return raw, sig, nil
}

// chainHeader reads the first of the named headers that is present: a
// URL-encoded PEM chain. '+' is kept as itself (PCS encodes it as %2B; a
// literal '+' can only be base64).
func chainHeader(h http.Header, names ...string) (string, error) {
	for _, n := range names {
		v := h.Get(n)
		if v == "" {
			continue
		}
		pemChain, err := url.PathUnescape(v)
		if err != nil {
			return "", fmt.Errorf("decoding header %s: %w: %w", n, ErrMalformed, err)
		}
		if _, err := ParseChain("header "+n, []byte(pemChain)); err != nil {
			return "", err
		}
		return pemChain, nil
	}
	return "", fmt.Errorf("reading header %s: %w", strings.Join(names, " or "), ErrMissingField)
}

// crlDER accepts a CRL as DER, PEM ("X509 CRL") or hex of DER (as PCCS
// releases serve the root CA CRL) and returns its DER.
func crlDER(body []byte) ([]byte, error) {
	b := bytes.TrimSpace(body) // text forms only: DER may end in a space byte
	var der []byte
	switch {
	case len(body) > 0 && body[0] == 0x30:
		der = body
	case bytes.HasPrefix(b, []byte("-----BEGIN")):
		blk, rest := pem.Decode(b)
		if blk == nil || blk.Type != "X509 CRL" || len(bytes.TrimSpace(rest)) != 0 {
			return nil, fmt.Errorf("reading the CRL: want one PEM X509 CRL block: %w", ErrMalformed)
		}
		der = blk.Bytes
	default:
		var err error
		if der, err = hex.DecodeString(string(b)); err != nil {
			return nil, fmt.Errorf("reading the CRL: neither DER, PEM nor hex: %w", ErrMalformed)
		}
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("parsing the CRL: %w: %s", ErrMalformed, oneLine(err.Error()))
	}
	if len(crl.Raw) != len(der) {
		return nil, fmt.Errorf("parsing the CRL: %d bytes after it: %w", len(der)-len(crl.Raw), ErrMalformed)
	}
	return der, nil
}
