package enclave

import (
	"context"
	"crypto/hpke"
	"crypto/x509"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// noiseSpec is a short DP task on the digits.
var noiseSpec = train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 2, Epochs: 1, Batch: 64,
	LR: 0.5, Momentum: 0.9, Seed: 5, DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}

// noisePolicy grants the digits to noiseSpec's enclaves with room for
// several runs.
var noisePolicy = grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 100, Delta: 1e-5}

// noiseConfig configures an enclave for noiseSpec that quotes through
// inputAuthority and verifies peers with grant.VerifyNode against it.
func noiseConfig(t *testing.T, chain ChainView, secret []byte) Config {
	t.Helper()
	auth, err := inputAuthority()
	require.NoError(t, err)
	cfg := testConfig(chain, auth, secret)
	cfg.Workload = Workload{Kind: Kind(noiseSpec), ID: noiseSpec.Hash()}
	cfg.Collateral = func(context.Context) ([]byte, error) {
		c, err := auth.Collateral(sim.CollateralOptions{Issued: inputIssued})
		if err != nil {
			return nil, err
		}
		return json.Marshal(c)
	}
	cfg.VerifyPeer = func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
			Verify:   verify.Options{Now: func() time.Time { return inputIssued.Add(time.Hour) }, TrustedRoots: []*x509.Certificate{auth.Root()}},
			ChainID:  cfg.ChainID,
			Registry: cfg.Registry,
			Nonce:    doc.Nonce,
			Operator: func(context.Context, common.Address) (common.Address, error) { return cfg.Operator, nil },
		})
		if err != nil {
			return common.Hash{}, err
		}
		return n.Measurement(), nil
	}
	return cfg
}

func noiseSim(t *testing.T, chain ChainView) *Sim {
	t.Helper()
	e, err := NewSim(noiseConfig(t, chain, testSecret()))
	require.NoError(t, err)
	return e
}

// noiseFixture is a task over the digits, split among users whose
// datasets are sealed in vault stores.
type noiseFixture struct {
	chain *memChain
	parts []*train.Dataset
	data  []dataset
	owner hpke.PrivateKey
}

func newNoiseFixture(t *testing.T, users int) *noiseFixture {
	f := &noiseFixture{chain: newMemChain(), parts: digitsParts(t, users), owner: ownerKey(t)}
	for _, p := range f.parts {
		f.data = append(f.data, sealDataset(t, p))
	}
	return f
}

func (f *noiseFixture) task(id byte) *Task {
	return &Task{ID: common.Hash{id}, Owner: common.Address{0xc0}, Spec: noiseSpec, ResultKey: f.owner.PublicKey().Bytes()}
}

// admit grants datasets idx to e and admits them for task; it returns the
// slices a clear re-run trains on.
func (f *noiseFixture) admit(t *testing.T, e *Sim, task *Task, idx ...int) []train.Slice {
	t.Helper()
	var sl []train.Slice
	for _, i := range idx {
		in := f.data[i].grantTo(t, e, f.chain, noisePolicy)
		require.NoError(t, e.UnwrapGrant(context.Background(), task, in))
		sl = append(sl, train.Slice{User: ledgerUser(in.Grant.Dataset), Data: f.parts[i]})
	}
	return sl
}

// run admits datasets idx to e and runs task alone.
func (f *noiseFixture) run(t *testing.T, e *Sim, task *Task, idx ...int) *Result {
	t.Helper()
	f.admit(t, e, task, idx...)
	r, err := e.RunTask(context.Background(), task, nil)
	require.NoError(t, err)
	return r
}

// clearModel trains in the clear on participants with the given noise
// seeds (nil: fresh ones) and returns the model hash.
func clearModel(t *testing.T, participants [][]train.Slice, noise []train.NoiseSeed) common.Hash {
	t.Helper()
	res, err := train.Train(context.Background(), noiseSpec, participants, train.Options{Noise: noise})
	require.NoError(t, err)
	return common.Hash(res.Model.Params.Hash())
}

