package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// StakeInfo is an operator's position in the Staking contract.
type StakeInfo struct {
	Role Role `json:"role"`
	// Staked is the active stake in base units.
	Staked *big.Int `json:"staked"`
	// Locked is the part of Staked that backs open liabilities (accepted
	// task slots, pending votes): it cannot be unbonded until they settle.
	Locked *big.Int `json:"locked"`
	// LockCount is the number of open liabilities and LockedUntil the last
	// block any of them may stay open (0 if none ever was).
	LockCount   uint32 `json:"lockCount"`
	LockedUntil uint64 `json:"lockedUntil"`
	// Unbonding is the stake waiting out the unbonding delay.
	Unbonding *big.Int `json:"unbonding"`
	// ReadyBlock is the first block at which Unbonding can be withdrawn (0 if none).
	ReadyBlock uint64 `json:"readyBlock"`
	// VerifierID is the operator's committee id (0: never a verifier) and
	// SeatRanks the bitmap of the stake ranks it holds a committee seat for.
	VerifierID uint32 `json:"verifierId,omitzero"`
	SeatRanks  uint32 `json:"seatRanks,omitzero"`
}

// Free is the active stake not locked by liabilities: what can be unbonded
// or locked for a new liability.
func (s StakeInfo) Free() *big.Int {
	return new(big.Int).Sub(bigOrZero(s.Staked), bigOrZero(s.Locked))
}

// ApproveMEMO lets spender move up to amount of the client's MEMO.
func (c *Client) ApproveMEMO(ctx context.Context, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	data, err := c.token.TryPackApprove(spender, amount)
	if err != nil {
		return nil, fmt.Errorf("packing approve: %w", err)
	}
	return c.transact(ctx, "approving MEMO", &c.dep.Token, data, nil)
}

// TransferMEMO sends amount MEMO from the client's account to `to`.
func (c *Client) TransferMEMO(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	data, err := c.token.TryPackTransfer(to, amount)
	if err != nil {
		return nil, fmt.Errorf("packing transfer: %w", err)
	}
	return c.transact(ctx, "transferring MEMO", &c.dep.Token, data, nil)
}

// MEMOBalance returns an account's MEMO balance in base units.
func (c *Client) MEMOBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.dep.Token, c.token.PackBalanceOf(account))
	if err != nil {
		return nil, fmt.Errorf("reading MEMO balance: %w", err)
	}
	return c.token.UnpackBalanceOf(out)
}

// Allowance returns how much MEMO spender may move for owner.
func (c *Client) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.dep.Token, c.token.PackAllowance(owner, spender))
	if err != nil {
		return nil, fmt.Errorf("reading allowance: %w", err)
	}
	return c.token.UnpackAllowance(out)
}

// TotalSupply returns the MEMO total supply.
func (c *Client) TotalSupply(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.dep.Token, c.token.PackTotalSupply())
	if err != nil {
		return nil, fmt.Errorf("reading total supply: %w", err)
	}
	return c.token.UnpackTotalSupply(out)
}

// Stake stakes amount MEMO in role, first raising the Staking contract's
// allowance if it is too small. It checks the MEMO balance before sending
// anything, so a short balance costs no gas.
func (c *Client) Stake(ctx context.Context, role Role, amount *big.Int) (*types.Receipt, error) {
	bal, err := c.MEMOBalance(ctx, c.from)
	if err != nil {
		return nil, fmt.Errorf("staking: %w", err)
	}
	if bal.Cmp(amount) < 0 {
		return nil, fmt.Errorf("staking: %w", ruleError("ERC20InsufficientBalance", ErrInsufficientBalance,
			fmt.Sprintf("MEMO balance of %s is %s, need %s: get more MEMO first", c.from.Hex(), FormatMEMO(bal), FormatMEMO(amount))))
	}
	// Surface role and minimum errors before spending gas on an approval.
	data, err := c.staking.TryPackStake(uint8(role), amount)
	if err != nil {
		return nil, fmt.Errorf("packing stake: %w", err)
	}
	allowance, err := c.Allowance(ctx, c.from, c.dep.Staking)
	if err != nil {
		return nil, fmt.Errorf("staking: %w", err)
	}
	if allowance.Cmp(amount) < 0 {
		if err := c.precheckStake(ctx, role, amount); err != nil {
			return nil, fmt.Errorf("staking: %w", err)
		}
		if _, err := c.ApproveMEMO(ctx, c.dep.Staking, amount); err != nil {
			return nil, fmt.Errorf("staking: %w", err)
		}
	}
	return c.transact(ctx, "staking", &c.dep.Staking, data, nil)
}

