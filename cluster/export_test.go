package cluster

import "github.com/memo-protocol/memo-compute/train"

// CompanyInit returns the company's warm-start parameters (nil for a cold
// start), for tests that check they never leave the company unsealed.
func CompanyInit(c *Cluster) train.Params {
	if c.company.input == nil {
		return nil
	}
	return c.company.input.Init
}
