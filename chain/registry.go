package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Errors of the EnclaveRegistry rules added with enclave-key registration,
// role separation and approval expiry, matched with errors.Is on the
// *RevertError a Client returns.
var (
	// ErrInvalidEnclaveSignature is returned when a registration is not signed
	// by the enclave key for this operator, chain and registry.
	ErrInvalidEnclaveSignature = errors.New("registration not signed by the enclave")
	// ErrOperatorCannotApprove is returned when an address that has registered
	// an enclave (now or before) approves an enclave.
	ErrOperatorCannotApprove = errors.New("enclave operators cannot approve enclaves")
	// ErrEvidenceNotFresh is returned when re-attesting with the quote of the current round.
	ErrEvidenceNotFresh = errors.New("re-attestation evidence is not fresh")
	// ErrZeroApprovalPeriod is returned when setting an approval period of zero blocks.
	ErrZeroApprovalPeriod = errors.New("approval period is zero")
	// ErrQuorumTooLarge is returned when setting an approval quorum above MaxQuorum.
	ErrQuorumTooLarge = errors.New("quorum too large")
)

var registryRevertSpecs = map[string]revertSpec{
	"InvalidEnclaveSignature": {ErrInvalidEnclaveSignature, func(a []any) string {
		return fmt.Sprintf("registration of enclave %v is signed by %v: have the enclave sign the registration for this operator, chain and registry (enclave SignRegistration)", a[1], a[0])
	}},
	"OperatorCannotApprove": {ErrOperatorCannotApprove, func(a []any) string {
		return fmt.Sprintf("%v has registered an enclave and can never approve one (here %v): approve from a verifier account that never operated an enclave", a[0], a[1])
	}},
	"EvidenceNotFresh": {ErrEvidenceNotFresh, func(a []any) string {
		return fmt.Sprintf("evidence %s is the current attestation of enclave %v: re-attest with a fresh quote from the enclave", hexArg(a[1]), a[0])
	}},
	"ZeroApprovalPeriod": {ErrZeroApprovalPeriod, func([]any) string { return "approval period must be at least 1 block" }},
	"QuorumTooLarge": {ErrQuorumTooLarge, func(a []any) string {
		return fmt.Sprintf("quorum %v is above the maximum %v: choose a smaller quorum", a[0], a[1])
	}},
}

func init() {
	registerRevertErrors(&bindings.EnclaveRegistryMetaData, registryRevertSpecs)
}

// MaxQuorum is the largest approval quorum EnclaveRegistry accepts.
const MaxQuorum = 255

// DefaultApprovalPeriod is the approval period of a deployment whose
// DeployConfig leaves it zero: 216,000 blocks, 30 days of 12-second blocks.
const DefaultApprovalPeriod = 216_000

// EIP-712 domain of EnclaveRegistry.
const (
	RegistryDomainName    = "MemoEnclaveRegistry"
	RegistryDomainVersion = "1"
)

// RegistrationMessage is the EIP-712 struct
// EnclaveRegistration(address operator,bytes32 hpkeKeyHash) that an enclave
// key signs to let one operator register it with one HPKE key on one
// registry of one chain (the domain). Nobody else can register the enclave:
// the contract recovers the signer from the digest over msg.sender.
type RegistrationMessage struct {
	Operator    common.Address
	HPKEKeyHash common.Hash // SHA-256 of the enclave's HPKE public key
}

// RegistrationTypedData returns the message as eth_signTypedData_v4 typed
// data for the EnclaveRegistry at registry on chainID.
func RegistrationTypedData(chainID *big.Int, registry common.Address, m RegistrationMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"EnclaveRegistration": {
				{Name: "operator", Type: "address"},
				{Name: "hpkeKeyHash", Type: "bytes32"},
			},
		},
		PrimaryType: "EnclaveRegistration",
		Domain: apitypes.TypedDataDomain{
			Name:              RegistryDomainName,
			Version:           RegistryDomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: registry.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"operator":    m.Operator.Hex(),
			"hpkeKeyHash": m.HPKEKeyHash.Hex(),
		},
	}
}

