// Package sim is the simulated quoting backend for dev deployments. An
// Authority plays Intel's part for one deployment: it holds a generated root
// CA, a PCK-like certificate chain for one simulated platform, a TCB signing
// certificate and the quoting enclave's attestation key, and it emits quotes
// with exactly the SGX ECDSA quote v3 binary layout, together with collateral
// in the same JSON form as Intel's (signed TCB info and QE identity, CRLs).
//
// Sim quotes pass through the same verifier as hardware quotes
// (package verify); only the trusted roots differ. Production verifiers
// trust Intel's root alone, so a sim quote is never valid there: trust a
// deployment's root (Authority.RootPEM) only on its dev chain.
//
// An Authority is fully determined by a 32-byte seed: New(seed) derives
// every key with HKDF-SHA-256 and creates certificates and signatures
// deterministically (RFC 6979), so two processes given the same seed agree
// byte for byte, and Marshal persists just the seed (plus the root as a
// cross-check). The seed is the secret of the deployment: whoever holds it
// can produce quotes its verifiers accept.
//
// Nothing here enforces an enclave boundary; that is the job of the sim
// enclave that calls Quote.
package sim

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// SeedSize is the size of an Authority's seed.
const SeedSize = 32

var (
	// ErrSeed is returned when a seed is not SeedSize bytes.
	ErrSeed = errors.New("sim seed must be 32 bytes")
	// ErrEncoding is returned when a marshalled Authority does not decode or its root does not match its seed.
	ErrEncoding = errors.New("bad sim authority encoding")
)

// Certificate validity of every sim certificate: fixed, so that an
// Authority is a pure function of its seed.
var (
	certNotBefore = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	certNotAfter  = time.Date(2099, 12, 31, 23, 59, 59, 0, time.UTC)
)

// Fixed platform and QE identity of the simulated hardware.
var (
	// FMSPC is the family-model-stepping-platform code of the sim platform ("SIM\0\0\0").
	FMSPC = [6]byte{'S', 'I', 'M', 0, 0, 0}
	// PCEID of the sim platform.
	PCEID = [2]byte{0, 0}
	// PlatformComponents are the sim platform's 16 TCB component SVNs.
	PlatformComponents = [16]byte{11, 11, 2, 2, 255, 1, 12}
	// PlatformPCESVN is the sim platform's PCE SVN.
	PlatformPCESVN uint16 = 13
	// QEMRSigner is the MRSIGNER of the sim quoting enclave.
	QEMRSigner = sha256.Sum256([]byte("memo-compute/attest/sim quoting enclave"))
)

const (
	qeISVProdID = 1
	qeISVSVN    = 8
	qeVersionV3 = 3
)

// Authority is a deployment's simulated Intel. Its keys are unexported and
// never printed; use Marshal to persist it.
type Authority struct {
	seed [SeedSize]byte

	rootKey, pckCAKey, pckKey, tcbKey, attestKey *ecdsa.PrivateKey
	root, pckCA, pck, tcb                        *x509.Certificate
	attestPub                                    [64]byte
	pckChainPEM                                  []byte            // leaf, PCK CA, root
	qe                                           abi.EnclaveReport // QE report, fixed per authority
	qeReport                                     []byte            // its encoding
	qeReportSig                                  [64]byte
	qeAuthData                                   []byte
}

// NewRandom returns an Authority with a fresh random seed.
func NewRandom() (*Authority, error) {
	seed := make([]byte, SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, fmt.Errorf("reading random seed: %w", err)
	}
	return New(seed)
}

