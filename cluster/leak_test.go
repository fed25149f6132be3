package cluster_test

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
)

// goroutines returns the stacks of the live goroutines by id, leaving out
// go-ethereum's process-wide sender cacher, which starts once and never
// stops.
func goroutines() map[string]string {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	out := map[string]string{}
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		s := string(g)
		id, _, _ := strings.Cut(s, " [")
		if !strings.Contains(s, "core/sender_cacher.go") {
			out[id] = s
		}
	}
	return out
}

// TestCloseLeavesNoGoroutines: a cluster that ran a task stops every
// goroutine it started (chain, node servers, federation) on Close.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	before := goroutines()
	c, err := cluster.New(ctx, cluster.Config{Users: 4, Nodes: 1, Verifiers: 1, Rounds: 2})
	require.NoError(t, err)
	_, err = c.Run(ctx)
	require.NoError(t, err)
	require.NoError(t, c.Close())
	var leaked []string
	for range 50 {
		leaked = leaked[:0]
		for id, s := range goroutines() {
			if _, ok := before[id]; !ok && !strings.Contains(s, "TestCloseLeavesNoGoroutines") {
				leaked = append(leaked, s)
			}
		}
		if len(leaked) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%d goroutines left after Close:\n%s", len(leaked), strings.Join(leaked, "\n\n"))
}
