package cluster

import (
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// CheckerAttestation returns how the cluster's data owners, company,
// verifiers and peer enclaves verify quotes.
func CheckerAttestation(c *Cluster) verify.Options { return c.attestation() }

// SimAuthority returns the authority that signs the cluster's quotes and
// collateral, for tests that play a node serving other collateral.
func SimAuthority(c *Cluster) *sim.Authority { return c.auth }
