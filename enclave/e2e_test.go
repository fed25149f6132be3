package enclave_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"math/big"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

var (
	devnetOnce sync.Once
	devnet     *chain.Devnet
	devnetErr  error
)

// TestMain closes the shared dev chain if a test started it.
func TestMain(m *testing.M) {
	code := m.Run()
	if devnet != nil {
		devnet.Close()
	}
	os.Exit(code)
}

func sharedDevnet(t *testing.T) *chain.Devnet {
	t.Helper()
	devnetOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		devnet, devnetErr = chain.NewDevnet(ctx, chain.DevnetConfig{Accounts: 2})
	})
	require.NoError(t, devnetErr)
	return devnet
}

// Fixed clock for attestation checks: sim collateral is issued at
// collateralIssued and verified a day later.
var (
	collateralIssued = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	verifyNow        = func() time.Time { return collateralIssued.Add(24 * time.Hour) }
)

// deployment is one dev deployment: chain, governance, a staked verifier,
// the sim quoting authority and the workload everyone agreed on.
type deployment struct {
	net      *chain.Devnet
	dep      *chain.Deployment
	gov      *chain.Client
	verifier *chain.Client
	auth     *sim.Authority
	spec     train.Spec
	workload enclave.Workload
	m        common.Hash
	test     *train.Dataset
	parts    []*train.Dataset
}

func newDeployment(t *testing.T, ctx context.Context, users int) *deployment {
	t.Helper()
	net := sharedDevnet(t)
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	spec := train.Spec{Model: train.Softmax, Features: 64, Classes: 10, Rounds: 4, Epochs: 1, Batch: 128, LR: 0.5, Momentum: 0.9, Seed: 7,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	// Random seed per deployment so that every test gets its own
	// measurement (and so its own allow-list entry).
	var seed [8]byte
	_, _ = rand.Read(seed[:])
	spec.Seed = new(big.Int).SetBytes(seed[:]).Uint64()
	w := enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()}
	m, err := enclave.MeasureWorkload(w)
	require.NoError(t, err)

	gov := net.Governance()
	_, err = gov.SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	verifier, err := net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(1000))
	require.NoError(t, err)
	_, err = verifier.Stake(ctx, chain.RoleVerifier, chain.Tokens(100))
	require.NoError(t, err)

	d, err := train.Digits()
	require.NoError(t, err)
	tr, te, err := train.Split(d, 0.2, 1)
	require.NoError(t, err)
	st, err := train.FitStandardizer(tr)
	require.NoError(t, err)
	tr, err = st.Apply(tr)
	require.NoError(t, err)
	te, err = st.Apply(te)
	require.NoError(t, err)
	parts, err := train.Partition(tr, users, false, 1)
	require.NoError(t, err)
	return &deployment{net: net, dep: net.Deployment(), gov: gov, verifier: verifier, auth: auth, spec: spec, workload: w, m: m, test: te, parts: parts}
}

// node is one TEE node: operator account, enclave, HTTP attestation endpoint.
type node struct {
	op     *chain.Client
	e      *enclave.Sim
	srv    *httptest.Server
	secret []byte
}

func (d *deployment) nodeOptions(nonce common.Hash) grant.NodeOptions {
	return grant.NodeOptions{
		Verify:     verify.Options{Now: verifyNow, TrustedRoots: []*x509.Certificate{d.auth.Root()}},
		Policy:     validate.Policy{MREnclaves: [][32]byte{d.m}},
		ChainID:    d.dep.ChainID,
		Registry:   d.dep.EnclaveRegistry,
		DataGrants: d.dep.DataGrants,
		Nonce:      nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) {
			return d.gov.MeasurementAllowed(ctx, m)
		},
	}
}

func (d *deployment) enclaveConfig(secret []byte, reader *chain.Client) enclave.Config {
	return enclave.Config{
		ChainID:       d.dep.ChainID,
		Registry:      d.dep.EnclaveRegistry,
		DataGrants:    d.dep.DataGrants,
		Workload:      d.workload,
		SealingSecret: secret,
		Quoter:        d.auth,
		Collateral: func(context.Context) ([]byte, error) {
			c, err := d.auth.Collateral(sim.CollateralOptions{Issued: collateralIssued})
			if err != nil {
				return nil, err
			}
			return json.Marshal(c)
		},
		Chain: enclave.ChainGrants(reader),
		VerifyPeer: func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
			n, err := grant.VerifyNode(ctx, doc, d.nodeOptions(doc.Nonce))
			if err != nil {
				return common.Hash{}, err
			}
			return n.Measurement, nil
		},
	}
}

