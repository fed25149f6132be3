package train

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadCSV(t *testing.T) {
	d, err := ReadCSV(strings.NewReader("a, label ,b\n1,0,2\n3.5,2,-4e1\n"), CSVOptions{Label: "label"})
	require.NoError(t, err)
	require.Equal(t, Schema{Features: []string{"a", "b"}, Label: "label", Classes: 3}, d.Schema)
	require.Equal(t, []float64{1, 2, 3.5, -40}, d.X)
	require.Equal(t, []int{0, 2}, d.Y)

	d, err = ReadCSV(strings.NewReader("y,x\n1,0\n"), CSVOptions{Label: "y", Classes: 5})
	require.NoError(t, err)
	require.Equal(t, 5, d.Schema.Classes)
	d, err = ReadCSV(strings.NewReader("y,x\n0,0\n"), CSVOptions{Label: "y"})
	require.NoError(t, err)
	require.Equal(t, 2, d.Schema.Classes, "at least two classes")
}

func TestReadCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in     string
		classes      int
		want         error
		line, column int
	}{
		{"empty input", "", 0, ErrEmpty, 0, 0},
		{"header only", "x,y\n", 0, ErrEmpty, 0, 0},
		{"no label column", "x,z\n1,2\n", 0, ErrMalformedCSV, 1, 0},
		{"label only", "y\n1\n", 0, ErrMalformedCSV, 1, 0},
		{"too few fields", "x,y\n1,0\n2\n", 0, ErrMalformedCSV, 3, 1},
		{"too many fields", "x,y\n1,0\n2,1,3\n", 0, ErrMalformedCSV, 3, 1},
		{"bad quote", "x,y\n1,0\n\"2,1\n", 0, ErrMalformedCSV, 3, 0},
		{"not a number", "x,y\n1,0\n1,0\nabc,1\n", 0, ErrMalformedCSV, 4, 1},
		{"empty feature", "x,y\n,0\n", 0, ErrMalformedCSV, 2, 1},
		{"NaN", "x,y,z\n1,0,2\n2,1,NaN\n", 0, ErrNonFinite, 3, 3},
		{"Inf", "x,y\n+Inf,0\n", 0, ErrNonFinite, 2, 1},
		{"huge overflows to Inf", "x,y\n1e400,0\n", 0, ErrNonFinite, 2, 1},
		{"negative label", "x,y\n1,-1\n", 0, ErrLabelRange, 2, 2},
		{"fractional label", "x,y\n1,0.5\n", 0, ErrLabelRange, 2, 2},
		{"text label", "x,y\n1,cat\n", 0, ErrLabelRange, 2, 2},
		{"label at class count", "x,y\n1,0\n1,3\n", 3, ErrLabelRange, 3, 2},
		{"label above the cap", "x,y\n1,5000\n", 0, ErrLabelRange, 2, 2},
		{"class count above the cap", "x,y\n1,0\n", MaxClasses + 1, ErrSchema, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tc.in), CSVOptions{Label: "y", Classes: tc.classes})
			require.ErrorIs(t, err, tc.want)
			var ce *CSVError
			if tc.line == 0 {
				require.False(t, errors.As(err, &ce), "no location expected: %v", err)
				return
			}
			require.ErrorAs(t, err, &ce)
			require.Equal(t, tc.line, ce.Line, err.Error())
			if tc.column > 0 {
				require.Equal(t, tc.column, ce.Column, err.Error())
			}
			require.Contains(t, err.Error(), "line ")
		})
	}
}

func TestCSVErrorMessageNamesColumn(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("width,height,label\n1,2,0\n1,NaN,1\n"), CSVOptions{Label: "label"})
	require.EqualError(t, err, `line 3, column 2 ("height"): train: feature is NaN or infinite: "NaN"`)
}

func FuzzReadCSV(f *testing.F) {
	f.Add("x,y\n1,0\n2,1\n")
	f.Add("y,a,b\n0,1e3,-2\n1,NaN,3\n")
	f.Add("x,y\n\"1\",0\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ReadCSV(strings.NewReader(in), CSVOptions{Label: "y"})
		if err != nil {
			return
		}
		require.NoError(t, d.validate(), "whatever ReadCSV accepts is a valid dataset")
	})
}

