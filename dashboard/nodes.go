package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// Time to keep node answers that change.
const (
	healthTTL      = 5 * time.Second
	offersTTL      = 10 * time.Second
	verdictTTL     = time.Minute
	maxNodeEntries = 4096
	maxHealthBody  = 16 << 10
)

// nodeCache calls nodes with a timeout each and keeps their answers for a
// while, so that a page with many nodes costs one call per node at most
// and a dead node costs NodeTimeout once per TTL, not per page.
type nodeCache struct {
	hc      *http.Client
	timeout time.Duration

	mu       sync.Mutex
	entries  map[string]nodeEntry
	inflight map[string]chan struct{}
}

type nodeEntry struct {
	v   any
	err error
	at  time.Time
	ttl time.Duration // 0: forever
}

func newNodeCache(hc *http.Client, timeout time.Duration) *nodeCache {
	return &nodeCache{hc: hc, timeout: timeout, entries: map[string]nodeEntry{}, inflight: map[string]chan struct{}{}}
}

// get returns the cached answer for key or calls fetch (with the node
// timeout) once, however many callers ask at the same time.
func (c *nodeCache) get(ctx context.Context, key string, ttl time.Duration, fetch func(ctx context.Context) (any, error)) (any, error) {
	for {
		c.mu.Lock()
		if e, ok := c.entries[key]; ok && (e.ttl == 0 || time.Since(e.at) < e.ttl) {
			c.mu.Unlock()
			return e.v, e.err
		}
		wait, busy := c.inflight[key]
		if !busy {
			done := make(chan struct{})
			c.inflight[key] = done
			c.mu.Unlock()
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
			v, err := fetch(fctx)
			cancel()
			c.mu.Lock()
			if len(c.entries) >= maxNodeEntries {
				for k := range c.entries {
					delete(c.entries, k)
					break
				}
			}
			keep := ttl
			if err != nil && (ttl == 0 || ttl > healthTTL) {
				keep = healthTTL // retry failures soon
			}
			c.entries[key] = nodeEntry{v: v, err: err, at: time.Now(), ttl: keep}
			delete(c.inflight, key)
			close(done)
			c.mu.Unlock()
			return v, err
		}
		c.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// nodeHealth is a node's health as the dashboard shows it.
type nodeHealth struct {
	OK     bool
	Status string // "ok" or what is wrong
	Block  uint64 // the node's last block read (0: unknown)
	Tasks  int
}

// health asks a node for GET /healthz (plain HTTP) or, over https, for its
// dataset offers through a client pinned to its attested TLS key.
func (s *Server) health(ctx context.Context, url string) nodeHealth {
	v, err := s.nodes.get(ctx, "health "+url, healthTTL, func(ctx context.Context) (any, error) {
		if strings.HasPrefix(url, "https://") {
			api, err := s.pinned(ctx, url)
			if err != nil {
				return nil, err
			}
			if _, err := api.Datasets(ctx); err != nil {
				return nil, err
			}
			return nodeHealth{OK: true, Status: "ok"}, nil
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(url, "/")+"/healthz", nil)
		if err != nil {
			return nil, err
		}
		resp, err := s.nodes.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(io.LimitReader(resp.Body, maxHealthBody))
		if err != nil {
			return nil, err
		}
		var h nodeapi.Health
		if err := json.Unmarshal(b, &h); err != nil {
			return nil, fmt.Errorf("HTTP %d, not a health answer", resp.StatusCode)
		}
		return nodeHealth{OK: resp.StatusCode == http.StatusOK && h.Status == "ok", Status: clip(h.Status), Block: h.Block, Tasks: h.Tasks}, nil
	})
	if err != nil {
		return nodeHealth{Status: "unreachable: " + nodeError(err)}
	}
	return v.(nodeHealth)
}

// nodeError is a node failure for a page: short, no internals.
func nodeError(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "no answer in time"
	case errors.Is(err, nodeapi.ErrURL):
		return "bad URL on chain"
	}
	return clip(err.Error())
}

// api returns a client of the node at url (pinned to its attested TLS key
// over https).
func (s *Server) api(ctx context.Context, url string) (*nodeapi.Client, error) {
	if strings.HasPrefix(url, "https://") {
		return s.pinned(ctx, url)
	}
	return nodeapi.NewClient(url, s.nodes.hc)
}

func (s *Server) pinned(ctx context.Context, url string) (*nodeapi.Client, error) {
	v, err := s.nodes.get(ctx, "pinned "+url, verdictTTL, func(ctx context.Context) (any, error) {
		c, err := nodeapi.NewClient(url, s.nodes.hc)
		if err != nil {
			return nil, err
		}
		opts, err := s.nodeOptions(ctx, nil)
		if err != nil {
			return nil, err
		}
		_, p, err := c.Verify(ctx, opts)
		return p, err
	})
	if err != nil {
		return nil, err
	}
	return v.(*nodeapi.Client), nil
}

// offers returns the datasets a node holds grants for.
func (s *Server) offers(ctx context.Context, url string) (*nodeapi.Offers, error) {
	return fromNode(ctx, s, "offers "+url, offersTTL, url, (*nodeapi.Client).Datasets)
}

// evidence returns what a node published for a task (kept once read: a
// published result does not change; what it proves is checked on chain).
func (s *Server) evidence(ctx context.Context, url string, task common.Hash) (*nodeapi.Evidence, error) {
	return fromNode(ctx, s, "evidence "+url+" "+task.Hex(), 0, url, func(api *nodeapi.Client, ctx context.Context) (*nodeapi.Evidence, error) {
		return api.Evidence(ctx, task)
	})
}

// taskState returns a node's view of a task, with the task document.
func (s *Server) taskState(ctx context.Context, url string, task common.Hash) (*nodeapi.TaskState, error) {
	return fromNode(ctx, s, "task "+url+" "+task.Hex(), offersTTL, url, func(api *nodeapi.Client, ctx context.Context) (*nodeapi.TaskState, error) {
		return api.TaskState(ctx, task)
	})
}

// fromNode asks the node at url through its client (s.api) and the node
// cache: key names the answer, kept for ttl (0: for good).
func fromNode[T any](ctx context.Context, s *Server, key string, ttl time.Duration, url string, call func(*nodeapi.Client, context.Context) (T, error)) (T, error) {
	v, err := s.nodes.get(ctx, key, ttl, func(ctx context.Context) (any, error) {
		api, err := s.api(ctx, url)
		if err != nil {
			return nil, err
		}
		return call(api, ctx)
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
}

// nodeOptions are the checks of a node's attestation on this deployment;
// doc, if given, may supply the simulated root the registry names.
func (s *Server) nodeOptions(ctx context.Context, doc *grant.Attestation) (grant.NodeOptions, error) {
	c := s.opts.Chain
	roots := s.opts.TrustedRoots
	if roots == nil {
		var err error
		if roots, err = s.simRoots(ctx, doc); err != nil {
			return grant.NodeOptions{}, err
		}
	}
	return grant.NodeOptions{
		Verify:  verify.Options{Now: s.opts.Now, TrustedRoots: roots},
		ChainID: s.dep.ChainID, Registry: s.dep.EnclaveRegistry, DataGrants: s.dep.DataGrants,
		MeasurementAllowed: c.MeasurementAllowed, Operator: c.EnclaveOperator,
	}, nil
}

// simRoots returns nil (Intel's root alone) on a production deployment;
// on a dev chain whose registry names a simulated root by its SHA-256, the
// self-signed certificate in doc's quote with that hash, if any.
func (s *Server) simRoots(ctx context.Context, doc *grant.Attestation) ([]*x509.Certificate, error) {
	trusts, h, err := s.opts.Chain.SimulatedRoots(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the registry's simulated root: %w", err)
	}
	if !trusts || h == (common.Hash{}) || doc == nil {
		return nil, nil
	}
	q, err := abi.ParseQuote(doc.Quote)
	if err != nil {
		return nil, nil // the verification says why
	}
	rest := q.CertData
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, nil
		}
		if common.Hash(sha256.Sum256(b.Bytes)) != h {
			continue
		}
		cert, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, nil
		}
		return []*x509.Certificate{cert}, nil
	}
}

