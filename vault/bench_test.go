package vault

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The benchmarks report throughput (MB/s from SetBytes) and, where openssl
// is installed, the ratio to `openssl speed -evp aes-256-gcm` measured in
// the same process run (x_openssl; goal ≥ 0.8 for Seal and Open).
//
//	go test ./vault -run '^$' -bench 'Seal|Open' -benchtime 2s

// opensslGCM measures OpenSSL's single-core AES-256-GCM encryption speed,
// in bytes per second on 16 KiB buffers (the largest size of its default
// table), for one second: per second of wall time if elapsed, else per
// second of its CPU time (which a busy machine does not distort).
func opensslGCM(elapsed bool) (float64, error) {
	if _, err := exec.LookPath("openssl"); err != nil {
		return 0, err
	}
	args := []string{"speed", "-mr", "-seconds", "1", "-bytes", "16384", "-evp", "aes-256-gcm"}
	if elapsed {
		args = append(args, "-elapsed")
	}
	out, err := exec.Command("openssl", args...).Output()
	if err != nil {
		return 0, fmt.Errorf("running openssl speed: %w", err)
	}
	return parseOpensslSpeed(out)
}

// cpuTime returns the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// parseOpensslSpeed reads the machine-readable "+F:n:AES-256-GCM:bps..."
// line of `openssl speed -mr` and returns its last (largest block) figure.
func parseOpensslSpeed(out []byte) (float64, error) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Split(sc.Text(), ":")
		if len(f) >= 4 && f[0] == "+F" && strings.EqualFold(f[2], "AES-256-GCM") {
			return strconv.ParseFloat(f[len(f)-1], 64)
		}
	}
	return 0, errors.New("no +F line for AES-256-GCM in openssl output")
}

func TestParseOpensslSpeed(t *testing.T) {
	out := "+H:16384\n+F:25:AES-256-GCM:3876708352.00\n"
	v, err := parseOpensslSpeed([]byte(out))
	if err != nil || v != 3876708352 {
		t.Fatalf("parseOpensslSpeed = %v, %v", v, err)
	}
	if _, err := parseOpensslSpeed([]byte("+F:1:AES-128-CBC:1\n")); err == nil {
		t.Fatal("accepted output without AES-256-GCM")
	}
}

// openssl is the baseline of one benchmark run. openssl is measured just
// before and just after the timed loop (b.Loop runs the benchmark function
// once) and the faster of the two is the reference, so a busy machine can
// only make the wall-clock ratio x_openssl smaller. cpu_x_openssl compares
// bytes per CPU-second instead (ours over all our goroutines, openssl's on
// its one core), which load does not distort: on n free cores the
// pipelined paths reach about n × cpu_x_openssl in wall-clock terms.
type openssl struct {
	wall, cpu float64
	cpu0      time.Duration
}

// measureOpenssl measures the baseline; call it just before the timed loop.
func measureOpenssl(b *testing.B) *openssl {
	b.Helper()
	wall, err := opensslGCM(true)
	if err != nil {
		b.Logf("no openssl ratio: %v", err)
		return &openssl{cpu0: cpuTime()}
	}
	cpu, _ := opensslGCM(false)
	return &openssl{wall: wall, cpu: cpu, cpu0: cpuTime()}
}

// report adds GB/s, cpu_GB/s and the ratios to openssl to the results.
func (o *openssl) report(b *testing.B, bytesPerOp int64) {
	b.Helper()
	used := cpuTime() - o.cpu0
	total := float64(bytesPerOp) * float64(b.N)
	ours := total / b.Elapsed().Seconds()
	b.ReportMetric(ours/1e9, "GB/s")
	oursCPU := total / used.Seconds()
	b.ReportMetric(oursCPU/1e9, "cpu_GB/s")
	if o.wall == 0 {
		return
	}
	after, err := opensslGCM(true)
	if err != nil {
		b.Logf("no openssl ratio: %v", err)
		return
	}
	ref := max(o.wall, after)
	b.ReportMetric(ref/1e9, "openssl_GB/s")
	b.ReportMetric(ours/ref, "x_openssl")
	if o.cpu > 0 {
		b.ReportMetric(oursCPU/o.cpu, "cpu_x_openssl")
	}
}

// discardStore accepts blobs and forgets them: the cost of the store is not
// what these benchmarks measure.
type discardStore struct{}

func (discardStore) Put(_ context.Context, _ string, r io.Reader, _ int64) error {
	_, err := io.Copy(io.Discard, r)
	return err
}
func (discardStore) Get(context.Context, string) (io.ReadCloser, error) { return nil, ErrNotFound }
func (discardStore) Has(context.Context, string) (bool, error)          { return false, nil }
func (discardStore) Delete(context.Context, string) error               { return nil }

// memStore keeps blobs in memory, for the read benchmarks.
type memStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memStore) Put(_ context.Context, name string, r io.Reader, size int64) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	s.m[name] = b
	return nil
}

func (s *memStore) Get(_ context.Context, name string) (io.ReadCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[name]
	if !ok {
		return nil, ErrNotFound
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}
func (s *memStore) Has(_ context.Context, name string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[name]
	return ok, nil
}
func (s *memStore) Delete(_ context.Context, name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, name)
	return nil
}

