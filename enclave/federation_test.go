package enclave

import (
	"context"
	"crypto/hpke"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
)

// fixedCarrier returns canned envelopes, standing in for a hostile network.
// Envelopes only sent (from empty, a hub's replies) go to sent.
type fixedCarrier struct {
	in   func(out []Envelope) []Envelope
	got  []Envelope
	sent []Envelope
}

func (c *fixedCarrier) Exchange(_ context.Context, _ int, out []Envelope, from []common.Address) ([]Envelope, error) {
	if len(from) == 0 {
		c.sent = append(c.sent, out...)
		return nil, nil
	}
	c.got = out
	return c.in(out), nil
}

// transportPair returns two enclaves' transports of one task, a the hub
// (the lower address) and b the spoke.
func transportPair(t *testing.T) (a, b *sealedTransport) {
	t.Helper()
	mk := func() *Sim {
		e, err := NewSim(testConfig(newMemChain(), nopQuoter{}, testSecret()))
		require.NoError(t, err)
		return e
	}
	ea, eb := mk(), mk()
	if eb.address.Cmp(ea.address) < 0 {
		ea, eb = eb, ea
	}
	pa, err := hpkeKEM().NewPublicKey(ea.HPKEPublicKey())
	require.NoError(t, err)
	pb, err := hpkeKEM().NewPublicKey(eb.HPKEPublicKey())
	require.NoError(t, err)
	task := common.Hash{0x7a}
	a = &sealedTransport{chainID: 1337, task: task, self: ea.address, signer: ea.signer, key: ea.hpkeKey, peers: map[common.Address]hpke.PublicKey{eb.address: pb}}
	b = &sealedTransport{chainID: 1337, task: task, self: eb.address, signer: eb.signer, key: eb.hpkeKey, peers: map[common.Address]hpke.PublicKey{ea.address: pa}}
	return a, b
}

func TestTransportRejectsTampering(t *testing.T) {
	ctx := context.Background()
	a, b := transportPair(t)
	ua := train.Update{Round: 1, Records: 10, Params: train.Params{1, 2, 3}}
	ub := train.Update{Round: 1, Records: 20, Params: train.Params{4, 5, 6}}

	require.False(t, a.Spoke())
	require.True(t, b.Spoke())
	// b's honest envelope for a (the hub), captured from b's side.
	cb := &fixedCarrier{in: func([]Envelope) []Envelope { return nil }}
	b.carrier = cb
	_, _ = b.Exchange(ctx, ub)
	require.Len(t, cb.got, 1)
	honest := cb.got[0]
	require.Equal(t, a.self, honest.To)

	a.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{honest} }}
	got, err := a.Exchange(ctx, ua)
	require.NoError(t, err)
	require.Len(t, got, 2)
	avg, err := train.Average(got)
	require.NoError(t, err)
	require.InDeltaSlice(t, []float64{3, 4, 5}, []float64(avg), 1e-12)

	for _, tc := range []struct {
		name string
		in   func(out []Envelope) []Envelope
	}{
		{"flipped ciphertext bit", func([]Envelope) []Envelope {
			e := honest
			e.Ciphertext = append([]byte(nil), e.Ciphertext...)
			e.Ciphertext[len(e.Ciphertext)-1] ^= 1
			return []Envelope{e}
		}},
		{"replayed into another round", func([]Envelope) []Envelope {
			e := honest
			e.Round = 2
			return []Envelope{e}
		}},
		{"another task", func([]Envelope) []Envelope {
			e := honest
			e.Task = common.Hash{1}
			return []Envelope{e}
		}},
		{"signature by another enclave", func([]Envelope) []Envelope {
			other, err := a.seal(1, b.self, []byte{msgUpdate})
			require.NoError(t, err)
			e := honest
			e.Signature = other.Signature
			return []Envelope{e}
		}},
		{"own envelope reflected back", func([]Envelope) []Envelope {
			e, err := a.seal(1, b.self, []byte{msgUpdate})
			require.NoError(t, err)
			return []Envelope{e}
		}},
		{"peer missing", func([]Envelope) []Envelope { return nil }},
		{"update of another model shape", func([]Envelope) []Envelope {
			short := ub
			short.Params = train.Params{4, 5}
			body, err := short.MarshalBinary()
			require.NoError(t, err)
			e, err := b.seal(1, a.self, append([]byte{msgUpdate}, body...))
			require.NoError(t, err)
			return []Envelope{e}
		}},
		{"duplicate", func([]Envelope) []Envelope { return []Envelope{honest, honest} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ca := &fixedCarrier{in: tc.in}
			a.carrier = ca
			_, err := a.Exchange(ctx, ua)
			require.ErrorIs(t, err, ErrPeer)
			// The hub tells the spoke, which fails at once.
			require.Len(t, ca.sent, 1)
			b.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return ca.sent }}
			_, err = b.Exchange(ctx, ub)
			require.ErrorIs(t, err, ErrPeer)
			require.ErrorContains(t, err, "refused round 1")
		})
	}
}

