package pcs

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func readCollateral(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name+"_collateral.json"))
	require.NoError(t, err)
	return b
}

func TestParseRealCollateral(t *testing.T) {
	for _, tc := range []struct {
		name, tcbID, qeID string
		levels            int
	}{
		{"sgx_quote", "SGX", "QE", 0},
		{"tdx_quote", "TDX", "TD_QE", 0},
		{"tdx_quote_outdated", "TDX", "TD_QE", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCollateral(readCollateral(t, tc.name))
			require.NoError(t, err)
			require.Equal(t, tc.tcbID, c.TCBInfo.ID)
			require.Equal(t, tc.qeID, c.QEIdentity.ID)
			require.NotEmpty(t, c.TCBInfo.TCBLevels)
			require.Len(t, c.PCKCRLIssuerChain, 2)
			require.Len(t, c.TCBInfoIssuerChain, 2)
			if tc.tcbID == "TDX" {
				require.NotNil(t, c.TCBInfo.TDXModule)
				require.NotEmpty(t, c.TCBInfo.TDXModuleIdentities)
			}
		})
	}
}

func TestParseCollateralRejects(t *testing.T) {
	good := readCollateral(t, "sgx_quote")
	var w map[string]string
	require.NoError(t, json.Unmarshal(good, &w))
	with := func(k, v string) []byte {
		m := map[string]string{}
		for a, b := range w {
			m[a] = b
		}
		if v == "" {
			delete(m, k)
		} else {
			m[k] = v
		}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return b
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"not JSON", []byte("{"), ErrMalformed},
		{"unknown field", with("extra", "x"), ErrMalformed},
		{"missing tcb_info", with("tcb_info", ""), ErrMissingField},
		{"missing pck_crl", with("pck_crl", ""), ErrMissingField},
		{"bad CRL hex", with("pck_crl", "zz"), ErrMalformed},
		{"bad CRL DER", with("root_ca_crl", "3000"), ErrMalformed},
		{"short signature", with("tcb_info_signature", "abcd"), ErrMalformed},
		{"PEM garbage", with("tcb_info_issuer_chain", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), ErrMalformed},
		{"not PEM", with("qe_identity_issuer_chain", "hello"), ErrMalformed},
		{"tcb_info version 9", with("tcb_info", strings.Replace(w["tcb_info"], `"version":3`, `"version":9`, 1)), ErrUnsupportedVersion},
		{"unknown status", with("tcb_info", strings.Replace(w["tcb_info"], `"OutOfDate"`, `"Great"`, 1)), ErrUnknownStatus},
		{"qe_identity not JSON", with("qe_identity", "[]"), ErrMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseCollateral(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// FuzzParseCollateral checks that no input panics collateral parsing and
// that whatever parses survives a JSON round trip.
func FuzzParseCollateral(f *testing.F) {
	for _, name := range []string{"sgx_quote", "tdx_quote", "tdx_quote_outdated"} {
		f.Add(readCollateral(f, name))
	}
	f.Add([]byte(`{"tcb_info":"{}"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCollateral(b)
		if err != nil {
			return
		}
		js, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := ParseCollateral(js)
		require.NoError(t, err)
		require.Equal(t, c.TCBInfoRaw, back.TCBInfoRaw)
		require.Equal(t, c.QEIdentityRaw, back.QEIdentityRaw)
	})
}

// TestStatusesIsFresh checks that changing the list one caller gets does not
// change which statuses parse or their order.
func TestStatusesIsFresh(t *testing.T) {
	s := Statuses()
	require.Equal(t, UpToDate, s[0])
	require.Equal(t, Revoked, s[len(s)-1])
	s[0], s[len(s)-1] = Revoked, "Bogus"
	require.Equal(t, UpToDate, Statuses()[0])
	_, err := ParseStatus("Bogus")
	require.ErrorIs(t, err, ErrUnknownStatus)
}
