// Package verifier is a staked verification node. It checks results with
// public evidence only (the chain, the owner-signed manifests in the
// store, the node's attestation, fetched and verified afresh, and its
// published result) and never holds a key or a record: Verifier.Check
// returns a Verdict per result with the reason of every check, and
// ApproveEnclave attests a registered enclave before approving it.
// `memoc verifier` runs it as a daemon; package cluster wires several in
// one process.
package verifier
