package cluster_test

import (
	"context"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/memo-protocol/memo-compute/cluster"
)

// peakHeap samples the heap while a function runs: the largest live heap
// a garbage collection found (what the process cannot do without) and the
// largest heap in use including garbage not yet collected (what the
// process's resident memory follows).
type peakHeap struct {
	live, inuse uint64
}

func measureHeap(f func() error) (peakHeap, uint64, error) {
	runtime.GC()
	runtime.GC() // the second empties sync.Pools' victim caches
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	allocBefore := ms.TotalAlloc
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	var (
		peak peakHeap
		mu   sync.Mutex
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	sample := func() {
		metrics.Read(samples)
		mu.Lock()
		peak.live = max(peak.live, samples[0].Value.Uint64())
		peak.inuse = max(peak.inuse, samples[1].Value.Uint64())
		mu.Unlock()
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
	runtime.ReadMemStats(&ms)
	return peak, ms.TotalAlloc - allocBefore, err
}

// runCluster builds and runs a whole honest cluster of users synthetic
// data owners and closes it.
func runCluster(users int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: users, Data: cluster.DataSynthetic, Nodes: 3, Verifiers: 3, Rounds: 3, Honest: true})
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Run(ctx)
	return err
}

// BenchmarkDemoPerOwner measures what one more data owner costs a whole
// run (cluster.New and Run, synthetic data, 3 nodes, 3 rounds): the
// difference between a run of 500 owners and one of 100 in the same
// process, divided by the 400 owners between them, so that the fixed cost
// of the chain and the enclaves drops out. It reports
//
//   - live-B/owner: peak live heap (what garbage collections found in use),
//   - heap-B/owner: peak heap in use, garbage included (what resident
//     memory follows with the default GOGC),
//   - alloc-B/owner: bytes allocated,
//   - ms/owner: wall time.
//
// A run takes tens of seconds; use -benchtime 1x:
//
//	go test -run '^$' -bench DemoPerOwner -benchtime 1x ./cluster
//
// A data owner's records are 20 × 65 × 8 = 10,400 bytes as float64; the
// rest of its cost is its keys, grant, manifest, chain transactions and
// payout claim. Issue 14 bounds it at 64 KiB beyond the records.
func BenchmarkDemoPerOwner(b *testing.B) {
	const small, large = 100, 500
	for b.Loop() {
		type run struct {
			peak  peakHeap
			alloc uint64
			wall  time.Duration
		}
		var runs [2]run
		for i, users := range []int{small, large} {
			start := time.Now()
			peak, alloc, err := measureHeap(func() error { return runCluster(users) })
			if err != nil {
				b.Fatalf("%d owners: %v", users, err)
			}
			runs[i] = run{peak, alloc, time.Since(start)}
		}
		per := func(v0, v1 float64) float64 { return (v1 - v0) / (large - small) }
		b.ReportMetric(per(float64(runs[0].peak.live), float64(runs[1].peak.live)), "live-B/owner")
		b.ReportMetric(per(float64(runs[0].peak.inuse), float64(runs[1].peak.inuse)), "heap-B/owner")
		b.ReportMetric(per(float64(runs[0].alloc), float64(runs[1].alloc)), "alloc-B/owner")
		b.ReportMetric(per(float64(runs[0].wall.Milliseconds()), float64(runs[1].wall.Milliseconds())), "ms/owner")
		b.Logf("%d owners: peak live heap %d MiB, peak heap %d MiB, %.1f s; %d owners: %d MiB, %d MiB, %.1f s",
			small, runs[0].peak.live>>20, runs[0].peak.inuse>>20, runs[0].wall.Seconds(),
			large, runs[1].peak.live>>20, runs[1].peak.inuse>>20, runs[1].wall.Seconds())
	}
}
