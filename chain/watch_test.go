package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// stakedEvents collects the Staked events of one operator.
type stakedEvents struct {
	mu     sync.Mutex
	totals []*big.Int
}

func (s *stakedEvents) add(l types.Log) error {
	ev, err := bindings.NewStaking().UnpackStakedEvent(&l)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.totals = append(s.totals, ev.TotalStaked)
	s.mu.Unlock()
	return nil
}

func (s *stakedEvents) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.totals)
}

func stakedQuery(operator common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		Addresses: []common.Address{dev.Deployment().Staking},
		Topics:    [][]common.Hash{{bindings.NewStaking().GetABI().Events["Staked"].ID}, {common.BytesToHash(operator.Bytes())}},
	}
}

func TestWatchResumesAfterDroppedConnection(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		url  func() string
	}{
		{"websocket subscription", dev.WSURL},
		{"http polling", dev.HTTPURL},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			op := newAccount(t, chain.Tokens(100_000))
			// Two stakes before the watch starts: delivered by the catch-up scan.
			for range 2 {
				_, err := op.Stake(ctx, chain.RoleVerifier, minVerifier)
				require.NoError(t, err)
			}

			var (
				mu       sync.Mutex
				conns    []*droppable
				connects int
			)
			connect := func(ctx context.Context) (chain.LogSource, error) {
				c, err := ethclient.DialContext(ctx, tt.url())
				if err != nil {
					return nil, err
				}
				mu.Lock()
				conns = append(conns, &droppable{Client: c})
				connects++
				mu.Unlock()
				return conns[len(conns)-1], nil
			}
			var got stakedEvents
			wctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() {
				done <- chain.Watch(wctx, chain.WatchConfig{
					Connect: connect, Query: stakedQuery(op.Address()), FromBlock: dev.Deployment().DeployBlock,
					PollInterval: 10 * time.Millisecond, RetryDelay: 10 * time.Millisecond,
				}, got.add)
			}()
			waitFor(t, func() bool { return got.count() == 2 })

			_, err := op.Stake(ctx, chain.RoleVerifier, minVerifier)
			require.NoError(t, err)
			waitFor(t, func() bool { return got.count() == 3 })

			// Drop the connection, stake while it is down, and expect the
			// watcher to reconnect and deliver the rest exactly once.
			mu.Lock()
			conns[len(conns)-1].drop()
			mu.Unlock()
			for range 3 {
				_, err := op.Stake(ctx, chain.RoleVerifier, minVerifier)
				require.NoError(t, err)
			}
			waitFor(t, func() bool { return got.count() >= 6 })
			time.Sleep(50 * time.Millisecond) // room for duplicates to show up
			cancel()
			require.ErrorIs(t, <-done, context.Canceled)

			got.mu.Lock()
			defer got.mu.Unlock()
			require.Len(t, got.totals, 6)
			for i, total := range got.totals {
				require.Equal(t, new(big.Int).Mul(minVerifier, big.NewInt(int64(i+1))).String(), total.String(), "event %d", i)
			}
			mu.Lock()
			require.GreaterOrEqual(t, connects, 2, "the watcher reconnected")
			for _, c := range conns {
				c.Close()
			}
			mu.Unlock()
		})
	}
}

func TestWatchStopsOnHandlerError(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op := newAccount(t, chain.Tokens(1000))
	_, err := op.Stake(ctx, chain.RoleVerifier, minVerifier)
	require.NoError(t, err)
	boom := errors.New("boom")
	err = chain.Watch(ctx, chain.WatchConfig{
		Connect: func(context.Context) (chain.LogSource, error) { return dev.Backend(), nil },
		Query:   stakedQuery(op.Address()),
	}, func(types.Log) error { return boom })
	require.ErrorIs(t, err, boom)
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	require.Eventually(t, cond, 20*time.Second, 5*time.Millisecond)
}

// droppable is a node connection that can be cut: every later call fails
// and, on WebSocket, the subscription ends.
type droppable struct {
	*ethclient.Client
	mu      sync.Mutex
	dropped bool
}

