package enclave

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/wasm"
)

// WasmTask is the general-compute part of a task whose workload kind is
// KindWasm: the module, whose SHA-256 (wasm.Measure) must be the enclave's
// workload id, and the limits that make its run deterministic. The limits
// are public, part of the task document, and committed to by the result
// claim (Result.ConfigHash), so a verifier re-executes with the same ones.
type WasmTask struct {
	Module []byte
	Limits WasmLimits
}

// WasmLimits is the environment a module runs in inside the enclave (see
// wasm.Config). Zero values take the wasm package defaults; the claim
// commits to the values as given.
type WasmLimits struct {
	// Seed seeds the module's random_get stream.
	Seed uint64 `json:"seed"`
	// Walltime is the Unix time in seconds the module's clock starts at.
	Walltime int64 `json:"walltime"`
	// MaxWallTime bounds the run's host time (the non-deterministic backstop).
	MaxWallTime time.Duration `json:"maxWallTime"`
	// MaxFuel bounds the run's function calls plus loop iterations.
	MaxFuel int64 `json:"maxFuel"`
	// MaxMemoryPages bounds linear memory, in 64 KiB pages.
	MaxMemoryPages uint32 `json:"maxMemoryPages"`
	// MaxOutputBytes bounds stdout, the result.
	MaxOutputBytes int64 `json:"maxOutputBytes"`
}

func (l WasmLimits) config() wasm.Config {
	return wasm.Config{
		Seed:           l.Seed,
		Walltime:       time.Unix(l.Walltime, 0).UTC(),
		MaxWallTime:    l.MaxWallTime,
		MaxFuel:        l.MaxFuel,
		MaxMemoryPages: l.MaxMemoryPages,
		MaxOutputBytes: l.MaxOutputBytes,
	}
}

// Hash commits to the limits: SHA-256 over a domain string and the six
// fields, big-endian.
func (l WasmLimits) Hash() common.Hash {
	b := []byte("memo-compute/enclave/wasm-limits/v1")
	b = binary.BigEndian.AppendUint64(b, l.Seed)
	b = binary.BigEndian.AppendUint64(b, uint64(l.Walltime))
	b = binary.BigEndian.AppendUint64(b, uint64(l.MaxWallTime))
	b = binary.BigEndian.AppendUint64(b, uint64(l.MaxFuel))
	b = binary.BigEndian.AppendUint32(b, l.MaxMemoryPages)
	b = binary.BigEndian.AppendUint64(b, uint64(l.MaxOutputBytes))
	return sha256.Sum256(b)
}

// RecordsMagic starts the stdin of a wasm task (see the package doc).
const RecordsMagic = "MRS1"

// Record kinds in the stdin stream.
const (
	recordsVector = 1
	recordsBytes  = 2
)

// RecordSet is one dataset's plaintext records as a wasm module receives
// them.
type RecordSet struct {
	Dataset common.Hash
	Schema  vault.Schema
	Records []vault.Record
}

// EncodeRecords returns the stdin a wasm task gives its module for these
// datasets (sorted by dataset id, as the enclave orders them), so that a
// data owner or a test can run the module on the same bytes outside.
func EncodeRecords(sets []RecordSet) ([]byte, error) {
	sets = slices.Clone(sets)
	slices.SortFunc(sets, func(a, b RecordSet) int { return a.Dataset.Cmp(b.Dataset) })
	var buf bytes.Buffer
	buf.WriteString(RecordsMagic)
	buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(sets))))
	for _, s := range sets {
		if err := writeSetHeader(&buf, s.Dataset, s.Schema, uint64(len(s.Records))); err != nil {
			return nil, err
		}
		for _, r := range s.Records {
			if err := writeRecord(&buf, s.Schema, r); err != nil {
				return nil, err
			}
		}
	}
	return buf.Bytes(), nil
}

func writeSetHeader(w *bytes.Buffer, id common.Hash, sc vault.Schema, n uint64) error {
	kind := byte(recordsVector)
	switch sc.Kind {
	case vault.KindVector:
	case vault.KindBytes:
		kind = recordsBytes
	default:
		return fmt.Errorf("%w: records of kind %q", ErrWorkload, sc.Kind)
	}
	w.Write(id[:])
	w.WriteByte(kind)
	w.Write(binary.LittleEndian.AppendUint32(nil, uint32(sc.Features)))
	w.Write(binary.LittleEndian.AppendUint32(nil, uint32(sc.Classes)))
	w.Write(binary.LittleEndian.AppendUint64(nil, n))
	return nil
}

