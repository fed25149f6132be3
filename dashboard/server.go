package dashboard

import (
	"bytes"
	"context"
	"crypto/x509"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/train"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// Errors of the dashboard.
var (
	// ErrNotFound is returned (and shown as a 404 page) when an address,
	// task or enclave is not known to the deployment.
	ErrNotFound = errors.New("not found")
	// ErrBadRequest is returned when a path or form value is malformed.
	ErrBadRequest = errors.New("bad request")
)

// Defaults of Options.
const (
	DefaultNodeTimeout  = 2 * time.Second
	DefaultChainTimeout = 5 * time.Second
	DefaultRefresh      = time.Second
)

// Training is one task's training history as the dashboard shows it.
type Training struct {
	// Baseline is the warm start the federated rounds improve on, shown as
	// round 0 (nil: a cold start). Its TestLoss may be 0 (not measured).
	Baseline *train.RoundMetrics
	// Rounds are the per-round metrics, from round 1.
	Rounds []train.RoundMetrics
	// Source says where the numbers come from (e.g. "the task owner's
	// evaluation on its held-out data").
	Source string
}

// Options configure a Server. Only Chain is required.
type Options struct {
	// Chain is a client of the deployment (read-only is enough); its
	// backend must also answer eth_getLogs.
	Chain *chain.Client
	// HTTP is the client used to reach nodes; nil means one that follows
	// no redirect (a node is asked at the URL the registry holds, nowhere
	// else) and has no timeout of its own (NodeTimeout bounds every call).
	HTTP *http.Client
	// NodeTimeout bounds each call to a node; 0 means DefaultNodeTimeout.
	NodeTimeout time.Duration
	// ChainTimeout bounds the chain reads of one page; 0 means
	// DefaultChainTimeout.
	ChainTimeout time.Duration
	// Refresh is the least time between two scans of new blocks; 0 means
	// DefaultRefresh.
	Refresh time.Duration
	// TrustedRoots are the attestation roots a node's quote must chain to;
	// nil means Intel's root, plus, on a deployment whose registry trusts
	// a simulated root, the root a quote carries whose SHA-256 is the one
	// the registry names.
	TrustedRoots []*x509.Certificate
	// Now is the clock attestations are verified with; nil means time.Now.
	Now func() time.Time
	// Relayer, if set, relays revocations data owners sign in their wallet
	// (its account pays the gas); nil shows the memoc user revoke command
	// instead.
	Relayer *chain.Client
	// Training returns the training history of a task, if this dashboard
	// knows one (the model and its metrics are the task owner's).
	Training func(taskID uint64) (Training, bool)
	// Logger receives request errors; nil logs nothing.
	Logger *slog.Logger
}

// Server serves the dashboard. It is an http.Handler, safe for concurrent
// use.
type Server struct {
	opts  Options
	dep   *chain.Deployment
	mux   *http.ServeMux
	tmpl  map[string]*template.Template
	log   *slog.Logger
	ix    *index
	nodes *nodeCache

	scanMu    sync.Mutex // one scan at a time
	stateMu   sync.Mutex
	lastScan  time.Time
	lastBlock uint64
	chainErr  error // the last scan's error (nil: reachable)

	cacheMu sync.Mutex
	cache   map[string]cached // the last page data of each path
	gas     sync.Map          // tx hash → gas used (uint64)
	hashes  sync.Map          // task id → document hash
	roots   sync.Map          // submitResult tx → the ledger root its claim set
	// settledCommittees holds the committee of each settled result.
	settledCommittees sync.Map
}

type cached struct {
	data  any
	block uint64
}

// maxCached bounds the pages kept for when the chain is unreachable.
const maxCached = 4096

// New returns a dashboard of opts.Chain's deployment. It reads nothing
// until the first request.
func New(opts Options) (*Server, error) {
	if opts.Chain == nil {
		return nil, errors.New("dashboard: Options.Chain is nil")
	}
	if opts.NodeTimeout <= 0 {
		opts.NodeTimeout = DefaultNodeTimeout
	}
	if opts.ChainTimeout <= 0 {
		opts.ChainTimeout = DefaultChainTimeout
	}
	if opts.Refresh <= 0 {
		opts.Refresh = DefaultRefresh
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.HTTP == nil {
		opts.HTTP = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dep := opts.Chain.Deployment()
	s := &Server{
		opts: opts, dep: dep, mux: http.NewServeMux(), log: log.WithGroup("dashboard"),
		ix: newIndex(dep.DeployBlock), cache: map[string]cached{},
		nodes: newNodeCache(opts.HTTP, opts.NodeTimeout),
	}
	var err error
	if s.tmpl, err = parseTemplates(); err != nil {
		return nil, err
	}
	assets, _ := fs.Sub(assetFS, "assets")
	s.mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(assets)))
	s.mux.HandleFunc("GET /{$}", s.page("cluster", s.clusterPage))
	s.mux.HandleFunc("GET /tasks", s.page("tasks", s.tasksPage))
	s.mux.HandleFunc("GET /task/{id}", s.page("task", s.taskPage))
	s.mux.HandleFunc("GET /owner/{address}", s.page("owner", s.ownerPage))
	s.mux.HandleFunc("GET /node/{address}", s.page("node", s.nodePage))
	s.mux.HandleFunc("GET /training/{id}", s.page("training", s.trainingPage))
	s.mux.HandleFunc("GET /owner/{address}/revoke", s.revokeTypedData)
	s.mux.HandleFunc("POST /owner/{address}/revoke", s.relayRevoke)
	s.mux.HandleFunc("GET /go", s.jump)
	s.mux.HandleFunc("GET /events", s.events)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, fmt.Errorf("%w: no page at %s", ErrNotFound, r.URL.Path))
	})
	return s, nil
}

