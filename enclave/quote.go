package enclave

import "context"

// Quoter produces an attestation quote over 64 bytes of report data for an
// enclave with the given measurement.
type Quoter interface {
	Quote(ctx context.Context, measurement [32]byte, debug bool, reportData [64]byte) ([]byte, error)
}
