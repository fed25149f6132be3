package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

func requireStake(t *testing.T, c *chain.Client, role chain.Role, staked, unbonding *big.Int) {
	t.Helper()
	info, err := c.StakeOf(testContext(t), c.Address())
	require.NoError(t, err)
	require.Equal(t, role, info.Role, "role")
	require.Equal(t, staked.String(), info.Staked.String(), "staked")
	require.Equal(t, unbonding.String(), info.Unbonding.String(), "unbonding")
}

func requireBalance(t *testing.T, c *chain.Client, want *big.Int) {
	t.Helper()
	got, err := c.MEMOBalance(testContext(t), c.Address())
	require.NoError(t, err)
	require.Equal(t, want.String(), got.String(), "MEMO balance of %s", c.Address())
}

func TestStake(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		prior   []stakeCall // made before the call under test
		role    chain.Role
		amount  *big.Int
		wantErr error
		staked  *big.Int // expected stake afterwards
	}{
		{name: "tee node at minimum", role: chain.RoleTEENode, amount: minTEE, staked: minTEE},
		{name: "verifier above minimum", role: chain.RoleVerifier, amount: chain.Tokens(150), staked: chain.Tokens(150)},
		{name: "top-up below minimum allowed once staked", prior: []stakeCall{{chain.RoleTEENode, minTEE}}, role: chain.RoleTEENode, amount: chain.Tokens(1), staked: chain.Tokens(1001)},
		{name: "below minimum", role: chain.RoleTEENode, amount: chain.Tokens(999), wantErr: chain.ErrStakeTooLow, staked: new(big.Int)},
		{name: "role none", role: chain.RoleNone, amount: minTEE, wantErr: chain.ErrInvalidRole, staked: new(big.Int)},
		{name: "zero amount", role: chain.RoleVerifier, amount: new(big.Int), wantErr: chain.ErrZeroAmount, staked: new(big.Int)},
		{name: "other role", prior: []stakeCall{{chain.RoleVerifier, minVerifier}}, role: chain.RoleTEENode, amount: minTEE, wantErr: chain.ErrRoleMismatch, staked: minVerifier},
		{name: "more than balance", role: chain.RoleTEENode, amount: chain.Tokens(10_001), wantErr: chain.ErrInsufficientBalance, staked: new(big.Int)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			c := newAccount(t, chain.Tokens(10_000))
			for _, p := range tt.prior {
				_, err := c.Stake(ctx, p.role, p.amount)
				require.NoError(t, err)
			}
			balBefore, err := c.MEMOBalance(ctx, c.Address())
			require.NoError(t, err)
			rcpt, err := c.Stake(ctx, tt.role, tt.amount)
			info, ierr := c.StakeOf(ctx, c.Address())
			require.NoError(t, ierr)
			require.Equal(t, tt.staked.String(), info.Staked.String())
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				require.Nil(t, rcpt)
				// Nothing half-done: no approval left behind, no tokens moved.
				allowance, err := c.Allowance(ctx, c.Address(), c.Deployment().Staking)
				require.NoError(t, err)
				require.Zero(t, allowance.Sign(), "allowance left after a failed stake")
				requireBalance(t, c, balBefore)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.role, info.Role)
			requireBalance(t, c, new(big.Int).Sub(balBefore, tt.amount))
			ok, err := c.IsStaked(ctx, c.Address(), tt.role)
			require.NoError(t, err)
			require.True(t, ok)
		})
	}
}

type stakeCall struct {
	role   chain.Role
	amount *big.Int
}

