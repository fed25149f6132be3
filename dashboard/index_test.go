package dashboard

import (
	"context"
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

	// Blocks 3 on are replaced: m1's allowance is gone, m2's is new.
	c.forkAt, c.fork, c.head = 3, "b", 7
	require.NoError(t, ix.scan(ctx, c, dep, 7))
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
