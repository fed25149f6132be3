// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Staking} from "./Staking.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";
import {TaskMarketBase} from "./TaskMarketBase.sol";

/// @title TaskMarket
/// @notice Training tasks paid in MEMO. A task owner escrows the whole fee at
/// `publish`. The task has `replication` result slots, each filled by one TEE
/// enclave: named at publish, or taken by an active enclave's operator with
/// `accept`. Each slot's enclave returns at most one result, an EIP-712
/// `ResultClaim` signed by the enclave key (domain "MemoTaskMarket", "1"),
/// before the task's deadline block.
///
/// Collateral. Accepting a slot locks the most its settlement can slash
/// (max(nodeSlash, timeoutSlash)) of the operator's stake in Staking; a
/// result of a named slot its operator never accepted locks it at
/// submission. The lock holds until the slot settles: released with the
/// operator's earnings (`withdrawEarnings`) when the result is paid, taken
/// by the slash when it fails or is missing.
///
/// Committees. Each result is judged by its own committee of
/// `params.committeeSize` verifiers, drawn by `draw` (anyone, from the
/// second block after the submission's, up to `votingEnds`) from the staked
/// verifiers in proportion to stake (Staking.drawCommittee), among the seats
/// that existed at submission, never the task owner nor the node's
/// operator. The seed is the hash of the block after the submission's
/// (which commits to that block's RANDAO value): unknown to the node when it
/// submits, and the same whoever draws and whenever, so no drawer can pick
/// a seed and the draw's gas is what its estimate says. Drawing locks each
/// member's possible penalty. Members commit
/// (`commitVotes`: a hash over their ballots and a salt, up to `votingEnds`)
/// and then reveal (`revealVotes`, during the `revealWindow` blocks after
/// it), so no member can copy another's vote. The verdict is Passed or
/// Failed when one side has the task's `quorum` (a majority of the
/// committee at least) once all members revealed or the reveal phase
/// closed; anything else (no committee drawn, too few votes, a tie) is no
/// verdict (Lapsed), which settles in the node's favour: a task owner never
/// gets the output and its fee back without a fail verdict.
///
/// Money. The fee is cut into `replication` equal result shares (the
/// remainder of the division goes back to the owner). Every result share
/// settles on its own, so one bad replica never costs an honest one:
/// - Passed or Lapsed: the share's users part is credited to the users'
///   pool, its verifiers part pays each committee member that voted with
///   the verdict (any revealed vote when there is none) share ×
///   verifiersBps / committee (pulled with `settleVotes`), and the rest is
///   credited to the operator (`withdrawEarnings`).
/// - Failed: the share is refunded to the owner; `nodeSlash` is taken from
///   the operator's locked stake: `slashOwnerBps` of it to the owner, but
///   never more than `ownerCapBps` of the result share (the owner's
///   compensation cap), `slashVerifiersBps` of it to the members that voted
///   fail, the rest to the treasury.
/// - Missing (deadline passed without a result): the share is refunded; an
///   operator whose stake was locked for the slot loses `timeoutSlash`
///   (owner part, capped, and treasury part as for a fail).
/// - Re-executed: a result the draw selected for re-execution, whose
///   re-execution a second enclave reported (TaskMarketExt.reportReexecution)
///   and on which the committee reached a verdict (passed or failed), splits
///   its verifiers part into committee + 1 equal parts: one per rewarded
///   member as above and one credited to the re-executor's operator
///   (`withdrawEarnings`), on a fail out of the owner's refund.
/// Members that voted against a verdict lose `verifierPenalty`, members
/// that never revealed lose `silencePenalty`, both to the treasury, when
/// their votes are settled (anyone may settle anyone's votes).
///
/// Users are paid under the payout root of the lowest-index paid result: a
/// leaf `(index, user, amount)` (OpenZeppelin StandardMerkleTree encoding,
/// types uint256, address, uint256) states the user's amount per paid
/// result, and `claim` pays `amount * passed`. What nobody claims (leaves,
/// rounding, member rewards nobody earned or settled) is swept to the
/// treasury by anyone after `claimPeriod` blocks (TaskMarketExt.sweep).
///
/// Settlement is O(replication) and never loops over users or verifiers:
/// users pull with Merkle proofs, verifiers with `settleVotes`, operators
/// with `withdrawEarnings`. The owner pays at publish for the storage of its
/// results (payout-root and committee slots), so the node's submission and
/// the draw only overwrite slots. No function moves tokens unless it
/// succeeds as a whole.
///
/// The cold paths (publish, accept, cancel, re-execution reports, sweep,
/// views) are in TaskMarketExt, called through this contract's fallback (see
/// TaskMarketBase).
/// @dev The EIP-712 domain is built here rather than by inheriting
/// OpenZeppelin's EIP712, whose ERC-5267 `eip712Domain()` view would clash in
/// the Go bindings package with DataGrants' (both generate the same output type).
contract TaskMarket is TaskMarketBase {
    bytes32 public constant RESULT_CLAIM_TYPEHASH = keccak256(
        "ResultClaim(uint256 taskId,bytes32 outputHash,bytes32 lineageRoot,bytes32 payoutRoot,uint64 totalRecords,uint64 epsilonSpent,bytes32 measurement,uint64 grantsBlock,bytes32 resultKeyHash,bytes32 prevLedgerRoot,bytes32 ledgerRoot)"
    );

    bytes32 public constant LEDGER_ADVANCE_TYPEHASH =
        keccak256("LedgerAdvance(address enclave,bytes32 prevLedgerRoot,bytes32 ledgerRoot)");

    bytes32 private immutable cachedDomainSeparator;
    uint256 private immutable cachedChainId;
    /// @notice The contract holding the cold paths, run in this contract's storage.
    address public immutable extension;

    error ZeroAmount();
    error BadParams();
    error UnbondingDelayTooShort(uint64 delay, uint64 minimum);
    error ExtensionMismatch(address extension);
    error DeadlinePassed(uint256 taskId, uint64 deadline);
    error DeadlineNotPassed(uint256 taskId, uint64 deadline, uint64 currentBlock);
    error EnclaveInactive(address enclave);
    error UnregisteredEnclave(address enclave);
    error EnclaveNotAssigned(uint256 taskId, address enclave);
    error InvalidClaimSignature(address signer, address enclave);
    error ClaimMeasurementMismatch(bytes32 measurement, bytes32 expected);
    error ResultKeyMismatch(uint256 taskId, bytes32 expected, bytes32 claimed);
    error PriceBelowFloor(uint256 usersShare, uint64 records, uint72 pricePerRecord);
    error ResultAlreadySubmitted(uint256 taskId, uint256 index);
    error BadGrantsBlock(uint64 grantsBlock, uint64 publishBlock, uint64 currentBlock);
    error LedgerRootMismatch(address enclave, bytes32 current, bytes32 claimed);
    error InvalidLedgerSignature(address signer, address enclave);
    error DrawTooEarly(uint256 taskId, uint256 index, uint64 firstBlock);
    error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds);
    error CommitteeAlreadyDrawn(uint256 taskId, uint256 index);
    error NoCommittee(uint256 resultId);
    error CommitmentMismatch(address verifier, uint256 commitId);
    error RevealNotOpen(uint256 resultId, uint64 firstBlock);
    error RevealClosed(uint256 resultId, uint64 lastBlock);
    error CommittedTooLate(uint256 resultId, uint64 commitBlock, uint64 votingEnds);
    error NotCommitteeMember(uint256 resultId, address verifier);
    error AlreadyRevealed(uint256 resultId, address verifier);
    error BatchLengthMismatch();
    error ResultsMissing(uint256 taskId, uint256 index);
    error NoEarnings(address operator);
    error AllResultsSubmitted(uint256 taskId);
    error VotingOpen(uint256 taskId, uint256 index, uint64 lastBlock);
    error VoteAlreadySettled(uint256 resultId, address verifier);
    error TaskNotSettled(uint256 taskId);
    error NothingToClaim(uint256 taskId);
    error AlreadyClaimed(uint256 taskId, uint256 index);
    error InvalidProof(uint256 taskId, uint256 index);
    error PayoutExceedsPool(uint256 taskId, uint256 payout, uint256 remaining);
    error TaskSwept(uint256 taskId);

    /// @notice The claim itself is in the transaction's calldata (and the
    /// payout root in `resultOf`): the event names the result only.
    event ResultSubmitted(uint256 indexed taskId, uint256 index, address indexed enclave);
    event LedgerAdvanced(address indexed enclave, bytes32 prevLedgerRoot, bytes32 ledgerRoot);
    event ReexecutionSelected(uint256 indexed taskId, uint256 index);
    /// @notice The operator of the enclave that reported the re-execution of
    /// a result was credited `amount` (withdrawEarnings pays it).
    event ReexecutorPaid(uint256 indexed taskId, uint256 index, address indexed operator, uint256 amount);
    event ReexecBpsSet(uint16 bps);
    /// @notice `members` holds the members' Staking verifier ids, 24 bits apart.
    event CommitteeDrawn(uint256 indexed taskId, uint256 index, uint256 members);
    event VotesCommitted(address indexed verifier, uint256 commitId);
    event VotesRevealed(address indexed verifier, uint256 commitId, uint256 votes);
    event ResultSettled(uint256 indexed taskId, uint256 index, ResultState state, address operator, uint256 amount);
    event TaskSettled(uint256 indexed taskId, uint8 passed, uint256 refund);
    event VotesSettled(address indexed verifier, uint256 reward, uint256 penalty);
    /// @notice A user's leaf of a task was paid. A payout tree holds one leaf
    /// per user, so (task, user) names the leaf; the amount is in the MEMO
    /// Transfer event of the same call.
    event Claimed(uint256 indexed taskId, address indexed user);
    event EarningsWithdrawn(address indexed operator, uint256 amount, uint256 unlocked);
    event ParamsSet(uint256 version);
    event TreasurySet(address treasury);

    constructor(
        IERC20 token_,
        Staking staking_,
        EnclaveRegistry registry_,
        address extension_,
        address admin,
        address treasury_,
        Params memory params_
    ) TaskMarketBase(token_, staking_, registry_) {
        if (admin == address(0) || treasury_ == address(0)) revert ZeroAddress();
        TaskMarketBase ext = TaskMarketBase(extension_);
        if (extension_.code.length == 0 || ext.token() != token_ || ext.staking() != staking_ || ext.registry() != registry_) {
            revert ExtensionMismatch(extension_);
        }
        extension = extension_;
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        treasury = treasury_;
        emit TreasurySet(treasury_);
        _setParams(params_);
    }

    /// @notice Runs every other function (TaskMarketExt's) in this contract's storage.
    fallback() external {
        address ext = extension;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, 0, calldatasize())
            let ok := delegatecall(gas(), ext, p, calldatasize(), 0, 0)
            returndatacopy(p, 0, returndatasize())
            if iszero(ok) { revert(p, returndatasize()) }
            return(p, returndatasize())
        }
    }

    // ---------------------------------------------------------------- governance

    function setParams(Params calldata p) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(p);
    }

    /// @notice Sets the part of results (basis points) the committee draw
    /// selects for re-execution.
    function setReexecBps(uint16 bps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (bps > BPS) revert BadParams();
        reexecBps = bps;
        emit ReexecBpsSet(bps);
    }

    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @dev Checks and appends a parameter version. The unbonding delay must
    /// cover the longest a result slot can stay open (`maxDuration` to the
    /// deadline, then the commit and reveal phases), so stake that starts
    /// unbonding while a slot is open is still there when it settles; once
    /// the market holds SLASHER_ROLE it makes Staking keep that floor.
    function _setParams(Params memory p) private {
        if (
            uint256(p.slashOwnerBps) + p.slashVerifiersBps > BPS || p.ownerCapBps > BPS
                || p.committeeSize < MIN_COMMITTEE || p.committeeSize > MAX_COMMITTEE || p.minQuorum == 0
                || p.minQuorum > p.committeeSize || p.maxVotingWindow == 0 || p.maxVotingWindow > type(uint24).max
                || p.revealWindow == 0 || p.revealWindow > type(uint16).max >> 1 || p.maxDuration == 0
                || p.maxDuration > type(uint32).max >> 1 || p.claimPeriod == 0 || paramsLog.length > type(uint16).max
        ) {
            revert BadParams();
        }
        uint64 needed = uint64(p.maxDuration) + p.maxVotingWindow + p.revealWindow;
        uint64 delay = staking.unbondingDelay();
        if (delay < needed) revert UnbondingDelayTooShort(delay, needed);
        if (staking.hasRole(staking.SLASHER_ROLE(), address(this))) staking.setMinUnbondingDelay(needed);
        paramsLog.push(p);
        emit ParamsSet(paramsLog.length - 1);
    }

    /// @notice The parameters in force (version `paramsVersion()`).
    function params() external view returns (Params memory) {
        return paramsLog[paramsLog.length - 1];
    }

    /// @notice Parameter version `version` (a task keeps the one it was published under).
    function paramsAt(uint256 version) external view returns (Params memory) {
        return paramsLog[version];
    }

    function paramsVersion() external view returns (uint256) {
        return paramsLog.length - 1;
    }

    // ---------------------------------------------------------------- nodes

    /// @notice Records the result of `enclave` for task `c.taskId`. Anyone
    /// may relay it; `signature` must be the enclave key's EIP-712 signature
    /// of `c`. The enclave must be assigned to the task and still active.
    /// Its registry measurement was checked against the task's when it was
    /// assigned (a registry measurement never changes). A result of a slot
    /// its operator did not accept locks the slot's stake now: no result is
    /// judged without collateral behind it.
    function submitResult(address enclave, ResultClaim calldata c, bytes calldata signature) external {
        uint256 taskId = c.taskId;
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        uint256 index = _checkSubmission(t, core, enclave, c, signature);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        ResultRecord storage r = results[id];
        uint256 rw = _load(r);
        if (uint8(rw >> RESULT_STATE) != uint8(ResultState.Empty)) revert ResultAlreadySubmitted(taskId, index);
        // The committee is drawn among the seats that exist now (Staking's
        // lock returns their count), from the hash of the next block.
        uint256 seatsNow;
        if (uint8(rw >> RESULT_ACCEPTED) == 0) {
            seatsNow = staking.lock(
                address(uint160(rw)),
                _slotLock(paramsLog[uint16(core >> TASK_PARAMS_VERSION)]),
                1,
                uint32(uint40(core >> TASK_DEADLINE) + uint24(core >> TASK_VOTING_WINDOW) + uint16(core >> TASK_REVEAL_WINDOW))
            );
            rw |= uint256(1) << RESULT_ACCEPTED;
        } else {
            seatsNow = staking.seatCount();
        }
        // An empty result's state, votingEnds and seat-count bits are zero:
        // set them in one write.
        uint256 ends = block.number + uint24(core >> TASK_VOTING_WINDOW);
        if (seatsNow > type(uint40).max) seatsNow = type(uint40).max;
        rw |= (uint256(uint8(ResultState.Submitted)) << RESULT_STATE) | (ends << RESULT_VOTING_ENDS) | (seatsNow << RESULT_SEATS);
        assembly ("memory-safe") {
            sstore(r.slot, rw)
        }
        payoutRoots[_rootKey(taskId, index)] = c.payoutRoot;
        // The enclave's ε ledger advances from the root the market holds.
        if (ledgerRootOf[enclave] != c.prevLedgerRoot) {
            revert LedgerRootMismatch(enclave, ledgerRootOf[enclave], c.prevLedgerRoot);
        }
        ledgerRootOf[enclave] = c.ledgerRoot;
        emit ResultSubmitted(taskId, index, enclave);
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
        bytes32 keyHash = t.resultKeyHash;
        if (c.resultKeyHash != keyHash) revert ResultKeyMismatch(taskId, keyHash, c.resultKeyHash);
        if (!registry.isActive(enclave) && !_activeButForStake(t, enclave, slot - 1)) revert EnclaveInactive(enclave);
        uint64 grantsBlock = c.grantsBlock;
        if (grantsBlock < uint40(core >> TASK_PUBLISH_BLOCK) || grantsBlock > block.number) {
            revert BadGrantsBlock(grantsBlock, uint40(core >> TASK_PUBLISH_BLOCK), uint64(block.number));
        }
        if (uint8(core >> TASK_HAS_FLOOR) != 0) _checkPrice(t, c.totalRecords);
        return slot - 1;
    }

    /// @dev Whether an inactive enclave may still deliver slot `index`: its
    /// slot's stake is locked (accepted) and it is inactive only because a
    /// slash took its operator below the minimum stake. The locked stake
    /// backs the slot, so the slash must not turn the operator's other
    /// accepted slots into timeout slashes: it takes no new work until it
    /// tops up, but finishes what it took on.
    function _activeButForStake(TaskRecord storage t, address enclave, uint256 index) private view returns (bool) {
        if (!results[t.firstResult + index].accepted) return false;
        EnclaveRegistry.Record memory e = registry.recordOf(enclave);
        return (e.status == EnclaveRegistry.Status.Active || e.status == EnclaveRegistry.Status.Pending)
            && block.number < e.approvedUntil && registry.measurementAllowed(e.measurement);
    }

    function _checkPrice(TaskRecord storage t, uint64 records) private view {
        uint256 users = _resultFee(t) * t.usersBps / BPS;
        if (users < uint256(records) * t.pricePerRecord) revert PriceBelowFloor(users, records, t.pricePerRecord);
    }

    /// @dev keccak256(abi.encode(RESULT_CLAIM_TYPEHASH, c...)): the claim is
    /// eleven static words in calldata, hashed as they are. (A uint64 field
    /// with dirty high bits cannot pass: reading it, for the event or the
    /// grants-block check, reverts.)
    function _claimHash(ResultClaim calldata c) private pure returns (bytes32 h) {
        bytes32 typeHash = RESULT_CLAIM_TYPEHASH;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, typeHash)
            calldatacopy(add(p, 0x20), c, 0x160)
            h := keccak256(p, 0x180)
        }
    }

    // ---------------------------------------------------------------- committees

    /// @notice Draws the committee of result `index` of `taskId` (see the
    /// contract notes). Anyone may call it, from the second block after the
    /// result's submission block (the seed is the hash of the first) up to
    /// its `votingEnds`, and within the 256 blocks that hash stays readable.
    function draw(uint256 taskId, uint256 index) external {
        _draw(taskId, index);
    }

    /// @notice `draw` for several results in one transaction.
    function drawBatch(uint256[] calldata taskIds, uint256[] calldata indexes) external {
        uint256 n = taskIds.length;
        if (indexes.length != n) revert BatchLengthMismatch();
        for (uint256 i; i < n; ++i) {
            _draw(taskIds[i], indexes[i]);
        }
    }

    function _draw(uint256 taskId, uint256 index) private {
        uint256 core = _openCore(tasks[taskId], taskId);
        if (index >= uint8(core >> TASK_REPLICATION)) revert NoSuchResult(taskId, index);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        uint256 rw = _load(results[id]);
        if (uint8(rw >> RESULT_STATE) != uint8(ResultState.Submitted)) revert NoSuchResult(taskId, index);
        uint256 ends = uint40(rw >> RESULT_VOTING_ENDS);
        // The seed is the hash of the block after the submission's: unknown
        // when the result was submitted, fixed before anyone draws.
        uint256 seedBlock = ends - uint24(core >> TASK_VOTING_WINDOW) + 1;
        if (block.number <= seedBlock) revert DrawTooEarly(taskId, index, uint64(seedBlock + 1));
        if (block.number > ends || block.number > seedBlock + 256) {
            revert VotingClosed(taskId, index, uint64(ends < seedBlock + 256 ? ends : seedBlock + 256));
        }
        uint256 cw = committees[id];
        if (cw >> CW_UNDRAWN == 0) revert CommitteeAlreadyDrawn(taskId, index);
        // The undrawn word holds the task owner; the result word the node's
        // operator and the seat count at submission.
        uint256 members = _drawMembers(core, id, address(uint160(cw)), rw, ends, seedBlock);
        uint256 k = uint8(core >> TASK_COMMITTEE);
        cw = ends << CW_VOTING_ENDS | k << CW_SIZE | uint256(uint16(core >> TASK_REVEAL_WINDOW)) << CW_REVEAL_WINDOW;
        // The same seed samples the result for re-execution.
        if (
            uint8(core >> TASK_REEXECUTE) != 0
                || uint256(keccak256(abi.encode(blockhash(seedBlock), address(this), id, "reexecute"))) % BPS < reexecBps
        ) {
            cw |= uint256(1) << CW_REEXECUTE;
            emit ReexecutionSelected(taskId, index);
        }
        for (uint256 j; j < k; ++j) {
            cw |= uint256(uint24(members >> (24 * j))) << (CW_MEMBER_BITS * j);
        }
        committees[id] = cw;
        emit CommitteeDrawn(taskId, index, members);
    }

    /// @dev Draws the members of result `id` from the hash of block
    /// `seedBlock` among the seats counted at submission, excluding the task
    /// owner and the node's operator; each member's possible penalty stays
    /// locked to the end of the reveal phase.
    function _drawMembers(uint256 core, uint256 id, address owner, uint256 rw, uint256 ends, uint256 seedBlock)
        private
        returns (uint256)
    {
        return staking.drawCommittee(
            keccak256(abi.encode(blockhash(seedBlock), address(this), id)),
            uint8(core >> TASK_COMMITTEE),
            owner,
            address(uint160(rw)),
            _memberLock(paramsLog[uint16(core >> TASK_PARAMS_VERSION)]),
            uint32(ends + uint16(core >> TASK_REVEAL_WINDOW)),
            uint40(rw >> RESULT_SEATS)
        );
    }

    /// @notice Commits the caller to ballots it reveals later: `commitment`
    /// is keccak256(abi.encode(caller, salt, ballots)) of the `revealVotes`
    /// call to come. A commitment counts for results whose commit phase had
    /// not ended at its block; committing again under the same id replaces
    /// it.
    function commitVotes(uint256 commitId, bytes32 commitment) external {
        commitments[msg.sender][commitId] = (uint256(commitment) >> 40 << 40) | block.number;
        emit VotesCommitted(msg.sender, commitId);
    }

    /// @notice Reveals the ballots committed under `commitId`: a ballot is
    /// a global result id (a task's `firstResult` + slot index) shifted left
    /// by one, plus 1 for pass. The caller must be on each result's
    /// committee, in its reveal phase, and have committed before its commit
    /// phase ended.
    function revealVotes(uint256 commitId, bytes32 salt, uint256[] calldata ballots) external {
        uint256 c = commitments[msg.sender][commitId];
        if (c == 0 || (uint256(keccak256(abi.encode(msg.sender, salt, ballots))) ^ c) >> 40 != 0) {
            revert CommitmentMismatch(msg.sender, commitId);
        }
        uint256 me = staking.verifierIdOf(msg.sender);
        uint256 n = ballots.length;
        for (uint256 i; i < n; ++i) {
            uint256 b = ballots[i];
            _reveal(b >> 1, b & 1 == 1, me, uint40(c));
        }
        emit VotesRevealed(msg.sender, commitId, n);
    }

    function _reveal(uint256 id, bool pass, uint256 me, uint256 committedAt) private {
        uint256 cw = committees[id];
        if (cw == 0 || cw >> CW_UNDRAWN != 0) revert NoCommittee(id);
        uint256 ends = uint40(cw >> CW_VOTING_ENDS);
        if (block.number <= ends) revert RevealNotOpen(id, uint64(ends + 1));
        uint256 last = ends + uint16(cw >> CW_REVEAL_WINDOW);
        if (block.number > last) revert RevealClosed(id, uint64(last));
        if (committedAt > ends) revert CommittedTooLate(id, uint64(committedAt), uint64(ends));
        uint256 k = uint8(cw >> CW_SIZE);
        for (uint256 j; j < k; ++j) {
            uint256 at = CW_MEMBER_BITS * j;
            if (uint24(cw >> at) != me) continue;
            if ((cw >> (at + 24)) & 7 != 0) revert AlreadyRevealed(id, msg.sender);
            committees[id] = cw | (pass ? VOTE_PASS : VOTE_FAIL) << (at + 24);
            return;
        }
        revert NotCommitteeMember(id, msg.sender);
    }

    /// @notice Pays `verifier` for its committee votes on results of settled
    /// tasks that agreed with the verdict (any revealed vote on a result
    /// without one), takes `verifierPenalty` for each vote against a verdict
    /// and `silencePenalty` for each seat it never revealed, and releases
    /// the stake its seats locked. Anyone may call it for anyone. Rewards of
    /// a swept task are gone; its penalties and locks still settle.
    function settleVotes(address verifier, uint256[] calldata taskIds, uint256[] calldata indexes)
        external
        nonReentrant
    {
        uint256 n = taskIds.length;
        if (indexes.length != n) revert BatchLengthMismatch();
        uint256 me = staking.verifierIdOf(verifier);
        // [reward, locked, penalty], summed over the votes.
        uint256[3] memory sum;
        for (uint256 i; i < n; ++i) {
            (uint256 r, uint256 l, uint256 p) = _settleVote(taskIds[i], indexes[i], verifier, me);
            sum[0] += r;
            sum[1] += l;
            sum[2] += p;
        }
        if (sum[0] != 0) _send(verifier, sum[0]);
        uint256 taken = staking.slashLocked(verifier, sum[1], n, sum[2], treasury);
        emit VotesSettled(verifier, sum[0], taken);
    }

    function _settleVote(uint256 taskId, uint256 index, address verifier, uint256 me)
        private
        returns (uint256 reward, uint256 locked, uint256 penalty)
    {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _core(t);
        uint8 status = uint8(core);
        if (status == uint8(TaskStatus.None)) revert UnknownTask(taskId);
        if (status != uint8(TaskStatus.Settled) && status != uint8(TaskStatus.Swept)) revert TaskNotSettled(taskId);
        if (index >= uint8(core >> TASK_REPLICATION)) revert NoSuchResult(taskId, index);
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + index;
        uint256 cw = committees[id];
        if (cw == 0 || cw >> CW_UNDRAWN != 0) revert NotCommitteeMember(id, verifier);
        uint256 k = uint8(cw >> CW_SIZE);
        uint256 at = type(uint256).max;
        for (uint256 j; j < k; ++j) {
            if (uint24(cw >> (CW_MEMBER_BITS * j)) == me) at = CW_MEMBER_BITS * j + 24;
        }
        if (at == type(uint256).max) revert NotCommitteeMember(id, verifier);
        uint256 vote = (cw >> at) & 7;
        if (vote & VOTE_SETTLED != 0) revert VoteAlreadySettled(id, verifier);
        committees[id] = cw | VOTE_SETTLED << at;
        Params storage p = paramsLog[uint16(core >> TASK_PARAMS_VERSION)];
        locked = _memberLock(p);
        if (vote == 0) return (0, locked, p.silencePenalty);
        // The task is settled: every vote is in, so the verdict is final.
        ResultState s = _verdict(cw, uint8(core >> TASK_QUORUM), 0);
        if (s == ResultState.Failed) {
            if (vote != VOTE_FAIL) return (0, locked, p.verifierPenalty);
            reward = failRewardPerVote[id];
        } else {
            if (s == ResultState.Passed && vote != VOTE_PASS) return (0, locked, p.verifierPenalty);
            reward = _memberReward(_resultFee(t), core, _rewardParts(core, cw, s));
        }
        if (status == uint8(TaskStatus.Swept)) reward = 0;
    }

    // ---------------------------------------------------------------- settlement

    /// @notice Settles a task whose results are all in, once every result has
    /// a verdict or its reveal phase has closed.
    function finalize(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        _settle(taskId, t, _openCore(t, taskId), false);
    }

    /// @notice `finalize` for several tasks in one transaction (a keeper
    /// settling many): fails as a whole if any task cannot settle.
    function finalizeBatch(uint256[] calldata taskIds) external nonReentrant {
        for (uint256 i; i < taskIds.length; ++i) {
            TaskRecord storage t = tasks[taskIds[i]];
            _settle(taskIds[i], t, _openCore(t, taskIds[i]), false);
        }
    }

    /// @notice Settles a task whose deadline has passed with fewer results
    /// than its replication: missing results are refunded and the operators
    /// whose stake was locked for those slots slashed `timeoutSlash`;
    /// submitted results settle as in `finalize`.
    function timeout(uint256 taskId) external nonReentrant {
        TaskRecord storage t = tasks[taskId];
        uint256 core = _openCore(t, taskId);
        uint40 deadline = uint40(core >> TASK_DEADLINE);
        if (block.number <= deadline) revert DeadlineNotPassed(taskId, deadline, uint64(block.number));
        uint256 first = uint32(core >> TASK_FIRST_RESULT);
        uint256 i;
        while (i < uint8(core >> TASK_REPLICATION) && uint8(_load(results[first + i]) >> RESULT_STATE) != 0) ++i;
        if (i == uint8(core >> TASK_REPLICATION)) revert AllResultsSubmitted(taskId);
        _settle(taskId, t, core, true);
    }

    /// @dev Settles an open task whose slot 0 is `core`: writes slot 0
    /// (status) and slot 4 (paid results, payout index, settlement block)
    /// once each.
    function _settle(uint256 taskId, TaskRecord storage t, uint256 core, bool byTimeout) private {
        assembly ("memory-safe") {
            sstore(t.slot, or(and(core, not(0xff)), 2)) // status = Settled
        }
        uint256 word = _payoutWord(t);
        uint256 n = uint8(core >> TASK_REPLICATION);
        uint256 share = uint96(word) / n;
        uint256 payoutIndex;
        uint256 passed;
        // What the re-executors of failed results earned, out of their shares.
        uint256 reexecuted;
        for (uint256 i; i < n; ++i) {
            (ResultState s, uint256 cut) = _settleResult(taskId, t, core, i, share, byTimeout);
            if (s == ResultState.Passed || s == ResultState.Lapsed) {
                if (passed == 0) payoutIndex = i;
                ++passed;
            } else {
                reexecuted += cut;
            }
        }
        uint256 after_ = block.number - uint40(core >> TASK_PUBLISH_BLOCK);
        if (after_ > type(uint24).max) after_ = type(uint24).max;
        // passed, payoutIndex and settledAfter are zero until now.
        word |= passed << PAY_PASSED | payoutIndex << PAY_INDEX | after_ << PAY_SETTLED;
        _setPayoutWord(t, word);
        // Every result share that was not paid goes back, with the remainder
        // of the fee's division, but for its re-executor's part.
        uint256 refund = uint96(word) - share * passed - reexecuted;
        if (refund != 0) _send(t.owner, refund);
        emit TaskSettled(taskId, uint8(passed), refund);
    }

    /// @dev Settles result `i` of a task: credits the operator's pay (and
    /// the release of its lock) when paid, slashes on a fail or on a missing
    /// slot whose stake was locked, and credits the re-executor's part (one
    /// of committee + 1 parts of the verifier share) when a re-execution
    /// was reported and the committee reached a verdict. Returns the
    /// result's final state and, for a failed one, the re-executor's part
    /// (which comes out of the refund).
    function _settleResult(
        uint256 taskId,
        TaskRecord storage t,
        uint256 core,
        uint256 i,
        uint256 share,
        bool byTimeout
    ) private returns (ResultState s, uint256 refundCut) {
        uint256 id = uint32(core >> TASK_FIRST_RESULT) + i;
        uint256 rw = _load(results[id]);
        uint256 amount;
        if (uint8(rw >> RESULT_STATE) == uint8(ResultState.Empty)) {
            if (!byTimeout) revert ResultsMissing(taskId, i);
            s = ResultState.Missing;
            if (uint8(rw >> RESULT_ACCEPTED) != 0) amount = _slashNode(id, t, address(uint160(rw)), share, core, 0);
            emit ResultSettled(taskId, i, s, address(uint160(rw)), amount);
            return (s, 0);
        }
        uint256 cw = committees[id];
        {
            uint256 last = _revealEnds(rw, cw, core);
            s = _verdict(cw, uint8(core >> TASK_QUORUM), last);
            if (s == ResultState.Submitted) revert VotingOpen(taskId, i, uint64(last));
        }
        if (s == ResultState.Failed) {
            amount = _slashNode(id, t, address(uint160(rw)), share, core, cw);
            if (cw & REPORTED_BIT != 0) refundCut = _payReexecutor(taskId, i, share, core);
        } else {
            // Paid: the operator's pay and its slot's lock go to its pay
            // word, both released by withdrawEarnings (one Staking call for
            // many slots). The verifier share is the members' (and, on a
            // pass with a reported re-execution, the re-executor's) parts.
            amount = share - share * uint16(core >> TASK_USERS_BPS) / BPS - (cw & REPORTED_BIT == 0
                ? _memberReward(share, core, uint8(core >> TASK_COMMITTEE)) * uint8(core >> TASK_COMMITTEE)
                : _verifiersPaid(taskId, i, share, core, s));
            payWords[address(uint160(rw))] += amount | _slotLock(paramsLog[uint16(core >> TASK_PARAMS_VERSION)]) << PW_UNLOCK
                | uint256(1) << PW_COUNT;
        }
        emit ResultSettled(taskId, i, s, address(uint160(rw)), amount);
    }

    /// @dev Credits one of committee + 1 parts of the verifier share of
    /// result `i` of a task to the pay word of the operator whose enclave
    /// reported its re-execution (earnings only: it locked no stake for the
    /// result). Returns that part.
    function _payReexecutor(uint256 taskId, uint256 i, uint256 share, uint256 core) private returns (uint256 reward) {
        reward = _memberReward(share, core, uint256(uint8(core >> TASK_COMMITTEE)) + 1);
        address operator = address(uint160(reexecutions[uint32(core >> TASK_FIRST_RESULT) + i]));
        payWords[operator] += reward;
        emit ReexecutorPaid(taskId, i, operator, reward);
    }

    /// @dev The verifier share of paid result `i` of a task with a reported
    /// re-execution, in the parts it pays: the members' and, on a pass, the
    /// re-executor's, which is credited now.
    function _verifiersPaid(uint256 taskId, uint256 i, uint256 share, uint256 core, ResultState s)
        private
        returns (uint256)
    {
        uint256 k = uint8(core >> TASK_COMMITTEE);
        if (s == ResultState.Lapsed) return _memberReward(share, core, k) * k;
        return _payReexecutor(taskId, i, share, core) * (k + 1);
    }

    /// @dev Releases the slot's lock and slashes the operator into this
    /// contract: `nodeSlash` for a failed result (committee word `cw`),
    /// `timeoutSlash` for a missing one (`cw` 0). Splits what was taken: the
    /// owner's part (capped at `ownerCapBps` of the result share), equal
    /// rewards of result `id`'s fail voters (failed only), the rest to the
    /// treasury. Returns what was taken. No try/catch: a caller could
    /// otherwise starve the slash of gas and let settlement carry on without
    /// it, so TaskMarket must hold Staking's SLASHER_ROLE (Deploy grants it).
    function _slashNode(uint256 id, TaskRecord storage t, address operator, uint256 share, uint256 core, uint256 cw)
        private
        returns (uint256 taken)
    {
        Params storage p = paramsLog[uint16(core >> TASK_PARAMS_VERSION)];
        uint256 fails;
        if (cw != 0) (, fails) = _tally(cw);
        taken = staking.slashLocked(operator, _slotLock(p), 1, cw != 0 ? p.nodeSlash : p.timeoutSlash, address(this));
        if (taken == 0) return 0;
        uint256 toOwner = taken * p.slashOwnerBps / BPS;
        uint256 cap = share * p.ownerCapBps / BPS;
        if (toOwner > cap) toOwner = cap;
        uint256 kept;
        if (fails != 0) {
            uint256 perVote = taken * p.slashVerifiersBps / BPS / fails;
            failRewardPerVote[id] = perVote;
            kept = perVote * fails;
        }
        if (toOwner != 0) _send(t.owner, toOwner);
        uint256 rest = taken - toOwner - kept;
        if (rest != 0) _send(treasury, rest);
    }

    /// @notice Pays the caller its operator earnings (credited by paid
    /// results) and releases the stake those results locked.
    function withdrawEarnings() external nonReentrant {
        uint256 w = payWords[msg.sender];
        if (w == 0) revert NoEarnings(msg.sender);
        payWords[msg.sender] = 0;
        uint256 amount = uint128(w);
        uint256 unlock = uint96(w >> PW_UNLOCK);
        if (w >> PW_COUNT != 0) staking.unlock(msg.sender, unlock, w >> PW_COUNT);
        if (amount != 0) _send(msg.sender, amount);
        emit EarningsWithdrawn(msg.sender, amount, unlock);
    }

    // ---------------------------------------------------------------- users

    /// @notice Pays `user` its leaf `(index, user, amount)` of the task's
    /// payout root: `amount` for each paid result. Anyone may relay it;
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

    /// @dev The task and its payout word; reverts unless the task settled with a paid result.
    function _claimable(uint256 taskId) private view returns (TaskRecord storage t, uint256 word) {
        t = tasks[taskId];
        word = _payoutWord(t);
        if (uint8(word >> PAY_PASSED) == 0) { // passed: non-zero only once settled with a paid result
            if (t.status == TaskStatus.None) revert UnknownTask(taskId);
            revert NothingToClaim(taskId);
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
        uint256 payout;
        unchecked {
            // amount is checked against pool < 2**96 first and passed <= MAX_REPLICATION: no overflow.
            if (amount > pool) _poolExceeded(t, taskId, amount, pool - claimed);
            payout = amount * uint8(word >> PAY_PASSED);
            if (claimed + payout > pool) _poolExceeded(t, taskId, payout, pool - claimed);
            claimed += payout;
        }
        assembly ("memory-safe") {
            // claimed + payout <= pool < 2**96 fits usersClaimed's 96 bits.
            sstore(add(t.slot, PAYOUT_SLOT), or(and(word, not(shl(PAY_CLAIMED, 0xffffffffffffffffffffffff))), shl(PAY_CLAIMED, claimed)))
        }
        _send(user, payout);
        emit Claimed(taskId, user);
    }

    /// @dev Reverts for a claim past the pool: TaskSwept once the leftovers
    /// were swept (the sweep spends the pool), PayoutExceedsPool otherwise.
    function _poolExceeded(TaskRecord storage t, uint256 taskId, uint256 payout, uint256 remaining) private view {
        if (t.status == TaskStatus.Swept) revert TaskSwept(taskId);
        revert PayoutExceedsPool(taskId, payout, remaining);
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

    /// @dev Marks leaf `index` of the task claimed, reverting if it already
    /// is. A leaf index is below 2**64 (no tree is larger), so the bitmap key
    /// taskId << 64 | index / 256 never reaches another task's words.
    function _useLeaf(uint256 taskId, uint256 index) private {
        if (index >> 64 != 0) revert InvalidProof(taskId, index);
        uint256 key = taskId << 64 | index >> 8;
        uint256 word = claimedBits[key];
        uint256 bit = uint256(1) << (index & 255);
        if (word & bit != 0) revert AlreadyClaimed(taskId, index);
        claimedBits[key] = word | bit;
    }

    // ---------------------------------------------------------------- ε ledger

    /// @notice Advances `enclave`'s ε-ledger root without a result claim,
    /// signed by the enclave key: an enclave commits the charges of a task
    /// whose claim will not reach the market (an off-market task, or one
    /// whose claim was never submitted) before it takes on more work, so
    /// that no charge it made can be rolled back by restarting it from an
    /// older sealed state. Anyone may submit it; the signature is the
    /// authority, and a root never repeats (the ledger only grows), so a
    /// signature cannot be replayed.
    function advanceLedger(address enclave, bytes32 prevLedgerRoot, bytes32 ledgerRoot, bytes calldata signature)
        external
    {
        bytes32 structHash = keccak256(abi.encode(LEDGER_ADVANCE_TYPEHASH, enclave, prevLedgerRoot, ledgerRoot));
        (address signer,,) = ECDSA.tryRecover(MessageHashUtils.toTypedDataHash(_domainSeparator(), structHash), signature);
        if (signer != enclave) revert InvalidLedgerSignature(signer, enclave);
        bytes32 current = ledgerRootOf[enclave];
        if (current != prevLedgerRoot) revert LedgerRootMismatch(enclave, current, prevLedgerRoot);
        ledgerRootOf[enclave] = ledgerRoot;
        emit LedgerAdvanced(enclave, prevLedgerRoot, ledgerRoot);
    }

    // ---------------------------------------------------------------- EIP-712

    /// @notice The EIP-712 domain separator of ResultClaim signatures
    /// (name "MemoTaskMarket", version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    function _domainSeparator() private view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

}
