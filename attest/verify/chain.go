package verify

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/x509"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// pckEntry is a parsed and verified PCK chain (time-independent facts only).
type pckEntry struct {
	chain   []*x509.Certificate
	root    *x509.Certificate
	leafKey *ecdsa.PublicKey
	info    *pcs.PCKInfo
	windows []window
	lastKey atomic.Pointer[attestKeyEntry]
}

type attestKeyEntry struct {
	raw [64]byte
	key *ecdsa.PublicKey
}

// attestKey parses an attestation key, remembering the last one seen on
// this platform (a QE keeps its key across quotes).
func (p *pckEntry) attestKey(raw [64]byte) (*ecdsa.PublicKey, error) {
	if e := p.lastKey.Load(); e != nil && e.raw == raw {
		return e.key, nil
	}
	k, err := parseAttestKey(raw)
	if err != nil {
		return nil, err
	}
	p.lastKey.Store(&attestKeyEntry{raw: raw, key: k})
	return k, nil
}

// pckChain returns the verified PCK chain of certData, from the cache when
// these exact bytes were verified before (by v, or under the same roots by
// another Verifier when now is inside the chain's validity windows).
func (v *Verifier) pckChain(certData []byte, now time.Time) (*pckEntry, error) {
	v.mu.RLock()
	e := v.chains[string(certData)]
	v.mu.RUnlock()
	if e != nil {
		return e, nil
	}
	key := v.digest("PCK chain", certData)
	if e, ok := shared.chains.get(key, now); ok {
		v.keepChain(certData, e)
		return e, nil
	}
	chain, err := pcs.ParseChain("PCK certificate chain", certData)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	}
	root, windows, err := v.verifyChain("PCK", chain)
	if err != nil {
		return nil, err
	}
	leafKey, ok := chain[0].PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("PCK leaf key is not ECDSA: %w", ErrChain)
	}
	var ext []byte
	for _, x := range chain[0].Extensions {
		if x.Id.Equal(pcs.OIDSGXExtensions()) {
			ext = x.Value
		}
	}
	if ext == nil {
		return nil, fmt.Errorf("reading PCK leaf: %w", pcs.ErrNoSGXExtensions)
	}
	info, err := pcs.ParsePCKExtensions(ext)
	if err != nil {
		return nil, fmt.Errorf("reading PCK leaf: %w", err)
	}
	e = &pckEntry{chain: chain, root: root, leafKey: leafKey, info: info, windows: windows}
	shared.chains.put(key, e)
	v.keepChain(certData, e)
	return e, nil
}

func (v *Verifier) keepChain(certData []byte, e *pckEntry) {
	v.mu.Lock()
	if len(v.chains) >= maxCache {
		clear(v.chains)
	}
	v.chains[string(certData)] = e
	v.mu.Unlock()
}

