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
type fixedCarrier struct {
	in  func(out []Envelope) []Envelope
	got []Envelope
}

func (c *fixedCarrier) Exchange(_ context.Context, _ int, out []Envelope) ([]Envelope, error) {
	c.got = out
	return c.in(out), nil
}

func transportPair(t *testing.T) (a, b *sealedTransport) {
	t.Helper()
	mk := func() *Sim {
		e, err := NewSim(testConfig(newMemChain(), nopQuoter{}, testSecret()))
		require.NoError(t, err)
		return e
	}
	ea, eb := mk(), mk()
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

	// b's honest envelope for a, captured from b's side.
	cb := &fixedCarrier{in: func([]Envelope) []Envelope { return nil }}
	b.carrier = cb
	_, _ = b.Exchange(ctx, ub)
	require.Len(t, cb.got, 1)
	honest := cb.got[0]

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
		{"signature by the carrier", func(out []Envelope) []Envelope {
			e := honest
			e.Signature = out[0].Signature
			return []Envelope{e}
		}},
		{"own envelope reflected back", func(out []Envelope) []Envelope { return out }},
		{"peer missing", func([]Envelope) []Envelope { return nil }},
		{"duplicate", func([]Envelope) []Envelope { return []Envelope{honest, honest} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a.carrier = &fixedCarrier{in: tc.in}
			_, err := a.Exchange(ctx, ua)
			require.ErrorIs(t, err, ErrPeer)
		})
	}
}
