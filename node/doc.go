// Package node is a TEE node: an operator's account and its enclave, the
// data owners' always-on proxy. It relays their grants on chain (many
// owners' in one transaction, each told its own outcome), accepts
// task documents the market commits to, runs them in the enclave (with
// peer enclaves for FedAvg), publishes the evidence verifiers check and
// submits the enclave-signed claim. Node.Handler serves the node API of
// package nodeapi; `memoc node` runs it as a daemon and package cluster
// wires several in one process.
//
// The node is the host: it never sees a record, a data key or the model
// in the clear, and the enclave checks what the node hands it against the
// chain (enclave package doc).
package node
