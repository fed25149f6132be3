package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// The approval-committee tests each run on a dev chain of their own, so
// that they know every verifier a committee can be drawn from and every
// block that is sealed (no parallel test moves the head).

// committeeNet starts a dev chain whose approval committees have size
// verifiers and returns it with governance's client.
func committeeNet(t *testing.T, size uint8) *devnet.Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.New(ctx, devnet.Config{Accounts: 1, Deploy: chain.DeployConfig{
		MinStakeTEENode: minTEE, MinStakeVerifier: minVerifier, UnbondingDelay: unbondDelay, Market: testMarket, ApprovalCommittee: size,
	}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = net.Close() })
	return net
}

// netStaked returns a fresh account on net staking amount in role.
func netStaked(t *testing.T, net *devnet.Chain, role chain.Role, amount *big.Int) *chain.Client {
	t.Helper()
	c, err := net.NewAccount(testContext(t), oneETH, amount)
	require.NoError(t, err)
	_, err = c.Stake(testContext(t), role, amount)
	require.NoError(t, err)
	return c
}

// netEnclave registers a fresh enclave of op with a measurement governance
// allows, and returns the enclave and the registration's block.
func netEnclave(t *testing.T, net *devnet.Chain, op *chain.Client) (common.Address, uint64) {
	t.Helper()
	ctx := testContext(t)
	m := randomHash(t)
	_, err := net.Governance().SetMeasurementAllowed(ctx, m, true)
	require.NoError(t, err)
	key, enclave := newKey(t)
	rcpt, err := op.RegisterEnclave(ctx, registration(t, op, key, m))
	require.NoError(t, err)
	return enclave, rcpt.BlockNumber.Uint64()
}

// drawnEvent decodes the EnclaveCommitteeDrawn event of a draw's receipt.
func drawnEvent(t *testing.T, rcpt *types.Receipt) *bindings.EnclaveRegistryEnclaveCommitteeDrawn {
	t.Helper()
	for _, l := range rcpt.Logs {
		if ev, err := bindings.NewEnclaveRegistry().UnpackEnclaveCommitteeDrawnEvent(l); err == nil {
			return ev
		}
	}
	require.FailNow(t, "no EnclaveCommitteeDrawn event in the draw's receipt")
	return nil
}

// expectedMembers replays the registry's draw in block drawBlock: the seed
// keccak256(abi.encode(blockhash(seedBlock), registry, enclave, round)),
// sampled by Staking among the round's seat bound, never the operator.
func expectedMembers(t *testing.T, net *devnet.Chain, enclave common.Address, cm chain.EnclaveCommittee, seedBlock uint64) []common.Address {
	t.Helper()
	ctx := testContext(t)
	gov := net.Governance()
	h, err := net.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(seedBlock))
	require.NoError(t, err)
	args := abi.Arguments{{Type: abiType(t, "bytes32")}, {Type: abiType(t, "address")}, {Type: abiType(t, "address")}, {Type: abiType(t, "uint16")}}
	packed, err := args.Pack(h.Hash(), gov.Deployment().EnclaveRegistry, enclave, cm.Round)
	require.NoError(t, err)
	require.Equal(t, crypto.Keccak256Hash(packed), chain.CommitteeSeed(h.Hash(), gov.Deployment().EnclaveRegistry, enclave, cm.Round))
	info, err := gov.Enclave(ctx, enclave)
	require.NoError(t, err)
	size, err := gov.ApprovalCommittee(ctx)
	require.NoError(t, err)
	ids, err := gov.SampleCommittee(ctx, crypto.Keccak256Hash(packed), size, info.Operator, cm.SeatBound)
	require.NoError(t, err)
	members := make([]common.Address, len(ids))
	for i, id := range ids {
		members[i], err = gov.VerifierAt(ctx, id)
		require.NoError(t, err)
	}
	return members
}

func abiType(t *testing.T, name string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(name, "", nil)
	require.NoError(t, err)
	return ty
}

