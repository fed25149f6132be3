package dashboard_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/dashboard"
)

// flaky is the dev chain's connection, which can be cut (calls fail at
// once) or hang (calls wait until their context ends).
type flaky struct {
	*ethclient.Client
	down, hang atomic.Bool
}

var errCut = errors.New("connection refused")

func (f *flaky) fail(ctx context.Context) error {
	if f.hang.Load() {
		<-ctx.Done()
		return ctx.Err()
	}
	if f.down.Load() {
		return errCut
	}
	return nil
}

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	return f.Client.HeaderByNumber(ctx, n)
}

func (f *flaky) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	return f.Client.CallContract(ctx, m, n)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := f.fail(ctx); err != nil {
		return nil, err
	}
	return f.Client.FilterLogs(ctx, q)
}

// TestChainUnreachable cuts the chain after the pages were read once: they
// still render what was read, under a banner naming the last block; a page
// never read says so with a 503.
func TestChainUnreachable(t *testing.T) {
	d := runDemo(t)
	ctx := context.Background()
	f := &flaky{Client: d.c.Devnet().Backend()}
	c, err := chain.NewClient(ctx, f, d.c.Deployment(), nil, nil)
	require.NoError(t, err)
	s, err := dashboard.New(dashboard.Options{Chain: c, Refresh: 1, ChainTimeout: 500 * time.Millisecond})
	require.NoError(t, err)
	srv := newHTTPServer(t, s)
	id := d.rep.Fees.Task.ID
	code, before := get(t, srv.URL+fmt.Sprintf("/task/%d", id))
	require.Equal(t, http.StatusOK, code)
	require.NotContains(t, before, `class="banner"`)
	last := s.Status().Block

	f.down.Store(true)
	code, body := get(t, srv.URL+fmt.Sprintf("/task/%d", id))
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `<div class="banner" role="alert"><strong>Chain unreachable.</strong>`)
	require.Contains(t, body, fmt.Sprintf(`<span class="block">%d</span>`, last))
	require.Contains(t, body, "(cached)")
	task, err := d.ro.Task(ctx, id)
	require.NoError(t, err)
	require.Contains(t, body, task.DatasetHash.Hex(), "the cached page's numbers")
	require.NotContains(t, body, errCut.Error(), "no internals in the page")

	code, body = get(t, srv.URL+"/tasks")
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, body, "Chain unreachable")

	// A chain that hangs costs a page ChainTimeout, not the page: the
	// same cached page under the banner. The event stream, which has no
	// deadline of its own, does not keep the pages waiting either.
	f.down.Store(false)
	f.hang.Store(true)
	sctx, stop := context.WithCancel(ctx)
	req, err := http.NewRequestWithContext(sctx, http.MethodGet, srv.URL+"/events", nil)
	require.NoError(t, err)
	go func() {
		if resp, err := http.DefaultClient.Do(req); err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}()
	code, body = get(t, srv.URL+fmt.Sprintf("/task/%d", id))
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "Chain unreachable.")
	stop()

	f.hang.Store(false)
	code, body = get(t, srv.URL+"/tasks")
	require.Equal(t, http.StatusOK, code)
	require.NotContains(t, body, `class="banner"`)
}

// grantee is a data owner made for a test: a funded key that grants one
// dataset of its own to an enclave directly.
type grantee struct {
	key     *ecdsa.PrivateKey
	client  *chain.Client
	dataset common.Hash
	enclave common.Address
}

func newGrantee(t testing.TB, d *demoRun) *grantee {
	t.Helper()
	ctx := context.Background()
	c, err := d.c.Devnet().NewAccount(ctx, chain.Tokens(2), nil)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	// The account's key is the devnet's; act as a fresh owner with a key
	// of our own (the wallet's), funded by that account.
	owner := crypto.PubkeyToAddress(key.PublicKey)
	_, err = c.SendETH(ctx, owner, chain.Tokens(1))
	require.NoError(t, err)
	oc := c.As(key)
	var ds common.Hash
	copy(ds[:], owner[:])
	copy(ds[20:], crypto.Keccak256([]byte(t.Name()))[:12])
	e := d.rep.NodeReports[0].Enclave
	head, err := oc.BlockNumber(ctx)
	require.NoError(t, err)
	_, err = oc.Grant(ctx, ds, e, crypto.Keccak256Hash([]byte("policy")), head+1000)
	require.NoError(t, err)
	return &grantee{key: key, client: oc, dataset: ds, enclave: e}
}

