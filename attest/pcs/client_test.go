package pcs_test

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// real is one real quote of attest/testdata with its collateral, the CA of
// its PCK certificate and a time inside its validity windows.
type real struct {
	name, tee, ca string
	fmspc         string
	at            time.Time
}

var reals = []real{
	{"sgx_quote", "SGX", pcs.CAProcessor, "00a067110000", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)},
	{"tdx_quote", "TDX", pcs.CAPlatform, "b0c06f000000", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)},
	{"tdx_quote_outdated", "TDX", pcs.CAPlatform, "90c06f000000", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
}

func loadReal(t testing.TB, name string) ([]byte, *pcs.Collateral) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	cj, err := os.ReadFile(filepath.Join("..", "testdata", name+"_collateral.json"))
	require.NoError(t, err)
	c, err := pcs.ParseCollateral(cj)
	require.NoError(t, err)
	return raw, c
}

func fmspcOf(t testing.TB, h string) [6]byte {
	b, err := hex.DecodeString(h)
	require.NoError(t, err)
	return [6]byte(b)
}

func fixed(at time.Time) func() time.Time { return func() time.Time { return at } }

// TestClientFetchesRealCollateral: the client reads back, field for field,
// the real collateral a local PCCS serves with the real headers, and verify
// accepts the real quotes with it.
func TestClientFetchesRealCollateral(t *testing.T) {
	for _, r := range reals {
		t.Run(r.name, func(t *testing.T) {
			quote, want := loadReal(t, r.name)
			srv := httptest.NewServer(pcs.Handler(want))
			defer srv.Close()
			c := &pcs.Client{BaseURL: srv.URL, Now: fixed(r.at)}
			got, err := c.GetCollateralCA(context.Background(), r.tee, fmspcOf(t, r.fmspc), r.ca)
			require.NoError(t, err)
			require.Equal(t, want.Wire(), got.Wire())

			res, err := verify.Quote(quote, verify.Options{Now: fixed(r.at), Getter: c})
			require.NoError(t, err)
			require.Equal(t, r.fmspc, hex.EncodeToString(res.FMSPC[:]))
		})
	}
}

// TestClientOlderHeaderAndEncodings: the v3 TCB info header name, a PEM PCK
// CRL and a hex root CA CRL (as PCCS releases serve it) read the same.
func TestClientOlderHeaderAndEncodings(t *testing.T) {
	_, want := loadReal(t, "sgx_quote")
	h := pcs.Handler(want)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/rootcacrl"):
			_, _ = w.Write([]byte(want.Wire().RootCACRL + "\n"))
			return
		case strings.HasSuffix(r.URL.Path, "/pckcrl"):
			q := r.URL.Query()
			q.Set("encoding", "pem")
			r.URL.RawQuery = q.Encode()
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			if k == pcs.TCBInfoIssuerChainHeader {
				k = pcs.SGXTCBInfoIssuerChainHeader
			}
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	}))
	defer srv.Close()
	c := &pcs.Client{BaseURL: srv.URL + "/", Now: fixed(reals[0].at)}
	got, err := c.GetCollateral(context.Background(), "SGX", fmspcOf(t, reals[0].fmspc))
	require.NoError(t, err)
	require.Equal(t, want.Wire(), got.Wire())
}

