package vault

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ManifestVersion is the manifest format this package writes and reads.
const ManifestVersion = 1

// Chunk size bounds and default (plaintext bytes per chunk).
const (
	MinChunkSize     = 1 << 10
	MaxChunkSize     = 64 << 20
	DefaultChunkSize = 256 << 10
)

// MaxManifestSize bounds the encoded manifest LoadManifest and
// ParseManifest accept (about 80 bytes of JSON per chunk).
const MaxManifestSize = 64 << 20

// ChunkRef names one sealed chunk: its content address and ciphertext size.
type ChunkRef struct {
	Hash Hash  `json:"hash"`
	Size int64 `json:"size"`
}

// Manifest describes a sealed dataset. It is public: it holds no key and no
// plaintext, only hashes, sizes and the schema. It is signed by the owner's
// Ethereum key over its canonical encoding (SigningHash). Writers make ids
// bound to Owner (NewID); Validate and Verify accept older manifests whose id
// is not, so they stay readable, and CheckOwnerBound tells them apart.
type Manifest struct {
	Version     int            `json:"version"`
	ID          ID             `json:"id"`
	Owner       common.Address `json:"owner"`
	Schema      Schema         `json:"schema"`
	ContentHash ContentHash    `json:"content_hash"`
	// ChunkSize is the plaintext size of every chunk but the last.
	ChunkSize int `json:"chunk_size"`
	// PlainSize is the size of the record stream (framed records).
	PlainSize int64 `json:"plain_size"`
	// Records is the number of records.
	Records uint64 `json:"records"`
	// RecordRoot is the Merkle root of the records' leaf hashes (merkle.go).
	RecordRoot Hash `json:"record_root"`
	// KeyCheck commits to the data key: HKDF-SHA256(DEK, ID, "memo-vault/v1 key check").
	KeyCheck Hash       `json:"key_check"`
	Chunks   []ChunkRef `json:"chunks"`
	// Signature is the owner's 65-byte [R ‖ S ‖ V] signature (V = 27 or 28)
	// of SigningHash, as eth_sign / personal_sign produce it.
	Signature hexutil.Bytes `json:"signature,omitempty"`
}

// Validate checks the manifest's structure and internal consistency (not
// its signature).
func (m *Manifest) Validate() error {
	if m.Version != ManifestVersion {
		return fmt.Errorf("manifest version %d, want %d: %w", m.Version, ManifestVersion, ErrManifest)
	}
	if err := m.Schema.Validate(); err != nil {
		return err
	}
	if err := m.ContentHash.check(); err != nil {
		return err
	}
	if m.ChunkSize < MinChunkSize || m.ChunkSize > MaxChunkSize {
		return fmt.Errorf("chunk size %d outside [%d, %d]: %w", m.ChunkSize, MinChunkSize, MaxChunkSize, ErrManifest)
	}
	n := len(m.Chunks)
	if n == 0 || uint64(n) > MaxChunks {
		return fmt.Errorf("%d chunks, want 1..%d: %w", n, uint64(MaxChunks), ErrManifest)
	}
	full := int64(m.ChunkSize) + tagSize
	var plain int64
	for i, c := range m.Chunks {
		if i < n-1 && c.Size != full {
			return fmt.Errorf("chunk %d has %d bytes, want %d: %w", i, c.Size, full, ErrManifest)
		}
		if c.Size < tagSize || c.Size > full {
			return fmt.Errorf("chunk %d has %d bytes, want %d..%d: %w", i, c.Size, tagSize, full, ErrManifest)
		}
		plain += c.Size - tagSize
	}
	if n > 1 && m.Chunks[n-1].Size == tagSize {
		return fmt.Errorf("empty final chunk after %d chunks: %w", n-1, ErrManifest)
	}
	if plain != m.PlainSize {
		return fmt.Errorf("chunks hold %d plaintext bytes, manifest says %d: %w", plain, m.PlainSize, ErrManifest)
	}
	if m.Records > uint64(m.PlainSize) {
		return fmt.Errorf("%d records in %d bytes: %w", m.Records, m.PlainSize, ErrManifest)
	}
	if m.Schema.Kind == KindVector {
		payload := uint64(8 * (m.Schema.Features + 1))
		frame := payload + uint64(len(binary.AppendUvarint(nil, payload)))
		if uint64(m.PlainSize)%frame != 0 || uint64(m.PlainSize)/frame != m.Records {
			return fmt.Errorf("%d vector records of %d bytes, but %d bytes: %w", m.Records, frame, m.PlainSize, ErrManifest)
		}
	}
	if m.Records == 0 && m.RecordRoot != EmptyRoot {
		return fmt.Errorf("no records but a non-empty record root: %w", ErrManifest)
	}
	return nil
}

// CheckOwnerBound reports, with ErrIDNotBound, a manifest whose id does not
// begin with its owner's address: such a dataset can be read but not granted
// on chain. It does not check the signature (Verify does).
func (m *Manifest) CheckOwnerBound() error {
	if m.ID.Owner() != m.Owner {
		return fmt.Errorf("dataset %s is bound to %s, not its owner %s (written before ids named their owner): write it again to grant it: %w",
			m.ID, m.ID.Owner(), m.Owner, ErrIDNotBound)
	}
	return nil
}

// manifestDomain starts the canonical encoding, so that a manifest
// signature can never be taken for a signature of anything else.
const manifestDomain = "memo-vault manifest v1\x00"

