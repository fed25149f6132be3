package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/wasm"
)

// runWasmCmd runs the command tree with args and stdin, returning stdout
// and stderr separately.
func runWasmCmd(t *testing.T, stdin []byte, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	global = globals{}
	root := NewRootCmd()
	var out, errOut bytes.Buffer
	root.SetIn(bytes.NewReader(stdin))
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestWasmRunEcho(t *testing.T) {
	module := filepath.Join("..", "..", "wasm", "testdata", "hostile", "echo.wasm")
	bin, err := os.ReadFile(module)
	require.NoError(t, err)
	in := []byte("hello, enclave")

	out, errOut, err := runWasmCmd(t, in, "wasm", "run", "--no-cache", "--module", module)
	require.NoError(t, err)
	require.Equal(t, string(in), out, "module output on stdout")
	require.Contains(t, errOut, "measurement  sha256:"+wasm.Measure(bin).String())

	out, _, err = runWasmCmd(t, in, "wasm", "run", "--no-cache", "--json", "--module", module)
	require.NoError(t, err)
	var r wasmRunReport
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	sum := sha256.Sum256(in)
	require.Equal(t, "0x"+hex.EncodeToString(sum[:]), r.OutputSHA256)
	require.Equal(t, in, []byte(r.Output))
	require.Equal(t, "0x"+wasm.Measure(bin).String(), r.Measurement)
	require.Positive(t, r.Fuel)
	require.Positive(t, r.ElapsedSeconds)
}

func TestWasmRunErrors(t *testing.T) {
	dir := filepath.Join("..", "..", "wasm", "testdata", "hostile")
	for _, tc := range []struct {
		args []string
		want error
	}{
		{[]string{"--module", filepath.Join(dir, "trap.wasm")}, wasm.ErrTrap},
		{[]string{"--module", filepath.Join(dir, "loop.wasm"), "--max-fuel", "100000"}, wasm.ErrFuelLimit},
		{[]string{"--module", filepath.Join(dir, "grow.wasm"), "--max-memory-pages", "32"}, wasm.ErrMemoryLimit},
		{[]string{"--module", filepath.Join(dir, "flood.wasm"), "--max-output", "1000"}, wasm.ErrOutputLimit},
		{[]string{"--module", filepath.Join(dir, "import_env.wasm")}, wasm.ErrImportNotProvided},
	} {
		_, _, err := runWasmCmd(t, nil, append([]string{"wasm", "run", "--no-cache"}, tc.args...)...)
		require.ErrorIs(t, err, tc.want, tc.args[1])
	}
	_, _, err := runWasmCmd(t, nil, "wasm", "run")
	var ue usageError
	require.ErrorAs(t, err, &ue, "--module missing is a usage error")
}

func TestWasmMeasure(t *testing.T) {
	module := filepath.Join("..", "..", "wasm", "testdata", "hostile", "echo.wasm")
	bin, err := os.ReadFile(module)
	require.NoError(t, err)
	out, _, err := runWasmCmd(t, nil, "wasm", "measure", module)
	require.NoError(t, err)
	require.Equal(t, wasm.Measure(bin).String()+"  "+module+"\n", out)

	out, _, err = runWasmCmd(t, nil, "wasm", "measure", "--json", module)
	require.NoError(t, err)
	var views []wasmMeasureView
	require.NoError(t, json.Unmarshal([]byte(out), &views))
	require.Equal(t, []wasmMeasureView{{Module: module, Measurement: "0x" + wasm.Measure(bin).String()}}, views)
}
