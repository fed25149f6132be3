package dashboard

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
)

// revokeDeadline is how many blocks a signed revocation may wait to be
// relayed.
const revokeDeadline = 100

// maxRevokeBody bounds a POSTed revocation.
const maxRevokeBody = 4 << 10

// revokeRequest is a revocation as the page's script sends it back: the
// typed data's fields and the owner's signature of them.
type revokeRequest struct {
	Dataset   common.Hash    `json:"dataset"`
	Enclave   common.Address `json:"enclave"`
	Nonce     string         `json:"nonce"`
	Deadline  uint64         `json:"deadline"`
	Signature hexutil.Bytes  `json:"signature"`
}

type revokeAnswer struct {
	TypedData any    `json:"typedData,omitempty"`
	Nonce     string `json:"nonce,omitempty"`
	Deadline  uint64 `json:"deadline,omitempty"`
	Relay     bool   `json:"relay"`
	Command   string `json:"command,omitempty"`
	Tx        string `json:"tx,omitempty"`
	Block     uint64 `json:"block,omitempty"`
	Error     string `json:"error,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// revokeTarget parses and checks the owner, dataset and enclave of a
// revocation: the dataset must be the owner's and granted to the enclave.
func (s *Server) revokeTarget(ctx context.Context, owner string, dataset, enclave string) (common.Address, common.Hash, common.Address, error) {
	o, err := parseAddress("owner", owner)
	if err != nil {
		return o, common.Hash{}, common.Address{}, err
	}
	e, err := parseAddress("enclave", enclave)
	if err != nil {
		return o, common.Hash{}, e, err
	}
	b, err := hexutil.Decode(dataset)
	if err != nil || len(b) != 32 {
		return o, common.Hash{}, e, fmt.Errorf("%w: dataset %q is not a 32-byte hex id", ErrBadRequest, clip(dataset))
	}
	d := common.BytesToHash(b)
	if chain.DatasetIDOwner(d) != o {
		return o, d, e, fmt.Errorf("%w: dataset %s is not %s's", ErrBadRequest, d.Hex(), o.Hex())
	}
	g, err := s.opts.Chain.GrantOf(ctx, d, e)
	if err != nil {
		return o, d, e, err
	}
	if g.GrantedBlock == 0 {
		return o, d, e, fmt.Errorf("%w: dataset %s was never granted to enclave %s", ErrNotFound, d.Hex(), e.Hex())
	}
	if g.RevokedBlock != 0 {
		return o, d, e, fmt.Errorf("%w: the grant is already revoked (block %d)", ErrBadRequest, g.RevokedBlock)
	}
	return o, d, e, nil
}

func statusOf(err error) int {
	switch {
	case errors.Is(err, ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest
	}
	return http.StatusBadGateway
}

// revokeTypedData answers GET /owner/{address}/revoke?dataset=&enclave=
// with the EIP-712 typed data of DataGrants' Revoke for the owner's
// current nonce, for eth_signTypedData_v4.
func (s *Server) revokeTypedData(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.ChainTimeout)
	defer cancel()
	q := r.URL.Query()
	o, d, e, err := s.revokeTarget(ctx, r.PathValue("address"), q.Get("dataset"), q.Get("enclave"))
	cmd := fmt.Sprintf("memoc user revoke --dataset %s --enclave %s", d.Hex(), e.Hex())
	if err != nil {
		writeJSON(w, statusOf(err), revokeAnswer{Error: publicError(err), Command: cmd})
		return
	}
	nonce, err := s.opts.Chain.GrantNonce(ctx, o)
	if err == nil {
		var head uint64
		if head, err = s.opts.Chain.BlockNumber(ctx); err == nil {
			m := chain.RevokeMessage{DatasetID: d, Enclave: e, Nonce: nonce, Deadline: head + revokeDeadline}
			td := chain.RevokeTypedData(s.opts.Chain.ChainID(), s.dep.DataGrants, m)
			writeJSON(w, http.StatusOK, revokeAnswer{TypedData: td, Nonce: nonce.String(), Deadline: m.Deadline, Relay: s.opts.Relayer != nil, Command: cmd})
			return
		}
	}
	writeJSON(w, http.StatusBadGateway, revokeAnswer{Error: "the chain could not be read", Command: cmd})
}

// relayRevoke answers POST /owner/{address}/revoke: it checks that the
// signature recovers to the dataset's owner and relays it with
// revokeWithSig from the relayer's account. Without a relayer it relays
// nothing and says which command revokes.
func (s *Server) relayRevoke(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.ChainTimeout)
	defer cancel()
	var req revokeRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRevokeBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, revokeAnswer{Error: "the request is not a revocation: want JSON {dataset, enclave, nonce, deadline, signature}"})
		return
	}
	o, d, e, err := s.revokeTarget(ctx, r.PathValue("address"), req.Dataset.Hex(), req.Enclave.Hex())
	cmd := fmt.Sprintf("memoc user revoke --dataset %s --enclave %s", d.Hex(), e.Hex())
	if err != nil {
		writeJSON(w, statusOf(err), revokeAnswer{Error: publicError(err), Command: cmd})
		return
	}
	if s.opts.Relayer == nil {
		writeJSON(w, http.StatusNotImplemented, revokeAnswer{Error: "this dashboard relays no transactions: revoke with the command", Command: cmd})
		return
	}
	nonce, ok := new(big.Int).SetString(req.Nonce, 10)
	if !ok || nonce.Sign() < 0 {
		writeJSON(w, http.StatusBadRequest, revokeAnswer{Error: "nonce is not a decimal number", Command: cmd})
		return
	}
	m := chain.RevokeMessage{DatasetID: d, Enclave: e, Nonce: nonce, Deadline: req.Deadline}
	digest, err := chain.RevokeDigest(s.opts.Chain.ChainID(), s.dep.DataGrants, m)
	if err != nil || len(req.Signature) != 65 {
		writeJSON(w, http.StatusBadRequest, revokeAnswer{Error: "the signature is not a 65-byte EIP-712 signature", Command: cmd})
		return
	}
	sig := append([]byte(nil), req.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != o {
		writeJSON(w, http.StatusForbidden, revokeAnswer{Error: "the signature is not the dataset owner's", Command: cmd})
		return
	}
	rcpt, err := s.opts.Relayer.RevokeWithSig(ctx, o, m, req.Signature)
	if err != nil {
		s.log.Warn("relaying a revocation", slog.String("owner", o.Hex()), slog.String("error", err.Error()))
		writeJSON(w, http.StatusBadGateway, revokeAnswer{Error: "the chain refused the revocation: " + clip(err.Error()), Command: cmd})
		return
	}
	s.stateMu.Lock()
	s.lastScan = s.lastScan.Add(-s.opts.Refresh) // read the revocation on the next page
	s.stateMu.Unlock()
	writeJSON(w, http.StatusOK, revokeAnswer{Relay: true, Tx: rcpt.TxHash.Hex(), Block: rcpt.BlockNumber.Uint64()})
}

// publicError is err for a JSON answer: the dashboard's own messages as
// they are, chain failures without their internals.
func publicError(err error) string {
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrBadRequest) {
		return err.Error()
	}
	return "the chain could not be read"
}