func writeRecord(w *bytes.Buffer, sc vault.Schema, r vault.Record) error {
	var b [8]byte
	if sc.Kind == vault.KindBytes {
		if uint64(len(r.Data)) > math.MaxUint32 {
			return fmt.Errorf("%w: record of %d bytes", ErrWorkload, len(r.Data))
		}
		binary.LittleEndian.PutUint32(b[:4], uint32(len(r.Data)))
		w.Write(b[:4])
		w.Write(r.Data)
		return nil
	}
	if len(r.Features) != sc.Features {
		return fmt.Errorf("%w: record with %d features, schema says %d", ErrWorkload, len(r.Features), sc.Features)
	}
	for _, v := range r.Features {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		w.Write(b[:])
	}
	binary.LittleEndian.PutUint64(b[:], math.Float64bits(r.Label))
	w.Write(b[:])
	return nil
}

// checkWasm checks a wasm task against the enclave's workload and returns
// the policy view of it: kind wasm, no ε.
func (s *Sim) checkWasm(task *Task) (grant.Task, error) {
	if task.Wasm == nil {
		return grant.Task{}, fmt.Errorf("%w: a wasm task needs its module", ErrWorkload)
	}
	if m := common.Hash(wasm.Measure(task.Wasm.Module)); m != s.cfg.Workload.ID {
		return grant.Task{}, fmt.Errorf("%w: task module %s, enclave measured %s (%s)", ErrWorkload, m, s.cfg.Workload.ID, s.cfg.Workload.Kind)
	}
	if l := task.Wasm.Limits; l.MaxWallTime < 0 || l.MaxFuel < 0 || l.MaxOutputBytes < 0 || l.MaxMemoryPages > wasm.MaxMemoryPages {
		return grant.Task{}, fmt.Errorf("%w: wasm limits out of range (negative, or more than %d memory pages)", ErrWorkload, wasm.MaxMemoryPages)
	}
	if task.Input != nil || task.InputCommitment != (common.Hash{}) {
		return grant.Task{}, fmt.Errorf("%w: wasm tasks take no owner input", ErrInput)
	}
	return grant.Task{Owner: task.Owner, Kind: KindWasm, PricePerRecord: task.PricePerRecord}, nil
}

// runWasm runs a general-compute task (see RunTask): the admitted datasets
// are decrypted in parallel into the record stream, the module runs alone
// (no federation) with the task's limits, and its stdout is the output,
// encrypted to the task owner.
func (s *Sim) runWasm(ctx context.Context, task *Task, fed *Federation) (*Result, error) {
	if _, err := s.checkWasm(task); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	if fed != nil && len(fed.Peers) > 0 {
		return nil, fmt.Errorf("running task: %w: wasm tasks run on one enclave, not in a federation", ErrWorkload)
	}
	resultKey, err := hpkeKEM().NewPublicKey(task.ResultKey)
	if err != nil {
		return nil, fmt.Errorf("running task: %w: task owner's HPKE key: %w", ErrWorkload, err)
	}
	adm := s.admissions(task.ID)
	if len(adm) == 0 {
		return nil, fmt.Errorf("running task %s: %w", task.ID, ErrNotAdmitted)
	}
	grantsBlock, err := s.stillActive(ctx, adm)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	out, counts, err := s.runModule(ctx, task, adm)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	defer clear(out)
	r := s.newResult(task)
	r.ConfigHash = task.Wasm.Limits.Hash()
	// A wasm task charges no ε: the ledger root stays, but its claim
	// continues the root on chain like any other.
	r.GrantsBlock = grantsBlock
	if r.PrevLedger, err = s.ledgerReady(ctx, LedgerTaskKey(task.Market, task.MarketID, task.ID)); err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	r.PrevLedgerRoot = r.PrevLedger.Root()
	addr := r.Enclave
	for i, a := range adm {
		r.Usage = append(r.Usage, Usage{
			Enclave: addr, Dataset: a.in.Grant.Dataset, Owner: a.in.Grant.Owner,
			RecordRoot: common.Hash(a.in.Manifest.RecordRoot), Records: counts[i],
		})
	}
	tr, err := s.transport(ctx, task, nil)
	if err != nil {
		return nil, fmt.Errorf("running task: %w", err)
	}
	return s.finish(ctx, task, r, resultKey, out, tr)
}

