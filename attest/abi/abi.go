// Package abi converts Intel DCAP quotes between bytes and typed structs:
// SGX ECDSA quotes version 3, TDX quotes version 4, and version 5 quotes
// carrying an SGX, TD 1.0 or TD 1.5 report body.
//
// Parsing is strict and allocation-light: every length field must match the
// bytes that follow it exactly (no trailing bytes are tolerated), unknown
// versions, TEE types, attestation key types and certification data types
// are refused with a specific error, and no input makes a function here
// panic. The parsed Quote keeps slices of the input (it does not copy it), so
// the caller must not modify the input afterwards.
//
// This package checks structure only. It verifies no signature and trusts
// nothing it reads; that is the job of package verify.
//
// Layouts follow Intel's "SGX ECDSA Quote Library API" (quote v3, appendix A)
// and "TDX DCAP Quoting Library API" (quote v4 and v5). google/go-tdx-guest
// has TDX v4 structures too, but not SGX v3 quotes (the format our simulated
// backend and SGX enclaves produce), and its types are protobuf messages;
// one small parser for both keeps a single verification path (see
// docs/RATIONALE.md).
package abi

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Sizes of the fixed parts of a quote, in bytes.
const (
	HeaderSize      = 48
	SGXReportSize   = 384 // SGX report body, also the QE report
	TD10ReportSize  = 584 // TDX 1.0 TD report body
	TD15ReportSize  = 648 // TDX 1.5 TD report body
	SignatureSize   = 64  // raw ECDSA P-256 r ‖ s
	AttestKeySize   = 64  // raw P-256 point X ‖ Y
	ReportDataSize  = 64
	MaxQuoteSize    = 1 << 17 // far above any real quote (about 5 KiB)
	sgxSignedEnd    = HeaderSize + SGXReportSize
	v5BodyPrefix    = 6 // body type u16 + body size u32
	sigDataLenField = 4
)

// Field values recognised by the parser.
const (
	// TEETypeSGX and TEETypeTDX are the header's TEE type values.
	TEETypeSGX uint32 = 0x00000000
	TEETypeTDX uint32 = 0x00000081

	// AttestKeyTypeECDSAP256 is the only attestation key type in use.
	AttestKeyTypeECDSAP256 uint16 = 2

	// CertTypePCKChain is certification data holding the PEM PCK chain
	// (leaf, PCK CA, root). CertTypeQEReport wraps the QE report, its
	// signature, QE auth data and an inner PCK chain (TDX v4/v5 quotes).
	CertTypePCKChain uint16 = 5
	CertTypeQEReport uint16 = 6

	// Body types of version 5 quotes.
	BodyTypeSGX  uint16 = 1
	BodyTypeTD10 uint16 = 2
	BodyTypeTD15 uint16 = 3
)

// IntelQEVendorID returns the QE vendor id of Intel's quoting enclaves
// (939A7233-F79C-4CA9-940A-0DB3957F0607). It is a function returning an
// array, not a variable, so that no caller can change what verifiers accept.
func IntelQEVendorID() [16]byte {
	return [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}
}

var (
	// ErrTruncated is returned when the input ends before a field it announces.
	ErrTruncated = errors.New("quote truncated")
	// ErrTooLarge is returned when the input is larger than MaxQuoteSize.
	ErrTooLarge = errors.New("quote too large")
	// ErrTrailingBytes is returned when bytes follow the last field a length announces.
	ErrTrailingBytes = errors.New("trailing bytes after quote field")
	// ErrVersion is returned for a quote version other than 3, 4 or 5.
	ErrVersion = errors.New("unsupported quote version")
	// ErrTEEType is returned for an unknown TEE type or one that does not fit the version.
	ErrTEEType = errors.New("unsupported TEE type")
	// ErrAttestKeyType is returned for an attestation key type other than ECDSA P-256.
	ErrAttestKeyType = errors.New("unsupported attestation key type")
	// ErrBodyType is returned for a version 5 body type that is unknown or does not fit its size.
	ErrBodyType = errors.New("unsupported report body type")
	// ErrCertType is returned for certification data of an unsupported type.
	ErrCertType = errors.New("unsupported certification data type")
)

// Header is the 48-byte quote header.
type Header struct {
	Version       uint16
	AttestKeyType uint16
	TEEType       uint32 // reserved (zero) in version 3 quotes
	QESVN         uint16 // reserved in version 4 and 5 quotes
	PCESVN        uint16 // reserved in version 4 and 5 quotes
	QEVendorID    [16]byte
	UserData      [20]byte
}

