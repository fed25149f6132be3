// Command mkinput turns a headerless CSV with a last-column class label
// (gzip or plain) into the softmax workload's SMX1 input, with zero initial
// parameters:
//
//	go run ./examples/softmax/mkinput -epochs 1 < examples/softmax/testdata/digits.csv.gz > digits.smx
//	memoc wasm run --module examples/softmax/softmax-c.wasm < digits.smx > params.bin
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/memo-protocol/memo-compute/examples/softmax"
)

func main() {
	classes := flag.Int("classes", 10, "number of classes (labels are 0..classes-1)")
	scale := flag.Float64("scale", 1.0/16, "factor applied to every feature (digits pixels are 0..16)")
	epochs := flag.Int("epochs", 1, "training epochs")
	batch := flag.Int("batch", 32, "minibatch size")
	lr := flag.Float64("lr", 0.5, "learning rate")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	flag.Parse()
	if err := run(os.Stdin, os.Stdout, *classes, *scale, *epochs, *batch, *lr, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkinput:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer, classes int, scale float64, epochs, batch int, lr float64, seed uint64) error {
	if epochs < 0 || batch <= 0 || classes < 2 {
		return fmt.Errorf("want -epochs >= 0, -batch > 0 and -classes >= 2, got %d, %d and %d", epochs, batch, classes)
	}
	br := bufio.NewReader(in)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("opening gzip input: %w", err)
		}
		r = zr
	}
	t, err := softmax.ReadCSV(r, classes, scale)
	if err != nil {
		return err
	}
	t.Epochs, t.Batch, t.LR, t.Seed = epochs, batch, lr, seed
	_, err = out.Write(softmax.Encode(t))
	return err
}
