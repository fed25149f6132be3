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

const (
	resultDomain = "memo-compute/enclave/result/v1"
	claimDomain  = "memo-compute/enclave/claim/v3"
)

// Usage is what a task took from one dataset: the lineage and the privacy
// cost the data owner is paid and charged for.
type Usage struct {
	// Enclave is the enclave that decrypted and trained on the dataset.
	Enclave common.Address `json:"enclave"`
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
// task owner's HPKE key, the lineage, a claim signed by the enclave key
// (ClaimDigest), and, for a TaskMarket task, the users' payouts and the
// market's EIP-712 ResultClaim signed by the enclave key (what
// TaskMarket.submitResult recovers the enclave address from). Both claims
// are made inside RunTask: the enclave never signs a claim its caller
// composed.
type Result struct {
	ChainID     uint64         `json:"chainId"`
	Task        common.Hash    `json:"task"`
	Enclave     common.Address `json:"enclave"`
	Measurement common.Hash    `json:"measurement"`
	// Ciphertext is the encoded model parameters HPKE-encrypted to the task
	// owner (see OpenResult); OutputHash is keccak256(Ciphertext).
	Ciphertext hexutil.Bytes `json:"ciphertext"`
	OutputHash common.Hash   `json:"outputHash"`
	// ModelHash is the SHA-256 of the plaintext: the parameter encoding
	// of a training task, the module's stdout of a wasm task, so the owner
	// can check what it decrypts.
	ModelHash common.Hash `json:"modelHash"`
	// Usage is this enclave's own lineage: the datasets it decrypted.
	Usage []Usage `json:"usage"`
	// Federation is the usage of every enclave of the task (this one's
	// included), as the enclaves exchanged it, signed, during FedAvg, sorted
	// by dataset. Every enclave of the task signs the same Federation, so
	// their market claims carry the same lineage and payout roots.
	Federation []Usage `json:"federation"`
	// InputCommitment is the commitment to the owner's private input the
	// training started from, and InputHash the keccak256 of the sealed input
	// this enclave opened (both zero: started from the spec's seed).
	InputCommitment common.Hash `json:"inputCommitment,omitzero"`
	InputHash       common.Hash `json:"inputHash,omitzero"`
	// ConfigHash commits to the public run configuration a wasm task's
	// output depends on besides module and records (WasmLimits.Hash); zero
	// for training, whose spec hash is the workload id.
	ConfigHash common.Hash `json:"configHash,omitzero"`
	// Signature is the enclave's signature over ClaimDigest (65 bytes, v in {27, 28}).
	Signature hexutil.Bytes `json:"signature"`

	// Market is the TaskMarket contract (zero: not a market task, and the
	// fields below are empty).
	Market common.Address `json:"market,omitzero"`
	// Payouts split the task's per-result users' share among the owners of
	// the whole federation by records used; their PayoutTree root is
	// MarketClaim.PayoutRoot (zero when the share is 0).
	Payouts []chain.Payout `json:"payouts,omitempty"`
	// MarketClaim is the TaskMarket ResultClaim and MarketSignature the
	// enclave's EIP-712 signature of it, ready for SubmitResult.
	MarketClaim     *chain.ResultClaim `json:"marketClaim,omitempty"`
	MarketSignature hexutil.Bytes      `json:"marketSignature,omitempty"`
	// GrantsBlock is the block at which the enclave last checked that the
	// grants it used are active; ResultKeyHash the hash of the task owner's
	// result key the output is encrypted to; PrevLedgerRoot and LedgerRoot
	// the roots of the enclave's ε ledger before and after the task (zero
	// for an empty ledger). The market claim carries all four.
	GrantsBlock    uint64      `json:"grantsBlock,omitzero"`
	ResultKeyHash  common.Hash `json:"resultKeyHash,omitzero"`
	PrevLedgerRoot common.Hash `json:"prevLedgerRoot,omitzero"`
	LedgerRoot     common.Hash `json:"ledgerRoot,omitzero"`
	// PrevLedger is the enclave's ε ledger before the task, published so
	// that verifiers audit the claim's charges against its roots and the
	// grants' budgets (Audit). Its root is PrevLedgerRoot.
	PrevLedger *LedgerState `json:"prevLedger,omitempty"`
}

// LineageRoot commits to the enclave's own usage list (see LineageRoot).
func (r *Result) LineageRoot() common.Hash { return LineageRoot(r.Usage) }

// FederationRoot commits to the federation's usage list; it is the market
// claim's lineage root, the same in every result of the task.
func (r *Result) FederationRoot() common.Hash { return LineageRoot(r.Federation) }

// ClaimDigest is the digest of the enclave's own claim: keccak256 of the
// claim domain, chain id, task, output hash, model hash, own and
// federation lineage roots, input commitment, sealed input hash,
// measurement, grants block, result-key hash and the ε-ledger roots before
// and after, followed by the config hash when it is not zero (wasm tasks).
// Verifiers judge grants at the grants block it covers, so a host cannot
// move it to a block before a revocation.
func (r *Result) ClaimDigest() common.Hash {
	lr, fr := r.LineageRoot(), r.FederationRoot()
	parts := [][]byte{
		[]byte(claimDomain),
		binary.BigEndian.AppendUint64(nil, r.ChainID),
		r.Task[:], r.OutputHash[:], r.ModelHash[:], lr[:], fr[:],
		r.InputCommitment[:], r.InputHash[:], r.Measurement[:],
		binary.BigEndian.AppendUint64(nil, r.GrantsBlock),
		r.ResultKeyHash[:], r.PrevLedgerRoot[:], r.LedgerRoot[:],
	}
	if r.ConfigHash != (common.Hash{}) {
		parts = append(parts, r.ConfigHash[:])
	}
	return crypto.Keccak256Hash(parts...)
}

// LineageRoot commits to a usage list: keccak256 over each dataset's id,
// enclave, owner, record root, record count and ε bits, sorted by dataset
// id.
func LineageRoot(usage []Usage) common.Hash {
	u := slices.Clone(usage)
	slices.SortFunc(u, func(a, b Usage) int { return a.Dataset.Cmp(b.Dataset) })
	buf := make([]byte, 0, len(u)*(32+20+20+32+8+8))
	for _, x := range u {
		buf = append(buf, x.Dataset[:]...)
		buf = append(buf, x.Enclave[:]...)
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

// marketClaimFor computes the TaskMarket claim a result's fields imply:
// its own output, the federation's lineage, records, ε and payouts, and the
// grants block, result-key hash and ε-ledger roots it records.
func marketClaimFor(r *Result, taskID uint64) (chain.ResultClaim, error) {
	c := chain.ResultClaim{
		TaskID:         taskID,
		OutputHash:     r.OutputHash,
		LineageRoot:    r.FederationRoot(),
		Measurement:    r.Measurement,
		GrantsBlock:    r.GrantsBlock,
		ResultKeyHash:  r.ResultKeyHash,
		PrevLedgerRoot: r.PrevLedgerRoot,
		LedgerRoot:     r.LedgerRoot,
	}
	eps := 0.0
	for _, u := range r.Federation {
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

// VerifyClaim checks that the output hash matches the ciphertext, that the
// federation's usage holds exactly this enclave's own usage for it, that
// the enclave signed the claim and, for a market task, that the market
// claim is what the result's output, federation lineage and payouts imply
// and that the enclave signed it for TaskMarket.
func (r *Result) VerifyClaim() error {
	if crypto.Keccak256Hash(r.Ciphertext) != r.OutputHash {
		return fmt.Errorf("verifying claim: %w: output hash does not match ciphertext", ErrResult)
	}
	if err := checkFederation(r.Enclave, r.Usage, r.Federation); err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
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
	if r.MarketClaim == nil {
		if r.Market != (common.Address{}) {
			return fmt.Errorf("verifying claim: %w: market task without a market claim", ErrResult)
		}
		return nil
	}
	want, err := marketClaimFor(r, r.MarketClaim.TaskID)
	if err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
	}
	if want != *r.MarketClaim {
		return fmt.Errorf("verifying claim: %w: market claim does not match the result's output, lineage or payouts", ErrResult)
	}
	signer, err := chain.RecoverResultClaimSigner(new(big.Int).SetUint64(r.ChainID), r.Market, *r.MarketClaim, r.MarketSignature)
	if err != nil {
		return fmt.Errorf("verifying claim: %w: %w", ErrResult, err)
	}
	if signer != r.Enclave {
		return fmt.Errorf("verifying claim: %w: market claim signed by %s, not enclave %s", ErrResult, signer, r.Enclave)
	}
	return nil
}

// checkFederation checks that fed names each dataset once and that its
// entries for enclave are exactly own.
func checkFederation(enclave common.Address, own, fed []Usage) error {
	var mine []Usage
	seen := make(map[common.Hash]bool, len(fed))
	for _, u := range fed {
		if seen[u.Dataset] {
			return fmt.Errorf("dataset %s is used twice in the federation", u.Dataset)
		}
		seen[u.Dataset] = true
		if u.Enclave == enclave {
			mine = append(mine, u)
		}
	}
	if LineageRoot(mine) != LineageRoot(own) || len(mine) != len(own) {
		return fmt.Errorf("the federation's usage for enclave %s is not its own", enclave)
	}
	return nil
}

func resultInfo(chainID uint64, task common.Hash, enclave common.Address) []byte {
	info := append([]byte(resultDomain), binary.BigEndian.AppendUint64(nil, chainID)...)
	info = append(info, task[:]...)
	return append(info, enclave[:]...)
}

// OpenResult verifies a result's claim, decrypts it with the task owner's
// HPKE private key and checks the plaintext against the model hash. It
// returns the canonical parameter encoding of a training task
// (train.Params.UnmarshalBinary reads it) or the module's stdout of a wasm
// task.
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
