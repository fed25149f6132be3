package vault

import (
	"crypto/sha256"
	"fmt"
	"hash"
)

// leafHasher computes the Merkle leaf hashes of the records in a framed
// plaintext stream (uvarint length ‖ payload, repeated), fed to it chunk by
// chunk in stream order. The pipeline workers run it, one chunk at a time
// and in chunk order (a worker waits for its turn, the hasher, from the
// worker of the previous chunk), so that record hashing stays off the
// caller's goroutine and runs beside the sealing or opening of other chunks.
type leafHasher struct {
	h      hash.Hash // SHA-256 of 0x00 ‖ the current record's payload so far
	inRec  bool      // inside a payload, rest bytes to go
	rest   uint64
	hdr    uint64 // length header decoded so far, hdrN bytes of it
	hdrN   int
	sum    Hash
	broken error // set when the stream cannot be parsed; no more leaves then
}

func newLeafHasher() *leafHasher { return &leafHasher{h: sha256.New()} }

var leafPrefix = []byte{0}

// feed hashes the records of p, appending the leaf hash of every record
// that ends in p to leaves.
func (l *leafHasher) feed(p []byte, leaves []Hash) []Hash {
	for len(p) > 0 && l.broken == nil {
		if l.inRec {
			k := int(min(uint64(len(p)), l.rest))
			l.h.Write(p[:k])
			p, l.rest = p[k:], l.rest-uint64(k)
			if l.rest == 0 {
				l.inRec = false
				leaves = append(leaves, l.finish())
			}
			continue
		}
		// The same header grammar as Reader.uvarint.
		c := p[0]
		p = p[1:]
		if l.hdrN == binaryMaxVarint-1 && c > 1 {
			l.broken = fmt.Errorf("bad length header: %w", ErrRecord)
			break
		}
		l.hdr |= uint64(c&0x7f) << (7 * l.hdrN)
		l.hdrN++
		if c >= 0x80 {
			continue
		}
		l.h.Reset()
		l.h.Write(leafPrefix)
		l.rest, l.hdr, l.hdrN = l.hdr, 0, 0
		if l.rest == 0 {
			leaves = append(leaves, l.finish())
		} else {
			l.inRec = true
		}
	}
	return leaves
}

func (l *leafHasher) finish() Hash {
	l.h.Sum(l.sum[:0])
	return l.sum
}

// clean reports whether the stream fed so far ends between records.
func (l *leafHasher) clean() bool { return l.broken == nil && !l.inRec && l.hdrN == 0 }

// leafTurn passes the leafHasher from the worker of one chunk to the worker
// of the next. A nil hasher on the channel means record hashing was given
// up (an earlier chunk failed).
type leafTurn chan *leafHasher

// leafChain hands out the turns of consecutive chunks.
type leafChain struct {
	prev leafTurn
}

func newLeafChain() *leafChain {
	t := make(leafTurn, 1)
	t <- newLeafHasher()
	return &leafChain{prev: t}
}

// link returns the turn to wait for and the turn to pass on for the next chunk.
func (c *leafChain) link() (in, out leafTurn) {
	in, out = c.prev, make(leafTurn, 1)
	c.prev = out
	return in, out
}

// leafPool recycles the leaf slices of chunk results.
type leafPool chan []Hash

func (p leafPool) get() []Hash {
	select {
	case l := <-p:
		return l[:0]
	default:
		return nil
	}
}

func (p leafPool) put(l []Hash) {
	if l == nil {
		return
	}
	select {
	case p <- l[:0]:
	default:
	}
}
