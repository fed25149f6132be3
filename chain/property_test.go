package chain_test

import (
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

var (
	propSequences = flag.Int("chain.sequences", 1000, "random sequences in TestStakingProperty (-short runs 100)")
	propSteps     = flag.Int("chain.steps", 10, "operations per sequence in TestStakingProperty")
	propSeed      = flag.Uint64("chain.seed", 0, "seed for TestStakingProperty (0: time-based)")
)

const propDelay = 3 // unbonding delay of the property devnet, in blocks

// operatorModel is the Go model of one account under Staking's rules.
type operatorModel struct {
	balance     *big.Int
	role        chain.Role
	staked      *big.Int
	locked      *big.Int
	lockCount   uint32
	lockedUntil uint64
	unbonding   *big.Int
	ready       uint64
	verifierID  uint32
	seatRanks   uint32
}

func (m *operatorModel) free() *big.Int { return new(big.Int).Sub(m.staked, m.locked) }

// stakingModel is the model of every account of the test (a sequence
// works on the last five; earlier ones keep their stakes and seats, and
// draws still pick them) and of Staking's committee seats.
type stakingModel struct {
	model   []*operatorModel
	clients []*chain.Client
	// seats mirrors Staking's seat array: (account index, rank).
	seats [][2]int
	// verifiers counts the verifier ids handed out.
	verifiers uint32
}

// TestStakingProperty runs random sequences of stake / unbond / withdraw /
// slash / transfer / lock / unlock / slashLocked / drawCommittee /
// sampleCommittee / pruneSeat / mine over 5 accounts on its own devnet and checks, after every
// step, that each account (stake, locked stake and liabilities, unbonding,
// seats) and Staking's seat array match the model, that a draw or a sample
// (which locks nothing) picks exactly the members the model's replay of the
// sampling picks, and that no
// MEMO is created or lost.
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
	sm := &stakingModel{}
	stats := map[string]int{}
	start := time.Now()
	steps := 0
	for seq := range sequences {
		const n = 5
		clients, err := net.NewAccounts(ctx, n, oneETH, chain.Tokens(2500))
		require.NoError(t, err)
		base := len(sm.clients)
		sm.clients = append(sm.clients, clients...)
		for range n {
			sm.model = append(sm.model, &operatorModel{balance: chain.Tokens(2500), staked: new(big.Int), locked: new(big.Int), unbonding: new(big.Int)})
		}
		initial := chain.Tokens(2500 * n)
		model := sm.model[base:]
		stakingBefore, err := gov.MEMOBalance(ctx, gov.Deployment().Staking)
		require.NoError(t, err)

		for step := range *propSteps {
			i := rng.IntN(n)
			c, m := clients[i], model[i]
			amount := randomAmount(rng)
			// Half the time, an amount the account's stake can take.
			share := func(of *big.Int) *big.Int {
				if rng.IntN(2) == 0 || of.Sign() == 0 {
					return amount
				}
				return new(big.Int).Rand(rng2big(rng), new(big.Int).Add(of, big.NewInt(1)))
			}
			var (
				desc string
				err  error
				want error
				kind string
			)
			op := rng.IntN(100)
			if step < 2 { // each sequence starts with a verifier and a TEE node
				op, i, amount = 0, step, chain.Tokens(int64(1000+500*step))
				c, m = clients[i], model[i]
			}
			switch {
			case op < 22:
				kind = "stake"
				role := chain.Role(rng.IntN(3))
				if rng.IntN(2) == 0 {
					role = chain.RoleVerifier // committees need verifiers
				}
				if step < 2 {
					role = []chain.Role{chain.RoleVerifier, chain.RoleTEENode}[step]
				}
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
					if role == chain.RoleVerifier {
						sm.addSeats(base + i)
					}
				}
				_, err = c.Stake(ctx, role, amount)
			case op < 36:
				kind = "unbond"
				amount = share(m.free())
				desc = fmt.Sprintf("account %d unbonds %s", i, chain.FormatMEMO(amount))
				remaining := new(big.Int).Sub(m.staked, amount)
				switch {
				case amount.Sign() == 0:
					want = chain.ErrZeroAmount
				case amount.Cmp(m.staked) > 0:
					want = chain.ErrInsufficientStake
				case amount.Cmp(m.free()) > 0:
					want = chain.ErrStakeLocked
				case remaining.Sign() != 0 && remaining.Cmp(mins[m.role]) < 0:
					want = chain.ErrUnbondBelowMinimum
				}
				rcpt, e := c.RequestUnbond(ctx, amount)
				err = e
				if want == nil && err == nil {
					m.staked = remaining
					m.unbonding.Add(m.unbonding, amount)
					m.ready = rcpt.BlockNumber.Uint64() + propDelay
				}
			case op < 46:
				kind = "withdraw"
				for j := range n { // mostly an account with stake unbonding
					if model[j].unbonding.Sign() > 0 && rng.IntN(5) > 0 {
						i, c, m = j, clients[j], model[j]
					}
				}
				desc = fmt.Sprintf("account %d withdraws", i)
				head, e := c.BlockNumber(ctx)
				require.NoError(t, e)
				if head < m.ready && rng.IntN(2) == 0 {
					net.Mine(int(m.ready - head))
					head = m.ready
				}
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
			case op < 52:
				kind = "slash"
				b := rng.IntN(n)
				desc = fmt.Sprintf("slash account %d by %s to account %d", i, chain.FormatMEMO(amount), b)
				if amount.Sign() == 0 {
					want = chain.ErrZeroAmount
				} else {
					model[b].balance.Add(model[b].balance, slashModel(m, amount))
				}
				_, err = slasher.Slash(ctx, c.Address(), amount, clients[b].Address())
			case op < 60:
				kind = "transfer"
				to := rng.IntN(n)
				desc = fmt.Sprintf("account %d sends %s to account %d", i, chain.FormatMEMO(amount), to)
				if amount.Cmp(m.balance) > 0 {
					want = chain.ErrInsufficientBalance
				} else {
					m.balance.Sub(m.balance, amount)
					model[to].balance.Add(model[to].balance, amount)
				}
				_, err = c.TransferMEMO(ctx, clients[to].Address(), amount)
			case op < 70:
				kind = "lock"
				amount = share(m.free())
				count, until := uint64(1+rng.IntN(3)), uint32(rng.IntN(1000))
				desc = fmt.Sprintf("lock %s of account %d for %d liabilities until %d", chain.FormatMEMO(amount), i, count, until)
				if amount.Cmp(m.free()) > 0 {
					want = chain.ErrStakeLocked
				} else {
					m.locked.Add(m.locked, amount)
					m.lockCount += uint32(count)
					m.lockedUntil = max(m.lockedUntil, uint64(until))
				}
				_, err = slasher.Lock(ctx, c.Address(), amount, count, until)
			case op < 76:
				kind = "unlock"
				amount = share(m.locked)
				count := uint64(rng.IntN(3))
				desc = fmt.Sprintf("unlock %s of account %d for %d liabilities", chain.FormatMEMO(amount), i, count)
				unlockModel(m, amount, count)
				_, err = slasher.Unlock(ctx, c.Address(), amount, count)
			case op < 82:
				kind = "slash locked"
				release, count, b := randomAmount(rng), uint64(rng.IntN(2)), rng.IntN(n)
				desc = fmt.Sprintf("release %s (%d liabilities) of account %d and slash %s to account %d", chain.FormatMEMO(release), count, i, chain.FormatMEMO(amount), b)
				unlockModel(m, release, count)
				if amount.Sign() > 0 {
					model[b].balance.Add(model[b].balance, slashModel(m, amount))
				}
				_, err = slasher.SlashLocked(ctx, c.Address(), release, count, amount, clients[b].Address())
			case op < 91:
				kind = "draw"
				d := chain.CommitteeDraw{
					Seed: common.Hash(crypto.Keccak256(binary.BigEndian.AppendUint64(nil, rng.Uint64()))), K: uint8(1 + rng.IntN(3)),
					ExcludeA: clients[rng.IntN(n)].Address(), LockEach: chain.Tokens(int64(rng.IntN(60))),
					Until: uint32(rng.IntN(1000)), SeatBound: uint64(rng.IntN(len(sm.seats) + 2)),
				}
				if rng.IntN(10) == 0 { // now and then a bound too low for the committee
					d.SeatBound = uint64(rng.IntN(int(d.K) + 1))
				}
				desc = fmt.Sprintf("draw %d of %d seats (excluding %s), locking %s each", d.K, d.SeatBound, d.ExcludeA.Hex(), chain.FormatMEMO(d.LockEach))
				if rng.IntN(3) == 0 {
					d.ExcludeA = sm.clients[rng.IntN(len(sm.clients))].Address() // maybe of an earlier sequence
				}
				// The same seed sampled for an approval committee (by anyone,
				// locking nothing: the model's check shows no stake moved).
				{
					sd := d
					sd.ExcludeB, sd.LockEach = common.Address{}, new(big.Int)
					members, ok := sm.replayDraw(sd)
					ids, err := c.SampleCommittee(ctx, d.Seed, d.K, d.ExcludeA, d.SeatBound)
					where := fmt.Sprintf("seed %d sequence %d step %d: sample %d of %d seats (excluding %s)", seed, seq, step, d.K, d.SeatBound, d.ExcludeA.Hex())
					if !ok {
						require.ErrorIs(t, err, chain.ErrNotEnoughVerifiers, where)
						stats["sample refused"]++
					} else {
						require.NoError(t, err, where)
						got := make([]uint32, len(members))
						for k, a := range members {
							got[k] = sm.model[a].verifierID
						}
						require.Equal(t, got, ids, "%s: the chain sampled another committee than the replay", where)
						stats["sample"]++
					}
				}
				members, ok := sm.replayDraw(d)
				if !ok {
					want = chain.ErrNotEnoughVerifiers
				}
				var ids []uint32
				ids, _, err = slasher.DrawCommittee(ctx, d)
				if ok && err == nil {
					got := make([]uint32, len(members))
					for k, a := range members {
						got[k] = sm.model[a].verifierID
						mm := sm.model[a]
						mm.locked.Add(mm.locked, d.LockEach)
						mm.lockCount++
						mm.lockedUntil = max(mm.lockedUntil, uint64(d.Until))
					}
					require.Equal(t, got, ids, "seed %d sequence %d step %d: %s: the chain drew another committee than the replay", seed, seq, step, desc)
				}
			case op < 94:
				kind = "prune"
				if len(sm.seats) == 0 {
					continue
				}
				k := rng.IntN(len(sm.seats))
				if rng.IntN(2) == 0 { // half the time a seat the model finds stale, if any
					var stale []int
					for j := range sm.seats {
						if !sm.seatValid(j) {
							stale = append(stale, j)
						}
					}
					if len(stale) > 0 {
						k = stale[rng.IntN(len(stale))]
					}
				}
				desc = fmt.Sprintf("prune seat %d of %d", k, len(sm.seats))
				if sm.seatValid(k) {
					want = chain.ErrSeatValid
				} else {
					sm.prune(k)
				}
				_, err = c.PruneSeat(ctx, uint64(k))
			default:
				kind = "mine"
				k := 1 + rng.IntN(propDelay)
				desc = fmt.Sprintf("mine %d blocks", k)
				net.Mine(k)
			}
			where := fmt.Sprintf("seed %d sequence %d step %d: %s", seed, seq, step, desc)
			if want != nil {
				require.ErrorIs(t, err, want, where)
				stats[kind+" refused"]++
			} else {
				require.NoError(t, err, where)
				stats[kind]++
			}
			checkModel(t, ctx, gov, clients, model, initial, stakingBefore, where)
			checkSeats(t, ctx, gov, sm, where, func(int) bool { return rng.IntN(len(sm.seats)) < 4 })
			steps++
		}
		checkSeats(t, ctx, gov, sm, fmt.Sprintf("seed %d sequence %d", seed, seq), func(a int) bool { return a >= base })
	}
	s, err := gov.TotalSupply(ctx)
	require.NoError(t, err)
	require.Equal(t, supply.String(), s.String(), "total supply changed")
	t.Logf("%d steps in %v (%v per step); outcomes %v", steps, time.Since(start), time.Since(start)/time.Duration(max(steps, 1)), stats)
	if sequences >= 100 {
		for _, k := range []string{"stake", "unbond", "unbond refused", "withdraw", "slash", "lock", "lock refused", "unlock", "slash locked",
			"draw", "draw refused", "sample", "sample refused", "prune", "prune refused"} {
			require.Positive(t, stats[k], "no %q in %d sequences: the generator is too narrow", k, sequences)
		}
	}
}

