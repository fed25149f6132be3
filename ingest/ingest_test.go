package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

func csvBody(n int) string {
	var b strings.Builder
	b.WriteString("a, b ,c,label\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,%d.25,-%de-3,%d\n", i, i%7, i%11, i%3)
	}
	return b.String()
}

func blobs(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, path)
		}
		return err
	}))
	return out
}

func TestCSVRoundTrip(t *testing.T) {
	ctx := context.Background()
	st, err := vault.NewDirStore(t.TempDir())
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	body := csvBody(1500)

	m, dek, err := CSV(ctx, st, key, strings.NewReader(body), Options{ChunkSize: 1 << 10})
	require.NoError(t, err)
	defer dek.Destroy()
	require.NoError(t, m.Verify())
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), m.Owner)
	require.Greater(t, len(m.Chunks), 10)

	want, err := train.ReadCSV(strings.NewReader(body), train.CSVOptions{Label: "label"})
	require.NoError(t, err)
	require.EqualValues(t, want.Len(), m.Records)
	require.Equal(t, want.Schema.Classes, m.Schema.Classes, "classes inferred after the last record")
	require.Equal(t, append(want.Schema.Features, "label"), m.Schema.Columns)

	stored, err := vault.LoadManifest(ctx, st, m.ID)
	require.NoError(t, err)
	r, err := vault.NewReader(ctx, st, stored, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	defer r.Close()
	for i := range want.Len() {
		got, err := r.Next()
		require.NoError(t, err, "record %d", i)
		require.Equal(t, want.Row(i), got.Features)
		require.Equal(t, float64(want.Y[i]), got.Label)
	}
	_, err = r.Next()
	require.ErrorIs(t, err, io.EOF)
}

func TestCSVLeavesNothingOnError(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	good := strings.Repeat("1.5,2,0\n", 3000) // well past the first 1 KiB chunk
	for _, tc := range []struct {
		name, body string
		want       error
		line       int
	}{
		{"not a number", "a,b,label\n" + good + "1,x,1\n", nil, 3002},
		{"field count", "a,b,label\n1,2,0\n1,2\n", nil, 3},
		{"header only", "a,b,label\n", train.ErrEmpty, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			st, err := vault.NewDirStore(dir)
			require.NoError(t, err)
			_, _, err = CSV(context.Background(), st, key, strings.NewReader(tc.body), Options{ChunkSize: 1 << 10})
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
			} else {
				var ce *train.CSVError
				require.ErrorAs(t, err, &ce)
				require.Equal(t, tc.line, ce.Line)
			}
			require.Empty(t, blobs(t, dir))
		})
	}
}

// manifestFails is a DirStore that refuses to store manifests.
type manifestFails struct{ *vault.DirStore }

func (s manifestFails) Put(ctx context.Context, name string, r io.Reader, size int64) error {
	if strings.HasSuffix(name, ".manifest") {
		return errors.New("disk full")
	}
	return s.DirStore.Put(ctx, name, r, size)
}

func TestCSVManifestNotStored(t *testing.T) {
	dir := t.TempDir()
	ds, err := vault.NewDirStore(dir)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, _, err = CSV(context.Background(), manifestFails{ds}, key, strings.NewReader(csvBody(500)), Options{ChunkSize: 1 << 10})
	require.ErrorContains(t, err, "storing manifest")
	require.Empty(t, blobs(t, dir), "the chunks go with the manifest")
}
