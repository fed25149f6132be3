package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestPayoutTreeMatchesOpenZeppelin checks root and proofs against a vector
// from OpenZeppelin's reference implementation, @openzeppelin/merkle-tree
// 1.0.8: StandardMerkleTree.of(values, ['uint256', 'address', 'uint256'])
// with values [index, user, amount] as below; tree.root, tree.getProof(i).
func TestPayoutTreeMatchesOpenZeppelin(t *testing.T) {
	amount := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	payouts := []chain.Payout{
		{User: common.HexToAddress("0x1111111111111111111111111111111111111111"), Amount: amount("1000000000000000000")},
		{User: common.HexToAddress("0x2222222222222222222222222222222222222222"), Amount: amount("2500000000000000000")},
		{User: common.HexToAddress("0x3333333333333333333333333333333333333333"), Amount: amount("1")},
		{User: common.HexToAddress("0x4444444444444444444444444444444444444444"), Amount: amount("123456789")},
		{User: common.HexToAddress("0x5555555555555555555555555555555555555555"), Amount: amount("999999999999999999999")},
	}
	proofs := [][]string{
		{"0x7e17a1cc5de564fe15b5152527ecb825758d484214caddcafcd99ad80d157b3d", "0x19594aaed1e800d131e710e0dce405aa83db980825f151f0beb0861ca0625c7a"},
		{"0x0017719db1717878b439fc7c08301372874d3f7de66c29ce6b09156794b77c05", "0xeb728624ae06a51d14c3864a1c4dbf39cfa562f9784e4091328aa6ce23ae25bd", "0x19594aaed1e800d131e710e0dce405aa83db980825f151f0beb0861ca0625c7a"},
		{"0xe9603eb7d3393569c25d621db5197e43bedff89180c502afe67afab6ba6013be", "0xdc33d1294dae884defc8bb23222949e6cf2715ef6035001d9933643641b073a5"},
		{"0x864aeed7b0b2280614a993529f60f945f555003ed8815ba2510661db9138c4e0", "0xdc33d1294dae884defc8bb23222949e6cf2715ef6035001d9933643641b073a5"},
		{"0x191d0f7d65eab0fa6c201d27df14a838bda49373c2ccb0fa0263334fcebd4d0e", "0xeb728624ae06a51d14c3864a1c4dbf39cfa562f9784e4091328aa6ce23ae25bd", "0x19594aaed1e800d131e710e0dce405aa83db980825f151f0beb0861ca0625c7a"},
	}
	tree, err := chain.NewPayoutTree(payouts)
	require.NoError(t, err)
	require.Equal(t, common.HexToHash("0x8befe22ed38f178d8b4dac8069e8f4bde638337d12c693f5993786cd75fcc7ea"), tree.Root())
	require.Equal(t, 5, tree.Len())
	total := new(big.Int)
	for i, want := range proofs {
		got, err := tree.Proof(i)
		require.NoError(t, err)
		require.Len(t, got, len(want))
		for k := range want {
			require.Equal(t, common.HexToHash(want[k]), got[k], "leaf %d proof %d", i, k)
		}
		require.True(t, chain.VerifyPayoutProof(tree.Root(), tree.Leaf(i), got))
		total.Add(total, payouts[i].Amount)
	}
	require.Zero(t, total.Cmp(tree.Total()))
}

func TestPayoutTree(t *testing.T) {
	_, err := chain.NewPayoutTree(nil)
	require.ErrorIs(t, err, chain.ErrBadPayout)
	_, err = chain.NewPayoutTree([]chain.Payout{{Amount: new(big.Int)}})
	require.ErrorIs(t, err, chain.ErrBadPayout)
	_, err = chain.NewPayoutTree([]chain.Payout{{Amount: big.NewInt(-1)}})
	require.ErrorIs(t, err, chain.ErrBadPayout)

	for n := 1; n <= 33; n++ {
		payouts := make([]chain.Payout, n)
		for i := range payouts {
			payouts[i] = chain.Payout{User: common.BigToAddress(big.NewInt(int64(i + 1))), Amount: big.NewInt(int64(7*i + 1))}
		}
		tree, err := chain.NewPayoutTree(payouts)
		require.NoError(t, err)
		for i := range n {
			p, err := tree.Proof(i)
			require.NoError(t, err)
			l := tree.Leaf(i)
			require.EqualValues(t, i, l.Index)
			require.True(t, chain.VerifyPayoutProof(tree.Root(), l, p), "n=%d leaf %d", n, i)
			l.Amount.Add(l.Amount, big.NewInt(1))
			require.False(t, chain.VerifyPayoutProof(tree.Root(), l, p), "n=%d leaf %d with a larger amount", n, i)
			l = tree.Leaf(i)
			l.Index++
			require.False(t, chain.VerifyPayoutProof(tree.Root(), l, p), "n=%d leaf %d with another index", n, i)
		}
		_, err = tree.Proof(n)
		require.ErrorIs(t, err, chain.ErrBadPayout)
	}
}

