package enclave

import (
	"context"
	"crypto/rand"
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
)

// tdDeployment is a deployment of sim TDX enclaves: a registry of enclave
// operators and the verification VerifyNode does against it.
type tdDeployment struct {
	auth  *sim.Authority
	chain *memChain
	mu    sync.Mutex
	ops   map[common.Address]common.Address
}

func (d *tdDeployment) verify(ctx context.Context, doc *grant.Attestation, registered bool) (common.Hash, error) {
	issued := time.Now().Add(-time.Hour)
	col, err := d.auth.Collateral(sim.CollateralOptions{Issued: issued, TDX: true})
	if err != nil {
		return common.Hash{}, err
	}
	operator := func(_ context.Context, e common.Address) (common.Address, error) {
		if !registered {
			return doc.Operator, nil // the operator the quote binds, registered or not
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.ops[e], nil
	}
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify:  verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{d.auth.Root()}, Collateral: col},
		ChainID: 1337, Registry: testRegistry, Nonce: doc.Nonce, Operator: operator,
	})
	if err != nil {
		return common.Hash{}, err
	}
	return n.Measurement(), nil
}

// launch starts a sim TDX enclave of td run by operator, with a freshly
// drawn measurement key, and registers it.
func (d *tdDeployment) launch(t *testing.T, td SimTD, operator common.Address) *Sim {
	t.Helper()
	key := make([]byte, SealingSecretSize)
	_, _ = rand.Read(key)
	cfg := testConfig(d.chain, NewSimTDXPlatform(d.auth, td, nil), key)
	cfg.Operator, cfg.SharedSealing = operator, true
	cfg.VerifyPeer = func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		return d.verify(ctx, doc, true)
	}
	cfg.VerifyRecovering = func(ctx context.Context, doc *grant.Attestation) (common.Hash, error) {
		return d.verify(ctx, doc, false)
	}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	d.mu.Lock()
	d.ops[e.Address()] = operator
	d.mu.Unlock()
	return e
}

// recover has e ask peer for the measurement key over the wire form
// (JSON both ways) and adopt it.
func recoverFrom(ctx context.Context, e, peer *Sim) error {
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])
	req, err := e.Attest(ctx, nonce)
	if err != nil {
		return err
	}
	share, err := peer.ShareMeasurementKey(ctx, roundTrip(req))
	if err != nil {
		return err
	}
	return e.RecoverMeasurementKey(ctx, nonce, roundTrip(share))
}

func roundTrip[T any](v *T) *T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	out := new(T)
	if err := json.Unmarshal(b, out); err != nil {
		panic(err)
	}
	return out
}

