// Package company is the task owner's side of memo-compute (an AI company,
// DESIGN §2): choosing the nodes and the granted datasets a task runs on,
// pricing it so that every data owner's floor is met, publishing it on
// TaskMarket (escrowing the fee) and handing the task document to the
// assigned nodes, sealing the owner's private input (the warm-start model)
// to each assigned enclave after verifying its attestation, following the
// task on chain and on the nodes, and opening the result: checking the
// enclave's claim against the chain and decrypting the model with the
// owner's result key.
//
// It trusts nothing a node says beyond what it can check: offers are
// filtered by the consent policies they carry (the enclaves check the
// grants again), the input is sealed only to a key bound by a verified
// quote (verified with collateral the caller fetches itself, set in
// grant.NodeOptions, never the copy the node serves), and a result is opened only when its claim verifies and matches
// what TaskMarket holds. The owner's result key and inputs are kept in a
// Home, sealed under the owner's account key; nothing here logs a secret.
package company

import "errors"

var (
	// ErrNoOffer is returned when no assigned node offers a dataset that
	// admits the task (owner, workload kind, ε, δ, price floor, expiry).
	ErrNoOffer = errors.New("no dataset admits the task")
	// ErrNodes is returned when the nodes asked for cannot run the task (too
	// few found, not active, another measurement, no endpoint).
	ErrNodes = errors.New("unusable nodes")
	// ErrNoResult is returned when no assigned node has a result that
	// verifies and that TaskMarket holds as submitted, passed or lapsed.
	ErrNoResult = errors.New("no usable result")
	// ErrHome is returned when the owner's home (result key, task records)
	// is missing, corrupt or sealed under another account key.
	ErrHome = errors.New("task owner home")
	// ErrWorkload is returned for a workload that cannot be published (no
	// DP target for training, a wasm module with an owner input).
	ErrWorkload = errors.New("invalid workload")
)
