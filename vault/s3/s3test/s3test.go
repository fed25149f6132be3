// Package s3test starts a real S3 server for tests: versitygw with its
// POSIX backend, on a free loopback port, storing into a temporary
// directory. Install it with
//
//	go install github.com/versity/versitygw/cmd/versitygw@v1.8.0
//
// (or run scripts/s3server.sh). Tests that need the server skip, saying
// why, when the binary is not found on PATH or in $(go env GOPATH)/bin.
package s3test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/memo-protocol/memo-compute/vault/s3"
)

// InstallHint is the command that installs the test server.
const InstallHint = "go install github.com/versity/versitygw/cmd/versitygw@v1.8.0"

// Binary returns the path of the versitygw binary, or an error saying how
// to install it.
func Binary() (string, error) {
	if p, err := exec.LookPath("versitygw"); err == nil {
		return p, nil
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		out, err := exec.Command("go", "env", "GOPATH").Output()
		if err == nil {
			gopath = string(bytes.TrimSpace(out))
		}
	}
	for _, dir := range filepath.SplitList(gopath) {
		p := filepath.Join(dir, "bin", "versitygw")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("versitygw not found on PATH or in $(go env GOPATH)/bin; install it with: %s", InstallHint)
}

// Start starts versitygw for the test (stopped at cleanup) and returns the
// configuration of a fresh bucket on it. It skips the test if the binary
// is missing and fails it if the server does not come up.
func Start(t testing.TB) s3.Config {
	t.Helper()
	cfg, _ := StartStoppable(t)
	return cfg
}

// StartStoppable is Start that also returns a function stopping the server
// early, for tests of a store that goes away.
func StartStoppable(t testing.TB) (s3.Config, func()) {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		t.Skipf("skipping S3 tests: %v", err)
	}
	root := t.TempDir()
	bucket := "memo-test"
	if err := os.Mkdir(filepath.Join(root, bucket), 0o700); err != nil {
		t.Fatalf("creating bucket directory: %v", err)
	}
	port, err := freePort()
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	cfg := s3.Config{
		Endpoint:  net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		Bucket:    bucket,
		AccessKey: "test" + randHex(8),
		SecretKey: randHex(20),
		Region:    "us-east-1",
	}
	var logs bytes.Buffer
	cmd := exec.Command(bin, "--port", cfg.Endpoint, "--access", cfg.AccessKey, "--secret", cfg.SecretKey,
		"--region", cfg.Region, "--quiet", "posix", root)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			_ = cmd.Process.Kill()
			<-exited
		})
	}
	t.Cleanup(stop)

	deadline := time.Now().Add(20 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("versitygw exited early: %v\n%s", err, logs.String())
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := s3.New(ctx, s3.Config{Endpoint: cfg.Endpoint, Bucket: cfg.Bucket, AccessKey: cfg.AccessKey,
			SecretKey: cfg.SecretKey, Region: cfg.Region, MaxRetries: 1})
		cancel()
		if err == nil {
			return cfg, stop
		}
		if time.Now().After(deadline) {
			t.Fatalf("versitygw did not become ready at %s: %v\n%s", cfg.Endpoint, err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
