package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/grant"
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
// and returns the envelopes addressed to this enclave for the same round,
// exactly one from each enclave in from (nothing, at once, when from is
// empty: it only sends).
type Carrier interface {
	Exchange(ctx context.Context, round int, out []Envelope, from []common.Address) ([]Envelope, error)
}

// Peer is another enclave of the same task whose attestation was verified.
type Peer struct {
	Address       common.Address
	HPKEPublicKey []byte
}

// The enclaves of a federation form a star: the one with the lowest
// address, the hub, receives every other enclave's update of a round,
// combines them as every participant of a full exchange would (train.Run
// at the hub) and sends each spoke the round's outcome, so a round moves
// 2(k−1) envelopes among k enclaves instead of k(k−1) (docs/RATIONALE.md,
// "Why a star"). The usage exchange after training goes the same way. Every
// message starts with one of these kinds, so a message of one step is never
// taken for another's.
const (
	msgUpdate  = 'u' // spoke → hub: the spoke's update (train.Update encoding)
	msgOutcome = 'o' // hub → spoke: Keccak-256 of the spoke's msgUpdate as received ‖ the round's outcome
	msgSummary = 's' // spoke → hub: the spoke's summary (JSON)
	msgUsage   = 'f' // hub → spoke: Keccak-256 of the spoke's msgSummary as received ‖ the federation's usage (JSON fedUsage)
	msgRefusal = 'x' // hub → spoke: the hub refused the round; the reason follows
)

// sealedTransport implements train.Transport and train.Star between
// attested enclaves: plaintext updates exist only inside the participating
// enclaves.
type sealedTransport struct {
	chainID uint64
	task    common.Hash
	self    common.Address
	signer  *ecdsa.PrivateKey
	key     hpke.PrivateKey
	peers   map[common.Address]hpke.PublicKey
	carrier Carrier
	// ownerOnce refuses, at the usage exchange, a federation in which an
	// owner contributed more than one dataset (user-level DP).
	ownerOnce bool

	// received is, at the hub, the digest of each spoke's message of the
	// current round, echoed back in the outcome.
	received map[common.Address]common.Hash
}

// hub returns the federation's hub: the lowest enclave address.
func (t *sealedTransport) hub() common.Address {
	h := t.self
	for a := range t.peers {
		if a.Cmp(h) < 0 {
			h = a
		}
	}
	return h
}

// spokes returns the other enclaves in address order (the hub's peers).
func (t *sealedTransport) spokes() []common.Address {
	return slices.SortedFunc(mapKeys(t.peers), func(a, b common.Address) int { return a.Cmp(b) })
}

// Participants implements train.Sized: the enclaves of the federation.
func (t *sealedTransport) Participants() int { return len(t.peers) + 1 }

// Spoke implements train.Star.
func (t *sealedTransport) Spoke() bool { return len(t.peers) > 0 && t.hub() != t.self }

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
	if t.Spoke() {
		body, err := t.askHub(ctx, u.Round, msgUpdate, msgOutcome, pt)
		if err != nil {
			return nil, err
		}
		defer clear(body)
		var o train.Update
		if err := o.UnmarshalBinary(body); err != nil || o.Round != u.Round {
			return nil, fmt.Errorf("%w: the hub's round %d outcome does not decode (round %d): %v", ErrPeer, u.Round, o.Round, err)
		}
		return []train.Update{o}, nil
	}
	in, err := t.gather(ctx, u.Round, msgUpdate)
	if err != nil {
		return nil, err
	}
	updates := []train.Update{u}
	for _, m := range in {
		var v train.Update
		err := v.UnmarshalBinary(m.body)
		clear(m.body)
		switch {
		case err != nil:
		case v.Round != u.Round:
			err = fmt.Errorf("it is for round %d", v.Round)
		case len(v.Params) != len(u.Params) || (v.Owners > 0) != (u.Owners > 0) || !finiteParams(v.Params):
			// What the combination would refuse, refused here so that the
			// spokes hear of it instead of waiting for an outcome.
			err = fmt.Errorf("%d parameters (want %d), %d owners, or not finite", len(v.Params), len(u.Params), v.Owners)
		case (v.Unclipped != nil) != (u.Unclipped != nil):
			err = fmt.Errorf("clipped count present: %t, want %t (adaptive clipping)", v.Unclipped != nil, u.Unclipped != nil)
		}
		if err != nil {
			err = fmt.Errorf("%w: update from %s: %w", ErrPeer, m.from, err)
			t.refuse(ctx, u.Round, err)
			return nil, err
		}
		updates = append(updates, v)
	}
	return updates, nil
}

