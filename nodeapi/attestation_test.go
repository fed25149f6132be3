package nodeapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
)

func testDoc(nonce common.Hash) *grant.Attestation {
	return &grant.Attestation{Version: 1, Quote: []byte{1}, HPKEPublicKey: []byte{2}, Enclave: common.Address{1}, Operator: common.Address{3}, Nonce: nonce,
		Collateral: []byte(`{"tcbInfo":1}`)}
}

// TestAttestationHTTP: the client gets the document for its nonce, refuses
// a node replaying an old one, and the handler refuses bad nonces and
// methods.
func TestAttestationHTTP(t *testing.T) {
	ctx := context.Background()
	srv := httptest.NewServer(AttestationHandler(func(_ context.Context, nonce common.Hash) (*grant.Attestation, error) {
		return testDoc(nonce), nil
	}, nil))
	defer srv.Close()
	c, err := NewClient(srv.URL, srv.Client())
	require.NoError(t, err)
	nonce := common.Hash{7}
	doc, err := c.Attestation(ctx, nonce)
	require.NoError(t, err)
	require.Equal(t, nonce, doc.Nonce)
	require.JSONEq(t, `{"tcbInfo":1}`, string(doc.Collateral), "the node's collateral comes by default")
	served, err := c.AttestationFor(ctx, nonce, grant.NodeOptions{})
	require.NoError(t, err)
	require.Equal(t, doc, served, "a caller verifying with the node's collateral gets it")
	only, err := c.AttestationFor(ctx, nonce, grant.NodeOptions{Verify: verify.Options{Collateral: &pcs.Collateral{}}})
	require.NoError(t, err)
	require.Empty(t, only.Collateral, "one with collateral of its own does not")
	only.Collateral = doc.Collateral
	require.Equal(t, doc, only, "the rest of the document is the same")

	replay := httptest.NewServer(AttestationHandler(func(context.Context, common.Hash) (*grant.Attestation, error) {
		return testDoc(common.Hash{1}), nil
	}, nil))
	defer replay.Close()
	rc, err := NewClient(replay.URL, nil)
	require.NoError(t, err)
	_, err = rc.Attestation(ctx, nonce)
	require.ErrorIs(t, err, grant.ErrNodeNotTrusted)

	for _, q := range []string{"?nonce=zz", "?collateral=maybe"} {
		resp, err := srv.Client().Get(srv.URL + AttestationPath + q)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusBadRequest, resp.StatusCode, q)
	}
	resp, err := srv.Client().Post(srv.URL+AttestationPath, "application/json", nil)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)

	for _, u := range []string{"ftp://x", "http://", "http://h/?q=1", "::"} {
		_, err = NewClient(u, nil)
		require.ErrorIs(t, err, ErrURL, u)
	}
}
