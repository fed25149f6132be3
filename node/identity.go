package node

import (
	"context"
	"fmt"
	"net/http"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// keySharer is an enclave that shares its measurement key with restarted
// enclaves of its measurement (enclave.Sim with Config.SharedSealing).
type keySharer interface {
	ShareMeasurementKey(ctx context.Context, req *grant.Attestation) (*enclave.KeyShare, error)
}

// serveMeasurementKey answers POST /v1/enclave/measurement-key: the body is
// a restarted enclave's attestation; the enclave verifies it and seals its
// measurement key to it, or refuses (403). An enclave that seals under its
// platform's key answers 403 too.
func (n *Node) serveMeasurementKey(w http.ResponseWriter, r *http.Request) {
	var doc grant.Attestation
	if err := nodeapi.ReadJSON(w, r, grant.MaxAttestationSize, &doc); err != nil {
		nodeapi.Error(w, err)
		return
	}
	ks, ok := n.cfg.Enclave.(keySharer)
	if !ok {
		nodeapi.Error(w, fmt.Errorf("%w: this node's enclave shares no measurement key", nodeapi.ErrForbidden))
		return
	}
	share, err := ks.ShareMeasurementKey(r.Context(), &doc)
	if err != nil {
		nodeapi.Error(w, fmt.Errorf("%w: %w", nodeapi.ErrForbidden, err))
		return
	}
	nodeapi.WriteJSON(w, share)
}
