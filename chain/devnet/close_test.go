package devnet_test

import (
	"context"
	"math/big"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// TestCloseEndsSubscriptions: log and head subscriptions, in process and
// over WebSocket, deliver what they subscribed to, and leave no goroutine
// behind when their subscribers leave just before the chain closes or stay
// until it does. (go-ethereum's own subscriptions could leave one when the
// chain stopped before their uninstall ran: a race a loaded machine hit.)
func TestCloseEndsSubscriptions(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := devnet.New(ctx, devnet.Config{Accounts: 2, ListenAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer d.Close()
	ws, err := ethclient.DialContext(ctx, d.WSURL())
	require.NoError(t, err)
	defer ws.Close()
	q := ethereum.FilterQuery{Addresses: []common.Address{d.Deployment().Token}}
	var subs []ethereum.Subscription
	chans := make([]chan types.Log, 40)
	for i := range chans {
		chans[i] = make(chan types.Log, 16)
		c := d.Backend()
		if i%2 == 1 {
			c = ws
		}
		sub, err := c.SubscribeFilterLogs(ctx, q, chans[i])
		require.NoError(t, err)
		subs = append(subs, sub)
	}
	heads := make(chan *types.Header, 16)
	hsub, err := ws.SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	defer hsub.Unsubscribe()
	// A transfer's log reaches the subscribers, and its block's head.
	gov := d.Governance()
	_, err = gov.TransferMEMO(ctx, gov.Address(), big.NewInt(1))
	require.NoError(t, err)
	select {
	case l := <-chans[0]:
		require.Equal(t, d.Deployment().Token, l.Address)
	case <-ctx.Done():
		t.Fatal("no log delivered")
	}
	select {
	case l := <-chans[1]:
		require.Equal(t, d.Deployment().Token, l.Address)
	case <-ctx.Done():
		t.Fatal("no log delivered over WebSocket")
	}
	select {
	case h := <-heads:
		require.NotZero(t, h.Number.Uint64())
	case <-ctx.Done():
		t.Fatal("no head delivered")
	}
	// Half leave just before Close, half are open when it runs.
	for _, s := range subs[:20] {
		s.Unsubscribe()
	}
	require.NoError(t, d.Close())
	var left []string
	for range 30 {
		left = left[:0]
		buf := make([]byte, 8<<20)
		buf = buf[:runtime.Stack(buf, true)]
		for _, g := range strings.Split(string(buf), "\n\n") {
			if strings.Contains(g, "eth/filters.") {
				left = append(left, g)
			}
		}
		if len(left) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%d filter goroutines left after Close:\n%s", len(left), strings.Join(left, "\n\n"))
}
