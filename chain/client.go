package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Backend is what the client needs from a node: contract calls and
// transactions (bind.ContractBackend), receipts (bind.DeployBackend), the
// chain id, ETH balances and mined nonces. *ethclient.Client and
// devnet.Chain.Backend satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Client calls the memo-compute contracts of one Deployment as one account.
// It is safe for concurrent use. Every Client derived from one NewClient by
// As or WithSendConfig numbers a key's transactions from one shared counter,
// so any number of them may send as the same key at once; transactions are
// sent as soon as they are signed and waited for separately (see
// SendConfig for confirmations and re-sending). Read-only clients (nil key)
// can call views only.
type Client struct {
	backend Backend
	dep     *Deployment
	chainID *big.Int
	key     *ecdsa.PrivateKey
	from    common.Address
	log     *slog.Logger
	nonces  *nonceBook // shared with every Client derived from this one
	sendCfg SendConfig

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
	return newClient(backend, dep, id, key, logger), nil
}

// newClient builds a client without checking the chain.
func newClient(backend Backend, dep *Deployment, chainID *big.Int, key *ecdsa.PrivateKey, logger *slog.Logger) *Client {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{
		backend:  backend,
		dep:      dep,
		chainID:  chainID,
		log:      logger.WithGroup("chain"),
		nonces:   newNonceBook(),
		sendCfg:  defaultSendConfig(chainID.Uint64()),
		token:    bindings.NewMemoToken(),
		staking:  bindings.NewStaking(),
		registry: bindings.NewEnclaveRegistry(),
		grants:   bindings.NewDataGrants(),
	}
	if key != nil {
		c.key = key
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return c
}

// As returns a client for the same chain and deployment that sends as key.
// It shares c's nonce counters: Clients of one key made by As number their
// transactions together.
func (c *Client) As(key *ecdsa.PrivateKey) *Client {
	n := *c
	n.key = key
	n.from = common.Address{}
	if key != nil {
		n.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return &n
}

// WithSendConfig returns a client like c (same key, shared nonce counters)
// that sends and confirms transactions as cfg says.
func (c *Client) WithSendConfig(cfg SendConfig) *Client {
	n := *c
	n.sendCfg = cfg
	return &n
}

// SendConfig is how the client sends and confirms transactions.
func (c *Client) SendConfig() SendConfig { return c.sendCfg }

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
// the receipt (with SendConfig.Confirmations blocks on top). Reverts found
// by estimation return before anything is sent.
func (c *Client) transact(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	return c.transactGas(ctx, what, to, data, value, 0)
}

// transactGas is transact with gas limit gas instead of an estimate (0:
// estimate), for a call that is valid only from the next block on.
func (c *Client) transactGas(ctx context.Context, what string, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	if c.key == nil {
		return nil, fmt.Errorf("%s: %w: pass a key to send transactions", what, ErrReadOnly)
	}
	s := &submission{what: what, to: to, data: data, value: value, gas: gas}
	if err := c.submit(ctx, s); err != nil {
		return nil, err
	}
	rcpt, err := c.await(ctx, s)
	if err != nil {
		return nil, err
	}
	c.log.Debug("transaction mined", slog.String("call", what), slog.String("tx", rcpt.TxHash.Hex()),
		slog.Uint64("gas", rcpt.GasUsed), slog.Uint64("block", rcpt.BlockNumber.Uint64()))
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("%s: %w", what, c.replayRevert(ctx, to, data, value, rcpt))
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
	h, err := c.Head(ctx)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// Head returns the latest block's header.
func (c *Client) Head(ctx context.Context) (*types.Header, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head block: %w", err)
	}
	return h, nil
}

// Fund sends ethWei wei and memo MEMO base units (either may be nil or zero)
// from c to each address in to. Every transaction is sent before any is
// waited for, so funding many accounts takes as few blocks as the chain
// allows; it returns once all are mined.
func (c *Client) Fund(ctx context.Context, to []common.Address, ethWei, memo *big.Int) error {
	if c.key == nil {
		return fmt.Errorf("funding accounts: %w: pass a key to send transactions", ErrReadOnly)
	}
	var subs []*submission
	// A submission not waited for is abandoned, so its nonce can be re-used.
	defer func() {
		m := c.nonces.manager(c.from)
		m.mu.Lock()
		defer m.mu.Unlock()
		for _, s := range subs {
			if o := m.out[s.nonce]; o != nil {
				o.waiting = false
			}
		}
	}()
	for _, addr := range to {
		if ethWei != nil && ethWei.Sign() > 0 {
			s := &submission{what: "funding account with ETH", to: &addr, value: ethWei}
			if err := c.submit(ctx, s); err != nil {
				return err
			}
			subs = append(subs, s)
		}
		if memo != nil && memo.Sign() > 0 {
			data, err := c.token.TryPackTransfer(addr, memo)
			if err != nil {
				return fmt.Errorf("packing transfer: %w", err)
			}
			s := &submission{what: "funding account with MEMO", to: &c.dep.Token, data: data}
			if err := c.submit(ctx, s); err != nil {
				return err
			}
			subs = append(subs, s)
		}
	}
	for len(subs) > 0 {
		s := subs[0]
		rcpt, err := c.await(ctx, s)
		subs = subs[1:]
		if err != nil {
			return fmt.Errorf("funding accounts: %w", err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("funding accounts: %w: transaction %s failed", ErrReverted, rcpt.TxHash.Hex())
		}
	}
	return nil
}