func TestStakeRevertsOnChainWhenAllowanceAlreadyGiven(t *testing.T) {
	t.Parallel()
	// With an allowance in place the client skips its local checks: the
	// revert must then come from the contract and still be named.
	ctx := testContext(t)
	c := newAccount(t, chain.Tokens(5000))
	_, err := c.ApproveMEMO(ctx, c.Deployment().Staking, chain.Tokens(5000))
	require.NoError(t, err)
	_, err = c.Stake(ctx, chain.RoleTEENode, chain.Tokens(10))
	require.ErrorIs(t, err, chain.ErrStakeTooLow)
	var re *chain.RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "StakeTooLow", re.Name)
	require.Contains(t, err.Error(), "stake at least 990 MEMO more")
}

func TestUnbond(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		amount    *big.Int
		wantErr   error
		staked    *big.Int
		unbonding *big.Int
		role      chain.Role
	}{
		{name: "partial keeping minimum", amount: chain.Tokens(500), staked: chain.Tokens(1000), unbonding: chain.Tokens(500), role: chain.RoleTEENode},
		{name: "everything", amount: chain.Tokens(1500), staked: new(big.Int), unbonding: chain.Tokens(1500), role: chain.RoleTEENode},
		{name: "zero", amount: new(big.Int), wantErr: chain.ErrZeroAmount, staked: chain.Tokens(1500), unbonding: new(big.Int), role: chain.RoleTEENode},
		{name: "more than staked", amount: chain.Tokens(1501), wantErr: chain.ErrInsufficientStake, staked: chain.Tokens(1500), unbonding: new(big.Int), role: chain.RoleTEENode},
		{name: "leaving less than minimum", amount: chain.Tokens(501), wantErr: chain.ErrUnbondBelowMinimum, staked: chain.Tokens(1500), unbonding: new(big.Int), role: chain.RoleTEENode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			c := newAccount(t, chain.Tokens(1500))
			_, err := c.Stake(ctx, chain.RoleTEENode, chain.Tokens(1500))
			require.NoError(t, err)
			_, err = c.RequestUnbond(ctx, tt.amount)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			requireStake(t, c, tt.role, tt.staked, tt.unbonding)
		})
	}
	t.Run("without stake", func(t *testing.T) {
		t.Parallel()
		c := newAccount(t, nil)
		_, err := c.RequestUnbond(testContext(t), chain.Tokens(1))
		require.ErrorIs(t, err, chain.ErrInsufficientStake)
	})
}

func TestWithdraw(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	c := newAccount(t, chain.Tokens(2000))

	_, err := c.Withdraw(ctx)
	require.ErrorIs(t, err, chain.ErrNothingToWithdraw)

	_, err = c.Stake(ctx, chain.RoleTEENode, chain.Tokens(2000))
	require.NoError(t, err)
	rcpt, err := c.RequestUnbond(ctx, chain.Tokens(2000))
	require.NoError(t, err)
	info, err := c.StakeOf(ctx, c.Address())
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockNumber.Uint64()+unbondDelay, info.ReadyBlock)

	_, err = c.Withdraw(ctx)
	require.ErrorIs(t, err, chain.ErrUnbondingNotReady)
	require.Contains(t, err.Error(), "wait and retry")

	// Unbonding restarts the clock for everything unbonding; then wait it out.
	dev.Mine(unbondDelay)
	_, err = c.Withdraw(ctx)
	require.NoError(t, err)
	requireBalance(t, c, chain.Tokens(2000))
	requireStake(t, c, chain.RoleNone, new(big.Int), new(big.Int))

	// Having left, the account may come back in another role.
	_, err = c.Stake(ctx, chain.RoleVerifier, minVerifier)
	require.NoError(t, err)
}

