package enclave

import (
	"context"
	"crypto/hpke"
	"encoding/json"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
)

// fixKeys replaces a freshly launched enclave's random keys with keys
// derived from label. Every fuzzing process (the coordinator and each
// worker) runs a target's setup, and seeds made in one must open in all.
func fixKeys(tb testing.TB, e *Sim, label string) {
	tb.Helper()
	signer, err := crypto.ToECDSA(crypto.Keccak256([]byte("memo-compute/enclave/fuzz/signer/" + label)))
	require.NoError(tb, err)
	hk, err := hpkeKEM().DeriveKeyPair([]byte("memo-compute/enclave/fuzz/hpke/" + label))
	require.NoError(tb, err)
	e.mu.Lock()
	e.setKeys(signer, hk)
	e.mu.Unlock()
}

// fuzzFederation is two enclaves of one task with fixed keys, a receiving
// and b sending, and what each says in a round.
type fuzzFederation struct {
	a, b       *sealedTransport
	ua, ub     train.Update
	sumA, sumB summary
}

func newFuzzFederation(tb testing.TB) *fuzzFederation {
	tb.Helper()
	mk := func(label string) *Sim {
		e, err := NewSim(testConfig(newMemChain(), nopQuoter{}, testSecret()))
		require.NoError(tb, err)
		fixKeys(tb, e, label)
		return e
	}
	ea, eb := mk("a"), mk("b")
	if eb.address.Cmp(ea.address) < 0 { // a is the hub
		ea, eb = eb, ea
	}
	pa, err := hpkeKEM().NewPublicKey(ea.HPKEPublicKey())
	require.NoError(tb, err)
	pb, err := hpkeKEM().NewPublicKey(eb.HPKEPublicKey())
	require.NoError(tb, err)
	task := common.Hash{0x7a}
	model := common.Hash{0x11}
	return &fuzzFederation{
		a:    &sealedTransport{chainID: 1337, task: task, self: ea.address, signer: ea.signer, key: ea.hpkeKey, peers: map[common.Address]hpke.PublicKey{eb.address: pb}},
		b:    &sealedTransport{chainID: 1337, task: task, self: eb.address, signer: eb.signer, key: eb.hpkeKey, peers: map[common.Address]hpke.PublicKey{ea.address: pa}},
		ua:   train.Update{Round: 1, Records: 10, Loss: 0.5, Epsilon: 0.1, Params: train.Params{1, 2, 3}},
		ub:   train.Update{Round: 1, Records: 20, Loss: 0.25, Epsilon: 0.2, Params: train.Params{4, 5, 6}},
		sumA: summary{Usage: []Usage{{Enclave: ea.address, Dataset: common.Hash{1}, Owner: common.Address{0xa1}, Records: 10, Epsilon: 1}}, ModelHash: model},
		sumB: summary{Usage: []Usage{{Enclave: eb.address, Dataset: common.Hash{2}, Owner: common.Address{0xb1}, Records: 20, Epsilon: 1}}, ModelHash: model},
	}
}

// sealFromB is b's envelope to a (the hub) carrying body (its kind first)
// in round, made by b's own sealing and signing code.
func (f *fuzzFederation) sealFromB(tb testing.TB, round int, body []byte) Envelope {
	tb.Helper()
	e, err := f.b.seal(round, f.a.self, body)
	require.NoError(tb, err)
	return e
}

// round is the carrier round of the usage exchange or of the FedAvg round.
func (f *fuzzFederation) round(usage bool) int {
	if usage {
		return usageRound
	}
	return f.ua.Round
}

// receive hands in to a as what the carrier delivered in the usage
// exchange or the FedAvg round and returns what a accepts.
func (f *fuzzFederation) receive(in Envelope, usage bool) ([]train.Update, []Usage, error) {
	a := *f.a
	a.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{in} }}
	if usage {
		fed, err := a.agree(context.Background(), f.sumA)
		return nil, fed, err
	}
	got, err := a.Exchange(context.Background(), f.ua)
	return got, nil, err
}

