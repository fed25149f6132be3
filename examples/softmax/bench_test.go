package softmax_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/examples/softmax"
	"github.com/memo-protocol/memo-compute/wasm"
)

// BenchmarkEpoch times training epochs on digits natively and as each
// WebAssembly build on wazero, interleaved in the same loop so the ratios
// are measured under the same machine load. A wasm run includes
// instantiation, copying the 0.9 MB input through stdin and the output
// through stdout; compilation is done once up front (as a node does, with
// its compilation cache). epochs=1 is the "one training epoch";
// epochs=10 amortises the fixed per-run costs to show the code quality.
//
// Reported metrics: native-ms, go-wasm-ms, c-wasm-ms per run, and
// go-wasm/native, c-wasm/native ratios.
func BenchmarkEpoch(b *testing.B) {
	ctx := context.Background()
	r, err := wasm.New(ctx, wasm.Config{})
	require.NoError(b, err)
	defer r.Close(ctx)
	var mods [2]*wasm.Module
	for i, name := range modules {
		bin, err := os.ReadFile(name)
		require.NoError(b, err)
		mods[i], err = r.Compile(ctx, bin)
		require.NoError(b, err)
	}
	for _, epochs := range []int{1, 10} {
		in := softmax.Encode(digits(b, epochs))
		b.Run(fmt.Sprintf("epochs=%d", epochs), func(b *testing.B) {
			var native, goWasm, cWasm time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := softmax.Run(in); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := r.Run(ctx, mods[0], in); err != nil {
					b.Fatal(err)
				}
				t2 := time.Now()
				if _, err := r.Run(ctx, mods[1], in); err != nil {
					b.Fatal(err)
				}
				t3 := time.Now()
				native, goWasm, cWasm = native+t1.Sub(t0), goWasm+t2.Sub(t1), cWasm+t3.Sub(t2)
			}
			n := float64(b.N)
			b.ReportMetric(native.Seconds()*1e3/n, "native-ms")
			b.ReportMetric(goWasm.Seconds()*1e3/n, "go-wasm-ms")
			b.ReportMetric(cWasm.Seconds()*1e3/n, "c-wasm-ms")
			b.ReportMetric(goWasm.Seconds()/native.Seconds(), "go-wasm/native")
			b.ReportMetric(cWasm.Seconds()/native.Seconds(), "c-wasm/native")
		})
	}
}
