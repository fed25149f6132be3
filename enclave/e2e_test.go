package enclave_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"math/big"
	"net/http"
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
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

var (
	devnetOnce sync.Once
	shared     *devnet.Chain
	devnetErr  error
)

// TestMain closes the shared dev chain if a test started it.
func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Close()
	}
	os.Exit(code)
}

func sharedDevnet(t *testing.T) *devnet.Chain {
	t.Helper()
	devnetOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		// A short reveal phase: a result nobody judges is paid soon after
		// its voting window (TestEndToEnd waits for it).
		shared, devnetErr = devnet.New(ctx, devnet.Config{Accounts: 2,
			Deploy: chain.DeployConfig{Market: chain.MarketConfig{RevealWindow: 10}}})
	})
	require.NoError(t, devnetErr)
	return shared
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
	net      *devnet.Chain
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
	sharedVerifiers.Store(verifier.Address(), verifier)

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

// publish publishes the task on TaskMarket from a funded task-owner account
// assigned to the given enclaves, and returns the enclave-side task.
func (d *deployment) publish(t *testing.T, ctx context.Context, c *chain.Client, o *taskOwner, enclaves ...common.Address) *enclave.Task {
	t.Helper()
	head, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	id, _, err := c.Publish(ctx, chain.TaskSpec{
		Measurement: d.m, DatasetHash: common.Hash(d.spec.Hash()), Enclaves: enclaves,
		Fee: chain.Tokens(1000), Split: chain.Split{UsersBps: 6000, NodesBps: 3000, VerifiersBps: 1000},
		Deadline: head + 200, VotingWindow: 5, Quorum: 2, Replication: uint8(len(enclaves)),
		PricePerRecord: big.NewInt(1000), ResultKeyHash: chain.ResultKeyHash(o.key.PublicKey().Bytes()),
	})
	require.NoError(t, err)
	sh, err := c.Shares(ctx, id)
	require.NoError(t, err)
	return &enclave.Task{ID: common.BigToHash(new(big.Int).SetUint64(id)), Market: d.dep.TaskMarket, MarketID: id, Owner: c.Address(),
		PricePerRecord: big.NewInt(1000), Spec: d.spec, ResultKey: o.key.PublicKey().Bytes(), UsersShare: sh.Users}
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
		Operator: func(ctx context.Context, e common.Address) (common.Address, error) {
			return d.gov.EnclaveOperator(ctx, e)
		},
	}
}

func (d *deployment) enclaveConfig(secret []byte, reader *chain.Client) enclave.Config {
	return enclave.Config{
		ChainID:       d.dep.ChainID,
		Registry:      d.dep.EnclaveRegistry,
		DataGrants:    d.dep.DataGrants,
		TaskMarket:    d.dep.TaskMarket,
		Operator:      operatorOf(reader),
		Workload:      d.workload,
		SealingSecret: secret,
		Platform:      enclave.NewSimPlatform(d.auth),
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
			return n.Measurement(), nil
		},
	}
}

// operatorOf is reader's address, the operator of the enclaves it reads
// the chain for, or a stand-in when a test runs without a chain.
func operatorOf(reader *chain.Client) common.Address {
	if reader == nil {
		return common.Address{0x0e}
	}
	return reader.Address()
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

	// Register the enclave with its evidence; its approval committee approves it.
	reg, doc, err := enclave.NewRegistration(ctx, e)
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, reg)
	require.NoError(t, err)
	_, err = grant.VerifyNode(ctx, doc, d.nodeOptions(common.Hash{}))
	require.NoError(t, err)
	approveEnclave(t, ctx, d, e.Address())

	srv := httptest.NewServer(nodeapi.AttestationHandler(e.Attest, nil))
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
	doc, err := mustClient(t, n.srv.URL, n.srv.Client()).Attestation(ctx, nonce)
	require.NoError(t, err)
	verified, err := grant.VerifyNode(ctx, doc, d.nodeOptions(nonce))
	require.NoError(t, err)
	head, err := u.c.BlockNumber(ctx)
	require.NoError(t, err)
	gn, err := u.c.GrantNonce(ctx, u.c.Address())
	require.NoError(t, err)
	g, err := grant.Issue(verified, grant.Request{
		Dataset: common.Hash(u.manifest.ID), Owner: u.c.Address(), Policy: policy, Expiry: head + ttl, Nonce: gn, Deadline: head + ttl/2,
	}, u.dek)
	require.NoError(t, err)
	require.NoError(t, g.Sign(u.key))

	msg := g.Message()
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
// Tests that publish on TaskMarket set addr to a funded account's.
type taskOwner struct {
	addr common.Address
	acct *ecdsa.PrivateKey
	key  hpke.PrivateKey
}