// EnclaveReport is an SGX report body: the enclave's report in SGX quotes,
// and the QE report in every quote. Reserved areas (which newer SGX versions
// use for CONFIGID, ISVFAMILYID and the like) are kept so that parsing is
// lossless.
type EnclaveReport struct {
	CPUSVN     [16]byte
	MiscSelect uint32
	Reserved1  [28]byte
	Attributes [16]byte // Attributes[0]&AttrDebug is the DEBUG bit
	MREnclave  [32]byte
	Reserved2  [32]byte
	MRSigner   [32]byte
	Reserved3  [96]byte
	ISVProdID  uint16
	ISVSVN     uint16
	Reserved4  [60]byte
	ReportData [ReportDataSize]byte
}

// AttrDebug is the DEBUG flag in EnclaveReport.Attributes[0].
const AttrDebug = 0x02

// TDAttrDebug is the DEBUG flag (TUD.DEBUG) in TDReport.TDAttributes[0].
const TDAttrDebug = 0x01

// Debug reports whether the enclave was launched in debug mode.
func (r *EnclaveReport) Debug() bool { return r.Attributes[0]&AttrDebug != 0 }

// TDReport is a TD report body (TDX 1.0; TEETCBSVN2 and MRServiceTD are set
// only for TDX 1.5 bodies).
type TDReport struct {
	TEETCBSVN      [16]byte
	MRSEAM         [48]byte
	MRSignerSEAM   [48]byte
	SEAMAttributes [8]byte
	TDAttributes   [8]byte
	XFAM           [8]byte
	MRTD           [48]byte
	MRConfigID     [48]byte
	MROwner        [48]byte
	MROwnerConfig  [48]byte
	RTMR           [4][48]byte
	ReportData     [ReportDataSize]byte
	TEETCBSVN2     [16]byte
	MRServiceTD    [48]byte
}

// Debug reports whether the TD was launched in debug mode.
func (r *TDReport) Debug() bool { return r.TDAttributes[0]&TDAttrDebug != 0 }

// Quote is a parsed quote. Exactly one of SGX and TD is non-nil. Byte-slice
// fields alias the parsed input.
type Quote struct {
	Header   Header
	BodyType uint16 // BodyTypeSGX, BodyTypeTD10 or BodyTypeTD15 (also set for v3/v4)
	SGX      *EnclaveReport
	TD       *TDReport

	Signature         [SignatureSize]byte // over SignedBytes, by AttestKey
	AttestKey         [AttestKeySize]byte
	QEReport          EnclaveReport
	QEReportSignature [SignatureSize]byte // over QEReportBytes, by the PCK leaf key
	QEAuthData        []byte
	CertType          uint16 // always CertTypePCKChain after parsing
	CertData          []byte // PEM PCK certificate chain
	Padding           int    // zero bytes after the signature data

	raw      []byte
	signed   []byte
	qeReport []byte
}

// SignedBytes returns the bytes covered by Signature: the header and the
// report body (for version 5 including the body type and size).
func (q *Quote) SignedBytes() []byte { return q.signed }

// QEReportBytes returns the raw QE report covered by QEReportSignature.
func (q *Quote) QEReportBytes() []byte { return q.qeReport }

// Raw returns the bytes the quote was parsed from (nil for a Quote built in code).
func (q *Quote) Raw() []byte { return q.raw }

// IsTDX reports whether the quote carries a TD report.
func (q *Quote) IsTDX() bool { return q.TD != nil }

// ReportData returns the 64 bytes of report data the enclave or TD bound into the quote.
func (q *Quote) ReportData() [ReportDataSize]byte {
	if q.TD != nil {
		return q.TD.ReportData
	}
	if q.SGX != nil {
		return q.SGX.ReportData
	}
	return [ReportDataSize]byte{}
}

// Debug reports whether the quoted enclave or TD runs in debug mode.
func (q *Quote) Debug() bool {
	if q.TD != nil {
		return q.TD.Debug()
	}
	return q.SGX != nil && q.SGX.Debug()
}

// reader is a bounds-checked cursor.
type reader struct {
	b   []byte
	off int
}

func (r *reader) take(n int) ([]byte, bool) {
	if n < 0 || len(r.b)-r.off < n {
		return nil, false
	}
	s := r.b[r.off : r.off+n : r.off+n]
	r.off += n
	return s, true
}

func (r *reader) u16() (uint16, bool) {
	s, ok := r.take(2)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint16(s), true
}

func (r *reader) u32() (uint32, bool) {
	s, ok := r.take(4)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint32(s), true
}

