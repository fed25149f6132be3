package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/enclave/enclavetest"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// TestDevnetPCS: the PCS routes memoc devnet serves hold the sim
// collateral of both TEEs: memoc attest verify --pcs verifies a sim SGX
// and a sim TDX quote against them.
func TestDevnetPCS(t *testing.T) {
	auth, err := devnetAuthority()
	require.NoError(t, err)
	srv := httptest.NewServer(devnetPCS(newSimCollateral(auth)))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	root := filepath.Join(dir, "root.pem")
	require.NoError(t, os.WriteFile(root, auth.RootPEM(), 0o600))
	sgx, err := auth.Quote(sim.Report{MREnclave: [32]byte{1}, ReportData: [64]byte{2}})
	require.NoError(t, err)
	tdx, err := auth.QuoteTD(sim.TDReport{MRTD: [48]byte{3}, ReportData: [64]byte{4}})
	require.NoError(t, err)
	for name, q := range map[string][]byte{"sgx": sgx, "tdx": tdx} {
		f := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(f, q, 0o600))
		out, errOut, code := execMemoc(t, nil, "attest", "verify", "--quote", f, "--pcs", srv.URL, "--root", root, "--max-collateral-age", "2h")
		require.Equal(t, exitOK, code, "%s: %s%s", name, out, errOut)
		if name == "tdx" {
			m := attest.TDMeasurement(&abi.TDReport{MRTD: [48]byte{3}}, []int{1, 2})
			require.Contains(t, out, "measurement:  0x"+hex.EncodeToString(m[:])+" (MRTD and RTMR 1, 2", "the TD measurement the registry allows")
		}
	}
}

// TestInspectTDXNode: a data owner checks a sim TDX node on a dev chain
// with collateral from the dev chain's PCS routes (--pcs), not the node's:
// trusted under the default policy; refused on one line naming the flag
// under an SGX-only policy, when the PCS rates the platform OutOfDate
// (though the node serves a copy that says UpToDate) and past the
// collateral-age limit; refused when the PCS serves no collateral.
func TestInspectTDXNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	auth, err := devnetAuthority()
	require.NoError(t, err)
	net, depFile, e := registeredSimNode(ctx, t, auth, enclave.KindWasm,
		enclave.NewSimTDXPlatform(auth, enclave.SimTD{MRTD: [48]byte{0x7d}}, nil),
		// The node's own copy: UpToDate, though issued 20 days ago.
		sim.CollateralOptions{Issued: time.Now().Add(-20 * 24 * time.Hour), TDX: true})
	node := httptest.NewServer(nodeapi.AttestationHandler(e.Attest, nil))
	t.Cleanup(node.Close)
	pcsSrv := httptest.NewServer(devnetPCS(newSimCollateral(auth)))
	t.Cleanup(pcsSrv.Close)
	empty := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(empty.Close)

	inspect := func(args ...string) (string, string, int) {
		return execMemoc(t, nil, append([]string{"user", "inspect-node", "--node", node.URL, "--home", t.TempDir(),
			"--rpc", net.HTTPURL(), "--deployment", depFile}, args...)...)
	}
	out, errOut, code := inspect("--pcs", pcsSrv.URL)
	require.Equal(t, exitOK, code, out+errOut)
	require.Contains(t, out, "trusted")
	require.Contains(t, out, e.Measurement().Hex())

	out, errOut, code = inspect("--pcs", pcsSrv.URL, "--accept-tee", "sgx")
	require.Equal(t, exitFailure, code, out+errOut)
	require.Contains(t, errOut, "quote is TDX, policy wants SGX (--accept-tee changes the TEEs accepted)")
	require.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, errOut)

	// Today the PCS rates the platform OutOfDate; the node's copy says
	// UpToDate and is not taken.
	outdated, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), TDX: true, Status: pcs.OutOfDate})
	require.NoError(t, err)
	outdatedSrv := httptest.NewServer(pcs.Handler(outdated))
	t.Cleanup(outdatedSrv.Close)
	_, errOut, code = inspect("--pcs", outdatedSrv.URL)
	require.Equal(t, exitFailure, code, errOut)
	require.Contains(t, errOut, "TCB status OutOfDate not accepted (accepted: UpToDate, SWHardeningNeeded) (--accept-tcb changes the accepted statuses)")
	out, errOut, code = inspect("--pcs", outdatedSrv.URL, "--accept-tcb", "UpToDate,OutOfDate")
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "OutOfDate")
	_, errOut, code = inspect("--pcs", pcsSrv.URL, "--max-collateral-age", "1m")
	require.Equal(t, exitFailure, code, errOut)
	require.Contains(t, errOut, "--max-collateral-age changes the limit")

	_, errOut, code = inspect("--pcs", empty.URL)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "404", "the node's own collateral is not taken in place of the PCS's")
}

// registeredSimNode starts a dev chain that trusts auth (the dev chain's sim
// authority) and registers one sim enclave of the given workload kind on
// it: its measurement allowed, its operator (account 1) and a verifier
// (account 2) staked. The enclave serves its own copy of its collateral,
// issued with served: the copy a node hands out, which the checks under
// test must not take. It returns the chain, its deployment file (beside the
// sim root file, as memoc devnet writes them) and the enclave.
func registeredSimNode(ctx context.Context, t *testing.T, auth *sim.Authority, kind string, platform enclave.Platform, served sim.CollateralOptions) (*devnet.Chain, string, *enclave.Sim) {
	t.Helper()
	net, err := devnet.New(ctx, devnet.Config{Accounts: 3, ListenAddr: "127.0.0.1:0",
		Deploy: chain.DeployConfig{SimulatedRootHash: sha256.Sum256(auth.Root().Raw)}})
	require.NoError(t, err)
	t.Cleanup(func() { net.Close() })
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	require.NoError(t, chain.SaveDeployment(depFile, net.Deployment()))
	require.NoError(t, writeSimRoot(filepath.Join(dir, simRootFile), auth.RootPEM()))

	gov := net.Governance()
	op, ver := gov.As(net.Key(1)), gov.As(net.Key(2))
	dep := net.Deployment()
	var id common.Hash
	_, _ = rand.Read(id[:])
	copyServed, err := auth.Collateral(served)
	require.NoError(t, err)
	e, err := enclave.NewSim(enclave.Config{
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Operator: op.Address(),
		Workload: enclave.Workload{Kind: kind, ID: id}, SealingSecret: make([]byte, enclave.SealingSecretSize),
		Platform: platform, Chain: enclave.ChainGrants(op),
		Collateral: func(context.Context) ([]byte, error) { return json.Marshal(copyServed) },
	})
	require.NoError(t, err)
	enclavetest.Register(ctx, t, gov, op, ver, e)
	return net, depFile, e
}
