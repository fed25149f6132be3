package cluster_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
	"github.com/memo-protocol/memo-compute/node"
	"github.com/memo-protocol/memo-compute/verifier"
)

// runningDaemon is a verifier daemon on its own bbolt file, as `memoc
// verifier` runs it; stop and start are a process going down and up.
type runningDaemon struct {
	t      *testing.T
	v      *verifier.Verifier
	path   string
	c      *cluster.Cluster
	db     *verifier.DB
	d      *verifier.Daemon
	cancel context.CancelFunc
	done   chan error
}

func (r *runningDaemon) start() {
	r.t.Helper()
	db, err := verifier.OpenDB(r.path)
	require.NoError(r.t, err)
	d, err := verifier.NewDaemon(verifier.DaemonConfig{Verifier: r.v, DB: db, PollInterval: 10 * time.Millisecond, Logger: testLogger(r.t),
		Connect: func(context.Context) (chain.LogSource, error) { return r.c.Devnet().Backend(), nil }})
	require.NoError(r.t, err)
	ctx, cancel := context.WithCancel(context.Background())
	r.db, r.d, r.cancel, r.done = db, d, cancel, make(chan error, 1)
	go func() { r.done <- d.Run(ctx) }()
}

func (r *runningDaemon) stop() {
	r.t.Helper()
	if r.cancel == nil {
		return
	}
	r.cancel()
	require.ErrorIs(r.t, <-r.done, context.Canceled)
	require.NoError(r.t, r.db.Close())
	r.cancel = nil
}

func (r *runningDaemon) seats() []verifier.Seat {
	r.t.Helper()
	s, err := r.db.Seats()
	require.NoError(r.t, err)
	return s
}

// allIn reports whether every result of market task id the daemon follows is
// in one of phases (and it follows want of them).
func (r *runningDaemon) allIn(id uint64, want int, phases ...string) bool {
	n := 0
	for _, s := range r.seats() {
		if s.TaskID != id {
			continue
		}
		if !strings.Contains(strings.Join(phases, ","), s.Phase) {
			return false
		}
		n++
	}
	return n == want
}

// mineUntil seals a block at a time until cond holds, as a slow dev chain
// would, giving the daemons time to act on each block.
func mineUntil(t *testing.T, c *cluster.Cluster, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		require.True(t, time.Now().Before(deadline), "waiting for %s", what)
		c.Devnet().Mine(1)
		time.Sleep(40 * time.Millisecond)
	}
}

// mineTo seals blocks until the head is at least block.
func mineTo(t *testing.T, c *cluster.Cluster, block uint64) {
	t.Helper()
	head, err := c.Devnet().Backend().BlockNumber(context.Background())
	require.NoError(t, err)
	if head < block {
		c.Devnet().Mine(int(block - head))
	}
}

