// Package storetest is the conformance suite every vault.Store backend
// passes: blob semantics (atomic Put, missing blobs, names, cancellation)
// and a sealed dataset written and read back through the store.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// Run runs the suite against s, which must start empty and belong to the
// test alone.
func Run(t *testing.T, s vault.Store) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	blob := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	get := func(t *testing.T, name string) ([]byte, error) {
		rc, err := s.Get(ctx, name)
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}

	t.Run("round trip", func(t *testing.T) {
		for _, n := range []int{0, 1, 4096, 1<<20 + 3} {
			name := fmt.Sprintf("blob-%d", n)
			b := blob(n)
			require.NoError(t, s.Put(ctx, name, bytes.NewReader(b), int64(n)))
			got, err := get(t, name)
			require.NoError(t, err)
			require.Equal(t, b, got)
			ok, err := s.Has(ctx, name)
			require.NoError(t, err)
			require.True(t, ok)
		}
	})
	t.Run("overwrite", func(t *testing.T) {
		require.NoError(t, s.Put(ctx, "over", bytes.NewReader([]byte("one")), 3))
		require.NoError(t, s.Put(ctx, "over", bytes.NewReader([]byte("second")), 6))
		got, err := get(t, "over")
		require.NoError(t, err)
		require.Equal(t, "second", string(got))
	})
	t.Run("missing", func(t *testing.T) {
		_, err := s.Get(ctx, "missing")
		require.ErrorIs(t, err, vault.ErrNotFound)
		ok, err := s.Has(ctx, "missing")
		require.NoError(t, err)
		require.False(t, ok)
		require.NoError(t, s.Delete(ctx, "missing"))
	})
	t.Run("delete", func(t *testing.T) {
		require.NoError(t, s.Put(ctx, "gone", bytes.NewReader([]byte("x")), 1))
		require.NoError(t, s.Delete(ctx, "gone"))
		ok, err := s.Has(ctx, "gone")
		require.NoError(t, err)
		require.False(t, ok)
		_, err = s.Get(ctx, "gone")
		require.ErrorIs(t, err, vault.ErrNotFound)
	})
	t.Run("failed put leaves nothing", func(t *testing.T) {
		b := blob(300 << 10)
		for name, r := range map[string]struct {
			r    io.Reader
			size int64
		}{
			"short-reader":   {bytes.NewReader(b[:1000]), int64(len(b))},
			"long-reader":    {bytes.NewReader(b), int64(len(b) - 1)},
			"failing-reader": {io.MultiReader(bytes.NewReader(b[:200<<10]), errReader{}), int64(len(b))},
		} {
			require.Error(t, s.Put(ctx, name, r.r, r.size), name)
			ok, err := s.Has(ctx, name)
			require.NoError(t, err)
			require.False(t, ok, "%s: a failed Put left a blob", name)
		}
	})
	t.Run("invalid names", func(t *testing.T) {
		for _, name := range []string{"", ".hidden", "../escape", "a/b", "UPPER", "sp ace", string(make([]byte, 129))} {
			require.ErrorIs(t, s.Put(ctx, name, bytes.NewReader(nil), 0), vault.ErrInvalidName, "%q", name)
			_, err := s.Get(ctx, name)
			require.ErrorIs(t, err, vault.ErrInvalidName, "%q", name)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		require.Error(t, s.Put(cctx, "cancelled", bytes.NewReader([]byte("x")), 1))
		ok, err := s.Has(ctx, "cancelled")
		require.NoError(t, err)
		require.False(t, ok)
	})
	t.Run("concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		blobs := make([][]byte, 8)
		for i := range blobs {
			blobs[i] = blob(64<<10 + i)
		}
		for i, b := range blobs {
			wg.Go(func() {
				require.NoError(t, s.Put(ctx, fmt.Sprintf("conc-%d", i), bytes.NewReader(b), int64(len(b))))
			})
		}
		wg.Wait()
		for i, b := range blobs {
			got, err := get(t, fmt.Sprintf("conc-%d", i))
			require.NoError(t, err)
			require.Equal(t, b, got)
		}
	})
	t.Run("dataset", func(t *testing.T) { dataset(t, s) })
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// dataset seals records into the store, saves the signed manifest, loads
// it back and reads every record.
func dataset(t *testing.T, s vault.Store) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(t, err)
	defer dek.Destroy()
	schema := vault.Schema{Kind: vault.KindVector, Features: 3, Classes: 4}
	w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{
		Owner: crypto.PubkeyToAddress(key.PublicKey), Schema: schema, ChunkSize: vault.MinChunkSize,
	})
	require.NoError(t, err)
	const n = 500
	for i := range n {
		require.NoError(t, w.WriteRecord(vault.Record{Features: []float64{float64(i), 1, -1}, Label: float64(i % 4)}))
	}
	m, err := w.Close()
	require.NoError(t, err)
	require.Greater(t, len(m.Chunks), 10)
	require.NoError(t, m.Sign(key))
	require.NoError(t, vault.SaveManifest(ctx, s, m))

	loaded, err := vault.LoadManifest(ctx, s, m.ID)
	require.NoError(t, err)
	r, err := vault.NewReader(ctx, s, loaded, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	defer r.Close()
	for i := range n {
		rec, err := r.Next()
		require.NoError(t, err)
		require.Equal(t, []float64{float64(i), 1, -1}, rec.Features)
		require.Equal(t, float64(i%4), rec.Label)
	}
	_, err = r.Next()
	require.ErrorIs(t, err, io.EOF)
}
