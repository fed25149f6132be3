package cluster_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/cluster"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/verifier"
)

// honestEvidence returns a copy of every node's published evidence, fetched
// over HTTP as a verifier would.
func evidence(t *testing.T, c *cluster.Cluster) []*nodeapi.Evidence {
	t.Helper()
	ctx := context.Background()
	var evs []*nodeapi.Evidence
	for i := range c.Nodes() {
		ev, err := mustClient(t, c.NodeURL(i), http.DefaultClient).Evidence(ctx, c.Task().ID)
		require.NoError(t, err)
		evs = append(evs, ev)
	}
	return evs
}

// TestVerifierCatchesTampering: each tampering of an honest node's
// published evidence fails the check that covers it, and only that one.
func TestVerifierCatchesTampering(t *testing.T) {
	c, _ := runSmall(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	v := c.Verifiers()[0]
	for _, tc := range []struct {
		name   string
		tamper func(evs []*nodeapi.Evidence)
		check  string
		detail string
		also   string // another check the tampering fails
	}{
		{"ciphertext swapped", func(evs []*nodeapi.Evidence) {
			evs[0].Result.Ciphertext = append([]byte(nil), evs[1].Result.Ciphertext...)
		}, "signature", "output hash does not match", ""},
		{"claim replayed from another enclave", func(evs []*nodeapi.Evidence) {
			evs[0].Result = evs[1].Result
			evs[0].Policies = evs[1].Policies
		}, "signature", "claim names enclave", "lineage, market claim"},
		{"ε inflated in the claim", func(evs []*nodeapi.Evidence) {
			evs[0].Result.Usage[0].Epsilon *= 2
		}, "signature", "is not its own", "ε ledger"},
		{"federation usage inflated", func(evs []*nodeapi.Evidence) {
			evs[0].Result.Federation[len(evs[0].Result.Federation)-1].Records++
		}, "signature", "", "federation, market claim"},
		{"grants block moved before the grants", func(evs []*nodeapi.Evidence) {
			evs[0].Result.GrantsBlock = 1
		}, "signature", "", "lineage, policy, market claim"},
		{"published ε ledger is not the one the claim continues", func(evs []*nodeapi.Evidence) {
			evs[0].Result.PrevLedger.Spent[common.Hash{1}] = 0.5
		}, "ε ledger", "the published ledger's root", ""},
		{"re-execution report withheld", func(evs []*nodeapi.Evidence) {
			evs[0].Reexecution = nil
		}, "spot check", "no re-execution report", ""},
		{"re-execution report forged", func(evs []*nodeapi.Evidence) {
			evs[0].Reexecution.ModelHash = common.Hash{1}
		}, "spot check", "not signed by", ""},
		{"policy not the one granted", func(evs []*nodeapi.Evidence) {
			evs[0].Policies[0].Epsilon++
		}, "policy", "not the one granted on chain", ""},
		{"policy's price floor above the task's price", func(evs []*nodeapi.Evidence) {
			evs[0].Policies[0].MinPricePerRecord = new(big.Int).Lsh(big.NewInt(1), 100)
		}, "policy", "not the one granted on chain", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := evidence(t, c)
			tc.tamper(evs)
			vds, err := v.Check(ctx, c.Task(), evs)
			require.NoError(t, err)
			vd := vds[0]
			require.False(t, vd.Pass)
			require.ErrorIs(t, vd.Err(), verifier.ErrVerification)
			for _, ch := range vd.Checks {
				if ch.Name == tc.check {
					require.False(t, ch.OK)
					require.Contains(t, ch.Detail, tc.detail)
				} else if ch.Name != "re-execution" && !strings.Contains(tc.also, ch.Name) {
					require.True(t, ch.OK, "%s: %s", ch.Name, ch.Detail)
				}
			}
		})
	}
	t.Run("manifest in the store re-signed by another key", func(t *testing.T) {
		// Whoever can write to the store (the node's host, a storage
		// provider) swaps an owner's manifest for one it signed itself.
		store := cluster.Store(c)
		ds := vault.ID(evidence(t, c)[0].Result.Usage[0].Dataset)
		m, err := vault.LoadManifest(ctx, store, ds)
		require.NoError(t, err)
		orig, err := m.MarshalIndent()
		require.NoError(t, err)
		forger, err := crypto.GenerateKey()
		require.NoError(t, err)
		h := m.SigningHash()
		sig, err := crypto.Sign(h[:], forger) // Manifest.Sign would refuse a key not the owner's
		require.NoError(t, err)
		sig[crypto.RecoveryIDOffset] += 27
		m.Signature = sig
		forged, err := m.MarshalIndent()
		require.NoError(t, err)
		put := func(b []byte) {
			require.NoError(t, store.Put(ctx, vault.ManifestName(ds), bytes.NewReader(b), int64(len(b))))
		}
		put(forged)
		defer put(orig)
		vds, err := v.Check(ctx, c.Task(), evidence(t, c))
		require.NoError(t, err)
		require.False(t, vds[0].Pass)
		i := slices.IndexFunc(vds[0].Checks, func(ch verifier.Check) bool { return ch.Name == "lineage" })
		require.GreaterOrEqual(t, i, 0)
		require.False(t, vds[0].Checks[i].OK)
		require.Contains(t, vds[0].Checks[i].Detail, "signed by")
	})
	t.Run("untampered honest evidence passes", func(t *testing.T) {
		vds, err := v.Check(ctx, c.Task(), evidence(t, c))
		require.NoError(t, err)
		require.True(t, vds[0].Pass, vds[0].Reason())
		require.NoError(t, vds[0].Err())
	})
}

