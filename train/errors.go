package train

import (
	"errors"
	"fmt"
)

var (
	// ErrMalformedCSV is returned when a CSV file cannot be parsed: a syntax
	// error, a row with the wrong number of fields, a feature that is not a
	// number, or a missing label column.
	ErrMalformedCSV = errors.New("train: malformed CSV")
	// ErrNonFinite is returned when a feature is NaN or ±Inf.
	ErrNonFinite = errors.New("train: feature is NaN or infinite")
	// ErrLabelRange is returned when a label is not an integer in [0, classes).
	ErrLabelRange = errors.New("train: label out of range")
	// ErrSchema is returned when a dataset's schema is unusable (no
	// features, fewer than two classes) or does not match a spec or another slice.
	ErrSchema = errors.New("train: schema mismatch")
	// ErrEmpty is returned when a dataset, a user slice or a partition holds no records.
	ErrEmpty = errors.New("train: no records")
	// ErrSpec is returned when a training spec is invalid or its encoding is malformed.
	ErrSpec = errors.New("train: invalid spec")
	// ErrDPParams is returned when differential-privacy parameters are
	// impossible: σ ≤ 0, q outside (0, 1], δ outside (0, 1), clip norm ≤ 0,
	// a target ε ≤ 0, fewer than one step, an order below 2, or adaptive
	// clipping with a quantile outside (0, 1) or clipped-count noise too
	// small for the target ε.
	ErrDPParams = errors.New("train: impossible DP parameters")
	// ErrEpsilonUnreachable is returned when no noise multiplier up to the
	// calibrator's limit reaches the target ε.
	ErrEpsilonUnreachable = errors.New("train: target epsilon unreachable")
	// ErrParams is returned when a parameter vector has the wrong length or
	// its encoding is malformed.
	ErrParams = errors.New("train: malformed parameters")
	// ErrDiverged is returned when training produces parameters that are NaN
	// or infinite; a lower learning rate usually helps.
	ErrDiverged = errors.New("train: training diverged")
	// ErrUpdate is returned when a federated update is malformed or does not
	// belong to the round being averaged.
	ErrUpdate = errors.New("train: bad federated update")
	// ErrBudgetExceeded is returned when charging ε would take a user over
	// their budget, or a user has no budget.
	ErrBudgetExceeded = errors.New("train: privacy budget exceeded")
	// ErrLedger is returned when a serialized ledger is malformed.
	ErrLedger = errors.New("train: malformed ledger")
	// ErrNoise is returned when the noise seeds given do not match the
	// participants: Train needs none or one per participant, and
	// Participant.Run none or one.
	ErrNoise = errors.New("train: noise seeds do not match the participants")
)

// CSVError locates a bad value in a CSV input. It wraps ErrMalformedCSV,
// ErrNonFinite or ErrLabelRange.
type CSVError struct {
	Line   int    // 1-based line number in the file (the header is line 1)
	Column int    // 1-based column number (0 if the whole line is at fault)
	Name   string // the column's header name, if known
	Err    error
}

func (e *CSVError) Error() string {
	switch {
	case e.Column == 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	case e.Name != "":
		return fmt.Sprintf("line %d, column %d (%q): %v", e.Line, e.Column, e.Name, e.Err)
	default:
		return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Column, e.Err)
	}
}

func (e *CSVError) Unwrap() error { return e.Err }
