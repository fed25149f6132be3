package enclave

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
)

// These tests drive the hardware backends against directory trees laid out
// like the real devices (Gramine's /dev/attestation, the configfs-tsm report
// directory), with the quote placed where the hardware would put it. A file
// tree cannot answer a write, so each test places the quote over the report
// data it then asks for. They test everything up to the device files; the
// devices themselves need SGX or TDX hardware, which CI does not have.

var hwMREnclave = sha256.Sum256([]byte("memo-compute/enclave/test gramine enclave"))

// fakeGramine lays out Gramine's /dev/attestation under a temp dir.
func fakeGramine(t testing.TB, attestationType string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "keys"), 0o700))
	for name, b := range map[string][]byte{
		gramineAttestationType: []byte(attestationType),
		gramineUserReportData:  nil,
		gramineQuote:           nil,
		gramineSealKey:         bytes.Repeat([]byte{0x5e}, 16),
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o600))
	}
	return dir
}

// gramineQuoteFor places a sim-signed SGX quote over rd where Gramine would
// put it.
func gramineQuoteFor(t *testing.T, dir string, auth *sim.Authority, rd [64]byte, debug bool) {
	t.Helper()
	q, err := auth.Quote(sim.Report{MREnclave: hwMREnclave, MRSigner: SimMRSigner, ISVProdID: 3, ISVSVN: 2, Debug: debug, ReportData: rd})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, gramineQuote), q, 0o600))
}

func testAuthority(t *testing.T) *sim.Authority {
	t.Helper()
	auth, err := sim.New(bytes.Repeat([]byte{9}, sim.SeedSize))
	require.NoError(t, err)
	return auth
}

func TestGraminePlatform(t *testing.T) {
	auth := testAuthority(t)
	dir := fakeGramine(t, "dcap\n")
	gramineQuoteFor(t, dir, auth, PlatformProbe(), false)

	p, err := NewGraminePlatform(dir)
	require.NoError(t, err)
	id, q, err := p.Launch(testWorkload, false)
	require.NoError(t, err)
	require.Equal(t, Report{MREnclave: hwMREnclave, MRSigner: SimMRSigner, ISVProdID: 3, ISVSVN: 2}, id, "the identity is read from the quote")
	written, err := os.ReadFile(filepath.Join(dir, gramineUserReportData))
	require.NoError(t, err)
	probe := PlatformProbe()
	require.Equal(t, probe[:], written, "the probe went to user_report_data")

	rd := [64]byte{1, 2, 3}
	gramineQuoteFor(t, dir, auth, rd, false)
	raw, err := q.Quote(rd)
	require.NoError(t, err)
	parsed, err := abi.ParseQuote(raw)
	require.NoError(t, err)
	require.Equal(t, rd, parsed.ReportData())
	written, err = os.ReadFile(filepath.Join(dir, gramineUserReportData))
	require.NoError(t, err)
	require.Equal(t, rd[:], written)

	t.Run("sealing secret", func(t *testing.T) {
		s1, err := p.SealingSecret()
		require.NoError(t, err)
		require.Len(t, s1, SealingSecretSize)
		s2, err := p.SealingSecret()
		require.NoError(t, err)
		require.Equal(t, s1, s2, "the same enclave on the same CPU derives the same secret")
		require.NoError(t, os.WriteFile(filepath.Join(dir, gramineSealKey), bytes.Repeat([]byte{0x77}, 16), 0o600))
		s3, err := p.SealingSecret()
		require.NoError(t, err)
		require.NotEqual(t, s1, s3, "another MRENCLAVE sealing key, another secret")
		require.NoError(t, os.WriteFile(filepath.Join(dir, gramineSealKey), []byte("short"), 0o600))
		_, err = p.SealingSecret()
		require.ErrorIs(t, err, ErrPlatform)
	})
}