// TestAttackRecomputeNoise: an attacker who knows every record, the spec
// and spec.Seed (everything but the enclaves' secrets) trains in the
// clear and compares with the model two federated enclaves returned. Were
// they equal, the attacker would know the DP noise and could subtract it.
// Only with the simulator's privilege (SimNoiseSeed, which reads the sim
// enclaves' secrets) does the clear re-run reproduce the model.
func TestAttackRecomputeNoise(t *testing.T) {
	ctx := context.Background()
	f := newNoiseFixture(t, 4)
	es := []*Sim{noiseSim(t, f.chain), noiseSim(t, f.chain)}
	task := f.task(0xa7)
	var peers []*grant.Attestation
	var addrs []common.Address
	for _, e := range es {
		doc, err := e.Attest(ctx, task.ID)
		require.NoError(t, err)
		peers, addrs = append(peers, doc), append(addrs, e.Address())
	}
	known := [][]train.Slice{f.admit(t, es[0], task, 0, 1), f.admit(t, es[1], task, 2, 3)}
	box := NewPostbox(addrs...)
	results := make([]*Result, len(es))
	errs := make([]error, len(es))
	var wg sync.WaitGroup
	for i, e := range es {
		wg.Go(func() {
			results[i], errs[i] = e.RunTask(ctx, task, &Federation{Peers: peers, Carrier: box.For(e.Address())})
		})
	}
	wg.Wait()
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	model := results[0].ModelHash
	require.Equal(t, model, results[1].ModelHash, "FedAvg leaves both enclaves with the same model")

	// Today's attack: the noise seeded from spec.Seed and the records.
	// Any seeds the attacker can think of fail the same way.
	require.NotEqual(t, model, clearModel(t, known, nil), "the attacker recomputed the enclaves' noise")
	require.NotEqual(t, model, clearModel(t, known, []train.NoiseSeed{{}, {}}))

	// The simulator's privilege: each enclave's secret seed for the task.
	var seeds []train.NoiseSeed
	for _, e := range es {
		s, err := SimNoiseSeed(e, task.ID)
		require.NoError(t, err)
		seeds = append(seeds, s)
	}
	require.NotEqual(t, seeds[0], seeds[1], "each enclave draws its own noise")
	require.Equal(t, model, clearModel(t, known, seeds), "with the enclaves' secrets the clear re-run reproduces the model")
	require.NotEqual(t, model, clearModel(t, known, []train.NoiseSeed{seeds[1], seeds[0]}))
}

// TestNoiseRerunSameModel: the same enclave re-running the same task, also
// after a crash (a fresh launch that unseals its state), trains the same
// model bit for bit; another task, another enclave, or a fresh launch on
// the same node without the sealed state draws other noise.
func TestNoiseRerunSameModel(t *testing.T) {
	f := newNoiseFixture(t, 2)
	secret := testSecret()
	e, err := NewSim(noiseConfig(t, f.chain, secret))
	require.NoError(t, err)
	blob, err := e.Seal()
	require.NoError(t, err)
	task := f.task(1)
	want := f.run(t, e, task, 0, 1).ModelHash

	t.Run("same enclave, same task", func(t *testing.T) {
		require.Equal(t, want, f.run(t, e, task, 0, 1).ModelHash)
	})
	t.Run("same enclave after a crash", func(t *testing.T) {
		again, err := NewSim(noiseConfig(t, f.chain, secret))
		require.NoError(t, err)
		require.NoError(t, again.Unseal(blob))
		require.Equal(t, want, f.run(t, again, task, 0, 1).ModelHash)
	})
	t.Run("same enclave, another task", func(t *testing.T) {
		f.chain.commitLedger(t, e) // the first task's charges reach the chain
		require.NotEqual(t, want, f.run(t, e, f.task(2), 0, 1).ModelHash)
	})
	t.Run("another enclave on the same node", func(t *testing.T) {
		fresh, err := NewSim(noiseConfig(t, f.chain, secret))
		require.NoError(t, err)
		require.NotEqual(t, want, f.run(t, fresh, task, 0, 1).ModelHash)
	})
	t.Run("another enclave on another node", func(t *testing.T) {
		require.NotEqual(t, want, f.run(t, noiseSim(t, f.chain), task, 0, 1).ModelHash)
	})
}

