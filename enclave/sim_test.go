package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
)

// memChain is an in-memory DataGrants view for unit tests of the admission
// rules; the end-to-end test uses the real contract on the in-process chain.
type memChain struct {
	mu     sync.Mutex
	head   uint64
	grants map[[2]common.Hash]GrantRecord
	roots  map[common.Address]common.Hash // TaskMarket's ε-ledger roots
	market map[uint64]MarketTerms
}

func newMemChain() *memChain {
	return &memChain{head: 10, grants: map[[2]common.Hash]GrantRecord{}, roots: map[common.Address]common.Hash{}, market: map[uint64]MarketTerms{}}
}

func (c *memChain) MarketTask(_ context.Context, id uint64) (MarketTerms, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.market[id]
	if !ok {
		return MarketTerms{}, fmt.Errorf("no market task %d", id)
	}
	return t, nil
}

// onMarket publishes task on the chain's TaskMarket for e, with its owner
// and result key and a users' floor of price per record, and makes task a
// market task; it returns task.
func (c *memChain) onMarket(e *Sim, task *Task, price int64) *Task {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := uint64(len(c.market) + 1)
	c.market[id] = MarketTerms{Open: true, Owner: task.Owner, Measurement: e.Measurement(), ResultKeyHash: chain.ResultKeyHash(task.ResultKey),
		PricePerRecord: big.NewInt(price), Replication: 1, UsersShare: new(big.Int)}
	task.Market, task.MarketID = testMarket, id
	return task
}

func (c *memChain) LedgerRoot(_ context.Context, e common.Address) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.roots[e], nil
}

// commitLedger puts e's pending ε charges on the chain, as its claim or its
// LedgerAdvance would, checking that they continue the root it holds.
func (c *memChain) commitLedger(t testing.TB, e *Sim) {
	t.Helper()
	a, sig, err := e.LedgerAdvance(testMarket)
	require.NoError(t, err)
	signer, err := chain.RecoverLedgerAdvanceSigner(big.NewInt(1337), testMarket, a, sig)
	require.NoError(t, err)
	require.Equal(t, e.Address(), signer, "the enclave signs its ledger advance")
	c.mu.Lock()
	defer c.mu.Unlock()
	require.Equal(t, c.roots[a.Enclave], a.PrevLedgerRoot, "the advance continues the root on chain")
	c.roots[a.Enclave] = a.LedgerRoot
}

func key(d common.Hash, e common.Address) [2]common.Hash {
	return [2]common.Hash{d, common.BytesToHash(e[:])}
}

func (c *memChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head, nil
}

// GrantsAt keeps no history: a grant is the one registered last, or none
// before the block it was registered in.
func (c *memChain) GrantsAt(_ context.Context, ds []common.Hash, e common.Address, at uint64) ([]GrantRecord, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]GrantRecord, len(ds))
	for i, d := range ds {
		if g := c.grants[key(d, e)]; g.GrantedBlock <= at {
			out[i] = g
		}
	}
	return out, nil
}

func (c *memChain) register(g *grant.Grant) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.grants[key(g.Dataset, g.Enclave)] = GrantRecord{Owner: g.Owner, PolicyHash: g.Policy.Hash(), GrantedBlock: c.head, Expiry: g.Expiry}
}

func (c *memChain) revoke(g *grant.Grant) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.grants[key(g.Dataset, g.Enclave)]
	r.RevokedBlock = c.head
	c.grants[key(g.Dataset, g.Enclave)] = r
}

var (
	testRegistry   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	testDataGrants = common.HexToAddress("0x2000000000000000000000000000000000000002")
	testOperator   = common.HexToAddress("0x3000000000000000000000000000000000000003")
	testMarket     = common.HexToAddress("0x4000000000000000000000000000000000000004")
	testWorkload   = Workload{Kind: KindSoftmax, ID: common.Hash{0x5e}}
)

func testSecret() []byte {
	s := make([]byte, SealingSecretSize)
	_, _ = rand.Read(s)
	return s
}