// FuzzOpenEnvelope feeds the JSON of arbitrary envelopes, as a hostile
// carrier delivers them, to an enclave in a FedAvg round and in the usage
// exchange. Seeds are b's real envelopes of both. The enclave must refuse
// (ErrPeer) everything but an authentic envelope from b for that round,
// accept nothing but what b sent, and be left able to take b's envelope
// after a refusal.
func FuzzOpenEnvelope(f *testing.F) {
	fx := newFuzzFederation(f)
	body, err := fx.ub.MarshalBinary()
	require.NoError(f, err)
	trainEnv := fx.sealFromB(f, fx.ua.Round, append([]byte{msgUpdate}, body...))
	js, err := json.Marshal(fx.sumB)
	require.NoError(f, err)
	usageEnv := fx.sealFromB(f, usageRound, append([]byte{msgSummary}, js...))

	wantUpdates := []train.Update{fx.ua, fx.ub}
	wantUsage := slices.Concat(fx.sumA.Usage, fx.sumB.Usage)
	slices.SortFunc(wantUsage, func(x, y Usage) int { return x.Dataset.Cmp(y.Dataset) })
	for _, e := range []Envelope{trainEnv, usageEnv} {
		w, err := json.Marshal(e)
		require.NoError(f, err)
		f.Add(w)
		f.Add(w[:len(w)/2])
		f.Add(w[:len(w)-1])
	}
	// b's round 1 envelope presented in round 2, and with a's own address.
	replay := trainEnv
	replay.Round = 2
	w, err := json.Marshal(replay)
	require.NoError(f, err)
	f.Add(w)
	f.Add([]byte(`{"task":"0x7a00000000000000000000000000000000000000000000000000000000000000","round":1,"ciphertext":"0x","signature":"0x"}`))

	f.Fuzz(func(t *testing.T, wire []byte) {
		var e Envelope
		if json.Unmarshal(wire, &e) != nil {
			return
		}
		usage := e.Round == usageRound
		honest := trainEnv
		if usage {
			honest = usageEnv
		}
		got, fed, err := fx.receive(e, usage)
		if err != nil {
			require.ErrorIs(t, err, ErrPeer)
			require.Nil(t, got)
			require.Nil(t, fed)
			// Nothing was consumed: b's envelope still goes through.
			_, _, err := fx.receive(honest, usage)
			require.NoError(t, err, "a refused envelope leaves the enclave unable to take the real one")
			return
		}
		// Accepted: it is an envelope b made for a in this round (not
		// necessarily the one made here: HPKE sealing is randomised and
		// seeds come from the coordinating process), and a got exactly
		// what b sent.
		require.Equal(t, honest.Task, e.Task)
		require.Equal(t, honest.Round, e.Round)
		require.Equal(t, honest.From, e.From)
		require.Equal(t, honest.To, e.To)
		if usage {
			require.Equal(t, wantUsage, fed)
		} else {
			require.Equal(t, wantUpdates, got)
		}
	})
}

// FuzzPeerUpdate feeds arbitrary plaintext, sealed and signed by a peer
// enclave (so it passes the envelope checks, as a faulty peer's would), to
// the decoding of FedAvg updates and of the usage summary. Refusals are
// ErrPeer; an accepted update is for the enclave's round and re-encodes to
// the bytes sent; accepted usage is each enclave's own, ordered by dataset
// and never names a dataset twice.
func FuzzPeerUpdate(f *testing.F) {
	fx := newFuzzFederation(f)
	body, err := fx.ub.MarshalBinary()
	require.NoError(f, err)
	body = append([]byte{msgUpdate}, body...)
	js, err := json.Marshal(fx.sumB)
	require.NoError(f, err)
	js = append([]byte{msgSummary}, js...)
	for usage, real := range map[bool][]byte{false: body, true: js} {
		_, _, err := fx.receive(fx.sealFromB(f, fx.round(usage), real), usage)
		require.NoError(f, err, "b's real message is accepted")
	}
	f.Add(false, body)
	f.Add(false, body[:len(body)-8])
	f.Add(false, body[:len(body)/2])
	f.Add(true, js)
	f.Add(true, js[:len(js)/2])
	f.Add(true, []byte(`s{"usage":[],"modelHash":"0x1100000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add(false, js)
	f.Add(true, body)

	f.Fuzz(func(t *testing.T, usage bool, body []byte) {
		sent := slices.Clone(body)
		got, fed, err := fx.receive(fx.sealFromB(t, fx.round(usage), body), usage)
		if err != nil {
			require.ErrorIs(t, err, ErrPeer)
			require.Nil(t, got)
			require.Nil(t, fed)
			return
		}
		if !usage {
			require.Len(t, got, 2)
			require.Equal(t, fx.ua, got[0])
			require.Equal(t, fx.ua.Round, got[1].Round)
			again, err := got[1].MarshalBinary()
			require.NoError(t, err)
			require.Equal(t, sent[1:], again, "an accepted update has one encoding")
			return
		}
		var s summary
		require.NoError(t, json.Unmarshal(sent[1:], &s))
		require.Equal(t, fx.sumA.ModelHash, s.ModelHash)
		require.Equal(t, fx.sumA.InputCommitment, s.InputCommitment)
		require.NotEmpty(t, s.Usage)
		require.Len(t, fed, len(fx.sumA.Usage)+len(s.Usage))
		for _, u := range fx.sumA.Usage {
			require.Contains(t, fed, u)
		}
		for i, u := range fed {
			require.Contains(t, []common.Address{fx.a.self, fx.b.self}, u.Enclave)
			if i > 0 {
				require.Negative(t, fed[i-1].Dataset.Cmp(u.Dataset), "usage sorted, one entry per dataset")
			}
		}
	})
}
