package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Defaults of SendConfig.
const (
	// DefaultConfirmations is the confirmation depth NewClient sets on
	// chains other than dev chains.
	DefaultConfirmations = 2
	// DefaultResendAfter is how long a transaction may stay unmined before
	// the client looks into it.
	DefaultResendAfter = 30 * time.Second
	// DefaultMaxFeeBumps is how many times one transaction's fees may be raised.
	DefaultMaxFeeBumps = 5
)

// SendConfig sets how a Client sends transactions and when it counts them
// as done. Get a Client's with SendConfig, change it, and apply it with
// WithSendConfig.
type SendConfig struct {
	// Confirmations is how many blocks must be mined on top of a
	// transaction's block before its receipt counts: before a call returns,
	// and before Publish reads the task id from the receipt's event. 0
	// counts a receipt once its block is the head. NewClient sets 0 on dev
	// chains (chain ids 1337 and 31337) and DefaultConfirmations elsewhere.
	Confirmations uint64
	// ResendAfter is how long a transaction may go unmined before the client
	// finds out why and sends again: the same nonce with raised fees when
	// the transaction is stuck in the pool or was dropped from it, or the
	// same call under a new nonce when another transaction used the nonce.
	// 0 means DefaultResendAfter.
	ResendAfter time.Duration
	// MaxFeeBumps is how many times the fees of one transaction may be
	// raised, by 12.5% each time (geth's pool needs 10% to replace a
	// transaction); after that it is only sent again as it is. 0 means
	// DefaultMaxFeeBumps.
	MaxFeeBumps int
}

func (s SendConfig) resendAfter() time.Duration {
	if s.ResendAfter <= 0 {
		return DefaultResendAfter
	}
	return s.ResendAfter
}

func (s SendConfig) maxFeeBumps() int {
	if s.MaxFeeBumps <= 0 {
		return DefaultMaxFeeBumps
	}
	return s.MaxFeeBumps
}

// defaultSendConfig is the SendConfig of a new client on chain id.
func defaultSendConfig(chainID uint64) SendConfig {
	if chainID == 1337 || chainID == 31337 { // geth --dev and chain/devnet; anvil and hardhat
		return SendConfig{}
	}
	return SendConfig{Confirmations: DefaultConfirmations}
}

// nonceBook holds one nonceManager per account. Every Client derived from
// one NewClient (or Deploy) by As or WithSendConfig shares the book, so
// all Clients of a key number its transactions from one counter.
type nonceBook struct {
	mu   sync.Mutex
	keys map[common.Address]*nonceManager
}

func newNonceBook() *nonceBook { return &nonceBook{keys: map[common.Address]*nonceManager{}} }

func (b *nonceBook) manager(from common.Address) *nonceManager {
	b.mu.Lock()
	defer b.mu.Unlock()
	m := b.keys[from]
	if m == nil {
		m = &nonceManager{out: map[uint64]*outTx{}}
		b.keys[from] = m
	}
	return m
}

// nonceManager numbers one account's transactions. Its lock is held while
// a nonce is picked and the transaction sent, so two senders never pick the
// same one; waiting for receipts happens outside it.
type nonceManager struct {
	mu     sync.Mutex
	synced bool
	// next is the lowest nonce not handed out.
	next uint64
	// out holds the latest transaction sent under each nonce handed out and
	// not yet seen used on chain.
	out map[uint64]*outTx
}

type outTx struct {
	tx *types.Transaction
	// waiting is true while a caller waits for the transaction; a caller
	// that gives up leaves it behind as abandoned.
	waiting bool
}

// take returns the nonce for a new transaction: the node's pending nonce if
// it is ahead of ours (another wallet sent from the key), ours otherwise,
// except that when everything between the node's pending nonce and ours
// was abandoned and the node has lost it, the numbering re-syncs down to
// the pending nonce so the account has no gap. The caller holds m.mu.
func (m *nonceManager) take(ctx context.Context, b Backend, from common.Address) (uint64, error) {
	pending, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("reading nonce: %w", err)
	}
	switch {
	case !m.synced || pending > m.next:
		m.next, m.synced = pending, true
	case pending < m.next:
		// A pool's pending nonce can trail a block for a moment; only
		// nonces whose transactions were all given up on are reused.
		lost := true
		for n := pending; n < m.next; n++ {
			if o := m.out[n]; o == nil || o.waiting {
				lost = false
				break
			}
		}
		if lost {
			m.next = pending
		}
	}
	return m.next, nil
}

// forget drops the record of nonces below used (seen used on chain).
func (m *nonceManager) forget(used uint64) {
	for n := range m.out {
		if n < used {
			delete(m.out, n)
		}
	}
}

// submission is one call being sent: what is needed to send it again.
type submission struct {
	what  string
	to    *common.Address
	data  []byte
	value *big.Int
	// gas, if not zero, is the gas limit to send with instead of an estimate.
	gas uint64
	// sent are the versions sent under nonce (fee bumps), latest last.
	sent  []*types.Transaction
	nonce uint64
	bumps int
	// resendAt is when to look into the transaction if it is still unmined.
	resendAt time.Time
	// taken counts consecutive checks that found nonce used without a
	// receipt for any version.
	taken int
}

