package company

import (
	"context"
	"crypto/hpke"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// Opened is a result the owner opened.
type Opened struct {
	// Slot is the result slot it came from, State that slot's state on
	// chain when opened.
	Slot     int
	State    chain.ResultState
	Evidence *nodeapi.Evidence
	// Plaintext is the canonical parameter encoding of a training task's
	// model (train.Params.UnmarshalBinary reads it), or a wasm module's
	// output; Model the decoded model of a training task (nil for a wasm
	// task).
	Plaintext []byte
	Model     *train.Model
	// Skipped says, per slot passed over, why.
	Skipped []string
}

// resultOrder ranks settled and live slot states: a passed result first,
// then one that settled without a verdict, then one still being judged.
var resultOrder = []chain.ResultState{chain.ResultPassed, chain.ResultLapsed, chain.ResultSubmitted}

// OpenResult fetches the evidence of the best result the market holds for
// the task (passed, else lapsed, else submitted and not yet judged; never
// a failed one), checks it, and decrypts the model with the owner's
// result key. Checks: the enclave's claim verifies (signatures, output
// hash, federation lineage, market claim) and names this task, its
// enclave, measurement, market task, result key and (wasm) limits; the market task
// commits to this document and key; the slot's payout root on chain is
// the claim's. A slot that fails a check is passed over, saying why.
func OpenResult(ctx context.Context, m Tracker, t *nodeapi.Task, key hpke.PrivateKey, clients Clients) (*Opened, error) {
	if t.MarketID == 0 {
		return nil, fmt.Errorf("%w: task %s has no market task", ErrWorkload, t.ID)
	}
	if string(key.PublicKey().Bytes()) != string(t.ResultKey) {
		return nil, fmt.Errorf("%w: the home's result key is not the one task %s encrypts to", ErrHome, t.ID)
	}
	mt, err := m.Task(ctx, t.MarketID)
	if err != nil {
		return nil, err
	}
	if mt.DatasetHash != t.ID || mt.Measurement != t.Measurement || mt.Owner != t.Owner || mt.ResultKeyHash != chain.ResultKeyHash(t.ResultKey) {
		return nil, fmt.Errorf("%w: market task %d is not task %s (document, measurement, owner or result key differ)", ErrNoResult, t.MarketID, t.ID)
	}
	slots := make([]chain.Result, len(t.Assignments))
	for i := range t.Assignments {
		if slots[i], err = m.Result(ctx, t.MarketID, uint8(i)); err != nil {
			return nil, err
		}
	}
	out := &Opened{}
	for _, want := range resultOrder {
		for i, a := range t.Assignments {
			if slots[i].State != want {
				continue
			}
			ev, pt, err := openSlot(ctx, t, a, slots[i], key, clients)
			if err != nil {
				out.Skipped = append(out.Skipped, fmt.Sprintf("slot %d (%s, %s): %v", i, a.Enclave, want, err))
				continue
			}
			out.Slot, out.State, out.Evidence, out.Plaintext = i, want, ev, pt
			if t.Wasm != nil {
				return out, nil // the module's output, as it wrote it
			}
			var p train.Params
			if err := p.UnmarshalBinary(pt); err != nil {
				return nil, fmt.Errorf("decoding the model of slot %d: %w", i, err)
			}
			s := t.Spec
			out.Model = &train.Model{Kind: s.Model, Features: s.Features, Hidden: s.Hidden, Classes: s.Classes, Params: p}
			return out, nil
		}
	}
	var states []string
	for i, r := range slots {
		states = append(states, fmt.Sprintf("slot %d %s", i, r.State))
	}
	msg := strings.Join(states, ", ")
	if len(out.Skipped) > 0 {
		msg += "; " + strings.Join(out.Skipped, "; ")
	}
	return nil, fmt.Errorf("%w for market task %d: %s", ErrNoResult, t.MarketID, msg)
}

func openSlot(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment, onchain chain.Result, key hpke.PrivateKey, clients Clients) (*nodeapi.Evidence, []byte, error) {
	api, err := clients(a.Node)
	if err != nil {
		return nil, nil, err
	}
	ev, err := api.Evidence(ctx, t.ID)
	if err != nil {
		return nil, nil, err
	}
	r := ev.Result
	if err := r.VerifyClaim(); err != nil {
		return nil, nil, err
	}
	switch {
	case r.Task != t.ID || r.Enclave != a.Enclave:
		return nil, nil, fmt.Errorf("the node published enclave %s's result for %s", r.Enclave, r.Task)
	case r.Measurement != t.Measurement:
		return nil, nil, fmt.Errorf("result of measurement %s, the task's is %s", r.Measurement, t.Measurement)
	case r.ResultKeyHash != chain.ResultKeyHash(t.ResultKey):
		return nil, nil, fmt.Errorf("result encrypted to another key")
	case r.InputCommitment != t.InputCommitment:
		return nil, nil, fmt.Errorf("trained from input %s, the task commits to %s", r.InputCommitment, t.InputCommitment)
	case r.ConfigHash != t.ConfigHash():
		return nil, nil, fmt.Errorf("the module ran under limits %s, the task's are %s", r.ConfigHash.TerminalString(), t.ConfigHash().TerminalString())
	case r.MarketClaim == nil || r.Market != t.Market || r.MarketClaim.TaskID != t.MarketID:
		return nil, nil, fmt.Errorf("no claim for market task %d", t.MarketID)
	case onchain.PayoutRoot != r.MarketClaim.PayoutRoot:
		return nil, nil, fmt.Errorf("the payout root on chain is not the result's")
	}
	pt, err := enclave.OpenResult(key, r)
	if err != nil {
		return nil, nil, err
	}
	return ev, pt, nil
}

// ModelHash is the SHA-256 of an opened result's plaintext, as the
// enclave's claim names it.
func (o *Opened) ModelHash() common.Hash { return o.Evidence.Result.ModelHash }