// TestMeasurementKeyRecovery: two sim TDX nodes of one measurement. B
// joins A's measurement key, seals its state and is granted a dataset;
// B's TD restarts (fresh enclave, its state on disk), recovers the key
// from A over mutually attested requests, unseals and is the same enclave,
// which opens the grant it had. A host that is not an attested enclave of
// the measurement gets nothing it can open.
func TestMeasurementKeyRecovery(t *testing.T) {
	ctx := context.Background()
	d := &tdDeployment{auth: testAuthority(t), chain: newMemChain(), ops: map[common.Address]common.Address{}}
	td := SimTD{MRTD: hwMRTD, RTMR: hwRTMR}
	opB := common.Address{0xb0}
	a := d.launch(t, td, testOperator)
	b := d.launch(t, td, opB)
	require.Equal(t, a.Measurement(), b.Measurement())
	require.NoError(t, recoverFrom(ctx, b, a), "B joins A's measurement key before sealing anything")
	blob, err := b.Seal()
	require.NoError(t, err)
	gf := newGrant(t, b, d.chain, testGrantPolicy())
	d.chain.register(gf.g)

	// B's TD reboots: a fresh enclave, the blob on its disk.
	b2 := d.launch(t, td, opB)
	require.NotEqual(t, b.Address(), b2.Address())
	require.ErrorIs(t, b2.Unseal(blob), ErrUnseal, "without the measurement key the state does not open")
	require.NoError(t, recoverFrom(ctx, b2, a))
	require.NoError(t, b2.Unseal(blob))
	require.Equal(t, b.Address(), b2.Address(), "the same enclave again")
	dek, err := b2.admit(ctx, testTask(), gf.g)
	require.NoError(t, err, "it opens the grant its owner made before the restart")
	require.Equal(t, gf.dek, dek)

	t.Run("another measurement is refused", func(t *testing.T) {
		other := td
		other.RTMR[1][0] ^= 1
		err := recoverFrom(ctx, d.launch(t, other, opB), a)
		require.ErrorIs(t, err, ErrPeer)
		require.ErrorContains(t, err, "runs measurement")
	})
	t.Run("an SGX enclave is refused", func(t *testing.T) {
		cfg := testConfig(d.chain, d.auth, make([]byte, SealingSecretSize))
		sgx, err := NewSim(cfg)
		require.NoError(t, err)
		req, err := sgx.Attest(ctx, common.Hash{1})
		require.NoError(t, err)
		_, err = a.ShareMeasurementKey(ctx, req)
		require.ErrorIs(t, err, ErrPeer)
	})
	t.Run("a host's own key on a replayed quote is refused", func(t *testing.T) {
		host := d.launch(t, td, opB) // only for an HPKE key the host could open
		req, err := b2.Attest(ctx, common.Hash{2})
		require.NoError(t, err)
		req.HPKEPublicKey = host.HPKEPublicKey()
		_, err = a.ShareMeasurementKey(ctx, req)
		require.ErrorIs(t, err, ErrPeer)
		require.ErrorContains(t, err, "report data mismatch")
	})
	t.Run("a replayed request's answer opens only in its enclave", func(t *testing.T) {
		nonce := common.Hash{3}
		req, err := b2.Attest(ctx, nonce)
		require.NoError(t, err)
		share, err := a.ShareMeasurementKey(ctx, req)
		require.NoError(t, err)
		c := d.launch(t, td, opB)
		require.ErrorIs(t, c.RecoverMeasurementKey(ctx, nonce, share), ErrPeer, "addressed to another enclave")
		require.ErrorIs(t, c.Unseal(blob), ErrUnseal)
	})
	t.Run("a forged answer is refused", func(t *testing.T) {
		nonce := common.Hash{4}
		req, err := b2.Attest(ctx, nonce)
		require.NoError(t, err)
		share, err := a.ShareMeasurementKey(ctx, req)
		require.NoError(t, err)
		fresh := d.launch(t, td, opB)
		require.ErrorIs(t, fresh.RecoverMeasurementKey(ctx, common.Hash{5}, share), ErrPeer, "another request's answer")
		unregistered := d.launch(t, td, testOperator)
		d.mu.Lock()
		delete(d.ops, unregistered.Address())
		d.mu.Unlock()
		req, err = fresh.Attest(ctx, nonce)
		require.NoError(t, err)
		share, err = unregistered.ShareMeasurementKey(ctx, req)
		require.NoError(t, err)
		require.ErrorIs(t, fresh.RecoverMeasurementKey(ctx, nonce, share), ErrPeer, "a key from an enclave the registry does not hold")
	})
	t.Run("another operator's enclave of the measurement cannot open the state", func(t *testing.T) {
		c := d.launch(t, td, common.Address{0xcc})
		require.NoError(t, recoverFrom(ctx, c, a), "it may hold the measurement key")
		require.ErrorIs(t, c.Unseal(blob), ErrUnseal, "but B's state is sealed to B's operator")
	})
	t.Run("no other key once the state is sealed", func(t *testing.T) {
		require.ErrorIs(t, recoverFrom(ctx, b2, a), ErrState)
		fresh := d.launch(t, td, opB)
		_, err := fresh.Seal()
		require.NoError(t, err)
		require.ErrorIs(t, recoverFrom(ctx, fresh, a), ErrState, "a host cannot move sealed state to another key")
	})
}