// slashModel takes up to amount from m as Staking does: free stake, then
// unbonding stake, then locked stake. It returns what was taken.
func slashModel(m *operatorModel, amount *big.Int) *big.Int {
	fromFree := minBig(amount, m.free())
	rest := new(big.Int).Sub(amount, fromFree)
	fromUnbonding := minBig(rest, m.unbonding)
	rest.Sub(rest, fromUnbonding)
	fromLocked := minBig(rest, m.locked)
	m.staked = new(big.Int).Sub(new(big.Int).Sub(m.staked, fromFree), fromLocked)
	m.locked = new(big.Int).Sub(m.locked, fromLocked)
	m.unbonding = new(big.Int).Sub(m.unbonding, fromUnbonding)
	if m.staked.Sign() == 0 && m.unbonding.Sign() == 0 {
		m.role, m.ready = chain.RoleNone, 0
	}
	return new(big.Int).Add(new(big.Int).Add(fromFree, fromUnbonding), fromLocked)
}

// unlockModel releases up to amount and count liabilities, as Staking does.
func unlockModel(m *operatorModel, amount *big.Int, count uint64) {
	m.locked = new(big.Int).Sub(m.locked, minBig(amount, m.locked))
	m.lockCount -= uint32(min(count, uint64(m.lockCount)))
}

