package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/train"
)

// clusterRun is one whole in-process cluster run (cluster.New and Run on
// the embedded dev chain) and what it cost.
type clusterRun struct {
	wall     time.Duration
	peakLive uint64 // the largest live heap a garbage collection found
	report   *cluster.Report
}

// runCluster builds, runs and closes a cluster of cfg, sampling the heap.
func runCluster(ctx context.Context, cfg cluster.Config) (clusterRun, error) {
	var run clusterRun
	h, err := SampleHeap(func() error {
		start := time.Now()
		defer func() { run.wall = time.Since(start) }()
		var err error
		run.report, err = RunCluster(ctx, cfg)
		return err
	})
	run.peakLive = h.PeakLive
	return run, err
}

// RunCluster builds a cluster of cfg, runs its task and closes it: one
// whole `memoc demo` in process.
func RunCluster(ctx context.Context, cfg cluster.Config) (*cluster.Report, error) {
	c, err := cluster.New(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("building a cluster of %d owners: %w", cfg.Users, err)
	}
	defer c.Close()
	rep, err := c.Run(ctx)
	if err != nil {
		return nil, fmt.Errorf("running a cluster of %d owners: %w", cfg.Users, err)
	}
	return rep, nil
}

// measureE2E is `memoc demo --users 100`: the digits, 3 honest nodes and a
// cheating one, 3 verifiers, 10 rounds, every result re-executed.
func measureE2E(ctx context.Context, _ bool) ([]Row, error) {
	r, err := runCluster(ctx, demoConfig(cluster.Config{Users: 100, Reexecute: true}))
	if err != nil {
		return nil, err
	}
	rep := r.report
	return []Row{{
		Name: "e2e-100", Value: r.wall.Seconds(), Unit: "s", Goal: &Goal{AtMost: true, OfValue: true, Limit: 10},
		Note: fmt.Sprintf("`memoc demo --users 100` in process: setup (chain, stakes, enclaves, uploads, grants) %.2f s, "+
			"training %.2f s, the task from publication to payouts %.2f s",
			rep.SetupSeconds, rep.TrainSeconds, rep.RunSeconds),
	}}, nil
}

// scaleUsers are the owner counts of the scale-users rows.
func scaleUsers(quick bool) []int {
	if quick {
		return []int{100, 1000}
	}
	return []int{100, 1000, 10000}
}

// recordBytes is what one synthetic owner's records take as float64
// features and label.
const recordBytes = train.DefaultRecordsPerOwner * (64 + 1) * 8

// measureScaleUsers runs `memoc demo --data synthetic --honest` at each
// owner count and derives the marginal cost of an owner between counts.
func measureScaleUsers(ctx context.Context, quick bool) ([]Row, error) {
	users := scaleUsers(quick)
	runs := make([]clusterRun, len(users))
	for i, n := range users {
		var err error
		if runs[i], err = runCluster(ctx, demoConfig(cluster.Config{Users: n, Data: cluster.DataSynthetic, Honest: true, Reexecute: true})); err != nil {
			return nil, err
		}
	}
	var rows []Row
	for i, n := range users {
		wall := Row{Name: fmt.Sprintf("scale-users-%d", n), Value: runs[i].wall.Seconds(), Unit: "s"}
		if i > 0 {
			wall = wall.withBaseline(runs[0].wall.Seconds())
		}
		if n == 10000 {
			wall.Goal = &Goal{AtMost: true, OfValue: true, Limit: 60}
		}
		heap := Row{Name: fmt.Sprintf("scale-users-%d-heap", n), Value: float64(runs[i].peakLive) / (1 << 20), Unit: "MiB"}
		if i > 0 {
			heap = heap.withBaseline(float64(runs[0].peakLive) / (1 << 20))
		}
		if quick && i == len(users)-1 {
			wall.Note = "--quick stops at 1,000 owners: the 10,000-owner run and the marginal ratios (1,000→10,000 against 100→1,000 owners) are in the full run"
		}
		rows = append(rows, wall, heap)
	}
	// Marginal costs per owner between consecutive counts.
	type marginal struct{ ms, heapKiB float64 }
	var m []marginal
	for i := 1; i < len(users); i++ {
		dn := float64(users[i] - users[i-1])
		m = append(m, marginal{
			ms:      (runs[i].wall - runs[i-1].wall).Seconds() * 1e3 / dn,
			heapKiB: (float64(runs[i].peakLive) - float64(runs[i-1].peakLive)) / dn / 1024,
		})
	}
	last := len(m) - 1
	span := fmt.Sprintf("%d→%d owners", users[last], users[last+1])
	rows = append(rows, Row{
		Name: "scale-users-heap-per-owner", Value: m[last].heapKiB - recordBytes/1024.0, Unit: "KiB",
		Goal: &Goal{AtMost: true, OfValue: true, Limit: 64},
		Note: fmt.Sprintf("peak live heap per extra owner %s beyond its %d bytes of records (%.1f KiB in all)", span, recordBytes, m[last].heapKiB),
	})
	if len(m) >= 2 {
		base := fmt.Sprintf("baseline: the same between %d and %d owners", users[0], users[1])
		rows = append(rows,
			Row{Name: "scale-users-marginal-time", Value: m[1].ms, Unit: "ms/owner", Goal: &Goal{AtMost: true, Limit: 1.2},
				Note: "wall time per extra owner " + span + "; " + base}.withBaseline(m[0].ms),
			Row{Name: "scale-users-marginal-heap", Value: m[1].heapKiB, Unit: "KiB/owner", Goal: &Goal{AtMost: true, Limit: 1.2},
				Note: "peak live heap per extra owner " + span + "; " + base}.withBaseline(m[0].heapKiB),
		)
	}
	return rows, nil
}

// demoConfig is cfg with what memoc demo adds by default: user-level DP
// (DP-FedAvg) over cluster.UserLevelRounds rounds.
func demoConfig(cfg cluster.Config) cluster.Config {
	cfg.PrivacyUnit = train.UnitUser
	if cfg.Rounds == 0 {
		cfg.Rounds = cluster.UserLevelRounds
	}
	return cfg
}
