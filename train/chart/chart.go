// Package chart draws the per-round metrics of a training run as a PNG:
// test accuracy above, training and test loss below, against the round.
// It only renders what it is given; it reads and writes nothing else.
package chart

import (
	"errors"
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/memo-protocol/memo-compute/train"
)

// ErrNoRounds is returned when there is nothing to draw.
var ErrNoRounds = errors.New("chart: no rounds to draw")

// WritePNG draws rounds as a 16×20 cm PNG with the given title. A round
// without a measured test loss (0, as a warm-start baseline drawn as round
// 0 has) gets an accuracy point and no loss point.
func WritePNG(w io.Writer, title string, rounds []train.RoundMetrics) error {
	if len(rounds) == 0 {
		return ErrNoRounds
	}
	acc, testLoss, trainLoss := make(plotter.XYs, len(rounds)), make(plotter.XYs, 0, len(rounds)), make(plotter.XYs, 0, len(rounds))
	for i, r := range rounds {
		x := float64(r.Round)
		acc[i] = plotter.XY{X: x, Y: r.TestAccuracy}
		if r.TestLoss > 0 {
			testLoss = append(testLoss, plotter.XY{X: x, Y: r.TestLoss})
		}
		if r.TrainLoss > 0 {
			trainLoss = append(trainLoss, plotter.XY{X: x, Y: r.TrainLoss})
		}
	}
	blue := color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}
	orange := color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff}

	top := plot.New()
	top.Title.Text = title
	top.Y.Label.Text = "test accuracy"
	top.X.Label.Text = "round"
	top.Y.Max = 1
	if err := addLine(top, acc, blue, "test accuracy"); err != nil {
		return err
	}

	bottom := plot.New()
	bottom.Y.Label.Text = "cross-entropy loss"
	bottom.X.Label.Text = "round"
	bottom.Y.Min = 0
	if len(testLoss) > 0 {
		if err := addLine(bottom, testLoss, blue, "test loss"); err != nil {
			return err
		}
	}
	if len(trainLoss) > 0 {
		if err := addLine(bottom, trainLoss, orange, "training loss"); err != nil {
			return err
		}
	}
	bottom.Legend.Top = true
	// One round axis for both: a baseline with no loss still lines up.
	bottom.X.Min, bottom.X.Max = min(bottom.X.Min, top.X.Min), max(bottom.X.Max, top.X.Max)

	img := vgimg.New(16*vg.Centimeter, 20*vg.Centimeter)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 2, Cols: 1, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadX: vg.Millimeter * 2, PadY: vg.Millimeter * 4}
	cells := plot.Align([][]*plot.Plot{{top}, {bottom}}, tiles, dc)
	top.Draw(cells[0][0])
	bottom.Draw(cells[1][0])
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(w); err != nil {
		return fmt.Errorf("writing PNG: %w", err)
	}
	return nil
}

func addLine(p *plot.Plot, xys plotter.XYs, c color.Color, name string) error {
	l, err := plotter.NewLine(xys)
	if err != nil {
		return fmt.Errorf("drawing %s: %w", name, err)
	}
	l.Color = c
	l.Width = vg.Points(1.5)
	p.Add(l, plotter.NewGrid())
	p.Legend.Add(name, l)
	return nil
}
