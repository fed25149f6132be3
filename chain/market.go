package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// The TaskMarket contract's rules are written out in its NatSpec and in
// docs/RATIONALE.md (## TaskMarket). In brief: the fee is cut into
// Replication equal result shares that settle independently. Each result is
// judged by its own committee of staked verifiers, drawn after submission
// in proportion to stake (Draw), which commits and then reveals its votes
// (CommitVotes, RevealVotes). Passed, or no verdict at all (Lapsed): the
// operator's earnings, the rewarded members' rewards and the users' pool
// are credited; Failed: the share is refunded and the operator slashed;
// Missing: the share is refunded. Nothing is paid inside Finalize except
// the owner's refund: users Claim their leaf of the first paid result's
// payout tree once, verifiers SettleVotes, operators WithdrawEarnings, and
// what nobody claims is swept to the treasury after the claim period.
//
// TaskMarket is two contracts over one storage (the market exceeds the 24
// KiB code limit): calls of TaskMarketExt's functions (publish, accept,
// cancel, sweep, the views) go to the TaskMarket address, which runs them by
// DELEGATECALL; the client packs them with extABI. Re-execution reports and
// their pay are in market_reexec.go.

// marketABI packs and unpacks TaskMarket calls; extABI those of the
// TaskMarketExt functions, sent to the same address.
var (
	marketABI = bindings.NewTaskMarket()
	extABI    = bindings.NewTaskMarketExt()
)

// BasisPoints is the denominator of every split (10,000 = 100 %).
const BasisPoints = 10_000

// MaxReplication is the largest replication factor TaskMarket accepts.
const MaxReplication = 16

// Bounds of a committee's size.
const (
	MinCommittee = 3
	MaxCommittee = 7
)

// TaskStatus is a task's state in TaskMarket.
type TaskStatus uint8

// Task states, as numbered by TaskMarket.TaskStatus.
const (
	TaskUnknown   TaskStatus = 0
	TaskOpen      TaskStatus = 1
	TaskSettled   TaskStatus = 2
	TaskCancelled TaskStatus = 3
	// TaskSwept is a settled task whose leftovers went to the treasury.
	TaskSwept TaskStatus = 4
)

