package enclave

import (
	"context"
	"crypto/x509"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/wasm"
)

// reexecPolicy consents to re-execution by another operator's enclave.
var reexecPolicy = func() grant.Policy { p := noisePolicy; p.Reexecution = true; return p }()

// reexecSim launches a noiseSpec enclave run by operator op; operators maps
// every enclave launched this way to its operator, as the registry would.
func reexecSim(t *testing.T, f *noiseFixture, op common.Address, operators map[common.Address]common.Address, fault Fault) *Sim {
	t.Helper()
	return reexecSimFor(t, f.chain, Workload{Kind: Kind(noiseSpec), ID: noiseSpec.Hash()}, op, operators, fault)
}

// reexecSimFor is reexecSim for workload w on chain.
func reexecSimFor(t *testing.T, chain *memChain, w Workload, op common.Address, operators map[common.Address]common.Address, fault Fault) *Sim {
	t.Helper()
	cfg := noiseConfig(t, chain, testSecret())
	cfg.Workload = w
	auth, err := inputAuthority()
	require.NoError(t, err)
	cfg.Operator, cfg.Fault = op, fault
	cfg.VerifyPeer = func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
			Verify:   verify.Options{Now: func() time.Time { return inputIssued.Add(time.Hour) }, TrustedRoots: []*x509.Certificate{auth.Root()}},
			ChainID:  cfg.ChainID,
			Registry: cfg.Registry,
			Nonce:    doc.Nonce,
			Operator: func(_ context.Context, e common.Address) (common.Address, error) { return operators[e], nil },
		})
		if err != nil {
			return common.Hash{}, err
		}
		return n.Measurement(), nil
	}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	operators[e.Address()] = op
	return e
}

// TestReexecution: a second enclave of another operator, admitted by the
// owners' grants, re-runs a task from the first enclave's sealed noise seed
// and gets the model hash the honest result claims, charging no ε; the
// model a faulty enclave forged does not match; data whose grant does not
// consent, and an enclave of the same operator, are refused.
func TestReexecution(t *testing.T) {
	ctx := context.Background()
	f := newNoiseFixture(t, 2)
	operators := map[common.Address]common.Address{}
	a := reexecSim(t, f, common.Address{0xa1}, operators, NoFault)
	b := reexecSim(t, f, common.Address{0xb1}, operators, NoFault)
	docB, err := b.Attest(ctx, common.Hash{})
	require.NoError(t, err)

	run := func(e *Sim, id byte, policy grant.Policy) (*Task, *Result, []Input) {
		t.Helper()
		task := f.chain.onMarket(e, f.task(id), 0)
		var ins []Input
		for i := range f.data {
			require.NoError(t, e.UnwrapGrant(ctx, task, f.data[i].grantTo(t, e, f.chain, policy)))
			ins = append(ins, f.data[i].grantTo(t, b, f.chain, policy))
		}
		r, err := e.RunTask(ctx, task, nil)
		require.NoError(t, err)
		f.chain.commitLedger(t, e) // its claim reaches the chain
		return task, r, ins
	}
	reexecute := func(e *Sim, task *Task, r *Result, ins []Input) (*Reexecution, error) {
		t.Helper()
		for _, in := range ins {
			require.NoError(t, b.UnwrapGrant(ctx, task, in))
		}
		doc, err := e.Attest(ctx, common.Hash{})
		require.NoError(t, err)
		exp, err := e.ExportReexecution(ctx, task, docB)
		require.NoError(t, err)
		return b.Reexecute(ctx, task, []*Result{r}, []*SealedNoiseSeed{exp}, []*grant.Attestation{doc})
	}

	task, r, ins := run(a, 1, reexecPolicy)
	rep, err := reexecute(a, task, r, ins)
	require.NoError(t, err)
	require.NoError(t, rep.Verify())
	require.Equal(t, r.ModelHash, rep.ModelHash, "the re-run reproduces the honest model")
	require.Equal(t, []common.Address{a.Address()}, rep.Enclaves)
	for _, u := range r.Usage {
		require.Zero(t, b.Spent(u.Dataset), "re-execution charges no ε")
	}
	forged := *rep
	forged.ModelHash = common.Hash{1}
	require.ErrorIs(t, forged.Verify(), ErrResult, "the report is signed")

	t.Run("a forged model does not match", func(t *testing.T) {
		bad := reexecSim(t, f, common.Address{0xa2}, operators, FaultForgeModel)
		task, r, ins := run(bad, 2, reexecPolicy)
		require.NoError(t, r.VerifyClaim(), "the forged result is signed like any other")
		rep, err := reexecute(bad, task, r, ins)
		require.NoError(t, err)
		require.NotEqual(t, r.ModelHash, rep.ModelHash)
	})
	t.Run("grants that do not consent", func(t *testing.T) {
		task, r, ins := run(a, 3, noisePolicy)
		_, err := reexecute(a, task, r, ins)
		require.ErrorIs(t, err, grant.ErrPolicy)
	})
	t.Run("an enclave of the same operator", func(t *testing.T) {
		twin := reexecSim(t, f, common.Address{0xb1}, operators, NoFault)
		task, _, _ := run(twin, 4, reexecPolicy)
		_, err := twin.ExportReexecution(ctx, task, docB)
		require.ErrorIs(t, err, ErrPeer)
	})
}

// TestReexecutionWasm: a wasm task's output is re-executed the same way:
// the module runs again on the same records with the same limits in the
// second enclave, which signs the hash of the output it got.
func TestReexecutionWasm(t *testing.T) {
	ctx := context.Background()
	data, _ := wasmData(t)
	mod := hostile(t, "echo")
	w := Workload{Kind: KindWasm, ID: common.Hash(wasm.Measure(mod))}
	chain := newMemChain()
	operators := map[common.Address]common.Address{}
	a := reexecSimFor(t, chain, w, common.Address{0xa1}, operators, NoFault)
	b := reexecSimFor(t, chain, w, common.Address{0xb1}, operators, NoFault)
	policy := wasmPolicy
	policy.Reexecution = true
	task := chain.onMarket(a, &Task{ID: common.Hash{0xa5}, Owner: common.Address{0xc0},
		Wasm: &WasmTask{Module: mod, Limits: testLimits}, ResultKey: ownerKey(t).PublicKey().Bytes()}, 10)
	for _, d := range data {
		require.NoError(t, a.UnwrapGrant(ctx, task, d.grantTo(t, a, chain, policy)))
		require.NoError(t, b.UnwrapGrant(ctx, task, d.grantTo(t, b, chain, policy)))
	}
	r, err := a.RunTask(ctx, task, nil)
	require.NoError(t, err)
	docA, err := a.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	docB, err := b.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	exp, err := a.ExportReexecution(ctx, task, docB)
	require.NoError(t, err)
	rep, err := b.Reexecute(ctx, task, []*Result{r}, []*SealedNoiseSeed{exp}, []*grant.Attestation{docA})
	require.NoError(t, err)
	require.NoError(t, rep.Verify())
	require.Equal(t, r.ModelHash, rep.ModelHash, "the module's output hash, reproduced")
}
