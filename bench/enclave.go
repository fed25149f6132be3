package bench

import (
	"bytes"
	"context"
	"crypto/hpke"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// EnclaveTrain is one measurement of the enclave-train row.
type EnclaveTrain struct {
	// Enclave and Plain are the fastest run of each path.
	Enclave, Plain time.Duration
}

// Ratio is the enclave's time over plain training's.
func (t EnclaveTrain) Ratio() float64 { return t.Enclave.Seconds() / t.Plain.Seconds() }

// MeasureEnclaveTrain runs the same DP training task (softmax on the
// digits, 4 owners, 3 epochs, ε = 4) runs times through a sim enclave and
// with plain train.Train on the same records in memory, with the enclave's
// noise seed (the simulator's privilege enclave.SimNoiseSeed), interleaved,
// and checks that both give the same model. The enclave path is everything
// a node's task costs inside the enclave: admitting each owner's grant
// (signature, chain view, policy with ε accounting, HPKE unwrap),
// decrypting the vault chunks from a directory store (sealed as `memoc
// user upload` seals them), checking the ε
// ledger, training, encrypting the model to the task owner and signing the
// claim. The chain view is in memory: RPC latency is not measured. This is
// also `go test -bench EnclaveVsTrain ./enclave`.
func MeasureEnclaveTrain(ctx context.Context, runs int) (EnclaveTrain, error) {
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 1, Epochs: 3, Batch: 64,
		LR: 0.5, Momentum: 0.9, Seed: 1, DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	dir, err := os.MkdirTemp("", "memoc-bench-enclave-")
	if err != nil {
		return EnclaveTrain{}, err
	}
	defer os.RemoveAll(dir)
	view := &memView{head: 10, grants: map[[2]common.Hash]enclave.GrantRecord{}, roots: map[common.Address]common.Hash{}}
	auth, err := sim.NewRandom()
	if err != nil {
		return EnclaveTrain{}, err
	}
	secret := make([]byte, enclave.SealingSecretSize)
	copy(secret, crypto.Keccak256([]byte(dir)))
	e, err := enclave.NewSim(enclave.Config{
		ChainID: benchChainID, Registry: common.Address{0x10}, DataGrants: benchDataGrants, TaskMarket: benchMarket,
		Operator: common.Address{0x30}, Workload: enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()},
		SealingSecret: secret, Platform: enclave.NewSimPlatform(auth), Chain: view,
	})
	if err != nil {
		return EnclaveTrain{}, err
	}
	parts, err := digitsParts(4)
	if err != nil {
		return EnclaveTrain{}, err
	}
	policy := grant.Policy{Kinds: []string{enclave.Kind(spec)}, Epsilon: 1e6, Delta: 1e-5}
	inputs := make([]enclave.Input, len(parts))
	slices := make([]train.Slice, len(parts))
	for i, p := range parts {
		if inputs[i], err = sealAndGrant(ctx, fmt.Sprintf("%s/%d", dir, i), p, e, view, policy); err != nil {
			return EnclaveTrain{}, err
		}
		slices[i] = train.Slice{User: inputs[i].Grant.Dataset.Hex(), Data: p}
	}
	owner, err := hpke.MLKEM768X25519().GenerateKey()
	if err != nil {
		return EnclaveTrain{}, err
	}
	task := &enclave.Task{Owner: common.Address{0xc0}, Spec: spec, ResultKey: owner.PublicKey().Bytes()}
	best := EnclaveTrain{Enclave: time.Duration(1 << 62), Plain: time.Duration(1 << 62)}
	var viaEnclave, plain []byte
	for run := range runs {
		task.ID = common.BigToHash(big.NewInt(int64(run + 1)))
		noise, err := enclave.SimNoiseSeed(e, task.ID)
		if err != nil {
			return best, err
		}
		t0 := time.Now()
		errs, err := e.UnwrapGrants(ctx, task, inputs) // as a node admits a task's datasets
		if err == nil {
			err = errors.Join(errs...)
		}
		if err != nil {
			return best, err
		}
		r, err := e.RunTask(ctx, task, nil)
		if err != nil {
			return best, err
		}
		t1 := time.Now()
		res, err := train.Train(ctx, spec, [][]train.Slice{slices}, train.Options{Noise: []train.NoiseSeed{noise}})
		if err != nil {
			return best, err
		}
		t2 := time.Now()
		best.Enclave, best.Plain = min(best.Enclave, t1.Sub(t0)), min(best.Plain, t2.Sub(t1))
		if err := view.commitLedger(e); err != nil { // the task's charges reach the chain before the next one
			return best, err
		}
		if run == 0 {
			if viaEnclave, err = enclave.OpenResult(owner, r); err != nil {
				return best, err
			}
			if plain, err = res.Model.Params.MarshalBinary(); err != nil {
				return best, err
			}
			if !bytes.Equal(viaEnclave, plain) {
				return best, errors.New("the enclave's model differs from plain training on the same records")
			}
		}
	}
	return best, nil
}