// submit estimates gas, signs and sends s under a new nonce.
func (c *Client) submit(ctx context.Context, s *submission) error {
	if s.value == nil {
		s.value = new(big.Int)
	}
	gas := s.gas
	if gas == 0 {
		estimate, err := c.backend.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: s.to, Data: s.data, Value: s.value})
		if err != nil {
			return fmt.Errorf("%s: %w", s.what, classify(err))
		}
		// A small margin covers state that changes between estimation and inclusion.
		gas = estimate + estimate/5
	}
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", s.what, err)
	}
	m := c.nonces.manager(c.from)
	m.mu.Lock()
	defer m.mu.Unlock()
	for try := 0; ; try++ {
		nonce, err := m.take(ctx, c.backend, c.from)
		if err != nil {
			return fmt.Errorf("%s: %w", s.what, err)
		}
		t, f := tip, feeCap
		if o := m.out[nonce]; o != nil {
			// Re-using an abandoned nonce: outbid what may still be pooled.
			t, f = bumpFees(o.tx, tip, feeCap)
		}
		tx, err := c.sign(nonce, gas, t, f, s.to, s.data, s.value)
		if err != nil {
			return fmt.Errorf("%s: %w", s.what, err)
		}
		err = c.sendRetryingLag(ctx, tx)
		if err != nil && try < 8 && nonceClash(err) {
			// Another sender of this key (another process, or a Client not
			// derived from this one) used the nonce: number past it.
			c.log.Debug("nonce in use; trying the next", slog.String("call", s.what), slog.Uint64("nonce", nonce), slog.Any("err", err))
			delete(m.out, nonce)
			m.next = nonce + 1
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: sending transaction: %w", s.what, classify(err))
		}
		m.next = max(m.next, nonce+1)
		m.out[nonce] = &outTx{tx: tx, waiting: true}
		s.sent, s.nonce, s.bumps, s.taken = []*types.Transaction{tx}, nonce, 0, 0
		s.resendAt = time.Now().Add(c.sendCfg.resendAfter())
		return nil
	}
}

// nonceClash reports whether a node refused a new transaction because its
// nonce is used or taken by a pooled transaction.
func nonceClash(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "replacement transaction underpriced") ||
		strings.Contains(msg, "already known")
}

// fees returns the tip the node suggests and a fee cap of twice the head's
// base fee plus that tip.
func (c *Client) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggesting gas tip: %w", err)
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading head block: %w", err)
	}
	feeCap = new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	return tip, feeCap, nil
}

// bumpFees returns fees that replace prev in a pool: each 12.5% above
// prev's, or the current fees (tip, feeCap) where those are higher.
func bumpFees(prev *types.Transaction, tip, feeCap *big.Int) (*big.Int, *big.Int) {
	up := func(v *big.Int) *big.Int {
		return new(big.Int).Add(v, new(big.Int).Add(new(big.Int).Rsh(v, 3), big.NewInt(1)))
	}
	t := bigMax(up(prev.GasTipCap()), tip)
	f := bigMax(up(prev.GasFeeCap()), feeCap)
	return t, bigMax(f, t)
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// sign builds and signs an EIP-1559 transaction.
func (c *Client) sign(nonce, gas uint64, tip, feeCap *big.Int, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
	}), types.LatestSignerForChainID(c.chainID), c.key)
	if err != nil {
		return nil, fmt.Errorf("signing transaction: %w", err)
	}
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

// headSubscriber is implemented by connections that can push new heads
// (in-process, WebSocket, IPC).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// await waits until a version of s has a receipt with Confirmations blocks
// on top, sending again when it stays unmined for ResendAfter. Where the
// connection can push new heads it checks on every head (an instant-block
// dev chain answers in about a millisecond); otherwise it polls, starting
// at 2 ms and backing off to 500 ms, so a real chain is not hammered.
func (c *Client) await(ctx context.Context, s *submission) (rcpt *types.Receipt, err error) {
	m := c.nonces.manager(c.from)
	defer func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		if o := m.out[s.nonce]; o != nil {
			if rcpt != nil {
				m.forget(s.nonce + 1)
			} else {
				o.waiting = false
			}
		}
	}()
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
	timeout := func() error {
		return fmt.Errorf("%s: %w: %s (nonce %d) may still be mined unless a later transaction of this account takes its nonce: %w",
			s.what, ErrTimeout, s.sent[len(s.sent)-1].Hash().Hex(), s.nonce, ctx.Err())
	}
	delay := 2 * time.Millisecond
	for {
		rcpt, head, err := c.receiptOf(ctx, s)
		if err != nil && ctx.Err() != nil {
			return nil, timeout()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.what, err)
		}
		if rcpt != nil && head >= rcpt.BlockNumber.Uint64()+c.sendCfg.Confirmations {
			return rcpt, nil
		}
		if rcpt == nil && !time.Now().Before(s.resendAt) {
			if err := c.resend(ctx, s); err != nil {
				if ctx.Err() != nil {
					return nil, timeout()
				}
				return nil, err
			}
		}
		wait := delay
		if sub != nil {
			wait = 250 * time.Millisecond // backstop only; heads wake us up
		}
		if rcpt == nil {
			wait = max(time.Millisecond, min(wait, time.Until(s.resendAt)))
		}
		t := time.NewTimer(wait)
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, timeout()
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

