package node

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/enclave/enclavetest"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/vault"
)

// TestGrantsRelayedInBatches: data owners hand their signed grants to a
// node over HTTP at once; the node relays them in one grantBatchWithSig
// transaction (a batch of four, sent when full). One owner's grant carries
// a nonce that is not the owner's next: the contract skips it, that
// owner's request fails with the reason (422) and nothing is granted for
// it, while the other three get the batch's receipt and are granted on
// chain.
// relayEnv is a node whose enclave is registered and approved on a dev
// chain, served over HTTP, relaying grants in batches of four.
type relayEnv struct {
	gov  *chain.Client
	e    *enclave.Sim
	dep  *chain.Deployment
	api  *nodeapi.Client
	n    *Node
	kind string
}

func newRelayEnv(ctx context.Context, t *testing.T) *relayEnv {
	t.Helper()
	net, op, e := newSimEnclave(ctx, t, "node relay tests", chain.Tokens(1000))
	gov := net.Governance()
	ver, err := net.NewAccount(ctx, chain.Tokens(1), chain.Tokens(100))
	require.NoError(t, err)
	dep := net.Deployment()

	// The enclave is registered and approved by a committee of one.
	_, err = gov.SetApprovalCommittee(ctx, 1)
	require.NoError(t, err)
	enclavetest.Register(ctx, t, gov, op, ver, e)
	cm, err := gov.EnclaveCommittee(ctx, e.Address())
	require.NoError(t, err)
	head, err := gov.BlockNumber(ctx)
	require.NoError(t, err)
	if s := cm.FirstDrawBlock; head < s {
		net.Mine(int(s - head))
	}
	_, err = gov.DrawEnclaveCommittee(ctx, e.Address())
	require.NoError(t, err)
	_, err = ver.ApproveEnclave(ctx, e.Address())
	require.NoError(t, err)
	active, err := gov.EnclaveActive(ctx, e.Address())
	require.NoError(t, err)
	require.True(t, active)

	store, err := vault.NewDirStore(filepath.Join(t.TempDir(), "store"))
	require.NoError(t, err)
	db, err := OpenDB(filepath.Join(t.TempDir(), "node.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	n, err := New(Config{Operator: op, Enclave: e, Store: store, DB: db, GrantBatch: 4, GrantBatchDelay: time.Minute})
	require.NoError(t, err)
	srv := httptest.NewServer(n.Handler())
	t.Cleanup(srv.Close)
	api, err := nodeapi.NewClient(srv.URL, srv.Client())
	require.NoError(t, err)

	return &relayEnv{gov: gov, e: e, dep: dep, api: api, n: n, kind: enclave.Kind(testSpec)}
}

// signedGrant is a grant to env's enclave signed by a fresh owner with
// owner nonce nonce.
func (env *relayEnv) signedGrant(ctx context.Context, t *testing.T, nonce int64) *grant.Grant {
	t.Helper()
	head, err := env.gov.BlockNumber(ctx)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	owner := crypto.PubkeyToAddress(key.PublicKey)
	var ds common.Hash
	_, _ = rand.Read(ds[:])
	copy(ds[:], owner[:]) // a dataset id starts with its owner's address
	g := &grant.Grant{ChainID: env.dep.ChainID, Contract: env.dep.DataGrants, Dataset: ds, Enclave: env.e.Address(),
		Policy: grant.Policy{Kinds: []string{env.kind}, Epsilon: 2, Delta: 1e-5}, Expiry: head + 1000,
		Nonce: big.NewInt(nonce), Deadline: head + 100, WrappedKey: []byte{1}}
	require.NoError(t, g.Sign(key))
	return g
}

func TestGrantsRelayedInBatches(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env := newRelayEnv(ctx, t)
	gov, e, api := env.gov, env.e, env.api

	// Four owners' grants; the last one's nonce is not its owner's next.
	grants := make([]*grant.Grant, 4)
	for i := range grants {
		nonce := int64(0)
		if i == 3 {
			nonce = 5
		}
		grants[i] = env.signedGrant(ctx, t, nonce)
	}
	rcpts := make([]nodeapi.TxReceipt, len(grants))
	errs := make([]error, len(grants))
	var wg sync.WaitGroup
	for i, g := range grants {
		wg.Go(func() { rcpts[i], errs[i] = api.SendGrant(ctx, g) })
	}
	wg.Wait()

	bad := errs[3]
	require.Error(t, bad)
	require.Contains(t, bad.Error(), "the signature uses nonce 5")
	require.Contains(t, bad.Error(), "422")
	tx := rcpts[0].Tx
	require.NotZero(t, tx)
	require.Contains(t, bad.Error(), tx.Hex(), "the skipped grant names the batch it was skipped in")
	for i, g := range grants {
		on, err := gov.GrantOf(ctx, g.Dataset, e.Address())
		require.NoError(t, err)
		if i == 3 {
			require.Zero(t, on.GrantedBlock, "a skipped grant is not granted")
			continue
		}
		require.NoError(t, errs[i])
		require.Equal(t, tx, rcpts[i].Tx, "owner %d's grant went in another transaction", i)
		require.NotZero(t, on.GrantedBlock)
	}
	rcpt, err := gov.Backend().TransactionReceipt(ctx, tx)
	require.NoError(t, err)
	require.EqualValues(t, 1, rcpt.Status)
	t.Logf("one relay transaction: %d gas for 3 grants and 1 skipped", rcpt.GasUsed)
}

// TestGrantRelayQueue: a lone grant leaves after the delay; one owner's
// grants go in nonce order whatever order they arrived in; a transaction
// that fails fails every grant of its batch.
func TestGrantRelayQueue(t *testing.T) {
	ctx := context.Background()
	owner := common.Address{1}
	signed := func(nonce int64) chain.SignedGrant {
		return chain.SignedGrant{Owner: owner, Message: chain.GrantMessage{Nonce: big.NewInt(nonce)}}
	}
	var mu sync.Mutex
	var sent [][]int64
	fail := false
	r := &grantRelay{max: 2, delay: time.Millisecond, log: slog.New(slog.DiscardHandler),
		send: func(_ context.Context, b []chain.SignedGrant) (*types.Receipt, []chain.SkippedGrant, error) {
			mu.Lock()
			defer mu.Unlock()
			var nonces []int64
			for _, g := range b {
				nonces = append(nonces, g.Message.Nonce.Int64())
			}
			sent = append(sent, nonces)
			if fail {
				return nil, nil, errors.New("out of funds")
			}
			return &types.Receipt{TxHash: common.Hash{byte(len(sent))}}, nil, nil
		}}
	rcpt, err := r.relay(ctx, signed(0))
	require.NoError(t, err)
	require.Equal(t, common.Hash{1}, rcpt.TxHash)

	r.delay = time.Hour // only a full batch leaves
	var wg sync.WaitGroup
	wg.Go(func() {
		_, err := r.relay(ctx, signed(2)) // queued first, sent second
		assert.NoError(t, err)
	})
	require.Eventually(t, func() bool { r.mu.Lock(); defer r.mu.Unlock(); return len(r.pending) == 1 }, 10*time.Second, time.Millisecond)
	_, err = r.relay(ctx, signed(1))
	require.NoError(t, err)
	wg.Wait()
	require.Equal(t, [][]int64{{0}, {1, 2}}, sent)

	fail = true
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() { _, errs[i] = r.relay(ctx, signed(int64(3+i))) })
	}
	wg.Wait()
	require.ErrorContains(t, errs[0], "out of funds")
	require.ErrorContains(t, errs[1], "out of funds")
}

