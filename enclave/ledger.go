package enclave

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/train"
)

// The ε ledger and the chain.
//
// An enclave's ε ledger (ε spent per dataset under the dataset's grant to
// this enclave, and the tasks it charged) is committed on chain: TaskMarket
// holds one root per enclave, every result claim moves it from the
// claim's PrevLedgerRoot to its LedgerRoot, and TaskMarket.advanceLedger
// moves it for charges whose claim will not reach the market. Before a
// task charges anything, the enclave reads that root (Sim.ledgerReady):
//
//   - equal to its own: the ledger is current, the task may charge;
//   - equal to the root it last confirmed, its own ahead: charges of one
//     task are pending. Re-running that same task (a node that crashed
//     before it submitted) recomputes the same charges from the confirmed
//     ledger; any other task waits until the pending charges are on chain
//     (ErrLedgerPending: submit the claim, or LedgerAdvance);
//   - anything else: the enclave's state is older than the chain's record
//     (an old sealed blob, or a ledger rebuilt empty), and it refuses to
//     charge from it (ErrLedgerRollback).
//
// A task charged in the confirmed ledger is never charged again
// (ErrReplay). The ledger before a task is published with its result
// (Result.PrevLedger), so verifiers audit every charge against the roots
// and the grants' budgets (LedgerState.Charge).

var (
	// ErrLedgerRollback is returned when the ε-ledger root on chain is not
	// one this enclave's state leads to: its state is older than the
	// chain's record (an old sealed blob) and it charges nothing from it.
	ErrLedgerRollback = errors.New("enclave's ε ledger is older than the chain's record")
	// ErrLedgerPending is returned when another task's charges are not yet
	// on chain; submit that task's claim or the enclave's LedgerAdvance.
	ErrLedgerPending = errors.New("ε charges of another task are not yet on chain")
	// ErrReplay is returned when a task was already charged by this
	// enclave: a (task, dataset) pair is charged and claimed once.
	ErrReplay = errors.New("task already charged by this enclave")
	// ErrLedgerAudit is returned when a published ledger does not match a
	// claim's roots, or a charge exceeds its grant's budget.
	ErrLedgerAudit = errors.New("ε ledger does not match the claim")
)

// ledgerDomain starts the encoding a ledger root hashes.
const ledgerDomain = "memo-compute/enclave/ledger/v1"

// LedgerState is an enclave's ε ledger as it publishes it: the ε spent per
// dataset under its grant to this enclave, and the keys of the tasks it
// charged (LedgerTaskKey), sorted. Its Root is what TaskMarket holds for
// the enclave.
type LedgerState struct {
	Spent map[common.Hash]float64 `json:"spent"`
	Tasks []common.Hash           `json:"tasks"`
}

// Root is keccak256 of the ledger domain, each dataset (sorted) with the
// bits of its ε, the task count and the task keys; zero for an empty
// ledger, the root TaskMarket holds before an enclave's first claim.
func (l *LedgerState) Root() common.Hash {
	if l == nil || (len(l.Spent) == 0 && len(l.Tasks) == 0) {
		return common.Hash{}
	}
	b := make([]byte, 0, len(ledgerDomain)+8+len(l.Spent)*40+len(l.Tasks)*32)
	b = append(b, ledgerDomain...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(l.Spent)))
	for _, d := range slices.SortedFunc(maps.Keys(l.Spent), common.Hash.Cmp) {
		b = append(b, d[:]...)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(l.Spent[d]))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(l.Tasks)))
	for _, t := range l.Tasks {
		b = append(b, t[:]...)
	}
	return crypto.Keccak256Hash(b)
}

// Charged reports whether task (a LedgerTaskKey) is in the ledger.
func (l *LedgerState) Charged(task common.Hash) bool {
	_, ok := slices.BinarySearchFunc(l.Tasks, task, common.Hash.Cmp)
	return ok
}

