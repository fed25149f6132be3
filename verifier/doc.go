// Package verifier is a staked verification node. It checks results with
// public evidence only (the chain, the owner-signed manifests in the
// store, the node's attestation, fetched and verified afresh, and its
// published result) and never holds a key or a record: Verifier.Check
// returns a Verdict per result with the reason of every check, and
// ApproveEnclave attests a registered enclave before approving it.
// Daemon runs it as a verification node driven by the chain's logs and
// blocks (draws, approvals, commit–reveal votes, settlement), with its state
// (salts included) in a bbolt file, as `memoc verifier` does; the committee
// steps it takes (DrawCommittees, Commit, Reveal, SettleVotes…) are the ones
// package cluster uses to wire several verifiers in one process.
package verifier
