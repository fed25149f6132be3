package pcs

import (
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// TCBStatus is the status Intel assigns to a TCB level.
type TCBStatus string

// The TCB statuses of TCB info and QE identity.
const (
	UpToDate                          TCBStatus = "UpToDate"
	SWHardeningNeeded                 TCBStatus = "SWHardeningNeeded"
	ConfigurationNeeded               TCBStatus = "ConfigurationNeeded"
	ConfigurationAndSWHardeningNeeded TCBStatus = "ConfigurationAndSWHardeningNeeded"
	OutOfDate                         TCBStatus = "OutOfDate"
	OutOfDateConfigurationNeeded      TCBStatus = "OutOfDateConfigurationNeeded"
	Revoked                           TCBStatus = "Revoked"
)

// Statuses returns every known TCB status, best first (the order in which
// verifiers converge statuses). The slice is new on each call.
func Statuses() []TCBStatus {
	return []TCBStatus{UpToDate, SWHardeningNeeded, ConfigurationNeeded,
		ConfigurationAndSWHardeningNeeded, OutOfDate, OutOfDateConfigurationNeeded, Revoked}
}

// ParseStatus returns the status named s (exact spelling as in TCB info).
func ParseStatus(s string) (TCBStatus, error) {
	for _, st := range Statuses() {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("parsing TCB status %q: %w", s, ErrUnknownStatus)
}

// UnmarshalJSON accepts only known statuses.
func (s *TCBStatus) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	st, err := ParseStatus(str)
	if err != nil {
		return err
	}
	*s = st
	return nil
}

// hexField is a byte string written as hex in JSON.
type hexField []byte

func (h *hexField) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := hex.DecodeString(s)
	if err != nil {
		return err
	}
	*h = v
	return nil
}

func fixedHex(field string, h hexField, dst []byte) error {
	if len(h) != len(dst) {
		return fmt.Errorf("reading %s: %d bytes, want %d: %w", field, len(h), len(dst), ErrMalformed)
	}
	copy(dst, h)
	return nil
}

// TCBLevel is one row of TCB info: the minimum component SVNs for a status.
type TCBLevel struct {
	SGXComponents [16]byte
	PCESVN        uint16
	TDXComponents [16]byte // TDX TCB info only
	TCBDate       time.Time
	Status        TCBStatus
	AdvisoryIDs   []string
}

// TDXModule is the expected TDX module signer and attributes.
type TDXModule struct {
	MRSigner       [48]byte
	Attributes     [8]byte
	AttributesMask [8]byte
}

// TDXModuleIdentity describes one TDX module version ("TDX_01", ...) with
// its own TCB levels, keyed by the module's ISV SVN.
type TDXModuleIdentity struct {
	ID string
	TDXModule
	TCBLevels []QETCBLevel
}

// TCBInfo is Intel TCB info for one FMSPC (versions 2 and 3).
type TCBInfo struct {
	ID                      string // "SGX" or "TDX" ("SGX" for version 2)
	Version                 int
	IssueDate, NextUpdate   time.Time
	FMSPC                   [6]byte
	PCEID                   [2]byte
	TCBType                 int
	TCBEvaluationDataNumber int
	TDXModule               *TDXModule // TDX only
	TDXModuleIdentities     []TDXModuleIdentity
	TCBLevels               []TCBLevel
}

type svnJSON struct {
	SVN *int `json:"svn"`
}

type tcbJSON struct {
	SGX    []svnJSON `json:"sgxtcbcomponents"`
	TDX    []svnJSON `json:"tdxtcbcomponents"`
	PCESVN *int      `json:"pcesvn"`
}

type tcbLevelJSON struct {
	TCB         json.RawMessage `json:"tcb"`
	TCBDate     time.Time       `json:"tcbDate"`
	TCBStatus   TCBStatus       `json:"tcbStatus"`
	AdvisoryIDs []string        `json:"advisoryIDs"`
}

type moduleJSON struct {
	ID             string        `json:"id"`
	MRSigner       hexField      `json:"mrsigner"`
	Attributes     hexField      `json:"attributes"`
	AttributesMask hexField      `json:"attributesMask"`
	TCBLevels      []qeLevelJSON `json:"tcbLevels"`
}

