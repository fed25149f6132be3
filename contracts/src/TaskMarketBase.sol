// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Staking} from "./Staking.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";

/// @title TaskMarketBase
/// @notice The storage, types and shared helpers of the task market. The
/// market is two contracts over one storage: TaskMarket (the hot paths:
/// results, committees, votes, settlement, claims) and TaskMarketExt (publish,
/// accept, cancel, re-execution reports, sweep and the views), which TaskMarket reaches by
/// DELEGATECALL from its fallback, because together they exceed the 24 KiB
/// code limit. Both inherit this contract, so their storage layouts are the
/// same by construction. See TaskMarket for the rules.
/// @dev Structs that appear in an external signature must appear in one of
/// the two contracts' ABIs only (TaskSpec, Task, Result: TaskMarketExt;
/// ResultClaim, Params: TaskMarket), so that the Go bindings, one package,
/// declare each once; events are declared by the contract that emits them.
abstract contract TaskMarketBase is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 internal constant BPS = 10_000;
    /// @notice Largest replication factor (result slots per task).
    uint8 public constant MAX_REPLICATION = 16;
    /// @notice Bounds of a committee's size (governance picks within them).
    uint8 public constant MIN_COMMITTEE = 3;
    uint8 public constant MAX_COMMITTEE = 7;

    // Bit offsets of the words the hot paths read whole (their order
    // follows the struct declarations below).
    // TaskRecord slot 0:
    uint256 internal constant TASK_REPLICATION = 8;
    uint256 internal constant TASK_QUORUM = 16;
    uint256 internal constant TASK_FIRST_RESULT = 32;
    uint256 internal constant TASK_DEADLINE = 64;
    uint256 internal constant TASK_VOTING_WINDOW = 104;
    uint256 internal constant TASK_USERS_BPS = 128;
    uint256 internal constant TASK_VERIFIERS_BPS = 144;
    uint256 internal constant TASK_PARAMS_VERSION = 160;
    uint256 internal constant TASK_PUBLISH_BLOCK = 176;
    uint256 internal constant TASK_COMMITTEE = 216;
    uint256 internal constant TASK_REVEAL_WINDOW = 224;
    uint256 internal constant TASK_HAS_FLOOR = 240;
    uint256 internal constant TASK_REEXECUTE = 248;
    // ResultRecord:
    uint256 internal constant RESULT_STATE = 160;
    uint256 internal constant RESULT_ACCEPTED = 168;
    uint256 internal constant RESULT_VOTING_ENDS = 176;
    uint256 internal constant RESULT_SEATS = 216;
    // TaskRecord slot 4 (the payout word):
    uint256 internal constant PAYOUT_SLOT = 4;
    uint256 internal constant PAY_CLAIMED = 96;
    uint256 internal constant PAY_PASSED = 192;
    uint256 internal constant PAY_INDEX = 200;
    uint256 internal constant PAY_REPLICATION = 208;
    uint256 internal constant PAY_USERS_BPS = 216;
    uint256 internal constant PAY_SETTLED = 232;
    // Committee word: member i at bit 27i (verifier id: 24 bits, vote: 3
    // bits, CW_* below); commit phase end, size and reveal window; bit 255
    // set while undrawn (the word then holds the task owner, whom the draw
    // excludes).
    uint256 internal constant CW_MEMBER_BITS = 27;
    // Set when the draw selected the result for re-execution (members use
    // at most 7 × 27 = 189 bits).
    uint256 internal constant CW_REEXECUTE = 189;
    // Set when a second enclave reported its re-execution of the result
    // (reexecutions[id] then names its operator); REPORTED_BIT is the bit.
    uint256 internal constant CW_REPORTED = 190;
    uint256 internal constant REPORTED_BIT = 1 << CW_REPORTED;
    uint256 internal constant CW_VOTING_ENDS = 192;
    uint256 internal constant CW_SIZE = 232;
    uint256 internal constant CW_REVEAL_WINDOW = 240;
    uint256 internal constant CW_UNDRAWN = 255;
    // A member's vote: none yet (silent), fail, pass; plus the settled bit.
    uint256 internal constant VOTE_FAIL = 1;
    uint256 internal constant VOTE_PASS = 2;
    uint256 internal constant VOTE_SETTLED = 4;
    // Payout-word field widths and the operators' pay word.
    uint256 internal constant PW_UNLOCK = 128;
    uint256 internal constant PW_COUNT = 224;
    bytes32 internal constant ROOT_PLACEHOLDER = bytes32(uint256(1));
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    enum TaskStatus {
        None,
        Open,
        Settled,
        Cancelled,
        Swept
    }

    /// @notice A result slot's state. Empty and Submitted are stored; the
    /// others are final: they follow from the committee's votes once the
    /// task settles and `resultOf` reports them. Lapsed is a result that
    /// reached no verdict (no committee, or no side with `quorum` votes): it
    /// settles in the node's favour.
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
        // Blocks after a result's submission during which its committee is
        // drawn and commits its votes.
        uint32 votingWindow;
        // Agreeing committee votes that make a verdict (a majority of the
        // committee at least).
        uint8 quorum;
        uint8 replication;
        // Minimum users' payment per record and result (0: none).
        uint72 pricePerRecord;
        // keccak256 of the owner's result key (the HPKE public key outputs
        // are encrypted to); every claim must name it.
        bytes32 resultKeyHash;
        // Re-execute every result by a second enclave, whatever the
        // governance's sampling rate.
        bool reexecute;
    }

    /// @notice The enclave-signed claim of one result. epsilonSpent is ε in
    /// millionths. grantsBlock is the block at which the enclave read the
    /// grants it used (verifiers judge lineage against the grants at that
    /// block; it lies between the task's publish block and the submission).
    /// resultKeyHash is the hash of the task owner's result key the output
    /// is encrypted to: the market takes the claim only when it is the
    /// task's, so a host cannot have the output encrypted to its own key.
    /// prevLedgerRoot and ledgerRoot are the enclave's ε-ledger roots before
    /// and after the task: the market keeps each enclave's current root and
    /// takes a claim only when prevLedgerRoot is it, so an enclave's ε
    /// history is one chain that no claim can fork or roll back.
    struct ResultClaim {
        uint256 taskId;
        bytes32 outputHash;
        bytes32 lineageRoot;
        bytes32 payoutRoot;
        uint64 totalRecords;
        uint64 epsilonSpent;
        bytes32 measurement;
        uint64 grantsBlock;
        bytes32 resultKeyHash;
        bytes32 prevLedgerRoot;
        bytes32 ledgerRoot;
    }

    /// @notice A task as `taskOf` returns it.
    struct Task {
        TaskStatus status;
        uint8 replication;
        uint8 quorum;
        uint8 assigned;
        uint8 committee;
        uint40 firstResult;
        uint48 deadline;
        uint32 votingWindow;
        uint16 revealWindow;
        uint16 usersBps;
        uint16 verifiersBps;
        uint16 paramsVersion;
        uint40 publishBlock;
        // Block the task settled at (0 while open).
        uint40 settledBlock;
        uint72 pricePerRecord;
        address owner;
        uint96 fee;
        bytes32 measurement;
        bytes32 datasetHash;
        bytes32 resultKeyHash;
        bool reexecute;
        // Global id of the result whose payout root users claim against.
        uint40 payoutResult;
        uint8 passed;
        uint96 usersPool;
        uint96 usersClaimed;
    }

    /// @notice A result slot as `resultOf` returns it.
    struct Result {
        address operator;
        ResultState state;
        uint8 passVotes;
        uint8 failVotes;
        // Committee votes revealed so far, and whether a committee was drawn.
        uint8 revealed;
        bool drawn;
        // Last block of the commit phase, and of the reveal phase.
        uint48 votingEnds;
        uint48 revealEnds;
        // The operator's stake is locked for the slot (accepted, or submitted).
        bool accepted;
        // The draw selected the result for re-execution by a second enclave.
        bool reexecute;
    }

    /// @notice Governance parameters. Every change is a new version; a task
    /// keeps the version it was published under, so the stake locked for it
    /// is exactly what its settlement releases.
    struct Params {
        // Taken from the operator of a failing result / of a missing accepted one.
        uint96 nodeSlash;
        uint96 timeoutSlash;
        // The task owner's part of a node slash, capped at ownerCapBps of the
        // result share; the fail voters' part; the rest goes to the treasury.
        uint16 slashOwnerBps;
        uint16 slashVerifiersBps;
        uint16 ownerCapBps;
        // Members per committee and the least quorum a task may ask for.
        uint8 committeeSize;
        uint8 minQuorum;
        // Taken from a member that voted against the verdict / never revealed.
        uint96 verifierPenalty;
        uint96 silencePenalty;
        // Longest commit phase; the reveal phase that follows it.
        uint32 maxVotingWindow;
        uint16 revealWindow;
        // Most blocks from publish to deadline.
        uint32 maxDuration;
        // Blocks after settlement before leftovers can be swept.
        uint32 claimPeriod;
    }

    /// @dev A task in storage: five slots, laid out so that each call
    /// touches few. A reveal reads no task slot; a draw slot 0; a submit
    /// slots 0 and 2 (1 for a price floor); finalize slots 0 and 4 (and 1
    /// only to refund); a claim slot 4 only.
    struct TaskRecord {
        // slot 0: what submit, draw and finalize need (TASK_* bit offsets)
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
        uint8 committee;
        uint16 revealWindow;
        bool hasFloor;
        bool reexecute;
        // slot 1
        address owner;
        uint72 pricePerRecord;
        // slot 2
        bytes32 measurement;
        // slot 3
        bytes32 datasetHash;
        // slot 4: the money, all a claim reads (PAY_* bit offsets; non-zero
        // from publish on). The pool is fee / replication * usersBps / BPS
        // per paid result, hence the copies of those two.
        uint96 fee;
        uint96 usersClaimed;
        // Results paid in the node's favour (passed or no verdict).
        uint8 passed;
        // Slot index of the result whose payout root users claim against.
        uint8 payoutIndex;
        uint8 payReplication;
        uint16 payUsersBps;
        // Blocks from publish to settlement (saturating), for the claim period.
        uint24 settledAfter;
        // slot 5
        bytes32 resultKeyHash;
    }

    /// @dev A result slot: one word (RESULT_* bit offsets).
    struct ResultRecord {
        address operator;
        ResultState state;
        // The operator's stake is locked for this slot.
        bool accepted;
        // Last block of the commit phase (submission + voting window).
        uint40 votingEnds;
        // Staking's seat count at submission: the committee is drawn among them.
        uint40 seats;
    }

    IERC20 public immutable token;
    Staking public immutable staking;
    EnclaveRegistry public immutable registry;

    address public treasury;
    /// @dev Every version of the parameters; the last is current.
    Params[] internal paramsLog;
    uint256 public taskCount;
    /// @notice Next global result id (from 1); a task reserves `replication`
    /// consecutive ids at publish.
    uint32 public nextResultId = 1;

    mapping(uint256 => TaskRecord) internal tasks;
    mapping(uint256 => ResultRecord) internal results;
    /// @dev (taskId << 4 | slot index) => payout root (slot index < MAX_REPLICATION = 16)
    mapping(uint256 => bytes32) internal payoutRoots;
    /// @dev result id => committee word (CW_*)
    mapping(uint256 => uint256) internal committees;
    mapping(uint256 => uint256) internal failRewardPerVote;
    /// @dev operator => earnings (128 bits) | stake to unlock (96 bits) | slots (32 bits)
    mapping(address => uint256) internal payWords;
    /// @dev taskId => enclave => slot index + 1
    mapping(uint256 => mapping(address => uint256)) internal slotOf;
    /// @dev verifier => commit id => commitment (high 216 bits) | commit block (low 40 bits)
    mapping(address => mapping(uint256 => uint256)) internal commitments;
    /// @dev (taskId << 64 | leaf index / 256) => claimed bits (one mapping
    /// level: a claim hashes one key, not two)
    mapping(uint256 => uint256) internal claimedBits;
    /// @notice Each enclave's current ε-ledger root (zero before its first claim).
    mapping(address => bytes32) public ledgerRootOf;
    /// @notice The part of results, in basis points, that their committee
    /// draw selects for re-execution by a second enclave (tasks that ask
    /// for it are always selected); set by governance.
    uint16 public reexecBps;
    /// @dev result id => operator of the enclave that reported its
    /// re-execution (low 160 bits) | block of the report (40 bits above);
    /// zero unless CW_REPORTED is set in the result's committee word.
    mapping(uint256 => uint256) internal reexecutions;

    constructor(IERC20 token_, Staking staking_, EnclaveRegistry registry_) {
        if (address(token_) == address(0) || address(staking_) == address(0) || address(registry_) == address(0)) {
            revert ZeroAddress();
        }
        token = token_;
        staking = staking_;
        registry = registry_;
    }

    error ZeroAddress();
    error UnknownTask(uint256 taskId);
    error TaskAlreadySettled(uint256 taskId);
    error NoSuchResult(uint256 taskId, uint256 index);

    // ---------------------------------------------------------------- helpers

    /// @dev Slot 0 of an open task as one word; reverts unless the task is open.
    function _openCore(TaskRecord storage t, uint256 taskId) internal view returns (uint256 core) {
        assembly ("memory-safe") {
            core := sload(t.slot)
        }
        if (uint8(core) != uint8(TaskStatus.Open)) {
            if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
            revert TaskAlreadySettled(taskId);
        }
    }

    /// @dev Slot 0 of a task as one word.
    function _core(TaskRecord storage t) internal view returns (uint256 core) {
        assembly ("memory-safe") {
            core := sload(t.slot)
        }
    }

    /// @dev A result's slot as one word.
    function _load(ResultRecord storage r) internal view returns (uint256 w) {
        assembly ("memory-safe") {
            w := sload(r.slot)
        }
    }

    /// @dev The task's payout slot (slot 4) as one word.
    function _payoutWord(TaskRecord storage t) internal view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(add(t.slot, PAYOUT_SLOT))
        }
    }

    function _setPayoutWord(TaskRecord storage t, uint256 word) internal {
        assembly ("memory-safe") {
            sstore(add(t.slot, PAYOUT_SLOT), word)
        }
    }

    /// @dev Key of result slot `index` of a task in payoutRoots.
    function _rootKey(uint256 taskId, uint256 index) internal pure returns (uint256) {
        return taskId << 4 | index;
    }

    /// @dev The stake a result slot locks: the most its settlement can slash.
    function _slotLock(Params storage p) internal view returns (uint256) {
        return p.nodeSlash > p.timeoutSlash ? p.nodeSlash : p.timeoutSlash;
    }

    /// @dev The stake a committee seat locks: the most its vote can cost.
    function _memberLock(Params storage p) internal view returns (uint256) {
        return p.verifierPenalty > p.silencePenalty ? p.verifierPenalty : p.silencePenalty;
    }

    /// @dev Pass votes, fail votes and revealed votes of a drawn committee word.
    function _tally(uint256 cw) internal pure returns (uint256 pass, uint256 fail) {
        uint256 k = uint8(cw >> CW_SIZE);
        // At most MAX_COMMITTEE members: nothing here can overflow.
        unchecked {
            for (uint256 j; j < k; ++j) {
                uint256 v = (cw >> (CW_MEMBER_BITS * j + 24)) & 3;
                if (v == VOTE_PASS) ++pass;
                else if (v == VOTE_FAIL) ++fail;
            }
        }
    }

    /// @dev The verdict of a submitted result from its committee word: Passed
    /// or Failed when one side has `q` votes, Lapsed (no verdict) otherwise,
    /// and Submitted while votes can still come: before the reveal phase
    /// ends unless every member has revealed. `revealEnds` is the last block
    /// of the reveal phase.
    function _verdict(uint256 cw, uint256 q, uint256 revealEnds) internal view returns (ResultState) {
        if (cw >> CW_UNDRAWN != 0) {
            return block.number > revealEnds ? ResultState.Lapsed : ResultState.Submitted;
        }
        (uint256 pass, uint256 fail) = _tally(cw);
        if (pass + fail < uint8(cw >> CW_SIZE) && block.number <= revealEnds) return ResultState.Submitted;
        if (pass >= q) return ResultState.Passed;
        if (fail >= q) return ResultState.Failed;
        return ResultState.Lapsed;
    }

    /// @dev The last block of a submitted result's reveal phase: from its
    /// committee word once drawn, else from its commit end and the task's
    /// reveal window.
    function _revealEnds(uint256 rw, uint256 cw, uint256 core) internal pure returns (uint256) {
        if (cw >> CW_UNDRAWN == 0) return uint40(cw >> CW_VOTING_ENDS) + uint16(cw >> CW_REVEAL_WINDOW);
        return uint40(rw >> RESULT_VOTING_ENDS) + uint16(core >> TASK_REVEAL_WINDOW);
    }

    /// @dev The EIP-712 domain separator of the market's signatures (name
    /// "MemoTaskMarket", version "1", this chain, this contract: under
    /// DELEGATECALL, TaskMarket's address).
    function _buildDomainSeparator() internal view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("MemoTaskMarket"), keccak256("1"), block.chainid, address(this))
        );
    }

    function _resultFee(TaskRecord storage t) internal view returns (uint256) {
        return uint256(t.fee) / t.replication;
    }

    /// @dev One of the `parts` equal parts of a result's verifier share:
    /// what each committee member that votes with the verdict earns from a
    /// paid result (and a re-executor from a judged one; see _rewardParts).
    function _memberReward(uint256 share, uint256 core, uint256 parts) internal pure returns (uint256) {
        return share * uint16(core >> TASK_VERIFIERS_BPS) / BPS / parts;
    }

    /// @dev The number of equal parts a result's verifier share splits
    /// into: one per committee member, and one more for the enclave that
    /// reported the result's re-execution when the committee reached a
    /// verdict (`s` Passed or Failed) on a result with a report.
    function _rewardParts(uint256 core, uint256 cw, ResultState s) internal pure returns (uint256 parts) {
        parts = uint8(core >> TASK_COMMITTEE);
        if (cw & REPORTED_BIT != 0 && s != ResultState.Lapsed) ++parts;
    }

    /// @dev What a task's users may claim in total, from its payout word:
    /// the users' part of each paid result's share.
    function _usersPool(uint256 word) internal pure returns (uint256 pool) {
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

    /// @dev token.safeTransfer(to, amount) without building the call in
    /// fresh memory: MEMO reverts on failure, and a token that returns false
    /// instead fails with SafeERC20's error as safeTransfer would.
    function _send(address to, uint256 amount) internal {
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
}
