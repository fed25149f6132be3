package vault

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"sync"
)

// DEKSize is the size in bytes of a data encryption key (AES-256).
const DEKSize = 32

// DEK is a dataset's data encryption key: 256 random bits.
//
// The key lives behind methods only: it has no exported field, it prints,
// formats and logs as "vault.DEK(redacted)", and it refuses to be
// marshalled. Bytes is the single way out, for wrapping the key to an
// enclave (package grant); Destroy overwrites the key in memory.
// A DEK is safe for concurrent use.
type DEK struct {
	mu  sync.RWMutex
	key *[DEKSize]byte // nil after Destroy
}

// NewDEK returns a fresh random key read from rand (crypto/rand if nil).
func NewDEK(rnd io.Reader) (*DEK, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	k := new([DEKSize]byte)
	if _, err := io.ReadFull(rnd, k[:]); err != nil {
		return nil, fmt.Errorf("reading random key: %w", err)
	}
	return &DEK{key: k}, nil
}

// ImportDEK returns a DEK holding a copy of b, which must be DEKSize bytes.
// The caller should clear b afterwards.
func ImportDEK(b []byte) (*DEK, error) {
	if len(b) != DEKSize {
		return nil, fmt.Errorf("importing key: %d bytes, want %d: %w", len(b), DEKSize, ErrWrongKey)
	}
	k := new([DEKSize]byte)
	copy(k[:], b)
	return &DEK{key: k}, nil
}

// Bytes returns a copy of the raw key, for wrapping it to a recipient. The
// caller owns the copy and must clear it (clear(b)) as soon as it is done.
func (k *DEK) Bytes() ([]byte, error) {
	if k == nil {
		return nil, ErrKeyDestroyed
	}
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.key == nil {
		return nil, ErrKeyDestroyed
	}
	b := make([]byte, DEKSize)
	copy(b, k.key[:])
	return b, nil
}

// Destroy overwrites the key. Every later use returns ErrKeyDestroyed.
// Keys derived from it by Writers and Readers already running are not
// affected; they are cleared when those are closed.
func (k *DEK) Destroy() {
	if k == nil {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.key != nil {
		clear(k.key[:])
		k.key = nil
	}
}

// String implements fmt.Stringer without revealing the key.
func (k *DEK) String() string { return "vault.DEK(redacted)" }

// GoString implements fmt.GoStringer without revealing the key.
func (k *DEK) GoString() string { return k.String() }

// Format implements fmt.Formatter so that no verb (%x, %v, %+v ...) reveals the key.
func (k *DEK) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, k.String()) }

// LogValue implements slog.LogValuer without revealing the key.
func (k *DEK) LogValue() slog.Value { return slog.StringValue(k.String()) }

// MarshalText refuses to encode the key.
func (k *DEK) MarshalText() ([]byte, error) {
	return nil, fmt.Errorf("marshalling a data key: refused, use grant wrapping")
}

// MarshalJSON refuses to encode the key.
func (k *DEK) MarshalJSON() ([]byte, error) { return k.MarshalText() }

// Labels of the HKDF-SHA256 derivations from a DEK (see docs/RATIONALE.md).
const (
	infoChunkKey = "memo-vault/v1 chunk key"
	infoKeyCheck = "memo-vault/v1 key check"
)

// derive returns HKDF-SHA256(ikm = key, salt = dataset id, info) of length n.
func (k *DEK) derive(id ID, info string, n int) ([]byte, error) {
	if k == nil {
		return nil, fmt.Errorf("deriving %s: no key: %w", info, ErrWrongKey)
	}
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.key == nil {
		return nil, ErrKeyDestroyed
	}
	out, err := hkdf.Key(sha256.New, k.key[:], id[:], info, n)
	if err != nil {
		return nil, fmt.Errorf("deriving %s: %w", info, err)
	}
	return out, nil
}

// keyCheck is the key commitment stored in the manifest: it lets a reader
// tell a wrong key from tampered data before decrypting anything, and it
// binds the manifest to one key (AES-GCM alone is not key-committing).
func (k *DEK) keyCheck(id ID) ([32]byte, error) {
	var c [32]byte
	b, err := k.derive(id, infoKeyCheck, 32)
	if err != nil {
		return c, err
	}
	copy(c[:], b)
	return c, nil
}
