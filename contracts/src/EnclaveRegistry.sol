// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Staking} from "./Staking.sol";

/// @title EnclaveRegistry
/// @notice Which enclaves may receive data. Governance (DEFAULT_ADMIN_ROLE)
/// keeps an allow-list of enclave measurements. A staked TEE-node operator
/// registers an enclave (its signing address, the hash of its HPKE public key,
/// the hash of its attestation evidence and its measurement) with the enclave
/// key's EIP-712 signature over (operator, chain id, registry, HPKE key hash):
/// nobody can register an enclave whose key they do not hold for an operator
/// the enclave did not name. Before its approval runs out the operator
/// re-attests (`reattest`: a fresh quote and its collateral), which opens a
/// new attestation round; the enclave keeps its address, hence the grants
/// made to it, and stays active until the old approval runs out. An enclave
/// is active while its approval holds, it is not deregistered, its
/// measurement is allowed and its operator is staked.
///
/// Committees. Each round (registration or re-attestation) is judged by a
/// committee of `committeeSize` verifiers drawn in proportion to stake
/// (Staking.sampleCommittee), never the enclave's operator, among the seats
/// that existed when the round opened; a majority of the committee
/// approving activates the enclave for `approvalPeriod` blocks. The draw
/// (`drawCommittee`, anyone) is seeded by the hash of the block after the
/// round's: unknown when the operator opens the round. If nobody draws
/// while that hash is readable (256 blocks), the seed is the hash of the
/// block 256 later, and so on: the seed block is fixed by the block number
/// of the draw, never chosen by the drawer (see `drawCommittee`). Only
/// members' approvals count: after the draw anyone else's approval reverts
/// (NotOnCommittee); an approval sent before the draw is held and counts if
/// its verifier is drawn. No address that has ever registered an enclave
/// approves, so an operator cannot switch roles and approve its own enclave,
/// and Sybil verifier accounts get only the seats their stake buys.
/// `trustsSimulatedRoots` is set at deployment on dev chains only: it tells
/// verifiers that evidence signed by the simulated attestation root whose hash
/// is `simulatedRootHash` is acceptable on this deployment.
/// @dev The EIP-712 domain is built here rather than by inheriting
/// OpenZeppelin's EIP712, whose ERC-5267 `eip712Domain()` view would clash in
/// the Go bindings package with DataGrants'.
contract EnclaveRegistry is AccessControl {
    enum Status {
        None,
        // The current attestation round awaits approvals (the enclave is
        // still active if an earlier round's approval has not run out).
        Pending,
        // A majority of the current round's committee approved; active until approvedUntil.
        Active,
        Deregistered
    }

    /// @notice An enclave's registration as contracts read it (`enclaveOf`).
    /// Its layout is the one TaskMarket was compiled against: change it only
    /// together with every contract that reads it.
    struct Enclave {
        address operator;
        bytes32 hpkeKeyHash;
        bytes32 evidenceHash;
        bytes32 measurement;
        Status status;
        uint32 approvals;
        uint64 registeredBlock;
    }

    /// @notice An enclave's full record (`recordOf`). `isActive` reads slots
    /// 0 and 3; `approve` touches slot 0 only.
    struct Record {
        address operator;
        Status status;
        // First block at which the latest approval no longer holds (0: never approved).
        uint64 approvedUntil;
        // Attestation round: 1 at registration, one more per re-attestation.
        uint16 round;
        // Committee members' approvals in the current round.
        uint8 approvals;
        bytes32 hpkeKeyHash;
        // keccak256 of the quote of the current round.
        bytes32 evidenceHash;
        bytes32 measurement;
        uint64 registeredBlock;
        // Block of the current round's attestation (registration or re-attestation).
        uint64 attestedBlock;
    }

    /// @notice Largest approval committee (Staking.MAX_COMMITTEE: its member
    /// ids fill 240 bits of the committee word).
    uint8 public constant MAX_COMMITTEE = 10;
    /// @notice Blocks whose hash a contract can read (BLOCKHASH): the seed
    /// block of a draw moves on by this many once its hash is out of reach.
    uint256 public constant SEED_WINDOW = 256;

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice EIP-712 type the enclave key signs to let `operator` register it.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256("EnclaveRegistration(address operator,bytes32 hpkeKeyHash)");

    Staking public immutable staking;
    bool public immutable trustsSimulatedRoots;
    bytes32 public immutable simulatedRootHash;
    /// @notice Verifiers drawn per attestation round; a majority of them activates.
    uint8 public committeeSize;
    /// @notice How many blocks an approval holds; the enclave must re-attest within it.
    uint64 public approvalPeriod;

    mapping(bytes32 => bool) public measurementAllowed;
    mapping(address => Record) private enclaves;
    // enclave => verifier id (Staking) => the round it approved in (0: none).
    mapping(address => mapping(uint24 => uint16)) private approvedIn;
    // enclave => its current round's committee word: member ids 24 bits apart
    // from bit 0 and the committee size at CW_SIZE once drawn; before the
    // draw (size 0) the seat count at the round's opening (the seat bound).
    mapping(address => uint256) private committees;
    uint256 private constant CW_SIZE = 240;
    // Every enclave an address has registered: the record that bars it from approving.
    mapping(address => address[]) private operatorEnclaves;
    // operator => the enclave whose attestation round it opened last
    // (registration or re-attestation): see `_checkRoundRate`.
    mapping(address => address) private lastRoundOf;

    error ZeroAddress();
    error CommitteeSizeOutOfRange(uint8 size, uint8 maximum);
    error ZeroApprovalPeriod();
    error NotStakedTEENode(address operator);
    error NotStakedVerifier(address verifier);
    error MeasurementNotAllowed(bytes32 measurement);
    error EnclaveAlreadyRegistered(address enclave);
    error InvalidEnclaveSignature(address signer, address enclave);
    error EnclaveNotPending(address enclave);
    error EnclaveNotRegistered(address enclave);
    error EndpointTooLong(uint256 length, uint256 max);
    error AlreadyApproved(address enclave, address verifier);
    error OperatorCannotApprove(address verifier, address enclave);
    error NotEnclaveOperator(address enclave, address caller);
    error EvidenceNotFresh(address enclave, bytes32 evidenceHash);
    error NotOnCommittee(address verifier, address enclave, uint16 round);
    error EnclaveDrawTooEarly(address enclave, uint16 round, uint64 firstBlock);
    error EnclaveCommitteeAlreadyDrawn(address enclave, uint16 round);
    error RoundTooEarly(address enclave, uint16 round, uint64 firstBlock);

    event MeasurementAllowed(bytes32 indexed measurement, bool allowed);
    event CommitteeSizeSet(uint8 size);
    event ApprovalPeriodSet(uint64 blocks);
    event EnclaveRegistered(
        address indexed enclave,
        address indexed operator,
        bytes32 measurement,
        bytes32 hpkeKeyHash,
        bytes32 evidenceHash,
        bytes32 collateralHash
    );
    event EnclaveReattested(address indexed enclave, uint16 round, bytes32 evidenceHash, bytes32 collateralHash);
    /// @notice `approvals` counts the committee's approvals so far (0 for an
    /// approval held before the draw).
    event EnclaveApproved(address indexed enclave, address indexed verifier, uint16 round, uint8 approvals);
    /// @notice `members` are Staking verifier ids 24 bits apart, in draw order;
    /// `approvals` the held approvals of members the draw counted.
    event EnclaveCommitteeDrawn(address indexed enclave, uint16 round, uint64 seedBlock, uint256 members, uint8 approvals);
    event EnclaveActivated(address indexed enclave, uint16 round, uint64 approvedUntil);
    event EnclaveDeregistered(address indexed enclave, address by);
    /// @notice The operator set where the enclave's node serves its API.
    event EndpointSet(address indexed enclave, string url);

    constructor(
        Staking staking_,
        address admin,
        uint8 committeeSize_,
        uint64 approvalPeriod_,
        bool trustsSimulatedRoots_,
        bytes32 simulatedRootHash_
    ) {
        if (address(staking_) == address(0) || admin == address(0)) revert ZeroAddress();
        staking = staking_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setCommitteeSize(committeeSize_);
        _setApprovalPeriod(approvalPeriod_);
        trustsSimulatedRoots = trustsSimulatedRoots_;
        simulatedRootHash = trustsSimulatedRoots_ ? simulatedRootHash_ : bytes32(0);
    }

    // ---------------------------------------------------------------- governance

    function setMeasurementAllowed(bytes32 measurement, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        measurementAllowed[measurement] = allowed;
        emit MeasurementAllowed(measurement, allowed);
    }

    /// @notice Sets how many verifiers are drawn for the rounds drawn from
    /// now on (1 to MAX_COMMITTEE); committees already drawn keep theirs.
    function setCommitteeSize(uint8 size) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setCommitteeSize(size);
    }

    /// @notice Sets how long approvals granted from now on hold. Approvals
    /// already granted keep the end they were given.
    function setApprovalPeriod(uint64 blocks) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setApprovalPeriod(blocks);
    }

    function _setCommitteeSize(uint8 size) private {
        if (size == 0 || size > MAX_COMMITTEE) revert CommitteeSizeOutOfRange(size, MAX_COMMITTEE);
        committeeSize = size;
        emit CommitteeSizeSet(size);
    }

    function _setApprovalPeriod(uint64 blocks) private {
        if (blocks == 0) revert ZeroApprovalPeriod();
        approvalPeriod = blocks;
        emit ApprovalPeriodSet(blocks);
    }

    // ---------------------------------------------------------------- operators

    /// @notice Registers `enclave` for the calling TEE-node operator, pending
    /// approval. `signature` is the enclave key's EIP-712 signature of
    /// EnclaveRegistration(msg.sender, hpkeKeyHash) in this contract's domain
    /// (see `registrationDigest`); `collateralHash` (keccak256 of the
    /// collateral the quote was judged with, zero if none was served) is only
    /// logged.
    function register(
        address enclave,
        bytes32 hpkeKeyHash,
        bytes32 evidenceHash,
        bytes32 collateralHash,
        bytes32 measurement,
        bytes calldata signature
    ) external {
        if (enclave == address(0)) revert ZeroAddress();
        if (!staking.isStaked(msg.sender, Staking.Role.TEENode)) revert NotStakedTEENode(msg.sender);
        if (!measurementAllowed[measurement]) revert MeasurementNotAllowed(measurement);
        Record storage e = enclaves[enclave];
        if (e.status != Status.None) revert EnclaveAlreadyRegistered(enclave);
        (address signer,,) = ECDSA.tryRecover(registrationDigest(msg.sender, hpkeKeyHash), signature);
        if (signer != enclave) revert InvalidEnclaveSignature(signer, enclave);
        _checkRoundRate(lastRoundOf[msg.sender]);
        lastRoundOf[msg.sender] = enclave;
        e.operator = msg.sender;
        e.status = Status.Pending;
        e.round = 1;
        e.hpkeKeyHash = hpkeKeyHash;
        e.evidenceHash = evidenceHash;
        e.measurement = measurement;
        e.registeredBlock = uint64(block.number);
        e.attestedBlock = uint64(block.number);
        committees[enclave] = staking.seatCount();
        operatorEnclaves[msg.sender].push(enclave);
        emit EnclaveRegistered(enclave, msg.sender, measurement, hpkeKeyHash, evidenceHash, collateralHash);
    }

    /// @notice Opens a new attestation round for the caller's enclave with a
    /// fresh quote (`evidenceHash`, keccak256 of the quote, must differ from
    /// the current round's) and the collateral it was judged with. The round
    /// gets a committee of its own, drawn afresh, and approvals start from
    /// zero; an approval that has not run out keeps the enclave active
    /// meanwhile, and the round's majority extends it. The enclave keeps its
    /// address, key and grants. A round still pending (its committee has
    /// not approved) is replaced only as `_checkRoundRate` allows.
    function reattest(address enclave, bytes32 evidenceHash, bytes32 collateralHash) external {
        Record storage e = enclaves[enclave];
        Status s = e.status;
        if (s != Status.Pending && s != Status.Active) revert EnclaveNotRegistered(enclave);
        if (msg.sender != e.operator) revert NotEnclaveOperator(enclave, msg.sender);
        if (s == Status.Pending) {
            _checkRoundRate(enclave);
            _checkRoundRate(lastRoundOf[msg.sender]);
        }
        lastRoundOf[msg.sender] = enclave;
        if (!staking.isStaked(msg.sender, Staking.Role.TEENode)) revert NotStakedTEENode(msg.sender);
        if (!measurementAllowed[e.measurement]) revert MeasurementNotAllowed(e.measurement);
        if (evidenceHash == e.evidenceHash) revert EvidenceNotFresh(enclave, evidenceHash);
        uint16 round = e.round + 1;
        e.status = Status.Pending;
        e.round = round;
        e.approvals = 0;
        e.evidenceHash = evidenceHash;
        e.attestedBlock = uint64(block.number);
        committees[enclave] = staking.seatCount();
        emit EnclaveReattested(enclave, round, evidenceHash, collateralHash);
    }

    /// @notice Retires an enclave for good; callable by its operator or governance.
    /// @notice Longest node API URL `setEndpoint` stores, in bytes.
    uint256 public constant MAX_ENDPOINT_LENGTH = 256;

    /// @notice Each enclave's node API URL (`setEndpoint`): where data
    /// owners, task owners, verifiers and peer enclaves reach its node. It
    /// is the operator's claim, not evidence: clients verify the enclave's
    /// attestation fetched from it.
    mapping(address => string) public endpointOf;

    /// @notice Sets where the enclave's node serves its API; only its
    /// operator, while the enclave is pending or active.
    function setEndpoint(address enclave, string calldata url) external {
        Record storage e = enclaves[enclave];
        if (e.status != Status.Pending && e.status != Status.Active) revert EnclaveNotRegistered(enclave);
        if (msg.sender != e.operator) revert NotEnclaveOperator(enclave, msg.sender);
        if (bytes(url).length > MAX_ENDPOINT_LENGTH) revert EndpointTooLong(bytes(url).length, MAX_ENDPOINT_LENGTH);
        endpointOf[enclave] = url;
        emit EndpointSet(enclave, url);
    }

    function deregister(address enclave) external {
        Record storage e = enclaves[enclave];
        if (e.status != Status.Pending && e.status != Status.Active) revert EnclaveNotRegistered(enclave);
        if (msg.sender != e.operator && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotEnclaveOperator(enclave, msg.sender);
        }
        e.status = Status.Deregistered;
        emit EnclaveDeregistered(enclave, msg.sender);
    }

    // ---------------------------------------------------------------- verifiers

    /// @notice Draws the committee of the enclave's current round. Anyone
    /// may call it once, from the second block after the round's attestation
    /// block `a`. The seed is keccak256(blockhash(s), registry, enclave,
    /// round) with s = a + 1 + 256·j, the latest such block before the
    /// draw's: a + 1 while its hash is readable (the 256 blocks after it),
    /// then a + 257, and so on. The operator cannot know the hash of a + 1
    /// when it opens the round, and a late draw gets the block the draw's
    /// own block number fixes, not one the drawer picks: withholding the draw
    /// buys a new seed only every 256 blocks, and only if nobody else draws
    /// meanwhile. Members are drawn among the seats counted at the round's
    /// opening (stake added once a seed is known buys no seat), never the
    /// operator. Approvals members sent before the draw count now.
    function drawCommittee(address enclave) external {
        Record storage e = enclaves[enclave];
        if (e.status != Status.Pending) revert EnclaveNotPending(enclave);
        uint16 round = e.round;
        uint256 cw = committees[enclave];
        if (cw >> CW_SIZE != 0) revert EnclaveCommitteeAlreadyDrawn(enclave, round);
        uint256 first = uint256(e.attestedBlock) + 1;
        if (block.number <= first) revert EnclaveDrawTooEarly(enclave, round, uint64(first + 1));
        uint256 seedBlock = first + (block.number - 1 - first) / SEED_WINDOW * SEED_WINDOW;
        uint256 k = committeeSize;
        uint256 members = staking.sampleCommittee(
            keccak256(abi.encode(blockhash(seedBlock), address(this), enclave, round)), k, e.operator, cw
        );
        uint256 approvals;
        for (uint256 j; j < k; ++j) {
            if (approvedIn[enclave][uint24(members >> (24 * j))] == round) ++approvals;
        }
        committees[enclave] = members | k << CW_SIZE;
        emit EnclaveCommitteeDrawn(enclave, round, uint64(seedBlock), members, uint8(approvals));
        if (approvals != 0) {
            e.approvals = uint8(approvals);
            if (approvals > k / 2) _activate(e, enclave, round);
        }
    }

    /// @notice A staked verifier vouches for the current round of a pending
    /// enclave's evidence. Once the round's committee is drawn only its
    /// members approve (NotOnCommittee otherwise), and the enclave is active
    /// when a majority of them did; an approval sent before the draw is held
    /// and counts if its verifier is drawn. An address that has registered
    /// any enclave, now or before, never approves: an operator cannot vouch
    /// for itself by switching roles.
    function approve(address enclave) external {
        if (operatorEnclaves[msg.sender].length != 0) revert OperatorCannotApprove(msg.sender, enclave);
        if (!staking.isStaked(msg.sender, Staking.Role.Verifier)) revert NotStakedVerifier(msg.sender);
        Record storage e = enclaves[enclave];
        if (e.status != Status.Pending) revert EnclaveNotPending(enclave);
        uint16 round = e.round;
        uint24 id = staking.verifierIdOf(msg.sender);
        if (approvedIn[enclave][id] == round) revert AlreadyApproved(enclave, msg.sender);
        uint256 cw = committees[enclave];
        uint256 k = cw >> CW_SIZE;
        if (k == 0) {
            approvedIn[enclave][id] = round;
            emit EnclaveApproved(enclave, msg.sender, round, 0);
            return;
        }
        bool member;
        for (uint256 j; j < k; ++j) {
            if (uint24(cw >> (24 * j)) == id) member = true;
        }
        if (!member) revert NotOnCommittee(msg.sender, enclave, round);
        approvedIn[enclave][id] = round;
        uint8 approvals = e.approvals + 1;
        e.approvals = approvals;
        emit EnclaveApproved(enclave, msg.sender, round, approvals);
        if (approvals > k / 2) _activate(e, enclave, round);
    }

    /// @dev The rate of new attestation rounds. Each round is a new committee
    /// draw, so an operator whose evidence honest committees refuse could
    /// open rounds (re-attest, or register fresh enclave keys) until a
    /// committee it controls comes up. An operator opens a round that is not
    /// the renewal of an approved one (registration, or re-attestation of a
    /// pending round) only if the last round it opened, of any of its
    /// enclaves, was approved or opened SEED_WINDOW blocks ago (RoundTooEarly
    /// names that round): one unapproved round per SEED_WINDOW blocks and
    /// operator, the pace at which withholding a draw already yields a new
    /// seed. A node whose committee stays silent gets a new one that late;
    /// operators register their enclaves one after another's approval.
    function _checkRoundRate(address last) private view {
        if (last == address(0)) return;
        Record storage p = enclaves[last];
        uint256 open = uint256(p.attestedBlock) + SEED_WINDOW;
        if (p.status == Status.Pending && block.number < open) revert RoundTooEarly(last, p.round, uint64(open));
    }

    function _activate(Record storage e, address enclave, uint16 round) private {
        uint64 until = uint64(block.number) + approvalPeriod;
        e.status = Status.Active;
        e.approvedUntil = until;
        emit EnclaveActivated(enclave, round, until);
    }

    // ---------------------------------------------------------------- views

    /// @notice The EIP-712 digest the enclave key signs to let `operator`
    /// register it with HPKE key hash `hpkeKeyHash` on this deployment.
    function registrationDigest(address operator, bytes32 hpkeKeyHash) public view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator(), keccak256(abi.encode(REGISTRATION_TYPEHASH, operator, hpkeKeyHash))
        );
    }

    /// @notice The EIP-712 domain separator of this deployment.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("MemoEnclaveRegistry"), keccak256("1"), block.chainid, address(this)
            )
        );
    }

    /// @notice True when the enclave's latest approval still holds, it is not
    /// deregistered, its measurement is still allowed and its operator is
    /// still staked.
    function isActive(address enclave) external view returns (bool) {
        Record storage e = enclaves[enclave];
        Status s = e.status;
        return (s == Status.Active || s == Status.Pending) && block.number < e.approvedUntil
            && measurementAllowed[e.measurement] && staking.isStaked(e.operator, Staking.Role.TEENode);
    }

    /// @notice True when `verifier` approved the current round of `enclave`
    /// (before the draw: its approval is held, and counts if it is drawn).
    function hasApproved(address enclave, address verifier) external view returns (bool) {
        uint16 round = enclaves[enclave].round;
        return round != 0 && approvedIn[enclave][staking.verifierIdOf(verifier)] == round;
    }

    /// @notice The committee of the enclave's current round: its members
    /// (empty until drawn) and, before the draw, the seat bound it will be
    /// drawn among (the seat count at the round's opening).
    function approvalCommitteeOf(address enclave) external view returns (address[] memory members, uint256 seatBound) {
        uint256 cw = committees[enclave];
        uint256 k = cw >> CW_SIZE;
        if (k == 0) return (members, cw);
        members = new address[](k);
        for (uint256 j; j < k; ++j) {
            members[j] = staking.verifierAt(uint24(cw >> (24 * j)));
        }
    }

    /// @notice The enclave's registration in the layout contracts read.
    function enclaveOf(address enclave) external view returns (Enclave memory) {
        Record storage e = enclaves[enclave];
        return Enclave({
            operator: e.operator,
            hpkeKeyHash: e.hpkeKeyHash,
            evidenceHash: e.evidenceHash,
            measurement: e.measurement,
            status: e.status,
            approvals: e.approvals,
            registeredBlock: e.registeredBlock
        });
    }

    /// @notice The enclave's full record, with its attestation round and approval end.
    function recordOf(address enclave) external view returns (Record memory) {
        return enclaves[enclave];
    }

    function enclavesOf(address operator) external view returns (address[] memory) {
        return operatorEnclaves[operator];
    }
}
