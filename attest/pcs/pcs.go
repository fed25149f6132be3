// Package pcs reads and writes attestation collateral in the form Intel's
// Provisioning Certification Service (PCS/PCCS) publishes it: PCK CRLs and
// the root CA CRL, TCB info (v2 and v3, SGX and TDX), QE identity (v2), each
// with its issuer chain and signature, and the Intel SGX extensions of PCK
// certificates (FMSPC, PCE id, TCB component SVNs).
//
// Collateral JSON uses the field names of the public samples we test with
// (pck_crl_issuer_chain, root_ca_crl as hex DER, pck_crl, tcb_info_issuer_chain,
// tcb_info, tcb_info_signature as hex r‖s, qe_identity_issuer_chain,
// qe_identity, qe_identity_signature). TCB info and QE identity are kept as
// the exact bytes that were signed, next to their parsed form.
//
// Parsing checks structure only: no signature is verified and no clock is
// read here (package verify does both). Client fetches collateral from a
// PCS or PCCS (API v4) behind Getter, with retries, timeouts and a Cache on
// disk; Handler serves collateral on the same routes (a local PCCS for
// tests and dev chains). Neither verifies anything: verify does.
package pcs

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrMalformed is returned when collateral JSON, PEM, DER or hex does not parse.
	ErrMalformed = errors.New("malformed collateral")
	// ErrMissingField is returned when a required collateral field is absent or empty.
	ErrMissingField = errors.New("missing collateral field")
	// ErrUnknownStatus is returned for a TCB status string this package does not know.
	ErrUnknownStatus = errors.New("unknown TCB status")
	// ErrUnsupportedVersion is returned for a TCB info or QE identity version not supported.
	ErrUnsupportedVersion = errors.New("unsupported collateral version")
	// ErrNoSGXExtensions is returned when a PCK certificate lacks Intel's SGX extensions.
	ErrNoSGXExtensions = errors.New("no SGX extensions in PCK certificate")
	// ErrFetch is returned when a PCS or PCCS request fails: no answer
	// within the timeout, a transport error, or an HTTP status other than
	// 200 (see StatusError).
	ErrFetch = errors.New("PCS request failed")
	// ErrPlatform is returned when collateral is for another TEE or FMSPC
	// than asked for, or a platform is named wrongly.
	ErrPlatform = errors.New("collateral for another platform")
)

// Getter fetches collateral for a platform, for example from a PCCS. It is
// the seam for a network fetcher; verification itself never fetches.
type Getter interface {
	// GetCollateral returns collateral for the platform with this FMSPC,
	// for TEE "SGX" or "TDX".
	GetCollateral(ctx context.Context, tee string, fmspc [6]byte) (*Collateral, error)
}

// Wire is collateral as JSON, field for field.
type Wire struct {
	PCKCRLIssuerChain     string `json:"pck_crl_issuer_chain"`
	RootCACRL             string `json:"root_ca_crl"`
	PCKCRL                string `json:"pck_crl"`
	TCBInfoIssuerChain    string `json:"tcb_info_issuer_chain"`
	TCBInfo               string `json:"tcb_info"`
	TCBInfoSignature      string `json:"tcb_info_signature"`
	QEIdentityIssuerChain string `json:"qe_identity_issuer_chain"`
	QEIdentity            string `json:"qe_identity"`
	QEIdentitySignature   string `json:"qe_identity_signature"`
}

// Collateral is parsed collateral. It is immutable after parsing; package
// verify caches what it has verified about it, keyed by the pointer, so
// parse once and reuse the value.
type Collateral struct {
	PCKCRLIssuerChain     []*x509.Certificate
	RootCACRL             *x509.RevocationList
	PCKCRL                *x509.RevocationList
	TCBInfoIssuerChain    []*x509.Certificate
	TCBInfo               *TCBInfo
	TCBInfoRaw            []byte   // the exact signed bytes
	TCBInfoSignature      [64]byte // raw r ‖ s
	QEIdentityIssuerChain []*x509.Certificate
	QEIdentity            *QEIdentity
	QEIdentityRaw         []byte
	QEIdentitySignature   [64]byte

	wire Wire
}

// Wire returns the JSON form the collateral was parsed from or built with.
func (c *Collateral) Wire() Wire { return c.wire }

// MarshalJSON encodes the collateral in its wire form.
func (c *Collateral) MarshalJSON() ([]byte, error) { return json.Marshal(c.wire) }

// MaxCollateralSize bounds the JSON ParseCollateral accepts.
const MaxCollateralSize = 1 << 20

