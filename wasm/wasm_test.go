package wasm_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/wasm"
)

func readModule(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", path))
	require.NoError(t, err)
	return b
}

// testCache is a compilation cache shared by the tests' runtimes, so the
// Go probe module (3 MB) is compiled once per test binary.
var testCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "wasm-test-cache-")
	if err != nil {
		panic(err)
	}
	testCache = dir
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

func newRuntime(t testing.TB, cfg wasm.Config) *wasm.Runtime {
	t.Helper()
	if cfg.CacheDir == "" {
		cfg.CacheDir = testCache
	}
	r, err := wasm.New(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, r.Close(context.Background())) })
	return r
}

// smallLimits keeps the hostile cases fast and cheap.
var smallLimits = wasm.Config{
	MaxMemoryPages: 256, // 16 MiB
	MaxWallTime:    500 * time.Millisecond,
	MaxOutputBytes: 1 << 20,
}

func TestHostileModules(t *testing.T) {
	r := newRuntime(t, smallLimits)
	tests := []struct {
		module string
		input  string
		slow   bool // needs more than smallLimits' wall time on a loaded machine
		want   error
		check  func(t *testing.T, err error)
	}{
		{module: "hostile/trap.wasm", want: wasm.ErrTrap, check: func(t *testing.T, err error) {
			var te *wasm.TrapError
			require.ErrorAs(t, err, &te)
			require.Contains(t, te.Message, "unreachable")
		}},
		{module: "hostile/recurse.wasm", slow: true, want: wasm.ErrTrap, check: func(t *testing.T, err error) {
			require.Contains(t, err.Error(), "stack overflow")
		}},
		{module: "hostile/loop.wasm", want: wasm.ErrTimeLimit},
		{module: "hostile/fib.wasm", want: wasm.ErrTimeLimit},
		{module: "hostile/fuel_export.wasm", want: wasm.ErrInvalidModule},
		{module: "hostile/bigmem.wasm", want: wasm.ErrMemoryLimit},
		{module: "hostile/table_big.wasm", want: wasm.ErrMemoryLimit},
		{module: "hostile/grow.wasm", slow: true, want: wasm.ErrMemoryLimit, check: func(t *testing.T, err error) {
			require.ErrorIs(t, err, wasm.ErrTrap, "the guest trapped after the refused grow")
		}},
		{module: "hostile/flood.wasm", want: wasm.ErrOutputLimit},
		{module: "hostile/import_env.wasm", want: wasm.ErrImportNotProvided, check: importIs("func", "env", "host_secret")},
		{module: "hostile/import_wasi_unknown.wasm", want: wasm.ErrImportNotProvided, check: importIs("func", "wasi_snapshot_preview1", "path_open_anything")},
		{module: "hostile/import_wasi_badsig.wasm", want: wasm.ErrImportNotProvided, check: importIs("func", "wasi_snapshot_preview1", "fd_write")},
		{module: "hostile/import_global.wasm", want: wasm.ErrImportNotProvided, check: importIs("global", "env", "g")},
		{module: "hostile/import_memory.wasm", want: wasm.ErrImportNotProvided, check: importIs("memory", "env", "memory")},
		{module: "hostile/nostart.wasm", want: wasm.ErrInvalidModule},
		{module: "hostile/exit3.wasm", want: wasm.ErrExit, check: func(t *testing.T, err error) {
			var ee *wasm.ExitError
			require.ErrorAs(t, err, &ee)
			require.EqualValues(t, 3, ee.Code)
		}},
		{module: "probe/probe.wasm", input: "mem\n", slow: true, want: wasm.ErrMemoryLimit, check: func(t *testing.T, err error) {
			var ee *wasm.ExitError
			require.ErrorAs(t, err, &ee, "Go's runtime exits when the heap cannot grow")
			require.Contains(t, string(ee.Stderr), "out of memory")
		}},
		{module: "probe/probe.wasm", input: "panic\n", want: wasm.ErrExit, check: func(t *testing.T, err error) {
			require.Contains(t, err.Error(), "panic: probe asked to panic")
		}},
	}
	for _, tc := range tests {
		t.Run(strings.TrimSuffix(tc.module, ".wasm")+"/"+strings.TrimSpace(tc.input), func(t *testing.T) {
			began := time.Now()
			rt := r
			if tc.slow {
				cfg := smallLimits
				cfg.MaxWallTime = 20 * time.Second
				rt = newRuntime(t, cfg)
			}
			res, err := rt.RunBytes(context.Background(), readModule(t, tc.module), []byte(tc.input))
			require.ErrorIs(t, err, tc.want)
			require.Nil(t, res)
			t.Log(err)
			// Bounded: every case ends within its wall-time limit plus
			// slack for compilation on a loaded machine.
			require.Less(t, time.Since(began), 40*time.Second)
			if tc.check != nil {
				tc.check(t, err)
			}
		})
	}
}