func TestSlash(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	slasher := newAccount(t, nil)
	_, err := dev.Governance().GrantSlasher(ctx, slasher.Address())
	require.NoError(t, err)
	has, err := slasher.HasSlasherRole(ctx, slasher.Address())
	require.NoError(t, err)
	require.True(t, has)

	op := newAccount(t, chain.Tokens(3000))
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(3000))
	require.NoError(t, err)
	_, err = op.RequestUnbond(ctx, chain.Tokens(1000))
	require.NoError(t, err)
	beneficiary := common.Address{0xbe, 0xef}

	t.Run("not a slasher", func(t *testing.T) {
		_, err := op.Slash(ctx, op.Address(), chain.Tokens(1), beneficiary)
		require.ErrorIs(t, err, chain.ErrUnauthorized)
		require.Contains(t, err.Error(), "SLASHER_ROLE")
	})
	t.Run("zero amount", func(t *testing.T) {
		_, err := slasher.Slash(ctx, op.Address(), new(big.Int), beneficiary)
		require.ErrorIs(t, err, chain.ErrZeroAmount)
	})
	t.Run("zero beneficiary", func(t *testing.T) {
		_, err := slasher.Slash(ctx, op.Address(), chain.Tokens(1), common.Address{})
		require.ErrorIs(t, err, chain.ErrZeroAddress)
	})
	t.Run("from active stake first", func(t *testing.T) {
		_, err := slasher.Slash(ctx, op.Address(), chain.Tokens(1500), beneficiary)
		require.NoError(t, err)
		requireStake(t, op, chain.RoleTEENode, chain.Tokens(500), chain.Tokens(1000))
	})
	t.Run("then unbonding stake, capped at what is held", func(t *testing.T) {
		_, err := slasher.Slash(ctx, op.Address(), chain.Tokens(5000), beneficiary)
		require.NoError(t, err)
		requireStake(t, op, chain.RoleNone, new(big.Int), new(big.Int))
		got, err := op.MEMOBalance(ctx, beneficiary)
		require.NoError(t, err)
		require.Equal(t, chain.Tokens(3000).String(), got.String())
		_, err = op.Withdraw(ctx)
		require.ErrorIs(t, err, chain.ErrNothingToWithdraw)
	})
}

func TestGovernanceOnlyParameters(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	stranger := newAccount(t, nil)
	gov := dev.Governance()

	_, err := stranger.SetMinStake(ctx, chain.RoleTEENode, chain.Tokens(1))
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	_, err = stranger.SetUnbondingDelay(ctx, 1)
	require.ErrorIs(t, err, chain.ErrUnauthorized)
	_, err = stranger.GrantSlasher(ctx, stranger.Address())
	require.ErrorIs(t, err, chain.ErrUnauthorized)

	// Governance may set them (to the values the shared devnet already has,
	// so parallel tests are unaffected).
	_, err = gov.SetMinStake(ctx, chain.RoleTEENode, minTEE)
	require.NoError(t, err)
	_, err = gov.SetUnbondingDelay(ctx, unbondDelay)
	require.NoError(t, err)
	_, err = gov.SetMinStake(ctx, chain.RoleNone, minTEE)
	require.ErrorIs(t, err, chain.ErrInvalidRole)
	delay, err := gov.UnbondingDelay(ctx)
	require.NoError(t, err)
	require.EqualValues(t, unbondDelay, delay)
	m, err := gov.MinStake(ctx, chain.RoleVerifier)
	require.NoError(t, err)
	require.Equal(t, minVerifier.String(), m.String())
}

