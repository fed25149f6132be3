package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/train"
)

const envelopeDomain = "memo-compute/enclave/fedavg/v1"

// Envelope is one FedAvg update from one enclave to another, as the
// (untrusted) nodes carry it: HPKE-encrypted to the recipient enclave's key
// and signed by the sender enclave's key, bound to the task, the round and
// both enclaves.
type Envelope struct {
	Task       common.Hash    `json:"task"`
	Round      int            `json:"round"`
	From       common.Address `json:"from"`
	To         common.Address `json:"to"`
	Ciphertext hexutil.Bytes  `json:"ciphertext"`
	Signature  hexutil.Bytes  `json:"signature"`
}

func (e *Envelope) info(chainID uint64) []byte {
	b := append([]byte(envelopeDomain), binary.BigEndian.AppendUint64(nil, chainID)...)
	b = append(b, e.Task[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(e.Round))
	b = append(b, e.From[:]...)
	return append(b, e.To[:]...)
}

func (e *Envelope) digest(chainID uint64) common.Hash {
	return crypto.Keccak256Hash(e.info(chainID), crypto.Keccak256(e.Ciphertext))
}

// Carrier moves envelopes between the enclaves of a task; it is the node's
// network and is not trusted with anything but delivery. Exchange sends out
// (one envelope per peer) and returns the envelopes addressed to this
// enclave for the same round, one from each peer.
type Carrier interface {
	Exchange(ctx context.Context, round int, out []Envelope) ([]Envelope, error)
}

// Peer is another enclave of the same task whose attestation was verified.
type Peer struct {
	Address       common.Address
	HPKEPublicKey []byte
}

// sealedTransport implements train.Transport between attested enclaves:
// plaintext updates exist only inside the participating enclaves.
type sealedTransport struct {
	chainID uint64
	task    common.Hash
	self    common.Address
	signer  *ecdsa.PrivateKey
	key     hpke.PrivateKey
	peers   map[common.Address]hpke.PublicKey
	carrier Carrier
}

func (t *sealedTransport) Exchange(ctx context.Context, u train.Update) ([]train.Update, error) {
	if len(t.peers) == 0 {
		return []train.Update{u}, nil
	}
	pt, err := u.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("sending round %d: %w", u.Round, err)
	}
	defer clear(pt)
	out := make([]Envelope, 0, len(t.peers))
	for _, addr := range slices.SortedFunc(mapKeys(t.peers), func(a, b common.Address) int { return a.Cmp(b) }) {
		e := Envelope{Task: t.task, Round: u.Round, From: t.self, To: addr}
		if e.Ciphertext, err = hpke.Seal(t.peers[addr], hpke.HKDFSHA256(), hpke.AES256GCM(), e.info(t.chainID), pt); err != nil {
			return nil, fmt.Errorf("sealing round %d update for %s: %w", u.Round, addr, err)
		}
		d := e.digest(t.chainID)
		if e.Signature, err = crypto.Sign(d[:], t.signer); err != nil {
			return nil, fmt.Errorf("signing round %d update: %w", u.Round, err)
		}
		out = append(out, e)
	}
	in, err := t.carrier.Exchange(ctx, u.Round, out)
	if err != nil {
		return nil, fmt.Errorf("exchanging round %d: %w", u.Round, err)
	}
	updates := []train.Update{u}
	seen := map[common.Address]bool{}
	for _, e := range in {
		v, err := t.open(e, u.Round)
		if err != nil {
			return nil, err
		}
		if seen[e.From] {
			return nil, fmt.Errorf("%w: two round %d updates from %s", ErrPeer, u.Round, e.From)
		}
		seen[e.From] = true
		updates = append(updates, v)
	}
	if len(seen) != len(t.peers) {
		return nil, fmt.Errorf("%w: round %d has updates from %d of %d peers", ErrPeer, u.Round, len(seen), len(t.peers))
	}
	return updates, nil
}

func (t *sealedTransport) open(e Envelope, round int) (train.Update, error) {
	if _, ok := t.peers[e.From]; !ok || e.To != t.self || e.Task != t.task || e.Round != round {
		return train.Update{}, fmt.Errorf("%w: round %d envelope from %s is not for this task, round and enclave", ErrPeer, round, e.From)
	}
	if len(e.Signature) != 65 {
		return train.Update{}, fmt.Errorf("%w: bad signature on update from %s", ErrPeer, e.From)
	}
	d := e.digest(t.chainID)
	pub, err := crypto.SigToPub(d[:], e.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != e.From {
		return train.Update{}, fmt.Errorf("%w: update from %s not signed by that enclave", ErrPeer, e.From)
	}
	pt, err := hpke.Open(t.key, hpke.HKDFSHA256(), hpke.AES256GCM(), e.info(t.chainID), e.Ciphertext)
	if err != nil {
		return train.Update{}, fmt.Errorf("%w: update from %s does not decrypt", ErrPeer, e.From)
	}
	defer clear(pt)
	var u train.Update
	if err := u.UnmarshalBinary(pt); err != nil {
		return train.Update{}, fmt.Errorf("%w: update from %s: %w", ErrPeer, e.From, err)
	}
	if u.Round != round {
		return train.Update{}, fmt.Errorf("%w: update from %s is for round %d, not %d", ErrPeer, e.From, u.Round, round)
	}
	return u, nil
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Postbox is an in-process Carrier for the enclaves of one task (tests, the
// in-process cluster). It sees only envelopes. Use For to get each
// enclave's Carrier.
type Postbox struct {
	mu      sync.Mutex
	members []common.Address
	boxes   map[common.Address]map[int][]Envelope
	arrived *sync.Cond
}

// NewPostbox returns a Postbox for the given enclaves.
func NewPostbox(members ...common.Address) *Postbox {
	p := &Postbox{members: slices.Clone(members), boxes: map[common.Address]map[int][]Envelope{}}
	p.arrived = sync.NewCond(&p.mu)
	for _, m := range members {
		p.boxes[m] = map[int][]Envelope{}
	}
	return p
}

// For returns the Carrier of enclave addr.
func (p *Postbox) For(addr common.Address) Carrier { return postboxCarrier{p, addr} }

type postboxCarrier struct {
	p    *Postbox
	self common.Address
}

func (c postboxCarrier) Exchange(ctx context.Context, round int, out []Envelope) ([]Envelope, error) {
	p := c.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.boxes[c.self]; !ok {
		return nil, fmt.Errorf("postbox: %s is not a member", c.self)
	}
	for _, e := range out {
		box, ok := p.boxes[e.To]
		if !ok {
			return nil, fmt.Errorf("postbox: %s is not a member", e.To)
		}
		box[round] = append(box[round], e)
	}
	p.arrived.Broadcast()
	stop := context.AfterFunc(ctx, func() {
		p.mu.Lock()
		p.arrived.Broadcast()
		p.mu.Unlock()
	})
	defer stop()
	want := len(p.members) - 1
	for len(p.boxes[c.self][round]) < want {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("postbox: waiting for round %d: %w", round, err)
		}
		p.arrived.Wait()
	}
	in := p.boxes[c.self][round]
	delete(p.boxes[c.self], round)
	return in, nil
}
