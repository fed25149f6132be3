package vault

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The throughput measurements: the loops behind `memoc bench`'s seal and
// open rows (package bench) and this package's Seal, Open and Dataset
// benchmarks, here so that both run the same code. They seal zeros (AES-GCM
// and the hashes cost the same whatever the bytes) in chunks of
// DefaultChunkSize on the pipeline's workers, one per core.

// Layer selects what a throughput measurement runs through.
type Layer int

const (
	// ChunkLayer is AES-256-GCM STREAM and BLAKE3 content addresses on the
	// pipeline: sealing and storing chunks, or fetching, checking and
	// opening them. No records, no Merkle leaves.
	ChunkLayer Layer = iota
	// RecordLayer is the whole dataset path through Writer and Reader:
	// 1 MiB opaque records framed into the chunks, their SHA-256 Merkle
	// leaves and root, the chunk layer, and (reading) the manifest's
	// signature.
	RecordLayer
)

// throughputRecord is the payload size of a RecordLayer record: with its
// 3-byte length header, one record fills one chunk.
const throughputRecord = DefaultChunkSize - 3

// SealThroughput seals size bytes (rounded down to whole chunks, at least
// one) through layer into a store that discards the blobs and returns how
// long it took.
func SealThroughput(ctx context.Context, layer Layer, size int64) (time.Duration, error) {
	dek, err := NewDEK(nil)
	if err != nil {
		return 0, err
	}
	defer dek.Destroy()
	chunks := max(1, size/DefaultChunkSize)
	t0 := time.Now()
	if layer == RecordLayer {
		_, err = writeZeros(ctx, discardStore{}, dek, BLAKE3, chunks)
		return time.Since(t0), err
	}
	id, err := NewID(common.Address{1}, nil)
	if err != nil {
		return 0, err
	}
	aead, err := newChunkAEAD(dek, id)
	if err != nil {
		return 0, err
	}
	t0 = time.Now()
	p := newSealer(ctx, discardStore{}, aead, BLAKE3, DefaultChunkSize, false, nil)
	for i := range chunks {
		buf, err := p.buffer()
		if err != nil {
			p.finish()
			return 0, err
		}
		if err := p.submit(buf[:DefaultChunkSize], i == chunks-1); err != nil {
			p.finish()
			return 0, err
		}
	}
	_, err = p.finish()
	return time.Since(t0), err
}

// writeZeros writes chunks records of throughputRecord zero bytes, each
// filling one chunk.
func writeZeros(ctx context.Context, s Store, dek *DEK, ch ContentHash, chunks int64) (*Manifest, error) {
	w, err := NewWriter(ctx, s, dek, WriterOptions{Owner: common.Address{1}, Schema: Schema{Kind: KindBytes}, ContentHash: ch})
	if err != nil {
		return nil, err
	}
	rec := make([]byte, throughputRecord)
	for range chunks {
		if err := w.WriteRecord(Record{Data: rec}); err != nil {
			w.Close()
			return nil, err
		}
	}
	return w.Close()
}

// ThroughputDataset is a dataset of 1 MiB records sealed into memory, to
// be opened for a throughput measurement.
type ThroughputDataset struct {
	store *memStore
	dek   *DEK
	m     *Manifest
}

// NewThroughputDataset seals size bytes (whole chunks, at least one) of
// records into memory, ready to be opened as often as wanted; ch is its
// content hash ("" means BLAKE3). Close it to free the memory and destroy
// its key.
func NewThroughputDataset(ctx context.Context, size int64, ch ContentHash) (*ThroughputDataset, error) {
	if ch == "" {
		ch = BLAKE3
	}
	dek, err := NewDEK(nil)
	if err != nil {
		return nil, err
	}
	d := &ThroughputDataset{store: &memStore{}, dek: dek}
	key, err := crypto.GenerateKey()
	if err == nil {
		d.m, err = writeZeros(ctx, d.store, dek, ch, max(1, size/DefaultChunkSize))
	}
	if err == nil {
		// Readers check the owner's signature: sign with a throwaway key.
		d.m.Owner = crypto.PubkeyToAddress(key.PublicKey)
		err = d.m.Sign(key)
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// PlainSize returns the dataset's plaintext bytes.
func (d *ThroughputDataset) PlainSize() int64 { return d.m.PlainSize }

// Open reads the whole dataset back through layer and returns how long it
// took: at the chunk layer every chunk fetched, its content address
// checked and opened; at the record layer every record read with
// Reader.Next, the Merkle root checked at the end.
func (d *ThroughputDataset) Open(ctx context.Context, layer Layer) (time.Duration, error) {
	t0 := time.Now()
	if layer == RecordLayer {
		r, err := NewReader(ctx, d.store, d.m, d.dek, ReaderOptions{})
		if err != nil {
			return 0, err
		}
		defer r.Close()
		for {
			if _, err := r.Next(); errors.Is(err, io.EOF) {
				return time.Since(t0), nil
			} else if err != nil {
				return 0, fmt.Errorf("reading the dataset back: %w", err)
			}
		}
	}
	aead, err := newChunkAEAD(d.dek, d.m.ID)
	if err != nil {
		return 0, err
	}
	o := newOpener(ctx, d.store, aead, d.m, false, nil)
	defer o.close()
	for {
		pt, leaves, err := o.next()
		if err == io.EOF {
			return time.Since(t0), nil
		}
		if err != nil {
			return 0, fmt.Errorf("opening the dataset: %w", err)
		}
		o.release(pt, leaves)
	}
}

// Close frees the dataset and destroys its key.
func (d *ThroughputDataset) Close() {
	d.dek.Destroy()
	d.store.mu.Lock()
	d.store.m = nil
	d.store.mu.Unlock()
}

// discardStore accepts blobs and forgets them: the store is not what a
// throughput measurement measures.
type discardStore struct{}

func (discardStore) Put(_ context.Context, _ string, r io.Reader, _ int64) error {
	_, err := io.Copy(io.Discard, r)
	return err
}
func (discardStore) Get(context.Context, string) (io.ReadCloser, error) { return nil, ErrNotFound }
func (discardStore) Has(context.Context, string) (bool, error)          { return false, nil }
func (discardStore) Delete(context.Context, string) error               { return nil }

// memStore keeps blobs in memory (throughput datasets, tests).
type memStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memStore) Put(_ context.Context, name string, r io.Reader, _ int64) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	s.m[name] = b
	return nil
}

func (s *memStore) Get(_ context.Context, name string) (io.ReadCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[name]
	if !ok {
		return nil, ErrNotFound
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

func (s *memStore) Has(_ context.Context, name string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[name]
	return ok, nil
}

func (s *memStore) Delete(_ context.Context, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, name)
	return nil
}
