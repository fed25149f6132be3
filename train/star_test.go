package train

import (
	"context"
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// starNet is an in-process Star of k participants, participant 0 the hub.
type starNet struct {
	k    int
	up   chan Update   // spokes → hub
	down []chan Update // hub → spoke i
}

type starEnd struct {
	n *starNet
	i int
}

func newStar(k int) []starEnd {
	n := &starNet{k: k, up: make(chan Update, k), down: make([]chan Update, k)}
	ends := make([]starEnd, k)
	for i := range ends {
		n.down[i] = make(chan Update, 1)
		ends[i] = starEnd{n, i}
	}
	return ends
}

func (e starEnd) Participants() int { return e.n.k }
func (e starEnd) Spoke() bool       { return e.i != 0 }

func (e starEnd) Exchange(ctx context.Context, u Update) ([]Update, error) {
	u.Params = slices.Clone(u.Params)
	if e.i == 0 {
		all := []Update{u}
		for range e.n.k - 1 {
			select {
			case v := <-e.n.up:
				all = append(all, v)
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return all, nil
	}
	e.n.up <- u
	select {
	case o := <-e.n.down[e.i]:
		return []Update{o}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (e starEnd) Combined(_ context.Context, o Update) error {
	for i := 1; i < e.n.k; i++ {
		c := o
		c.Params = slices.Clone(o.Params)
		e.n.down[i] <- c
	}
	return nil
}

// TestStarMatchesFullExchange: three participants through a Star (the hub
// combines, the spokes adopt its outcome) end with the bit-identical model,
// records and ε of the same federation through a Hub, where each
// participant combines every update itself; at record level (DP-SGD) and at
// user level (DP-FedAvg), with and without adaptive clipping (the spokes
// move their clip norm by the hub's outcome).
func TestStarMatchesFullExchange(t *testing.T) {
	tr, _ := digits(t)
	all := owners(tr, 30, 20)
	fed := [][]Slice{all[:10], all[10:20], all[20:]}
	seeds := []NoiseSeed{{1}, {2}, {3}}
	record := Spec{Model: Softmax, Features: 64, Classes: 10, Rounds: 3, Epochs: 1, Batch: 32, LR: 0.5, Momentum: 0.9, Seed: 1,
		DP: &DP{Clip: 1, Delta: 1e-5, Epsilon: 4}}
	for name, s := range map[string]Spec{"record level": record, "user level": userSpec(3, 1, 0.5), "user level, adaptive clipping": adaptiveSpec(3, 1, 0.5, 0.5, 2)} {
		t.Run(name, func(t *testing.T) {
			want, err := Train(context.Background(), s, fed, Options{Noise: seeds})
			require.NoError(t, err)
			ends := newStar(len(fed))
			got := make([]*Result, len(fed))
			errs := make([]error, len(fed))
			var wg sync.WaitGroup
			for i, sl := range fed {
				p, err := NewParticipant(s, sl)
				require.NoError(t, err)
				wg.Go(func() { got[i], errs[i] = p.Run(context.Background(), ends[i], Options{Noise: seeds[i : i+1]}) })
			}
			wg.Wait()
			for i, r := range got {
				require.NoError(t, errs[i])
				require.Equal(t, want.Model.Params.Hash(), r.Model.Params.Hash(), "participant %d", i)
				require.Equal(t, want.Records, r.Records)
				require.Equal(t, want.Owners, r.Owners)
				require.Equal(t, want.Epsilon, r.Epsilon)
				for j, m := range r.Rounds {
					require.Equal(t, want.Rounds[j].Clip, m.Clip, "participant %d, round %d: the clip norm", i, j+1)
				}
			}
		})
	}
}

// TestStarSpokeRefusesABadOutcome: a spoke takes one outcome of its round
// and its model's shape, nothing else.
func TestStarSpokeRefusesABadOutcome(t *testing.T) {
	for _, tc := range []struct {
		name    string
		updates []Update
	}{
		{"none", nil},
		{"two", []Update{{Round: 1, Params: Params{1, 2}}, {Round: 1, Params: Params{1, 2}}}},
		{"another round", []Update{{Round: 2, Params: Params{1, 2}}}},
		{"another shape", []Update{{Round: 1, Params: Params{1}}}},
		{"not finite", []Update{{Round: 1, Params: Params{1, math.NaN()}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := adoptOutcome(tc.updates, 1, 2)
			require.ErrorIs(t, err, ErrUpdate)
		})
	}
	p, err := adoptOutcome([]Update{{Round: 1, Params: Params{1, 2}}}, 1, 2)
	require.NoError(t, err)
	require.Equal(t, Params{1, 2}, p)
}
