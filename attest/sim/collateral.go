package sim

import (
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// DefaultValidity is how long sim collateral stays valid when
// CollateralOptions.Validity is zero (Intel publishes for 30 days).
const DefaultValidity = 30 * 24 * time.Hour

// CollateralOptions shape the collateral an Authority issues.
type CollateralOptions struct {
	// Issued is the issue date of TCB info and QE identity and the
	// thisUpdate of the CRLs. Required: there is no hidden clock.
	Issued time.Time
	// Validity is the time from Issued to nextUpdate. Zero means DefaultValidity.
	Validity time.Duration
	// Status is the TCB status the TCB info gives the sim platform. Zero means UpToDate.
	Status pcs.TCBStatus
	// RevokePCK lists the sim platform's PCK certificate in the PCK CRL.
	RevokePCK bool
	// TDX issues the collateral of the authority's TD quotes (QuoteTD):
	// TCB info "TDX" with the sim TDX module and TDXComponents, QE
	// identity "TD_QE". False issues SGX collateral.
	TDX bool
}

// Collateral returns collateral for the authority's quotes, in the same
// form as Intel's: TCB info (version 3, id "SGX") with the sim platform's
// TCB as its one level, QE identity (version 2, id "QE"), both signed by the
// authority's TCB signing key, and CRLs of the root and the PCK CA.
func (a *Authority) Collateral(o CollateralOptions) (*pcs.Collateral, error) {
	if o.Issued.IsZero() {
		return nil, fmt.Errorf("building sim collateral: Issued time required")
	}
	if o.Validity == 0 {
		o.Validity = DefaultValidity
	}
	if o.Status == "" {
		o.Status = pcs.UpToDate
	}
	issued := o.Issued.UTC().Truncate(time.Second)
	next := issued.Add(o.Validity)
	ts := func(t time.Time) string { return t.Format(time.RFC3339) }

	type svn struct {
		SVN int `json:"svn"`
	}
	var comps []svn
	for _, c := range PlatformComponents {
		comps = append(comps, svn{int(c)})
	}
	type level struct {
		TCB struct {
			SGX    []svn `json:"sgxtcbcomponents"`
			PCESVN int   `json:"pcesvn"`
			TDX    []svn `json:"tdxtcbcomponents,omitempty"`
		} `json:"tcb"`
		TCBDate   string        `json:"tcbDate"`
		TCBStatus pcs.TCBStatus `json:"tcbStatus"`
	}
	var lvl level
	lvl.TCB.SGX, lvl.TCB.PCESVN = comps, int(PlatformPCESVN)
	lvl.TCBDate, lvl.TCBStatus = ts(certNotBefore), o.Status
	type module struct {
		MRSigner       string `json:"mrsigner"`
		Attributes     string `json:"attributes"`
		AttributesMask string `json:"attributesMask"`
	}
	tee, qeID := "SGX", "QE"
	var mod *module
	if o.TDX {
		tee, qeID = "TDX", "TD_QE"
		for _, c := range TDXComponents {
			lvl.TCB.TDX = append(lvl.TCB.TDX, svn{int(c)})
		}
		// The sim TDX module: MRSIGNERSEAM and SEAM attributes zero.
		mod = &module{strings.Repeat("0", 96), "0000000000000000", "FFFFFFFFFFFFFFFF"}
	}
	tcbInfo, err := json.Marshal(struct {
		ID                      string  `json:"id"`
		Version                 int     `json:"version"`
		IssueDate               string  `json:"issueDate"`
		NextUpdate              string  `json:"nextUpdate"`
		FMSPC                   string  `json:"fmspc"`
		PCEID                   string  `json:"pceId"`
		TCBType                 int     `json:"tcbType"`
		TCBEvaluationDataNumber int     `json:"tcbEvaluationDataNumber"`
		TDXModule               *module `json:"tdxModule,omitempty"`
		TCBLevels               []level `json:"tcbLevels"`
	}{tee, 3, ts(issued), ts(next), strings.ToUpper(hex.EncodeToString(FMSPC[:])), "0000", 0, 1, mod, []level{lvl}})
	if err != nil {
		return nil, fmt.Errorf("encoding sim TCB info: %w", err)
	}

	type qeLevel struct {
		TCB struct {
			ISVSVN int `json:"isvsvn"`
		} `json:"tcb"`
		TCBDate   string        `json:"tcbDate"`
		TCBStatus pcs.TCBStatus `json:"tcbStatus"`
	}
	var ql qeLevel
	ql.TCB.ISVSVN, ql.TCBDate, ql.TCBStatus = qeISVSVN, ts(certNotBefore), pcs.UpToDate
	qeIdentity, err := json.Marshal(struct {
		ID                      string    `json:"id"`
		Version                 int       `json:"version"`
		IssueDate               string    `json:"issueDate"`
		NextUpdate              string    `json:"nextUpdate"`
		TCBEvaluationDataNumber int       `json:"tcbEvaluationDataNumber"`
		MiscSelect              string    `json:"miscselect"`
		MiscSelectMask          string    `json:"miscselectMask"`
		Attributes              string    `json:"attributes"`
		AttributesMask          string    `json:"attributesMask"`
		MRSigner                string    `json:"mrsigner"`
		ISVProdID               int       `json:"isvprodid"`
		TCBLevels               []qeLevel `json:"tcbLevels"`
	}{qeID, 2, ts(issued), ts(next), 1, "00000000", "FFFFFFFF",
		"11000000000000000000000000000000", "FBFFFFFFFFFFFFFF0000000000000000",
		strings.ToUpper(hex.EncodeToString(QEMRSigner[:])), qeISVProdID, []qeLevel{ql}})
	if err != nil {
		return nil, fmt.Errorf("encoding sim QE identity: %w", err)
	}
	tcbSig, err := sign(a.tcbKey, tcbInfo)
	if err != nil {
		return nil, fmt.Errorf("signing sim TCB info: %w", err)
	}
	qeSig, err := sign(a.tcbKey, qeIdentity)
	if err != nil {
		return nil, fmt.Errorf("signing sim QE identity: %w", err)
	}

	crl := func(issuer *x509.Certificate, revoked []*big.Int, label string) (string, error) {
		key := a.rootKey
		if issuer == a.pckCA {
			key = a.pckCAKey
		}
		var entries []x509.RevocationListEntry
		for _, s := range revoked {
			entries = append(entries, x509.RevocationListEntry{SerialNumber: s, RevocationTime: issued})
		}
		der, err := x509.CreateRevocationList(nil, &x509.RevocationList{
			Number:                    big.NewInt(issued.Unix()),
			ThisUpdate:                issued,
			NextUpdate:                next,
			RevokedCertificateEntries: entries,
		}, issuer, key)
		if err != nil {
			return "", fmt.Errorf("creating sim %s CRL: %w", label, err)
		}
		return hex.EncodeToString(der), nil
	}
	rootCRL, err := crl(a.root, nil, "root CA")
	if err != nil {
		return nil, err
	}
	var revoked []*big.Int
	if o.RevokePCK {
		revoked = append(revoked, a.pck.SerialNumber)
	}
	pckCRL, err := crl(a.pckCA, revoked, "PCK")
	if err != nil {
		return nil, err
	}
	return pcs.FromWire(pcs.Wire{
		PCKCRLIssuerChain:     pemChain(a.pckCA, a.root),
		RootCACRL:             rootCRL,
		PCKCRL:                pckCRL,
		TCBInfoIssuerChain:    pemChain(a.tcb, a.root),
		TCBInfo:               string(tcbInfo),
		TCBInfoSignature:      hex.EncodeToString(tcbSig[:]),
		QEIdentityIssuerChain: pemChain(a.tcb, a.root),
		QEIdentity:            string(qeIdentity),
		QEIdentitySignature:   hex.EncodeToString(qeSig[:]),
	})
}

func pemChain(certs ...*x509.Certificate) string {
	var b []byte
	for _, c := range certs {
		b = append(b, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
	}
	return string(b)
}

// encoded is the persisted form of an Authority.
type encoded struct {
	Version int    `json:"version"`
	Seed    string `json:"seed"`
	Root    string `json:"root"`
}

// Marshal returns the authority as JSON: its seed (secret: store it like a
// private key) and its root certificate in PEM.
func (a *Authority) Marshal() ([]byte, error) {
	return json.MarshalIndent(encoded{Version: 1, Seed: hex.EncodeToString(a.seed[:]), Root: string(a.RootPEM())}, "", "  ")
}

// Unmarshal restores an Authority from Marshal's output and checks that
// the stored root is the one its seed derives.
func Unmarshal(data []byte) (*Authority, error) {
	var e encoded
	if err := json.Unmarshal(data, &e); err != nil {
		return nil, fmt.Errorf("decoding sim authority: %w: %w", ErrEncoding, err)
	}
	if e.Version != 1 {
		return nil, fmt.Errorf("decoding sim authority version %d: %w", e.Version, ErrEncoding)
	}
	seed, err := hex.DecodeString(e.Seed)
	if err != nil {
		return nil, fmt.Errorf("decoding sim authority seed: %w: %w", ErrEncoding, err)
	}
	a, err := New(seed)
	if err != nil {
		return nil, err
	}
	if e.Root != string(a.RootPEM()) {
		return nil, fmt.Errorf("checking sim authority root against its seed: %w", ErrEncoding)
	}
	return a, nil
}