// decryptRecords writes one admitted dataset to w as a section of the
// record stream and returns its record count.
func (s *Sim) decryptRecords(ctx context.Context, a *admission, w *bytes.Buffer) (uint64, error) {
	dek, err := vault.ImportDEK(a.dek)
	if err != nil {
		return 0, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
	}
	defer dek.Destroy()
	r, err := vault.NewReader(ctx, a.in.Store, a.in.Manifest, dek, vault.ReaderOptions{})
	if err != nil {
		return 0, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
	}
	defer r.Close()
	sc := r.Manifest().Schema
	if err := writeSetHeader(w, a.in.Grant.Dataset, sc, r.Manifest().Records); err != nil {
		return 0, err
	}
	var n uint64
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return 0, fmt.Errorf("dataset %s: %w", a.in.Grant.Dataset, err)
		}
		if err := writeRecord(w, sc, rec); err != nil {
			return 0, fmt.Errorf("dataset %s: record %d: %w", a.in.Grant.Dataset, r.Index(), err)
		}
		n++
	}
}

// wasmSentinels are the errors a module run can end with that the node may
// see; everything else about a failed run stays inside (see scrub).
var wasmSentinels = []error{
	wasm.ErrTrap, wasm.ErrExit, wasm.ErrFuelLimit, wasm.ErrTimeLimit, wasm.ErrMemoryLimit,
	wasm.ErrOutputLimit, wasm.ErrImportNotProvided, wasm.ErrInstantiate, wasm.ErrInvalidModule,
	wasm.ErrModuleTooLarge, wasm.ErrInvalidConfig, wasm.ErrCompilerUnsupported,
	context.Canceled, context.DeadlineExceeded,
}

// scrub reduces a wasm error to its sentinel. The module chooses its
// stderr, exit code, trap site, memory requests and the moment it stops, so
// any of them could carry record bytes out to the node; only the kind of
// failure leaves the enclave.
func scrub(err error) error {
	for _, s := range wasmSentinels {
		if errors.Is(err, s) {
			return s
		}
	}
	return wasm.ErrTrap
}

// runModule runs the task's module over the records of the admitted
// datasets (in id order, encoded as RecordsMagic describes) and returns its
// output and the record count of each dataset. The caller clears the
// output.
func (s *Sim) runModule(ctx context.Context, task *Task, adm []*admission) ([]byte, []uint64, error) {
	rt, err := wasm.New(ctx, task.Wasm.Limits.config())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrWorkload, err)
	}
	defer rt.Close(context.WithoutCancel(ctx))
	// The module compiles on one core while the datasets decrypt.
	type compiled struct {
		m   *wasm.Module
		err error
	}
	mc := make(chan compiled, 1)
	go func() {
		m, err := rt.Compile(ctx, task.Wasm.Module)
		mc <- compiled{m, err}
	}()
	parts := make([]bytes.Buffer, len(adm))
	counts := make([]uint64, len(adm))
	derr := parallel(ctx, len(adm), func(ctx context.Context, i int) (err error) {
		counts[i], err = s.decryptRecords(ctx, adm[i], &parts[i])
		return err
	})
	c := <-mc
	defer func() {
		for i := range parts {
			clear(parts[i].Bytes())
		}
	}()
	if derr != nil {
		return nil, nil, derr
	}
	if c.err != nil {
		return nil, nil, scrub(c.err)
	}
	size := len(RecordsMagic) + 4
	for i := range parts {
		size += parts[i].Len()
	}
	in := make([]byte, 0, size)
	in = append(in, RecordsMagic...)
	in = binary.LittleEndian.AppendUint32(in, uint32(len(adm)))
	for i := range parts {
		in = append(in, parts[i].Bytes()...)
	}
	defer clear(in)
	out, err := rt.Run(ctx, c.m, in)
	if err != nil {
		s.logInfo("wasm run failed", slog.String("task", task.ID.Hex()), slog.String("reason", scrub(err).Error()))
		return nil, nil, fmt.Errorf("module %s: %w", s.cfg.Workload.ID, scrub(err))
	}
	return out.Output, counts, nil
}
