package keystore

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

func newDEK(t *testing.T) (*vault.DEK, []byte) {
	t.Helper()
	dek, err := vault.NewDEK(nil)
	require.NoError(t, err)
	t.Cleanup(dek.Destroy)
	raw, err := dek.Bytes()
	require.NoError(t, err)
	return dek, raw
}

func rawDEK(t *testing.T, dek *vault.DEK) []byte {
	t.Helper()
	defer dek.Destroy()
	raw, err := dek.Bytes()
	require.NoError(t, err)
	return raw
}

func TestDEKSealing(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	id, err := vault.NewID(common.Address{}, nil)
	require.NoError(t, err)
	otherID, err := vault.NewID(common.Address{}, nil)
	require.NoError(t, err)
	dek, raw := newDEK(t)

	sealed, err := SealDEK(key, id, dek)
	require.NoError(t, err)
	require.NotContains(t, sealed, hex.EncodeToString(raw))
	again, err := SealDEK(key, id, dek)
	require.NoError(t, err)
	require.NotEqual(t, sealed, again, "a fresh nonce each time")

	opened, err := OpenDEK(key, id, sealed)
	require.NoError(t, err)
	require.Equal(t, raw, rawDEK(t, opened))

	flipped := []byte(sealed)
	flipped[len(flipped)-1] ^= 0x01 // '0'..'9' and 'a'..'f' stay hex digits
	for _, tc := range []struct {
		name   string
		key    *ecdsa.PrivateKey
		id     vault.ID
		sealed string
	}{
		{"wrong account key", other, id, sealed},
		{"wrong dataset", key, otherID, sealed},
		{"changed", key, id, string(flipped)},
		{"truncated", key, id, sealed[:20]},
		{"not hex", key, id, "zz" + sealed[2:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := OpenDEK(tc.key, tc.id, tc.sealed)
			require.ErrorIs(t, err, ErrSealedKey)
		})
	}
}

func TestDatasetRecords(t *testing.T) {
	d := Open(t.TempDir())
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	list, err := d.Datasets()
	require.NoError(t, err)
	require.Empty(t, list)

	var ids []vault.ID
	for range 3 {
		id, err := vault.NewID(crypto.PubkeyToAddress(key.PublicKey), nil)
		require.NoError(t, err)
		dek, raw := newDEK(t)
		m := &vault.Manifest{Version: vault.ManifestVersion, ID: id, Owner: crypto.PubkeyToAddress(key.PublicKey)}
		r, err := NewDataset(key, m, dek, "/store", "data.csv")
		require.NoError(t, err)
		require.NoError(t, d.SaveDataset(r))
		got, err := d.Dataset(id)
		require.NoError(t, err)
		require.Equal(t, r, got)
		opened, err := got.DEK(key)
		require.NoError(t, err)
		require.Equal(t, raw, rawDEK(t, opened))
		ids = append(ids, id)
	}
	list, err = d.Datasets()
	require.NoError(t, err)
	require.Len(t, list, 3)
	for i := 1; i < len(list); i++ {
		require.Negative(t, bytes.Compare(list[i-1].ID[:], list[i].ID[:]), "ordered by id")
	}

	// Grants are written and recorded.
	r, err := d.Dataset(ids[0])
	require.NoError(t, err)
	enclave := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	require.NoError(t, d.SaveGrant(r, Grant{Enclave: enclave, Node: "http://node", Expiry: 9}, []byte(`{"signed":true}`)))
	got, err := d.Dataset(ids[0])
	require.NoError(t, err)
	require.Len(t, got.Grants, 1)
	require.Equal(t, d.GrantFile(ids[0], enclave), got.Grants[0].File)
	b, err := os.ReadFile(got.Grants[0].File)
	require.NoError(t, err)
	require.JSONEq(t, `{"signed":true}`, string(b))

	// Unknown and corrupt records.
	unknown, err := vault.NewID(common.Address{}, nil)
	require.NoError(t, err)
	_, err = d.Dataset(unknown)
	require.ErrorIs(t, err, ErrNoDataset)
	b, err = os.ReadFile(d.DatasetFile(ids[1]))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(d.DatasetFile(unknown), b, 0o600))
	_, err = d.Dataset(unknown)
	require.ErrorIs(t, err, ErrCorrupt, "a record copied under another id is refused")
	_, err = d.Datasets()
	require.ErrorIs(t, err, ErrCorrupt)
	require.NoError(t, os.WriteFile(d.DatasetFile(unknown), []byte("{"), 0o600))
	_, err = d.Dataset(unknown)
	require.ErrorIs(t, err, ErrCorrupt)
}

// FuzzDecodeDataset: a record either decodes into a complete record or is
// refused with ErrCorrupt; it never panics.
func FuzzDecodeDataset(f *testing.F) {
	key, err := crypto.GenerateKey()
	require.NoError(f, err)
	id, err := vault.NewID(common.Address{}, nil)
	require.NoError(f, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(f, err)
	r, err := NewDataset(key, &vault.Manifest{Version: vault.ManifestVersion, ID: id}, dek, "s", "src")
	require.NoError(f, err)
	b, err := json.Marshal(r)
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"id":"00","manifest":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeDataset(b)
		if err != nil {
			require.ErrorIs(t, err, ErrCorrupt)
			return
		}
		require.Equal(t, r.ID, r.Manifest.ID)
	})
}
