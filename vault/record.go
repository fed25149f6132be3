package vault

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
)

// Kind is the kind of records a dataset holds.
type Kind string

const (
	// KindVector records are a feature vector of Schema.Features float64
	// values and a float64 label (a class index when Schema.Classes > 0).
	KindVector Kind = "vector"
	// KindBytes records are opaque byte strings.
	KindBytes Kind = "bytes"
)

// Schema describes a dataset's records. It is part of the signed manifest.
type Schema struct {
	// Kind is KindVector or KindBytes.
	Kind Kind `json:"kind"`
	// Features is the length of every feature vector (KindVector only).
	Features int `json:"features,omitempty"`
	// Classes is the number of label classes; labels must then be integers in
	// [0, Classes). Zero means labels are any finite number (regression).
	Classes int `json:"classes,omitempty"`
	// Columns optionally names the features and then the label
	// (Features+1 names), e.g. from a CSV header.
	Columns []string `json:"columns,omitempty"`
}

// maxFeatures bounds Schema.Features.
const maxFeatures = 1 << 20

// Validate reports whether the schema is well formed.
func (s Schema) Validate() error {
	switch s.Kind {
	case KindVector:
		if s.Features < 1 || s.Features > maxFeatures {
			return fmt.Errorf("schema: %d features, want 1..%d: %w", s.Features, maxFeatures, ErrManifest)
		}
		if s.Classes < 0 {
			return fmt.Errorf("schema: %d classes: %w", s.Classes, ErrManifest)
		}
		if len(s.Columns) != 0 && len(s.Columns) != s.Features+1 {
			return fmt.Errorf("schema: %d column names, want %d (features and label): %w", len(s.Columns), s.Features+1, ErrManifest)
		}
	case KindBytes:
		if s.Features != 0 || s.Classes != 0 || len(s.Columns) != 0 {
			return fmt.Errorf("schema: bytes records take no features, classes or columns: %w", ErrManifest)
		}
	default:
		return fmt.Errorf("schema: kind %q, want %q or %q: %w", string(s.Kind), KindVector, KindBytes, ErrManifest)
	}
	return nil
}

// Record is one record of a dataset: Features and Label for KindVector,
// Data for KindBytes.
type Record struct {
	Features []float64
	Label    float64
	Data     []byte
}

// payloadSize returns the encoded size of a record of the schema, checking it.
func (s Schema) payloadSize(r *Record) (int, error) {
	switch s.Kind {
	case KindVector:
		if r.Data != nil {
			return 0, fmt.Errorf("vector record with data bytes: %w", ErrRecord)
		}
		if len(r.Features) != s.Features {
			return 0, fmt.Errorf("record has %d features, schema says %d: %w", len(r.Features), s.Features, ErrRecord)
		}
		for j, f := range r.Features {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return 0, fmt.Errorf("feature %d is %v: %w", j, f, ErrRecord)
			}
		}
		if err := s.checkLabel(r.Label); err != nil {
			return 0, err
		}
		return 8 * (s.Features + 1), nil
	case KindBytes:
		if r.Features != nil {
			return 0, fmt.Errorf("bytes record with features: %w", ErrRecord)
		}
		return len(r.Data), nil
	}
	return 0, fmt.Errorf("schema kind %q: %w", string(s.Kind), ErrRecord)
}

func (s Schema) checkLabel(l float64) error {
	if math.IsNaN(l) || math.IsInf(l, 0) {
		return fmt.Errorf("label is %v: %w", l, ErrRecord)
	}
	if s.Classes > 0 && (l != math.Trunc(l) || l < 0 || l >= float64(s.Classes)) {
		return fmt.Errorf("label %v is not a class in [0, %d): %w", l, s.Classes, ErrRecord)
	}
	return nil
}

// appendPayload appends the record's encoding: for KindVector the features
// and then the label as IEEE-754 float64 little endian, for KindBytes the
// data itself. The caller has checked the record with payloadSize.
func (s Schema) appendPayload(dst []byte, r *Record) []byte {
	if s.Kind == KindBytes {
		return append(dst, r.Data...)
	}
	for _, f := range r.Features {
		dst = binary.LittleEndian.AppendUint64(dst, math.Float64bits(f))
	}
	return binary.LittleEndian.AppendUint64(dst, math.Float64bits(r.Label))
}

// decodePayload decodes a record payload. For KindBytes, Data aliases p.
func (s Schema) decodePayload(p []byte, feats []float64) (Record, error) {
	if s.Kind == KindBytes {
		return Record{Data: p}, nil
	}
	if len(p) != 8*(s.Features+1) {
		return Record{}, fmt.Errorf("vector record of %d bytes, want %d: %w", len(p), 8*(s.Features+1), ErrRecord)
	}
	feats = feats[:0]
	for j := range s.Features {
		f := math.Float64frombits(binary.LittleEndian.Uint64(p[8*j:]))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return Record{}, fmt.Errorf("feature %d is %v: %w", j, f, ErrRecord)
		}
		feats = append(feats, f)
	}
	r := Record{Features: feats, Label: math.Float64frombits(binary.LittleEndian.Uint64(p[8*s.Features:]))}
	if err := s.checkLabel(r.Label); err != nil {
		return Record{}, err
	}
	return r, nil
}

// LeafHash returns the Merkle leaf hash of an encoded record payload:
// SHA-256(0x00 ‖ payload), as RFC 6962 §2.1 hashes leaves.
func LeafHash(payload []byte) Hash {
	h := sha256.New()
	h.Write([]byte{0})
	h.Write(payload)
	var out Hash
	h.Sum(out[:0])
	return out
}

// RecordHash returns the Merkle leaf hash of a record under a schema, the
// value a lineage proof is about.
func RecordHash(s Schema, r Record) (Hash, error) {
	if _, err := s.payloadSize(&r); err != nil {
		return Hash{}, err
	}
	return LeafHash(s.appendPayload(nil, &r)), nil
}