// TestGramineEnclaveAttests launches an enclave on the fake Gramine device,
// places the quote over the report data its attestation binds, and has
// grant.VerifyNode accept the document (the sim root standing in for
// Intel's): the whole path a Gramine node's attestation takes.
func TestGramineEnclaveAttests(t *testing.T) {
	ctx := context.Background()
	auth := testAuthority(t)
	dir := fakeGramine(t, "dcap")
	gramineQuoteFor(t, dir, auth, PlatformProbe(), false)
	p, err := NewGraminePlatform(dir)
	require.NoError(t, err)
	secret, err := p.SealingSecret()
	require.NoError(t, err)
	issued := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cfg := testConfig(newMemChain(), p, secret)
	cfg.Collateral = func(context.Context) ([]byte, error) {
		col, err := auth.Collateral(sim.CollateralOptions{Issued: issued})
		if err != nil {
			return nil, err
		}
		return json.Marshal(col)
	}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	require.Equal(t, common.Hash(hwMREnclave), e.Measurement(), "the measurement is MRENCLAVE from the hardware's quote")

	nonce := common.Hash{0xaa}
	rd := attest.ReportData(attest.Binding{ChainID: cfg.ChainID, Registry: cfg.Registry, Operator: cfg.Operator,
		Enclave: e.Address(), HPKEPublicKey: e.HPKEPublicKey(), Nonce: nonce})
	gramineQuoteFor(t, dir, auth, rd, false)
	doc, err := e.Attest(ctx, nonce)
	require.NoError(t, err)
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify:  verify.Options{Now: func() time.Time { return issued.Add(time.Hour) }, TrustedRoots: []*x509.Certificate{auth.Root()}},
		Policy:  validate.Policy{MREnclaves: [][32]byte{hwMREnclave}},
		ChainID: cfg.ChainID, Registry: cfg.Registry, DataGrants: cfg.DataGrants, Nonce: nonce,
		Operator: func(context.Context, common.Address) (common.Address, error) { return cfg.Operator, nil },
	})
	require.NoError(t, err)
	require.Equal(t, common.Hash(hwMREnclave), n.Measurement())

	// Sealed under the MRENCLAVE sealing key, the state opens in the same
	// enclave relaunched, not under another key.
	blob, err := e.Seal()
	require.NoError(t, err)
	gramineQuoteFor(t, dir, auth, PlatformProbe(), false)
	again, err := NewSim(testConfig(newMemChain(), p, secret))
	require.NoError(t, err)
	require.NoError(t, again.Unseal(blob))
	require.Equal(t, e.Address(), again.Address())
	other, err := NewSim(testConfig(newMemChain(), p, bytes.Repeat([]byte{1}, SealingSecretSize)))
	require.NoError(t, err)
	require.ErrorIs(t, other.Unseal(blob), ErrUnseal)
}

func TestGramineRefusals(t *testing.T) {
	auth := testAuthority(t)

	t.Run("missing device", func(t *testing.T) {
		_, err := NewGraminePlatform(filepath.Join(t.TempDir(), "attestation"))
		require.ErrorIs(t, err, ErrNoDevice)
		require.ErrorContains(t, err, "Gramine-SGX")
		require.ErrorContains(t, err, `sgx.remote_attestation = "dcap"`)
	})
	for _, typ := range []string{"none", "epid", ""} {
		t.Run("attestation type "+typ, func(t *testing.T) {
			_, err := NewGraminePlatform(fakeGramine(t, typ))
			require.ErrorIs(t, err, ErrPlatform)
			require.ErrorContains(t, err, `want "dcap"`)
		})
	}
	t.Run("report data mismatch", func(t *testing.T) {
		dir := fakeGramine(t, "dcap")
		gramineQuoteFor(t, dir, auth, [64]byte{0xee}, false)
		p, err := NewGraminePlatform(dir)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform)
		require.ErrorContains(t, err, "report data is not what was written")

		gramineQuoteFor(t, dir, auth, PlatformProbe(), false)
		_, q, err := p.Launch(testWorkload, false)
		require.NoError(t, err)
		_, err = q.Quote([64]byte{0x01}) // the probe quote is still in place
		require.ErrorIs(t, err, ErrPlatform)
	})
	t.Run("debug enclave", func(t *testing.T) {
		dir := fakeGramine(t, "dcap")
		gramineQuoteFor(t, dir, auth, PlatformProbe(), true)
		p, err := NewGraminePlatform(dir)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrDebug)
		require.ErrorContains(t, err, "sgx.debug = false")
		id, _, err := p.Launch(testWorkload, true)
		require.NoError(t, err, "a debug enclave asked for (AllowDebug deployments)")
		require.True(t, id.Debug)
	})
	t.Run("TDX quote", func(t *testing.T) {
		dir := fakeGramine(t, "dcap")
		require.NoError(t, os.WriteFile(filepath.Join(dir, gramineQuote), tdxQuoteOver(t, PlatformProbe(), false), 0o600))
		p, err := NewGraminePlatform(dir)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform)
		require.ErrorContains(t, err, "not an SGX quote")
	})
	t.Run("garbage quote", func(t *testing.T) {
		dir := fakeGramine(t, "dcap")
		require.NoError(t, os.WriteFile(filepath.Join(dir, gramineQuote), []byte("not a quote"), 0o600))
		p, err := NewGraminePlatform(dir)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform)
	})
	t.Run("identity changed", func(t *testing.T) {
		dir := fakeGramine(t, "dcap")
		gramineQuoteFor(t, dir, auth, PlatformProbe(), false)
		p, err := NewGraminePlatform(dir)
		require.NoError(t, err)
		_, q, err := p.Launch(testWorkload, false)
		require.NoError(t, err)
		rd := [64]byte{7}
		other, err := auth.Quote(sim.Report{MREnclave: [32]byte{1}, ReportData: rd})
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, gramineQuote), other, 0o600))
		_, err = q.Quote(rd)
		require.ErrorIs(t, err, ErrPlatform)
	})
}