func newTaskOwner(t *testing.T) *taskOwner {
	k, err := hpke.MLKEM768X25519().GenerateKey()
	require.NoError(t, err)
	a, err := crypto.GenerateKey()
	require.NoError(t, err)
	return &taskOwner{addr: crypto.PubkeyToAddress(a.PublicKey), acct: a, key: k}
}

// task is an off-market task with a random id, signed by the owner's
// account (tests of admission rules): it pays nothing.
func (o *taskOwner) task(t *testing.T, d *deployment, spec train.Spec) *enclave.Task {
	var id common.Hash
	_, _ = rand.Read(id[:])
	task := &enclave.Task{ID: id, Spec: spec, ResultKey: o.key.PublicKey().Bytes()}
	require.NoError(t, enclave.SignOffMarket(o.acct, d.dep.ChainID, task))
	return task
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
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(2000))
	require.NoError(t, err)
	owner.addr = company.Address()

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

	task := d.publish(t, ctx, company, owner, n.e.Address())
	for i := range users {
		require.NoError(t, n.e.UnwrapGrant(ctx, task, input(users[i], grants[i])))
	}
	res, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	require.NoError(t, res.VerifyClaim())
	require.Equal(t, n.e.Address(), res.Enclave)
	require.Equal(t, d.m, res.Measurement)
	require.NotNil(t, res.MarketClaim)
	require.Equal(t, d.m, res.MarketClaim.Measurement)
	forged := *res
	fc := *res.MarketClaim
	fc.TotalRecords++
	forged.MarketClaim = &fc
	require.ErrorIs(t, forged.VerifyClaim(), enclave.ErrResult, "a claim the result does not imply is refused")
	require.Len(t, res.Usage, len(users))

	// TaskMarket accepts the enclave-signed claim; once its committee
	// phases are over without a fail verdict (nobody drew one here) the
	// result is paid and every data owner claims its payout with a proof
	// from the tree.
	rcpt, err := n.op.SubmitResult(ctx, n.e.Address(), *res.MarketClaim, res.MarketSignature)
	require.NoError(t, err)
	r, err := company.Result(ctx, task.MarketID, 0)
	require.NoError(t, err)
	d.net.Mine(int(r.RevealEnds + 1 - rcpt.BlockNumber.Uint64()))
	_, err = company.Finalize(ctx, task.MarketID)
	require.NoError(t, err)
	tree, err := chain.NewPayoutTree(res.Payouts)
	require.NoError(t, err)
	require.Len(t, res.Payouts, len(users))
	for i := range tree.Len() {
		proof, err := tree.Proof(i)
		require.NoError(t, err)
		_, err = company.Claim(ctx, task.MarketID, tree.Leaf(i), proof)
		require.NoError(t, err)
		bal, err := company.MEMOBalance(ctx, tree.Leaf(i).User)
		require.NoError(t, err)
		require.Equal(t, tree.Leaf(i).Amount, bal, "the data owner was paid")
	}

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
	again := d.publish(t, ctx, company, owner, n.e.Address())
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

