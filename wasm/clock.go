package wasm

import "sync"

// virtualClock is the only time a guest sees. It starts at a fixed instant
// and advances by tickNanos on every read and by the requested amount on
// every sleep, so its readings depend only on what the guest does, never on
// the host: two runs of the same module on the same input read the same
// times, and a guest that sleeps does not hold the host.
type virtualClock struct {
	mu      sync.Mutex
	elapsed int64 // nanoseconds since start
	start   int64 // walltime at elapsed == 0, Unix nanoseconds
}

// tickNanos is how far the virtual clock moves on each read: enough for a
// guest measuring an interval to see time pass, small enough to be
// negligible.
const tickNanos = 1000

func (c *virtualClock) advance(ns int64) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ns > 0 {
		c.elapsed += ns
	}
	return c.elapsed
}

func (c *virtualClock) nanotime() int64 { return c.advance(tickNanos) }

func (c *virtualClock) walltime() (sec int64, nsec int32) {
	t := c.start + c.advance(tickNanos)
	sec, rem := t/1e9, t%1e9
	if rem < 0 {
		sec, rem = sec-1, rem+1e9
	}
	return sec, int32(rem)
}

func (c *virtualClock) nanosleep(ns int64) { c.advance(ns) }
