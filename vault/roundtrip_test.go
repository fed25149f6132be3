package vault_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// oneRecordOfStreamSize returns records whose framed stream is exactly n bytes.
func oneRecordOfStreamSize(rng *rand.Rand, n int) []vault.Record {
	if n == 0 {
		return nil
	}
	l := n - 1
	for l+binary.PutUvarint(make([]byte, 10), uint64(l)) > n {
		l--
	}
	require := l + binary.PutUvarint(make([]byte, 10), uint64(l))
	if require != n {
		panic(fmt.Sprintf("no single record frames to %d bytes", n))
	}
	data := make([]byte, l)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	return []vault.Record{{Data: data}}
}

func TestRoundTripSizes(t *testing.T) {
	for _, chunk := range []int{vault.MinChunkSize * 4, vault.DefaultChunkSize} {
		for _, n := range []int{0, 1, chunk - 1, chunk, chunk + 1, 3*chunk + 17} {
			t.Run(fmt.Sprintf("chunk=%d/size=%d", chunk, n), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(n), 1))
				s, dek := newDirStore(t), newDEK(t)
				recs := oneRecordOfStreamSize(rng, n)
				m := seal(t, s, dek, bytesSchema, chunk, recs)
				require.Equal(t, int64(n), m.PlainSize)
				require.Len(t, m.Chunks, max(1, (n+chunk-1)/chunk))
				require.Equal(t, uint64(len(recs)), m.Records)

				got, leaves, err := readAll(t, s, m, dek)
				require.NoError(t, err)
				require.Len(t, got, len(recs))
				for i := range recs {
					require.Equal(t, recs[i].Data, got[i].Data)
					h, err := vault.RecordHash(bytesSchema, recs[i])
					require.NoError(t, err)
					require.Equal(t, h, leaves[i], "leaf hash computed apart from the pipeline")
				}
				require.Equal(t, m.RecordRoot, vault.NewTree(leaves).Root())
			})
		}
	}
}

func TestRoundTripManyRecords(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	vec := vault.Schema{Kind: vault.KindVector, Features: 5, Classes: 3}
	var vecs []vault.Record
	for i := range 2000 {
		f := make([]float64, 5)
		for j := range f {
			f[j] = rng.NormFloat64()
		}
		vecs = append(vecs, vault.Record{Features: f, Label: float64(i % 3)})
	}
	var blobs []vault.Record
	for range 500 {
		d := make([]byte, rng.IntN(5000))
		for j := range d {
			d[j] = byte(rng.Uint32())
		}
		blobs = append(blobs, vault.Record{Data: d})
	}
	blobs = append(blobs, vault.Record{Data: []byte{}})

	for _, tc := range []struct {
		name   string
		schema vault.Schema
		recs   []vault.Record
	}{
		{"vector", vec, vecs},
		{"bytes", bytesSchema, blobs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, dek := newDirStore(t), newDEK(t)
			m := seal(t, s, dek, tc.schema, vault.MinChunkSize, tc.recs)
			require.Greater(t, len(m.Chunks), 10)
			got, leaves, err := readAll(t, s, m, dek)
			require.NoError(t, err)
			require.Len(t, got, len(tc.recs))
			for i, r := range tc.recs {
				if tc.schema.Kind == vault.KindVector {
					require.Equal(t, r.Features, got[i].Features, "record %d", i)
					require.Equal(t, r.Label, got[i].Label, "record %d", i)
				} else {
					require.Equal(t, len(r.Data), len(got[i].Data), "record %d", i)
					require.Equal(t, r.Data, got[i].Data, "record %d", i)
				}
				h, err := vault.RecordHash(tc.schema, r)
				require.NoError(t, err)
				require.Equal(t, h, leaves[i])
			}
			tree := vault.NewTree(leaves)
			require.Equal(t, m.RecordRoot, tree.Root())
			for _, i := range []int{0, 1, len(leaves) / 2, len(leaves) - 1} {
				p, err := tree.Proof(i)
				require.NoError(t, err)
				require.NoError(t, m.VerifyRecord(leaves[i], p))
			}
		})
	}
}

func TestManifestStoredAndLoaded(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, vault.MinChunkSize, []vault.Record{{Data: []byte("hello")}})
	ctx := context.Background()
	require.NoError(t, vault.SaveManifest(ctx, s, m))
	got, err := vault.LoadManifest(ctx, s, m.ID)
	require.NoError(t, err)
	require.Equal(t, m.CanonicalBytes(), got.CanonicalBytes())
	require.Equal(t, m.Signature, got.Signature)
}