// TestClientCache: collateral is reused from disk until its nextUpdate and
// fetched afresh after.
func TestClientCache(t *testing.T) {
	r := reals[0]
	_, want := loadReal(t, r.name)
	var hits atomic.Int32
	h := pcs.Handler(want)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		hits.Add(1)
		h.ServeHTTP(w, req)
	}))
	dir := t.TempDir()
	ctx, fmspc := context.Background(), fmspcOf(t, r.fmspc)

	first := &pcs.Client{BaseURL: srv.URL, Cache: &pcs.Cache{Dir: dir}, Now: fixed(r.at)}
	_, err := first.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.NoError(t, err)
	require.EqualValues(t, 4, hits.Load(), "TCB info, QE identity, PCK CRL, root CA CRL")
	_, err = first.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.NoError(t, err)
	require.EqualValues(t, 4, hits.Load(), "kept in memory")
	files, err := filepath.Glob(filepath.Join(dir, "sgx-"+r.fmspc+"-processor-*.json"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	srv.Close()

	// A new client (a new process) reads the disk while current ...
	second := &pcs.Client{BaseURL: srv.URL, Cache: &pcs.Cache{Dir: dir}, Now: fixed(r.at)}
	got, err := second.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.NoError(t, err)
	require.Equal(t, want.Wire(), got.Wire())
	// ... and not after the earliest nextUpdate: the server is down.
	late := &pcs.Client{BaseURL: srv.URL, Cache: &pcs.Cache{Dir: dir}, Now: fixed(pcs.NextUpdate(want))}
	_, err = late.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.ErrorIs(t, err, pcs.ErrFetch)
	// Another FMSPC is another file.
	_, err = second.GetCollateralCA(ctx, r.tee, fmspcOf(t, "b0c06f000000"), r.ca)
	require.ErrorIs(t, err, pcs.ErrFetch)
}

// TestClientCacheKeyedByServer: a client pointed at another PCS (--pcs
// switched) in the same cache directory fetches from it rather than taking,
// until its nextUpdate, what the first server served: here the second rates
// the platform OutOfDate and the first UpToDate. Each is then read back
// from disk by a new client of its own server.
func TestClientCacheKeyedByServer(t *testing.T) {
	a, err := sim.New(bytes.Repeat([]byte{6}, sim.SeedSize))
	require.NoError(t, err)
	issued := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	now := fixed(issued.Add(time.Hour))
	serve := func(st pcs.TCBStatus) (*pcs.Collateral, *httptest.Server, *atomic.Int32) {
		coll, err := a.Collateral(sim.CollateralOptions{Issued: issued, Status: st})
		require.NoError(t, err)
		var hits atomic.Int32
		h := pcs.Handler(coll)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			hits.Add(1)
			h.ServeHTTP(w, req)
		}))
		t.Cleanup(srv.Close)
		return coll, srv, &hits
	}
	upToDate, first, firstHits := serve(pcs.UpToDate)
	outOfDate, second, secondHits := serve(pcs.OutOfDate)
	require.NotEqual(t, upToDate.Wire(), outOfDate.Wire())
	dir := t.TempDir()
	get := func(srv *httptest.Server) *pcs.Collateral {
		c := &pcs.Client{BaseURL: srv.URL, Cache: &pcs.Cache{Dir: dir}, Now: now}
		got, err := c.GetCollateralCA(context.Background(), "SGX", sim.FMSPC, pcs.CAPlatform)
		require.NoError(t, err)
		return got
	}
	require.Equal(t, upToDate.Wire(), get(first).Wire())
	require.Equal(t, outOfDate.Wire(), get(second).Wire(), "the first server's collateral was taken for the second's")
	require.NotZero(t, secondHits.Load())
	fh, sh := firstHits.Load(), secondHits.Load()
	require.Equal(t, upToDate.Wire(), get(first).Wire())
	require.Equal(t, outOfDate.Wire(), get(second).Wire())
	require.Equal(t, fh, firstHits.Load(), "read from disk")
	require.Equal(t, sh, secondHits.Load(), "read from disk")
}

// TestClientRefusals: every bad answer is one line naming what was fetched
// from where and why.
func TestClientRefusals(t *testing.T) {
	r := reals[0]
	_, sgx := loadReal(t, r.name)
	_, outdated := loadReal(t, "tdx_quote_outdated")
	other := pcs.Handler(outdated)
	good := pcs.Handler(sgx)
	var flaky atomic.Int32
	for _, tc := range []struct {
		name    string
		handler http.Handler
		is      error
		says    string
	}{
		{"404", http.NotFoundHandler(), pcs.ErrFetch, "/sgx/certification/v4/tcb?fmspc=00A067110000: the PCS answered HTTP 404 Not Found"},
		{"garbage", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("<html>oops</html>")) }), pcs.ErrMalformed, "decoding the JSON body"},
		{"another FMSPC", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			// Asked for SGX 00a067110000, it answers with TDX 90c06f000000.
			if strings.HasSuffix(req.URL.Path, "/tcb") {
				req.URL.Path, req.URL.RawQuery = "/tdx/certification/v4/tcb", "fmspc=90C06F000000"
			}
			other.ServeHTTP(w, req)
		}), pcs.ErrPlatform, "the PCS served TCB info of TDX FMSPC 90c06f000000, asked for SGX FMSPC 00a067110000"},
		{"no issuer chain", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			rec := httptest.NewRecorder()
			good.ServeHTTP(rec, req)
			_, _ = w.Write(rec.Body.Bytes())
		}), pcs.ErrMissingField, "TCB-Info-Issuer-Chain or SGX-TCB-Info-Issuer-Chain"},
		{"garbage CRL", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			if strings.HasSuffix(req.URL.Path, "/pckcrl") {
				w.Header().Set(pcs.PCKCRLIssuerChainHeader, "x")
				_, _ = w.Write([]byte("not a CRL"))
				return
			}
			good.ServeHTTP(w, req)
		}), pcs.ErrMalformed, "fetching PCK CRL from"},
		{"hangs", http.HandlerFunc(func(_ http.ResponseWriter, req *http.Request) { <-req.Context().Done() }), pcs.ErrFetch, "(2 attempts): PCS request failed: no answer within 50ms"},
		{"500 for good", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Error-Code", "InternalError")
			w.WriteHeader(http.StatusInternalServerError)
		}), pcs.ErrFetch, "(2 attempts): the PCS answered HTTP 500 Internal Server Error (InternalError)"},
		{"503 once, then fine", http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			if flaky.Add(1) == 1 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			good.ServeHTTP(w, req)
		}), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			c := &pcs.Client{BaseURL: srv.URL, Timeout: 50 * time.Millisecond, Retries: 1, Backoff: time.Millisecond, Now: fixed(r.at)}
			_, err := c.GetCollateralCA(context.Background(), r.tee, fmspcOf(t, r.fmspc), r.ca)
			if tc.is == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.is)
			require.Contains(t, err.Error(), tc.says)
			require.NotContains(t, err.Error(), "\n")
			t.Log(err)
		})
	}
}

