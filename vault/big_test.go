package vault_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
)

// vmHWM returns the process's peak resident set size in bytes (Linux).
func vmHWM() (int64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

// resetHWM resets the peak RSS to the current RSS (Linux ≥ 4.0).
func resetHWM() bool { return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil }

// TestStream1GiB seals 1 GiB of records into a directory store and reads
// it back, checking every byte, while watching the process's peak RSS and
// Go heap: both stay flat (a few chunk buffers), not proportional to the
// data. It takes a few seconds and 1 GiB of temporary disk, so -short
// skips it; MEMO_VAULT_STREAM_MB sets another size.
func TestStream1GiB(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 1 GiB through a directory store; run without -short")
	}
	mb := 1024
	if v := os.Getenv("MEMO_VAULT_STREAM_MB"); v != "" {
		var err error
		mb, err = strconv.Atoi(v)
		require.NoError(t, err)
	}
	const recSize = 1 << 20
	base := make([]byte, recSize)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range base {
		base[i] = byte(rng.Uint32())
	}
	record := func(i int) []byte { // base with the index in front
		binary.LittleEndian.PutUint64(base, uint64(i))
		return base
	}

	s, dek := newDirStore(t), newDEK(t)
	ctx := context.Background()
	runtime.GC()
	hwmOK := resetHWM()
	startRSS, _ := vmHWM()

	var peakHeap atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peakHeap.Load() {
					peakHeap.Store(ms.HeapInuse)
				}
			}
		}
	})

	start := time.Now()
	var progressed atomic.Int64
	w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{Owner: owner, Schema: bytesSchema,
		Progress: func(p vault.Progress) { progressed.Store(p.PlainBytes) }})
	require.NoError(t, err)
	for i := range mb {
		require.NoError(t, w.WriteRecord(vault.Record{Data: record(i)}))
	}
	m, err := w.Close()
	require.NoError(t, err)
	require.NoError(t, m.Sign(ownerKey))
	sealTime := time.Since(start)
	require.Equal(t, m.PlainSize, progressed.Load())

	start = time.Now()
	r, err := vault.NewReader(ctx, s, m, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	n := 0
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		if string(rec.Data) != string(record(n)) {
			t.Fatalf("record %d differs", n)
		}
		n++
	}
	require.NoError(t, r.Close())
	openTime := time.Since(start)
	close(stop)
	wg.Wait()
	require.Equal(t, mb, n)

	peakRSS, _ := vmHWM()
	t.Logf("%d MiB in %d chunks: seal+store %.2fs (%.0f MB/s), load+open %.2fs (%.0f MB/s)", mb, len(m.Chunks),
		sealTime.Seconds(), float64(m.PlainSize)/sealTime.Seconds()/1e6, openTime.Seconds(), float64(m.PlainSize)/openTime.Seconds()/1e6)
	t.Logf("peak RSS %.1f MiB (%.1f MiB at start, peak reset: %v), peak Go heap in use %.1f MiB",
		float64(peakRSS)/(1<<20), float64(startRSS)/(1<<20), hwmOK, float64(peakHeap.Load())/(1<<20))
	// Flat memory: a few chunk buffers per worker, nowhere near the data size.
	require.Less(t, peakHeap.Load(), uint64(64<<20), "Go heap grew with the data")
	if hwmOK {
		require.Less(t, peakRSS-startRSS, int64(96<<20), "RSS grew with the data")
	}
}
