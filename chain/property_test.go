package chain_test

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

var (
	propSequences = flag.Int("chain.sequences", 1000, "random sequences in TestStakingProperty (-short runs 100)")
	propSteps     = flag.Int("chain.steps", 8, "operations per sequence in TestStakingProperty")
	propSeed      = flag.Uint64("chain.seed", 0, "seed for TestStakingProperty (0: time-based)")
)

const propDelay = 3 // unbonding delay of the property devnet, in blocks

// operatorModel is the Go model of one account under Staking's rules.
type operatorModel struct {
	balance   *big.Int
	role      chain.Role
	staked    *big.Int
	unbonding *big.Int
	ready     uint64
}

// TestStakingProperty runs random sequences of stake / unbond / withdraw /
// slash / transfer / mine over 5 accounts on its own devnet and checks,
// after every step, that each account matches the model and that no MEMO
// is created or lost.
func TestStakingProperty(t *testing.T) {
	t.Parallel()
	sequences := *propSequences
	if testing.Short() {
		sequences = min(sequences, 100)
	}
	seed := *propSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (rerun with -chain.seed=%d), %d sequences of %d steps", seed, seed, sequences, *propSteps)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	net, err := devnet.New(ctx, devnet.Config{
		Accounts: 1,
		Deploy: chain.DeployConfig{MinStakeTEENode: minTEE, MinStakeVerifier: minVerifier, UnbondingDelay: propDelay,
			Market: chain.MarketConfig{MaxDuration: 1, MaxVotingWindow: 1, RevealWindow: 1}},
	})
	require.NoError(t, err)
	defer net.Close()
	gov := net.Governance()
	slasher, err := net.NewAccount(ctx, oneETH, nil)
	require.NoError(t, err)
	_, err = gov.GrantSlasher(ctx, slasher.Address())
	require.NoError(t, err)
	supply, err := gov.TotalSupply(ctx)
	require.NoError(t, err)

	mins := map[chain.Role]*big.Int{chain.RoleNone: new(big.Int), chain.RoleTEENode: minTEE, chain.RoleVerifier: minVerifier}
	start := time.Now()
	steps := 0
	for seq := range sequences {
		const n = 5
		clients, err := net.NewAccounts(ctx, n, oneETH, chain.Tokens(2500))
		require.NoError(t, err)
		model := make([]*operatorModel, n)
		initial := chain.Tokens(2500 * n)
		for i := range n {
			model[i] = &operatorModel{balance: chain.Tokens(2500), staked: new(big.Int), unbonding: new(big.Int)}
		}
		stakingBefore, err := gov.MEMOBalance(ctx, gov.Deployment().Staking)
		require.NoError(t, err)

		for step := range *propSteps {
			i := rng.IntN(n)
			c, m := clients[i], model[i]
			amount := randomAmount(rng)
			var (
				desc string
				err  error
				want error
			)
			switch op := rng.IntN(100); {
			case op < 30:
				role := chain.Role(rng.IntN(3))
				desc = fmt.Sprintf("account %d stakes %s as %s", i, chain.FormatMEMO(amount), role)
				total := new(big.Int).Add(m.staked, amount)
				switch {
				case amount.Cmp(m.balance) > 0:
					want = chain.ErrInsufficientBalance
				case role == chain.RoleNone:
					want = chain.ErrInvalidRole
				case amount.Sign() == 0:
					want = chain.ErrZeroAmount
				case m.role != chain.RoleNone && m.role != role:
					want = chain.ErrRoleMismatch
				case total.Cmp(mins[role]) < 0:
					want = chain.ErrStakeTooLow
				default:
					m.balance.Sub(m.balance, amount)
					m.staked, m.role = total, role
				}
				_, err = c.Stake(ctx, role, amount)
			case op < 50:
				desc = fmt.Sprintf("account %d unbonds %s", i, chain.FormatMEMO(amount))
				remaining := new(big.Int).Sub(m.staked, amount)
				var rcptBlock uint64
				switch {
				case amount.Sign() == 0:
					want = chain.ErrZeroAmount
				case amount.Cmp(m.staked) > 0:
					want = chain.ErrInsufficientStake
				case remaining.Sign() != 0 && remaining.Cmp(mins[m.role]) < 0:
					want = chain.ErrUnbondBelowMinimum
				}
				rcpt, e := c.RequestUnbond(ctx, amount)
				err = e
				if want == nil && err == nil {
					rcptBlock = rcpt.BlockNumber.Uint64()
					m.staked = remaining
					m.unbonding.Add(m.unbonding, amount)
					m.ready = rcptBlock + propDelay
				}
			case op < 65:
				desc = fmt.Sprintf("account %d withdraws", i)
				head, e := c.BlockNumber(ctx)
				require.NoError(t, e)
				switch {
				case m.unbonding.Sign() == 0:
					want = chain.ErrNothingToWithdraw
				case head < m.ready:
					want = chain.ErrUnbondingNotReady
				default:
					m.balance.Add(m.balance, m.unbonding)
					m.unbonding, m.ready = new(big.Int), 0
					if m.staked.Sign() == 0 {
						m.role = chain.RoleNone
					}
				}
				_, err = c.Withdraw(ctx)
			case op < 75:
				b := rng.IntN(n)
				desc = fmt.Sprintf("slash account %d by %s to account %d", i, chain.FormatMEMO(amount), b)
				if amount.Sign() == 0 {
					want = chain.ErrZeroAmount
				} else {
					fromStake := minBig(amount, m.staked)
					fromUnbonding := minBig(new(big.Int).Sub(amount, fromStake), m.unbonding)
					m.staked = new(big.Int).Sub(m.staked, fromStake)
					m.unbonding = new(big.Int).Sub(m.unbonding, fromUnbonding)
					if m.staked.Sign() == 0 && m.unbonding.Sign() == 0 {
						m.role, m.ready = chain.RoleNone, 0
					}
					model[b].balance.Add(model[b].balance, fromStake)
					model[b].balance.Add(model[b].balance, fromUnbonding)
				}
				_, err = slasher.Slash(ctx, c.Address(), amount, clients[b].Address())
			case op < 90:
				to := rng.IntN(n)
				desc = fmt.Sprintf("account %d sends %s to account %d", i, chain.FormatMEMO(amount), to)
				if amount.Cmp(m.balance) > 0 {
					want = chain.ErrInsufficientBalance
				} else {
					m.balance.Sub(m.balance, amount)
					model[to].balance.Add(model[to].balance, amount)
				}
				_, err = c.TransferMEMO(ctx, clients[to].Address(), amount)
			default:
				k := 1 + rng.IntN(propDelay)
				desc = fmt.Sprintf("mine %d blocks", k)
				net.Mine(k)
			}
			where := fmt.Sprintf("seed %d sequence %d step %d: %s", seed, seq, step, desc)
			if want != nil {
				require.ErrorIs(t, err, want, where)
			} else {
				require.NoError(t, err, where)
			}
			checkModel(t, ctx, gov, clients, model, initial, stakingBefore, where)
			steps++
		}
	}
	s, err := gov.TotalSupply(ctx)
	require.NoError(t, err)
	require.Equal(t, supply.String(), s.String(), "total supply changed")
	t.Logf("%d steps in %v (%v per step)", steps, time.Since(start), time.Since(start)/time.Duration(max(steps, 1)))
}

