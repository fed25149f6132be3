package verify

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// sample is one real quote with its collateral and a time inside every
// validity window it depends on.
type sample struct {
	name   string
	at     time.Time
	status pcs.TCBStatus
}

var samples = []sample{
	{"sgx_quote", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), pcs.ConfigurationAndSWHardeningNeeded},
	{"tdx_quote", time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), pcs.UpToDate},
	{"tdx_quote_outdated", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), pcs.OutOfDate},
}

func load(t testing.TB, name string) ([]byte, *pcs.Collateral) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	cj, err := os.ReadFile(filepath.Join("..", "testdata", name+"_collateral.json"))
	require.NoError(t, err)
	c, err := pcs.ParseCollateral(cj)
	require.NoError(t, err)
	return raw, c
}

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

func TestRealQuotes(t *testing.T) {
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			raw, c := load(t, s.name)
			res, err := Quote(raw, Options{Now: at(s.at), Collateral: c})
			require.NoError(t, err)
			t.Logf("status=%s platform=%s qe=%s module=%s advisories=%v until=%s", res.TCBStatus, res.PlatformStatus, res.QEStatus, res.ModuleStatus, res.AdvisoryIDs, res.ValidUntil)
			require.Equal(t, s.status, res.TCBStatus)
			require.Equal(t, pcs.UpToDate, res.QEStatus)
			// Under Intel's component-wise rule the outdated sample is below
			// every level (see docs/RATIONALE.md); the others match one.
			require.Equal(t, s.name == "tdx_quote_outdated", res.BelowAllLevels)
			require.True(t, res.ValidUntil.After(s.at))
		})
	}
}

func TestRealQuotesOutsideWindow(t *testing.T) {
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			raw, c := load(t, s.name)
			for _, when := range []time.Time{s.at.AddDate(0, 2, 0), s.at.AddDate(0, -2, 0)} {
				_, err := Quote(raw, Options{Now: at(when), Collateral: c})
				require.Error(t, err)
				var te *TimeError
				require.True(t, errors.As(err, &te), "%v", err)
				t.Log(err)
			}
		})
	}
}
