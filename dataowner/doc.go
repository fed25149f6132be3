// Package dataowner is the data owner's view of the market after granting:
// the tasks that used each of their datasets and the ε they spent, and the
// payouts owed to them, ready to claim in batches.
//
// It reads only public material: TaskMarket's logs and views, and the
// evidence nodes publish for their results. Nothing a node serves is taken
// on its word: a payout is claimed only with a Merkle proof against the
// payout root on chain, and an ε ledger counts only when its root is the
// one TaskMarket holds for the enclave.
package dataowner

import "errors"

// ErrEvidence is returned when a node's published evidence does not match
// what the chain holds (another payout root, a ledger that is not the
// enclave's).
var ErrEvidence = errors.New("evidence does not match the chain")