// FuzzClient feeds arbitrary PCS answers to the client: it refuses or
// returns collateral, and never panics.
func FuzzClient(f *testing.F) {
	_, sgx := loadReal(f, "sgx_quote")
	w := sgx.Wire()
	f.Add([]byte(`{"tcbInfo":`+w.TCBInfo+`,"signature":"`+w.TCBInfoSignature+`"}`), []byte(w.PCKCRL), "%2D")
	f.Add([]byte(`{"tcbInfo":{},"signature":""}`), []byte("-----BEGIN X509 CRL-----\n-----END X509 CRL-----"), "-----BEGIN%20CERTIFICATE-----")
	f.Fuzz(func(t *testing.T, body, crl []byte, chain string) {
		h := pcs.Handler(sgx)
		srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, req *http.Request) {
			switch {
			case strings.HasSuffix(req.URL.Path, "/tcb"):
				rw.Header().Set(pcs.TCBInfoIssuerChainHeader, strings.Map(func(r rune) rune {
					if r < ' ' || r >= 0x7f {
						return -1
					}
					return r
				}, chain))
				_, _ = rw.Write(body)
			case strings.HasSuffix(req.URL.Path, "/rootcacrl"):
				_, _ = rw.Write(crl)
			default:
				h.ServeHTTP(rw, req)
			}
		}))
		defer srv.Close()
		c := &pcs.Client{BaseURL: srv.URL, Timeout: time.Second, Now: fixed(reals[0].at)}
		_, _ = c.GetCollateralCA(context.Background(), "SGX", fmspcOf(t, reals[0].fmspc), pcs.CAProcessor)
	})
}

// rewrite sends every request to the test server srv, whatever its host.
type rewrite struct{ srv *httptest.Server }

func (rw rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("X-Original-Host", req.URL.Host)
	req.URL.Scheme, req.URL.Host = "http", strings.TrimPrefix(rw.srv.URL, "http://")
	return http.DefaultTransport.RoundTrip(req)
}

// TestClientRootCACRL: without a rootcacrl route (Intel's PCS) the root CA
// CRL comes from the distribution point the intermediate CA names; with
// RootCACRLURL it comes from there.
func TestClientRootCACRL(t *testing.T) {
	r := reals[0]
	_, want := loadReal(t, r.name)
	der, err := hex.DecodeString(want.Wire().RootCACRL)
	require.NoError(t, err)
	h := pcs.Handler(want)
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		switch {
		case strings.HasSuffix(req.URL.Path, "/rootcacrl"):
			http.NotFound(w, req)
		case req.Header.Get("X-Original-Host") == "certificates.trustedservices.intel.com" || req.URL.Path == "/crl/root.der":
			asked = append(asked, req.Header.Get("X-Original-Host")+req.URL.Path)
			_, _ = w.Write(der)
		default:
			h.ServeHTTP(w, req)
		}
	}))
	defer srv.Close()
	ctx, fmspc := context.Background(), fmspcOf(t, r.fmspc)

	c := &pcs.Client{BaseURL: "https://pcs.example", HTTP: &http.Client{Transport: rewrite{srv}}, Now: fixed(r.at)}
	got, err := c.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.NoError(t, err)
	require.Equal(t, want.Wire(), got.Wire())
	require.Equal(t, []string{"certificates.trustedservices.intel.com/IntelSGXRootCA.der"}, asked)

	asked = nil
	c = &pcs.Client{BaseURL: srv.URL, RootCACRLURL: srv.URL + "/crl/root.der", Now: fixed(r.at)}
	got, err = c.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.NoError(t, err)
	require.Equal(t, want.Wire(), got.Wire())
	require.Len(t, asked, 1)

	// A RootCACRLURL that answers 404 is the reason: no fallback.
	c = &pcs.Client{BaseURL: srv.URL, RootCACRLURL: srv.URL + "/sgx/certification/v4/rootcacrl", Now: fixed(r.at)}
	_, err = c.GetCollateralCA(ctx, r.tee, fmspc, r.ca)
	require.ErrorIs(t, err, pcs.ErrFetch)
	require.Contains(t, err.Error(), "fetching root CA CRL from "+srv.URL+"/sgx/certification/v4/rootcacrl: the PCS answered HTTP 404")
}

