package vault_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

func TestManifestSignature(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, vault.Schema{Kind: vault.KindVector, Features: 1}, vault.MinChunkSize,
		[]vault.Record{{Features: []float64{1}, Label: 2}})
	require.NoError(t, m.Verify())

	t.Run("wallet personal_sign", func(t *testing.T) {
		// A wallet signs the 32-byte digest as an EIP-191 personal message;
		// the result is the same signature Sign makes.
		d := m.Digest()
		sig, err := crypto.Sign(accounts.TextHash(d[:]), ownerKey)
		require.NoError(t, err)
		sig[64] += 27
		require.Equal(t, []byte(m.Signature), sig)
	})
	t.Run("sign with a key that is not the owner's", func(t *testing.T) {
		c := *m
		require.ErrorIs(t, c.Sign(strangerKey), vault.ErrBadSignature)
	})
	t.Run("high-s signature refused", func(t *testing.T) {
		c := *m
		sig := bytes.Clone(m.Signature)
		// s' = n - s, v flipped: the same signature in its malleable form.
		n := crypto.S256().Params().N
		s := new(big.Int).SetBytes(sig[32:64])
		s.Sub(n, s)
		s.FillBytes(sig[32:64])
		sig[64] ^= 1
		c.Signature = sig
		require.ErrorIs(t, c.Verify(), vault.ErrBadSignature)
	})
	t.Run("every field is signed", func(t *testing.T) {
		for name, edit := range map[string]func(*vault.Manifest){
			"id":           func(c *vault.Manifest) { c.ID[0] ^= 1 },
			"owner":        func(c *vault.Manifest) { c.Owner = addressOf(strangerKey) },
			"schema":       func(c *vault.Manifest) { c.Schema.Classes = 3 },
			"content hash": func(c *vault.Manifest) { c.ContentHash = vault.SHA256 },
			"record root":  func(c *vault.Manifest) { c.RecordRoot[3] ^= 1 },
			"key check":    func(c *vault.Manifest) { c.KeyCheck[3] ^= 1 },
			"chunk hash":   func(c *vault.Manifest) { c.Chunks = []vault.ChunkRef{{Hash: vault.Hash{1}, Size: c.Chunks[0].Size}} },
		} {
			c := *m
			edit(&c)
			require.ErrorIs(t, c.Verify(), vault.ErrBadSignature, name)
		}
	})
}

func TestManifestJSON(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, vault.Schema{Kind: vault.KindVector, Features: 2, Classes: 2, Columns: []string{"a", "b", "y"}},
		vault.MinChunkSize, []vault.Record{{Features: []float64{1, 2}, Label: 1}})
	b, err := m.MarshalIndent()
	require.NoError(t, err)
	got, err := vault.ParseManifest(b)
	require.NoError(t, err)
	require.Equal(t, m.CanonicalBytes(), got.CanonicalBytes())

	for name, doc := range map[string]string{
		"unknown field": strings.Replace(string(b), `"version"`, `"extra": 1, "version"`, 1),
		"trailing data": string(b) + "{}",
		"not json":      "manifest",
		"bad hash":      strings.Replace(string(b), `"record_root": "`, `"record_root": "zz`, 1),
	} {
		_, err := vault.ParseManifest([]byte(doc))
		require.ErrorIs(t, err, vault.ErrManifest, name)
	}
}

func TestManifestValidate(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, vault.MinChunkSize, fourPerChunkOf(vault.MinChunkSize, 3))
	for name, edit := range map[string]func(*vault.Manifest){
		"version":          func(c *vault.Manifest) { c.Version = 2 },
		"no chunks":        func(c *vault.Manifest) { c.Chunks = nil },
		"chunk size":       func(c *vault.Manifest) { c.ChunkSize = 10 },
		"short middle":     func(c *vault.Manifest) { c.Chunks[1].Size-- },
		"plain size":       func(c *vault.Manifest) { c.PlainSize++ },
		"records > bytes":  func(c *vault.Manifest) { c.Records = uint64(c.PlainSize) + 1 },
		"unknown hash":     func(c *vault.Manifest) { c.ContentHash = "md5" },
		"schema kind":      func(c *vault.Manifest) { c.Schema.Kind = "csv" },
		"empty final":      func(c *vault.Manifest) { c.Chunks = append(c.Chunks, vault.ChunkRef{Size: 16}) },
		"root of nothing":  func(c *vault.Manifest) { c.Records = 0 },
		"vector no fields": func(c *vault.Manifest) { c.Schema = vault.Schema{Kind: vault.KindVector} },
	} {
		c := *m
		c.Chunks = append([]vault.ChunkRef(nil), m.Chunks...)
		edit(&c)
		require.ErrorIs(t, c.Validate(), vault.ErrManifest, name)
	}
}