// testConfig is a sim enclave's configuration for unit tests, launched on
// platform: a Platform, or a *sim.Authority for the sim platform over it.
func testConfig(chain ChainView, platform any, secret []byte) Config {
	var p Platform
	switch v := platform.(type) {
	case Platform:
		p = v
	case *sim.Authority:
		p = NewSimPlatform(v)
	default:
		panic(fmt.Sprintf("testConfig: %T is no platform", platform))
	}
	return Config{
		ChainID:       1337,
		Registry:      testRegistry,
		DataGrants:    testDataGrants,
		TaskMarket:    testMarket,
		Operator:      testOperator,
		Workload:      testWorkload,
		SealingSecret: secret,
		Platform:      p,
		Chain:         chain,
	}
}

func TestRuntimeIdentity(t *testing.T) {
	rt, err := RuntimeIdentity()
	require.NoError(t, err)
	require.NotEqual(t, common.Hash{}, rt)

	exe, err := os.ReadFile("/proc/self/exe")
	if err != nil {
		p, perr := os.Executable()
		require.NoError(t, perr)
		exe, err = os.ReadFile(p)
	}
	require.NoError(t, err)
	require.Equal(t, rt, runtimeIdentity(sha256.Sum256(exe)), "identity is a function of the executable's bytes")
	exe[len(exe)/2] ^= 1
	require.NotEqual(t, rt, runtimeIdentity(sha256.Sum256(exe)), "every byte is measured")

	m1 := Measure(rt, testWorkload)
	require.NotEqual(t, m1, Measure(rt, Workload{Kind: KindSoftmax, ID: common.Hash{0x5f}}), "workload id is measured")
	require.NotEqual(t, m1, Measure(rt, Workload{Kind: KindMLP, ID: testWorkload.ID}), "workload kind is measured")
	require.NotEqual(t, m1, Measure(common.Hash{1}, testWorkload), "runtime is measured")
}

func TestConfigRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		want error
	}{
		{"debug without allow", func(c *Config) { c.Debug = true }, ErrDebug},
		{"short secret", func(c *Config) { c.SealingSecret = c.SealingSecret[:16] }, ErrConfig},
		{"no chain", func(c *Config) { c.Chain = nil }, ErrConfig},
		{"no platform", func(c *Config) { c.Platform = nil }, ErrConfig},
		{"platform without an authority", func(c *Config) { c.Platform = NewSimPlatform(nil) }, ErrConfig},
		{"no workload", func(c *Config) { c.Workload = Workload{} }, ErrConfig},
		{"no registry", func(c *Config) { c.Registry = common.Address{} }, ErrConfig},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(newMemChain(), nopQuoter{}, testSecret())
			tc.mod(&cfg)
			_, err := NewSim(cfg)
			require.ErrorIs(t, err, tc.want)
		})
	}
	cfg := testConfig(newMemChain(), nopQuoter{}, testSecret())
	cfg.Debug, cfg.AllowDebug = true, true
	_, err := NewSim(cfg)
	require.NoError(t, err)
}

// nopQuoter is a platform that measures like the sim's and returns empty
// quotes, for tests that never verify one.
type nopQuoter struct{}

func (nopQuoter) Launch(w Workload, debug bool) (Report, Quoter, error) {
	m, err := MeasureWorkload(w)
	return Report{MREnclave: m, MRSigner: SimMRSigner, ISVProdID: SimProdID, ISVSVN: SimSVN, Debug: debug}, nopQuoter{}, err
}

func (nopQuoter) Quote([64]byte) ([]byte, error) { return nil, nil }

