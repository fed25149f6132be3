package vault_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// Fixed test keys (not secret): the dataset owner and a stranger.
var (
	ownerKey    = mustKey("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	strangerKey = mustKey("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	owner       = crypto.PubkeyToAddress(ownerKey.PublicKey)
)

func mustKey(h string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(h)
	if err != nil {
		panic(err)
	}
	return k
}

func newDEK(t testing.TB) *vault.DEK {
	t.Helper()
	k, err := vault.NewDEK(nil)
	require.NoError(t, err)
	t.Cleanup(k.Destroy)
	return k
}

func newDirStore(t testing.TB) *vault.DirStore {
	t.Helper()
	s, err := vault.NewDirStore(t.TempDir())
	require.NoError(t, err)
	return s
}

var bytesSchema = vault.Schema{Kind: vault.KindBytes}

// seal writes records as a new dataset and returns its signed manifest.
func seal(t testing.TB, s vault.Store, dek *vault.DEK, schema vault.Schema, chunkSize int, recs []vault.Record) *vault.Manifest {
	t.Helper()
	w, err := vault.NewWriter(context.Background(), s, dek, vault.WriterOptions{Owner: owner, Schema: schema, ChunkSize: chunkSize})
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, w.WriteRecord(r))
	}
	m, err := w.Close()
	require.NoError(t, err)
	require.NoError(t, m.Sign(ownerKey))
	return m
}

// readAll reads a dataset, copying every record; it returns the records
// read before the first error, and that error (nil at a clean end).
func readAll(t testing.TB, s vault.Store, m *vault.Manifest, dek *vault.DEK) ([]vault.Record, []vault.Hash, error) {
	t.Helper()
	r, err := vault.NewReader(context.Background(), s, m, dek, vault.ReaderOptions{})
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	var recs []vault.Record
	var leaves []vault.Hash
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return recs, leaves, nil
		}
		if err != nil {
			return recs, leaves, err
		}
		recs = append(recs, vault.Record{
			Features: append([]float64(nil), rec.Features...),
			Label:    rec.Label,
			Data:     bytes.Clone(rec.Data),
		})
		leaves = append(leaves, r.LeafHash())
	}
}

// resign re-signs a manifest changed by a test with the owner's key: the
// owner is the one party who can produce such a manifest, so these tests
// show what the chunk encryption alone detects.
func resign(t testing.TB, m *vault.Manifest, edit func(*vault.Manifest)) *vault.Manifest {
	t.Helper()
	c := *m
	c.Chunks = append([]vault.ChunkRef(nil), m.Chunks...)
	edit(&c)
	c.Signature = nil
	require.NoError(t, c.Sign(ownerKey))
	return &c
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
