package enclave

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// TestMeasurementIsTheCode builds testdata/measureprog, which prints the
// sim measurement of a fixed workload as the running binary measures it,
// twice as is and once with one constant changed, and runs them. The two
// identical builds (and two processes of one binary) agree; the changed one
// differs. All three have the same embedded build information, which the
// test checks, so a measurement of the build information rather than of
// the code would make it fail.
func TestMeasurementIsTheCode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three binaries with the go command")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	pkg := filepath.Join("testdata", "measureprog")
	mainGo, err := filepath.Abs(filepath.Join(pkg, "main.go"))
	require.NoError(t, err)
	src, err := os.ReadFile(mainGo)
	require.NoError(t, err)
	const decl = "const variant = 1"
	require.Contains(t, string(src), decl)

	// Every build reads main.go through the same overlay, so the go
	// command's flags and inputs are the same but for the content of
	// variant.go.
	dir := t.TempDir()
	variant := filepath.Join(dir, "variant.go")
	overlay := filepath.Join(dir, "overlay.json")
	ob, err := json.Marshal(map[string]map[string]string{"Replace": {mainGo: variant}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(overlay, ob, 0o600))
	build := func(name string, v int) string {
		t.Helper()
		s := strings.Replace(string(src), decl, fmt.Sprintf("const variant = %d", v), 1)
		require.NoError(t, os.WriteFile(variant, []byte(s), 0o600))
		bin := filepath.Join(dir, name)
		out, err := exec.Command(goTool, "build", "-trimpath", "-buildvcs=false", "-overlay", overlay, "-o", bin, "./"+filepath.ToSlash(pkg)).CombinedOutput()
		require.NoError(t, err, "building %s: %s", name, out)
		return bin
	}
	buildInfo := func(bin string) string {
		t.Helper()
		out, err := exec.Command(goTool, "version", "-m", bin).CombinedOutput()
		require.NoError(t, err, "%s", out)
		_, info, _ := strings.Cut(string(out), "\n") // the first line names the file
		return info
	}
	run := func(bin string) (common.Hash, string) {
		t.Helper()
		out, err := exec.Command(bin).Output()
		require.NoError(t, err)
		f := strings.Fields(string(out))
		require.Len(t, f, 2, "%s", out)
		return common.HexToHash(f[0]), f[1]
	}
	// want is the measurement computed here from the file's bytes.
	w := Workload{Kind: KindSoftmax, ID: common.Hash{0x11}}
	want := func(bin string) common.Hash {
		t.Helper()
		b, err := os.ReadFile(bin)
		require.NoError(t, err)
		return Measure(runtimeIdentity(sha256.Sum256(b)), w)
	}

	a, again, b := build("a", 1), build("a-again", 1), build("b", 2)
	require.Equal(t, buildInfo(a), buildInfo(b), "the builds differ in code only, not in build information")

	ma, va := run(a)
	mb, vb := run(b)
	require.Equal(t, "1", va)
	require.Equal(t, "2", vb)
	require.Equal(t, want(a), ma, "the measurement is of the executable's bytes")
	require.Equal(t, want(b), mb)
	require.NotEqual(t, ma, mb, "one constant changed is another measurement")

	second, _ := run(a)
	require.Equal(t, ma, second, "every process of a binary has its measurement")
	rebuilt, _ := run(again)
	require.Equal(t, ma, rebuilt, "a reproducible build of the same code has the same measurement")
}

// TestSimPlatform: the sim platform fixes the enclave's identity and the
// caller supplies only report data; its quotes are the authority's SGX v3
// quotes byte for byte.
func TestSimPlatform(t *testing.T) {
	auth, err := sim.New(bytes.Repeat([]byte{7}, sim.SeedSize))
	require.NoError(t, err)
	want, err := MeasureWorkload(testWorkload)
	require.NoError(t, err)
	for _, debug := range []bool{false, true} {
		id, q, err := NewSimPlatform(auth).Launch(testWorkload, debug)
		require.NoError(t, err)
		require.Equal(t, Report{MREnclave: want, MRSigner: SimMRSigner, ISVProdID: SimProdID, ISVSVN: SimSVN, Debug: debug}, id)
		rd := [64]byte{1, 2, 3}
		quote, err := q.Quote(rd)
		require.NoError(t, err)
		direct, err := auth.Quote(sim.Report{MREnclave: want, MRSigner: SimMRSigner, ISVProdID: SimProdID, ISVSVN: SimSVN, Debug: debug, ReportData: rd})
		require.NoError(t, err)
		require.Equal(t, direct, quote)
		pq, err := abi.ParseQuote(quote)
		require.NoError(t, err)
		require.Equal(t, [32]byte(want), pq.SGX.MREnclave)
		require.Equal(t, rd, pq.ReportData())
		require.Equal(t, debug, pq.Debug())
	}
	_, _, err = NewSimPlatform(auth).Launch(Workload{}, false)
	require.ErrorIs(t, err, ErrConfig)

	// A sim enclave's quotes carry the measurement its platform gave it.
	e, err := NewSim(testConfig(newMemChain(), auth, testSecret()))
	require.NoError(t, err)
	require.Equal(t, want, e.Measurement())
	doc, err := e.Attest(context.Background(), common.Hash{9})
	require.NoError(t, err)
	pq, err := abi.ParseQuote(doc.Quote)
	require.NoError(t, err)
	require.Equal(t, [32]byte(e.Measurement()), pq.SGX.MREnclave)
}

// BenchmarkExecutableHash is the once-per-process cost of measuring the
// running executable (this test binary).
func BenchmarkExecutableHash(b *testing.B) {
	f, err := openExecutable()
	if err != nil {
		b.Fatal(err)
	}
	fi, err := f.Stat()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		if _, err := executableHash(); err != nil {
			b.Fatal(err)
		}
	}
}
