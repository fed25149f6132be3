package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// A result's committee, step by step:
//
//  1. Draw (anyone, in a block after the result's submission block, up to
//     Result.VotingEnds): the committee is drawn from the staked verifiers in
//     proportion to stake, excluding the task owner and the node's operator,
//     and each member's MarketParams.MemberLock is locked.
//  2. CommitVotes (each member, up to VotingEnds): a hash over its ballots and
//     a secret salt; one commitment can cover many results (a batch).
//  3. RevealVotes (each member, in the RevealWindow blocks after VotingEnds):
//     the same ballots and salt.
//  4. Finalize once every member revealed or RevealEnds passed; SettleVotes
//     then pays or penalises each member and releases its lock.

// Ballot is one committee vote on a result.
type Ballot struct {
	TaskID uint64 `json:"taskId"`
	Index  uint8  `json:"index"`
	Pass   bool   `json:"pass"`
}

// Committee is the drawn committee of a result (empty until drawn).
type Committee struct {
	Members []common.Address `json:"members"`
	// Votes are the members' revealed votes (VoteNone until revealed, plus
	// VoteSettled once settled).
	Votes []VoteState `json:"votes"`
}

// Member returns verifier's position in the committee, or -1.
func (c Committee) Member(verifier common.Address) int {
	for i, m := range c.Members {
		if m == verifier {
			return i
		}
	}
	return -1
}

// Draw draws the committee of result index of task taskID. Anyone may call
// it, in a block after the submission's and up to the result's VotingEnds;
// the seed is the drawing block's prevrandao.
func (c *Client) Draw(ctx context.Context, taskID uint64, index uint8) (*types.Receipt, error) {
	data, err := marketABI.TryPackDraw(new(big.Int).SetUint64(taskID), big.NewInt(int64(index)))
	return c.marketTx(ctx, "drawing committee", data, err)
}

// DrawBatch draws several results' committees in one transaction.
func (c *Client) DrawBatch(ctx context.Context, refs []ResultRef) (*types.Receipt, error) {
	ids, idx := refArgs(refs)
	data, err := marketABI.TryPackDrawBatch(ids, idx)
	return c.marketTx(ctx, "drawing committees", data, err)
}

// BallotCommitment is the commitment TaskMarket.commitVotes stores and
// revealVotes checks: keccak256(abi.encode(verifier, salt, ballots)), a
// ballot being a global result id (Task.ResultID) shifted left by one, plus
// 1 for pass.
func BallotCommitment(verifier common.Address, salt common.Hash, resultIDs []uint64, passes []bool) common.Hash {
	b, err := commitmentArgs.Pack(verifier, salt, packBallots(resultIDs, passes))
	if err != nil {
		panic(fmt.Sprintf("chain: packing a ballot commitment: %v", err)) // fixed, valid types
	}
	return crypto.Keccak256Hash(b)
}

// packBallots encodes ballots as revealVotes takes them.
func packBallots(resultIDs []uint64, passes []bool) []*big.Int {
	out := make([]*big.Int, len(resultIDs))
	for i, id := range resultIDs {
		v := new(big.Int).Lsh(new(big.Int).SetUint64(id), 1)
		if passes[i] {
			v.SetBit(v, 0, 1)
		}
		out[i] = v
	}
	return out
}

var commitmentArgs = func() abi.Arguments {
	mk := func(s string) abi.Type {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return t
	}
	return abi.Arguments{{Type: mk("address")}, {Type: mk("bytes32")}, {Type: mk("uint256[]")}}
}()

// CommitVotes commits the client's (a committee member's) ballots under
// commitID with a secret salt; reveal them with RevealVotes and the same
// ballots, commitID and salt once the results' commit phases are over.
// Committing again under the same commitID replaces the commitment.
func (c *Client) CommitVotes(ctx context.Context, commitID uint64, salt common.Hash, ballots []Ballot) (*types.Receipt, error) {
	ids, passes, err := c.ballotIDs(ctx, ballots)
	if err != nil {
		return nil, fmt.Errorf("committing votes: %w", err)
	}
	data, err := marketABI.TryPackCommitVotes(new(big.Int).SetUint64(commitID), BallotCommitment(c.from, salt, ids, passes))
	return c.marketTx(ctx, "committing votes", data, err)
}