func truncated(what string) error { return fmt.Errorf("reading %s: %w", what, ErrTruncated) }

// ParseQuote parses an SGX v3, TDX v4 or v5 quote. The returned Quote
// aliases b.
func ParseQuote(b []byte) (*Quote, error) {
	if len(b) > MaxQuoteSize {
		return nil, fmt.Errorf("parsing quote of %d bytes (max %d): %w", len(b), MaxQuoteSize, ErrTooLarge)
	}
	if len(b) < HeaderSize {
		return nil, truncated("header")
	}
	q := &Quote{raw: b}
	h := &q.Header
	h.Version = binary.LittleEndian.Uint16(b[0:])
	h.AttestKeyType = binary.LittleEndian.Uint16(b[2:])
	h.TEEType = binary.LittleEndian.Uint32(b[4:])
	h.QESVN = binary.LittleEndian.Uint16(b[8:])
	h.PCESVN = binary.LittleEndian.Uint16(b[10:])
	copy(h.QEVendorID[:], b[12:28])
	copy(h.UserData[:], b[28:48])

	if h.AttestKeyType != AttestKeyTypeECDSAP256 {
		return nil, fmt.Errorf("parsing header: key type %d: %w", h.AttestKeyType, ErrAttestKeyType)
	}
	r := &reader{b: b, off: HeaderSize}
	var body []byte
	switch h.Version {
	case 3:
		if h.TEEType != TEETypeSGX {
			return nil, fmt.Errorf("parsing v3 header: TEE type %#x: %w", h.TEEType, ErrTEEType)
		}
		q.BodyType = BodyTypeSGX
		body, _ = r.take(SGXReportSize)
	case 4:
		if h.TEEType != TEETypeTDX {
			return nil, fmt.Errorf("parsing v4 header: TEE type %#x: %w", h.TEEType, ErrTEEType)
		}
		q.BodyType = BodyTypeTD10
		body, _ = r.take(TD10ReportSize)
	case 5:
		bt, ok1 := r.u16()
		bs, ok2 := r.u32()
		if !ok1 || !ok2 {
			return nil, truncated("v5 body descriptor")
		}
		var want uint32
		switch bt {
		case BodyTypeSGX:
			want = SGXReportSize
		case BodyTypeTD10:
			want = TD10ReportSize
		case BodyTypeTD15:
			want = TD15ReportSize
		}
		if want == 0 || bs != want {
			return nil, fmt.Errorf("parsing v5 body type %d of %d bytes: %w", bt, bs, ErrBodyType)
		}
		if (bt == BodyTypeSGX) != (h.TEEType == TEETypeSGX) || (h.TEEType != TEETypeSGX && h.TEEType != TEETypeTDX) {
			return nil, fmt.Errorf("parsing v5 header: TEE type %#x with body type %d: %w", h.TEEType, bt, ErrTEEType)
		}
		q.BodyType = bt
		body, _ = r.take(int(bs))
	default:
		return nil, fmt.Errorf("parsing header: version %d: %w", h.Version, ErrVersion)
	}
	if body == nil {
		return nil, truncated("report body")
	}
	q.signed = b[:r.off:r.off]
	if q.BodyType == BodyTypeSGX {
		q.SGX = new(EnclaveReport)
		parseEnclaveReport(q.SGX, body)
	} else {
		q.TD = new(TDReport)
		parseTDReport(q.TD, body)
	}

	sigLen, ok := r.u32()
	if !ok {
		return nil, truncated("signature data length")
	}
	if int64(sigLen) > int64(len(b)-r.off) {
		return nil, truncated("signature data")
	}
	// Quote generation hands out a fixed-size buffer: real TDX quotes end
	// in zero padding after the signature data. Anything else is refused.
	end := r.off + int(sigLen)
	for i, c := range b[end:] {
		if c != 0 {
			return nil, fmt.Errorf("parsing padding after signature data: non-zero byte at offset %d: %w", end+i, ErrTrailingBytes)
		}
	}
	q.Padding = len(b) - end
	r.b = b[:end]
	sig, ok := r.take(SignatureSize)
	if !ok {
		return nil, truncated("report signature")
	}
	copy(q.Signature[:], sig)
	key, ok := r.take(AttestKeySize)
	if !ok {
		return nil, truncated("attestation key")
	}
	copy(q.AttestKey[:], key)

	if h.Version == 3 {
		if err := q.parseQECertData(r); err != nil {
			return nil, err
		}
		return q, nil
	}
	// v4/v5: certification data of type 6 wraps the QE report certification data.
	ct, ok1 := r.u16()
	cs, ok2 := r.u32()
	if !ok1 || !ok2 {
		return nil, truncated("certification data header")
	}
	if ct != CertTypeQEReport {
		return nil, fmt.Errorf("parsing outer certification data: type %d: %w", ct, ErrCertType)
	}
	if int64(cs) != int64(len(r.b)-r.off) {
		if int64(cs) > int64(len(r.b)-r.off) {
			return nil, truncated("QE report certification data")
		}
		return nil, fmt.Errorf("parsing outer certification data: %d bytes announced, %d present: %w", cs, len(r.b)-r.off, ErrTrailingBytes)
	}
	if err := q.parseQECertData(r); err != nil {
		return nil, err
	}
	return q, nil
}

