package node

import (
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Handler serves the node API (nodeapi/openapi.yaml):
//
//	GET  /v1/attestation?nonce=0x…   the enclave's attestation document
//	POST /v1/grants                  a signed grant (JSON); relayed on chain
//	POST /v1/tasks                   a task document (JSON)
//	POST /v1/tasks/{id}/input        the owner's input sealed to the enclave (JSON, ciphertext only)
//	GET  /v1/tasks/{id}              the task document and its state (JSON)
//	GET  /v1/tasks/{id}/result       the task's Evidence (JSON)
//	GET  /v1/tasks/{id}/federation/{round}?to=0x…  the enclave's FedAvg envelope to a peer (JSON, ciphertext)
//	POST /v1/tasks/{id}/reexecution/export  a re-executing enclave's attestation → this enclave's run, sealed to it (JSON)
//	POST /v1/tasks/{id}/reexecution  the re-executor's signed report, published with the evidence (JSON)
//	GET  /v1/datasets                the datasets granted to the enclave (JSON)
//
// Request bodies are bounded and parsed strictly; errors are answered with
// a one-line reason (4xx for the caller's mistakes, 500 otherwise).
func (n *Node) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET "+nodeapi.AttestationPath, nodeapi.AttestationHandler(n.cfg.Enclave.Attest, n.log))
	mux.HandleFunc("POST "+nodeapi.GrantsPath, func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, grant.MaxGrantSize))
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		pg, err := grant.ParseGrant(b)
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		rcpt, err := n.AddGrant(r.Context(), pg)
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		nodeapi.WriteJSON(w, nodeapi.TxReceipt{Tx: rcpt.TxHash, GasUsed: rcpt.GasUsed})
	})
	mux.HandleFunc("POST "+nodeapi.TasksPath, func(w http.ResponseWriter, r *http.Request) {
		var t nodeapi.Task
		err := nodeapi.ReadJSON(w, r, nodeapi.MaxTaskSize, &t)
		if err == nil {
			err = t.Validate()
		}
		if err == nil {
			err = n.AcceptTask(r.Context(), &t)
		}
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	mux.HandleFunc("POST "+nodeapi.TasksPath+"/{id}/input", func(w http.ResponseWriter, r *http.Request) {
		id, err := nodeapi.ParseHash(r.PathValue("id"))
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, nodeapi.MaxSealedInputSize))
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		from, err := nodeapi.VerifyRequest(r, body, &n.nonces, time.Now())
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		var in enclave.SealedInput
		if err := nodeapi.DecodeStrict(body, &in); err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: decoding sealed input: %w", nodeapi.ErrTask, err))
			return
		}
		if in.Task != id {
			nodeapi.Error(w, fmt.Errorf("%w: input is for task %s, posted to %s", nodeapi.ErrTask, in.Task, id))
			return
		}
		if err := n.AcceptInput(&in, from); err != nil {
			nodeapi.Error(w, err)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	mux.HandleFunc("GET "+nodeapi.TasksPath+"/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := nodeapi.ParseHash(r.PathValue("id"))
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
			return
		}
		st, err := n.TaskState(id)
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		nodeapi.WriteJSON(w, st)
	})
	mux.HandleFunc("GET "+nodeapi.TasksPath+"/{id}/federation/{round}", n.serveEnvelope)
	n.reexecRoutes(mux)
	mux.HandleFunc("GET "+nodeapi.DatasetsPath, func(w http.ResponseWriter, r *http.Request) {
		o, err := n.Offers(r.Context())
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		nodeapi.WriteJSON(w, o)
	})
	mux.HandleFunc("GET "+nodeapi.TasksPath+"/{id}/result", func(w http.ResponseWriter, r *http.Request) {
		id, err := nodeapi.ParseHash(r.PathValue("id"))
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
			return
		}
		ev, err := n.Result(id)
		if err != nil {
			nodeapi.Error(w, err)
			return
		}
		nodeapi.WriteJSON(w, ev)
	})
	return mux
}
