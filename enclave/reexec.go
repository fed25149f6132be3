package enclave

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// Re-execution (spot checks).
//
// TaskMarket's committee draw selects results for re-execution (every
// result of a task that asks for it, and a governance-set part of the
// others). A second enclave of the same measurement, run by another
// operator and admitted by the data owners' grants (their policy must
// consent to re-execution), re-runs the task: each enclave that trained
// hands it its task's DP noise seed and the owner's input, sealed to it
// (ExportReexecution), and it trains the whole federation on the same
// records with the same seeds (Reexecute). Training is deterministic
// given those, so an honest result's model hash is what the re-run gets;
// the re-executor releases only that hash, signed (Reexecution), and
// charges no ε: it learns nothing the original run did not already
// release.

// ErrReexecution is returned when a re-execution cannot run: a result that
// is not the task's or not signed by its enclave, a sealed seed that does
// not open, a dataset not admitted or whose grant does not consent to
// re-execution, or records that are not the ones the result used.
var ErrReexecution = errors.New("cannot re-execute")

const (
	reexecExportDomain = "memo-compute/enclave/reexec-export/v1"
	reexecReportDomain = "memo-compute/enclave/reexecution/v1"
)

// Fault makes a sim enclave misbehave as a compromised TEE would (its
// code still measures the same), for the tests and demos that show what the
// protocol catches. Every real deployment runs NoFault.
type Fault int

const (
	NoFault Fault = iota
	// FaultForgeModel returns, encrypted, claimed and signed as usual, a
	// model that training did not produce: the trained parameters shifted
	// by 0.01.
	FaultForgeModel
)

// forge applies the enclave's fault to the trained parameters.
func (s *Sim) forge(p train.Params) train.Params {
	if s.cfg.Fault != FaultForgeModel {
		return p
	}
	out := slices.Clone(p)
	for i := range out {
		out[i] += 0.01
	}
	return out
}

// Reexecution is a re-executing enclave's signed report: the hash of the
// model it got by re-running the task of the results of Enclaves (the whole
// federation, in the order they trained). Verifiers compare it with each
// result's ModelHash; a mismatch fails the result.
type Reexecution struct {
	ChainID     uint64           `json:"chainId"`
	Task        common.Hash      `json:"task"`
	Reexecutor  common.Address   `json:"reexecutor"`
	Measurement common.Hash      `json:"measurement"`
	Enclaves    []common.Address `json:"enclaves"`
	ModelHash   common.Hash      `json:"modelHash"`
	Signature   hexutil.Bytes    `json:"signature"`
	// MarketSignatures, for a market task, are the re-executor's EIP-712
	// signatures of chain.ReexecutionReport{task's market id, i, ModelHash}
	// for each result slot i of the federation (Enclaves order is slot
	// order), which its operator relays to TaskMarket.reportReexecution
	// for the slots the draw selected (and is paid for). The enclave signs
	// only the hash it computed.
	MarketSignatures []hexutil.Bytes `json:"marketSignatures,omitempty"`
}

// Digest is what the re-executor signs: keccak256 of the domain, chain id,
// task, re-executor, measurement, the enclaves re-run and the model hash.
func (r *Reexecution) Digest() common.Hash {
	b := binary.BigEndian.AppendUint64([]byte(reexecReportDomain), r.ChainID)
	b = append(b, r.Task[:]...)
	b = append(b, r.Reexecutor[:]...)
	b = append(b, r.Measurement[:]...)
	for _, e := range r.Enclaves {
		b = append(b, e[:]...)
	}
	return crypto.Keccak256Hash(b, r.ModelHash[:])
}

// Verify checks that the re-executor's enclave key signed the report.
func (r *Reexecution) Verify() error {
	d := r.Digest()
	if len(r.Signature) != 65 {
		return fmt.Errorf("%w: re-execution report: bad signature", ErrResult)
	}
	sig := slices.Clone(r.Signature)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != r.Reexecutor {
		return fmt.Errorf("%w: re-execution report not signed by %s", ErrResult, r.Reexecutor)
	}
	return nil
}