// addSeats mirrors Staking._addSeats for account i.
func (sm *stakingModel) addSeats(i int) {
	m := sm.model[i]
	if m.verifierID == 0 {
		sm.verifiers++
		m.verifierID = sm.verifiers
	}
	want := min(new(big.Int).Div(m.staked, minVerifier).Int64(), 32)
	for r := range int(want) {
		if m.seatRanks&(1<<r) != 0 {
			continue
		}
		m.seatRanks |= 1 << r
		sm.seats = append(sm.seats, [2]int{i, r})
	}
}

// seatValid reports whether seat k's account holds the stake behind it.
func (sm *stakingModel) seatValid(k int) bool {
	a, r := sm.seats[k][0], sm.seats[k][1]
	m := sm.model[a]
	return m.role == chain.RoleVerifier && m.staked.Cmp(new(big.Int).Mul(minVerifier, big.NewInt(int64(r+1)))) >= 0
}

// prune mirrors Staking.pruneSeat: the seat's rank bit cleared, the last
// seat moved into its place.
func (sm *stakingModel) prune(k int) {
	sm.model[sm.seats[k][0]].seatRanks &^= 1 << sm.seats[k][1]
	sm.seats[k] = sm.seats[len(sm.seats)-1]
	sm.seats = sm.seats[:len(sm.seats)-1]
}

