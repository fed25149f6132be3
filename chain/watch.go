package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// LogSource is what a Watcher needs from a node connection: log queries and
// subscriptions, and headers by number (to find the head and to notice
// reorgs). *ethclient.Client satisfies it.
type LogSource interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Defaults of WatchConfig.
const (
	// DefaultMaxLogRange is the default most blocks one eth_getLogs covers;
	// public RPC endpoints commonly refuse more than 2,000 to 10,000.
	DefaultMaxLogRange = 2000
	// DefaultReorgDepth is the default number of blocks below the head in
	// which the watcher notices reorgs and retracts logs (64 blocks is two
	// epochs: an Ethereum block that deep is final).
	DefaultReorgDepth = 64
)

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
	// MaxRange is the most blocks one eth_getLogs call covers; 0 means
	// DefaultMaxLogRange. Longer spans are split. When the node refuses a
	// range as too large (or as returning too many logs), the watcher halves
	// the range, down to one block, and keeps the smaller range from then on.
	MaxRange uint64
	// ReorgDepth is how many blocks below the head the watcher checks for
	// reorgs; 0 means DefaultReorgDepth. Logs deeper than that are final:
	// a reorg that reaches below them is logged and rescanned from the
	// deepest block the watcher still remembers.
	ReorgDepth uint64
	// Confirmations is how many blocks must be mined on top of a block
	// before its logs are delivered; 0 delivers them at the head. More
	// confirmations mean fewer retractions and later delivery. With
	// confirmations the watcher polls rather than subscribes.
	Confirmations uint64
	// PollInterval is how often a connection without subscriptions (HTTP)
	// is polled for new blocks; 0 means 250 ms.
	PollInterval time.Duration
	// RetryDelay is the pause before reconnecting after a failure; 0 means 500 ms.
	RetryDelay time.Duration
	// Logger receives reconnect, reorg and range warnings; nil logs nothing.
	Logger *slog.Logger
	// OnScanned, if set, is called after every scan that reached a new block,
	// with that block, once every log up to it has been delivered: the place
	// for work that falls due at a block height (a phase that opens or
	// closes) whether or not the block bore a matching log. With OnScanned
	// the watcher polls for new blocks every PollInterval rather than waiting
	// for subscribed logs. After a reorg it may be called again with a lower
	// block. Its error stops Watch, as fn's does.
	OnScanned func(block uint64) error
}

// Watch delivers every log matching cfg.Query from cfg.FromBlock on, in chain
// order, to fn, until ctx ends or fn returns an error. It catches up with
// eth_getLogs over ranges of at most cfg.MaxRange blocks, then follows new
// blocks, woken by a log subscription (or polling where the connection cannot
// subscribe). When the connection fails it reconnects and resumes after the
// last block it scanned.
//
// Reorgs: before every scan the watcher checks that the blocks it has scanned
// are still canonical. When some are not, it retracts what it delivered from
// them, by calling fn again with each such log with Removed set, newest first,
// and then delivers the logs of the new canonical blocks. So fn sees each log
// of the canonical chain once, and each log it has seen that leaves the
// canonical chain once more as Removed. Reorgs deeper than cfg.ReorgDepth are
// not retracted below that depth. It returns fn's error, or ctx.Err().
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
	if cfg.MaxRange == 0 {
		cfg.MaxRange = DefaultMaxLogRange
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = DefaultReorgDepth
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &watcher{cfg: cfg, fn: fn, next: cfg.FromBlock, span: cfg.MaxRange, log: log.WithGroup("watch")}
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

// mark is the hash a scanned block had when the watcher read it.
type mark struct {
	num  uint64
	hash common.Hash
}

type watcher struct {
	cfg WatchConfig
	fn  func(types.Log) error
	log *slog.Logger
	// next is the first block not yet scanned.
	next uint64
	// span is the most blocks per eth_getLogs: cfg.MaxRange, or less after
	// the node refused a range.
	span uint64
	// marks are the hashes of scanned blocks that bore a delivered log or
	// ended a scan, ascending by number, within the reorg window plus one
	// below it.
	marks []mark
	// delivered are the logs delivered from the blocks marks covers, in
	// delivery order: what a reorg may retract.
	delivered []types.Log
}

// deliver passes l on and remembers it for retraction.
func (w *watcher) deliver(l types.Log) error {
	if err := w.fn(l); err != nil {
		return handlerError{err}
	}
	w.delivered = append(w.delivered, l)
	w.addMark(mark{l.BlockNumber, l.BlockHash})
	return nil
}

func (w *watcher) addMark(m mark) {
	if n := len(w.marks); n > 0 && w.marks[n-1] == m {
		return
	}
	w.marks = append(w.marks, m)
}

// canonical reports whether m's block is still the canonical one at its height.
func (w *watcher) canonical(ctx context.Context, src LogSource, m mark) (bool, error) {
	h, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(m.num))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain is shorter now
	}
	if err != nil {
		return false, fmt.Errorf("reading header %d: %w", m.num, err)
	}
	return h.Hash() == m.hash, nil
}