// TestClientCRLForms: a CRL is read as DER (byte for byte, whatever its
// last byte), PEM or hex; anything else is refused.
func TestClientCRLForms(t *testing.T) {
	_, sgx := loadReal(t, "sgx_quote")
	der, err := hex.DecodeString(sgx.Wire().PCKCRL)
	require.NoError(t, err)
	pemCRL := "-----BEGIN X509 CRL-----\n" + wrap64(t, der) + "-----END X509 CRL-----\n"
	for _, tc := range []struct {
		name string
		body []byte
		ok   bool
	}{
		{"der", der, true},
		{"pem", []byte(pemCRL), true},
		{"hex", []byte(" " + sgx.Wire().PCKCRL + "\r\n"), true},
		{"der plus a byte", append(append([]byte{}, der...), ' '), false},
		{"pem of a certificate", []byte(strings.ReplaceAll(pemCRL, "X509 CRL", "CERTIFICATE")), false},
		{"empty", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := pcs.Handler(sgx)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
				if strings.HasSuffix(req.URL.Path, "/rootcacrl") {
					_, _ = w.Write(tc.body)
					return
				}
				h.ServeHTTP(w, req)
			}))
			defer srv.Close()
			// The PCK CRL stands in for the root CA CRL: the client parses, verify would refuse it.
			c := &pcs.Client{BaseURL: srv.URL, Now: fixed(reals[0].at)}
			got, err := c.GetCollateralCA(context.Background(), "SGX", fmspcOf(t, reals[0].fmspc), pcs.CAProcessor)
			if !tc.ok {
				require.ErrorIs(t, err, pcs.ErrMalformed)
				require.Contains(t, err.Error(), "fetching root CA CRL from")
				return
			}
			require.NoError(t, err)
			require.Equal(t, sgx.Wire().PCKCRL, got.Wire().RootCACRL)
		})
	}
}

func wrap64(t *testing.T, der []byte) string {
	t.Helper()
	var b strings.Builder
	enc := base64.StdEncoding.EncodeToString(der)
	for len(enc) > 64 {
		b.WriteString(enc[:64] + "\n")
		enc = enc[64:]
	}
	b.WriteString(enc + "\n")
	return b.String()
}

// TestClientSimCollateral: a dev chain's sim collateral, served by Handler,
// is fetched and verifies sim quotes under the sim root, concurrently and
// with one fetch.
func TestClientSimCollateral(t *testing.T) {
	a, err := sim.New(bytes.Repeat([]byte{5}, sim.SeedSize))
	require.NoError(t, err)
	issued := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	coll, err := a.Collateral(sim.CollateralOptions{Issued: issued})
	require.NoError(t, err)
	var hits atomic.Int32
	h := pcs.Handler(coll)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		hits.Add(1)
		h.ServeHTTP(w, req)
	}))
	defer srv.Close()
	now := fixed(issued.Add(time.Hour))
	c := &pcs.Client{BaseURL: srv.URL, Now: now}
	_, err = c.GetCollateralCA(context.Background(), "SGX", sim.FMSPC, pcs.CAPlatform)
	require.NoError(t, err)
	v, err := verify.New(verify.Options{Now: now, TrustedRoots: []*x509.Certificate{a.Root()}, Getter: c})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			q, err := a.Quote(sim.Report{MREnclave: [32]byte{byte(i)}})
			if err == nil {
				_, err = v.Verify(q)
			}
			assert.NoError(t, err)
		})
	}
	wg.Wait()
	require.EqualValues(t, 4, hits.Load(), "one fetch of each of the four routes")
}