func importIs(kind, module, name string) func(t *testing.T, err error) {
	return func(t *testing.T, err error) {
		var ie *wasm.ImportError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, kind, ie.Kind)
		require.Equal(t, module, ie.Module)
		require.Equal(t, name, ie.Name)
	}
}

func TestOutputLimitIsExact(t *testing.T) {
	cfg := smallLimits
	cfg.MaxOutputBytes = 10000
	r := newRuntime(t, cfg)
	echo := readModule(t, "hostile/echo.wasm")
	in := bytes.Repeat([]byte("0123456789"), 1000)

	res, err := r.RunBytes(context.Background(), echo, in)
	require.NoError(t, err)
	require.Equal(t, in, res.Output)

	_, err = r.RunBytes(context.Background(), echo, append(in, '!'))
	require.ErrorIs(t, err, wasm.ErrOutputLimit)
}

func TestTableGrowIsBounded(t *testing.T) {
	// wazero alone would try to allocate 16 GiB for this table.grow; the
	// clamped table maximum makes it fail in the guest instead.
	r := newRuntime(t, smallLimits)
	_, err := r.RunBytes(context.Background(), readModule(t, "hostile/table_grow.wasm"), nil)
	require.NoError(t, err, "table.grow must return -1")
}

func TestMemoryLimitIsExact(t *testing.T) {
	// grow.wasm starts at 1 page and grows 16 at a time, so under a
	// 17-page limit exactly one grow succeeds before the trap.
	cfg := smallLimits
	cfg.MaxMemoryPages = 17
	r := newRuntime(t, cfg)
	_, err := r.RunBytes(context.Background(), readModule(t, "hostile/grow.wasm"), nil)
	require.ErrorIs(t, err, wasm.ErrMemoryLimit)
	require.Contains(t, err.Error(), "asked for 33 pages, limit 17")
}

func TestFuelIsExactAndDeterministic(t *testing.T) {
	count := readModule(t, "hostile/count.wasm")
	const want = 1 + 3*1024 // the call to _start, three blocks of loop iterations
	for _, tc := range []struct {
		fuel int64
		err  error
	}{
		{fuel: want, err: nil},
		{fuel: want - 1, err: wasm.ErrFuelLimit},
		{fuel: 1, err: wasm.ErrFuelLimit},
	} {
		cfg := smallLimits
		cfg.MaxFuel = tc.fuel
		r := newRuntime(t, cfg)
		res, err := r.RunBytes(context.Background(), count, nil)
		if tc.err != nil {
			require.ErrorIs(t, err, tc.err)
			continue
		}
		require.NoError(t, err)
		require.EqualValues(t, want, res.Fuel)
	}
}

func TestFuelStopsUnboundedWork(t *testing.T) {
	// The same two modules the wall-time limit stops, stopped instead by
	// the deterministic fuel limit long before the wall-time limit.
	cfg := wasm.Config{MaxFuel: 1_000_000, MaxWallTime: time.Minute}
	r := newRuntime(t, cfg)
	for _, name := range []string{"hostile/loop.wasm", "hostile/fib.wasm"} {
		_, err := r.RunBytes(context.Background(), readModule(t, name), nil)
		require.ErrorIs(t, err, wasm.ErrFuelLimit, name)
	}
}

func TestGuestCannotTouchFuel(t *testing.T) {
	// A function that reads global 0 in a module with no globals: invalid
	// as given, and it must stay invalid once the fuel global (index 0) is
	// added rather than read the counter.
	const hdr = "\x00asm\x01\x00\x00\x00"
	types := "\x01\x04\x01\x60\x00\x00"
	funcs := "\x03\x02\x01\x00"
	exports := "\x07\x0a\x01\x06_start\x00\x00"
	code := "\x0a\x07\x01\x05\x00\x23\x00\x1a\x0b" // global.get 0, drop, end
	r := newRuntime(t, wasm.Config{})
	_, err := r.Compile(context.Background(), []byte(hdr+types+funcs+exports+code))
	require.ErrorIs(t, err, wasm.ErrInvalidModule)
	require.Contains(t, err.Error(), "global index 0 out of range")
}