func fourPerChunkOf(chunk, chunks int) []vault.Record {
	var recs []vault.Record
	for i := range 4 * chunks {
		recs = append(recs, vault.Record{Data: bytes.Repeat([]byte{byte(i)}, chunk/4-2)})
	}
	return recs
}

func TestLoadManifestChecksID(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, vault.MinChunkSize, nil)
	b, err := m.MarshalIndent()
	require.NoError(t, err)
	var other vault.ID
	other[0] = 9
	ctx := context.Background()
	require.NoError(t, s.Put(ctx, vault.ManifestName(other), bytes.NewReader(b), int64(len(b))))
	_, err = vault.LoadManifest(ctx, s, other)
	require.ErrorIs(t, err, vault.ErrManifest)
	_, err = vault.LoadManifest(ctx, s, m.ID)
	require.ErrorIs(t, err, vault.ErrNotFound)
}

// TestIDBoundToOwner: a writer's dataset id begins with its owner's
// address (what DataGrants checks); a manifest whose id does not (written
// before ids named their owner) still verifies and reads, and
// CheckOwnerBound names it.
func TestIDBoundToOwner(t *testing.T) {
	s, dek := newDirStore(t), newDEK(t)
	m := seal(t, s, dek, bytesSchema, vault.MinChunkSize, []vault.Record{{Data: []byte("r")}})
	require.Equal(t, m.Owner, m.ID.Owner())
	require.Equal(t, m.Owner.Bytes(), m.ID[:20])
	require.NoError(t, m.CheckOwnerBound())

	other := seal(t, s, dek, bytesSchema, vault.MinChunkSize, nil)
	require.NotEqual(t, m.ID, other.ID, "12 random bytes follow the address")

	old := resign(t, m, func(c *vault.Manifest) { c.ID[0] ^= 1 })
	require.NoError(t, old.Verify(), "an unbound id stays readable")
	require.ErrorIs(t, old.CheckOwnerBound(), vault.ErrIDNotBound)

	id, err := vault.NewID(addressOf(strangerKey), bytes.NewReader(bytes.Repeat([]byte{7}, 12)))
	require.NoError(t, err)
	require.Equal(t, addressOf(strangerKey), id.Owner())
	require.Equal(t, bytes.Repeat([]byte{7}, 12), id[20:])
}

func TestDEKNeverPrinted(t *testing.T) {
	k := newDEK(t)
	raw, err := k.Bytes()
	require.NoError(t, err)
	defer clear(raw)
	hexKey := fmt.Sprintf("%x", raw)

	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("key", slog.Any("dek", k))
	_, jerr := json.Marshal(struct{ K *vault.DEK }{k})
	for _, out := range []string{
		fmt.Sprint(k), fmt.Sprintf("%v %+v %#v %x %X %s %q", k, k, k, k, k, k, k),
		fmt.Sprintf("%v", struct{ K *vault.DEK }{k}), logged.String(),
	} {
		require.NotContains(t, strings.ToLower(out), hexKey)
		require.Contains(t, out, "redacted")
	}
	require.Error(t, jerr)

	k2, err := vault.ImportDEK(raw)
	require.NoError(t, err)
	k2.Destroy()
	_, err = k2.Bytes()
	require.ErrorIs(t, err, vault.ErrKeyDestroyed)
	_, err = vault.ImportDEK(raw[:31])
	require.Error(t, err)

	// A nil key is refused, not a panic.
	var none *vault.DEK
	_, err = none.Bytes()
	require.ErrorIs(t, err, vault.ErrKeyDestroyed)
	_, err = vault.NewWriter(context.Background(), newDirStore(t), none, vault.WriterOptions{Owner: owner, Schema: bytesSchema})
	require.ErrorIs(t, err, vault.ErrWrongKey)
}

// FuzzParseManifest feeds arbitrary bytes to the manifest parser, which
// reads untrusted input from stores: it must never panic, and whatever it
// accepts must be a valid manifest signed by its owner.
func FuzzParseManifest(f *testing.F) {
	s, err := vault.NewDirStore(f.TempDir())
	require.NoError(f, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(f, err)
	m := seal(f, s, dek, bytesSchema, vault.MinChunkSize, fourPerChunkOf(vault.MinChunkSize, 2))
	b, err := m.MarshalIndent()
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"chunks":[{"hash":"00","size":-1}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := vault.ParseManifest(b)
		if err != nil {
			return
		}
		require.NoError(t, m.Validate())
		signer, err := m.Signer()
		require.NoError(t, err)
		require.Equal(t, m.Owner, signer)
	})
}