func TestSealUnseal(t *testing.T) {
	secret := testSecret()
	chain := newMemChain()
	a, err := NewSim(testConfig(chain, nopQuoter{}, secret))
	require.NoError(t, err)
	require.NoError(t, a.ledger.Charge(map[string]float64{ledgerUser(common.Hash{7}): 0.75}, map[string]float64{ledgerUser(common.Hash{7}): 1}))
	blob, err := a.Seal()
	require.NoError(t, err)

	b, err := NewSim(testConfig(chain, nopQuoter{}, secret))
	require.NoError(t, err)
	require.NotEqual(t, a.Address(), b.Address())
	require.NoError(t, b.Unseal(blob))
	require.Equal(t, a.Address(), b.Address(), "unsealed enclave has the sealed identity")
	require.Equal(t, a.HPKEPublicKey(), b.HPKEPublicKey())
	require.Equal(t, 0.75, b.Spent(common.Hash{7}), "ε ledger survives sealing")

	other := testConfig(chain, nopQuoter{}, secret)
	other.Workload = Workload{Kind: KindSoftmax, ID: common.Hash{0x99}}
	wrongMeasurement, err := NewSim(other)
	require.NoError(t, err)
	wrongNode, err := NewSim(testConfig(chain, nopQuoter{}, testSecret()))
	require.NoError(t, err)
	tampered := append([]byte(nil), blob...)
	tampered[len(tampered)-1] ^= 1

	for _, tc := range []struct {
		name string
		e    *Sim
		blob []byte
	}{
		{"wrong measurement", wrongMeasurement, blob},
		{"other node secret", wrongNode, blob},
		{"tampered", b, tampered},
		{"truncated", b, blob[:20]},
		{"empty", b, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.e.Address()
			require.ErrorIs(t, tc.e.Unseal(tc.blob), ErrUnseal)
			require.Equal(t, before, tc.e.Address(), "failed unseal changes nothing")
		})
	}
}

// grantFixture is one user's dataset key and a grant of it to an enclave.
type grantFixture struct {
	owner *ecdsa.PrivateKey
	dek   []byte
	g     *grant.Grant
}

func newGrant(t testing.TB, e *Sim, chain *memChain, policy grant.Policy) grantFixture {
	t.Helper()
	owner, err := crypto.GenerateKey()
	require.NoError(t, err)
	dek := make([]byte, grant.KeySize)
	_, _ = rand.Read(dek)
	var ds common.Hash // bound to its owner: the address, then random bytes
	_, _ = rand.Read(ds[:])
	copy(ds[:], crypto.PubkeyToAddress(owner.PublicKey).Bytes())
	g := &grant.Grant{
		ChainID: 1337, Contract: testDataGrants, Dataset: ds, Enclave: e.Address(),
		Policy: policy, Expiry: chain.head + 100, Nonce: big.NewInt(0), Deadline: chain.head + 50,
	}
	g.WrappedKey, err = grant.WrapKey(e.HPKEPublicKey(), dek, g.Binding())
	require.NoError(t, err)
	require.NoError(t, g.Sign(owner))
	return grantFixture{owner: owner, dek: dek, g: g}
}

func testGrantPolicy() grant.Policy {
	return grant.Policy{Kinds: []string{KindSoftmax}, Epsilon: 2, Delta: 1e-5, MinPricePerRecord: big.NewInt(10)}
}

func testTask() grant.Task {
	return grant.Task{Owner: common.Address{0xc0}, Kind: KindSoftmax, PricePerRecord: big.NewInt(10), Epsilon: 1, Delta: 1e-5}
}