// RegistrationDigest returns the digest EnclaveRegistry.register checks
// (EnclaveRegistry.registrationDigest).
func RegistrationDigest(chainID *big.Int, registry common.Address, m RegistrationMessage) (common.Hash, error) {
	return typedDigest(RegistrationTypedData(chainID, registry, m))
}

// SignRegistration signs the registration digest with an enclave key and
// returns the 65-byte [R || S || V] signature with V in {27, 28}. Only the
// enclave calls it, inside the enclave.
func SignRegistration(key *ecdsa.PrivateKey, chainID *big.Int, registry common.Address, m RegistrationMessage) ([]byte, error) {
	d, err := RegistrationDigest(chainID, registry, m)
	if err != nil {
		return nil, err
	}
	return signDigest(key, d, "signing enclave registration")
}

// RecoverRegistrationSigner returns the address that signed the
// registration, as the contract computes it.
func RecoverRegistrationSigner(chainID *big.Int, registry common.Address, m RegistrationMessage, sig []byte) (common.Address, error) {
	d, err := RegistrationDigest(chainID, registry, m)
	if err != nil {
		return common.Address{}, err
	}
	return recoverDigest(d, sig, ErrInvalidEnclaveSignature)
}

// EnclaveStatus is an enclave's state in the EnclaveRegistry.
type EnclaveStatus uint8

// Enclave states, as numbered by EnclaveRegistry.Status.
const (
	EnclaveUnknown      EnclaveStatus = 0
	EnclavePending      EnclaveStatus = 1
	EnclaveActive       EnclaveStatus = 2
	EnclaveDeregistered EnclaveStatus = 3
)

// String names the status.
func (s EnclaveStatus) String() string {
	switch s {
	case EnclaveUnknown:
		return "unknown"
	case EnclavePending:
		return "pending"
	case EnclaveActive:
		return "active"
	case EnclaveDeregistered:
		return "deregistered"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// EnclaveInfo is an enclave's registry record.
type EnclaveInfo struct {
	Operator    common.Address `json:"operator"`
	HPKEKeyHash common.Hash    `json:"hpkeKeyHash"`
	// EvidenceHash is keccak256 of the quote of the current attestation round.
	EvidenceHash common.Hash `json:"evidenceHash"`
	Measurement  common.Hash `json:"measurement"`
	// Status is Pending while the current round awaits approvals, Active
	// once it reached quorum; see ApprovedAt for whether an approval holds.
	Status EnclaveStatus `json:"status"`
	// Round is the attestation round: 1 at registration, one more per re-attestation.
	Round uint16 `json:"round"`
	// Approvals counts the approvals of the current round.
	Approvals uint8 `json:"approvals"`
	// ApprovedUntil is the first block at which the latest approval no
	// longer holds (0: never approved).
	ApprovedUntil   uint64 `json:"approvedUntil"`
	RegisteredBlock uint64 `json:"registeredBlock"`
	// AttestedBlock is the block of the current round's registration or re-attestation.
	AttestedBlock uint64 `json:"attestedBlock"`
}

// ApprovedAt reports whether the enclave holds an approval at block (it is
// registered, not deregistered, and its latest approval has not run out).
// EnclaveActive also checks the measurement allow-list and the operator's stake.
func (e EnclaveInfo) ApprovedAt(block uint64) bool {
	return (e.Status == EnclavePending || e.Status == EnclaveActive) && block < e.ApprovedUntil
}

// Registration is what an operator sends to register an enclave.
type Registration struct {
	Enclave common.Address
	// HPKEKeyHash is the SHA-256 of the enclave's HPKE public key.
	HPKEKeyHash common.Hash
	// EvidenceHash is keccak256 of the enclave's quote.
	EvidenceHash common.Hash
	// CollateralHash is keccak256 of the collateral served with the quote
	// (zero if none); it is logged, not stored.
	CollateralHash common.Hash
	Measurement    common.Hash
	// Signature is the enclave key's signature of the RegistrationMessage
	// for the sending operator and HPKEKeyHash (SignRegistration).
	Signature []byte
}

// SetMeasurementAllowed adds or removes an enclave measurement from the allow-list (governance only).
func (c *Client) SetMeasurementAllowed(ctx context.Context, measurement common.Hash, allowed bool) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetMeasurementAllowed(measurement, allowed)
	if err != nil {
		return nil, fmt.Errorf("packing setMeasurementAllowed: %w", err)
	}
	return c.transact(ctx, "setting measurement allowance", &c.dep.EnclaveRegistry, data, nil)
}

// SetQuorum sets how many verifier approvals activate an enclave (governance only).
func (c *Client) SetQuorum(ctx context.Context, quorum uint32) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetQuorum(quorum)
	if err != nil {
		return nil, fmt.Errorf("packing setQuorum: %w", err)
	}
	return c.transact(ctx, "setting quorum", &c.dep.EnclaveRegistry, data, nil)
}

