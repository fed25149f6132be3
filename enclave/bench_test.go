package enclave

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
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

// BenchmarkEnclaveVsTrain runs the same DP training task (softmax on the
// digits, 4 users, 3 epochs, ε = 4) through the enclave and with plain
// train.Train on the same records in memory, with the enclave's noise seed
// (read through the simulator's privilege SimNoiseSeed), interleaved. The
// enclave path is everything a node's task costs inside the enclave: admitting each
// user's grant (signature, chain view, policy with ε accounting, HPKE
// unwrap), decrypting the vault chunks from a directory store, checking
// the ε ledger, training, encrypting the model to the task owner and
// signing the claim. The chain view is the in-memory one.
//
// Metrics: enclave-ms and train-ms are the fastest run of each (load from
// other processes only slows a run down), ratio is their quotient (goal
// ≤ 1.3).
func BenchmarkEnclaveVsTrain(b *testing.B) {
	ctx := context.Background()
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 1, Epochs: 3, Batch: 64,
		LR: 0.5, Momentum: 0.9, Seed: 1, DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	chain := newMemChain()
	cfg := testConfig(chain, nopQuoter{}, testSecret())
	cfg.Workload = Workload{Kind: Kind(spec), ID: spec.Hash()}
	e, err := NewSim(cfg)
	if err != nil {
		b.Fatal(err)
	}
	policy := grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 1e6, Delta: 1e-5}
	parts := digitsParts(b, 4)
	inputs := make([]Input, len(parts))
	slicesIn := make([]train.Slice, len(parts))
	for i, p := range parts {
		inputs[i] = sealDataset(b, p).grantTo(b, e, chain, policy)
		slicesIn[i] = train.Slice{User: ledgerUser(inputs[i].Grant.Dataset), Data: p}
	}
	owner := ownerKey(b)
	task := &Task{Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()}

	var viaEnclave, plain []byte
	bestE, bestT := time.Duration(1<<62), time.Duration(1<<62)
	round := 0
	for b.Loop() {
		round++
		task.ID = common.BigToHash(big.NewInt(int64(round)))
		noise, err := SimNoiseSeed(e, task.ID) // the simulator's privilege
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		for _, in := range inputs {
			if err := e.UnwrapGrant(ctx, task, in); err != nil {
				b.Fatal(err)
			}
		}
		r, err := e.RunTask(ctx, task, nil)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		res, err := train.Train(ctx, spec, [][]train.Slice{slicesIn}, train.Options{Noise: []train.NoiseSeed{noise}})
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		bestE, bestT = min(bestE, t1.Sub(t0)), min(bestT, t2.Sub(t1))
		chain.commitLedger(b, e) // the task's charges reach the chain before the next one
		if viaEnclave == nil {
			if viaEnclave, err = OpenResult(owner, r); err != nil {
				b.Fatal(err)
			}
			if plain, err = res.Model.Params.MarshalBinary(); err != nil {
				b.Fatal(err)
			}
		}
	}
	if !bytes.Equal(viaEnclave, plain) {
		b.Fatal("the enclave's model differs from plain training on the same records")
	}
	b.ReportMetric(float64(bestE.Microseconds())/1e3, "enclave-ms")
	b.ReportMetric(float64(bestT.Microseconds())/1e3, "train-ms")
	b.ReportMetric(bestE.Seconds()/bestT.Seconds(), "ratio")
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
