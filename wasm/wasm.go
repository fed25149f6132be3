// Package wasm runs general-compute workloads: WebAssembly modules that are
// WASI preview-1 commands, on wazero in compiled mode.
//
// The contract a module gets is small and the same on every host, so that a
// verifier re-executing a module on the same input gets the same output bit
// for bit:
//
//   - input is stdin (the bytes given to Run), output is stdout; stderr is
//     kept (truncated) for diagnostics only;
//   - argv is the single fixed string "module"; there are no environment
//     variables, no preopened directories (every path operation fails), and
//     no sockets;
//   - the clock is virtual: wall time starts at Config.Walltime and both
//     clocks advance a fixed 1 µs per read and by the requested amount per
//     sleep (sleeps return at once);
//   - random_get returns a ChaCha8 stream seeded from Config.Seed;
//   - linear memory is capped at Config.MaxMemoryPages, stdout at
//     Config.MaxOutputBytes, the work a run does at Config.MaxFuel (function
//     calls plus loop iterations, counted by instrumentation that Compile
//     adds: the same on every machine) and its duration at
//     Config.MaxWallTime.
//
// Every way a module can misbehave ends in a named error rather than a host
// crash or an unbounded wait: ErrInvalidModule (garbage bytes, no _start),
// ErrImportNotProvided (*ImportError), ErrMemoryLimit, ErrFuelLimit,
// ErrTimeLimit, ErrOutputLimit, ErrTrap (*TrapError), ErrExit (*ExitError).
//
// A module is identified by its Measurement, the SHA-256 of its bytes as
// given; the enclave binds results to it and verifiers look it up. What
// wazero compiles is derived from those bytes deterministically: Compile
// drops custom sections (names, debug info), adds the fuel counter
// (exported as FuelExport, a reserved name) and a yield to the Go scheduler
// every 1024 units of fuel, so that a long guest never holds up the host's
// garbage collector. Modules with a start section are refused: a WASI
// command begins at _start.
//
// What this package trusts: wazero's compiler and its sandboxing of guest
// code, and, when Config.CacheDir is set, the contents of that directory
// (wazero stores machine code there; a directory writable by someone else is
// code execution). What it never does: give a guest any host resource beyond
// the three standard streams, or let the host clock, host randomness or host
// environment reach the guest.
//
// Host memory a run may use beyond Config.MaxMemoryPages: the guest's call
// stack, up to wazero's fixed ceiling of 400 MB (deep recursion then traps
// with "stack overflow"), tables up to MaxTableElements, and, when
// compiling, memory that grows with the module's size (MaxModuleBytes).
// Bound concurrent runs accordingly.
//
// Wall time is the one limit that is not deterministic: a module that
// finishes just under it on one machine may be stopped on a slower one.
// Fuel is the deterministic bound; wall time is the backstop, to be set
// with a wide margin. See docs/RATIONALE.md.
package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

// Defaults used for zero Config fields.
const (
	DefaultMaxMemoryPages = 4096             // 256 MiB
	DefaultMaxWallTime    = 60 * time.Second // per run, instantiation included
	DefaultMaxOutputBytes = 64 << 20         // 64 MiB of stdout
	DefaultMaxModuleBytes = 16 << 20         // 16 MiB of module: wazero's decoding memory grows with it
	DefaultMaxFuel        = 1 << 36          // ≈ 6.9e10 calls + loop iterations: a minute of the tightest loops
	// MaxStderrBytes is how much of a module's stderr is kept; the rest is
	// dropped without stopping the module.
	MaxStderrBytes = 64 << 10
	// MaxMemoryPages is the WebAssembly 1.0 ceiling (4 GiB).
	MaxMemoryPages = 65536
)

