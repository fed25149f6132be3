package main

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// TestSendInputOwnCollateral performs the stale-collateral attack on the
// company: the assigned node serves a copy of its collateral rating its
// platform UpToDate, the company's PCS rates it OutOfDate, and memoc task
// send-input refuses the node on one line naming --accept-tcb without
// posting the model to it. Accepting OutOfDate (--accept-tcb) sends it.
func TestSendInputOwnCollateral(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	auth, err := devnetAuthority()
	require.NoError(t, err)
	net, depFile, e := registeredSimNode(ctx, t, auth, enclave.KindSoftmax, enclave.NewSimPlatform(auth),
		sim.CollateralOptions{Issued: time.Now().Add(-time.Hour)}) // the node's copy: UpToDate
	dep := net.Deployment()
	var posted atomic.Int32
	att := nodeapi.AttestationHandler(e.Attest, nil)
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			posted.Add(1)
			w.WriteHeader(http.StatusNoContent)
			return
		}
		att.ServeHTTP(w, r)
	}))
	t.Cleanup(node.Close)
	outdated, err := auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), Status: pcs.OutOfDate})
	require.NoError(t, err)
	pcsSrv := httptest.NewServer(pcs.Handler(outdated))
	t.Cleanup(pcsSrv.Close)

	// The company's record of a task assigning the node, with a warm start.
	home := t.TempDir()
	spec := train.Spec{Model: train.Softmax, Features: 3, Classes: 2, Rounds: 1, Epochs: 1, Batch: 4, LR: 0.1, Seed: 1}
	task := &nodeapi.Task{Owner: dep.DevAccounts[0].Address, Spec: spec, Measurement: e.Measurement(), PricePerRecord: big.NewInt(1),
		ResultKey:   []byte{1},
		Assignments: []nodeapi.Assignment{{Enclave: e.Address(), Node: node.URL, Datasets: []common.Hash{{4}}}}}
	in, err := enclave.NewOwnerInput(make(train.Params, company.ParamCount(spec)))
	require.NoError(t, err)
	task.InputCommitment = in.Commitment()
	task.ID = task.Hash()
	sealed, err := company.SealInput(net.Key(0), task.ID, in)
	require.NoError(t, err)
	require.NoError(t, company.OpenHome(filepath.Join(home, "company")).SaveTask(&company.Record{Task: task, SealedInput: sealed}))

	sendInput := func(args ...string) (string, string, int) {
		return execMemoc(t, nil, append([]string{"task", "send-input", task.ID.Hex(), "--home", home, "--dev-account", "0",
			"--rpc", net.HTTPURL(), "--deployment", depFile, "--pcs", pcsSrv.URL}, args...)...)
	}
	out, errOut, code := sendInput()
	require.Equal(t, exitFailure, code, out+errOut)
	require.Contains(t, errOut, "TCB status OutOfDate not accepted (accepted: UpToDate, SWHardeningNeeded) (--accept-tcb changes the accepted statuses)")
	require.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, errOut)
	require.Zero(t, posted.Load(), "the model went to a node the company's PCS rates OutOfDate")

	out, errOut, code = sendInput("--accept-tcb", "UpToDate,OutOfDate")
	require.Equal(t, exitOK, code, out+errOut)
	require.Contains(t, out, "sealed input sent to enclave "+e.Address().Hex())
	require.EqualValues(t, 1, posted.Load())
}
