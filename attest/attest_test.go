package attest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

var (
	issued = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	now    = issued.Add(24 * time.Hour)
)

func fixedNow(t time.Time) func() time.Time { return func() time.Time { return t } }

func newAuthority(t testing.TB, b byte) *sim.Authority {
	t.Helper()
	a, err := sim.New(bytes.Repeat([]byte{b}, sim.SeedSize))
	require.NoError(t, err)
	return a
}

func newVerifier(t testing.TB, a *sim.Authority, o sim.CollateralOptions) *verify.Verifier {
	t.Helper()
	if o.Issued.IsZero() {
		o.Issued = issued
	}
	c, err := a.Collateral(o)
	require.NoError(t, err)
	v, err := verify.New(verify.Options{Now: fixedNow(now), TrustedRoots: []*x509.Certificate{a.Root()}, Collateral: c})
	require.NoError(t, err)
	return v
}

func TestReportData(t *testing.T) {
	b := attest.Binding{ChainID: 1337, Registry: [20]byte{1}, Operator: [20]byte{4}, Enclave: [20]byte{2},
		HPKEPublicKey: []byte("hpke"), TLSKeyHash: sha256.Sum256([]byte("tls")), Nonce: [32]byte{3}}
	rd := attest.ReportData(b)
	// Recompute by hand: domain ‖ uint256 chain id ‖ registry ‖ operator ‖
	// enclave ‖ sha256(hpke) ‖ tls key hash ‖ nonce.
	var buf bytes.Buffer
	buf.WriteString("memo-compute/attest/report-data/v2")
	buf.Write(make([]byte, 30))
	buf.Write([]byte{0x05, 0x39})
	buf.Write(b.Registry[:])
	buf.Write(b.Operator[:])
	buf.Write(b.Enclave[:])
	hk := sha256.Sum256(b.HPKEPublicKey)
	buf.Write(hk[:])
	buf.Write(b.TLSKeyHash[:])
	buf.Write(b.Nonce[:])
	want := sha256.Sum256(buf.Bytes())
	require.Equal(t, want[:], rd[:32])
	require.Equal(t, make([]byte, 32), rd[32:])
	require.Equal(t, "memo-compute/attest/report-data/v2", attest.ReportDataDomain)

	// Every field matters.
	for name, mut := range map[string]func(*attest.Binding){
		"chain":                     func(b *attest.Binding) { b.ChainID++ },
		"registry":                  func(b *attest.Binding) { b.Registry[19] ^= 1 },
		"operator":                  func(b *attest.Binding) { b.Operator[0] ^= 1 },
		"enclave":                   func(b *attest.Binding) { b.Enclave[0] ^= 1 },
		"hpke":                      func(b *attest.Binding) { b.HPKEPublicKey = []byte("hpkf") },
		"tls":                       func(b *attest.Binding) { b.TLSKeyHash[31] ^= 1 },
		"nonce":                     func(b *attest.Binding) { b.Nonce[31] ^= 1 },
		"swap operator and enclave": func(b *attest.Binding) { b.Operator, b.Enclave = b.Enclave, b.Operator },
	} {
		c := b
		mut(&c)
		require.NotEqual(t, rd, attest.ReportData(c), name)
	}
}

