package keystore

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

const password = "correct horse"

func newKeyDir(t *testing.T) (*Dir, []byte) {
	t.Helper()
	d := Open(filepath.Join(t.TempDir(), "user"))
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	require.NoError(t, d.SaveKey(key, password, false))
	return d, crypto.FromECDSA(key)
}

func TestKeyRoundTrip(t *testing.T) {
	d, want := newKeyDir(t)
	got, err := d.LoadKey(password)
	require.NoError(t, err)
	require.Equal(t, want, crypto.FromECDSA(got))
	addr, err := d.Address()
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(got.PublicKey), addr, "the address reads without the password")

	if runtime.GOOS != "windows" {
		for path, perm := range map[string]os.FileMode{d.Path(): 0o700, d.KeyFile(): 0o600} {
			fi, err := os.Stat(path)
			require.NoError(t, err)
			require.Equal(t, perm, fi.Mode().Perm(), path)
		}
	}

	// A go-ethereum wallet reads the file too.
	b, err := os.ReadFile(d.KeyFile())
	require.NoError(t, err)
	var f struct{ Address string }
	require.NoError(t, json.Unmarshal(b, &f))
	require.Equal(t, crypto.PubkeyToAddress(got.PublicKey), common.HexToAddress(f.Address))
}

func TestKeyNotReplaced(t *testing.T) {
	d, want := newKeyDir(t)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	require.ErrorIs(t, d.SaveKey(other, password, false), ErrKeyExists)
	got, err := d.LoadKey(password)
	require.NoError(t, err)
	require.Equal(t, want, crypto.FromECDSA(got), "the old key is kept")

	require.NoError(t, d.SaveKey(other, password, true))
	got, err = d.LoadKey(password)
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(other), crypto.FromECDSA(got))
	require.ErrorIs(t, d.SaveKey(other, "", true), ErrEmptyPassword)
}

func TestKeyErrors(t *testing.T) {
	_, err := Open(t.TempDir()).LoadKey(password)
	require.ErrorIs(t, err, ErrNoKey)
	_, err = Open(t.TempDir()).Address()
	require.ErrorIs(t, err, ErrNoKey)

	d, _ := newKeyDir(t)
	_, err = d.LoadKey("wrong horse")
	require.ErrorIs(t, err, ErrPassword)
	require.ErrorContains(t, err, d.KeyFile(), "the error names the file")

	orig, err := os.ReadFile(d.KeyFile())
	require.NoError(t, err)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		change func(m map[string]any)
		want   error
	}{
		{"ciphertext", func(m map[string]any) {
			c := m["crypto"].(map[string]any)
			ct := []byte(c["ciphertext"].(string))
			if ct[0] == '0' { // another hex digit: the MAC fails, not the parser
				ct[0] = '1'
			} else {
				ct[0] = '0'
			}
			c["ciphertext"] = string(ct)
		}, ErrPassword},
		{"address", func(m map[string]any) { m["address"] = crypto.PubkeyToAddress(other.PublicKey).Hex()[2:] }, ErrCorrupt},
		{"huge scrypt N", func(m map[string]any) { m["crypto"].(map[string]any)["kdfparams"].(map[string]any)["n"] = 1 << 30 }, ErrCorrupt},
		{"missing salt", func(m map[string]any) { delete(m["crypto"].(map[string]any)["kdfparams"].(map[string]any), "salt") }, ErrCorrupt},
		{"salt not a string", func(m map[string]any) { m["crypto"].(map[string]any)["kdfparams"].(map[string]any)["salt"] = 7 }, ErrCorrupt},
		{"pbkdf2", func(m map[string]any) { m["crypto"].(map[string]any)["kdf"] = "pbkdf2" }, ErrCorrupt},
		{"version", func(m map[string]any) { m["version"] = 1 }, ErrCorrupt},
		{"not json", nil, ErrCorrupt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte("{not json")
			if tc.change != nil {
				var m map[string]any
				require.NoError(t, json.Unmarshal(orig, &m))
				tc.change(m)
				var err error
				b, err = json.Marshal(m)
				require.NoError(t, err)
			}
			require.NoError(t, os.WriteFile(d.KeyFile(), b, 0o600))
			_, err := d.LoadKey(password)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestReadPassword(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ body, want string }{
		{"s3cret\n", "s3cret"},
		{"s3cret\r\n", "s3cret"},
		{"with space ", "with space "},
	} {
		p := filepath.Join(dir, "pw")
		require.NoError(t, os.WriteFile(p, []byte(tc.body), 0o600))
		got, err := ReadPassword(p)
		require.NoError(t, err)
		require.Equal(t, tc.want, got)
	}
	p := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(p, []byte("\n"), 0o600))
	_, err := ReadPassword(p)
	require.ErrorIs(t, err, ErrEmptyPassword)
	_, err = ReadPassword(filepath.Join(dir, "missing"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

// FuzzDecryptKey feeds arbitrary key files to the parser: it must neither
// panic (go-ethereum's does on some shapes) nor accept a changed file.
func FuzzDecryptKey(f *testing.F) {
	d := Open(f.TempDir())
	key, err := crypto.GenerateKey()
	require.NoError(f, err)
	require.NoError(f, d.SaveKey(key, password, false))
	good, err := os.ReadFile(d.KeyFile())
	require.NoError(f, err)
	f.Add(good)
	f.Add([]byte(`{"version":3,"crypto":{"kdf":"scrypt","cipher":"aes-128-ctr","kdfparams":{"n":2,"r":8,"p":1,"dklen":32}}}`))
	f.Add([]byte(`{"version":3,"crypto":{"kdf":"scrypt","kdfparams":{"salt":null}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := decryptKey(b, password)
		if err != nil {
			return
		}
		// A file that decrypts names its key's address.
		var f struct{ Address string }
		require.NoError(t, json.Unmarshal(b, &f))
		require.Equal(t, crypto.PubkeyToAddress(k.PublicKey), common.HexToAddress(f.Address))
	})
}
