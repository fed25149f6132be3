package vault_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// The leaves and roots of the RFC 6962 test vectors used by Certificate
// Transparency implementations (e.g. certificate-transparency-go's
// merkle tests): inputs are the raw leaf data.
var ctLeaves = []string{"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"}

var ctRoots = map[int]string{
	1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
	2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
	3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
	4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
	5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
	6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
	7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
	8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}

func ctLeafHashes(t *testing.T, n int) []vault.Hash {
	var hs []vault.Hash
	for _, l := range ctLeaves[:n] {
		b, err := hex.DecodeString(l)
		require.NoError(t, err)
		hs = append(hs, vault.LeafHash(b))
	}
	return hs
}

func TestMerkleRFC6962Vectors(t *testing.T) {
	require.Equal(t, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", vault.NewTree(nil).Root().String())
	for n, want := range ctRoots {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			require.Equal(t, want, vault.NewTree(ctLeafHashes(t, n)).Root().String())
		})
	}
}

// mth is the recursive definition of RFC 6962 §2.1, for checking the tree.
func mth(leaves []vault.Hash) vault.Hash {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := mth(leaves[:k]), mth(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func TestMerkleProofs(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := make([]vault.Hash, n)
		for i := range leaves {
			leaves[i] = vault.LeafHash([]byte(fmt.Sprint("record ", i)))
		}
		tree := vault.NewTree(leaves)
		root := tree.Root()
		require.Equal(t, mth(leaves), root, "n=%d", n)
		for i := range n {
			p, err := tree.Proof(i)
			require.NoError(t, err)
			require.NoError(t, vault.VerifyProof(root, uint64(n), leaves[i], p), "n=%d i=%d", n, i)

			// Every way of lying about the proof fails.
			other := leaves[(i+1)%n]
			if n > 1 {
				require.ErrorIs(t, vault.VerifyProof(root, uint64(n), other, p), vault.ErrProof)
				bad := p
				bad.Index = uint64((i + 1) % n)
				require.ErrorIs(t, vault.VerifyProof(root, uint64(n), leaves[i], bad), vault.ErrProof)
			}
			bad := p
			bad.Size++
			require.ErrorIs(t, vault.VerifyProof(root, uint64(n), leaves[i], bad), vault.ErrProof)
			if len(p.Path) > 0 {
				bad = p
				bad.Path = p.Path[:len(p.Path)-1]
				require.ErrorIs(t, vault.VerifyProof(root, uint64(n), leaves[i], bad), vault.ErrProof)
			}
			bad = p
			bad.Path = append(append([]vault.Hash(nil), p.Path...), root)
			require.ErrorIs(t, vault.VerifyProof(root, uint64(n), leaves[i], bad), vault.ErrProof)
		}
		_, err := tree.Proof(n)
		require.ErrorIs(t, err, vault.ErrProof)
	}
}

// An inner node must not verify as a record: leaves and nodes are hashed
// with different prefixes.
func TestMerkleDomainSeparation(t *testing.T) {
	leaves := []vault.Hash{vault.LeafHash([]byte("a")), vault.LeafHash([]byte("b"))}
	tree := vault.NewTree(leaves)
	node := tree.Root()
	require.NotEqual(t, vault.LeafHash(append(leaves[0][:], leaves[1][:]...)), node)
}
