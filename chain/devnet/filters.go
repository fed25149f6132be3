package devnet

import (
	"context"
	"errors"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"
)

// filterAPI is go-ethereum's filter API (eth_getLogs, filters,
// eth_subscribe) with log and head subscriptions that the chain ends before
// it stops. go-ethereum's own uninstall their filter from a goroutine once
// the subscriber goes away; when that goroutine runs after the chain
// stopped, the uninstall waits forever for the stopped event loop
// (eth/filters Subscription.Unsubscribe), so a client that left just
// before the chain closed could leave a goroutine behind.
type filterAPI struct {
	*filters.FilterAPI
	events *filters.EventSystem

	mu     sync.Mutex
	closed bool
	stop   chan struct{}
	subs   sync.WaitGroup
}

func newFilterAPI(sys *filters.FilterSystem) *filterAPI {
	return &filterAPI{
		FilterAPI: filters.NewFilterAPI(sys),
		events:    filters.NewEventSystem(sys),
		stop:      make(chan struct{}),
	}
}

// Logs serves eth_subscribe("logs") as go-ethereum does.
func (api *filterAPI) Logs(ctx context.Context, crit filters.FilterCriteria) (*rpc.Subscription, error) {
	matched := make(chan []*types.Log)
	return serve(api, ctx, matched,
		func() (*filters.Subscription, error) {
			return api.events.SubscribeLogs(ethereum.FilterQuery(crit), matched)
		},
		func(n *rpc.Notifier, id rpc.ID, logs []*types.Log) {
			for _, l := range logs {
				n.Notify(id, l)
			}
		})
}

// NewHeads serves eth_subscribe("newHeads") as go-ethereum does.
func (api *filterAPI) NewHeads(ctx context.Context) (*rpc.Subscription, error) {
	headers := make(chan *types.Header)
	return serve(api, ctx, headers,
		func() (*filters.Subscription, error) { return api.events.SubscribeNewHeads(headers), nil },
		func(n *rpc.Notifier, id rpc.ID, h *types.Header) { n.Notify(id, h) })
}

// serve installs a subscription with subscribe and forwards what arrives
// on ch with notify until the subscriber leaves or the chain closes.
func serve[T any](api *filterAPI, ctx context.Context, ch <-chan T, subscribe func() (*filters.Subscription, error), notify func(*rpc.Notifier, rpc.ID, T)) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return &rpc.Subscription{}, rpc.ErrNotificationsUnsupported
	}
	api.mu.Lock()
	if api.closed {
		api.mu.Unlock()
		return nil, errors.New("the dev chain is stopping")
	}
	api.subs.Add(1)
	api.mu.Unlock()
	sub, err := subscribe()
	if err != nil {
		api.subs.Done()
		return nil, err
	}
	rpcSub := notifier.CreateSubscription()
	go func() {
		defer api.subs.Done()
		defer sub.Unsubscribe()
		for {
			select {
			case v := <-ch:
				notify(notifier, rpcSub.ID, v)
			case <-rpcSub.Err():
				return
			case <-api.stop:
				return
			}
		}
	}()
	return rpcSub, nil
}

// close ends every subscription and waits until each has uninstalled its
// filter; the chain must still be running.
func (api *filterAPI) close() {
	api.mu.Lock()
	if !api.closed {
		api.closed = true
		close(api.stop)
	}
	api.mu.Unlock()
	api.subs.Wait()
}
