// Package enclave is the TEE boundary of memo-compute: the only way to reach
// user data, dataset keys and model parameters.
//
// An Enclave is launched for one Workload (a built-in training spec or a WASM
// module, see "WASM tasks" below) and offers a handful of calls: Attest (a quote whose report data
// binds its operator, the enclave address, the SHA-256 of its HPKE public key
// and the node's TLS key hash to this deployment, DESIGN §3),
// SignRegistration (the enclave key's consent to be registered by its
// operator, and nothing else), UnwrapGrant (admits a user's grant for a task and
// unwraps its dataset key inside), RunTask (opens the task owner's sealed
// input, the initial model parameters, decrypts the granted records, trains
// with DP-SGD from those parameters, takes part in the task's FedAvg
// aggregation rounds with peer enclaves through HPKE envelopes, agrees with
// them on the federation's usage, and returns the model encrypted to the
// task owner with a TaskMarket ResultClaim signed by the enclave key over
// federation-wide lineage and payout roots) and Seal/Unseal (keys, the DP
// noise secret and the per-dataset ε ledger). Task owners seal their input
// with SealInput to an enclave whose attestation they verified.
//
// # DP-SGD noise
//
// DP-SGD protects a record only if nobody who sees the model knows the
// noise: whoever knows the other records and could recompute the noise
// could subtract it. So the enclave never draws it from public inputs (the
// spec's seed, the data). At launch it draws a 32-byte noise secret from
// crypto/rand and keeps it in its sealed state next to its keys, so the
// same enclave, unsealed after a crash, re-runs a task to the same model.
// Each task's train.NoiseSeed is derived from it,
//
//	HKDF-SHA256(noise secret, info = "memo-compute/enclave/dp-noise/v1" ‖ chain id ‖ task id)
//
// and every enclave of a federated task draws its own participant's
// sampling and noise from its own seed (the averaged model is still the
// same for all of them). The seed leaves the enclave only through
// ExportNoiseSeed: HPKE-sealed to an enclave whose attestation verifies
// inside and shows the same measurement, and signed by this enclave, for
// re-executing the task there. SimNoiseSeed, which reads a sim enclave's
// seed so that the demo can re-run training in the clear and check it
// reproduces the enclaves' model, is the simulator's privilege: a hardware
// enclave has nothing like it, and no real participant can recompute the
// noise.
//
// # Privacy unit
//
// The spec (the measured workload) names the privacy unit of its ε
// (train.UnitRecord: DP-SGD, ε per record; train.UnitUser: DP-FedAvg, ε
// per granted dataset with all its records). The policy check sees that
// unit, so a grant whose policy requires user-level DP refuses a
// record-level task, and the ε the ledger charges is computed inside the
// enclave from the same spec, never taken from the host. At user level
// each enclave of a federation of k adds noise of variance σ²C²/k to its
// share of the round's sum of clipped owner deltas, from its own secret
// seed, so the sum the model moves by carries σ²C² exactly once; one owner
// granting two datasets to a user-level task is refused.
//
// # What the enclave takes from the chain
//
// Nothing the host hands over counts unless the enclave can check it. A
// market task's owner, price, users' share and result-key hash come from
// TaskMarket through the ChainView (terms.go: the host's result key must
// hash to the one the task names); an off-market task pays nothing and
// belongs to whoever signed its id and result key (SignOffMarket). The ε
// ledger's root is committed on chain with every claim (and with
// LedgerAdvance for charges no claim carries), and the enclave charges
// only from the root TaskMarket holds for it, so an older sealed blob
// charges nothing (ErrLedgerRollback) and a charged task is never charged
// again (ErrReplay); the ledger before each task is published with its
// result for verifiers to Audit (ledger.go). A hardware backend must serve
// the ChainView from a light client rather than the host's RPC.
//
// # Re-execution
//
// A result TaskMarket's draw selected is re-run by another operator's
// enclave of the same measurement: the enclaves that trained seal their
// task's noise seed and the owner's input to it (ExportReexecution), and it
// re-runs the federation on the records its own grants admit (their policy
// must consent), releasing only the signed model hash (Reexecute,
// reexec.go) and charging no ε. Config.Fault simulates a compromised TEE
// that forges its model, which only re-execution catches.
//
// # WASM tasks
//
// An enclave launched for a workload of kind KindWasm runs one WebAssembly
// module, identified by its SHA-256 (wasm.Measure), which is the workload
// id: the measurement names the module, as it names the spec of a
// training enclave. The task carries the module and the limits that make
// the run deterministic (WasmLimits: seed, virtual clock start, wall time,
// fuel, memory pages, output size); the result's claim commits to them
// (Result.ConfigHash). A grant admits a wasm task only if its policy lists
// the kind "wasm" (grant.KindWasm): that is consent to compute without
// differential privacy, so no ε is computed, checked or charged; owner and
// price clauses still apply, before any record is decrypted. Wasm tasks take
// no owner input and run on one enclave (no federation).
//
// Inside, the admitted datasets are decrypted (in parallel, while the module
// compiles) and given to the module's stdin as one record stream, all
// integers little-endian:
//
//	"MRS1"                  magic (4 bytes)
//	uint32                  number of datasets
//	per dataset, in increasing order of dataset id:
//	  [32]byte              dataset id
//	  uint8                 record kind: 1 feature vectors, 2 byte strings
//	  uint32                features per record (kind 1; else 0)
//	  uint32                classes (from the schema; 0: any label)
//	  uint64                number of records
//	  per record, in dataset order:
//	    kind 1: features × float64, then the label as float64 (IEEE-754 bits)
//	    kind 2: uint32 length, then that many bytes
//
// EncodeRecords produces the same bytes from plaintext, so a data owner or
// verifier can run the module outside on its own data. The module's stdout
// is the output: it leaves HPKE-encrypted to the task owner (OpenResult),
// with its SHA-256 as Result.ModelHash, and the signed claim carries the
// lineage (each dataset's record root and the records read) like a
// training result, with ε 0. A run that fails returns only the kind of
// failure (the wasm package's sentinel: ErrTrap, ErrExit, ErrFuelLimit,
// ErrMemoryLimit, ErrOutputLimit, ErrTimeLimit, …); the module's stderr,
// exit code and trap details stay inside, since the module chooses them
// and could write records into them.
//
// Keys are generated inside: a secp256k1 key whose address is the enclave
// address (ecrecover'd on chain) and an ML-KEM-768+X25519 HPKE key. No
// exported field or method returns a private key, a dataset key, a noise
// seed or plaintext user data; results leave only encrypted to a key the
// caller names, or as hashes and counts. The one exception is a function,
// not a method: SimNoiseSeed, the simulator's privilege.
//
// # Sim backend
//
// Sim enforces that boundary in-process. It is launched on a Platform, what
// plays the CPU: the platform measures the enclave and fixes its identity
// (measurement, MRSIGNER, ISV ids, DEBUG attribute) in every quote, and the
// enclave passes its Quoter nothing but the 64 bytes of report data, as an
// SGX enclave passes report data to EREPORT. No caller names a measurement.
// NewSimPlatform is the sim's platform: it measures
// Measure(RuntimeIdentity(), workload), where RuntimeIdentity is the SHA-256
// of RuntimeVersion and of the running executable's bytes (read once per
// process), so any change to the code, down to one constant, is a new
// measurement, while every enclave and every process of one binary share it
// (MeasureWorkload computes it for an allow-list). Sealed state is
// AES-256-GCM under HKDF(node sealing secret, measurement), so another
// measurement (another build or workload) cannot unseal it. Quotes come from
// a simulated quoting authority (attest/sim) whose root the dev chain
// trusts, in the SGX quote v3 layout; the verifier is the same one that
// checks hardware quotes. Debug enclaves are refused unless the
// configuration allows them explicitly.
//
// # Hardware backends
//
// GraminePlatform (the node inside Gramine-SGX, quoting through
// /dev/attestation, sealing under keys/_sgx_mrenclave) and TDXPlatform (the
// node in a TDX confidential VM, quoting through configfs-tsm, measured as
// attest.TDMeasurement of MRTD and the RTMRs the policy names, with no
// sealing key: the enclave runs with Config.SharedSealing and recovers its
// measurement key from a live peer after a reboot, keyshare.go) are
// Platforms the same Sim runs on: it is then no longer simulated, though it
// keeps the name. SimTDXPlatform plays a TD with the sim authority, so TDX
// nodes and policies are tested end to end without hardware. Each reads its identity from a quote
// the hardware produced at launch (PlatformProbe) and checks every quote
// carries the report data written and that identity; ErrNoDevice says what
// to install or enable when the device is missing (docs/HARDWARE.md).
//
// # What a hardware backend changes
//
// Under EGo or Gramine the same Go code runs inside SGX; what changes is
// below this interface:
//   - the Platform is the CPU: the measurement is MRENCLAVE, computed over
//     the enclave pages as they are loaded, which the enclave reads from a
//     report to itself; the workload identity moves into the signed enclave
//     configuration (Gramine manifest / EGo config) or into the report data,
//     and RuntimeIdentity becomes a reproducible-build check rather than the
//     source of truth;
//   - the Quoter is the platform's quoting enclave (EGo:
//     enclave.GetRemoteReport, Gramine: /dev/attestation/user_report_data +
//     quote) instead of the sim authority, with the same report data in;
//   - the sealing key comes from EGETKEY (MRENCLAVE policy, so the same rule:
//     another measurement cannot unseal) instead of HKDF over a node secret
//     held in host memory;
//   - the chain view (ChainView) is served by the untrusted host; a hardware
//     deployment must check it, e.g. with a light client or by requiring
//     receipts with block headers, since a lying host could hide a revocation.
//     The sim trusts the node's RPC endpoint.
//
// What the sim cannot give: memory encryption and isolation from the host
// operating system. Anything in this process's memory is visible to its
// operator; the sim proves the protocol, not the confidentiality.
package enclave

