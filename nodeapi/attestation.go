package nodeapi

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// AttestationSource produces a node's attestation document for a nonce.
type AttestationSource func(ctx context.Context, nonce common.Hash) (*grant.Attestation, error)

// AttestationHandler serves GET AttestationPath?nonce=0x<32 bytes hex> (the
// nonce is optional) with the document src returns, as JSON, without its
// collateral when the query says collateral=omit. Errors from
// src are logged (if logger is set) and answered with a generic 500.
func AttestationHandler(src AttestationSource, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			http.Error(w, "use GET", http.StatusMethodNotAllowed)
			return
		}
		var nonce common.Hash
		if s := r.URL.Query().Get("nonce"); s != "" {
			n, err := ParseHash(s)
			if err != nil {
				http.Error(w, "nonce: "+err.Error(), http.StatusBadRequest)
				return
			}
			nonce = n
		}
		var omit bool
		switch c := r.URL.Query().Get("collateral"); c {
		case "", "include":
		case "omit":
			omit = true
		default:
			http.Error(w, fmt.Sprintf("collateral %q: want include or omit", c), http.StatusBadRequest)
			return
		}
		doc, err := src(r.Context(), nonce)
		if err != nil {
			if logger != nil {
				logger.LogAttrs(r.Context(), slog.LevelError, "attestation failed", slog.String("error", err.Error()))
			}
			http.Error(w, "attestation unavailable", http.StatusInternalServerError)
			return
		}
		if omit {
			// The caller verifies with collateral it fetched itself.
			d := *doc
			d.Collateral = nil
			doc = &d
		}
		WriteJSON(w, doc)
	})
}
