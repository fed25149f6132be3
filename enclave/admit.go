package enclave

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// admit decides whether grant g may be used for a task described (for its
// policy) by task, and unwraps the dataset key if so. It refuses, before
// anything is decrypted, unless: the grant is well formed and for this
// deployment; it names this enclave; it is signed by its owner (EIP-712);
// the chain's head is before its expiry; DataGrants holds it active with the
// same owner, policy hash and expiry, and not revoked; and the task satisfies
// its policy given the ε already spent. Refusals wrap the grant package's
// sentinels (ErrMalformed, ErrWrongDeployment, ErrWrongEnclave,
// ErrBadSignature, ErrExpired, ErrRevoked, ErrNotActive, ErrPolicy,
// ErrUnwrap) or ErrChain / ErrWorkload.
func (s *Sim) admit(ctx context.Context, task grant.Task, g *grant.Grant) ([]byte, error) {
	if g == nil {
		return nil, grant.ErrMalformed
	}
	head, err := s.cfg.Chain.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	}
	recs, err := s.grantRecords(ctx, []common.Hash{g.Dataset}, head)
	if err != nil {
		return nil, err
	}
	return s.admitAt(ctx, task, g, head, recs[0])
}

// grantRecords reads the grants of datasets to this enclave in force at
// block head, one record per dataset (ChainView.GrantsAt); errors wrap
// ErrChain.
func (s *Sim) grantRecords(ctx context.Context, datasets []common.Hash, head uint64) ([]GrantRecord, error) {
	recs, err := s.cfg.Chain.GrantsAt(ctx, datasets, s.Address(), head)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	}
	if len(recs) != len(datasets) {
		return nil, fmt.Errorf("%w: %d grant records for %d datasets", ErrChain, len(recs), len(datasets))
	}
	return recs, nil
}

// admitAt is admit with the chain's head block and the grant's record on
// chain at that block (rec: ChainView.GrantsAt) read by the caller, one
// read for a batch of grants.
func (s *Sim) admitAt(ctx context.Context, task grant.Task, g *grant.Grant, head uint64, rec GrantRecord) ([]byte, error) {
	if g == nil {
		return nil, grant.ErrMalformed
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if g.ChainID != s.cfg.ChainID || g.Contract != s.cfg.DataGrants {
		return nil, fmt.Errorf("%w: grant is for chain %d contract %s", grant.ErrWrongDeployment, g.ChainID, g.Contract)
	}
	self := s.Address()
	if g.Enclave != self {
		return nil, fmt.Errorf("%w: grant names %s, this enclave is %s", grant.ErrWrongEnclave, g.Enclave, self)
	}
	if err := g.VerifySignature(); err != nil {
		return nil, err
	}
	if head >= g.Expiry {
		return nil, fmt.Errorf("%w: expired at block %d, head is %d", grant.ErrExpired, g.Expiry, head)
	}
	switch {
	case rec.GrantedBlock == 0:
		return nil, fmt.Errorf("%w: not registered in DataGrants", grant.ErrNotActive)
	case rec.RevokedBlock != 0 && head >= rec.RevokedBlock:
		return nil, fmt.Errorf("%w: at block %d", grant.ErrRevoked, rec.RevokedBlock)
	case rec.Owner != g.Owner:
		return nil, fmt.Errorf("%w: chain says the dataset owner is %s", grant.ErrNotActive, rec.Owner)
	case rec.PolicyHash != g.Policy.Hash() || rec.Expiry != g.Expiry:
		return nil, fmt.Errorf("%w: chain holds another policy or expiry for this grant", grant.ErrNotActive)
	case !rec.Active(head):
		return nil, fmt.Errorf("%w: DataGrants.isActive is false at block %d", grant.ErrNotActive, head)
	}
	if task.Kind != s.cfg.Workload.Kind {
		return nil, fmt.Errorf("%w: task kind %q, enclave runs %q", ErrWorkload, task.Kind, s.cfg.Workload.Kind)
	}
	s.mu.Lock()
	err := g.Policy.Check(task, s.ledger.Spent(ledgerUser(g.Dataset)))
	key := s.hpkeKey
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	// Unwrapped outside the lock: the grants of a task are admitted in
	// parallel.
	dek, err := grant.UnwrapKey(key, g.WrappedKey, g.Binding())
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.used = true
	s.mu.Unlock()
	return dek, nil
}

// forget erases the keys admitted for a task.
func (s *Sim) forget(taskID common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.admitted[taskID] {
		clear(a.dek)
	}
	delete(s.admitted, taskID)
}
