// Package attest is remote attestation for memo-compute: it decides whether
// a quote proves that a given enclave (or TD) runs on genuine, patched
// hardware, and binds the enclave's keys to this deployment.
//
// The work is split by job, as in google/go-tdx-guest:
//
//   - abi: quote bytes ↔ typed structs (SGX quote v3, TDX quote v4 and v5);
//   - pcs: collateral (PCK CRLs, TCB info, QE identity) as Intel publishes it;
//   - verify: signatures, certificate chains, CRLs, validity windows and the
//     TCB status, against explicit Options (time, trusted roots, collateral);
//   - validate: policy (measurements, debug, acceptable TCB statuses, report
//     data, collateral age), where every refusal names its reason;
//   - trust: the embedded Intel SGX Root CA;
//   - sim: a simulated quoting authority for dev chains, whose quotes have
//     the exact SGX v3 layout and pass through the same verifier.
//
// This package ties them together: ReportData computes the 64 bytes an
// enclave puts in its quote (DESIGN §3), and Evaluate runs verification and
// validation and returns a JSON-able Summary for the CLI and for nodes that
// serve their attestation over HTTP.
//
// Everything is pure Go and builds with CGO_ENABLED=0. Nothing here reads
// the wall clock or the network: time and collateral come in through
// verify.Options.
//
// Why not google/go-tdx-guest: it parses and verifies TDX quotes only, while
// memo-compute enclaves and the simulated backend produce SGX v3 quotes; its
// structures are protobuf messages (a large dependency for ~600 lines of
// layout), and its collateral comes from its own PCS getter rather than the
// PCS JSON form our real test vectors use. Using it would give TDX and SGX
// two verification paths; one path for real SGX, real TDX and sim quotes is
// what lets a test that passes for one speak for the others.
package attest
