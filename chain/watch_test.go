package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
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

func (d *droppable) BlockNumber(ctx context.Context) (uint64, error) {
	if d.isDropped() {
		return 0, errDropped
	}
	return d.Client.BlockNumber(ctx)
}

func (d *droppable) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if d.isDropped() {
		return nil, errDropped
	}
	return d.Client.FilterLogs(ctx, q)
}
