package enclave

import (
	"context"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// The enclave's DP-SGD noise: a sealed noise secret drawn at launch, one
// seed per task derived from it, and the seed's only way out, sealed to an
// attested enclave of the same measurement (see "DP-SGD noise" in the
// package documentation).

const (
	noiseSecretSize   = 32
	noiseSeedDomain   = "memo-compute/enclave/dp-noise/v1"
	noiseExportDomain = "memo-compute/enclave/dp-noise-export/v1"
)

// newNoiseSecret draws an enclave's noise secret.
func newNoiseSecret() []byte {
	b := make([]byte, noiseSecretSize)
	_, _ = rand.Read(b) // never fails (crypto/rand.Read crashes the program instead)
	return b
}

// noiseSeed derives task's DP noise seed from the enclave's noise secret.
func (s *Sim) noiseSeed(task common.Hash) (train.NoiseSeed, error) {
	info := binary.BigEndian.AppendUint64([]byte(noiseSeedDomain), s.cfg.ChainID)
	info = append(info, task[:]...)
	s.mu.Lock()
	k, err := hkdf.Key(sha256.New, s.noise, nil, string(info), len(train.NoiseSeed{}))
	s.mu.Unlock()
	if err != nil {
		return train.NoiseSeed{}, fmt.Errorf("deriving the task's noise seed: %w", err)
	}
	defer clear(k)
	return train.NoiseSeed(k), nil
}

// SealedNoiseSeed is one task's DP noise seed on its way from the enclave
// that trained to an enclave that re-executes the task: HPKE-encrypted to
// the recipient's attested key and signed by the sender's enclave key,
// bound to the chain, the task and both enclaves. Nodes carry it; it
// opens only inside the recipient.
type SealedNoiseSeed struct {
	Task       common.Hash    `json:"task"`
	From       common.Address `json:"from"`
	To         common.Address `json:"to"`
	Ciphertext hexutil.Bytes  `json:"ciphertext"`
	Signature  hexutil.Bytes  `json:"signature"`
}

func (n *SealedNoiseSeed) info(domain string, chainID uint64) []byte {
	b := binary.BigEndian.AppendUint64([]byte(domain), chainID)
	b = append(b, n.Task[:]...)
	b = append(b, n.From[:]...)
	return append(b, n.To[:]...)
}

func (n *SealedNoiseSeed) digest(domain string, chainID uint64) common.Hash {
	return crypto.Keccak256Hash(n.info(domain, chainID), crypto.Keccak256(n.Ciphertext))
}

// verifyTwin verifies an attestation document with Config.VerifyPeer and
// requires this enclave's own measurement: only the same code may hold a
// noise seed, and it never lets one out.
func (s *Sim) verifyTwin(ctx context.Context, doc *grant.Attestation) error {
	if s.cfg.VerifyPeer == nil {
		return fmt.Errorf("%w: exchanging noise seeds needs Config.VerifyPeer", ErrConfig)
	}
	return s.samePeer(ctx, s.cfg.VerifyPeer, doc)
}

// ExportNoiseSeed returns the DP noise seed of task sealed to the enclave
// whose attestation document is peer, for re-executing the task there.
// The document is verified inside (Config.VerifyPeer) and must show this
// enclave's measurement, so the seed reaches only the same code, which
// never lets it out; the seed is HPKE-encrypted to the HPKE key the quote
// binds and signed by this enclave's key. The raw seed never leaves.
func (s *Sim) ExportNoiseSeed(ctx context.Context, task common.Hash, peer *grant.Attestation) (*SealedNoiseSeed, error) {
	seed, err := s.noiseSeed(task)
	if err != nil {
		return nil, fmt.Errorf("exporting noise seed: %w", err)
	}
	defer clear(seed[:])
	out, err := s.exportTo(ctx, noiseExportDomain, task, peer, seed[:])
	if err != nil {
		return nil, fmt.Errorf("exporting noise seed: %w", err)
	}
	return out, nil
}

// exportTo seals payload for task to the enclave whose attestation is peer
// (verified inside, with this enclave's measurement) and signs it, bound to
// domain, the chain, the task and both enclaves.
func (s *Sim) exportTo(ctx context.Context, domain string, task common.Hash, peer *grant.Attestation, payload []byte) (*SealedNoiseSeed, error) {
	if err := s.verifyTwin(ctx, peer); err != nil {
		return nil, err
	}
	s.mu.Lock()
	self, signer := s.address, s.signer
	s.mu.Unlock()
	if peer.Enclave == self {
		return nil, fmt.Errorf("%w: %s is this enclave", ErrPeer, self)
	}
	pk, err := hpkeKEM().NewPublicKey(peer.HPKEPublicKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: HPKE key: %w", ErrPeer, peer.Enclave, err)
	}
	out := &SealedNoiseSeed{Task: task, From: self, To: peer.Enclave}
	if out.Ciphertext, err = hpke.Seal(pk, hpke.HKDFSHA256(), hpke.AES256GCM(), out.info(domain, s.cfg.ChainID), payload); err != nil {
		return nil, err
	}
	d := out.digest(domain, s.cfg.ChainID)
	if out.Signature, err = crypto.Sign(d[:], signer); err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	return out, nil
}

// importNoiseSeed opens a seed exported to this enclave by the enclave
// whose attestation document is from: the document must verify and show
// this enclave's measurement, the seed must be addressed from it to this
// enclave on this chain and signed by its enclave key. It is the
// receiving half of ExportNoiseSeed for re-execution, which will train
// with the returned seed in place of its own; until re-execution exists
// nothing calls it but tests, and it stays unexported so that no host call
// can make an enclave train with a seed its host chose.
func (s *Sim) importNoiseSeed(ctx context.Context, in *SealedNoiseSeed, from *grant.Attestation) (train.NoiseSeed, error) {
	pt, err := s.importFrom(ctx, noiseExportDomain, in, from)
	if err != nil {
		return train.NoiseSeed{}, err
	}
	defer clear(pt)
	if len(pt) != len(train.NoiseSeed{}) {
		return train.NoiseSeed{}, fmt.Errorf("importing noise seed: %w: %d bytes", ErrPeer, len(pt))
	}
	return train.NoiseSeed(pt), nil
}

// importFrom opens what the enclave whose attestation is from exported to
// this one under domain (exportTo): the document must verify and show this
// enclave's measurement, the envelope must be addressed from it to this
// enclave on this chain and signed by its enclave key. For a seed it
// returns at least a seed's bytes; the caller clears them.
func (s *Sim) importFrom(ctx context.Context, domain string, in *SealedNoiseSeed, from *grant.Attestation) ([]byte, error) {
	if in == nil {
		return nil, fmt.Errorf("importing from a peer: %w: none given", ErrPeer)
	}
	if err := s.verifyTwin(ctx, from); err != nil {
		return nil, fmt.Errorf("importing from a peer: %w", err)
	}
	s.mu.Lock()
	self, key := s.address, s.hpkeKey
	s.mu.Unlock()
	if in.From != from.Enclave || in.To != self {
		return nil, fmt.Errorf("importing from a peer: %w: sealed from %s to %s, not from %s to this enclave", ErrPeer, in.From, in.To, from.Enclave)
	}
	d := in.digest(domain, s.cfg.ChainID)
	if len(in.Signature) != 65 {
		return nil, fmt.Errorf("importing from a peer: %w: bad signature", ErrPeer)
	}
	pub, err := crypto.SigToPub(d[:], in.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != in.From {
		return nil, fmt.Errorf("importing from a peer: %w: not signed by %s", ErrPeer, in.From)
	}
	pt, err := hpke.Open(key, hpke.HKDFSHA256(), hpke.AES256GCM(), in.info(domain, s.cfg.ChainID), in.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("importing from a peer: %w: does not open for this enclave, task and chain", ErrPeer)
	}
	if len(pt) < len(train.NoiseSeed{}) {
		clear(pt)
		return nil, fmt.Errorf("importing from a peer: %w: %d bytes", ErrPeer, len(pt))
	}
	return pt, nil
}
