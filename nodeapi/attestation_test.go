package nodeapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
)

func testDoc(nonce common.Hash) *grant.Attestation {
	return &grant.Attestation{Version: 1, Quote: []byte{1}, HPKEPublicKey: []byte{2}, Enclave: common.Address{1}, Operator: common.Address{3}, Nonce: nonce}
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

	replay := httptest.NewServer(AttestationHandler(func(context.Context, common.Hash) (*grant.Attestation, error) {
		return testDoc(common.Hash{1}), nil
	}, nil))
	defer replay.Close()
	rc, err := NewClient(replay.URL, nil)
	require.NoError(t, err)
	_, err = rc.Attestation(ctx, nonce)
	require.ErrorIs(t, err, grant.ErrNodeNotTrusted)

	resp, err := srv.Client().Get(srv.URL + AttestationPath + "?nonce=zz")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	resp, err = srv.Client().Post(srv.URL+AttestationPath, "application/json", nil)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)

	for _, u := range []string{"ftp://x", "http://", "http://h/?q=1", "::"} {
		_, err = NewClient(u, nil)
		require.ErrorIs(t, err, ErrURL, u)
	}
}
