package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// fundedKey returns a fresh key holding 1 ETH and memo MEMO on the dev chain.
func fundedKey(t *testing.T, memo *big.Int) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	require.NoError(t, dev.Governance().Fund(testContext(t), []common.Address{crypto.PubkeyToAddress(key.PublicKey)}, oneETH, memo))
	return key
}

// payee returns a fresh address to send to.
func payee(t *testing.T) common.Address {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return crypto.PubkeyToAddress(k.PublicKey)
}

// minedNonces returns the nonces of the transactions of receipts.
func minedNonces(t *testing.T, rcpts []*types.Receipt) []uint64 {
	t.Helper()
	var nonces []uint64
	for _, r := range rcpts {
		tx, _, err := dev.Backend().TransactionByHash(testContext(t), r.TxHash)
		require.NoError(t, err)
		nonces = append(nonces, tx.Nonce())
	}
	slices.Sort(nonces)
	return nonces
}

func TestNonceSharedByClientsOfOneKey(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		clients func(t *testing.T, key *ecdsa.PrivateKey) [2]*chain.Client
	}{
		// Clients made by As share the key's nonce counter: they never
		// pick the same nonce.
		{"As of one client", func(t *testing.T, key *ecdsa.PrivateKey) [2]*chain.Client {
			return [2]*chain.Client{dev.Governance().As(key), dev.Governance().As(key)}
		}},
		// Clients made by separate NewClient calls (like two processes)
		// may pick the same nonce; the node's refusal makes them number
		// past it, and a call whose nonce another took is sent again.
		{"separate NewClient calls", func(t *testing.T, key *ecdsa.PrivateKey) [2]*chain.Client {
			var cs [2]*chain.Client
			for i := range cs {
				c, err := chain.NewClient(testContext(t), dev.Backend(), dev.Deployment(), key, nil)
				require.NoError(t, err)
				cs[i] = c.WithSendConfig(chain.SendConfig{ResendAfter: 200 * time.Millisecond})
			}
			return cs
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			key := fundedKey(t, chain.Tokens(100))
			clients := tt.clients(t, key)
			to := payee(t)
			const each = 8
			var (
				mu    sync.Mutex
				rcpts []*types.Receipt
				wg    sync.WaitGroup
			)
			for _, c := range clients {
				for range each {
					wg.Go(func() {
						rcpt, err := c.TransferMEMO(ctx, to, big.NewInt(1))
						if !assertNoError(t, err) {
							return
						}
						mu.Lock()
						rcpts = append(rcpts, rcpt)
						mu.Unlock()
					})
				}
			}
			wg.Wait()
			require.Len(t, rcpts, 2*each)
			want := make([]uint64, 2*each)
			for i := range want {
				want[i] = uint64(i)
			}
			require.Equal(t, want, minedNonces(t, rcpts), "one transaction per nonce, no gaps")
			requireMEMO(t, to, big.NewInt(2*each))
			n, err := dev.Backend().NonceAt(ctx, clients[0].Address(), nil)
			require.NoError(t, err)
			require.Equal(t, uint64(2*each), n, "no transaction beyond the calls")
		})
	}
}

func requireMEMO(t *testing.T, account common.Address, want *big.Int) {
	t.Helper()
	got, err := dev.Governance().MEMOBalance(testContext(t), account)
	require.NoError(t, err)
	require.Equal(t, want.String(), got.String(), "MEMO balance of %s", account)
}

func assertNoError(t *testing.T, err error) bool {
	t.Helper()
	return assertTrue(t, err == nil, "%v", err)
}

func assertTrue(t *testing.T, ok bool, format string, args ...any) bool {
	t.Helper()
	if !ok {
		t.Errorf(format, args...)
	}
	return ok
}

// flakyNode is the dev chain behind a connection that can lose
// transactions on the way (the send reports success; the node never sees
// them) and can under-report fees until the next send, so that transaction
// sits in the pool priced below the base fee.
type flakyNode struct {
	*ethclient.Client
	mu    sync.Mutex
	lose  int  // the next lose sends are lost
	cheap bool // report a 1-wei tip and no base fee until the next send
	sent  []*types.Transaction
}

func (f *flakyNode) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	f.sent = append(f.sent, tx)
	f.cheap = false
	lose := f.lose > 0
	if lose {
		f.lose--
	}
	f.mu.Unlock()
	if lose {
		return nil
	}
	return f.Client.SendTransaction(ctx, tx)
}

func (f *flakyNode) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	f.mu.Lock()
	cheap := f.cheap
	f.mu.Unlock()
	if cheap {
		return big.NewInt(1), nil
	}
	return f.Client.SuggestGasTipCap(ctx)
}

func (f *flakyNode) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := f.Client.HeaderByNumber(ctx, n)
	f.mu.Lock()
	cheap := f.cheap
	f.mu.Unlock()
	if err != nil || !cheap {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = new(big.Int)
	return h, nil
}

func (f *flakyNode) sentTxs() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.sent)
}

// flakyClient returns a client of a fresh funded key over node.
func flakyClient(t *testing.T, node *flakyNode, cfg chain.SendConfig) *chain.Client {
	t.Helper()
	c, err := chain.NewClient(testContext(t), node, dev.Deployment(), fundedKey(t, chain.Tokens(10)), nil)
	require.NoError(t, err)
	return c.WithSendConfig(cfg)
}

