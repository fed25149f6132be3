package vault_test

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/storetest"
)

func TestDirStore(t *testing.T) {
	s := newDirStore(t)
	storetest.Run(t, s)
	// A scratch store that does not sync keeps the same contract.
	t.Run("WithoutSync", func(t *testing.T) { storetest.Run(t, newDirStore(t).WithoutSync()) })

	// No temporary file of a failed Put is left behind.
	var leftovers []string
	require.NoError(t, filepath.WalkDir(s.Dir(), func(p string, d fs.DirEntry, err error) error {
		if strings.HasPrefix(d.Name(), ".put-") {
			leftovers = append(leftovers, p)
		}
		return err
	}))
	require.Empty(t, leftovers)
}

func TestDirStoreUnavailable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o600))
	_, err := vault.NewDirStore(filepath.Join(file, "store"))
	require.ErrorIs(t, err, vault.ErrUnavailable)

	s, err := vault.NewDirStore(filepath.Join(dir, "store"))
	require.NoError(t, err)
	require.NoError(t, os.RemoveAll(s.Dir()))
	require.NoError(t, os.WriteFile(s.Dir(), nil, 0o600)) // the store's directory is gone
	err = s.Put(context.Background(), "blob", bytes.NewReader([]byte("x")), 1)
	require.ErrorIs(t, err, vault.ErrUnavailable)
}

// failingStore is a DirStore whose Put fails after a number of blobs: a
// store that goes away in the middle of an upload.
type failingStore struct {
	*vault.DirStore
	left atomic.Int32
}

func (f *failingStore) Put(ctx context.Context, name string, r io.Reader, size int64) error {
	if f.left.Add(-1) < 0 {
		return vault.ErrUnavailable
	}
	return f.DirStore.Put(ctx, name, r, size)
}

func TestWriterStoreFails(t *testing.T) {
	s := &failingStore{DirStore: newDirStore(t)}
	s.left.Store(3)
	dek := newDEK(t)
	w, err := vault.NewWriter(context.Background(), s, dek, vault.WriterOptions{Owner: owner, Schema: bytesSchema, ChunkSize: tamperChunk})
	require.NoError(t, err)
	var werr error
	for _, r := range fourPerChunk(10) {
		if werr = w.WriteRecord(r); werr != nil {
			break
		}
	}
	require.ErrorIs(t, werr, vault.ErrUnavailable)
	_, err = w.Close()
	require.ErrorIs(t, err, vault.ErrUnavailable)

	// The chunks stored before the failure were deleted.
	entries := 0
	require.NoError(t, filepath.WalkDir(s.Dir(), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			entries++
		}
		return err
	}))
	require.Zero(t, entries)
}
