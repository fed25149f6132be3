package verify

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/pcs"
)

// TestEveryBitFlipRejected flips every bit of each real quote (header,
// body, signatures, attestation key, QE report, QE auth data, the PEM PCK
// chain and the padding) and requires each flipped quote to be refused with
// an error. Collateral is parsed once. Under -short only every 13th bit of
// the certificate chain is flipped (the rest is still walked in full).
func TestEveryBitFlipRejected(t *testing.T) {
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			raw, c := load(t, s.name)
			v, err := New(Options{Now: at(s.at), Collateral: c})
			require.NoError(t, err)
			_, err = v.Verify(raw)
			require.NoError(t, err)

			// Locate the PEM chain to sample it under -short.
			chainStart := strings.Index(string(raw), "-----BEGIN")
			chainEnd := strings.LastIndex(string(raw), "-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")
			require.Positive(t, chainStart)

			flipped := make([]byte, len(raw))
			start := time.Now()
			n := 0
			for bit := 0; bit < len(raw)*8; bit++ {
				i := bit / 8
				if testing.Short() && i >= chainStart && i < chainEnd && bit%13 != 0 {
					continue
				}
				copy(flipped, raw)
				flipped[i] ^= 1 << (bit % 8)
				if _, err := v.Verify(flipped); err == nil {
					t.Fatalf("flipping bit %d of byte %d (of %d) still verifies", bit%8, i, len(raw))
				}
				n++
			}
			t.Logf("%d flips rejected in %s", n, time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestTamperedCollateralRejected changes each collateral field (characters
// at spread positions, and the field swapped in from another sample) and
// requires the collateral to fail parsing or the quote to fail verification.
func TestTamperedCollateralRejected(t *testing.T) {
	fields := []string{"pck_crl_issuer_chain", "root_ca_crl", "pck_crl", "tcb_info_issuer_chain", "tcb_info",
		"tcb_info_signature", "qe_identity_issuer_chain", "qe_identity", "qe_identity_signature"}
	wires := map[string]map[string]string{}
	for _, s := range samples {
		b, err := os.ReadFile(filepath.Join("..", "testdata", s.name+"_collateral.json"))
		require.NoError(t, err)
		var w map[string]string
		require.NoError(t, json.Unmarshal(b, &w))
		wires[s.name] = w
	}
	for _, s := range samples {
		raw, _ := load(t, s.name)
		for _, field := range fields {
			t.Run(s.name+"/"+field, func(t *testing.T) {
				orig := wires[s.name][field]
				var variants []string
				for k := 1; k <= 16; k++ {
					if m, ok := mutateAt(orig, len(orig)*k/17); ok {
						variants = append(variants, m)
					}
				}
				for _, other := range samples {
					if o := wires[other.name][field]; o != orig {
						variants = append(variants, o)
					}
				}
				require.NotEmpty(t, variants)
				verified := 0
				for i, val := range variants {
					w := map[string]string{}
					for k, x := range wires[s.name] {
						w[k] = x
					}
					w[field] = val
					data, err := json.Marshal(w)
					require.NoError(t, err)
					c, err := pcs.ParseCollateral(data)
					if err != nil {
						continue // rejected at parsing
					}
					_, err = Quote(raw, Options{Now: at(s.at), Collateral: c})
					require.Error(t, err, "variant %d of %s still verifies", i, field)
					verified++
				}
				// Not everything may stop at the parser: the verifier must see some.
				require.Positive(t, verified, "every variant of %s was rejected by the parser", field)
			})
		}
	}
}

// mutateAt changes the first letter or digit at or after position i into
// another character of the same kind, so hex stays hex and base64 stays base64.
func mutateAt(s string, i int) (string, bool) {
	for ; i < len(s); i++ {
		c := s[i]
		var r byte
		switch {
		case c >= '0' && c <= '8', c >= 'a' && c <= 'e', c >= 'A' && c <= 'E':
			r = c + 1
		case c == '9':
			r = '0'
		case c == 'f' || c == 'F':
			r = c - 1
		case c >= 'g' && c <= 'z', c >= 'G' && c <= 'Z':
			r = c - 1
		default:
			continue
		}
		return s[:i] + string(r) + s[i+1:], true
	}
	return "", false
}

// FuzzVerify feeds arbitrary quotes to a verifier holding real collateral:
// nothing may panic, and nothing but a real quote (give or take its zero
// padding) may verify.
func FuzzVerify(f *testing.F) {
	raws := map[string][]byte{}
	var vs []*Verifier
	for _, s := range samples {
		raw, c := load(f, s.name)
		v, err := New(Options{Now: at(s.at), Collateral: c})
		require.NoError(f, err)
		res, err := v.Verify(raw)
		require.NoError(f, err)
		raws[s.name] = raw[:len(raw)-res.Quote.Padding]
		vs = append(vs, v)
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, v := range vs {
			res, err := v.Verify(b)
			if err != nil {
				continue
			}
			trimmed := b[:len(b)-res.Quote.Padding]
			ok := false
			for _, raw := range raws {
				ok = ok || bytes.Equal(trimmed, raw)
			}
			require.True(t, ok, "a quote that is not one of the samples verified")
		}
	})
}
