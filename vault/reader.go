package vault

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"slices"
)

// ReaderOptions configures a Reader. The zero value of each field is
// documented.
type ReaderOptions struct {
	// MaxRecordSize bounds one record, and so the Reader's memory beyond its
	// chunk buffers; 0 means DefaultMaxRecordSize.
	MaxRecordSize int
	// Progress, if not nil, is called after each chunk is opened, from the
	// Reader's decrypting goroutine.
	Progress func(Progress)
}

// Reader decrypts a dataset record by record. It checks, in this order:
// the manifest's signature (ErrBadSignature), the key (ErrWrongKey), every
// blob's content address (ErrBlobHash), every chunk's authenticity and
// position (ErrChunkAuth, ErrChunkOrder, ErrTruncated, ErrExtended), and
// at the end the record count and Merkle root (ErrRecordRoot). A record is
// returned only once every chunk it lies in authenticated; after an error
// no further record is returned. A Reader is not safe for concurrent use.
type Reader struct {
	m      *Manifest
	o      *opener
	maxRec int

	cur    []byte // unread plaintext of the current chunk
	chunk  []byte // the buffer cur lies in
	leaves []Hash // leaf hashes of the records ending in chunk, not yet returned
	chunkL []Hash // the slice leaves lies in
	rec    []byte // assembly buffer for records spanning chunks
	feats  []float64
	tree   rootBuilder
	last   Hash
	err    error
}

// NewReader verifies m and dek and starts reading the dataset from s.
// Close the Reader when done, also after an error.
func NewReader(ctx context.Context, s Store, m *Manifest, dek *DEK, opts ReaderOptions) (*Reader, error) {
	if m == nil {
		return nil, fmt.Errorf("opening dataset: nil manifest: %w", ErrManifest)
	}
	// Verify and use a private copy, so that later changes to *m by the
	// caller cannot change what was verified.
	mc := *m
	mc.Chunks = slices.Clone(m.Chunks)
	mc.Schema.Columns = slices.Clone(m.Schema.Columns)
	mc.Signature = slices.Clone(m.Signature)
	m = &mc
	if err := m.Verify(); err != nil {
		return nil, fmt.Errorf("opening dataset %s: %w", m.ID, err)
	}
	if dek == nil {
		return nil, fmt.Errorf("opening dataset %s: nil key: %w", m.ID, ErrWrongKey)
	}
	check, err := dek.keyCheck(m.ID)
	if err != nil {
		return nil, fmt.Errorf("opening dataset %s: %w", m.ID, err)
	}
	if subtle.ConstantTimeCompare(check[:], m.KeyCheck[:]) != 1 {
		return nil, fmt.Errorf("opening dataset %s: %w", m.ID, ErrWrongKey)
	}
	aead, err := newChunkAEAD(dek, m.ID)
	if err != nil {
		return nil, fmt.Errorf("opening dataset %s: %w", m.ID, err)
	}
	if s == nil {
		return nil, fmt.Errorf("opening dataset %s: nil store: %w", m.ID, ErrUnavailable)
	}
	if opts.MaxRecordSize == 0 {
		opts.MaxRecordSize = DefaultMaxRecordSize
	}
	return &Reader{m: m, o: newOpener(ctx, s, aead, m, true, opts.Progress), maxRec: opts.MaxRecordSize}, nil
}

// Manifest returns the Reader's verified copy of the dataset's manifest.
func (r *Reader) Manifest() *Manifest { return r.m }

// Next returns the next record, or io.EOF after the last one once the
// record count and Merkle root matched the manifest. The record's slices
// (Data, Features) are valid only until the next call of Next or Close.
func (r *Reader) Next() (Record, error) {
	if r.err != nil {
		return Record{}, r.err
	}
	rec, err := r.next()
	if err != nil {
		r.err = err
		return Record{}, err
	}
	return rec, nil
}

// Index returns the index of the record last returned by Next (only
// meaningful after Next returned a record).
func (r *Reader) Index() uint64 { return r.tree.n - 1 }

// LeafHash returns the Merkle leaf hash of the record last returned by
// Next; collect them into a Tree to prove which records a result used.
func (r *Reader) LeafHash() Hash { return r.last }

