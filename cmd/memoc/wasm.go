package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/wasm"
)

// wasmRunFlags are the flags of `memoc wasm run`.
type wasmRunFlags struct {
	module, input, out, cacheDir string
	maxPages                     uint32
	maxTime                      time.Duration
	maxOutput, maxInput, maxFuel int64
	maxModule                    int64
	seed                         uint64
	walltime                     string
	noCache                      bool
}

// wasmRunReport is the --json output of `memoc wasm run`.
type wasmRunReport struct {
	Module         string        `json:"module"`
	Measurement    string        `json:"measurement"`
	OutputBytes    int           `json:"outputBytes"`
	OutputSHA256   string        `json:"outputSha256"`
	Output         hexutil.Bytes `json:"output,omitempty"` // omitted with --out
	OutputFile     string        `json:"outputFile,omitempty"`
	Fuel           int64         `json:"fuel"`
	MemoryPages    uint32        `json:"memoryPages"`
	ElapsedSeconds float64       `json:"elapsedSeconds"`
	Stderr         string        `json:"stderr,omitempty"`
}

// wasmMeasureView is one module in `memoc wasm measure --json`.
type wasmMeasureView struct {
	Module      string `json:"module"`
	Measurement string `json:"measurement"`
}

func newWasmCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wasm",
		Short: "Run general-compute WebAssembly (WASI preview 1) modules as a TEE node would",
	}
	cmd.AddCommand(newWasmRunCmd(), newWasmMeasureCmd())
	return cmd
}

