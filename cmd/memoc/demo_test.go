package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/cluster"
)

// runDemoCmd runs memoc with args and returns stdout and stderr apart.
func runDemoCmd(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	global = globals{}
	root := NewRootCmd()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err = root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestDemoCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole cluster")
	}
	plot := filepath.Join(t.TempDir(), "demo.png")
	out, progress, err := runDemoCmd(t, "demo", "--dp-unit", "record", "--json", "--users", "6", "--nodes", "2", "--rounds", "4", "--plot", plot)
	require.NoError(t, err)
	require.Contains(t, progress, "enclaves train", "progress goes to stderr")
	var r struct {
		Accuracy    float64 `json:"accuracy"`
		PrivacyUnit string  `json:"privacyUnit"`
		Reference   struct {
			Reproduces bool `json:"reproduces"`
		} `json:"reference"`
		NodeReports []struct {
			Passed               bool        `json:"passed"`
			StakeChange          tokenAmount `json:"stakeChange"`
			StakeChangeFormatted string      `json:"stakeChangeFormatted"`
		} `json:"nodeReports"`
		Fees *struct {
			Conserved bool        `json:"conserved"`
			Escrowed  tokenAmount `json:"escrowed"`
		} `json:"fees"`
		UserReports []struct {
			Enclave       common.Address `json:"enclave"`
			Used          bool           `json:"used"`
			Epsilon       float64        `json:"epsilon"`
			PrivacyUnit   string         `json:"privacyUnit"`
			LedgerEpsilon *float64       `json:"ledgerEpsilon"`
			LedgerProven  bool           `json:"ledgerProven"`
		} `json:"userReports"`
		Ledgers []struct {
			Enclave  common.Address `json:"enclave"`
			Root     string         `json:"root"`
			Proven   bool           `json:"proven"`
			Reason   string         `json:"reason"`
			Datasets int            `json:"datasets"`
			Tasks    int            `json:"tasks"`
		} `json:"ledgers"`
		Reexecution *struct {
			Reexecutor common.Address `json:"reexecutor"`
			Results    []struct {
				Enclave common.Address `json:"enclave"`
				Matches bool           `json:"matches"`
			} `json:"results"`
		} `json:"reexecution"`
		Market  string  `json:"market"`
		Plot    string  `json:"plot"`
		Seconds float64 `json:"seconds"`
		Steps   []struct {
			Step    string  `json:"step"`
			Seconds float64 `json:"seconds"`
		} `json:"steps"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r), out)
	require.Len(t, r.Steps, 14, "every step of the progress, setup included, with its time")
	var stepSum float64
	for _, s := range r.Steps {
		require.Contains(t, progress, s.Step)
		require.GreaterOrEqual(t, s.Seconds, 0.0)
		stepSum += s.Seconds
	}
	require.Equal(t, "users verify nodes and grant", r.Steps[6].Step)
	require.InDelta(t, r.Seconds, stepSum, 0.05*r.Seconds+0.5, "the steps account for the run's time")
	require.NotNil(t, r.Reexecution, "by default the task asks for every result to be re-executed")
	require.Len(t, r.Reexecution.Results, 3)
	for _, x := range r.Reexecution.Results {
		require.True(t, x.Matches, "the re-run reproduces each result's model: the cheating node dropped data but trained honestly on the rest")
		require.NotEqual(t, r.Reexecution.Reexecutor, x.Enclave)
	}
	require.Len(t, r.Ledgers, 3, "one ε ledger per enclave")
	ledgerOf := map[common.Address]bool{}
	for _, l := range r.Ledgers {
		require.True(t, l.Proven, "enclave %s: %s", l.Enclave, l.Reason)
		root := common.HexToHash(l.Root)
		require.Equal(t, root.Hex(), l.Root, "the root on chain in full, 0x-prefixed")
		require.NotEqual(t, common.Hash{}, root, "the task's charges moved the root on chain")
		require.Equal(t, 1, l.Tasks)
		require.Positive(t, l.Datasets)
		ledgerOf[l.Enclave] = true
	}
	require.Len(t, r.UserReports, 6)
	require.Equal(t, "record", r.PrivacyUnit, "a small federation says record, and the report names it")
	used := 0
	for _, u := range r.UserReports {
		require.Equal(t, "record", u.PrivacyUnit, "the unit is named beside every ε")
		require.True(t, ledgerOf[u.Enclave], "the owner's enclave has a ledger in the report")
		require.True(t, u.LedgerProven)
		require.NotNil(t, u.LedgerEpsilon, "ledgerEpsilon is in the JSON")
		require.Equal(t, u.Epsilon, *u.LedgerEpsilon, "one task: the ledger holds what its claim charged")
		if u.Used {
			used++
			require.Positive(t, *u.LedgerEpsilon)
		}
	}
	require.Equal(t, 5, used, "all owners but the one the cheating node dropped")
	require.Greater(t, r.Accuracy, 0.7)
	require.True(t, r.Reference.Reproduces)
	require.Len(t, r.NodeReports, 3, "two honest nodes and the cheating one")
	require.False(t, r.NodeReports[2].Passed)
	require.NotNil(t, r.Fees, r.Market)
	require.True(t, r.Fees.Conserved)
	require.Negative(t, r.NodeReports[2].StakeChange.Sign(), "the cheating node is slashed")
	require.Equal(t, chain.FormatMEMO(r.NodeReports[2].StakeChange.Int), r.NodeReports[2].StakeChangeFormatted)
	require.Positive(t, r.Fees.Escrowed.Sign())
	require.Equal(t, plot, r.Plot)
	require.Positive(t, r.Seconds)

	f, err := os.Open(plot)
	require.NoError(t, err)
	defer f.Close()
	_, err = png.Decode(f)
	require.NoError(t, err, "the plot is a PNG")

	t.Run("synthetic data", func(t *testing.T) {
		out, _, err := runDemoCmd(t, "demo", "--dp-unit", "record", "--json", "--data", "synthetic", "--records", "5", "--users", "6", "--nodes", "2", "--verifiers", "3", "--rounds", "2", "--plot", "")
		require.NoError(t, err)
		var r struct {
			Data        string `json:"data"`
			UserReports []struct {
				Records int `json:"records"`
			} `json:"userReports"`
			Reference struct {
				Reproduces bool `json:"reproduces"`
			} `json:"reference"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &r), out)
		require.Equal(t, "synthetic", r.Data)
		require.Len(t, r.UserReports, 6)
		for _, u := range r.UserReports {
			require.Equal(t, 5, u.Records)
		}
		require.True(t, r.Reference.Reproduces)
	})

	t.Run("human report", func(t *testing.T) {
		out, _, err := runDemoCmd(t, "demo", "--dp-unit", "record", "--users", "4", "--nodes", "1", "--verifiers", "3", "--rounds", "2", "--plot", "")
		require.NoError(t, err)
		for _, want := range []string{"accuracy on", "FAIL", "lineage", "escrowed by the company", "MEMO conserved over every account and contract: yes", "users: claim payout",
			"ε in ledger", "4.000 ✓", "ledger root on chain", "spot check: enclave", "matches ✓"} {
			require.Contains(t, out, want)
		}
		require.NotContains(t, out, "Plot of")
	})
}

func TestDemoUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"demo", "--users", "0"},
		{"demo", "--epsilon", "-1"},
		{"demo", "--verifiers", "2"},             // a committee needs three
		{"demo", "--users", "3", "--nodes", "3"}, // the cheating node needs two datasets
		{"demo", "--data", "mnist"},
		{"demo", "--records", "5"}, // digits owners hold their shards
		{"demo", "--data", "synthetic", "--records", "-1"},
		{"demo", "--users", "501"}, // the digits have room for 500
		{"demo", "--users", "12"},  // user-level DP (the default) needs 50 owners: small federations say record
		{"demo", "--dp-unit", "group"},
	} {
		t.Run(strings.Join(args[1:], " "), func(t *testing.T) {
			_, _, err := runDemoCmd(t, args...)
			var ue usageError
			require.True(t, errors.As(err, &ue), "exit code 2: %v", err)
		})
	}
}

// TestDemoReportsUnprovenLedger: an enclave whose published ledger is not
// the one on chain is named in the text report, with the reason, and its
// owners' ε is marked unproven.
func TestDemoReportsUnprovenLedger(t *testing.T) {
	good, bad := common.Address{0x1}, common.Address{0x2}
	r := &cluster.Report{Users: 2, Nodes: 2,
		UserReports: []cluster.UserReport{
			{Address: common.Address{0xa}, Enclave: good, Used: true, Epsilon: 2, Budget: 4, LedgerEpsilon: 2, LedgerProven: true},
			{Address: common.Address{0xb}, Enclave: bad, Used: true, Epsilon: 2, Budget: 4, LedgerEpsilon: 1.5},
		},
		Ledgers: []cluster.LedgerReport{
			{Enclave: good, Root: common.Hash{0xaa}, Proven: true, Datasets: 1, Tasks: 1},
			{Enclave: bad, Root: common.Hash{0xbb}, Reason: "the published ledger is not the one on chain", Datasets: 1, Tasks: 1},
		}}
	var out bytes.Buffer
	require.NoError(t, printDemo(&out, demoOutput{Report: r}))
	text := out.String()
	require.Contains(t, text, "2.000 ✓")
	require.Contains(t, text, "1.500 NOT PROVEN")
	require.Contains(t, text, short(bad)+"'s ledger not proven: the published ledger is not the one on chain")
	require.NotContains(t, text, short(good)+"'s ledger not proven")
}