func (r *Reader) next() (Record, error) {
	n, err := r.uvarint()
	if err == io.EOF {
		if r.tree.n != r.m.Records || r.tree.root() != r.m.RecordRoot {
			return Record{}, fmt.Errorf("read %d records with root %s, manifest says %d with root %s: %w",
				r.tree.n, r.tree.root(), r.m.Records, r.m.RecordRoot, ErrRecordRoot)
		}
		return Record{}, io.EOF
	}
	if err != nil {
		return Record{}, err
	}
	if n > uint64(r.maxRec) {
		return Record{}, fmt.Errorf("reading record %d: %d bytes exceeds %d: %w", r.tree.n, n, r.maxRec, ErrRecordTooLarge)
	}
	payload, err := r.payload(int(n))
	if err != nil {
		return Record{}, fmt.Errorf("reading record %d: %w", r.tree.n, err)
	}
	rec, err := r.m.Schema.decodePayload(payload, r.feats)
	if err != nil {
		return Record{}, fmt.Errorf("reading record %d: %w", r.tree.n, err)
	}
	if rec.Features != nil {
		r.feats = rec.Features
	}
	// The record ends in the current chunk, whose leaves the opener's
	// workers computed from the same framing.
	if len(r.leaves) == 0 {
		return Record{}, fmt.Errorf("reading record %d: no leaf hash for it: %w", r.tree.n, ErrRecord)
	}
	r.last, r.leaves = r.leaves[0], r.leaves[1:]
	r.tree.add(r.last)
	if r.tree.n > r.m.Records {
		return Record{}, fmt.Errorf("more than the manifest's %d records: %w", r.m.Records, ErrRecordRoot)
	}
	return rec, nil
}

// fill makes cur non-empty, moving to the next chunk; io.EOF at the end.
func (r *Reader) fill() error {
	for len(r.cur) == 0 {
		if r.chunk != nil {
			// The record returned last may lie in this chunk, but the
			// caller gave it up by calling Next again.
			r.o.release(r.chunk, r.chunkL)
			r.chunk, r.chunkL, r.leaves = nil, nil, nil
		}
		b, leaves, err := r.o.next()
		if err != nil {
			return err
		}
		r.chunk, r.cur, r.chunkL, r.leaves = b, b, leaves, leaves
	}
	return nil
}

// uvarint reads a record header; io.EOF only at a clean end.
func (r *Reader) uvarint() (uint64, error) {
	var x uint64
	for i := range binaryMaxVarint {
		if err := r.fill(); err != nil {
			if err == io.EOF && i > 0 {
				return 0, fmt.Errorf("reading record %d: stream ends inside a header: %w", r.tree.n, ErrTruncated)
			}
			return 0, err
		}
		c := r.cur[0]
		r.cur = r.cur[1:]
		if i == binaryMaxVarint-1 && c > 1 {
			break
		}
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return x, nil
		}
	}
	return 0, fmt.Errorf("reading record %d: bad length header: %w", r.tree.n, ErrRecord)
}

const binaryMaxVarint = 10

// payload returns the next n bytes, without copying when they lie in one chunk.
func (r *Reader) payload(n int) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	if err := r.fill(); err != nil {
		return nil, eofIsTruncation(err)
	}
	if len(r.cur) >= n {
		p := r.cur[:n:n]
		r.cur = r.cur[n:]
		return p, nil
	}
	r.rec = r.rec[:0]
	for len(r.rec) < n {
		if err := r.fill(); err != nil {
			return nil, eofIsTruncation(err)
		}
		k := min(n-len(r.rec), len(r.cur))
		r.rec = append(r.rec, r.cur[:k]...)
		r.cur = r.cur[k:]
	}
	return r.rec, nil
}

func eofIsTruncation(err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("stream ends inside a record: %w", ErrTruncated)
	}
	return err
}

// Close stops the Reader and wipes its buffers.
func (r *Reader) Close() error {
	if r.o == nil {
		return nil
	}
	if r.chunk != nil {
		r.o.release(r.chunk, r.chunkL) // wiped by close
	}
	r.o.close()
	clear(r.rec[:cap(r.rec)])
	clear(r.feats)
	r.o, r.cur, r.chunk, r.rec, r.chunkL, r.leaves = nil, nil, nil, nil, nil, nil
	if r.err == nil {
		r.err = ErrClosed
	}
	return nil
}