// replayDraw runs Staking.drawCommittee over the model: try t (from 8k+16
// down to 1) picks seat keccak256(seed, t) mod min(seatBound, seats).
func (sm *stakingModel) replayDraw(d chain.CommitteeDraw) ([]int, bool) {
	var members []int
	n := min(len(sm.seats), int(d.SeatBound))
	for tries := 8*int(d.K) + 16; tries != 0 && len(members) < int(d.K) && n != 0; tries-- {
		var word [64]byte
		copy(word[:32], d.Seed[:])
		binary.BigEndian.PutUint64(word[56:], uint64(tries))
		k := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(word[:])), big.NewInt(int64(n))).Int64()
		a := sm.seats[k][0]
		if sm.clients[a].Address() == d.ExcludeA || sm.clients[a].Address() == d.ExcludeB || slices.Contains(members, a) {
			continue
		}
		if !sm.seatValid(int(k)) || sm.model[a].free().Cmp(d.LockEach) < 0 {
			continue
		}
		members = append(members, a)
	}
	return members, len(members) == int(d.K)
}

func checkModel(t *testing.T, ctx context.Context, gov *chain.Client, clients []*chain.Client, model []*operatorModel, initial, stakingBefore *big.Int, where string) {
	t.Helper()
	bals, infos := make([]*big.Int, len(clients)), make([]chain.StakeInfo, len(clients))
	var contract *big.Int
	v := newViews(gov.Deployment())
	for i, c := range clients {
		v.balance(c.Address(), &bals[i])
		v.stake(c.Address(), &infos[i])
	}
	v.balance(gov.Deployment().Staking, &contract)
	require.NoError(t, v.run(ctx, gov), where)
	held, staked := new(big.Int), new(big.Int)
	for i := range clients {
		bal, info, m := bals[i], infos[i], model[i]
		require.Equal(t, m.balance.String(), bal.String(), "%s: balance of account %d", where, i)
		require.Equal(t, m.role, info.Role, "%s: role of account %d", where, i)
		require.Equal(t, m.staked.String(), info.Staked.String(), "%s: stake of account %d", where, i)
		require.Equal(t, m.locked.String(), info.Locked.String(), "%s: locked stake of account %d", where, i)
		require.Equal(t, m.lockCount, info.LockCount, "%s: liabilities of account %d", where, i)
		require.Equal(t, m.lockedUntil, info.LockedUntil, "%s: locked-until block of account %d", where, i)
		require.Equal(t, m.unbonding.String(), info.Unbonding.String(), "%s: unbonding of account %d", where, i)
		require.Equal(t, m.ready, info.ReadyBlock, "%s: ready block of account %d", where, i)
		require.Equal(t, m.verifierID, info.VerifierID, "%s: verifier id of account %d", where, i)
		require.Equal(t, m.seatRanks, info.SeatRanks, "%s: seats of account %d", where, i)
		held.Add(held, bal)
		staked.Add(staked, info.Staked).Add(staked, info.Unbonding)
	}
	// Conservation: every token is held by an account or by Staking on
	// behalf of one (slashed tokens went to a beneficiary account).
	require.Equal(t, initial.String(), new(big.Int).Add(held, staked).String(), "%s: tokens created or lost", where)
	require.Equal(t, staked.String(), new(big.Int).Sub(contract, stakingBefore).String(), "%s: Staking's balance differs from its books", where)
}