// TestGrantBatchHandOff: a batch of grants in one request; each is checked
// as one posted alone. The four good grants are relayed together and kept;
// one with a forged signature, one naming another enclave and one that is
// not a grant are refused, each with its reason, without stopping the
// others. An empty batch is refused whole.
func TestGrantBatchHandOff(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env := newRelayEnv(ctx, t)
	var grants []*grant.Grant
	for range 4 {
		grants = append(grants, env.signedGrant(ctx, t, 0))
	}
	forged := env.signedGrant(ctx, t, 0)
	forged.Signature[10] ^= 1
	other := env.signedGrant(ctx, t, 0)
	other.Enclave = common.Address{9}
	res, err := env.api.SendGrants(ctx, append(slices.Clone(grants), forged, other))
	require.NoError(t, err)
	require.Len(t, res, 6)
	for i, g := range grants {
		require.Empty(t, res[i].Error, "grant %d", i)
		require.NotZero(t, res[i].Tx, "grant %d not relayed", i)
		on, err := env.gov.GrantOf(ctx, g.Dataset, env.e.Address())
		require.NoError(t, err)
		require.NotZero(t, on.GrantedBlock)
		kept, err := env.n.grants.get([]common.Hash{g.Dataset})
		require.NoError(t, err)
		require.NotNil(t, kept[0], "grant %d not kept", i)
		require.Equal(t, g.Owner, kept[0].Owner)
	}
	require.Contains(t, res[4].Error, "not signed by its owner")
	require.Contains(t, res[5].Error, "enclave")
	for _, g := range []*grant.Grant{forged, other} {
		kept, err := env.n.grants.get([]common.Hash{g.Dataset})
		require.NoError(t, err)
		require.Nil(t, kept[0])
	}
	// The database holds the accepted grants (a restarted node finds them)
	// and nothing of the refused ones.
	stored := map[common.Hash]common.Address{}
	require.NoError(t, load(env.n.cfg.DB, bucketGrants, func(k common.Hash, g *grant.Grant) { stored[k] = g.Owner }))
	require.Len(t, stored, len(grants))
	for _, g := range grants {
		require.Equal(t, g.Owner, stored[g.Dataset])
	}

	srvURL := strings.TrimSuffix(env.api.URL(), "/")
	post := func(body string) (int, string) {
		resp, err := http.Post(srvURL+nodeapi.GrantBatchPath, "application/json", strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := post(`{"grants":[{"notAGrant":1}]}`)
	require.Equal(t, http.StatusOK, code, body)
	require.Contains(t, body, "malformed")
	code, body = post(`{"grants":[]}`)
	require.Equal(t, http.StatusBadRequest, code, body)
}
