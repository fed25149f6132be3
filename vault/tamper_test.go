package vault_test

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

const tamperChunk = vault.MinChunkSize * 4

// fourPerChunk returns records that frame to exactly a quarter chunk each,
// so chunk k holds records 4k..4k+3 and an error's position tells which
// records may have been released before it.
func fourPerChunk(chunks int) []vault.Record {
	var recs []vault.Record
	for i := range 4 * chunks {
		d := bytes.Repeat([]byte{byte(i)}, tamperChunk/4-2) // 2-byte length header
		recs = append(recs, vault.Record{Data: d})
	}
	return recs
}

// putBlob stores b under its content address and returns its reference.
func putBlob(t *testing.T, s vault.Store, b []byte) vault.ChunkRef {
	t.Helper()
	h, err := vault.BLAKE3.Sum(b)
	require.NoError(t, err)
	require.NoError(t, s.Put(context.Background(), h.String(), bytes.NewReader(b), int64(len(b))))
	return vault.ChunkRef{Hash: h, Size: int64(len(b))}
}

func getBlob(t *testing.T, s vault.Store, ref vault.ChunkRef) []byte {
	t.Helper()
	rc, err := s.Get(context.Background(), ref.Hash.String())
	require.NoError(t, err)
	defer rc.Close()
	b, err := io.ReadAll(rc)
	require.NoError(t, err)
	return b
}

func TestTamperRejected(t *testing.T) {
	ctx := context.Background()
	recs := fourPerChunk(4) // 4 full chunks, 16 records

	for _, tc := range []struct {
		name string
		// tamper changes the store and/or returns the manifest to read with.
		tamper func(t *testing.T, s *vault.DirStore, m *vault.Manifest, other *vault.Manifest) *vault.Manifest
		want   error
		// released is the most records that may come out before the error.
		released int
	}{
		{"flipped bit in stored blob", func(t *testing.T, s *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			b := getBlob(t, s, m.Chunks[1])
			b[100] ^= 1
			require.NoError(t, s.Put(ctx, m.Chunks[1].Hash.String(), bytes.NewReader(b), int64(len(b))))
			return m
		}, vault.ErrBlobHash, 4},
		{"truncated stored blob", func(t *testing.T, s *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			b := getBlob(t, s, m.Chunks[2])[:100]
			require.NoError(t, s.Put(ctx, m.Chunks[2].Hash.String(), bytes.NewReader(b), int64(len(b))))
			return m
		}, vault.ErrBlobHash, 8},
		{"missing blob", func(t *testing.T, s *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			require.NoError(t, s.Delete(ctx, m.Chunks[0].Hash.String()))
			return m
		}, vault.ErrNotFound, 0},
		{"chunks swapped", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) { c.Chunks[1], c.Chunks[2] = c.Chunks[2], c.Chunks[1] })
		}, vault.ErrChunkOrder, 4},
		{"chunk dropped", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) {
				c.Chunks = append(c.Chunks[:1], c.Chunks[2:]...)
				c.PlainSize -= tamperChunk
			})
		}, vault.ErrChunkOrder, 4},
		{"chunk duplicated", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) {
				c.Chunks = append(c.Chunks[:2], c.Chunks[1:]...)
				c.PlainSize += tamperChunk
			})
		}, vault.ErrChunkOrder, 8},
		{"final chunk dropped (truncation)", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) {
				c.Chunks = c.Chunks[:3]
				c.PlainSize -= tamperChunk
			})
		}, vault.ErrTruncated, 8},
		{"chunk appended after the final one (extension)", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) {
				c.Chunks = append(c.Chunks, c.Chunks[0])
				c.PlainSize += tamperChunk
			})
		}, vault.ErrExtended, 12},
		{"ciphertext changed and renamed", func(t *testing.T, s *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			b := getBlob(t, s, m.Chunks[1])
			b[7] ^= 0x80
			ref := putBlob(t, s, b)
			return resign(t, m, func(c *vault.Manifest) { c.Chunks[1] = ref })
		}, vault.ErrChunkAuth, 4},
		{"chunk of another dataset under the same key", func(t *testing.T, _ *vault.DirStore, m, other *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) { c.Chunks[0] = other.Chunks[0] })
		}, vault.ErrChunkAuth, 0},
		{"manifest signed by a stranger", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			c := *m
			c.Owner = addressOf(strangerKey)
			require.NoError(t, c.Sign(strangerKey))
			c.Owner = m.Owner
			return &c
		}, vault.ErrBadSignature, 0},
		{"manifest changed after signing", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			c := *m
			c.Records--
			return &c
		}, vault.ErrBadSignature, 0},
		{"manifest without signature", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			c := *m
			c.Signature = nil
			return &c
		}, vault.ErrBadSignature, 0},
		{"record count lied about", func(t *testing.T, _ *vault.DirStore, m, _ *vault.Manifest) *vault.Manifest {
			return resign(t, m, func(c *vault.Manifest) { c.Records-- })
		}, vault.ErrRecordRoot, 16},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, dek := newDirStore(t), newDEK(t)
			m := seal(t, s, dek, bytesSchema, tamperChunk, recs)
			require.Len(t, m.Chunks, 4)
			other := seal(t, s, dek, bytesSchema, tamperChunk, recs[:4])

			got, _, err := readAll(t, s, tc.tamper(t, s, m, other), dek)
			t.Logf("got %d records, then: %v", len(got), err)
			require.ErrorIs(t, err, tc.want)
			require.LessOrEqual(t, len(got), tc.released, "records released past the failed chunk")
			for i, r := range got {
				require.Equal(t, recs[i].Data, r.Data, "released record %d differs", i)
			}
		})
	}
}

func TestWrongKey(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, tamperChunk, fourPerChunk(2))
	got, _, err := readAll(t, s, m, newDEK(t))
	require.ErrorIs(t, err, vault.ErrWrongKey)
	require.Empty(t, got)

	destroyed := newDEK(t)
	destroyed.Destroy()
	_, _, err = readAll(t, s, m, destroyed)
	require.ErrorIs(t, err, vault.ErrKeyDestroyed)
}
