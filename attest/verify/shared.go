package verify

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"hash"
	"sync"
	"time"

	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// shared holds the verified PCK chains and collateral of every Verifier in
// the process. Entries hold time-independent facts only (as the caches of
// one Verifier do) and are keyed by a SHA-256 digest of the trusted roots
// and of the exact bytes that were verified, so that a byte of difference
// (another CRL, a re-signed TCB info, another root) misses and is verified
// in full. A hit is served only when the time asked is inside every
// validity window of the entry: outside them the bytes are verified again
// and refused by the window check as before. Each map holds at most
// maxCache entries and is emptied when full.
var shared = &sharedCache{chains: verdicts[*pckEntry]{m: map[[32]byte]*pckEntry{}}, colls: verdicts[*collEntry]{m: map[[32]byte]*collEntry{}}}

type sharedCache struct {
	chains verdicts[*pckEntry]
	colls  verdicts[*collEntry]
}

// windowed is an entry that holds inside its validity windows.
type windowed interface{ validity() []window }

func (e *pckEntry) validity() []window  { return e.windows }
func (e *collEntry) validity() []window { return e.windows }

// verdicts is one map of the shared cache: verified entries by digest.
type verdicts[E windowed] struct {
	mu sync.RWMutex
	m  map[[32]byte]E
}

// get returns the entry under key if now is inside all its windows.
func (c *verdicts[E]) get(key [32]byte, now time.Time) (E, bool) {
	c.mu.RLock()
	e, ok := c.m[key]
	c.mu.RUnlock()
	if !ok || !within(e.validity(), now) {
		var zero E
		return zero, false
	}
	return e, true
}

// put keeps e under key, emptying the map first when it holds maxCache.
func (c *verdicts[E]) put(key [32]byte, e E) {
	c.mu.Lock()
	if len(c.m) >= maxCache {
		clear(c.m)
	}
	c.m[key] = e
	c.mu.Unlock()
}

// clear empties the map.
func (c *verdicts[E]) clear() {
	c.mu.Lock()
	clear(c.m)
	c.mu.Unlock()
}

// within reports whether now is inside every window.
func within(ws []window, now time.Time) bool {
	for i := range ws {
		if now.Before(ws[i].notBefore) || now.After(ws[i].notAfter) {
			return false
		}
	}
	return true
}

// rootsDigest is SHA-256 over the trusted roots' DER, each length-prefixed.
func rootsDigest(roots []*x509.Certificate) [32]byte {
	h := sha256.New()
	for _, r := range roots {
		field(h, r.Raw)
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// field writes b to h with its length in front, so that no two sequences
// of fields hash the same bytes.
func field(h hash.Hash, b []byte) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	h.Write(n[:])
	h.Write(b)
}

// digest keys bytes of one kind verified under v's roots.
func (v *Verifier) digest(kind string, b []byte) [32]byte {
	h := sha256.New()
	field(h, []byte(kind))
	h.Write(v.rootsKey[:])
	field(h, b)
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// collDigest keys collateral verified under v's roots: the DER of every
// certificate and CRL, the signed TCB info and QE identity bytes with their
// signatures, and the validity dates the verdict's windows are read from
// (they are parsed from those bytes; hashing them too keeps a hand-built
// Collateral whose dates disagree with its bytes from sharing a verdict).
func (v *Verifier) collDigest(c *pcs.Collateral) [32]byte {
	h := sha256.New()
	field(h, []byte("collateral"))
	h.Write(v.rootsKey[:])
	for _, chain := range [][]*x509.Certificate{c.PCKCRLIssuerChain, c.TCBInfoIssuerChain, c.QEIdentityIssuerChain} {
		field(h, binary.BigEndian.AppendUint64(nil, uint64(len(chain))))
		for _, cert := range chain {
			field(h, cert.Raw)
		}
	}
	var ts []byte
	for _, t := range []time.Time{c.RootCACRL.ThisUpdate, c.RootCACRL.NextUpdate, c.PCKCRL.ThisUpdate, c.PCKCRL.NextUpdate,
		c.TCBInfo.IssueDate, c.TCBInfo.NextUpdate, c.QEIdentity.IssueDate, c.QEIdentity.NextUpdate} {
		ts = binary.BigEndian.AppendUint64(ts, uint64(t.Unix()))
		ts = binary.BigEndian.AppendUint32(ts, uint32(t.Nanosecond()))
	}
	field(h, ts)
	field(h, c.RootCACRL.Raw)
	field(h, c.PCKCRL.Raw)
	field(h, c.TCBInfoRaw)
	field(h, c.TCBInfoSignature[:])
	field(h, c.QEIdentityRaw)
	field(h, c.QEIdentitySignature[:])
	var k [32]byte
	h.Sum(k[:0])
	return k
}