func (d *deployment) newNode(t *testing.T, ctx context.Context) *node {
	t.Helper()
	op, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(2000))
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	secret := make([]byte, enclave.SealingSecretSize)
	_, _ = rand.Read(secret)
	e, err := enclave.NewSim(d.enclaveConfig(secret, op))
	require.NoError(t, err)

	// Register the enclave with its evidence; a verifier approves it.
	doc, err := e.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	_, err = grant.VerifyNode(ctx, doc, d.nodeOptions(common.Hash{}))
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, e.Address(), sha256.Sum256(e.HPKEPublicKey()), crypto.Keccak256Hash(doc.Quote), e.Measurement())
	require.NoError(t, err)
	_, err = d.verifier.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)

	srv := httptest.NewServer(grant.AttestationHandler(e.Attest, nil))
	t.Cleanup(srv.Close)
	return &node{op: op, e: e, srv: srv, secret: secret}
}

// user is a data owner with one encrypted dataset.
type user struct {
	key      *ecdsa.PrivateKey
	c        *chain.Client
	dek      []byte
	store    *vault.DirStore
	manifest *vault.Manifest
}

func (d *deployment) newUser(t *testing.T, ctx context.Context, data *train.Dataset) *user {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	c := d.gov.As(key)
	_, err = d.gov.SendETH(ctx, c.Address(), big.NewInt(1e17))
	require.NoError(t, err)
	store, err := vault.NewDirStore(t.TempDir())
	require.NoError(t, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(t, err)
	w, err := vault.NewWriter(ctx, store, dek, vault.WriterOptions{
		Owner:     c.Address(),
		Schema:    vault.Schema{Kind: vault.KindVector, Features: data.Schema.NumFeatures(), Classes: data.Schema.Classes},
		ChunkSize: 16 << 10,
	})
	require.NoError(t, err)
	for i := range data.Len() {
		require.NoError(t, w.WriteRecord(vault.Record{Features: data.Row(i), Label: float64(data.Y[i])}))
	}
	m, err := w.Close()
	require.NoError(t, err)
	require.NoError(t, m.Sign(key))
	require.NoError(t, vault.SaveManifest(ctx, store, m))
	raw, err := dek.Bytes()
	require.NoError(t, err)
	return &user{key: key, c: c, dek: raw, store: store, manifest: m}
}

// grantTo runs the user side of a grant: fetch the node's attestation over
// a fresh nonce, verify it, wrap the key, sign, and register on chain
// (relayed by relayer with the owner's signature, or sent by the owner if
// relayer is nil).
func (d *deployment) grantTo(t *testing.T, ctx context.Context, u *user, n *node, policy grant.Policy, ttl uint64, relayer *chain.Client) *grant.Grant {
	t.Helper()
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])
	doc, err := grant.FetchAttestation(ctx, n.srv.Client(), n.srv.URL, nonce)
	require.NoError(t, err)
	verified, err := grant.VerifyNode(ctx, doc, d.nodeOptions(nonce))
	require.NoError(t, err)
	head, err := u.c.BlockNumber(ctx)
	require.NoError(t, err)
	gn, err := u.c.GrantNonce(ctx, u.c.Address())
	require.NoError(t, err)
	g, err := grant.Issue(verified, grant.Request{
		Dataset: common.Hash(u.manifest.ID), Owner: u.c.Address(), Policy: policy, Expiry: head + ttl, Nonce: gn,
	}, u.dek)
	require.NoError(t, err)
	require.NoError(t, g.Sign(u.key))

	msg := chain.GrantMessage{DatasetID: g.Dataset, Enclave: g.Enclave, PolicyHash: g.Policy.Hash(), Expiry: g.Expiry, Nonce: g.Nonce}
	want, err := chain.GrantDigest(new(big.Int).SetUint64(g.ChainID), g.Contract, msg)
	require.NoError(t, err)
	require.Equal(t, want, g.Digest(), "grant and chain packages agree on the EIP-712 digest")
	if relayer != nil {
		_, err = relayer.GrantWithSig(ctx, g.Owner, msg, g.Signature)
	} else {
		_, err = u.c.Grant(ctx, g.Dataset, g.Enclave, g.Policy.Hash(), g.Expiry)
	}
	require.NoError(t, err)
	return g
}

func (d *deployment) policy(owner common.Address, eps float64) grant.Policy {
	return grant.Policy{
		TaskOwners:        []common.Address{owner},
		Kinds:             []string{d.workload.Kind},
		MinPricePerRecord: big.NewInt(1000),
		Epsilon:           eps,
		Delta:             1e-5,
	}
}

// taskOwner is the AI company: an account and an HPKE key for results.
type taskOwner struct {
	addr common.Address
	key  hpke.PrivateKey
}

func newTaskOwner(t *testing.T) *taskOwner {
	k, err := hpke.MLKEM768X25519().GenerateKey()
	require.NoError(t, err)
	a, err := crypto.GenerateKey()
	require.NoError(t, err)
	return &taskOwner{addr: crypto.PubkeyToAddress(a.PublicKey), key: k}
}

