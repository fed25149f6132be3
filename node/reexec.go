package node

import (
	"fmt"
	"net/http"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// reexecRoutes mounts the re-execution routes: a re-executing enclave asks
// for this enclave's run of a task (sealed to it), and publishes its report
// with this node's evidence.
func (n *Node) reexecRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST "+nodeapi.TasksPath+"/{id}/reexecution/export", func(w http.ResponseWriter, r *http.Request) {
		id, err := nodeapi.ParseHash(r.PathValue("id"))
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
			return
		}
		var doc grant.Attestation
		if err := nodeapi.ReadJSON(w, r, grant.MaxAttestationSize, &doc); err != nil {
			nodeapi.Error(w, err)
			return
		}
		// The enclave verifies the peer's quote and refuses another
		// measurement or this enclave's own operator.
		exp, err := n.ExportReexecution(r.Context(), id, &doc)
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: %w", nodeapi.ErrForbidden, err))
			return
		}
		nodeapi.WriteJSON(w, exp)
	})
	mux.HandleFunc("POST "+nodeapi.TasksPath+"/{id}/reexecution", func(w http.ResponseWriter, r *http.Request) {
		id, err := nodeapi.ParseHash(r.PathValue("id"))
		if err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
			return
		}
		var rep enclave.Reexecution
		if err := nodeapi.ReadJSON(w, r, 1<<20, &rep); err != nil {
			nodeapi.Error(w, err)
			return
		}
		if err := rep.Verify(); err != nil {
			nodeapi.Error(w, fmt.Errorf("%w: %w", nodeapi.ErrTask, err))
			return
		}
		if rep.Task != id {
			nodeapi.Error(w, fmt.Errorf("%w: report is for task %s, posted to %s", nodeapi.ErrTask, rep.Task, id))
			return
		}
		if err := n.PublishReexecution(id, &rep); err != nil {
			nodeapi.Error(w, err)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
}