// parseQECertData reads QE report, QE report signature, QE auth data and PCK
// certification data, which must end exactly at the end of r.
func (q *Quote) parseQECertData(r *reader) error {
	qe, ok := r.take(SGXReportSize)
	if !ok {
		return truncated("QE report")
	}
	q.qeReport = qe
	parseEnclaveReport(&q.QEReport, qe)
	sig, ok := r.take(SignatureSize)
	if !ok {
		return truncated("QE report signature")
	}
	copy(q.QEReportSignature[:], sig)
	n, ok := r.u16()
	if !ok {
		return truncated("QE auth data size")
	}
	if q.QEAuthData, ok = r.take(int(n)); !ok {
		return truncated("QE auth data")
	}
	ct, ok1 := r.u16()
	cs, ok2 := r.u32()
	if !ok1 || !ok2 {
		return truncated("certification data header")
	}
	if ct != CertTypePCKChain {
		return fmt.Errorf("parsing certification data: type %d (want %d, PEM PCK chain): %w", ct, CertTypePCKChain, ErrCertType)
	}
	q.CertType = ct
	if q.CertData, ok = r.take(int(cs)); !ok {
		return truncated("certification data")
	}
	if r.off != len(r.b) {
		return fmt.Errorf("parsing certification data: %d bytes after it: %w", len(r.b)-r.off, ErrTrailingBytes)
	}
	return nil
}

func parseEnclaveReport(r *EnclaveReport, b []byte) {
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:])
	copy(r.Reserved1[:], b[20:48])
	copy(r.Attributes[:], b[48:64])
	copy(r.MREnclave[:], b[64:96])
	copy(r.Reserved2[:], b[96:128])
	copy(r.MRSigner[:], b[128:160])
	copy(r.Reserved3[:], b[160:256])
	r.ISVProdID = binary.LittleEndian.Uint16(b[256:])
	r.ISVSVN = binary.LittleEndian.Uint16(b[258:])
	copy(r.Reserved4[:], b[260:320])
	copy(r.ReportData[:], b[320:384])
}

// Marshal appends the 384-byte encoding of r to dst.
func (r *EnclaveReport) Marshal(dst []byte) []byte {
	var b [SGXReportSize]byte
	copy(b[0:16], r.CPUSVN[:])
	binary.LittleEndian.PutUint32(b[16:], r.MiscSelect)
	copy(b[20:48], r.Reserved1[:])
	copy(b[48:64], r.Attributes[:])
	copy(b[64:96], r.MREnclave[:])
	copy(b[96:128], r.Reserved2[:])
	copy(b[128:160], r.MRSigner[:])
	copy(b[160:256], r.Reserved3[:])
	binary.LittleEndian.PutUint16(b[256:], r.ISVProdID)
	binary.LittleEndian.PutUint16(b[258:], r.ISVSVN)
	copy(b[260:320], r.Reserved4[:])
	copy(b[320:384], r.ReportData[:])
	return append(dst, b[:]...)
}

func parseTDReport(r *TDReport, b []byte) {
	off := 0
	next := func(dst []byte) { off += copy(dst, b[off:]) }
	next(r.TEETCBSVN[:])
	next(r.MRSEAM[:])
	next(r.MRSignerSEAM[:])
	next(r.SEAMAttributes[:])
	next(r.TDAttributes[:])
	next(r.XFAM[:])
	next(r.MRTD[:])
	next(r.MRConfigID[:])
	next(r.MROwner[:])
	next(r.MROwnerConfig[:])
	for i := range r.RTMR {
		next(r.RTMR[i][:])
	}
	next(r.ReportData[:])
	if len(b) == TD15ReportSize {
		next(r.TEETCBSVN2[:])
		next(r.MRServiceTD[:])
	}
}