// Combined implements train.Star: the hub sends each spoke the round's
// outcome, with the digest of the update it got from that spoke, so that a
// spoke whose update was left out or replaced finds out.
func (t *sealedTransport) Combined(ctx context.Context, o train.Update) error {
	if len(t.peers) == 0 {
		return nil
	}
	b, err := o.MarshalBinary()
	if err != nil {
		return err
	}
	defer clear(b)
	return t.reply(ctx, o.Round, msgOutcome, func(common.Address) []byte { return b })
}

// peerMessage is an opened envelope: its verified sender and plaintext
// (without its kind).
type peerMessage struct {
	from common.Address
	body []byte
}

// seal encrypts body to enclave to for round and signs the envelope.
func (t *sealedTransport) seal(round int, to common.Address, body []byte) (Envelope, error) {
	e := Envelope{Task: t.task, Round: round, From: t.self, To: to}
	var err error
	if e.Ciphertext, err = hpke.Seal(t.peers[to], hpke.HKDFSHA256(), hpke.AES256GCM(), e.info(t.chainID), body); err != nil {
		return e, fmt.Errorf("sealing round %d message for %s: %w", round, to, err)
	}
	d := e.digest(t.chainID)
	if e.Signature, err = crypto.Sign(d[:], t.signer); err != nil {
		return e, fmt.Errorf("signing round %d message: %w", round, err)
	}
	return e, nil
}

// exchange sends out through the carrier and returns the opened messages
// of kind from the enclaves in from, exactly one from each, each checked
// to be signed by its sender's enclave key and sealed to this one.
func (t *sealedTransport) exchange(ctx context.Context, round int, out []Envelope, from []common.Address, kinds ...byte) ([]peerMessage, []byte, error) {
	in, err := t.carrier.Exchange(ctx, round, out, from)
	if err != nil {
		return nil, nil, fmt.Errorf("exchanging round %d: %w", round, err)
	}
	msgs := make([]peerMessage, 0, len(in))
	var got []byte
	fail := func(err error) ([]peerMessage, []byte, error) {
		for _, m := range msgs {
			clear(m.body)
		}
		return nil, nil, err
	}
	for _, e := range in {
		if !slices.Contains(from, e.From) {
			return fail(fmt.Errorf("%w: round %d envelope from %s, who has nothing to send here", ErrPeer, round, e.From))
		}
		body, err := t.open(e, round)
		if err != nil {
			return fail(err)
		}
		if slices.ContainsFunc(msgs, func(m peerMessage) bool { return m.from == e.From }) {
			clear(body)
			return fail(fmt.Errorf("%w: two round %d messages from %s", ErrPeer, round, e.From))
		}
		if len(body) == 0 || !slices.Contains(kinds, body[0]) {
			clear(body)
			return fail(fmt.Errorf("%w: round %d message from %s is not of the kind expected", ErrPeer, round, e.From))
		}
		got = append(got, body[0])
		msgs = append(msgs, peerMessage{from: e.From, body: body[1:]})
	}
	if len(msgs) != len(from) {
		return fail(fmt.Errorf("%w: round %d has messages from %d of %d peers", ErrPeer, round, len(msgs), len(from)))
	}
	return msgs, got, nil
}

// askHub sends kind ‖ pt to the hub (a spoke's half of a star round) and
// returns the body of the hub's answer of kind want after checking that it
// echoes the digest of what was sent. A refusal by the hub is ErrPeer.
func (t *sealedTransport) askHub(ctx context.Context, round int, kind, want byte, pt []byte) ([]byte, error) {
	hub := t.hub()
	sent := append([]byte{kind}, pt...)
	defer clear(sent)
	e, err := t.seal(round, hub, sent)
	if err != nil {
		return nil, err
	}
	in, kinds, err := t.exchange(ctx, round, []Envelope{e}, []common.Address{hub}, want, msgRefusal)
	if err != nil {
		return nil, err
	}
	body := in[0].body
	if kinds[0] == msgRefusal {
		return nil, fmt.Errorf("%w: the hub %s refused round %d: %.200q", ErrPeer, hub, round, body)
	}
	if len(body) < common.HashLength || common.BytesToHash(body[:common.HashLength]) != crypto.Keccak256Hash(sent) {
		clear(body)
		return nil, fmt.Errorf("%w: the hub %s's round %d answer is not for this enclave's message", ErrPeer, hub, round)
	}
	return body[common.HashLength:], nil
}

