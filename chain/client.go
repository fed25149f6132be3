package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Backend is what the client needs from a node: contract calls and
// transactions (bind.ContractBackend), receipts (bind.DeployBackend), the
// chain id and ETH balances. *ethclient.Client and Devnet.Backend satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Client calls the memo-compute contracts of one Deployment as one account.
// A Client serialises its own transactions (one nonce at a time); use one
// Client per key. Read-only clients (nil key) can call views only.
type Client struct {
	backend Backend
	dep     *Deployment
	chainID *big.Int
	key     *ecdsa.PrivateKey
	from    common.Address
	log     *slog.Logger
	mu      *sync.Mutex // serialises this key's transactions
	nonce   *uint64     // next nonce this client will use (guarded by mu)

	token    *bindings.MemoToken
	staking  *bindings.Staking
	registry *bindings.EnclaveRegistry
	grants   *bindings.DataGrants
}

// NewClient checks that backend serves dep's chain (same chain id, code at
// every contract address) and returns a client that sends as key (nil for
// read-only). logger may be nil.
func NewClient(ctx context.Context, backend Backend, dep *Deployment, key *ecdsa.PrivateKey, logger *slog.Logger) (*Client, error) {
	if err := dep.Validate(); err != nil {
		return nil, err
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading chain id: %w", err)
	}
	if id.Uint64() != dep.ChainID {
		return nil, fmt.Errorf("%w: the node serves chain %d but the deployment is for chain %d: use the deployment file written for this chain", ErrChainIDMismatch, id.Uint64(), dep.ChainID)
	}
	for name, addr := range dep.contractAddresses() {
		code, err := backend.CodeAt(ctx, addr, nil)
		if err != nil {
			return nil, fmt.Errorf("reading code of %s: %w", name, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: %s at %s: the deployment file does not match this chain (was the dev chain restarted?)", ErrNoContract, name, addr.Hex())
		}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{
		backend:  backend,
		dep:      dep,
		chainID:  id,
		log:      logger.WithGroup("chain"),
		mu:       new(sync.Mutex),
		nonce:    new(uint64),
		token:    bindings.NewMemoToken(),
		staking:  bindings.NewStaking(),
		registry: bindings.NewEnclaveRegistry(),
		grants:   bindings.NewDataGrants(),
	}
	if key != nil {
		c.key = key
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return c, nil
}

// As returns a client for the same chain and deployment that sends as key.
func (c *Client) As(key *ecdsa.PrivateKey) *Client {
	n := *c
	n.key = key
	n.from = common.Address{}
	if key != nil {
		n.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	n.mu = new(sync.Mutex)
	n.nonce = new(uint64)
	return &n
}

// Address is the client's account (zero for a read-only client).
func (c *Client) Address() common.Address { return c.from }

// Deployment is the deployment the client talks to.
func (c *Client) Deployment() *Deployment { return c.dep }

// Backend is the node connection the client uses.
func (c *Client) Backend() Backend { return c.backend }

// ChainID is the connected chain's id.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// call runs a view call against the latest block.
func (c *Client) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{From: c.from, To: &to, Data: data}, nil)
	if err != nil {
		return nil, classify(err)
	}
	return out, nil
}

// transact estimates gas for data sent to `to`, signs, sends and waits for
// the receipt. Reverts found by estimation return before anything is sent.
func (c *Client) transact(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if c.key == nil {
		return nil, fmt.Errorf("%s: %w: pass a key to send transactions", what, ErrReadOnly)
	}
	c.mu.Lock()
	defer c.mu.Unlock()

	tx, err := c.send(ctx, what, to, data, value, nil)
	if err != nil {
		return nil, err
	}
	rcpt, err := c.waitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	c.log.Debug("transaction mined", slog.String("call", what), slog.String("tx", tx.Hash().Hex()),
		slog.Uint64("gas", rcpt.GasUsed), slog.Uint64("block", rcpt.BlockNumber.Uint64()))
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("%s: %w", what, c.replayRevert(ctx, to, data, value, rcpt))
	}
	return rcpt, nil
}

// send signs and sends a transaction without waiting for it, with the given
// nonce or, if nil, the account's pending nonce. The caller holds c.mu.
func (c *Client) send(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int, nonce *uint64) (*types.Transaction, error) {
	tx, err := c.signTx(ctx, to, data, value, nonce)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := c.sendRetryingLag(ctx, tx); err != nil {
		return nil, fmt.Errorf("%s: sending transaction: %w", what, classify(err))
	}
	*c.nonce = max(*c.nonce, tx.Nonce()+1)
	return tx, nil
}

// sendRetryingLag sends tx. A node's transaction pool checks balances
// against the state of its last reset, which can trail the head by a moment:
// when it reports insufficient funds that the head state does not confirm,
// the send is retried for up to a second.
func (c *Client) sendRetryingLag(ctx context.Context, tx *types.Transaction) error {
	for try := 0; ; try++ {
		err := c.backend.SendTransaction(ctx, tx)
		if err == nil || try == 200 || !strings.Contains(err.Error(), "insufficient funds") {
			return err
		}
		bal, berr := c.backend.BalanceAt(ctx, c.from, nil)
		if berr != nil || bal.Cmp(tx.Cost()) < 0 {
			return err
		}
		t := time.NewTimer(5 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

// signTx builds and signs an EIP-1559 transaction with an estimated gas limit.
func (c *Client) signTx(ctx context.Context, to *common.Address, data []byte, value *big.Int, fixedNonce *uint64) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: c.from, To: to, Data: data, Value: value}
	gas, err := c.backend.EstimateGas(ctx, msg)
	if err != nil {
		return nil, classify(err)
	}
	// A small margin covers state that changes between estimation and inclusion.
	gas += gas / 5
	var nonce uint64
	if fixedNonce != nil {
		nonce = *fixedNonce
	} else {
		if nonce, err = c.backend.PendingNonceAt(ctx, c.from); err != nil {
			return nil, fmt.Errorf("reading nonce: %w", err)
		}
		// The pool's pending nonce can lag for a moment after a block;
		// reusing a nonce would replace our own earlier transaction.
		nonce = max(nonce, *c.nonce)
	}
	tip, err := c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggesting gas tip: %w", err)
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head block: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   c.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.chainID), c.key)
	if err != nil {
		return nil, fmt.Errorf("signing transaction: %w", err)
	}
	return signed, nil
}