type tcbInfoJSON struct {
	ID                      string         `json:"id"`
	Version                 int            `json:"version"`
	IssueDate               time.Time      `json:"issueDate"`
	NextUpdate              time.Time      `json:"nextUpdate"`
	FMSPC                   hexField       `json:"fmspc"`
	PCEID                   hexField       `json:"pceId"`
	TCBType                 int            `json:"tcbType"`
	TCBEvaluationDataNumber int            `json:"tcbEvaluationDataNumber"`
	TDXModule               *moduleJSON    `json:"tdxModule"`
	TDXModuleIdentities     []moduleJSON   `json:"tdxModuleIdentities"`
	TCBLevels               []tcbLevelJSON `json:"tcbLevels"`
}

func svn8(field string, v *int) (byte, error) {
	if v == nil || *v < 0 || *v > 255 {
		return 0, fmt.Errorf("reading %s: SVN missing or out of range: %w", field, ErrMalformed)
	}
	return byte(*v), nil
}

func svn16(field string, v *int) (uint16, error) {
	if v == nil || *v < 0 || *v > 0xffff {
		return 0, fmt.Errorf("reading %s: SVN missing or out of range: %w", field, ErrMalformed)
	}
	return uint16(*v), nil
}

// ParseTCBInfo parses the tcbInfo object (the signed part of a PCS reply).
func ParseTCBInfo(raw []byte) (*TCBInfo, error) {
	var j tcbInfoJSON
	if err := json.Unmarshal(raw, &j); err != nil {
		return nil, fmt.Errorf("decoding tcb_info: %w: %w", ErrMalformed, err)
	}
	t := &TCBInfo{ID: j.ID, Version: j.Version, IssueDate: j.IssueDate, NextUpdate: j.NextUpdate,
		TCBType: j.TCBType, TCBEvaluationDataNumber: j.TCBEvaluationDataNumber}
	switch {
	case j.Version == 2 && (j.ID == "" || j.ID == "SGX"):
		t.ID = "SGX"
	case j.Version == 3 && (j.ID == "SGX" || j.ID == "TDX"):
	default:
		return nil, fmt.Errorf("reading tcb_info id %q version %d: %w", j.ID, j.Version, ErrUnsupportedVersion)
	}
	if t.IssueDate.IsZero() || t.NextUpdate.IsZero() || !t.NextUpdate.After(t.IssueDate) {
		return nil, fmt.Errorf("reading tcb_info issueDate/nextUpdate: %w", ErrMalformed)
	}
	if err := fixedHex("tcb_info fmspc", j.FMSPC, t.FMSPC[:]); err != nil {
		return nil, err
	}
	if err := fixedHex("tcb_info pceId", j.PCEID, t.PCEID[:]); err != nil {
		return nil, err
	}
	if t.ID == "TDX" {
		if j.TDXModule == nil {
			return nil, fmt.Errorf("reading tcb_info tdxModule: %w", ErrMissingField)
		}
		m, err := parseModule("tdxModule", j.TDXModule)
		if err != nil {
			return nil, err
		}
		t.TDXModule = &m.TDXModule
		for i := range j.TDXModuleIdentities {
			m, err := parseModule("tdxModuleIdentities", &j.TDXModuleIdentities[i])
			if err != nil {
				return nil, err
			}
			t.TDXModuleIdentities = append(t.TDXModuleIdentities, m)
		}
	}
	if len(j.TCBLevels) == 0 {
		return nil, fmt.Errorf("reading tcb_info tcbLevels: %w", ErrMissingField)
	}
	for i, lj := range j.TCBLevels {
		l, err := parseTCBLevel(t, lj)
		if err != nil {
			return nil, fmt.Errorf("reading tcb_info level %d: %w", i, err)
		}
		t.TCBLevels = append(t.TCBLevels, l)
	}
	return t, nil
}

func parseModule(field string, j *moduleJSON) (TDXModuleIdentity, error) {
	var m TDXModuleIdentity
	m.ID = j.ID
	if err := fixedHex(field+" mrsigner", j.MRSigner, m.MRSigner[:]); err != nil {
		return m, err
	}
	if err := fixedHex(field+" attributes", j.Attributes, m.Attributes[:]); err != nil {
		return m, err
	}
	if err := fixedHex(field+" attributesMask", j.AttributesMask, m.AttributesMask[:]); err != nil {
		return m, err
	}
	for _, lj := range j.TCBLevels {
		l, err := parseQELevel(field, lj)
		if err != nil {
			return m, err
		}
		m.TCBLevels = append(m.TCBLevels, l)
	}
	return m, nil
}