func TestSplitPayouts(t *testing.T) {
	a, b, c := common.Address{1}, common.Address{2}, common.Address{3}
	got := chain.SplitPayouts(big.NewInt(100), map[common.Address]uint64{a: 1, b: 2, c: 0})
	require.Len(t, got, 2)
	require.Equal(t, a, got[0].User)
	require.EqualValues(t, 33, got[0].Amount.Int64())
	require.EqualValues(t, 66, got[1].Amount.Int64(), "rounding down never overdraws the pool")
	require.Empty(t, chain.SplitPayouts(big.NewInt(100), nil))
}

// TestResultClaimDigest recomputes the EIP-712 digest from its definition.
func TestResultClaimDigest(t *testing.T) {
	market := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	chainID := big.NewInt(1337)
	c := chain.ResultClaim{
		TaskID: 7, OutputHash: common.Hash{1}, LineageRoot: common.Hash{2}, PayoutRoot: common.Hash{3},
		TotalRecords: 1000, EpsilonSpent: 2_500_000, Measurement: common.Hash{4},
		GrantsBlock: 99, ResultKeyHash: common.Hash{5}, PrevLedgerRoot: common.Hash{6}, LedgerRoot: common.Hash{7},
	}
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	typeHash := crypto.Keccak256([]byte("ResultClaim(uint256 taskId,bytes32 outputHash,bytes32 lineageRoot,bytes32 payoutRoot,uint64 totalRecords,uint64 epsilonSpent,bytes32 measurement,uint64 grantsBlock,bytes32 resultKeyHash,bytes32 prevLedgerRoot,bytes32 ledgerRoot)"))
	structHash := crypto.Keccak256(typeHash, word(7), c.OutputHash[:], c.LineageRoot[:], c.PayoutRoot[:], word(1000), word(2_500_000), c.Measurement[:],
		word(99), c.ResultKeyHash[:], c.PrevLedgerRoot[:], c.LedgerRoot[:])
	domain := crypto.Keccak256(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("MemoTaskMarket")), crypto.Keccak256([]byte("1")), word(1337), common.LeftPadBytes(market[:], 32))
	want := crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, structHash)
	got, err := chain.ResultClaimDigest(chainID, market, c)
	require.NoError(t, err)
	require.Equal(t, want, got)

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	sig, err := chain.SignResultClaim(key, chainID, market, c)
	require.NoError(t, err)
	require.Contains(t, []byte{27, 28}, sig[64])
	signer, err := chain.RecoverResultClaimSigner(chainID, market, c, sig)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), signer)
	c.TotalRecords++
	other, err := chain.RecoverResultClaimSigner(chainID, market, c, sig)
	require.NoError(t, err)
	require.NotEqual(t, signer, other, "a signature covers every field")
	_, err = chain.RecoverResultClaimSigner(chainID, market, c, sig[:64])
	require.ErrorIs(t, err, chain.ErrInvalidClaimSignature)
}

// FuzzPayoutTree builds trees from fuzzed amounts and checks every proof.
func FuzzPayoutTree(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint8(3))
	f.Add([]byte{0xff}, uint8(1))
	f.Fuzz(func(t *testing.T, seed []byte, n uint8) {
		if n == 0 || len(seed) == 0 {
			return
		}
		payouts := make([]chain.Payout, int(n)%64+1)
		for i := range payouts {
			h := crypto.Keccak256(seed, []byte{byte(i)})
			payouts[i] = chain.Payout{User: common.BytesToAddress(h[:20]), Amount: new(big.Int).Add(new(big.Int).SetBytes(h[20:]), big.NewInt(1))}
		}
		tree, err := chain.NewPayoutTree(payouts)
		require.NoError(t, err)
		for i := range payouts {
			p, err := tree.Proof(i)
			require.NoError(t, err)
			require.True(t, chain.VerifyPayoutProof(tree.Root(), tree.Leaf(i), p))
		}
	})
}