// ServeHTTP serves the dashboard's pages.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// Status is the chain's state as the last scan saw it.
type Status struct {
	// Block is the last block read.
	Block uint64
	// Unreachable says the last attempt to read the chain failed.
	Unreachable bool
	// Error is that failure ("" if none).
	Error string
}

// Status returns the chain's state as the last scan saw it.
func (s *Server) Status() Status {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	st := Status{Block: s.lastBlock, Unreachable: s.chainErr != nil}
	if s.chainErr != nil {
		st.Error = s.chainErr.Error()
	}
	return st
}

// Refresh reads the blocks mined since the last read into the dashboard's
// index (at most once per Options.Refresh). Pages do it themselves; a
// server may call it once at start so that the first page does not pay
// for indexing the whole history.
func (s *Server) Refresh(ctx context.Context) error { return s.refresh(ctx) }

// refresh scans the blocks mined since the last scan, at most once per
// Options.Refresh.
func (s *Server) refresh(ctx context.Context) error {
	// Bounded, so that a chain that hangs holds the scan lock (and every
	// page waiting on it) for ChainTimeout at most; a long history is read
	// over several refreshes, each keeping what it read.
	ctx, cancel := context.WithTimeout(ctx, s.opts.ChainTimeout)
	defer cancel()
	s.scanMu.Lock()
	defer s.scanMu.Unlock()
	s.stateMu.Lock()
	fresh := s.chainErr == nil && !s.lastScan.IsZero() && time.Since(s.lastScan) < s.opts.Refresh
	s.stateMu.Unlock()
	if fresh {
		return nil
	}
	err := s.scan(ctx)
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	s.lastScan, s.chainErr = time.Now(), err
	s.ix.mu.RLock()
	if s.ix.head > s.lastBlock {
		s.lastBlock = s.ix.head
	}
	s.ix.mu.RUnlock()
	return err
}

func (s *Server) scan(ctx context.Context) error {
	head, err := s.opts.Chain.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain head: %w", err)
	}
	return s.ix.scan(ctx, s.opts.Chain.Backend(), s.dep, head)
}

// layout is what every page's frame shows.
type layout struct {
	Title    string
	Banner   *Status // set when the chain is unreachable
	Block    uint64
	ChainID  uint64
	Page     any
	NotFound string
	Error    string
}

