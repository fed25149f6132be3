package vault

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzRecordStream seals arbitrary bytes as a dataset's plaintext stream,
// as a malicious owner could, and reads it back: the record parser behind
// the authentication must never panic or over-allocate, and must either
// return records or one of the package's errors.
func FuzzRecordStream(f *testing.F) {
	f.Add([]byte{}, false, uint8(0))
	f.Add([]byte{3, 'a', 'b', 'c', 0}, false, uint8(2))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, false, uint8(1))
	f.Add([]byte{0x80}, false, uint8(1))
	f.Add(append([]byte{24}, make([]byte, 24)...), true, uint8(1))
	f.Add(append([]byte{23}, make([]byte, 24)...), true, uint8(1))
	key, err := crypto.GenerateKey()
	if err != nil {
		f.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	f.Fuzz(func(t *testing.T, stream []byte, vector bool, records uint8) {
		schema := Schema{Kind: KindBytes}
		if vector {
			schema = Schema{Kind: KindVector, Features: 2, Classes: 3}
		}
		dek, err := NewDEK(nil)
		if err != nil {
			t.Fatal(err)
		}
		defer dek.Destroy()
		ctx := context.Background()
		s := &memStore{}
		w, err := NewWriter(ctx, s, dek, WriterOptions{Owner: owner, Schema: Schema{Kind: KindBytes}, ChunkSize: MinChunkSize})
		if err != nil {
			t.Fatal(err)
		}
		// Bypass the record framing: write the raw stream.
		if err := w.write(stream); err != nil {
			t.Fatal(err)
		}
		m, err := closeRaw(w)
		if err != nil {
			t.Fatal(err)
		}
		m.Schema = schema
		m.Records = min(uint64(records), uint64(m.PlainSize))
		if vector {
			// Manifests of vector datasets must add up: 25-byte records.
			if m.PlainSize%25 != 0 {
				return
			}
			m.Records = uint64(m.PlainSize / 25)
		}
		if m.Records > 0 {
			m.RecordRoot = Hash{1}
		}
		if err := m.Sign(key); err != nil {
			t.Fatal(err)
		}
		r, err := NewReader(ctx, s, m, dek, ReaderOptions{MaxRecordSize: 1 << 16})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		for range 1 << 16 {
			_, err := r.Next()
			if err == nil {
				continue
			}
			if errors.Is(err, io.EOF) || errors.Is(err, ErrRecord) || errors.Is(err, ErrRecordTooLarge) ||
				errors.Is(err, ErrTruncated) || errors.Is(err, ErrRecordRoot) {
				return
			}
			t.Fatalf("unexpected error: %v", err)
		}
		t.Fatal("reader did not finish")
	})
}

// closeRaw is Writer.Close for a stream written with w.write: it seals the
// final chunk and builds the manifest without the check that the workers'
// record hashing saw exactly the records written (a raw stream has none).
func closeRaw(w *Writer) (*Manifest, error) {
	p := w.sealer
	w.sealer = nil
	if err := p.submit(w.cur, true); err != nil {
		return nil, err
	}
	refs, err := p.finish()
	if err != nil {
		return nil, err
	}
	m := &Manifest{
		Version: ManifestVersion, ID: w.id, Owner: w.opts.Owner, Schema: w.opts.Schema,
		ContentHash: w.opts.ContentHash, ChunkSize: w.size, PlainSize: w.plain,
		KeyCheck: w.check, Chunks: refs, RecordRoot: EmptyRoot,
	}
	return m, m.Validate()
}