var (
	hwMRTD = [48]byte{0x7d, 0x01}
	hwRTMR = [4][48]byte{{0x10}, {0x11}, {0x12}, {0x13}}
)

// tdxQuoteOver returns a sim-signed TDX quote (attest/sim) of the test TD
// over rd, as a TD's quote generation service would return it.
func tdxQuoteOver(t *testing.T, rd [64]byte, debug bool) []byte {
	t.Helper()
	q, err := testAuthority(t).QuoteTD(sim.TDReport{MRTD: hwMRTD, RTMR: hwRTMR, Debug: debug, ReportData: rd})
	require.NoError(t, err)
	return q
}

// fakeTSM lays out the configfs-tsm report directory with the entry the
// platform uses, as the kernel would create it on mkdir.
func fakeTSM(t testing.TB, provider string) string {
	t.Helper()
	dir := t.TempDir()
	entry := filepath.Join(dir, tsmEntry)
	require.NoError(t, os.Mkdir(entry, 0o700))
	for name, b := range map[string][]byte{
		tsmProvider:   []byte(provider + "\n"),
		tsmGeneration: []byte("1\n"),
		tsmInblob:     nil,
		tsmOutblob:    nil,
	} {
		require.NoError(t, os.WriteFile(filepath.Join(entry, name), b, 0o600))
	}
	return dir
}

func placeTDXQuote(t *testing.T, dir string, q []byte) {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, tsmEntry, tsmOutblob), q, 0o600))
}

func TestTDXPlatform(t *testing.T) {
	dir := fakeTSM(t, "tdx_guest")
	probeQuote := tdxQuoteOver(t, PlatformProbe(), false)
	placeTDXQuote(t, dir, probeQuote)
	pq, err := abi.ParseQuote(probeQuote)
	require.NoError(t, err)

	p, err := NewTDXPlatform(dir, []int{2, 1, 2})
	require.NoError(t, err)
	id, q, err := p.Launch(testWorkload, false)
	require.NoError(t, err)
	want := common.Hash(attest.TDMeasurement(pq.TD, []int{1, 2}))
	require.Equal(t, Report{MREnclave: want}, id, "MRTD and RTMR 1 and 2, from the quote")
	require.NotEqual(t, want, common.Hash(attest.TDMeasurement(pq.TD, nil)), "the RTMRs are measured")
	written, err := os.ReadFile(filepath.Join(dir, tsmEntry, tsmInblob))
	require.NoError(t, err)
	probe := PlatformProbe()
	require.Equal(t, probe[:], written)

	rd := [64]byte{4, 5, 6}
	placeTDXQuote(t, dir, tdxQuoteOver(t, rd, false))
	raw, err := q.Quote(rd)
	require.NoError(t, err)
	parsed, err := abi.ParseQuote(raw)
	require.NoError(t, err)
	require.Equal(t, rd, parsed.ReportData())

	t.Run("entry created when missing", func(t *testing.T) {
		dir := t.TempDir()
		p, err := NewTDXPlatform(dir, nil)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform, "a plain directory creates no attributes")
		require.DirExists(t, filepath.Join(dir, tsmEntry))
	})
}

