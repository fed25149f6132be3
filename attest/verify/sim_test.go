package verify

import (
	"bytes"
	"context"
	"crypto/x509"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// getter serves collateral by FMSPC, as a PCCS would.
type getter struct {
	byFMSPC map[[6]byte]*pcs.Collateral
	calls   int
	mu      sync.Mutex
}

func (g *getter) GetCollateral(_ context.Context, tee string, fmspc [6]byte) (*pcs.Collateral, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	if tee != "SGX" {
		return nil, ErrNoCollateral
	}
	return g.byFMSPC[fmspc], nil
}

func TestGetterAndConcurrency(t *testing.T) {
	a, err := sim.New(bytes.Repeat([]byte{4}, sim.SeedSize))
	require.NoError(t, err)
	issued := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	c, err := a.Collateral(sim.CollateralOptions{Issued: issued})
	require.NoError(t, err)
	g := &getter{byFMSPC: map[[6]byte]*pcs.Collateral{sim.FMSPC: c}}
	v, err := New(Options{Now: at(issued.Add(time.Hour)), TrustedRoots: []*x509.Certificate{a.Root()}, Getter: g})
	require.NoError(t, err)

	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 8 {
				q, err := a.Quote(sim.Report{MREnclave: [32]byte{byte(i)}, ReportData: [64]byte{byte(j)}})
				if err == nil {
					var res *Result
					res, err = v.Verify(q)
					if err == nil && res.Quote.SGX.ReportData[0] != byte(j) {
						err = ErrQuote
					}
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	require.Equal(t, 32, g.calls)

	// A getter with nothing for this platform.
	empty, err := New(Options{Now: at(issued), TrustedRoots: []*x509.Certificate{a.Root()}, Getter: &getter{}})
	require.NoError(t, err)
	q, err := a.Quote(sim.Report{})
	require.NoError(t, err)
	_, err = empty.Verify(q)
	require.ErrorIs(t, err, ErrNoCollateral)
}

func TestOptionsRequired(t *testing.T) {
	_, err := New(Options{Collateral: &pcs.Collateral{}})
	require.ErrorIs(t, err, ErrNoClock)
	_, err = New(Options{Now: time.Now})
	require.ErrorIs(t, err, ErrNoCollateral)
}

// TestCollateralMismatch verifies quotes against collateral of another
// platform or TEE: each is refused with ErrCollateralMismatch.
func TestCollateralMismatch(t *testing.T) {
	sgxRaw, sgxColl := load(t, "sgx_quote")
	tdxRaw, tdxColl := load(t, "tdx_quote")
	when := samples[0].at
	for _, tc := range []struct {
		name string
		raw  []byte
		c    *pcs.Collateral
	}{
		{"SGX quote, TDX collateral", sgxRaw, tdxColl},
		{"TDX quote, SGX collateral", tdxRaw, sgxColl},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Quote(tc.raw, Options{Now: at(when), Collateral: tc.c})
			require.ErrorIs(t, err, ErrCollateralMismatch)
		})
	}
}
