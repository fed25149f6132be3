package enclave

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/train"
)

// SimNoiseSeed returns the secret DP noise seed the sim enclave s trains
// task with. It is the simulator's privilege, for the demo's check that a
// re-run in the clear reproduces the enclaves' model bit for bit (and for
// tests): it reads the sim enclave's secret, which the sim holds in the
// node's own memory.
//
// No real participant can do this. A hardware enclave has no such call:
// its noise secret never leaves it except sealed to an attested enclave of
// the same measurement (Sim.ExportNoiseSeed), and without the seed nobody
// outside, not even someone who knows every record, the spec and its
// public seed, can recompute the noise and subtract it from the model.
// Production code must not call this; it is not part of the Enclave
// interface.
func SimNoiseSeed(s *Sim, task common.Hash) (train.NoiseSeed, error) {
	return s.noiseSeed(task)
}