// CanonicalBytes returns the manifest's canonical encoding, the bytes the
// signature covers. Every field but Signature, in this order, integers
// big endian, strings and lists prefixed by their uint32 length:
//
//	domain "memo-vault manifest v1\x00"
//	u32 version ‖ id[32] ‖ owner[20]
//	str schema.kind ‖ u32 schema.features ‖ u32 schema.classes ‖ u32 #columns ‖ str column...
//	str content_hash ‖ u32 chunk_size ‖ u64 plain_size ‖ u64 records
//	record_root[32] ‖ key_check[32]
//	u32 #chunks ‖ (hash[32] ‖ u64 size)...
func (m *Manifest) CanonicalBytes() []byte {
	b := make([]byte, 0, 256+len(m.Chunks)*40)
	u32 := func(v uint32) { b = binary.BigEndian.AppendUint32(b, v) }
	u64 := func(v uint64) { b = binary.BigEndian.AppendUint64(b, v) }
	str := func(s string) { u32(uint32(len(s))); b = append(b, s...) }
	b = append(b, manifestDomain...)
	u32(uint32(m.Version))
	b = append(b, m.ID[:]...)
	b = append(b, m.Owner[:]...)
	str(string(m.Schema.Kind))
	u32(uint32(m.Schema.Features))
	u32(uint32(m.Schema.Classes))
	u32(uint32(len(m.Schema.Columns)))
	for _, c := range m.Schema.Columns {
		str(c)
	}
	str(string(m.ContentHash))
	u32(uint32(m.ChunkSize))
	u64(uint64(m.PlainSize))
	u64(m.Records)
	b = append(b, m.RecordRoot[:]...)
	b = append(b, m.KeyCheck[:]...)
	u32(uint32(len(m.Chunks)))
	for _, c := range m.Chunks {
		b = append(b, c.Hash[:]...)
		u64(uint64(c.Size))
	}
	return b
}

// Digest is Keccak-256 of the canonical encoding: the manifest's identity,
// e.g. for referring to it on chain.
func (m *Manifest) Digest() Hash { return Hash(crypto.Keccak256Hash(m.CanonicalBytes())) }

// SigningHash is the hash the owner signs: the EIP-191 personal message
// hash of Digest, Keccak-256("\x19Ethereum Signed Message:\n32" ‖ Digest),
// so a standard wallet can sign a manifest with personal_sign.
func (m *Manifest) SigningHash() Hash {
	d := m.Digest()
	return Hash(accounts.TextHash(d[:]))
}

// Sign validates the manifest and signs it with the owner's key, which must
// be the key of m.Owner.
func (m *Manifest) Sign(key *ecdsa.PrivateKey) error {
	if key == nil {
		return fmt.Errorf("signing manifest: nil key: %w", ErrBadSignature)
	}
	if addr := crypto.PubkeyToAddress(key.PublicKey); addr != m.Owner {
		return fmt.Errorf("signing manifest of owner %s with the key of %s: %w", m.Owner, addr, ErrBadSignature)
	}
	if err := m.Validate(); err != nil {
		return err
	}
	h := m.SigningHash()
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("signing manifest: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	m.Signature = sig
	return nil
}

// Signer returns the address that signed the manifest.
func (m *Manifest) Signer() (common.Address, error) {
	if len(m.Signature) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("signature of %d bytes, want %d: %w", len(m.Signature), crypto.SignatureLength, ErrBadSignature)
	}
	sig := bytes.Clone(m.Signature)
	if sig[crypto.RecoveryIDOffset] >= 27 {
		sig[crypto.RecoveryIDOffset] -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[crypto.RecoveryIDOffset], r, s, true) {
		return common.Address{}, fmt.Errorf("signature values out of range: %w", ErrBadSignature)
	}
	h := m.SigningHash()
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("recovering signer: %w: %w", err, ErrBadSignature)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify validates the manifest and checks that it is signed by its owner.
func (m *Manifest) Verify() error {
	if err := m.Validate(); err != nil {
		return err
	}
	signer, err := m.Signer()
	if err != nil {
		return err
	}
	if signer != m.Owner {
		return fmt.Errorf("manifest of %s signed by %s: %w", m.Owner, signer, ErrBadSignature)
	}
	return nil
}

// ParseManifest decodes a JSON manifest and verifies it (Verify). Unknown
// fields are refused.
func ParseManifest(b []byte) (*Manifest, error) {
	if len(b) > MaxManifestSize {
		return nil, fmt.Errorf("manifest of %d bytes exceeds %d: %w", len(b), MaxManifestSize, ErrManifest)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	m := new(Manifest)
	if err := dec.Decode(m); err != nil {
		return nil, fmt.Errorf("decoding manifest: %w: %w", err, ErrManifest)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("decoding manifest: trailing data: %w", ErrManifest)
	}
	if err := m.Verify(); err != nil {
		return nil, err
	}
	return m, nil
}

// MarshalIndent returns the manifest as indented JSON, the stored form.
func (m *Manifest) MarshalIndent() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// VerifyRecord checks a lineage proof: that the record with leaf hash leaf
// is record p.Index of this dataset. Verify the manifest first.
func (m *Manifest) VerifyRecord(leaf Hash, p Proof) error {
	return VerifyProof(m.RecordRoot, m.Records, leaf, p)
}
