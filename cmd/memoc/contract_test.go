package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// The --json output contract (output.go, README "Output"), as checked on
// every value of every document.
var (
	contractKey = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)
	// A duration's unit is seconds, said by its key.
	contractNotSeconds = regexp.MustCompile(`(Millis|Ms|MS|Micros|Nanos|Ns)$`)
	// Bare hex: only hex digits, long enough not to be a word, with at
	// least one letter (all-digit strings are decimal amounts).
	contractBareHex = regexp.MustCompile(`^[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*$`)
	contractHex     = regexp.MustCompile(`^0x[0-9a-fA-F]*$`)
	contractTime    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([T ]|$)`)
	contractDecimal = regexp.MustCompile(`^-?[0-9]+$`)
	maxSafeInteger  = new(big.Float).SetInt64(1 << 53)
)

// contractViolations parses doc as the one JSON value a command prints on
// stdout and lists every place it breaks the output contract.
func contractViolations(doc []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []string{fmt.Sprintf("stdout is not JSON: %v", err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return []string{"stdout holds more than one JSON value"}
	}
	var bad []string
	walkContract("$", v, func(path, format string, args ...any) {
		bad = append(bad, path+": "+fmt.Sprintf(format, args...))
	})
	return bad
}

func walkContract(path string, v any, bad func(path, format string, args ...any)) {
	switch v := v.(type) {
	case nil:
		bad(path, "null: leave optional fields out instead")
	case map[string]any:
		for k, x := range v {
			p := path + "." + k
			if !contractKey.MatchString(k) {
				bad(p, "key %q is not lowerCamelCase", k)
			}
			if contractNotSeconds.MatchString(k) {
				bad(p, "key %q: durations are seconds, in keys ending in Seconds", k)
			}
			if base, ok := strings.CutSuffix(k, "Formatted"); ok {
				if s, _ := v[base].(string); !contractDecimal.MatchString(s) {
					bad(p, "a formatted amount needs its amount %q beside it, a decimal string", base)
				}
			}
			walkContract(p, x, bad)
		}
	case []any:
		for i, x := range v {
			walkContract(fmt.Sprintf("%s[%d]", path, i), x, bad)
		}
	case json.Number:
		f, _, err := big.ParseFloat(string(v), 10, 200, big.ToNearestEven)
		if err != nil || new(big.Float).Abs(f).Cmp(maxSafeInteger) > 0 {
			bad(path, "number %s is beyond 2^53: write it as a decimal string", v)
		}
	case string:
		switch {
		case len(v) >= 8 && contractBareHex.MatchString(v):
			bad(path, "hex %q without 0x", v)
		case strings.HasPrefix(v, "0x") && !contractHex.MatchString(v):
			bad(path, "%q starts with 0x but is not hex", v)
		case contractTime.MatchString(v):
			if _, err := time.Parse(time.RFC3339, v); err != nil {
				bad(path, "time %q is not RFC 3339", v)
			}
		}
	}
}

// TestContractChecker shows the checker refusing what the output used to
// look like before the contract: each document here is an excerpt of a
// command's earlier --json output.
func TestContractChecker(t *testing.T) {
	for name, doc := range map[string]string{
		"snake_case key (train)":          `{"test_accuracy": 0.9}`,
		"bare hex (attest verify)":        `{"measurement": "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb"}`,
		"amount as a number (demo)":       `{"reward": 150000000000000000000}`,
		"date without time (attest show)": `{"notAfter": "2025-05-21"}`,
		"milliseconds (wasm run)":         `{"elapsedMs": 12}`,
		"path as key (wasm measure)":      `{"m/echo.wasm": "0xab"}`,
		"formatted without amount":        `{"rewardFormatted": "1 MEMO"}`,
		"null":                            `{"fees": null}`,
		"two values":                      `{} {}`,
	} {
		require.NotEmpty(t, contractViolations([]byte(doc)), name)
	}
	ok := `{"chainId": 1337, "reward": "150000000000000000000", "rewardFormatted": "150 MEMO", "records": 360,
		"measurement": "0x33d8", "validUntil": "2025-07-01T00:00:00Z", "elapsedSeconds": 0.25, "cheat": "honest",
		"rounds": [{"testAccuracy": 0.9}], "state": "passed", "data": "digits"}`
	require.Empty(t, contractViolations([]byte(ok)))
}

// requireContract runs memoc with args (--json added), requires the exit
// code and checks stdout against the output contract, going on after a
// violation so that one run reports them all.
func requireContract(t *testing.T, wantCode int, args ...string) {
	t.Helper()
	out, errOut, code := execMemoc(t, nil, append(args, "--json")...)
	require.Equal(t, wantCode, code, "exit code; stderr: %s", errOut)
	assert.Empty(t, contractViolations([]byte(out)), "memoc %s --json:\n%s", strings.Join(args, " "), out)
}

// contractUncovered lists the commands that print data but are not run by
// TestJSONContract, and why.
var contractUncovered = map[string]string{
	"memoc user inspect-node":        "needs a registered sim enclave serving its attestation: TestUserCommands",
	"memoc user grant":               "needs a registered sim enclave serving its attestation: TestUserCommands",
	"memoc user revoke":              "needs a grant registered on chain: TestUserCommands",
	"memoc withdraw":                 "needs the unbonding delay to pass; prints the same document as stake and unbond",
	"memoc govern allow-measurement": "prints the same document as stake and unbond; run by examples/multiprocess",
	"memoc govern reveal-window":     "prints the same document as stake and unbond; run by examples/multiprocess",
	"memoc verifier":                 "a daemon: logs on stderr, no document on stdout; its daemon runs in TestVerifierDaemons",
	"memoc task publish":             "needs nodes holding grants: TestTaskFlow checks its document",
	"memoc task send-input":          "needs a published task with an input: TestTaskFlow checks its document",
	"memoc task status":              "needs a published task: TestTaskFlow checks its document",
	"memoc task result":              "needs a task with a result: TestTaskFlow checks its document",
	"memoc task settle":              "needs a task whose results are judged: TestTaskFlow checks its document",
	"memoc user nodes":               "needs registered nodes: TestTaskFlow checks its document",
	"memoc user claim":               "needs a settled task: TestTaskFlow checks its document",
	"memoc user history":             "needs submitted results: TestTaskFlow checks its document",
	"memoc dashboard":                "a server: prints its URL and serves until stopped; TestDashboardCommand checks its document",
}

// contractExempt lists the commands that print no data.
var contractExempt = []string{"memoc", "memoc help", "memoc completion"}

// TestJSONContract runs every command that prints data with --json on
// small inputs and checks each document against the output contract; the
// chain commands run against `memoc devnet` in this process. A new command
// fails the coverage check until it is run here or listed in
// contractUncovered.
func TestJSONContract(t *testing.T) {
	covered := map[string]bool{}
	cover := func(path string) { covered["memoc "+path] = true }

	t.Run("version", func(t *testing.T) {
		cover("version")
		requireContract(t, exitOK, "version")
	})

	t.Run("task spec", func(t *testing.T) {
		cover("task spec")
		cover("node") // --measure prints the measurement of an enclave for a spec
		requireContract(t, exitOK, "task", "spec")
		spec := filepath.Join(t.TempDir(), "spec.json")
		requireContract(t, exitOK, "task", "spec", "--model", "mlp", "--hidden", "8", "--seed", "18446744073709551615", "--out", spec)
		requireContract(t, exitOK, "node", "--spec", spec, "--measure")
	})

	t.Run("attest", func(t *testing.T) {
		cover("attest verify")
		cover("attest show")
		at := "2025-07-01T00:00:00Z"
		requireContract(t, exitOK, "attest", "verify", "--quote", attestTestdata("tdx_quote"), "--collateral", attestTestdata("tdx_quote_collateral.json"), "--at", at)
		// A refusal prints its document too, with the reasons.
		requireContract(t, exitFailure, "attest", "verify", "--quote", attestTestdata("sgx_quote"), "--collateral", attestTestdata("sgx_quote_collateral.json"), "--at", at)
		requireContract(t, exitOK, "attest", "show", "--quote", attestTestdata("sgx_quote"))
		requireContract(t, exitOK, "attest", "show", "--quote", attestTestdata("tdx_quote"))
	})

	t.Run("train", func(t *testing.T) {
		cover("train")
		requireContract(t, exitOK, "train", "--rounds", "2", "--dp-epsilon", "8")
		requireContract(t, exitOK, "train", "--data", contractCSV(t, 60), "--model", "mlp", "--hidden", "4", "--rounds", "1",
			"--seed", "18446744073709551615", "--plot", filepath.Join(t.TempDir(), "p.png"))
	})

	t.Run("wasm", func(t *testing.T) {
		cover("wasm run")
		cover("wasm measure")
		echo := filepath.Join("..", "..", "wasm", "testdata", "hostile", "echo.wasm")
		out, errOut, code := execMemoc(t, strings.NewReader("hello, enclave"), "wasm", "run", "--no-cache", "--module", echo, "--json")
		require.Equal(t, exitOK, code, errOut)
		assert.Empty(t, contractViolations([]byte(out)), out)
		requireContract(t, exitOK, "wasm", "run", "--no-cache", "--module", echo, "--input", echo, "--out", filepath.Join(t.TempDir(), "out"))
		requireContract(t, exitOK, "wasm", "measure", echo, echo)
	})

	t.Run("demo", func(t *testing.T) {
		cover("demo")
		requireContract(t, exitOK, "demo", "--dp-unit", "record", "--users", "4", "--nodes", "1", "--verifiers", "3", "--rounds", "1", "--plot", "")
	})

	t.Run("chain", func(t *testing.T) {
		cover("devnet")
		dir := t.TempDir()
		dep := filepath.Join(dir, "devnet.json")
		ctx, cancel := context.WithCancel(context.Background())
		stdoutR, stdoutW := io.Pipe()
		var devnetErr bytes.Buffer
		exited := make(chan int, 1)
		go func() {
			exited <- run(ctx, []string{"devnet", "--port", "0", "--deployment", dep, "--accounts", "3", "--block-time", "0", "--json"},
				strings.NewReader(""), stdoutW, &devnetErr)
			stdoutW.Close()
		}()
		defer func() {
			cancel()
			require.Equal(t, exitOK, <-exited, "devnet stops cleanly on cancel; stderr: %s", &devnetErr)
		}()
		var up json.RawMessage
		require.NoError(t, json.NewDecoder(stdoutR).Decode(&up), "devnet's start-up document; stderr: %s", &devnetErr)
		go func() { _, _ = io.Copy(io.Discard, stdoutR) }()
		assert.Empty(t, contractViolations(up), "memoc devnet --json:\n%s", up)
		var addr struct{ HTTP string }
		require.NoError(t, json.Unmarshal(up, &addr))
		rpc := []string{"--rpc", addr.HTTP, "--deployment", dep}

		cover("status")
		requireContract(t, exitOK, append([]string{"status", "--dev-account", "1"}, rpc...)...)
		cover("stake")
		requireContract(t, exitOK, append([]string{"stake", "1500", "--role", "tee-node", "--dev-account", "1"}, rpc...)...)
		cover("unbond")
		requireContract(t, exitOK, append([]string{"unbond", "500", "--dev-account", "1"}, rpc...)...)

		cover("deploy")
		d, err := chain.LoadDeployment(dep)
		require.NoError(t, err)
		keyFile := filepath.Join(dir, "key")
		require.NoError(t, os.WriteFile(keyFile, []byte(d.DevAccounts[2].Key.String()), 0o600))
		requireContract(t, exitOK, "deploy", "--rpc", addr.HTTP, "--key-file", keyFile, "--deployment", filepath.Join(dir, "deployed.json"))
		// A test chain's deployment trusting the sim root, with dev
		// accounts funded by the deployer.
		testDep := filepath.Join(dir, "test", "deployed.json")
		requireContract(t, exitOK, "deploy", "--rpc", addr.HTTP, "--key-file", keyFile, "--deployment", testDep, "--trust-sim-root", "--dev-accounts", "3", "--fund-memo", "10")
		td, err := chain.LoadDeployment(testDep)
		require.NoError(t, err)
		require.True(t, td.TrustsSimulatedRoots)
		require.Len(t, td.DevAccounts, 3)
		require.Equal(t, d.DevAccounts[2].Address, td.DevAccounts[0].Address, "the deployer is dev account 0")
		require.FileExists(t, filepath.Join(dir, "test", simRootFile))
	})

	t.Run("user", func(t *testing.T) {
		t.Setenv("MEMOC_HOME", t.TempDir())
		t.Setenv("MEMOC_PASSWORD", "correct horse")
		cover("user keygen")
		requireContract(t, exitOK, "user", "keygen")
		cover("user import")
		out, errOut, code := execMemoc(t, strings.NewReader(strings.Repeat("ab", 32)), "user", "import", "--key-file", "-", "--force", "--json")
		require.Equal(t, exitOK, code, errOut)
		assert.Empty(t, contractViolations([]byte(out)), out)
		cover("user upload")
		requireContract(t, exitOK, "user", "upload", "--data", contractCSV(t, 20))
		cover("user datasets")
		requireContract(t, exitOK, "user", "datasets")
	})

	t.Run("bench", func(t *testing.T) {
		cover("bench")
		md := filepath.Join(t.TempDir(), "PERFORMANCE.md")
		requireContract(t, exitOK, "bench", "--quick", "--rows", "attest,wasm", "--markdown", md)
		b, err := os.ReadFile(md)
		require.NoError(t, err)
		require.Contains(t, string(b), "| `attest` |")
	})

	t.Run("coverage", func(t *testing.T) {
		var missing []string
		walkCommands(NewRootCmd(), func(c *cobra.Command) {
			path := c.CommandPath()
			for _, p := range contractExempt {
				// "memoc" exempts the root alone, not every command under it.
				if path == p || (p != "memoc" && strings.HasPrefix(path, p+" ")) {
					return
				}
			}
			if c.HasSubCommands() || covered[path] || contractUncovered[path] != "" {
				return
			}
			missing = append(missing, path)
		})
		slices.Sort(missing)
		require.Empty(t, missing, "commands neither run by TestJSONContract nor listed in contractUncovered")
	})
}

// contractCSV writes a small CSV with a label column and returns its path.
func contractCSV(t *testing.T, rows int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("x1,x2,label\n")
	for i := range rows {
		fmt.Fprintf(&b, "%d.5,%d,%d\n", i%5, i%3, i%2)
	}
	p := filepath.Join(t.TempDir(), "data.csv")
	require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o600))
	return p
}
