package nodeapi

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// MaxEvidenceSize bounds a result's evidence a client accepts.
const MaxEvidenceSize = 64 << 20

// Client talks to one node's API. It checks the shape of every answer and
// nothing more: whether to trust a document is for grant.VerifyNode and the
// verifier to decide. Safe for concurrent use.
type Client struct {
	base   *url.URL
	hc     *http.Client
	signer *ecdsa.PrivateKey // signs POSTs (WithSigner); nil: unsigned
	pin    common.Hash       // the node's TLS key hash (https; WithPinnedKey); zero: not pinned
}

// NewClient returns a client of the node at nodeURL
// (http(s)://host[:port][/prefix]); a nil hc means http.DefaultClient.
//
// Over https the node's certificate is self-signed and its key bound in its
// attestation (RA-TLS, tls.go): the client uses a transport of its own
// (hc's, cloned, or the default) that accepts the key only as the
// attestation or the pin allows, and asks for nothing but the attestation
// until Verify or WithPinnedKey pins the key.
func NewClient(nodeURL string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(nodeURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%w: %q must be http(s)://host[:port][/prefix]", ErrURL, nodeURL)
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	if u.Scheme == "https" {
		if hc, err = tlsHTTPClient(hc, common.Hash{}); err != nil {
			return nil, err
		}
	}
	return &Client{base: u, hc: hc}, nil
}

// WithSigner returns a client that signs its requests as key's account
// (SignRequest): the task owner posting its input.
func (c *Client) WithSigner(key *ecdsa.PrivateKey) *Client {
	d := *c
	d.signer = key
	return &d
}

// URL returns the node's base URL.
func (c *Client) URL() string { return c.base.String() }

// Attestation asks the node for its attestation document over nonce. It
// checks the shape, the echoed nonce and, over https, that the document
// binds the TLS key of the connection it came over (ErrTLSKey otherwise);
// grant.VerifyNode decides whether to trust it.
func (c *Client) Attestation(ctx context.Context, nonce common.Hash) (*grant.Attestation, error) {
	return c.attestation(ctx, nonce, "")
}

// AttestationFor is Attestation for grant.VerifyNode under opts: without
// the node's copy of the PCS collateral (the document's Collateral is
// empty) when opts verify with collateral of their own
// (!opts.ServedCollateral()), as a data owner or verifier should: the
// document is then a few KiB instead of tens.
func (c *Client) AttestationFor(ctx context.Context, nonce common.Hash, opts grant.NodeOptions) (*grant.Attestation, error) {
	if opts.ServedCollateral() {
		return c.attestation(ctx, nonce, "")
	}
	return c.attestation(ctx, nonce, "omit")
}

func (c *Client) attestation(ctx context.Context, nonce common.Hash, collateral string) (*grant.Attestation, error) {
	u := c.base.JoinPath(AttestationPath)
	q := url.Values{"nonce": {nonce.Hex()}}
	if collateral != "" {
		q.Set("collateral", collateral)
	}
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetching attestation: %w", err)
	}
	b, cs, err := c.roundTrip(req, grant.MaxAttestationSize)
	if err != nil {
		return nil, fmt.Errorf("fetching attestation: %w", err)
	}
	doc, err := grant.ParseAttestation(b)
	if err != nil {
		return nil, fmt.Errorf("fetching attestation from %s: %w", c.base.Host, err)
	}
	if doc.Nonce != nonce {
		return nil, fmt.Errorf("fetching attestation from %s: %w: node answered for another nonce", c.base.Host, grant.ErrNodeNotTrusted)
	}
	if c.base.Scheme == "https" {
		if h := connKeyHash(cs); doc.TLSKeyHash != h {
			return nil, fmt.Errorf("fetching attestation from %s: %w: %w: the document binds TLS key %s, the connection's is %s", c.base.Host, grant.ErrNodeNotTrusted, ErrTLSKey, doc.TLSKeyHash, h)
		}
	}
	return doc, nil
}

// SendGrant posts a data owner's signed grant; the node relays it on chain
// and answers with the transaction.
func (c *Client) SendGrant(ctx context.Context, g *grant.Grant) (TxReceipt, error) {
	var out TxReceipt
	if err := c.post(ctx, GrantsPath, g, &out); err != nil {
		return TxReceipt{}, fmt.Errorf("sending grant: %w", err)
	}
	return out, nil
}

// SendTask posts a task document.
func (c *Client) SendTask(ctx context.Context, t *Task) error {
	if err := c.post(ctx, TasksPath, t, nil); err != nil {
		return fmt.Errorf("sending task: %w", err)
	}
	return nil
}

