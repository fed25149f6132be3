package enclave_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
)

// TestAttackSealedLedgerRollback: a host seals its enclave's state before a
// task, lets the task spend 4 of a dataset's 4.5 ε budget and submits its
// claim, then restarts the enclave from the old blob, which reads 0 spent.
// Before the ledger root was checked against the chain, a second 4 ε task
// then ran: 8 ε spent against a budget of 4.5. Now the enclave reads the
// root TaskMarket holds for it, sees its state is older, and charges
// nothing (ErrLedgerRollback); restarted from its current state, the
// budget refuses the second task.
func TestAttackSealedLedgerRollback(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 1)
	n := d.newNode(t, ctx)
	owner := newTaskOwner(t)
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(3000))
	require.NoError(t, err)
	owner.addr = company.Address()
	u := d.newUser(t, ctx, d.parts[0])
	const budget = 4.5
	g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, budget), 1000, n.op)

	old, err := n.e.Seal() // nothing spent yet
	require.NoError(t, err)
	first := d.publish(t, ctx, company, owner, n.e.Address())
	require.NoError(t, n.e.UnwrapGrant(ctx, first, input(u, g)))
	res, err := n.e.RunTask(ctx, first, nil)
	require.NoError(t, err)
	spent := res.Usage[0].Epsilon
	require.InDelta(t, 4, spent, 0.01, "the first task spends about 4 of the 4.5 budget")
	_, err = n.op.SubmitResult(ctx, n.e.Address(), *res.MarketClaim, res.MarketSignature)
	require.NoError(t, err)
	onChain, err := n.op.LedgerRoot(ctx, n.e.Address())
	require.NoError(t, err)
	require.Equal(t, res.LedgerRoot, onChain, "the claim moved the enclave's ledger root on chain")
	current, err := n.e.Seal()
	require.NoError(t, err)

	t.Run("restarted from the old blob, the enclave charges nothing", func(t *testing.T) {
		e, err := enclave.NewSim(d.enclaveConfig(n.secret, n.op))
		require.NoError(t, err)
		require.NoError(t, e.Unseal(old))
		require.Equal(t, n.e.Address(), e.Address())
		require.Zero(t, e.Spent(g.Dataset), "the old blob reads 0 spent: the attack's premise")
		second := d.publish(t, ctx, company, owner, e.Address())
		require.NoError(t, e.UnwrapGrant(ctx, second, input(u, g)), "admission sees the old ledger")
		r, err := e.RunTask(ctx, second, nil)
		require.ErrorIs(t, err, enclave.ErrLedgerRollback, "a second %.2f ε task would bring the dataset to %.2f against its %.1f budget", spent, 2*spent, budget)
		require.Nil(t, r, "no result, no model released")
		require.Zero(t, e.Spent(g.Dataset), "nothing charged")
	})
	t.Run("restarted from the current blob, the budget refuses the second task", func(t *testing.T) {
		e, err := enclave.NewSim(d.enclaveConfig(n.secret, n.op))
		require.NoError(t, err)
		require.NoError(t, e.Unseal(current))
		require.Equal(t, spent, e.Spent(g.Dataset))
		second := d.publish(t, ctx, company, owner, e.Address())
		err = e.UnwrapGrant(ctx, second, input(u, g))
		require.ErrorIs(t, err, grant.ErrPolicy, "%.2f spent + %.2f > %.1f", spent, spent, budget)
	})
}

