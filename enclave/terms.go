package enclave

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/chain"
)

// ErrTaskTerms is returned when the terms a host hands the enclave with a
// task are not the task's on chain (market tasks) or not signed by the
// owner they name (off-market tasks). Nothing is admitted or charged.
var ErrTaskTerms = errors.New("task terms do not match the chain")

// MarketTerms is what the enclave reads of a TaskMarket task through its
// ChainView: every term it applies to a market task comes from here, never
// from the host.
type MarketTerms struct {
	Open          bool
	Owner         common.Address
	Measurement   common.Hash
	ResultKeyHash common.Hash
	// PricePerRecord is the task's floor on the users' part of each result
	// per record, Replication its number of results: a record is paid at
	// least PricePerRecord × Replication when every result passes.
	PricePerRecord *big.Int
	Replication    uint8
	// UsersShare is the users' part of one result share.
	UsersShare *big.Int
}

// offMarketDomain labels an owner's signature over an off-market task.
const offMarketDomain = "memo-compute/enclave/off-market-task/v1"

// OffMarketDigest is what the owner of an off-market task signs: keccak256
// of the domain, the chain id, the task id and the hash of the result key
// outputs are encrypted to.
func OffMarketDigest(chainID uint64, taskID common.Hash, resultKey []byte) common.Hash {
	kh := chain.ResultKeyHash(resultKey)
	return crypto.Keccak256Hash([]byte(offMarketDomain), binary.BigEndian.AppendUint64(nil, chainID), taskID[:], kh[:])
}

// SignOffMarket signs an off-market task as its owner (key is Owner's
// account key), binding the result key to the owner.
func SignOffMarket(key *ecdsa.PrivateKey, chainID uint64, task *Task) error {
	d := OffMarketDigest(chainID, task.ID, task.ResultKey)
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return fmt.Errorf("signing off-market task: %w", err)
	}
	task.Owner, task.OwnerSignature = crypto.PubkeyToAddress(key.PublicKey), sig
	return nil
}

// terms returns the task with the terms the enclave applies to it.
//
// A market task's owner, result key, price and users' share come from
// TaskMarket: the task must be open on this deployment's market, for this
// enclave's measurement, and the result key the host hands over must be the
// one whose hash the task names, so the output is encrypted to its owner
// and nobody else.
//
// An off-market task escrows nothing: its price and users' share are zero
// (a grant whose policy sets a price floor refuses it), and its owner is
// the account that signed the task id and result key (OffMarketDigest), so
// a grant that names its task owners admits nobody else; unsigned, it has
// no owner.
func (s *Sim) terms(ctx context.Context, task *Task) (*Task, error) {
	if task == nil {
		return nil, fmt.Errorf("%w: nil task", ErrWorkload)
	}
	t := *task
	if t.Market == (common.Address{}) {
		t.PricePerRecord, t.UsersShare = new(big.Int), new(big.Int)
		owner, err := offMarketOwner(s.cfg.ChainID, task)
		if err != nil {
			return nil, err
		}
		t.Owner = owner
		return &t, nil
	}
	if t.Market != s.cfg.TaskMarket {
		return nil, fmt.Errorf("%w: market %s is not this deployment's TaskMarket %s", ErrTaskTerms, t.Market, s.cfg.TaskMarket)
	}
	mt, err := s.cfg.Chain.MarketTask(ctx, t.MarketID)
	if err != nil {
		return nil, fmt.Errorf("%w: reading market task %d: %w", ErrChain, t.MarketID, err)
	}
	switch {
	case !mt.Open:
		return nil, fmt.Errorf("%w: market task %d is not open", ErrTaskTerms, t.MarketID)
	case mt.Measurement != s.measurement:
		return nil, fmt.Errorf("%w: market task %d runs measurement %s, this enclave is %s", ErrTaskTerms, t.MarketID, mt.Measurement, s.measurement)
	case chain.ResultKeyHash(t.ResultKey) != mt.ResultKeyHash:
		return nil, fmt.Errorf("%w: the result key handed over is not the one market task %d names (%s)", ErrTaskTerms, t.MarketID, mt.ResultKeyHash.TerminalString())
	}
	t.Owner = mt.Owner
	t.PricePerRecord = new(big.Int).Mul(bigOrZero(mt.PricePerRecord), big.NewInt(int64(mt.Replication)))
	t.UsersShare = new(big.Int).Set(bigOrZero(mt.UsersShare))
	return &t, nil
}

// offMarketOwner is the account that signed an off-market task, zero when
// it carries no signature.
func offMarketOwner(chainID uint64, task *Task) (common.Address, error) {
	if len(task.OwnerSignature) == 0 {
		return common.Address{}, nil
	}
	d := OffMarketDigest(chainID, task.ID, task.ResultKey)
	pub, err := crypto.SigToPub(d[:], task.OwnerSignature)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: owner signature: %w", ErrTaskTerms, err)
	}
	if a := crypto.PubkeyToAddress(*pub); a != task.Owner {
		return common.Address{}, fmt.Errorf("%w: the task is signed by %s, not by its owner %s", ErrTaskTerms, a, task.Owner)
	}
	return task.Owner, nil
}

func bigOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
