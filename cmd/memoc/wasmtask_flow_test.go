package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/wasm"
)

// TestWasmTaskFlow runs a wasm task through the market with the CLI and
// daemons only, every party in its own home: two memoc node daemons
// launched for a WASI module (one assigned, one a standby that re-executes),
// three memoc verifier daemons that approve the enclaves and judge the
// result, data owners who grant the wasm kind to both nodes, and a company
// that publishes the module with memoc task publish --wasm. The result is
// re-executed, passes its committee, the company opens the module's output
// (the record stream the enclave fed it: echo copies stdin to stdout) and
// the owners claim their pay. Then a document whose module is not the one
// the node's enclave was measured for is refused by the node, naming
// enclave.ErrWorkload.
func TestWasmTaskFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a dev chain, two node and three verifier daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	net, dir, with := flowChain(t, ctx)
	store := filepath.Join(dir, "store")
	gov := net.Governance()

	// The module: echo (stdin to stdout), so the output is the record
	// stream itself. Another module (echo with a custom section) has
	// another hash, hence another workload.
	echo, err := os.ReadFile(filepath.Join("..", "..", "wasm", "testdata", "hostile", "echo.wasm"))
	require.NoError(t, err)
	module := filepath.Join(dir, "echo.wasm")
	require.NoError(t, os.WriteFile(module, echo, 0o600))
	other := filepath.Join(dir, "other.wasm")
	require.NoError(t, os.WriteFile(other, append(slices.Clone(echo), 0x00, 0x04, 0x03, 'm', 'c', 'x'), 0o600))
	var measured struct {
		Measurement common.Hash
		Workload    enclave.Workload
	}
	memocJSON(t, &measured, "node", "--wasm", module, "--measure")
	require.Equal(t, enclave.KindWasm, measured.Workload.Kind)
	require.Equal(t, common.Hash(wasm.Measure(echo)), measured.Workload.ID)
	memocJSON(t, nil, with("govern", "allow-measurement", measured.Measurement.Hex(), "--dev-account", "0")...)

	// Daemons: three verifiers (a committee), two nodes of the module.
	var daemons sync.WaitGroup
	dctx, stop := context.WithCancel(ctx)
	defer func() { stop(); daemons.Wait() }()
	daemon := func(name string, args ...string) {
		daemons.Go(func() {
			var out, errOut bytes.Buffer
			code := run(dctx, with(args...), strings.NewReader(""), &out, &errOut)
			if code != exitOK && dctx.Err() == nil || t.Failed() {
				t.Logf("memoc %s exited %d: %s", name, code, errOut.String())
			}
		})
	}
	for i := 1; i <= 3; i++ {
		daemon(fmt.Sprintf("verifier %d", i), "verifier", "--dev-account", fmt.Sprint(i), "--data-dir", filepath.Join(dir, fmt.Sprintf("verifier%d", i)),
			"--store", store, "--log-level", "info")
	}
	// The nodes start once the verifiers have staked: an enclave's approval
	// committee is drawn among the seats staked when its round opens, so a
	// node registering first would wait for a committee that cannot form.
	require.Eventually(t, func() bool {
		for i := 1; i <= 3; i++ {
			if ok, err := gov.IsStaked(ctx, net.Deployment().DevAccounts[i].Address, chain.RoleVerifier); err != nil || !ok {
				return false
			}
		}
		return true
	}, time.Minute, 100*time.Millisecond, "the three verifiers stake")
	for i := range 2 {
		daemon(fmt.Sprintf("node %d", i), "node", "--dev-account", fmt.Sprint(4+i), "--data-dir", filepath.Join(dir, fmt.Sprintf("node%d", i)),
			"--wasm", module, "--listen", "127.0.0.1:0", "--store", store, "--log-level", "info")
	}
	require.Eventually(t, func() bool {
		for i := range 2 {
			es, err := gov.EnclavesOf(ctx, net.Deployment().DevAccounts[4+i].Address)
			if err != nil || len(es) == 0 {
				return false
			}
			if active, err := gov.EnclaveActive(ctx, es[0]); err != nil || !active {
				return false
			}
		}
		return true
	}, 2*time.Minute, 300*time.Millisecond, "both nodes register and the verifiers approve them")
	var nodes []nodeView
	memocJSON(t, &nodes, with("user", "nodes")...)
	require.Len(t, nodes, 2)
	for _, n := range nodes {
		require.Equal(t, measured.Measurement, n.Measurement)
	}
	assigned, standby := nodes[0], nodes[1]

	// Two data owners grant the wasm kind (the nodes' workload) to both
	// nodes, allowing re-execution.
	companyAddr := net.Deployment().DevAccounts[6].Address
	type owner struct{ home, dataset string }
	var owners []owner
	for i := range 2 {
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
		var b strings.Builder
		b.WriteString("x1,x2,label\n")
		for k := range 10 + 5*i {
			fmt.Fprintf(&b, "%d.5,%d,%d\n", k, i, k%2)
		}
		csv := filepath.Join(dir, fmt.Sprintf("owner%d.csv", i))
		require.NoError(t, os.WriteFile(csv, []byte(b.String()), 0o600))
		var up struct{ Dataset string }
		memocJSON(t, &up, user("upload", "--data", csv, "--store", store)...)
		for _, n := range []nodeView{assigned, standby} {
			var gr grantOutput
			memocJSON(t, &gr, user("grant", "--dataset", up.Dataset, "--node", n.URL, "--epsilon", "1", "--allow-reexecution",
				"--task-owner", companyAddr.Hex(), "--min-price", "0.01")...)
			require.True(t, gr.Registered)
			require.Equal(t, []string{enclave.KindWasm}, gr.Policy.Kinds)
		}
		owners = append(owners, owner{home, up.Dataset})
	}

	companyHome := filepath.Join(dir, "company")
	co := func(args ...string) []string {
		return with(append(args, "--home", companyHome, "--dev-account", "6")...)
	}
	_, errOut, code := execMemoc(t, nil, co("task", "publish", "--wasm", module, "--fee", "100", "--node-count", "2")...)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "a wasm task runs on one enclave")
	_, errOut, code = execMemoc(t, nil, co("task", "publish", "--spec", module, "--wasm-seed", "3", "--fee", "100", "--node-count", "1")...)
	require.Equal(t, exitUsage, code, errOut)

	var pub publishOutput
	memocJSON(t, &pub, co("task", "publish", "--wasm", module, "--wasm-seed", "7", "--wasm-max-fuel", "100000000", "--fee", "100",
		"--nodes", assigned.Enclave.Hex(), "--deadline", "300", "--voting-window", "40", "--reexecute")...)
	require.Equal(t, enclave.KindWasm, pub.Kind)
	require.Equal(t, measured.Measurement, pub.Measurement)
	require.Len(t, pub.Assignments, 1)
	require.Len(t, pub.Assignments[0].Datasets, 2)
	require.EqualValues(t, 25, pub.Records)
	require.Empty(t, pub.Refused)
	task := fmt.Sprint(pub.MarketTask)

	// The node runs it, the standby re-executes it, the verifiers pass it
	// and settle the task.
	var st statusOutput
	memocJSON(t, &st, with("task", "status", task, "--home", companyHome, "--watch", "--interval", "200ms")...)
	require.True(t, st.Settled, "%+v", st)
	require.Equal(t, 1, st.Passed, "%+v", st)
	require.Len(t, st.Slots, 1)
	require.Equal(t, "passed", st.Slots[0].State)
	require.True(t, st.Slots[0].Reexecute, "the task asks for re-execution")
	require.GreaterOrEqual(t, st.Slots[0].PassVotes, 2)

	_, errOut, code = execMemoc(t, nil, co("task", "result", task, "--test", "digits")...)
	require.Equal(t, exitUsage, code, errOut)
	var res resultOutput
	memocJSON(t, &res, co("task", "result", task)...)
	require.Equal(t, "passed", res.State)
	require.EqualValues(t, 25, res.Records)
	require.Zero(t, res.Epsilon)
	out, err := os.ReadFile(res.Out)
	require.NoError(t, err)
	require.Equal(t, res.ModelHash, common.Hash(sha256.Sum256(out)))
	// The record stream (enclave package doc): magic, 2 datasets in id
	// order, each a 49-byte header and its records of 2 features + label.
	require.Equal(t, enclave.RecordsMagic, string(out[:4]))
	require.EqualValues(t, 2, binary.LittleEndian.Uint32(out[4:8]))
	require.Len(t, out, 8+2*49+25*3*8)
	ids := []string{owners[0].dataset, owners[1].dataset}
	slices.Sort(ids)
	require.Equal(t, ids[0], common.BytesToHash(out[8:40]).Hex())

	for i, o := range owners {
		var cl claimOutput
		memocJSON(t, &cl, with("user", "claim", "--home", o.home, "--password-file", filepath.Join(o.home, "pw"))...)
		require.Len(t, cl.Claims, 1, "owner %d", i)
		require.Positive(t, cl.Total.Sign())
	}

	// A module the node's enclave was not measured for, published under
	// the node's measurement: the node refuses to run it.
	var bad publishOutput
	memocJSON(t, &bad, co("task", "publish", "--wasm", other, "--measurement", measured.Measurement.Hex(), "--fee", "10",
		"--nodes", assigned.Enclave.Hex(), "--deadline", "300", "--voting-window", "40")...)
	require.Empty(t, bad.Refused)
	require.Eventually(t, func() bool {
		memocJSON(t, &st, with("task", "status", fmt.Sprint(bad.MarketTask), "--home", companyHome)...)
		return len(st.Nodes) == 1 && st.Nodes[0].Phase == "failed"
	}, time.Minute, 300*time.Millisecond, "the node refuses the module")
	require.Contains(t, st.Nodes[0].Reason, enclave.ErrWorkload.Error())
	require.Contains(t, st.Nodes[0].Reason, common.Hash(wasm.Measure(append(slices.Clone(echo), 0x00, 0x04, 0x03, 'm', 'c', 'x'))).Hex())
}