func TestDigits(t *testing.T) {
	d, err := Digits()
	require.NoError(t, err)
	require.Equal(t, 1797, d.Len())
	require.Equal(t, 64, d.Schema.NumFeatures())
	require.Equal(t, 10, d.Schema.Classes)
	require.Equal(t, "p63", d.Schema.Features[63])
	counts := make([]int, 10)
	for _, y := range d.Y {
		counts[y]++
	}
	require.Equal(t, []int{178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, counts)
	require.Equal(t, 16.0, slices.Max(d.X))
	require.Equal(t, 0.0, slices.Min(d.X))
}

func TestSplit(t *testing.T) {
	d, err := Digits()
	require.NoError(t, err)
	tr, te, err := Split(d, 0.2, 3)
	require.NoError(t, err)
	require.Equal(t, 359, te.Len())
	require.Equal(t, d.Len(), tr.Len()+te.Len())
	tr2, te2, err := Split(d, 0.2, 3)
	require.NoError(t, err)
	require.Equal(t, tr, tr2)
	require.Equal(t, te, te2)
	_, te3, err := Split(d, 0.2, 4)
	require.NoError(t, err)
	require.NotEqual(t, te.Y, te3.Y, "another seed, another split")

	for _, frac := range []float64{0, 1, -0.5, math.NaN()} {
		_, _, err := Split(d, frac, 1)
		require.ErrorIs(t, err, ErrSpec)
	}
	one := d.subset([]int{0})
	_, _, err = Split(one, 0.2, 1)
	require.ErrorIs(t, err, ErrEmpty)
	_, _, err = Split(&Dataset{Schema: d.Schema}, 0.2, 1)
	require.ErrorIs(t, err, ErrEmpty)
}

func TestStandardizerFitsTrainingDataOnly(t *testing.T) {
	tr := &Dataset{Schema: Schema{Features: []string{"a", "b"}, Label: "y", Classes: 2}, X: []float64{1, 5, 3, 5, 5, 5}, Y: []int{0, 1, 0}}
	te := &Dataset{Schema: tr.Schema, X: []float64{100, 7}, Y: []int{1}}
	s, err := FitStandardizer(tr)
	require.NoError(t, err)
	require.Equal(t, []float64{3, 5}, s.Mean)
	require.InDelta(t, math.Sqrt(8.0/3), s.Scale[0], 1e-15)
	require.Equal(t, 1.0, s.Scale[1], "constant feature is only centred")
	out, err := s.Apply(te)
	require.NoError(t, err)
	require.InDelta(t, 97/math.Sqrt(8.0/3), out.X[0], 1e-12)
	require.Equal(t, 2.0, out.X[1])
	require.Equal(t, []float64{100, 7}, te.X, "input untouched")

	_, err = s.Apply(smallData(2, 3, 2, 1))
	require.ErrorIs(t, err, ErrSchema)
	_, err = FitStandardizer(&Dataset{Schema: tr.Schema})
	require.ErrorIs(t, err, ErrEmpty)
}

func TestPartition(t *testing.T) {
	tr, _ := digits(t)
	t.Run("iid", func(t *testing.T) {
		parts, err := Partition(tr, 5, false, 1)
		require.NoError(t, err)
		total := 0
		for _, p := range parts {
			require.InDelta(t, tr.Len()/5, p.Len(), 1)
			require.Equal(t, 10, len(labels(p)), "IID users see every class")
			total += p.Len()
		}
		require.Equal(t, tr.Len(), total)
	})
	t.Run("non-iid", func(t *testing.T) {
		parts, err := Partition(tr, 5, true, 1)
		require.NoError(t, err)
		total := 0
		for _, p := range parts {
			require.LessOrEqual(t, len(labels(p)), 4, "label skew: two shards span few classes")
			total += p.Len()
		}
		require.Equal(t, tr.Len(), total)
		again, err := Partition(tr, 5, true, 1)
		require.NoError(t, err)
		require.Equal(t, parts, again)
	})
	t.Run("errors", func(t *testing.T) {
		tiny := tr.subset([]int{0, 1, 2})
		_, err := Partition(tiny, 4, false, 1)
		require.ErrorIs(t, err, ErrEmpty)
		_, err = Partition(tiny, 2, true, 1)
		require.ErrorIs(t, err, ErrEmpty)
		_, err = Partition(tiny, 0, false, 1)
		require.ErrorIs(t, err, ErrSpec)
		bad := tr.subset([]int{0, 1})
		bad.X[3] = math.Inf(1)
		_, err = Partition(bad, 1, false, 1)
		require.ErrorIs(t, err, ErrNonFinite)
		bad = tr.subset([]int{0, 1})
		bad.Y[1] = 10
		_, err = Partition(bad, 1, false, 1)
		require.ErrorIs(t, err, ErrLabelRange)
	})
}

func labels(d *Dataset) map[int]bool {
	m := map[int]bool{}
	for _, y := range d.Y {
		m[y] = true
	}
	return m
}
