package chain

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Payout is one user's amount in a PayoutTree.
type Payout struct {
	User common.Address `json:"user"`
	// Amount is paid once per passing result of the task (MEMO base units).
	Amount *big.Int `json:"amount"`
}

// PayoutLeaf is a leaf of a payout tree: the tuple (uint256 index, address
// user, uint256 amount). Index is the leaf's position in the input list and
// keys TaskMarket's claimed-bitmap, so each leaf pays once.
type PayoutLeaf struct {
	Index  uint64         `json:"index"`
	User   common.Address `json:"user"`
	Amount *big.Int       `json:"amount"`
}

// Hash is the leaf hash TaskMarket.claim checks, OpenZeppelin
// StandardMerkleTree's encoding for types [uint256, address, uint256]:
// keccak256(keccak256(abi.encode(index, user, amount))). Hashing twice keeps a
// 64-byte inner node from ever passing as a leaf.
func (l PayoutLeaf) Hash() common.Hash {
	enc := make([]byte, 96)
	new(big.Int).SetUint64(l.Index).FillBytes(enc[:32])
	copy(enc[32+12:64], l.User[:])
	bigOrZero(l.Amount).FillBytes(enc[64:])
	inner := crypto.Keccak256(enc)
	return crypto.Keccak256Hash(inner)
}

// PayoutTree is the Merkle tree of a result's user payouts, built the way
// OpenZeppelin's StandardMerkleTree builds it (leaf hashes sorted, stored
// as a complete binary tree in one array, sorted-pair keccak256 for inner
// nodes), so its proofs verify with OpenZeppelin MerkleProof and with
// TaskMarket.claim. The enclave computes it from per-user record counts;
// its root goes into the ResultClaim.
type PayoutTree struct {
	leaves []PayoutLeaf
	nodes  []common.Hash  // nodes[0] is the root; leaves at the end
	pos    map[uint64]int // leaf index -> position in nodes
	total  *big.Int
}

// NewPayoutTree builds the tree of payouts; leaf i is payouts[i]. Amounts
// must be positive and fit in 256 bits; there must be at least one payout.
func NewPayoutTree(payouts []Payout) (*PayoutTree, error) {
	if len(payouts) == 0 {
		return nil, fmt.Errorf("building payout tree: %w: no payouts", ErrBadPayout)
	}
	t := &PayoutTree{leaves: make([]PayoutLeaf, len(payouts)), pos: make(map[uint64]int, len(payouts)), total: new(big.Int)}
	type hashed struct {
		h     common.Hash
		index uint64
	}
	hs := make([]hashed, len(payouts))
	for i, p := range payouts {
		if p.Amount == nil || p.Amount.Sign() <= 0 || p.Amount.BitLen() > 256 {
			return nil, fmt.Errorf("building payout tree: %w: payout %d to %s has amount %v: amounts must be positive", ErrBadPayout, i, p.User.Hex(), p.Amount)
		}
		l := PayoutLeaf{Index: uint64(i), User: p.User, Amount: new(big.Int).Set(p.Amount)}
		t.leaves[i] = l
		t.total.Add(t.total, p.Amount)
		hs[i] = hashed{l.Hash(), uint64(i)}
	}
	slices.SortFunc(hs, func(a, b hashed) int { return bytes.Compare(a.h[:], b.h[:]) })
	n := len(hs)
	t.nodes = make([]common.Hash, 2*n-1)
	for i, x := range hs {
		p := len(t.nodes) - 1 - i
		t.nodes[p] = x.h
		t.pos[x.index] = p
	}
	for i := n - 2; i >= 0; i-- {
		t.nodes[i] = hashPair(t.nodes[2*i+1], t.nodes[2*i+2])
	}
	return t, nil
}

// Root is the tree's root, the ResultClaim's PayoutRoot.
func (t *PayoutTree) Root() common.Hash { return t.nodes[0] }

// Len is the number of leaves.
func (t *PayoutTree) Len() int { return len(t.leaves) }

// Total is the sum of all amounts: what the tree pays per passing result.
func (t *PayoutTree) Total() *big.Int { return new(big.Int).Set(t.total) }

// Leaf returns leaf i.
func (t *PayoutTree) Leaf(i int) PayoutLeaf {
	l := t.leaves[i]
	l.Amount = new(big.Int).Set(l.Amount)
	return l
}

// Proof returns the sibling hashes from leaf i up to the root.
func (t *PayoutTree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.leaves) {
		return nil, fmt.Errorf("building payout proof: %w: leaf %d of %d", ErrBadPayout, i, len(t.leaves))
	}
	var proof []common.Hash
	for p := t.pos[uint64(i)]; p > 0; p = (p - 1) / 2 {
		sib := p + 1
		if p%2 == 0 {
			sib = p - 1
		}
		proof = append(proof, t.nodes[sib])
	}
	return proof, nil
}

// VerifyPayoutProof checks a proof the way OpenZeppelin MerkleProof.verify does.
func VerifyPayoutProof(root common.Hash, leaf PayoutLeaf, proof []common.Hash) bool {
	h := leaf.Hash()
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// hashPair is OpenZeppelin's commutative keccak256 of two nodes.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// SplitPayouts divides pool between users in proportion to their record
// counts, rounding down (the remainder stays unpaid: it can never make the
// tree overdraw the pool). Users with no share are left out.
func SplitPayouts(pool *big.Int, records map[common.Address]uint64) []Payout {
	total := new(big.Int)
	users := make([]common.Address, 0, len(records))
	for u, n := range records {
		total.Add(total, new(big.Int).SetUint64(n))
		users = append(users, u)
	}
	slices.SortFunc(users, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	var out []Payout
	if total.Sign() == 0 || pool == nil {
		return out
	}
	for _, u := range users {
		amt := new(big.Int).Mul(pool, new(big.Int).SetUint64(records[u]))
		amt.Quo(amt, total)
		if amt.Sign() > 0 {
			out = append(out, Payout{User: u, Amount: amt})
		}
	}
	return out
}
