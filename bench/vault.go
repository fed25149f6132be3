package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/vault"
)

// vaultBytes is how much a seal or open row pushes through the vault.
func vaultBytes(quick bool) int {
	if quick {
		return 256 << 20
	}
	return 1 << 30
}

// measureSeal times the upload path: records of one chunk each sealed
// (AES-256-GCM STREAM) and content-hashed on the vault's pipeline, all
// cores, into a store that discards the blobs. Baselines: openssl on one
// core (the goal) and on as many cores as this process has.
func measureSeal(ctx context.Context, quick bool) ([]Row, error) {
	total := vaultBytes(quick)
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return nil, err
	}
	defer dek.Destroy()
	t0 := time.Now()
	if _, err := writeDataset(ctx, discardStore{}, dek, total); err != nil {
		return nil, err
	}
	gbps := float64(total) / time.Since(t0).Seconds() / 1e9
	return opensslRows("seal", gbps), nil
}

// measureOpen times the download path: a dataset held in memory read back
// record by record (manifest signature, content hashes, AES-256-GCM, the
// Merkle root).
func measureOpen(ctx context.Context, quick bool) ([]Row, error) {
	total := vaultBytes(quick) / 2 // held in memory
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return nil, err
	}
	defer dek.Destroy()
	s := &memStore{m: map[string][]byte{}}
	m, err := writeDataset(ctx, s, dek, total)
	if err != nil {
		return nil, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	m.Owner = crypto.PubkeyToAddress(key.PublicKey)
	if err := m.Sign(key); err != nil {
		return nil, err
	}
	t0 := time.Now()
	r, err := vault.NewReader(ctx, s, m, dek, vault.ReaderOptions{})
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for {
		if _, err := r.Next(); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading the dataset back: %w", err)
		}
	}
	gbps := float64(m.PlainSize) / time.Since(t0).Seconds() / 1e9
	return opensslRows("open", gbps), nil
}

// writeDataset writes total bytes as opaque records of one chunk each.
func writeDataset(ctx context.Context, s vault.Store, dek *vault.DEK, total int) (*vault.Manifest, error) {
	const chunk = vault.DefaultChunkSize
	w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{Owner: common.Address{1}, Schema: vault.Schema{Kind: vault.KindBytes}, ChunkSize: chunk})
	if err != nil {
		return nil, err
	}
	rec := make([]byte, chunk-4) // with its 4-byte header, one record per chunk
	for range total / chunk {
		if err := w.WriteRecord(vault.Record{Data: rec}); err != nil {
			return nil, err
		}
	}
	return w.Close()
}

// opensslRows makes the row of a vault throughput and its equal-core
// companion, each against openssl measured now.
func opensslRows(name string, gbps float64) []Row {
	one := Row{Name: name, Value: gbps, Unit: "GB/s", Goal: &Goal{Limit: 0.8}}
	cores := runtime.GOMAXPROCS(0)
	all := Row{Name: name + "-equal-cores", Value: gbps, Unit: "GB/s"}
	b1, err := opensslGCM(1)
	if err != nil {
		one.Note = "no openssl baseline: " + err.Error()
		return []Row{one}
	}
	one = one.withBaseline(b1 / 1e9)
	one.Note = fmt.Sprintf("the whole dataset path (1 MiB records framed, SHA-256 Merkle leaves, AES-256-GCM STREAM, BLAKE3 content addresses) on %d cores against `openssl speed -evp aes-256-gcm` (16 KiB blocks) on one core", cores)
	bn, err := opensslGCM(cores)
	if err != nil {
		all.Note = "no openssl -multi baseline: " + err.Error()
		return []Row{one, all}
	}
	all = all.withBaseline(bn / 1e9)
	all.Note = fmt.Sprintf("against `openssl speed -multi %d` on the same %d cores", cores, cores)
	return []Row{one, all}
}

// opensslGCM measures OpenSSL's AES-256-GCM encryption speed on 16 KiB
// buffers for one second of wall time, in bytes per second, on procs
// processes (the sum of their speeds).
func opensslGCM(procs int) (float64, error) {
	if _, err := exec.LookPath("openssl"); err != nil {
		return 0, errors.New("openssl is not installed")
	}
	args := []string{"speed", "-mr", "-seconds", "1", "-bytes", "16384", "-elapsed", "-evp", "aes-256-gcm"}
	if procs > 1 {
		args = append(args, "-multi", strconv.Itoa(procs))
	}
	out, err := exec.Command("openssl", args...).Output()
	if err != nil {
		return 0, fmt.Errorf("running openssl speed: %w", err)
	}
	return parseOpensslSpeed(out)
}

// parseOpensslSpeed reads the machine-readable "+F:n:AES-256-GCM:bps"
// line of `openssl speed -mr` (with -multi, the summed line that has no
// "Got:" prefix) and returns its last (largest block) figure.
func parseOpensslSpeed(out []byte) (float64, error) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Split(sc.Text(), ":")
		if len(f) >= 4 && f[0] == "+F" && strings.EqualFold(f[2], "AES-256-GCM") {
			return strconv.ParseFloat(strings.Fields(f[len(f)-1])[0], 64)
		}
	}
	return 0, errors.New("no +F line for AES-256-GCM in openssl output")
}

// discardStore accepts blobs and forgets them: the store is not what the
// seal row measures.
type discardStore struct{}

func (discardStore) Put(_ context.Context, _ string, r io.Reader, _ int64) error {
	_, err := io.Copy(io.Discard, r)
	return err
}
func (discardStore) Get(context.Context, string) (io.ReadCloser, error) {
	return nil, vault.ErrNotFound
}
func (discardStore) Has(context.Context, string) (bool, error) { return false, nil }
func (discardStore) Delete(context.Context, string) error      { return nil }

// memStore keeps blobs in memory, for the open row.
type memStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memStore) Put(_ context.Context, name string, r io.Reader, _ int64) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = b
	return nil
}

func (s *memStore) Get(_ context.Context, name string) (io.ReadCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[name]
	if !ok {
		return nil, vault.ErrNotFound
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