// RevealVotes reveals the ballots committed under commitID.
func (c *Client) RevealVotes(ctx context.Context, commitID uint64, salt common.Hash, ballots []Ballot) (*types.Receipt, error) {
	ids, passes, err := c.ballotIDs(ctx, ballots)
	if err != nil {
		return nil, fmt.Errorf("revealing votes: %w", err)
	}
	data, err := marketABI.TryPackRevealVotes(new(big.Int).SetUint64(commitID), salt, packBallots(ids, passes))
	return c.marketTx(ctx, "revealing votes", data, err)
}

// ballotIDs maps ballots to global result ids (reading each task once).
func (c *Client) ballotIDs(ctx context.Context, ballots []Ballot) ([]uint64, []bool, error) {
	first := map[uint64]uint64{}
	ids, passes := make([]uint64, len(ballots)), make([]bool, len(ballots))
	for i, b := range ballots {
		f, ok := first[b.TaskID]
		if !ok {
			t, err := c.Task(ctx, b.TaskID)
			if err != nil {
				return nil, nil, err
			}
			if t.Status == TaskUnknown {
				return nil, nil, ruleError("UnknownTask", ErrUnknownTask, fmt.Sprintf("task %d does not exist: check the task id", b.TaskID))
			}
			f = t.FirstResult
			first[b.TaskID] = f
		}
		ids[i], passes[i] = f+uint64(b.Index), b.Pass
	}
	return ids, passes, nil
}

// Committee returns the committee of result index of task taskID.
func (c *Client) Committee(ctx context.Context, taskID uint64, index uint8) (Committee, error) {
	out, err := c.marketCall(ctx, "reading committee", extABI.PackCommitteeOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return Committee{}, err
	}
	v, err := extABI.UnpackCommitteeOf(out)
	if err != nil {
		return Committee{}, fmt.Errorf("decoding committee: %w", err)
	}
	cm := Committee{Members: v.Members, Votes: make([]VoteState, len(v.Votes))}
	for i, x := range v.Votes {
		cm.Votes[i] = VoteState(x)
	}
	return cm, nil
}

// VoteOf returns verifier's vote on a result as a member of its committee
// (VoteNone also when it is not a member).
func (c *Client) VoteOf(ctx context.Context, verifier common.Address, taskID uint64, index uint8) (VoteState, error) {
	cm, err := c.Committee(ctx, taskID, index)
	if err != nil {
		return 0, err
	}
	if i := cm.Member(verifier); i >= 0 {
		return cm.Votes[i], nil
	}
	return VoteNone, nil
}

// Commitment returns the block at which verifier committed under commitID
// (0: no commitment).
func (c *Client) Commitment(ctx context.Context, verifier common.Address, commitID uint64) (uint64, error) {
	out, err := c.marketCall(ctx, "reading commitment", extABI.PackCommitmentOf(verifier, new(big.Int).SetUint64(commitID)))
	if err != nil {
		return 0, err
	}
	v, err := extABI.UnpackCommitmentOf(out)
	if err != nil {
		return 0, fmt.Errorf("decoding commitment: %w", err)
	}
	return v.AtBlock, nil
}

// SettleVotes settles verifier's committee seats on results of settled
// tasks: pays the votes that agreed with the verdict (any revealed vote on a
// result without one), takes VerifierPenalty for votes against a verdict
// and SilencePenalty for seats never revealed, and releases the stake the
// seats locked. Anyone may settle anyone's votes.
func (c *Client) SettleVotes(ctx context.Context, verifier common.Address, refs []ResultRef) (*types.Receipt, error) {
	ids, idx := refArgs(refs)
	data, err := marketABI.TryPackSettleVotes(verifier, ids, idx)
	return c.marketTx(ctx, "settling votes", data, err)
}

func refArgs(refs []ResultRef) (ids, idx []*big.Int) {
	ids, idx = make([]*big.Int, len(refs)), make([]*big.Int, len(refs))
	for i, r := range refs {
		ids[i], idx[i] = new(big.Int).SetUint64(r.TaskID), big.NewInt(int64(r.Index))
	}
	return ids, idx
}