// TestStakeLocks: locked stake backs liabilities: it cannot be unbonded,
// a new lock needs free stake, a slash takes free, then unbonding, then
// locked stake, and slashLocked releases before it slashes.
func TestStakeLocks(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	slasher := newAccount(t, nil)
	_, err := dev.Governance().GrantSlasher(ctx, slasher.Address())
	require.NoError(t, err)
	op := newAccount(t, chain.Tokens(3000))
	_, err = op.Stake(ctx, chain.RoleTEENode, chain.Tokens(3000))
	require.NoError(t, err)
	beneficiary := common.Address{0xbe, 0xef, 0x01}
	lockInfo := func() chain.StakeInfo {
		info, err := op.StakeOf(ctx, op.Address())
		require.NoError(t, err)
		return info
	}

	_, err = op.Lock(ctx, op.Address(), chain.Tokens(1), 1, 1)
	require.ErrorIs(t, err, chain.ErrUnauthorized, "only the market role locks")
	_, err = slasher.Lock(ctx, op.Address(), chain.Tokens(1500), 2, 900)
	require.NoError(t, err)
	_, err = slasher.Lock(ctx, op.Address(), chain.Tokens(500), 1, 800)
	require.NoError(t, err)
	info := lockInfo()
	require.Equal(t, chain.Tokens(2000).String(), info.Locked.String())
	require.EqualValues(t, 3, info.LockCount)
	require.EqualValues(t, 900, info.LockedUntil)
	require.Equal(t, chain.Tokens(1000).String(), info.Free().String())

	_, err = slasher.Lock(ctx, op.Address(), chain.Tokens(1001), 1, 900)
	require.ErrorIs(t, err, chain.ErrStakeLocked)
	_, err = op.RequestUnbond(ctx, chain.Tokens(3000))
	require.ErrorIs(t, err, chain.ErrStakeLocked)
	require.Contains(t, err.Error(), "1000 MEMO of free stake, 3000 MEMO needed: stake locked by 3 open liabilities")
	require.Contains(t, err.Error(), "until block 900")
	_, err = op.RequestUnbond(ctx, chain.Tokens(500))
	require.NoError(t, err, "what is free may leave")
	_, err = op.RequestUnbond(ctx, chain.Tokens(600))
	require.ErrorIs(t, err, chain.ErrStakeLocked)

	// 500 free, 500 unbonding: a 1200 slash takes the free 500, the
	// unbonding 500, then 200 of the locked stake.
	_, err = slasher.Slash(ctx, op.Address(), chain.Tokens(1200), beneficiary)
	require.NoError(t, err)
	info = lockInfo()
	require.Equal(t, chain.Tokens(1800).String(), info.Staked.String())
	require.Equal(t, chain.Tokens(1800).String(), info.Locked.String())
	require.Zero(t, info.Unbonding.Sign())

	// Settling one liability of 500 with a 300 slash: release, then take
	// the released (now free) stake.
	_, err = slasher.SlashLocked(ctx, op.Address(), chain.Tokens(500), 1, chain.Tokens(300), beneficiary)
	require.NoError(t, err)
	info = lockInfo()
	require.Equal(t, chain.Tokens(1500).String(), info.Staked.String())
	require.Equal(t, chain.Tokens(1300).String(), info.Locked.String())
	require.EqualValues(t, 2, info.LockCount)

	// Unlocking more than is locked releases what there is.
	_, err = slasher.Unlock(ctx, op.Address(), chain.Tokens(5000), 5)
	require.NoError(t, err)
	info = lockInfo()
	require.Zero(t, info.Locked.Sign())
	require.Zero(t, info.LockCount)
	_, err = op.RequestUnbond(ctx, chain.Tokens(1500))
	require.NoError(t, err)
	requireBalance(t, slasher, new(big.Int))
	got, err := op.MEMOBalance(ctx, beneficiary)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(1500).String(), got.String())
}

// TestUnbondingDelayFloor: governance cannot set an unbonding delay shorter
// than the longest a task slot can stay open.
func TestUnbondingDelayFloor(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	gov := dev.Governance()
	floor, err := gov.MinUnbondingDelay(ctx)
	require.NoError(t, err)
	require.Equal(t, testMarket.Params().MinUnbondingDelay(), floor)
	_, err = gov.SetUnbondingDelay(ctx, floor-1)
	require.ErrorIs(t, err, chain.ErrUnbondingDelayTooShort)
	require.Contains(t, err.Error(), "raise the delay")
	p := testMarket.Params()
	p.MaxDuration = unbondDelay
	_, err = gov.SetMarketParams(ctx, p)
	require.ErrorIs(t, err, chain.ErrUnbondingDelayTooShort, "the market refuses slots that could outlast the unbonding delay")
}
