package enclave

import (
	"bytes"
	"context"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/wasm"
)

// hostile reads a module from the wasm package's test fixtures.
func hostile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "wasm", "testdata", "hostile", name+".wasm"))
	require.NoError(t, err)
	return b
}

// wasmPolicy consents to wasm tasks only, so it carries no ε budget.
var wasmPolicy = grant.Policy{Kinds: []string{KindWasm}, MinPricePerRecord: big.NewInt(10)}

// wasmFixture is a wasm enclave with two granted datasets (one of feature
// vectors, one of byte strings) and their plaintext.
type wasmFixture struct {
	e     *Sim
	chain *memChain
	sets  []RecordSet
	data  []dataset
}

// wasmData seals the two datasets every wasm test uses.
func wasmData(t *testing.T) ([]dataset, []RecordSet) {
	t.Helper()
	part := digitsParts(t, 40)[0]
	vec := sealDataset(t, part)
	vs := RecordSet{Dataset: common.Hash(vec.manifest.ID), Schema: vec.manifest.Schema}
	for i := range part.Len() {
		vs.Records = append(vs.Records, vault.Record{Features: part.Row(i), Label: float64(part.Y[i])})
	}
	bs := RecordSet{Schema: vault.Schema{Kind: vault.KindBytes}}
	for _, s := range []string{"alice,1984", "", "bob,2001,\x00\xff"} {
		bs.Records = append(bs.Records, vault.Record{Data: []byte(s)})
	}
	raw := sealRecords(t, bs.Schema, bs.Records)
	bs.Dataset = common.Hash(raw.manifest.ID)
	return []dataset{vec, raw}, []RecordSet{vs, bs}
}

func newWasmFixture(t *testing.T, module []byte, data []dataset, sets []RecordSet) *wasmFixture {
	t.Helper()
	chain := newMemChain()
	cfg := testConfig(chain, nopQuoter{}, testSecret())
	cfg.Workload = Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(module))}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	return &wasmFixture{e: e, chain: chain, data: data, sets: sets}
}

// task is a market task paying the wasm policy's floor of 10 per record.
func (f *wasmFixture) task(module []byte, limits WasmLimits, resultKey []byte) *Task {
	return f.pricedTask(module, limits, resultKey, 10)
}

func (f *wasmFixture) pricedTask(module []byte, limits WasmLimits, resultKey []byte, price int64) *Task {
	return f.chain.onMarket(f.e, &Task{ID: common.Hash{0xa5}, Owner: common.Address{0xc0},
		Wasm: &WasmTask{Module: module, Limits: limits}, ResultKey: resultKey}, price)
}

// admitAll grants every dataset to the enclave under policy and admits it.
func (f *wasmFixture) admitAll(t *testing.T, task *Task, policy grant.Policy) {
	t.Helper()
	for _, d := range f.data {
		require.NoError(t, f.e.UnwrapGrant(context.Background(), task, d.grantTo(t, f.e, f.chain, policy)))
	}
}

var testLimits = WasmLimits{Seed: 42, Walltime: 1_700_000_000, MaxWallTime: time.Minute, MaxMemoryPages: 64, MaxOutputBytes: 1 << 20}

// TestWasmTaskMatchesDirectRun runs a module over granted datasets inside
// the enclave and checks its output against running the module directly
// on the same plaintext, encoded as the package doc describes.
func TestWasmTaskMatchesDirectRun(t *testing.T) {
	ctx := context.Background()
	data, sets := wasmData(t)
	mod := hostile(t, "echo")
	f := newWasmFixture(t, mod, data, sets)
	owner := ownerKey(t)
	task := f.task(mod, testLimits, owner.PublicKey().Bytes())
	f.admitAll(t, task, wasmPolicy)
	r, err := f.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	got, err := OpenResult(owner, r)
	require.NoError(t, err)

	in, err := EncodeRecords(sets)
	require.NoError(t, err)
	rt, err := wasm.New(ctx, testLimits.config())
	require.NoError(t, err)
	defer rt.Close(ctx)
	direct, err := rt.RunBytes(ctx, mod, in)
	require.NoError(t, err)
	require.Equal(t, direct.Output, got, "same module, limits and plaintext: same output")
	require.Equal(t, in, got, "echo returns its stdin")

	require.Equal(t, testLimits.Hash(), r.ConfigHash)
	require.Equal(t, f.e.Measurement(), r.Measurement)
	require.Len(t, r.Usage, 2)
	for _, u := range r.Usage {
		for _, s := range sets {
			if s.Dataset == u.Dataset {
				require.Equal(t, uint64(len(s.Records)), u.Records)
			}
		}
		require.Zero(t, u.Epsilon, "wasm tasks charge no ε")
		require.Zero(t, f.e.Spent(u.Dataset))
	}
	other := *r
	other.ConfigHash = WasmLimits{Seed: 43}.Hash()
	require.ErrorIs(t, other.VerifyClaim(), ErrResult, "the claim commits to the limits")
}

// countingStore counts chunk reads.
type countingStore struct {
	vault.Store
	gets atomic.Int64
}

func (c *countingStore) Get(ctx context.Context, name string) (io.ReadCloser, error) {
	c.gets.Add(1)
	return c.Store.Get(ctx, name)
}

