// Package dashboard serves web pages for data owners, operators and task
// owners: the cluster (TEE nodes, verifiers, contracts, chain head), the
// tasks and their slots, votes and settlement, a data owner's datasets,
// grants, ε spent and earnings, a node's attestation with a fresh verdict,
// and a training run's accuracy and loss per round.
//
// Everything it shows is read from the chain through the chain client (an
// index of the deployment's events, scanned incrementally, and the
// contracts' views) and from the nodes' APIs, whose URLs the registry
// holds. It trusts neither: every value is escaped by html/template, node
// answers are bounded in size and time (a dead or hostile node costs a
// page at most Options.NodeTimeout and never blocks it), and ε ledgers are
// shown as proven only when their root is the one on chain. Pages are
// rendered on the server, charts as SVG; the one script is progressive
// (the revoke button through an injected EIP-1193 wallet) and every page
// reads without it.
//
// The dashboard holds no key unless given a relayer (Options.Relayer),
// which only relays revocations a data owner signed (EIP-712, DataGrants'
// revokeWithSig): the signature is checked before anything is sent.
// When the chain cannot be reached, pages render what was last read, under
// a banner naming the last block seen.
package dashboard
