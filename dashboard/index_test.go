package dashboard

import (
	"context"
	"errors"
	"maps"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// forkChain is a chain whose blocks above a height can be replaced by
// another fork's, as a reorganisation does: each block's hash depends on
// the fork that made it, and each block may allow one measurement.
type forkChain struct {
	mu      sync.Mutex
	forkAt  uint64 // blocks from here on are the current fork's
	fork    string
	head    uint64
	allowed map[string]map[uint64]common.Hash // fork → block → measurement allowed in it
	reads   int                               // FilterLogs calls
	// onRead, if set, runs at each FilterLogs; failFrom, if set, fails the
	// next FilterLogs of a range starting there or later.
	onRead   func()
	failFrom uint64
}

func (c *forkChain) forkOf(n uint64) string {
	if n >= c.forkAt {
		return c.fork
	}
	return "a"
}

func (c *forkChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n.Uint64() > c.head {
		return nil, ethereum.NotFound
	}
	return &types.Header{Number: new(big.Int).Set(n), Extra: []byte(c.forkOf(n.Uint64()))}, nil
}

func (c *forkChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	if c.onRead != nil {
		c.onRead()
	}
	if c.failFrom != 0 && q.FromBlock.Uint64() >= c.failFrom {
		c.failFrom = 0
		return nil, errors.New("connection reset")
	}
	var out []types.Log
	for n := q.FromBlock.Uint64(); n <= q.ToBlock.Uint64() && n <= c.head; n++ {
		if m, ok := c.allowed[c.forkOf(n)][n]; ok {
			out = append(out, types.Log{Address: testRegistry, BlockNumber: n,
				Topics: []common.Hash{topics()["MeasurementAllowed"], m},
				Data:   common.LeftPadBytes([]byte{1}, 32)})
		}
	}
	return out, nil
}

var testRegistry = common.Address{0xee}

// TestIndexReorg: when the blocks the index has scanned are replaced by
// another fork's (the last one's hash changed, or the chain got shorter),
// the events it folded from the old fork go and the new fork's are read;
// without a reorganisation the index reads only new blocks.
func TestIndexReorg(t *testing.T) {
	ctx := context.Background()
	m1, m2 := common.Hash{1}, common.Hash{2}
	c := &forkChain{forkAt: 1 << 62, fork: "a", head: 5,
		allowed: map[string]map[uint64]common.Hash{"a": {3: m1}, "b": {4: m2}}}
	dep := &chain.Deployment{EnclaveRegistry: testRegistry, DeployBlock: 1}
	ix := newIndex(dep.DeployBlock)
	require.NoError(t, ix.scan(ctx, c, dep, 5))
	require.Equal(t, map[common.Hash]bool{m1: true}, ix.measures)

	reads := c.reads
	c.head = 6
	require.NoError(t, ix.scan(ctx, c, dep, 6))
	require.Equal(t, reads+1, c.reads, "no reorganisation: only the new block is read")
	require.Zero(t, ix.rebuilds)

	// Blocks 3 on are replaced: m1's allowance is gone, m2's is new. While
	// the index is read again, pages still see the old fork's events.
	c.forkAt, c.fork, c.head = 3, "b", 7
	var during []map[common.Hash]bool
	c.onRead = func() {
		ix.mu.RLock()
		during = append(during, maps.Clone(ix.measures))
		ix.mu.RUnlock()
	}
	require.NoError(t, ix.scan(ctx, c, dep, 7))
	c.onRead = nil
	require.NotEmpty(t, during)
	for _, m := range during {
		require.Equal(t, map[common.Hash]bool{m1: true}, m, "the old events stay until the new ones have caught up")
	}
	require.Equal(t, 1, ix.rebuilds)
	require.Equal(t, map[common.Hash]bool{m2: true}, ix.measures)
	require.EqualValues(t, 7, ix.head)

	// A fork shorter than what was scanned.
	c.forkAt, c.fork, c.head = 2, "c", 5
	require.NoError(t, ix.scan(ctx, c, dep, 5))
	require.Equal(t, 2, ix.rebuilds)
	require.Empty(t, ix.measures)
	require.EqualValues(t, 5, ix.head)
}

// TestIndexReorgLongHistory: after a reorganisation, a history longer than
// one scan can read (here the read fails part way, as a bounded refresh
// would stop) is read over several scans: what the rebuild read is kept,
// and the old events stay in place until it has caught up.
func TestIndexReorgLongHistory(t *testing.T) {
	ctx := context.Background()
	m1, m2, m3 := common.Hash{1}, common.Hash{2}, common.Hash{3}
	head := uint64(3*logRange + 10)
	c := &forkChain{forkAt: 1 << 62, fork: "a", head: head,
		allowed: map[string]map[uint64]common.Hash{"a": {5: m1, 2*logRange + 5: m2}, "b": {5: m1, logRange + 5: m3}}}
	dep := &chain.Deployment{EnclaveRegistry: testRegistry, DeployBlock: 1}
	ix := newIndex(dep.DeployBlock)
	require.NoError(t, ix.scan(ctx, c, dep, head))
	require.Equal(t, map[common.Hash]bool{m1: true, m2: true}, ix.measures)

	c.forkAt, c.fork, c.failFrom = 10, "b", 2*logRange
	require.Error(t, ix.scan(ctx, c, dep, head))
	require.Zero(t, ix.rebuilds)
	require.Equal(t, map[common.Hash]bool{m1: true, m2: true}, ix.measures, "the old events stay")
	require.NotNil(t, ix.rebuilding)
	require.Equal(t, map[common.Hash]bool{m1: true, m3: true}, ix.rebuilding.measures, "what the rebuild read is kept")
	reads := c.reads
	require.NoError(t, ix.scan(ctx, c, dep, head))
	require.Equal(t, 1, ix.rebuilds)
	require.Nil(t, ix.rebuilding)
	require.Equal(t, map[common.Hash]bool{m1: true, m3: true}, ix.measures)
	require.Equal(t, reads+2, c.reads, "the rebuild went on where it stopped: the ranges left, not the whole history")
}
