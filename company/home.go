package company

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// Home is the task owner's directory:
//
//	resultkey.json      the HPKE result key, sealed under the account key
//	tasks/ID.json       one record per published task (ID: the document hash)
//
// Secrets (the result key, each task's private input) are sealed with
// AES-256-GCM under a key derived from the owner's account key, so the
// directory alone opens nothing.
type Home struct{ dir string }

// OpenHome returns the home at dir (created when first written).
func OpenHome(dir string) *Home { return &Home{dir: dir} }

// Dir returns the home's directory.
func (h *Home) Dir() string { return h.dir }

// resultKeyFile is the sealed result key.
type resultKeyFile struct {
	Owner     common.Address `json:"owner"`
	PublicKey hexutil.Bytes  `json:"publicKey"`
	Sealed    hexutil.Bytes  `json:"sealedKey"`
}

const (
	resultKeyInfo = "memo-compute/company/result-key/v1"
	inputInfo     = "memo-compute/company/owner-input/v1"
)

func (h *Home) resultKeyPath() string { return filepath.Join(h.dir, "resultkey.json") }

// ResultKey returns the owner's result key, opening it with the account
// key; with create it makes and saves one if the home has none.
func (h *Home) ResultKey(account *ecdsa.PrivateKey, create bool) (hpke.PrivateKey, error) {
	owner := crypto.PubkeyToAddress(account.PublicKey)
	b, err := os.ReadFile(h.resultKeyPath())
	if errors.Is(err, fs.ErrNotExist) && create {
		return h.newResultKey(account)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: reading the result key: %w", ErrHome, err)
	}
	var f resultKeyFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrHome, h.resultKeyPath(), err)
	}
	if f.Owner != owner {
		return nil, fmt.Errorf("%w: the result key in %s is account %s's, not %s's", ErrHome, h.dir, f.Owner, owner)
	}
	raw, err := open(account, resultKeyInfo, owner.Bytes(), f.Sealed)
	if err != nil {
		return nil, fmt.Errorf("%w: opening the result key: %w", ErrHome, err)
	}
	defer clear(raw)
	k, err := hpke.MLKEM768X25519().NewPrivateKey(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding the result key: %w", ErrHome, err)
	}
	return k, nil
}

func (h *Home) newResultKey(account *ecdsa.PrivateKey) (hpke.PrivateKey, error) {
	owner := crypto.PubkeyToAddress(account.PublicKey)
	k, err := hpke.MLKEM768X25519().GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generating the result key: %w", err)
	}
	raw, err := k.Bytes()
	if err != nil {
		return nil, err
	}
	defer clear(raw)
	sealed, err := seal(account, resultKeyInfo, owner.Bytes(), raw)
	if err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(resultKeyFile{Owner: owner, PublicKey: k.PublicKey().Bytes(), Sealed: sealed}, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := writeFile(h.resultKeyPath(), b, false); err != nil {
		return nil, err
	}
	return k, nil
}

// Record is what the owner keeps of a published task.
type Record struct {
	Task *nodeapi.Task `json:"task"`
	// Fee, Split and Deadline are the market terms published.
	Fee       *big.Int    `json:"fee"`
	Split     chain.Split `json:"split"`
	Deadline  uint64      `json:"deadline"`
	PublishTx common.Hash `json:"publishTx"`
	Published time.Time   `json:"published"`
	// SealedInput is the owner's private input (salt and initial
	// parameters), sealed under the account key; empty if none.
	SealedInput hexutil.Bytes `json:"sealedInput,omitempty"`
}

func (h *Home) taskPath(id common.Hash) string {
	return filepath.Join(h.dir, "tasks", id.Hex()+".json")
}

// SaveTask writes (or rewrites) the record of r's task.
func (h *Home) SaveTask(r *Record) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(h.taskPath(r.Task.ID), b, true)
}

