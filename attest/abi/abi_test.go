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
			require.Equal(t, IntelQEVendorID(), q.Header.QEVendorID)
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

func TestParseRejects(t *testing.T) {
	sgx := readQuote(t, "sgx_quote")
	tdx := readQuote(t, "tdx_quote")
	mut := func(b []byte, f func([]byte)) []byte {
		c := append([]byte(nil), b...)
		f(c)
		return c
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrTruncated},
		{"header only", sgx[:HeaderSize], ErrTruncated},
		{"truncated body", sgx[:400], ErrTruncated},
		{"truncated signature data", sgx[:len(sgx)-1], ErrTruncated},
		{"oversized", make([]byte, MaxQuoteSize+1), ErrTooLarge},
		{"version 2", mut(sgx, func(b []byte) { b[0] = 2 }), ErrVersion},
		{"v3 claiming TDX", mut(sgx, func(b []byte) { b[4] = 0x81 }), ErrTEEType},
		{"v4 claiming SGX", mut(tdx, func(b []byte) { b[4] = 0 }), ErrTEEType},
		{"key type", mut(sgx, func(b []byte) { b[2] = 3 }), ErrAttestKeyType},
		{"trailing garbage", append(append([]byte(nil), sgx...), 1), ErrTrailingBytes},
		{"non-zero padding", mut(tdx, func(b []byte) { b[len(b)-1] = 1 }), ErrTrailingBytes},
		{"cert type 4", mut(sgx, func(b []byte) {
			q, _ := ParseQuote(sgx)
			off := len(sgx) - len(q.CertData) - 6
			b[off] = 4
		}), ErrCertType},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseQuote(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestV5SGXRoundTrip(t *testing.T) {
	q, err := ParseQuote(readQuote(t, "sgx_quote"))
	require.NoError(t, err)
	q.Header.Version = 5
	b, err := q.Marshal()
	require.NoError(t, err)
	back, err := ParseQuote(b)
	require.NoError(t, err)
	require.Equal(t, BodyTypeSGX, back.BodyType)
	require.Equal(t, q.SGX, back.SGX)
	require.Len(t, back.SignedBytes(), HeaderSize+6+SGXReportSize)
}

// FuzzParseQuote checks that no input panics the parser and that whatever
// parses marshals back to the same bytes (one reading per encoding).
func FuzzParseQuote(f *testing.F) {
	for _, name := range []string{"sgx_quote", "tdx_quote", "tdx_quote_outdated"} {
		b := readQuote(f, name)
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := ParseQuote(b)
		if err != nil {
			return
		}
		again, err := q.Marshal()
		require.NoError(t, err)
		require.Equal(t, b, again)
	})
}
