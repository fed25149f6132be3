package train

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"slices"
)

// records is what a participant trains on: its users' slices laid end to
// end (record i is the i-th record of that sequence), read in place and
// standardised as they are loaded into a batch. A participant therefore
// holds no copy of its records: with thousands of users, the records
// exist once, in the slices its caller decrypted or generated, and not
// also concatenated and again standardised.
//
// Standardising on load computes (x − Mean)/Scale with the same operations
// Standardizer.Apply uses, so training sees bit-identical values.
type records struct {
	parts []*Dataset
	end   []int // end[k] is one past the index of parts[k]'s last record
	f     int
	std   *Standardizer // nil: raw features
}

// newRecords views parts (non-empty datasets of f features), in order.
func newRecords(parts []*Dataset, f int, std *Standardizer) *records {
	r := &records{parts: parts, end: make([]int, len(parts)), f: f, std: std}
	n := 0
	for k, d := range parts {
		n += d.Len()
		r.end[k] = n
	}
	return r
}

// Len returns the number of records.
func (r *records) Len() int {
	if r == nil || len(r.end) == 0 {
		return 0
	}
	return r.end[len(r.end)-1]
}

// locate returns the dataset holding record i and the record's index in it.
func (r *records) locate(i int) (*Dataset, int) {
	k, _ := slices.BinarySearch(r.end, i+1) // the first part ending after i
	start := 0
	if k > 0 {
		start = r.end[k-1]
	}
	return r.parts[k], i - start
}

// load writes record i's features, standardised, into x and returns its
// label.
func (r *records) load(x []float64, i int) int {
	d, j := r.locate(i)
	r.standardize(x, d.Row(j))
	return d.Y[j]
}

func (r *records) standardize(x, src []float64) {
	if r.std == nil {
		copy(x, src)
		return
	}
	for c, v := range src {
		x[c] = (v - r.std.Mean[c]) / r.std.Scale[c]
	}
}

// fingerprint hashes the records' content as a participant trains on it
// (standardised features, then labels); it seeds the participant's
// randomness so that it does not depend on the participant's position.
func (r *records) fingerprint() [32]byte {
	h := sha256.New()
	buf := make([]byte, 8*r.f)
	x := make([]float64, r.f)
	for _, d := range r.parts {
		for j := range d.Len() {
			r.standardize(x, d.Row(j))
			for c, v := range x {
				binary.LittleEndian.PutUint64(buf[8*c:], math.Float64bits(v))
			}
			h.Write(buf)
		}
	}
	for _, d := range r.parts {
		for _, y := range d.Y {
			binary.LittleEndian.PutUint64(buf[:8], uint64(y))
			h.Write(buf[:8])
		}
	}
	return [32]byte(h.Sum(nil))
}