// verifyChain checks a leaf-first chain: names link, each certificate is
// signed by the next, which is a CA within its path length, and the top has
// the subject and key of a trusted root. It returns that root and the
// validity windows of the chain and the root.
func (v *Verifier) verifyChain(name string, chain []*x509.Certificate) (*x509.Certificate, []window, error) {
	if len(chain) < 2 {
		return nil, nil, fmt.Errorf("%s chain has %d certificate(s), want leaf and root at least: %w", name, len(chain), ErrChain)
	}
	var windows []window
	for i, c := range chain {
		if len(c.UnhandledCriticalExtensions) > 0 {
			return nil, nil, fmt.Errorf("%s chain certificate %q has unhandled critical extensions: %w", name, c.Subject.CommonName, ErrChain)
		}
		windows = append(windows, window{what: fmt.Sprintf("%s chain certificate %q", name, c.Subject.CommonName), notBefore: c.NotBefore, notAfter: c.NotAfter})
		parent := c // the top must be self-signed
		if i+1 < len(chain) {
			parent = chain[i+1]
		}
		if !bytes.Equal(c.RawIssuer, parent.RawSubject) {
			return nil, nil, fmt.Errorf("%s chain: %q is not issued by %q: %w", name, c.Subject.CommonName, parent.Subject.CommonName, ErrChain)
		}
		if parent.BasicConstraintsValid && (parent.MaxPathLen > 0 || parent.MaxPathLenZero) && i > parent.MaxPathLen && parent != c {
			return nil, nil, fmt.Errorf("%s chain: path length of %q exceeded: %w", name, parent.Subject.CommonName, ErrChain)
		}
		if err := c.CheckSignatureFrom(parent); err != nil {
			return nil, nil, fmt.Errorf("%s chain: checking %q: %w: %w", name, c.Subject.CommonName, ErrChain, err)
		}
	}
	top := chain[len(chain)-1]
	for _, r := range v.roots {
		if bytes.Equal(r.RawSubject, top.RawSubject) && bytes.Equal(r.RawSubjectPublicKeyInfo, top.RawSubjectPublicKeyInfo) {
			windows = append(windows, window{what: fmt.Sprintf("trusted root %q", r.Subject.CommonName), notBefore: r.NotBefore, notAfter: r.NotAfter})
			return r, windows, nil
		}
	}
	return nil, nil, fmt.Errorf("%s chain ends in %q, which is not a trusted root: %w", name, top.Subject.CommonName, ErrChain)
}

// collEntry is verified collateral (time-independent facts only).
type collEntry struct {
	root         *x509.Certificate
	pckCRLIssuer []byte
	pckRevoked   map[string]struct{}
	rootRevoked  map[string]struct{}
	windows      []window
	issued       time.Time
}

func (v *Verifier) collateral(c *pcs.Collateral, now time.Time) (*collEntry, error) {
	v.mu.RLock()
	e := v.colls[c]
	v.mu.RUnlock()
	if e != nil {
		return e, nil
	}
	if err := complete(c); err != nil {
		return nil, err
	}
	key := v.collDigest(c)
	e, ok := shared.colls.get(key, now)
	if !ok {
		var err error
		if e, err = v.verifyCollateral(c); err != nil {
			return nil, err
		}
		shared.colls.put(key, e)
	}
	v.mu.Lock()
	if len(v.colls) >= maxCache {
		clear(v.colls)
	}
	v.colls[c] = e
	v.mu.Unlock()
	return e, nil
}

func complete(c *pcs.Collateral) error {
	if c.TCBInfo == nil || c.QEIdentity == nil || c.RootCACRL == nil || c.PCKCRL == nil {
		return fmt.Errorf("collateral incomplete (build it with pcs.ParseCollateral): %w", pcs.ErrMissingField)
	}
	return nil
}

