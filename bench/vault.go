package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/memo-protocol/memo-compute/vault"
)

// vaultBytes is how much a seal or open row pushes through the vault.
func vaultBytes(quick bool) int64 {
	if quick {
		return 256 << 20
	}
	return 1 << 30
}

// The seal and open rows are the issue's "AES-256-GCM STREAM + content
// hash" on all cores: the vault's chunk layer (vault.ChunkLayer). The
// -records rows are the whole dataset path through vault.Writer and
// vault.Reader (1 MiB records framed, SHA-256 Merkle leaves and root),
// reported against the same baseline without a goal. Both run the vault
// package's own measurement loops (vault/throughput.go).

// vaultPasses is how many times a seal or open row runs each layer; the
// row takes the fastest pass, as the baseline takes the faster of two
// openssl runs.
const vaultPasses = 2

// fastest returns the shortest of passes runs of f.
func fastest(passes int, f func() (time.Duration, error)) (time.Duration, error) {
	var best time.Duration
	for i := range passes {
		t, err := f()
		if err != nil {
			return 0, err
		}
		if i == 0 || t < best {
			best = t
		}
	}
	return best, nil
}

// measureSeal times sealing into a store that discards the blobs.
func measureSeal(ctx context.Context, quick bool) ([]Row, error) {
	total := vaultBytes(quick)
	before, _ := opensslGCM(1)
	var gb [2]float64
	for i, layer := range []vault.Layer{vault.ChunkLayer, vault.RecordLayer} {
		t, err := fastest(vaultPasses, func() (time.Duration, error) { return vault.SealThroughput(ctx, layer, total) })
		if err != nil {
			return nil, err
		}
		gb[i] = gbps(total, t)
	}
	return opensslRows("seal", gb[0], gb[1], before), nil
}

// measureOpen times reading back a dataset held in memory (half the seal
// row's bytes).
func measureOpen(ctx context.Context, quick bool) ([]Row, error) {
	d, err := vault.NewThroughputDataset(ctx, vaultBytes(quick)/2, vault.BLAKE3)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	before, _ := opensslGCM(1)
	var gb [2]float64
	for i, layer := range []vault.Layer{vault.ChunkLayer, vault.RecordLayer} {
		t, err := fastest(vaultPasses, func() (time.Duration, error) { return d.Open(ctx, layer) })
		if err != nil {
			return nil, err
		}
		gb[i] = gbps(d.PlainSize(), t)
	}
	return opensslRows("open", gb[0], gb[1], before), nil
}

func gbps(n int64, t time.Duration) float64 { return float64(n) / t.Seconds() / 1e9 }

// opensslRows makes the row of a vault throughput, its equal-core
// companion and the whole dataset path's row, each against openssl
// measured now. The one-core baseline is the faster of before (measured
// just before the vault's runs; 0 if it failed) and now, so a busy machine
// can only make the ratio smaller.
func opensslRows(name string, chunks, records, before float64) []Row {
	cores := runtime.GOMAXPROCS(0)
	one := Row{Name: name, Value: chunks, Unit: "GB/s", Goal: &Goal{Limit: 0.8}}
	all := Row{Name: name + "-equal-cores", Value: chunks, Unit: "GB/s"}
	rec := Row{Name: name + "-records", Value: records, Unit: "GB/s"}
	b1, err := opensslGCM(1)
	b1 = max(b1, before)
	if err != nil {
		one.Note = "no openssl baseline: " + err.Error()
		return []Row{one, rec}
	}
	one = one.withBaseline(b1 / 1e9)
	one.Note = fmt.Sprintf("AES-256-GCM STREAM and BLAKE3 content addresses of 1 MiB chunks on the vault's pipeline, %d cores, the faster of %d passes, against `openssl speed -evp aes-256-gcm` (16 KiB blocks) on one core, the faster of 2 runs", cores, vaultPasses)
	rec = rec.withBaseline(b1 / 1e9)
	rec.Note = "the whole dataset path (1 MiB records framed, SHA-256 Merkle leaves, then the chunk layer), same cores and baseline"
	bn, err := opensslGCM(cores)
	if err != nil {
		all.Note = "no openssl -multi baseline: " + err.Error()
		return []Row{one, all, rec}
	}
	all = all.withBaseline(bn / 1e9)
	all.Note = fmt.Sprintf("against `openssl speed -multi %d` on the same %d cores", cores, cores)
	return []Row{one, all, rec}
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
