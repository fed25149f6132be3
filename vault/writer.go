package vault

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultMaxRecordSize is the record size limit when the options give none.
const DefaultMaxRecordSize = 64 << 20

// WriterOptions configures a Writer. The zero value of each optional field
// is documented.
type WriterOptions struct {
	// Owner is the dataset owner's Ethereum address. Required.
	Owner common.Address
	// Schema describes the records. Required.
	Schema Schema
	// ChunkSize is the plaintext bytes per chunk; 0 means DefaultChunkSize.
	ChunkSize int
	// ContentHash names blobs; "" means BLAKE3.
	ContentHash ContentHash
	// MaxRecordSize bounds one encoded record; 0 means DefaultMaxRecordSize.
	MaxRecordSize int
	// Rand is the source of the dataset id's 12 random bytes (the first 20
	// are Owner's address); nil means crypto/rand.
	Rand io.Reader
	// Progress, if not nil, is called after each chunk is stored, from the
	// Writer's storing goroutine (keep it short; no locking needed for a
	// progress bar).
	Progress func(Progress)
	// Logger, if not nil, receives a debug line per finished dataset.
	Logger *slog.Logger
}

// Writer seals a stream of records into a Store as a new dataset. Records
// are framed (uvarint length ‖ payload) into one plaintext stream, cut into
// chunks of ChunkSize bytes, sealed and stored while later records are
// still being written; memory stays O(ChunkSize). A Writer is not safe for
// concurrent use.
type Writer struct {
	opts   WriterOptions
	id     ID
	check  Hash
	sealer *sealer
	cur    []byte
	size   int
	n      uint64 // records written
	plain  int64
	err    error
	hdr    [binary.MaxVarintLen64]byte
	enc    []byte
}

// NewWriter starts a new dataset sealed under dek. Call WriteRecord for each
// record and Close to get the manifest (then Sign it and SaveManifest it).
// Cancelling ctx aborts the upload.
func NewWriter(ctx context.Context, s Store, dek *DEK, opts WriterOptions) (*Writer, error) {
	if opts.ChunkSize == 0 {
		opts.ChunkSize = DefaultChunkSize
	}
	if opts.ContentHash == "" {
		opts.ContentHash = BLAKE3
	}
	if opts.MaxRecordSize == 0 {
		opts.MaxRecordSize = DefaultMaxRecordSize
	}
	if opts.ChunkSize < MinChunkSize || opts.ChunkSize > MaxChunkSize {
		return nil, fmt.Errorf("creating writer: chunk size %d outside [%d, %d]", opts.ChunkSize, MinChunkSize, MaxChunkSize)
	}
	if err := opts.ContentHash.check(); err != nil {
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	if err := opts.Schema.Validate(); err != nil {
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	if opts.Owner == (common.Address{}) {
		return nil, fmt.Errorf("creating writer: no owner address")
	}
	if s == nil {
		return nil, fmt.Errorf("creating writer: nil store: %w", ErrUnavailable)
	}
	id, err := NewID(opts.Owner, opts.Rand)
	if err != nil {
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	check, err := dek.keyCheck(id)
	if err != nil {
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	aead, err := newChunkAEAD(dek, id)
	if err != nil {
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	w := &Writer{opts: opts, id: id, check: check, size: opts.ChunkSize}
	w.sealer = newSealer(ctx, s, aead, opts.ContentHash, opts.ChunkSize, true, opts.Progress)
	if w.cur, err = w.sealer.buffer(); err != nil {
		w.sealer.finish()
		return nil, fmt.Errorf("creating writer: %w", err)
	}
	return w, nil
}

// ID returns the new dataset's id.
func (w *Writer) ID() ID { return w.id }

// WriteRecord appends one record. It fails if the record does not fit the
// schema (ErrRecord, the Writer stays usable) or if storing failed (the
// Writer is then dead; Close cleans up).
func (w *Writer) WriteRecord(r Record) error {
	if w.err != nil {
		return w.err
	}
	n, err := w.opts.Schema.payloadSize(&r)
	if err != nil {
		return fmt.Errorf("writing record %d: %w", w.n, err)
	}
	if n > w.opts.MaxRecordSize {
		return fmt.Errorf("writing record %d: %d bytes exceeds %d: %w", w.n, n, w.opts.MaxRecordSize, ErrRecordTooLarge)
	}
	payload := r.Data
	if w.opts.Schema.Kind == KindVector {
		w.enc = w.opts.Schema.appendPayload(w.enc[:0], &r)
		payload = w.enc
	}
	// The pipeline's workers compute the record's leaf hash from the framed
	// stream, in order, beside the sealing of other chunks.
	k := binary.PutUvarint(w.hdr[:], uint64(n))
	if err := w.write(w.hdr[:k]); err != nil {
		return err
	}
	if err := w.write(payload); err != nil {
		return err
	}
	w.n++
	return nil
}

func (w *Writer) write(p []byte) error {
	for len(p) > 0 {
		if len(w.cur) == w.size {
			if err := w.sealer.submit(w.cur, false); err != nil {
				w.err = err
				return err
			}
			var err error
			if w.cur, err = w.sealer.buffer(); err != nil {
				w.err = err
				return err
			}
		}
		k := copy(w.cur[len(w.cur):w.size], p)
		w.cur = w.cur[:len(w.cur)+k]
		p = p[k:]
		w.plain += int64(k)
	}
	return nil
}

// Close seals the final chunk, waits until every chunk is stored and
// returns the dataset's unsigned manifest. If anything failed, Close
// deletes the chunks already stored (best effort) and returns the error.
func (w *Writer) Close() (*Manifest, error) {
	if w.sealer == nil {
		return nil, ErrClosed
	}
	p := w.sealer
	w.sealer = nil
	if w.err == nil {
		if err := p.submit(w.cur, true); err != nil {
			w.err = err
		}
	} else {
		clear(w.cur)
	}
	clear(w.enc)
	refs, err := p.finish()
	if err == nil {
		err = w.err
	}
	if err == nil {
		err = p.recordsDone(w.n)
	}
	if err != nil {
		w.cleanup(p, refs)
		if errors.Is(err, ErrClosed) {
			err = fmt.Errorf("closing writer: %w", err)
		}
		w.err = ErrClosed
		return nil, err
	}
	w.err = ErrClosed
	m := &Manifest{
		Version:     ManifestVersion,
		ID:          w.id,
		Owner:       w.opts.Owner,
		Schema:      w.opts.Schema,
		ContentHash: w.opts.ContentHash,
		ChunkSize:   w.size,
		PlainSize:   w.plain,
		Records:     w.n,
		RecordRoot:  p.tree.root(),
		KeyCheck:    w.check,
		Chunks:      refs,
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("closing writer: %w", err)
	}
	if w.opts.Logger != nil {
		w.opts.Logger.Debug("dataset sealed", slog.String("dataset", w.id.String()),
			slog.Uint64("records", m.Records), slog.Int("chunks", len(refs)), slog.Int64("bytes", m.PlainSize))
	}
	return m, nil
}

// cleanup deletes the chunks a failed writer stored (best effort: the
// store may be what failed). Chunks are unique to this dataset (its own
// key), so no other dataset loses a blob.
func (w *Writer) cleanup(p *sealer, refs []ChunkRef) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(p.ctx), 30*time.Second)
	defer cancel()
	for _, r := range refs {
		_ = p.store.Delete(ctx, r.Hash.String())
	}
}
