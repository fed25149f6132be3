package verifier_test

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/enclave/enclavetest"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/verifier"
)

// TestApproveTDXEnclave drives the verifier's approval path on a dev chain
// with a sim TDX node: its TD measurement (MRTD, RTMR 1 and 2) is on the
// allow-list, it is registered, and it serves its attestation with
// collateral of its own choosing. The verifier fetches the collateral from
// a PCS (pcs.Handler over the sim authority's current collateral) and
// never takes the node's: it refuses the node while the PCS says its
// platform is out of date, although the node's stale copy says up to date,
// refuses it under an SGX-only policy, and approves it on chain once the
// PCS's collateral is current.
func TestApproveTDXEnclave(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.New(ctx, devnet.Config{Accounts: 3})
	require.NoError(t, err)
	t.Cleanup(func() { net.Close() })
	gov := net.Governance()
	op, ver := gov.As(net.Key(1)), gov.As(net.Key(2))
	dep := net.Deployment()
	auth, err := sim.NewRandom()
	require.NoError(t, err)

	// The node: a sim TD serving, with each quote, collateral issued a
	// month ago that rates its platform UpToDate.
	stale, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-25 * 24 * time.Hour), TDX: true})
	require.NoError(t, err)
	staleJSON, err := json.Marshal(stale)
	require.NoError(t, err)
	var id common.Hash
	_, _ = rand.Read(id[:])
	e, err := enclave.NewSim(enclave.Config{
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Operator: op.Address(),
		Workload: enclave.Workload{Kind: enclave.KindWasm, ID: id}, SealingSecret: make([]byte, enclave.SealingSecretSize),
		Platform:   enclave.NewSimTDXPlatform(auth, enclave.SimTD{MRTD: [48]byte{0x7d}}, nil),
		Collateral: func(context.Context) ([]byte, error) { return staleJSON, nil },
		Chain:      enclave.ChainGrants(op),
	})
	require.NoError(t, err)
	enclavetest.Register(ctx, t, gov, op, ver, e)
	node := httptest.NewServer(nodeapi.AttestationHandler(e.Attest, nil))
	t.Cleanup(node.Close)

	// The PCS: today the platform is OutOfDate.
	outdated, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), TDX: true, Status: pcs.OutOfDate})
	require.NoError(t, err)
	current, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), TDX: true})
	require.NoError(t, err)
	var served atomic.Pointer[pcs.Collateral]
	served.Store(outdated)
	pcsSrv := httptest.NewServer(pcsSwitch(served.Load))
	t.Cleanup(pcsSrv.Close)

	st, err := vault.NewDirStore(t.TempDir())
	require.NoError(t, err)
	hints := map[error]string{validate.ErrTCBStatus: "--accept-tcb changes it", validate.ErrTEEType: "--accept-tee changes it"}
	newVerifier := func(p validate.Policy) *verifier.Verifier {
		p.Hints = hints
		v, err := verifier.New(verifier.Config{Client: ver, Store: st, Policy: p, Attestation: verify.Options{
			Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}, Getter: &pcs.Client{BaseURL: pcsSrv.URL}}})
		require.NoError(t, err)
		return v
	}
	_, err = verifier.New(verifier.Config{Client: ver, Store: st, Attestation: verify.Options{Now: time.Now}})
	require.ErrorIs(t, err, verifier.ErrConfig, "a verifier without a collateral source of its own")

	_, err = newVerifier(validate.Policy{}).ApproveEnclaveAt(ctx, e.Address(), node.URL)
	require.ErrorIs(t, err, verifier.ErrVerification)
	require.ErrorIs(t, err, validate.ErrTCBStatus)
	require.ErrorContains(t, err, "TCB status OutOfDate not accepted")
	require.ErrorContains(t, err, "--accept-tcb")

	served.Store(current)
	_, err = newVerifier(validate.Policy{TEE: "SGX"}).ApproveEnclaveAt(ctx, e.Address(), node.URL)
	require.ErrorIs(t, err, validate.ErrTEEType)
	require.ErrorContains(t, err, "quote is TDX, policy wants SGX (--accept-tee changes it)")
	_, err = newVerifier(validate.Policy{MaxCollateralAge: time.Minute}).ApproveEnclaveAt(ctx, e.Address(), node.URL)
	require.ErrorIs(t, err, validate.ErrCollateralAge, "the collateral-age limit applies to the verifier's own collateral")

	_, err = newVerifier(validate.Policy{TEE: "TDX", MaxCollateralAge: 24 * time.Hour}).ApproveEnclaveAt(ctx, e.Address(), node.URL)
	require.NoError(t, err)
	active, err := gov.EnclaveActive(ctx, e.Address())
	require.NoError(t, err)
	require.True(t, active, "the TDX enclave is approved on chain")
}

// pcsSwitch serves, on the PCS routes, whatever collateral cur returns at
// the time of the request.
func pcsSwitch(cur func() *pcs.Collateral) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { pcs.Handler(cur()).ServeHTTP(w, r) })
}
