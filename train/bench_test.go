package train

import (
	"testing"
	"time"
)

// BenchmarkEpoch measures one local training epoch over the digits
// training set (1,438 records, batch 32; DP: expected batch 256 with
// per-example clipping and noise). It also times, in the same run, a
// reference epoch that computes every per-example gradient with plain
// loops (naiveGrad) and reports the ratio as "x_vs_naive".
func BenchmarkEpoch(b *testing.B) {
	tr, _ := digits(b)
	for _, tc := range []struct {
		name string
		spec Spec
	}{
		{"softmax", softmaxSpec},
		{"mlp", mlpSpec},
		{"softmax-dp", dpSpec},
		{"mlp-dp", func() Spec { s := mlpSpec; s.Batch, s.LR, s.DP = 256, 0.5, dpSpec.DP; return s }()},
	} {
		b.Run(tc.name, func(b *testing.B) {
			s := tc.spec
			sigma := 0.0
			if s.DP != nil {
				sigma = 1
			}
			params := initParams(s.Model, s.Features, s.Hidden, s.Classes, s.Seed)
			l := newLocal(s, newRecords([]*Dataset{tr}, s.Features, nil), sigma)
			rng := newRand(1, 2)
			naive := time.Duration(1 << 62)
			for range 3 {
				start := time.Now()
				naiveEpoch(l, tr, params, rng)
				naive = min(naive, time.Since(start))
			}
			b.ResetTimer()
			for b.Loop() {
				if sigma > 0 {
					l.dpEpoch(params, rng)
				} else {
					l.epoch(params, rng)
				}
			}
			perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(naive.Nanoseconds())/perOp, "x_vs_naive")
			b.ReportMetric(float64(tr.Len())/perOp*1e9, "records/s")
		})
	}
}

// naiveEpoch is an epoch like local.epoch / local.dpEpoch over d (l's
// records), with the gradient of every batch computed by the per-example
// reference.
func naiveEpoch(l *local, d *Dataset, params Params, rng interface{ Float64() float64 }) {
	s, n := l.spec, d.Len()
	for lo := 0; lo < n; lo += s.Batch {
		hi := min(lo+s.Batch, n)
		batch := d.subset(seq(hi)[lo:])
		weight, clip := 1/float64(hi-lo), 0.0
		if l.sigma > 0 {
			weight, clip = 1/(l.q*float64(n)), s.DP.Clip
		}
		g := naiveGrad(s.Model, s.Features, s.Hidden, s.Classes, params, batch, weight, clip)
		copy(l.g, g)
		l.step(params)
		_ = rng.Float64()
	}
}
