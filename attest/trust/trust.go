// Package trust holds the trust anchors of attestation: the Intel SGX Root
// CA certificate, embedded in the binary, and helpers to read extra roots
// (a dev chain's simulated root) from PEM or DER files.
//
// Production verification trusts IntelSGXRootCA alone; the same certificate
// signs the PCK chains of SGX and TDX platforms, TCB info and QE identity.
// Nothing here reaches the network.
package trust

import (
	"bytes"
	"crypto/x509"
	_ "embed"
	"encoding/pem"
	"errors"
	"fmt"
)

// intelRootDER is "Intel SGX Root CA" (ECDSA P-256, valid 2018-05-21 to
// 2049-12-31), as published by Intel at
// https://certificates.trustedservices.intel.com/Intel_SGX_Provisioning_Certification_RootCA.cer
//
//go:embed intel_sgx_root_ca.der
var intelRootDER []byte

var (
	// ErrNoCertificate is returned when a roots file holds no certificate.
	ErrNoCertificate = errors.New("no certificate found")
	// ErrNotCA is returned when a would-be root is not a self-signed CA certificate.
	ErrNotCA = errors.New("not a self-signed CA certificate")
)

// IntelSGXRootCA returns the embedded Intel SGX Root CA, parsed afresh on
// each call from a copy of the embedded bytes (x509.ParseCertificate keeps
// slices of its input): no certificate or byte is shared between callers,
// so changing the one returned cannot change what anyone else trusts.
func IntelSGXRootCA() *x509.Certificate {
	c, err := x509.ParseCertificate(bytes.Clone(intelRootDER))
	if err != nil {
		panic("trust: embedded Intel SGX Root CA does not parse: " + err.Error()) // build-time invariant
	}
	return c
}

// IntelSGXRootCADER returns a copy of the DER encoding of the Intel SGX Root CA.
func IntelSGXRootCADER() []byte { return bytes.Clone(intelRootDER) }

// ParseRoots reads one or more root certificates from PEM ("CERTIFICATE"
// blocks) or a single DER certificate. Each must be a self-signed CA.
func ParseRoots(data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	if bytes.Contains(data, []byte("-----BEGIN")) {
		rest := data
		for {
			var blk *pem.Block
			blk, rest = pem.Decode(rest)
			if blk == nil {
				break
			}
			if blk.Type != "CERTIFICATE" {
				continue
			}
			c, err := x509.ParseCertificate(blk.Bytes)
			if err != nil {
				return nil, fmt.Errorf("parsing root certificate: %w", err)
			}
			certs = append(certs, c)
		}
	} else {
		c, err := x509.ParseCertificate(data)
		if err != nil {
			return nil, fmt.Errorf("parsing DER root certificate: %w", err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, ErrNoCertificate
	}
	for _, c := range certs {
		if !c.IsCA || c.CheckSignatureFrom(c) != nil {
			return nil, fmt.Errorf("checking root %q: %w", c.Subject, ErrNotCA)
		}
	}
	return certs, nil
}
