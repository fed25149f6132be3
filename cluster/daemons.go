package cluster

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/node"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// daemon is one node's running daemon (node.Serve) with the database and
// API server it owns; the cluster can stop it and start it again (a crash
// and a restart).
type daemon struct {
	db     *node.DB
	srv    *http.Server
	cancel context.CancelFunc
	done   chan struct{}
	err    error // Serve's, once done is closed
}

// nodeDB opens node i's database in the cluster's directory.
func (c *Cluster) nodeDB(i int) (*node.DB, error) {
	db, err := node.OpenDB(filepath.Join(c.dir, "node"+strconv.Itoa(i)+".db"))
	if err == nil && c.ownDir {
		db.SkipSync() // a temporary directory, removed by Close
	}
	return db, err
}

// newEnclave launches node i's sim enclave for operator op, with node i's
// sealing secret (kept by the cluster so that a restart opens the sealed
// state).
func (c *Cluster) newEnclave(i int, op *chain.Client) (*enclave.Sim, error) {
	dep := c.net.Deployment()
	var fault enclave.Fault
	if i == 0 {
		fault = c.cfg.Fault
	}
	e, err := enclave.NewSim(enclave.Config{
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, TaskMarket: dep.TaskMarket, Operator: op.Address(),
		Workload: c.workload, SealingSecret: c.secrets[i], Platform: enclave.NewSimPlatform(c.auth), Collateral: c.collateral,
		Chain: enclave.ChainGrants(op), VerifyPeer: c.verifyPeer, Logger: c.logger("enclave"), Fault: fault,
	})
	if err != nil {
		return nil, fmt.Errorf("launching enclave %d: %w", i, err)
	}
	return e, nil
}

// newNode returns node i on enclave e with database db.
func (c *Cluster) newNode(i int, e *enclave.Sim, db *node.DB) (*node.Node, error) {
	cheat := node.Honest
	if !c.cfg.Honest && i == c.assigned()-1 {
		cheat = cmp.Or(c.cfg.Cheat, node.DropData)
	}
	return node.New(node.Config{Operator: c.nodeOps[i], Enclave: e, Store: c.store, HTTP: c.http, Cheat: cheat,
		Logger: c.logger("node"), PublicURL: c.nodeURLs[i], DB: db})
}

// startDaemons starts every node's daemon (node.Serve), which takes over
// its database and API server: the loop that runs the node's tasks as they
// become ready, submits their results and re-executes as a standby, as
// `memoc node` does.
func (c *Cluster) startDaemons() {
	for i, n := range append(slices.Clone(c.nodes), c.standby) {
		if n != nil {
			c.startDaemon(i, n)
		}
	}
}

func (c *Cluster) startDaemon(i int, n *node.Node) {
	ctx, cancel := context.WithCancel(context.Background())
	d := &daemon{db: c.dbs[i], srv: c.servers[i], cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(d.done)
		if err := n.Serve(ctx); !errors.Is(err, context.Canceled) {
			d.err = err
		}
	}()
	c.daemons[i] = d
}

// stop stops a daemon: the Serve loop (a task it was running stays running
// in its database, as after a crash), the API server and the database.
func (d *daemon) stop() error {
	d.cancel()
	<-d.done
	return errors.Join(d.err, d.srv.Close(), d.db.Close())
}

