package train

import (
	"context"
	"fmt"
	"slices"
)

// Star is implemented by a Transport in which one participant, the hub,
// combines every round for all the others, the spokes: a spoke sends the
// hub its update and gets back the round's outcome, so a round moves two
// updates per spoke instead of one per pair of participants. At the hub,
// Exchange returns every participant's update as usual and Run hands the
// outcome it computed to Combined; at a spoke, Exchange returns a single
// Update, the outcome: Params the round's new global parameters, Records
// and Owners the totals, Loss the record-weighted loss, Epsilon the
// largest ε and, with adaptive clipping, Unclipped the federation's noisy
// count of owners within the clip norm, exactly what the hub's Run computed
// from every update. A spoke adopts the outcome's parameters bit for bit
// (and moves its clip norm by the outcome's count), so every participant
// ends each round with the same model, as in a full exchange. Checking
// that the outcome includes the spoke's own update is the Star's job.
type Star interface {
	Transport
	// Spoke reports whether this participant is a spoke.
	Spoke() bool
	// Combined sends a round's outcome from the hub to the spokes.
	Combined(ctx context.Context, outcome Update) error
}

// spokeOf reports whether tr is the transport of a spoke of a Star.
func spokeOf(tr Transport) bool {
	s, ok := tr.(Star)
	return ok && s.Spoke()
}

// adoptOutcome returns the new global parameters a spoke got for round r:
// the one outcome Exchange returned, checked to be for r and of n finite
// parameters.
func adoptOutcome(updates []Update, r, n int) (Params, error) {
	if len(updates) != 1 {
		return nil, fmt.Errorf("exchanging round %d: %w: a spoke got %d updates, want the hub's outcome", r, ErrUpdate, len(updates))
	}
	o := updates[0]
	if o.Round != r || len(o.Params) != n || !finite(o.Params) {
		return nil, fmt.Errorf("exchanging round %d: %w: the hub's outcome has round %d and %d parameters (want %d)", r, ErrUpdate, o.Round, len(o.Params), n)
	}
	return slices.Clone(o.Params), nil
}

// sendOutcome gives the round's outcome to the spokes when tr is a Star's
// hub; unclipped is the federation's noisy count of owners within the clip
// norm with adaptive clipping (the spokes adapt their clip norm by it), nil
// without.
func sendOutcome(ctx context.Context, tr Transport, m RoundMetrics, params Params, unclipped *float64) error {
	s, ok := tr.(Star)
	if !ok || s.Spoke() {
		return nil
	}
	o := Update{Round: m.Round, Records: m.Records, Owners: m.Owners, Loss: m.TrainLoss, Epsilon: m.Epsilon, Params: params, Unclipped: unclipped}
	if err := s.Combined(ctx, o); err != nil {
		return fmt.Errorf("sending round %d's outcome: %w", m.Round, err)
	}
	return nil
}
