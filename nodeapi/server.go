package nodeapi

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// Routes of the node API, version 1.
const (
	AttestationPath = "/v1/attestation"
	GrantsPath      = "/v1/grants"
	TasksPath       = "/v1/tasks"
	DatasetsPath    = "/v1/datasets"
	HealthPath      = "/healthz"
	MetricsPath     = "/metrics"
)

// MaxEnvelopeSize bounds a FedAvg envelope (a model update, encrypted).
const MaxEnvelopeSize = 32 << 20

// MaxSealedInputSize bounds the JSON of a sealed owner input (hex doubles
// the ciphertext).
const MaxSealedInputSize = 2*enclave.MaxInputSize + 1024

// TxReceipt is the node's answer to a relayed grant (zero when its owner
// had registered it on chain already: nothing was relayed).
type TxReceipt struct {
	Tx      common.Hash `json:"tx"`
	GasUsed uint64      `json:"gasUsed"`
}

// ParseHash parses a 0x-prefixed 32-byte hex path or query element.
func ParseHash(s string) (common.Hash, error) {
	b, err := common.ParseHexOrString(s)
	if err != nil || len(b) != 32 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, errors.New("want 0x and 64 hex digits")
	}
	return common.BytesToHash(b), nil
}

// ReadJSON reads a request body of at most limit bytes into v, strictly.
func ReadJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return err
	}
	if err := DecodeStrict(b, v); err != nil {
		return fmt.Errorf("%w: decoding request: %w", ErrTask, err)
	}
	return nil
}

// WriteJSON answers v as JSON.
func WriteJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// WriteEnvelope answers with e as JSON: the document WriteJSON writes,
// byte for byte, but with the ciphertext's hex streamed to w rather than
// the whole document built in memory first. A round's envelope can be
// megabytes (the usage exchange carries an entry per data owner), and a
// hub serves one to every spoke at once.
func WriteEnvelope(w http.ResponseWriter, e *enclave.Envelope) {
	w.Header().Set("Content-Type", "application/json")
	_ = writeEnvelope(w, e)
}

func writeEnvelope(w io.Writer, e *enclave.Envelope) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, `{"task":"%s","round":%d,"from":"%s","to":"%s","ciphertext":"0x`,
		hexutil.Encode(e.Task[:]), e.Round, hexutil.Encode(e.From[:]), hexutil.Encode(e.To[:]))
	if _, err := hex.NewEncoder(bw).Write(e.Ciphertext); err != nil {
		return err
	}
	fmt.Fprintf(bw, `","signature":"%s"}`+"\n", hexutil.Encode(e.Signature))
	return bw.Flush()
}

// Error answers err with its one-line reason: 413 for an oversized body,
// 404 for ErrNotFound, 400 for the caller's mistakes, 422 for a reverted
// transaction, 500 otherwise.
func Error(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		code = http.StatusRequestEntityTooLarge
	case errors.Is(err, ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, ErrUnauthenticated):
		code = http.StatusUnauthorized
	case errors.Is(err, ErrForbidden):
		code = http.StatusForbidden
	case errors.Is(err, ErrTask), errors.Is(err, grant.ErrMalformed), errors.Is(err, grant.ErrInvalidPolicy),
		errors.Is(err, grant.ErrBadSignature), errors.Is(err, grant.ErrWrongEnclave):
		code = http.StatusBadRequest
	case errors.Is(err, chain.ErrReverted):
		code = http.StatusUnprocessableEntity
	}
	http.Error(w, strings.ReplaceAll(err.Error(), "\n", " "), code)
}

// ErrForbidden is returned when the caller may not make the request (a
// task's input from someone other than its owner, a result asked for by a
// stranger).
var ErrForbidden = errors.New("forbidden")

// DecodeStrict decodes b into v: unknown fields and trailing data are errors.
func DecodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data")
	}
	return nil
}
