package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// execMemoc runs memoc in process as main does and returns stdout, stderr
// and the exit code. stdin nil reads as empty.
func execMemoc(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, stdin, &out, &errOut)
	return out.String(), errOut.String(), code
}

// walkCommands calls fn on c and every command below it.
func walkCommands(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walkCommands(sub, fn)
	}
}

// commandArgs is the argument list that reaches c from the root.
func commandArgs(c *cobra.Command) []string {
	var args []string
	for ; c.HasParent(); c = c.Parent() {
		args = append([]string{c.Name()}, args...)
	}
	return args
}

// TestExitCodeEveryCommand checks every command in the tree, new ones
// included: an unknown flag is a usage error (2) and --help succeeds (0).
func TestExitCodeEveryCommand(t *testing.T) {
	var n int
	walkCommands(NewRootCmd(), func(c *cobra.Command) {
		n++
		args := commandArgs(c)
		t.Run(c.CommandPath(), func(t *testing.T) {
			_, errOut, code := execMemoc(t, nil, append(args, "--no-such-flag")...)
			require.Equal(t, exitUsage, code, "unknown flag; stderr: %s", errOut)
			require.Contains(t, errOut, "unknown flag: --no-such-flag")
			require.Contains(t, errOut, "--help' for usage")

			out, errOut, code := execMemoc(t, nil, append(args, "--help")...)
			require.Equal(t, exitOK, code, errOut)
			require.Contains(t, out, "Usage:")
		})
	})
	require.Greater(t, n, 20, "the walk sees the whole tree")
}