// precheckStake applies the contract's own rules locally so that a stake
// that would revert does not leave an approval behind.
func (c *Client) precheckStake(ctx context.Context, role Role, amount *big.Int) error {
	if role != RoleTEENode && role != RoleVerifier {
		return ruleError("InvalidRole", ErrInvalidRole, fmt.Sprintf("role %s is invalid: use tee-node or verifier", role))
	}
	if amount.Sign() == 0 {
		return ruleError("ZeroAmount", ErrZeroAmount, "amount is zero: pass a positive amount")
	}
	info, err := c.StakeOf(ctx, c.from)
	if err != nil {
		return err
	}
	if info.Role != RoleNone && info.Role != role {
		return ruleError("RoleMismatch", ErrRoleMismatch, fmt.Sprintf("operator is staked as %s, cannot stake as %s: use another account or unbond and withdraw everything first", info.Role, role))
	}
	minimum, err := c.MinStake(ctx, role)
	if err != nil {
		return err
	}
	total := new(big.Int).Add(info.Staked, amount)
	if total.Cmp(minimum) < 0 {
		return ruleError("StakeTooLow", ErrStakeTooLow, fmt.Sprintf("stake of %s would be below the role's minimum of %s: stake at least %s more", FormatMEMO(total), FormatMEMO(minimum), FormatMEMO(new(big.Int).Sub(minimum, total))))
	}
	return nil
}

// RequestUnbond moves amount from active stake to unbonding. Locked stake
// stays: amount must fit in StakeInfo.Free (ErrStakeLocked otherwise).
func (c *Client) RequestUnbond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	data, err := c.staking.TryPackRequestUnbond(amount)
	if err != nil {
		return nil, fmt.Errorf("packing requestUnbond: %w", err)
	}
	return c.transact(ctx, "requesting unbond", &c.dep.Staking, data, nil)
}

// Withdraw pays out stake whose unbonding delay has passed.
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	data, err := c.staking.TryPackWithdraw()
	if err != nil {
		return nil, fmt.Errorf("packing withdraw: %w", err)
	}
	return c.transact(ctx, "withdrawing", &c.dep.Staking, data, nil)
}

// Slash takes up to amount from operator's stake for beneficiary: free
// stake first, then unbonding stake, then locked stake. The client's account
// must hold SLASHER_ROLE.
func (c *Client) Slash(ctx context.Context, operator common.Address, amount *big.Int, beneficiary common.Address) (*types.Receipt, error) {
	data, err := c.staking.TryPackSlash(operator, amount, beneficiary)
	if err != nil {
		return nil, fmt.Errorf("packing slash: %w", err)
	}
	return c.transact(ctx, "slashing", &c.dep.Staking, data, nil)
}

// Lock locks amount of operator's free stake for count more liabilities
// that may stay open until block until (SLASHER_ROLE only; the market does
// this when a slot is accepted or a committee drawn). It fails with
// ErrStakeLocked when the free stake is short.
func (c *Client) Lock(ctx context.Context, operator common.Address, amount *big.Int, count uint64, until uint32) (*types.Receipt, error) {
	data, err := c.staking.TryPackLock(operator, amount, new(big.Int).SetUint64(count), until)
	if err != nil {
		return nil, fmt.Errorf("packing lock: %w", err)
	}
	return c.transact(ctx, "locking stake", &c.dep.Staking, data, nil)
}

// Unlock releases amount locked for count settled liabilities (SLASHER_ROLE only).
func (c *Client) Unlock(ctx context.Context, operator common.Address, amount *big.Int, count uint64) (*types.Receipt, error) {
	data, err := c.staking.TryPackUnlock(operator, amount, new(big.Int).SetUint64(count))
	if err != nil {
		return nil, fmt.Errorf("packing unlock: %w", err)
	}
	return c.transact(ctx, "unlocking stake", &c.dep.Staking, data, nil)
}

// SlashLocked releases unlock locked for count settled liabilities, then
// slashes amount for beneficiary as Slash does (SLASHER_ROLE only).
func (c *Client) SlashLocked(ctx context.Context, operator common.Address, unlock *big.Int, count uint64, amount *big.Int, beneficiary common.Address) (*types.Receipt, error) {
	data, err := c.staking.TryPackSlashLocked(operator, unlock, new(big.Int).SetUint64(count), amount, beneficiary)
	if err != nil {
		return nil, fmt.Errorf("packing slashLocked: %w", err)
	}
	return c.transact(ctx, "slashing locked stake", &c.dep.Staking, data, nil)
}

// CommitteeDraw is what Staking.drawCommittee is asked: k members drawn
// from Seed among the first SeatBound seats, never ExcludeA or ExcludeB, each
// with LockEach of free stake, which the draw locks until block Until.
type CommitteeDraw struct {
	Seed               common.Hash
	K                  uint8
	ExcludeA, ExcludeB common.Address
	LockEach           *big.Int
	Until              uint32
	SeatBound          uint64
}