// page wraps a page builder: it refreshes the index, builds the page's
// data (or, if the chain fails, takes the last data built for the path)
// and renders it.
func (s *Server) page(name string, build func(ctx context.Context, r *http.Request) (string, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.ChainTimeout)
		defer cancel()
		scanErr := s.refresh(ctx)
		var title string
		var data any
		var err error
		if scanErr == nil {
			title, data, err = build(ctx, r)
		}
		st := s.Status()
		l := layout{Title: title, Block: st.Block, ChainID: s.dep.ChainID}
		switch {
		case errors.Is(err, ErrNotFound) || errors.Is(err, ErrBadRequest):
			s.renderError(w, r, err)
			return
		case scanErr != nil || err != nil:
			if err == nil {
				err = scanErr
			}
			s.log.Warn("reading the chain", slog.String("path", r.URL.Path), slog.String("error", err.Error()))
			st.Unreachable, st.Error = true, "the chain could not be read"
			l.Banner = &st
			s.cacheMu.Lock()
			c, ok := s.cache[r.URL.Path]
			s.cacheMu.Unlock()
			if !ok {
				l.Title, l.Error = "Chain unreachable", "This page has not been read from the chain yet, so there is nothing cached to show. Try again once the chain answers."
				s.render(w, http.StatusServiceUnavailable, "error", l)
				return
			}
			l.Title, l.Page, l.Block = "(cached) "+name, c.data, c.block
			if t, ok := c.data.(titled); ok {
				l.Title = t.title() + " (cached)"
			}
			s.render(w, http.StatusOK, name, l)
			return
		}
		s.cacheMu.Lock()
		if len(s.cache) >= maxCached {
			for k := range s.cache { // drop one at random
				delete(s.cache, k)
				break
			}
		}
		s.cache[r.URL.Path] = cached{data: titledData{title, data}, block: st.Block}
		s.cacheMu.Unlock()
		l.Page = data
		s.render(w, http.StatusOK, name, l)
	}
}

type titled interface{ title() string }

// titledData is cached page data with its title; templates see Data.
type titledData struct {
	Title string
	Data  any
}

func (t titledData) title() string { return t.Title }

func (s *Server) render(w http.ResponseWriter, status int, name string, l layout) {
	if td, ok := l.Page.(titledData); ok {
		l.Page = td.Data
	}
	var buf bytes.Buffer
	if err := s.tmpl[name].ExecuteTemplate(&buf, "layout", l); err != nil {
		s.log.Error("rendering", slog.String("page", name), slog.String("error", err.Error()))
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// renderError shows a 404 (ErrNotFound) or 400 page naming what was not
// found; the message is built by the dashboard and escaped like any value.
func (s *Server) renderError(w http.ResponseWriter, _ *http.Request, err error) {
	st := s.Status()
	l := layout{Block: st.Block, ChainID: s.dep.ChainID}
	status := http.StatusNotFound
	l.Title, l.NotFound = "Not found", err.Error()
	if errors.Is(err, ErrBadRequest) {
		status, l.Title = http.StatusBadRequest, "Bad request"
	}
	s.render(w, status, "error", l)
}

// jump answers the search form: a task number goes to its task, an
// enclave's address to its node page, any other address to its owner page.
func (s *Server) jump(w http.ResponseWriter, r *http.Request) {
	_ = s.refresh(r.Context())
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	q = strings.TrimPrefix(q, "#")
	if id, err := strconv.ParseUint(q, 10, 64); err == nil {
		http.Redirect(w, r, "/task/"+strconv.FormatUint(id, 10), http.StatusSeeOther)
		return
	}
	a, err := parseAddress("search", q)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	s.ix.mu.RLock()
	_, isEnclave := s.ix.enclave[a]
	s.ix.mu.RUnlock()
	if isEnclave {
		http.Redirect(w, r, "/node/"+a.Hex(), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/owner/"+a.Hex(), http.StatusSeeOther)
}

// parseAddress parses a path value as an address.
func parseAddress(what, v string) (common.Address, error) {
	if !common.IsHexAddress(v) {
		return common.Address{}, fmt.Errorf("%w: %s %q is not an address (0x and 40 hex digits)", ErrBadRequest, what, clip(v))
	}
	return common.HexToAddress(v), nil
}

// clip shortens user input echoed in a message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
