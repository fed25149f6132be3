package dashboard

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestTaskDocumentEscaped renders a task page from a hostile task document
// (every string a node can put in it carries markup): it shows as text.
func TestTaskDocumentEscaped(t *testing.T) {
	const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>`
	tmpl, err := parseTemplates()
	require.NoError(t, err)
	d := &taskData{
		Task:      chain.Task{ID: 1, Fee: big.NewInt(1)},
		Timeline:  []step{{Name: evil, Done: true, Reason: evil}},
		Slots:     []slotRow{{Index: 0, State: evil, Reason: evil, NodeURL: evil, Phase: evil, Reexec: evil}},
		Doc:       &docInfo{Kind: evil, From: evil, Assignments: []assignRow{{Node: evil, Datasets: 1}}},
		Lineage:   []usageRow{{Dataset: common.Hash{1}}},
		LineageOf: evil,
		DocError:  evil,
	}
	var buf bytes.Buffer
	require.NoError(t, tmpl["task"].ExecuteTemplate(&buf, "layout", layout{Title: evil, Page: d, Banner: &Status{Error: evil}}))
	out := buf.String()
	require.NotContains(t, out, "<script>alert")
	require.NotContains(t, out, "<img src=x")
	require.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	require.Equal(t, 1, strings.Count(out, "<script"), "only the dashboard's own script tag")
}