// TestExportNoiseSeed: a task's noise seed leaves an enclave only sealed
// to an attested enclave of the same measurement, which alone can open it,
// and only if it comes signed from the enclave that names itself.
func TestExportNoiseSeed(t *testing.T) {
	ctx := context.Background()
	chain := newMemChain()
	a, b, c := noiseSim(t, chain), noiseSim(t, chain), noiseSim(t, chain)
	task := common.Hash{0x7a}
	docA, err := a.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	docB, err := b.Attest(ctx, common.Hash{})
	require.NoError(t, err)

	sealed, err := a.ExportNoiseSeed(ctx, task, docB)
	require.NoError(t, err)
	want, err := SimNoiseSeed(a, task)
	require.NoError(t, err)
	require.NotContains(t, string(sealed.Ciphertext), string(want[:]))
	wire, err := json.Marshal(sealed)
	require.NoError(t, err)
	var carried SealedNoiseSeed
	require.NoError(t, json.Unmarshal(wire, &carried))
	got, err := b.importNoiseSeed(ctx, &carried, docA)
	require.NoError(t, err)
	require.Equal(t, want, got, "the re-executing enclave holds the trainer's seed")
	own, err := SimNoiseSeed(b, task)
	require.NoError(t, err)
	require.NotEqual(t, own, got)

	t.Run("export refusals", func(t *testing.T) {
		cfg := noiseConfig(t, chain, testSecret())
		other := noiseSpec
		other.Rounds++
		cfg.Workload = Workload{Kind: Kind(other), ID: other.Hash()}
		stranger, err := NewSim(cfg)
		require.NoError(t, err)
		docS, err := stranger.Attest(ctx, common.Hash{})
		require.NoError(t, err)
		_, err = a.ExportNoiseSeed(ctx, task, docS)
		require.ErrorIs(t, err, ErrPeer, "another measurement")

		forged := *docB
		forged.HPKEPublicKey = c.HPKEPublicKey()
		_, err = a.ExportNoiseSeed(ctx, task, &forged)
		require.ErrorIs(t, err, ErrPeer, "a key the quote does not bind")

		_, err = a.ExportNoiseSeed(ctx, task, docA)
		require.ErrorIs(t, err, ErrPeer, "to itself")

		_, err = a.ExportNoiseSeed(ctx, task, nil)
		require.ErrorIs(t, err, ErrPeer)

		noVerifier, err := NewSim(testConfig(chain, nopQuoter{}, testSecret()))
		require.NoError(t, err)
		_, err = noVerifier.ExportNoiseSeed(ctx, task, docB)
		require.ErrorIs(t, err, ErrConfig)
	})

	t.Run("import refusals", func(t *testing.T) {
		docC, err := c.Attest(ctx, common.Hash{})
		require.NoError(t, err)
		byC, err := c.ExportNoiseSeed(ctx, task, docB)
		require.NoError(t, err)
		for _, tc := range []struct {
			name string
			in   func() (*SealedNoiseSeed, *grant.Attestation, *Sim)
		}{
			{"opened by an enclave it is not sealed to", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) { return sealed, docA, c }},
			{"attributed to another sender", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) { return sealed, docC, b }},
			{"sender field rewritten", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) {
				s := *sealed
				s.From = c.Address()
				return &s, docC, b
			}},
			{"signature of another seed", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) {
				s := *sealed
				s.Signature = byC.Signature
				return &s, docA, b
			}},
			{"another task", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) {
				s := *sealed
				s.Task = common.Hash{1}
				return &s, docA, b
			}},
			{"flipped ciphertext bit", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) {
				s := *sealed
				s.Ciphertext = append([]byte(nil), s.Ciphertext...)
				s.Ciphertext[len(s.Ciphertext)-1] ^= 1
				return &s, docA, b
			}},
			{"nothing", func() (*SealedNoiseSeed, *grant.Attestation, *Sim) { return nil, docA, b }},
		} {
			t.Run(tc.name, func(t *testing.T) {
				in, from, to := tc.in()
				_, err := to.importNoiseSeed(ctx, in, from)
				require.ErrorIs(t, err, ErrPeer)
			})
		}
	})
}

// TestSealedStateKeepsNoiseSecret: the noise secret travels in the sealed
// state only (the blob does not contain it) and is restored by Unseal.
func TestSealedStateKeepsNoiseSecret(t *testing.T) {
	secret := testSecret()
	chain := newMemChain()
	a, err := NewSim(testConfig(chain, nopQuoter{}, secret))
	require.NoError(t, err)
	blob, err := a.Seal()
	require.NoError(t, err)
	require.NotContains(t, string(blob), string(a.noise))
	b, err := NewSim(testConfig(chain, nopQuoter{}, secret))
	require.NoError(t, err)
	require.NotEqual(t, a.noise, b.noise, "every launch draws its own noise secret")
	require.NoError(t, b.Unseal(blob))
	require.Equal(t, a.noise, b.noise)
}
