package enclave

import (
	"context"
	"testing"
	"time"

	"github.com/memo-protocol/memo-compute/grant"
)

// BenchmarkAdmitGrant measures the enclave's full admission of a grant
// (shape, deployment, enclave, EIP-712 signature recovery, chain view,
// policy, HPKE unwrap) per second, and its time as a ratio to the bare
// HPKE unwrap timed interleaved in the same run. The chain view is the
// in-memory one: RPC latency to a real node is not measured here.
func BenchmarkAdmitGrant(b *testing.B) {
	ctx := context.Background()
	chain := newMemChain()
	e, err := NewSim(testConfig(chain, nopQuoter{}, testSecret()))
	if err != nil {
		b.Fatal(err)
	}
	f := newGrant(b, e, chain, testGrantPolicy())
	chain.register(f.g)
	task := testTask()
	var ta, tu time.Duration
	for b.Loop() {
		t0 := time.Now()
		dek, err := e.admit(ctx, task, f.g)
		if err != nil {
			b.Fatal(err)
		}
		clear(dek)
		t1 := time.Now()
		dek, err = grant.UnwrapKey(e.hpkeKey, f.g.WrappedKey, f.g.Binding())
		if err != nil {
			b.Fatal(err)
		}
		clear(dek)
		ta += t1.Sub(t0)
		tu += time.Since(t1)
	}
	b.ReportMetric(float64(b.N)/ta.Seconds(), "admissions/s")
	b.ReportMetric(ta.Seconds()/tu.Seconds(), "time-ratio-vs-unwrap")
}
