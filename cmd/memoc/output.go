package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/train"
)

// The --json output contract, shared by every command (README "Output"):
//
//   - one JSON value on stdout (an object, or an array for lists), nothing
//     else; progress and logs go to stderr;
//   - keys are lowerCamelCase, matching ^[a-z][a-zA-Z0-9]*$, as in
//     Ethereum's JSON-RPC (chainId, blockNumber);
//   - bytes, hashes, addresses and measurements are 0x-prefixed hex;
//   - token amounts are decimal strings in base units (wei; 10⁻¹⁸ MEMO),
//     never JSON numbers, and where the text output shows an amount the
//     JSON has it formatted for people too, in a sibling <key>Formatted
//     ("150 MEMO"): show that one, compute with the other;
//   - other integers are JSON numbers only while they cannot pass 2⁵³
//     (counts, block numbers, gas); uint64 values that can (seeds) are
//     decimal strings;
//   - times are RFC 3339 strings in UTC; durations are seconds as JSON
//     numbers, in keys ending in Seconds (elapsedSeconds);
//   - optional fields are left out rather than null.
//
// contract_test.go checks every command's output against it.

// printJSON writes v as indented JSON to w.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// tokenAmount is a token amount in base units. Its JSON is a decimal
// string, so that no JSON reader rounds it: JavaScript's numbers are exact
// only up to 2⁵³, about 0.009 MEMO in base units.
type tokenAmount struct{ *big.Int }

// MarshalJSON writes the amount as a quoted decimal ("0" when unset).
func (a tokenAmount) MarshalJSON() ([]byte, error) {
	if a.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + a.String() + `"`), nil
}

// UnmarshalJSON reads a quoted decimal.
func (a *tokenAmount) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("reading a token amount: want a decimal string: %w", err)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("reading a token amount: %q is not a decimal integer", s)
	}
	a.Int = v
	return nil
}

// IsZero reports an unset amount, for omitzero.
func (a tokenAmount) IsZero() bool { return a.Int == nil }

// formatMEMO is the <key>Formatted twin of a MEMO amount: "12.5 MEMO", or
// "" for nil (left out with omitempty, as its amount with omitzero).
func formatMEMO(v *big.Int) string {
	if v == nil {
		return ""
	}
	return chain.FormatMEMO(v)
}

// decimalUint64 is a uint64 that can pass 2⁵³ (a seed); its JSON is a
// decimal string.
type decimalUint64 uint64

// MarshalJSON writes the value as a quoted decimal.
func (d decimalUint64) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d"`, uint64(d))), nil
}

// rfc3339 formats t for JSON: RFC 3339 in UTC, to the second.
func rfc3339(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// roundView is one training round in --json output.
type roundView struct {
	Round        int     `json:"round"`
	Records      int     `json:"records"`
	TrainLoss    float64 `json:"trainLoss,omitempty"` // absent under DP: it is not private
	TestAccuracy float64 `json:"testAccuracy"`
	TestLoss     float64 `json:"testLoss"`
	Epsilon      float64 `json:"epsilon"`
	PrivacyUnit  string  `json:"privacyUnit,omitempty"` // what Epsilon is about: "record" or "user"; absent without DP
	Owners       int     `json:"owners,omitempty"`      // user-level DP: data owners over all participants
}

func viewRounds(rounds []train.RoundMetrics) []roundView {
	out := make([]roundView, len(rounds))
	for i, m := range rounds {
		out[i] = roundView{Round: m.Round, Records: m.Records, TrainLoss: m.TrainLoss,
			TestAccuracy: m.TestAccuracy, TestLoss: m.TestLoss, Epsilon: m.Epsilon,
			PrivacyUnit: m.PrivacyUnit, Owners: m.Owners}
	}
	return out
}
