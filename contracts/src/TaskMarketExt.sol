// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Staking} from "./Staking.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";
import {TaskMarketBase} from "./TaskMarketBase.sol";

/// @title TaskMarketExt
/// @notice The cold paths of the task market: publish, accept, cancel,
/// re-execution reports, sweep and the views. It holds no state of its own: TaskMarket runs it by
/// DELEGATECALL from its fallback, in TaskMarket's storage, so call these
/// functions at the TaskMarket address. The rules are in TaskMarket's notes.
contract TaskMarketExt is TaskMarketBase {
    using SafeERC20 for IERC20;

    /// @notice The EIP-712 type of a re-execution report, signed by the
    /// re-executing enclave's key in TaskMarket's domain.
    bytes32 public constant REEXECUTION_REPORT_TYPEHASH =
        keccak256("ReexecutionReport(uint256 taskId,uint256 index,bytes32 outputHash)");

    error ZeroFee();
    error ZeroResultKey();
    error BadSplit(uint256 sumBps);
    error DeadlineInPast(uint64 deadline, uint64 currentBlock);
    error DeadlineTooFar(uint64 deadline, uint64 latest);
    error BadReplication(uint8 replication);
    error BadQuorum(uint8 quorum, uint8 minimum, uint8 maximum);
    error BadVotingWindow(uint32 window, uint32 maximum);
    error EnclaveCountMismatch(uint256 named, uint8 replication);
    error DeadlinePassed(uint256 taskId, uint64 deadline);
    error EnclaveInactive(address enclave);
    error UnregisteredEnclave(address enclave);
    error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected);
    error EnclaveAlreadyAssigned(uint256 taskId, address enclave);
    error OperatorAlreadyAssigned(uint256 taskId, address operator);
    error CallerNotOperator(address enclave, address caller);
    error NoOpenSlot(uint256 taskId);
    error NotTaskOwner(uint256 taskId, address caller);
    error TaskHasLiableSlots(uint256 taskId);
    error TaskNotSettled(uint256 taskId);
    error ClaimPeriodRunning(uint256 taskId, uint64 sweepableAt);
    error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds);
    error NotSelectedForReexecution(uint256 taskId, uint256 index);
    error ReexecutionAlreadyReported(uint256 taskId, uint256 index, address operator);
    error ReexecutorNotIndependent(uint256 taskId, uint256 index, address operator);
    error InvalidReexecutionSignature(address signer, address enclave);

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
    event TaskCancelled(uint256 indexed taskId, uint256 refund);
    event TaskSweptToTreasury(uint256 indexed taskId, uint256 amount);
    /// @notice `enclave` (of `operator`) re-executed result `index` of the
    /// task and got `outputHash`; verifiers compare it with the result's.
    event ReexecutionReported(
        uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator, bytes32 outputHash
    );

    constructor(IERC20 token_, Staking staking_, EnclaveRegistry registry_) TaskMarketBase(token_, staking_, registry_) {}

    // ---------------------------------------------------------------- owner

    /// @notice Publishes a task and escrows `spec.fee` from the caller (needs
    /// an allowance). The task keeps the current parameter version, and its
    /// committee size and reveal window.
    function publish(TaskSpec calldata spec) external nonReentrant returns (uint256 taskId) {
        Params storage p = paramsLog[paramsLog.length - 1];
        _checkSpec(spec, p);
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
        t.committee = p.committeeSize;
        t.revealWindow = p.revealWindow;
        t.hasFloor = spec.pricePerRecord != 0;
        t.reexecute = spec.reexecute;
        t.pricePerRecord = spec.pricePerRecord;
        t.owner = msg.sender;
        t.measurement = spec.measurement;
        t.datasetHash = spec.datasetHash;
        t.resultKeyHash = spec.resultKeyHash;
        t.fee = spec.fee;
        t.payReplication = spec.replication;
        t.payUsersBps = spec.usersBps;
        // The owner pays for the storage its results need: each result's
        // payout-root and committee slots are created here (with
        // placeholders: no Merkle root; an undrawn committee naming the
        // owner, whom the draw excludes), so a submission and a draw only
        // overwrite them.
        uint256 undrawn = uint256(1) << CW_UNDRAWN | uint160(msg.sender);
        for (uint256 i; i < spec.replication; ++i) {
            payoutRoots[_rootKey(taskId, i)] = ROOT_PLACEHOLDER;
            committees[first + i] = undrawn;
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

    function _checkSpec(TaskSpec calldata spec, Params storage p) private view {
        if (spec.fee == 0) revert ZeroFee();
        if (spec.resultKeyHash == bytes32(0)) revert ZeroResultKey();
        uint256 sum = uint256(spec.usersBps) + spec.nodesBps + spec.verifiersBps;
        if (sum != BPS) revert BadSplit(sum);
        if (spec.deadline <= block.number) revert DeadlineInPast(uint64(spec.deadline), uint64(block.number));
        if (spec.deadline > block.number + p.maxDuration) {
            revert DeadlineTooFar(uint64(spec.deadline), uint64(block.number + p.maxDuration));
        }
        if (spec.replication == 0 || spec.replication > MAX_REPLICATION) revert BadReplication(spec.replication);
        // A verdict needs a majority of the committee at least.
        uint8 k = p.committeeSize;
        uint8 minQ = k / 2 + 1;
        if (p.minQuorum > minQ) minQ = p.minQuorum;
        if (spec.quorum < minQ || spec.quorum > k) revert BadQuorum(spec.quorum, minQ, k);
        if (spec.votingWindow == 0 || spec.votingWindow > p.maxVotingWindow) {
            revert BadVotingWindow(spec.votingWindow, p.maxVotingWindow);
        }
        if (spec.enclaves.length != 0 && spec.enclaves.length != spec.replication) {
            revert EnclaveCountMismatch(spec.enclaves.length, spec.replication);
        }
    }

    /// @notice Cancels a task before any operator took on a slot (accepted,
    /// or submitted a result): the whole fee goes back to the owner. Only
    /// the task owner may.
    function cancel(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        if (msg.sender != t.owner) revert NotTaskOwner(taskId, msg.sender);
        uint256 first = uint32(core >> TASK_FIRST_RESULT);
        for (uint256 i; i < uint8(core >> TASK_REPLICATION); ++i) {
            if (uint8(_load(results[first + i]) >> RESULT_ACCEPTED) != 0) revert TaskHasLiableSlots(taskId);
        }
        t.status = TaskStatus.Cancelled;
        uint256 fee = t.fee;
        _send(msg.sender, fee);
        emit TaskCancelled(taskId, fee);
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
        TaskRecord storage t = tasks[taskId];
        _openCore(t, taskId);
        if (block.number > t.deadline) revert DeadlinePassed(taskId, t.deadline);
        uint256 slot = slotOf[taskId][enclave];
        if (slot != 0) {
            ResultRecord storage r = results[t.firstResult + slot - 1];
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

    /// @dev Locks a result slot's stake until the latest block the slot can
    /// still be open (deadline, commit and reveal phases).
    function _lockSlot(TaskRecord storage t, address operator) private {
        staking.lock(
            operator, _slotLock(paramsLog[t.paramsVersion]), 1, uint32(t.deadline + t.votingWindow + t.revealWindow)
        );
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
        ResultRecord storage r = results[t.firstResult + index];
        r.operator = operator;
        r.accepted = accepted;
        emit EnclaveAssigned(taskId, index, enclave, operator);
    }

    // ---------------------------------------------------------------- re-execution

    /// @notice Records the re-execution of result `index` of task `taskId`
    /// by `enclave`, a second enclave that re-ran the task and got
    /// `outputHash` (for training, the model hash the result's evidence
    /// states), so that its committee can compare the two while it votes.
    /// Anyone may relay it; `signature` must be the enclave key's EIP-712
    /// signature of ReexecutionReport(taskId, index, outputHash) in
    /// TaskMarket's domain. Taken only for a result whose committee draw
    /// selected it for re-execution, up to the end of its commit phase
    /// (`votingEnds`), from an active enclave with the task's measurement
    /// whose operator is neither the result's operator nor the task owner;
    /// the first report of a result is the one that counts. When the
    /// committee then reaches a verdict, pass or fail, the result's verifier
    /// share is split into committee + 1 equal parts and the re-executor's
    /// operator earns one (withdrawEarnings), on a fail out of the owner's
    /// refund: catching a forged result is what re-execution is paid for.
    function reportReexecution(
        uint256 taskId,
        uint256 index,
        address enclave,
        bytes32 outputHash,
        bytes calldata signature
    ) external {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        if (index >= uint8(core >> TASK_REPLICATION)) revert NoSuchResult(taskId, index);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        // A drawn committee word (bit 255 clear) belongs to a submitted result.
        uint256 cw = committees[id];
        if (cw >> CW_UNDRAWN != 0 || (cw >> CW_REEXECUTE) & 1 == 0) revert NotSelectedForReexecution(taskId, index);
        {
            uint256 ends = uint40(cw >> CW_VOTING_ENDS);
            if (block.number > ends) revert VotingClosed(taskId, index, uint64(ends));
        }
        if (cw & REPORTED_BIT != 0) {
            revert ReexecutionAlreadyReported(taskId, index, address(uint160(reexecutions[id])));
        }
        bytes32 structHash = keccak256(abi.encode(REEXECUTION_REPORT_TYPEHASH, taskId, index, outputHash));
        (address signer,,) =
            ECDSA.tryRecover(MessageHashUtils.toTypedDataHash(_buildDomainSeparator(), structHash), signature);
        if (signer != enclave) revert InvalidReexecutionSignature(signer, enclave);
        address operator = _checkReexecutor(taskId, index, t, id, enclave);
        committees[id] = cw | REPORTED_BIT;
        reexecutions[id] = uint256(uint160(operator)) | block.number << 160;
        emit ReexecutionReported(taskId, index, enclave, operator, outputHash);
    }

    /// @dev Checks that `enclave` may re-execute result `id` (slot `index`)
    /// of task `t`: active, with the task's measurement, of an operator
    /// other than the result's and the task owner. Returns its operator.
    function _checkReexecutor(uint256 taskId, uint256 index, TaskRecord storage t, uint256 id, address enclave)
        private
        view
        returns (address)
    {
        EnclaveRegistry.Enclave memory e = registry.enclaveOf(enclave);
        if (e.status == EnclaveRegistry.Status.None) revert UnregisteredEnclave(enclave);
        if (!registry.isActive(enclave)) revert EnclaveInactive(enclave);
        if (e.measurement != t.measurement) revert EnclaveMeasurementMismatch(enclave, e.measurement, t.measurement);
        if (e.operator == address(uint160(_load(results[id]))) || e.operator == t.owner) {
            revert ReexecutorNotIndependent(taskId, index, e.operator);
        }
        return e.operator;
    }

    // ---------------------------------------------------------------- leftovers

    /// @notice Sends what a settled task holds for nobody to the treasury,
    /// once `claimPeriod` blocks have passed since it settled: the users'
    /// pool nobody claimed (leaves never claimed, rounding), committee
    /// rewards nobody earned (silent or outvoted members, no committee) or
    /// settled, and fail-voter rewards nobody settled. Anyone may call it.
    /// Afterwards claims are refused (TaskSwept) and settling a vote of the
    /// task pays no reward (its penalty and lock still settle).
    function sweep(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _core(t);
        if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
        if (uint8(core) != uint8(TaskStatus.Settled)) revert TaskNotSettled(taskId);
        uint256 word = _payoutWord(t);
        uint256 at = uint40(core >> TASK_PUBLISH_BLOCK) + uint24(word >> PAY_SETTLED)
            + paramsLog[uint16(core >> TASK_PARAMS_VERSION)].claimPeriod;
        if (block.number < at) revert ClaimPeriodRunning(taskId, uint64(at));
        uint256 pool = _usersPool(word);
        uint256 amount = pool - uint96(word >> PAY_CLAIMED) + _unpaidRewards(t, core);
        t.status = TaskStatus.Swept;
        // The pool is spent: no claim fits any more.
        _setPayoutWord(t, (word & ~(uint256(type(uint96).max) << PAY_CLAIMED)) | pool << PAY_CLAIMED);
        if (amount != 0) _send(treasury, amount);
        emit TaskSweptToTreasury(taskId, amount);
    }

    /// @dev The committee rewards of a settled task the contract still holds:
    /// of each paid result's `committee` member rewards, those not settled
    /// by a member that earned them; of each failed result's fail-voter
    /// rewards, those not yet settled. (A re-executor's part was credited
    /// at settlement.)
    function _unpaidRewards(TaskRecord storage t, uint256 core) private view returns (uint256 amount) {
        uint256 first = uint32(core >> TASK_FIRST_RESULT);
        uint256 k = uint8(core >> TASK_COMMITTEE);
        uint256 fee = _resultFee(t);
        uint256 q = uint8(core >> TASK_QUORUM);
        for (uint256 i; i < uint8(core >> TASK_REPLICATION); ++i) {
            uint256 id = first + i;
            uint256 rw = _load(results[id]);
            if (uint8(rw >> RESULT_STATE) == uint8(ResultState.Empty)) continue;
            uint256 cw = committees[id];
            if (cw >> CW_UNDRAWN != 0) {
                amount += _memberReward(fee, core, k) * k;
                continue;
            }
            ResultState s = _verdict(cw, q, 0);
            uint256 perMember = _memberReward(fee, core, _rewardParts(core, cw, s));
            uint256 paid;
            uint256 owed;
            for (uint256 j; j < k; ++j) {
                uint256 v = (cw >> (CW_MEMBER_BITS * j + 24)) & 7;
                bool earns = s == ResultState.Failed ? v & 3 == VOTE_FAIL
                    : s == ResultState.Passed ? v & 3 == VOTE_PASS : v & 3 != 0;
                if (!earns) continue;
                if (v & VOTE_SETTLED != 0) ++paid;
                else ++owed;
            }
            if (s == ResultState.Failed) amount += failRewardPerVote[id] * owed;
            else amount += perMember * (k - paid);
        }
    }

    // ---------------------------------------------------------------- views

    function taskOf(uint256 taskId) external view returns (Task memory v) {
        TaskRecord storage t = tasks[taskId];
        (v.status, v.replication, v.quorum, v.assigned, v.committee, v.firstResult) =
            (t.status, t.replication, t.quorum, t.assigned, t.committee, t.firstResult);
        (v.deadline, v.votingWindow, v.revealWindow, v.usersBps, v.verifiersBps) =
            (t.deadline, t.votingWindow, t.revealWindow, t.usersBps, t.verifiersBps);
        (v.paramsVersion, v.publishBlock, v.pricePerRecord) = (t.paramsVersion, t.publishBlock, t.pricePerRecord);
        (v.owner, v.fee, v.measurement, v.datasetHash) = (t.owner, t.fee, t.measurement, t.datasetHash);
        (v.resultKeyHash, v.reexecute) = (t.resultKeyHash, t.reexecute);
        (v.payoutResult, v.passed, v.usersClaimed) = (t.firstResult + t.payoutIndex, t.passed, t.usersClaimed);
        if (t.status == TaskStatus.Settled || t.status == TaskStatus.Swept) {
            v.settledBlock = t.publishBlock + t.settledAfter;
        }
        if (t.passed != 0) v.usersPool = uint96(_usersPool(_payoutWord(t)));
    }

    /// @notice Result slot `index` of a task and its payout root (zero before submission).
    function resultOf(uint256 taskId, uint256 index) external view returns (Result memory r, bytes32 payoutRoot) {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _core(t);
        if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
        if (index >= t.replication) revert NoSuchResult(taskId, index);
        uint256 id = t.firstResult + index;
        uint256 rw = _load(results[id]);
        uint256 cw = committees[id];
        r.operator = address(uint160(rw));
        r.state = ResultState(uint8(rw >> RESULT_STATE));
        r.accepted = uint8(rw >> RESULT_ACCEPTED) != 0;
        if (r.state == ResultState.Submitted) {
            r.votingEnds = uint40(rw >> RESULT_VOTING_ENDS);
            r.revealEnds = uint48(_revealEnds(rw, cw, core));
            r.drawn = cw >> CW_UNDRAWN == 0;
            r.reexecute = r.drawn && (cw >> CW_REEXECUTE) & 1 != 0;
            if (r.drawn) {
                (uint256 pass, uint256 fail) = _tally(cw);
                (r.passVotes, r.failVotes, r.revealed) = (uint8(pass), uint8(fail), uint8(pass + fail));
            }
        }
        bool settled = t.status == TaskStatus.Settled || t.status == TaskStatus.Swept;
        if (settled) {
            r.state = r.state == ResultState.Empty ? ResultState.Missing : _verdict(cw, t.quorum, 0);
        }
        return (r, payoutRoots[_rootKey(taskId, index)]);
    }

    /// @notice The committee of result `index` of a task: its members (empty
    /// until drawn) and each member's vote (0 none, 1 fail, 2 pass; +4 once
    /// settled; votes show only once revealed).
    function committeeOf(uint256 taskId, uint256 index)
        external
        view
        returns (address[] memory members, uint8[] memory votes)
    {
        TaskRecord storage t = tasks[taskId];
        if (t.status == TaskStatus.None) revert UnknownTask(taskId);
        if (index >= t.replication) revert NoSuchResult(taskId, index);
        uint256 cw = committees[t.firstResult + index];
        if (cw >> CW_UNDRAWN != 0 || cw == 0) return (members, votes);
        uint256 k = uint8(cw >> CW_SIZE);
        members = new address[](k);
        votes = new uint8[](k);
        for (uint256 j; j < k; ++j) {
            uint256 m = cw >> (CW_MEMBER_BITS * j);
            members[j] = staking.verifierAt(uint24(m));
            votes[j] = uint8((m >> 24) & 7);
        }
    }

    /// @notice The slot index + 1 of enclave in the task (0: not assigned).
    function slotIndexOf(uint256 taskId, address enclave) external view returns (uint256) {
        return slotOf[taskId][enclave];
    }

    function isClaimed(uint256 taskId, uint256 index) external view returns (bool) {
        return (claimedBits[taskId << 64 | index >> 8] >> (index & 255)) & 1 == 1;
    }

    /// @notice Money per result of a task: the result share, its users part,
    /// each rewarded committee member's reward and the operator's pay; and,
    /// for a result whose reported re-execution met a verdict, each rewarded
    /// member's and the re-executor's reward (committee + 1 parts of the
    /// verifier share) and the operator's pay when it passes.
    function sharesOf(uint256 taskId)
        external
        view
        returns (uint256 share, uint256 users, uint256 perVote, uint256 node, uint256 reexecPerVote, uint256 reexecNode)
    {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _core(t);
        if (uint8(core) == uint8(TaskStatus.None)) revert UnknownTask(taskId);
        share = _resultFee(t);
        users = share * t.usersBps / BPS;
        uint256 k = t.committee;
        perVote = _memberReward(share, core, k);
        node = share - users - perVote * k;
        reexecPerVote = _memberReward(share, core, k + 1);
        reexecNode = share - users - reexecPerVote * (k + 1);
    }

    /// @notice The operator of the enclave that reported the re-execution of
    /// result `index` of a task, and the block of its report
    /// (ReexecutionReported holds the enclave and its output hash); zero
    /// when none was reported.
    function reexecutionOf(uint256 taskId, uint256 index) external view returns (address operator, uint64 atBlock) {
        TaskRecord storage t = tasks[taskId];
        if (t.status == TaskStatus.None) revert UnknownTask(taskId);
        if (index >= t.replication) revert NoSuchResult(taskId, index);
        uint256 w = reexecutions[t.firstResult + index];
        return (address(uint160(w)), uint64(w >> 160));
    }

    /// @notice Reward per vote that agreed with a failing verdict (0 unless failed).
    function failRewardOf(uint256 taskId, uint256 index) external view returns (uint256) {
        return failRewardPerVote[tasks[taskId].firstResult + index];
    }

    /// @notice Operator pay credited by paid results and not yet withdrawn.
    function earnings(address operator) external view returns (uint256) {
        return uint128(payWords[operator]);
    }

    /// @notice Stake locked by settled, paid slots of `operator`, released
    /// (with the earnings) by `withdrawEarnings`.
    function pendingUnlockOf(address operator) external view returns (uint256 amount, uint256 slots) {
        uint256 w = payWords[operator];
        return (uint96(w >> PW_UNLOCK), w >> PW_COUNT);
    }

    /// @notice The commitment `verifier` made under `commitId`: its high 216
    /// bits (the rest zero) and its block (0: none).
    function commitmentOf(address verifier, uint256 commitId) external view returns (bytes32 hashPrefix, uint64 atBlock) {
        uint256 c = commitments[verifier][commitId];
        return (bytes32(c >> 40 << 40), uint64(uint40(c)));
    }
}
