// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";

/// @title DataGrants
/// @notice A data owner's on-chain consent: dataset `datasetId` may be used by
/// `enclave` under the policy whose hash is `policyHash` until block `expiry`
/// (exclusive). The first grant of a dataset id makes the caller (or signer)
/// its owner; only the owner grants and revokes after that. Grants can be sent
/// by the owner or relayed by anyone with the owner's EIP-712 signature
/// (domain "MemoDataGrants", version "1"). Each signature carries the owner's
/// next nonce, so it can be used once. Grants are only made to enclaves that
/// are active in the EnclaveRegistry at the time of granting.
contract DataGrants is EIP712, Nonces {
    bytes32 public constant GRANT_TYPEHASH = keccak256(
        "Grant(bytes32 datasetId,address enclave,bytes32 policyHash,uint64 expiry,uint256 nonce)"
    );
    bytes32 public constant REVOKE_TYPEHASH = keccak256("Revoke(bytes32 datasetId,address enclave,uint256 nonce)");

    struct Grant {
        bytes32 policyHash;
        uint64 grantedBlock;
        uint64 expiry;
        uint64 revokedBlock;
    }

    EnclaveRegistry public immutable registry;
    mapping(bytes32 => address) public datasetOwner;
    mapping(bytes32 => mapping(address => Grant)) private grants;

    error ZeroAddress();
    error NotDatasetOwner(bytes32 datasetId, address caller, address owner);
    error GrantExpired(uint64 expiry, uint64 currentBlock);
    error EnclaveNotActive(address enclave);
    error InvalidSigner(address signer, address owner);
    error GrantNotActive(bytes32 datasetId, address enclave);

    event GrantSet(
        bytes32 indexed datasetId, address indexed enclave, address indexed owner, bytes32 policyHash, uint64 expiry
    );
    event GrantRevoked(bytes32 indexed datasetId, address indexed enclave, address indexed owner);

    constructor(EnclaveRegistry registry_) EIP712("MemoDataGrants", "1") {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
    }

    function grant(bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) external {
        _grant(msg.sender, datasetId, enclave, policyHash, expiry);
    }

    /// @notice Relays a grant signed by `owner` (EIP-712 `Grant` with the owner's current nonce).
    function grantWithSig(
        address owner,
        bytes32 datasetId,
        address enclave,
        bytes32 policyHash,
        uint64 expiry,
        bytes calldata signature
    ) external {
        bytes32 structHash =
            keccak256(abi.encode(GRANT_TYPEHASH, datasetId, enclave, policyHash, expiry, _useNonce(owner)));
        _checkSigner(owner, structHash, signature);
        _grant(owner, datasetId, enclave, policyHash, expiry);
    }

    function revoke(bytes32 datasetId, address enclave) external {
        _revoke(msg.sender, datasetId, enclave);
    }

    /// @notice Relays a revocation signed by `owner` (EIP-712 `Revoke` with the owner's current nonce).
    function revokeWithSig(address owner, bytes32 datasetId, address enclave, bytes calldata signature) external {
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, datasetId, enclave, _useNonce(owner)));
        _checkSigner(owner, structHash, signature);
        _revoke(owner, datasetId, enclave);
    }

    /// @notice True when the grant existed at block `atBlock`: granted at or
    /// before it, not yet expired, and not revoked at or before it.
    function isActive(bytes32 datasetId, address enclave, uint64 atBlock) external view returns (bool) {
        Grant storage g = grants[datasetId][enclave];
        if (g.grantedBlock == 0 || atBlock < g.grantedBlock || atBlock >= g.expiry) return false;
        return g.revokedBlock == 0 || atBlock < g.revokedBlock;
    }

    function grantOf(bytes32 datasetId, address enclave) external view returns (Grant memory) {
        return grants[datasetId][enclave];
    }

    /// @notice The EIP-712 domain separator of this deployment.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _grant(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) private {
        if (enclave == address(0)) revert ZeroAddress();
        _claimOrCheckOwner(owner, datasetId);
        if (expiry <= block.number) revert GrantExpired(expiry, uint64(block.number));
        if (!registry.isActive(enclave)) revert EnclaveNotActive(enclave);
        grants[datasetId][enclave] =
            Grant({policyHash: policyHash, grantedBlock: uint64(block.number), expiry: expiry, revokedBlock: 0});
        emit GrantSet(datasetId, enclave, owner, policyHash, expiry);
    }

    function _revoke(address owner, bytes32 datasetId, address enclave) private {
        address current = datasetOwner[datasetId];
        if (current != owner) revert NotDatasetOwner(datasetId, owner, current);
        Grant storage g = grants[datasetId][enclave];
        if (g.grantedBlock == 0 || g.revokedBlock != 0 || block.number >= g.expiry) {
            revert GrantNotActive(datasetId, enclave);
        }
        g.revokedBlock = uint64(block.number);
        emit GrantRevoked(datasetId, enclave, owner);
    }

    function _claimOrCheckOwner(address owner, bytes32 datasetId) private {
        address current = datasetOwner[datasetId];
        if (current == address(0)) {
            datasetOwner[datasetId] = owner;
        } else if (current != owner) {
            revert NotDatasetOwner(datasetId, owner, current);
        }
    }

    function _checkSigner(address owner, bytes32 structHash, bytes calldata signature) private view {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(_hashTypedDataV4(structHash), signature);
        if (err != ECDSA.RecoverError.NoError || signer != owner) revert InvalidSigner(signer, owner);
    }
}