// TestRefusalsOnChain checks every refusal of the enclave against the real
// DataGrants contract on the dev chain: each refused grant releases no key
// (RunTask then has nothing to run).
func TestRefusalsOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 6)
	n := d.newNode(t, ctx)
	other := d.newNode(t, ctx)
	owner := newTaskOwner(t)

	for i, tc := range []struct {
		name string
		run  func(t *testing.T, u *user) error
		want error
	}{
		{"wrong signature", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, nil)
			mallory, _ := crypto.GenerateKey()
			forged := *g
			require.NoError(t, forged.Sign(mallory))
			forged.Owner = g.Owner
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, &forged))
		}, grant.ErrBadSignature},
		{"grant for another enclave", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, other, d.policy(owner.addr, 6), 1000, nil)
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrWrongEnclave},
		{"expired", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 3, nil)
			d.net.Mine(4)
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrExpired},
		{"revoked", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, nil)
			_, err := u.c.Revoke(ctx, g.Dataset, g.Enclave)
			require.NoError(t, err)
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrRevoked},
		{"signed but never registered", func(t *testing.T, u *user) error {
			var nonce common.Hash
			doc, err := mustClient(t, n.srv.URL, n.srv.Client()).Attestation(ctx, nonce)
			require.NoError(t, err)
			vn, err := grant.VerifyNode(ctx, doc, d.nodeOptions(nonce))
			require.NoError(t, err)
			g, err := grant.Issue(vn, grant.Request{Dataset: common.Hash(u.manifest.ID), Owner: u.c.Address(),
				Policy: d.policy(owner.addr, 6), Expiry: 1 << 40, Nonce: big.NewInt(0), Deadline: 1 << 40}, u.dek)
			require.NoError(t, err)
			require.NoError(t, g.Sign(u.key))
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrNotActive},
		{"policy: other task owner", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(common.Address{0xaa}, 6), 1000, nil)
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrPolicy},
		{"policy: price below minimum (an off-market task pays nothing)", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, nil)
			task := owner.task(t, d, d.spec)
			task.PricePerRecord = big.NewInt(1000) // the host's word does not count
			err := n.e.UnwrapGrant(ctx, task, input(u, g))
			require.ErrorContains(t, err, "price per record 0 is below the minimum 1000")
			return err
		}, grant.ErrPolicy},
		{"policy: ε budget too small", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 2), 1000, nil)
			return n.e.UnwrapGrant(ctx, owner.task(t, d, d.spec), input(u, g))
		}, grant.ErrPolicy},
		{"task spec is not the measured workload", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, nil)
			s := d.spec
			s.LR *= 2
			return n.e.UnwrapGrant(ctx, owner.task(t, d, s), input(u, g))
		}, enclave.ErrWorkload},
		{"task without DP (so not the measured spec)", func(t *testing.T, u *user) error {
			g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, nil)
			s := d.spec
			s.DP = nil
			return n.e.UnwrapGrant(ctx, owner.task(t, d, s), input(u, g))
		}, enclave.ErrWorkload},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := d.newUser(t, ctx, d.parts[i%len(d.parts)])
			err := tc.run(t, u)
			require.ErrorIs(t, err, tc.want)
		})
	}
	// Nothing was admitted: there is no task to run.
	_, err := n.e.RunTask(ctx, owner.task(t, d, d.spec), nil)
	require.ErrorIs(t, err, enclave.ErrNotAdmitted)
}

