package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// newTestNode returns a node with no grants and no tasks, its operator on a
// dev chain of its own (funded, not staked, its enclave not registered),
// with a database in a temporary directory.
func newTestNode(tb testing.TB) *Node {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, op, e := newSimEnclave(ctx, tb, "node handler tests", chain.Tokens(1))
	dir := tb.TempDir()
	store, err := vault.NewDirStore(filepath.Join(dir, "store"))
	require.NoError(tb, err)
	db, err := OpenDB(filepath.Join(dir, "node.db"))
	require.NoError(tb, err)
	tb.Cleanup(func() { _ = db.Close() })
	n, err := New(Config{Operator: op, Enclave: e, Store: store, DB: db})
	require.NoError(tb, err)
	return n
}

// serve answers one request with h, in process.
func serve(h http.Handler, method, target string, body io.Reader, header http.Header) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, "http://node.test/", body)
	// httptest.NewRequest panics on a target it cannot parse; a client
	// cannot send one either, so parse it here and give up the same way
	// the server's request parser would.
	u, err := url.ParseRequestURI(target)
	if err != nil || !strings.HasPrefix(target, "/") {
		rec := httptest.NewRecorder()
		rec.Code = 0
		return rec
	}
	req.URL, req.RequestURI = u, target
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// mayAnswer2xx says whether a request may succeed on a node that holds
// nothing: reading the attestation (no nonce, or a well-formed one), the
// datasets (none), the health and the metrics. Every other route needs a
// document the node holds or a signature nobody forged.
func mayAnswer2xx(method, pattern string, q string) bool {
	if method != http.MethodGet {
		return false
	}
	switch pattern {
	case nodeapi.DatasetsPath, nodeapi.HealthPath, nodeapi.MetricsPath:
		return true
	case nodeapi.AttestationPath:
		vs, err := url.ParseQuery(q)
		if err != nil {
			return true // the handler reads what Go's query parser kept
		}
		s := vs.Get("nonce")
		if s == "" {
			return true
		}
		_, err = nodeapi.ParseHash(s)
		return err == nil
	}
	return false
}

// FuzzNodeAPI sends malformed and oversized paths, queries, headers and
// bodies to every route of the node API: the handler never panics, never
// succeeds on garbage and answers every refusal with a 4xx and a reason.
//
// Each input picks a route (sel) and fills its path wildcards with seg1 and
// seg2; a sel past the routes sends raw as the whole path instead. The
// method is the route's, or another one when flip is set.
func FuzzNodeAPI(f *testing.F) {
	n := newTestNode(f)
	h := n.Handler()
	routes := n.Routes()
	hash := common.Hash{1}.Hex()
	for i := range routes {
		f.Add(uint8(i), false, hash, "0", "", []byte(`{}`))
	}
	f.Add(uint8(0), false, "", "", "nonce="+hash, []byte(nil))
	f.Add(uint8(0), false, "", "", "nonce=0x12", []byte(nil))
	f.Add(uint8(3), false, hash, "", "", []byte(`{"task":"`+hash+`","enclave":"0x0000000000000000000000000000000000000001","ciphertext":"0x01"}`))
	f.Add(uint8(6), false, hash, "-1", "to=0xzz", []byte(nil))
	f.Add(uint8(2), true, "", "", "", []byte(`{"id":1}`))
	// Documents of the right shape that the node must still refuse: a
	// task whose id is not its hash, a grant to another enclave.
	task, err := json.Marshal(&nodeapi.Task{ID: common.Hash{2}, Owner: common.Address{3}, PricePerRecord: big.NewInt(1), ResultKey: []byte{1},
		Spec:        train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1},
		Assignments: []nodeapi.Assignment{{Enclave: n.Enclave(), Node: "http://127.0.0.1:1", Datasets: []common.Hash{{4}}}}})
	require.NoError(f, err)
	f.Add(uint8(2), false, "", "", "", task)
	g, err := json.Marshal(&grant.Grant{ChainID: 1337, Contract: common.Address{1}, Dataset: common.Hash{2}, Owner: common.Address{3},
		Enclave: common.Address{4}, Policy: grant.Policy{Kinds: []string{"train/softmax"}, Epsilon: 1}, Expiry: 1, Nonce: big.NewInt(0),
		WrappedKey: []byte{1}, Signature: make([]byte, 65)})
	require.NoError(f, err)
	f.Add(uint8(1), false, "", "", "", g)
	f.Add(uint8(200), false, "v1/tasks/../attestation", "", "", []byte(nil))
	f.Add(uint8(201), false, "v1//grants", "", "", []byte(`[]`))
	methods := []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete}
	f.Fuzz(func(t *testing.T, sel uint8, flip bool, seg1, seg2, query string, body []byte) {
		var method, target, pattern string
		if int(sel) < len(routes) {
			rt := routes[sel]
			method, pattern = rt.Method, rt.Pattern
			if flip {
				method = methods[(len(seg1)+1)%len(methods)]
			}
			target = strings.NewReplacer("{id}", url.PathEscape(seg1), "{round}", url.PathEscape(seg2)).Replace(pattern)
		} else {
			method = methods[int(sel)%len(methods)]
			target = "/" + seg1
		}
		if query != "" {
			target += "?" + query
		}
		hdr := http.Header{"Content-Type": {"application/json"}}
		if len(seg2) > 0 && seg2[0]%2 == 0 {
			// A signed-request lookalike: the headers are there, the
			// signature is not the signer's.
			hdr.Set(nodeapi.HeaderSigner, "0x0000000000000000000000000000000000000001")
			hdr.Set(nodeapi.HeaderTimestamp, "1")
			hdr.Set(nodeapi.HeaderNonce, seg2)
			hdr.Set(nodeapi.HeaderSignature, "0x"+strings.Repeat("00", 65))
		}
		rec := serve(h, method, target, bytes.NewReader(body), hdr)
		if rec.Code == 0 {
			return // not a request a client could send
		}
		code := rec.Code
		if code/100 == 2 {
			if int(sel) >= len(routes) || method != routes[sel].Method || !mayAnswer2xx(method, pattern, query) {
				t.Fatalf("%s %s answered %d for garbage: %.200s", method, target, code, rec.Body.String())
			}
			return
		}
		if code/100 != 4 {
			t.Fatalf("%s %s answered %d, want 4xx: %.200s", method, target, code, rec.Body.String())
		}
		if strings.TrimSpace(rec.Body.String()) == "" {
			t.Fatalf("%s %s answered %d without a reason", method, target, code)
		}
	})
}

