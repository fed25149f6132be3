package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogSource is what a Watcher needs from a node connection.
// *ethclient.Client satisfies it.
type LogSource interface {
	ethereum.LogFilterer
	ethereum.BlockNumberReader
}

// WatchConfig sets up Watch. Zero values pick the documented defaults.
type WatchConfig struct {
	// Connect returns a node connection. Watch calls it at the start and
	// again after every failure (a dropped WebSocket, a node restart), so
	// it should dial afresh each time. Required.
	Connect func(ctx context.Context) (LogSource, error)
	// Query selects the logs (Addresses, Topics); its block range is ignored.
	Query ethereum.FilterQuery
	// FromBlock is the first block to deliver logs from (e.g. Deployment.DeployBlock).
	FromBlock uint64
	// PollInterval is how often a connection without subscriptions (HTTP)
	// is polled for new blocks; 0 means 250 ms.
	PollInterval time.Duration
	// RetryDelay is the pause before reconnecting after a failure; 0 means 500 ms.
	RetryDelay time.Duration
	// Logger receives reconnect warnings; nil logs nothing.
	Logger *slog.Logger
}

// Watch delivers every log matching cfg.Query from cfg.FromBlock on, in chain
// order and each exactly once, to fn, until ctx ends or fn returns an error.
// It first catches up with eth_getLogs, then follows new blocks by
// subscription (or polling where the connection cannot subscribe). When the
// connection fails it reconnects and resumes after the last delivered log.
// Logs removed by a reorg are not delivered; logs already delivered are not
// retracted. It returns fn's error, or ctx.Err().
func Watch(ctx context.Context, cfg WatchConfig, fn func(types.Log) error) error {
	if cfg.Connect == nil {
		return errors.New("watching logs: WatchConfig.Connect is nil")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 250 * time.Millisecond
	}
	if cfg.RetryDelay <= 0 {
		cfg.RetryDelay = 500 * time.Millisecond
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &watcher{cfg: cfg, fn: fn, next: cfg.FromBlock, log: log.WithGroup("watch")}
	for {
		err := w.run(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var he handlerError
		if errors.As(err, &he) {
			return he.err
		}
		w.log.Warn("log watch interrupted; reconnecting", slog.Any("err", err), slog.Uint64("resume_block", w.next))
		t := time.NewTimer(cfg.RetryDelay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

type handlerError struct{ err error }

func (e handlerError) Error() string { return e.err.Error() }

type watcher struct {
	cfg WatchConfig
	fn  func(types.Log) error
	log *slog.Logger
	// next is the first block whose logs may not all have been delivered.
	next uint64
	// last is the position of the last delivered log.
	last    struct{ block, index uint64 }
	hasLast bool
}

// deliver passes l on unless it was delivered before.
func (w *watcher) deliver(l types.Log) error {
	if l.Removed {
		return nil
	}
	if w.hasLast && (l.BlockNumber < w.last.block || l.BlockNumber == w.last.block && uint64(l.Index) <= w.last.index) {
		return nil
	}
	if l.BlockNumber < w.cfg.FromBlock {
		return nil
	}
	if err := w.fn(l); err != nil {
		return handlerError{err}
	}
	w.last.block, w.last.index, w.hasLast = l.BlockNumber, uint64(l.Index), true
	return nil
}

// catchUp delivers logs from w.next to the current head.
func (w *watcher) catchUp(ctx context.Context, src LogSource) error {
	head, err := src.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading head: %w", err)
	}
	if head < w.next {
		return nil
	}
	q := w.cfg.Query
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(w.next), new(big.Int).SetUint64(head)
	q.BlockHash = nil
	logs, err := src.FilterLogs(ctx, q)
	if err != nil {
		return fmt.Errorf("filtering logs %d..%d: %w", w.next, head, err)
	}
	for _, l := range logs {
		if err := w.deliver(l); err != nil {
			return err
		}
	}
	w.next = head + 1
	return nil
}

func (w *watcher) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	src, err := w.cfg.Connect(ctx)
	if err != nil {
		return fmt.Errorf("connecting: %w", err)
	}
	// Subscribe before catching up so no block falls between the two.
	ch := make(chan types.Log, 256)
	q := w.cfg.Query
	q.FromBlock, q.ToBlock, q.BlockHash = nil, nil, nil
	sub, subErr := src.SubscribeFilterLogs(ctx, q, ch)
	if err := w.catchUp(ctx, src); err != nil {
		if sub != nil && subErr == nil {
			sub.Unsubscribe()
		}
		return err
	}
	if subErr != nil || sub == nil {
		return w.poll(ctx, src)
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return fmt.Errorf("log subscription: %w", err)
		case l := <-ch:
			// Logs the catch-up scan already delivered are dropped by deliver.
			if err := w.deliver(l); err != nil {
				return err
			}
			// Blocks before l's are complete; l's own block may be cut off
			// by a failure, so a reconnect rescans it (deduplicated).
			if l.BlockNumber > w.next {
				w.next = l.BlockNumber
			}
		}
	}
}

// poll follows the chain by repeated catch-up scans.
func (w *watcher) poll(ctx context.Context, src LogSource) error {
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			if err := w.catchUp(ctx, src); err != nil {
				return err
			}
		}
	}
}
