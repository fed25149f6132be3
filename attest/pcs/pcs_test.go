package pcs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func readCollateral(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name+"_collateral.json"))
	require.NoError(t, err)
	return b
}

func TestParseRealCollateral(t *testing.T) {
	for _, tc := range []struct {
		name, tcbID, qeID string
		levels            int
	}{
		{"sgx_quote", "SGX", "QE", 0},
		{"tdx_quote", "TDX", "TD_QE", 0},
		{"tdx_quote_outdated", "TDX", "TD_QE", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseCollateral(readCollateral(t, tc.name))
			require.NoError(t, err)
			require.Equal(t, tc.tcbID, c.TCBInfo.ID)
			require.Equal(t, tc.qeID, c.QEIdentity.ID)
			require.NotEmpty(t, c.TCBInfo.TCBLevels)
			require.Len(t, c.PCKCRLIssuerChain, 2)
			require.Len(t, c.TCBInfoIssuerChain, 2)
			if tc.tcbID == "TDX" {
				require.NotNil(t, c.TCBInfo.TDXModule)
				require.NotEmpty(t, c.TCBInfo.TDXModuleIdentities)
			}
		})
	}
}