// TestExitCodes checks usage errors of every kind, failed operations and
// success, as main reports them.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt_quote")
	require.NoError(t, os.WriteFile(corrupt, bytes.Repeat([]byte{0x5a}, 700), 0o600))
	quote, collateral := attestTestdata("tdx_quote"), attestTestdata("tdx_quote_collateral.json")
	wasmDir := filepath.Join("..", "..", "wasm", "testdata", "hostile")

	for _, tc := range []struct {
		name string
		args []string
		want int
		// stderr is in the message; "" for no check.
		stderr string
	}{
		// Usage: unknown commands and subcommands.
		{"unknown command", []string{"trian"}, exitUsage, `unknown command "trian" for "memoc"; did you mean train?`},
		{"unknown subcommand", []string{"attest", "verfy"}, exitUsage, `unknown command "verfy" for "memoc attest"; did you mean verify?`},
		{"unknown user subcommand", []string{"user", "nosuch"}, exitUsage, "unknown command"},
		{"unknown wasm subcommand", []string{"wasm", "nosuch", "--json"}, exitUsage, "unknown command"},
		{"unknown completion shell", []string{"completion", "tcsh"}, exitUsage, "unknown command"},
		// Usage: arguments.
		{"extra argument", []string{"version", "extra"}, exitUsage, `unknown command "extra" for "memoc version"`},
		{"extra argument to a flag-only command", []string{"train", "digits.csv"}, exitUsage, "unknown command"},
		{"missing argument", []string{"wasm", "measure"}, exitUsage, "requires at least 1 arg"},
		{"missing amount", []string{"stake", "--rpc", "http://127.0.0.1:1"}, exitUsage, "accepts 1 arg"},
		{"too many arguments", []string{"status", "0x1", "0x2"}, exitUsage, "accepts at most 1 arg"},
		// Usage: required flags.
		{"missing required flag", []string{"attest", "verify", "--quote", quote}, exitUsage, `required flag(s) "collateral" not set`},
		{"missing required flags", []string{"attest", "show"}, exitUsage, `required flag(s) "quote" not set`},
		{"missing --module", []string{"wasm", "run"}, exitUsage, "--module is required"},
		{"node without a spec", []string{"node", "--data-dir", dir}, exitUsage, "spec"},
		{"node with an unreadable spec", []string{"node", "--spec", filepath.Join(dir, "nosuch.json"), "--data-dir", dir}, exitUsage, "--spec"},
		{"verifier without a data dir", []string{"verifier"}, exitUsage, "--data-dir"},
		{"verifier with a bad log format", []string{"verifier", "--data-dir", dir, "--log-format", "xml"}, exitUsage, "--log-format"},
		{"allow-measurement of a non-hash", []string{"govern", "allow-measurement", "0x12", "--rpc", "http://127.0.0.1:1"}, exitUsage, "MEASUREMENT"},
		// Usage: bad flag values, parsed by pflag or checked by the command.
		{"bad int", []string{"train", "--rounds", "many"}, exitUsage, `invalid argument "many" for "--rounds"`},
		{"bad bool", []string{"version", "--json=maybe"}, exitUsage, "invalid argument"},
		{"bad duration", []string{"wasm", "run", "--max-time", "soon"}, exitUsage, "invalid argument"},
		{"bad log level", []string{"--log-level", "loud", "version"}, exitUsage, "--log-level"},
		{"bad model", []string{"train", "--model", "tree"}, exitUsage, "--model"},
		{"bad time", []string{"attest", "verify", "--quote", quote, "--collateral", collateral, "--at", "yesterday"}, exitUsage, "--at"},
		{"bad demo size", []string{"demo", "--users", "0"}, exitUsage, "--users"},
		{"bad flag after a subcommand", []string{"attest", "show", "--quote"}, exitUsage, "flag needs an argument"},
		{"task without a fee", []string{"task", "publish", "--node-count", "1"}, exitUsage, `required flag(s) "fee" not set`},
		{"task without nodes", []string{"task", "publish", "--fee", "1"}, exitUsage, "--node-count"},
		{"task with a bad split", []string{"task", "publish", "--fee", "1", "--node-count", "1", "--split", "50,50"}, exitUsage, "--split"},
		{"task with a bad ε", []string{"task", "publish", "--fee", "1", "--node-count", "1", "--dp-epsilon", "0"}, exitUsage, "--dp-epsilon"},
		{"task spec and wasm", []string{"task", "spec", "--wasm", "m.wasm", "--rounds", "3"}, exitUsage, "--rounds"},
		{"bad task id", []string{"task", "status", "latest"}, exitUsage, "TASK"},
		{"bad node timeout", []string{"user", "nodes", "--timeout", "0s"}, exitUsage, "--timeout"},
		{"task status without a task", []string{"task", "status"}, exitUsage, "accepts 1 arg"},
		{"unknown bench row", []string{"bench", "--rows", "nosuch"}, exitUsage, "--rows"},
		{"extra argument to bench", []string{"bench", "seal"}, exitUsage, "unknown command"},

		// The operation failed.
		{"corrupt quote", []string{"attest", "verify", "--quote", corrupt, "--collateral", collateral}, exitFailure, "NOT valid"},
		{"quote refused by policy", []string{"attest", "verify", "--quote", attestTestdata("sgx_quote"), "--collateral", attestTestdata("sgx_quote_collateral.json"), "--at", "2025-07-01T00:00:00Z"}, exitFailure, "NOT valid"},
		{"not a quote", []string{"attest", "show", "--quote", collateral}, exitFailure, "want a raw SGX v3 or TDX v4/v5 quote"},
		{"missing quote file", []string{"attest", "show", "--quote", filepath.Join(dir, "nope")}, exitFailure, "reading --quote"},
		{"missing CSV", []string{"train", "--data", filepath.Join(dir, "missing.csv")}, exitFailure, "opening --data"},
		{"trap", []string{"wasm", "run", "--no-cache", "--module", filepath.Join(wasmDir, "trap.wasm")}, exitFailure, ""},
		{"missing module", []string{"wasm", "measure", filepath.Join(dir, "nope.wasm")}, exitFailure, "reading module"},
		{"unknown task", []string{"task", "status", "7", "--home", dir}, exitFailure, "no record of market task 7"},
		{"no deployment file", []string{"status", "0x0000000000000000000000000000000000000001", "--deployment", filepath.Join(dir, "nope.json")}, exitFailure, "does not exist"},
		{"bench markdown unwritable", []string{"bench", "--quick", "--rows", "attest", "--markdown", filepath.Join(dir, "nope", "PERFORMANCE.md")}, exitFailure, "writing --markdown"},

		// Success, help included.
		{"help flag", []string{"--help"}, exitOK, ""},
		{"help command", []string{"help", "attest"}, exitOK, ""},
		{"no command", nil, exitOK, ""},
		{"group alone", []string{"attest"}, exitOK, ""},
		{"version", []string{"version"}, exitOK, ""},
		{"valid quote", []string{"attest", "verify", "--quote", quote, "--collateral", collateral, "--at", "2025-07-01T00:00:00Z"}, exitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := execMemoc(t, nil, tc.args...)
			require.Equal(t, tc.want, code, "memoc %s; stderr: %s", strings.Join(tc.args, " "), errOut)
			require.Contains(t, errOut, tc.stderr)
			if tc.want == exitUsage {
				require.Contains(t, errOut, "--help' for usage", "a usage error says where to look")
			}
			if tc.want == exitOK {
				require.Empty(t, errOut)
			}
		})
	}
}

// TestFlagUsageHasNoBackquotes: pflag reads a backquoted word in a flag's
// usage as the name of its value, so "written by `memoc devnet`" would
// show as "--deployment memoc devnet".
func TestFlagUsageHasNoBackquotes(t *testing.T) {
	walkCommands(NewRootCmd(), func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			assert.NotContains(t, f.Usage, "`", "%s --%s", c.CommandPath(), f.Name)
		})
	})
}