// reconcile checks the newest mark against the chain; when it is no longer
// canonical it finds the lowest mark that is not, retracts every log
// delivered from there on and rewinds the scan to the block after the
// highest mark below it that still is.
func (w *watcher) reconcile(ctx context.Context, src LogSource) error {
	if len(w.marks) == 0 {
		return nil
	}
	ok, err := w.canonical(ctx, src, w.marks[len(w.marks)-1])
	if err != nil || ok {
		return err
	}
	// Check upwards from the oldest: one scan can read blocks of two
	// branches if a reorg lands during it, so no mark vouches for the ones
	// below it until the lowest stale one is found.
	k := 0
	for ; k < len(w.marks); k++ {
		if ok, err := w.canonical(ctx, src, w.marks[k]); err != nil {
			return err
		} else if !ok {
			break
		}
	}
	if k == len(w.marks) {
		return nil // the newest block came back while we looked
	}
	resume := w.marks[k].num
	if k > 0 {
		resume = min(resume, w.marks[k-1].num+1)
	} else {
		w.log.Warn("reorg deeper than the blocks the watcher remembers; logs below stay delivered",
			slog.Uint64("from_block", resume), slog.Uint64("reorg_depth", w.cfg.ReorgDepth))
	}
	resume = max(resume, w.cfg.FromBlock)
	w.log.Info("chain reorganised; retracting logs", slog.Uint64("from_block", resume))
	for len(w.delivered) > 0 {
		l := w.delivered[len(w.delivered)-1]
		if l.BlockNumber < resume {
			break
		}
		l.Removed = true
		if err := w.fn(l); err != nil {
			return handlerError{err}
		}
		w.delivered = w.delivered[:len(w.delivered)-1]
	}
	for len(w.marks) > 0 && w.marks[len(w.marks)-1].num >= resume {
		w.marks = w.marks[:len(w.marks)-1]
	}
	w.next = resume
	return nil
}

// prune forgets marks and logs more than ReorgDepth below block to, keeping
// the newest mark below that as an anchor for reorgs that reach deeper.
func (w *watcher) prune(to uint64) {
	if to < w.cfg.ReorgDepth {
		return
	}
	floor := to - w.cfg.ReorgDepth
	a := 0
	for a+1 < len(w.marks) && w.marks[a+1].num < floor {
		a++
	}
	w.marks = w.marks[a:]
	i := 0
	for i < len(w.delivered) && w.delivered[i].BlockNumber < w.marks[0].num {
		i++
	}
	w.delivered = w.delivered[i:]
}

// catchUp retracts logs of blocks a reorg has replaced, then delivers logs
// from w.next to the head (less Confirmations) in ranges of at most w.span.
func (w *watcher) catchUp(ctx context.Context, src LogSource) error {
	if err := w.reconcile(ctx, src); err != nil {
		return err
	}
	head, err := src.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading head: %w", err)
	}
	if head.Number.Uint64() < w.cfg.Confirmations {
		return nil
	}
	to := head.Number.Uint64() - w.cfg.Confirmations
	if to < w.next {
		return nil
	}
	tip := head
	if w.cfg.Confirmations > 0 {
		if tip, err = src.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
			return fmt.Errorf("reading header %d: %w", to, err)
		}
	}
	q := w.cfg.Query
	q.BlockHash = nil
	for w.next <= to {
		end := to
		if to-w.next >= w.span {
			end = w.next + w.span - 1
		}
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(w.next), new(big.Int).SetUint64(end)
		logs, err := src.FilterLogs(ctx, q)
		if err != nil {
			if end > w.next && rangeRefused(err) {
				w.span = max(1, (end-w.next+1)/2)
				w.log.Warn("node refused the log range; querying smaller ranges", slog.Any("err", err),
					slog.Uint64("blocks", end-w.next+1), slog.Uint64("max_range", w.span))
				continue
			}
			return fmt.Errorf("filtering logs %d..%d: %w", w.next, end, err)
		}
		for _, l := range logs {
			if l.Removed || l.BlockNumber < w.next || l.BlockNumber > end {
				continue
			}
			if err := w.deliver(l); err != nil {
				return err
			}
		}
		w.next = end + 1
	}
	// The mark is the hash read before the scan: a reorg during it shows
	// as a stale mark at the next reconcile.
	w.addMark(mark{to, tip.Hash()})
	w.prune(to)
	if w.cfg.OnScanned != nil {
		if err := w.cfg.OnScanned(to); err != nil {
			return handlerError{err}
		}
	}
	return nil
}

// rangeRefused reports whether err is a node refusing an eth_getLogs range
// as too long or as matching too many logs. The messages are those of geth
// (--rpc.rangelimit), Infura, Alchemy, QuickNode and others.
func rangeRefused(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32005 { // limit exceeded
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"block range", "range too large", "range is too", "range limit",
		"returned more than", "too many results", "too many logs", "response size", "limited to",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (w *watcher) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	src, err := w.cfg.Connect(ctx)
	if err != nil {
		return fmt.Errorf("connecting: %w", err)
	}
	if w.cfg.Confirmations > 0 || w.cfg.OnScanned != nil {
		// A subscription wakes the watcher on new logs, not when old ones
		// reach the confirmation depth, nor on blocks without logs.
		if err := w.catchUp(ctx, src); err != nil {
			return err
		}
		return w.poll(ctx, src)
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
	// Subscribed logs only wake the watcher: it scans the chain itself, so
	// the reorg checks and the ranges are the same as when polling. A node
	// may push a log a moment before its head reaches the log's block; a
	// retry a poll interval later picks it up.
	retry := time.NewTimer(time.Hour)
	retry.Stop()
	defer retry.Stop()
	for {
		// newest is the highest block of a pushed log, if any.
		var newest uint64
		pushed := false
		note := func(l types.Log) {
			if !l.Removed {
				newest, pushed = max(newest, l.BlockNumber), true
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return fmt.Errorf("log subscription: %w", err)
		case l := <-ch:
			note(l)
		drain:
			for {
				select {
				case l := <-ch:
					note(l)
				default:
					break drain
				}
			}
		case <-retry.C:
		}
		if err := w.catchUp(ctx, src); err != nil {
			return err
		}
		if pushed && newest >= w.next {
			retry.Reset(w.cfg.PollInterval)
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
