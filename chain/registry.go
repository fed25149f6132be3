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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Errors of the EnclaveRegistry rules added with enclave-key registration,
// role separation, approval expiry and approval committees, matched with
// errors.Is on the *RevertError a Client returns.
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
	// ErrCommitteeSizeOutOfRange is returned when setting an approval
	// committee of 0 or more than MaxApprovalCommittee verifiers.
	ErrCommitteeSizeOutOfRange = errors.New("approval committee size out of range")
	// ErrNotOnCommittee is returned when a verifier approves an attestation
	// round whose committee is drawn and does not include it.
	ErrNotOnCommittee = errors.New("verifier not on the enclave's approval committee")
	// ErrEnclaveDrawTooEarly is returned when drawing an approval committee
	// before the block after the round's attestation is sealed.
	ErrEnclaveDrawTooEarly = errors.New("approval committee drawn too early")
	// ErrEnclaveCommitteeAlreadyDrawn is returned when drawing the approval
	// committee of a round a second time.
	ErrEnclaveCommitteeAlreadyDrawn = errors.New("approval committee already drawn")
	// ErrRoundTooEarly is returned when an operator opens an attestation
	// round (registers an enclave, or re-attests a pending one) while the
	// last round it opened is pending and opened fewer than SeedWindow
	// blocks ago, or re-attests a pending round that young.
	ErrRoundTooEarly = errors.New("attestation round opened too early")
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
	"CommitteeSizeOutOfRange": {ErrCommitteeSizeOutOfRange, func(a []any) string {
		return fmt.Sprintf("an approval committee of %v verifiers is out of range: choose 1 to %v", a[0], a[1])
	}},
	"NotOnCommittee": {ErrNotOnCommittee, func(a []any) string {
		return fmt.Sprintf("%v is not on the committee drawn for round %v of enclave %v: only drawn members approve a round "+
			"(see EnclaveCommittee); wait for a later round (re-attestation) to be drawn", a[0], a[2], a[1])
	}},
	"EnclaveDrawTooEarly": {ErrEnclaveDrawTooEarly, func(a []any) string {
		return fmt.Sprintf("the committee of round %v of enclave %v can be drawn from block %v (its seed is the hash of the block before): wait for that block and retry", a[1], a[0], a[2])
	}},
	"RoundTooEarly": {ErrRoundTooEarly, func(a []any) string {
		return fmt.Sprintf("round %v of enclave %v awaits its committee's approvals: until it is approved, its operator opens "+
			"no other round (registration, or re-attestation of a pending round) before block %v (%d blocks after it opened), "+
			"so that committees cannot be re-rolled at will", a[1], a[0], a[2], SeedWindow)
	}},
	"EnclaveCommitteeAlreadyDrawn": {ErrEnclaveCommitteeAlreadyDrawn, func(a []any) string {
		return fmt.Sprintf("the committee of round %v of enclave %v is already drawn: read it with EnclaveCommittee", a[1], a[0])
	}},
}

func init() {
	registerRevertErrors(&bindings.EnclaveRegistryMetaData, registryRevertSpecs)
}

// MaxApprovalCommittee is the largest approval committee EnclaveRegistry
// draws (EnclaveRegistry.MAX_COMMITTEE).
const MaxApprovalCommittee = 10

// SeedWindow is the number of blocks whose hash a contract can read: an
// approval committee not drawn within it is drawn from the hash of a block
// SeedWindow later (EnclaveRegistry.SEED_WINDOW).
const SeedWindow = 256

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
	// once a majority of its committee approved; see ApprovedAt for whether
	// an approval holds.
	Status EnclaveStatus `json:"status"`
	// Round is the attestation round: 1 at registration, one more per re-attestation.
	Round uint16 `json:"round"`
	// Approvals counts the committee members' approvals of the current round.
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

