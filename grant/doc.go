// Package grant is how a data owner authorizes one TEE enclave to use one
// dataset.
//
// A Grant names a dataset, its owner, an enclave address, a consent Policy, an
// expiry block, the owner's DataGrants nonce and a relay deadline block; the
// owner signs it as EIP-712 typed data (domain "MemoDataGrants" version 2,
// the message DataGrants.grantWithSig checks), so any wallet implementing
// eth_signTypedData_v4 can produce the signature. Dataset ids are bound to
// their owner: an id begins with the owner's address (chain.DatasetIDOwner),
// and a grant whose owner is not the id's is malformed (ErrNotOwner). The
// dataset key (DEK) travels beside the signed message, HPKE-wrapped
// (ML-KEM-768+X25519, HKDF-SHA256, AES-256-GCM) to the enclave's public key,
// with an info string that binds the dataset, the enclave and the chain id.
//
// Before wrapping, the owner's side fetches the node's Attestation document
// and checks it with VerifyNode: the quote must verify against the
// deployment's trusted roots, its measurement must be allowed, its TCB status
// acceptable, and its report data must bind exactly the enclave address and
// HPKE key being wrapped to, the operator the registry records for the
// enclave and the node's TLS key hash. Only then does Issue wrap the key.
//
// A Policy consents to workload kinds by name. Training kinds are DP-SGD and
// spend from the policy's ε budget; the kind "wasm" (KindWasm), which must be
// listed explicitly, is consent to general compute without differential
// privacy: the module's output may reveal the records to the task owner, and
// no ε budget limits it (a policy whose only kind is wasm may set ε to 0).
//
// What this package trusts: the attest verifier and the caller's Options. What
// it never does: return a data key to anyone but a holder of the enclave's
// HPKE private key (UnwrapKey), or log anything. Chain state (is the grant
// registered and not revoked) is checked by the enclave, not here.
package grant

import "errors"

var (
	// ErrMalformed is returned when a grant, policy or attestation document
	// is structurally invalid.
	ErrMalformed = errors.New("malformed grant")
	// ErrInvalidPolicy is returned when a policy is not well formed.
	ErrInvalidPolicy = errors.New("invalid policy")
	// ErrPolicy is returned when a task does not satisfy a grant's policy.
	ErrPolicy = errors.New("task violates grant policy")
	// ErrNotOwner is returned when a grant's dataset id is bound to another
	// account than the grant's owner.
	ErrNotOwner = errors.New("dataset id not bound to the grant's owner")
	// ErrBadSignature is returned when a grant is not signed by its owner.
	ErrBadSignature = errors.New("grant not signed by its owner")
	// ErrWrongEnclave is returned when a grant names another enclave.
	ErrWrongEnclave = errors.New("grant is for another enclave")
	// ErrWrongDeployment is returned when a grant or attestation is for
	// another chain or contract.
	ErrWrongDeployment = errors.New("grant is for another deployment")
	// ErrExpired is returned when a grant's expiry block has been reached.
	ErrExpired = errors.New("grant expired")
	// ErrRevoked is returned when the owner has revoked the grant on chain.
	ErrRevoked = errors.New("grant revoked")
	// ErrNotActive is returned when the chain does not hold the grant as
	// active (never registered, replaced by another policy, or not yet mined).
	ErrNotActive = errors.New("grant not active on chain")
	// ErrUnwrap is returned when a wrapped key does not open with the
	// enclave's key and binding.
	ErrUnwrap = errors.New("wrapped key does not open")
	// ErrNodeNotTrusted is returned when a node's attestation does not
	// verify, its measurement or TCB status is not allowed, or its report
	// data does not bind the key offered for wrapping.
	ErrNodeNotTrusted = errors.New("node attestation not trusted")
)