// TestUserRefusesBadNodes: the user side refuses enclaves that are not
// attested as the deployment requires, so no key is ever wrapped to them.
func TestUserRefusesBadNodes(t *testing.T) {
	ctx := context.Background()
	d := &deployment{dep: &chain.Deployment{ChainID: 1337, EnclaveRegistry: common.Address{0x11}, DataGrants: common.Address{0x22}}}
	var err error
	d.auth, err = sim.NewRandom()
	require.NoError(t, err)
	d.spec = train.Spec{Model: train.Softmax, Features: 4, Classes: 2, Rounds: 1, Epochs: 1, Batch: 8, LR: 0.1, Seed: 1,
		DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}
	d.workload = enclave.Workload{Kind: enclave.Kind(d.spec), ID: d.spec.Hash()}
	d.m, err = enclave.MeasureWorkload(d.workload)
	require.NoError(t, err)
	secret := make([]byte, enclave.SealingSecretSize)
	opts := func() grant.NodeOptions {
		o := d.nodeOptions(common.Hash{})
		o.MeasurementAllowed = nil
		o.Operator = func(context.Context, common.Address) (common.Address, error) { return operatorOf(nil), nil }
		return o
	}

	cfg := d.enclaveConfig(secret, nil)
	cfg.Chain = nopChain{}
	honest, err := enclave.NewSim(cfg)
	require.NoError(t, err)
	doc, err := honest.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	_, err = grant.VerifyNode(ctx, doc, opts())
	require.NoError(t, err, "the honest enclave passes")

	for _, tc := range []struct {
		name string
		doc  func(t *testing.T) *grant.Attestation
		want error
	}{
		{"debug enclave", func(t *testing.T) *grant.Attestation {
			c := cfg
			c.Debug, c.AllowDebug = true, true
			e, err := enclave.NewSim(c)
			require.NoError(t, err)
			doc, err := e.Attest(ctx, common.Hash{})
			require.NoError(t, err)
			return doc
		}, validate.ErrDebug},
		{"unallowed measurement (other workload)", func(t *testing.T) *grant.Attestation {
			c := cfg
			c.Workload.ID = common.Hash{0xba, 0xd}
			e, err := enclave.NewSim(c)
			require.NoError(t, err)
			doc, err := e.Attest(ctx, common.Hash{})
			require.NoError(t, err)
			return doc
		}, validate.ErrMeasurement},
		{"node swaps in a key it controls", func(t *testing.T) *grant.Attestation {
			doc, err := honest.Attest(ctx, common.Hash{})
			require.NoError(t, err)
			k, err := hpke.MLKEM768X25519().GenerateKey()
			require.NoError(t, err)
			doc.HPKEPublicKey = k.PublicKey().Bytes()
			return doc
		}, validate.ErrReportData},
		{"attested for another deployment", func(t *testing.T) *grant.Attestation {
			c := cfg
			c.Registry = common.Address{0x99}
			e, err := enclave.NewSim(c)
			require.NoError(t, err)
			doc, err := e.Attest(ctx, common.Hash{})
			require.NoError(t, err)
			doc.Registry = d.dep.EnclaveRegistry
			return doc
		}, validate.ErrReportData},
		{"unattested: quote from an untrusted authority", func(t *testing.T) *grant.Attestation {
			rogue, err := sim.NewRandom()
			require.NoError(t, err)
			c := cfg
			c.Platform = enclave.NewSimPlatform(rogue)
			e, err := enclave.NewSim(c)
			require.NoError(t, err)
			doc, err := e.Attest(ctx, common.Hash{})
			require.NoError(t, err)
			return doc
		}, verify.ErrChain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := grant.VerifyNode(ctx, tc.doc(t), opts())
			require.ErrorIs(t, err, grant.ErrNodeNotTrusted)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

type nopChain struct{}

func (nopChain) BlockNumber(context.Context) (uint64, error) { return 0, nil }
func (nopChain) GrantsAt(_ context.Context, ds []common.Hash, _ common.Address, _ uint64) ([]enclave.GrantRecord, error) {
	return make([]enclave.GrantRecord, len(ds)), nil
}
func (nopChain) LedgerRoot(context.Context, common.Address) (common.Hash, error) {
	return common.Hash{}, nil
}
func (nopChain) MarketTask(context.Context, uint64) (enclave.MarketTerms, error) {
	return enclave.MarketTerms{}, nil
}

// TestFederated: two enclaves with the same measurement train together;
// their FedAvg updates travel only as HPKE envelopes signed by the sending
// enclave, through a carrier that sees nothing else. Both end with the same
// model.
func TestFederated(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 4)
	nodes := []*node{d.newNode(t, ctx), d.newNode(t, ctx)}
	owner := newTaskOwner(t)
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(2000))
	require.NoError(t, err)
	owner.addr = company.Address()
	task := d.publish(t, ctx, company, owner, nodes[0].e.Address(), nodes[1].e.Address())

	var peers []*grant.Attestation
	var addrs []common.Address
	for _, n := range nodes {
		doc, err := n.e.Attest(ctx, task.ID)
		require.NoError(t, err)
		peers = append(peers, doc)
		addrs = append(addrs, n.e.Address())
	}
	for i, part := range d.parts {
		n := nodes[i%2]
		u := d.newUser(t, ctx, part)
		g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, n.op)
		require.NoError(t, n.e.UnwrapGrant(ctx, task, input(u, g)))
	}

	box := enclave.NewPostbox(addrs...)
	results := make([]*enclave.Result, len(nodes))
	errs := make([]error, len(nodes))
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Go(func() {
			results[i], errs[i] = n.e.RunTask(ctx, task, &enclave.Federation{Peers: peers, Carrier: box.For(n.e.Address())})
		})
	}
	wg.Wait()
	for i, n := range nodes {
		require.NoError(t, errs[i])
		require.NoError(t, results[i].VerifyClaim())
		_, err := n.op.SubmitResult(ctx, n.e.Address(), *results[i].MarketClaim, results[i].MarketSignature)
		require.NoError(t, err, "TaskMarket accepts each enclave's claim")
	}
	require.Equal(t, results[0].ModelHash, results[1].ModelHash, "FedAvg leaves both enclaves with the same model")
	require.NotEqual(t, results[0].OutputHash, results[1].OutputHash, "each result is encrypted afresh")
	acc := owner.open(t, d, results[0])
	t.Logf("federated DP model accuracy: %.3f", acc)
	require.Greater(t, acc, 0.6)

	// A peer with another measurement is refused before training starts.
	cfg := d.enclaveConfig(nodes[0].secret, nodes[0].op)
	s := d.spec
	s.Rounds++
	cfg.Workload = enclave.Workload{Kind: enclave.Kind(s), ID: s.Hash()}
	stranger, err := enclave.NewSim(cfg)
	require.NoError(t, err)
	doc, err := stranger.Attest(ctx, common.Hash{})
	require.NoError(t, err)
	u := d.newUser(t, ctx, d.parts[0])
	task2 := d.publish(t, ctx, company, owner, nodes[0].e.Address())
	g := d.grantTo(t, ctx, u, nodes[0], d.policy(owner.addr, 6), 1000, nil)
	require.NoError(t, nodes[0].e.UnwrapGrant(ctx, task2, input(u, g)))
	_, err = nodes[0].e.RunTask(ctx, task2, &enclave.Federation{Peers: []*grant.Attestation{peers[0], doc}, Carrier: enclave.NewPostbox(addrs[0], stranger.Address()).For(addrs[0])})
	require.ErrorIs(t, err, enclave.ErrPeer)
}