func checkModel(t *testing.T, ctx context.Context, gov *chain.Client, clients []*chain.Client, model []*operatorModel, initial, stakingBefore *big.Int, where string) {
	t.Helper()
	held, staked := new(big.Int), new(big.Int)
	for i, c := range clients {
		bal, err := gov.MEMOBalance(ctx, c.Address())
		require.NoError(t, err)
		info, err := gov.StakeOf(ctx, c.Address())
		require.NoError(t, err)
		m := model[i]
		require.Equal(t, m.balance.String(), bal.String(), "%s: balance of account %d", where, i)
		require.Equal(t, m.role, info.Role, "%s: role of account %d", where, i)
		require.Equal(t, m.staked.String(), info.Staked.String(), "%s: stake of account %d", where, i)
		require.Equal(t, m.unbonding.String(), info.Unbonding.String(), "%s: unbonding of account %d", where, i)
		require.Equal(t, m.ready, info.ReadyBlock, "%s: ready block of account %d", where, i)
		held.Add(held, bal)
		staked.Add(staked, info.Staked).Add(staked, info.Unbonding)
	}
	// Conservation: every token is held by an account or by Staking on
	// behalf of one (slashed tokens went to a beneficiary account).
	require.Equal(t, initial.String(), new(big.Int).Add(held, staked).String(), "%s: tokens created or lost", where)
	contract, err := gov.MEMOBalance(ctx, gov.Deployment().Staking)
	require.NoError(t, err)
	require.Equal(t, staked.String(), new(big.Int).Sub(contract, stakingBefore).String(), "%s: Staking's balance differs from its books", where)
}

// randomAmount picks amounts around the interesting thresholds.
func randomAmount(rng *rand.Rand) *big.Int {
	picks := []int64{0, 1, 50, 99, 100, 101, 500, 999, 1000, 1001, 1500, 2500}
	if rng.IntN(4) == 0 {
		return new(big.Int).Add(chain.Tokens(rng.Int64N(3000)), big.NewInt(rng.Int64N(1000)))
	}
	return chain.Tokens(picks[rng.IntN(len(picks))])
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
