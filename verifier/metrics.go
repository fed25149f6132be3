package verifier

import (
	"encoding/json"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are a daemon's Prometheus metrics, in a registry of its own (a
// process may run several daemons, as the tests do).
type metrics struct {
	reg       *prometheus.Registry
	verdicts  *prometheus.CounterVec
	approvals *prometheus.CounterVec
	committed prometheus.Counter
	revealed  prometheus.Counter
	settled   prometheus.Counter
	missed    prometheus.Counter
	drawn     *prometheus.CounterVec
	finalized prometheus.Counter
	block     prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "memoc_verifier_verdicts_total",
			Help: "Results judged on the committees the verifier sits on, by outcome (pass, fail)."}, []string{"outcome"}),
		approvals: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "memoc_verifier_approvals_total",
			Help: "Enclave attestation rounds judged on the approval committees the verifier sits on, by outcome (approved, rejected)."}, []string{"outcome"}),
		committed: prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_verifier_votes_committed_total", Help: "Ballots committed."}),
		revealed:  prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_verifier_votes_revealed_total", Help: "Ballots revealed."}),
		settled:   prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_verifier_votes_settled_total", Help: "Committee seats settled (paid or penalised)."}),
		missed: prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_verifier_votes_missed_total",
			Help: "Seats whose ballot could not be committed or revealed in time (penalised as silence)."}),
		drawn: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "memoc_verifier_committees_drawn_total",
			Help: "Committee draws this verifier sent, by kind (result, approval)."}, []string{"kind"}),
		finalized: prometheus.NewCounter(prometheus.CounterOpts{Name: "memoc_verifier_tasks_finalized_total", Help: "Market tasks this verifier settled: finalized, or timed out with results missing at the deadline."}),
		block:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "memoc_verifier_last_block", Help: "The last block the verifier processed."}),
	}
	for _, o := range []string{"pass", "fail"} {
		m.verdicts.WithLabelValues(o)
	}
	for _, o := range []string{"approved", "rejected"} {
		m.approvals.WithLabelValues(o)
	}
	m.reg.MustRegister(m.verdicts, m.approvals, m.committed, m.revealed, m.settled, m.missed, m.drawn, m.finalized, m.block)
	return m
}

// Handler serves /healthz (the verifier's account and last processed
// block, as JSON) and /metrics (Prometheus).
func (d *Daemon) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(d.m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(struct {
			Status   string `json:"status"`
			Verifier string `json:"verifier"`
			Block    uint64 `json:"block"`
		}{"ok", d.v.Address().Hex(), d.block.Load()})
	})
	return mux
}
