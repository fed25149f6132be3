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
	require.Contains(t, errOut, "want sim, sim-tdx, gramine or tdx")

	_, errOut, code = execMemoc(t, nil, "node", "--measure", "--tee", "tdx", "--spec", spec)
	if _, err := os.Stat(enclave.TSMReportDir); err != nil {
		require.Equal(t, exitFailure, code, errOut)
		require.Contains(t, errOut, "configfs-tsm", "--measure reads the TD measurement on the platform")
	}
	simM, errOut, code := execMemoc(t, nil, "node", "--measure", "--spec", spec)
	require.Equal(t, exitOK, code, errOut)
	tdM, errOut, code := execMemoc(t, nil, "node", "--measure", "--tee", "sim-tdx", "--spec", spec)
	require.Equal(t, exitOK, code, errOut)
	tdM1, errOut, code := execMemoc(t, nil, "node", "--measure", "--tee", "sim-tdx", "--tdx-rtmr", "1", "--spec", spec)
	require.Equal(t, exitOK, code, errOut)
	require.Len(t, strings.TrimSpace(tdM), 66)
	require.NotEqual(t, simM, tdM, "the sim TD's measurement, not the sim's")
	require.NotEqual(t, tdM, tdM1, "over the RTMRs named")
}

// TestTEEBackendSealing: a TDX node's sealing secret (its measurement key
// until a peer gives it another) is fresh each start and written nowhere;
// the sim keeps its secret in the data directory.
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
	require.True(t, tdx.sharedSealing())

	simb := &teeBackend{name: "sim"}
	s1, err = simb.sealingSecret(dir)
	require.NoError(t, err)
	s2, err = simb.sealingSecret(dir)
	require.NoError(t, err)
	require.Equal(t, s1, s2, "kept in the data directory")
	require.FileExists(t, filepath.Join(dir, nodeSecretFile))
	require.False(t, simb.sharedSealing())
}