// TestAttackHostReplaysTask: the host admits the same grants again under
// the same market task once its claim is on chain, to have it charged and
// run a second time: refused, nothing charged.
func TestAttackHostReplaysTask(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and trains a model")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 1)
	n := d.newNode(t, ctx)
	owner := newTaskOwner(t)
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(1000))
	require.NoError(t, err)
	owner.addr = company.Address()
	u := d.newUser(t, ctx, d.parts[0])
	g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 20), 1000, n.op)

	task := d.publish(t, ctx, company, owner, n.e.Address())
	require.NoError(t, n.e.UnwrapGrant(ctx, task, input(u, g)))
	res, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	spent := n.e.Spent(g.Dataset)

	// Until the claim is on chain, a re-run (a node that crashed before it
	// submitted) gives the same result and charges nothing more.
	require.NoError(t, n.e.UnwrapGrant(ctx, task, input(u, g)))
	again, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	require.Equal(t, res.ModelHash, again.ModelHash)
	require.Equal(t, res.LedgerRoot, again.LedgerRoot)
	require.Equal(t, spent, n.e.Spent(g.Dataset))

	_, err = n.op.SubmitResult(ctx, n.e.Address(), *res.MarketClaim, res.MarketSignature)
	require.NoError(t, err)
	replay := *task
	replay.ID = common.Hash{0x66} // whatever id the host gives it
	require.NoError(t, n.e.UnwrapGrant(ctx, &replay, input(u, g)))
	_, err = n.e.RunTask(ctx, &replay, nil)
	require.ErrorIs(t, err, enclave.ErrReplay)
	require.Equal(t, spent, n.e.Spent(g.Dataset), "nothing charged twice")
}

// TestAttackHostSwapsResultKey: the host hands the enclave a market task
// with its own result key in place of the owner's, and re-admits the same
// grants under an off-market task that names the owner (or is signed by
// the host). Before the enclave took its terms from the chain, the run
// succeeded and the host decrypted the trained model. Now the market task's
// key must be the one whose hash TaskMarket holds, an off-market task pays
// nothing and belongs to whoever signed it, and the owner's policy (its
// task owners, its price floor) refuses both: nothing admitted, nothing
// charged.
func TestAttackHostSwapsResultKey(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := newDeployment(t, ctx, 1)
	n := d.newNode(t, ctx)
	owner := newTaskOwner(t)
	company, err := d.net.NewAccount(ctx, big.NewInt(1e18), chain.Tokens(1000))
	require.NoError(t, err)
	owner.addr = company.Address()
	u := d.newUser(t, ctx, d.parts[0])
	g := d.grantTo(t, ctx, u, n, d.policy(owner.addr, 20), 1000, n.op)
	host := newTaskOwner(t) // the node's host, with its own HPKE key

	task := d.publish(t, ctx, company, owner, n.e.Address())
	swapped := *task
	swapped.ResultKey = host.key.PublicKey().Bytes()
	require.ErrorIs(t, n.e.UnwrapGrant(ctx, &swapped, input(u, g)), enclave.ErrTaskTerms)
	_, err = n.e.RunTask(ctx, &swapped, nil)
	require.ErrorIs(t, err, enclave.ErrTaskTerms)

	offMarket := swapped
	offMarket.Market, offMarket.MarketID = common.Address{}, 0
	offMarket.ID = common.Hash{0x0f}
	require.ErrorIs(t, n.e.UnwrapGrant(ctx, &offMarket, input(u, g)), grant.ErrPolicy, "unsigned, the task has no owner the policy names")
	hostKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	require.NoError(t, enclave.SignOffMarket(hostKey, d.dep.ChainID, &offMarket))
	require.ErrorIs(t, n.e.UnwrapGrant(ctx, &offMarket, input(u, g)), grant.ErrPolicy, "signed by the host, it is the host's task")
	forged := offMarket
	forged.Owner = owner.addr
	require.ErrorIs(t, n.e.UnwrapGrant(ctx, &forged, input(u, g)), enclave.ErrTaskTerms, "the owner's name without its signature")
	require.Zero(t, n.e.Spent(g.Dataset), "nothing charged")

	// The task as published runs, and only its owner opens the model.
	require.NoError(t, n.e.UnwrapGrant(ctx, task, input(u, g)))
	res, err := n.e.RunTask(ctx, task, nil)
	require.NoError(t, err)
	_, err = enclave.OpenResult(host.key, res)
	require.Error(t, err, "the host cannot open the model")
	owner.open(t, d, res)
}
