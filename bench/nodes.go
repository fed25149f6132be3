package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/memo-protocol/memo-compute/cluster"
)

// scaleNodes are the node counts of the scale-nodes rows.
func scaleNodes(quick bool) []int {
	if quick {
		return []int{3, 10}
	}
	return []int{3, 10, 30}
}

// fedTraffic counts the FedAvg traffic between a cluster's nodes: the
// bytes of the envelopes their carriers fetch from each other's outboxes
// (GET …/federation/{round}, answered 200) and every such request,
// answered or not yet (polls).
type fedTraffic struct {
	next http.RoundTripper

	mu       sync.Mutex
	bytes    map[int]int64 // envelope bytes by carrier round (0: the usage exchange)
	requests int
}

func (t *fedTraffic) RoundTrip(req *http.Request) (*http.Response, error) {
	_, after, fed := strings.Cut(req.URL.Path, "/federation/")
	resp, err := t.next.RoundTrip(req)
	if !fed || err != nil {
		return resp, err
	}
	round, _ := strconv.Atoi(after)
	t.mu.Lock()
	t.requests++
	t.mu.Unlock()
	if resp.StatusCode == http.StatusOK {
		resp.Body = &countingBody{ReadCloser: resp.Body, add: func(n int) {
			t.mu.Lock()
			t.bytes[round] += int64(n)
			t.mu.Unlock()
		}}
	}
	return resp, nil
}

type countingBody struct {
	io.ReadCloser
	add func(int)
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.add(n)
	return n, err
}

// nodesRun is one scale-nodes cluster run.
type nodesRun struct {
	nodes    int
	wall     time.Duration
	train    float64 // seconds of the training phase
	perRound float64 // envelope bytes per FedAvg round
	usage    int64   // envelope bytes of the usage exchange
	requests int
}

// runNodes runs `memoc demo --nodes n --honest --no-reexecution` (100
// owners of the digits) counting the FedAvg traffic.
func runNodes(ctx context.Context, n int) (nodesRun, error) {
	tr := &fedTraffic{next: http.DefaultTransport.(*http.Transport).Clone(), bytes: map[int]int64{}}
	hc := &http.Client{Timeout: time.Minute, Transport: tr}
	defer hc.CloseIdleConnections()
	r, err := runCluster(ctx, demoConfig(cluster.Config{Users: 100, Nodes: n, Honest: true, NoReexecution: true, HTTP: hc}))
	if err != nil {
		return nodesRun{}, err
	}
	out := nodesRun{nodes: n, wall: r.wall, train: r.report.TrainSeconds, usage: tr.bytes[0], requests: tr.requests}
	var fed int64
	for round, b := range tr.bytes {
		if round > 0 {
			fed += b
		}
	}
	out.perRound = float64(fed) / float64(r.report.Rounds)
	return out, nil
}

// measureScaleNodes runs the cluster at each node count and compares the
// FedAvg traffic per round and per peer enclave with the 3-node run's: the
// star moves two envelopes per spoke per round, so the traffic per peer
// stays flat (all-to-all would grow it in proportion to the nodes).
func measureScaleNodes(ctx context.Context, quick bool) ([]Row, error) {
	counts := scaleNodes(quick)
	runs := make([]nodesRun, len(counts))
	for i, n := range counts {
		var err error
		if runs[i], err = runNodes(ctx, n); err != nil {
			return nil, err
		}
	}
	base := runs[0]
	perPeer := func(r nodesRun) float64 { return r.perRound / float64(r.nodes-1) / 1024 }
	var rows []Row
	for i, r := range runs {
		wall := Row{Name: fmt.Sprintf("scale-nodes-%d", r.nodes), Value: r.wall.Seconds(), Unit: "s",
			Note: fmt.Sprintf("`memoc demo --nodes %d --honest --no-reexecution` (100 owners) in process; training %.2f s; "+
				"%d federation requests (polls included), usage exchange %.1f KiB", r.nodes, r.train, r.requests, float64(r.usage)/1024)}
		traffic := Row{Name: fmt.Sprintf("scale-nodes-%d-traffic", r.nodes), Value: r.perRound / 1024, Unit: "KiB/round"}
		if i > 0 {
			wall = wall.withBaseline(base.wall.Seconds())
			traffic = traffic.withBaseline(base.perRound / 1024)
		}
		rows = append(rows, wall, traffic)
	}
	last := runs[len(runs)-1]
	rows = append(rows, Row{Name: "scale-nodes-traffic-per-peer", Value: perPeer(last), Unit: "KiB/round", Goal: &Goal{AtMost: true, Limit: 1.2},
		Note: fmt.Sprintf("FedAvg envelope bytes per round per peer enclave at %d nodes against 3 nodes: flat when per-round traffic grows "+
			"linearly in the nodes (star: 2(k−1) envelopes a round; all-to-all k(k−1) would make this ratio %.0f)", last.nodes, float64(last.nodes)/3),
	}.withBaseline(perPeer(base)))
	if quick {
		rows[len(rows)-1].Note += "; --quick stops at 10 nodes, the full run goes to 30"
	}
	return rows, nil
}
