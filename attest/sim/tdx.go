package sim

import (
	"fmt"

	"github.com/memo-protocol/memo-compute/attest/abi"
)

// TDXComponents is the sim TDX platform's TEE TCB SVN vector (TEETCBSVN):
// byte 0 the TDX module's ISVSVN, byte 1 its major version (0: the module
// is matched against the TCB info's tdxModule alone), the rest the TDX
// TCB components the TCB info's level lists.
var TDXComponents = [16]byte{3, 0, 5, 0, 1}

// TDReport is what a simulated TD asks to have quoted.
type TDReport struct {
	MRTD       [48]byte    // the TD's initial image
	RTMR       [4][48]byte // its runtime measurement registers
	Debug      bool        // sets TUD.DEBUG in the TD attributes
	ReportData [64]byte
}

// QuoteTD returns a TDX ECDSA quote, version 4 (TDX 1.0 body), over r,
// signed by the authority's attestation key and certified by its PCK
// chain, as a TD's quote generation service returns through configfs-tsm.
// Collateral with CollateralOptions.TDX verifies it.
func (a *Authority) QuoteTD(r TDReport) ([]byte, error) {
	body := &abi.TDReport{
		TEETCBSVN:  TDXComponents,
		XFAM:       [8]byte{0xe7, 0x02, 0x06},
		MRTD:       r.MRTD,
		RTMR:       r.RTMR,
		ReportData: r.ReportData,
	}
	body.TDAttributes[3] = 0x10 // SEPT_VE_DISABLE
	if r.Debug {
		body.TDAttributes[0] |= abi.TDAttrDebug
	}
	q := &abi.Quote{
		Header: abi.Header{
			Version:       4,
			AttestKeyType: abi.AttestKeyTypeECDSAP256,
			TEEType:       abi.TEETypeTDX,
			QEVendorID:    abi.IntelQEVendorID(),
		},
		BodyType:          abi.BodyTypeTD10,
		TD:                body,
		AttestKey:         a.attestPub,
		QEReport:          a.qe,
		QEReportSignature: a.qeReportSig,
		QEAuthData:        a.qeAuthData,
		CertType:          abi.CertTypePCKChain,
		CertData:          a.pckChainPEM,
	}
	copy(q.Header.UserData[:], a.derive("qe-user-data", 20))
	signed, err := q.MarshalSigned()
	if err != nil {
		return nil, fmt.Errorf("encoding TD quote: %w", err)
	}
	if q.Signature, err = sign(a.attestKey, signed); err != nil {
		return nil, fmt.Errorf("signing TD quote: %w", err)
	}
	return q.Marshal()
}
