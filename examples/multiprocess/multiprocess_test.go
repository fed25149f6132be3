package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a dev chain and a dozen memoc processes")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
}

func wei(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, "%q is not a decimal amount", s)
	return v
}

// TestRunScript runs examples/multiprocess/run.sh as a user would: it
// builds memoc and starts the dev chain, three nodes and three verifiers as
// separate processes; owners upload and grant, the company publishes,
// sends its warm start and fetches the model; everybody is paid. Its one
// JSON object on stdout says so.
func TestRunScript(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "run.sh", "--owners", "4", "--rounds", "4", "--timeout", "8m")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	var sum summary
	require.NoError(t, json.Unmarshal(out, &sum), string(out))

	require.NotZero(t, sum.Task)
	require.Greater(t, sum.Accuracy, 0.8, "a DP softmax model on digits")
	require.Positive(t, sum.BaselineAccuracy, "the warm start's accuracy")
	require.Equal(t, "record", sum.PrivacyUnit)
	require.Empty(t, sum.Slashed)
	require.GreaterOrEqual(t, sum.Processes, 7, "devnet, three nodes, three verifiers, and the CLI")
	// Every MEMO of the 1,000 MEMO fee is paid out: users, nodes (the
	// standby's re-execution included) and verifiers, but for rounding.
	total := new(big.Int).Add(wei(t, sum.Paid.Users), wei(t, sum.Paid.Nodes))
	total.Add(total, wei(t, sum.Paid.Verifiers))
	require.InDelta(t, 0, new(big.Int).Sub(chain.Tokens(1000), total).Int64(), 100, "the fee, paid out")
	require.Positive(t, wei(t, sum.Paid.Users).Sign())
	require.Positive(t, wei(t, sum.Paid.Verifiers).Sign())
	for _, o := range sum.Owners {
		require.Positive(t, wei(t, o.Claimed).Sign(), "owner %s claimed", o.Address)
	}
	for _, n := range sum.Nodes {
		require.Equal(t, "settled", n.Phase)
		require.Contains(t, n.Reason, "passed")
		require.Equal(t, 1, n.Attempts)
	}
}

// TestFaultsAcrossProcesses runs the same deployment with every fault of
// the issue between processes at once, and shows each handled:
//   - node1 is killed (SIGKILL) mid-task and restarted from its data
//     directory: it re-runs the task (attempt 2), its peer waits for it, and
//     its result is submitted once and passes;
//   - the chain's RPC endpoint goes down for 3 s mid-task: every daemon
//     reconnects and resumes;
//   - verifier3 is offline through the task: the other two decide, and
//     when it comes back it settles its missed seats and pays the silence
//     penalty;
//   - owner1 revokes its grant after the task is published: its data is
//     left out and it is not paid; the others are.
func TestFaultsAcrossProcesses(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	bin := t.TempDir()
	memoc := filepath.Join(bin, "memoc")
	build := exec.CommandContext(ctx, "go", "build", "-o", memoc, "../../cmd/memoc")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	sum, err := run(ctx, config{memoc: memoc, work: t.TempDir(), owners: 4, rounds: 20, standby: true, timeout: 10 * time.Minute,
		crashNode: true, bounceRPC: true, verifierOffline: true, revoke: true})
	require.NoError(t, err)

	require.Len(t, sum.Faults, 5, "%q", sum.Faults)
	require.Empty(t, sum.Slashed, "no honest node is slashed")
	require.Len(t, sum.Nodes, 2)
	require.Equal(t, 2, sum.Nodes[0].Attempts, "the crashed node re-ran the task once")
	for _, n := range sum.Nodes {
		require.Equal(t, "settled", n.Phase)
		require.Contains(t, n.Reason, "passed")
	}
	require.Equal(t, "0", sum.Owners[0].Claimed, "the owner who revoked is not paid")
	for _, o := range sum.Owners[1:] {
		require.Positive(t, wei(t, o.Claimed).Sign(), "owner %s claimed", o.Address)
	}
	require.Contains(t, sum.Faults[4], "paid the silence penalty")
	require.Greater(t, sum.Accuracy, 0.8)
}
