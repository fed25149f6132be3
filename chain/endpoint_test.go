package chain_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestEnclaveEndpoint: an operator publishes where its node serves; a
// stranger cannot redirect clients elsewhere, an unregistered enclave has
// no endpoint to set, and clients list every registered enclave.
func TestEnclaveEndpoint(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	op := stakedAccount(t, chain.RoleTEENode)
	key, enclave := newKey(t)
	_, err := op.RegisterEnclave(ctx, registration(t, op, key, allowedMeasurement(t)))
	require.NoError(t, err)

	url, err := op.Endpoint(ctx, enclave)
	require.NoError(t, err)
	require.Empty(t, url)
	_, err = op.SetEndpoint(ctx, enclave, "https://node.example:8443")
	require.NoError(t, err)
	url, err = newAccount(t, nil).Endpoint(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, "https://node.example:8443", url)

	// The attack: someone else points the enclave at their own server.
	_, err = stakedAccount(t, chain.RoleTEENode).SetEndpoint(ctx, enclave, "https://evil.example")
	require.ErrorIs(t, err, chain.ErrNotEnclaveOperator)
	_, stranger := newKey(t)
	_, err = op.SetEndpoint(ctx, stranger, "https://x")
	require.ErrorIs(t, err, chain.ErrEnclaveNotRegistered)
	_, err = op.SetEndpoint(ctx, enclave, "https://"+strings.Repeat("a", chain.MaxEndpointLength))
	require.ErrorContains(t, err, "at most 256")

	all, err := op.RegisteredEnclaves(ctx)
	require.NoError(t, err)
	require.Contains(t, all, enclave)
	_, err = op.DeregisterEnclave(ctx, enclave)
	require.NoError(t, err)
	_, err = op.SetEndpoint(ctx, enclave, "https://later.example")
	require.ErrorIs(t, err, chain.ErrEnclaveNotRegistered)
}