// receiptOf returns the receipt of whichever version of s is mined, and the
// head's number, once the head has reached the receipt's block (a node can
// serve a receipt a moment before its head moves, and calls made right
// after must see the new state); nil if none is.
func (c *Client) receiptOf(ctx context.Context, s *submission) (*types.Receipt, uint64, error) {
	for i := len(s.sent) - 1; i >= 0; i-- {
		hash := s.sent[i].Hash()
		rcpt, err := c.backend.TransactionReceipt(ctx, hash)
		// A node still indexing transactions answers "indexing is in progress"
		// for receipts it will serve a moment later.
		if err != nil && (errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "indexing is in progress")) || err == nil && rcpt == nil {
			continue
		}
		if err != nil {
			return nil, 0, fmt.Errorf("reading receipt of %s: %w", hash.Hex(), err)
		}
		head, err := c.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, 0, fmt.Errorf("reading head block: %w", err)
		}
		if head.Number.Cmp(rcpt.BlockNumber) < 0 {
			return nil, 0, nil
		}
		return rcpt, head.Number.Uint64(), nil
	}
	return nil, 0, nil
}

// resend looks into a transaction unmined after ResendAfter. If its nonce
// is used on chain by a transaction that is not one of its versions, the
// call is sent again under a new nonce (after a second look, since a
// receipt can trail the state). Otherwise the transaction is stuck or was
// dropped: abandoned transactions below it that hold the account up are
// replaced by empty self-transfers, and it is sent again with its fees
// raised. A transaction the node refuses is tried again after the next
// ResendAfter.
func (c *Client) resend(ctx context.Context, s *submission) error {
	s.resendAt = time.Now().Add(c.sendCfg.resendAfter())
	used, err := c.backend.NonceAt(ctx, c.from, nil)
	if err != nil {
		c.log.Warn("checking unmined transaction", slog.String("call", s.what), slog.Any("err", err))
		return nil
	}
	m := c.nonces.manager(c.from)
	if used > s.nonce {
		if s.taken++; s.taken < 2 {
			return nil
		}
		c.log.Warn("nonce used by another transaction; sending the call again",
			slog.String("call", s.what), slog.Uint64("nonce", s.nonce))
		m.mu.Lock()
		delete(m.out, s.nonce)
		m.mu.Unlock()
		return c.submit(ctx, s)
	}
	s.taken = 0
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		c.log.Warn("checking unmined transaction", slog.String("call", s.what), slog.Any("err", err))
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.forget(used)
	for n := used; n < s.nonce; n++ {
		o := m.out[n]
		if o == nil || o.waiting {
			continue
		}
		self := c.from
		t, f := bumpFees(o.tx, tip, feeCap)
		cancel, err := c.sign(n, 21_000, t, f, &self, nil, new(big.Int))
		if err != nil {
			return fmt.Errorf("%s: %w", s.what, err)
		}
		if err := c.backend.SendTransaction(ctx, cancel); err != nil {
			c.log.Warn("replacing abandoned transaction", slog.Uint64("nonce", n), slog.Any("err", err))
			continue
		}
		c.log.Info("replaced abandoned transaction holding up the account", slog.Uint64("nonce", n),
			slog.String("abandoned", o.tx.Hash().Hex()), slog.String("tx", cancel.Hash().Hex()))
		o.tx = cancel
	}
	last := s.sent[len(s.sent)-1]
	next := last
	if s.bumps < c.sendCfg.maxFeeBumps() {
		t, f := bumpFees(last, tip, feeCap)
		if next, err = c.sign(s.nonce, last.Gas(), t, f, s.to, s.data, s.value); err != nil {
			return fmt.Errorf("%s: %w", s.what, err)
		}
		s.bumps++
	}
	err = c.backend.SendTransaction(ctx, next)
	if err != nil && !strings.Contains(err.Error(), "already known") {
		c.log.Warn("sending unmined transaction again", slog.String("call", s.what), slog.Uint64("nonce", s.nonce), slog.Any("err", err))
		return nil
	}
	c.log.Info("transaction unmined; sent again", slog.String("call", s.what), slog.Uint64("nonce", s.nonce),
		slog.String("tx", next.Hash().Hex()), slog.String("fee_cap", next.GasFeeCap().String()))
	if next != last {
		s.sent = append(s.sent, next)
		if o := m.out[s.nonce]; o != nil {
			o.tx = next
		}
	}
	return nil
}
