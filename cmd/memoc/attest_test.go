package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// runAttestCmd runs the command tree with args and returns stdout and the error.
func runAttestCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	global = globals{logLevel: "warn"}
	cmd := NewRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func attestTestdata(name string) string { return filepath.Join("..", "..", "attest", "testdata", name) }

func TestAttestVerifyRealQuotes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		valid    bool
		contains string
	}{
		{"sgx default policy refuses its TCB status", []string{"--quote", attestTestdata("sgx_quote"), "--collateral", attestTestdata("sgx_quote_collateral.json"), "--at", "2025-07-01T00:00:00Z"}, false, "TCB status ConfigurationAndSWHardeningNeeded not accepted"},
		{"sgx accepted status and measurement", []string{"--quote", attestTestdata("sgx_quote"), "--collateral", attestTestdata("sgx_quote_collateral.json"), "--at", "2025-07-01T00:00:00Z",
			"--accept-tcb", "UpToDate,ConfigurationAndSWHardeningNeeded", "--mrenclave", "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb", "--report-data", "48656c6c6f2c20776f726c6421"}, true, "VALID"},
		{"tdx up to date", []string{"--quote", attestTestdata("tdx_quote"), "--collateral", attestTestdata("tdx_quote_collateral.json"), "--at", "2025-07-01T00:00:00Z"}, true, "UpToDate"},
		{"tdx wrong mrtd", []string{"--quote", attestTestdata("tdx_quote"), "--collateral", attestTestdata("tdx_quote_collateral.json"), "--at", "2025-07-01T00:00:00Z", "--mrtd", string(bytes.Repeat([]byte("ab"), 48))}, false, "MRTD"},
		{"tdx outdated", []string{"--quote", attestTestdata("tdx_quote_outdated"), "--collateral", attestTestdata("tdx_quote_outdated_collateral.json"), "--at", "2026-03-01T00:00:00Z"}, false, "TCB status OutOfDate not accepted"},
		{"expired", []string{"--quote", attestTestdata("tdx_quote"), "--collateral", attestTestdata("tdx_quote_collateral.json"), "--at", "2025-09-01T00:00:00Z"}, false, "expired"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runAttestCmd(t, append([]string{"attest", "verify"}, tc.args...)...)
			if tc.valid {
				require.NoError(t, err, out)
			} else {
				require.ErrorIs(t, err, errInvalidQuote, out)
			}
			require.Contains(t, out, tc.contains)
		})
	}
}

func TestAttestVerifySimJSON(t *testing.T) {
	a, err := sim.New(bytes.Repeat([]byte{3}, sim.SeedSize))
	require.NoError(t, err)
	dir := t.TempDir()
	rd := attest.ReportData(attest.Binding{ChainID: 1337})
	q, err := a.Quote(sim.Report{MREnclave: [32]byte{0xab}, ReportData: rd})
	require.NoError(t, err)
	c, err := a.Collateral(sim.CollateralOptions{Issued: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	cj, err := json.Marshal(c)
	require.NoError(t, err)
	for name, data := range map[string][]byte{"q": q, "c.json": cj, "root.pem": a.RootPEM()} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o600))
	}
	args := []string{"attest", "verify", "--json", "--quote", filepath.Join(dir, "q"), "--collateral", filepath.Join(dir, "c.json"), "--at", "2026-01-02T00:00:00Z"}

	// Without its root the sim quote is refused: production trusts Intel alone.
	out, err := runAttestCmd(t, args...)
	require.ErrorIs(t, err, errInvalidQuote)
	var s summaryView
	require.NoError(t, json.Unmarshal([]byte(out), &s))
	require.False(t, s.Valid)
	require.Contains(t, s.Reasons[0], "not a trusted root")

	out, err = runAttestCmd(t, append(args, "--root", filepath.Join(dir, "root.pem"))...)
	require.NoError(t, err, out)
	require.NoError(t, json.Unmarshal([]byte(out), &s))
	require.True(t, s.Valid)
	require.Equal(t, "UpToDate", s.TCBStatus)
	require.Equal(t, "0xab"+string(bytes.Repeat([]byte("00"), 31)), s.Measurement)
	require.Equal(t, "2026-01-01T00:00:00Z", s.CollateralIssued)
}

func TestAttestUsageAndShow(t *testing.T) {
	_, err := runAttestCmd(t, "attest", "verify", "--quote", "x", "--collateral", "y", "--accept-tcb", "Fine")
	var ue usageError
	require.ErrorAs(t, err, &ue)
	_, err = runAttestCmd(t, "attest", "verify", "--quote", "x", "--collateral", "y", "--at", "yesterday")
	require.ErrorAs(t, err, &ue)
	_, err = runAttestCmd(t, "attest", "verify", "--quote", attestTestdata("nope"), "--collateral", "y")
	require.Error(t, err)

	out, err := runAttestCmd(t, "attest", "show", "--quote", attestTestdata("tdx_quote"))
	require.NoError(t, err)
	require.Contains(t, out, "91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7")
	require.Contains(t, out, "Intel SGX PCK Certificate")
	out, err = runAttestCmd(t, "--json", "attest", "show", "--quote", attestTestdata("sgx_quote"))
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.Equal(t, "SGX", v["tee"])
	require.Equal(t, "0x33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb", v["report"].(map[string]any)["mrenclave"])
	require.Equal(t, "Intel SGX PCK Certificate", v["pckChain"].([]any)[0].(map[string]any)["subject"])
	_, err = runAttestCmd(t, "attest", "show", "--quote", attestTestdata("sgx_quote_collateral.json"))
	require.Error(t, err)
}