// DrawCommittee draws a committee as TaskMarket does (SLASHER_ROLE only)
// and returns the members' verifier ids in draw order (read with a call
// first: the draw is deterministic in its seed and the state). It fails with
// ErrNotEnoughVerifiers when too few eligible verifiers are found.
func (c *Client) DrawCommittee(ctx context.Context, d CommitteeDraw) ([]uint32, *types.Receipt, error) {
	data, err := c.staking.TryPackDrawCommittee(d.Seed, big.NewInt(int64(d.K)), d.ExcludeA, d.ExcludeB, bigOrZero(d.LockEach), d.Until,
		new(big.Int).SetUint64(d.SeatBound))
	if err != nil {
		return nil, nil, fmt.Errorf("packing drawCommittee: %w", err)
	}
	out, err := c.call(ctx, c.dep.Staking, data)
	if err != nil {
		return nil, nil, fmt.Errorf("drawing committee: %w", err)
	}
	packed, err := c.staking.UnpackDrawCommittee(out)
	if err != nil {
		return nil, nil, fmt.Errorf("decoding committee: %w", err)
	}
	ids := make([]uint32, d.K)
	for i := range ids {
		ids[i] = uint32(new(big.Int).Rsh(packed, uint(24*i)).Uint64() & 0xffffff)
	}
	rcpt, err := c.transact(ctx, "drawing committee", &c.dep.Staking, data, nil)
	return ids, rcpt, err
}

// SampleCommittee returns the verifier ids of the k members Staking draws
// from seed among the first seatBound seats, never exclude, as
// DrawCommittee does but locking nothing (Staking.sampleCommittee, a view
// anyone may call; EnclaveRegistry draws approval committees with it). It
// fails with ErrNotEnoughVerifiers when too few eligible verifiers are found.
func (c *Client) SampleCommittee(ctx context.Context, seed common.Hash, k uint8, exclude common.Address, seatBound uint64) ([]uint32, error) {
	data, err := c.staking.TryPackSampleCommittee(seed, big.NewInt(int64(k)), exclude, new(big.Int).SetUint64(seatBound))
	if err != nil {
		return nil, fmt.Errorf("packing sampleCommittee: %w", err)
	}
	out, err := c.call(ctx, c.dep.Staking, data)
	if err != nil {
		return nil, fmt.Errorf("sampling committee: %w", err)
	}
	packed, err := c.staking.UnpackSampleCommittee(out)
	if err != nil {
		return nil, fmt.Errorf("decoding committee: %w", err)
	}
	ids := make([]uint32, k)
	for i := range ids {
		ids[i] = uint32(new(big.Int).Rsh(packed, uint(24*i)).Uint64() & 0xffffff)
	}
	return ids, nil
}

// VerifierAt returns the account of verifier id.
func (c *Client) VerifierAt(ctx context.Context, id uint32) (common.Address, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackVerifierAt(big.NewInt(int64(id))))
	if err != nil {
		return common.Address{}, fmt.Errorf("reading verifier: %w", err)
	}
	return c.staking.UnpackVerifierAt(out)
}

// GrantSlasher gives account SLASHER_ROLE on Staking (governance only).
func (c *Client) GrantSlasher(ctx context.Context, account common.Address) (*types.Receipt, error) {
	data, err := c.staking.TryPackGrantRole(SlasherRole, account)
	if err != nil {
		return nil, fmt.Errorf("packing grantRole: %w", err)
	}
	return c.transact(ctx, "granting slasher role", &c.dep.Staking, data, nil)
}

// SetMinStake sets a role's minimum stake (governance only).
func (c *Client) SetMinStake(ctx context.Context, role Role, amount *big.Int) (*types.Receipt, error) {
	data, err := c.staking.TryPackSetMinStake(uint8(role), amount)
	if err != nil {
		return nil, fmt.Errorf("packing setMinStake: %w", err)
	}
	return c.transact(ctx, "setting minimum stake", &c.dep.Staking, data, nil)
}

// SetUnbondingDelay sets the unbonding delay in blocks (governance only);
// never below MinUnbondingDelay (ErrUnbondingDelayTooShort).
func (c *Client) SetUnbondingDelay(ctx context.Context, blocks uint64) (*types.Receipt, error) {
	data, err := c.staking.TryPackSetUnbondingDelay(blocks)
	if err != nil {
		return nil, fmt.Errorf("packing setUnbondingDelay: %w", err)
	}
	return c.transact(ctx, "setting unbonding delay", &c.dep.Staking, data, nil)
}