func newWasmRunCmd() *cobra.Command {
	var f wasmRunFlags
	cmd := &cobra.Command{
		Use:   "run --module FILE < input",
		Short: "Run a WASI command module on stdin and print its output and measurement",
		Long: `Run a WASI preview-1 command module in the same sandbox a TEE node uses: its
input is stdin (or --input), its output goes to stdout (or --out); it sees no
files, network or environment, a virtual clock and a seeded random stream, so
the same module, input and flags give the same output on every machine.

The measurement (SHA-256 of the module bytes), the output hash, the fuel used
(function calls plus loop iterations: deterministic) and the peak memory are
printed to stderr, or as one JSON object on stdout with --json (the output is
then 0x-prefixed hex in "output" unless --out is given).

Exit status 1 names the limit or failure: trap, exit code, memory, fuel, wall
time, output size, missing import, invalid module.`,
		Example: `  go run ./examples/softmax/mkinput < examples/softmax/testdata/digits.csv.gz > digits.smx
  memoc wasm run --module examples/softmax/softmax-c.wasm < digits.smx > params.bin
  memoc wasm run --module m.wasm --input in.bin --out out.bin --max-fuel 1000000000 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWasm(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.module, "module", "", "WebAssembly module file (required)")
	fl.StringVar(&f.input, "input", "-", "input file given to the module as stdin (- for stdin)")
	fl.StringVar(&f.out, "out", "", "write the module's output to this file instead of stdout")
	fl.Uint32Var(&f.maxPages, "max-memory-pages", wasm.DefaultMaxMemoryPages, "memory limit in 64 KiB pages")
	fl.DurationVar(&f.maxTime, "max-time", wasm.DefaultMaxWallTime, "wall-time limit")
	fl.Int64Var(&f.maxFuel, "max-fuel", wasm.DefaultMaxFuel, "work limit: function calls plus loop iterations")
	fl.Int64Var(&f.maxOutput, "max-output", wasm.DefaultMaxOutputBytes, "output limit in bytes")
	fl.Int64Var(&f.maxInput, "max-input", 1<<30, "refuse inputs larger than this many bytes")
	fl.Int64Var(&f.maxModule, "max-module", wasm.DefaultMaxModuleBytes, "refuse modules larger than this many bytes")
	fl.Uint64Var(&f.seed, "seed", 0, "seed of the module's random_get stream")
	fl.StringVar(&f.walltime, "walltime", "", "RFC 3339 time the module's clock starts at (default 1970-01-01T00:00:00Z)")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "compilation cache directory (default: memoc/wasm in the user cache directory)")
	fl.BoolVar(&f.noCache, "no-cache", false, "compile in memory only, without a cache directory")
	return cmd
}

func runWasm(cmd *cobra.Command, f wasmRunFlags) error {
	if f.module == "" {
		return usagef("--module is required: the .wasm file to run")
	}
	if f.maxPages == 0 || f.maxPages > wasm.MaxMemoryPages {
		return usagef("--max-memory-pages %d: want 1..%d", f.maxPages, wasm.MaxMemoryPages)
	}
	if f.maxTime <= 0 || f.maxFuel <= 0 || f.maxOutput <= 0 || f.maxModule <= 0 || f.maxInput < 0 {
		return usagef("--max-time, --max-fuel, --max-output and --max-module must be positive, --max-input not negative")
	}
	cfg := wasm.Config{
		MaxMemoryPages: f.maxPages,
		MaxWallTime:    f.maxTime,
		MaxOutputBytes: f.maxOutput,
		MaxFuel:        f.maxFuel,
		MaxModuleBytes: f.maxModule,
		Seed:           f.seed,
		Logger:         newLogger(),
	}
	if f.walltime != "" {
		t, err := time.Parse(time.RFC3339Nano, f.walltime)
		if err != nil {
			return usagef("--walltime %q: want an RFC 3339 time such as 2025-01-01T00:00:00Z", f.walltime)
		}
		cfg.Walltime = t
	}
	if !f.noCache {
		cfg.CacheDir = f.cacheDir
		if cfg.CacheDir == "" {
			if dir, err := os.UserCacheDir(); err == nil {
				cfg.CacheDir = filepath.Join(dir, "memoc", "wasm")
			}
		}
	}

	module, err := os.ReadFile(f.module)
	if err != nil {
		return fmt.Errorf("reading module: %w", err)
	}
	input, err := readInput(cmd.InOrStdin(), f.input, f.maxInput)
	if err != nil {
		return err
	}

	ctx := cmd.Context()
	rt, err := wasm.New(ctx, cfg)
	if err != nil && f.cacheDir == "" && cfg.CacheDir != "" {
		// The default cache directory is a convenience: without it, compile
		// in memory.
		cfg.Logger.Warn("compilation cache unavailable, compiling in memory",
			slog.String("dir", cfg.CacheDir), slog.Any("error", err))
		cfg.CacheDir = ""
		rt, err = wasm.New(ctx, cfg)
	}
	if err != nil {
		return fmt.Errorf("starting wasm runtime: %w", err)
	}
	defer rt.Close(ctx)

	stopSpinner := spin(cmd.ErrOrStderr(), "running "+filepath.Base(f.module))
	res, err := rt.RunBytes(ctx, module, input)
	stopSpinner()
	if err != nil {
		return wasmHint(err)
	}

	sum := sha256.Sum256(res.Output)
	report := wasmRunReport{
		Module:         f.module,
		Measurement:    hexutil.Encode(res.Measurement[:]),
		OutputBytes:    len(res.Output),
		OutputSHA256:   hexutil.Encode(sum[:]),
		Fuel:           res.Fuel,
		MemoryPages:    res.MemoryPages,
		ElapsedSeconds: res.Elapsed.Seconds(),
		Stderr:         string(res.Stderr),
	}
	if f.out != "" {
		if err := os.WriteFile(f.out, res.Output, 0o644); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		report.OutputFile = f.out
	}
	if global.json {
		if f.out == "" {
			report.Output = res.Output
		}
		return printJSON(cmd.OutOrStdout(), report)
	}
	if f.out == "" {
		if _, err := cmd.OutOrStdout().Write(res.Output); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	w := cmd.ErrOrStderr()
	if len(res.Stderr) > 0 {
		fmt.Fprintf(w, "module stderr:\n%s", res.Stderr)
	}
	fmt.Fprintf(w, "measurement  sha256:%s\n", res.Measurement)
	fmt.Fprintf(w, "output       %d bytes, sha256:%x\n", report.OutputBytes, sum)
	fmt.Fprintf(w, "fuel         %d\nmemory       %d pages (%d KiB)\nelapsed      %s\n",
		res.Fuel, res.MemoryPages, uint64(res.MemoryPages)*64, res.Elapsed.Round(time.Microsecond))
	return nil
}

func newWasmMeasureCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "measure FILE...",
		Short: "Print the measurement (SHA-256) of WebAssembly modules, as enclaves and verifiers identify them",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			views := make([]wasmMeasureView, 0, len(args))
			for _, p := range args {
				b, err := os.ReadFile(p)
				if err != nil {
					return fmt.Errorf("reading module: %w", err)
				}
				m := wasm.Measure(b)
				views = append(views, wasmMeasureView{Module: p, Measurement: hexutil.Encode(m[:])})
				if !global.json {
					fmt.Fprintf(cmd.OutOrStdout(), "%s  %s\n", m, p)
				}
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), views)
			}
			return nil
		},
	}
}

// readInput reads the module's input from path ("-": stdin), refusing more
// than limit bytes.
func readInput(stdin io.Reader, path string, limit int64) ([]byte, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("opening input: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading input: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("input is over %d bytes: raise --max-input", limit)
	}
	return b, nil
}

// wasmHint adds what to do to the errors a user can act on.
func wasmHint(err error) error {
	hints := []struct {
		target error
		hint   string
	}{
		{wasm.ErrMemoryLimit, "raise --max-memory-pages if the module needs more"},
		{wasm.ErrFuelLimit, "raise --max-fuel if the module needs more work"},
		{wasm.ErrTimeLimit, "raise --max-time if the module needs longer"},
		{wasm.ErrOutputLimit, "raise --max-output if the output is legitimately larger"},
		{wasm.ErrModuleTooLarge, "raise --max-module if the module is legitimately larger"},
		{wasm.ErrImportNotProvided, "build the module for WASI preview 1 (wasm32-wasi, GOOS=wasip1) without host-specific imports"},
		{wasm.ErrInvalidModule, "pass a WASI preview-1 command module (.wasm with a _start export)"},
	}
	for _, h := range hints {
		if errors.Is(err, h.target) {
			return fmt.Errorf("%w (%s)", err, h.hint)
		}
	}
	return err
}

// spin shows a spinner on w while a run lasts more than a moment, when w
// is a terminal; the returned function removes it.
func spin(w io.Writer, what string) (stop func()) {
	f, ok := w.(*os.File)
	if !ok {
		return func() {}
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		select {
		case <-done:
			return
		case <-time.After(time.Second):
		}
		bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(what), progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish())
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				_ = bar.Finish()
				return
			case <-tick.C:
				_ = bar.Add(1)
			}
		}
	}()
	return func() { close(done); <-exited }
}
