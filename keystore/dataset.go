package keystore

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/vault"
)

// Dataset is what the owner keeps about one uploaded dataset.
type Dataset struct {
	ID vault.ID `json:"id"`
	// Store is where the chunks and manifest were written: a directory or
	// an s3:// URL (never credentials).
	Store string `json:"store"`
	// Source is the name of the uploaded file.
	Source   string          `json:"source"`
	Manifest *vault.Manifest `json:"manifest"`
	// SealedKey is the data key sealed by SealDEK (hex).
	SealedKey string `json:"sealedKey"`
	// Grants are the grants issued for the dataset, oldest first.
	Grants []Grant `json:"grants,omitempty"`
}

// Grant is what the owner keeps about one grant of a dataset to an enclave.
type Grant struct {
	Enclave    common.Address `json:"enclave"`
	Node       string         `json:"node"`
	PolicyHash common.Hash    `json:"policyHash"`
	// Expiry is the first block at which the grant is no longer valid.
	Expiry uint64 `json:"expiry"`
	// File holds the signed grant.
	File string `json:"file"`
	// Relayed is set when the grant was signed but left for the node to
	// register (grantWithSig).
	Relayed bool `json:"relayed"`
}

// NewDataset returns the record of the dataset described by m, with dek
// sealed under key.
func NewDataset(key *ecdsa.PrivateKey, m *vault.Manifest, dek *vault.DEK, store, source string) (*Dataset, error) {
	sealed, err := SealDEK(key, m.ID, dek)
	if err != nil {
		return nil, err
	}
	return &Dataset{ID: m.ID, Store: store, Source: source, Manifest: m, SealedKey: sealed}, nil
}

// DEK opens the dataset's data key with the account key. The caller
// destroys it when done.
func (r *Dataset) DEK(key *ecdsa.PrivateKey) (*vault.DEK, error) {
	return OpenDEK(key, r.ID, r.SealedKey)
}

// DatasetFile returns the path of the record of dataset id.
func (d *Dir) DatasetFile(id vault.ID) string {
	return filepath.Join(d.root, "datasets", id.String()+".json")
}

// SaveDataset writes r, replacing an earlier record of the same dataset.
func (d *Dir) SaveDataset(r *Dataset) error {
	if r.Manifest == nil || r.Manifest.ID != r.ID {
		return fmt.Errorf("saving dataset %s: %w: the record's manifest is missing or for another dataset", r.ID, ErrCorrupt)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding dataset record: %w", err)
	}
	return writeFile(d.DatasetFile(r.ID), append(b, '\n'))
}

// Dataset reads the record of dataset id: ErrNoDataset if there is none,
// ErrCorrupt if it does not decode or describes another dataset.
func (d *Dir) Dataset(id vault.ID) (*Dataset, error) {
	path := d.DatasetFile(id)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: 0x%s (no %s)", ErrNoDataset, id, path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading dataset record: %w", err)
	}
	r, err := decodeDataset(b)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if r.ID != id {
		return nil, fmt.Errorf("reading %s: %w: it describes dataset 0x%s", path, ErrCorrupt, r.ID)
	}
	return r, nil
}

// decodeDataset parses a dataset record and checks that it is complete.
func decodeDataset(b []byte) (*Dataset, error) {
	var r Dataset
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if r.Manifest == nil || r.Manifest.ID != r.ID || r.SealedKey == "" {
		return nil, fmt.Errorf("%w: manifest or sealed key missing or for another dataset", ErrCorrupt)
	}
	return &r, nil
}

// Datasets returns every dataset record, ordered by dataset id.
func (d *Dir) Datasets() ([]*Dataset, error) {
	dir := filepath.Join(d.root, "datasets")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing datasets: %w", err)
	}
	var out []*Dataset
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || e.IsDir() {
			continue
		}
		id, err := vault.ParseID(name)
		if err != nil {
			continue // not a record
		}
		r, err := d.Dataset(id)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// GrantFile returns the default path of the signed grant of dataset id to
// enclave.
func (d *Dir) GrantFile(id vault.ID, enclave common.Address) string {
	return filepath.Join(d.root, "grants", fmt.Sprintf("%s-%s.json", id, strings.ToLower(enclave.Hex()[2:])))
}

// SaveGrant writes the signed grant (its JSON) to g.File, or GrantFile if
// g.File is empty, and adds g to the dataset's record.
func (d *Dir) SaveGrant(r *Dataset, g Grant, signed []byte) error {
	if g.File == "" {
		g.File = d.GrantFile(r.ID, g.Enclave)
	}
	if err := writeFile(g.File, signed); err != nil {
		return err
	}
	r.Grants = append(r.Grants, g)
	return d.SaveDataset(r)
}

// dekSealInfo separates the sealing key from any other use of the account key.
const dekSealInfo = "memo-compute/cli/dek-seal/v1"

// dekSealer returns the AEAD sealing data keys of dataset id under key.
func dekSealer(key *ecdsa.PrivateKey, id vault.ID) (cipher.AEAD, error) {
	secret := crypto.FromECDSA(key)
	defer clear(secret)
	k, err := hkdf.Key(sha256.New, secret, []byte(dekSealInfo), id.String(), 32)
	if err != nil {
		return nil, err
	}
	defer clear(k)
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// SealDEK seals dek for dataset id under a key derived from the account
// key: hex of nonce ‖ AES-256-GCM ciphertext, with id as additional data.
func SealDEK(key *ecdsa.PrivateKey, id vault.ID, dek *vault.DEK) (string, error) {
	raw, err := dek.Bytes()
	if err != nil {
		return "", fmt.Errorf("sealing data key: %w", err)
	}
	defer clear(raw)
	g, err := dekSealer(key, id)
	if err != nil {
		return "", fmt.Errorf("sealing data key: %w", err)
	}
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("sealing data key: %w", err)
	}
	return hex.EncodeToString(g.Seal(nonce, nonce, raw, id[:])), nil
}

// OpenDEK opens a data key sealed by SealDEK. Any other account key or
// dataset id, or a changed sealed key, is ErrSealedKey.
func OpenDEK(key *ecdsa.PrivateKey, id vault.ID, sealed string) (*vault.DEK, error) {
	b, err := hex.DecodeString(sealed)
	if err != nil {
		return nil, fmt.Errorf("opening data key: %w: not hex", ErrSealedKey)
	}
	g, err := dekSealer(key, id)
	if err != nil {
		return nil, fmt.Errorf("opening data key: %w", err)
	}
	if len(b) < g.NonceSize()+g.Overhead() {
		return nil, fmt.Errorf("opening data key: %w: too short", ErrSealedKey)
	}
	raw, err := g.Open(nil, b[:g.NonceSize()], b[g.NonceSize():], id[:])
	if err != nil {
		return nil, fmt.Errorf("opening data key: %w: sealed under another account key or changed", ErrSealedKey)
	}
	defer clear(raw)
	return vault.ImportDEK(raw)
}
