package enclave

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// SealingSecretSize is the size of a node's sealing secret.
const SealingSecretSize = 32

const (
	sealVersion = 1
	sealLabel   = "memo-compute/enclave/seal/v1"
)

// sealingKey derives the AES-256 sealing key from the node's sealing secret
// and the enclave measurement (SGX's EGETKEY with the MRENCLAVE policy does
// the same from the CPU's fused key).
func sealingKey(secret []byte, m common.Hash) ([]byte, error) {
	key, err := hkdf.Key(sha256.New, secret, []byte(sealLabel), string(m[:]), 32)
	if err != nil {
		return nil, fmt.Errorf("deriving sealing key: %w", err)
	}
	return key, nil
}

// sealingAEAD returns AES-256-GCM under the sealing key of measurement m;
// the derived key bytes are wiped before it returns.
func sealingAEAD(secret []byte, m common.Hash) (cipher.AEAD, error) {
	key, err := sealingKey(secret, m)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// seal encrypts plaintext under the sealing key of measurement m. The blob is
// version ‖ nonce ‖ AES-256-GCM(ciphertext), with the measurement as
// additional data.
func seal(secret []byte, m common.Hash, plaintext []byte) ([]byte, error) {
	gcm, err := sealingAEAD(secret, m)
	if err != nil {
		return nil, fmt.Errorf("sealing: %w", err)
	}
	out := make([]byte, 1+gcm.NonceSize(), 1+gcm.NonceSize()+len(plaintext)+gcm.Overhead())
	out[0] = sealVersion
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("sealing: %w", err)
	}
	return gcm.Seal(out, out[1:], plaintext, m[:]), nil
}

// unseal opens a blob made by seal; a different secret or measurement fails
// with ErrUnseal.
func unseal(secret []byte, m common.Hash, blob []byte) ([]byte, error) {
	gcm, err := sealingAEAD(secret, m)
	if err != nil {
		return nil, fmt.Errorf("unsealing: %w", err)
	}
	if len(blob) < 1+gcm.NonceSize()+gcm.Overhead() || blob[0] != sealVersion {
		return nil, fmt.Errorf("unsealing: %w: not a sealed state blob", ErrUnseal)
	}
	pt, err := gcm.Open(nil, blob[1:1+gcm.NonceSize()], blob[1+gcm.NonceSize():], m[:])
	if err != nil {
		return nil, fmt.Errorf("unsealing: %w: sealed by another measurement or node, or corrupted", ErrUnseal)
	}
	return pt, nil
}