func TestSimRoundTrip(t *testing.T) {
	a := newAuthority(t, 7)
	v := newVerifier(t, a, sim.CollateralOptions{})
	mr := sha256.Sum256([]byte("workload"))
	rd := attest.ReportData(attest.Binding{ChainID: 1, HPKEPublicKey: []byte("k")})
	good := sim.Report{MREnclave: mr, MRSigner: [32]byte{9}, ISVProdID: 1, ISVSVN: 2, ReportData: rd}
	policy := validate.Policy{MREnclaves: [][32]byte{mr}, ReportData: &rd, MaxCollateralAge: 7 * 24 * time.Hour}

	raw, err := a.Quote(good)
	require.NoError(t, err)
	s, err := attest.Evaluate(context.Background(), raw, v, policy)
	require.NoError(t, err)
	require.True(t, s.Valid)
	require.Equal(t, "UpToDate", s.TCBStatus)
	require.Equal(t, hex.EncodeToString(mr[:]), s.Measurement)
	require.Equal(t, hex.EncodeToString(rd[:]), s.ReportData)
	require.Equal(t, a.Root().Subject.CommonName, s.Root)
	require.Contains(t, s.Root, "Memo Sim SGX Root CA ")
	js, err := json.Marshal(s)
	require.NoError(t, err)
	require.Contains(t, string(js), `"valid":true`)

	debug := good
	debug.Debug = true
	otherRD := good
	otherRD.ReportData[0] ^= 1
	otherMR := good
	otherMR.MREnclave[0] ^= 1

	for _, tc := range []struct {
		name   string
		report sim.Report
		v      *verify.Verifier
		policy validate.Policy
		want   error
	}{
		{"debug", debug, v, policy, validate.ErrDebug},
		{"measurement", otherMR, v, policy, validate.ErrMeasurement},
		{"report data", otherRD, v, policy, validate.ErrReportData},
		{"signer policy: SVN too low", good, v, validate.Policy{Signers: []validate.Signer{{MRSigner: [32]byte{9}, ISVProdID: 1, MinISVSVN: 3}}}, validate.ErrMeasurement},
		{"TDX-only policy", good, v, validate.Policy{MRTDs: [][48]byte{{1}}}, validate.ErrMeasurement},
		{"collateral age", good, v, validate.Policy{MaxCollateralAge: time.Hour}, validate.ErrCollateralAge},
		{"TCB status", good, newVerifier(t, a, sim.CollateralOptions{Status: pcs.OutOfDate}), policy, validate.ErrTCBStatus},
		{"other root", good, newVerifier(t, newAuthority(t, 8), sim.CollateralOptions{}), policy, verify.ErrChain},
		{"Intel root only", good, intelOnly(t, a), policy, verify.ErrChain},
		{"revoked PCK", good, newVerifier(t, a, sim.CollateralOptions{RevokePCK: true}), policy, verify.ErrRevoked},
		{"expired collateral", good, newVerifier(t, a, sim.CollateralOptions{Issued: issued.AddDate(0, -2, 0)}), policy, verify.ErrExpired},
		{"future collateral", good, newVerifier(t, a, sim.CollateralOptions{Issued: now.Add(time.Hour)}), policy, verify.ErrNotYetValid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := a.Quote(tc.report)
			require.NoError(t, err)
			s, err := attest.Evaluate(context.Background(), raw, tc.v, tc.policy)
			require.ErrorIs(t, err, tc.want)
			require.False(t, s.Valid)
			require.NotEmpty(t, s.Reasons)
			t.Log(s.Reasons)
		})
	}

	t.Run("all reasons at once", func(t *testing.T) {
		bad := otherRD
		bad.Debug = true
		bad.MREnclave[0] ^= 1
		raw, err := a.Quote(bad)
		require.NoError(t, err)
		s, err := attest.Evaluate(context.Background(), raw, v, policy)
		require.ErrorIs(t, err, validate.ErrDebug)
		require.ErrorIs(t, err, validate.ErrMeasurement)
		require.ErrorIs(t, err, validate.ErrReportData)
		require.Len(t, s.Reasons, 3)
	})

	t.Run("TCB refusal names the status", func(t *testing.T) {
		raw, err := a.Quote(good)
		require.NoError(t, err)
		_, err = attest.Evaluate(context.Background(), raw, newVerifier(t, a, sim.CollateralOptions{Status: pcs.OutOfDate}), policy)
		var te *validate.TCBStatusError
		require.True(t, errors.As(err, &te))
		require.Equal(t, pcs.OutOfDate, te.Found)
		require.Contains(t, err.Error(), "OutOfDate")
	})
}

func intelOnly(t testing.TB, a *sim.Authority) *verify.Verifier {
	c, err := a.Collateral(sim.CollateralOptions{Issued: issued})
	require.NoError(t, err)
	v, err := verify.New(verify.Options{Now: fixedNow(now), Collateral: c})
	require.NoError(t, err)
	return v
}

func TestEvaluateMalformedQuote(t *testing.T) {
	a := newAuthority(t, 7)
	v := newVerifier(t, a, sim.CollateralOptions{})
	s, err := attest.Evaluate(context.Background(), []byte("not a quote at all, far too short to be one"), v, validate.Policy{})
	require.ErrorIs(t, err, verify.ErrQuote)
	require.False(t, s.Valid)
	require.Len(t, s.Reasons, 1)
	require.NotContains(t, s.Reasons[0], "\n")
}
