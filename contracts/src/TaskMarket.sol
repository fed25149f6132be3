// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Staking} from "./Staking.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";

/// @title TaskMarket
/// @notice Training tasks paid in MEMO. A task owner escrows the whole fee at
/// `publish`. The task has `replication` result slots, each filled by one TEE
/// enclave: named at publish, or taken by an active enclave's operator with
/// `accept`. Each slot's enclave returns at most one result, an EIP-712
/// `ResultClaim` signed by the enclave key (domain "MemoTaskMarket", "1"),
/// before the task's deadline block. Staked verifiers vote pass/fail on each
/// result during its voting window (from its submission block up to and
/// including `submitBlock + votingWindow`); a result's verdict is reached as
/// soon as one side has `quorum` votes, after which the result takes no more
/// votes.
///
/// Money. The fee is cut into `replication` equal result shares (the
/// remainder of the division goes back to the owner). Every result share
/// settles on its own, so one bad replica never costs an honest one:
/// - Pass: the share's users part is credited to the task's users' pool, its
///   verifiers part pays `quorum` equal rewards to the verifiers who voted
///   pass (they pull them with `settleVotes`), and the rest (nodes part plus
///   rounding) is credited to the enclave's operator, who withdraws its
///   accumulated earnings with `withdrawEarnings`.
/// - Fail: the share is refunded to the owner; `nodeSlash` is taken from the
///   operator's stake, `slashOwnerBps` of it to the owner as compensation,
///   `slashVerifiersBps` of it to the `quorum` verifiers who voted fail, the
///   rest to the treasury.
/// - Lapsed (window closed without quorum): the share is refunded; no one is
///   slashed or paid, since no verdict was reached.
/// - Missing (deadline passed without a result): the share is refunded; an
///   operator that accepted the slot loses `timeoutSlash` (owner part and
///   treasury part as for a fail). Naming an enclave at publish does not
///   make its operator liable; `accept` does.
/// Verifiers who voted against a verdict lose `verifierPenalty` to the
/// treasury when their votes are settled (anyone may settle anyone's votes).
///
/// Replication 2 with one honest and one failing node: the honest result
/// passes and is paid exactly as it would be alone (its operator, its pass
/// voters and the users' half of the pool); the failing result's share is
/// refunded to the owner, its operator slashed and its fail voters rewarded
/// from the slash. Users are paid under the payout root of the lowest-index
/// passing result: a leaf `(index, user, amount)` (OpenZeppelin
/// StandardMerkleTree encoding, types uint256, address, uint256) states the
/// user's amount per passing result, and `claim` pays `amount * passed`.
///
/// Settlement is O(replication) and never loops over users or verifiers:
/// users pull with Merkle proofs, verifiers with `settleVotes`, operators
/// with `withdrawEarnings`. The owner pays at publish for the storage of its
/// results (their payout-root slots), so the node's submission only
/// overwrites a slot.
/// No function moves tokens unless it succeeds as a whole.
/// @dev The EIP-712 domain is built here rather than by inheriting
/// OpenZeppelin's EIP712, whose ERC-5267 `eip712Domain()` view would clash in
/// the Go bindings package with DataGrants' (both generate the same output type).
contract TaskMarket is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;
    /// @notice Largest replication factor (result slots per task).
    uint8 public constant MAX_REPLICATION = 16;
    // Bit offsets of Task slot 0 and Result fields, for the hot paths that
    // read a slot as one word (their order follows the struct declarations).
    uint256 private constant TASK_REPLICATION = 8;
    uint256 private constant TASK_QUORUM = 16;
    uint256 private constant TASK_FIRST_RESULT = 32;
    uint256 private constant TASK_DEADLINE = 64;
    uint256 private constant TASK_VOTING_WINDOW = 104;
    uint256 private constant TASK_USERS_BPS = 128;
    uint256 private constant TASK_VERIFIERS_BPS = 144;
    uint256 private constant TASK_PARAMS_VERSION = 160;
    uint256 private constant TASK_PUBLISH_BLOCK = 176;
    uint256 private constant TASK_LIABLE = 216;
    uint256 private constant TASK_HAS_FLOOR = 248;
    uint256 private constant RESULT_STATE = 160;
    uint256 private constant RESULT_PASS_VOTES = 168;
    uint256 private constant RESULT_FAIL_VOTES = 184;
    uint256 private constant RESULT_VOTING_ENDS = 200;
    uint256 private constant RESULT_ACCEPTED = 248;
    /// @dev Storage slot of TaskRecord.fee .. payUsersBps relative to the record, and bit offsets in it.
    uint256 private constant PAYOUT_SLOT = 4;
    uint256 private constant PAY_CLAIMED = 96;
    uint256 private constant PAY_PASSED = 192;
    uint256 private constant PAY_INDEX = 200;
    uint256 private constant PAY_REPLICATION = 208;
    uint256 private constant PAY_USERS_BPS = 216;
    bytes32 private constant ROOT_PLACEHOLDER = bytes32(uint256(1));
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant RESULT_CLAIM_TYPEHASH = keccak256(
        "ResultClaim(uint256 taskId,bytes32 outputHash,bytes32 lineageRoot,bytes32 payoutRoot,uint64 totalRecords,uint64 epsilonSpent,bytes32 measurement)"
    );

    enum TaskStatus {
        None,
        Open,
        Settled
    }

    /// @notice A result slot's state. Empty and Submitted are stored; the
    /// others are final: they follow from the votes once the task settles
    /// (finalize writes no result slot) and `resultOf` reports them.
    enum ResultState {
        Empty,
        Submitted,
        Passed,
        Failed,
        Lapsed,
        Missing
    }

    /// @notice What the task owner publishes. Blocks, not timestamps, measure time.
    struct TaskSpec {
        // Enclave measurement (runtime build and workload) every result must come from.
        bytes32 measurement;
        // Hash of the dataset selector the enclaves read.
        bytes32 datasetHash;
        // Named enclaves, one per result slot; empty leaves `replication` slots for `accept`.
        address[] enclaves;
        uint96 fee;
        uint16 usersBps;
        uint16 nodesBps;
        uint16 verifiersBps;
        // Last block at which results (and accepts) are taken.
        uint48 deadline;
        // Blocks after a result's submission during which it can be voted on.
        uint32 votingWindow;
        uint8 quorum;
        uint8 replication;
        // Minimum users' payment per record and result (0: none).
        uint72 pricePerRecord;
    }

    /// @notice The enclave-signed claim of one result. epsilonSpent is ε in
    /// millionths.
    struct ResultClaim {
        uint256 taskId;
        bytes32 outputHash;
        bytes32 lineageRoot;
        bytes32 payoutRoot;
        uint64 totalRecords;
        uint64 epsilonSpent;
        bytes32 measurement;
    }

    /// @notice A task as `taskOf` returns it.
    struct Task {
        TaskStatus status;
        uint8 replication;
        uint8 quorum;
        uint8 assigned;
        uint40 firstResult;
        uint48 deadline;
        uint32 votingWindow;
        uint16 usersBps;
        uint16 verifiersBps;
        uint72 pricePerRecord;
        address owner;
        uint96 fee;
        bytes32 measurement;
        bytes32 datasetHash;
        // Global id of the result whose payout root users claim against.
        uint40 payoutResult;
        uint8 passed;
        uint96 usersPool;
        uint96 usersClaimed;
    }

    /// @dev A task in storage: five slots, laid out so that each call
    /// touches few. A vote reads slot 0 only; a submit slots 0 and 2 (and 1
    /// for a price floor); finalize slots 0 and 4 (and 1 only to refund); a
    /// claim slot 4 only.
    struct TaskRecord {
        // slot 0: what submit, vote and finalize need (TASK_* bit offsets)
        TaskStatus status;
        uint8 replication;
        uint8 quorum;
        uint8 assigned;
        uint32 firstResult;
        uint40 deadline;
        uint24 votingWindow;
        uint16 usersBps;
        uint16 verifiersBps;
        // Index of the parameters in force at publish (paramsLog).
        uint16 paramsVersion;
        uint40 publishBlock;
        // Result slots whose operator's stake is locked for them.
        uint8 liable;
        uint8 reserved0;
        uint16 reserved1;
        bool hasFloor;
        // slot 1
        address owner;
        uint72 pricePerRecord;
        // slot 2
        bytes32 measurement;
        // slot 3
        bytes32 datasetHash;
        // slot 4: the money, all a claim reads (PAY_* bit offsets; non-zero
        // from publish on). The pool is fee / replication * usersBps / BPS
        // per passing result, hence the copies of those two.
        uint96 fee;
        uint96 usersClaimed;
        uint8 passed;
        // Slot index of the result whose payout root users claim against.
        uint8 payoutIndex;
        uint8 payReplication;
        uint16 payUsersBps;
    }

    struct Result {
        address operator;
        ResultState state;
        uint16 passVotes;
        uint16 failVotes;
        uint48 votingEnds;
        // The operator took the slot on (accept); only then does a missing result cost it stake.
        bool accepted;
    }

    /// @notice Governance parameters of slashing and voting. Every change
    /// is a new version; a task keeps the version it was published under, so
    /// the stake locked for it is exactly what its settlement releases.
    struct Params {
        uint96 nodeSlash;
        uint96 timeoutSlash;
        uint96 verifierPenalty;
        uint16 slashOwnerBps;
        uint16 slashVerifiersBps;
        uint8 minQuorum;
        uint32 maxVotingWindow;
        // Longest a task may run: its deadline is at most this many blocks after publish.
        uint32 maxDuration;
    }

    IERC20 public immutable token;
    bytes32 private immutable cachedDomainSeparator;
    uint256 private immutable cachedChainId;
    Staking public immutable staking;
    EnclaveRegistry public immutable registry;
    address public treasury;
    /// @dev Every version of the parameters; the last is current.
    Params[] private paramsLog;

    uint256 public taskCount;
    /// @notice Next global result id (from 1); a task reserves `replication`
    /// consecutive ids at publish.
    uint32 public nextResultId = 1;

    mapping(uint256 => TaskRecord) private tasks;
    mapping(uint256 => Result) private results;
    /// @dev (taskId << 4 | slot index) => payout root (slot index < MAX_REPLICATION = 16)
    mapping(uint256 => bytes32) private payoutRoots;
    mapping(uint256 => uint256) private failRewardPerVote;
    /// @notice Operator pay credited by passing results, withdrawn with `withdrawEarnings`.
    mapping(address => uint256) public earnings;
    /// @dev taskId => enclave => slot index + 1
    mapping(uint256 => mapping(address => uint256)) private slotOf;
    /// @dev verifier => result id / 128 => 2 bits per result: 0 none, 1 fail, 2 pass, 3 settled
    mapping(address => mapping(uint256 => uint256)) private voteBits;
    /// @dev taskId => leaf index / 256 => claimed bits
    mapping(uint256 => mapping(uint256 => uint256)) private claimedBits;

    error ZeroAddress();
    error ZeroAmount();
    error ZeroFee();
    error BadSplit(uint256 sumBps);
    error BadParams();
    error DeadlineInPast(uint64 deadline, uint64 currentBlock);
    error BadReplication(uint8 replication);
    error BadQuorum(uint8 quorum, uint8 minimum);
    error BadVotingWindow(uint32 window, uint32 maximum);
    error EnclaveCountMismatch(uint256 named, uint8 replication);
    error UnknownTask(uint256 taskId);
    error TaskAlreadySettled(uint256 taskId);
    error TaskNotSettled(uint256 taskId);
    error DeadlinePassed(uint256 taskId, uint64 deadline);
    error DeadlineNotPassed(uint256 taskId, uint64 deadline, uint64 currentBlock);
    error EnclaveInactive(address enclave);
    error UnregisteredEnclave(address enclave);
    error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected);
    error EnclaveAlreadyAssigned(uint256 taskId, address enclave);
    error OperatorAlreadyAssigned(uint256 taskId, address operator);
    error CallerNotOperator(address enclave, address caller);
    error NoOpenSlot(uint256 taskId);
    error EnclaveNotAssigned(uint256 taskId, address enclave);
    error InvalidClaimSignature(address signer, address enclave);
    error ClaimMeasurementMismatch(bytes32 measurement, bytes32 expected);
    error PriceBelowFloor(uint256 usersShare, uint64 records, uint72 pricePerRecord);
    error ResultAlreadySubmitted(uint256 taskId, uint256 index);
    error NoSuchResult(uint256 taskId, uint256 index);
    error NotStakedVerifier(address verifier);
    error AlreadyVoted(uint256 taskId, uint256 index, address verifier);
    error VotingClosed(uint256 taskId, uint256 index, uint48 votingEnds);
    error ResultDecided(uint256 taskId, uint256 index);
    error BatchLengthMismatch();
    error ResultsMissing(uint256 taskId, uint256 index);
    error NoEarnings(address operator);
    error AllResultsSubmitted(uint256 taskId);
    error VotingOpen(uint256 taskId, uint256 index, uint48 votingEnds);
    error NotVoted(uint256 taskId, uint256 index, address verifier);
    error VoteAlreadySettled(uint256 taskId, uint256 index, address verifier);
    error NothingToClaim(uint256 taskId);
    error AlreadyClaimed(uint256 taskId, uint256 index);
    error InvalidProof(uint256 taskId, uint256 index);
    error PayoutExceedsPool(uint256 taskId, uint256 payout, uint256 remaining);
    error DeadlineTooFar(uint64 deadline, uint64 latest);
    error UnbondingDelayTooShort(uint64 delay, uint64 minimum);

    event TaskPublished(
        uint256 indexed taskId,
        address indexed owner,
        bytes32 measurement,
        bytes32 datasetHash,
        uint96 fee,
        uint8 replication,
        uint48 deadline
    );
    event EnclaveAssigned(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator);
    event TaskAccepted(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator);
    event ResultSubmitted(
        uint256 indexed taskId,
        uint256 index,
        address indexed enclave,
        bytes32 outputHash,
        bytes32 lineageRoot,
        bytes32 payoutRoot,
        uint64 totalRecords,
        uint64 epsilonSpent
    );
    event Voted(uint256 indexed taskId, uint256 index, address indexed verifier, bool pass);
    event ResultSettled(uint256 indexed taskId, uint256 index, ResultState state, address operator, uint256 amount);
    event TaskSettled(uint256 indexed taskId, uint8 passed, uint256 refund);
    event VotesSettled(address indexed verifier, uint256 reward, uint256 penalty);
    event Claimed(uint256 indexed taskId, uint256 index, address indexed user, uint256 amount);
    event EarningsWithdrawn(address indexed operator, uint256 amount);
    event ParamsSet(Params params);
    event TreasurySet(address treasury);

    constructor(
        IERC20 token_,
        Staking staking_,
        EnclaveRegistry registry_,
        address admin,
        address treasury_,
        Params memory params_
    ) {
        if (
            address(token_) == address(0) || address(staking_) == address(0) || address(registry_) == address(0)
                || admin == address(0) || treasury_ == address(0)
        ) revert ZeroAddress();
        token = token_;
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
        staking = staking_;
        registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        treasury = treasury_;
        emit TreasurySet(treasury_);
        _setParams(params_);
    }

    // ---------------------------------------------------------------- governance

    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @dev Checks and appends a parameter version. The unbonding delay must
    /// cover the longest a result slot can stay open (`maxDuration` to the
    /// deadline, then `maxVotingWindow`), so stake that starts unbonding while
    /// a slot is open is still there when it settles; once the market holds
    /// SLASHER_ROLE it makes Staking keep that floor.
    function _setParams(Params memory p) private {
        if (
            uint256(p.slashOwnerBps) + p.slashVerifiersBps > BPS || p.minQuorum == 0 || p.maxVotingWindow == 0
                || p.maxVotingWindow > type(uint24).max || p.maxDuration == 0 || paramsLog.length > type(uint16).max
        ) {
            revert BadParams();
        }
        uint64 needed = uint64(p.maxDuration) + p.maxVotingWindow;
        uint64 delay = staking.unbondingDelay();
        if (delay < needed) revert UnbondingDelayTooShort(delay, needed);
        if (staking.hasRole(staking.SLASHER_ROLE(), address(this))) staking.setMinUnbondingDelay(needed);
        paramsLog.push(p);
        emit ParamsSet(p);
    }

    /// @notice The parameters in force.
    function params() external view returns (Params memory) {
        return paramsLog[paramsLog.length - 1];
    }

    /// @dev The stake a result slot locks: the most its settlement can slash.
    function _slotLock(Params storage p) private view returns (uint256) {
        return p.nodeSlash > p.timeoutSlash ? p.nodeSlash : p.timeoutSlash;
    }

    // ---------------------------------------------------------------- owner

    /// @notice Publishes a task and escrows `spec.fee` from the caller (needs an allowance).
    function publish(TaskSpec calldata spec) external nonReentrant returns (uint256 taskId) {
        _checkSpec(spec);
        taskId = ++taskCount;
        uint32 first = nextResultId;
        nextResultId = first + spec.replication;
        TaskRecord storage t = tasks[taskId];
        t.status = TaskStatus.Open;
        t.replication = spec.replication;
        t.quorum = spec.quorum;
        t.firstResult = first;
        t.deadline = uint40(spec.deadline);
        t.votingWindow = uint24(spec.votingWindow);
        t.usersBps = spec.usersBps;
        t.verifiersBps = spec.verifiersBps;
        t.paramsVersion = uint16(paramsLog.length - 1);
        t.publishBlock = uint40(block.number);
        t.hasFloor = spec.pricePerRecord != 0;
        t.pricePerRecord = spec.pricePerRecord;
        t.owner = msg.sender;
        t.measurement = spec.measurement;
        t.datasetHash = spec.datasetHash;
        t.fee = spec.fee;
        t.payReplication = spec.replication;
        t.payUsersBps = spec.usersBps;
        // The owner pays for the storage its results need: each result's
        // payout-root slot is created here (with a placeholder that is no
        // Merkle root), so a submission only overwrites it.
        for (uint256 i; i < spec.replication; ++i) {
            payoutRoots[_rootKey(taskId, i)] = ROOT_PLACEHOLDER;
        }
        for (uint256 i; i < spec.enclaves.length; ++i) {
            address enclave = spec.enclaves[i];
            address operator = _checkEnclave(taskId, t, enclave);
            _assign(taskId, t, enclave, operator, false);
        }
        token.safeTransferFrom(msg.sender, address(this), spec.fee);
        emit TaskPublished(
            taskId, msg.sender, spec.measurement, spec.datasetHash, spec.fee, spec.replication, spec.deadline
        );
    }

    function _checkSpec(TaskSpec calldata spec) private view {
        if (spec.fee == 0) revert ZeroFee();
        uint256 sum = uint256(spec.usersBps) + spec.nodesBps + spec.verifiersBps;
        if (sum != BPS) revert BadSplit(sum);
        if (spec.deadline <= block.number) revert DeadlineInPast(uint64(spec.deadline), uint64(block.number));
        if (spec.replication == 0 || spec.replication > MAX_REPLICATION) revert BadReplication(spec.replication);
        Params storage p = paramsLog[paramsLog.length - 1];
        if (spec.deadline > block.number + p.maxDuration) {
            revert DeadlineTooFar(uint64(spec.deadline), uint64(block.number + p.maxDuration));
        }
        if (spec.quorum < p.minQuorum) revert BadQuorum(spec.quorum, p.minQuorum);
        if (spec.votingWindow == 0 || spec.votingWindow > p.maxVotingWindow) {
            revert BadVotingWindow(spec.votingWindow, p.maxVotingWindow);
        }
        if (spec.enclaves.length != 0 && spec.enclaves.length != spec.replication) {
            revert EnclaveCountMismatch(spec.enclaves.length, spec.replication);
        }
    }

    // ---------------------------------------------------------------- nodes

    /// @notice Commits the caller's active `enclave` to the task: either
    /// confirms the slot the owner named it for, or takes an open slot of a
    /// task published without named enclaves (the enclave must then have the
    /// task's measurement). A named enclave that never accepts (nor submits)
    /// is not slashed when its result is missing: nobody can be made liable
    /// for work it did not take on.
    /// Accepting locks the most the slot can cost the operator (the larger
    /// of the node and timeout slashes) in Staking until the slot settles;
    /// it fails with Staking's StakeLocked when the operator's free stake is
    /// short, so one stake never backs more slots than it can pay for.
    function accept(uint256 taskId, address enclave) external {
        TaskRecord storage t = _openTask(taskId);
        if (block.number > t.deadline) revert DeadlinePassed(taskId, t.deadline);
        uint256 slot = slotOf[taskId][enclave];
        if (slot != 0) {
            Result storage r = results[t.firstResult + slot - 1];
            if (r.operator != msg.sender) revert CallerNotOperator(enclave, msg.sender);
            if (r.accepted) revert EnclaveAlreadyAssigned(taskId, enclave);
            if (!registry.isActive(enclave)) revert EnclaveInactive(enclave);
            r.accepted = true;
            _lockSlot(t, msg.sender);
            emit TaskAccepted(taskId, slot - 1, enclave, msg.sender);
            return;
        }
        if (t.assigned >= t.replication) revert NoOpenSlot(taskId);
        address operator = _checkEnclave(taskId, t, enclave);
        if (operator != msg.sender) revert CallerNotOperator(enclave, msg.sender);
        uint256 index = _assign(taskId, t, enclave, operator, true);
        _lockSlot(t, operator);
        emit TaskAccepted(taskId, index, enclave, operator);
    }

    /// @dev Locks a result slot's stake (see accept) until the latest block
    /// the slot can still be open, and counts the slot liable.
    function _lockSlot(TaskRecord storage t, address operator) private {
        staking.lock(operator, _slotLock(paramsLog[t.paramsVersion]), 1, uint32(t.deadline + t.votingWindow));
        t.liable += 1;
    }

    /// @dev Checks that enclave is active, has the task's measurement and is new to the task. Returns its operator.
    function _checkEnclave(uint256 taskId, TaskRecord storage t, address enclave) private view returns (address) {
        EnclaveRegistry.Enclave memory e = registry.enclaveOf(enclave);
        if (e.status == EnclaveRegistry.Status.None) revert UnregisteredEnclave(enclave);
        if (!registry.isActive(enclave)) revert EnclaveInactive(enclave);
        if (e.measurement != t.measurement) revert EnclaveMeasurementMismatch(enclave, e.measurement, t.measurement);
        if (slotOf[taskId][enclave] != 0) revert EnclaveAlreadyAssigned(taskId, enclave);
        uint256 first = t.firstResult;
        for (uint256 i; i < t.assigned; ++i) {
            if (results[first + i].operator == e.operator) revert OperatorAlreadyAssigned(taskId, e.operator);
        }
        return e.operator;
    }

    function _assign(uint256 taskId, TaskRecord storage t, address enclave, address operator, bool accepted)
        private
        returns (uint256 index)
    {
        index = t.assigned;
        t.assigned = uint8(index + 1);
        slotOf[taskId][enclave] = index + 1;
        Result storage r = results[t.firstResult + index];
        r.operator = operator;
        r.accepted = accepted;
        emit EnclaveAssigned(taskId, index, enclave, operator);
    }

    /// @notice Records the result of `enclave` for task `c.taskId`. Anyone
    /// may relay it; `signature` must be the enclave key's EIP-712 signature
    /// of `c`. The enclave must be assigned to the task and still active.
    /// Its registry measurement was checked against the task's when it was
    /// assigned (a registry measurement never changes). A result of a slot
    /// its operator did not accept locks the slot's stake now (see accept):
    /// no result is judged without collateral behind it.
    function submitResult(address enclave, ResultClaim calldata c, bytes calldata signature) external {
        uint256 taskId = c.taskId;
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        uint256 index = _checkSubmission(t, core, enclave, c, signature);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        Result storage r = results[id];
        uint256 rw = _load(r);
        if (uint8(rw >> RESULT_STATE) != uint8(ResultState.Empty)) revert ResultAlreadySubmitted(taskId, index);
        if (uint8(rw >> RESULT_ACCEPTED) == 0) {
            _lockSlot(t, address(uint160(rw)));
            rw |= uint256(1) << RESULT_ACCEPTED;
        }
        // An empty result's state and votingEnds bits are zero: set both in one write.
        uint256 ends = uint48(block.number + uint24(core >> TASK_VOTING_WINDOW));
        rw |= (uint256(uint8(ResultState.Submitted)) << RESULT_STATE) | (ends << RESULT_VOTING_ENDS);
        assembly ("memory-safe") {
            sstore(r.slot, rw)
        }
        payoutRoots[_rootKey(taskId, index)] = c.payoutRoot;
        _emitSubmitted(index, enclave, c);
    }

    /// @dev Checks a submission up to the result slot; returns the slot index.
    function _checkSubmission(
        TaskRecord storage t,
        uint256 core,
        address enclave,
        ResultClaim calldata c,
        bytes calldata signature
    ) private view returns (uint256) {
        uint256 taskId = c.taskId;
        uint40 deadline = uint40(core >> TASK_DEADLINE);
        if (block.number > deadline) revert DeadlinePassed(taskId, deadline);
        uint256 slot = slotOf[taskId][enclave];
        if (slot == 0) {
            if (registry.enclaveOf(enclave).status == EnclaveRegistry.Status.None) revert UnregisteredEnclave(enclave);
            revert EnclaveNotAssigned(taskId, enclave);
        }
        (address signer,,) = ECDSA.tryRecover(MessageHashUtils.toTypedDataHash(_domainSeparator(), _claimHash(c)), signature);
        if (signer != enclave) revert InvalidClaimSignature(signer, enclave);
        bytes32 measurement = t.measurement;
        if (c.measurement != measurement) revert ClaimMeasurementMismatch(c.measurement, measurement);
        if (!registry.isActive(enclave)) revert EnclaveInactive(enclave);
        if (uint8(core >> TASK_HAS_FLOOR) != 0) _checkPrice(t, c.totalRecords);
        return slot - 1;
    }

    function _checkPrice(TaskRecord storage t, uint64 records) private view {
        uint256 users = _resultFee(t) * t.usersBps / BPS;
        if (users < uint256(records) * t.pricePerRecord) revert PriceBelowFloor(users, records, t.pricePerRecord);
    }

    function _emitSubmitted(uint256 index, address enclave, ResultClaim calldata c) private {
        emit ResultSubmitted(
            c.taskId, index, enclave, c.outputHash, c.lineageRoot, c.payoutRoot, c.totalRecords, c.epsilonSpent
        );
    }

    /// @dev keccak256(abi.encode(RESULT_CLAIM_TYPEHASH, c...)): the claim is
    /// seven static words in calldata, hashed as they are. (A uint64 field
    /// with dirty high bits cannot pass: reading it for the event reverts.)
    function _claimHash(ResultClaim calldata c) private pure returns (bytes32 h) {
        bytes32 typeHash = RESULT_CLAIM_TYPEHASH;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typeHash)
            calldatacopy(add(p, 0x20), c, 0xe0)
            h := keccak256(p, 0x100)
        }
    }

    // ---------------------------------------------------------------- verifiers

    /// @notice Votes on result `index` of `taskId` as a staked verifier. The
    /// penalty the vote may cost is locked in Staking until it is settled.
    function vote(uint256 taskId, uint256 index, bool pass) external {
        if (!staking.isStaked(msg.sender, Staking.Role.Verifier)) revert NotStakedVerifier(msg.sender);
        (uint256 lockAmount, uint256 until) = _vote(voteBits[msg.sender], taskId, index, pass);
        staking.lock(msg.sender, lockAmount, 1, uint32(until));
    }

    /// @notice Votes on several results (of any tasks) in one transaction.
    /// Results of tasks published close together have neighbouring ids and
    /// share one storage word of the verifier's vote record.
    function voteBatch(uint256[] calldata taskIds, uint256[] calldata indexes, bool[] calldata passes) external {
        uint256 n = taskIds.length;
        if (indexes.length != n || passes.length != n) revert BatchLengthMismatch();
        if (!staking.isStaked(msg.sender, Staking.Role.Verifier)) revert NotStakedVerifier(msg.sender);
        mapping(uint256 => uint256) storage bits = voteBits[msg.sender];
        uint256 lockAmount;
        uint256 until;
        for (uint256 i; i < n; ++i) {
            (uint256 a, uint256 u) = _vote(bits, taskIds[i], indexes[i], passes[i]);
            lockAmount += a;
            if (u > until) until = u;
        }
        staking.lock(msg.sender, lockAmount, n, uint32(until));
    }

    /// @dev Reads the task's slot 0 and the result's slot once each (see
    /// TASK_* and RESULT_* for the field offsets) and writes the result once.
    /// Returns the stake the vote locks (its task's verifier penalty) and
    /// the last block of its voting window.
    function _vote(mapping(uint256 => uint256) storage bits, uint256 taskId, uint256 index, bool pass)
        private
        returns (uint256 lockAmount, uint256 until)
    {
        uint256 core = _openCore(tasks[taskId], taskId);
        if (index >= uint8(core >> TASK_REPLICATION)) revert NoSuchResult(taskId, index);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        Result storage r = results[id];
        uint256 rw = _load(r);
        if (uint8(rw >> RESULT_STATE) != uint8(ResultState.Submitted)) revert NoSuchResult(taskId, index);
        uint48 ends = uint48(rw >> RESULT_VOTING_ENDS);
        if (block.number > ends) revert VotingClosed(taskId, index, ends);
        uint256 q = uint8(core >> TASK_QUORUM);
        if (uint16(rw >> RESULT_PASS_VOTES) >= q || uint16(rw >> RESULT_FAIL_VOTES) >= q) {
            revert ResultDecided(taskId, index);
        }
        uint256 shift = (id & 127) << 1;
        uint256 word = bits[id >> 7];
        if ((word >> shift) & 3 != 0) revert AlreadyVoted(taskId, index, msg.sender);
        bits[id >> 7] = word | (uint256(pass ? 2 : 1) << shift);
        // A count is below the quorum (<= 255) here: adding one cannot carry
        // out of its 16 bits.
        unchecked {
            rw += uint256(1) << (pass ? RESULT_PASS_VOTES : RESULT_FAIL_VOTES);
        }
        assembly ("memory-safe") {
            sstore(r.slot, rw)
        }
        emit Voted(taskId, index, msg.sender, pass);
        return (paramsLog[uint16(core >> TASK_PARAMS_VERSION)].verifierPenalty, ends);
    }

    /// @notice Pays `verifier` for its votes that agreed with the verdict of
    /// settled tasks and takes `verifierPenalty` (to the treasury) for each
    /// vote that disagreed. Votes on lapsed results settle to nothing.
    /// Anyone may call it for anyone.
    function settleVotes(address verifier, uint256[] calldata taskIds, uint256[] calldata indexes)
        external
        nonReentrant
    {
        uint256 n = taskIds.length;
        if (indexes.length != n) revert BatchLengthMismatch();
        uint256 reward;
        uint256 locked;
        uint256 penalty;
        mapping(uint256 => uint256) storage bits = voteBits[verifier];
        for (uint256 i; i < n; ++i) {
            (uint256 r, uint256 l, bool w) = _settleVote(bits, verifier, taskIds[i], indexes[i]);
            reward += r;
            locked += l;
            if (w) penalty += l;
        }
        if (reward != 0) _send(verifier, reward);
        penalty = staking.slashLocked(verifier, locked, n, penalty, treasury);
        emit VotesSettled(verifier, reward, penalty);
    }

    function _settleVote(mapping(uint256 => uint256) storage bits, address verifier, uint256 taskId, uint256 index)
        private
        returns (uint256 reward, uint256 locked, bool wrong)
    {
        TaskRecord storage t = tasks[taskId];
        uint256 core;
        assembly ("memory-safe") {
            core := sload(t.slot)
        }
        if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
        if (uint8(core) != uint8(TaskStatus.Settled)) revert TaskNotSettled(taskId);
        if (index >= uint8(core >> TASK_REPLICATION)) revert NoSuchResult(taskId, index);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        uint256 shift = (id & 127) << 1;
        uint256 word = bits[id >> 7];
        uint256 v = (word >> shift) & 3;
        if (v == 0) revert NotVoted(taskId, index, verifier);
        if (v == 3) revert VoteAlreadySettled(taskId, index, verifier);
        bits[id >> 7] = word | (uint256(3) << shift);
        locked = paramsLog[uint16(core >> TASK_PARAMS_VERSION)].verifierPenalty;
        ResultState s = _finalState(_load(results[id]), uint8(core >> TASK_QUORUM));
        if (s == ResultState.Passed) {
            if (v == 2) reward = _verifierReward(t);
            else wrong = true;
        } else if (s == ResultState.Failed) {
            if (v == 1) reward = failRewardPerVote[id];
            else wrong = true;
        }
    }

    // ---------------------------------------------------------------- settlement

    /// @notice Settles a task whose results are all in, once every result has
    /// a verdict or its voting window has closed.
    function finalize(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        _settle(taskId, t, _openCore(t, taskId), false);
    }

    /// @notice Settles a task whose deadline has passed with fewer results
    /// than its replication: missing results are refunded and the operators
    /// that accepted those slots slashed `timeoutSlash`; submitted results settle as in
    /// `finalize` (so their voting windows must be over or decided).
    function timeout(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        uint40 deadline = uint40(core >> TASK_DEADLINE);
        if (block.number <= deadline) revert DeadlineNotPassed(taskId, deadline, uint64(block.number));
        _settle(taskId, t, core, true);
    }

    /// @dev Settles an open task whose slot 0 is `core`: writes slot 0
    /// (status) and, if a result passed, slot 4 (passed, payout index) once each.
    function _settle(uint256 taskId, TaskRecord storage t, uint256 core, bool byTimeout) private {
        assembly ("memory-safe") {
            sstore(t.slot, or(and(core, not(0xff)), 2)) // status = Settled
        }
        uint256 word = _payoutWord(t);
        uint256 n = uint8(core >> TASK_REPLICATION);
        uint256 share = uint96(word) / n;
        uint256 pay;
        {
            uint256 q = uint8(core >> TASK_QUORUM);
            pay = share - share * uint16(core >> TASK_USERS_BPS) / BPS
                - share * uint16(core >> TASK_VERIFIERS_BPS) / BPS / q * q;
        }
        uint256 payoutIndex;
        uint256 passed;
        bool missing;
        for (uint256 i; i < n; ++i) {
            ResultState s = _settleResult(taskId, t, core, i, pay, byTimeout);
            if (s == ResultState.Passed) {
                if (passed == 0) payoutIndex = i;
                ++passed;
            } else if (s == ResultState.Missing) {
                missing = true;
            }
        }
        if (byTimeout && !missing) revert AllResultsSubmitted(taskId);
        if (passed != 0) {
            // passed and payoutIndex are zero until now.
            word |= passed << PAY_PASSED | payoutIndex << PAY_INDEX;
            assembly ("memory-safe") {
                sstore(add(t.slot, PAYOUT_SLOT), word)
            }
        }
        // Every result share that did not pass goes back, with the remainder of the fee's division.
        uint256 refund = uint96(word) - share * passed;
        if (refund != 0) _send(t.owner, refund);
        emit TaskSettled(taskId, uint8(passed), refund);
    }

    /// @dev Settles result `i` (global id `id`) of a task: credits the
    /// operator's pay on pass, slashes on fail or on a missing accepted
    /// result. Returns the result's final state.
    function _settleResult(
        uint256 taskId,
        TaskRecord storage t,
        uint256 core,
        uint256 i,
        uint256 pay,
        bool byTimeout
    ) private returns (ResultState s) {
        uint8 q = uint8(core >> TASK_QUORUM);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + i;
        Result storage r = results[id];
        uint256 rw = _load(r);
        // The final state is not stored: it follows from the votes (see _finalState).
        s = _finalState(rw, q);
        if (s == ResultState.Submitted) revert VotingOpen(taskId, i, uint48(rw >> RESULT_VOTING_ENDS));
        if (s == ResultState.Missing && !byTimeout) revert ResultsMissing(taskId, i);
        address operator = address(uint160(rw));
        bool liable = uint8(rw >> RESULT_ACCEPTED) != 0;
        Params storage p = paramsLog[uint16(core >> TASK_PARAMS_VERSION)];
        if (s == ResultState.Passed) {
            earnings[operator] += pay;
            staking.unlock(operator, _slotLock(p), 1);
            emit ResultSettled(taskId, i, s, operator, pay);
            return s;
        }
        uint256 taken;
        if (s == ResultState.Failed) {
            taken = _slashNode(id, t, operator, p, p.nodeSlash, q);
        } else if (liable && s == ResultState.Missing) {
            taken = _slashNode(id, t, operator, p, p.timeoutSlash, 0);
        } else if (liable) {
            staking.unlock(operator, _slotLock(p), 1);
        }
        emit ResultSettled(taskId, i, s, operator, taken);
    }

    /// @dev The state of a result of a task being settled or settled: a
    /// settled task's results keep their stored Empty or Submitted state (so
    /// finalize writes no result slot), the verdict follows from the votes,
    /// which stop once one side reaches the quorum. Returns Submitted while
    /// the result's voting is still open.
    function _finalState(uint256 rw, uint256 q) private view returns (ResultState) {
        if (uint8(rw >> RESULT_STATE) == uint8(ResultState.Empty)) return ResultState.Missing;
        if (uint16(rw >> RESULT_PASS_VOTES) >= q) return ResultState.Passed;
        if (uint16(rw >> RESULT_FAIL_VOTES) >= q) return ResultState.Failed;
        if (block.number > uint48(rw >> RESULT_VOTING_ENDS)) return ResultState.Lapsed;
        return ResultState.Submitted;
    }

    /// @notice Pays the caller its operator earnings (credited by passing results).
    function withdrawEarnings() external nonReentrant {
        uint256 amount = earnings[msg.sender];
        if (amount == 0) revert NoEarnings(msg.sender);
        earnings[msg.sender] = 0;
        _send(msg.sender, amount);
        emit EarningsWithdrawn(msg.sender, amount);
    }

    /// @dev Releases the slot's lock and slashes `amount` from operator into
    /// this contract, then splits what was taken: owner part, `q` equal
    /// verifier rewards (q = 0: none), rest to the treasury. Returns what was
    /// taken. No try/catch: a caller could otherwise starve the slash of gas
    /// and let settlement carry on without it, so TaskMarket must hold
    /// Staking's SLASHER_ROLE (Deploy grants it).
    function _slashNode(uint256 id, TaskRecord storage t, address operator, Params storage p, uint256 amount, uint8 q)
        private
        returns (uint256 taken)
    {
        taken = staking.slashLocked(operator, _slotLock(p), 1, amount, address(this));
        if (taken == 0) return 0;
        uint256 toOwner = taken * p.slashOwnerBps / BPS;
        uint256 kept;
        if (q != 0) {
            uint256 perVote = taken * p.slashVerifiersBps / BPS / q;
            failRewardPerVote[id] = perVote;
            kept = perVote * q;
        }
        if (toOwner != 0) _send(t.owner, toOwner);
        uint256 rest = taken - toOwner - kept;
        if (rest != 0) _send(treasury, rest);
    }

    // ---------------------------------------------------------------- users

    /// @notice Pays `user` its leaf `(index, user, amount)` of the task's
    /// payout root: `amount` for each passing result. Anyone may relay it;
    /// each leaf pays once. (No reentrancy guard needed: every state change
    /// precedes the one external call, a transfer of the MEMO token.)
    function claim(uint256 taskId, uint256 index, address user, uint256 amount, bytes32[] calldata proof)
        external
    {
        (TaskRecord storage t, uint256 word) = _claimable(taskId);
        _claim(t, word, taskId, index, user, amount, proof);
    }

    /// @notice `claim` for several leaves of one task in one transaction (a
    /// relayer paying out many users); fails as a whole if any leaf fails.
    function claimBatch(
        uint256 taskId,
        uint256[] calldata indexes,
        address[] calldata users,
        uint256[] calldata amounts,
        bytes32[][] calldata proofs
    ) external {
        uint256 n = indexes.length;
        if (users.length != n || amounts.length != n || proofs.length != n) revert BatchLengthMismatch();
        (TaskRecord storage t,) = _claimable(taskId);
        for (uint256 i; i < n; ++i) {
            _claim(t, _payoutWord(t), taskId, indexes[i], users[i], amounts[i], proofs[i]);
        }
    }

    /// @dev The task and its payout word; reverts unless the task settled with a pass.
    function _claimable(uint256 taskId) private view returns (TaskRecord storage t, uint256 word) {
        t = tasks[taskId];
        word = _payoutWord(t);
        if (uint8(word >> PAY_PASSED) == 0) { // passed: non-zero only once settled with a pass
            if (t.status == TaskStatus.None) revert UnknownTask(taskId);
            revert NothingToClaim(taskId);
        }
    }

    /// @dev The task's payout slot (payoutResult, passed, usersPool,
    /// usersClaimed) as one word, so that a claim reads and writes it once.
    function _payoutWord(TaskRecord storage t) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(add(t.slot, PAYOUT_SLOT))
        }
    }

    function _claim(
        TaskRecord storage t,
        uint256 word,
        uint256 taskId,
        uint256 index,
        address user,
        uint256 amount,
        bytes32[] calldata proof
    ) private {
        if (amount == 0) revert ZeroAmount();
        _useLeaf(taskId, index);
        if (!_verifyProof(proof, payoutRoots[_rootKey(taskId, uint8(word >> PAY_INDEX))], _leafHash(index, user, amount))) {
            revert InvalidProof(taskId, index);
        }
        uint256 pool = _usersPool(word);
        uint256 claimed = uint96(word >> PAY_CLAIMED);
        if (amount > pool) revert PayoutExceedsPool(taskId, amount, pool - claimed);
        uint256 payout;
        unchecked {
            // amount <= pool < 2**96 and passed <= MAX_REPLICATION: no overflow.
            payout = amount * uint8(word >> PAY_PASSED);
            if (claimed + payout > pool) revert PayoutExceedsPool(taskId, payout, pool - claimed);
            claimed += payout;
        }
        assembly ("memory-safe") {
            // claimed + payout <= pool < 2**96 fits usersClaimed's 96 bits.
            sstore(add(t.slot, PAYOUT_SLOT), or(and(word, not(shl(PAY_CLAIMED, 0xffffffffffffffffffffffff))), shl(PAY_CLAIMED, claimed)))
        }
        _send(user, payout);
        emit Claimed(taskId, index, user, payout);
    }

    /// @dev MerkleProof.verifyCalldata (sorted-pair keccak256 hashing) with
    /// the hashing loop inlined in scratch memory.
    function _verifyProof(bytes32[] calldata proof, bytes32 root, bytes32 leaf) private pure returns (bool) {
        assembly ("memory-safe") {
            let end := add(proof.offset, shl(5, proof.length))
            for { let p := proof.offset } lt(p, end) { p := add(p, 0x20) } {
                // Sorted pair: the smaller word first (x at 0x00 when leaf > x).
                let x := calldataload(p)
                let at := shl(5, gt(leaf, x))
                mstore(at, leaf)
                mstore(xor(at, 0x20), x)
                leaf := keccak256(0x00, 0x40)
            }
        }
        return leaf == root;
    }

    /// @dev token.safeTransfer(to, amount) without building the call in
    /// fresh memory: MEMO reverts on failure, and a token that returns false
    /// instead fails with SafeERC20's error as safeTransfer would.
    function _send(address to, uint256 amount) private {
        IERC20 tk = token;
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, shl(224, 0xa9059cbb)) // transfer(address,uint256)
            mstore(add(p, 0x04), to)
            mstore(add(p, 0x24), amount)
            ok := call(gas(), tk, 0, p, 0x44, 0x00, 0x20)
            if iszero(ok) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            switch returndatasize()
            case 0 { ok := gt(extcodesize(tk), 0) }
            default { ok := and(gt(returndatasize(), 31), eq(mload(0x00), 1)) }
        }
        if (!ok) revert SafeERC20.SafeERC20FailedOperation(address(tk));
    }

    /// @dev keccak256(bytes.concat(keccak256(abi.encode(index, user, amount)))),
    /// the StandardMerkleTree leaf of (uint256, address, uint256), hashed in
    /// scratch memory.
    function _leafHash(uint256 index, address user, uint256 amount) private pure returns (bytes32 leaf) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, index)
            mstore(add(p, 0x20), user)
            mstore(add(p, 0x40), amount)
            mstore(0x00, keccak256(p, 0x60))
            leaf := keccak256(0x00, 0x20)
        }
    }

    /// @dev Marks leaf `index` of the task claimed, reverting if it already is.
    function _useLeaf(uint256 taskId, uint256 index) private {
        mapping(uint256 => uint256) storage bits = claimedBits[taskId];
        uint256 word = bits[index >> 8];
        uint256 bit = uint256(1) << (index & 255);
        if (word & bit != 0) revert AlreadyClaimed(taskId, index);
        bits[index >> 8] = word | bit;
    }

    // ---------------------------------------------------------------- views

    function taskOf(uint256 taskId) external view returns (Task memory) {
        TaskRecord storage t = tasks[taskId];
        Task memory v;
        (v.status, v.replication, v.quorum, v.assigned, v.firstResult) =
            (t.status, t.replication, t.quorum, t.assigned, t.firstResult);
        (v.deadline, v.votingWindow, v.usersBps, v.verifiersBps, v.pricePerRecord) =
            (t.deadline, t.votingWindow, t.usersBps, t.verifiersBps, t.pricePerRecord);
        (v.owner, v.fee, v.measurement, v.datasetHash) = (t.owner, t.fee, t.measurement, t.datasetHash);
        (v.payoutResult, v.passed, v.usersClaimed) = (t.firstResult + t.payoutIndex, t.passed, t.usersClaimed);
        if (t.passed != 0) v.usersPool = uint96(_usersPool(_payoutWord(t)));
        return v;
    }

    /// @notice Result slot `index` of a task and its payout root (zero before submission).
    function resultOf(uint256 taskId, uint256 index) external view returns (Result memory r, bytes32 payoutRoot) {
        TaskRecord storage t = tasks[taskId];
        if (t.status == TaskStatus.None) revert UnknownTask(taskId);
        if (index >= t.replication) revert NoSuchResult(taskId, index);
        uint256 id = t.firstResult + index;
        r = results[id];
        if (t.status == TaskStatus.Settled) r.state = _finalState(_load(results[id]), t.quorum);
        return (r, payoutRoots[_rootKey(taskId, index)]);
    }

    /// @notice The slot index + 1 of enclave in the task (0: not assigned).
    function slotIndexOf(uint256 taskId, address enclave) external view returns (uint256) {
        return slotOf[taskId][enclave];
    }

    /// @notice A verifier's vote on a result: 0 none, 1 fail, 2 pass, 3 settled.
    function voteOf(address verifier, uint256 taskId, uint256 index) external view returns (uint8) {
        uint256 id = tasks[taskId].firstResult + index;
        return uint8((voteBits[verifier][id >> 7] >> ((id & 127) << 1)) & 3);
    }

    function isClaimed(uint256 taskId, uint256 index) external view returns (bool) {
        return (claimedBits[taskId][index >> 8] >> (index & 255)) & 1 == 1;
    }

    /// @notice Money per result of a task: the result share, its users part,
    /// each pass voter's reward and the operator's pay on pass.
    function sharesOf(uint256 taskId)
        external
        view
        returns (uint256 share, uint256 users, uint256 perVote, uint256 node)
    {
        TaskRecord storage t = tasks[taskId];
        if (t.status == TaskStatus.None) revert UnknownTask(taskId);
        share = _resultFee(t);
        users = share * t.usersBps / BPS;
        perVote = _verifierReward(t);
        node = share - users - perVote * t.quorum;
    }

    /// @notice Reward per vote that agreed with a failing verdict (0 unless failed).
    function failRewardOf(uint256 taskId, uint256 index) external view returns (uint256) {
        return failRewardPerVote[tasks[taskId].firstResult + index];
    }

    /// @notice The EIP-712 domain separator of ResultClaim signatures
    /// (name "MemoTaskMarket", version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    // ---------------------------------------------------------------- internals

    function _domainSeparator() private view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("MemoTaskMarket"), keccak256("1"), block.chainid, address(this))
        );
    }

    /// @dev Slot 0 of an open task as one word; reverts as _openTask does.
    function _openCore(TaskRecord storage t, uint256 taskId) private view returns (uint256 core) {
        assembly ("memory-safe") {
            core := sload(t.slot)
        }
        if (uint8(core) != uint8(TaskStatus.Open)) {
            if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
            revert TaskAlreadySettled(taskId);
        }
    }

    /// @dev A result's slot as one word.
    function _load(Result storage r) private view returns (uint256 w) {
        assembly ("memory-safe") {
            w := sload(r.slot)
        }
    }

    function _openTask(uint256 taskId) private view returns (TaskRecord storage t) {
        t = tasks[taskId];
        if (t.status != TaskStatus.Open) {
            if (t.status == TaskStatus.None) revert UnknownTask(taskId);
            revert TaskAlreadySettled(taskId);
        }
    }

    /// @dev Key of result slot `index` of a task in payoutRoots.
    function _rootKey(uint256 taskId, uint256 index) private pure returns (uint256) {
        return taskId << 4 | index;
    }

    /// @dev What a task's users may claim in total, from its payout word:
    /// the users' part of each passing result's share.
    function _usersPool(uint256 word) private pure returns (uint256 pool) {
        // fee < 2**96, usersBps < 2**16, passed < 2**8: no overflow; the
        // replication of a task that exists is at least 1.
        assembly ("memory-safe") {
            pool := mul(
                div(mul(div(and(word, 0xffffffffffffffffffffffff), and(shr(PAY_REPLICATION, word), 0xff)),
                    and(shr(PAY_USERS_BPS, word), 0xffff)), BPS),
                and(shr(PAY_PASSED, word), 0xff)
            )
        }
    }

    function _resultFee(TaskRecord storage t) private view returns (uint256) {
        return uint256(t.fee) / t.replication;
    }

    function _verifierReward(TaskRecord storage t) private view returns (uint256) {
        return _resultFee(t) * t.verifiersBps / BPS / t.quorum;
    }
}