func TestUnwrapGrantRefusals(t *testing.T) {
	ctx := context.Background()
	chain := newMemChain()
	e, err := NewSim(testConfig(chain, nopQuoter{}, testSecret()))
	require.NoError(t, err)
	other, err := NewSim(testConfig(chain, nopQuoter{}, testSecret()))
	require.NoError(t, err)
	task := testTask()

	for _, tc := range []struct {
		name  string
		setup func(t *testing.T) (*grant.Grant, grant.Task)
		want  error
	}{
		{"accepted", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			return f.g, task
		}, nil},
		{"wrong signature", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			mallory, _ := crypto.GenerateKey()
			owner := f.g.Owner
			require.NoError(t, f.g.Sign(mallory))
			f.g.Owner = owner
			return f.g, task
		}, grant.ErrBadSignature},
		{"other enclave", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, other, chain, testGrantPolicy())
			chain.register(f.g)
			return f.g, task
		}, grant.ErrWrongEnclave},
		{"other chain", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			f.g.ChainID = 1
			require.NoError(t, f.g.Sign(f.owner))
			return f.g, task
		}, grant.ErrWrongDeployment},
		{"expired", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			f.g.Expiry = chain.head
			require.NoError(t, f.g.Sign(f.owner))
			chain.register(f.g)
			return f.g, task
		}, grant.ErrExpired},
		{"revoked", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			chain.revoke(f.g)
			return f.g, task
		}, grant.ErrRevoked},
		{"not on chain", func(t *testing.T) (*grant.Grant, grant.Task) {
			return newGrant(t, e, chain, testGrantPolicy()).g, task
		}, grant.ErrNotActive},
		{"policy on chain differs", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			f.g.Policy.Epsilon = 50
			require.NoError(t, f.g.Sign(f.owner))
			return f.g, task
		}, grant.ErrNotActive},
		{"policy: task owner", func(t *testing.T) (*grant.Grant, grant.Task) {
			p := testGrantPolicy()
			p.TaskOwners = []common.Address{{0xaa}}
			f := newGrant(t, e, chain, p)
			chain.register(f.g)
			return f.g, task
		}, grant.ErrPolicy},
		{"policy: price", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			cheap := task
			cheap.PricePerRecord = big.NewInt(9)
			return f.g, cheap
		}, grant.ErrPolicy},
		{"policy: epsilon budget", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			chain.register(f.g)
			greedy := task
			greedy.Epsilon = 2.5
			return f.g, greedy
		}, grant.ErrPolicy},
		{"workload kind", func(t *testing.T) (*grant.Grant, grant.Task) {
			p := testGrantPolicy()
			p.Kinds = []string{KindSoftmax, KindMLP}
			f := newGrant(t, e, chain, p)
			chain.register(f.g)
			mlp := task
			mlp.Kind = KindMLP
			return f.g, mlp
		}, ErrWorkload},
		{"wrapped for another dataset", func(t *testing.T) (*grant.Grant, grant.Task) {
			f := newGrant(t, e, chain, testGrantPolicy())
			g2 := newGrant(t, e, chain, testGrantPolicy())
			f.g.WrappedKey = g2.g.WrappedKey
			chain.register(f.g)
			return f.g, task
		}, grant.ErrUnwrap},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, tk := tc.setup(t)
			dek, err := e.admit(ctx, tk, g)
			if tc.want == nil {
				require.NoError(t, err)
				require.Len(t, dek, grant.KeySize)
				return
			}
			require.ErrorIs(t, err, tc.want)
			require.Nil(t, dek, "refused grant released a key")
		})
	}
}

// FuzzUnseal feeds arbitrary blobs to Unseal: it must refuse them without
// panicking and without changing the enclave's identity.
func FuzzUnseal(f *testing.F) {
	secret := make([]byte, SealingSecretSize)
	e, err := NewSim(testConfig(newMemChain(), nopQuoter{}, secret))
	if err != nil {
		f.Fatal(err)
	}
	blob, err := e.Seal()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blob)
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		fresh, err := NewSim(testConfig(newMemChain(), nopQuoter{}, secret))
		require.NoError(t, err)
		before := fresh.Address()
		if err := fresh.Unseal(b); err != nil {
			require.ErrorIs(t, err, ErrUnseal)
			require.Equal(t, before, fresh.Address(), "a refused blob changes nothing")
			return
		}
		// Seeds are sealed in the coordinating process, so only check that
		// the restored state round-trips.
		again, err := fresh.Seal()
		require.NoError(t, err)
		other, err := NewSim(testConfig(newMemChain(), nopQuoter{}, secret))
		require.NoError(t, err)
		require.NoError(t, other.Unseal(again))
		require.Equal(t, fresh.Address(), other.Address())
	})
}
