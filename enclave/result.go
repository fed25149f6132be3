package enclave

import (
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	resultDomain = "memo-compute/enclave/result/v1"
	claimDomain  = "memo-compute/enclave/claim/v1"
)

// Usage is what a task took from one dataset: the lineage and the privacy
// cost the data owner is paid and charged for.
type Usage struct {
	Dataset common.Hash    `json:"dataset"`
	Owner   common.Address `json:"owner"`
	// RecordRoot is the Merkle root of the dataset's record hashes (from its
	// owner-signed manifest); Records is how many of them the task used.
	RecordRoot common.Hash `json:"recordRoot"`
	Records    uint64      `json:"records"`
	// Epsilon is the ε charged to the dataset's grant by this task.
	Epsilon float64 `json:"epsilon"`
}

// Result is what leaves the enclave after a task: the model encrypted to the
// task owner's HPKE key and a claim signed by the enclave key.
type Result struct {
	ChainID     uint64         `json:"chainId"`
	Task        common.Hash    `json:"task"`
	Enclave     common.Address `json:"enclave"`
	Measurement common.Hash    `json:"measurement"`
	// Ciphertext is the encoded model parameters HPKE-encrypted to the task
	// owner (see OpenResult).
	Ciphertext hexutil.Bytes `json:"ciphertext"`
	// OutputHash is keccak256(Ciphertext); ModelHash is the SHA-256 of the
	// plaintext parameter encoding, so the owner can check what it decrypts.
	OutputHash common.Hash `json:"outputHash"`
	ModelHash  common.Hash `json:"modelHash"`
	Usage      []Usage     `json:"usage"`
	// Signature is the enclave's signature over ClaimDigest (65 bytes, v in {27, 28}).
	Signature hexutil.Bytes `json:"signature"`
}

// LineageRoot commits to the usage list: keccak256 over each dataset's id,
// record root and record count, sorted by dataset id.
func (r *Result) LineageRoot() common.Hash {
	u := slices.Clone(r.Usage)
	slices.SortFunc(u, func(a, b Usage) int { return a.Dataset.Cmp(b.Dataset) })
	buf := make([]byte, 0, len(u)*(32+20+32+8+8))
	for _, x := range u {
		buf = append(buf, x.Dataset[:]...)
		buf = append(buf, x.Owner[:]...)
		buf = append(buf, x.RecordRoot[:]...)
		buf = binary.BigEndian.AppendUint64(buf, x.Records)
		buf = binary.BigEndian.AppendUint64(buf, math.Float64bits(x.Epsilon))
	}
	return crypto.Keccak256Hash(buf)
}

// ClaimDigest is the digest the enclave signs: keccak256 of the claim domain,
// chain id, task, output hash, model hash, lineage root and measurement.
// (The TaskMarket contract's typed claim may replace this encoding; the
// fields are the same.)
func (r *Result) ClaimDigest() common.Hash {
	lr := r.LineageRoot()
	return crypto.Keccak256Hash(
		[]byte(claimDomain),
		binary.BigEndian.AppendUint64(nil, r.ChainID),
		r.Task[:], r.OutputHash[:], r.ModelHash[:], lr[:], r.Measurement[:],
	)
}

// VerifyClaim checks that the result is signed by its enclave and that its
// output hash matches the ciphertext.
func (r *Result) VerifyClaim() error {
	if crypto.Keccak256Hash(r.Ciphertext) != r.OutputHash {
		return fmt.Errorf("verifying claim: %w: output hash does not match ciphertext", ErrResult)
	}
	if len(r.Signature) != 65 {
		return fmt.Errorf("verifying claim: %w: signature is %d bytes", ErrResult, len(r.Signature))
	}
	sig := slices.Clone([]byte(r.Signature))
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	d := r.ClaimDigest()
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != r.Enclave {
		return fmt.Errorf("verifying claim: %w: signed by %s, not enclave %s", ErrResult, got, r.Enclave)
	}
	return nil
}

func resultInfo(chainID uint64, task common.Hash, enclave common.Address) []byte {
	info := append([]byte(resultDomain), binary.BigEndian.AppendUint64(nil, chainID)...)
	info = append(info, task[:]...)
	return append(info, enclave[:]...)
}

// OpenResult decrypts a result with the task owner's HPKE private key and
// checks the plaintext against the signed model hash. It returns the
// canonical parameter encoding (train.Params.UnmarshalBinary reads it).
func OpenResult(owner hpke.PrivateKey, r *Result) ([]byte, error) {
	if err := r.VerifyClaim(); err != nil {
		return nil, err
	}
	pt, err := hpke.Open(owner, hpke.HKDFSHA256(), hpke.AES256GCM(), resultInfo(r.ChainID, r.Task, r.Enclave), r.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("opening result: %w: not encrypted to this key", ErrResult)
	}
	if h := sha256Hash(pt); h != r.ModelHash {
		return nil, fmt.Errorf("opening result: %w: model hash mismatch", ErrResult)
	}
	return pt, nil
}

func sha256Hash(b []byte) common.Hash { return common.Hash(sha256.Sum256(b)) }
