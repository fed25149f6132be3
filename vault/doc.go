// Package vault keeps datasets encrypted at rest: records are sealed in
// chunks under a per-dataset data key (DEK), stored as content-addressed
// blobs in an untrusted Store, and described by a manifest that the
// owner signs with an Ethereum key.
//
// # What it promises
//
//   - Confidentiality and integrity of every chunk: AES-256-GCM in the
//     STREAM construction (chunk counter and last-chunk flag in the nonce,
//     dataset id in the AAD), so changed, reordered, dropped, duplicated,
//     truncated or extended chunks are detected and named by a sentinel
//     error (ErrChunkAuth, ErrChunkOrder, ErrTruncated, ErrExtended).
//   - No plaintext past a failure: a Reader hands out a record only after
//     every chunk it lies in authenticated, and nothing after the first
//     chunk that failed. Records before it were authentic (a streaming
//     reader cannot take them back); the final record count and Merkle
//     root check (ErrRecordRoot) comes at io.EOF.
//   - Content addressing: a blob's name is the hash of its bytes (BLAKE3-256
//     by default, SHA-256 on request; the manifest says which), checked on
//     every read (ErrBlobHash), so a store can lose data but not change it.
//   - Owner-bound ids: a dataset id is the owner's Ethereum address followed
//     by 12 random bytes (NewID, ID.Owner), so the chain lets only the owner
//     grant it and nobody can claim another's id first.
//   - A manifest binds dataset id, owner, schema, chunk list, record count,
//     the Merkle root of the records and a commitment to the key; the
//     owner signs it (EIP-191 personal_sign of its Keccak-256 digest, so a
//     wallet can sign too). Readers refuse manifests not signed by their
//     owner (ErrBadSignature) and keys that do not match (ErrWrongKey).
//   - Lineage: records are leaves of an RFC 6962 Merkle tree (SHA-256, with
//     0x00/0x01 leaf/node prefixes); Tree gives inclusion proofs and
//     VerifyProof / Manifest.VerifyRecord check them.
//   - Bounded memory: Writer and Reader stream through a fixed number of
//     chunk buffers (a 1 GiB dataset seals and opens in under 30 MiB RSS).
//
// # What it trusts and never does
//
// It trusts the DEK holder and crypto/rand. It does not trust stores: a
// store sees only ciphertext and public manifests. No function here logs,
// prints or marshals a DEK; the only way a key leaves a DEK is DEK.Bytes,
// for wrapping it to an enclave. Plaintext buffers are wiped when they are
// recycled and when Writers and Readers close (the expanded AES key inside
// crypto/aes cannot be wiped and is left to the garbage collector).
//
// # Format (version 1)
//
// Record stream: each record is uvarint(len) ‖ payload; a KindVector
// payload is the features then the label as float64 little endian, a
// KindBytes payload is the bytes. The stream is cut into chunks of
// ChunkSize bytes (the last one shorter, an empty dataset has one empty
// chunk). With K = HKDF-SHA256(DEK, salt = id, info = "memo-vault/v1 chunk
// key", 39 bytes), chunk i of n is
//
//	AES-256-GCM(key = K[0:32], nonce = K[32:39] ‖ uint32_be(i) ‖ byte(i == n-1),
//	            aad = "memo-vault/v1 chunk" ‖ id)
//
// and is stored under the hex of its content hash. The manifest's key_check
// is HKDF-SHA256(DEK, salt = id, info = "memo-vault/v1 key check", 32 bytes).
// Manifest.CanonicalBytes documents the signed encoding.
package vault