// ParseCollateral parses collateral JSON. Every field is required.
func ParseCollateral(data []byte) (*Collateral, error) {
	if len(data) > MaxCollateralSize {
		return nil, fmt.Errorf("parsing collateral of %d bytes (max %d): %w", len(data), MaxCollateralSize, ErrMalformed)
	}
	var w Wire
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("decoding collateral JSON: %w: %w", ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decoding collateral JSON: trailing data: %w", ErrMalformed)
	}
	return FromWire(w)
}

// FromWire parses collateral from its wire form.
func FromWire(w Wire) (*Collateral, error) {
	c := &Collateral{wire: w}
	var err error
	if c.PCKCRLIssuerChain, err = ParseChain("pck_crl_issuer_chain", []byte(w.PCKCRLIssuerChain)); err != nil {
		return nil, err
	}
	if c.RootCACRL, err = parseCRL("root_ca_crl", w.RootCACRL); err != nil {
		return nil, err
	}
	if c.PCKCRL, err = parseCRL("pck_crl", w.PCKCRL); err != nil {
		return nil, err
	}
	if c.TCBInfoIssuerChain, err = ParseChain("tcb_info_issuer_chain", []byte(w.TCBInfoIssuerChain)); err != nil {
		return nil, err
	}
	if w.TCBInfo == "" {
		return nil, fmt.Errorf("reading tcb_info: %w", ErrMissingField)
	}
	c.TCBInfoRaw = []byte(w.TCBInfo)
	if c.TCBInfo, err = ParseTCBInfo(c.TCBInfoRaw); err != nil {
		return nil, err
	}
	if err := parseSig("tcb_info_signature", w.TCBInfoSignature, &c.TCBInfoSignature); err != nil {
		return nil, err
	}
	if c.QEIdentityIssuerChain, err = ParseChain("qe_identity_issuer_chain", []byte(w.QEIdentityIssuerChain)); err != nil {
		return nil, err
	}
	if w.QEIdentity == "" {
		return nil, fmt.Errorf("reading qe_identity: %w", ErrMissingField)
	}
	c.QEIdentityRaw = []byte(w.QEIdentity)
	if c.QEIdentity, err = ParseQEIdentity(c.QEIdentityRaw); err != nil {
		return nil, err
	}
	if err := parseSig("qe_identity_signature", w.QEIdentitySignature, &c.QEIdentitySignature); err != nil {
		return nil, err
	}
	return c, nil
}

func parseCRL(field, h string) (*x509.RevocationList, error) {
	if h == "" {
		return nil, fmt.Errorf("reading %s: %w", field, ErrMissingField)
	}
	der, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("decoding %s hex: %w: %w", field, ErrMalformed, err)
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w: %w", field, ErrMalformed, err)
	}
	return crl, nil
}

func parseSig(field, h string, dst *[64]byte) error {
	if h == "" {
		return fmt.Errorf("reading %s: %w", field, ErrMissingField)
	}
	if len(h) != 128 {
		return fmt.Errorf("reading %s: %d hex digits, want 128: %w", field, len(h), ErrMalformed)
	}
	if _, err := hex.Decode(dst[:], []byte(h)); err != nil {
		return fmt.Errorf("decoding %s hex: %w: %w", field, ErrMalformed, err)
	}
	return nil
}

// ParseChain parses a PEM certificate chain, leaf first. Parsing is strict
// so that the bytes have one reading: blocks must be "CERTIFICATE" blocks
// without headers, base64 must be canonical (no stray padding bits), and
// only line breaks and NUL bytes may surround the blocks. field names the
// chain in errors.
func ParseChain(field string, data []byte) ([]*x509.Certificate, error) {
	const begin, end = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
	var certs []*x509.Certificate
	rest := data
	for {
		rest = bytes.TrimLeft(rest, "\r\n")
		if len(bytes.Trim(rest, "\r\n\x00")) == 0 {
			break
		}
		if !bytes.HasPrefix(rest, []byte(begin)) {
			return nil, fmt.Errorf("parsing %s: expected %q: %w", field, begin, ErrMalformed)
		}
		rest = rest[len(begin):]
		i := bytes.Index(rest, []byte(end))
		if i < 0 {
			return nil, fmt.Errorf("parsing %s: no %q: %w", field, end, ErrMalformed)
		}
		body := rest[:i]
		rest = rest[i+len(end):]
		var b64 strings.Builder
		b64.Grow(len(body))
		for _, line := range bytes.Split(body, []byte("\n")) {
			line = bytes.TrimSuffix(line, []byte("\r"))
			b64.Write(line)
		}
		der, err := base64.StdEncoding.Strict().DecodeString(b64.String())
		if err != nil {
			return nil, fmt.Errorf("parsing %s base64: %w: %w", field, ErrMalformed, err)
		}
		cert, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("parsing %s certificate %d: %w: %w", field, len(certs), ErrMalformed, err)
		}
		certs = append(certs, cert)
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("parsing %s: %w", field, ErrMissingField)
	}
	return certs, nil
}
