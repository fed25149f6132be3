package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// ChainView is the enclave's read-only view of the chain: DataGrants, and
// the ε-ledger root TaskMarket holds for the enclave.
type ChainView interface {
	// LedgerRoot is TaskMarket.ledgerRootOf(enclave).
	LedgerRoot(ctx context.Context, enclave common.Address) (common.Hash, error)
	// MarketTask returns the terms of TaskMarket task id.
	MarketTask(ctx context.Context, id uint64) (MarketTerms, error)
	// BlockNumber returns the current head block.
	BlockNumber(ctx context.Context) (uint64, error)
	// GrantsAt returns, for each of datasets, the grant of it to enclave
	// in force at the end of block atBlock as DataGrants keeps its history
	// (DataGrants.grantsAt; zero GrantedBlock if none had been made by
	// then): out[i] is datasets[i]'s. One call serves a whole batch.
	GrantsAt(ctx context.Context, datasets []common.Hash, enclave common.Address, atBlock uint64) ([]GrantRecord, error)
}

// GrantRecord is what DataGrants stores for a (dataset, enclave) pair.
type GrantRecord struct {
	// Owner is DataGrants.datasetOwner(dataset).
	Owner        common.Address
	PolicyHash   common.Hash
	GrantedBlock uint64
	Expiry       uint64
	RevokedBlock uint64
}

// Active reports whether the grant held at the end of block atBlock
// (DataGrants.isActive).
func (r GrantRecord) Active(atBlock uint64) bool {
	return r.GrantedBlock != 0 && r.GrantedBlock <= atBlock && atBlock < r.Expiry && (r.RevokedBlock == 0 || atBlock < r.RevokedBlock)
}

// Config configures a sim enclave. Every field is required unless its
// comment says otherwise.
type Config struct {
	// ChainID, Registry (the EnclaveRegistry address) and DataGrants (the
	// grants' EIP-712 verifying contract) identify the deployment.
	ChainID    uint64
	Registry   common.Address
	DataGrants common.Address
	// TaskMarket is the deployment's TaskMarket, whose tasks the enclave
	// takes its terms from; zero (optional) takes only off-market tasks.
	TaskMarket common.Address
	// Operator is the account that runs this enclave and registers it in
	// the EnclaveRegistry: the enclave signs its registration for this
	// operator only (SignRegistration) and binds it into every attestation.
	Operator common.Address
	// TLSKeyHash is the SHA-256 of the DER SubjectPublicKeyInfo of the key
	// the node's API serves TLS with, bound into every attestation so that
	// clients can tie the connection to the enclave; zero (optional) while
	// the node serves no TLS of its own.
	TLSKeyHash common.Hash
	// Workload is what the enclave runs; it is part of the measurement.
	Workload Workload
	// SealingSecret is the node's 32-byte sealing secret (the sim stand-in
	// for the CPU's sealing fuse key). Keep it in the node's key store.
	// With SharedSealing it is instead a measurement key drawn afresh.
	SealingSecret []byte
	// SharedSealing is for platforms without a sealing key (TDX): the
	// sealing secret is a measurement key, shared with attested enclaves
	// of the same measurement (ShareMeasurementKey) and recovered from a
	// live one after a restart (RecoverMeasurementKey), and the state is
	// sealed under a key derived from it, the deployment and the operator
	// (keyshare.go). Optional.
	SharedSealing bool
	// VerifyRecovering verifies the attestation of an enclave asking for
	// the measurement key (quote, policy, the report data binding the
	// operator it claims; it need not be registered) and returns its
	// measurement; required to share the key. grant.VerifyNode does this
	// with an Operator that returns the document's.
	VerifyRecovering func(ctx context.Context, doc *grant.Attestation) (common.Hash, error)
	// Platform is what the enclave is launched on: it measures the enclave
	// and quotes its report data (NewSimPlatform for the sim).
	Platform Platform
	// Collateral, if set, returns the PCS collateral (JSON) served with the
	// quote; nil serves none and verifiers must fetch it themselves.
	Collateral func(ctx context.Context) ([]byte, error)
	// Chain is the view of DataGrants used to admit grants.
	Chain ChainView
	// VerifyPeer verifies a peer enclave's attestation document (quote,
	// collateral, policy, report data binding) and returns its measurement;
	// required only for federated tasks. grant.VerifyNode does this.
	VerifyPeer func(ctx context.Context, doc *grant.Attestation) (common.Hash, error)
	// Debug marks the enclave as a debug enclave (the quote's DEBUG
	// attribute); refused unless AllowDebug is also set.
	Debug      bool
	AllowDebug bool
	// Logger receives structured events (never secrets); nil logs nothing.
	Logger *slog.Logger
	// Fault makes the sim misbehave as a compromised TEE would (tests and
	// demos of what the protocol catches); zero everywhere else.
	Fault Fault
}