// String names the status.
func (s TaskStatus) String() string {
	switch s {
	case TaskUnknown:
		return "unknown"
	case TaskOpen:
		return "open"
	case TaskSettled:
		return "settled"
	case TaskCancelled:
		return "cancelled"
	case TaskSwept:
		return "swept"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// ResultState is the state of one result slot of a task.
type ResultState uint8

// Result states, as numbered by TaskMarket.ResultState. Empty and Submitted
// are live; the others are set when the task settles. Lapsed is a result
// that reached no verdict (no committee drawn, too few votes, a tie): it
// settles in the node's favour, paid as a pass.
const (
	ResultEmpty     ResultState = 0
	ResultSubmitted ResultState = 1
	ResultPassed    ResultState = 2
	ResultFailed    ResultState = 3
	ResultLapsed    ResultState = 4
	ResultMissing   ResultState = 5
)

// String names the state.
func (s ResultState) String() string {
	switch s {
	case ResultEmpty:
		return "empty"
	case ResultSubmitted:
		return "submitted"
	case ResultPassed:
		return "passed"
	case ResultFailed:
		return "failed"
	case ResultLapsed:
		return "lapsed"
	case ResultMissing:
		return "missing"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Paid reports whether a settled result was paid (passed, or no verdict).
func (s ResultState) Paid() bool { return s == ResultPassed || s == ResultLapsed }

// VoteState is a committee member's vote on one result.
type VoteState uint8

// Vote states, as stored by TaskMarket: none (not revealed), fail or pass,
// with VoteSettled added once the vote is settled (SettleVotes).
const (
	VoteNone    VoteState = 0
	VoteFail    VoteState = 1
	VotePass    VoteState = 2
	VoteSettled VoteState = 4
)

// Split divides each result share between users, TEE nodes and verifiers,
// in basis points summing to BasisPoints.
type Split struct {
	UsersBps     uint16 `json:"usersBps"`
	NodesBps     uint16 `json:"nodesBps"`
	VerifiersBps uint16 `json:"verifiersBps"`
}

// TaskSpec is what a task owner publishes. Time is in blocks.
type TaskSpec struct {
	// Measurement is the enclave measurement (runtime build and workload)
	// every result must come from.
	Measurement common.Hash `json:"measurement"`
	// DatasetHash is the hash of the dataset selector.
	DatasetHash common.Hash `json:"datasetHash"`
	// Enclaves names one enclave per result slot; empty leaves Replication
	// slots for operators to Accept.
	Enclaves []common.Address `json:"enclaves,omitempty"`
	// Fee is escrowed in full at publish (MEMO base units).
	Fee   *big.Int `json:"fee"`
	Split Split    `json:"split"`
	// Deadline is the last block at which results are taken; at most
	// MarketParams.MaxDuration blocks ahead.
	Deadline uint64 `json:"deadline"`
	// VotingWindow is how many blocks after its submission a result's
	// committee is drawn and commits; the reveal phase
	// (MarketParams.RevealWindow) follows.
	VotingWindow uint32 `json:"votingWindow"`
	// Quorum is the number of agreeing committee votes that make a verdict:
	// a majority of the committee at least, and at most its size.
	Quorum uint8 `json:"quorum"`
	// Replication is the number of result slots (independent nodes).
	Replication uint8 `json:"replication"`
	// PricePerRecord is the floor of the users' part of a result share per
	// record; nil or zero means none.
	PricePerRecord *big.Int `json:"pricePerRecord,omitempty"`
	// ResultKeyHash is ResultKeyHash of the owner's result key: every
	// claim must name it, so outputs are encrypted to the owner's key and
	// no other. Required.
	ResultKeyHash common.Hash `json:"resultKeyHash"`
	// Reexecute has every result re-executed by a second enclave, whatever
	// the market's sampling rate (ReexecBps).
	Reexecute bool `json:"reexecute,omitempty"`
}

// Task is a task's on-chain record.
type Task struct {
	ID          uint64         `json:"id"`
	Owner       common.Address `json:"owner"`
	Status      TaskStatus     `json:"status"`
	Measurement common.Hash    `json:"measurement"`
	DatasetHash common.Hash    `json:"datasetHash"`
	// ResultKeyHash names the key outputs must be encrypted to.
	ResultKeyHash common.Hash `json:"resultKeyHash"`
	// Reexecute: every result is re-executed.
	Reexecute    bool     `json:"reexecute,omitempty"`
	Fee          *big.Int `json:"fee"`
	UsersBps     uint16   `json:"usersBps"`
	VerifiersBps uint16   `json:"verifiersBps"`
	Deadline     uint64   `json:"deadline"`
	VotingWindow uint32   `json:"votingWindow"`
	// RevealWindow is the reveal phase after each result's voting window.
	RevealWindow uint16 `json:"revealWindow"`
	Quorum       uint8  `json:"quorum"`
	// Committee is the number of verifiers drawn per result.
	Committee   uint8 `json:"committee"`
	Replication uint8 `json:"replication"`
	// Assigned counts filled result slots.
	Assigned uint8 `json:"assigned"`
	// Passed counts paid results (passed, or no verdict) once settled;
	// PayoutSlot is the result whose payout root users claim against.
	Passed     uint8 `json:"passed"`
	PayoutSlot uint8 `json:"payoutSlot"`
	// UsersPool is what users can claim in total once settled; UsersClaimed
	// what they have.
	UsersPool      *big.Int `json:"usersPool"`
	UsersClaimed   *big.Int `json:"usersClaimed"`
	PricePerRecord *big.Int `json:"pricePerRecord"`
	// FirstResult is the global id of result slot 0; slot i is FirstResult+i.
	FirstResult uint64 `json:"firstResult"`
	// ParamsVersion is the market parameter version the task keeps.
	ParamsVersion uint16 `json:"paramsVersion"`
	// PublishBlock is the task's publish block: a claim's grants block is
	// never before it.
	PublishBlock uint64 `json:"publishBlock"`
	// SettledBlock is the block the task settled at (0 while open); its
	// leftovers can be swept ClaimPeriod blocks later.
	SettledBlock uint64 `json:"settledBlock"`
}

// ResultID is the global id of result slot index (what votes refer to).
func (t Task) ResultID(index uint8) uint64 { return t.FirstResult + uint64(index) }

// Result is one result slot of a task.
type Result struct {
	// Operator is the assigned enclave's operator (zero while the slot is open).
	Operator common.Address `json:"operator"`
	State    ResultState    `json:"state"`
	// Drawn is whether the committee was drawn; PassVotes, FailVotes and
	// Revealed count its revealed votes (while the task is open).
	Drawn     bool  `json:"drawn"`
	PassVotes uint8 `json:"passVotes"`
	FailVotes uint8 `json:"failVotes"`
	Revealed  uint8 `json:"revealed"`
	// VotingEnds is the last block of the commit phase (and of the draw),
	// RevealEnds the last of the reveal phase.
	VotingEnds uint64      `json:"votingEnds"`
	RevealEnds uint64      `json:"revealEnds"`
	PayoutRoot common.Hash `json:"payoutRoot"`
	// Accepted is whether the operator's stake is locked for the slot
	// (Accept, taking an open slot, or submitting); only then does a
	// missing result cost it stake.
	Accepted bool `json:"accepted"`
	// Reexecute is whether the committee draw selected the result for
	// re-execution by a second enclave (false until drawn).
	Reexecute bool `json:"reexecute,omitempty"`
}

// Shares is what each result of a task pays when paid.
type Shares struct {
	// Share is the fee divided by the replication.
	Share *big.Int `json:"share"`
	// Users is the users' part of a share, credited to the payout pool.
	Users *big.Int `json:"users"`
	// PerVote is each rewarded committee member's reward.
	PerVote *big.Int `json:"perVote"`
	// Node is the operator's pay (nodes part plus rounding).
	Node *big.Int `json:"node"`
	// ReexecPerVote is, for a result whose reported re-execution met a
	// verdict (pass or fail), each rewarded member's and the re-executor's
	// reward: the verifier share in Committee + 1 parts. ReexecNode is the
	// operator's pay when such a result passes.
	ReexecPerVote *big.Int `json:"reexecPerVote"`
	ReexecNode    *big.Int `json:"reexecNode"`
}

// MarketParams are TaskMarket's governance parameters. Every change is a
// new version; a task keeps the version it was published under.
type MarketParams struct {
	// NodeSlash is taken from the operator of a failing result.
	NodeSlash *big.Int `json:"nodeSlash"`
	// TimeoutSlash is taken from an operator whose stake was locked for a
	// slot that delivered no result.
	TimeoutSlash *big.Int `json:"timeoutSlash"`
	// SlashOwnerBps is the task owner's part of a node slash, never more
	// than OwnerCapBps of the result share (the owner's compensation cap).
	SlashOwnerBps uint16 `json:"slashOwnerBps"`
	// SlashVerifiersBps is the fail voters' part of a failing result's slash.
	SlashVerifiersBps uint16 `json:"slashVerifiersBps"`
	OwnerCapBps       uint16 `json:"ownerCapBps"`
	// CommitteeSize is the number of verifiers drawn per result.
	CommitteeSize uint8 `json:"committeeSize"`
	// MinQuorum is the smallest quorum a task may ask for (a majority of the
	// committee is required anyway).
	MinQuorum uint8 `json:"minQuorum"`
	// VerifierPenalty is taken from a member that voted against a verdict,
	// SilencePenalty from a member that never revealed.
	VerifierPenalty *big.Int `json:"verifierPenalty"`
	SilencePenalty  *big.Int `json:"silencePenalty"`
	// MaxVotingWindow is the longest voting (draw and commit) window a task
	// may ask for, in blocks; RevealWindow is the reveal phase after it.
	MaxVotingWindow uint32 `json:"maxVotingWindow"`
	RevealWindow    uint16 `json:"revealWindow"`
	// MaxDuration is the most blocks a task's deadline may lie after its publish block.
	MaxDuration uint32 `json:"maxDuration"`
	// ClaimPeriod is how many blocks after settlement users have to claim
	// before anyone may sweep the leftovers to the treasury.
	ClaimPeriod uint32 `json:"claimPeriod"`
}

// SlotLock is the stake a result slot locks from its operator while it is
// open: the most its settlement can slash (the larger of NodeSlash and
// TimeoutSlash).
func (p MarketParams) SlotLock() *big.Int {
	if bigOrZero(p.NodeSlash).Cmp(bigOrZero(p.TimeoutSlash)) >= 0 {
		return new(big.Int).Set(bigOrZero(p.NodeSlash))
	}
	return new(big.Int).Set(bigOrZero(p.TimeoutSlash))
}

// MemberLock is the stake a committee seat locks from its verifier until
// its vote is settled: the larger of VerifierPenalty and SilencePenalty.
func (p MarketParams) MemberLock() *big.Int {
	if bigOrZero(p.VerifierPenalty).Cmp(bigOrZero(p.SilencePenalty)) >= 0 {
		return new(big.Int).Set(bigOrZero(p.VerifierPenalty))
	}
	return new(big.Int).Set(bigOrZero(p.SilencePenalty))
}

// MinUnbondingDelay is the shortest unbonding delay these parameters allow:
// the longest a result slot can stay open (MaxDuration to the deadline,
// then MaxVotingWindow and RevealWindow). TaskMarket refuses parameters the
// Staking delay does not cover, and Staking then refuses a shorter delay.
func (p MarketParams) MinUnbondingDelay() uint64 {
	return uint64(p.MaxDuration) + uint64(p.MaxVotingWindow) + uint64(p.RevealWindow)
}

// OwnerCompensation is what the task owner receives from a slash that took
// taken for a result share of share: SlashOwnerBps of it, capped at
// OwnerCapBps of the share.
func (p MarketParams) OwnerCompensation(taken, share *big.Int) *big.Int {
	c := new(big.Int).Mul(taken, big.NewInt(int64(p.SlashOwnerBps)))
	c.Quo(c, big.NewInt(BasisPoints))
	limit := new(big.Int).Mul(share, big.NewInt(int64(p.OwnerCapBps)))
	limit.Quo(limit, big.NewInt(BasisPoints))
	if c.Cmp(limit) > 0 {
		return limit
	}
	return c
}

func (p MarketParams) binding() bindings.TaskMarketBaseParams {
	return bindings.TaskMarketBaseParams{
		NodeSlash: bigOrZero(p.NodeSlash), TimeoutSlash: bigOrZero(p.TimeoutSlash),
		SlashOwnerBps: p.SlashOwnerBps, SlashVerifiersBps: p.SlashVerifiersBps, OwnerCapBps: p.OwnerCapBps,
		CommitteeSize: p.CommitteeSize, MinQuorum: p.MinQuorum,
		VerifierPenalty: bigOrZero(p.VerifierPenalty), SilencePenalty: bigOrZero(p.SilencePenalty),
		MaxVotingWindow: p.MaxVotingWindow, RevealWindow: p.RevealWindow, MaxDuration: p.MaxDuration, ClaimPeriod: p.ClaimPeriod,
	}
}

func paramsFromBinding(p bindings.TaskMarketBaseParams) MarketParams {
	return MarketParams{
		NodeSlash: p.NodeSlash, TimeoutSlash: p.TimeoutSlash, SlashOwnerBps: p.SlashOwnerBps, SlashVerifiersBps: p.SlashVerifiersBps,
		OwnerCapBps: p.OwnerCapBps, CommitteeSize: p.CommitteeSize, MinQuorum: p.MinQuorum,
		VerifierPenalty: p.VerifierPenalty, SilencePenalty: p.SilencePenalty,
		MaxVotingWindow: p.MaxVotingWindow, RevealWindow: p.RevealWindow, MaxDuration: p.MaxDuration, ClaimPeriod: p.ClaimPeriod,
	}
}

// ResultRef names one result slot of a task.
type ResultRef struct {
	TaskID uint64 `json:"taskId"`
	Index  uint8  `json:"index"`
}

func (s TaskSpec) binding() bindings.TaskMarketBaseTaskSpec {
	enclaves := s.Enclaves
	if enclaves == nil {
		enclaves = []common.Address{}
	}
	return bindings.TaskMarketBaseTaskSpec{
		Measurement: s.Measurement, DatasetHash: s.DatasetHash, Enclaves: enclaves, Fee: bigOrZero(s.Fee),
		UsersBps: s.Split.UsersBps, NodesBps: s.Split.NodesBps, VerifiersBps: s.Split.VerifiersBps,
		Deadline: new(big.Int).SetUint64(s.Deadline), VotingWindow: s.VotingWindow, Quorum: s.Quorum, Replication: s.Replication,
		PricePerRecord: bigOrZero(s.PricePerRecord), ResultKeyHash: s.ResultKeyHash, Reexecute: s.Reexecute,
	}
}

func bigOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// market returns the TaskMarket address or ErrNoMarket.
func (c *Client) market() (common.Address, error) {
	if c.dep.TaskMarket == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: the deployment names no TaskMarket: redeploy with memoc deploy or memoc devnet", ErrNoMarket)
	}
	return c.dep.TaskMarket, nil
}

// marketTx packs a TaskMarket call and sends it.
func (c *Client) marketTx(ctx context.Context, what string, data []byte, packErr error) (*types.Receipt, error) {
	if packErr != nil {
		return nil, fmt.Errorf("%s: packing call: %w", what, packErr)
	}
	m, err := c.market()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return c.transact(ctx, what, &m, data, nil)
}

// marketCall runs a TaskMarket view.
func (c *Client) marketCall(ctx context.Context, what string, data []byte) ([]byte, error) {
	m, err := c.market()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	out, err := c.call(ctx, m, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// Publish escrows spec.Fee and publishes the task, returning its id. When
// the TaskMarket allowance is too small it first simulates the publish, so a
// bad spec is refused (with the contract's named error) before any approval
// is sent, then approves exactly the fee.
func (c *Client) Publish(ctx context.Context, spec TaskSpec) (uint64, *types.Receipt, error) {
	const what = "publishing task"
	m, err := c.market()
	if err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	data, err := extABI.TryPackPublish(spec.binding())
	if err != nil {
		return 0, nil, fmt.Errorf("%s: packing call: %w", what, err)
	}
	fee := bigOrZero(spec.Fee)
	allowance, err := c.Allowance(ctx, c.from, m)
	if err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	if allowance.Cmp(fee) < 0 && fee.Sign() > 0 {
		if _, err := c.call(ctx, m, data); err != nil && !errors.Is(err, ErrInsufficientAllowance) {
			return 0, nil, fmt.Errorf("%s: %w", what, err)
		}
		bal, err := c.MEMOBalance(ctx, c.from)
		if err != nil {
			return 0, nil, fmt.Errorf("%s: %w", what, err)
		}
		if bal.Cmp(fee) < 0 {
			return 0, nil, fmt.Errorf("%s: %w: %s holds %s, the fee is %s: get more MEMO first", what, ErrInsufficientBalance, c.from.Hex(), FormatMEMO(bal), FormatMEMO(fee))
		}
		if _, err := c.ApproveMEMO(ctx, m, fee); err != nil {
			return 0, nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	rcpt, err := c.transact(ctx, what, &m, data, nil)
	if err != nil {
		return 0, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := extABI.UnpackTaskPublishedEvent(l); err == nil && l.Address == m {
			return ev.TaskId.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, fmt.Errorf("%s: %w: no TaskPublished event in transaction %s", what, ErrReverted, rcpt.TxHash.Hex())
}

// Accept commits enclave, one of the client's (operator's) active enclaves,
// to task taskID: it confirms the slot the owner named the enclave for, or
// takes an open slot of a task published without named enclaves. Only a
// slot whose stake is locked (accepted, or submitted to) costs the operator
// stake if its result is missing at the deadline. Accepting locks
// MarketParams.SlotLock of the operator's stake until the slot settles; it
// fails with ErrStakeLocked when the free stake is short.
func (c *Client) Accept(ctx context.Context, taskID uint64, enclave common.Address) (*types.Receipt, error) {
	data, err := extABI.TryPackAccept(new(big.Int).SetUint64(taskID), enclave)
	return c.marketTx(ctx, "accepting task", data, err)
}

// Cancel refunds the whole fee of task taskID to its owner (the client)
// while no operator has taken on a slot (accepted, or submitted a result).
func (c *Client) Cancel(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := extABI.TryPackCancel(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "cancelling task", data, err)
}

// Sweep sends what settled task taskID holds for nobody (unclaimed users'
// pool, rounding, unearned or unsettled committee rewards) to the treasury,
// once its claim period is over. Anyone may call it.
func (c *Client) Sweep(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := extABI.TryPackSweep(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "sweeping task", data, err)
}

// SubmitResult relays enclave's result for claim.TaskID; sig is the enclave
// key's 65-byte signature over ResultClaimDigest (V 0/1 or 27/28). Any
// account may relay it. A slot its operator did not accept locks
// MarketParams.SlotLock of the operator's stake now.
func (c *Client) SubmitResult(ctx context.Context, enclave common.Address, claim ResultClaim, sig []byte) (*types.Receipt, error) {
	data, err := marketABI.TryPackSubmitResult(enclave, claim.binding(), normaliseV(sig))
	return c.marketTx(ctx, "submitting result", data, err)
}

// Earnings returns the operator pay credited to operator and not yet withdrawn.
func (c *Client) Earnings(ctx context.Context, operator common.Address) (*big.Int, error) {
	out, err := c.marketCall(ctx, "reading earnings", extABI.PackEarnings(operator))
	if err != nil {
		return nil, err
	}
	return extABI.UnpackEarnings(out)
}

// PendingUnlock returns the stake that paid slots of operator still lock,
// and how many slots: WithdrawEarnings releases it.
func (c *Client) PendingUnlock(ctx context.Context, operator common.Address) (*big.Int, uint64, error) {
	out, err := c.marketCall(ctx, "reading pending unlock", extABI.PackPendingUnlockOf(operator))
	if err != nil {
		return nil, 0, err
	}
	v, err := extABI.UnpackPendingUnlockOf(out)
	if err != nil {
		return nil, 0, fmt.Errorf("decoding pending unlock: %w", err)
	}
	return v.Amount, v.Slots.Uint64(), nil
}

// WithdrawEarnings pays the client's (operator's) credited earnings to it
// and releases the stake its paid slots locked.
func (c *Client) WithdrawEarnings(ctx context.Context) (*types.Receipt, error) {
	data, err := marketABI.TryPackWithdrawEarnings()
	return c.marketTx(ctx, "withdrawing earnings", data, err)
}

// Finalize settles a task whose results are all in and judged (every
// committee revealed, or its reveal phase over).
func (c *Client) Finalize(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := marketABI.TryPackFinalize(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "finalizing task", data, err)
}

// FinalizeBatch settles several tasks in one transaction (a keeper settling
// many: the 21k transaction cost is shared); it fails as a whole if any task
// cannot settle yet.
func (c *Client) FinalizeBatch(ctx context.Context, taskIDs []uint64) (*types.Receipt, error) {
	ids := make([]*big.Int, len(taskIDs))
	for i, id := range taskIDs {
		ids[i] = new(big.Int).SetUint64(id)
	}
	data, err := marketABI.TryPackFinalizeBatch(ids)
	return c.marketTx(ctx, "finalizing tasks", data, err)
}

// Timeout settles a task whose deadline passed with results missing.
func (c *Client) Timeout(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := marketABI.TryPackTimeout(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "timing out task", data, err)
}

// Claim pays leaf (its user, not the caller) from a settled task's users'
// pool: leaf.Amount for each paid result. proof comes from PayoutTree.Proof.
func (c *Client) Claim(ctx context.Context, taskID uint64, leaf PayoutLeaf, proof []common.Hash) (*types.Receipt, error) {
	data, err := marketABI.TryPackClaim(new(big.Int).SetUint64(taskID), new(big.Int).SetUint64(leaf.Index), leaf.User, bigOrZero(leaf.Amount), toBytes32(proof))
	return c.marketTx(ctx, "claiming payout", data, err)
}

// ClaimBatch pays several leaves of one task in one transaction (a relayer
// paying out many users: the 21k transaction cost is shared). proofs[i] is
// the proof of leaves[i]. It fails as a whole if any leaf is refused.
func (c *Client) ClaimBatch(ctx context.Context, taskID uint64, leaves []PayoutLeaf, proofs [][]common.Hash) (*types.Receipt, error) {
	if len(proofs) != len(leaves) {
		return nil, fmt.Errorf("claiming payouts: %w: %d leaves, %d proofs", ErrBatchLengthMismatch, len(leaves), len(proofs))
	}
	idx, users, amounts, ps := make([]*big.Int, len(leaves)), make([]common.Address, len(leaves)), make([]*big.Int, len(leaves)), make([][][32]byte, len(leaves))
	for i, l := range leaves {
		idx[i], users[i], amounts[i] = new(big.Int).SetUint64(l.Index), l.User, bigOrZero(l.Amount)
		ps[i] = toBytes32(proofs[i])
	}
	data, err := marketABI.TryPackClaimBatch(new(big.Int).SetUint64(taskID), idx, users, amounts, ps)
	return c.marketTx(ctx, "claiming payouts", data, err)
}

// SetMarketParams sets TaskMarket's governance parameters (governance only):
// a new version, which tasks published from then on keep.
func (c *Client) SetMarketParams(ctx context.Context, p MarketParams) (*types.Receipt, error) {
	data, err := marketABI.TryPackSetParams(p.binding())
	return c.marketTx(ctx, "setting market parameters", data, err)
}

// DefaultReexecBps is the re-execution rate a deployment starts with: one
// result in ten.
const DefaultReexecBps = 1000

// SetReexecBps sets the part of results (basis points) whose committee
// draw selects them for re-execution; governance only.
func (c *Client) SetReexecBps(ctx context.Context, bps uint16) (*types.Receipt, error) {
	data, err := marketABI.TryPackSetReexecBps(bps)
	return c.marketTx(ctx, "setting the re-execution rate", data, err)
}

// ReexecBps returns the market's re-execution rate in basis points.
func (c *Client) ReexecBps(ctx context.Context) (uint16, error) {
	out, err := c.marketCall(ctx, "reading the re-execution rate", marketABI.PackReexecBps())
	if err != nil {
		return 0, err
	}
	return marketABI.UnpackReexecBps(out)
}

// SetTreasury sets where TaskMarket sends the treasury part of slashes (governance only).
func (c *Client) SetTreasury(ctx context.Context, treasury common.Address) (*types.Receipt, error) {
	data, err := marketABI.TryPackSetTreasury(treasury)
	return c.marketTx(ctx, "setting treasury", data, err)
}

// Task returns task taskID's record (Status TaskUnknown if none).
func (c *Client) Task(ctx context.Context, taskID uint64) (Task, error) {
	out, err := c.marketCall(ctx, "reading task", extABI.PackTaskOf(new(big.Int).SetUint64(taskID)))
	if err != nil {
		return Task{}, err
	}
	t, err := extABI.UnpackTaskOf(out)
	if err != nil {
		return Task{}, fmt.Errorf("decoding task: %w", err)
	}
	return Task{
		ID: taskID, Owner: t.Owner, Status: TaskStatus(t.Status), Measurement: t.Measurement, DatasetHash: t.DatasetHash,
		Fee: t.Fee, UsersBps: t.UsersBps, VerifiersBps: t.VerifiersBps, Deadline: t.Deadline.Uint64(), VotingWindow: t.VotingWindow,
		RevealWindow: t.RevealWindow, Quorum: t.Quorum, Committee: t.Committee, Replication: t.Replication, Assigned: t.Assigned,
		Passed: t.Passed, PayoutSlot: uint8(t.PayoutResult.Uint64() - t.FirstResult.Uint64()), UsersPool: t.UsersPool,
		UsersClaimed: t.UsersClaimed, PricePerRecord: t.PricePerRecord, FirstResult: t.FirstResult.Uint64(),
		ParamsVersion: t.ParamsVersion, PublishBlock: t.PublishBlock.Uint64(), SettledBlock: t.SettledBlock.Uint64(),
		ResultKeyHash: t.ResultKeyHash, Reexecute: t.Reexecute,
	}, nil
}

// Result returns result slot index of task taskID.
func (c *Client) Result(ctx context.Context, taskID uint64, index uint8) (Result, error) {
	out, err := c.marketCall(ctx, "reading result", extABI.PackResultOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return Result{}, err
	}
	r, err := extABI.UnpackResultOf(out)
	if err != nil {
		return Result{}, fmt.Errorf("decoding result: %w", err)
	}
	return Result{
		Operator: r.R.Operator, State: ResultState(r.R.State), Drawn: r.R.Drawn, PassVotes: r.R.PassVotes, FailVotes: r.R.FailVotes,
		Revealed: r.R.Revealed, VotingEnds: r.R.VotingEnds.Uint64(), RevealEnds: r.R.RevealEnds.Uint64(), PayoutRoot: r.PayoutRoot,
		Accepted: r.R.Accepted, Reexecute: r.R.Reexecute,
	}, nil
}

// Shares returns what each result of task taskID pays when paid.
func (c *Client) Shares(ctx context.Context, taskID uint64) (Shares, error) {
	out, err := c.marketCall(ctx, "reading shares", extABI.PackSharesOf(new(big.Int).SetUint64(taskID)))
	if err != nil {
		return Shares{}, err
	}
	s, err := extABI.UnpackSharesOf(out)
	if err != nil {
		return Shares{}, fmt.Errorf("decoding shares: %w", err)
	}
	return Shares{Share: s.Share, Users: s.Users, PerVote: s.PerVote, Node: s.Node, ReexecPerVote: s.ReexecPerVote, ReexecNode: s.ReexecNode}, nil
}

// SlotOf returns enclave's result slot in task taskID and whether it is assigned.
func (c *Client) SlotOf(ctx context.Context, taskID uint64, enclave common.Address) (uint8, bool, error) {
	out, err := c.marketCall(ctx, "reading slot", extABI.PackSlotIndexOf(new(big.Int).SetUint64(taskID), enclave))
	if err != nil {
		return 0, false, err
	}
	v, err := extABI.UnpackSlotIndexOf(out)
	if err != nil {
		return 0, false, fmt.Errorf("decoding slot: %w", err)
	}
	if v.Sign() == 0 {
		return 0, false, nil
	}
	return uint8(v.Uint64() - 1), true, nil
}

// FailRewardOf returns the reward of each fail voter of a failed result.
func (c *Client) FailRewardOf(ctx context.Context, taskID uint64, index uint8) (*big.Int, error) {
	out, err := c.marketCall(ctx, "reading fail reward", extABI.PackFailRewardOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return nil, err
	}
	return extABI.UnpackFailRewardOf(out)
}

// IsClaimed reports whether payout leaf index of task taskID has been paid.
func (c *Client) IsClaimed(ctx context.Context, taskID, index uint64) (bool, error) {
	out, err := c.marketCall(ctx, "reading claim", extABI.PackIsClaimed(new(big.Int).SetUint64(taskID), new(big.Int).SetUint64(index)))
	if err != nil {
		return false, err
	}
	return extABI.UnpackIsClaimed(out)
}

// MarketParams returns TaskMarket's governance parameters in force.
func (c *Client) MarketParams(ctx context.Context) (MarketParams, error) {
	out, err := c.marketCall(ctx, "reading market parameters", marketABI.PackParams())
	if err != nil {
		return MarketParams{}, err
	}
	p, err := marketABI.UnpackParams(out)
	if err != nil {
		return MarketParams{}, fmt.Errorf("decoding market parameters: %w", err)
	}
	return paramsFromBinding(p), nil
}

// MarketParamsAt returns parameter version (the one task.ParamsVersion names).
func (c *Client) MarketParamsAt(ctx context.Context, version uint16) (MarketParams, error) {
	out, err := c.marketCall(ctx, "reading market parameters", marketABI.PackParamsAt(big.NewInt(int64(version))))
	if err != nil {
		return MarketParams{}, err
	}
	p, err := marketABI.UnpackParamsAt(out)
	if err != nil {
		return MarketParams{}, fmt.Errorf("decoding market parameters: %w", err)
	}
	return paramsFromBinding(p), nil
}

// LedgerRoot returns enclave's current ε-ledger root on TaskMarket (zero
// before its first claim): the PrevLedgerRoot its next claim must carry.
func (c *Client) LedgerRoot(ctx context.Context, enclave common.Address) (common.Hash, error) {
	out, err := c.marketCall(ctx, "reading ledger root", marketABI.PackLedgerRootOf(enclave))
	if err != nil {
		return common.Hash{}, err
	}
	return marketABI.UnpackLedgerRootOf(out)
}

// Treasury returns where TaskMarket sends the treasury part of slashes.
func (c *Client) Treasury(ctx context.Context) (common.Address, error) {
	out, err := c.marketCall(ctx, "reading treasury", marketABI.PackTreasury())
	if err != nil {
		return common.Address{}, err
	}
	return marketABI.UnpackTreasury(out)
}

// MarketDomainSeparator returns the EIP-712 domain separator TaskMarket uses.
func (c *Client) MarketDomainSeparator(ctx context.Context) (common.Hash, error) {
	out, err := c.marketCall(ctx, "reading domain separator", marketABI.PackDomainSeparator())
	if err != nil {
		return common.Hash{}, err
	}
	return marketABI.UnpackDomainSeparator(out)
}
