package node

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Route is one route of the node API: the method and http.ServeMux path
// pattern it is mounted at, and its handler.
type Route struct {
	Method  string
	Pattern string // e.g. /v1/tasks/{id}
	Handler http.Handler
}

// Routes returns the node API's routes (nodeapi/openapi.yaml), the one
// table Handler mounts and the OpenAPI test checks the specification
// against:
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
//	POST /v1/enclave/measurement-key a restarted enclave's attestation → the measurement key, sealed to it (JSON)
//	GET  /healthz                    the enclave, its registry status and the last block read (JSON)
//	GET  /metrics                    Prometheus metrics
//
// The handlers of /healthz and /metrics read the metrics and health of
// the Handler that mounts them: Routes alone serves them from a metrics
// registry of its own.
func (n *Node) Routes() []Route {
	return n.routes(newMetrics(n))
}

func (n *Node) routes(m *metrics) []Route {
	// The re-execution routes are mounted by reexecRoutes on a mux of
	// their own, which the table delegates to.
	reexec := http.NewServeMux()
	n.reexecRoutes(reexec)
	return []Route{
		{http.MethodGet, nodeapi.AttestationPath, nodeapi.AttestationHandler(n.cfg.Enclave.Attest, n.log)},
		{http.MethodPost, nodeapi.GrantsPath, http.HandlerFunc(n.serveGrant)},
		{http.MethodPost, nodeapi.GrantBatchPath, http.HandlerFunc(n.serveGrants)},
		{http.MethodPost, nodeapi.TasksPath, http.HandlerFunc(n.serveTask)},
		{http.MethodPost, nodeapi.TasksPath + "/{id}/input", http.HandlerFunc(n.serveInput)},
		{http.MethodGet, nodeapi.TasksPath + "/{id}", http.HandlerFunc(n.serveTaskState)},
		{http.MethodGet, nodeapi.TasksPath + "/{id}/result", http.HandlerFunc(n.serveResult)},
		{http.MethodGet, nodeapi.TasksPath + "/{id}/federation/{round}", http.HandlerFunc(n.serveEnvelope)},
		{http.MethodPost, nodeapi.TasksPath + "/{id}/reexecution/export", reexec},
		{http.MethodPost, nodeapi.TasksPath + "/{id}/reexecution", reexec},
		{http.MethodGet, nodeapi.DatasetsPath, http.HandlerFunc(n.serveDatasets)},
		{http.MethodPost, nodeapi.MeasurementKeyPath, http.HandlerFunc(n.serveMeasurementKey)},
		{http.MethodGet, nodeapi.HealthPath, m.health},
		{http.MethodGet, nodeapi.MetricsPath, m.handler()},
	}
}

// Handler serves the node API: every route of Routes, instrumented
// (/metrics counts requests by route and status code, and the envelopes
// served and grants relayed). Each Handler keeps metrics of its own.
//
// Request bodies are bounded and parsed strictly; errors are answered with
// a one-line reason (4xx for the caller's mistakes, 500 otherwise). A path
// that is not in canonical form (dot segments, doubled or trailing
// slashes) is refused with 400, not redirected.
func (n *Node) Handler() http.Handler {
	m := newMetrics(n)
	mux := http.NewServeMux()
	for _, rt := range n.routes(m) {
		mux.Handle(rt.Method+" "+rt.Pattern, m.instrument(rt))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		if p := r.URL.Path; p == "" || p[0] != '/' || path.Clean(p) != p {
			http.Error(sw, fmt.Sprintf("path %q is not canonical", p), http.StatusBadRequest)
		} else {
			mux.ServeHTTP(sw, r)
		}
		m.count(sw)
	})
}

func (n *Node) serveGrant(w http.ResponseWriter, r *http.Request) {
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
	if rcpt == nil { // already on chain: nothing relayed
		nodeapi.WriteJSON(w, nodeapi.TxReceipt{})
		return
	}
	nodeapi.WriteJSON(w, nodeapi.TxReceipt{Tx: rcpt.TxHash, GasUsed: rcpt.GasUsed})
}

// serveGrants keeps a batch of grants, each parsed and checked as one
// posted alone (AddGrant); a refused grant has its reason in its result and
// does not stop the others.
func (n *Node) serveGrants(w http.ResponseWriter, r *http.Request) {
	var b nodeapi.GrantBatch
	if err := nodeapi.ReadJSON(w, r, nodeapi.MaxGrantBatchSize, &b); err != nil {
		nodeapi.Error(w, err)
		return
	}
	if len(b.Grants) == 0 || len(b.Grants) > nodeapi.MaxGrantBatch {
		nodeapi.Error(w, fmt.Errorf("%w: a batch holds 1 to %d grants, not %d", grant.ErrMalformed, nodeapi.MaxGrantBatch, len(b.Grants)))
		return
	}
	out := nodeapi.GrantBatchResult{Results: make([]nodeapi.GrantResult, len(b.Grants))}
	var gs []*grant.Grant
	var at []int // gs[j] is b.Grants[at[j]]
	for i, raw := range b.Grants {
		g, err := grant.ParseGrant(raw)
		if err != nil {
			out.Results[i].Error = oneLine(err)
			continue
		}
		gs, at = append(gs, g), append(at, i)
	}
	for j, r := range n.AddGrants(r.Context(), gs) {
		res := &out.Results[at[j]]
		switch {
		case r.Err != nil:
			res.Error = oneLine(r.Err)
		case r.Receipt != nil:
			res.Tx, res.GasUsed = r.Receipt.TxHash, r.Receipt.GasUsed
		}
	}
	nodeapi.WriteJSON(w, out)
}

func oneLine(err error) string { return strings.ReplaceAll(err.Error(), "\n", " ") }

func (n *Node) serveTask(w http.ResponseWriter, r *http.Request) {
	var t nodeapi.Task
	err := nodeapi.ReadJSON(w, r, nodeapi.MaxTaskSize, &t)
	if err == nil {
		err = t.Validate()
	}
	if err == nil {
		err = n.AcceptTask(r.Context(), &t)
	}
	if errors.Is(err, ErrTaskTerms) {
		// A well-formed market task whose terms the node will not take:
		// the caller's to change, not the node's failure.
		http.Error(w, strings.ReplaceAll(err.Error(), "\n", " "), http.StatusUnprocessableEntity)
		return
	}
	if err != nil {
		nodeapi.Error(w, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (n *Node) serveInput(w http.ResponseWriter, r *http.Request) {
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
}

func (n *Node) serveTaskState(w http.ResponseWriter, r *http.Request) {
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
}

func (n *Node) serveResult(w http.ResponseWriter, r *http.Request) {
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
}

func (n *Node) serveDatasets(w http.ResponseWriter, r *http.Request) {
	o, err := n.Offers(r.Context())
	if err != nil {
		nodeapi.Error(w, err)
		return
	}
	nodeapi.WriteJSON(w, o)
}