// Config is the fixed environment modules run in. Everything a guest can
// observe is in here, so a verifier with the same Config (and module and
// input) re-executes bit-identically. The zero value is usable.
type Config struct {
	// MaxMemoryPages caps each linear memory, in 64 KiB pages. Zero means
	// DefaultMaxMemoryPages; at most MaxMemoryPages.
	MaxMemoryPages uint32
	// MaxWallTime caps one run, instantiation included. Zero means
	// DefaultMaxWallTime.
	MaxWallTime time.Duration
	// MaxOutputBytes caps stdout. Zero means DefaultMaxOutputBytes.
	MaxOutputBytes int64
	// MaxModuleBytes caps the module size accepted by Compile; the memory
	// wazero uses to decode a module is bounded by a multiple of its size.
	// Zero means DefaultMaxModuleBytes.
	MaxModuleBytes int64
	// MaxFuel caps the work of one run: one unit per function call and per
	// loop iteration, iterations being paid in advance in blocks of 1024 per
	// call. Zero means DefaultMaxFuel.
	MaxFuel int64
	// Seed seeds the guest's random_get stream. Zero is a valid seed.
	Seed uint64
	// Walltime is the wall-clock instant the guest sees at its first read.
	// The zero time.Time means the Unix epoch, 1970-01-01T00:00:00Z.
	Walltime time.Time
	// CacheDir, if set, keeps compiled machine code on disk there so later
	// processes skip compilation. Empty means an in-memory cache shared by
	// every run of this Runtime only. Trusted: see the package doc.
	CacheDir string
	// Logger receives one debug record per run. Nil means no logging.
	Logger *slog.Logger
}

func (c Config) withDefaults() (Config, error) {
	if c.MaxMemoryPages == 0 {
		c.MaxMemoryPages = DefaultMaxMemoryPages
	}
	if c.MaxMemoryPages > MaxMemoryPages {
		return c, fmt.Errorf("%w: MaxMemoryPages %d is over the WebAssembly limit of %d pages", ErrInvalidConfig, c.MaxMemoryPages, MaxMemoryPages)
	}
	if c.MaxWallTime == 0 {
		c.MaxWallTime = DefaultMaxWallTime
	}
	if c.MaxWallTime < 0 {
		return c, fmt.Errorf("%w: MaxWallTime %s is negative", ErrInvalidConfig, c.MaxWallTime)
	}
	if c.MaxOutputBytes == 0 {
		c.MaxOutputBytes = DefaultMaxOutputBytes
	}
	if c.MaxOutputBytes < 0 {
		return c, fmt.Errorf("%w: MaxOutputBytes %d is negative", ErrInvalidConfig, c.MaxOutputBytes)
	}
	if c.MaxModuleBytes == 0 {
		c.MaxModuleBytes = DefaultMaxModuleBytes
	}
	if c.MaxModuleBytes < 0 {
		return c, fmt.Errorf("%w: MaxModuleBytes %d is negative", ErrInvalidConfig, c.MaxModuleBytes)
	}
	if c.MaxFuel == 0 {
		c.MaxFuel = DefaultMaxFuel
	}
	if c.MaxFuel < 0 {
		return c, fmt.Errorf("%w: MaxFuel %d is negative", ErrInvalidConfig, c.MaxFuel)
	}
	return c, nil
}

// Measurement identifies a module: the SHA-256 of its bytes.
type Measurement [32]byte

// Measure returns the measurement of module bytes.
func Measure(module []byte) Measurement { return sha256.Sum256(module) }

// String returns the measurement in lowercase hex.
func (m Measurement) String() string { return hex.EncodeToString(m[:]) }

// Runtime compiles and runs modules under one Config. It is safe for
// concurrent use; compiled code is cached and shared by all its runs.
type Runtime struct {
	cfg   Config
	rt    wazero.Runtime
	cache wazero.CompilationCache
	wasi  map[string]api.FunctionDefinition // what the host provides

	mu       sync.Mutex
	compiled map[Measurement]*Module
}

// Module is a compiled module, ready to run any number of times.
type Module struct {
	measurement Measurement
	compiled    wazero.CompiledModule
	runs        int  // Runs in progress, guarded by Runtime.mu
	released    bool // guarded by Runtime.mu
}

// Release drops m from the runtime's cache of compiled modules and frees
// its compiled code as soon as no Run of it is in progress. A long-lived
// runtime that sees many different modules should release those it no
// longer needs: compiled code is otherwise kept until Close. Running m
// after Release fails with ErrReleased; compiling the same bytes again
// compiles them anew.
func (r *Runtime) Release(ctx context.Context, m *Module) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m.released {
		return nil
	}
	m.released = true
	if r.compiled[m.measurement] == m {
		delete(r.compiled, m.measurement)
	}
	if m.runs == 0 {
		return m.compiled.Close(ctx)
	}
	return nil
}