var errDropped = errors.New("connection dropped")

func (d *droppable) drop() {
	d.mu.Lock()
	d.dropped = true
	d.mu.Unlock()
	d.Client.Close()
}

func (d *droppable) isDropped() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.dropped
}

func (d *droppable) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if d.isDropped() {
		return nil, errDropped
	}
	return d.Client.HeaderByNumber(ctx, n)
}

func (d *droppable) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if d.isDropped() {
		return nil, errDropped
	}
	return d.Client.FilterLogs(ctx, q)
}

// transferLog is what the reorg and range tests read from a Transfer log.
type transferLog struct {
	removed bool
	block   uint64
	hash    common.Hash // block hash
	tx      common.Hash
	value   uint64
}

// transferLogs collects Transfer logs as a Watch handler.
type transferLogs struct {
	mu   sync.Mutex
	logs []transferLog
}

func (s *transferLogs) add(l types.Log) error {
	ev, err := bindings.NewMemoToken().UnpackTransferEvent(&l)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.logs = append(s.logs, transferLog{l.Removed, l.BlockNumber, l.BlockHash, l.TxHash, ev.Value.Uint64()})
	s.mu.Unlock()
	return nil
}

func (s *transferLogs) get() []transferLog {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]transferLog(nil), s.logs...)
}

func transfersTo(token, to common.Address) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		Addresses: []common.Address{token},
		Topics:    [][]common.Hash{{bindings.NewMemoToken().GetABI().Events["Transfer"].ID}, nil, {common.BytesToHash(to.Bytes())}},
	}
}

// simToken is a chain whose blocks the test seals itself (go-ethereum's
// ethclient/simulated: Commit seals, Fork rewinds to an ancestor so the
// next blocks form a new branch) with a MemoToken deployed on it.
type simToken struct {
	sim   *simulated.Backend
	key   *ecdsa.PrivateKey
	token common.Address
	nonce uint64
}

func newSimToken(t *testing.T) *simToken {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	s := &simToken{sim: simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(oneETH, big.NewInt(100))}}), key: key}
	t.Cleanup(func() { s.sim.Close() })
	code := common.FromHex(bindings.MemoTokenMetaData.Bin)
	tx := s.send(t, nil, append(code, bindings.NewMemoToken().PackConstructor(from, chain.Tokens(1000))...), 0)
	s.sim.Commit()
	rcpt, err := s.sim.Client().TransactionReceipt(testContext(t), tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	s.token = rcpt.ContractAddress
	return s
}

// send signs and sends a transaction with the next nonce (or nonce, for a
// replacement) and a tip of (1+bump) gwei.
func (s *simToken) send(t *testing.T, to *common.Address, data []byte, bump int64, nonce ...uint64) *types.Transaction {
	t.Helper()
	n := s.nonce
	if len(nonce) > 0 {
		n = nonce[0]
	} else {
		s.nonce++
	}
	tip := big.NewInt((1 + bump) * params.GWei)
	tx := types.MustSignNewTx(s.key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: n, GasTipCap: tip, GasFeeCap: new(big.Int).Mul(tip, big.NewInt(10)),
		Gas: 5_000_000, To: to, Data: data,
	})
	require.NoError(t, s.sim.Client().SendTransaction(testContext(t), tx))
	return tx
}

func (s *simToken) transfer(t *testing.T, to common.Address, value int64, bump int64, nonce ...uint64) *types.Transaction {
	t.Helper()
	data, err := bindings.NewMemoToken().TryPackTransfer(to, big.NewInt(value))
	require.NoError(t, err)
	return s.send(t, &s.token, data, bump, nonce...)
}

func (s *simToken) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := s.sim.Client().HeaderByNumber(testContext(t), nil)
	require.NoError(t, err)
	return h
}

// noSubscribe is a connection that cannot subscribe, as over HTTP.
type noSubscribe struct{ chain.LogSource }

func (noSubscribe) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("notifications not supported")
}

