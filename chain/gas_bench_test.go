package chain_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// BenchmarkGas prints the gas table of the staking, registry and grant
// operations and of TaskMarket's ε-ledger advance and re-execution report
// and of the settlement of one result (replication 1, unbatched) that was
// selected for re-execution, without and with a reported re-executor (on
// the market dev chain): gas/op is the receipt's gas used (the same on every run),
// ns/op the client's wall time per transaction on the in-process chain
// (estimate, sign, send, seal, receipt).
func BenchmarkGas(b *testing.B) {
	type op struct {
		name string
		// prepare runs untimed and returns the timed transaction.
		prepare func(b *testing.B) func() (*types.Receipt, error)
	}
	ops := []op{
		{"memo-transfer", func(b *testing.B) func() (*types.Receipt, error) {
			c := newAccount(b, chain.Tokens(10))
			return func() (*types.Receipt, error) {
				return c.TransferMEMO(testContext(b), randomAddress(b), chain.Tokens(1))
			}
		}},
		{"memo-approve", func(b *testing.B) func() (*types.Receipt, error) {
			c := newAccount(b, nil)
			return func() (*types.Receipt, error) {
				return c.ApproveMEMO(testContext(b), c.Deployment().Staking, chain.Tokens(1))
			}
		}},
		{"stake-first", func(b *testing.B) func() (*types.Receipt, error) {
			c := approvedAccount(b, minTEE)
			return func() (*types.Receipt, error) { return c.Stake(testContext(b), chain.RoleTEENode, minTEE) }
		}},
		{"stake-top-up", func(b *testing.B) func() (*types.Receipt, error) {
			c := approvedAccount(b, new(big.Int).Add(minTEE, chain.Tokens(1)))
			_, err := c.Stake(testContext(b), chain.RoleTEENode, minTEE)
			require.NoError(b, err)
			return func() (*types.Receipt, error) { return c.Stake(testContext(b), chain.RoleTEENode, chain.Tokens(1)) }
		}},
		{"request-unbond", func(b *testing.B) func() (*types.Receipt, error) {
			c := stakedAccount(b, chain.RoleVerifier)
			return func() (*types.Receipt, error) { return c.RequestUnbond(testContext(b), minVerifier) }
		}},
		{"withdraw", func(b *testing.B) func() (*types.Receipt, error) {
			c := stakedAccount(b, chain.RoleVerifier)
			_, err := c.RequestUnbond(testContext(b), minVerifier)
			require.NoError(b, err)
			dev.Mine(unbondDelay)
			return func() (*types.Receipt, error) { return c.Withdraw(testContext(b)) }
		}},
		{"slash", func(b *testing.B) func() (*types.Receipt, error) {
			s := benchSlasher(b)
			op := stakedAccount(b, chain.RoleTEENode)
			return func() (*types.Receipt, error) {
				return s.Slash(testContext(b), op.Address(), chain.Tokens(10), common.Address{0xbe})
			}
		}},
		{"register-enclave", func(b *testing.B) func() (*types.Receipt, error) {
			registryPool(b) // staked verifiers: the registration stores a non-zero seat bound
			c := stakedAccount(b, chain.RoleTEENode)
			key, _ := newKey(b)
			r := registration(b, c, key, allowedMeasurement(b))
			return func() (*types.Receipt, error) { return c.RegisterEnclave(testContext(b), r) }
		}},
		{"approve-enclave-held", func(b *testing.B) func() (*types.Receipt, error) {
			// Before the draw: the approval is held (ApproveEnclave then
			// draws; the gas is the approval's).
			registryPool(b)
			_, enclave := newPendingEnclave(b)
			v := stakedAccount(b, chain.RoleVerifier)
			return func() (*types.Receipt, error) { return v.ApproveEnclave(testContext(b), enclave) }
		}},
		{"draw-enclave-committee", func(b *testing.B) func() (*types.Receipt, error) {
			registryPool(b)
			_, enclave := newPendingEnclave(b)
			cm, err := dev.Governance().EnclaveCommittee(testContext(b), enclave)
			require.NoError(b, err)
			dev.Mine(2)
			require.GreaterOrEqual(b, headBlock(b, dev.Governance()), cm.FirstDrawBlock)
			return func() (*types.Receipt, error) { return dev.Governance().DrawEnclaveCommittee(testContext(b), enclave) }
		}},
		{"approve-enclave", func(b *testing.B) func() (*types.Receipt, error) {
			// A member's approval after the draw, below the majority.
			enclave, cm := drawnEnclave(b)
			v := devClient(cm.Members[0])
			return func() (*types.Receipt, error) { return v.ApproveEnclave(testContext(b), enclave) }
		}},
		{"approve-enclave-activating", func(b *testing.B) func() (*types.Receipt, error) {
			enclave, cm := drawnEnclave(b)
			_, err := devClient(cm.Members[0]).ApproveEnclave(testContext(b), enclave)
			require.NoError(b, err)
			v := devClient(cm.Members[1])
			return func() (*types.Receipt, error) { return v.ApproveEnclave(testContext(b), enclave) }
		}},
		{"reattest-enclave", func(b *testing.B) func() (*types.Receipt, error) {
			op, enclave := activeEnclave(b)
			evidence, collateral := randomHash(b), randomHash(b)
			return func() (*types.Receipt, error) {
				return op.ReattestEnclave(testContext(b), enclave, evidence, collateral)
			}
		}},
		{"deregister-enclave", func(b *testing.B) func() (*types.Receipt, error) {
			op, enclave := newPendingEnclave(b)
			return func() (*types.Receipt, error) { return op.DeregisterEnclave(testContext(b), enclave) }
		}},
		{"grant", func(b *testing.B) func() (*types.Receipt, error) {
			_, enclave := activeEnclave(b)
			owner := newAccount(b, nil)
			return func() (*types.Receipt, error) {
				return owner.Grant(testContext(b), ownedDataset(b, owner.Address()), enclave, randomHash(b), 1<<40)
			}
		}},
		{"grant-again", func(b *testing.B) func() (*types.Receipt, error) {
			// The owner's second grant (nonce slot warm) of a pair already
			// granted: the older grant goes to history.
			_, enclave := activeEnclave(b)
			owner := newAccount(b, nil)
			dataset := ownedDataset(b, owner.Address())
			_, err := owner.Grant(testContext(b), dataset, enclave, randomHash(b), 1<<40)
			require.NoError(b, err)
			return func() (*types.Receipt, error) {
				return owner.Grant(testContext(b), dataset, enclave, randomHash(b), 1<<40)
			}
		}},
		{"grant-second-dataset", func(b *testing.B) func() (*types.Receipt, error) {
			// The owner's second grant (nonce slot warm), of a fresh pair.
			_, enclave := activeEnclave(b)
			owner := newAccount(b, nil)
			_, err := owner.Grant(testContext(b), ownedDataset(b, owner.Address()), enclave, randomHash(b), 1<<40)
			require.NoError(b, err)
			return func() (*types.Receipt, error) {
				return owner.Grant(testContext(b), ownedDataset(b, owner.Address()), enclave, randomHash(b), 1<<40)
			}
		}},
		{"grant-with-sig", func(b *testing.B) func() (*types.Receipt, error) {
			_, enclave := activeEnclave(b)
			relayer := newAccount(b, nil)
			key, addr := newKey(b)
			msg := chain.GrantMessage{DatasetID: ownedDataset(b, addr), Enclave: enclave, PolicyHash: randomHash(b), Expiry: 1 << 40, Nonce: new(big.Int), Deadline: 1 << 40}
			digest, err := chain.GrantDigest(relayer.ChainID(), relayer.Deployment().DataGrants, msg)
			require.NoError(b, err)
			sig := signDigest(b, digest, key)
			return func() (*types.Receipt, error) { return relayer.GrantWithSig(testContext(b), addr, msg, sig) }
		}},
		{"advance-ledger-first", func(b *testing.B) func() (*types.Receipt, error) {
			// An enclave's first ε-ledger root (its slot was zero).
			relay, a, sig := ledgerAdvance(b, false)
			return func() (*types.Receipt, error) { return relay.AdvanceLedger(testContext(b), a, sig) }
		}},
		{"advance-ledger", func(b *testing.B) func() (*types.Receipt, error) {
			// An advance from a root a claim or an earlier advance set: the
			// case of an enclave at work.
			relay, a, sig := ledgerAdvance(b, true)
			return func() (*types.Receipt, error) { return relay.AdvanceLedger(testContext(b), a, sig) }
		}},
		{"report-reexecution", func(b *testing.B) func() (*types.Receipt, error) {
			// The first report of a selected result (its record slot was zero).
			fx := reexecFixture(b)
			id := fx.selected(b)
			r, sig := reexecReport(b, fx.re.key, id, 0, mhash(b))
			return func() (*types.Receipt, error) {
				return fx.re.op.ReportReexecution(testContext(b), fx.re.enclave, r, sig)
			}
		}},
		{"finalize-selected-unreported", func(b *testing.B) func() (*types.Receipt, error) {
			fx := reexecFixture(b)
			id := fx.selected(b)
			mJudge(b, id, 0, mAll(true))
			return func() (*types.Receipt, error) { return fx.owner.Finalize(testContext(b), id) }
		}},
		{"finalize-selected-unreported-fail", func(b *testing.B) func() (*types.Receipt, error) {
			fx := reexecFixture(b)
			id := fx.selected(b)
			mJudge(b, id, 0, mAll(false))
			return func() (*types.Receipt, error) { return fx.owner.Finalize(testContext(b), id) }
		}},
		{"finalize-reexecuted-pass", func(b *testing.B) func() (*types.Receipt, error) {
			// The re-executor's operator has no earnings yet: its pay word is new.
			fx := reexecFixture(b)
			id := fx.reported(b)
			mJudge(b, id, 0, mAll(true))
			return func() (*types.Receipt, error) { return fx.owner.Finalize(testContext(b), id) }
		}},
		{"finalize-reexecuted-fail", func(b *testing.B) func() (*types.Receipt, error) {
			fx := reexecFixture(b)
			id := fx.reported(b)
			mJudge(b, id, 0, mAll(false))
			return func() (*types.Receipt, error) { return fx.owner.Finalize(testContext(b), id) }
		}},
		{"revoke", func(b *testing.B) func() (*types.Receipt, error) {
			_, enclave := activeEnclave(b)
			owner := newAccount(b, nil)
			dataset := ownedDataset(b, owner.Address())
			_, err := owner.Grant(testContext(b), dataset, enclave, randomHash(b), 1<<40)
			require.NoError(b, err)
			return func() (*types.Receipt, error) { return owner.Revoke(testContext(b), dataset, enclave) }
		}},
	}
	for _, o := range ops {
		b.Run(o.name, func(b *testing.B) {
			var gas uint64
			for b.Loop() {
				b.StopTimer()
				run := o.prepare(b)
				b.StartTimer()
				rcpt, err := run()
				require.NoError(b, err)
				gas = rcpt.GasUsed
			}
			b.ReportMetric(float64(gas), "gas/op")
		})
	}
}