// acquire counts a Run of m in progress; the returned function ends it and
// frees m's code if m was released meanwhile.
func (r *Runtime) acquire(ctx context.Context, m *Module) (end func(), err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m.released {
		return nil, fmt.Errorf("%w: module %s", ErrReleased, m.measurement)
	}
	m.runs++
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		if m.runs--; m.runs == 0 && m.released {
			_ = m.compiled.Close(ctx)
		}
	}, nil
}

// Measurement returns the SHA-256 of the module bytes.
func (m *Module) Measurement() Measurement { return m.measurement }

// Result is what a successful run produced.
type Result struct {
	// Output is everything the module wrote to stdout.
	Output []byte
	// Stderr is the head (MaxStderrBytes) of what it wrote to stderr.
	Stderr []byte
	// Measurement identifies the module that ran.
	Measurement Measurement
	// MemoryPages is the largest size its linear memory reached.
	MemoryPages uint32
	// Fuel is the function calls plus loop iterations the run used.
	Fuel int64
	// Elapsed is the host wall time the run took (informational: the only
	// field that differs between re-executions).
	Elapsed time.Duration
}

// New creates a Runtime. Close it to release compiled code.
func New(ctx context.Context, cfg Config) (r *Runtime, err error) {
	cfg, err = cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	var cache wazero.CompilationCache
	if cfg.CacheDir != "" {
		if cache, err = wazero.NewCompilationCacheWithDir(cfg.CacheDir); err != nil {
			return nil, fmt.Errorf("opening compilation cache %s: %w", cfg.CacheDir, err)
		}
	} else {
		cache = wazero.NewCompilationCache()
	}
	defer func() {
		// NewRuntimeConfigCompiler panics where there is no compiler.
		if p := recover(); p != nil {
			_ = cache.Close(ctx)
			err = fmt.Errorf("%w (%s/%s): %v", ErrCompilerUnsupported, runtime.GOOS, runtime.GOARCH, p)
			r = nil
		}
	}()
	// No WithCloseOnContextDone: runs are stopped through the fuel counter
	// (see instrument), which costs far less.
	rc := wazero.NewRuntimeConfigCompiler().
		WithCompilationCache(cache).
		// wazero's own ceiling stays at 4 GiB so that every grow request
		// reaches limitedAllocator, which enforces MaxMemoryPages and can
		// tell a refused grow from a module's own failure.
		WithMemoryLimitPages(MaxMemoryPages)
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	r = &Runtime{cfg: cfg, rt: rt, cache: cache, compiled: map[Measurement]*Module{}}

	host, err := wasi_snapshot_preview1.NewBuilder(rt).Compile(ctx)
	if err != nil {
		_ = r.Close(ctx)
		return nil, fmt.Errorf("compiling WASI host module: %w", err)
	}
	r.wasi = host.ExportedFunctions()
	if _, err := rt.InstantiateModule(ctx, host, wazero.NewModuleConfig()); err != nil {
		_ = r.Close(ctx)
		return nil, fmt.Errorf("instantiating WASI host module: %w", err)
	}
	return r, nil
}

// Close releases the runtime and everything compiled by it.
func (r *Runtime) Close(ctx context.Context) error {
	err := r.rt.Close(ctx)
	if cerr := r.cache.Close(ctx); err == nil {
		err = cerr
	}
	return err
}

// Compile validates and compiles module bytes. Compiling the same bytes
// again returns the same *Module. Before compiling it checks the size, the
// structure (see predecode) and the declared memory against the limits,
// and adds the fuel counter (see instrument); after, that the module is a
// WASI command and imports nothing the host lacks. Custom sections (names,
// debug data) are dropped: traps show function indices rather than names.
func (r *Runtime) Compile(ctx context.Context, bin []byte) (m *Module, err error) {
	if int64(len(bin)) > r.cfg.MaxModuleBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrModuleTooLarge, len(bin), r.cfg.MaxModuleBytes)
	}
	meas := Measure(bin)
	r.mu.Lock()
	defer r.mu.Unlock()
	if m, ok := r.compiled[meas]; ok {
		return m, nil
	}
	shape, err := predecode(bin)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	if shape.minPages > uint64(r.cfg.MaxMemoryPages) {
		return nil, fmt.Errorf("%w: module declares %d initial pages, limit %d", ErrMemoryLimit, shape.minPages, r.cfg.MaxMemoryPages)
	}
	if err := checkTables(shape.tables); err != nil {
		return nil, err
	}
	if len(shape.imports) > 0 {
		return nil, shape.imports[0]
	}
	clean, err := instrument(shape, r.cfg.MaxFuel)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	defer func() {
		if p := recover(); p != nil { // a wazero bug must not take the host down
			err = fmt.Errorf("%w: compiler panicked: %v", ErrInvalidModule, p)
		}
	}()
	cm, err := r.rt.CompileModule(ctx, clean)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	if err := r.checkModule(cm); err != nil {
		_ = cm.Close(ctx)
		return nil, err
	}
	m = &Module{measurement: meas, compiled: cm}
	r.compiled[meas] = m
	return m, nil
}