func parseTCBLevel(t *TCBInfo, lj tcbLevelJSON) (TCBLevel, error) {
	l := TCBLevel{TCBDate: lj.TCBDate, Status: lj.TCBStatus, AdvisoryIDs: lj.AdvisoryIDs}
	if l.Status == "" {
		return l, fmt.Errorf("reading tcbStatus: %w", ErrMissingField)
	}
	if t.Version == 2 {
		var m map[string]*int
		if err := json.Unmarshal(lj.TCB, &m); err != nil {
			return l, fmt.Errorf("decoding tcb: %w: %w", ErrMalformed, err)
		}
		for i := range 16 {
			k := fmt.Sprintf("sgxtcbcomp%02dsvn", i+1)
			v, err := svn8(k, m[k])
			if err != nil {
				return l, err
			}
			l.SGXComponents[i] = v
		}
		v, err := svn16("pcesvn", m["pcesvn"])
		if err != nil {
			return l, err
		}
		l.PCESVN = v
		return l, nil
	}
	var tj tcbJSON
	if err := json.Unmarshal(lj.TCB, &tj); err != nil {
		return l, fmt.Errorf("decoding tcb: %w: %w", ErrMalformed, err)
	}
	if len(tj.SGX) != 16 {
		return l, fmt.Errorf("reading sgxtcbcomponents: %d, want 16: %w", len(tj.SGX), ErrMalformed)
	}
	for i, c := range tj.SGX {
		v, err := svn8("sgxtcbcomponents", c.SVN)
		if err != nil {
			return l, err
		}
		l.SGXComponents[i] = v
	}
	v, err := svn16("pcesvn", tj.PCESVN)
	if err != nil {
		return l, err
	}
	l.PCESVN = v
	if t.ID == "TDX" {
		if len(tj.TDX) != 16 {
			return l, fmt.Errorf("reading tdxtcbcomponents: %d, want 16: %w", len(tj.TDX), ErrMalformed)
		}
		for i, c := range tj.TDX {
			v, err := svn8("tdxtcbcomponents", c.SVN)
			if err != nil {
				return l, err
			}
			l.TDXComponents[i] = v
		}
	}
	return l, nil
}

// QETCBLevel is one TCB level of a QE identity or TDX module identity.
type QETCBLevel struct {
	ISVSVN      uint16
	TCBDate     time.Time
	Status      TCBStatus
	AdvisoryIDs []string
}

