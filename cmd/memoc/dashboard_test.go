package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// lockedOutput is a buffer a command writes while the test reads it.
type lockedOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *lockedOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.Write(p)
}

func (o *lockedOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

var dashboardURL = regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/`)

// waitURL waits for the dashboard's URL in out.
func waitURL(t *testing.T, out *lockedOutput, exited <-chan int) string {
	t.Helper()
	deadline := time.After(3 * time.Minute)
	for {
		if u := dashboardURL.FindString(out.String()); u != "" {
			return u
		}
		select {
		case code := <-exited:
			t.Fatalf("memoc exited with %d before serving: %s", code, out.String())
		case <-deadline:
			t.Fatalf("no dashboard URL in: %s", out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// TestDashboardCommand serves the dashboard of a dev chain until the
// command's context ends.
func TestDashboardCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net, err := devnet.New(ctx, devnet.Config{Accounts: 2, ListenAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer net.Close()
	dep := filepath.Join(t.TempDir(), "deployment.json")
	require.NoError(t, chain.SaveDeployment(dep, net.Deployment()))

	var errOut lockedOutput
	require.Equal(t, exitUsage, run(ctx, []string{"dashboard", "--rpc", net.HTTPURL(), "--deployment", dep, "--listen", "nowhere"}, nil, &errOut, &errOut))
	require.Contains(t, errOut.String(), "--listen nowhere")

	rctx, stop := context.WithCancel(ctx)
	defer stop()
	var out lockedOutput
	exited := make(chan int, 1)
	go func() {
		exited <- run(rctx, []string{"dashboard", "--rpc", net.HTTPURL(), "--deployment", dep, "--listen", "127.0.0.1:0", "--json", "--dev-account", "1"}, nil, &out, &out)
	}()
	url := waitURL(t, &out, exited)
	var o struct{ URL string }
	require.NoError(t, json.Unmarshal([]byte(strings.TrimSpace(out.String())), &o), "--json prints the URL as JSON")
	require.Equal(t, url, o.URL)
	code, body := fetch(t, url)
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, net.Deployment().EnclaveRegistry.Hex())
	code, _ = fetch(t, url+"task/1")
	require.Equal(t, http.StatusNotFound, code)
	stop()
	require.Equal(t, exitOK, <-exited)
}

// TestDemoDashboard runs a small demo with --dashboard: the report is
// printed whole (--json) and the run's pages are served until interrupted.
func TestDemoDashboard(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a demo")
	}
	ctx, stop := context.WithTimeout(context.Background(), 5*time.Minute)
	defer stop()
	var stdout, stderr lockedOutput
	exited := make(chan int, 1)
	go func() {
		exited <- run(ctx, []string{"demo", "--dp-unit", "record", "--users", "6", "--nodes", "2", "--rounds", "2", "--plot", "", "--json",
			"--dashboard", "--listen", "127.0.0.1:0"}, nil, &stdout, &stderr)
	}()
	url := waitURL(t, &stderr, exited)
	require.True(t, json.Valid([]byte(stdout.String())), "stdout holds the report alone: %s", stdout.String())
	code, body := fetch(t, url+"training/1")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "0 (warm start)")
	code, _ = fetch(t, url+"tasks")
	require.Equal(t, http.StatusOK, code)
	stop()
	require.Equal(t, exitOK, <-exited)
}
