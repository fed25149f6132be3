package dashboard_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// Browser tests drive Debian's chromium (apt-get install chromium; .ci/run
// installs it) headless through chromedp. Without chromium they skip,
// unless CI is set: then a missing browser fails the run.

// artifactsEnv names the directory screenshots are written to (a
// temporary directory of the test if unset).
const artifactsEnv = "DASHBOARD_ARTIFACTS"

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed but CI is set: the browser tests must run in CI (apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed: apt-get install -y chromium to run the browser tests (CI installs it)")
	return ""
}

func artifacts(t *testing.T) string {
	dir := os.Getenv(artifactsEnv)
	if dir == "" {
		return t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// browser is one headless chromium; each tab collects the console errors
// and uncaught exceptions of its pages.
type browser struct {
	ctx context.Context
}

func newBrowser(t *testing.T) *browser {
	if testing.Short() {
		t.Skip("browser tests are long: not with -short")
	}
	exe := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("headless", "new"), chromedp.DisableGPU, chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	require.NoError(t, chromedp.Run(ctx)) // start the browser
	return &browser{ctx: ctx}
}

type tab struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func (b *browser) tab(t *testing.T) *tab {
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	tb := &tab{ctx: ctx}
	chromedp.ListenTarget(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value))
				}
				tb.errors = append(tb.errors, "console: "+strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			tb.errors = append(tb.errors, "exception: "+e.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.LevelError {
				tb.errors = append(tb.errors, "log: "+e.Entry.Text+" "+e.Entry.URL)
			}
		}
	})
	require.NoError(t, chromedp.Run(ctx, cdplog.Enable(), runtime.Enable()))
	return tb
}

func (tb *tab) takeErrors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	e := tb.errors
	tb.errors = nil
	return e
}

