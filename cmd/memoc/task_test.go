package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/company"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/verifier"
)

// memocJSON runs memoc with args and --json, requires exit code 0 and the
// output contract, and decodes stdout into v.
func memocJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	out, errOut, code := execMemoc(t, nil, append(args, "--json")...)
	require.Equal(t, exitOK, code, "memoc %s\nstderr: %s", strings.Join(args, " "), errOut)
	assert.Empty(t, contractViolations([]byte(out)), "memoc %s --json:\n%s", strings.Join(args, " "), out)
	if v != nil {
		require.NoError(t, json.Unmarshal([]byte(out), v), out)
	}
}

// TestTaskFlow runs the company's and the data owners' commands against
// two memoc node daemons on a dev chain served over HTTP, every party in
// its own home: data owners upload and grant through their nodes; the
// company publishes a task on the nodes found in the registry, sends its
// warm start sealed to each attested enclave, follows the task, opens and
// evaluates the model; the task settles (no committee: too few verifiers,
// so results lapse and are paid); the owners claim their payouts and read
// the ε their datasets spent from the enclaves' proven ledgers.
func TestTaskFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain and two node daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	net, dir, with := flowChain(t, ctx)
	store := filepath.Join(dir, "store")

	// A public reference CSV fixes the spec's features, classes and
	// standardisation; the owners' records come from the same source.
	csv := func(name string, n, offset int) string {
		var b strings.Builder
		b.WriteString("x1,x2,x3,label\n")
		for i := range n {
			k := i + offset
			y := k % 2
			fmt.Fprintf(&b, "%d.%d,%d,%d.5,%d\n", 3*y+k%3, k%7, (k*5)%4-2*y, k%5, y)
		}
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o600))
		return p
	}
	public := csv("public.csv", 60, 0)
	specFile := filepath.Join(dir, "spec.json")
	var spec struct{ Measurement common.Hash }
	memocJSON(t, &spec, "task", "spec", "--data", public, "--rounds", "2", "--batch", "8", "--dp-epsilon", "2", "--out", specFile)
	memocJSON(t, nil, with("govern", "allow-measurement", spec.Measurement.Hex(), "--dev-account", "0")...)

	// A staked verifier approves the nodes' enclaves (an approval
	// committee of one: the dev chain's).
	memocJSON(t, nil, with("stake", "100", "--role", "verifier", "--dev-account", "1")...)
	vk := net.Key(1)
	vst, err := vault.NewDirStore(store)
	require.NoError(t, err)
	auth, err := devnetAuthority()
	require.NoError(t, err)
	ver, err := verifier.New(verifier.Config{Client: net.Governance().As(vk), Store: vst,
		Attestation: verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}, Getter: newSimCollateral(auth)}})
	require.NoError(t, err)

	// Two node daemons.
	var daemons sync.WaitGroup
	nodeCtx, stopNodes := context.WithCancel(ctx)
	defer func() { stopNodes(); daemons.Wait() }()
	for i := range 2 {
		args := with("node", "--dev-account", fmt.Sprint(2+i), "--data-dir", filepath.Join(dir, fmt.Sprintf("node%d", i)),
			"--spec", specFile, "--listen", "127.0.0.1:0", "--store", store, "--log-level", "warn")
		daemons.Go(func() {
			var out, errOut bytes.Buffer
			if code := run(nodeCtx, args, strings.NewReader(""), &out, &errOut); code != exitOK && nodeCtx.Err() == nil {
				t.Errorf("memoc node %d exited %d: %s", i, code, errOut.String())
			}
		})
	}
	gov := net.Governance()
	var enclaves []common.Address
	require.Eventually(t, func() bool {
		enclaves = enclaves[:0]
		for i := range 2 {
			es, err := gov.EnclavesOf(ctx, net.Deployment().DevAccounts[2+i].Address)
			if err != nil || len(es) == 0 {
				return false
			}
			e := es[0]
			active, _ := gov.EnclaveActive(ctx, e)
			if !active {
				if cm, err := gov.EnclaveCommittee(ctx, e); err == nil && cm.Drawn {
					if url, err := gov.Endpoint(ctx, e); err == nil && url != "" {
						_, _ = ver.ApproveEnclave(ctx, url)
					}
				}
				return false
			}
			enclaves = append(enclaves, e)
		}
		return true
	}, time.Minute, 200*time.Millisecond, "both nodes register and are approved")

	var nodes []nodeView
	memocJSON(t, &nodes, with("user", "nodes")...)
	require.Len(t, nodes, 2)
	for _, n := range nodes {
		require.True(t, n.Active, "%+v", n)
		require.Equal(t, spec.Measurement, n.Measurement)
		require.Equal(t, "UpToDate", n.TCBStatus, n.Reason)
		require.NotEmpty(t, n.URL)
	}

	// Three data owners, each in its own home: two grant to the first
	// node, one to the second, through the node (which relays).
	companyAddr := net.Deployment().DevAccounts[4].Address
	type owner struct{ home, dataset string }
	var owners []owner
	for i := range 3 {
		home := filepath.Join(dir, fmt.Sprintf("owner%d", i))
		require.NoError(t, os.MkdirAll(home, 0o700))
		pw := filepath.Join(home, "pw")
		require.NoError(t, os.WriteFile(pw, []byte("pw\n"), 0o600))
		user := func(args ...string) []string {
			return with(append(append([]string{"user"}, args...), "--home", home, "--password-file", pw, "--sim-root", filepath.Join(dir, simRootFile))...)
		}
		var acct struct{ Address common.Address }
		memocJSON(t, &acct, user("keygen")...)
		_, err := gov.SendETH(ctx, acct.Address, big.NewInt(1e17)) // for claiming
		require.NoError(t, err)
		var up struct{ Dataset string }
		memocJSON(t, &up, user("upload", "--data", csv(fmt.Sprintf("owner%d.csv", i), 40, 100*(i+1)), "--store", store)...)
		var gr grantOutput
		memocJSON(t, &gr, user("grant", "--dataset", up.Dataset, "--node", nodes[min(i, 1)].URL, "--epsilon", "8",
			"--task-owner", companyAddr.Hex(), "--min-price", "0.01")...)
		require.True(t, gr.SentToNode)
		require.True(t, gr.Registered)
		require.NotZero(t, gr.Tx, "the node relayed it")
		owners = append(owners, owner{home, up.Dataset})
	}

	// The company: a warm start, a task on two nodes of the registry.
	companyHome := filepath.Join(dir, "company")
	co := func(args ...string) []string {
		return with(append(args, "--home", companyHome, "--dev-account", "4")...)
	}
	init := filepath.Join(dir, "init.model")
	w, err := (&workloadFlags{specFile: specFile}).workload(newTaskSpecCmd())
	require.NoError(t, err)
	b, err := make(train.Params, company.ParamCount(w.Spec)).MarshalBinary() // zeros: the worst warm start
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(init, b, 0o600))

	_, errOut, code := execMemoc(t, nil, co("task", "publish", "--spec", specFile, "--fee", "100", "--node-count", "3")...)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "--node-count is 3")

	var pub publishOutput
	memocJSON(t, &pub, co("task", "publish", "--spec", specFile, "--fee", "100", "--node-count", "2", "--deadline", "300",
		"--voting-window", "10", "--init", init)...)
	require.Len(t, pub.Assignments, 2)
	require.EqualValues(t, 120, pub.Records)
	require.Empty(t, pub.Refused)
	require.Equal(t, "100000000000000000000", pub.Fee.String())
	task := fmt.Sprint(pub.MarketTask)

	// Too early to settle: no result is in, and the deadline is far.
	_, errOut, code = execMemoc(t, nil, co("task", "settle", task)...)
	require.Equal(t, exitFailure, code, errOut)
	require.Contains(t, errOut, "2 of the results are missing")
	require.Contains(t, errOut, "retry from block")

	var sent []struct{ Enclave common.Address }
	memocJSON(t, &sent, co("task", "send-input", task)...)
	require.Len(t, sent, 2)

	// Someone else may not post the input.
	_, errOut, code = execMemoc(t, nil, with("task", "send-input", task, "--home", companyHome, "--dev-account", "5")...)
	require.Equal(t, exitUsage, code, errOut)

	var st statusOutput
	require.Eventually(t, func() bool {
		memocJSON(t, &st, with("task", "status", pub.Task.Hex(), "--home", companyHome)...)
		for _, s := range st.Slots {
			if s.State != "submitted" {
				return false
			}
		}
		return true
	}, 2*time.Minute, 500*time.Millisecond, "both nodes run the task and submit")
	for _, n := range st.Nodes {
		require.Equal(t, "submitted", n.Phase, n.Reason)
	}

	var res resultOutput
	memocJSON(t, &res, co("task", "result", task, "--test", public)...)
	require.Equal(t, "submitted", res.State)
	require.EqualValues(t, 120, res.Records)
	require.Greater(t, res.TestAccuracy, 0.0)
	require.FileExists(t, res.Out)

	// Settlement: no committee can be drawn (one verifier), so after the
	// windows the results lapse and are paid.
	var reveal uint64
	for _, s := range st.Slots {
		reveal = max(reveal, s.RevealEnds)
	}
	head, err := gov.BlockNumber(ctx)
	require.NoError(t, err)
	if head <= reveal {
		net.Mine(int(reveal - head + 1))
	}
	var settled settleOutput
	memocJSON(t, &settled, with("task", "settle", pub.Task.Hex(), "--home", companyHome, "--dev-account", "5")...) // anyone may
	require.Equal(t, settleOutput{MarketTask: pub.MarketTask, By: "finalize", Tx: settled.Tx, Block: settled.Block, Status: "settled"}, settled)
	_, errOut, code = execMemoc(t, nil, co("task", "settle", task)...)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "settled")
	memocJSON(t, &st, with("task", "status", task, "--home", companyHome, "--watch", "--interval", "100ms")...)
	require.True(t, st.Settled)
	require.Equal(t, 2, st.Passed)

	for i, o := range owners {
		user := func(args ...string) []string {
			return with(append(append([]string{"user"}, args...), "--home", o.home, "--password-file", filepath.Join(o.home, "pw"))...)
		}
		var cl claimOutput
		memocJSON(t, &cl, user("claim")...)
		require.Len(t, cl.Claims, 1, "owner %d", i)
		require.Positive(t, cl.Total.Sign())
		memocJSON(t, &cl, user("claim")...)
		require.Empty(t, cl.Claims, "claimed once")
		require.Equal(t, 1, cl.AlreadyClaimed)

		var h historyOutput
		memocJSON(t, &h, user("history")...)
		require.Len(t, h.Datasets, 1)
		d := h.Datasets[0]
		require.Len(t, d.Tasks, 1)
		require.Equal(t, pub.MarketTask, d.Tasks[0].MarketTask)
		require.Equal(t, "record", d.Tasks[0].PrivacyUnit, "the unit of the task's spec is named beside its ε")
		require.Len(t, d.Grants, 1)
		require.True(t, d.Grants[0].LedgerProven, d.Grants[0].Reason)
		require.InDelta(t, d.Tasks[0].Epsilon, d.Grants[0].Spent, 1e-9)
		require.Positive(t, d.Grants[0].Spent)
		require.EqualValues(t, 8, d.Grants[0].Budget)
		require.Equal(t, "record", d.Grants[0].PrivacyUnit, "a grant that does not require user-level DP keeps a record-level ledger")
	}
}

// flowChain starts the dev chain of the end-to-end flow tests (served on
// loopback, the memoc devnet sim root trusted, a 5-block reveal window) and
// writes its deployment file and sim root into a temporary directory. with
// appends the flags that reach that chain to a command line.
func flowChain(t *testing.T, ctx context.Context) (net *devnet.Chain, dir string, with func(args ...string) []string) {
	t.Helper()
	auth, err := devnetAuthority()
	require.NoError(t, err)
	net, err = devnet.New(ctx, devnet.Config{Accounts: 8, ListenAddr: "127.0.0.1:0", BlockInterval: 100 * time.Millisecond,
		Deploy: chain.DeployConfig{SimulatedRootHash: sha256.Sum256(auth.Root().Raw), Market: chain.MarketConfig{RevealWindow: 5}}})
	require.NoError(t, err)
	t.Cleanup(func() { net.Close() })
	dir = t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	require.NoError(t, chain.SaveDeployment(dep, net.Deployment()))
	require.NoError(t, writeSimRoot(filepath.Join(dir, simRootFile), auth.RootPEM()))
	chainArgs := []string{"--rpc", net.HTTPURL(), "--deployment", dep}
	return net, dir, func(args ...string) []string { return append(args, chainArgs...) }
}
