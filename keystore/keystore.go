package keystore

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

var (
	// ErrNoKey is returned when the directory holds no account key.
	ErrNoKey = errors.New("keystore: no account key")
	// ErrKeyExists is returned by SaveKey when an account key exists and replacing it was not asked for.
	ErrKeyExists = errors.New("keystore: an account key already exists")
	// ErrEmptyPassword is returned when a key would be encrypted under an empty password.
	ErrEmptyPassword = errors.New("keystore: empty password")
	// ErrPassword is returned when the account key does not decrypt: the password is wrong or the encrypted key was changed.
	ErrPassword = errors.New("keystore: wrong password or changed key file")
	// ErrCorrupt is returned when a key file or dataset record is malformed or inconsistent.
	ErrCorrupt = errors.New("keystore: corrupt file")
	// ErrNoDataset is returned when the directory holds no record for a dataset.
	ErrNoDataset = errors.New("keystore: no such dataset")
	// ErrSealedKey is returned when a sealed data key does not open: it was
	// sealed under another account key or for another dataset, or changed.
	ErrSealedKey = errors.New("keystore: sealed data key does not open")
)

// keyFileName is the account key's file name inside the directory.
const keyFileName = "key.json"

// Limits on the key file's scrypt parameters: go-ethereum's standard ones
// (N = 2^18, 256 MiB) at most, so that a changed file cannot make LoadKey
// allocate or compute without bound.
const (
	maxScryptN = ethkeystore.StandardScryptN
	maxScryptP = 8
)

// Dir is a data owner's key directory. Its methods read and write files
// under Path; Open does no I/O.
type Dir struct {
	root string
}

// Open returns the key directory at path, which need not exist yet: it is
// created (0700) by the first write.
func Open(path string) *Dir { return &Dir{root: path} }

// Path returns the directory.
func (d *Dir) Path() string { return d.root }

// KeyFile returns the path of the account key file.
func (d *Dir) KeyFile() string { return filepath.Join(d.root, keyFileName) }

// SaveKey encrypts key under password and writes it as the account key. An
// existing key is replaced only if replace is set (ErrKeyExists otherwise).
func (d *Dir) SaveKey(key *ecdsa.PrivateKey, password string, replace bool) error {
	if password == "" {
		return ErrEmptyPassword
	}
	if _, err := os.Stat(d.KeyFile()); err == nil && !replace {
		return fmt.Errorf("%w: %s", ErrKeyExists, d.KeyFile())
	}
	k := &ethkeystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	b, err := ethkeystore.EncryptKey(k, password, ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	if err != nil {
		return fmt.Errorf("encrypting account key: %w", err)
	}
	return writeFile(d.KeyFile(), b)
}

// LoadKey decrypts the account key with password. A missing file is
// ErrNoKey, a wrong password ErrPassword, a malformed file ErrCorrupt; each
// error names the file.
func (d *Dir) LoadKey(password string) (*ecdsa.PrivateKey, error) {
	path := d.KeyFile()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s", ErrNoKey, path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading account key: %w", err)
	}
	key, err := decryptKey(b, password)
	if err != nil {
		return nil, fmt.Errorf("decrypting %s: %w", path, err)
	}
	return key, nil
}

// Address returns the account key's address as its file states it,
// without the password. The address field is not covered by the file's MAC:
// LoadKey checks it against the key, Address does not.
func (d *Dir) Address() (common.Address, error) {
	path := d.KeyFile()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return common.Address{}, fmt.Errorf("%w at %s", ErrNoKey, path)
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("reading account key: %w", err)
	}
	var f keyFileJSON
	if err := json.Unmarshal(b, &f); err != nil || !common.IsHexAddress(f.Address) {
		return common.Address{}, fmt.Errorf("reading %s: %w: no address", path, ErrCorrupt)
	}
	return common.HexToAddress(f.Address), nil
}

