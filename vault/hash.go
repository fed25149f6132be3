package vault

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/zeebo/blake3"
)

// ID identifies a dataset: its owner's 20-byte Ethereum address followed by
// 12 random bytes chosen by the writer. The address prefix binds the id to
// its owner (DESIGN §5): DataGrants lets only that account grant the id, so
// nobody can claim another's dataset id first, and anyone can check the
// binding (ID.Owner, Manifest.CheckOwnerBound). The id is the HKDF salt of
// the dataset's keys and the AAD of its chunks.
type ID [32]byte

// NewID returns a fresh dataset id of owner: the owner's address and 12
// bytes read from rnd (crypto/rand if nil).
func NewID(owner common.Address, rnd io.Reader) (ID, error) {
	var id ID
	if rnd == nil {
		rnd = rand.Reader
	}
	copy(id[:], owner[:])
	if _, err := io.ReadFull(rnd, id[common.AddressLength:]); err != nil {
		return id, fmt.Errorf("reading random dataset id: %w", err)
	}
	return id, nil
}

// Owner returns the account the id is bound to: its first 20 bytes.
func (id ID) Owner() common.Address { return common.BytesToAddress(id[:common.AddressLength]) }

// ParseID parses the 64 hex digits of a dataset id.
func ParseID(s string) (ID, error) {
	var id ID
	err := parseHex32(s, (*[32]byte)(&id))
	return id, err
}

// String returns the id as 64 lowercase hex digits.
func (id ID) String() string { return hex.EncodeToString(id[:]) }

// MarshalText implements encoding.TextMarshaler.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (id *ID) UnmarshalText(b []byte) error { return parseHex32(string(b), (*[32]byte)(id)) }

// Hash is a 32-byte digest: a blob's content address, a record's leaf hash
// or a Merkle node.
type Hash [32]byte

// ParseHash parses the 64 hex digits of a hash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	err := parseHex32(s, (*[32]byte)(&h))
	return h, err
}

// String returns the hash as 64 lowercase hex digits.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText implements encoding.TextMarshaler.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (h *Hash) UnmarshalText(b []byte) error { return parseHex32(string(b), (*[32]byte)(h)) }

func parseHex32(s string, out *[32]byte) error {
	if len(s) != 64 {
		return fmt.Errorf("parsing %q: want 64 hex digits: %w", s, ErrManifest)
	}
	if _, err := hex.Decode(out[:], []byte(s)); err != nil {
		return fmt.Errorf("parsing %q: %w", s, ErrManifest)
	}
	return nil
}

// ContentHash names the function that computes blob content addresses. The
// manifest records which one a dataset uses.
type ContentHash string

const (
	// BLAKE3 is BLAKE3 with 256-bit output, the default: it runs at the speed
	// of AES-GCM here, so sealing is not slowed by hashing (docs/RATIONALE.md).
	BLAKE3 ContentHash = "blake3-256"
	// SHA256 is SHA-256 (FIPS 180-4), for stores that address content by SHA-256.
	SHA256 ContentHash = "sha256"
)

func (c ContentHash) newHash() (hash.Hash, error) {
	switch c {
	case BLAKE3:
		return blake3.New(), nil
	case SHA256:
		return sha256.New(), nil
	default:
		return nil, c.check()
	}
}

// check returns an error unless c names a content hash this package
// computes. Unlike newHash it builds no hasher (a BLAKE3 one is several
// kilobytes), so validating a manifest allocates nothing for it.
func (c ContentHash) check() error {
	switch c {
	case BLAKE3, SHA256:
		return nil
	default:
		return fmt.Errorf("content hash %q: unknown (want %q or %q): %w", string(c), BLAKE3, SHA256, ErrManifest)
	}
}

// Sum returns the content address of b.
func (c ContentHash) Sum(b []byte) (Hash, error) {
	switch c {
	case BLAKE3:
		return blake3.Sum256(b), nil
	case SHA256:
		return sha256.Sum256(b), nil
	default:
		return Hash{}, c.check()
	}
}
