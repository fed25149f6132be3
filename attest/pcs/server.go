package pcs

import (
	"encoding/hex"
	"encoding/pem"
	"net/http"
	"net/url"
	"strings"
)

// Handler serves collateral on the PCS v4 routes a Client asks, as a PCCS
// does: GET /{sgx,tdx}/certification/v4/tcb?fmspc=HEX,
// /{sgx,tdx}/certification/v4/qe/identity,
// /sgx/certification/v4/pckcrl?ca=processor|platform[&encoding=der|pem]
// and /sgx/certification/v4/rootcacrl (DER), each issuer chain in its
// URL-encoded PEM response header. Each route answers from the first of
// colls that fits (TEE and FMSPC, QE identity id, PCK CRL issuer), 404 when
// none does. It serves the exact signed bytes it was given; it signs nothing.
func Handler(colls ...*Collateral) http.Handler {
	mux := http.NewServeMux()
	for _, tee := range []string{"sgx", "tdx"} {
		id, qeID := strings.ToUpper(tee), map[string]string{"sgx": "QE", "tdx": "TD_QE"}[tee]
		mux.HandleFunc("GET /"+tee+"/certification/v4/tcb", func(w http.ResponseWriter, r *http.Request) {
			fmspc, err := hex.DecodeString(r.URL.Query().Get("fmspc"))
			if err != nil || len(fmspc) != 6 {
				pcsError(w, http.StatusBadRequest, "InvalidParameter", "fmspc: want 6 bytes of hex")
				return
			}
			for _, c := range colls {
				if c.TCBInfo.ID == id && c.TCBInfo.FMSPC == [6]byte(fmspc) {
					w.Header().Set(TCBInfoIssuerChainHeader, encodeChain(c.wire.TCBInfoIssuerChain))
					writeSigned(w, "tcbInfo", c.TCBInfoRaw, c.wire.TCBInfoSignature)
					return
				}
			}
			pcsError(w, http.StatusNotFound, "NotFound", "no TCB info for this FMSPC")
		})
		mux.HandleFunc("GET /"+tee+"/certification/v4/qe/identity", func(w http.ResponseWriter, _ *http.Request) {
			for _, c := range colls {
				if c.QEIdentity.ID == qeID {
					w.Header().Set(EnclaveIdentityIssuerChainHdr, encodeChain(c.wire.QEIdentityIssuerChain))
					writeSigned(w, "enclaveIdentity", c.QEIdentityRaw, c.wire.QEIdentitySignature)
					return
				}
			}
			pcsError(w, http.StatusNotFound, "NotFound", "no QE identity")
		})
	}
	mux.HandleFunc("GET /sgx/certification/v4/pckcrl", func(w http.ResponseWriter, r *http.Request) {
		ca, enc := r.URL.Query().Get("ca"), r.URL.Query().Get("encoding")
		if (ca != CAProcessor && ca != CAPlatform) || (enc != "" && enc != "der" && enc != "pem") {
			pcsError(w, http.StatusBadRequest, "InvalidParameter", "ca: want processor or platform; encoding: der or pem")
			return
		}
		for _, c := range colls {
			if len(c.PCKCRLIssuerChain) > 0 && caOfName(c.PCKCRL.Issuer.CommonName) == ca {
				w.Header().Set(PCKCRLIssuerChainHeader, encodeChain(c.wire.PCKCRLIssuerChain))
				if enc == "der" {
					w.Header().Set("Content-Type", "application/pkix-crl")
					_, _ = w.Write(c.PCKCRL.Raw)
					return
				}
				w.Header().Set("Content-Type", "application/x-pem-file")
				_, _ = w.Write(pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: c.PCKCRL.Raw}))
				return
			}
		}
		pcsError(w, http.StatusNotFound, "NotFound", "no PCK CRL for this CA")
	})
	mux.HandleFunc("GET /sgx/certification/v4/rootcacrl", func(w http.ResponseWriter, _ *http.Request) {
		if len(colls) == 0 {
			pcsError(w, http.StatusNotFound, "NotFound", "no root CA CRL")
			return
		}
		w.Header().Set("Content-Type", "application/pkix-crl")
		_, _ = w.Write(colls[0].RootCACRL.Raw)
	})
	return mux
}

// encodeChain URL-encodes a PEM chain for a response header the way Intel's
// PCS does (encodeURIComponent: spaces as %20, '+' and '/' escaped).
func encodeChain(pemChain string) string {
	return strings.ReplaceAll(url.QueryEscape(pemChain), "+", "%20")
}

func writeSigned(w http.ResponseWriter, field string, raw []byte, sig string) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"` + field + `":`))
	_, _ = w.Write(raw)
	_, _ = w.Write([]byte(`,"signature":"` + sig + `"}`))
}

func pcsError(w http.ResponseWriter, code int, errCode, msg string) {
	w.Header().Set("Error-Code", errCode)
	w.Header().Set("Error-Message", msg)
	w.WriteHeader(code)
}
