package enclave

import (
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
)

const resultDomain = "memo-compute/enclave/result/v1"

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
// task owner's HPKE key, the lineage, the users' payouts, and the
// TaskMarket ResultClaim signed by the enclave key (EIP-712, the signature
// TaskMarket.submitResult recovers the enclave address from).
type Result struct {
	ChainID uint64 `json:"chainId"`
	// Market is the TaskMarket contract (the claim's EIP-712 domain).
	Market  common.Address `json:"market"`
	TaskID  uint64         `json:"taskId"`
	Enclave common.Address `json:"enclave"`
	// Ciphertext is the encoded model parameters HPKE-encrypted to the task
	// owner (see OpenResult); Claim.OutputHash is keccak256(Ciphertext).
	Ciphertext hexutil.Bytes `json:"ciphertext"`
	// ModelHash is the SHA-256 of the plaintext parameter encoding, so the
	// owner can check what it decrypts.
	ModelHash common.Hash `json:"modelHash"`
	Usage     []Usage     `json:"usage"`
	// Payouts split the task's per-result users' share by records used;
	// their PayoutTree root is Claim.PayoutRoot (zero when the share is 0).
	Payouts   []chain.Payout    `json:"payouts,omitempty"`
	Claim     chain.ResultClaim `json:"claim"`
	Signature hexutil.Bytes     `json:"signature"`
}

// LineageRoot commits to the usage list: keccak256 over each dataset's id,
// owner, record root, record count and ε bits, sorted by dataset id.
func LineageRoot(usage []Usage) common.Hash {
	u := slices.Clone(usage)
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

// Payouts splits usersShare (the users' part of one result share, in token
// base units) among data owners in proportion to the records used, rounding
// down; owners with several datasets get one payout. Owners whose part
// rounds to zero are left out.
func Payouts(usage []Usage, usersShare *big.Int) []chain.Payout {
	var total uint64
	byOwner := map[common.Address]uint64{}
	for _, u := range usage {
		total += u.Records
		byOwner[u.Owner] += u.Records
	}
	if usersShare == nil || usersShare.Sign() <= 0 || total == 0 {
		return nil
	}
	owners := slices.SortedFunc(mapKeys(byOwner), func(a, b common.Address) int { return a.Cmp(b) })
	var out []chain.Payout
	for _, o := range owners {
		amt := new(big.Int).Mul(usersShare, new(big.Int).SetUint64(byOwner[o]))
		amt.Quo(amt, new(big.Int).SetUint64(total))
		if amt.Sign() > 0 {
			out = append(out, chain.Payout{User: o, Amount: amt})
		}
	}
	return out
}

// claimFor computes the claim a result's fields imply.
func claimFor(r *Result) (chain.ResultClaim, error) {
	c := chain.ResultClaim{
		TaskID:      r.TaskID,
		OutputHash:  crypto.Keccak256Hash(r.Ciphertext),
		LineageRoot: LineageRoot(r.Usage),
		Measurement: r.Claim.Measurement,
	}
	eps := 0.0
	for _, u := range r.Usage {
		c.TotalRecords += u.Records
		eps = max(eps, u.Epsilon)
	}
	c.EpsilonSpent = uint64(math.Ceil(eps * chain.EpsilonScale))
	if len(r.Payouts) > 0 {
		t, err := chain.NewPayoutTree(r.Payouts)
		if err != nil {
			return chain.ResultClaim{}, fmt.Errorf("building payout tree: %w", err)
		}
		c.PayoutRoot = t.Root()
	}
	return c, nil
}

// VerifyClaim checks that the claim is what the result's ciphertext, usage
// and payouts imply and that the enclave signed it for TaskMarket.
func (r *Result) VerifyClaim() error {
	want, err := claimFor(r)
	if err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
	}
	if want != r.Claim {
		return fmt.Errorf("verifying claim: %w: claim does not match the result's output, lineage or payouts", ErrResult)
	}
	signer, err := chain.RecoverResultClaimSigner(new(big.Int).SetUint64(r.ChainID), r.Market, r.Claim, r.Signature)
	if err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
	}
	if signer != r.Enclave {
		return fmt.Errorf("verifying claim: %w: signed by %s, not enclave %s", ErrResult, signer, r.Enclave)
	}
	return nil
}

func resultInfo(chainID uint64, market common.Address, task uint64, enclave common.Address) []byte {
	info := append([]byte(resultDomain), binary.BigEndian.AppendUint64(nil, chainID)...)
	info = append(info, market[:]...)
	info = binary.BigEndian.AppendUint64(info, task)
	return append(info, enclave[:]...)
}

// OpenResult verifies a result's claim, decrypts it with the task owner's
// HPKE private key and checks the plaintext against the model hash. It
// returns the canonical parameter encoding (train.Params.UnmarshalBinary
// reads it).
func OpenResult(owner hpke.PrivateKey, r *Result) ([]byte, error) {
	if err := r.VerifyClaim(); err != nil {
		return nil, err
	}
	pt, err := hpke.Open(owner, hpke.HKDFSHA256(), hpke.AES256GCM(), resultInfo(r.ChainID, r.Market, r.TaskID, r.Enclave), r.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("opening result: %w: not encrypted to this key", ErrResult)
	}
	if h := sha256Hash(pt); h != r.ModelHash {
		return nil, fmt.Errorf("opening result: %w: model hash mismatch", ErrResult)
	}
	return pt, nil
}

func sha256Hash(b []byte) common.Hash { return common.Hash(sha256.Sum256(b)) }