// SetApprovalPeriod sets how many blocks the approvals granted from now on
// hold (governance only).
func (c *Client) SetApprovalPeriod(ctx context.Context, blocks uint64) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetApprovalPeriod(blocks)
	if err != nil {
		return nil, fmt.Errorf("packing setApprovalPeriod: %w", err)
	}
	return c.transact(ctx, "setting approval period", &c.dep.EnclaveRegistry, data, nil)
}

// RegisterEnclave registers an enclave for the client's (staked TEE-node)
// account. r.Signature must be the enclave's signature of
// RegistrationMessage{Operator: c.Address(), HPKEKeyHash: r.HPKEKeyHash}.
func (c *Client) RegisterEnclave(ctx context.Context, r Registration) (*types.Receipt, error) {
	data, err := c.registry.TryPackRegister(r.Enclave, r.HPKEKeyHash, r.EvidenceHash, r.CollateralHash, r.Measurement, r.Signature)
	if err != nil {
		return nil, fmt.Errorf("packing register: %w", err)
	}
	return c.transact(ctx, "registering enclave", &c.dep.EnclaveRegistry, data, nil)
}

// ReattestEnclave opens a new attestation round for the client's enclave
// with a fresh quote (evidenceHash, keccak256 of the quote) and the hash of
// its collateral (zero if none). Verifiers then approve the round; the
// enclave stays active meanwhile if its approval has not run out.
func (c *Client) ReattestEnclave(ctx context.Context, enclave common.Address, evidenceHash, collateralHash common.Hash) (*types.Receipt, error) {
	data, err := c.registry.TryPackReattest(enclave, evidenceHash, collateralHash)
	if err != nil {
		return nil, fmt.Errorf("packing reattest: %w", err)
	}
	return c.transact(ctx, "re-attesting enclave", &c.dep.EnclaveRegistry, data, nil)
}

// ApproveEnclave records the client's (staked verifier) approval of the
// current attestation round of enclave.
func (c *Client) ApproveEnclave(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	data, err := c.registry.TryPackApprove(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing approve: %w", err)
	}
	return c.transact(ctx, "approving enclave", &c.dep.EnclaveRegistry, data, nil)
}

// DeregisterEnclave retires enclave (its operator or governance).
func (c *Client) DeregisterEnclave(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	data, err := c.registry.TryPackDeregister(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing deregister: %w", err)
	}
	return c.transact(ctx, "deregistering enclave", &c.dep.EnclaveRegistry, data, nil)
}

// Enclave returns enclave's registry record (Status EnclaveUnknown if none).
func (c *Client) Enclave(ctx context.Context, enclave common.Address) (EnclaveInfo, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackRecordOf(enclave))
	if err != nil {
		return EnclaveInfo{}, fmt.Errorf("reading enclave: %w", err)
	}
	e, err := c.registry.UnpackRecordOf(out)
	if err != nil {
		return EnclaveInfo{}, fmt.Errorf("decoding enclave: %w", err)
	}
	return EnclaveInfo{
		Operator: e.Operator, HPKEKeyHash: e.HpkeKeyHash, EvidenceHash: e.EvidenceHash, Measurement: e.Measurement,
		Status: EnclaveStatus(e.Status), Round: e.Round, Approvals: e.Approvals, ApprovedUntil: e.ApprovedUntil,
		RegisteredBlock: e.RegisteredBlock, AttestedBlock: e.AttestedBlock,
	}, nil
}

