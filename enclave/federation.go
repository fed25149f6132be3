package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"encoding/binary"
	"encoding/json"
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
	if u.Round == usageRound {
		return nil, fmt.Errorf("%w: round %d is reserved for usage", train.ErrUpdate, usageRound)
	}
	pt, err := u.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("sending round %d: %w", u.Round, err)
	}
	defer clear(pt)
	in, err := t.roundTrip(ctx, u.Round, pt)
	if err != nil {
		return nil, err
	}
	updates := []train.Update{u}
	for _, m := range in {
		var v train.Update
		err := v.UnmarshalBinary(m.body)
		clear(m.body)
		if err != nil {
			return nil, fmt.Errorf("%w: update from %s: %w", ErrPeer, m.from, err)
		}
		if v.Round != u.Round {
			return nil, fmt.Errorf("%w: update from %s is for round %d, not %d", ErrPeer, m.from, v.Round, u.Round)
		}
		updates = append(updates, v)
	}
	return updates, nil
}

// peerMessage is an opened envelope: its verified sender and plaintext.
type peerMessage struct {
	from common.Address
	body []byte
}

// roundTrip seals pt to every peer, signs each envelope, exchanges them
// through the carrier for round and returns the opened messages, exactly
// one from each peer, each checked to be signed by its sender's enclave key.
func (t *sealedTransport) roundTrip(ctx context.Context, round int, pt []byte) ([]peerMessage, error) {
	out := make([]Envelope, 0, len(t.peers))
	for _, addr := range slices.SortedFunc(mapKeys(t.peers), func(a, b common.Address) int { return a.Cmp(b) }) {
		e := Envelope{Task: t.task, Round: round, From: t.self, To: addr}
		var err error
		if e.Ciphertext, err = hpke.Seal(t.peers[addr], hpke.HKDFSHA256(), hpke.AES256GCM(), e.info(t.chainID), pt); err != nil {
			return nil, fmt.Errorf("sealing round %d message for %s: %w", round, addr, err)
		}
		d := e.digest(t.chainID)
		if e.Signature, err = crypto.Sign(d[:], t.signer); err != nil {
			return nil, fmt.Errorf("signing round %d message: %w", round, err)
		}
		out = append(out, e)
	}
	in, err := t.carrier.Exchange(ctx, round, out)
	if err != nil {
		return nil, fmt.Errorf("exchanging round %d: %w", round, err)
	}
	msgs := make([]peerMessage, 0, len(in))
	seen := map[common.Address]bool{}
	for _, e := range in {
		body, err := t.open(e, round)
		if err != nil {
			for _, m := range msgs {
				clear(m.body)
			}
			return nil, err
		}
		if seen[e.From] {
			clear(body)
			return nil, fmt.Errorf("%w: two round %d messages from %s", ErrPeer, round, e.From)
		}
		seen[e.From] = true
		msgs = append(msgs, peerMessage{from: e.From, body: body})
	}
	if len(seen) != len(t.peers) {
		return nil, fmt.Errorf("%w: round %d has messages from %d of %d peers", ErrPeer, round, len(seen), len(t.peers))
	}
	return msgs, nil
}

func (t *sealedTransport) open(e Envelope, round int) ([]byte, error) {
	if _, ok := t.peers[e.From]; !ok || e.To != t.self || e.Task != t.task || e.Round != round {
		return nil, fmt.Errorf("%w: round %d envelope from %s is not for this task, round and enclave", ErrPeer, round, e.From)
	}
	if len(e.Signature) != 65 {
		return nil, fmt.Errorf("%w: bad signature on message from %s", ErrPeer, e.From)
	}
	d := e.digest(t.chainID)
	pub, err := crypto.SigToPub(d[:], e.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != e.From {
		return nil, fmt.Errorf("%w: message from %s not signed by that enclave", ErrPeer, e.From)
	}
	pt, err := hpke.Open(t.key, hpke.HKDFSHA256(), hpke.AES256GCM(), e.info(t.chainID), e.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("%w: message from %s does not decrypt", ErrPeer, e.From)
	}
	return pt, nil
}

// usageRound is the carrier round of the usage exchange that follows
// training (FedAvg rounds are numbered from 1).
const usageRound = 0

// summary is what each enclave of a task tells its peers after training:
// its own usage, the model it ended with and the owner input it started
// from. The envelope's signature makes it the sender enclave's statement.
type summary struct {
	Usage           []Usage     `json:"usage"`
	ModelHash       common.Hash `json:"modelHash"`
	InputCommitment common.Hash `json:"inputCommitment"`
}

// agree exchanges summaries with every peer and returns the federation's
// usage: this enclave's and each peer's, sorted by dataset. It refuses
// (ErrPeer) a peer that claims usage for another enclave, ended with
// another model or started from another owner input, and a dataset used by
// two enclaves (its ε would be charged twice, in two ledgers that cannot
// see each other).
func (t *sealedTransport) agree(ctx context.Context, own summary) ([]Usage, error) {
	fed := slices.Clone(own.Usage)
	if len(t.peers) > 0 {
		pt, err := json.Marshal(own)
		if err != nil {
			return nil, fmt.Errorf("encoding usage: %w", err)
		}
		in, err := t.roundTrip(ctx, usageRound, pt)
		if err != nil {
			return nil, err
		}
		for _, m := range in {
			var s summary
			err := json.Unmarshal(m.body, &s)
			if err != nil {
				return nil, fmt.Errorf("%w: usage from %s: %w", ErrPeer, m.from, err)
			}
			switch {
			case s.ModelHash != own.ModelHash:
				return nil, fmt.Errorf("%w: %s ended with model %s, this enclave with %s", ErrPeer, m.from, s.ModelHash, own.ModelHash)
			case s.InputCommitment != own.InputCommitment:
				return nil, fmt.Errorf("%w: %s started from another owner input", ErrPeer, m.from)
			case len(s.Usage) == 0:
				return nil, fmt.Errorf("%w: %s reports no usage", ErrPeer, m.from)
			}
			for _, u := range s.Usage {
				if u.Enclave != m.from {
					return nil, fmt.Errorf("%w: %s reports usage for enclave %s", ErrPeer, m.from, u.Enclave)
				}
			}
			fed = append(fed, s.Usage...)
		}
	}
	slices.SortFunc(fed, func(a, b Usage) int { return a.Dataset.Cmp(b.Dataset) })
	for i := 1; i < len(fed); i++ {
		if fed[i].Dataset == fed[i-1].Dataset {
			return nil, fmt.Errorf("%w: dataset %s is used by %s and %s", ErrPeer, fed[i].Dataset, fed[i-1].Enclave, fed[i].Enclave)
		}
	}
	return fed, nil
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