type qeLevelJSON struct {
	TCB struct {
		ISVSVN *int `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     time.Time `json:"tcbDate"`
	TCBStatus   TCBStatus `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs"`
}

func parseQELevel(field string, lj qeLevelJSON) (QETCBLevel, error) {
	v, err := svn16(field+" isvsvn", lj.TCB.ISVSVN)
	if err != nil {
		return QETCBLevel{}, err
	}
	if lj.TCBStatus == "" {
		return QETCBLevel{}, fmt.Errorf("reading %s tcbStatus: %w", field, ErrMissingField)
	}
	return QETCBLevel{ISVSVN: v, TCBDate: lj.TCBDate, Status: lj.TCBStatus, AdvisoryIDs: lj.AdvisoryIDs}, nil
}

// QEIdentity is Intel's identity of a quoting enclave (version 2).
type QEIdentity struct {
	ID                      string // "QE", "QVE" or "TD_QE"
	Version                 int
	IssueDate, NextUpdate   time.Time
	TCBEvaluationDataNumber int
	MiscSelect              uint32
	MiscSelectMask          uint32
	Attributes              [16]byte
	AttributesMask          [16]byte
	MRSigner                [32]byte
	ISVProdID               uint16
	TCBLevels               []QETCBLevel
}

type qeIdentityJSON struct {
	ID                      string        `json:"id"`
	Version                 int           `json:"version"`
	IssueDate               time.Time     `json:"issueDate"`
	NextUpdate              time.Time     `json:"nextUpdate"`
	TCBEvaluationDataNumber int           `json:"tcbEvaluationDataNumber"`
	MiscSelect              hexField      `json:"miscselect"`
	MiscSelectMask          hexField      `json:"miscselectMask"`
	Attributes              hexField      `json:"attributes"`
	AttributesMask          hexField      `json:"attributesMask"`
	MRSigner                hexField      `json:"mrsigner"`
	ISVProdID               *int          `json:"isvprodid"`
	TCBLevels               []qeLevelJSON `json:"tcbLevels"`
}

// ParseQEIdentity parses the enclaveIdentity object (the signed part).
func ParseQEIdentity(raw []byte) (*QEIdentity, error) {
	var j qeIdentityJSON
	if err := json.Unmarshal(raw, &j); err != nil {
		return nil, fmt.Errorf("decoding qe_identity: %w: %w", ErrMalformed, err)
	}
	if j.Version != 2 || (j.ID != "QE" && j.ID != "TD_QE" && j.ID != "QVE") {
		return nil, fmt.Errorf("reading qe_identity id %q version %d: %w", j.ID, j.Version, ErrUnsupportedVersion)
	}
	q := &QEIdentity{ID: j.ID, Version: j.Version, IssueDate: j.IssueDate, NextUpdate: j.NextUpdate,
		TCBEvaluationDataNumber: j.TCBEvaluationDataNumber}
	if q.IssueDate.IsZero() || q.NextUpdate.IsZero() || !q.NextUpdate.After(q.IssueDate) {
		return nil, fmt.Errorf("reading qe_identity issueDate/nextUpdate: %w", ErrMalformed)
	}
	var ms, mm [4]byte
	if err := fixedHex("qe_identity miscselect", j.MiscSelect, ms[:]); err != nil {
		return nil, err
	}
	if err := fixedHex("qe_identity miscselectMask", j.MiscSelectMask, mm[:]); err != nil {
		return nil, err
	}
	// Written as a number in hex: big-endian.
	q.MiscSelect, q.MiscSelectMask = binary.BigEndian.Uint32(ms[:]), binary.BigEndian.Uint32(mm[:])
	if err := fixedHex("qe_identity attributes", j.Attributes, q.Attributes[:]); err != nil {
		return nil, err
	}
	if err := fixedHex("qe_identity attributesMask", j.AttributesMask, q.AttributesMask[:]); err != nil {
		return nil, err
	}
	if err := fixedHex("qe_identity mrsigner", j.MRSigner, q.MRSigner[:]); err != nil {
		return nil, err
	}
	v, err := svn16("qe_identity isvprodid", j.ISVProdID)
	if err != nil {
		return nil, err
	}
	q.ISVProdID = v
	if len(j.TCBLevels) == 0 {
		return nil, fmt.Errorf("reading qe_identity tcbLevels: %w", ErrMissingField)
	}
	for _, lj := range j.TCBLevels {
		l, err := parseQELevel("qe_identity", lj)
		if err != nil {
			return nil, err
		}
		q.TCBLevels = append(q.TCBLevels, l)
	}
	return q, nil
}

// OIDs of Intel's SGX extensions in PCK certificates. They are returned
// fresh by the functions below, so no caller can change what the verifier
// looks for.
var (
	oidSGXExtensions = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oidPPID          = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 1}
	oidTCB           = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	oidPCEID         = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	oidFMSPC         = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
	oidSGXType       = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 5}
	oidCPUSVN        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2, 18}
	oidPCESVN        = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2, 17}
)

// OIDSGXExtensions is the PCK certificate extension holding the SGX extensions.
func OIDSGXExtensions() asn1.ObjectIdentifier { return slices.Clone(oidSGXExtensions) }

// OIDPPID is the SGX extension holding the platform's (encrypted) PPID.
func OIDPPID() asn1.ObjectIdentifier { return slices.Clone(oidPPID) }

// OIDTCB is the SGX extension holding the TCB components; component n is OIDTCB.n.
func OIDTCB() asn1.ObjectIdentifier { return slices.Clone(oidTCB) }

// OIDPCEID is the SGX extension holding the PCE id.
func OIDPCEID() asn1.ObjectIdentifier { return slices.Clone(oidPCEID) }

// OIDFMSPC is the SGX extension holding the FMSPC.
func OIDFMSPC() asn1.ObjectIdentifier { return slices.Clone(oidFMSPC) }

// OIDSGXType is the SGX extension holding the SGX type.
func OIDSGXType() asn1.ObjectIdentifier { return slices.Clone(oidSGXType) }

// OIDCPUSVN is TCB component 18 (the raw CPUSVN); 1..16 are component SVNs, 17 is PCESVN.
func OIDCPUSVN() asn1.ObjectIdentifier { return slices.Clone(oidCPUSVN) }

