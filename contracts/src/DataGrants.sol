// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";

/// @title DataGrants
/// @notice A data owner's on-chain consent: dataset `datasetId` may be used by
/// `enclave` under the policy whose hash is `policyHash` until block `expiry`
/// (exclusive). Grants are only made to enclaves that are active in the
/// EnclaveRegistry at the time of granting.
///
/// Owner-bound ids. A dataset id is its owner's 20-byte address followed by
/// 12 bytes the owner chooses (random in the vault): `datasetOwner(id)` is
/// `address(bytes20(id))`, a pure function, so nobody can grant, and thereby
/// claim, an id that begins with another's address, and anyone can check the
/// binding off chain.
///
/// Signed grants. A grant or revocation can be sent by the owner or relayed by
/// anyone with the owner's EIP-712 signature (domain "MemoDataGrants",
/// version "2"). Each signature names the owner's next nonce and a deadline
/// block (inclusive) after which it cannot be relayed. Every grant and revoke,
/// direct or signed, and `cancelSignatures` use up the owner's current nonce,
/// so no signature the owner made before its latest action can be relayed
/// after it: a revocation cannot be undone by replaying an older consent.
///
/// Batched relays. `grantBatchWithSig` relays many owners' signed grants in
/// one transaction, each entry judged exactly as `grantWithSig` judges it
/// (deadline, nonce, signature, owner binding, expiry, active enclave). An
/// entry that fails is skipped and reported (`GrantSkipped` with the error it
/// raised) and changes nothing, its owner's nonce included; the others are
/// granted. So one owner who cancels or uses its nonce before the relay is
/// mined cannot make a relayer's whole batch of other owners' consents fail.
///
/// History. Each (dataset, enclave) pair keeps the sequence of its grants as
/// checkpoints (from block, policy hash, expiry, revocation block). A grant
/// starts a new checkpoint from the current block; a revocation records the
/// current block in the checkpoint in force. `isActive` and `grantAt` answer
/// for a block from the checkpoint in force at the end of that block, so the
/// answer for any block already mined never changes: a later grant or
/// revocation cannot make a result judged at its claim's grants block valid
/// or invalid after the fact. (For blocks not yet mined the answer is what
/// holds if nothing changes.)
contract DataGrants is EIP712, Nonces {
    bytes32 public constant GRANT_TYPEHASH = keccak256(
        "Grant(bytes32 datasetId,address enclave,bytes32 policyHash,uint64 expiry,uint256 nonce,uint64 deadline)"
    );
    bytes32 public constant REVOKE_TYPEHASH =
        keccak256("Revoke(bytes32 datasetId,address enclave,uint256 nonce,uint64 deadline)");

    /// @notice A grant as it held over a span of blocks: from `grantedBlock`
    /// on, until `expiry` (exclusive) or `revokedBlock` (exclusive, 0 if not
    /// revoked), whichever is first. All zero when there is none.
    struct Grant {
        bytes32 policyHash;
        uint64 grantedBlock;
        uint64 expiry;
        uint64 revokedBlock;
    }

    /// @dev One checkpoint, one slot: the policy is named by its number in
    /// `policies` (many owners grant under one policy, so its hash is
    /// stored once). The newest checkpoint of a pair is kept apart
    /// (`latest`) with the pair's checkpoint count, so a first grant writes
    /// one slot (and, for a policy never granted under before, two more), a
    /// revocation rewrites it, and a later grant appends the newest
    /// checkpoint to the archive (index count - 1) before replacing it.
    /// Archived checkpoints are never written again.
    struct Checkpoint {
        uint64 fromBlock;
        uint64 expiry;
        uint64 revokedBlock;
        uint32 count; // meaningful in `latest` only: checkpoints of the pair
        uint32 policy; // policies[policy - 1] is its hash
    }

    /// @notice One owner's signed grant as `grantBatchWithSig` relays it: the
    /// arguments of `grantWithSig`.
    struct SignedGrant {
        address owner;
        bytes32 datasetId;
        address enclave;
        bytes32 policyHash;
        uint64 expiry;
        uint256 nonce;
        uint64 deadline;
        bytes signature;
    }

    EnclaveRegistry public immutable registry;
    mapping(bytes32 => mapping(address => Checkpoint)) private latest;
    mapping(bytes32 => mapping(address => mapping(uint256 => Checkpoint))) private archive;
    /// @dev Every policy hash granted under, in order of first use, and its
    /// number (index + 1; 0: never used).
    bytes32[] private policies;
    mapping(bytes32 => uint32) private policyNumber;

    error ZeroAddress();
    error NotDatasetOwner(bytes32 datasetId, address caller, address owner);
    error GrantExpired(uint64 expiry, uint64 currentBlock);
    error EnclaveNotActive(address enclave);
    error InvalidSigner(address signer, address owner);
    error GrantNotActive(bytes32 datasetId, address enclave);
    error SignatureExpired(uint64 deadline, uint64 currentBlock);
    error StaleNonce(address owner, uint256 nonce, uint256 currentNonce);
    error BatchOutOfGas(uint256 index);

    event GrantSet(
        bytes32 indexed datasetId, address indexed enclave, address indexed owner, bytes32 policyHash, uint64 expiry
    );
    event GrantRevoked(bytes32 indexed datasetId, address indexed enclave, address indexed owner);
    /// @notice Entry `index` of a `grantBatchWithSig` was not granted;
    /// `reason` is the revert data `grantWithSig` gave for it.
    event GrantSkipped(uint256 indexed index, address indexed owner, bytes reason);
    /// @notice `owner`'s signatures with a nonce below `nonce` can no longer be relayed.
    event SignaturesCancelled(address indexed owner, uint256 nonce);

    constructor(EnclaveRegistry registry_) EIP712("MemoDataGrants", "2") {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
    }

    /// @notice The owner of `datasetId`: its first 20 bytes.
    function datasetOwner(bytes32 datasetId) public pure returns (address) {
        return address(bytes20(datasetId));
    }

    /// @notice Grants, as the dataset's owner; uses up the caller's nonce.
    function grant(bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) external {
        _useNonce(msg.sender);
        _grant(msg.sender, datasetId, enclave, policyHash, expiry);
    }

    /// @notice Relays a grant signed by `owner` (EIP-712 `Grant` with the
    /// owner's current nonce), at the latest in block `deadline`.
    function grantWithSig(
        address owner,
        bytes32 datasetId,
        address enclave,
        bytes32 policyHash,
        uint64 expiry,
        uint256 nonce,
        uint64 deadline,
        bytes calldata signature
    ) external {
        _useSignedNonce(owner, nonce, deadline);
        bytes32 structHash =
            keccak256(abi.encode(GRANT_TYPEHASH, datasetId, enclave, policyHash, expiry, nonce, deadline));
        _checkSigner(owner, structHash, signature);
        _grant(owner, datasetId, enclave, policyHash, expiry);
    }

    /// @notice Relays many owners' signed grants, in order (an owner may
    /// appear more than once, with consecutive nonces). Each entry is
    /// `grantWithSig`; one that fails is skipped with `GrantSkipped` and
    /// leaves no trace, the others are granted. Returns how many were granted.
    /// Reverts with `BatchOutOfGas` if an entry ran out of gas: it was not
    /// judged, and the relay must be sent with more gas.
    function grantBatchWithSig(SignedGrant[] calldata grants) external returns (uint256 granted) {
        for (uint256 i; i < grants.length; ++i) {
            SignedGrant calldata g = grants[i];
            uint256 before = gasleft();
            try this.grantWithSig(
                g.owner, g.datasetId, g.enclave, g.policyHash, g.expiry, g.nonce, g.deadline, g.signature
            ) {
                ++granted;
            } catch (bytes memory reason) {
                // Out of gas, the call leaves at most 1/64 of `before`; no
                // check of grantWithSig costs anything near 62/63 of it.
                // Without this, a gas estimate would settle on a limit at
                // which the last entries are skipped.
                if (gasleft() <= before / 63) revert BatchOutOfGas(i);
                emit GrantSkipped(i, g.owner, reason);
            }
        }
    }

    /// @notice Revokes, as the dataset's owner; uses up the caller's nonce.
    function revoke(bytes32 datasetId, address enclave) external {
        _useNonce(msg.sender);
        _revoke(msg.sender, datasetId, enclave);
    }

    /// @notice Relays a revocation signed by `owner` (EIP-712 `Revoke` with
    /// the owner's current nonce), at the latest in block `deadline`.
    function revokeWithSig(
        address owner,
        bytes32 datasetId,
        address enclave,
        uint256 nonce,
        uint64 deadline,
        bytes calldata signature
    ) external {
        _useSignedNonce(owner, nonce, deadline);
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, datasetId, enclave, nonce, deadline));
        _checkSigner(owner, structHash, signature);
        _revoke(owner, datasetId, enclave);
    }

    /// @notice Uses up the caller's nonce: every grant or revocation it has
    /// signed and nobody has relayed yet can no longer be relayed.
    function cancelSignatures() external {
        emit SignaturesCancelled(msg.sender, _useNonce(msg.sender) + 1);
    }

    /// @notice True when the grant held at the end of block `atBlock`: granted
    /// at or before it, not expired and not revoked at or before it.
    function isActive(bytes32 datasetId, address enclave, uint64 atBlock) external view returns (bool) {
        Grant memory g = _at(datasetId, enclave, atBlock);
        return g.grantedBlock != 0 && atBlock < g.expiry && (g.revokedBlock == 0 || atBlock < g.revokedBlock);
    }

    /// @notice The grant in force at the end of block `atBlock` (all zero if
    /// none had been made by then). It may have expired or been revoked by
    /// that block: `isActive` says whether it held.
    function grantAt(bytes32 datasetId, address enclave, uint64 atBlock) external view returns (Grant memory) {
        return _at(datasetId, enclave, atBlock);
    }

    /// @notice `grantAt` for many datasets of one enclave in one call: what
    /// an enclave admitting a task's datasets, or a verifier checking a
    /// result's lineage, reads for every dataset (an eth_call each would
    /// cost a round trip each).
    function grantsAt(bytes32[] calldata datasetIds, address enclave, uint64 atBlock)
        external
        view
        returns (Grant[] memory out)
    {
        out = new Grant[](datasetIds.length);
        for (uint256 i = 0; i < datasetIds.length; ++i) {
            out[i] = _at(datasetIds[i], enclave, atBlock);
        }
    }

    /// @notice The newest grant of `datasetId` to `enclave` (all zero if none).
    function grantOf(bytes32 datasetId, address enclave) external view returns (Grant memory) {
        return _view(latest[datasetId][enclave]);
    }

    /// @notice How many grants of `datasetId` to `enclave` history holds.
    function grantCount(bytes32 datasetId, address enclave) external view returns (uint256) {
        return latest[datasetId][enclave].count;
    }

    /// @notice The EIP-712 domain separator of this deployment.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _grant(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) private {
        if (enclave == address(0)) revert ZeroAddress();
        address bound = datasetOwner(datasetId);
        if (bound != owner) revert NotDatasetOwner(datasetId, owner, bound);
        if (expiry <= block.number) revert GrantExpired(expiry, uint64(block.number));
        if (!registry.isActive(enclave)) revert EnclaveNotActive(enclave);
        Checkpoint storage head = latest[datasetId][enclave];
        uint32 count = head.count;
        // Archive the checkpoint in force until now. Two grants in one block
        // archive the first too (same from block): lookups take the last
        // checkpoint from at or before a block, so the end of the block
        // counts, and the gas of a grant does not depend on the block number
        // (eth_estimateGas runs at the head block, not the next).
        if (count != 0) archive[datasetId][enclave][count - 1] = head;
        latest[datasetId][enclave] = Checkpoint({
            fromBlock: uint64(block.number), expiry: expiry, revokedBlock: 0, count: count + 1, policy: _policy(policyHash)
        });
        emit GrantSet(datasetId, enclave, owner, policyHash, expiry);
    }

    function _revoke(address owner, bytes32 datasetId, address enclave) private {
        address bound = datasetOwner(datasetId);
        if (bound != owner) revert NotDatasetOwner(datasetId, owner, bound);
        Checkpoint storage head = latest[datasetId][enclave];
        if (head.count == 0 || head.revokedBlock != 0 || block.number >= head.expiry) {
            revert GrantNotActive(datasetId, enclave);
        }
        // Blocks before this one keep their answer: the grant held there.
        head.revokedBlock = uint64(block.number);
        emit GrantRevoked(datasetId, enclave, owner);
    }

    /// @dev The checkpoint in force at the end of block `atBlock`: the newest
    /// one, or else by binary search over the archive (from blocks
    /// non-decreasing with the index) for the last one from at or before it.
    function _at(bytes32 datasetId, address enclave, uint64 atBlock) private view returns (Grant memory) {
        Checkpoint storage head = latest[datasetId][enclave];
        uint256 count = head.count;
        if (count == 0) return Grant(0, 0, 0, 0);
        if (atBlock >= head.fromBlock) return _view(head);
        mapping(uint256 => Checkpoint) storage past = archive[datasetId][enclave];
        // Find the last archived index i with past[i].fromBlock <= atBlock.
        uint256 lo = 0;
        uint256 hi = count - 1; // archived checkpoints: [0, count - 1)
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (past[mid].fromBlock > atBlock) hi = mid;
            else lo = mid + 1;
        }
        if (lo == 0) return Grant(0, 0, 0, 0);
        return _view(past[lo - 1]);
    }

    /// @dev The number of policy `policyHash`, given one on its first use.
    /// (2**32 - 1 policies would cost more gas than all blocks hold.)
    function _policy(bytes32 policyHash) private returns (uint32 n) {
        n = policyNumber[policyHash];
        if (n == 0) {
            policies.push(policyHash);
            n = uint32(policies.length);
            policyNumber[policyHash] = n;
        }
    }

    function _view(Checkpoint storage c) private view returns (Grant memory) {
        return Grant({
            policyHash: c.policy == 0 ? bytes32(0) : policies[c.policy - 1], grantedBlock: c.fromBlock, expiry: c.expiry, revokedBlock: c.revokedBlock
        });
    }

    function _useSignedNonce(address owner, uint256 nonce, uint64 deadline) private {
        if (block.number > deadline) revert SignatureExpired(deadline, uint64(block.number));
        uint256 current = _useNonce(owner);
        if (nonce != current) revert StaleNonce(owner, nonce, current);
    }

    function _checkSigner(address owner, bytes32 structHash, bytes calldata signature) private view {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(_hashTypedDataV4(structHash), signature);
        if (err != ECDSA.RecoverError.NoError || signer != owner) revert InvalidSigner(signer, owner);
    }
}
