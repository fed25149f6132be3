package sim_test

import (
	"bytes"
	"crypto/x509"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// TestQuoteTDVerifies: a sim TD quote verifies, with the authority's TDX
// collateral, by the same verifier as real TDX quotes; SGX collateral is
// refused for it.
func TestQuoteTDVerifies(t *testing.T) {
	a, err := sim.New(bytes.Repeat([]byte{0x7d}, sim.SeedSize))
	require.NoError(t, err)
	issued := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	r := sim.TDReport{MRTD: [48]byte{1, 2, 3}, RTMR: [4][48]byte{{4}, {5}, {6}, {7}}, ReportData: [64]byte{0xda, 0x7a}}
	raw, err := a.QuoteTD(r)
	require.NoError(t, err)

	verifyWith := func(o sim.CollateralOptions) (*verify.Result, error) {
		o.Issued = issued
		col, err := a.Collateral(o)
		require.NoError(t, err)
		v, err := verify.New(verify.Options{Now: func() time.Time { return issued.Add(time.Hour) },
			TrustedRoots: []*x509.Certificate{a.Root()}, Collateral: col})
		require.NoError(t, err)
		return v.Verify(raw)
	}
	res, err := verifyWith(sim.CollateralOptions{TDX: true})
	require.NoError(t, err)
	q := res.Quote
	require.NotNil(t, q.TD)
	require.Equal(t, uint16(4), q.Header.Version)
	require.Equal(t, abi.TEETypeTDX, q.Header.TEEType)
	require.Equal(t, r.MRTD, q.TD.MRTD)
	require.Equal(t, r.RTMR, q.TD.RTMR)
	require.Equal(t, r.ReportData, q.ReportData())
	require.False(t, q.Debug())
	require.Equal(t, pcs.UpToDate, res.TCBStatus)
	require.NoError(t, validate.Validate(res, validate.Policy{MRTDs: [][48]byte{r.MRTD}}))

	_, err = verifyWith(sim.CollateralOptions{})
	require.ErrorIs(t, err, verify.ErrCollateralMismatch, "SGX collateral for a TD quote")
	res, err = verifyWith(sim.CollateralOptions{TDX: true, Status: pcs.OutOfDate})
	require.NoError(t, err)
	require.Equal(t, pcs.OutOfDate, res.TCBStatus)

	r.Debug = true
	raw, err = a.QuoteTD(r)
	require.NoError(t, err)
	res, err = verifyWith(sim.CollateralOptions{TDX: true})
	require.NoError(t, err)
	require.True(t, res.Quote.Debug())
	require.ErrorIs(t, validate.Validate(res, validate.Policy{MRTDs: [][48]byte{r.MRTD}}), validate.ErrDebug)
}