// TestNodeAPIRefuses: the node API answers bad requests with a 4xx and a
// reason, and changes nothing.
func TestNodeAPIRefuses(t *testing.T) {
	c, _ := runSmall(t)
	ctx := context.Background()
	url := c.NodeURL(0)
	other := *c.Task()
	other.Assignments = other.Assignments[1:]
	other.ID = other.Hash()
	stranger, err := crypto.GenerateKey()
	require.NoError(t, err)
	owner := mustClient(t, url, nil).WithSigner(cluster.CompanyAccount(c))
	for _, tc := range []struct {
		name string
		do   func() error
		want string
	}{
		{"unknown result", func() error {
			_, err := mustClient(t, url, nil).Evidence(ctx, common.Hash{1})
			return err
		}, "404"},
		{"task that does not assign this enclave", func() error {
			return mustClient(t, url, nil).SendTask(ctx, &other)
		}, "not assigned"},
		{"sealed input without the owner's signature", func() error {
			return mustClient(t, url, nil).SendInput(ctx, &enclave.SealedInput{Task: c.Task().ID, Enclave: c.Nodes()[0].Enclave(), Ciphertext: []byte{1}})
		}, "HTTP 401"},
		{"sealed input signed by a stranger", func() error {
			return mustClient(t, url, nil).WithSigner(stranger).SendInput(ctx, &enclave.SealedInput{Task: c.Task().ID, Enclave: c.Nodes()[0].Enclave(), Ciphertext: []byte{1}})
		}, "not by the task's owner"},
		{"sealed input for another enclave", func() error {
			return owner.SendInput(ctx, &enclave.SealedInput{Task: c.Task().ID, Enclave: common.Address{4}, Ciphertext: []byte{1}})
		}, "HTTP 400"},
		{"sealed input for an unknown task", func() error {
			return owner.SendInput(ctx, &enclave.SealedInput{Task: common.Hash{5}, Enclave: c.Nodes()[0].Enclave(), Ciphertext: []byte{1}})
		}, "404"},
		{"replayed signed request", func() error {
			body := []byte(`{}`)
			req, err := http.NewRequest(http.MethodPost, url+nodeapi.TasksPath+"/"+c.Task().ID.Hex()+"/input", bytes.NewReader(body))
			require.NoError(t, err)
			require.NoError(t, nodeapi.SignRequest(req, body, cluster.CompanyAccount(c), time.Now()))
			for range 2 {
				req.Body = io.NopCloser(bytes.NewReader(body))
				resp, err := http.DefaultClient.Do(req)
				require.NoError(t, err)
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusUnauthorized {
					return errors.New(string(b))
				}
			}
			return nil
		}, "used before"},
		{"grant for another enclave", func() error {
			g := &grant.Grant{ChainID: 1337, Contract: common.Address{1}, Dataset: common.Hash{2}, Owner: common.Address{3},
				Enclave: common.Address{4}, Policy: grant.Policy{Kinds: []string{"train/softmax"}, Epsilon: 1}, Expiry: 1,
				WrappedKey: []byte{1}, Signature: make([]byte, 65)}
			_, err := mustClient(t, url, nil).SendGrant(ctx, g)
			return err
		}, "HTTP 400"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.do()
			require.Error(t, err)
			require.True(t, strings.Contains(err.Error(), tc.want) || (tc.want == "404" && strings.Contains(err.Error(), "not found")), err.Error())
		})
	}
}

