package train

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLedgerAdmitAndCharge(t *testing.T) {
	tr, _ := digits(t)
	spec := shorter(dpSpec)
	spec.DP = &DP{Clip: 1, Delta: 1e-5, Epsilon: 1}
	slicesIn := []Slice{
		{User: "alice", Data: tr.subset(seq(400))},
		{User: "bob", Data: tr.subset(seq(800)[400:])},
		{User: "carol", Data: tr.subset(seq(1200)[800:])},
		{User: "dave", Data: tr.subset(seq(1400)[1200:])},
	}
	budgets := map[string]float64{"alice": 3, "bob": 1.5, "carol": 0.5} // dave has no grant budget
	l := NewLedger()

	admitted, excluded, eps, err := l.Admit(spec, slicesIn, budgets)
	require.NoError(t, err)
	require.Equal(t, []string{"carol", "dave"}, excluded)
	require.Equal(t, []string{"alice", "bob"}, sliceUsers(admitted))
	require.InDelta(t, 1, eps, 1e-6)

	res, err := Train(t.Context(), spec, [][]Slice{admitted}, Options{})
	require.NoError(t, err)
	require.NoError(t, l.Charge(res.Users, budgets))
	require.Equal(t, res.Epsilon, l.Spent("alice"))
	require.Equal(t, res.Epsilon, l.Spent("bob"))
	require.Zero(t, l.Spent("carol"))

	// Bob has 0.5 left: the next task at ε = 1 excludes him.
	admitted, excluded, _, err = l.Admit(spec, slicesIn, budgets)
	require.NoError(t, err)
	require.Equal(t, []string{"alice"}, sliceUsers(admitted))
	require.Equal(t, []string{"bob", "carol", "dave"}, excluded)

	// Charging is all or nothing.
	err = l.Charge(map[string]float64{"alice": 1, "bob": 1}, budgets)
	require.ErrorIs(t, err, ErrBudgetExceeded)
	require.Equal(t, res.Epsilon, l.Spent("alice"), "nothing charged")
	require.ErrorIs(t, l.Charge(map[string]float64{"dave": 0.1}, budgets), ErrBudgetExceeded)
	require.ErrorIs(t, l.Charge(map[string]float64{"alice": math.NaN()}, budgets), ErrDPParams)

	_, _, _, err = l.Admit(softmaxSpec, slicesIn, budgets)
	require.ErrorIs(t, err, ErrDPParams, "no DP, no finite ε")
}

func TestLedgerAdmissionIteratesToFixedPoint(t *testing.T) {
	tr, _ := digits(t)
	// A fixed σ: fewer records means a higher sampling rate and more ε.
	spec := shorter(dpSpec)
	spec.DP = &DP{Clip: 1, Delta: 1e-5, Sigma: 1}
	big, small := tr.subset(seq(1000)), tr.subset(seq(1100)[1000:])
	specAll := spec
	_, epsAll, err := specAll.Privacy(1100)
	require.NoError(t, err)
	_, epsSmall, err := spec.Privacy(100)
	require.NoError(t, err)
	require.Greater(t, epsSmall, epsAll)
	budgets := map[string]float64{"big": epsAll / 2, "small": (epsAll + epsSmall) / 2}
	admitted, excluded, _, err := NewLedger().Admit(spec, []Slice{{User: "big", Data: big}, {User: "small", Data: small}}, budgets)
	require.NoError(t, err)
	require.Empty(t, admitted, "once big drops out, small alone would spend more than its budget")
	require.Equal(t, []string{"big", "small"}, excluded)
}

func TestLedgerEncoding(t *testing.T) {
	l := NewLedger()
	require.NoError(t, l.Charge(map[string]float64{"0xbb": 0.5, "0xaa": 1.25, "": 0}, map[string]float64{"0xbb": 1, "0xaa": 2, "": 1}))
	b, err := l.MarshalBinary()
	require.NoError(t, err)
	again := NewLedger()
	require.NoError(t, again.UnmarshalBinary(b))
	require.Equal(t, l.Snapshot(), again.Snapshot())
	b2, err := again.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, b, b2, "canonical")

	empty, err := NewLedger().MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, []byte("MTL1\x00\x00\x00\x00"), empty)

	for name, bad := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), b[4:]...),
		"truncated": b[:len(b)-1],
		"trailing":  append(slices.Clone(b), 0),
		"count":     append([]byte("MTL1\xff\xff\xff\xff"), b[8:]...),
		"unsorted":  []byte("MTL1\x02\x00\x00\x00\x01\x00b\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00a\x00\x00\x00\x00\x00\x00\x00\x00"),
		"negative":  []byte("MTL1\x01\x00\x00\x00\x01\x00a\x00\x00\x00\x00\x00\x00\xf0\xbf"),
	} {
		require.ErrorIs(t, NewLedger().UnmarshalBinary(bad), ErrLedger, name)
	}
}

func FuzzLedgerUnmarshal(f *testing.F) {
	f.Add([]byte("MTL1\x01\x00\x00\x00\x01\x00a\x00\x00\x00\x00\x00\x00\xf0\x3f"))
	f.Fuzz(func(t *testing.T, b []byte) {
		l := NewLedger()
		if l.UnmarshalBinary(b) != nil {
			return
		}
		again, err := l.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again)
	})
}

func sliceUsers(s []Slice) []string {
	var out []string
	for _, x := range s {
		out = append(out, x.User)
	}
	return out
}
