// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title Staking
/// @notice Operators stake MEMO in one role (TEE node or verifier). Stake leaves
/// through `requestUnbond` and, after `unbondingDelay` blocks, `withdraw`.
/// Stake that is unbonding can still be slashed; slashing is reserved to
/// contracts holding SLASHER_ROLE (the task market). Every token that enters
/// leaves only by `withdraw` (to the operator) or `slash` (to a beneficiary).
///
/// Liabilities. A SLASHER_ROLE holder locks part of an operator's active
/// stake for each open liability (a task slot a node accepted, a verifier's
/// pending committee vote) and unlocks it when the liability settles. Locked
/// stake cannot be unbonded, so it cannot be withdrawn, and a new lock needs
/// free (active, unlocked) stake: one stake never backs more liabilities
/// than it can pay. `unbondingDelay` is never shorter than
/// `minUnbondingDelay`, which the market sets to the longest a task slot can
/// stay open, so even stake that was unbonding when a liability arose is
/// still slashable when it settles.
///
/// Committees. Verifiers are sampled for committees in proportion to their
/// stake: each verifier holds one seat per `minStake[Verifier]` staked (up to
/// MAX_SEATS), and `drawCommittee` picks seats uniformly from a seed the
/// caller fixes after the fact it is judged on (the market uses the hash of
/// the block after the submission), among the first `seatBound` seats (the
/// seats that existed then: stake added once the seed is known cannot buy a
/// seat in the draw). A seat counts only while
/// its verifier still holds the stake behind it and has the free stake the
/// member's penalty locks; splitting a stake across accounts gains no seats
/// (seats are floor(stake / unit) per account, so it can only lose some).
/// Seats are stored once and judged when drawn, so stake changes cost no
/// reshuffle; a seat whose stake is gone is skipped and can be pruned by
/// anyone. `sampleCommittee` draws the same way without locking anything
/// (EnclaveRegistry's approval committees): a view anyone may call.
contract Staking is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to call `slash`, `lock`, `unlock` and `slashLocked`.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice Operator roles. An operator holds at most one role at a time.
    enum Role {
        None,
        TEENode,
        Verifier
    }

    /// @dev Two storage slots. Slot 0 (role, stakes and locks) is all that
    /// `isStaked`, `lock` and `unlock` touch.
    struct Operator {
        Role role;
        // Active stake; `locked` of it backs open liabilities.
        uint96 staked;
        uint96 locked;
        // Open liabilities and the last block any of them may stay open.
        uint24 lockCount;
        uint32 lockedUntil;
        uint96 unbonding;
        uint64 unbondReadyBlock;
        // Verifier id (from 1) and the ranks that have a seat (bit r: seat r).
        uint24 verifierId;
        uint32 seatRanks;
    }

    /// @notice Most seats (committee draw weight) one verifier account holds.
    uint256 public constant MAX_SEATS = 32;
    /// @notice Largest committee `drawCommittee` draws (its ids fit one word).
    uint256 public constant MAX_COMMITTEE = 10;

    IERC20 public immutable token;
    uint64 public unbondingDelay;
    /// @notice Floor of `unbondingDelay`: the longest a liability can stay
    /// open, set by the market.
    uint64 public minUnbondingDelay;
    mapping(Role => uint256) public minStake;
    mapping(address => Operator) private operators;
    /// @dev Seat = verifier address | id << 160 | rank << 184.
    uint256[] private seats;
    mapping(uint24 => address) private verifierById;
    uint24 public verifierCount;

    error ZeroAmount();
    error ZeroAddress();
    error InvalidRole(uint8 role);
    error RoleMismatch(Role held, Role requested);
    error StakeTooLow(uint256 staked, uint256 minimum);
    error InsufficientStake(uint256 staked, uint256 requested);
    error UnbondBelowMinimum(uint256 remaining, uint256 minimum);
    error NothingToWithdraw();
    error UnbondingNotReady(uint64 readyBlock, uint64 currentBlock);
    error StakeLocked(address operator, uint256 needed, uint256 free, uint24 openLiabilities, uint32 lockedUntil);
    error UnbondingDelayTooShort(uint64 delay, uint64 minimum);
    error StakeOverflow(uint256 total);
    error NotEnoughVerifiers(uint256 drawn, uint256 wanted);
    error BadCommitteeSize(uint256 size);
    error SeatValid(uint256 index);

    event Staked(address indexed operator, Role role, uint256 amount, uint256 totalStaked);
    event UnbondRequested(address indexed operator, uint256 amount, uint256 totalUnbonding, uint64 readyBlock);
    event Withdrawn(address indexed operator, uint256 amount);
    event Slashed(address indexed operator, address indexed beneficiary, uint256 amount, address slasher);
    event MinStakeSet(Role role, uint256 amount);
    event UnbondingDelaySet(uint64 blocks);
    event MinUnbondingDelaySet(uint64 blocks);

    constructor(IERC20 token_, address admin, uint256 minTEENode, uint256 minVerifier, uint64 delay) {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        minStake[Role.TEENode] = minTEENode;
        minStake[Role.Verifier] = minVerifier;
        unbondingDelay = delay;
        emit MinStakeSet(Role.TEENode, minTEENode);
        emit MinStakeSet(Role.Verifier, minVerifier);
        emit UnbondingDelaySet(delay);
    }

    /// @notice Stakes `amount` more in `role`. The first stake fixes the role;
    /// the resulting stake must reach the role's minimum. Needs an allowance.
    function stake(Role role, uint256 amount) external nonReentrant {
        if (role != Role.TEENode && role != Role.Verifier) revert InvalidRole(uint8(role));
        if (amount == 0) revert ZeroAmount();
        Operator storage op = operators[msg.sender];
        if (op.role != Role.None && op.role != role) revert RoleMismatch(op.role, role);
        uint256 total = op.staked + amount;
        if (total < minStake[role]) revert StakeTooLow(total, minStake[role]);
        if (total > type(uint96).max) revert StakeOverflow(total);
        op.role = role;
        op.staked = uint96(total);
        if (role == Role.Verifier) _addSeats(msg.sender, op);
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, role, amount, total);
    }

    // ---------------------------------------------------------------- committees

    /// @notice Adds the seats `verifier`'s stake entitles it to and has none
    /// for (after a seat was pruned, or governance lowered the unit). `stake`
    /// does this itself.
    function addSeats(address verifier) external {
        Operator storage op = operators[verifier];
        if (op.role == Role.Verifier) _addSeats(verifier, op);
    }

    function _addSeats(address verifier, Operator storage op) private {
        uint24 id = op.verifierId;
        if (id == 0) {
            id = ++verifierCount;
            op.verifierId = id;
            verifierById[id] = verifier;
        }
        uint256 want = op.staked / _seatUnit();
        if (want > MAX_SEATS) want = MAX_SEATS;
        uint32 ranks = op.seatRanks;
        for (uint256 r; r < want; ++r) {
            if (ranks & (uint32(1) << uint32(r)) != 0) continue;
            ranks |= uint32(1) << uint32(r);
            seats.push(uint256(uint160(verifier)) | uint256(id) << 160 | r << 184);
        }
        op.seatRanks = ranks;
    }

    /// @notice Removes seat `index` if its verifier no longer holds the stake
    /// behind it (or left the verifier role), so draws stop landing on it.
    function pruneSeat(uint256 index) external {
        uint256 seat = seats[index];
        address verifier = address(uint160(seat));
        uint256 rank = uint8(seat >> 184);
        Operator storage op = operators[verifier];
        if (op.role == Role.Verifier && op.staked >= (rank + 1) * _seatUnit()) revert SeatValid(index);
        op.seatRanks &= ~(uint32(1) << uint32(rank));
        seats[index] = seats[seats.length - 1];
        seats.pop();
    }

    /// @notice Draws `k` distinct verifiers, in proportion to their seats,
    /// from `seed` among the first `seatBound` seats, skipping `excludeA` and
    /// `excludeB` (a task's owner and its node's operator), seats whose stake
    /// is gone and verifiers whose free stake is below `lockEach`; locks
    /// `lockEach` of each member's stake until block `until` (a pending vote
    /// is a liability). Try t (from 8k + 16 down to 1) picks seat
    /// keccak256(seed, t) mod min(seatBound, seatCount). Returns the members'
    /// verifier ids packed 24 bits apart, in draw order. Reverts with
    /// NotEnoughVerifiers when the tries find fewer than `k`.
    function drawCommittee(
        bytes32 seed,
        uint256 k,
        address excludeA,
        address excludeB,
        uint256 lockEach,
        uint32 until,
        uint256 seatBound
    ) external onlyRole(SLASHER_ROLE) returns (uint256 members) {
        if (k == 0 || k > MAX_COMMITTEE) revert BadCommitteeSize(k);
        uint256 n = seats.length;
        if (seatBound < n) n = seatBound;
        uint256 found;
        uint256 unit = _seatUnit();
        for (uint256 tries = 8 * k + 16; tries != 0 && found < k && n != 0; --tries) {
            uint256 seat;
            assembly ("memory-safe") {
                mstore(0x00, seed)
                mstore(0x20, tries)
                let i := mod(keccak256(0x00, 0x40), n)
                mstore(0x00, seats.slot)
                seat := sload(add(keccak256(0x00, 0x20), i))
            }
            address v = address(uint160(seat));
            if (v == excludeA || v == excludeB) continue;
            uint256 id = uint24(seat >> 160);
            bool dup;
            for (uint256 j; j < found; ++j) {
                if (uint24(members >> (24 * j)) == id) dup = true;
            }
            if (dup) continue;
            Operator storage op = operators[v];
            uint256 staked = op.staked;
            uint256 locked = op.locked;
            if (op.role != Role.Verifier || staked < (uint8(seat >> 184) + 1) * unit || staked - locked < lockEach) continue;
            op.locked = uint96(locked + lockEach);
            op.lockCount += 1;
            if (until > op.lockedUntil) op.lockedUntil = until;
            members |= id << (24 * found);
            ++found;
        }
        if (found < k) revert NotEnoughVerifiers(found, k);
    }

    /// @notice Samples `k` distinct verifiers as `drawCommittee` does (same
    /// seed use, tries, seat bound and skips), never `exclude`, and locks
    /// nothing: a member of such a committee takes on no liability, so any
    /// verifier whose seat still holds its stake is eligible. A view, open to
    /// all: it changes no state, so it needs no role (EnclaveRegistry draws
    /// its approval committees with it and can neither lock nor slash).
    /// Reverts with NotEnoughVerifiers when the tries find fewer than `k`.
    function sampleCommittee(bytes32 seed, uint256 k, address exclude, uint256 seatBound)
        external
        view
        returns (uint256 members)
    {
        if (k == 0 || k > MAX_COMMITTEE) revert BadCommitteeSize(k);
        uint256 n = seats.length;
        if (seatBound < n) n = seatBound;
        uint256 found;
        uint256 unit = _seatUnit();
        for (uint256 tries = 8 * k + 16; tries != 0 && found < k && n != 0; --tries) {
            uint256 seat;
            assembly ("memory-safe") {
                mstore(0x00, seed)
                mstore(0x20, tries)
                let i := mod(keccak256(0x00, 0x40), n)
                mstore(0x00, seats.slot)
                seat := sload(add(keccak256(0x00, 0x20), i))
            }
            address v = address(uint160(seat));
            if (v == exclude) continue;
            uint256 id = uint24(seat >> 160);
            bool dup;
            for (uint256 j; j < found; ++j) {
                if (uint24(members >> (24 * j)) == id) dup = true;
            }
            if (dup) continue;
            Operator storage op = operators[v];
            if (op.role != Role.Verifier || op.staked < (uint8(seat >> 184) + 1) * unit) continue;
            members |= id << (24 * found);
            ++found;
        }
        if (found < k) revert NotEnoughVerifiers(found, k);
    }

    /// @notice The verifier id of `verifier` (0: never staked as a verifier).
    function verifierIdOf(address verifier) external view returns (uint24) {
        return operators[verifier].verifierId;
    }

    /// @notice The account of verifier id `id`.
    function verifierAt(uint24 id) external view returns (address) {
        return verifierById[id];
    }

    /// @notice Number of seats (valid or not yet pruned) and seat `index`:
    /// its verifier, and the stake rank it stands for.
    function seatCount() external view returns (uint256) {
        return seats.length;
    }

    function seatAt(uint256 index) external view returns (address verifier, uint256 rank) {
        uint256 seat = seats[index];
        return (address(uint160(seat)), uint8(seat >> 184));
    }

    /// @dev The stake one seat stands for: the verifier minimum (at least 1).
    function _seatUnit() private view returns (uint256) {
        uint256 unit = minStake[Role.Verifier];
        return unit == 0 ? 1 : unit;
    }

    /// @notice Moves `amount` from active stake to unbonding. Locked stake
    /// stays: `amount` must fit in the free stake. What stays active must be
    /// zero or at least the minimum. Restarts the unbonding clock for
    /// everything that is unbonding.
    function requestUnbond(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Operator storage op = operators[msg.sender];
        uint256 staked = op.staked;
        if (amount > staked) revert InsufficientStake(staked, amount);
        uint256 free = staked - op.locked;
        if (amount > free) revert StakeLocked(msg.sender, amount, free, op.lockCount, op.lockedUntil);
        uint256 remaining = staked - amount;
        uint256 minimum = minStake[op.role];
        if (remaining != 0 && remaining < minimum) revert UnbondBelowMinimum(remaining, minimum);
        op.staked = uint96(remaining);
        op.unbonding += uint96(amount);
        op.unbondReadyBlock = uint64(block.number) + unbondingDelay;
        emit UnbondRequested(msg.sender, amount, op.unbonding, op.unbondReadyBlock);
    }

    /// @notice Pays out everything that has finished unbonding.
    function withdraw() external nonReentrant {
        Operator storage op = operators[msg.sender];
        uint256 amount = op.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        if (block.number < op.unbondReadyBlock) revert UnbondingNotReady(op.unbondReadyBlock, uint64(block.number));
        op.unbonding = 0;
        op.unbondReadyBlock = 0;
        if (op.staked == 0) op.role = Role.None;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    /// @notice Takes up to `amount` from `operator` and sends it to
    /// `beneficiary`: free active stake first, then unbonding stake, then
    /// locked stake (so that a slash for one liability leaves the stake
    /// backing the others for as long as it can). Returns what was taken,
    /// which is less than `amount` when the operator holds less.
    function slash(address operator, uint256 amount, address beneficiary)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
        returns (uint256 taken)
    {
        if (amount == 0) revert ZeroAmount();
        if (beneficiary == address(0) || operator == address(0)) revert ZeroAddress();
        taken = _slash(operator, amount);
        if (taken > 0) token.safeTransfer(beneficiary, taken);
        emit Slashed(operator, beneficiary, taken, msg.sender);
    }

    /// @notice Locks `amount` of `operator`'s free stake for `count` more open
    /// liabilities, which may stay open until block `until`. Reverts with
    /// StakeLocked when the free stake is short. Returns the seat count (the
    /// market snapshots it for the committee of the result it locks for).
    function lock(address operator, uint256 amount, uint256 count, uint32 until)
        external
        onlyRole(SLASHER_ROLE)
        returns (uint256 seatCount_)
    {
        Operator storage op = operators[operator];
        uint256 locked = op.locked;
        uint256 free = op.staked - locked;
        if (amount > free) revert StakeLocked(operator, amount, free, op.lockCount, op.lockedUntil);
        locked += amount;
        op.locked = uint96(locked);
        op.lockCount = SafeCast.toUint24(op.lockCount + count);
        if (until > op.lockedUntil) op.lockedUntil = until;
        return seats.length;
    }

    /// @notice Releases `amount` locked for `count` liabilities that settled
    /// without a slash. Never releases more than is locked (a slash may have
    /// taken locked stake).
    function unlock(address operator, uint256 amount, uint256 count) external onlyRole(SLASHER_ROLE) {
        _unlock(operators[operator], amount, count);
    }

    /// @notice Releases `unlockAmount` locked for `count` settled liabilities,
    /// then slashes `slashAmount` as `slash` does (from the stake just
    /// released first). One call for what a settlement does to one operator.
    function slashLocked(address operator, uint256 unlockAmount, uint256 count, uint256 slashAmount, address beneficiary)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
        returns (uint256 taken)
    {
        if (beneficiary == address(0) || operator == address(0)) revert ZeroAddress();
        _unlock(operators[operator], unlockAmount, count);
        if (slashAmount == 0) return 0;
        taken = _slash(operator, slashAmount);
        if (taken > 0) token.safeTransfer(beneficiary, taken);
        emit Slashed(operator, beneficiary, taken, msg.sender);
    }

    /// @dev No events: the market's settlement events say what was released.
    function _unlock(Operator storage op, uint256 amount, uint256 count) private {
        uint256 locked = op.locked;
        uint256 released = amount < locked ? amount : locked;
        uint256 openCount = op.lockCount;
        op.locked = uint96(locked - released);
        op.lockCount = uint24(count < openCount ? openCount - count : 0);
    }

    /// @dev Takes up to `amount`: free stake, unbonding stake, locked stake.
    function _slash(address operator, uint256 amount) private returns (uint256 taken) {
        Operator storage op = operators[operator];
        uint256 staked = op.staked;
        uint256 locked = op.locked;
        uint256 unbonding = op.unbonding;
        uint256 free = staked - locked;
        uint256 fromFree = amount < free ? amount : free;
        uint256 rest = amount - fromFree;
        uint256 fromUnbonding = rest < unbonding ? rest : unbonding;
        rest -= fromUnbonding;
        uint256 fromLocked = rest < locked ? rest : locked;
        staked -= fromFree + fromLocked;
        unbonding -= fromUnbonding;
        op.staked = uint96(staked);
        op.locked = uint96(locked - fromLocked);
        op.unbonding = uint96(unbonding);
        taken = fromFree + fromUnbonding + fromLocked;
        if (staked == 0 && unbonding == 0) {
            op.role = Role.None;
            op.unbondReadyBlock = 0;
        }
    }

    /// @notice The operator's role, active stake and its locked part, open
    /// liabilities, unbonding stake and the block from which the unbonding
    /// stake can be withdrawn.
    function stakeOf(address operator) external view returns (Operator memory) {
        return operators[operator];
    }

    /// @notice True when `operator` holds `role` with at least its minimum stake.
    function isStaked(address operator, Role role) external view returns (bool) {
        Operator storage op = operators[operator];
        return role != Role.None && op.role == role && op.staked >= minStake[role];
    }

    function setMinStake(Role role, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (role != Role.TEENode && role != Role.Verifier) revert InvalidRole(uint8(role));
        minStake[role] = amount;
        emit MinStakeSet(role, amount);
    }

    /// @notice Sets the unbonding delay; never below `minUnbondingDelay`.
    function setUnbondingDelay(uint64 blocks) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (blocks < minUnbondingDelay) revert UnbondingDelayTooShort(blocks, minUnbondingDelay);
        unbondingDelay = blocks;
        emit UnbondingDelaySet(blocks);
    }

    /// @notice Sets the floor of the unbonding delay (the market calls it
    /// with the longest a task slot can stay open); the delay must already
    /// reach it.
    function setMinUnbondingDelay(uint64 blocks) external onlyRole(SLASHER_ROLE) {
        if (unbondingDelay < blocks) revert UnbondingDelayTooShort(unbondingDelay, blocks);
        minUnbondingDelay = blocks;
        emit MinUnbondingDelaySet(blocks);
    }
}
