package vault

import (
	"crypto/sha256"
	"fmt"
)

// The record Merkle tree is the tree of RFC 6962 §2.1 (Certificate
// Transparency), with SHA-256:
//
//	MTH({})      = SHA-256()
//	leaf hash    = SHA-256(0x00 ‖ record payload)            (LeafHash)
//	MTH(D[n])    = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))  k = largest power of 2 < n
//
// The 0x00/0x01 prefixes keep leaves and inner nodes apart, so no inner node
// can pass for a record. Inclusion proofs are RFC 6962 audit paths and are
// verified with the algorithm of RFC 9162 §2.1.3.2, which needs only the
// leaf index and the tree size besides the path.

func nodeHash(l, r Hash) Hash {
	var b [65]byte
	b[0] = 1
	copy(b[1:], l[:])
	copy(b[33:], r[:])
	return sha256.Sum256(b[:])
}

// EmptyRoot is the root of a tree without records: SHA-256 of nothing.
var EmptyRoot = Hash(sha256.Sum256(nil))

// Tree is a Merkle tree over record leaf hashes, kept whole so that it can
// give inclusion proofs (32 bytes of memory per leaf, about as much again
// for the inner levels).
type Tree struct {
	levels [][]Hash // levels[0] are the leaves; the last level has one node
}

// NewTree builds the tree over leaves (which it keeps; do not modify them).
// Building bottom-up and carrying an odd last node up unchanged gives the
// same root as the recursive definition of RFC 6962.
func NewTree(leaves []Hash) *Tree {
	t := &Tree{levels: [][]Hash{leaves}}
	for cur := leaves; len(cur) > 1; {
		next := make([]Hash, 0, (len(cur)+1)/2)
		for i := 0; i+1 < len(cur); i += 2 {
			next = append(next, nodeHash(cur[i], cur[i+1]))
		}
		if len(cur)%2 == 1 {
			next = append(next, cur[len(cur)-1])
		}
		t.levels = append(t.levels, next)
		cur = next
	}
	return t
}

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Root returns the tree's root hash (EmptyRoot for no leaves).
func (t *Tree) Root() Hash {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return EmptyRoot
	}
	return top[0]
}

// Proof is an inclusion proof of the leaf at Index in a tree of Size leaves.
type Proof struct {
	Index uint64 `json:"index"`
	Size  uint64 `json:"size"`
	Path  []Hash `json:"path"`
}

// Proof returns the inclusion proof (RFC 6962 audit path) of leaf i.
func (t *Tree) Proof(i int) (Proof, error) {
	n := t.Len()
	if i < 0 || i >= n {
		return Proof{}, fmt.Errorf("proving leaf %d of %d: %w", i, n, ErrProof)
	}
	p := Proof{Index: uint64(i), Size: uint64(n)}
	for _, lvl := range t.levels[:len(t.levels)-1] {
		if sib := i ^ 1; sib < len(lvl) {
			p.Path = append(p.Path, lvl[sib])
		}
		i /= 2
	}
	return p, nil
}

// VerifyProof checks that leaf is the leaf at p.Index of the tree of size
// leaves whose root is root (RFC 9162 §2.1.3.2). root and size must come
// from a trusted source, such as a verified manifest (RecordRoot, Records):
// a path alone does not pin the tree size.
func VerifyProof(root Hash, size uint64, leaf Hash, p Proof) error {
	if p.Size != size {
		return fmt.Errorf("proof for a tree of %d leaves, want %d: %w", p.Size, size, ErrProof)
	}
	if p.Index >= p.Size {
		return fmt.Errorf("leaf index %d not below tree size %d: %w", p.Index, p.Size, ErrProof)
	}
	fn, sn := p.Index, p.Size-1
	r := leaf
	for _, h := range p.Path {
		if sn == 0 {
			return fmt.Errorf("proof longer than the tree is deep: %w", ErrProof)
		}
		if fn&1 == 1 || fn == sn {
			r = nodeHash(h, r)
			for fn&1 == 0 && fn != 0 {
				fn >>= 1
				sn >>= 1
			}
		} else {
			r = nodeHash(r, h)
		}
		fn >>= 1
		sn >>= 1
	}
	if sn != 0 {
		return fmt.Errorf("proof shorter than the tree is deep: %w", ErrProof)
	}
	if r != root {
		return fmt.Errorf("computed root %s, want %s: %w", r, root, ErrProof)
	}
	return nil
}

// rootBuilder computes a tree's root from leaves given one at a time, in
// O(log n) memory: it keeps the roots of the perfect subtrees so far.
type rootBuilder struct {
	stack []Hash
	sizes []uint64
	n     uint64
}

func (b *rootBuilder) add(leaf Hash) {
	b.stack = append(b.stack, leaf)
	b.sizes = append(b.sizes, 1)
	b.n++
	for k := len(b.stack); k >= 2 && b.sizes[k-1] == b.sizes[k-2]; k-- {
		b.stack[k-2] = nodeHash(b.stack[k-2], b.stack[k-1])
		b.sizes[k-2] *= 2
		b.stack, b.sizes = b.stack[:k-1], b.sizes[:k-1]
	}
}

func (b *rootBuilder) root() Hash {
	if b.n == 0 {
		return EmptyRoot
	}
	r := b.stack[len(b.stack)-1]
	for k := len(b.stack) - 2; k >= 0; k-- {
		r = nodeHash(b.stack[k], r)
	}
	return r
}
