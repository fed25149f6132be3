package grant

import (
	"crypto/hpke"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// KeySize is the size of a dataset key (DEK) in bytes.
const KeySize = 32

// The HPKE suite used for wrapping dataset keys: ML-KEM-768 + X25519 hybrid
// KEM (X-Wing), HKDF-SHA256, AES-256-GCM.
func kem() hpke.KEM   { return hpke.MLKEM768X25519() }
func kdf() hpke.KDF   { return hpke.HKDFSHA256() }
func aead() hpke.AEAD { return hpke.AES256GCM() }

// wrapDomain separates grant key wrapping from every other use of an
// enclave's HPKE key.
const wrapDomain = "memo-compute/grant/dek/v1"

// Binding is what a wrapped key is bound to through the HPKE info: the key
// opens only for this dataset, this enclave and this chain.
type Binding struct {
	ChainID uint64
	Dataset common.Hash
	Enclave common.Address
}

// Info returns the HPKE info string for b.
func (b Binding) Info() []byte {
	info := make([]byte, 0, len(wrapDomain)+8+32+20)
	info = append(info, wrapDomain...)
	info = binary.BigEndian.AppendUint64(info, b.ChainID)
	info = append(info, b.Dataset[:]...)
	return append(info, b.Enclave[:]...)
}

// WrapKey encrypts a dataset key to an enclave's HPKE public key (serialized
// ML-KEM-768+X25519 key), bound to b. The result is the HPKE encapsulated key
// followed by the ciphertext.
func WrapKey(enclavePub []byte, dek []byte, b Binding) ([]byte, error) {
	if len(dek) != KeySize {
		return nil, fmt.Errorf("wrapping key: %w: dataset key is %d bytes, want %d", ErrMalformed, len(dek), KeySize)
	}
	pk, err := kem().NewPublicKey(enclavePub)
	if err != nil {
		return nil, fmt.Errorf("wrapping key: parsing enclave HPKE key: %w", err)
	}
	ct, err := hpke.Seal(pk, kdf(), aead(), b.Info(), dek)
	if err != nil {
		return nil, fmt.Errorf("wrapping key: %w", err)
	}
	return ct, nil
}

// UnwrapKey opens a wrapped dataset key with the enclave's HPKE private key.
// Only the enclave holds that key, so only code behind the enclave boundary
// can call this usefully. A key wrapped for another dataset, enclave or chain
// fails with ErrUnwrap.
func UnwrapKey(priv hpke.PrivateKey, wrapped []byte, b Binding) ([]byte, error) {
	dek, err := hpke.Open(priv, kdf(), aead(), b.Info(), wrapped)
	if err != nil {
		return nil, fmt.Errorf("unwrapping key: %w", ErrUnwrap)
	}
	if len(dek) != KeySize {
		clear(dek)
		return nil, fmt.Errorf("unwrapping key: %w: key is not %d bytes", ErrUnwrap, KeySize)
	}
	return dek, nil
}
