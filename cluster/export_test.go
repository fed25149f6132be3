package cluster

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// CompanyInit returns the company's warm-start parameters (nil for a cold
// start), for tests that check they never leave the company unsealed.
func CompanyInit(c *Cluster) train.Params {
	if c.company.input == nil {
		return nil
	}
	return c.company.input.Init
}

// UserClient returns a user's chain client, for tests that act as the data
// owner on chain (revoking, re-granting).
func UserClient(u *User) *chain.Client { return u.client }

// ProveLedger rebuilds the ε ledger after the task from the evidence a
// node published for enclave e and proves it against root, as Run does
// for Report.Ledgers.
func ProveLedger(e common.Address, root common.Hash, ev *nodeapi.Evidence) LedgerReport {
	return proveLedger(e, root, ev)
}

// CompanyAccount returns the company's account key, for tests that sign
// requests as the task's owner.
func CompanyAccount(c *Cluster) *ecdsa.PrivateKey { return c.company.account }

// CompanyClient returns the company's chain client, for tests that read
// the market as the task owner.
func CompanyClient(c *Cluster) *chain.Client { return c.company.client }

// UserGrant returns the signed grant the user handed its own node.
func UserGrant(u *User) *grant.Grant { return u.granted }

// Store returns the dataset store every party of the cluster reads, for
// tests that tamper with what it holds.
func Store(c *Cluster) *vault.DirStore { return c.store }
