package enclave

import (
	"context"
	"crypto/hkdf"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/grant"
)

// The measurement key: how an enclave on a platform without a sealing key
// (TDX) keeps its identity across restarts without trusting its host.
//
// Such an enclave is launched with Config.SharedSealing: its sealing
// secret is a measurement key, held only by enclaves of its measurement,
// and its state is sealed under a key derived from it, the deployment and
// the operator. After a restart the enclave's sealed state is still on
// disk but its key is gone: the fresh enclave asks a live peer of the same
// measurement for it. Both sides attest: the peer gives the key only to an
// enclave whose quote shows its own measurement and binds the HPKE key it
// is sealed to (ShareMeasurementKey), and the restarted enclave adopts a
// key only from a registered enclave of its measurement whose quote binds
// its request (RecoverMeasurementKey). The first enclave of a measurement
// draws the key; every later one, before it seals anything, adopts a
// peer's, so that any live peer can give it back. The key never leaves an
// enclave unencrypted, the host never sees it, and data owners, who grant
// to the enclave's address, need do nothing: the enclave comes back as
// itself and opens its grants. If every enclave of a measurement is down
// at once the key is lost, and with it the sealed state: the node then
// starts as a new enclave and its owners grant again.

const (
	measurementKeyDomain     = "memo-compute/enclave/measurement-key/v1"
	measurementKeyNonce      = "memo-compute/enclave/measurement-key-share/v1"
	measurementSealingDomain = "memo-compute/enclave/measurement-sealing/v1"
)

// KeyShare is a peer enclave's answer to a restarted enclave asking for
// the measurement key: the key sealed to the requester (HPKE to the key
// its quote binds, signed by the peer's enclave key, addressed from the
// peer to the requester under the request's nonce) and the peer's
// attestation over KeyShareNonce of that nonce.
type KeyShare struct {
	Sealed *SealedNoiseSeed   `json:"sealed"`
	Peer   *grant.Attestation `json:"peer"`
}

// KeyShareNonce is the nonce a peer's attestation in a KeyShare is over,
// answering a request over nonce.
func KeyShareNonce(nonce common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte(measurementKeyNonce), nonce[:])
}

// sharedSealingSecret derives the secret an enclave seals its state under
// from the measurement key: bound to the deployment and the operator, so
// that an enclave of the same measurement run by another operator, which
// may hold the same measurement key, cannot open this node's state.
func sharedSealingSecret(key []byte, c *Config) ([]byte, error) {
	info := binary.BigEndian.AppendUint64([]byte(measurementSealingDomain), c.ChainID)
	info = append(append(info, c.Registry[:]...), c.Operator[:]...)
	return hkdf.Key(sha256.New, key, nil, string(info), SealingSecretSize)
}

// ShareMeasurementKey answers a restarted enclave of this measurement that
// asks for the measurement key with its attestation req (over a nonce of
// its choosing; the enclave need not be registered). req must verify with
// Config.VerifyRecovering and show this enclave's measurement; the key is
// sealed to the HPKE key req's quote binds, so only that enclave opens it.
// It fails with ErrConfig unless the enclave runs with SharedSealing, and
// with ErrPeer when req is not an attested enclave of this measurement.
func (s *Sim) ShareMeasurementKey(ctx context.Context, req *grant.Attestation) (*KeyShare, error) {
	if !s.cfg.SharedSealing || s.cfg.VerifyRecovering == nil {
		return nil, fmt.Errorf("sharing the measurement key: %w: the enclave seals under its platform's key (no SharedSealing) or has no Config.VerifyRecovering", ErrConfig)
	}
	if err := s.samePeer(ctx, s.cfg.VerifyRecovering, req); err != nil {
		return nil, fmt.Errorf("sharing the measurement key: %w", err)
	}
	s.mu.Lock()
	self, signer, key := s.address, s.signer, append([]byte(nil), s.shared...)
	s.mu.Unlock()
	defer clear(key)
	if req.Enclave == self {
		return nil, fmt.Errorf("sharing the measurement key: %w: %s is this enclave", ErrPeer, self)
	}
	pk, err := hpkeKEM().NewPublicKey(req.HPKEPublicKey)
	if err != nil {
		return nil, fmt.Errorf("sharing the measurement key: %w: %s: HPKE key: %w", ErrPeer, req.Enclave, err)
	}
	out := &SealedNoiseSeed{Task: req.Nonce, From: self, To: req.Enclave}
	if out.Ciphertext, err = hpke.Seal(pk, hpke.HKDFSHA256(), hpke.AES256GCM(), out.info(measurementKeyDomain, s.cfg.ChainID), key); err != nil {
		return nil, fmt.Errorf("sharing the measurement key: %w", err)
	}
	d := out.digest(measurementKeyDomain, s.cfg.ChainID)
	if out.Signature, err = crypto.Sign(d[:], signer); err != nil {
		return nil, fmt.Errorf("sharing the measurement key: signing: %w", err)
	}
	doc, err := s.Attest(ctx, KeyShareNonce(req.Nonce))
	if err != nil {
		return nil, fmt.Errorf("sharing the measurement key: %w", err)
	}
	s.logInfo("measurement key shared", slog.String("with", req.Enclave.Hex()))
	return &KeyShare{Sealed: out, Peer: doc}, nil
}

// RecoverMeasurementKey adopts the measurement key a peer shared in answer
// to this enclave's request over nonce (its attestation over nonce, which
// the peer's ShareMeasurementKey took): share.Peer must verify with
// Config.VerifyPeer (a registered enclave of this deployment), show this
// enclave's measurement and be over KeyShareNonce(nonce), and the key must
// be sealed from that enclave to this one under nonce, signed by it. The
// enclave then seals under the key (and can open the state it sealed
// under it before a restart, Unseal). It may adopt another peer's key
// until it seals or unseals state or admits a grant (then ErrState:
// its sealing secret is fixed); refusals wrap ErrPeer.
func (s *Sim) RecoverMeasurementKey(ctx context.Context, nonce common.Hash, share *KeyShare) error {
	if !s.cfg.SharedSealing {
		return fmt.Errorf("recovering the measurement key: %w: the enclave seals under its platform's key (no SharedSealing)", ErrConfig)
	}
	if share == nil || share.Sealed == nil || share.Peer == nil {
		return fmt.Errorf("recovering the measurement key: %w: incomplete answer", ErrPeer)
	}
	if share.Peer.Nonce != KeyShareNonce(nonce) || share.Sealed.Task != nonce {
		return fmt.Errorf("recovering the measurement key: %w: the answer is not to this request (nonce)", ErrPeer)
	}
	key, err := s.importFrom(ctx, measurementKeyDomain, share.Sealed, share.Peer)
	if err != nil {
		return fmt.Errorf("recovering the measurement key: %w", err)
	}
	defer clear(key)
	if len(key) != SealingSecretSize {
		return fmt.Errorf("recovering the measurement key: %w: %d bytes", ErrPeer, len(key))
	}
	secret, err := sharedSealingSecret(key, &s.cfg)
	if err != nil {
		return fmt.Errorf("recovering the measurement key: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used || s.sealed {
		clear(secret)
		return fmt.Errorf("recovering the measurement key: %w: the enclave's state is sealed under its key already", ErrState)
	}
	clear(s.shared)
	clear(s.secret)
	s.shared, s.secret = append([]byte(nil), key...), secret
	return nil
}
