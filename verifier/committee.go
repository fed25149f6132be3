package verifier

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
)

// The committee steps below are what a verifier does on chain, shared by
// the daemon (Daemon, driven by chain events) and the in-process cluster
// (driven step by step): draw committees (anyone may, and several may race),
// commit ballots under a secret salt, reveal them, settle the votes. Each
// step tolerates having been done already, by someone else or by an earlier
// run of the same verifier, so that a retry is always safe.

// DrawCommittees draws the committees of those of refs whose committee is
// not drawn yet, in one transaction (nil receipt when every committee is
// drawn already). Drawing is open to anyone, so another party may win the
// race: results it drew are left out on a retry. It returns
// chain.ErrNotEnoughVerifiers when too few verifiers are staked to draw a
// committee, and chain.ErrDrawTooEarly before the block after a result's
// seed block (its submission block plus one) is the head.
func DrawCommittees(ctx context.Context, c *chain.Client, refs []chain.ResultRef) (*types.Receipt, error) {
	for range 3 {
		var undrawn []chain.ResultRef
		for _, ref := range refs {
			r, err := c.Result(ctx, ref.TaskID, ref.Index)
			if err != nil {
				return nil, fmt.Errorf("drawing committees: %w", err)
			}
			if !r.Drawn {
				undrawn = append(undrawn, ref)
			}
		}
		if len(undrawn) == 0 {
			return nil, nil
		}
		rcpt, err := c.DrawBatch(ctx, undrawn)
		if errors.Is(err, chain.ErrCommitteeDrawn) {
			continue // lost the race for some of them: draw the rest
		}
		return rcpt, err
	}
	return nil, fmt.Errorf("drawing committees: %w: others kept drawing first", chain.ErrCommitteeDrawn)
}

// DrawApprovalCommittee draws the approval committee of the current
// attestation round of enclave unless it is drawn (nil receipt then, also
// when someone else drew it first or the enclave is no longer pending).
func DrawApprovalCommittee(ctx context.Context, c *chain.Client, enclave common.Address) (*types.Receipt, error) {
	cm, err := c.EnclaveCommittee(ctx, enclave)
	if err != nil || cm.Drawn {
		return nil, err
	}
	rcpt, err := c.DrawEnclaveCommittee(ctx, enclave)
	if errors.Is(err, chain.ErrEnclaveCommitteeAlreadyDrawn) || errors.Is(err, chain.ErrEnclaveNotPending) {
		return nil, nil
	}
	return rcpt, err
}

// Commitment is a verifier's commitment to ballots: what it commits on
// chain (a hash of its address, Salt and Ballots, under ID) and must keep
// until it reveals. The salt is a secret until then: whoever learns it
// early learns the verifier's votes.
type Commitment struct {
	// ID is the commitment's id on chain (CommitID): unique per verifier.
	ID      uint64         `json:"id"`
	Salt    common.Hash    `json:"salt"`
	Ballots []chain.Ballot `json:"ballots"`
}

// CommitID is the id under which a verifier commits its ballots on results
// of market task taskID whose lowest slot is first. A result is in one
// commitment of a verifier at most, so ids never repeat.
func CommitID(taskID uint64, first uint8) uint64 { return taskID<<8 | uint64(first) }

// NewCommitment returns a commitment to ballots under a fresh random salt,
// with the id CommitID gives for them.
func NewCommitment(ballots []chain.Ballot) (Commitment, error) {
	if len(ballots) == 0 {
		return Commitment{}, fmt.Errorf("%w: a commitment needs a ballot", ErrConfig)
	}
	cm := Commitment{Ballots: slices.Clone(ballots)}
	first := ballots[0]
	for _, b := range ballots {
		if b.TaskID < first.TaskID || (b.TaskID == first.TaskID && b.Index < first.Index) {
			first = b
		}
	}
	cm.ID = CommitID(first.TaskID, first.Index)
	if _, err := rand.Read(cm.Salt[:]); err != nil {
		return Commitment{}, err
	}
	return cm, nil
}

// Refs returns the results the commitment votes on.
func (cm Commitment) Refs() []chain.ResultRef {
	out := make([]chain.ResultRef, len(cm.Ballots))
	for i, b := range cm.Ballots {
		out[i] = chain.ResultRef{TaskID: b.TaskID, Index: b.Index}
	}
	return out
}

// Seats returns those of refs whose committee has the verifier as a member.
func (v *Verifier) Seats(ctx context.Context, refs []chain.ResultRef) ([]chain.ResultRef, error) {
	var out []chain.ResultRef
	for _, ref := range refs {
		cm, err := v.cfg.Client.Committee(ctx, ref.TaskID, ref.Index)
		if err != nil {
			return nil, fmt.Errorf("reading committee of result %d of market task %d: %w", ref.Index, ref.TaskID, err)
		}
		if cm.Member(v.Address()) >= 0 {
			out = append(out, ref)
		}
	}
	return out, nil
}

// Commit commits the verifier to cm on chain, unless a commitment under
// cm.ID is there already (nil receipt then: a commitment sent by an earlier
// run that was mined after all; re-sending cm would only replace it with
// itself).
func (v *Verifier) Commit(ctx context.Context, cm Commitment) (*types.Receipt, error) {
	at, err := v.cfg.Client.Commitment(ctx, v.Address(), cm.ID)
	if err != nil || at != 0 {
		return nil, err
	}
	rcpt, err := v.cfg.Client.CommitVotes(ctx, cm.ID, cm.Salt, cm.Ballots)
	if err != nil {
		return nil, fmt.Errorf("committing votes %d: %w", cm.ID, err)
	}
	return rcpt, nil
}

// Reveal reveals cm's ballots. A reveal that is in already (sent by an
// earlier run) is not an error: it returns a nil receipt.
func (v *Verifier) Reveal(ctx context.Context, cm Commitment) (*types.Receipt, error) {
	rcpt, err := v.cfg.Client.RevealVotes(ctx, cm.ID, cm.Salt, cm.Ballots)
	if errors.Is(err, chain.ErrAlreadyRevealed) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("revealing votes %d: %w", cm.ID, err)
	}
	return rcpt, nil
}

// SettleVotes settles the verifier's seats on refs (results of settled
// tasks): it is paid for the votes that agreed with the verdict and
// penalised for the others and for the seats it never revealed. Seats
// settled already (anyone may settle anyone's votes) are left out; a nil
// receipt means none was left.
func (v *Verifier) SettleVotes(ctx context.Context, refs []chain.ResultRef) (*types.Receipt, error) {
	c := v.cfg.Client
	var open []chain.ResultRef
	for _, ref := range refs {
		vote, err := c.VoteOf(ctx, v.Address(), ref.TaskID, ref.Index)
		if err != nil {
			return nil, fmt.Errorf("settling votes: %w", err)
		}
		if vote&chain.VoteSettled == 0 {
			open = append(open, ref)
		}
	}
	if len(open) == 0 {
		return nil, nil
	}
	rcpt, err := c.SettleVotes(ctx, v.Address(), open)
	if err != nil {
		return nil, fmt.Errorf("settling votes: %w", err)
	}
	return rcpt, nil
}