func (v *Verifier) verifyCollateral(c *pcs.Collateral) (*collEntry, error) {
	if err := complete(c); err != nil {
		return nil, err
	}
	e := &collEntry{}
	var root *x509.Certificate
	for _, ch := range []struct {
		name  string
		chain []*x509.Certificate
	}{{"PCK CRL issuer", c.PCKCRLIssuerChain}, {"TCB info issuer", c.TCBInfoIssuerChain}, {"QE identity issuer", c.QEIdentityIssuerChain}} {
		r, ws, err := v.verifyChain(ch.name, ch.chain)
		if err != nil {
			return nil, err
		}
		if root != nil && r != root {
			return nil, fmt.Errorf("%s chain ends in another root than the PCK CRL chain: %w", ch.name, ErrCollateralMismatch)
		}
		root = r
		e.windows = append(e.windows, ws...)
	}
	e.root = root

	crls := []struct {
		name   string
		crl    *x509.RevocationList
		issuer *x509.Certificate
	}{{"root CA CRL", c.RootCACRL, c.PCKCRLIssuerChain[len(c.PCKCRLIssuerChain)-1]}, {"PCK CRL", c.PCKCRL, c.PCKCRLIssuerChain[0]}}
	for _, x := range crls {
		if !bytes.Equal(x.crl.RawIssuer, x.issuer.RawSubject) {
			return nil, fmt.Errorf("%s is issued by another CA than its chain says: %w", x.name, ErrChain)
		}
		if err := x.crl.CheckSignatureFrom(x.issuer); err != nil {
			return nil, fmt.Errorf("checking %s: %w: %w", x.name, &SignatureError{What: x.name}, err)
		}
		if x.crl.NextUpdate.IsZero() {
			return nil, fmt.Errorf("%s has no nextUpdate: %w", x.name, pcs.ErrMalformed)
		}
		e.windows = append(e.windows, window{what: x.name, notBefore: x.crl.ThisUpdate, notAfter: x.crl.NextUpdate})
	}
	e.pckCRLIssuer = c.PCKCRL.RawIssuer
	e.pckRevoked = revokedSet(c.PCKCRL)
	e.rootRevoked = revokedSet(c.RootCACRL)
	// Certificates the root issued for the collateral must not be revoked.
	for _, cert := range []*x509.Certificate{c.PCKCRLIssuerChain[0], c.TCBInfoIssuerChain[0], c.QEIdentityIssuerChain[0]} {
		if _, ok := e.rootRevoked[string(cert.SerialNumber.Bytes())]; ok {
			return nil, fmt.Errorf("checking root CA CRL: %q: %w", cert.Subject.CommonName, ErrRevoked)
		}
	}

	for _, s := range []struct {
		name   string
		signer *x509.Certificate
		msg    []byte
		sig    *[64]byte
	}{{"TCB info", c.TCBInfoIssuerChain[0], c.TCBInfoRaw, &c.TCBInfoSignature},
		{"QE identity", c.QEIdentityIssuerChain[0], c.QEIdentityRaw, &c.QEIdentitySignature}} {
		key, ok := s.signer.PublicKey.(*ecdsa.PublicKey)
		if !ok || !verifyRaw(key, s.msg, s.sig) {
			return nil, fmt.Errorf("verifying %s: %w", s.name, &SignatureError{What: s.name + " by its issuer"})
		}
	}
	e.windows = append(e.windows,
		window{what: "TCB info", notBefore: c.TCBInfo.IssueDate, notAfter: c.TCBInfo.NextUpdate},
		window{what: "QE identity", notBefore: c.QEIdentity.IssueDate, notAfter: c.QEIdentity.NextUpdate})
	e.issued = c.TCBInfo.IssueDate
	if c.QEIdentity.IssueDate.Before(e.issued) {
		e.issued = c.QEIdentity.IssueDate
	}
	return e, nil
}

func revokedSet(crl *x509.RevocationList) map[string]struct{} {
	m := make(map[string]struct{}, len(crl.RevokedCertificateEntries))
	for _, r := range crl.RevokedCertificateEntries {
		if r.SerialNumber != nil {
			m[string(r.SerialNumber.Bytes())] = struct{}{}
		}
	}
	return m
}

// checkQE matches the QE report against the QE identity and returns the
// QE's TCB status.
func checkQE(r *abi.EnclaveReport, id *pcs.QEIdentity) (pcs.TCBStatus, []string, error) {
	if r.MRSigner != id.MRSigner {
		return "", nil, fmt.Errorf("checking QE MRSIGNER %x against %x: %w", r.MRSigner, id.MRSigner, ErrQEIdentity)
	}
	if r.ISVProdID != id.ISVProdID {
		return "", nil, fmt.Errorf("checking QE ISVPRODID %d against %d: %w", r.ISVProdID, id.ISVProdID, ErrQEIdentity)
	}
	if r.MiscSelect&id.MiscSelectMask != id.MiscSelect {
		return "", nil, fmt.Errorf("checking QE MISCSELECT %08x: %w", r.MiscSelect, ErrQEIdentity)
	}
	for i := range r.Attributes {
		if r.Attributes[i]&id.AttributesMask[i] != id.Attributes[i] {
			return "", nil, fmt.Errorf("checking QE attributes %x: %w", r.Attributes, ErrQEIdentity)
		}
	}
	for _, l := range id.TCBLevels {
		if r.ISVSVN >= l.ISVSVN {
			return l.Status, l.AdvisoryIDs, nil
		}
	}
	return "", nil, fmt.Errorf("checking QE ISVSVN %d: below every TCB level: %w", r.ISVSVN, ErrQEIdentity)
}

