package vault_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// Writers and Readers start goroutines; after Close none may be left,
// whether the run succeeded, failed or was abandoned half-way.
func TestNoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, tamperChunk, fourPerChunk(8))

	// Read a few records and close early.
	r, err := vault.NewReader(context.Background(), s, m, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	require.NoError(t, r.Close())

	// A failing read.
	bad := resign(t, m, func(c *vault.Manifest) { c.Chunks[3], c.Chunks[4] = c.Chunks[4], c.Chunks[3] })
	_, _, err = readAll(t, s, bad, dek)
	require.ErrorIs(t, err, vault.ErrChunkOrder)

	// A writer whose context is cancelled.
	ctx, cancel := context.WithCancel(context.Background())
	w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{Owner: owner, Schema: bytesSchema, ChunkSize: tamperChunk})
	require.NoError(t, err)
	require.NoError(t, w.WriteRecord(fourPerChunk(1)[0]))
	cancel()
	for _, rec := range fourPerChunk(8) {
		if w.WriteRecord(rec) != nil {
			break
		}
	}
	_, err = w.Close()
	require.ErrorIs(t, err, context.Canceled)

	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Fatalf("goroutines: %d before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
