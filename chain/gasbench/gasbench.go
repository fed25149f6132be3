// Package gasbench measures the gas of memo-compute's hot on-chain paths —
// settling a result, voting, claiming payouts, relaying grants — on an
// embedded dev chain (chain/devnet), through the real chain client. Every
// figure is the gas used of the receipts of transactions it sends; nothing is
// estimated or taken from elsewhere. It is what `memoc bench`'s gas rows and
// the Go gas benchmarks in chain and bench run.
//
// A Bench owns its chain: every verifier staked on it is one of its accounts,
// so it can make any committee member it draws vote. It logs nothing.
package gasbench

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// Stakes and market parameters of a Bench's chain.
var (
	minStakeTEE      = chain.Tokens(1000)
	minStakeVerifier = chain.Tokens(100)
	market           = chain.MarketConfig{MaxDuration: 200, MaxVotingWindow: 200, RevealWindow: 100, ClaimPeriod: 100}
	split            = chain.Split{UsersBps: 6000, NodesBps: 3000, VerifiersBps: 1000}
	oneETH           = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

// poolSize verifiers of 1,000 MEMO (10 seats each) are staked before the
// first task, so that every committee of 3 can be drawn.
const poolSize = 6

// Bench is a dev chain with a staked verifier pool, and the accounts that
// drive it. Its methods are not safe for concurrent use.
type Bench struct {
	net    *devnet.Chain
	funder *chain.Client
	// clients holds every account the Bench created, by address.
	clients   map[common.Address]*chain.Client
	commitSeq uint64
}

// New starts a dev chain (committees of 3, registry quorum 1) and stakes
// its verifier pool. Close it when done.
func New(ctx context.Context) (*Bench, error) {
	net, err := devnet.New(ctx, devnet.Config{
		Accounts: 2,
		Deploy: chain.DeployConfig{
			MinStakeTEENode: minStakeTEE, MinStakeVerifier: minStakeVerifier, UnbondingDelay: 500, Quorum: 1, Market: market,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("starting the gas bench chain: %w", err)
	}
	b := &Bench{net: net, funder: net.Governance().As(devnet.Key(1)), clients: map[common.Address]*chain.Client{}}
	for range poolSize {
		if _, err := b.verifier(ctx, chain.Tokens(1000)); err != nil {
			net.Close()
			return nil, fmt.Errorf("staking the verifier pool: %w", err)
		}
	}
	return b, nil
}

// Close stops the chain.
func (b *Bench) Close() error { return b.net.Close() }

// Chain returns the dev chain.
func (b *Bench) Chain() *devnet.Chain { return b.net }

// account returns a client for a fresh account holding 1 ETH and memo MEMO.
func (b *Bench) account(ctx context.Context, memo *big.Int) (*chain.Client, error) {
	c, err := b.net.NewAccount(ctx, oneETH, memo)
	if err != nil {
		return nil, err
	}
	b.clients[c.Address()] = c
	return c, nil
}

func (b *Bench) verifier(ctx context.Context, stake *big.Int) (*chain.Client, error) {
	v, err := b.account(ctx, stake)
	if err != nil {
		return nil, err
	}
	_, err = v.Stake(ctx, chain.RoleVerifier, stake)
	return v, err
}

// client returns the client of an account the Bench created.
func (b *Bench) client(a common.Address) (*chain.Client, error) {
	c, ok := b.clients[a]
	if !ok {
		return nil, fmt.Errorf("committee member %s is not an account of the gas bench", a)
	}
	return c, nil
}

func (b *Bench) head(ctx context.Context) (uint64, error) { return b.funder.BlockNumber(ctx) }

// mineTo mines until the head is at least block. A transaction that must
// run after block X needs the head at X+1: its gas is estimated at the head.
func (b *Bench) mineTo(ctx context.Context, block uint64) error {
	h, err := b.head(ctx)
	if err != nil {
		return err
	}
	if h < block {
		b.net.Mine(int(block - h))
	}
	return nil
}

// node is a staked TEE-node operator with one active enclave whose key the
// Bench holds.
type node struct {
	op      *chain.Client
	enclave common.Address
	key     *ecdsa.PrivateKey
}

// newNode stakes a fresh operator (minimum stake plus extra), allows
// measurement m and registers an enclave of it, approved by its committee.
func (b *Bench) newNode(ctx context.Context, m common.Hash, extra *big.Int) (node, error) {
	if _, err := b.net.Governance().SetMeasurementAllowed(ctx, m, true); err != nil {
		return node{}, err
	}
	stake := new(big.Int).Add(minStakeTEE, extra)
	op, err := b.account(ctx, stake)
	if err != nil {
		return node{}, err
	}
	if _, err := op.Stake(ctx, chain.RoleTEENode, stake); err != nil {
		return node{}, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return node{}, err
	}
	r := chain.Registration{Enclave: crypto.PubkeyToAddress(key.PublicKey), HPKEKeyHash: randomHash(), EvidenceHash: randomHash(), CollateralHash: randomHash(), Measurement: m}
	if r.Signature, err = chain.SignRegistration(key, op.ChainID(), op.Deployment().EnclaveRegistry,
		chain.RegistrationMessage{Operator: op.Address(), HPKEKeyHash: r.HPKEKeyHash}); err != nil {
		return node{}, err
	}
	if _, err := op.RegisterEnclave(ctx, r); err != nil {
		return node{}, err
	}
	if err := b.approve(ctx, r.Enclave); err != nil {
		return node{}, fmt.Errorf("approving enclave %s: %w", r.Enclave, err)
	}
	return node{op: op, enclave: r.Enclave, key: key}, nil
}

// approve draws the enclave's approval committee and has its members
// approve until the enclave is active.
func (b *Bench) approve(ctx context.Context, enclave common.Address) error {
	gov := b.net.Governance()
	cm, err := gov.EnclaveCommittee(ctx, enclave)
	if err != nil {
		return err
	}
	if err := b.mineTo(ctx, cm.FirstDrawBlock-1); err != nil {
		return err
	}
	if _, err := gov.DrawEnclaveCommittee(ctx, enclave); err != nil {
		return err
	}
	if cm, err = gov.EnclaveCommittee(ctx, enclave); err != nil {
		return err
	}
	for _, m := range cm.Members[:cm.Majority] {
		v, err := b.client(m)
		if err != nil {
			return err
		}
		if _, err := v.ApproveEnclave(ctx, enclave); err != nil {
			return err
		}
	}
	active, err := gov.EnclaveActive(ctx, enclave)
	if err == nil && !active {
		err = errors.New("still not active after its committee's majority approved")
	}
	return err
}

// claimFor builds and signs node n's result claim for task id with payout
// root root over records records.
func (n node) claimFor(ctx context.Context, id uint64, m, root common.Hash, records uint64) (chain.ResultClaim, []byte, error) {
	head, err := n.op.BlockNumber(ctx)
	if err != nil {
		return chain.ResultClaim{}, nil, err
	}
	prev, err := n.op.LedgerRoot(ctx, n.enclave)
	if err != nil {
		return chain.ResultClaim{}, nil, err
	}
	task, err := n.op.Task(ctx, id)
	if err != nil {
		return chain.ResultClaim{}, nil, err
	}
	c := chain.ResultClaim{
		TaskID: id, OutputHash: randomHash(), LineageRoot: randomHash(), PayoutRoot: root,
		TotalRecords: records, EpsilonSpent: 1_500_000, Measurement: m,
		GrantsBlock: head, ResultKeyHash: task.ResultKeyHash, PrevLedgerRoot: prev, LedgerRoot: randomHash(),
	}
	sig, err := chain.SignResultClaim(n.key, n.op.ChainID(), n.op.Deployment().TaskMarket, c)
	return c, sig, err
}

func randomHash() common.Hash {
	var h common.Hash
	_, _ = rand.Read(h[:]) // crypto/rand.Read never fails (Go 1.24+)
	return h
}

func randomAddress() common.Address { return common.BytesToAddress(randomHash().Bytes()) }

// gasOf returns a receipt's gas as a float64.
func gasOf(r *types.Receipt) float64 { return float64(r.GasUsed) }