func TestWatchReorg(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		wrap func(chain.LogSource) chain.LogSource
	}{
		{"subscription", func(s chain.LogSource) chain.LogSource { return s }},
		{"polling", func(s chain.LogSource) chain.LogSource { return noSubscribe{s} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			st := newSimToken(t)
			alice := common.Address{0xa1}

			st.transfer(t, alice, 1, 0)
			st.sim.Commit()
			parent := st.head(t)
			orphan := st.transfer(t, alice, 2, 0)
			st.sim.Commit()

			var got transferLogs
			wctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() {
				done <- chain.Watch(wctx, chain.WatchConfig{
					Connect: func(context.Context) (chain.LogSource, error) { return tt.wrap(st.sim.Client()), nil },
					Query:   transfersTo(st.token, alice), PollInterval: 5 * time.Millisecond,
				}, got.add)
			}()
			waitFor(t, func() bool { return len(got.get()) == 2 })
			before := got.get()
			require.Equal(t, []uint64{1, 2}, []uint64{before[0].value, before[1].value})
			require.Equal(t, orphan.Hash(), before[1].tx)

			// Reorg: rewind to the parent of the transfer of 2 and mine a
			// branch where the same nonce sends 3 instead. The pool takes
			// the orphaned transaction back first; the replacement outbids it.
			require.NoError(t, st.sim.Fork(parent.Hash()))
			waitFor(t, func() bool {
				_, pending, err := st.sim.Client().TransactionByHash(ctx, orphan.Hash())
				return err == nil && pending
			})
			replacement := st.transfer(t, alice, 3, 1, orphan.Nonce())
			st.sim.Commit()
			st.sim.Commit()

			waitFor(t, func() bool { return len(got.get()) >= 4 })
			time.Sleep(50 * time.Millisecond) // room for duplicates to show up
			cancel()
			require.ErrorIs(t, <-done, context.Canceled)

			logs := got.get()
			require.Len(t, logs, 4, "%+v", logs)
			retracted := before[1]
			retracted.removed = true
			require.Equal(t, retracted, logs[2], "the orphaned log comes back with Removed set")
			require.Equal(t, transferLog{block: parent.Number.Uint64() + 1, hash: logs[3].hash, tx: replacement.Hash(), value: 3}, logs[3])
			require.NotEqual(t, before[1].hash, logs[3].hash, "the replacement is in the new branch's block")
			rcpt, err := st.sim.Client().TransactionReceipt(ctx, replacement.Hash())
			require.NoError(t, err)
			require.Equal(t, rcpt.BlockHash, logs[3].hash)
		})
	}
}

// countingLogs is a connection that records the block range of every
// eth_getLogs call and whether the node refused it.
type countingLogs struct {
	chain.LogSource
	mu    sync.Mutex
	calls []logCall
}

type logCall struct {
	from, to uint64
	refused  bool
}

func (c *countingLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.LogSource.FilterLogs(ctx, q)
	c.mu.Lock()
	c.calls = append(c.calls, logCall{q.FromBlock.Uint64(), q.ToBlock.Uint64(), err != nil})
	c.mu.Unlock()
	return logs, err
}

func (c *countingLogs) get() []logCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]logCall(nil), c.calls...)
}

