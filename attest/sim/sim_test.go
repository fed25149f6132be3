package sim

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
)

var testSeed = bytes.Repeat([]byte{0x5e}, SeedSize)

func TestDeterministicFromSeed(t *testing.T) {
	a, err := New(testSeed)
	require.NoError(t, err)
	b, err := New(testSeed)
	require.NoError(t, err)
	require.Equal(t, a.RootPEM(), b.RootPEM())
	r := Report{MREnclave: [32]byte{1}, ReportData: [64]byte{2}}
	qa, err := a.Quote(r)
	require.NoError(t, err)
	qb, err := b.Quote(r)
	require.NoError(t, err)
	require.Equal(t, qa, qb)

	other, err := New(bytes.Repeat([]byte{1}, SeedSize))
	require.NoError(t, err)
	require.NotEqual(t, a.RootPEM(), other.RootPEM())

	_, err = New([]byte("short"))
	require.ErrorIs(t, err, ErrSeed)
}

func TestMarshalRoundTrip(t *testing.T) {
	a, err := New(testSeed)
	require.NoError(t, err)
	data, err := a.Marshal()
	require.NoError(t, err)
	b, err := Unmarshal(data)
	require.NoError(t, err)
	require.Equal(t, a.RootPEM(), b.RootPEM())

	// A root that does not belong to the seed is refused.
	var e map[string]any
	require.NoError(t, json.Unmarshal(data, &e))
	other, err := NewRandom()
	require.NoError(t, err)
	e["root"] = string(other.RootPEM())
	bad, err := json.Marshal(e)
	require.NoError(t, err)
	_, err = Unmarshal(bad)
	require.ErrorIs(t, err, ErrEncoding)
}

func TestQuoteLayout(t *testing.T) {
	a, err := New(testSeed)
	require.NoError(t, err)
	r := Report{MREnclave: [32]byte{0xaa}, MRSigner: [32]byte{0xbb}, ISVProdID: 7, ISVSVN: 3, Debug: true, ReportData: [64]byte{9, 8, 7}}
	raw, err := a.Quote(r)
	require.NoError(t, err)
	q, err := abi.ParseQuote(raw)
	require.NoError(t, err)
	require.Equal(t, uint16(3), q.Header.Version)
	require.Equal(t, abi.TEETypeSGX, q.Header.TEEType)
	require.Equal(t, r.MREnclave, q.SGX.MREnclave)
	require.Equal(t, r.MRSigner, q.SGX.MRSigner)
	require.Equal(t, r.ISVProdID, q.SGX.ISVProdID)
	require.Equal(t, r.ISVSVN, q.SGX.ISVSVN)
	require.Equal(t, r.ReportData, q.SGX.ReportData)
	require.True(t, q.Debug())

	chain, err := pcs.ParseChain("sim", q.CertData)
	require.NoError(t, err)
	require.Len(t, chain, 3)
	require.True(t, chain[2].Equal(a.Root()))
	var ext []byte
	for _, e := range chain[0].Extensions {
		if e.Id.Equal(pcs.OIDSGXExtensions()) {
			ext = e.Value
		}
	}
	info, err := pcs.ParsePCKExtensions(ext)
	require.NoError(t, err)
	require.Equal(t, FMSPC, info.FMSPC)
	require.Equal(t, PlatformComponents, info.Components)
	require.Equal(t, PlatformPCESVN, info.PCESVN)
}

func TestCollateralJSONRoundTrip(t *testing.T) {
	a, err := New(testSeed)
	require.NoError(t, err)
	c, err := a.Collateral(CollateralOptions{Issued: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	back, err := pcs.ParseCollateral(data)
	require.NoError(t, err)
	require.Equal(t, c.TCBInfoRaw, back.TCBInfoRaw)
	require.Equal(t, FMSPC, back.TCBInfo.FMSPC)
	require.Equal(t, pcs.UpToDate, back.TCBInfo.TCBLevels[0].Status)
	require.Equal(t, QEMRSigner, back.QEIdentity.MRSigner)

	_, err = a.Collateral(CollateralOptions{})
	require.Error(t, err)
}