func TestLongRunDoesNotStallHost(t *testing.T) {
	// A garbage collection needs every goroutine to reach a safe point, and
	// native guest code has none; the instrumentation's yields provide them.
	// Without, runtime.GC below would wait for the guest to finish.
	r := newRuntime(t, wasm.Config{MaxWallTime: time.Second})
	for _, name := range []string{"hostile/loop.wasm", "hostile/fib.wasm"} {
		m, err := r.Compile(context.Background(), readModule(t, name))
		require.NoError(t, err)
		done := make(chan error, 1)
		go func() { _, err := r.Run(context.Background(), m, nil); done <- err }()
		time.Sleep(100 * time.Millisecond) // let the guest get going
		for range 3 {
			began := time.Now()
			runtime.GC()
			require.Less(t, time.Since(began), time.Second, "%s: GC waited on the guest", name)
		}
		require.ErrorIs(t, <-done, wasm.ErrTimeLimit)
	}
}

func TestNoGoroutineLeak(t *testing.T) {
	r := newRuntime(t, smallLimits)
	mods := map[string][]byte{}
	for _, name := range []string{"echo", "trap", "loop", "flood", "exit3"} {
		mods[name] = readModule(t, "hostile/"+name+".wasm")
		_, _ = r.RunBytes(context.Background(), mods[name], nil) // compile and warm up
	}
	before := runtime.NumGoroutine()
	for _, bin := range mods {
		_, _ = r.RunBytes(context.Background(), bin, []byte("x"))
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	require.LessOrEqual(t, runtime.NumGoroutine(), before, "runs leave no goroutine behind")
}

func TestCallerCancelIsNotALimit(t *testing.T) {
	r := newRuntime(t, wasm.Config{MaxWallTime: time.Minute})
	m, err := r.Compile(context.Background(), readModule(t, "hostile/loop.wasm"))
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = r.Run(ctx, m, nil)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotErrorIs(t, err, wasm.ErrTimeLimit)
}

func TestDeterministicReExecution(t *testing.T) {
	probe := readModule(t, "probe/probe.wasm")
	run := func(cfg wasm.Config) *wasm.Result {
		r := newRuntime(t, cfg)
		res, err := r.RunBytes(context.Background(), probe, []byte("env\n"))
		require.NoError(t, err, "stderr: %s", res)
		return res
	}
	a := run(wasm.Config{Seed: 7})
	b := run(wasm.Config{Seed: 7})
	t.Logf("probe output:\n%s", a.Output)
	require.Equal(t, string(a.Output), string(b.Output), "two runs, same config: identical output")
	require.Equal(t, a.MemoryPages, b.MemoryPages)
	require.Equal(t, a.Fuel, b.Fuel)

	out := string(a.Output)
	for _, want := range []string{
		`args ["module"]`,
		`environ []`,
		"now 1970-01-01T00:00:00",
		"slept 1h0m0s",
		"open /etc/passwd: open /etc/passwd: ",
		"write out.txt: open out.txt: ",
	} {
		require.Contains(t, out, want)
	}
	require.NotContains(t, out, "open /etc/passwd: <nil>")

	c := run(wasm.Config{Seed: 8, Walltime: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)})
	require.NotEqual(t, lineOf(out, "crypto/rand"), lineOf(string(c.Output), "crypto/rand"), "the seed drives randomness")
	require.Contains(t, string(c.Output), "now 2030-01-02T03:04:05")
}