// TestTDXEnclaveAttests launches an enclave on the fake configfs-tsm tree,
// places the sim-signed TD quote over the report data its attestation
// binds, and verifies the document's quote with TDX collateral: the
// report data binds the enclave's keys and the measurement is the TD's.
func TestTDXEnclaveAttests(t *testing.T) {
	ctx := context.Background()
	auth := testAuthority(t)
	dir := fakeTSM(t, "tdx_guest")
	placeTDXQuote(t, dir, tdxQuoteOver(t, PlatformProbe(), false))
	p, err := NewTDXPlatform(dir, []int{1, 2})
	require.NoError(t, err)
	secret := bytes.Repeat([]byte{3}, SealingSecretSize)
	cfg := testConfig(newMemChain(), p, secret)
	e, err := NewSim(cfg)
	require.NoError(t, err)

	nonce := common.Hash{0xbb}
	rd := attest.ReportData(attest.Binding{ChainID: cfg.ChainID, Registry: cfg.Registry, Operator: cfg.Operator,
		Enclave: e.Address(), HPKEPublicKey: e.HPKEPublicKey(), Nonce: nonce})
	placeTDXQuote(t, dir, tdxQuoteOver(t, rd, false))
	doc, err := e.Attest(ctx, nonce)
	require.NoError(t, err)

	issued := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	col, err := auth.Collateral(sim.CollateralOptions{Issued: issued, TDX: true})
	require.NoError(t, err)
	v, err := verify.New(verify.Options{Now: func() time.Time { return issued.Add(time.Hour) },
		TrustedRoots: []*x509.Certificate{auth.Root()}, Collateral: col})
	require.NoError(t, err)
	res, err := v.Verify(doc.Quote)
	require.NoError(t, err)
	require.NoError(t, validate.Validate(res, validate.Policy{MRTDs: [][48]byte{hwMRTD}, ReportData: &rd}))
	require.Equal(t, common.Hash(attest.TDMeasurement(res.Quote.TD, []int{1, 2})), e.Measurement())
	require.Equal(t, e.Measurement(), doc.Measurement)
}

func TestTDXRefusals(t *testing.T) {
	t.Run("missing device", func(t *testing.T) {
		_, err := NewTDXPlatform(filepath.Join(t.TempDir(), "tsm", "report"), nil)
		require.ErrorIs(t, err, ErrNoDevice)
		require.ErrorContains(t, err, "configfs-tsm")
		require.ErrorContains(t, err, "CONFIG_TSM_REPORTS")
	})
	t.Run("bad RTMR", func(t *testing.T) {
		_, err := NewTDXPlatform(t.TempDir(), []int{4})
		require.ErrorIs(t, err, ErrConfig)
	})
	for _, prov := range []string{"sev_guest", ""} {
		t.Run("provider "+prov, func(t *testing.T) {
			dir := fakeTSM(t, prov)
			placeTDXQuote(t, dir, tdxQuoteOver(t, PlatformProbe(), false))
			p, err := NewTDXPlatform(dir, nil)
			require.NoError(t, err)
			_, _, err = p.Launch(testWorkload, false)
			require.ErrorIs(t, err, ErrPlatform)
			require.ErrorContains(t, err, `want "tdx_guest"`)
		})
	}
	t.Run("report data mismatch", func(t *testing.T) {
		dir := fakeTSM(t, "tdx_guest")
		placeTDXQuote(t, dir, tdxQuoteOver(t, [64]byte{0xee}, false))
		p, err := NewTDXPlatform(dir, nil)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform)
		require.ErrorContains(t, err, "report data is not what was written")
	})
	t.Run("debug TD", func(t *testing.T) {
		dir := fakeTSM(t, "tdx_guest")
		placeTDXQuote(t, dir, tdxQuoteOver(t, PlatformProbe(), true))
		p, err := NewTDXPlatform(dir, nil)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrDebug)
		id, _, err := p.Launch(testWorkload, true)
		require.NoError(t, err)
		require.True(t, id.Debug)
	})
	t.Run("SGX quote", func(t *testing.T) {
		dir := fakeTSM(t, "tdx_guest")
		q, err := testAuthority(t).Quote(sim.Report{ReportData: PlatformProbe()})
		require.NoError(t, err)
		placeTDXQuote(t, dir, q)
		p, err := NewTDXPlatform(dir, nil)
		require.NoError(t, err)
		_, _, err = p.Launch(testWorkload, false)
		require.ErrorIs(t, err, ErrPlatform)
		require.ErrorContains(t, err, "not a TDX quote")
	})
}
