// Package enclavetest holds the dev-chain set-up that tests of the
// packages around the enclave share.
package enclavetest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
)

// Register brings e to a pending registration on gov's chain: governance
// allows its measurement, op stakes 1,000 MEMO as a TEE node and ver 100 as
// a verifier, and op registers e with its evidence (enclave.NewRegistration).
// Its approval committee is not drawn.
func Register(ctx context.Context, t testing.TB, gov, op, ver *chain.Client, e *enclave.Sim) {
	t.Helper()
	_, err := gov.SetMeasurementAllowed(ctx, e.Measurement(), true)
	require.NoError(t, err)
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	_, err = ver.Stake(ctx, chain.RoleVerifier, chain.Tokens(100))
	require.NoError(t, err)
	reg, _, err := enclave.NewRegistration(ctx, e)
	require.NoError(t, err)
	_, err = op.RegisterEnclave(ctx, reg)
	require.NoError(t, err)
}
