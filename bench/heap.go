package bench

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// Heap is what SampleHeap saw of the Go heap while a function ran.
type Heap struct {
	// PeakLive is the largest live heap a garbage collection found: what
	// the process cannot do without.
	PeakLive uint64
	// PeakInUse is the largest heap in use, garbage not yet collected
	// included: what resident memory follows with the default GOGC.
	PeakInUse uint64
	// Alloc is the bytes allocated.
	Alloc uint64
}

// SampleHeap runs f and samples the heap every millisecond while it runs,
// after two garbage collections (the second empties sync.Pools' victim
// caches) so that the peaks start from what the process held before.
func SampleHeap(f func() error) (Heap, error) {
	runtime.GC()
	runtime.GC()
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/allocs:bytes"},
	}
	metrics.Read(samples)
	allocBefore := samples[2].Value.Uint64()
	var (
		h    Heap
		mu   sync.Mutex
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	sample := func() {
		mu.Lock()
		defer mu.Unlock()
		metrics.Read(samples)
		h.PeakLive = max(h.PeakLive, samples[0].Value.Uint64())
		h.PeakInUse = max(h.PeakInUse, samples[1].Value.Uint64())
		h.Alloc = samples[2].Value.Uint64() - allocBefore
	}
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	err := f()
	close(stop)
	<-done
	sample()
	return h, err
}