// measureEnclaveTrain is the enclave-train row.
func measureEnclaveTrain(ctx context.Context, quick bool) ([]Row, error) {
	runs := 10
	if quick {
		runs = 5
	}
	t, err := MeasureEnclaveTrain(ctx, runs)
	if err != nil {
		return nil, err
	}
	return []Row{Row{Name: "enclave-train", Value: t.Enclave.Seconds(), Unit: "s", Goal: &Goal{AtMost: true, Limit: 1.15},
		Note: fmt.Sprintf("one DP softmax task (digits, 4 owners, 3 epochs) through a sim enclave (grant admission, vault decryption, "+
			"ε ledger, training, sealed result, signed claim) against plain `train.Train` on the same records; fastest of %d each", runs),
	}.withBaseline(t.Plain.Seconds())}, nil
}

var (
	benchChainID    = uint64(1337)
	benchDataGrants = common.Address{0x20}
	benchMarket     = common.Address{0x40}
)

// digitsParts returns the digits standardised and split IID among users.
func digitsParts(users int) ([]*train.Dataset, error) {
	d, err := train.Digits()
	if err != nil {
		return nil, err
	}
	st, err := train.FitStandardizer(d)
	if err != nil {
		return nil, err
	}
	if d, err = st.Apply(d); err != nil {
		return nil, err
	}
	return train.Partition(d, users, false, 1)
}

// sealAndGrant seals data into a directory store at dir as an owner's
// upload leaves it (`memoc user upload`: the default chunk size) and
// grants it to e under policy (registered in view).
func sealAndGrant(ctx context.Context, dir string, data *train.Dataset, e *enclave.Sim, view *memView, policy grant.Policy) (enclave.Input, error) {
	owner, err := crypto.GenerateKey()
	if err != nil {
		return enclave.Input{}, err
	}
	store, err := vault.NewDirStore(dir)
	if err != nil {
		return enclave.Input{}, err
	}
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return enclave.Input{}, err
	}
	defer dek.Destroy()
	w, err := vault.NewWriter(ctx, store, dek, vault.WriterOptions{Owner: crypto.PubkeyToAddress(owner.PublicKey),
		Schema: vault.Schema{Kind: vault.KindVector, Features: data.Schema.NumFeatures(), Classes: data.Schema.Classes}})
	if err != nil {
		return enclave.Input{}, err
	}
	for i := range data.Len() {
		if err := w.WriteRecord(vault.Record{Features: data.Row(i), Label: float64(data.Y[i])}); err != nil {
			w.Close()
			return enclave.Input{}, err
		}
	}
	m, err := w.Close()
	if err != nil {
		return enclave.Input{}, err
	}
	if err := m.Sign(owner); err != nil {
		return enclave.Input{}, err
	}
	raw, err := dek.Bytes()
	if err != nil {
		return enclave.Input{}, err
	}
	defer clear(raw)
	g := &grant.Grant{ChainID: benchChainID, Contract: benchDataGrants, Dataset: common.Hash(m.ID), Enclave: e.Address(),
		Policy: policy, Expiry: view.head + 1000, Nonce: big.NewInt(0), Deadline: view.head + 500}
	if g.WrappedKey, err = grant.WrapKey(e.HPKEPublicKey(), raw, g.Binding()); err != nil {
		return enclave.Input{}, err
	}
	if err := g.Sign(owner); err != nil {
		return enclave.Input{}, err
	}
	view.register(g)
	return enclave.Input{Grant: g, Manifest: m, Store: store}, nil
}

// memView is an in-memory DataGrants and TaskMarket view for the
// enclave-train row: the grants it registered, the ε-ledger roots the
// enclave's advances made.
type memView struct {
	mu     sync.Mutex
	head   uint64
	grants map[[2]common.Hash]enclave.GrantRecord
	roots  map[common.Address]common.Hash
}

func viewKey(d common.Hash, e common.Address) [2]common.Hash {
	return [2]common.Hash{d, common.BytesToHash(e[:])}
}

func (v *memView) register(g *grant.Grant) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.grants[viewKey(g.Dataset, g.Enclave)] = enclave.GrantRecord{Owner: g.Owner, PolicyHash: g.Policy.Hash(), GrantedBlock: v.head, Expiry: g.Expiry}
}

// commitLedger puts e's pending ε charges on the view, as its claim or its
// LedgerAdvance would on chain.
func (v *memView) commitLedger(e *enclave.Sim) error {
	a, _, err := e.LedgerAdvance(benchMarket)
	if err != nil {
		return err
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.roots[a.Enclave] = a.LedgerRoot
	return nil
}

func (v *memView) LedgerRoot(_ context.Context, e common.Address) (common.Hash, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.roots[e], nil
}

func (v *memView) MarketTask(context.Context, uint64) (enclave.MarketTerms, error) {
	return enclave.MarketTerms{}, errors.New("the enclave-train row runs no market task")
}

func (v *memView) BlockNumber(context.Context) (uint64, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.head, nil
}

func (v *memView) GrantsAt(_ context.Context, ds []common.Hash, e common.Address, at uint64) ([]enclave.GrantRecord, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make([]enclave.GrantRecord, len(ds))
	for i, d := range ds {
		if g := v.grants[viewKey(d, e)]; g.GrantedBlock <= at {
			out[i] = g
		}
	}
	return out, nil
}