func (o *taskOwner) task(spec train.Spec) *enclave.Task {
	var id common.Hash
	_, _ = rand.Read(id[:])
	return &enclave.Task{ID: id, Owner: o.addr, PricePerRecord: big.NewInt(1000), Spec: spec, ResultKey: o.key.PublicKey().Bytes()}
}

// open decrypts a result as the task owner and evaluates the model.
func (o *taskOwner) open(t *testing.T, d *deployment, r *enclave.Result) float64 {
	t.Helper()
	pt, err := enclave.OpenResult(o.key, r)
	require.NoError(t, err)
	var p train.Params
	require.NoError(t, p.UnmarshalBinary(pt))
	m := &train.Model{Kind: d.spec.Model, Features: d.spec.Features, Classes: d.spec.Classes, Params: p}
	acc, _, err := m.Evaluate(d.test)
	require.NoError(t, err)
	return acc
}

func input(u *user, g *grant.Grant) enclave.Input {
	return enclave.Input{Grant: g, Manifest: u.manifest, Store: u.store}
}

// TestEndToEnd: users encrypt datasets (vault), verify the node's sim
// attestation over HTTP, grant on the in-process chain (one directly, the
// others relayed by the node operator), the enclave unwraps and trains with
// DP-SGD (train), the model leaves encrypted to the task owner's HPKE key,
// and ε is charged in the sealed ledger.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 3)
	n := d.newNode(t, ctx)
	owner := newTaskOwner(t)

	users := make([]*user, len(d.parts))
	grants := make([]*grant.Grant, len(d.parts))
	for i, part := range d.parts {
		users[i] = d.newUser(t, ctx, part)
		relayer := n.op
		if i == 0 {
			relayer = nil
		}
		grants[i] = d.grantTo(t, ctx, users[i], n, d.policy(owner.addr, 6), 1000, relayer)
	}

	task := owner.task(d.spec)
	for i := range users {
		require.NoError(t, n.e.UnwrapGrant(ctx, task, input(users[i], grants[i])))
	}
	res, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	require.NoError(t, res.VerifyClaim())
	require.Equal(t, n.e.Address(), res.Enclave)
	require.Equal(t, d.m, res.Measurement)
	require.Len(t, res.Usage, len(users))

	acc := owner.open(t, d, res)
	t.Logf("accuracy of the DP model (ε=%.2f): %.3f", res.Usage[0].Epsilon, acc)
	require.Greater(t, acc, 0.6, "the trained model is far better than chance (0.1)")

	sorted := slices.Clone(users)
	slicesSortUsers(sorted)
	for i, u := range res.Usage {
		require.Greater(t, u.Epsilon, 0.0)
		require.LessOrEqual(t, u.Epsilon, 4.0+1e-9)
		require.InDelta(t, u.Epsilon, n.e.Spent(u.Dataset), 1e-12, "ε charged in the ledger")
		require.Equal(t, sorted[i].c.Address(), u.Owner)
		require.Equal(t, common.Hash(sorted[i].manifest.RecordRoot), u.RecordRoot)
		require.Equal(t, sorted[i].manifest.Records, u.Records)
	}

	// Another key cannot open the result.
	other := newTaskOwner(t)
	_, err = enclave.OpenResult(other.key, res)
	require.ErrorIs(t, err, enclave.ErrResult)

	// A second task would exceed the budget (4 + 4 > 6): refused before
	// any record is decrypted.
	again := owner.task(d.spec)
	err = n.e.UnwrapGrant(ctx, again, input(users[1], grants[1]))
	require.ErrorIs(t, err, grant.ErrPolicy)

	// Sealed state keeps identity and ledger across a restart.
	blob, err := n.e.Seal()
	require.NoError(t, err)
	restarted, err := enclave.NewSim(d.enclaveConfig(n.secret, n.op))
	require.NoError(t, err)
	require.NoError(t, restarted.Unseal(blob))
	require.Equal(t, n.e.Address(), restarted.Address())
	for _, u := range res.Usage {
		require.Equal(t, n.e.Spent(u.Dataset), restarted.Spent(u.Dataset), "ε ledger survives the restart")
	}
	// The restarted enclave still refuses the over-budget task.
	err = restarted.UnwrapGrant(ctx, again, input(users[1], grants[1]))
	require.ErrorIs(t, err, grant.ErrPolicy)

	// Another workload (another measurement) on the same node cannot unseal.
	cfg := d.enclaveConfig(n.secret, n.op)
	other2 := d.spec
	other2.Epochs++
	cfg.Workload = enclave.Workload{Kind: enclave.Kind(other2), ID: other2.Hash()}
	impostor, err := enclave.NewSim(cfg)
	require.NoError(t, err)
	require.ErrorIs(t, impostor.Unseal(blob), enclave.ErrUnseal)
}

// slicesSortUsers orders users by dataset id, the order of Result.Usage.
func slicesSortUsers(us []*user) {
	slices.SortFunc(us, func(a, b *user) int { return common.Hash(a.manifest.ID).Cmp(common.Hash(b.manifest.ID)) })
}