// gather is the hub's half of a star round: it returns the message of kind
// from every spoke and remembers their digests for reply. A spoke's
// failure is refused to all.
func (t *sealedTransport) gather(ctx context.Context, round int, kind byte) ([]peerMessage, error) {
	in, _, err := t.exchange(ctx, round, nil, t.spokes(), kind)
	if err != nil {
		t.refuse(ctx, round, err)
		return nil, err
	}
	t.received = make(map[common.Address]common.Hash, len(in))
	for _, m := range in {
		t.received[m.from] = crypto.Keccak256Hash([]byte{kind}, m.body)
	}
	return in, nil
}

// reply sends each spoke kind ‖ the digest of its message gathered in this
// round ‖ body(spoke).
func (t *sealedTransport) reply(ctx context.Context, round int, kind byte, body func(common.Address) []byte) error {
	out := make([]Envelope, 0, len(t.peers))
	for _, to := range t.spokes() {
		d, ok := t.received[to]
		if !ok {
			return fmt.Errorf("replying in round %d: nothing gathered from %s", round, to)
		}
		msg := append(append([]byte{kind}, d[:]...), body(to)...)
		e, err := t.seal(round, to, msg)
		clear(msg)
		if err != nil {
			return err
		}
		out = append(out, e)
	}
	if _, err := t.carrier.Exchange(ctx, round, out, nil); err != nil {
		return fmt.Errorf("exchanging round %d: %w", round, err)
	}
	return nil
}