// attestation is a node's quote as parsed and the verdict of a fresh
// verification.
type attestation struct {
	Fetched     bool
	Error       string // fetching failed
	TEE         string
	Version     uint16
	Measurement string // MRENCLAVE or MRTD
	MRSigner    string
	RTMRs       []string
	Debug       bool
	ReportData  string
	Nonce       common.Hash
	Operator    common.Address
	Enclave     common.Address
	TLSKeyHash  common.Hash
	HPKEKeyHash common.Hash
	TCBStatus   string
	Trusted     bool
	Verdict     string // "trusted" or why not
}

// attest fetches a node's attestation over a fresh nonce and verifies it.
func (s *Server) attest(ctx context.Context, url string) attestation {
	var a attestation
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		a.Error = "drawing a nonce failed"
		return a
	}
	c, err := nodeapi.NewClient(url, s.nodes.hc)
	if err != nil {
		a.Error = nodeError(err)
		return a
	}
	fctx, cancel := context.WithTimeout(ctx, s.opts.NodeTimeout)
	defer cancel()
	doc, err := c.Attestation(fctx, nonce)
	if err != nil {
		a.Error = nodeError(err)
		return a
	}
	a.Fetched, a.Nonce, a.Operator, a.Enclave, a.TLSKeyHash = true, doc.Nonce, doc.Operator, doc.Enclave, doc.TLSKeyHash
	a.HPKEKeyHash = common.Hash(sha256.Sum256(doc.HPKEPublicKey))
	if q, err := abi.ParseQuote(doc.Quote); err == nil {
		a.Version = q.Header.Version
		switch {
		case q.SGX != nil:
			a.TEE, a.Measurement, a.MRSigner, a.Debug = "SGX", fmt.Sprintf("0x%x", q.SGX.MREnclave), fmt.Sprintf("0x%x", q.SGX.MRSigner), q.SGX.Debug()
			a.ReportData = fmt.Sprintf("0x%x", q.SGX.ReportData)
		case q.TD != nil:
			a.TEE, a.Measurement, a.Debug = "TDX", fmt.Sprintf("0x%x", q.TD.MRTD), q.TD.Debug()
			a.ReportData = fmt.Sprintf("0x%x", q.TD.ReportData)
			for _, r := range q.TD.RTMR {
				a.RTMRs = append(a.RTMRs, fmt.Sprintf("0x%x", r))
			}
		}
	} else {
		a.Verdict = "refused: the quote does not parse: " + clip(err.Error())
		return a
	}
	opts, err := s.nodeOptions(ctx, doc)
	if err != nil {
		a.Verdict = "not verified: " + clip(err.Error())
		return a
	}
	opts.Nonce = nonce
	if strings.HasPrefix(url, "https://") {
		opts.TLSKeyHash = doc.TLSKeyHash
	}
	n, err := grant.VerifyNode(ctx, doc, opts)
	if err != nil {
		a.Verdict = "refused: " + err.Error()
		return a
	}
	a.Trusted, a.Verdict, a.TCBStatus = true, "trusted", string(n.TCBStatus())
	return a
}
