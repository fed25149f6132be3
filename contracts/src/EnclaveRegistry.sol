// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Staking} from "./Staking.sol";

/// @title EnclaveRegistry
/// @notice Which enclaves may receive data. Governance (DEFAULT_ADMIN_ROLE)
/// keeps an allow-list of enclave measurements. A staked TEE-node operator
/// registers an enclave (its signing address, the hash of its HPKE public key,
/// the hash of its attestation evidence and its measurement); staked verifiers
/// check the evidence off chain and approve; at `quorum` approvals the enclave
/// is active. An enclave stops being active when it is deregistered, when its
/// measurement leaves the allow-list or when its operator's stake falls below
/// the minimum. `trustsSimulatedRoots` is set at deployment on dev chains only:
/// it tells verifiers that evidence signed by the simulated attestation root
/// whose hash is `simulatedRootHash` is acceptable on this deployment.
contract EnclaveRegistry is AccessControl {
    enum Status {
        None,
        Pending,
        Active,
        Deregistered
    }

    struct Enclave {
        address operator;
        bytes32 hpkeKeyHash;
        bytes32 evidenceHash;
        bytes32 measurement;
        Status status;
        uint32 approvals;
        uint64 registeredBlock;
    }

    Staking public immutable staking;
    bool public immutable trustsSimulatedRoots;
    bytes32 public immutable simulatedRootHash;
    uint32 public quorum;

    mapping(bytes32 => bool) public measurementAllowed;
    mapping(address => Enclave) private enclaves;
    mapping(address => mapping(address => bool)) public approvedBy;
    mapping(address => address[]) private operatorEnclaves;

    error ZeroAddress();
    error ZeroQuorum();
    error NotStakedTEENode(address operator);
    error NotStakedVerifier(address verifier);
    error MeasurementNotAllowed(bytes32 measurement);
    error EnclaveAlreadyRegistered(address enclave);
    error EnclaveNotPending(address enclave);
    error EnclaveNotRegistered(address enclave);
    error AlreadyApproved(address enclave, address verifier);
    error NotEnclaveOperator(address enclave, address caller);

    event MeasurementAllowed(bytes32 indexed measurement, bool allowed);
    event QuorumSet(uint32 quorum);
    event EnclaveRegistered(
        address indexed enclave, address indexed operator, bytes32 measurement, bytes32 hpkeKeyHash, bytes32 evidenceHash
    );
    event EnclaveApproved(address indexed enclave, address indexed verifier, uint32 approvals);
    event EnclaveActivated(address indexed enclave);
    event EnclaveDeregistered(address indexed enclave, address by);

    constructor(Staking staking_, address admin, uint32 quorum_, bool trustsSimulatedRoots_, bytes32 simulatedRootHash_) {
        if (address(staking_) == address(0) || admin == address(0)) revert ZeroAddress();
        if (quorum_ == 0) revert ZeroQuorum();
        staking = staking_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        quorum = quorum_;
        trustsSimulatedRoots = trustsSimulatedRoots_;
        simulatedRootHash = trustsSimulatedRoots_ ? simulatedRootHash_ : bytes32(0);
        emit QuorumSet(quorum_);
    }

    function setMeasurementAllowed(bytes32 measurement, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        measurementAllowed[measurement] = allowed;
        emit MeasurementAllowed(measurement, allowed);
    }

    function setQuorum(uint32 quorum_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (quorum_ == 0) revert ZeroQuorum();
        quorum = quorum_;
        emit QuorumSet(quorum_);
    }

    /// @notice Registers `enclave` for the calling TEE-node operator, pending approval.
    function register(address enclave, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 measurement) external {
        if (enclave == address(0)) revert ZeroAddress();
        if (!staking.isStaked(msg.sender, Staking.Role.TEENode)) revert NotStakedTEENode(msg.sender);
        if (!measurementAllowed[measurement]) revert MeasurementNotAllowed(measurement);
        if (enclaves[enclave].status != Status.None) revert EnclaveAlreadyRegistered(enclave);
        enclaves[enclave] = Enclave({
            operator: msg.sender,
            hpkeKeyHash: hpkeKeyHash,
            evidenceHash: evidenceHash,
            measurement: measurement,
            status: Status.Pending,
            approvals: 0,
            registeredBlock: uint64(block.number)
        });
        operatorEnclaves[msg.sender].push(enclave);
        emit EnclaveRegistered(enclave, msg.sender, measurement, hpkeKeyHash, evidenceHash);
    }

    /// @notice A staked verifier vouches for a pending enclave's evidence. An
    /// operator holds one role only, so an enclave's TEE-node operator can
    /// never approve its own enclave.
    function approve(address enclave) external {
        if (!staking.isStaked(msg.sender, Staking.Role.Verifier)) revert NotStakedVerifier(msg.sender);
        Enclave storage e = enclaves[enclave];
        if (e.status != Status.Pending) revert EnclaveNotPending(enclave);
        if (approvedBy[enclave][msg.sender]) revert AlreadyApproved(enclave, msg.sender);
        approvedBy[enclave][msg.sender] = true;
        e.approvals += 1;
        emit EnclaveApproved(enclave, msg.sender, e.approvals);
        if (e.approvals >= quorum) {
            e.status = Status.Active;
            emit EnclaveActivated(enclave);
        }
    }

    /// @notice Retires an enclave for good; callable by its operator or governance.
    function deregister(address enclave) external {
        Enclave storage e = enclaves[enclave];
        if (e.status != Status.Pending && e.status != Status.Active) revert EnclaveNotRegistered(enclave);
        if (msg.sender != e.operator && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotEnclaveOperator(enclave, msg.sender);
        }
        e.status = Status.Deregistered;
        emit EnclaveDeregistered(enclave, msg.sender);
    }

    /// @notice True when the enclave is approved, not deregistered, its
    /// measurement is still allowed and its operator is still staked.
    function isActive(address enclave) external view returns (bool) {
        Enclave storage e = enclaves[enclave];
        return e.status == Status.Active && measurementAllowed[e.measurement]
            && staking.isStaked(e.operator, Staking.Role.TEENode);
    }

    function enclaveOf(address enclave) external view returns (Enclave memory) {
        return enclaves[enclave];
    }

    function enclavesOf(address operator) external view returns (address[] memory) {
        return operatorEnclaves[operator];
    }
}
