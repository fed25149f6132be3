package wasm

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero"
)

// FuzzInstrumentPreservesValidity checks the instrumenter against wazero's
// own validator: every module that wazero accepts as given, and that
// predecode lets through, must still be accepted once instrumented. A
// misread immediate would put the fuel check inside an instruction and
// break that.
func FuzzInstrumentPreservesValidity(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*.wasm"))
	seeds = append(seeds, filepath.Join("..", "examples", "softmax", "softmax-c.wasm"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	f.Cleanup(func() { _ = rt.Close(ctx) })
	f.Fuzz(func(t *testing.T, bin []byte) {
		shape, err := predecode(bin)
		if err != nil || checkTables(shape.tables) != nil {
			return // refused before wazero sees it: bounded by design
		}
		orig, err := rt.CompileModule(ctx, bin)
		if err != nil {
			return // not a valid module to begin with
		}
		_ = orig.Close(ctx)
		instr, err := instrument(shape, 1<<40)
		if err != nil {
			if strings.Contains(err.Error(), "is reserved") {
				return
			}
			t.Fatalf("instrumenting a valid module: %v", err)
		}
		cm, err := rt.CompileModule(ctx, instr)
		if err != nil {
			t.Fatalf("instrumented module no longer valid: %v", err)
		}
		_ = cm.Close(ctx)
	})
}