// ExportReexecution returns what a re-executing enclave needs of this
// enclave's run of task, sealed to the enclave whose attestation is peer:
// the task's DP noise seed and the owner's input this enclave opened (if
// the task has one). peer must show this enclave's measurement and another
// operator (ErrPeer).
func (s *Sim) ExportReexecution(ctx context.Context, task *Task, peer *grant.Attestation) (*SealedNoiseSeed, error) {
	if task == nil || peer == nil {
		return nil, fmt.Errorf("exporting for re-execution: %w: nil task or peer", ErrPeer)
	}
	if peer.Operator == s.cfg.Operator {
		return nil, fmt.Errorf("exporting for re-execution: %w: %s runs under this enclave's operator %s", ErrPeer, peer.Enclave, s.cfg.Operator)
	}
	seed, err := s.noiseSeed(task.ID)
	if err != nil {
		return nil, fmt.Errorf("exporting for re-execution: %w", err)
	}
	defer clear(seed[:])
	payload := slices.Clone(seed[:])
	defer clear(payload)
	in, err := s.openInput(task)
	if err != nil {
		return nil, fmt.Errorf("exporting for re-execution: %w", err)
	}
	if in != nil {
		b := in.marshal()
		payload = append(payload, b...)
		clear(b)
		clear(in.Init)
	}
	out, err := s.exportTo(ctx, reexecExportDomain, task.ID, peer, payload)
	if err != nil {
		return nil, fmt.Errorf("exporting for re-execution: %w", err)
	}
	return out, nil
}

// Reexecute re-runs task as the enclaves of originals ran it (their
// results, in the order they trained, each with its sealed export and its
// attestation) on the datasets admitted here for the task (UnwrapGrant,
// under grants whose policy consents to re-execution), and returns the
// signed hash of the model it gets (of the module's output, for a wasm
// task). It charges no ε and releases nothing else.
func (s *Sim) Reexecute(ctx context.Context, task *Task, originals []*Result, exports []*SealedNoiseSeed, peers []*grant.Attestation) (*Reexecution, error) {
	fail := func(err error) (*Reexecution, error) { return nil, fmt.Errorf("re-executing: %w", err) }
	if task == nil {
		return fail(fmt.Errorf("%w: nil task", ErrWorkload))
	}
	defer s.forget(task.ID)
	task, err := s.terms(ctx, task)
	if err != nil {
		return fail(err)
	}
	if _, err := s.checkTask(task, 0); err != nil {
		return fail(err)
	}
	wasmTask := s.cfg.Workload.Kind == KindWasm
	if !wasmTask && task.Spec.DP == nil {
		return fail(fmt.Errorf("%w: a training task without DP", ErrWorkload))
	}
	if wasmTask && len(originals) != 1 {
		return fail(fmt.Errorf("%w: a wasm task runs on one enclave", ErrReexecution))
	}
	if len(originals) == 0 || len(exports) != len(originals) || len(peers) != len(originals) {
		return fail(fmt.Errorf("%w: %d results, %d exports, %d attestations", ErrReexecution, len(originals), len(exports), len(peers)))
	}
	self := s.Address()
	admitted := map[common.Hash]*admission{}
	for _, a := range s.admissions(task.ID) {
		admitted[a.in.Grant.Dataset] = a
	}
	rep := &Reexecution{ChainID: s.cfg.ChainID, Task: task.ID, Reexecutor: self, Measurement: s.measurement}
	parts := make([][]train.Slice, len(originals))
	seeds := make([]train.NoiseSeed, len(originals))
	defer func() {
		for i := range seeds {
			clear(seeds[i][:])
		}
	}()
	var init train.Params
	defer func() { clear(init) }()
	schema := trainSchema(task.Spec.Features, task.Spec.Classes)
	var modules []*admission // a wasm task's datasets, in the result's order
	for i, r := range originals {
		switch {
		case r == nil:
			return fail(fmt.Errorf("%w: result %d missing", ErrReexecution, i))
		case r.Task != task.ID || r.ChainID != s.cfg.ChainID || r.Measurement != s.measurement:
			return fail(fmt.Errorf("%w: result of %s is for another task, chain or measurement", ErrReexecution, r.Enclave))
		case r.Enclave == self || peers[i] == nil || peers[i].Enclave != r.Enclave || peers[i].Operator == s.cfg.Operator:
			return fail(fmt.Errorf("%w: result of %s: a re-executor re-runs another operator's enclave, attested", ErrReexecution, r.Enclave))
		}
		if err := r.VerifyClaim(); err != nil {
			return fail(fmt.Errorf("%w: result of %s: %w", ErrReexecution, r.Enclave, err))
		}
		payload, err := s.importFrom(ctx, reexecExportDomain, exports[i], peers[i])
		if err != nil {
			return fail(err)
		}
		seeds[i] = train.NoiseSeed(payload[:len(train.NoiseSeed{})])
		if rest := payload[len(train.NoiseSeed{}):]; len(rest) > 0 && init == nil {
			in, err := parseOwnerInput(rest)
			if err != nil || in.Commitment() != task.InputCommitment {
				clear(payload)
				return fail(fmt.Errorf("%w: the owner input %s exported is not the one the task commits to", ErrReexecution, r.Enclave))
			}
			init = in.Init
		}
		clear(payload)
		rep.Enclaves = append(rep.Enclaves, r.Enclave)
		for _, u := range r.Usage {
			a := admitted[u.Dataset]
			switch {
			case a == nil:
				return fail(fmt.Errorf("dataset %s: %w", u.Dataset, ErrNotAdmitted))
			case !a.in.Grant.Policy.Reexecution:
				return fail(fmt.Errorf("dataset %s: %w: its grant does not consent to re-execution", u.Dataset, grant.ErrPolicy))
			case common.Hash(a.in.Manifest.RecordRoot) != u.RecordRoot || a.in.Manifest.Records != u.Records:
				return fail(fmt.Errorf("%w: dataset %s: the result used other records than the manifest's", ErrReexecution, u.Dataset))
			}
			if wasmTask {
				modules = append(modules, a)
				continue
			}
			if task.Spec.PrivacyUnit() == train.UnitUser {
				// Read when the owner takes part in a round, as the
				// enclaves that ran the task did (runTraining).
				parts[i] = append(parts[i], s.streamed(ctx, ledgerUser(u.Dataset), a, schema))
				continue
			}
			d, err := s.decrypt(ctx, a, schema)
			if err != nil {
				return fail(err)
			}
			parts[i] = append(parts[i], train.Slice{User: ledgerUser(u.Dataset), Data: d})
		}
	}
	if wasmTask {
		out, _, err := s.runModule(ctx, task, modules)
		if err != nil {
			return fail(err)
		}
		rep.ModelHash = sha256Hash(out)
		clear(out)
		if err := s.signMarketReports(task, rep); err != nil {
			return fail(err)
		}
		return s.signReexecution(rep)
	}
	if task.InputCommitment != (common.Hash{}) && init == nil {
		return fail(fmt.Errorf("%w: no enclave exported the owner's input", ErrReexecution))
	}
	res, err := train.Train(ctx, task.Spec, parts, train.Options{Init: init, Noise: seeds})
	if err != nil {
		return fail(err)
	}
	pt, err := res.Model.Params.MarshalBinary()
	if err != nil {
		return fail(err)
	}
	rep.ModelHash = sha256Hash(pt)
	clear(pt)
	clear(res.Model.Params)
	if err := s.signMarketReports(task, rep); err != nil {
		return fail(err)
	}
	return s.signReexecution(rep)
}