// approvedAccount holds amount MEMO and has approved Staking for it.
// drawnEnclave registers an enclave on dev and draws its committee (of
// verifiers the tests can drive: dev's committees are drawn from accounts
// newAccount created).
func drawnEnclave(b *testing.B) (common.Address, chain.EnclaveCommittee) {
	registryPool(b)
	_, enclave := newPendingEnclave(b)
	cm, err := dev.Governance().EnclaveCommittee(testContext(b), enclave)
	require.NoError(b, err)
	dev.Mine(1)
	_, err = dev.Governance().DrawEnclaveCommittee(testContext(b), enclave)
	require.NoError(b, err)
	cm, err = dev.Governance().EnclaveCommittee(testContext(b), enclave)
	require.NoError(b, err)
	for _, m := range cm.Members {
		require.NotNil(b, devClient(m), "member %s", m)
	}
	return enclave, cm
}

func approvedAccount(b *testing.B, amount *big.Int) *chain.Client {
	c := newAccount(b, amount)
	_, err := c.ApproveMEMO(testContext(b), c.Deployment().Staking, amount)
	require.NoError(b, err)
	return c
}

// ledgerAdvance returns a relayer and an enclave-signed ledger advance of a
// fresh enclave: from its zero root, or (again) from a root an earlier
// advance set.
func ledgerAdvance(b *testing.B, again bool) (*chain.Client, chain.LedgerAdvance, []byte) {
	relay := newAccount(b, nil)
	key, enclave := newKey(b)
	sign := func(a chain.LedgerAdvance) []byte {
		sig, err := chain.SignLedgerAdvance(key, relay.ChainID(), relay.Deployment().TaskMarket, a)
		require.NoError(b, err)
		return sig
	}
	a := chain.LedgerAdvance{Enclave: enclave, LedgerRoot: randomHash(b)}
	if again {
		_, err := relay.AdvanceLedger(testContext(b), a, sign(a))
		require.NoError(b, err)
		a = chain.LedgerAdvance{Enclave: enclave, PrevLedgerRoot: a.LedgerRoot, LedgerRoot: randomHash(b)}
	}
	return relay, a, sign(a)
}