// TestWarmStartFromSealedInput: the task owner verifies the node's
// attestation, seals initial parameters (pre-trained on public data) to the
// enclave, and the enclave trains from exactly those parameters: its model
// is what a clear re-run from them gives, bit for bit, and not what a run
// from the spec's seed gives. The node carries only ciphertext.
func TestWarmStartFromSealedInput(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 3)
	n := d.newNode(t, ctx)
	owner := newTaskOwner(t)
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(1000))
	require.NoError(t, err)
	owner.addr = company.Address()
	task := d.publish(t, ctx, company, owner, n.e.Address())

	// The owner's warm start: a model pre-trained on public data (here the
	// third part, which no user grants).
	pubSpec := d.spec
	pubSpec.DP = nil
	pre, err := train.Train(ctx, pubSpec, [][]train.Slice{{{User: "public", Data: d.parts[2]}}}, train.Options{})
	require.NoError(t, err)
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])
	doc, err := mustClient(t, n.srv.URL, n.srv.Client()).Attestation(ctx, nonce)
	require.NoError(t, err)
	verified, err := grant.VerifyNode(ctx, doc, d.nodeOptions(nonce))
	require.NoError(t, err)
	in, err := enclave.NewOwnerInput(pre.Model.Params)
	require.NoError(t, err)
	task.Input, err = enclave.SealInput(verified, task.ID, in)
	require.NoError(t, err)
	task.InputCommitment = in.Commitment()
	pt, err := pre.Model.Params.MarshalBinary()
	require.NoError(t, err)
	wire, err := json.Marshal(task.Input)
	require.NoError(t, err)
	require.NotContains(t, string(wire), string(pt[:64]), "the node's copy holds no plaintext parameters")

	var granted []train.Slice
	for _, part := range d.parts[:2] {
		u := d.newUser(t, ctx, part)
		g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 6), 1000, n.op)
		require.NoError(t, n.e.UnwrapGrant(ctx, task, input(u, g)))
		granted = append(granted, train.Slice{User: common.Hash(u.manifest.ID).Hex(), Data: part})
	}
	r, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	require.NoError(t, r.VerifyClaim())
	require.Equal(t, in.Commitment(), r.InputCommitment)
	require.Equal(t, task.Input.Hash(), r.InputHash)
	out, err := json.Marshal(r)
	require.NoError(t, err)
	require.NotContains(t, string(out), string(pt[:64]), "the result carries no plaintext parameters")

	// The clear re-runs use the enclave's secret noise seed: the
	// simulator's privilege.
	noise, err := enclave.SimNoiseSeed(n.e, task.ID)
	require.NoError(t, err)
	warm, err := train.Train(ctx, d.spec, [][]train.Slice{granted}, train.Options{Init: pre.Model.Params, Noise: []train.NoiseSeed{noise}})
	require.NoError(t, err)
	cold, err := train.Train(ctx, d.spec, [][]train.Slice{granted}, train.Options{Noise: []train.NoiseSeed{noise}})
	require.NoError(t, err)
	require.Equal(t, common.Hash(warm.Model.Params.Hash()), r.ModelHash, "the enclave trained from the owner's parameters")
	require.NotEqual(t, common.Hash(cold.Model.Params.Hash()), r.ModelHash)
	t.Logf("accuracy: pre-trained %.3f, enclave from it %.3f, from the seed %.3f", evalAcc(t, d, pre), owner.open(t, d, r), evalAcc(t, d, cold))
}

func evalAcc(t *testing.T, d *deployment, r *train.Result) float64 {
	acc, _, err := r.Model.Evaluate(d.test)
	require.NoError(t, err)
	return acc
}

// mustClient returns an API client of the node at url.
func mustClient(t testing.TB, url string, hc *http.Client) *nodeapi.Client {
	t.Helper()
	c, err := nodeapi.NewClient(url, hc)
	require.NoError(t, err)
	return c
}
