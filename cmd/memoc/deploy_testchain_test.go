package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTrustSimRootRefusedOnPublicChains: deploy refuses to trust the sim
// root on a public network's chain id, and the test-chain flags need it.
func TestTrustSimRootRefusedOnPublicChains(t *testing.T) {
	f := testChainFlags{trustSimRoot: true}
	for _, id := range []uint64{1, 11155111, 17000, 560048, 8453, 42161} {
		require.ErrorContains(t, f.checkChain(id), "public network", "chain %d", id)
	}
	require.NoError(t, f.checkChain(1337), "geth --dev and memoc devnet")
	require.NoError(t, (&testChainFlags{}).checkChain(1), "a production deployment of mainnet")
	key := "0x" + strings.Repeat("01", 32)
	_, errOut, code := execMemoc(t, nil, "deploy", "--key", key, "--dev-accounts", "3", "--rpc", "http://127.0.0.1:1")
	require.Equal(t, exitUsage, code, errOut)
	require.Contains(t, errOut, "--trust-sim-root")
}
