package dashboard_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/dashboard"
)

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// TestPages serves every page of the demo's chain and checks that each
// shows the numbers the chain holds, read here through the chain client.
func TestPages(t *testing.T) {
	d := runDemo(t)
	_, srv := newServer(t, d, nil)
	ctx := context.Background()
	c := d.ro
	id := d.rep.Fees.Task.ID

	t.Run("cluster", func(t *testing.T) {
		code, body := get(t, srv.URL+"/")
		require.Equal(t, http.StatusOK, code)
		head, err := c.BlockNumber(ctx)
		require.NoError(t, err)
		require.Contains(t, body, "Chain head <strong class=\"head\">")
		for _, n := range d.rep.NodeReports {
			info, err := c.Enclave(ctx, n.Enclave)
			require.NoError(t, err)
			st, err := c.StakeOf(ctx, info.Operator)
			require.NoError(t, err)
			url, err := c.Endpoint(ctx, n.Enclave)
			require.NoError(t, err)
			require.Contains(t, body, "/node/"+n.Enclave.Hex())
			row := rowOf(t, body, "/node/"+n.Enclave.Hex())
			require.Contains(t, row, chain.FormatMEMO(st.Staked), "enclave %s's stake", n.Enclave)
			require.Contains(t, row, url)
			require.Contains(t, row, "block "+fmt.Sprint(info.AttestedBlock))
			require.Contains(t, row, "UpToDate")
		}
		for _, v := range d.rep.VerifierReports {
			st, err := c.StakeOf(ctx, v.Address)
			require.NoError(t, err)
			require.Contains(t, rowOf(t, body, v.Address.Hex()), chain.FormatMEMO(st.Staked))
		}
		require.Contains(t, body, c.Deployment().TaskMarket.Hex())
		require.LessOrEqual(t, head, blockIn(t, body), "the page is read at the head or later")
	})

	t.Run("tasks", func(t *testing.T) {
		code, body := get(t, srv.URL+"/tasks")
		require.Equal(t, http.StatusOK, code)
		task, err := c.Task(ctx, id)
		require.NoError(t, err)
		row := rowOf(t, body, fmt.Sprintf("/task/%d\"", id))
		require.Contains(t, row, chain.FormatMEMO(task.Fee))
		require.Contains(t, row, task.Status.String())
		require.Contains(t, row, "slashed", "the cheating node's result failed")
	})

	t.Run("task", func(t *testing.T) {
		code, body := get(t, srv.URL+fmt.Sprintf("/task/%d", id))
		require.Equal(t, http.StatusOK, code)
		task, err := c.Task(ctx, id)
		require.NoError(t, err)
		require.Contains(t, body, task.DatasetHash.Hex())
		require.Contains(t, body, chain.FormatMEMO(task.UsersClaimed))
		for i := range task.Replication {
			r, err := c.Result(ctx, id, i)
			require.NoError(t, err)
			require.Contains(t, body, fmt.Sprintf("<td class=\"state\">%s</td>", r.State), "slot %d", i)
			cm, err := c.Committee(ctx, id, i)
			require.NoError(t, err)
			for _, m := range cm.Members {
				require.Contains(t, body, m.Hex())
			}
		}
		require.Contains(t, body, "its hash is the one on chain")
		for _, u := range d.rep.UserReports {
			if u.Used {
				require.Contains(t, body, "/owner/"+u.Address.Hex(), "lineage lists owner %s", u.Address)
			}
		}
	})

	t.Run("owner", func(t *testing.T) {
		for _, u := range d.rep.UserReports[:2] {
			code, body := get(t, srv.URL+"/owner/"+u.Address.Hex())
			require.Equal(t, http.StatusOK, code)
			g, err := c.GrantOf(ctx, u.Dataset, u.Enclave)
			require.NoError(t, err)
			row := rowOf(t, body, `data-enclave="`+u.Enclave.Hex()+`"`)
			require.Contains(t, row, fmt.Sprintf("block %d", g.Expiry))
			require.Contains(t, row, g.PolicyHash.Hex())
			require.Contains(t, row, "memoc user revoke --dataset "+u.Dataset.Hex()+" --enclave "+u.Enclave.Hex())
			require.Contains(t, body, "Grant history (2 entries", "the grants to its node and to the standby")
			if u.Used {
				require.Contains(t, body, fmt.Sprintf("%.3f ✓", u.LedgerEpsilon), "ε from the proven ledger")
				require.Contains(t, body, "<svg class=\"chart\"")
				require.Contains(t, body, chain.FormatMEMO(u.Reward)+"</strong> claimed")
			}
		}
	})

	t.Run("node", func(t *testing.T) {
		e := d.rep.NodeReports[0].Enclave
		code, body := get(t, srv.URL+"/node/"+e.Hex())
		require.Equal(t, http.StatusOK, code)
		info, err := c.Enclave(ctx, e)
		require.NoError(t, err)
		require.Contains(t, body, info.Measurement.Hex())
		require.Contains(t, body, info.Operator.Hex())
		require.Contains(t, body, "<strong>Verdict:</strong> trusted")
		require.Contains(t, body, "SGX")
	})

	t.Run("training", func(t *testing.T) {
		code, body := get(t, srv.URL+fmt.Sprintf("/training/%d", id))
		require.Equal(t, http.StatusOK, code)
		require.Contains(t, body, "0 (warm start)")
		require.Contains(t, body, fmt.Sprintf("%.1f%%", 100*d.rep.WarmStart.Accuracy))
		require.Positive(t, d.rep.WarmStart.Loss, "the warm start's test loss is measured")
		require.Contains(t, rowOf(t, body, "0 (warm start)"), fmt.Sprintf("%.3f", d.rep.WarmStart.Loss), "and shown as round 0")
		for _, r := range d.rep.Reference.Rounds {
			require.Contains(t, body, fmt.Sprintf("%.1f%%", 100*r.TestAccuracy))
		}
		require.Equal(t, 2, strings.Count(body, "<svg class=\"chart\""), "accuracy and loss")
	})
}