// TestRevocationAfterRunKeepsHonestResult: a data owner who revokes its
// grant after the enclave ran does not fail the honest result, which is
// judged at the block its claim says the enclave read the grants at.
// Judging at the verifier's head (the old rule) fails it.
func TestRevocationAfterRunKeepsHonestResult(t *testing.T) {
	c, rep := runSmall(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	evs := evidence(t, c)
	honest := slices.IndexFunc(rep.NodeReports, func(n cluster.NodeReport) bool { return n.Passed })
	require.GreaterOrEqual(t, honest, 0, "the run has an honest result")
	i := slices.IndexFunc(evs, func(ev *nodeapi.Evidence) bool { return ev.Result.Enclave == rep.NodeReports[honest].Enclave })
	r := evs[i].Result
	used := r.Usage[0].Dataset
	u := c.Users()[slices.IndexFunc(c.Users(), func(u *cluster.User) bool { return u.Dataset() == used })]
	client := cluster.UserClient(u)
	// Users grant through their node's relay and hold no ETH: give this
	// one gas to act on chain itself.
	require.NoError(t, c.Devnet().Governance().Fund(ctx, []common.Address{u.Address()}, big.NewInt(1e17), nil))
	before, err := client.GrantOf(ctx, used, r.Enclave)
	require.NoError(t, err)
	_, err = client.Revoke(ctx, used, r.Enclave)
	require.NoError(t, err)
	t.Cleanup(func() { // leave the shared cluster's grants as they were
		_, err := client.Grant(context.Background(), used, r.Enclave, before.PolicyHash, before.Expiry)
		require.NoError(t, err)
	})
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	active, err := client.GrantActive(ctx, used, r.Enclave, head)
	require.NoError(t, err)
	require.False(t, active, "revoked at head")
	require.Less(t, r.GrantsBlock, head)

	vds, err := c.Verifiers()[0].Check(ctx, c.Task(), evs)
	require.NoError(t, err)
	require.True(t, vds[i].Pass, "judged at grants block %d, before the revocation: %s", r.GrantsBlock, vds[i].Reason())
}

// TestNodeKeepsGrantOnChain: a grant already registered on chain (handed
// again, or registered by its owner) is kept without relaying it twice: the
// node answers with no transaction, where relaying it again would revert on
// its spent nonce.
func TestNodeKeepsGrantOnChain(t *testing.T) {
	c, _ := runSmall(t)
	u := c.Users()[0]
	g := cluster.UserGrant(u)
	require.NotNil(t, g)
	r, err := mustClient(t, c.NodeURL(u.Node()), nil).SendGrant(context.Background(), g)
	require.NoError(t, err)
	require.Zero(t, r.Tx, "nothing relayed")
}
