package enclave

import (
	"crypto/hpke"
	"crypto/rand"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

const (
	inputDomain      = "memo-compute/enclave/owner-input/v1"
	commitmentDomain = "memo-compute/enclave/owner-input-commitment/v1"
	inputVersion     = 1
	// MaxInputSize bounds a sealed owner input (the largest model train
	// accepts, encoded, plus the HPKE overhead).
	MaxInputSize = 8*4_000_000 + 4096
)

// OwnerInput is what a task owner gives the enclaves of a task privately:
// the initial model parameters training starts from (a warm start). It
// exists in the clear only at the owner and inside the enclaves; nodes
// carry it sealed (SealedInput) and verifiers see its Commitment.
//
// Hyperparameters are not part of it: they are in the measured train.Spec,
// which data owners consent to in their grants (DP clip, noise, epochs and
// batch decide the ε they pay), so they cannot be private.
type OwnerInput struct {
	// Init is in the layout a result's model has (train.Params acting on
	// raw features).
	Init train.Params
	// Salt hides Init in the commitment, so that a guessable starting
	// point (all zeros, a public checkpoint) cannot be confirmed from it.
	Salt [32]byte
}

// NewOwnerInput returns the input for initial parameters init with a fresh
// random salt.
func NewOwnerInput(init train.Params) (*OwnerInput, error) {
	in := &OwnerInput{Init: init}
	if _, err := rand.Read(in.Salt[:]); err != nil {
		return nil, fmt.Errorf("drawing input salt: %w", err)
	}
	return in, nil
}

// Commitment is keccak256(domain ‖ salt ‖ encoded Init): what the task
// document publishes and every enclave's claim signs, so that all enclaves
// of a task are seen to start from the same parameters and the owner can
// later open it (Init and Salt) to let anyone re-execute.
func (in *OwnerInput) Commitment() common.Hash {
	b, _ := in.Init.MarshalBinary() // cannot fail
	defer clear(b)
	return crypto.Keccak256Hash([]byte(commitmentDomain), in.Salt[:], b)
}

func (in *OwnerInput) marshal() []byte {
	p, _ := in.Init.MarshalBinary() // cannot fail
	defer clear(p)
	b := make([]byte, 0, 1+32+len(p))
	b = append(b, inputVersion)
	b = append(b, in.Salt[:]...)
	return append(b, p...)
}

func parseOwnerInput(b []byte) (*OwnerInput, error) {
	if len(b) < 1+32 || b[0] != inputVersion {
		return nil, fmt.Errorf("%w: bad encoding", ErrInput)
	}
	in := &OwnerInput{}
	copy(in.Salt[:], b[1:33])
	if err := in.Init.UnmarshalBinary(b[33:]); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return in, nil
}

// SealedInput is an OwnerInput HPKE-encrypted to one enclave's attested key
// (ML-KEM-768+X25519, HKDF-SHA256, AES-256-GCM), bound through the HPKE
// info to the chain, the task and that enclave. It is what a node's API
// carries.
type SealedInput struct {
	Task       common.Hash    `json:"task"`
	Enclave    common.Address `json:"enclave"`
	Ciphertext hexutil.Bytes  `json:"ciphertext"`
}

// Hash is keccak256 of the ciphertext; the enclave's claim signs it.
func (s *SealedInput) Hash() common.Hash { return crypto.Keccak256Hash(s.Ciphertext) }

func inputInfo(chainID uint64, task common.Hash, enclave common.Address) []byte {
	b := append([]byte(inputDomain), binary.BigEndian.AppendUint64(nil, chainID)...)
	b = append(b, task[:]...)
	return append(b, enclave[:]...)
}

// SealInput encrypts the owner's input for task to a node's enclave. node
// must come from grant.VerifyNode (attestation, deployment and measurement
// checked, as a data owner does before a grant): the input is encrypted to
// exactly the HPKE key the quote binds, and only that enclave, on that
// chain, for that task, can open it.
func SealInput(node *grant.Node, task common.Hash, in *OwnerInput) (*SealedInput, error) {
	if in == nil {
		return nil, fmt.Errorf("sealing owner input: %w: no input", ErrInput)
	}
	if !node.Verified() {
		return nil, fmt.Errorf("sealing owner input: %w", grant.ErrNodeNotTrusted)
	}
	pk, err := hpkeKEM().NewPublicKey(node.HPKEPublicKey())
	if err != nil {
		return nil, fmt.Errorf("sealing owner input: enclave HPKE key: %w", err)
	}
	pt := in.marshal()
	defer clear(pt)
	ct, err := hpke.Seal(pk, hpke.HKDFSHA256(), hpke.AES256GCM(), inputInfo(node.ChainID(), task, node.Enclave()), pt)
	if err != nil {
		return nil, fmt.Errorf("sealing owner input: %w", err)
	}
	return &SealedInput{Task: task, Enclave: node.Enclave(), Ciphertext: ct}, nil
}

// openInput opens the task's sealed input inside the enclave and checks it
// against the commitment the task names. A task without a commitment takes
// no input (training starts from the spec's seed).
func (s *Sim) openInput(task *Task) (*OwnerInput, error) {
	if task.Input == nil {
		if task.InputCommitment != (common.Hash{}) {
			return nil, fmt.Errorf("%w: the task commits to an owner input but none was given", ErrInput)
		}
		return nil, nil
	}
	if task.InputCommitment == (common.Hash{}) {
		return nil, fmt.Errorf("%w: an owner input for a task that commits to none", ErrInput)
	}
	self := s.Address()
	if task.Input.Task != task.ID || task.Input.Enclave != self {
		return nil, fmt.Errorf("%w: sealed for task %s and enclave %s", ErrInput, task.Input.Task, task.Input.Enclave)
	}
	if len(task.Input.Ciphertext) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrInput, len(task.Input.Ciphertext), MaxInputSize)
	}
	s.mu.Lock()
	key := s.hpkeKey
	s.mu.Unlock()
	pt, err := hpke.Open(key, hpke.HKDFSHA256(), hpke.AES256GCM(), inputInfo(s.cfg.ChainID, task.ID, self), task.Input.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("%w: does not open for this enclave, task and chain", ErrInput)
	}
	defer clear(pt)
	in, err := parseOwnerInput(pt)
	if err != nil {
		return nil, err
	}
	if in.Commitment() != task.InputCommitment {
		return nil, fmt.Errorf("%w: not the input the task commits to", ErrInput)
	}
	return in, nil
}
