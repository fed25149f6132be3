package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// outboxKey names one envelope of this enclave: its task, round and
// recipient.
type outboxKey struct {
	task  common.Hash
	round int
	to    common.Address
}

// Carrier returns the FedAvg carrier of task id between this node and its
// peers (every other assigned enclave's node, reached at the URL the task
// document gives): envelopes are pulled, not pushed. Exchange keeps this
// enclave's envelopes in the node's outbox, where their recipient fetches
// them (GET /v1/tasks/{id}/federation/{round}?to=…), and fetches the ones
// addressed to this enclave from the peers the enclave names, retrying
// until they are there or ctx ends. The enclaves form a star (the hub's
// node serves an outcome to each spoke's, each spoke's node one update to
// the hub's), so a round costs a node traffic in proportion to the envelopes
// it sends and fetches: two per spoke, 2(k−1) per round in all. A node
// that restarts mid-task re-runs it from the first round and finds every
// envelope it missed still in its peers' outboxes; a peer waiting for it
// just keeps polling. The node sees only ciphertext: the enclaves encrypt,
// sign and check every envelope.
func (n *Node) Carrier(id common.Hash) (enclave.Carrier, error) {
	n.mu.Lock()
	t := n.tasks[id]
	n.mu.Unlock()
	if t == nil {
		return nil, fmt.Errorf("carrier of task %s: %w", id, nodeapi.ErrNotFound)
	}
	c := &httpCarrier{n: n, task: id, peers: map[common.Address]*nodeapi.Client{}}
	for _, a := range t.Assignments {
		if a.Enclave == n.Enclave() {
			continue
		}
		api, err := nodeapi.NewClient(a.Node, n.cfg.HTTP)
		if err != nil {
			return nil, fmt.Errorf("carrier of task %s: peer %s: %w", id, a.Enclave, err)
		}
		c.peers[a.Enclave] = api
	}
	return c, nil
}

type httpCarrier struct {
	n     *Node
	task  common.Hash
	peers map[common.Address]*nodeapi.Client
}

// pollInterval bounds how often a carrier asks a peer for an envelope that
// is not there yet; it starts at a tenth of it.
const pollInterval = 500 * time.Millisecond

func (c *httpCarrier) Exchange(ctx context.Context, round int, out []enclave.Envelope, from []common.Address) ([]enclave.Envelope, error) {
	self := c.n.Enclave()
	c.n.mu.Lock()
	for _, e := range out {
		c.n.outbox[outboxKey{c.task, round, e.To}] = e
	}
	c.n.setRound(c.task, round)
	c.n.mu.Unlock()
	in := make([]enclave.Envelope, 0, len(from))
	for _, from := range from {
		api := c.peers[from]
		if api == nil {
			return nil, fmt.Errorf("%w: %s is not an enclave of task %s", enclave.ErrPeer, from, c.task)
		}
		wait := pollInterval / 10
		for {
			e, err := api.Envelope(ctx, c.task, round, self)
			if err == nil {
				if e.Task != c.task || e.Round != round || e.From != from || e.To != self {
					return nil, fmt.Errorf("%w: %s served an envelope that is not %s's for round %d", enclave.ErrPeer, api.URL(), from, round)
				}
				in = append(in, *e)
				break
			}
			if ctx.Err() != nil {
				return nil, fmt.Errorf("waiting for %s's round %d: %w", from, round, ctx.Err())
			}
			if !errors.Is(err, nodeapi.ErrNotFound) {
				c.n.log.Debug("peer unreachable; retrying", "peer", from.Hex(), "round", round, "err", err)
			}
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("waiting for %s's round %d: %w", from, round, ctx.Err())
			case <-time.After(wait):
			}
			wait = min(2*wait, pollInterval)
		}
	}
	return in, nil
}

// envelope returns the envelope this enclave sent for round of task to to.
func (n *Node) envelope(task common.Hash, round int, to common.Address) (enclave.Envelope, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	e, ok := n.outbox[outboxKey{task, round, to}]
	return e, ok
}

// dropOutbox forgets the envelopes of a task that no peer needs any more.
func (n *Node) dropOutbox(task common.Hash) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for k := range n.outbox {
		if k.task == task {
			delete(n.outbox, k)
		}
	}
}

// setRound records the FedAvg round the enclave is at (under n.mu).
func (n *Node) setRound(id common.Hash, round int) {
	if st := n.states[id]; st != nil {
		st.Round = round
	}
}

func (n *Node) serveEnvelope(w http.ResponseWriter, r *http.Request) {
	id, err := nodeapi.ParseHash(r.PathValue("id"))
	if err != nil {
		nodeapi.Error(w, fmt.Errorf("%w: task id: %w", nodeapi.ErrTask, err))
		return
	}
	round, err := strconv.Atoi(r.PathValue("round"))
	if err != nil || round < 0 {
		nodeapi.Error(w, fmt.Errorf("%w: round must be a non-negative integer", nodeapi.ErrTask))
		return
	}
	to := r.URL.Query().Get("to")
	if !common.IsHexAddress(to) {
		nodeapi.Error(w, fmt.Errorf("%w: to must be an enclave address", nodeapi.ErrTask))
		return
	}
	e, ok := n.envelope(id, round, common.HexToAddress(to))
	if !ok {
		nodeapi.Error(w, fmt.Errorf("envelope of task %s, round %d, to %s: %w (not sent yet)", id, round, to, nodeapi.ErrNotFound))
		return
	}
	nodeapi.WriteEnvelope(w, &e)
}