// checkModule refuses modules that are not WASI commands or that import
// what the host does not provide, before any instantiation.
func (r *Runtime) checkModule(cm wazero.CompiledModule) error {
	for _, f := range cm.ImportedFunctions() {
		mod, name, _ := f.Import()
		if mod != wasi_snapshot_preview1.ModuleName {
			return &ImportError{Kind: "func", Module: mod, Name: name, Reason: "only " + wasi_snapshot_preview1.ModuleName + " is provided"}
		}
		host, ok := r.wasi[name]
		if !ok {
			return &ImportError{Kind: "func", Module: mod, Name: name, Reason: "no such WASI preview-1 function"}
		}
		if !sameTypes(host.ParamTypes(), f.ParamTypes()) || !sameTypes(host.ResultTypes(), f.ResultTypes()) {
			return &ImportError{Kind: "func", Module: mod, Name: name, Reason: "signature differs from WASI preview-1"}
		}
	}
	for _, mem := range cm.ImportedMemories() { // also caught by readShape
		mod, name, _ := mem.Import()
		return &ImportError{Kind: "memory", Module: mod, Name: name, Reason: "the host provides no memory"}
	}
	start, ok := cm.ExportedFunctions()["_start"]
	if !ok {
		return fmt.Errorf("%w: no exported _start function (not a WASI command)", ErrInvalidModule)
	}
	if len(start.ParamTypes()) != 0 || len(start.ResultTypes()) != 0 {
		return fmt.Errorf("%w: _start must take and return nothing", ErrInvalidModule)
	}
	return nil
}

func sameTypes(a, b []api.ValueType) bool { return bytes.Equal(a, b) }