// TestBrowserPages loads every page in chromium: no console error, the
// numbers the chain holds, no horizontal scrolling of the page at phone
// width (wide tables scroll in their own box), and a screenshot of each at
// desktop and phone width.
func TestBrowserPages(t *testing.T) {
	b := newBrowser(t)
	d := runDemo(t)
	_, srv := newServer(t, d, nil)
	ctx := context.Background()
	dir := artifacts(t)
	id := d.rep.Fees.Task.ID
	owner := d.rep.UserReports[0]
	enclave := d.rep.NodeReports[0].Enclave
	info, err := d.ro.Enclave(ctx, enclave)
	require.NoError(t, err)
	st, err := d.ro.StakeOf(ctx, info.Operator)
	require.NoError(t, err)
	task, err := d.ro.Task(ctx, id)
	require.NoError(t, err)
	for _, p := range []struct {
		name, path, selector, want string
	}{
		{"cluster", "/", `a[href="/node/` + enclave.Hex() + `"]`, chain.FormatMEMO(st.Staked)},
		{"tasks", "/tasks", `a[href="/task/` + fmt.Sprint(id) + `"]`, chain.FormatMEMO(task.Fee)},
		{"task", fmt.Sprintf("/task/%d", id), "ol.timeline", task.DatasetHash.Hex()},
		{"owner", "/owner/" + owner.Address.Hex(), "svg.chart", fmt.Sprintf("%.3f ✓", owner.LedgerEpsilon)},
		{"node", "/node/" + enclave.Hex(), "p.verdict", info.Measurement.Hex()},
		{"training", fmt.Sprintf("/training/%d", id), "svg.chart", "(warm start)"},
	} {
		t.Run(p.name, func(t *testing.T) {
			tb := b.tab(t)
			var text string
			var wide bool
			var shot, phone []byte
			require.NoError(t, chromedp.Run(tb.ctx,
				chromedp.Navigate(srv.URL+p.path),
				chromedp.WaitVisible(p.selector, chromedp.ByQuery),
				chromedp.Text("main", &text, chromedp.ByQuery),
				chromedp.FullScreenshot(&shot, 100),
				emulation.SetDeviceMetricsOverride(390, 844, 3, true),
				chromedp.Reload(),
				chromedp.WaitVisible("main", chromedp.ByQuery),
				chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth + 1`, &wide),
				chromedp.FullScreenshot(&phone, 100),
			))
			require.Contains(t, text, p.want, "the page shows what the chain holds")
			require.False(t, wide, "the page scrolls sideways at phone width")
			require.Empty(t, tb.takeErrors(), "console errors")
			require.NoError(t, os.WriteFile(filepath.Join(dir, p.name+".png"), shot, 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, p.name+"-phone.png"), phone, 0o644))
		})
	}
	t.Logf("screenshots in %s", dir)
}

// testProvider is an EIP-1193 provider injected before the page's
// scripts: it answers eth_requestAccounts with the owner and hands
// eth_signTypedData_v4 to the test (a CDP binding), which signs with the
// owner's key, as a wallet would.
const testProvider = `(() => {
  const pending = new Map();
  let next = 0;
  window.__memoResolve = (id, sig, err) => {
    const p = pending.get(id); pending.delete(id);
    if (err) p.reject(new Error(err)); else p.resolve(sig);
  };
  window.ethereum = {
    isMemoTestProvider: true,
    request: ({ method, params }) => {
      if (method === "eth_requestAccounts" || method === "eth_accounts") return Promise.resolve([%q]);
      if (method === "eth_signTypedData_v4") {
        const id = ++next;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          window.memoTestSign(JSON.stringify({ id, from: params[0], data: params[1] }));
        });
      }
      return Promise.reject(new Error("unsupported method " + method));
    },
  };
})();`

// signTypedData signs eth_signTypedData_v4 data with key, as a wallet does.
func signTypedData(key *ecdsa.PrivateKey, data string) (string, error) {
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(data), &td); err != nil {
		return "", err
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return "", err
	}
	sig, err := crypto.Sign(h, key)
	if err != nil {
		return "", err
	}
	sig[64] += 27
	return hexutil.Encode(sig), nil
}

// TestBrowserRevoke revokes a grant from the owner page through the
// injected wallet, end to end: the page asks for typed data, the wallet
// signs it, the dashboard relays it, the chain records the revocation.
// Without a wallet the page shows the memoc command instead.
func TestBrowserRevoke(t *testing.T) {
	b := newBrowser(t)
	d := runDemo(t)
	ctx := context.Background()
	g := newGrantee(t, d)
	relayer, err := d.c.Devnet().NewAccount(ctx, chain.Tokens(1), nil)
	require.NoError(t, err)
	_, srv := newServer(t, d, relayer)
	dir := artifacts(t)
	owner := g.client.Address()
	row := `tr.grant[data-enclave="` + g.enclave.Hex() + `"]`

	t.Run("without a wallet the command is shown", func(t *testing.T) {
		tb := b.tab(t)
		var hidden bool
		var cmd string
		require.NoError(t, chromedp.Run(tb.ctx,
			chromedp.Navigate(srv.URL+"/owner/"+owner.Hex()),
			chromedp.WaitVisible(row+" .fallback code", chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelector('`+row+` button.revoke').hidden`, &hidden),
			chromedp.Text(row+" .fallback code", &cmd, chromedp.ByQuery),
		))
		require.True(t, hidden, "no wallet, no button")
		require.Equal(t, "memoc user revoke --dataset "+g.dataset.Hex()+" --enclave "+g.enclave.Hex(), cmd)
		require.Empty(t, tb.takeErrors())
	})

	t.Run("the injected wallet signs and the dashboard relays", func(t *testing.T) {
		tb := b.tab(t)
		var signed sync.WaitGroup
		signed.Add(1)
		chromedp.ListenTarget(tb.ctx, func(ev any) {
			e, ok := ev.(*runtime.EventBindingCalled)
			if !ok || e.Name != "memoTestSign" {
				return
			}
			go func() {
				defer signed.Done()
				var req struct {
					ID   int    `json:"id"`
					From string `json:"from"`
					Data string `json:"data"`
				}
				errMsg := ""
				sig := ""
				if err := json.Unmarshal([]byte(e.Payload), &req); err != nil {
					errMsg = err.Error()
				} else if !strings.EqualFold(req.From, owner.Hex()) {
					errMsg = "unknown account " + req.From
				} else if sig, err = signTypedData(g.key, req.Data); err != nil {
					errMsg = err.Error()
				}
				_ = chromedp.Run(tb.ctx, chromedp.Evaluate(fmt.Sprintf("window.__memoResolve(%d, %q, %q)", req.ID, sig, errMsg), nil))
			}()
		})
		var result, state string
		var shot []byte
		rctx, cancel := context.WithTimeout(tb.ctx, time.Minute)
		defer cancel()
		require.NoError(t, chromedp.Run(rctx,
			runtime.AddBinding("memoTestSign"),
			chromedp.ActionFunc(func(ctx context.Context) error {
				_, err := page.AddScriptToEvaluateOnNewDocument(fmt.Sprintf(testProvider, owner.Hex())).Do(ctx)
				return err
			}),
			chromedp.Navigate(srv.URL+"/owner/"+owner.Hex()),
			chromedp.WaitVisible(row+" button.revoke", chromedp.ByQuery),
			chromedp.Click(row+" button.revoke", chromedp.ByQuery),
			// Polled from here: the page's promise waits on the wallet,
			// which this test answers through the same connection.
			chromedp.ActionFunc(func(ctx context.Context) error {
				for {
					if err := chromedp.Text(row+" .result", &result, chromedp.ByQuery).Do(ctx); err != nil {
						return err
					}
					if strings.HasPrefix(result, "Revoked") || strings.HasPrefix(result, "Not revoked") {
						return nil
					}
					if err := chromedp.Sleep(100 * time.Millisecond).Do(ctx); err != nil {
						return err
					}
				}
			}),
			chromedp.FullScreenshot(&shot, 100),
			chromedp.Reload(),
			chromedp.WaitVisible(row, chromedp.ByQuery),
			chromedp.Text(row+" .state", &state, chromedp.ByQuery),
		))
		signed.Wait()
		info, err := d.ro.GrantOf(ctx, g.dataset, g.enclave)
		require.NoError(t, err)
		require.NotZero(t, info.RevokedBlock, "the chain holds the revocation")
		require.Contains(t, result, fmt.Sprintf("Revoked at block %d", info.RevokedBlock))
		require.Equal(t, fmt.Sprintf("revoked at block %d", info.RevokedBlock), state, "the reloaded page reads it from the chain")
		require.Empty(t, tb.takeErrors())
		require.NoError(t, os.WriteFile(filepath.Join(dir, "owner-revoked.png"), shot, 0o644))
	})
}
