package pcs

import (
	"encoding/asn1"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/abi"
)

// realPCKExtensions returns the SGX extensions of the PCK leaf certificate
// in each real quote of ../testdata, found as verify finds them: quote →
// PEM chain → leaf → extension 1.2.840.113741.1.13.1.
func realPCKExtensions(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, name := range []string{"sgx_quote", "tdx_quote", "tdx_quote_outdated"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(tb, err)
		q, err := abi.ParseQuote(raw)
		require.NoError(tb, err, name)
		chain, err := ParseChain(name, q.CertData)
		require.NoError(tb, err, name)
		var ext []byte
		for _, x := range chain[0].Extensions {
			if x.Id.Equal(OIDSGXExtensions()) {
				ext = x.Value
			}
		}
		require.NotNil(tb, ext, "%s: PCK leaf has no SGX extensions", name)
		out = append(out, ext)
	}
	return out
}

// encodePCKExtensions is the canonical DER of info: the entries
// ParsePCKExtensions reads, in Intel's order, and nothing else.
func encodePCKExtensions(tb testing.TB, info *PCKInfo) []byte {
	tb.Helper()
	raw := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		require.NoError(tb, err)
		return asn1.RawValue{FullBytes: b}
	}
	var tcb []SGXExtension
	for i, svn := range info.Components {
		tcb = append(tcb, SGXExtension{append(append(asn1.ObjectIdentifier{}, OIDTCB()...), i+1), raw(int(svn))})
	}
	tcb = append(tcb, SGXExtension{OIDPCESVN(), raw(int(info.PCESVN))}, SGXExtension{OIDCPUSVN(), raw(info.CPUSVN[:])})
	var exts []SGXExtension
	if info.PPID != nil {
		exts = append(exts, SGXExtension{OIDPPID(), raw(info.PPID)})
	}
	exts = append(exts,
		SGXExtension{OIDTCB(), raw(tcb)},
		SGXExtension{OIDPCEID(), raw(info.PCEID[:])},
		SGXExtension{OIDFMSPC(), raw(info.FMSPC[:])},
	)
	b, err := asn1.Marshal(exts)
	require.NoError(tb, err)
	return b
}

func TestParseRealPCKExtensions(t *testing.T) {
	for _, ext := range realPCKExtensions(t) {
		info, err := ParsePCKExtensions(ext)
		require.NoError(t, err)
		require.Len(t, info.PPID, 16)
		require.NotEqual(t, [6]byte{}, info.FMSPC)
		back, err := ParsePCKExtensions(encodePCKExtensions(t, info))
		require.NoError(t, err)
		require.Equal(t, info, back)
	}
}

// FuzzParsePCKExtensions checks that no input panics the parser of a PCK
// certificate's SGX extensions, that refusals are ErrMalformed or
// ErrNoSGXExtensions, and that whatever parses has the fixed-size fields
// Intel defines and survives a canonical re-encoding unchanged.
func FuzzParsePCKExtensions(f *testing.F) {
	for _, ext := range realPCKExtensions(f) {
		f.Add(ext)
		f.Add(ext[:len(ext)/2])
		f.Add(ext[:len(ext)-1])
	}
	f.Add([]byte{0x30, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		info, err := ParsePCKExtensions(b)
		if err != nil {
			require.Nil(t, info)
			require.True(t, errors.Is(err, ErrMalformed) || errors.Is(err, ErrNoSGXExtensions), "unexpected error class: %v", err)
			return
		}
		require.True(t, info.PPID == nil || len(info.PPID) == 16, "PPID of %d bytes", len(info.PPID))
		again, err := ParsePCKExtensions(b)
		require.NoError(t, err)
		require.Equal(t, info, again, "one reading per input")
		back, err := ParsePCKExtensions(encodePCKExtensions(t, info))
		require.NoError(t, err)
		require.Equal(t, info, back)
	})
}

// TestOIDsImmutable changes every OID a caller can get and checks that the
// parser still finds the same fields: the OIDs it matches are its own.
func TestOIDsImmutable(t *testing.T) {
	ext := realPCKExtensions(t)[0]
	want, err := ParsePCKExtensions(ext)
	require.NoError(t, err)
	for _, oid := range []asn1.ObjectIdentifier{OIDSGXExtensions(), OIDPPID(), OIDTCB(), OIDPCEID(), OIDFMSPC(), OIDSGXType(), OIDCPUSVN(), OIDPCESVN()} {
		oid[len(oid)-1] = 99
	}
	got, err := ParsePCKExtensions(ext)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}, OIDFMSPC())
}
