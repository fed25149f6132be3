package cluster_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/node"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

var (
	smallOnce sync.Once
	small     *cluster.Cluster
	smallRep  *cluster.Report
	smallErr  error
	wire      = &recorder{}
)

// recorder keeps every HTTP request and response body the parties
// exchange, as a network observer (or the nodes' hosts) would see them.
type recorder struct {
	mu     sync.Mutex
	bodies [][]byte
	paths  []string
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(b))
		r.keep(req.URL.Path, b)
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(b))
	r.keep(req.URL.Path, b)
	return resp, nil
}

func (r *recorder) keep(path string, b []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bodies = append(r.bodies, b)
	r.paths = append(r.paths, path)
}

// runSmall builds and runs one small cluster shared by the tests: 6 users,
// 2 honest nodes and the cheating one, 3 verifiers, 5 rounds.
func runSmall(t *testing.T) (*cluster.Cluster, *cluster.Report) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	smallOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		small, smallErr = cluster.New(ctx, cluster.Config{Users: 6, Nodes: 2, Verifiers: 3, Rounds: 5, Reexecute: true,
			HTTP: &http.Client{Timeout: time.Minute, Transport: wire}})
		if smallErr == nil {
			smallRep, smallErr = small.Run(ctx)
		}
	})
	require.NoError(t, smallErr)
	return small, smallRep
}

func TestMain(m *testing.M) {
	code := m.Run()
	if small != nil {
		_ = small.Close()
	}
	os.Exit(code)
}