// New derives an Authority from a 32-byte seed.
func New(seed []byte) (*Authority, error) {
	if len(seed) != SeedSize {
		return nil, ErrSeed
	}
	a := &Authority{}
	copy(a.seed[:], seed)
	var err error
	for _, k := range []struct {
		dst   **ecdsa.PrivateKey
		label string
	}{{&a.rootKey, "root"}, {&a.pckCAKey, "pck-ca"}, {&a.pckKey, "pck"}, {&a.tcbKey, "tcb-signing"}, {&a.attestKey, "attestation"}} {
		if *k.dst, err = a.deriveKey(k.label); err != nil {
			return nil, err
		}
	}
	pub, err := a.attestKey.PublicKey.Bytes()
	if err != nil {
		return nil, fmt.Errorf("encoding attestation key: %w", err)
	}
	copy(a.attestPub[:], pub[1:])

	const org = "memo-compute (simulated, not Intel)"
	rootPub, err := a.rootKey.PublicKey.Bytes()
	if err != nil {
		return nil, fmt.Errorf("encoding root key: %w", err)
	}
	fp := sha256.Sum256(rootPub)
	a.root, err = a.cert(&x509.Certificate{
		// The key fingerprint in the name tells deployments' roots apart in messages.
		Subject:               pkix.Name{CommonName: fmt.Sprintf("Memo Sim SGX Root CA %x", fp[:4]), Organization: []string{org}},
		IsCA:                  true,
		BasicConstraintsValid: true,
		MaxPathLen:            1,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, nil, a.rootKey, "root")
	if err != nil {
		return nil, err
	}
	a.pckCA, err = a.cert(&x509.Certificate{
		Subject:               pkix.Name{CommonName: "Memo Sim SGX PCK Platform CA", Organization: []string{org}},
		IsCA:                  true,
		BasicConstraintsValid: true,
		MaxPathLen:            0,
		MaxPathLenZero:        true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}, a.root, a.pckCAKey, "pck-ca")
	if err != nil {
		return nil, err
	}
	a.tcb, err = a.cert(&x509.Certificate{
		Subject:               pkix.Name{CommonName: "Memo Sim SGX TCB Signing", Organization: []string{org}},
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
	}, a.root, a.tcbKey, "tcb-signing")
	if err != nil {
		return nil, err
	}
	ext, err := sgxExtensions(a.derive("ppid", 16))
	if err != nil {
		return nil, err
	}
	a.pck, err = a.cert(&x509.Certificate{
		Subject:               pkix.Name{CommonName: "Memo Sim SGX PCK Certificate", Organization: []string{org}},
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtraExtensions:       []pkix.Extension{{Id: pcs.OIDSGXExtensions(), Value: ext}},
	}, a.pckCA, a.pckKey, "pck")
	if err != nil {
		return nil, err
	}
	for _, c := range []*x509.Certificate{a.pck, a.pckCA, a.root} {
		a.pckChainPEM = append(a.pckChainPEM, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}

	// The QE report: fixed per authority, binds the attestation key.
	a.qeAuthData = make([]byte, 32)
	for i := range a.qeAuthData {
		a.qeAuthData[i] = byte(i)
	}
	qe := abi.EnclaveReport{
		CPUSVN:     PlatformComponents,
		Attributes: [16]byte{0x11},
		MRSigner:   QEMRSigner,
		ISVProdID:  qeISVProdID,
		ISVSVN:     qeISVSVN,
	}
	qe.MREnclave = sha256.Sum256([]byte("memo-compute/attest/sim quoting enclave code"))
	h := sha256.New()
	h.Write(a.attestPub[:])
	h.Write(a.qeAuthData)
	copy(qe.ReportData[:32], h.Sum(nil))
	a.qe = qe
	a.qeReport = qe.Marshal(nil)
	if a.qeReportSig, err = sign(a.pckKey, a.qeReport); err != nil {
		return nil, fmt.Errorf("signing QE report: %w", err)
	}
	return a, nil
}

func (a *Authority) derive(label string, n int) []byte {
	out, err := hkdf.Key(sha256.New, a.seed[:], nil, "memo-compute/attest/sim/v1/"+label, n)
	if err != nil {
		panic("sim: hkdf: " + err.Error()) // only for n > 255*32, never here
	}
	return out
}

func (a *Authority) deriveKey(label string) (*ecdsa.PrivateKey, error) {
	for i := range 100 {
		k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), a.derive(fmt.Sprintf("%s/%d", label, i), 32))
		if err == nil {
			return k, nil
		}
	}
	return nil, fmt.Errorf("deriving %s key: no valid scalar", label) // probability ~2^-3200
}

func (a *Authority) cert(tmpl *x509.Certificate, parent *x509.Certificate, key *ecdsa.PrivateKey, label string) (*x509.Certificate, error) {
	tmpl.SerialNumber = new(big.Int).SetBytes(a.derive("serial/"+label, 16))
	tmpl.NotBefore, tmpl.NotAfter = certNotBefore, certNotAfter
	signer := key
	if parent == nil {
		parent = tmpl
	} else {
		signer = a.rootKey
		if parent == a.pckCA {
			signer = a.pckCAKey
		}
	}
	// A nil random source makes ECDSA signing deterministic (RFC 6979).
	der, err := x509.CreateCertificate(nil, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		return nil, fmt.Errorf("creating %s certificate: %w", label, err)
	}
	return x509.ParseCertificate(der)
}