func lineOf(out, prefix string) string {
	for l := range strings.Lines(out) {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

func TestMeasurementIsSHA256(t *testing.T) {
	r := newRuntime(t, wasm.Config{})
	echo := readModule(t, "hostile/echo.wasm")
	m, err := r.Compile(context.Background(), echo)
	require.NoError(t, err)
	require.Equal(t, wasm.Measurement(sha256.Sum256(echo)), m.Measurement())
	require.Equal(t, wasm.Measure(echo), m.Measurement())

	res, err := r.Run(context.Background(), m, []byte("hi"))
	require.NoError(t, err)
	require.Equal(t, m.Measurement(), res.Measurement)
	require.Len(t, m.Measurement().String(), 64)

	again, err := r.Compile(context.Background(), echo)
	require.NoError(t, err)
	require.Same(t, m, again, "compiled once, reused")
}

func TestRelease(t *testing.T) {
	r := newRuntime(t, wasm.Config{})
	echo := readModule(t, "hostile/echo.wasm")
	m, err := r.Compile(context.Background(), echo)
	require.NoError(t, err)

	count, err := r.Compile(context.Background(), readModule(t, "hostile/count.wasm"))
	require.NoError(t, err)
	require.NoError(t, r.Release(context.Background(), count))
	_, err = r.Run(context.Background(), count, nil)
	require.ErrorIs(t, err, wasm.ErrReleased)

	// A release during a run frees the code only once the run is over.
	done := make(chan error)
	go func() { _, err := r.Run(context.Background(), m, bytes.Repeat([]byte("x"), 1<<20)); done <- err }()
	require.NoError(t, r.Release(context.Background(), m))
	require.NoError(t, r.Release(context.Background(), m), "twice is fine")
	err = <-done
	if err != nil { // the release won the race: the run was refused, not broken
		require.ErrorIs(t, err, wasm.ErrReleased)
	}

	again, err := r.Compile(context.Background(), echo)
	require.NoError(t, err)
	require.NotSame(t, m, again, "compiled anew after release")
	res, err := r.Run(context.Background(), again, []byte("ok"))
	require.NoError(t, err)
	require.Equal(t, "ok", string(res.Output))
}

func TestGarbageModules(t *testing.T) {
	r := newRuntime(t, wasm.Config{MaxModuleBytes: 1 << 16})
	echo := readModule(t, "hostile/echo.wasm")
	tests := []struct {
		name string
		bin  []byte
		want error
	}{
		{"empty", nil, wasm.ErrInvalidModule},
		{"text", []byte("(module)"), wasm.ErrInvalidModule},
		{"magic only", []byte("\x00asm"), wasm.ErrInvalidModule},
		{"bad version", []byte("\x00asm\x02\x00\x00\x00"), wasm.ErrInvalidModule},
		{"truncated", echo[:len(echo)/2], wasm.ErrInvalidModule},
		{"section past end", append([]byte("\x00asm\x01\x00\x00\x00\x01\xff\xff\xff\xff\x0f"), 0), wasm.ErrInvalidModule},
		{"too large", make([]byte, 1<<16+1), wasm.ErrModuleTooLarge},
		// Counts that would make wazero allocate gigabytes up front.
		{"export count 2^32-1", []byte("\x00asm\x01\x00\x00\x00\x07\x05\xff\xff\xff\xff\x0f"), wasm.ErrInvalidModule},
		{"2^32-1 locals", []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
			"\x0a\x0a\x01\x08\x01\xff\xff\xff\xff\x0f\x7f\x0b"), wasm.ErrInvalidModule},
		{"data segment past end", []byte("\x00asm\x01\x00\x00\x00\x0b\x07\x01\x01\xff\xff\xff\xff\x0f"), wasm.ErrInvalidModule},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.Compile(context.Background(), tc.bin)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestCustomSectionsAreDropped(t *testing.T) {
	// A "name" section declaring 2^32-1 function names: wazero would size a
	// map from that count. Dropped before decoding, the module still runs,
	// and the measurement is of the bytes as given.
	r := newRuntime(t, wasm.Config{})
	bomb := append(readModule(t, "hostile/echo.wasm"), "\x00\x0c\x04name\x01\x05\xff\xff\xff\xff\x0f"...)
	m, err := r.Compile(context.Background(), bomb)
	require.NoError(t, err)
	require.Equal(t, wasm.Measure(bomb), m.Measurement())
	res, err := r.Run(context.Background(), m, []byte("still runs"))
	require.NoError(t, err)
	require.Equal(t, "still runs", string(res.Output))
}

func TestInvalidConfig(t *testing.T) {
	for _, cfg := range []wasm.Config{
		{MaxMemoryPages: wasm.MaxMemoryPages + 1},
		{MaxWallTime: -time.Second},
		{MaxOutputBytes: -1},
		{MaxModuleBytes: -1},
		{MaxFuel: -1},
	} {
		_, err := wasm.New(context.Background(), cfg)
		require.ErrorIs(t, err, wasm.ErrInvalidConfig)
	}
}

func TestDiskCacheSharedAcrossRuntimes(t *testing.T) {
	dir := t.TempDir()
	echo := readModule(t, "hostile/echo.wasm")
	for range 2 {
		r := newRuntime(t, wasm.Config{CacheDir: dir})
		res, err := r.RunBytes(context.Background(), echo, []byte("cached"))
		require.NoError(t, err)
		require.Equal(t, "cached", string(res.Output))
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.NotEmpty(t, entries, "compiled code was written to the cache directory")
}

func TestConcurrentRuns(t *testing.T) {
	r := newRuntime(t, wasm.Config{})
	m, err := r.Compile(context.Background(), readModule(t, "hostile/echo.wasm"))
	require.NoError(t, err)
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			in := bytes.Repeat([]byte{byte('a' + i)}, 5000+i)
			res, err := r.Run(context.Background(), m, in)
			if err == nil && !bytes.Equal(res.Output, in) {
				err = errors.New("output mixed up between runs")
			}
			errs <- err
		}()
	}
	for range 8 {
		require.NoError(t, <-errs)
	}
}