// keyFileJSON is the part of a keystore v3 file that decryptKey checks
// before handing the file to go-ethereum.
type keyFileJSON struct {
	Address string `json:"address"`
	Crypto  struct {
		Cipher       string `json:"cipher"`
		CipherText   string `json:"ciphertext"`
		CipherParams struct {
			IV string `json:"iv"`
		} `json:"cipherparams"`
		KDF       string `json:"kdf"`
		KDFParams struct {
			N     int    `json:"n"`
			R     int    `json:"r"`
			P     int    `json:"p"`
			DKLen int    `json:"dklen"`
			Salt  string `json:"salt"`
		} `json:"kdfparams"`
		MAC string `json:"mac"`
	} `json:"crypto"`
	ID      string `json:"id"`
	Version int    `json:"version"`
}

// decryptKey checks that b is a keystore v3 file with bounded scrypt
// parameters (go-ethereum's parser panics on some malformed files and
// would run scrypt with any parameters), decrypts the checked fields and
// checks that the key is the one the file names.
func decryptKey(b []byte, password string) (*ecdsa.PrivateKey, error) {
	var f keyFileJSON
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: not a keystore file: %w", ErrCorrupt, err)
	}
	c, p := f.Crypto, f.Crypto.KDFParams
	hexLen := func(s string, n int) bool { // n < 0: any length but 0
		raw, err := hex.DecodeString(s)
		return err == nil && (len(raw) == n || n < 0 && len(raw) > 0)
	}
	switch {
	case f.Version != 3:
		return nil, fmt.Errorf("%w: keystore version %d, want 3", ErrCorrupt, f.Version)
	case c.KDF != "scrypt" || c.Cipher != "aes-128-ctr":
		return nil, fmt.Errorf("%w: kdf %q, cipher %q: want scrypt and aes-128-ctr", ErrCorrupt, c.KDF, c.Cipher)
	case p.N < 2 || p.N > maxScryptN || p.N&(p.N-1) != 0 || p.R != 8 || p.P < 1 || p.P > maxScryptP || p.DKLen != 32:
		return nil, fmt.Errorf("%w: scrypt parameters out of range (n %d, r %d, p %d, dklen %d)", ErrCorrupt, p.N, p.R, p.P, p.DKLen)
	case !hexLen(p.Salt, -1) || !hexLen(c.CipherParams.IV, 16) || !hexLen(c.CipherText, 32) || !hexLen(c.MAC, 32):
		return nil, fmt.Errorf("%w: salt, iv, ciphertext or mac is not hex of the right length", ErrCorrupt)
	case !common.IsHexAddress(f.Address):
		return nil, fmt.Errorf("%w: address %q", ErrCorrupt, f.Address)
	}
	if _, err := uuid.Parse(f.ID); err != nil {
		return nil, fmt.Errorf("%w: id: %w", ErrCorrupt, err)
	}
	// go-ethereum reads the file again, with a parser that is
	// case-sensitive where encoding/json is not: give it exactly what was
	// checked.
	canonical, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	k, err := ethkeystore.DecryptKey(canonical, password)
	if errors.Is(err, ethkeystore.ErrDecrypt) {
		return nil, ErrPassword
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if k.Address != common.HexToAddress(f.Address) {
		return nil, fmt.Errorf("%w: the file names address %s but holds the key of %s", ErrCorrupt, common.HexToAddress(f.Address).Hex(), k.Address.Hex())
	}
	return k.PrivateKey, nil
}

// ReadPassword reads a password from a file; trailing line breaks are not
// part of it. An empty password is ErrEmptyPassword.
func ReadPassword(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("reading password file: %w", err)
	}
	defer clear(b)
	pw := strings.TrimRight(string(b), "\r\n")
	if pw == "" {
		return "", fmt.Errorf("%w in %s", ErrEmptyPassword, path)
	}
	return pw, nil
}

// writeFile writes b to path atomically (a temporary file renamed over
// it), readable by the owner only, creating the directory (0700) if need be.
func writeFile(path string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