// TestEnclaveCommittee: the committee of a round is drawn from the second
// block after the registration, once, among the verifiers staked when the
// round opened and never the operator; only its members approve, and a
// majority of them activates the enclave.
func TestEnclaveCommittee(t *testing.T) {
	t.Parallel()
	net := committeeNet(t, 3)
	ctx := testContext(t)
	gov := net.Governance()
	var verifiers []*chain.Client
	for range 5 {
		verifiers = append(verifiers, netStaked(t, net, chain.RoleVerifier, minVerifier))
	}
	clientOf := func(a common.Address) *chain.Client {
		for _, v := range verifiers {
			if v.Address() == a {
				return v
			}
		}
		return nil
	}
	op := netStaked(t, net, chain.RoleTEENode, minTEE)
	enclave, registered := netEnclave(t, net, op)

	cm, err := gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.False(t, cm.Drawn)
	require.EqualValues(t, 1, cm.Round)
	require.EqualValues(t, 5, cm.SeatBound, "the five verifiers' seats existed at registration")
	require.Equal(t, registered+2, cm.FirstDrawBlock)

	// The next block (registered+1) seeds the draw: it cannot run in it.
	_, err = gov.DrawEnclaveCommittee(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveDrawTooEarly)
	require.Contains(t, err.Error(), "wait for that block")
	late := netStaked(t, net, chain.RoleVerifier, chain.Tokens(3200)) // 32 seats, after the round opened
	rcpt, err := late.DrawEnclaveCommittee(ctx, enclave)              // anyone draws
	require.NoError(t, err)
	ev := drawnEvent(t, rcpt)
	require.Equal(t, registered+1, ev.SeedBlock)
	cm, err = gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.True(t, cm.Drawn)
	require.Equal(t, expectedMembers(t, net, enclave, chain.EnclaveCommittee{Round: 1, SeatBound: 5}, registered+1), cm.Members)
	require.Equal(t, 2, cm.Majority)
	require.Equal(t, -1, cm.Member(late.Address()), "seats staked after the round opened are never drawn")
	_, err = gov.DrawEnclaveCommittee(ctx, enclave)
	require.ErrorIs(t, err, chain.ErrEnclaveCommitteeAlreadyDrawn)

	for _, v := range append(verifiers, late) {
		if cm.Member(v.Address()) >= 0 {
			continue
		}
		_, err = v.ApproveEnclave(ctx, enclave)
		require.ErrorIs(t, err, chain.ErrNotOnCommittee)
		require.Contains(t, err.Error(), "only drawn members approve")
	}
	_, err = clientOf(cm.Members[0]).ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	active, err := gov.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.False(t, active, "1 of 3 members is no majority")
	rcpt, err = clientOf(cm.Members[1]).ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	info, err := gov.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveActive, info.Status)
	require.EqualValues(t, 2, info.Approvals)
	require.Equal(t, rcpt.BlockNumber.Uint64()+chain.DefaultApprovalPeriod, info.ApprovedUntil)
}

// TestEnclaveCommitteeHeldApprovals: approvals sent before the draw are
// held; the draw counts those of members and may activate the enclave.
func TestEnclaveCommitteeHeldApprovals(t *testing.T) {
	t.Parallel()
	net := committeeNet(t, 3)
	ctx := testContext(t)
	gov := net.Governance()
	var keys []*ecdsa.PrivateKey
	for range 4 {
		k, _ := newKey(t)
		v := gov.As(k)
		_, err := gov.SendETH(ctx, v.Address(), oneETH)
		require.NoError(t, err)
		_, err = gov.TransferMEMO(ctx, v.Address(), minVerifier)
		require.NoError(t, err)
		_, err = v.Stake(ctx, chain.RoleVerifier, minVerifier)
		require.NoError(t, err)
		keys = append(keys, k)
	}
	op := netStaked(t, net, chain.RoleTEENode, minTEE)
	enclave, _ := netEnclave(t, net, op)
	// Every verifier approves with a bare approve transaction (the client's
	// ApproveEnclave would draw the committee after the first).
	reg := bindings.NewEnclaveRegistry()
	data, err := reg.TryPackApprove(enclave)
	require.NoError(t, err)
	for _, k := range keys {
		tx, err := bind.Transact(reg.Instance(net.Backend(), gov.Deployment().EnclaveRegistry), bind.NewKeyedTransactor(k, gov.ChainID()), data)
		require.NoError(t, err)
		rcpt, err := bind.WaitMined(ctx, net.Backend(), tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	}
	info, err := gov.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclavePending, info.Status)
	require.Zero(t, info.Approvals, "held approvals count only once their verifiers are drawn")
	rcpt, err := gov.DrawEnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.EqualValues(t, 3, drawnEvent(t, rcpt).Approvals)
	info, err = gov.Enclave(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, chain.EnclaveActive, info.Status, "the draw counted the members' held approvals")
	require.EqualValues(t, 3, info.Approvals)
}

// TestEnclaveCommitteeStaleSeed: a committee nobody drew while the hash of
// its seed block was readable (256 blocks) is drawn from the block 256
// later, the one the draw's block number fixes; its members approve.
func TestEnclaveCommitteeStaleSeed(t *testing.T) {
	t.Parallel()
	net := committeeNet(t, 3)
	ctx := testContext(t)
	gov := net.Governance()
	var verifiers []*chain.Client
	for range 5 {
		verifiers = append(verifiers, netStaked(t, net, chain.RoleVerifier, minVerifier))
	}
	op := netStaked(t, net, chain.RoleTEENode, minTEE)
	enclave, registered := netEnclave(t, net, op)
	net.Mine(chain.SeedWindow + 40)
	cm, err := gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	rcpt, err := gov.DrawEnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	drawBlock := rcpt.BlockNumber.Uint64()
	ev := drawnEvent(t, rcpt)
	require.Equal(t, registered+1+chain.SeedWindow, ev.SeedBlock, "drawn in block %d, %d blocks after the first seed block", drawBlock, drawBlock-registered-1)
	require.Equal(t, ev.SeedBlock, cm.SeedBlock(drawBlock))
	members := expectedMembers(t, net, enclave, cm, ev.SeedBlock)
	cm, err = gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	require.Equal(t, members, cm.Members)
	approveByCommittee(t, net, enclave, func(a common.Address) *chain.Client {
		for _, v := range verifiers {
			if v.Address() == a {
				return v
			}
		}
		return nil
	})
}
