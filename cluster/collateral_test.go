package cluster_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// TestCheckersFetchTheirOwnCollateral: the cluster's parties verify a
// node's quote with collateral they fetch themselves. A node that serves
// collateral rating its platform OutOfDate, or garbage, in place of its
// copy is verified all the same (UpToDate, the authority's rating), and the
// node's copy, were it taken, would refuse it.
func TestCheckersFetchTheirOwnCollateral(t *testing.T) {
	c, _ := runSmall(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	api, err := nodeapi.NewClient(c.NodeURL(0), nil)
	require.NoError(t, err)
	co := cluster.CompanyClient(c)
	dep := co.Deployment()
	outdated, err := cluster.SimAuthority(c).Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), Status: pcs.OutOfDate})
	require.NoError(t, err)
	outdatedJSON, err := json.Marshal(outdated)
	require.NoError(t, err)
	for name, served := range map[string]json.RawMessage{"OutOfDate": outdatedJSON, "garbage": json.RawMessage(`{"tcbInfo":"no"}`)} {
		var nonce common.Hash
		_, _ = rand.Read(nonce[:])
		doc, err := api.Attestation(ctx, nonce)
		require.NoError(t, err)
		doc.Collateral = served
		opts := grant.NodeOptions{Verify: cluster.CheckerAttestation(c), ChainID: dep.ChainID, Registry: dep.EnclaveRegistry,
			DataGrants: dep.DataGrants, Nonce: nonce, Operator: co.EnclaveOperator}
		n, err := grant.VerifyNode(ctx, doc, opts)
		require.NoError(t, err, name)
		require.Equal(t, pcs.UpToDate, n.TCBStatus(), name)
		opts.Verify.Getter = nil // the node's copy
		_, err = grant.VerifyNode(ctx, doc, opts)
		require.Error(t, err, name)
		if name == "OutOfDate" {
			require.ErrorContains(t, err, "TCB status OutOfDate not accepted")
		}
	}
}