// SetApprovalCommittee sets how many verifiers are drawn for the approval
// committees drawn from now on, 1 to MaxApprovalCommittee (governance only).
func (c *Client) SetApprovalCommittee(ctx context.Context, size uint8) (*types.Receipt, error) {
	data, err := c.registry.TryPackSetCommitteeSize(size)
	if err != nil {
		return nil, fmt.Errorf("packing setCommitteeSize: %w", err)
	}
	return c.transact(ctx, "setting approval committee size", &c.dep.EnclaveRegistry, data, nil)
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

// DrawEnclaveCommittee draws the approval committee of the current round of
// enclave. Anyone may, once, from the second block after the round's
// attestation (ErrEnclaveDrawTooEarly before), as soon as the block after
// the attestation, whose hash seeds the draw, is the head. The draw counts
// the approvals members sent before it and may activate the enclave.
func (c *Client) DrawEnclaveCommittee(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	e, cm, err := c.EnclaveRound(ctx, enclave)
	if err != nil {
		return nil, err
	}
	return c.drawEnclaveCommittee(ctx, enclave, e, cm)
}

// drawEnclaveCommittee is DrawEnclaveCommittee for the enclave record e and
// committee cm just read.
func (c *Client) drawEnclaveCommittee(ctx context.Context, enclave common.Address, e EnclaveInfo, cm EnclaveCommittee) (*types.Receipt, error) {
	const what = "drawing approval committee"
	data, err := c.registry.TryPackDrawCommittee(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing drawCommittee: %w", err)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	seedBlock := cm.FirstDrawBlock - 1
	if cm.Drawn || e.Status != EnclavePending || head != seedBlock {
		return c.transact(ctx, what, &c.dep.EnclaveRegistry, data, nil)
	}
	// The head is the seed block: gas is estimated at the head, where the
	// draw is too early, and the draw runs in the next block. Check it with
	// Staking's view of the same sample, then send it with a gas bound.
	size, err := c.ApprovalCommittee(ctx)
	if err != nil {
		return nil, err
	}
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(seedBlock))
	if err != nil {
		return nil, fmt.Errorf("%s: reading seed block %d: %w", what, seedBlock, err)
	}
	if _, err := c.SampleCommittee(ctx, CommitteeSeed(h.Hash(), c.dep.EnclaveRegistry, enclave, cm.Round), size, e.Operator, cm.SeatBound); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return c.transactGas(ctx, what, &c.dep.EnclaveRegistry, data, nil, drawGasBound(size))
}

// drawGasBound is a gas limit no approval-committee draw of size members
// reaches: each of its 8·size + 16 tries reads a seat and its verifier's
// stake (cold: 2 × 2,100 gas and the hashing), plus the registry's reads
// and writes. Unused gas is not paid for.
func drawGasBound(size uint8) uint64 {
	return 120_000 + uint64(8*int(size)+16)*8_000
}

// CommitteeSeed returns the seed EnclaveRegistry draws an approval
// committee from: keccak256(abi.encode(seedHash, registry, enclave,
// round)), seedHash being the hash of the round's seed block
// (EnclaveCommittee.SeedBlock).
func CommitteeSeed(seedHash common.Hash, registry, enclave common.Address, round uint16) common.Hash {
	var b [128]byte
	copy(b[:32], seedHash[:])
	copy(b[44:64], registry[:])
	copy(b[76:96], enclave[:])
	b[126], b[127] = byte(round>>8), byte(round)
	return crypto.Keccak256Hash(b[:])
}

// ApproveEnclave records the client's (staked verifier) approval of the
// current attestation round of enclave. Once the round's committee is drawn
// only its members approve (ErrNotOnCommittee otherwise), and a majority of
// them activates the enclave. Before the draw the approval is held and
// counts if the client is drawn; ApproveEnclave then draws the committee
// itself (anyone may), so that the held approval takes effect: it fails if
// the committee cannot be drawn (ErrNotEnoughVerifiers: fewer eligible
// verifiers than the committee size). It returns the approval's receipt.
func (c *Client) ApproveEnclave(ctx context.Context, enclave common.Address) (*types.Receipt, error) {
	data, err := c.registry.TryPackApprove(enclave)
	if err != nil {
		return nil, fmt.Errorf("packing approve: %w", err)
	}
	rcpt, err := c.transact(ctx, "approving enclave", &c.dep.EnclaveRegistry, data, nil)
	if err != nil {
		return nil, err
	}
	e, cm, err := c.EnclaveRound(ctx, enclave)
	if err != nil || cm.Drawn {
		return rcpt, err
	}
	// The approval's block is at least the seed block (the one after the
	// attestation), so the draw can run in the next.
	if _, err := c.drawEnclaveCommittee(ctx, enclave, e, cm); err != nil &&
		!errors.Is(err, ErrEnclaveCommitteeAlreadyDrawn) && !errors.Is(err, ErrEnclaveNotPending) {
		return nil, fmt.Errorf("approval of enclave %s held until its committee is drawn: %w", enclave.Hex(), err)
	}
	return rcpt, nil
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

// HasApproved reports whether verifier approved the current attestation
// round of enclave (before the draw: its approval is held).
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

// ApprovalCommittee returns how many verifiers are drawn for an approval
// committee; a majority of them activates an enclave.
func (c *Client) ApprovalCommittee(ctx context.Context) (uint8, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackCommitteeSize())
	if err != nil {
		return 0, fmt.Errorf("reading approval committee size: %w", err)
	}
	return c.registry.UnpackCommitteeSize(out)
}

// EnclaveCommittee is the approval committee of an enclave's current
// attestation round.
type EnclaveCommittee struct {
	// Round is the attestation round the committee judges.
	Round uint16 `json:"round"`
	// Drawn reports whether the committee is drawn.
	Drawn bool `json:"drawn"`
	// Members are the drawn verifiers in draw order (empty until drawn).
	Members []common.Address `json:"members,omitempty"`
	// Majority is the number of members' approvals that activate the
	// enclave (0 until drawn).
	Majority int `json:"majority,omitempty"`
	// SeatBound, until the draw, is the number of Staking seats the
	// committee will be drawn among: those that existed when the round
	// opened.
	SeatBound uint64 `json:"seatBound,omitempty"`
	// FirstDrawBlock is the first block the committee can be drawn in: two
	// after the round's attestation (the seed is the hash of the one between).
	FirstDrawBlock uint64 `json:"firstDrawBlock"`
	// FirstReattestBlock is, while the round is pending, the first block in
	// which the operator can replace it by re-attesting: SeedWindow blocks
	// after it opened, provided the last round the operator opened (of any
	// of its enclaves) is approved or as old (ErrRoundTooEarly). An
	// enclave whose round was approved re-attests at any time.
	FirstReattestBlock uint64 `json:"firstReattestBlock,omitempty"`
}

// Member returns verifier's position in the committee, or -1.
func (m EnclaveCommittee) Member(verifier common.Address) int {
	for i, a := range m.Members {
		if a == verifier {
			return i
		}
	}
	return -1
}

// SeedBlock returns the block whose hash seeds a draw of the committee in
// block drawBlock (at least FirstDrawBlock): the block after the round's
// attestation while its hash is readable, then the one SeedWindow blocks
// later, and so on, as EnclaveRegistry.drawCommittee computes it.
func (m EnclaveCommittee) SeedBlock(drawBlock uint64) uint64 {
	first := m.FirstDrawBlock - 1
	if drawBlock <= first {
		return first
	}
	return first + (drawBlock-1-first)/SeedWindow*SeedWindow
}

// EnclaveCommittee returns the approval committee of the current round of
// enclave (Drawn false until someone draws it).
func (c *Client) EnclaveCommittee(ctx context.Context, enclave common.Address) (EnclaveCommittee, error) {
	_, cm, err := c.EnclaveRound(ctx, enclave)
	return cm, err
}

// EnclaveRound returns the enclave's registration and its current
// round's committee.
func (c *Client) EnclaveRound(ctx context.Context, enclave common.Address) (EnclaveInfo, EnclaveCommittee, error) {
	e, err := c.Enclave(ctx, enclave)
	if err != nil {
		return EnclaveInfo{}, EnclaveCommittee{}, err
	}
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackApprovalCommitteeOf(enclave))
	if err != nil {
		return EnclaveInfo{}, EnclaveCommittee{}, fmt.Errorf("reading approval committee: %w", err)
	}
	r, err := c.registry.UnpackApprovalCommitteeOf(out)
	if err != nil {
		return EnclaveInfo{}, EnclaveCommittee{}, fmt.Errorf("decoding approval committee: %w", err)
	}
	cm := EnclaveCommittee{Round: e.Round, Members: r.Members, FirstDrawBlock: e.AttestedBlock + 2}
	if e.Status == EnclavePending {
		cm.FirstReattestBlock = e.AttestedBlock + SeedWindow
	}
	if len(r.Members) > 0 {
		cm.Drawn, cm.Majority = true, len(r.Members)/2+1
	} else {
		cm.SeatBound = r.SeatBound.Uint64()
	}
	return e, cm, nil
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