// Marshal appends the encoding of r to dst: 584 bytes, or 648 if td15.
func (r *TDReport) Marshal(dst []byte, td15 bool) []byte {
	dst = append(dst, r.TEETCBSVN[:]...)
	dst = append(dst, r.MRSEAM[:]...)
	dst = append(dst, r.MRSignerSEAM[:]...)
	dst = append(dst, r.SEAMAttributes[:]...)
	dst = append(dst, r.TDAttributes[:]...)
	dst = append(dst, r.XFAM[:]...)
	dst = append(dst, r.MRTD[:]...)
	dst = append(dst, r.MRConfigID[:]...)
	dst = append(dst, r.MROwner[:]...)
	dst = append(dst, r.MROwnerConfig[:]...)
	for i := range r.RTMR {
		dst = append(dst, r.RTMR[i][:]...)
	}
	dst = append(dst, r.ReportData[:]...)
	if td15 {
		dst = append(dst, r.TEETCBSVN2[:]...)
		dst = append(dst, r.MRServiceTD[:]...)
	}
	return dst
}

// MarshalSigned returns the bytes the report signature covers: the header
// and the body (for version 5 with its type and size).
func (q *Quote) MarshalSigned() ([]byte, error) {
	h := &q.Header
	b := make([]byte, HeaderSize, HeaderSize+v5BodyPrefix+TD15ReportSize)
	binary.LittleEndian.PutUint16(b[0:], h.Version)
	binary.LittleEndian.PutUint16(b[2:], h.AttestKeyType)
	binary.LittleEndian.PutUint32(b[4:], h.TEEType)
	binary.LittleEndian.PutUint16(b[8:], h.QESVN)
	binary.LittleEndian.PutUint16(b[10:], h.PCESVN)
	copy(b[12:28], h.QEVendorID[:])
	copy(b[28:48], h.UserData[:])
	if (q.SGX == nil) == (q.TD == nil) {
		return nil, fmt.Errorf("marshalling quote: need exactly one of SGX and TD report: %w", ErrBodyType)
	}
	td15 := q.BodyType == BodyTypeTD15
	switch h.Version {
	case 3, 4:
		if (h.Version == 3) != (q.SGX != nil) || td15 {
			return nil, fmt.Errorf("marshalling v%d quote with body type %d: %w", h.Version, q.BodyType, ErrBodyType)
		}
	case 5:
		size := uint32(SGXReportSize)
		bt := BodyTypeSGX
		if q.TD != nil {
			size, bt = TD10ReportSize, BodyTypeTD10
			if td15 {
				size, bt = TD15ReportSize, BodyTypeTD15
			}
		}
		b = binary.LittleEndian.AppendUint16(b, bt)
		b = binary.LittleEndian.AppendUint32(b, size)
	default:
		return nil, fmt.Errorf("marshalling quote: version %d: %w", h.Version, ErrVersion)
	}
	if q.SGX != nil {
		return q.SGX.Marshal(b), nil
	}
	return q.TD.Marshal(b, td15), nil
}

// Marshal encodes q. The result parses back to an equal Quote.
func (q *Quote) Marshal() ([]byte, error) {
	b, err := q.MarshalSigned()
	if err != nil {
		return nil, err
	}
	if len(q.QEAuthData) > 0xffff {
		return nil, fmt.Errorf("marshalling QE auth data of %d bytes: %w", len(q.QEAuthData), ErrTooLarge)
	}
	inner := q.QEReport.Marshal(nil)
	inner = append(inner, q.QEReportSignature[:]...)
	inner = binary.LittleEndian.AppendUint16(inner, uint16(len(q.QEAuthData)))
	inner = append(inner, q.QEAuthData...)
	inner = binary.LittleEndian.AppendUint16(inner, CertTypePCKChain)
	inner = binary.LittleEndian.AppendUint32(inner, uint32(len(q.CertData)))
	inner = append(inner, q.CertData...)

	sig := append(q.Signature[:0:0], q.Signature[:]...)
	sig = append(sig, q.AttestKey[:]...)
	if q.Header.Version == 3 {
		sig = append(sig, inner...)
	} else {
		sig = binary.LittleEndian.AppendUint16(sig, CertTypeQEReport)
		sig = binary.LittleEndian.AppendUint32(sig, uint32(len(inner)))
		sig = append(sig, inner...)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sig)))
	b = append(b, sig...)
	b = append(b, make([]byte, q.Padding)...)
	if len(b) > MaxQuoteSize {
		return nil, fmt.Errorf("marshalling quote of %d bytes: %w", len(b), ErrTooLarge)
	}
	return b, nil
}
