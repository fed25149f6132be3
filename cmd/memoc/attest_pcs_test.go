package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// pcsServer serves the real collateral of attest/testdata quote name on the
// PCS v4 routes, with the real headers, on loopback.
func pcsServer(t *testing.T, name string) (*httptest.Server, http.Handler) {
	t.Helper()
	h := pcs.Handler(mustCollateral(t, name))
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, h
}

// TestAttestVerifyPCS: memoc attest verify --pcs verifies the real quotes
// against a local PCCS serving their collateral, and refuses, each time on
// one line, what a PCS can get wrong.
func TestAttestVerifyPCS(t *testing.T) {
	const at, late = "2025-07-01T00:00:00Z", "2025-08-01T00:00:00Z"
	sgx, _ := pcsServer(t, "sgx_quote")
	tdx, tdxH := pcsServer(t, "tdx_quote")
	outdated, outdatedH := pcsServer(t, "tdx_quote_outdated")
	serve := func(h http.HandlerFunc) string {
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		return srv.URL
	}
	// Asked for the TCB info of b0c06f000000, it serves that of 90c06f000000.
	otherFMSPC := serve(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/tcb") {
			r.URL.RawQuery = "fmspc=90C06F000000"
			outdatedH.ServeHTTP(w, r)
			return
		}
		tdxH.ServeHTTP(w, r)
	})
	// In March 2026 it serves the TCB info of June 2025 (expired July 2025)
	// with the then current QE identity and CRLs.
	staleTCB := serve(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/tcb") {
			tdxH.ServeHTTP(w, r)
			return
		}
		outdatedH.ServeHTTP(w, r)
	})
	garbage := serve(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("<html>maintenance</html>")) })
	hangs := serve(func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	notFound := serve(http.NotFound)

	sgxQ, tdxQ, outQ := attestTestdata("sgx_quote"), attestTestdata("tdx_quote"), attestTestdata("tdx_quote_outdated")
	for _, tc := range []struct {
		name   string
		args   []string
		want   int
		output string
	}{
		{"sgx", []string{"--quote", sgxQ, "--pcs", sgx.URL, "--at", at, "--accept-tcb", "UpToDate,ConfigurationAndSWHardeningNeeded",
			"--mrenclave", "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb"}, exitOK, "VALID"},
		{"sgx status names its flag", []string{"--quote", sgxQ, "--pcs", sgx.URL, "--at", at}, exitFailure,
			"TCB status ConfigurationAndSWHardeningNeeded not accepted (accepted: UpToDate, SWHardeningNeeded) (--accept-tcb changes the accepted statuses)"},
		{"tdx", []string{"--quote", tdxQ, "--pcs", tdx.URL + "/", "--at", at, "--max-collateral-age", "720h"}, exitOK, "UpToDate"},
		{"tdx outdated", []string{"--quote", outQ, "--pcs", outdated.URL, "--at", "2026-03-01T00:00:00Z", "--accept-tcb", "OutOfDate"}, exitOK, "VALID"},
		{"collateral too old", []string{"--quote", tdxQ, "--pcs", tdx.URL, "--at", at, "--max-collateral-age", "24h"}, exitFailure,
			"collateral too old: issued 277h43m57s ago, at most 24h0m0s allowed (--max-collateral-age changes the limit)"},
		{"expired", []string{"--quote", tdxQ, "--pcs", tdx.URL, "--at", late}, exitFailure, "expired at 2025-08-01T00:00:00Z"},
		{"expired TCB info", []string{"--quote", tdxQ, "--pcs", staleTCB, "--at", "2026-03-01T00:00:00Z"}, exitFailure,
			"checking collateral validity: TCB info expired at 2026-03-01T00:00:00Z (valid until 2025-07-19T10:16:03Z)"},
		{"another FMSPC", []string{"--quote", tdxQ, "--pcs", otherFMSPC, "--at", at}, exitFailure,
			"the PCS served TCB info of TDX FMSPC 90c06f000000, asked for TDX FMSPC b0c06f000000"},
		{"another quote's PCS", []string{"--quote", tdxQ, "--pcs", sgx.URL, "--at", at}, exitFailure, "the PCS answered HTTP 404 Not Found (NotFound: no TCB info for this FMSPC)"},
		{"404", []string{"--quote", sgxQ, "--pcs", notFound, "--at", at}, exitFailure, "/sgx/certification/v4/tcb?fmspc=00A067110000: the PCS answered HTTP 404 Not Found"},
		{"garbage", []string{"--quote", sgxQ, "--pcs", garbage, "--at", at}, exitFailure, "decoding the JSON body: malformed collateral"},
		{"hangs", []string{"--quote", sgxQ, "--pcs", hangs, "--at", at, "--pcs-timeout", "100ms", "--pcs-retries", "1"}, exitFailure,
			"(2 attempts): PCS request failed: no answer within 100ms"},
		{"no collateral", []string{"--quote", sgxQ}, exitUsage, `required flag(s) "collateral" not set: give --collateral FILE, or --pcs URL`},
		{"both", []string{"--quote", sgxQ, "--pcs", sgx.URL, "--collateral", attestTestdata("sgx_quote_collateral.json")}, exitUsage, "[collateral pcs]"},
		{"not a URL", []string{"--quote", sgxQ, "--pcs", "localhost:8081"}, exitUsage, "--pcs \"localhost:8081\": want an http(s) base URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := execMemoc(t, nil, append([]string{"attest", "verify"}, tc.args...)...)
			require.Equal(t, tc.want, code, "stdout: %s\nstderr: %s", out, errOut)
			require.Contains(t, out+errOut, tc.output)
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "reason:") {
					t.Log(line)
				}
			}
		})
	}

	t.Run("cache and JSON contract", func(t *testing.T) {
		dir := t.TempDir()
		gone := httptest.NewServer(tdxH)
		requireContract(t, exitOK, "attest", "verify", "--quote", tdxQ, "--pcs", gone.URL, "--pcs-cache", dir, "--at", at)
		files, err := filepath.Glob(filepath.Join(dir, "tdx-b0c06f000000-platform-*.json"))
		require.NoError(t, err)
		require.Len(t, files, 1)
		// The cache answers while current, with the PCS gone ...
		gone.Close()
		requireContract(t, exitOK, "attest", "verify", "--quote", tdxQ, "--pcs", gone.URL, "--pcs-cache", dir, "--at", at)
		// ... but not for another PCS: switching --pcs fetches from it.
		requireContract(t, exitFailure, "attest", "verify", "--quote", tdxQ, "--pcs", notFound, "--pcs-cache", dir, "--at", at)
		requireContract(t, exitFailure, "attest", "verify", "--quote", tdxQ, "--pcs", garbage, "--at", at)
	})
}

func mustCollateral(t *testing.T, name string) *pcs.Collateral {
	t.Helper()
	cj, err := os.ReadFile(attestTestdata(name + "_collateral.json"))
	require.NoError(t, err)
	coll, err := pcs.ParseCollateral(cj)
	require.NoError(t, err)
	return coll
}
