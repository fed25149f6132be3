// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title Staking
/// @notice Operators stake MEMO in one role (TEE node or verifier). Stake leaves
/// through `requestUnbond` and, after `unbondingDelay` blocks, `withdraw`.
/// Stake that is unbonding can still be slashed; slashing is reserved to
/// contracts holding SLASHER_ROLE (the task market). Every token that enters
/// leaves only by `withdraw` (to the operator) or `slash` (to a beneficiary).
contract Staking is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to call `slash`.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");

    /// @notice Operator roles. An operator holds at most one role at a time.
    enum Role {
        None,
        TEENode,
        Verifier
    }

    struct Operator {
        Role role;
        uint256 staked;
        uint256 unbonding;
        uint64 unbondReadyBlock;
    }

    IERC20 public immutable token;
    uint64 public unbondingDelay;
    mapping(Role => uint256) public minStake;
    mapping(address => Operator) private operators;

    error ZeroAmount();
    error ZeroAddress();
    error InvalidRole(uint8 role);
    error RoleMismatch(Role held, Role requested);
    error StakeTooLow(uint256 staked, uint256 minimum);
    error InsufficientStake(uint256 staked, uint256 requested);
    error UnbondBelowMinimum(uint256 remaining, uint256 minimum);
    error NothingToWithdraw();
    error UnbondingNotReady(uint64 readyBlock, uint64 currentBlock);

    event Staked(address indexed operator, Role role, uint256 amount, uint256 totalStaked);
    event UnbondRequested(address indexed operator, uint256 amount, uint256 totalUnbonding, uint64 readyBlock);
    event Withdrawn(address indexed operator, uint256 amount);
    event Slashed(address indexed operator, address indexed beneficiary, uint256 amount, address slasher);
    event MinStakeSet(Role role, uint256 amount);
    event UnbondingDelaySet(uint64 blocks);

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
        op.role = role;
        op.staked = total;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, role, amount, total);
    }

    /// @notice Moves `amount` from active stake to unbonding. What stays active
    /// must be zero or at least the minimum. Restarts the unbonding clock for
    /// everything that is unbonding.
    function requestUnbond(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Operator storage op = operators[msg.sender];
        if (amount > op.staked) revert InsufficientStake(op.staked, amount);
        uint256 remaining = op.staked - amount;
        uint256 minimum = minStake[op.role];
        if (remaining != 0 && remaining < minimum) revert UnbondBelowMinimum(remaining, minimum);
        op.staked = remaining;
        op.unbonding += amount;
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

    /// @notice Takes up to `amount` from `operator` (active stake first, then
    /// unbonding) and sends it to `beneficiary`. Returns what was taken, which
    /// is less than `amount` when the operator holds less.
    function slash(address operator, uint256 amount, address beneficiary)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
        returns (uint256 taken)
    {
        if (amount == 0) revert ZeroAmount();
        if (beneficiary == address(0) || operator == address(0)) revert ZeroAddress();
        Operator storage op = operators[operator];
        uint256 fromStake = amount < op.staked ? amount : op.staked;
        op.staked -= fromStake;
        uint256 rest = amount - fromStake;
        uint256 fromUnbonding = rest < op.unbonding ? rest : op.unbonding;
        op.unbonding -= fromUnbonding;
        taken = fromStake + fromUnbonding;
        if (op.staked == 0 && op.unbonding == 0) {
            op.role = Role.None;
            op.unbondReadyBlock = 0;
        }
        if (taken > 0) token.safeTransfer(beneficiary, taken);
        emit Slashed(operator, beneficiary, taken, msg.sender);
    }

    /// @notice The operator's role, active stake, unbonding stake and the block
    /// from which the unbonding stake can be withdrawn.
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

    function setUnbondingDelay(uint64 blocks) external onlyRole(DEFAULT_ADMIN_ROLE) {
        unbondingDelay = blocks;
        emit UnbondingDelaySet(blocks);
    }
}