// OIDPCESVN is TCB component 17, the PCESVN.
func OIDPCESVN() asn1.ObjectIdentifier { return slices.Clone(oidPCESVN) }

// PCKInfo is what a PCK certificate's SGX extensions say about the platform.
type PCKInfo struct {
	PPID       []byte
	Components [16]byte // TCB component SVNs 1..16
	PCESVN     uint16
	CPUSVN     [16]byte
	PCEID      [2]byte
	FMSPC      [6]byte
}

// SGXExtension is one entry of the SGX extensions sequence.
type SGXExtension struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

// ParsePCKExtensions extracts PCKInfo from a PCK certificate's SGX extensions
// extension (OID 1.2.840.113741.1.13.1), whose DER value is passed in.
func ParsePCKExtensions(der []byte) (*PCKInfo, error) {
	var exts []SGXExtension
	rest, err := asn1.Unmarshal(der, &exts)
	if err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("decoding SGX extensions: %w", ErrMalformed)
	}
	info := &PCKInfo{}
	var seen [6]bool
	for _, e := range exts {
		switch {
		case e.ID.Equal(oidPPID):
			if err := octets(e.Value, 16, &info.PPID); err != nil {
				return nil, fmt.Errorf("reading PPID: %w", err)
			}
			seen[0] = true
		case e.ID.Equal(oidTCB):
			if err := parsePCKTCB(e.Value, info); err != nil {
				return nil, err
			}
			seen[1] = true
		case e.ID.Equal(oidPCEID):
			var b []byte
			if err := octets(e.Value, 2, &b); err != nil {
				return nil, fmt.Errorf("reading PCE-ID: %w", err)
			}
			copy(info.PCEID[:], b)
			seen[2] = true
		case e.ID.Equal(oidFMSPC):
			var b []byte
			if err := octets(e.Value, 6, &b); err != nil {
				return nil, fmt.Errorf("reading FMSPC: %w", err)
			}
			copy(info.FMSPC[:], b)
			seen[3] = true
		}
	}
	if !seen[1] || !seen[2] || !seen[3] {
		return nil, fmt.Errorf("reading SGX extensions: TCB, PCE-ID and FMSPC required: %w", ErrNoSGXExtensions)
	}
	return info, nil
}

func octets(v asn1.RawValue, n int, dst *[]byte) error {
	if v.Class != asn1.ClassUniversal || v.Tag != asn1.TagOctetString || len(v.Bytes) != n {
		return fmt.Errorf("want %d-byte OCTET STRING: %w", n, ErrMalformed)
	}
	*dst = v.Bytes
	return nil
}

func parsePCKTCB(v asn1.RawValue, info *PCKInfo) error {
	var comps []SGXExtension
	if v.Tag != asn1.TagSequence {
		return fmt.Errorf("reading TCB extension: %w", ErrMalformed)
	}
	if rest, err := asn1.Unmarshal(v.FullBytes, &comps); err != nil || len(rest) != 0 {
		return fmt.Errorf("decoding TCB extension: %w", ErrMalformed)
	}
	var seen [18]bool
	for _, c := range comps {
		if len(c.ID) != len(oidTCB)+1 || !c.ID[:len(oidTCB)].Equal(oidTCB) {
			continue
		}
		n := c.ID[len(oidTCB)]
		switch {
		case n >= 1 && n <= 17:
			var x int
			if rest, err := asn1.Unmarshal(c.Value.FullBytes, &x); err != nil || len(rest) != 0 {
				return fmt.Errorf("reading TCB component %d: %w", n, ErrMalformed)
			}
			if n == 17 {
				if x < 0 || x > 0xffff {
					return fmt.Errorf("reading PCESVN %d: %w", x, ErrMalformed)
				}
				info.PCESVN = uint16(x)
			} else {
				if x < 0 || x > 255 {
					return fmt.Errorf("reading TCB component %d = %d: %w", n, x, ErrMalformed)
				}
				info.Components[n-1] = byte(x)
			}
			seen[n-1] = true
		case n == 18:
			var b []byte
			if err := octets(c.Value, 16, &b); err != nil {
				return fmt.Errorf("reading CPUSVN: %w", err)
			}
			copy(info.CPUSVN[:], b)
			seen[17] = true
		}
	}
	for i, ok := range seen {
		if !ok {
			return fmt.Errorf("reading TCB extension: component %d missing: %w", i+1, ErrMalformed)
		}
	}
	return nil
}
