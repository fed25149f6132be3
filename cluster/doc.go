// Package cluster runs a whole memo-compute deployment in one process: an
// in-process dev chain with the contracts, data owners with encrypted
// datasets, TEE nodes with staked operators and sim enclaves, staked
// verifiers and one task owner (an AI company). It is what `memoc demo`
// and the end-to-end tests drive, and what a scale simulation would build
// on.
//
// New builds the deployment; Cluster.Run runs one training task through
// the flow of DESIGN §2 and returns a Report of what happened, measured
// rather than asserted: the accuracy of the model the task owner
// decrypted, the ε charged per data owner, the verifiers' verdicts, the
// fees escrowed on TaskMarket and how they were paid, refunded, slashed
// and claimed (with a check that no MEMO was created or lost), and the gas
// of every step.
//
// The parties are the packages the daemons run, and talk as they would
// across machines: nodes (package node) serve their attestation, receive
// grants and tasks, and publish results over HTTP on loopback, through the
// one client of package nodeapi; verifiers (package verifier) see only
// public evidence (the chain, owner-signed manifests in the store, the
// node's attestation and its published result) and never a key or a
// record. The only
// shortcut is the carrier of FedAvg envelopes between enclaves, an
// in-process postbox: the envelopes are HPKE-encrypted enclave to enclave,
// so the carrier sees nothing a network would not.
//
// Nothing here weakens the enclave boundary: plaintext records, data keys
// and model parameters exist only inside enclave.Sim, except in two places
// that are the simulator's own: the builder produces the plaintext of the
// simulated users (the digits it deals out, or train.Synthetic records
// generated from the seed and the owner's index whenever they are needed),
// and Report.Reference re-runs the same training in the clear (from that
// plaintext, and with the enclaves' secret DP noise seeds, which only the
// simulator can read: enclave.SimNoiseSeed) to draw the per-round curve and
// to show the enclaves' model is reproduced bit for bit.
//
// Data owners upload and grant a few at a time, so that the memory of
// those steps follows the number of workers, not of owners; records stream
// from the data source into the vault and from the vault into the
// enclaves' training, where they are held once. BenchmarkDemoPerOwner
// measures what one more owner costs.
package cluster

import "errors"

var (
	// ErrConfig is returned when a cluster configuration is invalid; the
	// message says which field to change.
	ErrConfig = errors.New("invalid cluster configuration")
	// ErrFlow is returned when a step of the task flow fails.
	ErrFlow = errors.New("task flow failed")
)
