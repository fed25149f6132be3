package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/memo-protocol/memo-compute/examples/softmax"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/wasm"
)

// measureWasm times one softmax training epoch over the digits (1,797
// records, batches of 32) as the C-built WASI module in the sandbox (fuel,
// limits, virtual clock; instantiation and the input and output copies
// included, compilation done once up front as a node's cache does) and as
// native Go (softmax.Run), interleaved, keeping the fastest run of each.
func measureWasm(ctx context.Context, quick bool) ([]Row, error) {
	d, err := train.Digits()
	if err != nil {
		return nil, err
	}
	t := &softmax.Task{N: d.Len(), D: d.Schema.NumFeatures(), K: 10, Batch: 32, Epochs: 1, Seed: 1, LR: 0.5, X: d.X}
	t.W = make([]float64, t.K*(t.D+1))
	t.Y = make([]uint32, t.N)
	for i, y := range d.Y {
		t.Y[i] = uint32(y)
	}
	in := softmax.Encode(t)
	r, err := wasm.New(ctx, wasm.Config{})
	if err != nil {
		return nil, err
	}
	defer r.Close(ctx)
	mod, err := r.Compile(ctx, softmax.CModule)
	if err != nil {
		return nil, fmt.Errorf("compiling softmax-c.wasm: %w", err)
	}
	runs := 100
	if quick {
		runs = 20
	}
	bestW, bestN := time.Duration(1<<62), time.Duration(1<<62)
	for range runs {
		t0 := time.Now()
		if _, err := r.Run(ctx, mod, in); err != nil {
			return nil, fmt.Errorf("running softmax-c.wasm: %w", err)
		}
		t1 := time.Now()
		if _, err := softmax.Run(in); err != nil {
			return nil, err
		}
		bestW, bestN = min(bestW, t1.Sub(t0)), min(bestN, time.Since(t1))
	}
	row := Row{Name: "wasm", Value: bestW.Seconds(), Unit: "s", Goal: &Goal{AtMost: true, Limit: 2},
		Note: "one softmax epoch on the digits: the C-built WASI module in the sandbox against native Go (fastest of each)"}
	return []Row{row.withBaseline(bestN.Seconds())}, nil
}
