package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"fmt"
	"math"
)

// The STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár, "Online
// Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", 2015),
// with the nonce layout of Tink's AES-GCM-HKDF streaming AEAD:
//
//	nonce(i, last) = prefix[7] ‖ uint32_be(i) ‖ byte(last)
//
// Each chunk i is sealed with AES-256-GCM under the dataset's chunk key with
// nonce(i, i == n-1) and AAD = aadLabel ‖ dataset id. The chunk key and the
// prefix come from HKDF-SHA256(DEK, salt = dataset id, info = infoChunkKey),
// 32 + 7 bytes, so a DEK reused for two datasets still gives unrelated keys.
const (
	tagSize    = 16
	prefixSize = 7
	aadLabel   = "memo-vault/v1 chunk"
	// MaxChunks is the largest number of chunks in one dataset (32-bit counter).
	MaxChunks = math.MaxUint32
	// maxDiagnose bounds the positions tried when explaining a failed chunk.
	maxDiagnose = 1 << 16
)

type chunkAEAD struct {
	aead   cipher.AEAD
	prefix [prefixSize]byte
	aad    []byte
}

func newChunkAEAD(dek *DEK, id ID) (*chunkAEAD, error) {
	if dek == nil {
		return nil, fmt.Errorf("deriving chunk key: nil key: %w", ErrWrongKey)
	}
	km, err := dek.derive(id, infoChunkKey, 32+prefixSize)
	if err != nil {
		return nil, err
	}
	defer clear(km)
	block, err := aes.NewCipher(km[:32])
	if err != nil {
		return nil, fmt.Errorf("creating AES cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("creating GCM: %w", err)
	}
	c := &chunkAEAD{aead: aead, aad: append([]byte(aadLabel), id[:]...)}
	copy(c.prefix[:], km[32:])
	return c, nil
}

func (c *chunkAEAD) nonce(i uint32, last bool) [12]byte {
	var n [12]byte
	copy(n[:], c.prefix[:])
	binary.BigEndian.PutUint32(n[prefixSize:], i)
	if last {
		n[11] = 1
	}
	return n
}

// seal appends the sealed chunk i to dst.
func (c *chunkAEAD) seal(dst, plain []byte, i uint32, last bool) []byte {
	n := c.nonce(i, last)
	return c.aead.Seal(dst, n[:], plain, c.aad)
}

// openInPlace authenticates and decrypts chunk i of n over its own
// ciphertext, saving a second buffer and the cache traffic of writing it.
// On failure the buffer is wiped (GCM releases no unauthenticated
// plaintext), so the caller fetches the chunk again to diagnose it.
func (c *chunkAEAD) openInPlace(sealed []byte, i, n uint32) ([]byte, bool) {
	nc := c.nonce(i, i == n-1)
	out, err := c.aead.Open(sealed[:0], nc[:], sealed, c.aad)
	return out, err == nil
}

// diagnose explains why chunk i of n failed to open by trying the other
// (position, flag) pairs it could have been sealed with. It runs only after
// a failure, tries at most 2·maxDiagnose pairs and releases no plaintext.
func (c *chunkAEAD) diagnose(scratch, sealed []byte, i, n uint32) error {
	last := i == n-1
	defer clear(scratch[:cap(scratch)])
	try := func(j uint32, l bool) bool {
		nc := c.nonce(j, l)
		_, err := c.aead.Open(scratch[:0], nc[:], sealed, c.aad)
		return err == nil
	}
	if try(i, !last) {
		if last {
			return fmt.Errorf("chunk %d of %d is not the final chunk: %w", i, n, ErrTruncated)
		}
		return fmt.Errorf("chunk %d of %d was sealed as the final chunk: %w", i, n, ErrExtended)
	}
	limit := uint64(n) * 2
	limit = min(max(limit, 16), maxDiagnose, uint64(MaxChunks))
	for j := range uint32(limit) {
		if j == i {
			continue
		}
		if try(j, false) || try(j, true) {
			return fmt.Errorf("chunk at position %d was sealed at position %d: %w", i, j, ErrChunkOrder)
		}
	}
	return fmt.Errorf("chunk %d of %d: %w", i, n, ErrChunkAuth)
}