// Run executes a compiled module once with input as stdin and returns its
// stdout. A non-nil error is one of the package's named errors (or the
// caller's context error); the module never outlives the call.
func (r *Runtime) Run(ctx context.Context, m *Module, input []byte) (res *Result, err error) {
	end, err := r.acquire(context.WithoutCancel(ctx), m)
	if err != nil {
		return nil, err
	}
	defer end()
	began := time.Now()
	runCtx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	runCtx, cancel := context.WithTimeout(runCtx, r.cfg.MaxWallTime)
	defer cancel()

	stdout := &limitedWriter{max: r.cfg.MaxOutputBytes, stop: stop}
	stderr := &limitedWriter{max: MaxStderrBytes}
	alloc := &limitedAllocator{limit: uint64(r.cfg.MaxMemoryPages) * pageSize}
	clock := &virtualClock{}
	if !r.cfg.Walltime.IsZero() {
		clock.start = r.cfg.Walltime.UnixNano()
	}
	var seed [32]byte
	for i := range 8 {
		seed[i] = byte(r.cfg.Seed >> (8 * i))
	}

	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs("module").
		WithStdin(bytes.NewReader(input)).
		WithStdout(stdout).
		WithStderr(stderr).
		WithWalltime(clock.walltime, sys.ClockResolution(tickNanos)).
		WithNanotime(clock.nanotime, sys.ClockResolution(tickNanos)).
		WithNanosleep(clock.nanosleep).
		WithOsyield(func() {}).
		WithRandSource(rand.NewChaCha8(seed)).
		WithStartFunctions() // _start is called below, to tell traps from link errors

	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: runtime panicked: %v", ErrTrap, p)
		}
		if alloc.exceeded.Load() > 0 && err != nil && !errors.Is(err, ErrOutputLimit) {
			err = fmt.Errorf("%w: module asked for %d pages, limit %d: %w",
				ErrMemoryLimit, alloc.exceeded.Load()/pageSize, r.cfg.MaxMemoryPages, err)
		}
		if r.cfg.Logger != nil {
			r.cfg.Logger.LogAttrs(ctx, slog.LevelDebug, "wasm run",
				slog.String("module", m.measurement.String()),
				slog.Duration("elapsed", time.Since(began)),
				slog.Int("output_bytes", len(stdout.bytes())),
				slog.Uint64("peak_pages", alloc.peakBytes.Load()/pageSize),
				slog.Any("error", err))
		}
	}()

	// Instantiation runs no guest code (predecode refuses start sections),
	// so it ends on its own.
	instCtx := experimental.WithMemoryAllocator(runCtx, alloc)
	mod, err := r.rt.InstantiateModule(instCtx, m.compiled, mc)
	if err != nil {
		return nil, r.classify(ctx, runCtx, stdout, stderr, err, true, 0)
	}
	defer mod.Close(context.WithoutCancel(ctx))
	fuel, ok := mod.ExportedGlobal(FuelExport).(api.MutableGlobal)
	if !ok {
		return nil, fmt.Errorf("%w: fuel counter missing after instrumentation", ErrInstantiate)
	}
	stopped := r.watch(runCtx, fuel)
	_, err = mod.ExportedFunction("_start").Call(runCtx)
	stopped()
	left := int64(fuel.Get())
	used := r.cfg.MaxFuel - max(left, 0)
	if err != nil {
		if ee, ok := err.(*sys.ExitError); !ok || ee.ExitCode() != 0 {
			return nil, r.classify(ctx, runCtx, stdout, stderr, err, false, left)
		}
	}
	if stdout.overflowed() { // the guest ignored the failed write and finished
		return nil, fmt.Errorf("%w: more than %d bytes", ErrOutputLimit, r.cfg.MaxOutputBytes)
	}
	return &Result{
		Output:      stdout.bytes(),
		Stderr:      stderr.bytes(),
		Measurement: m.measurement,
		MemoryPages: uint32(alloc.peakBytes.Load() / pageSize),
		Fuel:        used,
		Elapsed:     time.Since(began),
	}, nil
}

// stopFuel is what the host writes into the fuel counter to stop a run: the
// guest's next check sees a negative count and traps.
var stopFuel int64 = -1 << 62

// watch stops the guest through its fuel counter once ctx is done (the
// deadline passed, the output overflowed, or the caller cancelled). The
// write is repeated until the guest returns, because a guest decrementing
// the counter at that instant could overwrite one write. The returned
// function ends the watch and returns only once the watcher has exited.
func (r *Runtime) watch(ctx context.Context, fuel api.MutableGlobal) (stopped func()) {
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		select {
		case <-done:
			return
		case <-ctx.Done():
		}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			fuel.Set(uint64(stopFuel))
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-exited }
}

// classify turns a wazero error into one of the package's named errors.
// fuelLeft is the counter after the run (negative: out of fuel or stopped).
func (r *Runtime) classify(ctx, runCtx context.Context, stdout, stderr *limitedWriter, err error, instantiating bool, fuelLeft int64) error {
	switch {
	case stdout.overflowed():
		return fmt.Errorf("%w: more than %d bytes", ErrOutputLimit, r.cfg.MaxOutputBytes)
	case ctx.Err() != nil: // the caller gave up: not the module's fault
		return fmt.Errorf("running wasm module: %w", context.Cause(ctx))
	case errors.Is(runCtx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%w: stopped after %s", ErrTimeLimit, r.cfg.MaxWallTime)
	}
	var ee *sys.ExitError
	if errors.As(err, &ee) {
		return &ExitError{Code: ee.ExitCode(), Stderr: stderr.bytes()}
	}
	if instantiating {
		return fmt.Errorf("%w: %w", ErrInstantiate, err)
	}
	if fuelLeft < 0 {
		return fmt.Errorf("%w: %d calls and loop iterations", ErrFuelLimit, r.cfg.MaxFuel)
	}
	return &TrapError{Message: err.Error(), Stderr: stderr.bytes()}
}

// RunBytes compiles (or reuses) module bytes and runs them once.
func (r *Runtime) RunBytes(ctx context.Context, module, input []byte) (*Result, error) {
	m, err := r.Compile(ctx, module)
	if err != nil {
		return nil, err
	}
	return r.Run(ctx, m, input)
}
