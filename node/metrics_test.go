package node

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/nodeapi"
)

// TestHealthAndMetrics: /healthz names the enclave and what the registry
// says of it; /metrics counts requests by route and status code (unmatched
// ones apart) and reports the tasks by phase and the envelopes and grants
// counters.
func TestHealthAndMetrics(t *testing.T) {
	n := newTestNode(t)
	h := n.Handler()

	rec := serve(h, http.MethodGet, nodeapi.HealthPath, nil, nil)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var doc nodeapi.Health
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &doc))
	require.Equal(t, nodeapi.Health{Status: "ok", Enclave: n.Enclave(), Operator: n.Operator(), Registry: "unknown"}, doc)

	require.Equal(t, http.StatusNotFound, serve(h, http.MethodGet, nodeapi.TasksPath+"/"+common.Hash{9}.Hex(), nil, nil).Code)
	require.Equal(t, http.StatusBadRequest, serve(h, http.MethodGet, "/v1//datasets", nil, nil).Code)
	require.Equal(t, http.StatusNotFound, serve(h, http.MethodGet, "/v2/tasks", nil, nil).Code)

	rec = serve(h, http.MethodGet, nodeapi.MetricsPath, nil, nil)
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	for _, line := range []string{
		`memoc_node_requests_total{code="200",route="GET /healthz"} 1`,
		`memoc_node_requests_total{code="404",route="GET /v1/tasks/{id}"} 1`,
		`memoc_node_requests_total{code="400",route="unmatched"} 1`,
		`memoc_node_requests_total{code="404",route="unmatched"} 1`,
		`memoc_node_tasks{phase="accepted"} 0`,
		`memoc_node_tasks{phase="refused"} 0`,
		`memoc_node_envelopes_served_total 0`,
		`memoc_node_grants_relayed_total 0`,
		`memoc_node_last_block 0`,
	} {
		require.Contains(t, body, line)
	}
}
