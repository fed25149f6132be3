package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/enclave"
)

// TestNodeTEEWithoutDevice: memoc node --tee gramine or tdx on a machine
// without the device exits 1 with one line naming the device and what to
// install or enable, before it dials any chain.
func TestNodeTEEWithoutDevice(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "spec.json")
	_, errOut, code := execMemoc(t, nil, "task", "spec", "--out", spec)
	require.Equal(t, exitOK, code, errOut)
	for _, tc := range []struct {
		tee, device string
		want        []string
	}{
		{"gramine", enclave.GramineDevice, []string{"/dev/attestation", "Gramine-SGX", `sgx.remote_attestation = "dcap"`}},
		{"tdx", enclave.TSMReportDir, []string{"configfs-tsm", "/sys/kernel/config/tsm/report", "CONFIG_TSM_REPORTS"}},
	} {
		t.Run(tc.tee, func(t *testing.T) {
			if _, err := os.Stat(tc.device); err == nil {
				t.Skipf("%s exists on this machine", tc.device)
			}
			_, errOut, code := execMemoc(t, nil, "node", "--tee", tc.tee, "--spec", spec, "--data-dir", filepath.Join(dir, tc.tee),
				"--rpc", "http://127.0.0.1:1")
			require.Equal(t, exitFailure, code, errOut)
			require.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			require.True(t, strings.HasPrefix(errOut, "memoc: --tee "+tc.tee+": "), errOut)
			for _, w := range tc.want {
				require.Contains(t, errOut, w)
			}
			require.NoDirExists(t, filepath.Join(dir, tc.tee), "nothing is created before the device is found")
		})
	}
	_, errOut, code = execMemoc(t, nil, "node", "--tee", "sgx", "--spec", spec, "--data-dir", dir)
	require.Equal(t, exitUsage, code, errOut)
	require.Contains(t, errOut, "want sim, gramine or tdx")
}

// TestTEEBackendSealing: a TDX node's sealing secret is fresh each start
// and written nowhere, and it refuses a data directory holding a sealed
// enclave; the sim keeps its secret in the data directory.
func TestTEEBackendSealing(t *testing.T) {
	dir := t.TempDir()
	tdx := &teeBackend{name: "tdx", tdx: &enclave.TDXPlatform{}}
	s1, err := tdx.sealingSecret(dir)
	require.NoError(t, err)
	s2, err := tdx.sealingSecret(dir)
	require.NoError(t, err)
	require.Len(t, s1, enclave.SealingSecretSize)
	require.NotEqual(t, s1, s2)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Empty(t, entries, "nothing written")
	err = tdx.checkRecoverable(dir)
	require.ErrorIs(t, err, enclave.ErrNoSealingKey)
	require.ErrorContains(t, err, "new --data-dir")

	simb := &teeBackend{name: "sim"}
	s1, err = simb.sealingSecret(dir)
	require.NoError(t, err)
	s2, err = simb.sealingSecret(dir)
	require.NoError(t, err)
	require.Equal(t, s1, s2, "kept in the data directory")
	require.FileExists(t, filepath.Join(dir, nodeSecretFile))
	require.NoError(t, simb.checkRecoverable(dir))
}
