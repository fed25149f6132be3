package softmax_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/memo-protocol/memo-compute/examples/softmax"
	"github.com/memo-protocol/memo-compute/wasm"
)

// BenchmarkEpoch times training epochs on digits natively and as each
// WebAssembly build on wazero, interleaved in the same loop. A wasm run
// includes instantiation, copying the 0.9 MB input through stdin and the
// output through stdout; compilation is done once up front (as a node does,
// with its compilation cache). epochs=1 is the issue's "one training
// epoch"; epochs=10 amortises the fixed per-run costs.
//
// Metrics: native-ms, go-wasm-ms, c-wasm-ms are means per run; the ratios
// go-wasm/native and c-wasm/native compare the fastest run of each, since
// load from other processes on a shared machine only ever slows a run down.
// go-bare/native and c-bare/native run the same modules on a bare wazero
// runtime (no fuel instrumentation, no limits, no virtual clock): the
// difference is what the sandbox costs.
func BenchmarkEpoch(b *testing.B) {
	ctx := context.Background()
	r, err := wasm.New(ctx, wasm.Config{})
	require.NoError(b, err)
	defer r.Close(ctx)
	bare := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer bare.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, bare)
	var mods [2]*wasm.Module
	var bareMods [2]wazero.CompiledModule
	for i, name := range modules {
		bin, err := os.ReadFile(name)
		require.NoError(b, err)
		mods[i], err = r.Compile(ctx, bin)
		require.NoError(b, err)
		bareMods[i], err = bare.CompileModule(ctx, bin)
		require.NoError(b, err)
	}
	runBare := func(m wazero.CompiledModule, in []byte) error {
		_, err := bare.InstantiateModule(ctx, m, wazero.NewModuleConfig().WithName("").
			WithStdin(bytes.NewReader(in)).WithStdout(io.Discard))
		return err
	}
	for _, epochs := range []int{1, 10} {
		in := softmax.Encode(digits(b, epochs))
		b.Run(fmt.Sprintf("epochs=%d", epochs), func(b *testing.B) {
			var total, best [5]time.Duration
			runs := [5]func() error{
				func() error { _, err := softmax.Run(in); return err },
				func() error { _, err := r.Run(ctx, mods[0], in); return err },
				func() error { _, err := r.Run(ctx, mods[1], in); return err },
				func() error { return runBare(bareMods[0], in) },
				func() error { return runBare(bareMods[1], in) },
			}
			for b.Loop() {
				for i, run := range runs {
					t0 := time.Now()
					if err := run(); err != nil {
						b.Fatal(err)
					}
					d := time.Since(t0)
					total[i] += d
					if best[i] == 0 || d < best[i] {
						best[i] = d
					}
				}
			}
			n := float64(b.N)
			b.ReportMetric(total[0].Seconds()*1e3/n, "native-ms")
			b.ReportMetric(total[1].Seconds()*1e3/n, "go-wasm-ms")
			b.ReportMetric(total[2].Seconds()*1e3/n, "c-wasm-ms")
			b.ReportMetric(best[1].Seconds()/best[0].Seconds(), "go-wasm/native")
			b.ReportMetric(best[2].Seconds()/best[0].Seconds(), "c-wasm/native")
			b.ReportMetric(best[3].Seconds()/best[0].Seconds(), "go-bare/native")
			b.ReportMetric(best[4].Seconds()/best[0].Seconds(), "c-bare/native")
		})
	}
}