import "errors"

var (
	// ErrConfig is returned when an enclave configuration is invalid.
	ErrConfig = errors.New("invalid enclave configuration")
	// ErrDebug is returned when a debug enclave is created without
	// AllowDebug.
	ErrDebug = errors.New("debug enclave refused")
	// ErrUnseal is returned when sealed state does not open: it was sealed by
	// another measurement or node, or it is corrupted.
	ErrUnseal = errors.New("cannot unseal state")
	// ErrState is returned when Unseal is called on an enclave that already
	// admitted grants or ran tasks.
	ErrState = errors.New("enclave state in use")
	// ErrNotAdmitted is returned when a task names a dataset whose grant was
	// not admitted for that task.
	ErrNotAdmitted = errors.New("dataset not admitted for this task")
	// ErrWorkload is returned when a task's workload is not the one the
	// enclave was launched (and measured) for.
	ErrWorkload = errors.New("task workload differs from the enclave's measured workload")
	// ErrChain is returned when the chain view cannot be read; the enclave
	// refuses rather than guessing.
	ErrChain = errors.New("reading chain state")
	// ErrPeer is returned when an aggregation peer's attestation or message
	// does not verify.
	ErrPeer = errors.New("aggregation peer not trusted")
	// ErrResult is returned when an encrypted result does not open or its
	// claim does not verify.
	ErrResult = errors.New("cannot open result")
	// ErrInput is returned when a task owner's sealed input does not open
	// for this enclave, task and chain, is malformed, or is not the input
	// the task commits to.
	ErrInput = errors.New("owner input refused")
	// ErrNoDevice is returned when a hardware backend's device files are
	// missing: not inside Gramine-SGX (/dev/attestation) or not a TDX guest
	// with configfs-tsm enabled. The message names what to install or enable.
	ErrNoDevice = errors.New("TEE device not available")
	// ErrPlatform is returned when a hardware backend answers what the
	// enclave cannot accept: another attestation type or provider, a quote
	// of another TEE, a quote over other report data than was written.
	ErrPlatform = errors.New("TEE platform refused")
	// ErrNoSealingKey is returned when state is to be unsealed on a platform
	// with no hardware sealing key (TDX) and no live peer of the enclave's
	// measurement gives back the measurement key it was sealed under
	// (keyshare.go).
	ErrNoSealingKey = errors.New("platform has no sealing key")
)