// Charge returns the ledger after task charged each usage's ε to its
// dataset, exactly as the enclave adds it. budgets, if not nil, maps each
// dataset to its grant's ε budget; a charge that takes a dataset over it
// fails with ErrLedgerAudit, as does a task already charged.
func (l *LedgerState) Charge(task common.Hash, usage []Usage, budgets map[common.Hash]float64) (*LedgerState, error) {
	if l.Charged(task) {
		return nil, fmt.Errorf("%w: %w: task %s", ErrLedgerAudit, ErrReplay, task.TerminalString())
	}
	next := &LedgerState{Spent: maps.Clone(l.Spent), Tasks: slices.Clone(l.Tasks)}
	if next.Spent == nil {
		next.Spent = map[common.Hash]float64{}
	}
	if !slices.ContainsFunc(usage, func(u Usage) bool { return u.Epsilon > 0 }) {
		return next, nil // nothing charged (no DP): the task leaves no mark
	}
	for _, u := range usage {
		if !finite(u.Epsilon) || u.Epsilon < 0 {
			return nil, fmt.Errorf("%w: dataset %s charged ε %v", ErrLedgerAudit, u.Dataset.TerminalString(), u.Epsilon)
		}
		next.Spent[u.Dataset] += u.Epsilon
		if budgets == nil {
			continue
		}
		if b, ok := budgets[u.Dataset]; !ok || next.Spent[u.Dataset] > b {
			return nil, fmt.Errorf("%w: dataset %s has spent ε %.6g of a budget of %.6g", ErrLedgerAudit, u.Dataset.TerminalString(), next.Spent[u.Dataset], b)
		}
	}
	i, _ := slices.BinarySearchFunc(next.Tasks, task, common.Hash.Cmp)
	next.Tasks = slices.Insert(next.Tasks, i, task)
	return next, nil
}

// Audit checks a result's published ledger: its root is the claim's
// PrevLedgerRoot, and charging the result's own usage to it gives the
// claim's LedgerRoot without taking any dataset over its budget.
func Audit(r *Result, budgets map[common.Hash]float64) error {
	if r.PrevLedger == nil {
		return fmt.Errorf("%w: the result publishes no ledger", ErrLedgerAudit)
	}
	if got := r.PrevLedger.Root(); got != r.PrevLedgerRoot {
		return fmt.Errorf("%w: the published ledger's root is %s, the claim continues %s", ErrLedgerAudit, got.TerminalString(), r.PrevLedgerRoot.TerminalString())
	}
	next, err := r.PrevLedger.Charge(LedgerTaskKey(r.Market, r.MarketTaskID(), r.Task), r.Usage, budgets)
	if err != nil {
		return err
	}
	if got := next.Root(); got != r.LedgerRoot {
		return fmt.Errorf("%w: the claim's charges lead to root %s, the claim names %s", ErrLedgerAudit, got.TerminalString(), r.LedgerRoot.TerminalString())
	}
	return nil
}

// LedgerTaskKey names a task in ε ledgers: keccak256 of the TaskMarket
// address and the market task id for a market task (whatever id its host
// gives it), the task id itself otherwise.
func LedgerTaskKey(market common.Address, marketID uint64, id common.Hash) common.Hash {
	if market == (common.Address{}) {
		return id
	}
	return crypto.Keccak256Hash(market[:], common.BigToHash(new(big.Int).SetUint64(marketID)).Bytes())
}

// MarketTaskID returns the market task id of the result's claim (0 when it
// has none).
func (r *Result) MarketTaskID() uint64 {
	if r.MarketClaim == nil {
		return 0
	}
	return r.MarketClaim.TaskID
}

// ledgerState returns the enclave's current ledger. Callers hold s.mu.
func (s *Sim) ledgerState() *LedgerState {
	return ledgerStateOf(s.ledger, s.tasks)
}