func TestResendUnminedTransaction(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		node *flakyNode
	}{
		{"lost on the way to the node", &flakyNode{lose: 1}},
		{"stuck in the pool below the base fee", &flakyNode{cheap: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			tt.node.Client = dev.Backend()
			c := flakyClient(t, tt.node, chain.SendConfig{ResendAfter: 100 * time.Millisecond})
			to := payee(t)
			rcpt, err := c.TransferMEMO(ctx, to, big.NewInt(7))
			require.NoError(t, err)

			sent := tt.node.sentTxs()
			require.GreaterOrEqual(t, len(sent), 2, "sent again")
			first := sent[0]
			require.NotEqual(t, first.Hash(), rcpt.TxHash, "the first version never made it")
			mined, _, err := dev.Backend().TransactionByHash(ctx, rcpt.TxHash)
			require.NoError(t, err)
			require.Equal(t, first.Nonce(), mined.Nonce(), "sent again under the same nonce")
			require.Equal(t, first.Data(), mined.Data())
			require.Positive(t, mined.GasFeeCap().Cmp(first.GasFeeCap()), "with a higher fee cap")
			require.Positive(t, mined.GasTipCap().Cmp(first.GasTipCap()), "and a higher tip")
			requireMEMO(t, to, big.NewInt(7))
		})
	}
}

func TestAbandonedNonce(t *testing.T) {
	t.Parallel()
	t.Run("the next call takes it", func(t *testing.T) {
		t.Parallel()
		ctx := testContext(t)
		node := &flakyNode{Client: dev.Backend(), lose: 1}
		c := flakyClient(t, node, chain.SendConfig{ResendAfter: time.Hour})
		to := payee(t)
		short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		defer cancel()
		_, err := c.TransferMEMO(short, to, big.NewInt(1))
		require.ErrorIs(t, err, chain.ErrTimeout)
		lost := node.sentTxs()[0]

		rcpt, err := c.TransferMEMO(ctx, to, big.NewInt(2))
		require.NoError(t, err)
		mined, _, err := dev.Backend().TransactionByHash(ctx, rcpt.TxHash)
		require.NoError(t, err)
		require.Equal(t, lost.Nonce(), mined.Nonce(), "the node never saw the lost nonce: it is used again")
		requireMEMO(t, to, big.NewInt(2))
	})
	t.Run("a stuck call replaces it", func(t *testing.T) {
		t.Parallel()
		ctx := testContext(t)
		node := &flakyNode{Client: dev.Backend(), lose: 1}
		c := flakyClient(t, node, chain.SendConfig{ResendAfter: time.Hour})
		to := payee(t)
		// The first call's transaction is lost and its caller gives up
		// while a second call is already waiting behind it.
		short, cancel := context.WithTimeout(ctx, 400*time.Millisecond)
		defer cancel()
		firstErr := make(chan error, 1)
		go func() {
			_, err := c.TransferMEMO(short, to, big.NewInt(1))
			firstErr <- err
		}()
		waitFor(t, func() bool { return len(node.sentTxs()) == 1 })
		lost := node.sentTxs()[0]

		rcpt, err := c.WithSendConfig(chain.SendConfig{ResendAfter: 100 * time.Millisecond}).TransferMEMO(ctx, to, big.NewInt(2))
		require.NoError(t, err)
		require.ErrorIs(t, <-firstErr, chain.ErrTimeout)
		mined, _, err := dev.Backend().TransactionByHash(ctx, rcpt.TxHash)
		require.NoError(t, err)
		require.Equal(t, lost.Nonce()+1, mined.Nonce())
		requireMEMO(t, to, big.NewInt(2))
		// What took the lost nonce is an empty transfer to the account itself.
		var filler *types.Transaction
		for _, tx := range node.sentTxs() {
			if tx.Nonce() == lost.Nonce() && tx.Hash() != lost.Hash() {
				filler = tx
			}
		}
		require.NotNil(t, filler)
		require.Equal(t, c.Address(), *filler.To())
		require.Zero(t, filler.Value().Sign())
		fr, err := dev.Backend().TransactionReceipt(ctx, filler.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, fr.Status)
	})
}

// TestConfirmations is not parallel: it counts blocks, so no other test
// may seal any meanwhile.
func TestConfirmations(t *testing.T) {
	ctx := testContext(t)
	a := newAccount(t, chain.Tokens(10))
	require.Zero(t, a.SendConfig().Confirmations, "none on a dev chain by default")
	const confirmations = 3
	c := a.WithSendConfig(chain.SendConfig{Confirmations: confirmations})
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	done := make(chan result, 1)
	go func() {
		rcpt, err := c.TransferMEMO(ctx, payee(t), big.NewInt(1))
		done <- result{rcpt, err}
	}()
	waitFor(t, func() bool {
		n, err := dev.Backend().NonceAt(ctx, c.Address(), nil)
		return err == nil && n == 1
	})
	mined, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	for i := range confirmations {
		select {
		case r := <-done:
			t.Fatalf("returned with %d of %d confirmations: %v", i, confirmations, r.err)
		case <-time.After(150 * time.Millisecond):
		}
		dev.Mine(1)
	}
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("not returned after the confirmations")
	}
	require.NoError(t, r.err)
	require.Equal(t, mined, r.rcpt.BlockNumber.Uint64())
	head, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, mined+confirmations, head)
}