func benchAEAD(b *testing.B) (*chunkAEAD, ID) {
	dek, err := NewDEK(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer dek.Destroy()
	id, _ := NewID(common.Address{1}, nil)
	a, err := newChunkAEAD(dek, id)
	if err != nil {
		b.Fatal(err)
	}
	return a, id
}

// BenchmarkSeal is the upload path below the record layer: AES-256-GCM
// sealing of 1 MiB chunks and content hashing of the ciphertext, on the
// two-stage pipeline. serial does both on one goroutine, for comparison.
func BenchmarkSeal(b *testing.B) {
	const chunk = DefaultChunkSize
	for _, ch := range []ContentHash{BLAKE3, SHA256} {
		b.Run(string(ch)+"/pipelined", func(b *testing.B) {
			a, _ := benchAEAD(b)
			b.SetBytes(chunk)
			p := newSealer(context.Background(), discardStore{}, a, ch, chunk, false, nil)
			ssl := measureOpenssl(b)
			for b.Loop() {
				buf, err := p.buffer()
				if err != nil {
					b.Fatal(err)
				}
				if err := p.submit(buf[:chunk], false); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := p.finish(); err != nil {
				b.Fatal(err)
			}
			ssl.report(b, chunk)
		})
		b.Run(string(ch)+"/serial", func(b *testing.B) {
			a, _ := benchAEAD(b)
			b.SetBytes(chunk)
			plain := make([]byte, chunk)
			out := make([]byte, 0, chunk+tagSize)
			var i uint32
			ssl := measureOpenssl(b)
			for b.Loop() {
				out = a.seal(out[:0], plain, i, false)
				if _, err := ch.Sum(out); err != nil {
					b.Fatal(err)
				}
				i++
			}
			ssl.report(b, chunk)
		})
	}
}

// BenchmarkOpen is the download path below the record layer: content hash
// check and AES-256-GCM opening of 1 MiB chunks held in memory.
func BenchmarkOpen(b *testing.B) {
	const chunk, chunks = DefaultChunkSize, 256
	for _, ch := range []ContentHash{BLAKE3, SHA256} {
		b.Run(string(ch), func(b *testing.B) {
			dek, err := NewDEK(nil)
			if err != nil {
				b.Fatal(err)
			}
			defer dek.Destroy()
			s := &memStore{}
			w, err := NewWriter(context.Background(), s, dek, WriterOptions{
				Owner: common.Address{1}, Schema: Schema{Kind: KindBytes}, ChunkSize: chunk, ContentHash: ch,
			})
			if err != nil {
				b.Fatal(err)
			}
			rec := make([]byte, chunk-4) // with its 4-byte header, one record per chunk
			for range chunks {
				if err := w.WriteRecord(Record{Data: rec}); err != nil {
					b.Fatal(err)
				}
			}
			m, err := w.Close()
			if err != nil {
				b.Fatal(err)
			}
			a, err := newChunkAEAD(dek, m.ID)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(m.PlainSize)
			ssl := measureOpenssl(b)
			for b.Loop() {
				o := newOpener(context.Background(), s, a, m, false, nil)
				for {
					pt, leaves, err := o.next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					o.release(pt, leaves)
				}
				o.close()
			}
			ssl.report(b, m.PlainSize)
		})
	}
}

// BenchmarkDataset is the whole path with records (1 MiB opaque records):
// framing and SHA-256 leaf hashing for the Merkle tree on top of Seal/Open.
func BenchmarkDataset(b *testing.B) {
	const chunk, n = DefaultChunkSize, 64
	rec := make([]byte, 1<<20)
	dek, err := NewDEK(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer dek.Destroy()
	opts := WriterOptions{Owner: common.Address{1}, Schema: Schema{Kind: KindBytes}, ChunkSize: chunk}
	write := func(s Store) *Manifest {
		w, err := NewWriter(context.Background(), s, dek, opts)
		if err != nil {
			b.Fatal(err)
		}
		for range n {
			if err := w.WriteRecord(Record{Data: rec}); err != nil {
				b.Fatal(err)
			}
		}
		m, err := w.Close()
		if err != nil {
			b.Fatal(err)
		}
		return m
	}
	b.Run("write", func(b *testing.B) {
		b.SetBytes(n << 20)
		ssl := measureOpenssl(b)
		for b.Loop() {
			write(discardStore{})
		}
		ssl.report(b, n<<20)
	})
	b.Run("read", func(b *testing.B) {
		s := &memStore{}
		m := write(s)
		b.SetBytes(n << 20)
		// Readers verify the owner's signature: sign with a throwaway key.
		key := mustBenchKey(b)
		m.Owner = key.addr
		if err := m.Sign(key.priv); err != nil {
			b.Fatal(err)
		}
		ssl := measureOpenssl(b)
		for b.Loop() {
			r, err := NewReader(context.Background(), s, m, dek, ReaderOptions{})
			if err != nil {
				b.Fatal(err)
			}
			for {
				if _, err := r.Next(); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
			}
			r.Close()
		}
		ssl.report(b, n<<20)
	})
}