// EnclaveOperator returns the operator the registry records for enclave
// (zero if it is not registered): the operator its attestation must bind
// (grant.NodeOptions.Operator).
func (c *Client) EnclaveOperator(ctx context.Context, enclave common.Address) (common.Address, error) {
	e, err := c.Enclave(ctx, enclave)
	if err != nil {
		return common.Address{}, err
	}
	return e.Operator, nil
}

// HasApproved reports whether verifier approved the current attestation round of enclave.
func (c *Client) HasApproved(ctx context.Context, enclave, verifier common.Address) (bool, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackHasApproved(enclave, verifier))
	if err != nil {
		return false, fmt.Errorf("reading approval: %w", err)
	}
	return c.registry.UnpackHasApproved(out)
}

// EnclavesOf lists every enclave operator has registered, in order.
func (c *Client) EnclavesOf(ctx context.Context, operator common.Address) ([]common.Address, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackEnclavesOf(operator))
	if err != nil {
		return nil, fmt.Errorf("reading enclaves of operator: %w", err)
	}
	return c.registry.UnpackEnclavesOf(out)
}

// EnclaveActive reports whether enclave holds an approval that has not run
// out, is not deregistered, is still allowed by measurement and its operator
// is still staked.
func (c *Client) EnclaveActive(ctx context.Context, enclave common.Address) (bool, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackIsActive(enclave))
	if err != nil {
		return false, fmt.Errorf("reading enclave activity: %w", err)
	}
	return c.registry.UnpackIsActive(out)
}

// MeasurementAllowed reports whether measurement is on the allow-list.
func (c *Client) MeasurementAllowed(ctx context.Context, measurement common.Hash) (bool, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackMeasurementAllowed(measurement))
	if err != nil {
		return false, fmt.Errorf("reading measurement allowance: %w", err)
	}
	return c.registry.UnpackMeasurementAllowed(out)
}

// Quorum returns the number of verifier approvals that activate an enclave.
func (c *Client) Quorum(ctx context.Context) (uint32, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackQuorum())
	if err != nil {
		return 0, fmt.Errorf("reading quorum: %w", err)
	}
	return c.registry.UnpackQuorum(out)
}

// ApprovalPeriod returns how many blocks a new approval holds.
func (c *Client) ApprovalPeriod(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackApprovalPeriod())
	if err != nil {
		return 0, fmt.Errorf("reading approval period: %w", err)
	}
	return c.registry.UnpackApprovalPeriod(out)
}

// RegistryDomainSeparator returns the EIP-712 domain separator registrations are signed in.
func (c *Client) RegistryDomainSeparator(ctx context.Context) (common.Hash, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackDomainSeparator())
	if err != nil {
		return common.Hash{}, fmt.Errorf("reading registry domain separator: %w", err)
	}
	h, err := c.registry.UnpackDomainSeparator(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("decoding registry domain separator: %w", err)
	}
	return h, nil
}

// SimulatedRoots reports whether the deployment trusts simulated attestation
// roots (dev chains only) and, if so, the hash of the trusted sim root.
func (c *Client) SimulatedRoots(ctx context.Context) (bool, common.Hash, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackTrustsSimulatedRoots())
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("reading sim-root flag: %w", err)
	}
	trusts, err := c.registry.UnpackTrustsSimulatedRoots(out)
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("decoding sim-root flag: %w", err)
	}
	out, err = c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackSimulatedRootHash())
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("reading sim-root hash: %w", err)
	}
	h, err := c.registry.UnpackSimulatedRootHash(out)
	if err != nil {
		return false, common.Hash{}, fmt.Errorf("decoding sim-root hash: %w", err)
	}
	return trusts, h, nil
}