func TestWatchSplitsLongRanges(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	// A chain of its own whose eth_getLogs refuses ranges of more than
	// 10 blocks, as public endpoints do, and whose height only this test moves.
	const nodeLimit = 10
	d, err := devnet.New(ctx, devnet.Config{Accounts: 2, LogRangeLimit: nodeLimit - 1})
	require.NoError(t, err)
	t.Cleanup(func() { d.Close() })
	sender := d.Governance().As(d.Key(1))
	bob := common.Address{0xb0}
	for i := range 5 {
		_, err := sender.TransferMEMO(ctx, bob, big.NewInt(int64(i+1)))
		require.NoError(t, err)
		d.Mine(9)
	}
	head, err := sender.BlockNumber(ctx)
	require.NoError(t, err)
	from := d.Deployment().DeployBlock
	blocks := head - from + 1
	require.Greater(t, blocks, uint64(50))

	for _, tt := range []struct {
		name     string
		maxRange uint64
		// wantCalls is the exact number of accepted eth_getLogs calls.
		wantCalls uint64
		// span is the most blocks an accepted call may cover.
		span uint64
	}{
		// MaxRange under the node's limit: ranges are split up front.
		{"split by MaxRange", 8, (blocks + 7) / 8, 8},
		// The default 2,000 blocks: the node refuses, the watcher halves
		// the range until the node accepts it, and keeps that size.
		{"halved on refusal", 0, 0, nodeLimit},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conn := &countingLogs{LogSource: d.Backend()}
			var got transferLogs
			wctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() {
				done <- chain.Watch(wctx, chain.WatchConfig{
					Connect: func(context.Context) (chain.LogSource, error) { return conn, nil },
					Query:   transfersTo(d.Deployment().Token, bob), FromBlock: from,
					MaxRange: tt.maxRange, PollInterval: 5 * time.Millisecond, RetryDelay: time.Minute,
				}, got.add)
			}()
			waitFor(t, func() bool { return len(got.get()) == 5 })
			time.Sleep(30 * time.Millisecond) // let any stray calls show up
			cancel()
			require.ErrorIs(t, <-done, context.Canceled)

			var values []uint64
			for _, l := range got.get() {
				values = append(values, l.value)
			}
			require.Equal(t, []uint64{1, 2, 3, 4, 5}, values)

			calls := conn.get()
			var accepted, refused uint64
			next := from
			for _, c := range calls {
				if c.refused {
					refused++
					require.Greater(t, c.to-c.from+1, uint64(nodeLimit), "only over-long ranges are refused: %+v", c)
					continue
				}
				accepted++
				require.Equal(t, next, c.from, "ranges are contiguous: %+v", calls)
				require.LessOrEqual(t, c.to-c.from+1, tt.span, "range %+v", c)
				next = c.to + 1
			}
			require.Equal(t, head+1, next, "every block up to the head was scanned once")
			if tt.wantCalls > 0 {
				require.Equal(t, tt.wantCalls, accepted)
				require.Zero(t, refused)
			} else {
				// 2,000 halves to at most 10 in 8 refusals; then it stays small.
				require.LessOrEqual(t, refused, uint64(8))
				require.Positive(t, refused)
				require.LessOrEqual(t, accepted, blocks/(nodeLimit/2)+1)
			}
		})
	}
}

// TestWatchOnScanned checks that OnScanned sees blocks that bear no
// matching log, and a block's logs before the block itself.
func TestWatchOnScanned(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op := newAccount(t, chain.Tokens(1000))
	start, err := op.BlockNumber(ctx)
	require.NoError(t, err)
	var (
		mu      sync.Mutex
		scanned uint64
		logs    []uint64 // blocks of delivered logs
		late    bool     // a log came for a block OnScanned had seen
	)
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- chain.Watch(wctx, chain.WatchConfig{
			Connect:   func(context.Context) (chain.LogSource, error) { return dev.Backend(), nil },
			Query:     stakedQuery(op.Address()),
			FromBlock: start + 1, PollInterval: 5 * time.Millisecond,
			OnScanned: func(b uint64) error {
				mu.Lock()
				scanned = max(scanned, b)
				mu.Unlock()
				return nil
			},
		}, func(l types.Log) error {
			mu.Lock()
			late = late || l.BlockNumber <= scanned
			logs = append(logs, l.BlockNumber)
			mu.Unlock()
			return nil
		})
	}()
	rcpt, err := op.Stake(ctx, chain.RoleVerifier, minVerifier)
	require.NoError(t, err)
	dev.Mine(2) // blocks without the operator's logs
	waitFor(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return scanned >= rcpt.BlockNumber.Uint64()+2
	})
	cancel()
	require.ErrorIs(t, <-done, context.Canceled)
	mu.Lock()
	defer mu.Unlock()
	require.Equal(t, []uint64{rcpt.BlockNumber.Uint64()}, logs)
	require.False(t, late, "a log was delivered after OnScanned had passed its block")
}
