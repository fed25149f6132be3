package wasm_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/memo-protocol/memo-compute/wasm"
)

// FuzzCompile feeds arbitrary bytes to Compile: it must never panic, and
// every refusal must be one of the package's named errors.
func FuzzCompile(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*.wasm"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	r, err := wasm.New(context.Background(), wasm.Config{MaxMemoryPages: 16, MaxModuleBytes: 1 << 20})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = r.Close(context.Background()) })
	f.Fuzz(func(t *testing.T, bin []byte) {
		_, err := r.Compile(context.Background(), bin)
		if err == nil {
			return
		}
		for _, named := range []error{wasm.ErrInvalidModule, wasm.ErrImportNotProvided, wasm.ErrMemoryLimit, wasm.ErrModuleTooLarge} {
			if errors.Is(err, named) {
				return
			}
		}
		t.Fatalf("unnamed error: %v", err)
	})
}