// SendInput posts the owner's input, sealed to the node's enclave
// (enclave.SealInput), for a task the node accepted.
func (c *Client) SendInput(ctx context.Context, in *enclave.SealedInput) error {
	if err := c.post(ctx, TasksPath+"/"+in.Task.Hex()+"/input", in, nil); err != nil {
		return fmt.Errorf("sending sealed input: %w", err)
	}
	return nil
}

// Datasets lists the datasets the node holds grants for.
func (c *Client) Datasets(ctx context.Context) (*Offers, error) {
	b, err := c.get(ctx, DatasetsPath, nil, 16<<20)
	if err != nil {
		return nil, fmt.Errorf("listing datasets: %w", err)
	}
	var o Offers
	if err := DecodeStrict(b, &o); err != nil {
		return nil, fmt.Errorf("listing datasets of %s: %w: %w", c.base.Host, ErrMalformed, err)
	}
	return &o, nil
}

// TaskState gets the task document a node holds for id and how far it is.
func (c *Client) TaskState(ctx context.Context, id common.Hash) (*TaskState, error) {
	b, err := c.get(ctx, TasksPath+"/"+id.Hex(), nil, MaxTaskSize+64<<10)
	if err != nil {
		return nil, fmt.Errorf("reading task state: %w", err)
	}
	var st TaskState
	if err := DecodeStrict(b, &st); err != nil || st.Task == nil {
		return nil, fmt.Errorf("reading task state from %s: %w", c.base.Host, ErrMalformed)
	}
	if err := st.Task.Validate(); err != nil {
		return nil, fmt.Errorf("reading task state from %s: %w", c.base.Host, err)
	}
	return &st, nil
}

// Envelope fetches the FedAvg envelope the node's enclave sent for round
// of task to enclave to (ErrNotFound until it has). The node only carries
// it: it is encrypted to, and checked by, the recipient enclave.
func (c *Client) Envelope(ctx context.Context, task common.Hash, round int, to common.Address) (*enclave.Envelope, error) {
	b, err := c.get(ctx, TasksPath+"/"+task.Hex()+"/federation/"+strconv.Itoa(round), url.Values{"to": {to.Hex()}}, MaxEnvelopeSize)
	if err != nil {
		return nil, fmt.Errorf("fetching envelope: %w", err)
	}
	var e enclave.Envelope
	if err := DecodeStrict(b, &e); err != nil {
		return nil, fmt.Errorf("fetching envelope from %s: %w: %w", c.base.Host, ErrMalformed, err)
	}
	return &e, nil
}

// Evidence gets the node's published result for a task.
func (c *Client) Evidence(ctx context.Context, task common.Hash) (*Evidence, error) {
	b, err := c.get(ctx, TasksPath+"/"+task.Hex()+"/result", nil, MaxEvidenceSize)
	if err != nil {
		return nil, fmt.Errorf("fetching result: %w", err)
	}
	var ev Evidence
	if err := DecodeStrict(b, &ev); err != nil || ev.Result == nil || len(ev.Policies) != len(ev.Result.Usage) {
		return nil, fmt.Errorf("fetching result from %s: %w: not a result's evidence", c.base.Host, ErrMalformed)
	}
	return &ev, nil
}

func (c *Client) get(ctx context.Context, path string, q url.Values, limit int64) ([]byte, error) {
	u := c.base.JoinPath(path)
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return c.do(req, limit)
}

func (c *Client) post(ctx context.Context, path string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base.JoinPath(path).String(), bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.signer != nil {
		if err := SignRequest(req, b, c.signer, time.Now()); err != nil {
			return err
		}
	}
	a, err := c.do(req, 1<<20)
	if err != nil || out == nil {
		return err
	}
	if err := DecodeStrict(a, out); err != nil {
		return fmt.Errorf("%s: %w: %w", c.base.Host, ErrMalformed, err)
	}
	return nil
}

func (c *Client) do(req *http.Request, limit int64) ([]byte, error) {
	b, _, err := c.roundTrip(req, limit)
	return b, err
}

// roundTrip sends req and reads an answer of at most limit bytes; it
// returns the connection's TLS state (nil over plain HTTP).
func (c *Client) roundTrip(req *http.Request, limit int64) ([]byte, *tls.ConnectionState, error) {
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", req.URL.Host, err)
	}
	if int64(len(b)) > limit {
		return nil, nil, fmt.Errorf("%s: %w: answer larger than %d bytes", req.URL.Host, ErrMalformed, limit)
	}
	if resp.StatusCode/100 != 2 {
		msg := strings.TrimSpace(string(b[:min(len(b), 300)]))
		if resp.StatusCode == http.StatusNotFound {
			return nil, nil, fmt.Errorf("%s: %w: %s", req.URL.Host, ErrNotFound, msg)
		}
		return nil, nil, fmt.Errorf("%s: HTTP %d: %s", req.URL.Host, resp.StatusCode, msg)
	}
	return b, resp.TLS, nil
}
