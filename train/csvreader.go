package train

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// CSVReader reads a CSV file record by record, with the rules of ReadCSV,
// so that a file of any size can be processed in constant memory. Errors
// are *CSVError values naming the line and column, as ReadCSV's are.
// A CSVReader is not safe for concurrent use.
type CSVReader struct {
	cr       *csv.Reader
	header   []string
	label    int
	schema   Schema
	feats    []float64
	maxLabel int
	n        int
	err      error
}

// NewCSVReader reads the header row of r and returns a reader of the
// records that follow. The schema's Classes is opts.Classes; when that is
// zero, Classes reports the value inferred from the labels read so far.
func NewCSVReader(r io.Reader, opts CSVOptions) (*CSVReader, error) {
	if opts.Classes < 0 || opts.Classes > MaxClasses {
		return nil, fmt.Errorf("%w: %d classes, want 2..%d", ErrSchema, opts.Classes, MaxClasses)
	}
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("reading CSV header: %w", ErrEmpty)
		}
		return nil, csvParseError(err)
	}
	header = slices.Clone(header)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	label := slices.Index(header, opts.Label)
	if label < 0 {
		return nil, &CSVError{Line: 1, Err: fmt.Errorf("%w: no label column %q (columns: %s)", ErrMalformedCSV, opts.Label, strings.Join(header, ", "))}
	}
	if len(header) < 2 {
		return nil, &CSVError{Line: 1, Err: fmt.Errorf("%w: no feature columns besides the label", ErrMalformedCSV)}
	}
	schema := Schema{Label: opts.Label, Classes: opts.Classes}
	for i, h := range header {
		if i != label {
			schema.Features = append(schema.Features, h)
		}
	}
	return &CSVReader{cr: cr, header: header, label: label, schema: schema,
		feats: make([]float64, 0, len(header)-1), maxLabel: -1}, nil
}

// Schema returns the records' schema. Its Classes is the CSVOptions value,
// which is zero when the classes are to be inferred: see Classes.
func (r *CSVReader) Schema() Schema {
	s := r.schema
	s.Features = slices.Clone(s.Features)
	return s
}

// Classes returns the number of classes: CSVOptions.Classes if it was set,
// otherwise one more than the largest label read so far (at least 2), as
// ReadCSV infers it once every record is read.
func (r *CSVReader) Classes() int {
	if r.schema.Classes > 0 {
		return r.schema.Classes
	}
	return max(r.maxLabel+1, 2)
}

// Records returns the number of records read so far.
func (r *CSVReader) Records() int { return r.n }

// Read returns the next record's features and label. The features slice is
// reused by the next call; copy it to keep it. At the end of the file Read
// returns io.EOF; after any other error it returns that error again.
func (r *CSVReader) Read() (features []float64, label int, err error) {
	if r.err != nil {
		return nil, 0, r.err
	}
	features, label, err = r.read()
	if err != nil {
		r.err = err
		return nil, 0, err
	}
	r.n++
	return features, label, nil
}

func (r *CSVReader) read() ([]float64, int, error) {
	rec, err := r.cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, 0, io.EOF
	}
	if err != nil {
		return nil, 0, csvParseError(err)
	}
	line, _ := r.cr.FieldPos(0)
	r.feats = r.feats[:0]
	y := -1
	for i, field := range rec {
		field = strings.TrimSpace(field)
		if i == r.label {
			if y, err = parseLabel(field, r.schema.Classes); err != nil {
				return nil, 0, &CSVError{Line: line, Column: i + 1, Name: r.header[i], Err: err}
			}
			continue
		}
		v, err := strconv.ParseFloat(field, 64)
		if errors.Is(err, strconv.ErrRange) && math.IsInf(v, 0) {
			return nil, 0, &CSVError{Line: line, Column: i + 1, Name: r.header[i], Err: fmt.Errorf("%w: %q overflows float64", ErrNonFinite, field)}
		}
		if err != nil {
			return nil, 0, &CSVError{Line: line, Column: i + 1, Name: r.header[i], Err: fmt.Errorf("%w: %q is not a number", ErrMalformedCSV, field)}
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, 0, &CSVError{Line: line, Column: i + 1, Name: r.header[i], Err: fmt.Errorf("%w: %q", ErrNonFinite, field)}
		}
		r.feats = append(r.feats, v)
	}
	r.maxLabel = max(r.maxLabel, y)
	return r.feats, y, nil
}