// TestVerifierDaemons runs three verifier daemons (each on its own bbolt
// file, following the dev chain's logs) against a cluster whose nodes run a
// task with an honest and a cheating node (node.DropData), and shows that
// they: approve an enclave's new attestation round they are drawn for, at
// the URL the registry publishes; draw the result committees, judge every
// result (honest passes, the cheater fails on lineage) and commit; that a
// daemon restarted between commit and reveal reveals with the salt from its
// file and never commits twice; that with one daemon offline through the
// reveal phase the other two decide, finalize and settle their votes (paid),
// and that the offline one, back after settlement, settles its missed seats
// and is penalised for its silence.
func TestVerifierDaemons(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: 6, Nodes: 2, Verifiers: 3, Rounds: 2, NoReexecution: true})
	require.NoError(t, err)
	defer c.Close()
	dir := t.TempDir()
	ds := make([]*runningDaemon, len(c.Verifiers()))
	for j, v := range c.Verifiers() {
		ds[j] = &runningDaemon{t: t, v: v, c: c, path: filepath.Join(dir, "verifier"+string(rune('0'+j))+".db")}
		ds[j].start()
		defer ds[j].stop()
	}
	gov := c.Devnet().Governance()

	t.Run("approval", func(t *testing.T) {
		// The operator re-attests enclave 0: a new round that the daemons'
		// committee must approve.
		e := c.Nodes()[0].Enclave()
		_, err := cluster.NodeOperator(c, 0).ReattestEnclave(ctx, e, common.Hash{1}, common.Hash{})
		require.NoError(t, err)
		mineUntil(t, c, "the new round's approval", func() bool {
			info, err := gov.Enclave(ctx, e)
			require.NoError(t, err)
			return info.Round == 2 && info.Status == chain.EnclaveActive
		})
		cm, err := gov.EnclaveCommittee(ctx, e)
		require.NoError(t, err)
		approved := 0
		for _, m := range cm.Members {
			ok, err := gov.HasApproved(ctx, e, m)
			require.NoError(t, err)
			if ok {
				approved++
			}
		}
		require.GreaterOrEqual(t, approved, cm.Majority)
		metrics := get(t, ds[0].d.Handler(), "/metrics")
		require.Contains(t, metrics, "memoc_verifier_approvals_total")
		require.Contains(t, get(t, ds[0].d.Handler(), "/healthz"), `"status":"ok"`)
	})

	task, err := cluster.SubmitTask(ctx, c)
	require.NoError(t, err)
	id, k := task.MarketID, len(task.Assignments)
	cheater := k - 1 // the cluster's last assigned node drops a dataset

	t.Run("judge and commit", func(t *testing.T) {
		mineUntil(t, c, "every daemon's commitments, mined", func() bool {
			for _, d := range ds {
				if !d.allIn(id, k, "committed", "watch") {
					return false
				}
				cms, err := d.db.Commitments()
				require.NoError(t, err)
				for _, cm := range cms {
					if at, err := gov.Commitment(ctx, d.v.Address(), cm.ID); err != nil || at == 0 {
						return false
					}
				}
			}
			return true
		})
		for _, d := range ds {
			for _, s := range d.seats() {
				if s.TaskID != id || s.Phase != "committed" {
					continue
				}
				if int(s.Index) == cheater {
					require.False(t, s.Pass, "the cheating node's result must fail")
					require.Contains(t, s.Reason, "lineage")
				} else {
					require.True(t, s.Pass, s.Reason)
				}
			}
		}
	})

	// One daemon goes down after committing and comes back before the
	// reveal; another stays down through the reveal phase.
	restarted, offline := ds[0], ds[2]
	before, err := restarted.db.Commitments()
	require.NoError(t, err)
	restarted.stop()
	offline.stop()
	restarted.start()
	after, err := restarted.db.Commitments()
	require.NoError(t, err)
	require.Equal(t, before, after, "the salts survive the restart")

	var votingEnds, revealEnds uint64
	for i := range k {
		r, err := gov.Result(ctx, id, uint8(i))
		require.NoError(t, err)
		votingEnds, revealEnds = max(votingEnds, r.VotingEnds), max(revealEnds, r.RevealEnds)
	}

	t.Run("reveal after restart", func(t *testing.T) {
		mineTo(t, c, votingEnds)
		mineUntil(t, c, "the reveals", func() bool {
			return ds[0].allIn(id, k, "revealed", "watch") && ds[1].allIn(id, k, "revealed", "watch")
		})
	})

	p, err := gov.MarketParams(ctx)
	require.NoError(t, err)
	balances := make([]*big.Int, len(ds))
	for j, d := range ds {
		balances[j], err = gov.MEMOBalance(ctx, d.v.Address())
		require.NoError(t, err)
	}
	offStake, err := gov.StakeOf(ctx, offline.v.Address())
	require.NoError(t, err)

	t.Run("committee decides without the offline member", func(t *testing.T) {
		mineTo(t, c, revealEnds)
		mineUntil(t, c, "settlement", func() bool {
			return ds[0].allIn(id, k, "settled") && ds[1].allIn(id, k, "settled")
		})
		requireResults(t, gov, id, k, cheater, chain.ResultFailed)
		for j, d := range ds[:2] {
			b, err := gov.MEMOBalance(ctx, d.v.Address())
			require.NoError(t, err)
			require.Positive(t, b.Cmp(balances[j]), "verifier %s paid for its votes", d.v.Address())
		}
	})

	t.Run("offline member penalised", func(t *testing.T) {
		offline.start()
		mineUntil(t, c, "the offline member's settlement", func() bool { return offline.allIn(id, k, "settled") })
		seats := 0
		for i := range k {
			v, err := gov.VoteOf(ctx, offline.v.Address(), id, uint8(i))
			require.NoError(t, err)
			require.Equal(t, chain.VoteSettled, v, "result %d: settled, never revealed", i)
			cm, err := gov.Committee(ctx, id, uint8(i))
			require.NoError(t, err)
			if cm.Member(offline.v.Address()) >= 0 {
				seats++
			}
		}
		st, err := gov.StakeOf(ctx, offline.v.Address())
		require.NoError(t, err)
		taken := new(big.Int).Sub(offStake.Staked, st.Staked)
		require.Equal(t, new(big.Int).Mul(p.SilencePenalty, big.NewInt(int64(seats))).String(), taken.String(), "silence penalty per seat")
	})

	t.Run("never commits twice", func(t *testing.T) {
		topic := bindings.NewTaskMarket().GetABI().Events[bindings.TaskMarketVotesCommittedEventName].ID
		for _, d := range ds {
			logs, err := c.Devnet().Backend().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.Deployment().TaskMarket},
				Topics: [][]common.Hash{{topic}, {common.BytesToHash(d.v.Address().Bytes())}}})
			require.NoError(t, err)
			cms, err := d.db.Commitments()
			require.NoError(t, err)
			require.Len(t, logs, len(cms), "verifier %s: one commit transaction per commitment", d.v.Address())
		}
	})
}