// TestStarOutcome: the hub's outcome reaches the spoke, which takes it only
// for the update it sent, untampered.
func TestStarOutcome(t *testing.T) {
	ctx := context.Background()
	a, b := transportPair(t)
	ua := train.Update{Round: 1, Records: 10, Params: train.Params{1, 2, 3}}
	ub := train.Update{Round: 1, Records: 20, Params: train.Params{4, 5, 6}}
	cb := &fixedCarrier{in: func([]Envelope) []Envelope { return nil }}
	b.carrier = cb
	_, err := b.Exchange(ctx, ub)
	require.ErrorIs(t, err, ErrPeer, "no answer from the hub")
	up := cb.got[0]

	ca := &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{up} }}
	a.carrier = ca
	got, err := a.Exchange(ctx, ua)
	require.NoError(t, err)
	avg, err := train.Average(got)
	require.NoError(t, err)
	outcome := train.Update{Round: 1, Records: 30, Params: avg}
	require.NoError(t, a.Combined(ctx, outcome))
	require.Len(t, ca.sent, 1)
	answer := ca.sent[0]
	require.Equal(t, b.self, answer.To)

	b.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{answer} }}
	got, err = b.Exchange(ctx, ub)
	require.NoError(t, err)
	require.Equal(t, []train.Update{outcome}, got)

	// The same answer for another update of b's: the hub combined something
	// else than what b sent (a dropped or replaced update).
	other := ub
	other.Params = train.Params{4, 5, 7}
	_, err = b.Exchange(ctx, other)
	require.ErrorIs(t, err, ErrPeer)
	require.ErrorContains(t, err, "not for this enclave's message")

	flipped := answer
	flipped.Ciphertext = append([]byte(nil), answer.Ciphertext...)
	flipped.Ciphertext[0] ^= 1
	b.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{flipped} }}
	_, err = b.Exchange(ctx, ub)
	require.ErrorIs(t, err, ErrPeer)

	// An update of b's presented to b as if it were the hub's answer.
	b.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return []Envelope{up} }}
	_, err = b.Exchange(ctx, ub)
	require.ErrorIs(t, err, ErrPeer)
}

// TestHubRefusesShareWithoutClippedCount: with adaptive clipping every
// share carries its noisy clipped count; a spoke's share without one (or
// with one when the hub's has none) is refused at the hub, which tells the
// spoke at once instead of leaving it waiting for an outcome.
func TestHubRefusesShareWithoutClippedCount(t *testing.T) {
	ctx := context.Background()
	a, b := transportPair(t)
	count := 1.5
	for _, tc := range []struct {
		name   string
		hub    *float64
		spoke  *float64
		reason string
	}{
		{"count missing", &count, nil, "clipped count present: false, want true"},
		{"count not asked for", nil, &count, "clipped count present: true, want false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ua := train.Update{Round: 1, Records: 10, Owners: 2, Params: train.Params{1, 2, 3}, Unclipped: tc.hub}
			ub := train.Update{Round: 1, Records: 20, Owners: 3, Params: train.Params{4, 5, 6}, Unclipped: tc.spoke}
			cb := &fixedCarrier{in: func([]Envelope) []Envelope { return nil }}
			b.carrier = cb
			_, _ = b.Exchange(ctx, ub)
			require.Len(t, cb.got, 1)
			ca := &fixedCarrier{in: func([]Envelope) []Envelope { return cb.got }}
			a.carrier = ca
			_, err := a.Exchange(ctx, ua)
			require.ErrorIs(t, err, ErrPeer)
			require.ErrorContains(t, err, tc.reason)
			require.Len(t, ca.sent, 1, "the hub tells the spoke")
			b.carrier = &fixedCarrier{in: func([]Envelope) []Envelope { return ca.sent }}
			_, err = b.Exchange(ctx, ub)
			require.ErrorContains(t, err, "refused round 1")
		})
	}
}