// Task returns the record of a task by reference: its document hash
// (0x…) or its market task id (decimal).
func (h *Home) Task(ref string) (*Record, error) {
	ref = strings.TrimSpace(ref)
	if strings.HasPrefix(ref, "0x") {
		id, err := nodeapi.ParseHash(ref)
		if err != nil {
			return nil, fmt.Errorf("%w: task %q: want a market task id or a 0x document hash", ErrHome, ref)
		}
		return h.readTask(h.taskPath(id))
	}
	mid, err := strconv.ParseUint(ref, 10, 64)
	if err != nil || mid == 0 {
		return nil, fmt.Errorf("%w: task %q: want a market task id or a 0x document hash", ErrHome, ref)
	}
	recs, err := h.Tasks()
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if r.Task.MarketID == mid {
			return r, nil
		}
	}
	return nil, fmt.Errorf("%w: no record of market task %d in %s (published from another home?)", ErrHome, mid, h.dir)
}

// Tasks returns every task record, oldest first.
func (h *Home) Tasks() ([]*Record, error) {
	ents, err := os.ReadDir(filepath.Join(h.dir, "tasks"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrHome, err)
	}
	var out []*Record
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		r, err := h.readTask(filepath.Join(h.dir, "tasks", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (h *Home) readTask(path string) (*Record, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: no record %s (published from another home?)", ErrHome, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrHome, err)
	}
	var r Record
	if err := json.Unmarshal(b, &r); err != nil || r.Task == nil {
		return nil, fmt.Errorf("%w: %s is not a task record", ErrHome, path)
	}
	if err := r.Task.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrHome, path, err)
	}
	return &r, nil
}

// SealInput seals the owner's input for the record under the account key.
func SealInput(account *ecdsa.PrivateKey, task common.Hash, in *enclave.OwnerInput) ([]byte, error) {
	p, err := in.Init.MarshalBinary()
	if err != nil {
		return nil, err
	}
	defer clear(p)
	pt := append(in.Salt[:], p...)
	defer clear(pt)
	return seal(account, inputInfo, task[:], pt)
}

// Input opens the record's owner input (nil if the task has none).
func (r *Record) Input(account *ecdsa.PrivateKey) (*enclave.OwnerInput, error) {
	if len(r.SealedInput) == 0 {
		return nil, nil
	}
	pt, err := open(account, inputInfo, r.Task.ID[:], r.SealedInput)
	if err != nil {
		return nil, fmt.Errorf("%w: opening the task's input: %w", ErrHome, err)
	}
	defer clear(pt)
	if len(pt) < 32 {
		return nil, fmt.Errorf("%w: the task's input is truncated", ErrHome)
	}
	in := &enclave.OwnerInput{}
	copy(in.Salt[:], pt[:32])
	var p train.Params
	if err := p.UnmarshalBinary(pt[32:]); err != nil {
		return nil, fmt.Errorf("%w: the task's input: %w", ErrHome, err)
	}
	in.Init = p
	if in.Commitment() != r.Task.InputCommitment {
		return nil, fmt.Errorf("%w: the kept input is not the one the task commits to", ErrHome)
	}
	return in, nil
}

func sealer(account *ecdsa.PrivateKey, info string) (cipher.AEAD, error) {
	secret := crypto.FromECDSA(account)
	defer clear(secret)
	k, err := hkdf.Key(sha256.New, secret, nil, info, 32)
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

// seal encrypts pt under a key derived from the account key for info:
// nonce ‖ AES-256-GCM ciphertext, with ad as additional data.
func seal(account *ecdsa.PrivateKey, info string, ad, pt []byte) ([]byte, error) {
	g, err := sealer(account, info)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return g.Seal(nonce, nonce, pt, ad), nil
}

func open(account *ecdsa.PrivateKey, info string, ad, b []byte) ([]byte, error) {
	g, err := sealer(account, info)
	if err != nil {
		return nil, err
	}
	if len(b) < g.NonceSize()+g.Overhead() {
		return nil, errors.New("sealed data too short")
	}
	pt, err := g.Open(nil, b[:g.NonceSize()], b[g.NonceSize():], ad)
	if err != nil {
		return nil, errors.New("sealed under another account key, or changed")
	}
	return pt, nil
}

// writeFile writes b to path (0600, its directory 0700) through a
// temporary file, replacing an existing file only if replace.
func writeFile(path string, b []byte, replace bool) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("%w: %w", ErrHome, err)
	}
	if !replace {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("%w: %s exists", ErrHome, path)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("%w: %w", ErrHome, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("%w: %w", ErrHome, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%w: %w", ErrHome, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%w: %w", ErrHome, err)
	}
	return nil
}