// reexecBench is a node, a re-executing node of another operator and a task
// owner on the market dev chain.
type reexecBench struct {
	node, re marketNode
	owner    *chain.Client
	m        common.Hash
}

func reexecFixture(b *testing.B) reexecBench {
	m := mhash(b)
	owner := mAccount(b, chain.Tokens(1000))
	_, err := owner.ApproveMEMO(testContext(b), owner.Deployment().TaskMarket, chain.Tokens(1000))
	require.NoError(b, err)
	return reexecBench{node: newMarketNode(b, m), re: newMarketNode(b, m), owner: owner, m: m}
}

// selected publishes a task that asks for re-execution, submits its result
// and draws its committee.
func (fx reexecBench) selected(b *testing.B) uint64 {
	spec := mSpec(b, fx.m, fx.node)
	spec.Reexecute = true
	id, _, err := fx.owner.Publish(testContext(b), spec)
	require.NoError(b, err)
	fx.node.submit(b, id, fx.m, mhash(b))
	mDraw(b, id, 0)
	return id
}

// reported is selected with the re-execution reported.
func (fx reexecBench) reported(b *testing.B) uint64 {
	id := fx.selected(b)
	r, sig := reexecReport(b, fx.re.key, id, 0, mhash(b))
	_, err := fx.re.op.ReportReexecution(testContext(b), fx.re.enclave, r, sig)
	require.NoError(b, err)
	return id
}

var benchSlasherClient *chain.Client

func benchSlasher(b *testing.B) *chain.Client {
	if benchSlasherClient == nil {
		s := newAccount(b, nil)
		_, err := dev.Governance().GrantSlasher(testContext(b), s.Address())
		require.NoError(b, err)
		benchSlasherClient = s
	}
	return benchSlasherClient
}

func newKey(b testing.TB) (*ecdsa.PrivateKey, common.Address) {
	k, err := crypto.GenerateKey()
	require.NoError(b, err)
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// BenchmarkDevnetStart measures NewDevnet: chain start, deployment of every
// contract and funding of ten dev accounts.
func BenchmarkDevnetStart(b *testing.B) {
	for b.Loop() {
		d, err := devnet.New(testContext(b), devnet.Config{})
		require.NoError(b, err)
		require.NoError(b, d.Close())
	}
}