// RestartNode stops assigned node i as if it crashed, mid-task or not, and
// starts it again on the same address from what it kept: its database and
// its enclave's sealed state, opened by a new enclave with the same sealing
// secret. The restarted node resumes its tasks.
func (c *Cluster) RestartNode(i int) error {
	if err := c.daemons[i].stop(); err != nil {
		return fmt.Errorf("stopping node %d: %w", i, err)
	}
	db, err := c.nodeDB(i)
	if err != nil {
		return err
	}
	c.dbs[i] = db
	e, err := c.newEnclave(i, c.nodeOps[i])
	if err != nil {
		return err
	}
	blob, err := db.Sealed()
	if err == nil && blob != nil {
		err = e.Unseal(blob)
	}
	if err != nil {
		return fmt.Errorf("restarting node %d: unsealing: %w", i, err)
	}
	n, err := c.newNode(i, e, db)
	if err != nil {
		return err
	}
	addr := strings.TrimPrefix(c.nodeURLs[i], "http://")
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("restarting node %d on %s: %w", i, addr, err)
	}
	c.servers[i] = &http.Server{Handler: n.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = c.servers[i].Serve(ln) }()
	c.nodes[i], c.sims[i] = n, e
	c.startDaemon(i, n)
	return nil
}

// awaitSubmitted waits until every assigned node's daemon has run task t
// and submitted its result (on TaskMarket), or published it (off-market),
// and logs the submissions' gas. A node that refused the task, or failed
// it twice, fails the wait with its reason.
func (c *Cluster) awaitSubmitted(ctx context.Context, t *nodeapi.Task, market bool) error {
	want := nodeapi.PhaseSubmitted
	if !market {
		want = nodeapi.PhaseDone
	}
	crash := c.cfg.Crash
	for i, a := range t.Assignments {
		for {
			if crash != nil && crash.Node < len(c.nodes) {
				st, err := c.nodes[crash.Node].TaskState(t.ID)
				if err != nil {
					return err
				}
				if st.Phase == nodeapi.PhaseRunning && st.Round >= crash.AtRound {
					if l := c.logger("cluster"); l != nil {
						l.Info("crashing and restarting a node mid-task", "node", crash.Node, "round", st.Round)
					}
					if err := c.RestartNode(crash.Node); err != nil {
						return err
					}
					crash = nil
				}
			}
			st, err := c.nodes[i].TaskState(t.ID)
			if err != nil {
				return err
			}
			if c.nodes[i].Cheat() == node.Withhold && st.Phase == nodeapi.PhaseDone {
				break // it ran the task and keeps its result
			}
			if st.Phase == want || st.Phase == nodeapi.PhaseSettled {
				if st.SubmitTx != (common.Hash{}) {
					rcpt, err := c.nodeOps[i].Backend().TransactionReceipt(ctx, st.SubmitTx)
					if err != nil {
						return err
					}
					c.gas.add("nodes: submit enclave-signed result", rcpt)
				}
				break
			}
			if st.Phase == nodeapi.PhaseRefused || (st.Phase == nodeapi.PhaseFailed && st.Attempts >= 2) {
				return fmt.Errorf("node %s %s the task: %s", a.Enclave, st.Phase, st.Reason)
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("waiting for node %s (%s: %s): %w", a.Enclave, st.Phase, st.Reason, ctx.Err())
			case <-time.After(10 * time.Millisecond):
			}
		}
	}
	return nil
}

// awaitWithdrawal waits until node i's daemon has withdrawn the earnings
// task's settlement paid it, and returns the withdrawal's receipt.
func (c *Cluster) awaitWithdrawal(ctx context.Context, i int, task common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		st, err := c.nodes[i].TaskState(task)
		if err != nil {
			return nil, err
		}
		if st.WithdrawTx != (common.Hash{}) {
			return c.nodeOps[i].Backend().TransactionReceipt(ctx, st.WithdrawTx)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("the node's daemon did not withdraw (task %s, %s: %s): %w", task, st.Phase, st.Reason, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// awaitStandbyPaid waits until the standby's daemon has withdrawn what
// re-executing earned it (its part of the verifier shares), so that the
// balances after the task are final.
func (c *Cluster) awaitStandbyPaid(ctx context.Context) error {
	if c.standby == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		earned, err := c.standbyOp.Earnings(ctx, c.standbyOp.Address())
		if err != nil {
			return err
		}
		if earned.Sign() == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("the standby's daemon did not withdraw its re-execution pay: %w", ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