// checkSeats compares Staking's seat count with the model's, and the seats
// of the accounts pick selects.
func checkSeats(t *testing.T, ctx context.Context, gov *chain.Client, sm *stakingModel, where string, pick func(account int) bool) {
	t.Helper()
	var n uint64
	v := newViews(gov.Deployment())
	v.seatCount(&n)
	type seat struct {
		k       int
		account common.Address
		rank    uint64
	}
	var seats []*seat
	for k, s := range sm.seats {
		if !pick(s[0]) {
			continue
		}
		st := &seat{k: k}
		v.seat(uint64(k), &st.account, &st.rank)
		seats = append(seats, st)
	}
	// A seat the model has and Staking lacks reverts: the count says why.
	err := v.run(ctx, gov)
	require.EqualValues(t, len(sm.seats), n, "%s: seat count", where)
	require.NoError(t, err, where)
	for _, st := range seats {
		s := sm.seats[st.k]
		require.Equal(t, sm.clients[s[0]].Address(), st.account, "%s: seat %d", where, st.k)
		require.EqualValues(t, s[1], st.rank, "%s: rank of seat %d", where, st.k)
	}
}

// randomAmount picks amounts around the interesting thresholds.
func randomAmount(rng *rand.Rand) *big.Int {
	picks := []int64{0, 1, 50, 99, 100, 101, 500, 999, 1000, 1001, 1500, 2500}
	if rng.IntN(4) == 0 {
		return new(big.Int).Add(chain.Tokens(rng.Int64N(3000)), big.NewInt(rng.Int64N(1000)))
	}
	return chain.Tokens(picks[rng.IntN(len(picks))])
}

// rng2big adapts rng to big.Int.Rand.
func rng2big(rng *rand.Rand) *mrand.Rand { return mrand.New(mrand.NewSource(rng.Int64())) }

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
