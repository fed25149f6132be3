package dashboard_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/dashboard"
	"github.com/memo-protocol/memo-compute/train"
)

// One small demo run serves every test of the package: a dev chain with
// two honest TEE nodes, a cheating one, a standby re-executor, three
// verifiers and six data owners, after one settled task.
var (
	demoOnce sync.Once
	demo     *demoRun
	demoErr  error
)

type demoRun struct {
	c   *cluster.Cluster
	rep *cluster.Report
	ro  *chain.Client // read-only client of the deployment
}

func runDemo(t testing.TB) *demoRun {
	t.Helper()
	demoOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		demo, demoErr = newDemoRun(ctx, cluster.Config{Users: 6, Nodes: 2, Verifiers: 3, Rounds: 3, Reexecute: true})
	})
	require.NoError(t, demoErr)
	return demo
}

// newDemoRun builds a cluster of cfg, runs its task and opens a read-only
// client of its deployment; the cluster is left running.
func newDemoRun(ctx context.Context, cfg cluster.Config) (*demoRun, error) {
	c, err := cluster.New(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("building the cluster: %w", err)
	}
	rep, err := c.Run(ctx)
	if err != nil {
		_ = c.Close()
		return nil, fmt.Errorf("running the task: %w", err)
	}
	ro, err := chain.NewClient(ctx, c.Devnet().Backend(), c.Deployment(), nil, nil)
	if err != nil {
		_ = c.Close()
		return nil, err
	}
	return &demoRun{c: c, rep: rep, ro: ro}, nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demo != nil {
		_ = demo.c.Close()
	}
	os.Exit(code)
}

// trainingOf hands the dashboard the run's history, as memoc demo does:
// the warm start as round 0, then the reference run's rounds.
func trainingOf(rep *cluster.Report) func(uint64) (dashboard.Training, bool) {
	return func(id uint64) (dashboard.Training, bool) {
		if rep.Fees == nil || rep.Fees.Task.ID != id {
			return dashboard.Training{}, false
		}
		tr := dashboard.Training{Rounds: rep.Reference.Rounds, Source: "The company's evaluation on its held-out data."}
		if ws := rep.WarmStart; ws != nil {
			tr.Baseline = &train.RoundMetrics{TestAccuracy: ws.Accuracy, TestLoss: ws.Loss}
		}
		return tr, true
	}
}

// newServer serves a dashboard of the demo's chain on loopback.
func newServer(t testing.TB, d *demoRun, relayer *chain.Client) (*dashboard.Server, *httptest.Server) {
	t.Helper()
	s, err := dashboard.New(dashboard.Options{Chain: d.ro, Training: trainingOf(d.rep), Relayer: relayer})
	require.NoError(t, err)
	return s, newHTTPServer(t, s)
}

func newHTTPServer(t testing.TB, h http.Handler) *httptest.Server {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}
