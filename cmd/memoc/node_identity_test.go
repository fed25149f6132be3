package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// syncBuffer is a bytes.Buffer safe for a daemon writing and a test reading.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// daemon is one memoc node process-in-a-goroutine.
type daemon struct {
	stop   context.CancelFunc
	done   chan int
	stderr *syncBuffer
	url    string
	halted bool
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

func startDaemon(ctx context.Context, addr string, args ...string) *daemon {
	ctx, stop := context.WithCancel(ctx)
	d := &daemon{stop: stop, done: make(chan int, 1), stderr: &syncBuffer{}, url: "http://" + addr}
	go func() {
		var out bytes.Buffer
		d.done <- run(ctx, append(args, "--listen", addr), strings.NewReader(""), &out, d.stderr)
	}()
	return d
}

// health polls the daemon's /healthz until its enclave is registered.
func (d *daemon) enclave(t *testing.T) common.Address {
	t.Helper()
	var h nodeapi.Health
	require.Eventually(t, func() bool {
		select {
		case code := <-d.done:
			d.done <- code
			t.Fatalf("memoc node exited %d: %s", code, d.stderr.String())
		default:
		}
		resp, err := http.Get(d.url + nodeapi.HealthPath)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		h = nodeapi.Health{}
		return json.NewDecoder(resp.Body).Decode(&h) == nil && h.Registry != "" && h.Registry != "unknown"
	}, time.Minute, 100*time.Millisecond)
	return h.Enclave
}

func (d *daemon) halt(t *testing.T) {
	t.Helper()
	if d.halted {
		return
	}
	d.halted = true
	d.stop()
	select {
	case <-d.done:
	case <-time.After(30 * time.Second):
		t.Fatal("memoc node did not stop")
	}
}

// TestTDXNodeKeepsItsIdentity runs two memoc node --tee sim-tdx daemons of
// one measurement on a dev chain. B joins A's measurement key; B's TD
// "reboots" (the daemon stops; a new enclave starts over the same data
// directory, with nothing but the sealed state kept) and comes back as the
// same enclave with A's help, so grants to it still open; with A down too,
// B refuses to start over state it cannot open rather than start as a
// stranger.
func TestTDXNodeKeepsItsIdentity(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain and two node daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	_, dir, with := flowChain(t, ctx)
	spec := filepath.Join(dir, "spec.json")
	memocJSON(t, nil, "task", "spec", "--out", spec)
	var m struct{ Measurement common.Hash }
	memocJSON(t, &m, "node", "--measure", "--tee", "sim-tdx", "--spec", spec)
	memocJSON(t, nil, with("govern", "allow-measurement", m.Measurement.Hex(), "--dev-account", "0")...)

	node := func(i int) []string {
		return with("node", "--tee", "sim-tdx", "--dev-account", fmt.Sprint(2+i), "--data-dir", filepath.Join(dir, fmt.Sprintf("node%d", i)),
			"--spec", spec, "--store", filepath.Join(dir, "store"), "--log-level", "info")
	}
	addrA, addrB := freePort(t), freePort(t)
	a := startDaemon(ctx, addrA, node(0)...)
	defer a.halt(t)
	encA := a.enclave(t)
	require.Contains(t, a.stderr.String(), "no live peer of this measurement: the enclave drew the measurement key")

	b := startDaemon(ctx, addrB, node(1)...)
	encB := b.enclave(t)
	require.NotEqual(t, encA, encB)
	require.Contains(t, b.stderr.String(), "joined the measurement key of a peer")
	b.halt(t)

	b = startDaemon(ctx, addrB, node(1)...)
	require.Equal(t, encB, b.enclave(t), "the same enclave after the restart")
	require.Contains(t, b.stderr.String(), "enclave recovered with a peer's measurement key")
	b.halt(t)

	a.halt(t)
	b = startDaemon(ctx, addrB, node(1)...)
	select {
	case code := <-b.done:
		require.Equal(t, exitFailure, code)
		errOut := b.stderr.String()
		require.Contains(t, errOut, enclave.ErrNoSealingKey.Error())
		require.Contains(t, errOut, "no live peer of measurement")
	case <-time.After(time.Minute):
		b.halt(t)
		t.Fatal("B started over state no live peer can open")
	}
}
