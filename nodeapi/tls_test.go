package nodeapi

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// TestLoadOrCreateTLS: the key is created once (mode 0600) and its hash
// never changes; a missing, foreign or expiring certificate is re-issued
// from the same key.
func TestLoadOrCreateTLS(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	id, err := LoadOrCreateTLS(dir, now)
	require.NoError(t, err)
	fi, err := os.Stat(filepath.Join(dir, TLSKeyFile))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	leaf := id.cert.Leaf
	require.Equal(t, common.Hash(sha256.Sum256(leaf.RawSubjectPublicKeyInfo)), id.KeyHash())

	again, err := LoadOrCreateTLS(dir, now.Add(time.Hour))
	require.NoError(t, err)
	require.Equal(t, id.KeyHash(), again.KeyHash())
	require.Equal(t, leaf.Raw, again.cert.Leaf.Raw, "a valid certificate is kept")

	renewed, err := LoadOrCreateTLS(dir, leaf.NotAfter.Add(-time.Hour))
	require.NoError(t, err)
	require.Equal(t, id.KeyHash(), renewed.KeyHash())
	require.NotEqual(t, leaf.Raw, renewed.cert.Leaf.Raw, "an expiring certificate is re-issued")

	require.NoError(t, os.WriteFile(filepath.Join(dir, TLSCertFile), []byte("junk"), 0o644))
	fixed, err := LoadOrCreateTLS(dir, now)
	require.NoError(t, err)
	require.Equal(t, id.KeyHash(), fixed.KeyHash())

	require.NoError(t, os.WriteFile(filepath.Join(dir, TLSKeyFile), []byte("junk"), 0o600))
	_, err = LoadOrCreateTLS(dir, now)
	require.ErrorContains(t, err, "not a PEM private key")
}

// noChain is an enclave's chain view that this test never reads (it only
// attests).
type noChain struct{ enclave.ChainView }

// TestRATLS: a client verifies a node's attestation over TLS and then talks
// to that node only; a man in the middle with a key of its own (relaying
// the genuine document) is refused, before and after pinning; an https
// client that has not pinned asks for nothing but the attestation.
func TestRATLS(t *testing.T) {
	ctx := context.Background()
	seed := sha256.Sum256([]byte("nodeapi RA-TLS test"))
	auth, err := sim.New(seed[:])
	require.NoError(t, err)
	id, err := LoadOrCreateTLS(t.TempDir(), time.Now())
	require.NoError(t, err)
	operator, registry, grants := common.Address{0xa}, common.Address{0xb}, common.Address{0xc}
	spec := train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1}
	e, err := enclave.NewSim(enclave.Config{
		ChainID: 1337, Registry: registry, DataGrants: grants, Operator: operator, TLSKeyHash: id.KeyHash(),
		Workload: enclave.Workload{Kind: enclave.Kind(spec), ID: spec.Hash()}, SealingSecret: make([]byte, enclave.SealingSecretSize),
		Platform: enclave.NewSimPlatform(auth), Chain: noChain{},
		Collateral: func(context.Context) ([]byte, error) {
			c, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour)})
			if err != nil {
				return nil, err
			}
			return json.Marshal(c)
		},
	})
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.Handle("GET "+AttestationPath, AttestationHandler(e.Attest, nil))
	mux.HandleFunc("GET "+DatasetsPath, func(w http.ResponseWriter, _ *http.Request) {
		WriteJSON(w, Offers{Enclave: e.Address(), Datasets: []Offer{}})
	})
	node := httptest.NewUnstartedServer(mux)
	node.TLS = id.ServerConfig()
	node.StartTLS()
	defer node.Close()

	// The man in the middle relays everything to the node with a key of
	// its own.
	other, err := LoadOrCreateTLS(t.TempDir(), time.Now())
	require.NoError(t, err)
	target, err := url.Parse(node.URL)
	require.NoError(t, err)
	relay := httputil.NewSingleHostReverseProxy(target)
	relay.Transport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	mitm := httptest.NewUnstartedServer(relay)
	mitm.TLS = other.ServerConfig()
	mitm.StartTLS()
	defer mitm.Close()

	opts := grant.NodeOptions{
		Verify:  verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}},
		ChainID: 1337, Registry: registry, DataGrants: grants,
		Operator: func(context.Context, common.Address) (common.Address, error) { return operator, nil },
	}

	c, err := NewClient(node.URL, nil)
	require.NoError(t, err)
	_, err = c.Datasets(ctx)
	require.NoError(t, err, "an unpinned client is encrypted, not authenticated")
	n, pinned, err := c.Verify(ctx, opts)
	require.NoError(t, err)
	require.Equal(t, e.Address(), n.Enclave())
	require.Equal(t, id.KeyHash(), n.TLSKeyHash())
	require.Equal(t, id.KeyHash(), pinned.PinnedKey())
	o, err := pinned.Datasets(ctx)
	require.NoError(t, err, "the verified client talks to the attested node")
	require.Equal(t, e.Address(), o.Enclave)

	// Through the man in the middle: the genuine document binds the
	// node's key, not the relay's.
	mc, err := NewClient(mitm.URL, nil)
	require.NoError(t, err)
	_, err = mc.Attestation(ctx, common.Hash{1})
	require.ErrorIs(t, err, ErrTLSKey)
	require.ErrorIs(t, err, grant.ErrNodeNotTrusted)
	_, _, err = mc.Verify(ctx, opts)
	require.ErrorIs(t, err, ErrTLSKey)

	// A client pinned to the node's key refuses the relay in the
	// handshake.
	mp, err := mc.WithPinnedKey(n.TLSKeyHash())
	require.NoError(t, err)
	_, err = mp.Datasets(ctx)
	require.ErrorIs(t, err, ErrTLSKey)
	_, err = mp.Attestation(ctx, common.Hash{1})
	require.ErrorIs(t, err, ErrTLSKey)

	// A node whose attestation binds no TLS key cannot be pinned.
	_, err = c.WithPinnedKey(common.Hash{})
	require.ErrorIs(t, err, ErrTLSKey)
	// Over plain HTTP there is nothing to pin.
	hc, err := NewClient("http://127.0.0.1:1", nil)
	require.NoError(t, err)
	same, err := hc.WithPinnedKey(id.KeyHash())
	require.NoError(t, err)
	require.Same(t, hc, same)
}
