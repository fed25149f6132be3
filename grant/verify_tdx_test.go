package grant

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

var (
	tdMRTD = [48]byte{0x7d, 0x01}
	tdRTMR = [4][48]byte{{0x10}, {0x11}, {0x12}, {0x13}}
	// tdMeasurement is the test TD's measurement as the registry allows it.
	tdMeasurement = common.Hash(attest.TDMeasurement(&abi.TDReport{MRTD: tdMRTD, RTMR: tdRTMR}, []int{1, 2}))
	// testHints are the notes memoc appends to refusals (its flags).
	testHints = map[error]string{
		validate.ErrTEEType:     "--accept-tee changes it",
		validate.ErrMeasurement: "--mrtd, --tdx-rtmr or the allow-list change it",
		validate.ErrDebug:       "--allow-debug changes it",
		validate.ErrReportData:  "no flag accepts it",
	}
)

// tdDoc is n's attestation document quoted by a sim TD (a TDX v4 quote)
// with the sim TDX collateral.
func (n *node) tdDoc(t *testing.T, nonce common.Hash, mod func(r *sim.TDReport, b *attest.Binding)) *Attestation {
	t.Helper()
	b := attest.Binding{ChainID: 1337, Registry: registry, Operator: operator, Enclave: n.addr,
		HPKEPublicKey: n.key.PublicKey().Bytes(), TLSKeyHash: tlsKeyHash, Nonce: nonce}
	r := sim.TDReport{MRTD: tdMRTD, RTMR: tdRTMR}
	if mod != nil {
		mod(&r, &b)
	}
	r.ReportData = attest.ReportData(b)
	q, err := n.auth.QuoteTD(r)
	require.NoError(t, err)
	c, err := n.auth.Collateral(sim.CollateralOptions{Issued: issued, TDX: true})
	require.NoError(t, err)
	cj, err := json.Marshal(c)
	require.NoError(t, err)
	return &Attestation{Version: 1, Quote: q, Collateral: cj, Operator: operator, Enclave: n.addr,
		HPKEPublicKey: n.key.PublicKey().Bytes(), TLSKeyHash: tlsKeyHash, ChainID: 1337, Registry: registry,
		DataGrants: dataGrants, Nonce: nonce}
}

// tdOptions accept the test TD: its measurement is the only one on the
// allow-list.
func tdOptions(auth *sim.Authority, nonce common.Hash) NodeOptions {
	return NodeOptions{
		Verify:   verify.Options{Now: now, TrustedRoots: []*x509.Certificate{auth.Root()}},
		Policy:   validate.Policy{Hints: testHints},
		ChainID:  1337,
		Registry: registry,
		Nonce:    nonce,
		MeasurementAllowed: func(_ context.Context, m common.Hash) (bool, error) {
			return m == tdMeasurement, nil
		},
		Operator: registeredTo(operator),
	}
}

// TestVerifyNodeTDX: a TDX node is accepted as an SGX one is, its
// measurement the TD measurement of MRTD and RTMR 1 and 2, and each rule
// of the TDX policy refuses on one line naming the field and what changes
// the policy.
func TestVerifyNodeTDX(t *testing.T) {
	ctx := context.Background()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	n := newNode(t, auth)
	nonce := common.Hash{0x4e}

	nd, err := VerifyNode(ctx, n.tdDoc(t, nonce, nil), tdOptions(auth, nonce))
	require.NoError(t, err)
	require.Equal(t, "TDX", nd.TEE())
	require.Equal(t, tdMeasurement, nd.Measurement())
	require.Equal(t, common.Hash{}, nd.MRSigner())
	require.Equal(t, pcs.UpToDate, nd.TCBStatus())

	opts := tdOptions(auth, nonce)
	opts.Policy.MRTDs = [][48]byte{tdMRTD}
	_, err = VerifyNode(ctx, n.tdDoc(t, nonce, nil), opts)
	require.NoError(t, err, "the MRTD the policy lists")

	for _, tc := range []struct {
		name  string
		mod   func(*sim.TDReport, *attest.Binding)
		opts  func(*NodeOptions)
		want  error
		names []string // the field and the hint the reason must name
	}{
		{"TDX quote under an SGX-only policy", nil, func(o *NodeOptions) { o.Policy.TEE = "SGX" },
			validate.ErrTEEType, []string{"quote is TDX, policy wants SGX", "--accept-tee"}},
		{"SGX measurements only", nil, func(o *NodeOptions) { o.Policy.MREnclaves = [][32]byte{measurement} },
			validate.ErrMeasurement, []string{"SGX measurements only", "--mrtd"}},
		{"wrong MRTD under the policy", func(r *sim.TDReport, _ *attest.Binding) { r.MRTD[0] = 0x99 },
			func(o *NodeOptions) { o.Policy.MRTDs = [][48]byte{tdMRTD} },
			validate.ErrMeasurement, []string{"MRTD 99", "--mrtd"}},
		{"wrong MRTD, not on the allow-list", func(r *sim.TDReport, _ *attest.Binding) { r.MRTD[0] = 0x99 }, nil,
			validate.ErrMeasurement, []string{"MRTD 99", "allow-list"}},
		{"wrong RTMR", func(r *sim.TDReport, _ *attest.Binding) { r.RTMR[2][0] = 0x77 }, nil,
			validate.ErrMeasurement, []string{"RTMR2 77", "not on the deployment's allow-list", "--tdx-rtmr"}},
		{"RTMRs the deployment does not measure", nil, func(o *NodeOptions) { o.TDRTMRs = []int{1} },
			validate.ErrMeasurement, []string{"RTMR1 11", "not on the deployment's allow-list", "--tdx-rtmr"}},
		{"debug TD", func(r *sim.TDReport, _ *attest.Binding) { r.Debug = true }, nil,
			validate.ErrDebug, []string{"TD has its DEBUG attribute set", "--allow-debug"}},
		{"report data mismatch", func(_ *sim.TDReport, b *attest.Binding) { b.HPKEPublicKey = []byte("another key") }, nil,
			validate.ErrReportData, []string{"report data mismatch", "no flag accepts it"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := tdOptions(auth, nonce)
			if tc.opts != nil {
				tc.opts(&opts)
			}
			_, err := VerifyNode(ctx, n.tdDoc(t, nonce, tc.mod), opts)
			require.ErrorIs(t, err, ErrNodeNotTrusted)
			require.ErrorIs(t, err, tc.want)
			require.NotContains(t, err.Error(), "\n")
			for _, s := range tc.names {
				require.Contains(t, err.Error(), s)
			}
			t.Log(err)
		})
	}
}