// signMarketReports signs, for a market task, the TaskMarket report of
// each re-executed result slot with the model hash the re-run got.
func (s *Sim) signMarketReports(task *Task, rep *Reexecution) error {
	if task.MarketID == 0 {
		return nil
	}
	s.mu.Lock()
	signer := s.signer
	s.mu.Unlock()
	chainID := new(big.Int).SetUint64(s.cfg.ChainID)
	for i := range rep.Enclaves {
		sig, err := chain.SignReexecutionReport(signer, chainID, s.cfg.TaskMarket,
			chain.ReexecutionReport{TaskID: task.MarketID, Index: uint8(i), OutputHash: rep.ModelHash})
		if err != nil {
			return fmt.Errorf("signing the market report: %w", err)
		}
		rep.MarketSignatures = append(rep.MarketSignatures, sig)
	}
	return nil
}

// signReexecution signs a re-execution report with the enclave key.
func (s *Sim) signReexecution(rep *Reexecution) (*Reexecution, error) {
	s.mu.Lock()
	signer := s.signer
	s.mu.Unlock()
	d := rep.Digest()
	sig, err := crypto.Sign(d[:], signer)
	if err != nil {
		return nil, fmt.Errorf("re-executing: signing: %w", err)
	}
	sig[64] += 27
	rep.Signature = sig
	s.logInfo("task re-executed", slog.String("task", rep.Task.Hex()), slog.Int("enclaves", len(rep.Enclaves)))
	return rep, nil
}
