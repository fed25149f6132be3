package vault

import (
	"syscall"
	"testing"
	"time"
)

// The benchmarks report throughput (MB/s from SetBytes, GB/s) and bytes
// per CPU-second of this process (cpu_GB/s), which a busy machine does not
// distort: on n free cores the pipelined paths reach about n × cpu_GB/s.
// They run the measurements of `memoc bench`'s seal and open rows
// (throughput.go); the ratios to openssl are the bench package's
// (go test -run '^$' -bench 'Seal|Open' -benchtime 1x ./bench).
//
//	go test ./vault -run '^$' -bench 'Seal|Open' -benchtime 2s

// cpuTime returns the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportThroughput(b *testing.B, total int64, wall, cpu time.Duration) {
	b.ReportMetric(float64(total)/wall.Seconds()/1e9, "GB/s")
	if cpu > 0 {
		b.ReportMetric(float64(total)/cpu.Seconds()/1e9, "cpu_GB/s")
	}
}

var layers = []struct {
	name  string
	layer Layer
}{{"chunks", ChunkLayer}, {"records", RecordLayer}}

// BenchmarkSeal seals b.N chunks of 1 MiB: at the chunk layer (AES-256-GCM
// STREAM and BLAKE3 content addresses on the pipeline) and through Writer
// (1 MiB records framed, SHA-256 Merkle leaves on top).
func BenchmarkSeal(b *testing.B) {
	for _, l := range layers {
		b.Run(l.name, func(b *testing.B) {
			b.SetBytes(DefaultChunkSize)
			cpu0 := cpuTime()
			wall, err := SealThroughput(b.Context(), l.layer, int64(b.N)*DefaultChunkSize)
			if err != nil {
				b.Fatal(err)
			}
			reportThroughput(b, int64(b.N)*DefaultChunkSize, wall, cpuTime()-cpu0)
		})
	}
}

// BenchmarkOpen reads a 256 MiB dataset held in memory back: at the chunk
// layer (content address check and AES-256-GCM opening) and through Reader
// (records, their leaves and the Merkle root on top), with each content hash.
func BenchmarkOpen(b *testing.B) {
	for _, l := range layers {
		for _, ch := range []ContentHash{BLAKE3, SHA256} {
			b.Run(l.name+"/"+string(ch), func(b *testing.B) {
				d, err := NewThroughputDataset(b.Context(), 256<<20, ch)
				if err != nil {
					b.Fatal(err)
				}
				defer d.Close()
				b.SetBytes(d.PlainSize())
				var wall time.Duration
				cpu0 := cpuTime()
				for b.Loop() {
					t, err := d.Open(b.Context(), l.layer)
					if err != nil {
						b.Fatal(err)
					}
					wall += t
				}
				reportThroughput(b, int64(b.N)*d.PlainSize(), wall, cpuTime()-cpu0)
			})
		}
	}
}
