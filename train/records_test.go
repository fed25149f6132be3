package train

import (
	"fmt"
	"math"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRecordsView: a participant's view of its users' slices reads the
// records the concatenated, standardised copy it replaces would hold,
// bit for bit, and fingerprints them the same.
func TestRecordsView(t *testing.T) {
	tr, te := digits(t)
	parts, err := Partition(tr, 9, true, 4)
	require.NoError(t, err)
	st, err := FitStandardizer(te)
	require.NoError(t, err)
	whole, err := concat(parts)
	require.NoError(t, err)
	for _, std := range []*Standardizer{nil, st} {
		want := whole
		if std != nil {
			want, err = std.Apply(whole)
			require.NoError(t, err)
		}
		r := newRecords(parts, tr.Schema.NumFeatures(), std)
		require.Equal(t, want.Len(), r.Len())
		x := make([]float64, r.f)
		for i := range r.Len() {
			y := r.load(x, i)
			require.Equal(t, want.Y[i], y, "record %d", i)
			for c := range x {
				require.Equal(t, math.Float64bits(want.Row(i)[c]), math.Float64bits(x[c]), "record %d feature %d", i, c)
			}
		}
		require.Equal(t, concatFingerprint(want), r.fingerprint())
	}
}

// concatFingerprint is the fingerprint of one dataset: its features, then
// its labels, as 8-byte little-endian words.
func concatFingerprint(d *Dataset) [32]byte {
	return newRecords([]*Dataset{d}, d.Schema.NumFeatures(), nil).fingerprint()
}

// TestParticipantHoldsNoCopy: preparing a participant of many users
// allocates a small fraction of their records' bytes.
func TestParticipantHoldsNoCopy(t *testing.T) {
	s := newSynthetic(t, SyntheticConfig{Seed: 3})
	users := make([]Slice, 2000)
	bytes := 0
	for i := range users {
		d := s.Owner(i)
		users[i] = Slice{User: fmt.Sprintf("user%05d", i), Data: d}
		bytes += 8 * (len(d.X) + len(d.Y))
	}
	st, err := FitStandardizer(s.HeldOut(500))
	require.NoError(t, err)
	spec := Spec{Model: Softmax, Features: SyntheticFeatures, Classes: SyntheticClasses, Rounds: 1, Epochs: 1, Batch: 32, LR: 0.1, Seed: 1, Standardize: st}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p, err := NewParticipant(spec, users)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.Equal(t, 2000*DefaultRecordsPerOwner, p.Records())
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d bytes of records, %d allocated preparing the participant", bytes, alloc)
	require.Less(t, alloc, uint64(bytes/8), "the participant reads the records in place")
}