// refuse tells every spoke, best effort, that the hub gave up round (so
// they fail at once with the reason instead of waiting for an outcome).
func (t *sealedTransport) refuse(ctx context.Context, round int, reason error) {
	msg := append([]byte{msgRefusal}, reason.Error()...)
	out := make([]Envelope, 0, len(t.peers))
	for _, to := range t.spokes() {
		if e, err := t.seal(round, to, msg); err == nil {
			out = append(out, e)
		}
	}
	_, _ = t.carrier.Exchange(ctx, round, out, nil)
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

// summary is what each enclave of a task tells the hub after training:
// its own usage, the model it ended with and the owner input it started
// from. The envelope's signature makes it the sender enclave's statement.
type summary struct {
	Usage           []Usage     `json:"usage"`
	ModelHash       common.Hash `json:"modelHash"`
	InputCommitment common.Hash `json:"inputCommitment"`
}

// fedUsage is the hub's answer to a summary: the federation's usage and
// the hub's own model and input, for the spoke to compare with its own.
type fedUsage struct {
	Usage           []Usage     `json:"usage"`
	ModelHash       common.Hash `json:"modelHash"`
	InputCommitment common.Hash `json:"inputCommitment"`
}

// agree returns the federation's usage: every enclave's, sorted by dataset.
// The hub gathers the spokes' summaries and refuses (ErrPeer, told to every
// spoke) a spoke that claims usage for another enclave, ended with another
// model or started from another owner input, and a dataset used by two
// enclaves (its ε would be charged twice, in two ledgers that cannot see
// each other); it sends each spoke the federation's usage. A spoke checks
// that the hub ended with its model and input and that the usage holds its
// own exactly and one entry or more of every other enclave.
func (t *sealedTransport) agree(ctx context.Context, own summary) ([]Usage, error) {
	if len(t.peers) == 0 {
		return combineUsage(own.Usage, nil, t.ownerOnce)
	}
	if t.Spoke() {
		return t.agreeSpoke(ctx, own)
	}
	in, err := t.gather(ctx, usageRound, msgSummary)
	if err != nil {
		return nil, err
	}
	fed, err := t.checkSummaries(own, in)
	if err != nil {
		t.refuse(ctx, usageRound, err)
		return nil, err
	}
	b, err := json.Marshal(fedUsage{Usage: fed, ModelHash: own.ModelHash, InputCommitment: own.InputCommitment})
	if err != nil {
		return nil, fmt.Errorf("encoding usage: %w", err)
	}
	if err := t.reply(ctx, usageRound, msgUsage, func(common.Address) []byte { return b }); err != nil {
		return nil, err
	}
	return fed, nil
}

// checkSummaries is the hub's check of the spokes' summaries against its
// own; it returns the federation's usage.
func (t *sealedTransport) checkSummaries(own summary, in []peerMessage) ([]Usage, error) {
	var all []Usage
	for _, m := range in {
		var s summary
		if err := json.Unmarshal(m.body, &s); err != nil {
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
		all = append(all, s.Usage...)
	}
	return combineUsage(own.Usage, all, t.ownerOnce)
}

// agreeSpoke sends the spoke's summary to the hub and checks the
// federation's usage it answers.
func (t *sealedTransport) agreeSpoke(ctx context.Context, own summary) ([]Usage, error) {
	pt, err := json.Marshal(own)
	if err != nil {
		return nil, fmt.Errorf("encoding usage: %w", err)
	}
	body, err := t.askHub(ctx, usageRound, msgSummary, msgUsage, pt)
	if err != nil {
		return nil, err
	}
	hub := t.hub()
	var f fedUsage
	if err := json.Unmarshal(body, &f); err != nil {
		return nil, fmt.Errorf("%w: usage from the hub %s: %w", ErrPeer, hub, err)
	}
	switch {
	case f.ModelHash != own.ModelHash:
		return nil, fmt.Errorf("%w: the hub %s ended with model %s, this enclave with %s", ErrPeer, hub, f.ModelHash, own.ModelHash)
	case f.InputCommitment != own.InputCommitment:
		return nil, fmt.Errorf("%w: the hub %s started from another owner input", ErrPeer, hub)
	}
	var mine, others []Usage
	seen := map[common.Address]bool{}
	for _, u := range f.Usage {
		if _, ok := t.peers[u.Enclave]; !ok && u.Enclave != t.self {
			return nil, fmt.Errorf("%w: the hub %s reports usage for %s, not of this federation", ErrPeer, hub, u.Enclave)
		}
		seen[u.Enclave] = true
		if u.Enclave == t.self {
			mine = append(mine, u)
		} else {
			others = append(others, u)
		}
	}
	ownSorted, _ := combineUsage(own.Usage, nil, false)
	if !slices.Equal(mine, ownSorted) || len(seen) != len(t.peers)+1 {
		return nil, fmt.Errorf("%w: the hub %s's usage does not hold this enclave's own and every enclave's", ErrPeer, hub)
	}
	fed, err := combineUsage(own.Usage, others, t.ownerOnce)
	if err != nil {
		return nil, fmt.Errorf("the hub %s's usage: %w", hub, err)
	}
	if !slices.Equal(fed, f.Usage) {
		return nil, fmt.Errorf("%w: the hub %s's usage is not one entry per dataset in order", ErrPeer, hub)
	}
	return fed, nil
}

// combineUsage returns own and others sorted by dataset, refusing a
// dataset used twice.
func combineUsage(own, others []Usage, ownerOnce bool) ([]Usage, error) {
	fed := slices.Concat(own, others)
	slices.SortFunc(fed, func(a, b Usage) int { return a.Dataset.Cmp(b.Dataset) })
	for i := 1; i < len(fed); i++ {
		if fed[i].Dataset == fed[i-1].Dataset {
			return nil, fmt.Errorf("%w: dataset %s is used by %s and %s", ErrPeer, fed[i].Dataset, fed[i-1].Enclave, fed[i].Enclave)
		}
	}
	if ownerOnce {
		// User-level DP clips each dataset's contribution: an owner with
		// datasets at two enclaves would move the model by twice the
		// bound its ε is computed for.
		by := make(map[common.Address]Usage, len(fed))
		for _, u := range fed {
			if v, ok := by[u.Owner]; ok {
				return nil, fmt.Errorf("%w: owner %s contributed datasets %s (at %s) and %s (at %s) to a user-level task (one dataset per owner in the whole federation)",
					grant.ErrPolicy, u.Owner, v.Dataset, v.Enclave, u.Dataset, u.Enclave)
			}
			by[u.Owner] = u
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

func (c postboxCarrier) Exchange(ctx context.Context, round int, out []Envelope, from []common.Address) ([]Envelope, error) {
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
	if len(from) == 0 {
		return nil, nil
	}
	stop := context.AfterFunc(ctx, func() {
		p.mu.Lock()
		p.arrived.Broadcast()
		p.mu.Unlock()
	})
	defer stop()
	for {
		var in, rest []Envelope
		for _, e := range p.boxes[c.self][round] {
			if slices.Contains(from, e.From) && !slices.ContainsFunc(in, func(x Envelope) bool { return x.From == e.From }) {
				in = append(in, e)
			} else {
				rest = append(rest, e)
			}
		}
		if len(in) == len(from) {
			p.boxes[c.self][round] = rest
			return in, nil
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("postbox: waiting for round %d: %w", round, err)
		}
		p.arrived.Wait()
	}
}

// finiteParams reports whether every parameter is a finite number.
func finiteParams(p train.Params) bool {
	for _, v := range p {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