// TestRevokeRelay revokes through the dashboard as a wallet would: the
// typed data it serves, signed by the owner's key, relayed. A signature by
// anyone else, or a dashboard without a relayer, relays nothing.
func TestRevokeRelay(t *testing.T) {
	d := runDemo(t)
	ctx := context.Background()
	g := newGrantee(t, d)
	relayer, err := d.c.Devnet().NewAccount(ctx, chain.Tokens(1), nil)
	require.NoError(t, err)
	_, srv := newServer(t, d, relayer)
	_, bare := newServer(t, d, nil)
	owner := g.client.Address()
	base := "/owner/" + owner.Hex() + "/revoke"
	q := "?dataset=" + g.dataset.Hex() + "&enclave=" + g.enclave.Hex()

	typed := func(url string) (map[string]any, []byte) {
		code, body := get(t, url+base+q)
		require.Equal(t, http.StatusOK, code, body)
		var a map[string]any
		require.NoError(t, json.Unmarshal([]byte(body), &a))
		td, err := json.Marshal(a["typedData"])
		require.NoError(t, err)
		return a, td
	}
	sign := func(key *ecdsa.PrivateKey, a map[string]any) string {
		nonce, _ := new(big.Int).SetString(a["nonce"].(string), 10)
		digest, err := chain.RevokeDigest(g.client.ChainID(), d.ro.Deployment().DataGrants,
			chain.RevokeMessage{DatasetID: g.dataset, Enclave: g.enclave, Nonce: nonce, Deadline: uint64(a["deadline"].(float64))})
		require.NoError(t, err)
		sig, err := crypto.Sign(digest[:], key)
		require.NoError(t, err)
		sig[64] += 27
		return hexutil.Encode(sig)
	}
	post := func(url string, a map[string]any, sig string) (int, map[string]any) {
		body := fmt.Sprintf(`{"dataset":%q,"enclave":%q,"nonce":%q,"deadline":%d,"signature":%q}`,
			g.dataset.Hex(), g.enclave.Hex(), a["nonce"], uint64(a["deadline"].(float64)), sig)
		resp, err := http.Post(url+base, "application/json", strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		var out map[string]any
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
		return resp.StatusCode, out
	}

	a, td := typed(srv.URL)
	require.Equal(t, true, a["relay"])
	require.Contains(t, string(td), `"primaryType":"Revoke"`)

	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	code, out := post(srv.URL, a, sign(other, a))
	require.Equal(t, http.StatusForbidden, code, "someone else's signature")
	require.Contains(t, out["error"], "not the dataset owner's")

	ab, _ := typed(bare.URL)
	require.Equal(t, false, ab["relay"])
	code, out = post(bare.URL, ab, sign(g.key, ab))
	require.Equal(t, http.StatusNotImplemented, code)
	require.Contains(t, out["command"], "memoc user revoke --dataset "+g.dataset.Hex())

	code, out = post(srv.URL, a, sign(g.key, a))
	require.Equal(t, http.StatusOK, code, out)
	info, err := d.ro.GrantOf(ctx, g.dataset, g.enclave)
	require.NoError(t, err)
	require.Equal(t, uint64(out["block"].(float64)), info.RevokedBlock, "revoked on chain at the block the dashboard reported")

	code, out = post(srv.URL, a, sign(g.key, a))
	require.Equal(t, http.StatusBadRequest, code, "a second revocation")
	require.Contains(t, out["error"], "already revoked")
	_, page := get(t, srv.URL+"/owner/"+owner.Hex())
	require.Contains(t, page, fmt.Sprintf("revoked at block %d", info.RevokedBlock))
}

// TestEvents reads the head from the server-sent event stream, and a new
// head once a block is mined.
func TestEvents(t *testing.T) {
	d := runDemo(t)
	s, err := dashboard.New(dashboard.Options{Chain: d.ro, Refresh: 50 * time.Millisecond})
	require.NoError(t, err)
	srv := newHTTPServer(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/events", nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	sc := bufio.NewScanner(resp.Body)
	next := func() uint64 {
		for sc.Scan() {
			if sc.Text() == "event: head" {
				require.True(t, sc.Scan())
				b, err := strconv.ParseUint(strings.TrimPrefix(sc.Text(), "data: "), 10, 64)
				require.NoError(t, err)
				return b
			}
		}
		t.Fatalf("the stream ended: %v", sc.Err())
		return 0
	}
	first := next()
	head, err := d.ro.BlockNumber(ctx)
	require.NoError(t, err)
	require.LessOrEqual(t, first, head)
	d.c.Devnet().Mine(1)
	require.Greater(t, next(), first)
}