// StakeOf returns operator's staking position.
func (c *Client) StakeOf(ctx context.Context, operator common.Address) (StakeInfo, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackStakeOf(operator))
	if err != nil {
		return StakeInfo{}, fmt.Errorf("reading stake: %w", err)
	}
	op, err := c.staking.UnpackStakeOf(out)
	if err != nil {
		return StakeInfo{}, fmt.Errorf("decoding stake: %w", err)
	}
	return StakeInfo{Role: Role(op.Role), Staked: op.Staked, Locked: op.Locked, LockCount: uint32(op.LockCount.Uint64()),
		LockedUntil: uint64(op.LockedUntil), Unbonding: op.Unbonding, ReadyBlock: op.UnbondReadyBlock,
		VerifierID: uint32(op.VerifierId.Uint64()), SeatRanks: op.SeatRanks}, nil
}

// IsStaked reports whether operator holds role with at least its minimum stake.
func (c *Client) IsStaked(ctx context.Context, operator common.Address, role Role) (bool, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackIsStaked(operator, uint8(role)))
	if err != nil {
		return false, fmt.Errorf("reading isStaked: %w", err)
	}
	return c.staking.UnpackIsStaked(out)
}

// MinStake returns a role's minimum stake.
func (c *Client) MinStake(ctx context.Context, role Role) (*big.Int, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackMinStake(uint8(role)))
	if err != nil {
		return nil, fmt.Errorf("reading minimum stake: %w", err)
	}
	return c.staking.UnpackMinStake(out)
}

// UnbondingDelay returns the unbonding delay in blocks.
func (c *Client) UnbondingDelay(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackUnbondingDelay())
	if err != nil {
		return 0, fmt.Errorf("reading unbonding delay: %w", err)
	}
	return c.staking.UnpackUnbondingDelay(out)
}

// MinUnbondingDelay returns the floor of the unbonding delay the market keeps:
// the longest a task slot can stay open.
func (c *Client) MinUnbondingDelay(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackMinUnbondingDelay())
	if err != nil {
		return 0, fmt.Errorf("reading minimum unbonding delay: %w", err)
	}
	return c.staking.UnpackMinUnbondingDelay(out)
}

// HasSlasherRole reports whether account holds SLASHER_ROLE on Staking.
func (c *Client) HasSlasherRole(ctx context.Context, account common.Address) (bool, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackHasRole(SlasherRole, account))
	if err != nil {
		return false, fmt.Errorf("reading hasRole: %w", err)
	}
	return c.staking.UnpackHasRole(out)
}

// SeatCount returns how many committee seats Staking holds (valid or not
// yet pruned): a verifier holds one per minimum verifier stake it has
// staked, up to 32.
func (c *Client) SeatCount(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackSeatCount())
	if err != nil {
		return 0, fmt.Errorf("reading seat count: %w", err)
	}
	n, err := c.staking.UnpackSeatCount(out)
	if err != nil {
		return 0, fmt.Errorf("decoding seat count: %w", err)
	}
	return n.Uint64(), nil
}

// Seat returns seat index: its verifier and the stake rank it stands for
// (valid while the verifier holds (rank+1) × the verifier minimum).
func (c *Client) Seat(ctx context.Context, index uint64) (common.Address, uint64, error) {
	out, err := c.call(ctx, c.dep.Staking, c.staking.PackSeatAt(new(big.Int).SetUint64(index)))
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("reading seat: %w", err)
	}
	s, err := c.staking.UnpackSeatAt(out)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("decoding seat: %w", err)
	}
	return s.Verifier, s.Rank.Uint64(), nil
}

// PruneSeat removes seat index if its verifier no longer holds the stake
// behind it (ErrSeatValid otherwise), so committee draws stop landing on
// it. Anyone may call it.
func (c *Client) PruneSeat(ctx context.Context, index uint64) (*types.Receipt, error) {
	data, err := c.staking.TryPackPruneSeat(new(big.Int).SetUint64(index))
	if err != nil {
		return nil, fmt.Errorf("packing pruneSeat: %w", err)
	}
	return c.transact(ctx, "pruning seat", &c.dep.Staking, data, nil)
}

// AddSeats gives verifier the committee seats its stake entitles it to and
// it has none for (after a prune, or a lower verifier minimum). Staking does
// this on every stake; anyone may call it.
func (c *Client) AddSeats(ctx context.Context, verifier common.Address) (*types.Receipt, error) {
	data, err := c.staking.TryPackAddSeats(verifier)
	if err != nil {
		return nil, fmt.Errorf("packing addSeats: %w", err)
	}
	return c.transact(ctx, "adding seats", &c.dep.Staking, data, nil)
}