// TestEndToEnd checks the outcomes of a whole run, not its log.
func TestEndToEnd(t *testing.T) {
	c, rep := runSmall(t)

	t.Run("the company's decrypted model is accurate", func(t *testing.T) {
		require.Greater(t, rep.Accuracy, 0.75, "a DP softmax model on digits beats chance (0.1) by far")
		require.True(t, rep.Reference.Reproduces, "the clear re-run reproduces the enclaves' model bit for bit")
		require.Len(t, rep.Reference.Rounds, 5)
		last := rep.Reference.Rounds[len(rep.Reference.Rounds)-1]
		require.InDelta(t, rep.Accuracy, last.TestAccuracy, 1e-12, "the curve ends at the model the company opened")
	})

	t.Run("honest nodes pass, the cheating node fails on lineage", func(t *testing.T) {
		require.Len(t, rep.NodeReports, 3)
		for _, n := range rep.NodeReports {
			if n.Cheat == node.Honest.String() {
				require.True(t, n.Passed, "honest node %s: %s", n.Enclave, n.Reason)
				require.Equal(t, n.Assigned, n.Used)
				continue
			}
			require.False(t, n.Passed)
			require.Equal(t, 1, n.Used)
			require.Equal(t, 2, n.Assigned)
			require.Contains(t, n.Reason, "lineage: used 1 of 2 assigned datasets")
			require.NotContains(t, n.Reason, "signature", "the cheat is not in the signature: the enclave signed what it did")
		}
		for _, v := range rep.VerifierReports {
			require.Equal(t, 2, v.Passed)
			require.Equal(t, 1, v.Failed)
		}
	})

	t.Run("ε charged within every grant, none for dropped data", func(t *testing.T) {
		used := 0
		for _, u := range rep.UserReports {
			if !u.Used {
				require.Zero(t, u.Epsilon)
				continue
			}
			used++
			require.Greater(t, u.Epsilon, 0.0)
			require.LessOrEqual(t, u.Epsilon, rep.Epsilon+1e-9, "DP-SGD spends at most the task's target")
			require.LessOrEqual(t, u.Epsilon, u.Budget)
		}
		require.Equal(t, 5, used, "all users but the one the cheating node dropped")
	})

	t.Run("ε per owner read from each enclave's ledger, proven against its root on chain", func(t *testing.T) {
		ctx := context.Background()
		client := cluster.UserClient(c.Users()[0]) // any party reads the chain
		require.Len(t, rep.Ledgers, len(c.Nodes()))
		charged := 0
		for i, n := range c.Nodes() {
			l := rep.Ledgers[i]
			require.Equal(t, n.Enclave(), l.Enclave)
			require.True(t, l.Proven, "enclave %s: %s", l.Enclave, l.Reason)
			require.Empty(t, l.Reason)
			onChain, err := client.LedgerRoot(ctx, n.Enclave())
			require.NoError(t, err)
			require.Equal(t, onChain, l.Root, "the report proves against the chain's root")
			ev, err := n.Result(c.Task().ID)
			require.NoError(t, err)
			require.Equal(t, ev.Result.LedgerRoot, l.Root, "the enclave's claim moved its root on chain")
			require.NotEqual(t, ev.Result.PrevLedgerRoot, l.Root, "the task charged ε")
			require.Equal(t, 1, l.Tasks)
			require.Equal(t, len(ev.Result.Usage), l.Datasets)
			for _, us := range ev.Result.Usage {
				j := slices.IndexFunc(rep.UserReports, func(u cluster.UserReport) bool { return u.Dataset == us.Dataset })
				require.GreaterOrEqual(t, j, 0)
				u := rep.UserReports[j]
				require.Equal(t, n.Enclave(), u.Enclave)
				require.Positive(t, us.Epsilon)
				require.Equal(t, us.Epsilon, u.LedgerEpsilon, "owner %s: the ledger holds the ε the claim charged", u.Address)
				require.True(t, u.LedgerProven, "owner %s", u.Address)
				charged++
			}
		}
		require.Equal(t, 5, charged, "all users but the one the cheating node dropped")
		for _, u := range rep.UserReports {
			require.True(t, u.LedgerProven, "owner %s: its enclave's ledger is proven, whether it charged the dataset or not", u.Address)
			require.Equal(t, u.Epsilon, u.LedgerEpsilon, "owner %s", u.Address)
		}

		// A host that serves a ledger other than the enclave's is caught:
		// the ledger rebuilt from it is not proven by the root on chain.
		n := c.Nodes()[0]
		published, err := n.Result(c.Task().ID)
		require.NoError(t, err)
		root := rep.Ledgers[0].Root
		require.True(t, cluster.ProveLedger(n.Enclave(), root, published).Proven)
		for _, tc := range []struct {
			name   string
			tamper func(ev *nodeapi.Evidence)
			want   string
		}{
			{"ε spent before the task inflated", func(ev *nodeapi.Evidence) {
				ev.Result.PrevLedger.Spent[ev.Result.Usage[0].Dataset] += 0.5
			}, "is not the one on chain"},
			{"a charge halved", func(ev *nodeapi.Evidence) { ev.Result.Usage[0].Epsilon /= 2 }, "is not the one on chain"},
			{"no ledger published", func(ev *nodeapi.Evidence) { ev.Result.PrevLedger = nil }, "publishes no ledger"},
			{"another enclave's result", func(ev *nodeapi.Evidence) { ev.Result.Enclave = c.Nodes()[1].Enclave() }, "enclave " + c.Nodes()[1].Enclave().Hex()},
		} {
			t.Run(tc.name, func(t *testing.T) {
				b, err := json.Marshal(published)
				require.NoError(t, err)
				var ev nodeapi.Evidence
				require.NoError(t, json.Unmarshal(b, &ev))
				if ev.Result.PrevLedger != nil && ev.Result.PrevLedger.Spent == nil {
					ev.Result.PrevLedger.Spent = map[common.Hash]float64{}
				}
				tc.tamper(&ev)
				l := cluster.ProveLedger(n.Enclave(), root, &ev)
				require.False(t, l.Proven)
				require.Contains(t, l.Reason, tc.want)
				require.Equal(t, root, l.Root)
			})
		}
	})

	t.Run("one market task: honest results paid, the cheat slashed, MEMO conserved", func(t *testing.T) {
		f := rep.Fees
		require.NotNil(t, f, rep.Market)
		require.True(t, f.Conserved, "no MEMO created or lost over all parties and contracts")
		require.Equal(t, cluster.TaskFee.String(), f.Escrowed.String(), "the whole fee is escrowed")
		require.Len(t, f.Task.Results, len(rep.NodeReports), "one task, one result slot per enclave")
		k := int64(len(rep.NodeReports))
		require.Equal(t, new(big.Int).Div(cluster.TaskFee, big.NewInt(k)).String(), f.Task.Share.String())
		refund := new(big.Int).Sub(cluster.TaskFee, new(big.Int).Mul(f.Task.Share, big.NewInt(k)))
		passed := int64(0)
		for i, n := range rep.NodeReports {
			res := f.Task.Results[i]
			require.Equal(t, n.Enclave, res.Enclave)
			if n.Passed {
				passed++
				require.Equal(t, "passed", res.State)
				require.Positive(t, n.Reward.Sign(), "honest operator paid")
				require.Zero(t, n.StakeChange.Sign(), "honest stake untouched")
				continue
			}
			require.Equal(t, "failed", res.State)
			require.Zero(t, n.Reward.Sign(), "the cheating operator is not paid")
			require.Equal(t, new(big.Int).Neg(f.NodeSlash).String(), n.StakeChange.String(), "the cheating operator's stake is slashed by the node slash")
			refund.Add(refund, f.Task.Share)
		}
		// The company paid the passing shares and got back the failed
		// share and its part of the slash: SlashOwnerBps of it, capped at
		// OwnerCapBps of the result share (the deployment defaults).
		comp := chain.MarketConfig{}.Params().OwnerCompensation(f.NodeSlash, f.Task.Share)
		require.Less(t, comp.Cmp(f.NodeSlash), 0, "the owner never gets the whole slash")
		// The standby that re-executed is paid one of committee + 1 parts
		// of each reported result's verifier share; on the failed result,
		// out of the owner's refund.
		shares, err := cluster.CompanyClient(c).Shares(context.Background(), f.Task.ID)
		require.NoError(t, err)
		fromRefund := new(big.Int)
		for i, n := range rep.NodeReports {
			rx, err := cluster.CompanyClient(c).Reexecution(context.Background(), f.Task.ID, uint8(i))
			require.NoError(t, err)
			if rx.Reported && !n.Passed {
				fromRefund.Add(fromRefund, shares.ReexecPerVote)
			}
		}
		require.NotNil(t, rep.Reexecution, "the shared cluster asks for re-execution")
		require.Positive(t, f.Reexecutor.Sign(), "the re-executor is paid")
		want := new(big.Int).Neg(f.Escrowed)
		want.Add(want, refund).Add(want, comp).Sub(want, fromRefund)
		require.Equal(t, want.String(), f.Company.String())
		for _, v := range rep.VerifierReports {
			require.Zero(t, v.StakeChange.Sign(), "no verifier voted against a verdict")
		}

		// Every data owner whose records the federation used is paid its
		// share of the pool exactly once: records / all records used, of
		// one result's users' part, times the passing results. Owners of
		// dropped datasets get nothing.
		usersShare := new(big.Int).Div(new(big.Int).Mul(f.Task.Share, big.NewInt(cluster.SplitUsers)), big.NewInt(10_000))
		require.Equal(t, new(big.Int).Mul(usersShare, big.NewInt(passed)).String(), f.UsersPool.String())
		var used uint64
		for _, u := range rep.UserReports {
			if u.Used {
				used += u.Records
			}
		}
		paid := new(big.Int)
		for _, u := range rep.UserReports {
			if !u.Used {
				require.Zero(t, u.Reward.Sign(), "owner %s: dataset not used, not paid", u.Address)
				continue
			}
			amount := new(big.Int).Mul(usersShare, new(big.Int).SetUint64(u.Records))
			amount.Div(amount, new(big.Int).SetUint64(used))
			require.Equal(t, amount.Mul(amount, big.NewInt(passed)).String(), u.Reward.String(), "owner %s paid its share once", u.Address)
			paid.Add(paid, u.Reward)
		}
		require.Equal(t, f.UsersClaimed.String(), paid.String())
		require.LessOrEqual(t, paid.Cmp(f.UsersPool), 0)
		require.LessOrEqual(t, new(big.Int).Sub(f.UsersPool, paid).Int64(), int64(len(rep.UserReports))*passed, "the pool is claimed in full up to rounding")
		require.Equal(t, new(big.Int).Sub(f.UsersPool, paid).String(), f.Unclaimed.String(), "only rounding stays in the market")
	})

	t.Run("the warm start is used and its parameters travel only sealed", func(t *testing.T) {
		require.NotNil(t, rep.WarmStart)
		require.Equal(t, rep.WarmStart.Commitment, c.Task().InputCommitment)
		init := cluster.CompanyInit(c)
		require.NotEmpty(t, init)
		pt, err := init.MarshalBinary()
		require.NoError(t, err)
		wire.mu.Lock()
		defer wire.mu.Unlock()
		inputs := 0
		for i, b := range wire.bodies {
			if strings.HasSuffix(wire.paths[i], "/input") && len(b) > 0 {
				inputs++
			}
			for off := 0; off+16 <= len(pt); off += len(pt) / 8 {
				chunk := pt[off : off+16]
				require.False(t, bytes.Contains(b, chunk), "%s carries plaintext parameters", wire.paths[i])
				require.False(t, bytes.Contains(bytes.ToLower(b), []byte(hex.EncodeToString(chunk))), "%s carries plaintext parameters in hex", wire.paths[i])
			}
		}
		require.Equal(t, len(c.Nodes()), inputs, "each node received the input, sealed")
		for _, n := range c.Nodes() {
			ev, err := n.Result(c.Task().ID)
			require.NoError(t, err)
			require.Equal(t, c.Task().InputCommitment, ev.Result.InputCommitment, "every enclave started from the committed input")
		}
	})

	t.Run("grants were relayed on chain", func(t *testing.T) {
		for _, g := range rep.Gas {
			require.Positive(t, g.Gas, g.Step)
		}
		ctx := context.Background()
		co := cluster.CompanyClient(c)
		for _, u := range c.Users() {
			var granted int
			for _, n := range c.Nodes() {
				on, err := co.GrantOf(ctx, u.Dataset(), n.Enclave())
				require.NoError(t, err)
				if on.GrantedBlock != 0 {
					granted++
				}
			}
			// (and the standby re-executor, which is not among Nodes: its
			// re-runs below need the grants on chain)
			require.Equal(t, 1, granted, "user %s grants its node", u.Address())
			mine := cluster.UserGrant(u)
			on, err := co.GrantOf(ctx, u.Dataset(), mine.Enclave)
			require.NoError(t, err)
			require.Equal(t, mine.Expiry, on.Expiry)
			require.Equal(t, mine.Policy.Hash(), on.PolicyHash)
		}
	})

	t.Run("the spot check reproduces every result's model", func(t *testing.T) {
		// The task asks for re-execution: the standby's re-run gives every
		// result its model hash (the cheating node dropped a dataset but
		// trained honestly on the rest), and each node publishes the report.
		require.NotNil(t, rep.Reexecution)
		require.Empty(t, rep.Reexecution.Error)
		require.Len(t, rep.Reexecution.Results, len(c.Task().Assignments))
		for i := range c.Nodes() {
			ev, err := mustClient(t, c.NodeURL(i), nil).Evidence(context.Background(), c.Task().ID)
			require.NoError(t, err)
			require.NotNil(t, ev.Reexecution, "node %d publishes the re-execution report", i)
			require.Equal(t, ev.Result.ModelHash, ev.Reexecution.ModelHash)
		}
		for _, r := range rep.Reexecution.Results {
			require.True(t, r.Matches, "%s", r.Enclave)
		}
	})
}
