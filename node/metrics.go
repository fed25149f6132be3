package node

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// phases are the task phases /metrics reports, every one of them even when
// no task is in it.
var phases = []nodeapi.TaskPhase{nodeapi.PhaseAccepted, nodeapi.PhaseRunning, nodeapi.PhaseDone, nodeapi.PhaseSubmitted,
	nodeapi.PhaseSettled, nodeapi.PhaseFailed, nodeapi.PhaseRefused}

// unmatched is the route label of a request no route took (an unknown
// path, a wrong method, a path that is not canonical).
const unmatched = "unmatched"

// metrics are one Handler's Prometheus metrics, in a registry of its own
// (a process may run several nodes, as the cluster does), and its
// /healthz.
type metrics struct {
	n         *Node
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	envelopes prometheus.Counter
	grants    prometheus.Counter
	health    http.Handler
}

func newMetrics(n *Node) *metrics {
	m := &metrics{
		n:   n,
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "memoc_node_requests_total",
			Help: "Node API requests answered, by route (method and pattern, or unmatched) and status code."}, []string{"route", "code"}),
		envelopes: prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_node_envelopes_served_total",
			Help: "FedAvg envelopes served to peer nodes."}),
		grants: prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_node_grants_relayed_total",
			Help: "Data owners' grants relayed on chain."}),
	}
	m.health = &healthHandler{n: n}
	m.reg.MustRegister(m.requests, m.envelopes, m.grants, taskCollector{n},
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "memoc_node_last_block",
			Help: "The last block the node's chain watch read (0: none yet)."}, func() float64 { return float64(n.lastBlock()) }))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// instrument wraps a route's handler: it labels the request with the route
// and counts what the route exists for (envelopes served, grants relayed)
// when it succeeds.
func (m *metrics) instrument(rt Route) http.Handler {
	label := rt.Method + " " + rt.Pattern
	var done prometheus.Counter
	switch label {
	case http.MethodGet + " " + nodeapi.TasksPath + "/{id}/federation/{round}":
		done = m.envelopes
	case http.MethodPost + " " + nodeapi.GrantsPath:
		done = m.grants
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw, ok := w.(*statusWriter)
		if !ok {
			sw = &statusWriter{ResponseWriter: w}
		}
		sw.route = label
		rt.Handler.ServeHTTP(sw, r)
		if done != nil && sw.code()/100 == 2 {
			done.Inc()
		}
	})
}

// count counts one answered request.
func (m *metrics) count(sw *statusWriter) {
	route := sw.route
	if route == "" {
		route = unmatched
	}
	m.requests.WithLabelValues(route, strconv.Itoa(sw.code())).Inc()
}

// statusWriter remembers the status code a handler answered and the route
// that took the request.
type statusWriter struct {
	http.ResponseWriter
	status int
	route  string
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}

// taskCollector reports the node's tasks by phase when scraped.
type taskCollector struct{ n *Node }

var taskDesc = prometheus.NewDesc("memoc_node_tasks", "Tasks the node holds, by phase.", []string{"phase"}, nil)

func (c taskCollector) Describe(ch chan<- *prometheus.Desc) { ch <- taskDesc }

func (c taskCollector) Collect(ch chan<- prometheus.Metric) {
	counts := c.n.phaseCounts()
	for _, p := range phases {
		ch <- prometheus.MustNewConstMetric(taskDesc, prometheus.GaugeValue, float64(counts[p]), string(p))
	}
}

// phaseCounts counts the node's tasks by phase.
func (n *Node) phaseCounts() map[nodeapi.TaskPhase]int {
	n.mu.Lock()
	defer n.mu.Unlock()
	c := make(map[nodeapi.TaskPhase]int, len(phases))
	for _, st := range n.states {
		c[st.Phase]++
	}
	return c
}

// lastBlock is the last block the node's chain watch read, from its
// database (0 without one, or before the first scan).
func (n *Node) lastBlock() uint64 {
	if n.cfg.DB == nil {
		return 0
	}
	next, err := n.cfg.DB.NextBlock()
	if err != nil || next == 0 {
		return 0
	}
	return next - 1
}

// healthTTL is how long /healthz reuses what it read from the chain, so
// that its callers cannot make the node hammer its RPC endpoint.
const healthTTL = 2 * time.Second

// healthTimeout bounds the chain reads of one /healthz.
const healthTimeout = 3 * time.Second

// healthHandler serves /healthz: 200 with nodeapi.Health when the node
// reads the chain, 503 with Status "chain unreachable" when it cannot (the
// error is logged, not answered: it may name the RPC endpoint).
type healthHandler struct {
	n    *Node
	mu   sync.Mutex
	at   time.Time
	last nodeapi.Health
	code int
}

func (h *healthHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	if h.at.IsZero() || time.Since(h.at) > healthTTL {
		h.last, h.code = h.read(r.Context())
		h.at = time.Now()
	}
	doc, code := h.last, h.code
	h.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	nodeapi.WriteJSON(w, doc)
}

func (h *healthHandler) read(ctx context.Context) (nodeapi.Health, int) {
	n := h.n
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), healthTimeout)
	defer cancel()
	n.mu.Lock()
	tasks := len(n.states)
	n.mu.Unlock()
	doc := nodeapi.Health{Status: "ok", Enclave: n.Enclave(), Operator: n.Operator(), Block: n.lastBlock(), Tasks: tasks}
	op := n.cfg.Operator
	info, err := op.Enclave(ctx, doc.Enclave)
	if err == nil && info.Status != chain.EnclaveUnknown {
		doc.Active, err = op.EnclaveActive(ctx, doc.Enclave)
	}
	if err != nil {
		n.log.Warn("health: reading the registry failed", slog.Any("err", err))
		doc.Status = "chain unreachable"
		return doc, http.StatusServiceUnavailable
	}
	doc.Registry = info.Status.String()
	return doc, http.StatusOK
}