// TestWasmConsent checks that wasm tasks need a policy naming the wasm kind
// and that such a policy consents to nothing else; refusals happen before
// any chunk is read.
func TestWasmConsent(t *testing.T) {
	ctx := context.Background()
	data, sets := wasmData(t)
	echo := hostile(t, "echo")
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 1, Epochs: 1, Batch: 16, LR: 0.1, Seed: 1,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}
	for _, tc := range []struct {
		name     string
		workload Workload
		policy   grant.Policy
		task     func(f *wasmFixture) *Task
	}{
		{"training-only policy, wasm task", Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(echo))}, testGrantPolicy(),
			func(f *wasmFixture) *Task { return f.task(echo, testLimits, ownerKey(t).PublicKey().Bytes()) }},
		{"wasm-only policy, training task", Workload{Kind: KindSoftmax, ID: spec.Hash()}, wasmPolicy,
			func(*wasmFixture) *Task {
				return &Task{ID: common.Hash{1}, Owner: common.Address{0xc0}, PricePerRecord: big.NewInt(10), Spec: spec,
					ResultKey: ownerKey(t).PublicKey().Bytes()}
			}},
		{"wasm policy, price too low", Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(echo))}, wasmPolicy,
			func(f *wasmFixture) *Task {
				tk := f.pricedTask(echo, testLimits, ownerKey(t).PublicKey().Bytes(), 9)
				tk.PricePerRecord = big.NewInt(10) // the host's word does not count
				return tk
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newWasmFixture(t, echo, data, sets)
			cfg := f.e.cfg
			cfg.Workload, cfg.SealingSecret = tc.workload, testSecret()
			e, err := NewSim(cfg)
			require.NoError(t, err)
			f.e = e
			task := tc.task(f)
			// Only the vector dataset fits the training spec's schema.
			in := data[0].grantTo(t, e, f.chain, tc.policy)
			cs := &countingStore{Store: in.Store}
			in.Store = cs
			require.ErrorIs(t, e.UnwrapGrant(ctx, task, in), grant.ErrPolicy)
			_, err = e.RunTask(ctx, task, nil)
			require.ErrorIs(t, err, ErrNotAdmitted)
			require.Zero(t, cs.gets.Load(), "a refused grant's chunks were read")
		})
	}
}

// TestWasmHostileModules runs misbehaving modules over granted records:
// each is stopped with its wasm error, and the error the node sees carries
// no record bytes, although the module tried to put them there.
func TestWasmHostileModules(t *testing.T) {
	ctx := context.Background()
	data, sets := wasmData(t)
	in, err := EncodeRecords(sets)
	require.NoError(t, err)
	secret := sets[1].Records[0].Data // "alice,1984"

	// The channel is real: run directly, the leaking module's error
	// carries its input.
	rt, err := wasm.New(ctx, testLimits.config())
	require.NoError(t, err)
	defer rt.Close(ctx)
	_, err = rt.RunBytes(ctx, hostile(t, "echo"), in)
	require.NoError(t, err)
	leak, err := os.ReadFile(filepath.Join("testdata", "leak.wasm"))
	require.NoError(t, err)
	_, err = rt.RunBytes(ctx, leak, in)
	require.ErrorIs(t, err, wasm.ErrExit)
	require.Contains(t, err.Error(), RecordsMagic, "the leak module puts its stdin into its exit error")

	for _, tc := range []struct {
		name   string
		module []byte
		limits func(*WasmLimits)
		want   error
	}{
		{"stderr then exit", leak, func(*WasmLimits) {}, wasm.ErrExit},
		{"trap", hostile(t, "trap"), func(*WasmLimits) {}, wasm.ErrTrap},
		{"endless loop", hostile(t, "loop"), func(l *WasmLimits) { l.MaxFuel = 1 << 20 }, wasm.ErrFuelLimit},
		{"4 GiB memory", hostile(t, "bigmem"), func(*WasmLimits) {}, wasm.ErrMemoryLimit},
		{"output flood", hostile(t, "flood"), func(l *WasmLimits) { l.MaxOutputBytes = 1 << 16 }, wasm.ErrOutputLimit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newWasmFixture(t, tc.module, data, sets)
			limits := testLimits
			tc.limits(&limits)
			task := f.task(tc.module, limits, ownerKey(t).PublicKey().Bytes())
			f.admitAll(t, task, wasmPolicy)
			_, err := f.e.RunTask(ctx, task, nil)
			require.ErrorIs(t, err, tc.want)
			msg := []byte(err.Error())
			require.False(t, bytes.Contains(msg, []byte(RecordsMagic)), "error carries the record stream: %q", msg)
			require.False(t, bytes.Contains(msg, secret), "error carries a record: %q", msg)
		})
	}
}

// TestWasmMeasurement checks that a wasm enclave's measurement names its
// module and that it runs no other.
func TestWasmMeasurement(t *testing.T) {
	echo, count := hostile(t, "echo"), hostile(t, "count")
	me, err := MeasureWorkload(Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(echo))})
	require.NoError(t, err)
	mc, err := MeasureWorkload(Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(count))})
	require.NoError(t, err)
	require.NotEqual(t, me, mc)

	data, sets := wasmData(t)
	f := newWasmFixture(t, echo, data, sets)
	require.Equal(t, me, f.e.Measurement())
	task := f.task(count, testLimits, ownerKey(t).PublicKey().Bytes())
	err = f.e.UnwrapGrant(context.Background(), task, data[0].grantTo(t, f.e, f.chain, wasmPolicy))
	require.ErrorIs(t, err, ErrWorkload, "an enclave measured for one module runs no other")
}
