package abi

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func readQuote(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	return b
}

func TestParseRealQuotes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		version uint16
		tdx     bool
	}{
		{"sgx_quote", 3, false},
		{"tdx_quote", 4, true},
		{"tdx_quote_outdated", 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := readQuote(t, tc.name)
			q, err := ParseQuote(raw)
			require.NoError(t, err)
			require.Equal(t, tc.version, q.Header.Version)
			require.Equal(t, tc.tdx, q.IsTDX())
			require.Equal(t, IntelQEVendorID, q.Header.QEVendorID)
			require.Contains(t, string(q.CertData), "-----BEGIN CERTIFICATE-----")
			// Marshal reproduces the exact bytes.
			again, err := q.Marshal()
			require.NoError(t, err)
			require.Equal(t, hex.EncodeToString(raw), hex.EncodeToString(again))
			t.Logf("debug=%v qe svn=%d pce svn=%d", q.Debug(), q.QEReport.ISVSVN, q.Header.PCESVN)
			if q.TD != nil {
				t.Logf("tee_tcb_svn=%x mrtd=%x", q.TD.TEETCBSVN, q.TD.MRTD)
			} else {
				t.Logf("mrenclave=%x isvprodid=%d", q.SGX.MREnclave, q.SGX.ISVProdID)
			}
		})
	}
}
