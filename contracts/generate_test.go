package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGeneratedFilesUpToDate recompiles src/ with the pinned solc and
// regenerates the bindings in a temporary directory, and fails if any
// committed file under build/ or bindings/ differs. It needs Node.js and
// the npm packages (contracts/node_modules from a previous `go generate`,
// or the npm registry); without them it is skipped.
func TestGeneratedFilesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("recompiles the contracts")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed: cannot check the generated files")
	}
	tmp := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json", "compile.js"} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(tmp, f), b, 0o644))
	}
	require.NoError(t, os.CopyFS(filepath.Join(tmp, "src"), os.DirFS("src")))
	if abs, err := filepath.Abs("node_modules"); err == nil && dirExists(abs) {
		require.NoError(t, os.Symlink(abs, filepath.Join(tmp, "node_modules")))
	} else if out, err := run(tmp, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"); err != nil {
		t.Skipf("cannot install the pinned npm packages (%v): %s", err, out)
	}
	out, err := run(tmp, "node", "compile.js")
	require.NoError(t, err, out)

	goTool, err := exec.LookPath("go")
	require.NoError(t, err, "the go command runs abigen")
	abis, err := filepath.Glob(filepath.Join(tmp, "build", "*.abi"))
	require.NoError(t, err)
	require.NotEmpty(t, abis)
	require.NoError(t, os.Mkdir(filepath.Join(tmp, "bindings"), 0o755))
	for _, abi := range abis {
		name := strings.TrimSuffix(filepath.Base(abi), ".abi")
		out, err := run(".", goTool, "tool", "abigen", "--v2", "--abi", abi, "--bin", strings.TrimSuffix(abi, ".abi")+".bin",
			"--pkg", "bindings", "--type", name, "--out", filepath.Join(tmp, "bindings", strings.ToLower(name)+".go"))
		require.NoError(t, err, out)
	}
	for _, dir := range []string{"build", "bindings"} {
		fresh, err := filepath.Glob(filepath.Join(tmp, dir, "*"))
		require.NoError(t, err)
		committed, err := filepath.Glob(filepath.Join(dir, "*"))
		require.NoError(t, err)
		require.Len(t, committed, len(fresh), "%s/ has other files than the contracts produce: run go generate ./contracts", dir)
		for _, f := range fresh {
			want, err := os.ReadFile(f)
			require.NoError(t, err)
			got, err := os.ReadFile(filepath.Join(dir, filepath.Base(f)))
			require.NoError(t, err, "%s/%s missing: run go generate ./contracts", dir, filepath.Base(f))
			require.True(t, bytes.Equal(want, got), "%s/%s is stale: run go generate ./contracts", dir, filepath.Base(f))
		}
	}
}

func run(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func dirExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
