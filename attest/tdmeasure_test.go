package attest_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
)

func TestTDMeasurement(t *testing.T) {
	raw, err := os.ReadFile("testdata/tdx_quote")
	require.NoError(t, err)
	q, err := abi.ParseQuote(raw)
	require.NoError(t, err)
	td := *q.TD

	base := attest.TDMeasurement(&td, nil)
	with12 := attest.TDMeasurement(&td, []int{1, 2})
	require.Equal(t, with12, attest.TDMeasurement(&td, []int{2, 1, 2, 9}), "order, duplicates and out-of-range indices do not matter")
	require.NotEqual(t, base, with12)

	changed := td
	changed.RTMR[3][0] ^= 1
	require.Equal(t, with12, attest.TDMeasurement(&changed, []int{1, 2}), "an RTMR the policy does not name is not measured")
	require.NotEqual(t, attest.TDMeasurement(&td, []int{3}), attest.TDMeasurement(&changed, []int{3}))
	changed = td
	changed.MRTD[47] ^= 1
	require.NotEqual(t, base, attest.TDMeasurement(&changed, nil), "MRTD is measured")
	changed = td
	changed.RTMR[1], changed.RTMR[2] = td.RTMR[2], td.RTMR[1]
	require.NotEqual(t, with12, attest.TDMeasurement(&changed, []int{1, 2}), "each RTMR is measured under its index")
}
