package chain_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

func TestSmokeStake(t *testing.T) {
	ctx := testContext(t)
	c := newAccount(t, chain.Tokens(5000))
	r, err := c.Stake(ctx, chain.RoleTEENode, chain.Tokens(1000))
	require.NoError(t, err)
	t.Log("gas", r.GasUsed)
	_, err = c.Stake(ctx, chain.RoleVerifier, chain.Tokens(1000))
	require.ErrorIs(t, err, chain.ErrRoleMismatch)
	t.Log(err)
}