func (c *Config) validate() error {
	switch {
	case c.ChainID == 0:
		return fmt.Errorf("%w: chain id is zero", ErrConfig)
	case c.Registry == (common.Address{}):
		return fmt.Errorf("%w: registry address is zero", ErrConfig)
	case c.DataGrants == (common.Address{}):
		return fmt.Errorf("%w: DataGrants address is zero", ErrConfig)
	case c.Operator == (common.Address{}):
		return fmt.Errorf("%w: operator address is zero", ErrConfig)
	case len(c.SealingSecret) != SealingSecretSize:
		return fmt.Errorf("%w: sealing secret is %d bytes, want %d", ErrConfig, len(c.SealingSecret), SealingSecretSize)
	case c.Platform == nil:
		return fmt.Errorf("%w: no platform", ErrConfig)
	case c.Chain == nil:
		return fmt.Errorf("%w: no chain view", ErrConfig)
	case c.Debug && !c.AllowDebug:
		return fmt.Errorf("creating enclave: %w (set AllowDebug only on development deployments)", ErrDebug)
	}
	return c.Workload.validate()
}

// Sim is the simulated enclave backend: it runs in the node's process and
// enforces the boundary through its API (see the package documentation).
type Sim struct {
	cfg         Config
	secret      []byte
	shared      []byte      // the measurement key (SharedSealing), guarded by mu
	sealed      bool        // state was sealed or unsealed: the sealing secret is fixed (mu)
	measurement common.Hash // from the platform, at launch
	quoter      Quoter
	log         *slog.Logger

	mu      sync.Mutex
	signer  *ecdsa.PrivateKey
	hpkeKey hpke.PrivateKey
	hpkePub []byte
	address common.Address
	noise   []byte               // the noise secret tasks' DP noise seeds derive from (noise.go)
	ledger  *train.Ledger        // ε spent per dataset under its grant to this enclave
	tasks   map[common.Hash]bool // LedgerTaskKeys of the tasks the ledger charged
	// confirmed is the ledger root the enclave last read on chain; while a
	// task's charges are not yet on chain, pending is that task and base
	// and baseTasks the ledger before it (ledger.go).
	confirmed common.Hash
	pending   common.Hash
	base      []byte
	baseTasks map[common.Hash]bool
	admitted  map[common.Hash]map[common.Hash]*admission
	used      bool
}

// admission is a grant admitted for one task: the unwrapped key stays here.
type admission struct {
	in   Input
	dek  []byte
	task grant.Task
}

// NewSim launches a sim enclave with fresh keys on cfg.Platform, which
// measures it.
func NewSim(cfg Config) (*Sim, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	id, q, err := cfg.Platform.Launch(cfg.Workload, cfg.Debug)
	if err != nil {
		return nil, fmt.Errorf("launching enclave: %w", err)
	}
	m := id.MREnclave
	s := &Sim{
		cfg:         cfg,
		secret:      append([]byte(nil), cfg.SealingSecret...),
		measurement: m,
		quoter:      q,
		log:         cfg.Logger,
		noise:       newNoiseSecret(),
		ledger:      train.NewLedger(),
		tasks:       map[common.Hash]bool{},
		admitted:    map[common.Hash]map[common.Hash]*admission{},
	}
	s.cfg.SealingSecret = nil
	if cfg.SharedSealing {
		s.shared = s.secret
		if s.secret, err = sharedSealingSecret(s.shared, &s.cfg); err != nil {
			return nil, fmt.Errorf("launching enclave: %w", err)
		}
	}
	signer, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generating enclave signing key: %w", err)
	}
	hk, err := hpkeKEM().GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generating enclave HPKE key: %w", err)
	}
	s.setKeys(signer, hk)
	s.logInfo("enclave launched", slog.String("enclave", s.address.Hex()), slog.String("measurement", m.Hex()))
	return s, nil
}

func (s *Sim) setKeys(signer *ecdsa.PrivateKey, hk hpke.PrivateKey) {
	s.signer = signer
	s.hpkeKey = hk
	s.hpkePub = hk.PublicKey().Bytes()
	s.address = crypto.PubkeyToAddress(signer.PublicKey)
}

func (s *Sim) logInfo(msg string, attrs ...slog.Attr) {
	if s.log != nil {
		s.log.LogAttrs(context.Background(), slog.LevelInfo, msg, attrs...)
	}
}

// Address returns the enclave address (of its secp256k1 signing key).
func (s *Sim) Address() common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.address
}

// HPKEPublicKey returns the serialized ML-KEM-768+X25519 public key.
func (s *Sim) HPKEPublicKey() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.hpkePub...)
}

// Measurement returns the enclave's measurement.
func (s *Sim) Measurement() common.Hash { return s.measurement }

// Workload returns the workload the enclave was launched for.
func (s *Sim) Workload() Workload { return s.cfg.Workload }

// Spent returns the ε spent so far on dataset under its grant to this
// enclave (the per-user ledger, kept in sealed state).
func (s *Sim) Spent(dataset common.Hash) float64 {
	return s.ledger.Spent(ledgerUser(dataset))
}