// headSubscriber is implemented by connections that can push new heads
// (in-process, WebSocket, IPC).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// waitReceipt waits for the receipt of hash. Where the connection can push
// new heads it checks on every head (an instant-block dev chain answers in
// about a millisecond); otherwise it polls, starting at 2 ms and backing off
// to 500 ms, so a real chain is not hammered.
func (c *Client) waitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	var (
		heads chan *types.Header
		sub   ethereum.Subscription
	)
	if hs, ok := c.backend.(headSubscriber); ok {
		heads = make(chan *types.Header, 16)
		if s, err := hs.SubscribeNewHead(ctx, heads); err == nil {
			sub = s
			defer sub.Unsubscribe()
		}
	}
	delay := 2 * time.Millisecond
	for {
		rcpt, err := c.receiptAtHead(ctx, hash)
		if err != nil || rcpt != nil {
			return rcpt, err
		}
		wait := delay
		if sub != nil {
			wait = 250 * time.Millisecond // backstop only; heads wake us up
		}
		t := time.NewTimer(wait)
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w: %s: %w", ErrTimeout, hash.Hex(), ctx.Err())
		case <-heads:
		case <-subErr:
			sub, heads = nil, nil
		case <-t.C:
			if sub == nil {
				delay = min(delay*2, 500*time.Millisecond)
			}
		}
		t.Stop()
	}
}

// receiptAtHead returns the receipt once the node's head has reached its
// block (a node can serve a receipt a moment before its head moves, and
// calls made right after must see the new state), or nil if not yet.
func (c *Client) receiptAtHead(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	rcpt, err := c.backend.TransactionReceipt(ctx, hash)
	// A node still indexing transactions answers "indexing is in progress"
	// for receipts it will serve a moment later.
	if err != nil && (errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "indexing is in progress")) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading receipt of %s: %w", hash.Hex(), err)
	}
	if rcpt == nil {
		return nil, nil
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head block: %w", err)
	}
	if head.Number.Cmp(rcpt.BlockNumber) < 0 {
		return nil, nil
	}
	return rcpt, nil
}

// replayRevert re-runs a failed transaction as a call on its block's parent
// state to recover the revert reason.
func (c *Client) replayRevert(ctx context.Context, to *common.Address, data []byte, value *big.Int, rcpt *types.Receipt) error {
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err := c.backend.CallContract(ctx, ethereum.CallMsg{From: c.from, To: to, Data: data, Value: value}, parent)
	if err != nil {
		return classify(err)
	}
	return fmt.Errorf("%w: transaction %s failed on chain (out of gas or state changed)", ErrReverted, rcpt.TxHash.Hex())
}

// SendETH transfers value wei to `to`.
func (c *Client) SendETH(ctx context.Context, to common.Address, value *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, "sending ETH", &to, nil, value)
}

// ETHBalance returns an account's ETH balance in wei.
func (c *Client) ETHBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	b, err := c.backend.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, fmt.Errorf("reading ETH balance: %w", err)
	}
	return b, nil
}

// BlockNumber returns the latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading head block: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Fund sends ethWei wei and memo MEMO base units (either may be nil or zero)
// from c to each address in to. Every transaction is sent before any is
// waited for, so funding many accounts takes as few blocks as the chain
// allows; it returns once all are mined.
func (c *Client) Fund(ctx context.Context, to []common.Address, ethWei, memo *big.Int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	// Number the transactions here: the pool's pending nonce can lag while
	// a block is being sealed.
	nonce, err := c.backend.PendingNonceAt(ctx, c.from)
	if err != nil {
		return fmt.Errorf("reading nonce: %w", err)
	}
	nonce = max(nonce, *c.nonce)
	var last *types.Transaction
	for _, addr := range to {
		if ethWei != nil && ethWei.Sign() > 0 {
			tx, err := c.send(ctx, "funding account with ETH", &addr, nil, ethWei, &nonce)
			if err != nil {
				return err
			}
			last, nonce = tx, nonce+1
		}
		if memo != nil && memo.Sign() > 0 {
			data, err := c.token.TryPackTransfer(addr, memo)
			if err != nil {
				return fmt.Errorf("packing transfer: %w", err)
			}
			tx, err := c.send(ctx, "funding account with MEMO", &c.dep.Token, data, nil, &nonce)
			if err != nil {
				return err
			}
			last, nonce = tx, nonce+1
		}
	}
	if last == nil {
		return nil
	}
	// Transactions from one sender are mined in nonce order: the last
	// one's receipt means all are in.
	rcpt, err := c.waitReceipt(ctx, last.Hash())
	if err != nil {
		return fmt.Errorf("funding accounts: %w", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("funding accounts: %w: transaction %s failed", ErrReverted, rcpt.TxHash.Hex())
	}
	return nil
}
