package dashboard_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/dashboard"
)

// benchOwners is the number of data owners of the benchmark's demo run.
const benchOwners = 1000

var (
	bigOnce sync.Once
	bigRun  *demoRun
	bigErr  error
)

// bigDemo is a demo run of benchOwners data owners (synthetic records,
// honest nodes, one round: the pages' cost is in the owners, not the
// training). It is left running for the benchmarks of the package.
func bigDemo(b *testing.B) *demoRun {
	bigOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		bigRun, bigErr = newDemoRun(ctx, cluster.Config{Users: benchOwners, Data: cluster.DataSynthetic, RecordsPerOwner: 20,
			Nodes: 2, Verifiers: 3, Rounds: 1, Honest: true})
	})
	require.NoError(b, bigErr)
	return bigRun
}

// BenchmarkPages serves each page of a dashboard of a demo run with 1,000
// data owners, after one warm-up request (the index is built and settled
// results read once); the goal is under 300 ms per page. ms/page is the
// metric to read; ms/first is the warm-up request's.
func BenchmarkPages(b *testing.B) {
	d := bigDemo(b)
	b.Cleanup(func() { _ = d.c.Close() })
	s, err := dashboard.New(dashboard.Options{Chain: d.ro, Training: trainingOf(d.rep)})
	require.NoError(b, err)
	srv := newHTTPServer(b, s)
	id := d.rep.Fees.Task.ID
	pages := []struct{ name, path string }{
		{"cluster", "/"},
		{"tasks", "/tasks"},
		{"task", fmt.Sprintf("/task/%d", id)},
		{"owner", "/owner/" + d.rep.UserReports[benchOwners/2].Address.Hex()},
		{"node", "/node/" + d.rep.NodeReports[0].Enclave.Hex()},
		{"training", fmt.Sprintf("/training/%d", id)},
	}
	fetch := func(b *testing.B, path string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("%s: HTTP %d", path, resp.StatusCode)
		}
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			t0 := time.Now()
			fetch(b, p.path) // warm-up (the first page of all also builds the index)
			first := time.Since(t0)
			b.ResetTimer()
			start := time.Now()
			for b.Loop() {
				fetch(b, p.path)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/page")
			b.ReportMetric(float64(first.Microseconds())/1000, "ms/first")
		})
	}
}