// ledgerUser is the ledger's name for a dataset: budgets are per grant, and
// a grant is per (dataset, enclave).
func ledgerUser(dataset common.Hash) string { return dataset.Hex() }

// sealedState is the plaintext of a sealed blob; it never leaves Sim
// unencrypted.
type sealedState struct {
	Signer    []byte        `json:"signer"`
	HPKE      []byte        `json:"hpke"`
	Noise     []byte        `json:"noise"`
	Ledger    []byte        `json:"ledger"`
	Tasks     []common.Hash `json:"tasks"`
	Confirmed common.Hash   `json:"confirmed"`
	Pending   common.Hash   `json:"pending"`
	Base      []byte        `json:"base,omitempty"`
	BaseTasks []common.Hash `json:"baseTasks,omitempty"`
	Version   int           `json:"version"`
}

// sealedStateVersion is the version of sealedState; 2 added the noise
// secret, 3 the charged tasks and the ledger's chain state.
const sealedStateVersion = 3

// Seal returns the enclave's state (keys, DP noise secret and ε ledger)
// encrypted under the sealing key of its measurement, for the node to
// store.
func (s *Sim) Seal() ([]byte, error) {
	s.mu.Lock()
	hb, err := s.hpkeKey.Bytes()
	if err != nil {
		s.mu.Unlock()
		return nil, fmt.Errorf("sealing: serializing HPKE key: %w", err)
	}
	lb, err := s.ledger.MarshalBinary()
	if err != nil {
		s.mu.Unlock()
		return nil, fmt.Errorf("sealing: encoding ledger: %w", err)
	}
	secret := s.secret
	s.sealed = true
	st := sealedState{Signer: crypto.FromECDSA(s.signer), HPKE: hb, Noise: s.noise, Ledger: lb,
		Tasks: slices.SortedFunc(maps.Keys(s.tasks), common.Hash.Cmp), Confirmed: s.confirmed, Pending: s.pending,
		Base: s.base, BaseTasks: slices.SortedFunc(maps.Keys(s.baseTasks), common.Hash.Cmp), Version: sealedStateVersion}
	pt, err := json.Marshal(st)
	s.mu.Unlock()
	clear(hb)
	clear(st.Signer)
	if err != nil {
		return nil, fmt.Errorf("sealing: %w", err)
	}
	defer clear(pt)
	return seal(secret, s.measurement, pt)
}

// Unseal replaces a freshly launched enclave's keys, DP noise secret and
// ledger with sealed state, so that it re-runs a task to the same model. It
// fails with ErrUnseal when the blob was sealed by another measurement or
// node, and with ErrState once the enclave has admitted a grant. A blob
// older than the chain's record of the ledger unseals, but the enclave
// charges nothing from it (ErrLedgerRollback when a task runs).
func (s *Sim) Unseal(blob []byte) error {
	s.mu.Lock()
	secret := s.secret
	s.mu.Unlock()
	pt, err := unseal(secret, s.measurement, blob)
	if err != nil {
		return err
	}
	defer clear(pt)
	var st sealedState
	if err := json.Unmarshal(pt, &st); err != nil || st.Version != sealedStateVersion {
		return fmt.Errorf("unsealing: %w: bad state encoding", ErrUnseal)
	}
	defer clear(st.Signer)
	defer clear(st.HPKE)
	restored := false
	defer func() {
		if !restored {
			clear(st.Noise)
		}
	}()
	if len(st.Noise) != noiseSecretSize {
		return fmt.Errorf("unsealing: %w: bad noise secret", ErrUnseal)
	}
	signer, err := crypto.ToECDSA(st.Signer)
	if err != nil {
		return fmt.Errorf("unsealing: %w: bad signing key", ErrUnseal)
	}
	hk, err := hpkeKEM().NewPrivateKey(st.HPKE)
	if err != nil {
		return fmt.Errorf("unsealing: %w: bad HPKE key", ErrUnseal)
	}
	ledger := train.NewLedger()
	if err := ledger.UnmarshalBinary(st.Ledger); err != nil {
		return fmt.Errorf("unsealing: %w: bad ledger: %w", ErrUnseal, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used {
		return fmt.Errorf("unsealing: %w", ErrState)
	}
	s.setKeys(signer, hk)
	s.sealed = true
	clear(s.noise)
	s.noise, restored = st.Noise, true
	s.ledger = ledger
	s.tasks, s.baseTasks = setOf(st.Tasks), nil
	if st.Base != nil {
		s.baseTasks = setOf(st.BaseTasks)
	}
	s.confirmed, s.pending, s.base = st.Confirmed, st.Pending, st.Base
	return nil
}

func setOf(hs []common.Hash) map[common.Hash]bool {
	m := make(map[common.Hash]bool, len(hs))
	for _, h := range hs {
		m[h] = true
	}
	return m
}

func hpkeKEM() hpke.KEM { return hpke.MLKEM768X25519() }