// matchTCB returns the status of the first TCB level (they are sorted best
// first) whose SVNs the platform meets or exceeds component by component:
// the 16 SGX components and PCESVN from the PCK certificate and, for TDX,
// the TEE TCB SVN vector tee (its first two bytes are the module's and are
// judged by checkModule when the module version is not zero).
//
// A platform below every level is older than anything Intel still lists:
// it gets the lowest level's status, and never better than OutOfDate, with
// below set (see docs/RATIONALE.md: the real tdx_quote_outdated sample is
// such a platform).
func matchTCB(t *pcs.TCBInfo, p *pcs.PCKInfo, tee *[16]byte) (status pcs.TCBStatus, adv []string, below bool, err error) {
	if len(t.TCBLevels) == 0 {
		return "", nil, false, fmt.Errorf("TCB info has no levels: %w", ErrTCBNotFound)
	}
	for i := range t.TCBLevels {
		l := &t.TCBLevels[i]
		if p.PCESVN < l.PCESVN || !geq(p.Components[:], l.SGXComponents[:]) {
			continue
		}
		if tee != nil {
			start := 0
			if tee[1] > 0 {
				start = 2
			}
			if !geq(tee[start:], l.TDXComponents[start:]) {
				continue
			}
		}
		return l.Status, l.AdvisoryIDs, false, nil
	}
	last := &t.TCBLevels[len(t.TCBLevels)-1]
	return worse(last.Status, pcs.OutOfDate), last.AdvisoryIDs, true, nil
}

// worse returns the worse of two statuses in the order of pcs.Statuses().
func worse(a, b pcs.TCBStatus) pcs.TCBStatus {
	if rank(a) >= rank(b) {
		return a
	}
	return b
}

func rank(s pcs.TCBStatus) int {
	all := pcs.Statuses()
	for i, x := range all {
		if x == s {
			return i
		}
	}
	return len(all)
}

func geq(have, want []byte) bool {
	for i := range want {
		if have[i] < want[i] {
			return false
		}
	}
	return true
}

// checkModule matches the TDX module against TCB info and returns the
// module's TCB status ("" when the TCB info has no identity to judge it by,
// i.e. module version 0).
func checkModule(t *pcs.TCBInfo, td *abi.TDReport, tee *[16]byte) (pcs.TCBStatus, []string, error) {
	if t.TDXModule == nil {
		return "", nil, fmt.Errorf("TCB info has no tdxModule: %w", ErrTDXModule)
	}
	isvsvn, version := tee[0], tee[1]
	match := func(m *pcs.TDXModule) error {
		if td.MRSignerSEAM != m.MRSigner {
			return fmt.Errorf("checking MRSIGNERSEAM %x: %w", td.MRSignerSEAM, ErrTDXModule)
		}
		for i := range m.Attributes {
			if td.SEAMAttributes[i]&m.AttributesMask[i] != m.Attributes[i] {
				return fmt.Errorf("checking SEAM attributes %x: %w", td.SEAMAttributes, ErrTDXModule)
			}
		}
		return nil
	}
	if version == 0 {
		return "", nil, match(t.TDXModule)
	}
	want := fmt.Sprintf("TDX_%02X", version)
	for i := range t.TDXModuleIdentities {
		id := &t.TDXModuleIdentities[i]
		if id.ID != want {
			continue
		}
		if err := match(&id.TDXModule); err != nil {
			return "", nil, err
		}
		for _, l := range id.TCBLevels {
			if uint16(isvsvn) >= l.ISVSVN {
				return l.Status, l.AdvisoryIDs, nil
			}
		}
		return "", nil, fmt.Errorf("checking TDX module %s ISVSVN %d: below every level: %w", want, isvsvn, ErrTDXModule)
	}
	return "", nil, fmt.Errorf("finding TDX module identity %s in TCB info: %w", want, ErrTDXModule)
}
