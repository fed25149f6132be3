package train

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// readAll drains a CSVReader into a Dataset, as ReadCSV builds one.
func readAll(t *testing.T, in string, opts CSVOptions) (*Dataset, error) {
	t.Helper()
	r, err := NewCSVReader(strings.NewReader(in), opts)
	if err != nil {
		return nil, err
	}
	d := &Dataset{Schema: r.Schema()}
	for {
		x, y, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			_, again, err2 := r.Read()
			require.Zero(t, again)
			require.Equal(t, err, err2, "an error sticks")
			return nil, err
		}
		d.X = append(d.X, x...)
		d.Y = append(d.Y, y)
	}
	require.Equal(t, d.Len(), r.Records())
	d.Schema.Classes = r.Classes()
	return d, nil
}

// The streaming reader accepts and rejects what ReadCSV does, with the
// same records and the same errors.
func TestCSVReaderMatchesReadCSV(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		opts     CSVOptions
	}{
		{"inferred classes", "a, b ,label\n1,2,0\n3.5,-4,2\n5,6,1\n", CSVOptions{Label: "label"}},
		{"given classes", "label,a\n0,1\n1,2\n", CSVOptions{Label: "label", Classes: 5}},
		{"one class seen", "a,label\n1,0\n", CSVOptions{Label: "label"}},
		{"bad number", "a,label\n1,0\nx,1\n", CSVOptions{Label: "label"}},
		{"bad label", "a,label\n1,0\n2,1.5\n", CSVOptions{Label: "label"}},
		{"label out of range", "a,label\n1,3\n", CSVOptions{Label: "label", Classes: 3}},
		{"NaN", "a,label\n1,0\nNaN,1\n", CSVOptions{Label: "label"}},
		{"overflow", "a,label\n1e400,0\n", CSVOptions{Label: "label"}},
		{"short row", "a,b,label\n1,2,0\n3,1\n", CSVOptions{Label: "label"}},
		{"bare quote", "a,label\n1,0\n\"2,1\n", CSVOptions{Label: "label"}},
		{"no label column", "a,b\n1,2\n", CSVOptions{Label: "label"}},
		{"label only", "label\n1\n", CSVOptions{Label: "label"}},
		{"empty", "", CSVOptions{Label: "label"}},
		{"negative classes", "a,label\n1,0\n", CSVOptions{Label: "label", Classes: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr := ReadCSV(strings.NewReader(tc.in), tc.opts)
			got, err := readAll(t, tc.in, tc.opts)
			if wantErr != nil {
				require.Error(t, err)
				require.Equal(t, wantErr.Error(), err.Error())
				var want, got *CSVError
				if errors.As(wantErr, &want) {
					require.ErrorAs(t, err, &got)
					require.Equal(t, want.Line, got.Line)
					require.Equal(t, want.Column, got.Column)
				}
				return
			}
			require.NoError(t, err)
			require.Equal(t, want, got)
		})
	}
}

// Header-only input is an empty dataset for ReadCSV; the reader returns
// io.EOF at once and leaves the check to its caller.
func TestCSVReaderHeaderOnly(t *testing.T) {
	r, err := NewCSVReader(strings.NewReader("a,label\n"), CSVOptions{Label: "label"})
	require.NoError(t, err)
	require.True(t, slices.Equal([]string{"a"}, r.Schema().Features))
	_, _, err = r.Read()
	require.ErrorIs(t, err, io.EOF)
	require.Zero(t, r.Records())
	_, err = ReadCSV(strings.NewReader("a,label\n"), CSVOptions{Label: "label"})
	require.ErrorIs(t, err, ErrEmpty)
}
