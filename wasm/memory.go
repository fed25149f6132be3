package wasm

import (
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// pageSize is the WebAssembly page size in bytes.
const pageSize = 65536

// limitedAllocator backs each linear memory of one run with a plain []byte
// that refuses to grow past limit bytes. wazero asks it for every
// memory.grow, so a refusal is seen here (and recorded) rather than only as
// the -1 the guest gets back.
type limitedAllocator struct {
	limit     uint64
	exceeded  atomic.Uint64 // largest refused size in bytes, 0 if none
	peakBytes atomic.Uint64
}

func (a *limitedAllocator) Allocate(capacity, _ uint64) experimental.LinearMemory {
	if capacity > a.limit {
		capacity = a.limit
	}
	return &limitedMemory{a: a, buf: make([]byte, 0, capacity)}
}

type limitedMemory struct {
	a   *limitedAllocator
	buf []byte
}

// Reallocate returns a buffer of size bytes holding the old contents, or nil
// (memory.grow fails in the guest) when size is over the limit.
func (m *limitedMemory) Reallocate(size uint64) []byte {
	if size > m.a.limit {
		for {
			old := m.a.exceeded.Load()
			if size <= old || m.a.exceeded.CompareAndSwap(old, size) {
				break
			}
		}
		return nil
	}
	if size > uint64(cap(m.buf)) {
		// Grow geometrically (as append would) but never past the limit.
		newCap := max(size, 2*uint64(cap(m.buf)))
		newCap = min(newCap, m.a.limit)
		nb := make([]byte, size, newCap)
		copy(nb, m.buf)
		m.buf = nb
	} else {
		m.buf = m.buf[:size]
	}
	for {
		old := m.a.peakBytes.Load()
		if size <= old || m.a.peakBytes.CompareAndSwap(old, size) {
			break
		}
	}
	return m.buf
}

func (m *limitedMemory) Free() { m.buf = nil }