// requireResults checks that the k results of market task id settled as
// passed, except result odd, which settled as want.
func requireResults(t *testing.T, gov *chain.Client, id uint64, k, odd int, want chain.ResultState) {
	t.Helper()
	for i := range k {
		r, err := gov.Result(context.Background(), id, uint8(i))
		require.NoError(t, err)
		w := chain.ResultPassed
		if i == odd {
			w = want
		}
		require.Equal(t, w, r.State, "result %d", i)
	}
}

// testLogger logs to the test's output (shown with -v or on failure).
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

// get fetches path from h served over HTTP on loopback.
func get(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

// TestVerifierDaemonTimesOutAbsentNode: one assigned node trains with its
// federation but withholds its result (node.Withhold). The verifier
// daemons judge the honest result and, once the task's deadline has
// passed, time the task out: the honest result is paid, the absent slot
// settles as missing and its share goes back to the task's owner. Before,
// the daemons waited for the missing result for good and the task, with the
// honest node's pay and the data owners' rewards, never settled.
func TestVerifierDaemonTimesOutAbsentNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c, err := cluster.New(ctx, cluster.Config{Users: 6, Nodes: 1, Verifiers: 3, Rounds: 2, NoReexecution: true, Cheat: node.Withhold})
	require.NoError(t, err)
	defer c.Close()
	dir := t.TempDir()
	for j, v := range c.Verifiers() {
		d := &runningDaemon{t: t, v: v, c: c, path: filepath.Join(dir, "verifier"+string(rune('0'+j))+".db")}
		d.start()
		defer d.stop()
	}
	gov := c.Devnet().Governance()
	task, err := cluster.SubmitTask(ctx, c)
	require.NoError(t, err)
	id, absent := task.MarketID, len(task.Assignments)-1
	mt, err := gov.Task(ctx, id)
	require.NoError(t, err)
	r, err := gov.Result(ctx, id, uint8(absent))
	require.NoError(t, err)
	require.Equal(t, chain.ResultEmpty, r.State, "the withholding node submitted nothing")
	before, err := gov.MEMOBalance(ctx, c.Company().Address())
	require.NoError(t, err)

	mineUntil(t, c, "the committee's reveals on the honest result", func() bool {
		r, err := gov.Result(ctx, id, 0)
		require.NoError(t, err)
		return r.Drawn && r.Revealed == mt.Committee
	})
	mineTo(t, c, mt.Deadline+1)
	mineUntil(t, c, "the task's settlement", func() bool {
		mt, err := gov.Task(ctx, id)
		require.NoError(t, err)
		return mt.Status != chain.TaskOpen
	})
	requireResults(t, gov, id, len(task.Assignments), absent, chain.ResultMissing)
	after, err := gov.MEMOBalance(ctx, c.Company().Address())
	require.NoError(t, err)
	share := new(big.Int).Div(mt.Fee, big.NewInt(int64(len(task.Assignments))))
	require.GreaterOrEqual(t, new(big.Int).Sub(after, before).Cmp(share), 0, "the absent slot's share is refunded to the owner")
}
