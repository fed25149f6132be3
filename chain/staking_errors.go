package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Errors of the Staking contract's liability locks, matched with errors.Is
// on the *RevertError a Client returns.
var (
	// ErrStakeLocked is returned when unbonding, accepting a task slot or
	// taking on another liability needs more stake than is free: the rest
	// is locked by open task slots or pending votes until they settle.
	ErrStakeLocked = errors.New("stake locked by open liabilities")
	// ErrUnbondingDelayTooShort is returned when the unbonding delay would be
	// shorter than the longest a task slot can stay open.
	ErrUnbondingDelayTooShort = errors.New("unbonding delay shorter than a task slot can stay open")
	// ErrStakeOverflow is returned when a stake would exceed 2^96-1 base units.
	ErrStakeOverflow = errors.New("stake too large")
	// ErrNotEnoughVerifiers is returned when a committee cannot be drawn: too few eligible verifiers.
	ErrNotEnoughVerifiers = errors.New("not enough eligible verifiers for a committee")
	// ErrBadCommitteeSize is returned when a committee of 0 or more than Staking's maximum is asked for.
	ErrBadCommitteeSize = errors.New("invalid committee size")
	// ErrSeatValid is returned when pruning a seat whose verifier still holds the stake behind it.
	ErrSeatValid = errors.New("seat still backed by stake")
)

var stakingRevertSpecs = map[string]revertSpec{
	"StakeLocked": {ErrStakeLocked, func(a []any) string {
		open := "open liabilities"
		if arg(a, 3).Cmp(big.NewInt(1)) == 0 {
			open = "open liability"
		}
		return fmt.Sprintf("%v has %s of free stake, %s needed: stake locked by %v %s (task slots, pending votes) until block %v: top up the stake or wait until they settle",
			a[0], FormatMEMO(arg(a, 2)), FormatMEMO(arg(a, 1)), a[3], open, a[4])
	}},
	"UnbondingDelayTooShort": {ErrUnbondingDelayTooShort, func(a []any) string {
		return fmt.Sprintf("unbonding delay of %v blocks is shorter than the %v blocks a task slot can stay open: raise the delay (Staking) or lower maxDuration/maxVotingWindow (TaskMarket)", a[0], a[1])
	}},
	"NotEnoughVerifiers": {ErrNotEnoughVerifiers, func(a []any) string {
		return fmt.Sprintf("only %v of %v committee members could be drawn (too few staked verifiers with free stake besides the excluded accounts: a task's owner and its node's operator, an enclave's operator): retry once more verifiers have free stake (an enclave's approval committee is drawn among the seats staked when its round opened: re-attest once more verifiers are staked, or ask governance for a smaller committee)", a[0], a[1])
	}},
	"BadCommitteeSize": {ErrBadCommitteeSize, func(a []any) string {
		return fmt.Sprintf("a committee of %v cannot be drawn: ask for 1 to 10 members", a[0])
	}},
	"SeatValid": {ErrSeatValid, func(a []any) string {
		return fmt.Sprintf("seat %v is still backed by its verifier's stake: only seats whose stake is gone can be pruned", a[0])
	}},
	"StakeOverflow": {ErrStakeOverflow, func(a []any) string {
		return fmt.Sprintf("a stake of %v base units does not fit the contract's 96-bit amounts", a[0])
	}},
}

func init() {
	registerRevertErrors(&bindings.StakingMetaData, stakingRevertSpecs)
}