// sign returns the raw r ‖ s ECDSA P-256 signature of SHA-256(msg).
func sign(key *ecdsa.PrivateKey, msg []byte) ([64]byte, error) {
	var out [64]byte
	d := sha256.Sum256(msg)
	der, err := key.Sign(nil, d[:], crypto.SHA256)
	if err != nil {
		return out, err
	}
	var sig struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &sig); err != nil {
		return out, err
	}
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:])
	return out, nil
}

type sgxExt struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

func sgxExtensions(ppid []byte) ([]byte, error) {
	raw := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		if err != nil {
			panic("sim: asn1: " + err.Error()) // fixed types, cannot fail
		}
		return asn1.RawValue{FullBytes: b}
	}
	var tcb []sgxExt
	for i, svn := range PlatformComponents {
		tcb = append(tcb, sgxExt{append(append(asn1.ObjectIdentifier{}, pcs.OIDTCB()...), i+1), raw(int(svn))})
	}
	tcb = append(tcb, sgxExt{pcs.OIDPCESVN(), raw(int(PlatformPCESVN))})
	tcb = append(tcb, sgxExt{pcs.OIDCPUSVN(), raw(PlatformComponents[:])})
	exts := []sgxExt{
		{pcs.OIDPPID(), raw(ppid)},
		{pcs.OIDTCB(), raw(tcb)},
		{pcs.OIDPCEID(), raw(PCEID[:])},
		{pcs.OIDFMSPC(), raw(FMSPC[:])},
		{pcs.OIDSGXType(), raw(asn1.Enumerated(0))},
	}
	return asn1.Marshal(exts)
}

// Root returns the authority's root CA certificate: the one certificate a
// dev-chain verifier adds to its trusted roots.
func (a *Authority) Root() *x509.Certificate { return a.root }

// RootPEM returns the root CA certificate in PEM.
func (a *Authority) RootPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: a.root.Raw})
}

// Report is what a simulated enclave asks to have quoted.
type Report struct {
	MREnclave  [32]byte // the workload/runtime measurement
	MRSigner   [32]byte
	ISVProdID  uint16
	ISVSVN     uint16
	Debug      bool // sets the DEBUG attribute
	ReportData [64]byte
}

// Quote returns an SGX ECDSA quote, version 3, over r, signed by the
// authority's attestation key and certified by its PCK chain.
func (a *Authority) Quote(r Report) ([]byte, error) {
	q := a.quoteStruct(r)
	signed, err := q.MarshalSigned()
	if err != nil {
		return nil, fmt.Errorf("encoding quote: %w", err)
	}
	if q.Signature, err = sign(a.attestKey, signed); err != nil {
		return nil, fmt.Errorf("signing quote: %w", err)
	}
	return q.Marshal()
}

func (a *Authority) quoteStruct(r Report) *abi.Quote {
	body := &abi.EnclaveReport{
		CPUSVN:     PlatformComponents,
		Attributes: [16]byte{0x05, 0, 0, 0, 0, 0, 0, 0, 0xe7}, // INIT | MODE64BIT, XFRM x87|SSE|AVX|AVX-512
		MREnclave:  r.MREnclave,
		MRSigner:   r.MRSigner,
		ISVProdID:  r.ISVProdID,
		ISVSVN:     r.ISVSVN,
		ReportData: r.ReportData,
	}
	if r.Debug {
		body.Attributes[0] |= abi.AttrDebug
	}
	q := &abi.Quote{
		Header: abi.Header{
			Version:       qeVersionV3,
			AttestKeyType: abi.AttestKeyTypeECDSAP256,
			TEEType:       abi.TEETypeSGX,
			QESVN:         qeISVSVN,
			PCESVN:        PlatformPCESVN,
			QEVendorID:    abi.IntelQEVendorID(),
		},
		BodyType:          abi.BodyTypeSGX,
		SGX:               body,
		AttestKey:         a.attestPub,
		QEReportSignature: a.qeReportSig,
		QEAuthData:        a.qeAuthData,
		CertType:          abi.CertTypePCKChain,
		CertData:          a.pckChainPEM,
	}
	copy(q.Header.UserData[:], a.derive("qe-user-data", 20))
	q.QEReport = a.qe
	return q
}