// TestNodeAPIOversized: a body one byte over a route's bound is refused
// with 413 before the node parses it, on every route that takes a body.
func TestNodeAPIOversized(t *testing.T) {
	n := newTestNode(t)
	h := n.Handler()
	id := common.Hash{1}.Hex()
	limits := map[string]int64{
		nodeapi.GrantsPath:                             grant.MaxGrantSize,
		nodeapi.GrantBatchPath:                         nodeapi.MaxGrantBatchSize,
		nodeapi.TasksPath:                              nodeapi.MaxTaskSize,
		nodeapi.TasksPath + "/{id}/input":              nodeapi.MaxSealedInputSize,
		nodeapi.TasksPath + "/{id}/reexecution/export": grant.MaxAttestationSize,
		nodeapi.TasksPath + "/{id}/reexecution":        1 << 20,
		nodeapi.MeasurementKeyPath:                     grant.MaxAttestationSize,
	}
	for _, rt := range n.Routes() {
		if rt.Method != http.MethodPost {
			continue
		}
		limit, ok := limits[rt.Pattern]
		require.True(t, ok, "POST %s takes a body: give its bound here", rt.Pattern)
		t.Run(rt.Pattern, func(t *testing.T) {
			target := strings.ReplaceAll(rt.Pattern, "{id}", id)
			body := io.MultiReader(strings.NewReader("{\"x\":\""), io.LimitReader(zeros{}, limit))
			rec := serve(h, http.MethodPost, target, body, nil)
			require.Equal(t, http.StatusRequestEntityTooLarge, rec.Code, rec.Body.String())
			require.Contains(t, rec.Body.String(), "too large")
		})
	}
}

// zeros reads as an endless run of '0'.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

// testSpec is the workload of the node tests' enclaves.
var testSpec = train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1,
	DP: &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 1}}

// newSimEnclave starts a dev chain of its own that trusts a sim authority
// seeded with label, and returns it with an operator account holding
// tokens MEMO (funded, not staked) and a sim enclave of testSpec for that
// operator (not registered).
func newSimEnclave(ctx context.Context, tb testing.TB, label string, tokens *big.Int) (*devnet.Chain, *chain.Client, *enclave.Sim) {
	tb.Helper()
	seed := sha256.Sum256([]byte(label))
	auth, err := sim.New(seed[:])
	require.NoError(tb, err)
	net, err := devnet.New(ctx, devnet.Config{Accounts: 1, Deploy: chain.DeployConfig{SimulatedRootHash: sha256.Sum256(auth.Root().Raw)}})
	require.NoError(tb, err)
	tb.Cleanup(func() { _ = net.Close() })
	op, err := net.NewAccount(ctx, chain.Tokens(1), tokens)
	require.NoError(tb, err)
	dep := net.Deployment()
	e, err := enclave.NewSim(enclave.Config{
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, TaskMarket: dep.TaskMarket, Operator: op.Address(),
		Workload: enclave.Workload{Kind: enclave.Kind(testSpec), ID: testSpec.Hash()}, SealingSecret: bytes.Repeat([]byte{7}, enclave.SealingSecretSize),
		Platform: enclave.NewSimPlatform(auth), Chain: enclave.ChainGrants(op),
		Collateral: func(context.Context) ([]byte, error) {
			c, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour)})
			if err != nil {
				return nil, err
			}
			return json.Marshal(c)
		},
	})
	require.NoError(tb, err)
	return net, op, e
}
