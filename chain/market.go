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
// Replication equal result shares that settle independently (pass: the
// operator's earnings, the Quorum pass voters' rewards and the users' pool
// are credited; fail: the share is refunded and the operator slashed; lapsed
// or missing: the share is refunded), and nothing is paid inside Finalize
// except the owner's refund: users Claim their leaf of the first passing
// result's payout tree once, verifiers SettleVotes, operators
// WithdrawEarnings.

// marketABI packs and unpacks TaskMarket calls.
var marketABI = bindings.NewTaskMarket()

// BasisPoints is the denominator of every split (10,000 = 100 %).
const BasisPoints = 10_000

// MaxReplication is the largest replication factor TaskMarket accepts.
const MaxReplication = 16

// TaskStatus is a task's state in TaskMarket.
type TaskStatus uint8

// Task states, as numbered by TaskMarket.TaskStatus.
const (
	TaskUnknown TaskStatus = 0
	TaskOpen    TaskStatus = 1
	TaskSettled TaskStatus = 2
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
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// ResultState is the state of one result slot of a task.
type ResultState uint8

// Result states, as numbered by TaskMarket.ResultState. Empty and Submitted
// are live; the others are set when the task settles.
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

// VoteState is a verifier's vote on one result.
type VoteState uint8

// Vote states, as stored by TaskMarket.
const (
	VoteNone    VoteState = 0
	VoteFail    VoteState = 1
	VotePass    VoteState = 2
	VoteSettled VoteState = 3
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
	// Deadline is the last block at which results are taken.
	Deadline uint64 `json:"deadline"`
	// VotingWindow is how many blocks after its submission a result can be voted on.
	VotingWindow uint32 `json:"votingWindow"`
	// Quorum is the number of agreeing verifier votes that decide a result.
	Quorum uint8 `json:"quorum"`
	// Replication is the number of result slots (independent nodes).
	Replication uint8 `json:"replication"`
	// PricePerRecord is the floor of the users' part of a result share per
	// record; nil or zero means none.
	PricePerRecord *big.Int `json:"pricePerRecord,omitempty"`
}

// Task is a task's on-chain record.
type Task struct {
	ID           uint64         `json:"id"`
	Owner        common.Address `json:"owner"`
	Status       TaskStatus     `json:"status"`
	Measurement  common.Hash    `json:"measurement"`
	DatasetHash  common.Hash    `json:"datasetHash"`
	Fee          *big.Int       `json:"fee"`
	UsersBps     uint16         `json:"usersBps"`
	VerifiersBps uint16         `json:"verifiersBps"`
	Deadline     uint64         `json:"deadline"`
	VotingWindow uint32         `json:"votingWindow"`
	Quorum       uint8          `json:"quorum"`
	Replication  uint8          `json:"replication"`
	// Assigned counts filled result slots.
	Assigned uint8 `json:"assigned"`
	// Passed counts passing results once settled; PayoutSlot is the result
	// whose payout root users claim against.
	Passed     uint8 `json:"passed"`
	PayoutSlot uint8 `json:"payoutSlot"`
	// UsersPool is what users can claim in total once settled; UsersClaimed
	// what they have.
	UsersPool      *big.Int `json:"usersPool"`
	UsersClaimed   *big.Int `json:"usersClaimed"`
	PricePerRecord *big.Int `json:"pricePerRecord"`
	// FirstResult is the global id of result slot 0; slot i is FirstResult+i.
	FirstResult uint64 `json:"firstResult"`
}

// Result is one result slot of a task.
type Result struct {
	// Operator is the assigned enclave's operator (zero while the slot is open).
	Operator  common.Address `json:"operator"`
	State     ResultState    `json:"state"`
	PassVotes uint16         `json:"passVotes"`
	FailVotes uint16         `json:"failVotes"`
	// VotingEnds is the last block at which the result takes votes.
	VotingEnds uint64      `json:"votingEnds"`
	PayoutRoot common.Hash `json:"payoutRoot"`
	// Accepted is whether the operator committed to the slot (Accept, or
	// taking an open slot); only then does a missing result cost it stake.
	Accepted bool `json:"accepted"`
}

// Shares is what each result of a task pays on pass.
type Shares struct {
	// Share is the fee divided by the replication.
	Share *big.Int `json:"share"`
	// Users is the users' part of a share, credited to the payout pool.
	Users *big.Int `json:"users"`
	// PerVote is each of the Quorum pass voters' reward.
	PerVote *big.Int `json:"perVote"`
	// Node is the operator's pay (nodes part plus rounding).
	Node *big.Int `json:"node"`
}

// MarketParams are TaskMarket's governance parameters.
type MarketParams struct {
	// NodeSlash is taken from the operator of a failing result.
	NodeSlash *big.Int `json:"nodeSlash"`
	// TimeoutSlash is taken from an assigned operator that delivered no result.
	TimeoutSlash *big.Int `json:"timeoutSlash"`
	// VerifierPenalty is taken from a verifier for each vote against a verdict.
	VerifierPenalty *big.Int `json:"verifierPenalty"`
	// SlashOwnerBps is the task owner's part of a node slash.
	SlashOwnerBps uint16 `json:"slashOwnerBps"`
	// SlashVerifiersBps is the fail voters' part of a failing result's slash.
	SlashVerifiersBps uint16 `json:"slashVerifiersBps"`
	// MinQuorum is the smallest quorum a task may ask for.
	MinQuorum uint8 `json:"minQuorum"`
	// MaxVotingWindow is the longest voting window a task may ask for, in blocks.
	MaxVotingWindow uint32 `json:"maxVotingWindow"`
	// MaxDuration is the most blocks a task's deadline may lie after its publish block.
	MaxDuration uint32 `json:"maxDuration"`
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

// MinUnbondingDelay is the shortest unbonding delay these parameters allow:
// the longest a result slot can stay open (MaxDuration to the deadline,
// then MaxVotingWindow). TaskMarket refuses parameters the Staking delay
// does not cover, and Staking then refuses a shorter delay.
func (p MarketParams) MinUnbondingDelay() uint64 {
	return uint64(p.MaxDuration) + uint64(p.MaxVotingWindow)
}

func (p MarketParams) binding() bindings.TaskMarketParams {
	return bindings.TaskMarketParams{
		NodeSlash: bigOrZero(p.NodeSlash), TimeoutSlash: bigOrZero(p.TimeoutSlash), VerifierPenalty: bigOrZero(p.VerifierPenalty),
		SlashOwnerBps: p.SlashOwnerBps, SlashVerifiersBps: p.SlashVerifiersBps, MinQuorum: p.MinQuorum, MaxVotingWindow: p.MaxVotingWindow,
		MaxDuration: p.MaxDuration,
	}
}

// ResultRef names one result slot of a task.
type ResultRef struct {
	TaskID uint64 `json:"taskId"`
	Index  uint8  `json:"index"`
}

// Ballot is one vote of a VoteBatch.
type Ballot struct {
	TaskID uint64 `json:"taskId"`
	Index  uint8  `json:"index"`
	Pass   bool   `json:"pass"`
}

func (s TaskSpec) binding() bindings.TaskMarketTaskSpec {
	enclaves := s.Enclaves
	if enclaves == nil {
		enclaves = []common.Address{}
	}
	return bindings.TaskMarketTaskSpec{
		Measurement: s.Measurement, DatasetHash: s.DatasetHash, Enclaves: enclaves, Fee: bigOrZero(s.Fee),
		UsersBps: s.Split.UsersBps, NodesBps: s.Split.NodesBps, VerifiersBps: s.Split.VerifiersBps,
		Deadline: new(big.Int).SetUint64(s.Deadline), VotingWindow: s.VotingWindow, Quorum: s.Quorum, Replication: s.Replication,
		PricePerRecord: bigOrZero(s.PricePerRecord),
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
// is sent, then approves exactly the fee. The id comes from the
// TaskPublished event of the receipt read once it has SendConfig.Confirmations
// blocks on top, so a reorg that reorders publishes before then cannot hand
// back another task's id.
func (c *Client) Publish(ctx context.Context, spec TaskSpec) (uint64, *types.Receipt, error) {
	const what = "publishing task"
	m, err := c.market()
	if err != nil {
		return 0, nil, fmt.Errorf("%s: %w", what, err)
	}
	data, err := marketABI.TryPackPublish(spec.binding())
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
		if ev, err := marketABI.UnpackTaskPublishedEvent(l); err == nil && l.Address == m {
			return ev.TaskId.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, fmt.Errorf("%s: %w: no TaskPublished event in transaction %s", what, ErrReverted, rcpt.TxHash.Hex())
}

// Accept commits enclave, one of the client's (operator's) active enclaves,
// to task taskID: it confirms the slot the owner named the enclave for, or
// takes an open slot of a task published without named enclaves. Only an
// accepted slot costs the operator stake if its result is missing at the
// deadline. Accepting locks MarketParams.SlotLock of the operator's stake
// until the slot settles; it fails with ErrStakeLocked when the free stake
// is short.
func (c *Client) Accept(ctx context.Context, taskID uint64, enclave common.Address) (*types.Receipt, error) {
	data, err := marketABI.TryPackAccept(new(big.Int).SetUint64(taskID), enclave)
	return c.marketTx(ctx, "accepting task", data, err)
}

// SubmitResult relays enclave's result for claim.TaskID; sig is the enclave
// key's 65-byte signature over ResultClaimDigest (V 0/1 or 27/28). Any
// account may relay it.
func (c *Client) SubmitResult(ctx context.Context, enclave common.Address, claim ResultClaim, sig []byte) (*types.Receipt, error) {
	data, err := marketABI.TryPackSubmitResult(enclave, claim.binding(), normaliseV(sig))
	return c.marketTx(ctx, "submitting result", data, err)
}

// Vote records the client's (staked verifier's) vote on a result.
func (c *Client) Vote(ctx context.Context, taskID uint64, index uint8, pass bool) (*types.Receipt, error) {
	data, err := marketABI.TryPackVote(new(big.Int).SetUint64(taskID), big.NewInt(int64(index)), pass)
	return c.marketTx(ctx, "voting", data, err)
}

// VoteBatch records several votes in one transaction; it fails as a whole
// if any vote is refused.
func (c *Client) VoteBatch(ctx context.Context, ballots []Ballot) (*types.Receipt, error) {
	ids, idx, pass := make([]*big.Int, len(ballots)), make([]*big.Int, len(ballots)), make([]bool, len(ballots))
	for i, b := range ballots {
		ids[i], idx[i], pass[i] = new(big.Int).SetUint64(b.TaskID), big.NewInt(int64(b.Index)), b.Pass
	}
	data, err := marketABI.TryPackVoteBatch(ids, idx, pass)
	return c.marketTx(ctx, "voting in batch", data, err)
}

// Earnings returns the operator pay credited to operator and not yet withdrawn.
func (c *Client) Earnings(ctx context.Context, operator common.Address) (*big.Int, error) {
	out, err := c.marketCall(ctx, "reading earnings", marketABI.PackEarnings(operator))
	if err != nil {
		return nil, err
	}
	return marketABI.UnpackEarnings(out)
}

// WithdrawEarnings pays the client's (operator's) credited earnings to it.
func (c *Client) WithdrawEarnings(ctx context.Context) (*types.Receipt, error) {
	data, err := marketABI.TryPackWithdrawEarnings()
	return c.marketTx(ctx, "withdrawing earnings", data, err)
}

// Finalize settles a task whose results are all in.
func (c *Client) Finalize(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := marketABI.TryPackFinalize(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "finalizing task", data, err)
}

// Timeout settles a task whose deadline passed with results missing.
func (c *Client) Timeout(ctx context.Context, taskID uint64) (*types.Receipt, error) {
	data, err := marketABI.TryPackTimeout(new(big.Int).SetUint64(taskID))
	return c.marketTx(ctx, "timing out task", data, err)
}

// Claim pays leaf (its user, not the caller) from a settled task's users'
// pool: leaf.Amount for each passing result. proof comes from PayoutTree.Proof.
func (c *Client) Claim(ctx context.Context, taskID uint64, leaf PayoutLeaf, proof []common.Hash) (*types.Receipt, error) {
	p := make([][32]byte, len(proof))
	for i, h := range proof {
		p[i] = h
	}
	data, err := marketABI.TryPackClaim(new(big.Int).SetUint64(taskID), new(big.Int).SetUint64(leaf.Index), leaf.User, bigOrZero(leaf.Amount), p)
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
		ps[i] = make([][32]byte, len(proofs[i]))
		for k, h := range proofs[i] {
			ps[i][k] = h
		}
	}
	data, err := marketABI.TryPackClaimBatch(new(big.Int).SetUint64(taskID), idx, users, amounts, ps)
	return c.marketTx(ctx, "claiming payouts", data, err)
}

// SettleVotes pays verifier for its votes on settled results that agreed
// with the verdict and takes the verifier penalty for those that did not.
// Anyone may settle anyone's votes.
func (c *Client) SettleVotes(ctx context.Context, verifier common.Address, refs []ResultRef) (*types.Receipt, error) {
	ids, idx := make([]*big.Int, len(refs)), make([]*big.Int, len(refs))
	for i, r := range refs {
		ids[i], idx[i] = new(big.Int).SetUint64(r.TaskID), big.NewInt(int64(r.Index))
	}
	data, err := marketABI.TryPackSettleVotes(verifier, ids, idx)
	return c.marketTx(ctx, "settling votes", data, err)
}

// SetMarketParams sets TaskMarket's governance parameters (governance only).
func (c *Client) SetMarketParams(ctx context.Context, p MarketParams) (*types.Receipt, error) {
	data, err := marketABI.TryPackSetParams(p.binding())
	return c.marketTx(ctx, "setting market parameters", data, err)
}

// SetTreasury sets where TaskMarket sends the treasury part of slashes (governance only).
func (c *Client) SetTreasury(ctx context.Context, treasury common.Address) (*types.Receipt, error) {
	data, err := marketABI.TryPackSetTreasury(treasury)
	return c.marketTx(ctx, "setting treasury", data, err)
}

// Task returns task taskID's record (Status TaskUnknown if none).
func (c *Client) Task(ctx context.Context, taskID uint64) (Task, error) {
	out, err := c.marketCall(ctx, "reading task", marketABI.PackTaskOf(new(big.Int).SetUint64(taskID)))
	if err != nil {
		return Task{}, err
	}
	t, err := marketABI.UnpackTaskOf(out)
	if err != nil {
		return Task{}, fmt.Errorf("decoding task: %w", err)
	}
	return Task{
		ID: taskID, Owner: t.Owner, Status: TaskStatus(t.Status), Measurement: t.Measurement, DatasetHash: t.DatasetHash,
		Fee: t.Fee, UsersBps: t.UsersBps, VerifiersBps: t.VerifiersBps, Deadline: t.Deadline.Uint64(), VotingWindow: t.VotingWindow,
		Quorum: t.Quorum, Replication: t.Replication, Assigned: t.Assigned, Passed: t.Passed,
		PayoutSlot: uint8(t.PayoutResult.Uint64() - t.FirstResult.Uint64()), UsersPool: t.UsersPool, UsersClaimed: t.UsersClaimed,
		PricePerRecord: t.PricePerRecord, FirstResult: t.FirstResult.Uint64(),
	}, nil
}

// Result returns result slot index of task taskID.
func (c *Client) Result(ctx context.Context, taskID uint64, index uint8) (Result, error) {
	out, err := c.marketCall(ctx, "reading result", marketABI.PackResultOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return Result{}, err
	}
	r, err := marketABI.UnpackResultOf(out)
	if err != nil {
		return Result{}, fmt.Errorf("decoding result: %w", err)
	}
	return Result{
		Operator: r.R.Operator, State: ResultState(r.R.State), PassVotes: r.R.PassVotes, FailVotes: r.R.FailVotes,
		VotingEnds: r.R.VotingEnds.Uint64(), PayoutRoot: r.PayoutRoot, Accepted: r.R.Accepted,
	}, nil
}

// Shares returns what each result of task taskID pays on pass.
func (c *Client) Shares(ctx context.Context, taskID uint64) (Shares, error) {
	out, err := c.marketCall(ctx, "reading shares", marketABI.PackSharesOf(new(big.Int).SetUint64(taskID)))
	if err != nil {
		return Shares{}, err
	}
	s, err := marketABI.UnpackSharesOf(out)
	if err != nil {
		return Shares{}, fmt.Errorf("decoding shares: %w", err)
	}
	return Shares{Share: s.Share, Users: s.Users, PerVote: s.PerVote, Node: s.Node}, nil
}

// SlotOf returns enclave's result slot in task taskID and whether it is assigned.
func (c *Client) SlotOf(ctx context.Context, taskID uint64, enclave common.Address) (uint8, bool, error) {
	out, err := c.marketCall(ctx, "reading slot", marketABI.PackSlotIndexOf(new(big.Int).SetUint64(taskID), enclave))
	if err != nil {
		return 0, false, err
	}
	v, err := marketABI.UnpackSlotIndexOf(out)
	if err != nil {
		return 0, false, fmt.Errorf("decoding slot: %w", err)
	}
	if v.Sign() == 0 {
		return 0, false, nil
	}
	return uint8(v.Uint64() - 1), true, nil
}

// VoteOf returns verifier's vote on a result.
func (c *Client) VoteOf(ctx context.Context, verifier common.Address, taskID uint64, index uint8) (VoteState, error) {
	out, err := c.marketCall(ctx, "reading vote", marketABI.PackVoteOf(verifier, new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return 0, err
	}
	v, err := marketABI.UnpackVoteOf(out)
	if err != nil {
		return 0, fmt.Errorf("decoding vote: %w", err)
	}
	return VoteState(v), nil
}

// FailRewardOf returns the reward of each fail voter of a failed result.
func (c *Client) FailRewardOf(ctx context.Context, taskID uint64, index uint8) (*big.Int, error) {
	out, err := c.marketCall(ctx, "reading fail reward", marketABI.PackFailRewardOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return nil, err
	}
	return marketABI.UnpackFailRewardOf(out)
}

// IsClaimed reports whether payout leaf index of task taskID has been paid.
func (c *Client) IsClaimed(ctx context.Context, taskID, index uint64) (bool, error) {
	out, err := c.marketCall(ctx, "reading claim", marketABI.PackIsClaimed(new(big.Int).SetUint64(taskID), new(big.Int).SetUint64(index)))
	if err != nil {
		return false, err
	}
	return marketABI.UnpackIsClaimed(out)
}

// MarketParams returns TaskMarket's governance parameters.
func (c *Client) MarketParams(ctx context.Context) (MarketParams, error) {
	out, err := c.marketCall(ctx, "reading market parameters", marketABI.PackParams())
	if err != nil {
		return MarketParams{}, err
	}
	p, err := marketABI.UnpackParams(out)
	if err != nil {
		return MarketParams{}, fmt.Errorf("decoding market parameters: %w", err)
	}
	return MarketParams{
		NodeSlash: p.NodeSlash, TimeoutSlash: p.TimeoutSlash, VerifierPenalty: p.VerifierPenalty,
		SlashOwnerBps: p.SlashOwnerBps, SlashVerifiersBps: p.SlashVerifiersBps, MinQuorum: p.MinQuorum, MaxVotingWindow: p.MaxVotingWindow,
		MaxDuration: p.MaxDuration,
	}, nil
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
