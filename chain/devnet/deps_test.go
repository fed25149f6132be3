package devnet_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCapabilitiesLinkNoNode checks the seam this package exists for: the
// packages that run inside or next to an enclave link the chain client, not
// an Ethereum node. go-ethereum's node, eth (full node, sync, catalyst),
// p2p stack, miner, consensus engines and state database must not be among
// their dependencies. The one p2p package go-ethereum's rpc client itself
// imports, p2p/netutil (IP address helpers), is allowed.
func TestCapabilitiesLinkNoNode(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command("go", "list", "-deps", "../../enclave", "../../grant", "..").CombinedOutput()
	require.NoError(t, err, "%s", out)
	const geth = "github.com/ethereum/go-ethereum/"
	forbidden := []string{"node", "eth", "p2p", "miner", "consensus", "core/state", "core/vm", "triedb", "ethdb/pebble"}
	var bad []string
	for _, pkg := range strings.Fields(string(out)) {
		rel, ok := strings.CutPrefix(pkg, geth)
		if !ok || rel == "p2p/netutil" {
			continue
		}
		for _, f := range forbidden {
			if rel == f || strings.HasPrefix(rel, f+"/") {
				bad = append(bad, pkg)
			}
		}
	}
	require.Empty(t, bad, "enclave, grant and chain must not link an Ethereum node: move the import behind chain/devnet")
	// The whole node (this package) does link them: the check can fail.
	out, err = exec.Command("go", "list", "-deps", ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, strings.Fields(string(out)), geth+"node")
}
