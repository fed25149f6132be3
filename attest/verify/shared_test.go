package verify

import (
	"bytes"
	"crypto/x509"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// sharedSetup is a sim authority with collateral issued at issued, two
// quotes of its platform and options trusting its root.
func sharedSetup(t *testing.T, seed byte) (*sim.Authority, *pcs.Collateral, [2][]byte, time.Time) {
	t.Helper()
	a, err := sim.New(bytes.Repeat([]byte{seed}, sim.SeedSize))
	require.NoError(t, err)
	issued := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c, err := a.Collateral(sim.CollateralOptions{Issued: issued, Validity: 24 * time.Hour})
	require.NoError(t, err)
	var qs [2][]byte
	for i := range qs {
		qs[i], err = a.Quote(sim.Report{MREnclave: [32]byte{seed}, ReportData: [64]byte{byte(i + 1)}})
		require.NoError(t, err)
	}
	return a, c, qs, issued
}

// reparse returns the collateral parsed again from its wire form: the same
// bytes behind another pointer, as a fresh document gives.
func reparse(t *testing.T, c *pcs.Collateral) *pcs.Collateral {
	t.Helper()
	c2, err := pcs.FromWire(c.Wire())
	require.NoError(t, err)
	return c2
}

// TestSharedVerdictReused: a second Verifier, with the same collateral
// parsed again, verifying another quote of the same platform, uses the
// collateral and PCK chain verdicts of the first instead of verifying them
// again; the quote's own signatures are still checked.
func TestSharedVerdictReused(t *testing.T) {
	t.Parallel()
	a, c, qs, issued := sharedSetup(t, 21)
	now := issued.Add(time.Hour)
	opts := Options{Now: at(now), TrustedRoots: []*x509.Certificate{a.Root()}, Collateral: c}
	v1, err := New(opts)
	require.NoError(t, err)
	r1, err := v1.Verify(qs[0])
	require.NoError(t, err)

	opts.Collateral = reparse(t, c)
	v2, err := New(opts)
	require.NoError(t, err)
	r2, err := v2.Verify(qs[1])
	require.NoError(t, err)
	require.Same(t, v1.colls[c], v2.colls[opts.Collateral], "collateral verdict not shared")
	require.Same(t, r1.PCK, r2.PCK, "PCK chain verdict not shared")

	// A quote whose own signature is broken is refused on a warm cache.
	bad := bytes.Clone(qs[1])
	bad[len(bad)/3] ^= 1
	v3, err := New(opts)
	require.NoError(t, err)
	_, err = v3.Verify(bad)
	require.Error(t, err)
}

// TestSharedVerdictExpired: the same collateral bytes asked about after
// their nextUpdate are not served from the shared cache, and the quote is
// refused as expired as before.
func TestSharedVerdictExpired(t *testing.T) {
	t.Parallel()
	a, c, qs, issued := sharedSetup(t, 22)
	opts := Options{Now: at(issued.Add(time.Hour)), TrustedRoots: []*x509.Certificate{a.Root()}, Collateral: c}
	v, err := New(opts)
	require.NoError(t, err)
	_, err = v.Verify(qs[0])
	require.NoError(t, err)

	late := issued.Add(25 * time.Hour)
	_, served := shared.colls.get(v.collDigest(c), late)
	require.False(t, served, "expired verdict served")
	opts.Now, opts.Collateral = at(late), reparse(t, c)
	v2, err := New(opts)
	require.NoError(t, err)
	_, err = v2.Verify(qs[1])
	require.ErrorIs(t, err, ErrExpired)
}

// TestSharedVerdictOtherBytes: collateral differing by a byte from a cached
// verdict is verified in full: re-signed collateral that lists the PCK as
// revoked is refused, a tampered TCB info signature is refused, and a PCK
// chain verified under one set of roots is refused under another.
func TestSharedVerdictOtherBytes(t *testing.T) {
	t.Parallel()
	a, c, qs, issued := sharedSetup(t, 23)
	now := issued.Add(time.Hour)
	opts := Options{Now: at(now), TrustedRoots: []*x509.Certificate{a.Root()}, Collateral: c}
	v, err := New(opts)
	require.NoError(t, err)
	_, err = v.Verify(qs[0])
	require.NoError(t, err)

	revoked, err := a.Collateral(sim.CollateralOptions{Issued: issued, Validity: 24 * time.Hour, RevokePCK: true})
	require.NoError(t, err)
	opts.Collateral = revoked
	v2, err := New(opts)
	require.NoError(t, err)
	_, err = v2.Verify(qs[1])
	require.ErrorIs(t, err, ErrRevoked)

	forged := *reparse(t, c)
	forged.TCBInfoSignature[5] ^= 1
	opts.Collateral = &forged
	v3, err := New(opts)
	require.NoError(t, err)
	_, err = v3.Verify(qs[1])
	require.ErrorIs(t, err, ErrSignature)

	// Intel's root alone: the sim chain, cached under the sim root, is not trusted.
	v4, err := New(Options{Now: at(now), Collateral: c})
	require.NoError(t, err)
	_, err = v4.Verify(qs[1])
	require.ErrorIs(t, err, ErrChain)
}