// rowOf returns the table row of body that holds marker.
func rowOf(t testing.TB, body, marker string) string {
	t.Helper()
	i := strings.Index(body, marker)
	require.GreaterOrEqual(t, i, 0, "no %q on the page", marker)
	start := strings.LastIndex(body[:i], "<tr")
	end := strings.Index(body[i:], "</tr>")
	require.True(t, start >= 0 && end >= 0, "%q is not in a table row", marker)
	return body[start : i+end]
}

// blockIn returns the block the page's footer says it was read at.
func blockIn(t testing.TB, body string) uint64 {
	t.Helper()
	var b uint64
	i := strings.Index(body, `<span id="head">`)
	require.GreaterOrEqual(t, i, 0)
	_, err := fmt.Sscanf(body[i+len(`<span id="head">`):], "%d", &b)
	require.NoError(t, err)
	return b
}

func TestNotFound(t *testing.T) {
	d := runDemo(t)
	_, srv := newServer(t, d, nil)
	nobody := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	for _, tc := range []struct {
		path string
		code int
		says string
	}{
		{"/owner/" + nobody.Hex(), 404, nobody.Hex() + " has granted nothing"},
		{"/node/" + nobody.Hex(), 404, "enclave " + nobody.Hex() + " is not registered"},
		{"/task/999", 404, "task 999 is not on this deployment"},
		{"/training/999", 404, "task 999 is not on this deployment"},
		{"/owner/not-an-address", 400, "owner &#34;not-an-address&#34; is not an address"},
		{"/task/x", 400, "task &#34;x&#34; is not a task number"},
		{"/nowhere", 404, "no page at /nowhere"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			code, body := get(t, srv.URL+tc.path)
			require.Equal(t, tc.code, code)
			require.Contains(t, body, tc.says)
			require.NotContains(t, body, "goroutine")
		})
	}
}

// TestHostileNode registers an enclave whose API URL on chain and whose
// node's answers carry markup: the pages show them as text.
func TestHostileNode(t *testing.T) {
	d := runDemo(t)
	ctx := context.Background()
	const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	hostile := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/healthz":
			fmt.Fprintf(w, `{"status":%q,"block":7,"tasks":1}`, payload)
		default:
			w.WriteHeader(http.StatusTeapot)
			fmt.Fprintf(w, `{"error":%q}`, payload)
		}
	}))
	defer hostile.Close()
	hanging := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer hanging.Close()

	register := func(url string) common.Address {
		op, err := d.c.Devnet().NewAccount(ctx, chain.Tokens(1), chain.Tokens(2000))
		require.NoError(t, err)
		_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
		require.NoError(t, err)
		key, err := crypto.GenerateKey()
		require.NoError(t, err)
		e := crypto.PubkeyToAddress(key.PublicKey)
		hpke := common.Hash(sha256.Sum256([]byte("hostile")))
		sig, err := chain.SignRegistration(key, op.ChainID(), op.Deployment().EnclaveRegistry, chain.RegistrationMessage{Operator: op.Address(), HPKEKeyHash: hpke})
		require.NoError(t, err)
		_, err = op.RegisterEnclave(ctx, chain.Registration{Enclave: e, HPKEKeyHash: hpke, EvidenceHash: crypto.Keccak256Hash([]byte(url)),
			Measurement: d.c.Measurement(), Signature: sig})
		require.NoError(t, err)
		_, err = op.SetEndpoint(ctx, e, url)
		require.NoError(t, err)
		return e
	}
	evil := register(hostile.URL + `/"><script>alert(2)</script>`)
	slow := register(hanging.URL)

	s, err := dashboard.New(dashboard.Options{Chain: d.ro, NodeTimeout: 300 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewServer(s)
	defer srv.Close()
	for _, p := range []string{"/", "/node/" + evil.Hex(), "/node/" + slow.Hex()} {
		code, body := get(t, srv.URL+p) // a hanging node costs the node timeout, never the page
		require.Equal(t, http.StatusOK, code, p)
		require.NotContains(t, body, "<script>", p)
		require.NotContains(t, body, "<img src=x", p)
		require.NotContains(t, body, `"><script`, p)
		if p != "/node/"+slow.Hex() {
			require.Contains(t, body, "&lt;script&gt;alert(2)&lt;/script&gt;", "%s shows the URL as text", p)
		}
	}
	_, body := get(t, srv.URL+"/node/"+slow.Hex())
	require.Contains(t, body, "no answer in time")
}

// TestJump follows the search form: a task number to its task, an
// enclave to its node page, another address to its owner page.
func TestJump(t *testing.T) {
	d := runDemo(t)
	_, srv := newServer(t, d, nil)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for q, want := range map[string]string{
		"1":                                "/task/1",
		"#1":                               "/task/1",
		d.rep.NodeReports[0].Enclave.Hex(): "/node/" + d.rep.NodeReports[0].Enclave.Hex(),
		d.rep.UserReports[0].Address.Hex(): "/owner/" + d.rep.UserReports[0].Address.Hex(),
	} {
		resp, err := noRedirect.Get(srv.URL + "/go?q=" + url.QueryEscape(q))
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusSeeOther, resp.StatusCode, q)
		require.Equal(t, want, resp.Header.Get("Location"), q)
	}
	code, body := get(t, srv.URL+"/go?q=%3Cb%3E")
	require.Equal(t, http.StatusBadRequest, code)
	require.Contains(t, body, "&lt;b&gt;")
}