func ledgerStateOf(l *train.Ledger, tasks map[common.Hash]bool) *LedgerState {
	st := &LedgerState{Spent: map[common.Hash]float64{}, Tasks: slices.SortedFunc(maps.Keys(tasks), common.Hash.Cmp)}
	for u, e := range l.Snapshot() {
		st.Spent[common.HexToHash(u)] = e
	}
	return st
}

// ledgerReady checks the enclave's ledger against the root TaskMarket
// holds for it before task (its LedgerTaskKey) charges anything, and
// returns the ledger the task charges from (see the comment at the top of
// this file).
func (s *Sim) ledgerReady(ctx context.Context, task common.Hash) (*LedgerState, error) {
	onChain, err := s.cfg.Chain.LedgerRoot(ctx, s.Address())
	if err != nil {
		return nil, fmt.Errorf("%w: reading the ε-ledger root: %w", ErrChain, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	local := s.ledgerState()
	switch root := local.Root(); {
	case onChain == root:
		s.confirmed, s.base, s.pending = root, nil, common.Hash{}
	case onChain == s.confirmed && s.base != nil && s.pending == task:
		// The pending task runs again: charge it anew from the confirmed ledger.
		if err := s.restoreBase(); err != nil {
			return nil, err
		}
		local = s.ledgerState()
	case onChain == s.confirmed:
		return nil, fmt.Errorf("%w: task %s charged the ledger to root %s, the chain holds %s: submit its claim or the enclave's ledger advance first",
			ErrLedgerPending, s.pending.TerminalString(), root.TerminalString(), onChain.TerminalString())
	default:
		return nil, fmt.Errorf("%w: the chain holds root %s, this enclave's state is at %s", ErrLedgerRollback, onChain.TerminalString(), root.TerminalString())
	}
	if local.Charged(task) {
		return nil, fmt.Errorf("%w: task %s is in the ledger on chain", ErrReplay, task.TerminalString())
	}
	return local, nil
}

// charge charges a task's ε to the ledger, all or nothing, remembering the
// confirmed ledger so that the task can run again until its charges are on
// chain. Callers hold no lock.
func (s *Sim) charge(task common.Hash, charges, budgets map[string]float64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	base, err := s.ledger.MarshalBinary()
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(slices.Collect(maps.Values(charges)), func(e float64) bool { return e > 0 }) {
		return nil // nothing charged (no DP): the task leaves no mark
	}
	if err := s.ledger.Charge(charges, budgets); err != nil {
		return err
	}
	s.base, s.baseTasks = base, maps.Clone(s.tasks)
	s.pending = task
	s.tasks[task] = true
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// restoreBase puts the ledger back to what it was before the pending
// task's charges. Callers hold s.mu.
func (s *Sim) restoreBase() error {
	l := train.NewLedger()
	if err := l.UnmarshalBinary(s.base); err != nil {
		return fmt.Errorf("%w: %w", ErrState, err)
	}
	s.ledger, s.tasks = l, s.baseTasks
	s.base, s.baseTasks, s.pending = nil, nil, common.Hash{}
	return nil
}

// LedgerAdvance returns the enclave-signed TaskMarket.advanceLedger call
// that commits its pending charges (those of a task whose claim will not
// reach the market) from the root it last confirmed on chain. market is the
// TaskMarket address.
func (s *Sim) LedgerAdvance(market common.Address) (chain.LedgerAdvance, []byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := chain.LedgerAdvance{Enclave: s.address, PrevLedgerRoot: s.confirmed, LedgerRoot: s.ledgerState().Root()}
	if a.LedgerRoot == a.PrevLedgerRoot {
		return chain.LedgerAdvance{}, nil, fmt.Errorf("%w: no pending ε charges", ErrState)
	}
	sig, err := chain.SignLedgerAdvance(s.signer, new(big.Int).SetUint64(s.cfg.ChainID), market, a)
	if err != nil {
		return chain.LedgerAdvance{}, nil, err
	}
	return a, sig, nil
}
