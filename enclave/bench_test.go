package enclave

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/wasm"
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

// BenchmarkWasmTask runs a wasm task (the echo module over the digits,
// split among 4 users) through the enclave (admission, decryption into the
// record stream, compilation, the run, encryption and signing) and the same
// module directly on the same plaintext stream (compilation included),
// interleaved. Metrics as in BenchmarkEnclaveVsTrain.
func BenchmarkWasmTask(b *testing.B) {
	ctx := context.Background()
	module, err := os.ReadFile(filepath.Join("..", "wasm", "testdata", "hostile", "echo.wasm"))
	if err != nil {
		b.Fatal(err)
	}
	chain := newMemChain()
	cfg := testConfig(chain, nopQuoter{}, testSecret())
	cfg.Workload = Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(module))}
	e, err := NewSim(cfg)
	if err != nil {
		b.Fatal(err)
	}
	policy := grant.Policy{Kinds: []string{KindWasm}}
	var inputs []Input
	var sets []RecordSet
	for _, p := range digitsParts(b, 4) {
		d := sealDataset(b, p)
		inputs = append(inputs, d.grantTo(b, e, chain, policy))
		s := RecordSet{Dataset: common.Hash(d.manifest.ID), Schema: d.manifest.Schema}
		for i := range p.Len() {
			s.Records = append(s.Records, vault.Record{Features: p.Row(i), Label: float64(p.Y[i])})
		}
		sets = append(sets, s)
	}
	in, err := EncodeRecords(sets)
	if err != nil {
		b.Fatal(err)
	}
	limits := WasmLimits{MaxOutputBytes: 4 << 20}
	task := &Task{Owner: common.Address{0xc0}, Wasm: &WasmTask{Module: module, Limits: limits}, ResultKey: ownerKey(b).PublicKey().Bytes()}
	bestE, bestD := time.Duration(1<<62), time.Duration(1<<62)
	round := 0
	for b.Loop() {
		round++
		task.ID = common.BigToHash(big.NewInt(int64(round)))
		t0 := time.Now()
		for _, x := range inputs {
			if err := e.UnwrapGrant(ctx, task, x); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := e.RunTask(ctx, task, nil); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		rt, err := wasm.New(ctx, limits.config())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunBytes(ctx, module, in); err != nil {
			b.Fatal(err)
		}
		_ = rt.Close(ctx)
		t2 := time.Now()
		bestE, bestD = min(bestE, t1.Sub(t0)), min(bestD, t2.Sub(t1))
	}
	b.ReportMetric(float64(bestE.Microseconds())/1e3, "enclave-ms")
	b.ReportMetric(float64(bestD.Microseconds())/1e3, "direct-ms")
	b.ReportMetric(bestE.Seconds()/bestD.Seconds(), "ratio")
	b.ReportMetric(float64(len(in))/1e6, "input-MB")
}
