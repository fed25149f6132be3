package dashboard

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/train"
)

// Charts are drawn as inline SVG on a fixed view box that scales with the
// page; every label goes through html.EscapeString.

const (
	chartW, chartH = 640, 240
	padL, padR     = 56, 16
	padT, padB     = 16, 36
)

var palette = []string{"#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e"}

// plot is one panel: axes, ticks and series in data coordinates.
type plot struct {
	b            strings.Builder
	x0, x1       float64
	y0, y1       float64
	xLabel       string
	yLabel       string
	title        string
	integerTicks bool
}

func (p *plot) px(x float64) float64 {
	if p.x1 == p.x0 {
		return padL
	}
	return padL + (x-p.x0)/(p.x1-p.x0)*(chartW-padL-padR)
}

func (p *plot) py(y float64) float64 {
	if p.y1 == p.y0 {
		return chartH - padB
	}
	return chartH - padB - (y-p.y0)/(p.y1-p.y0)*(chartH-padT-padB)
}

func (p *plot) open() {
	fmt.Fprintf(&p.b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg"><title>%s</title>`,
		chartW, chartH, html.EscapeString(p.title), html.EscapeString(p.title))
	fmt.Fprintf(&p.b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, padL, chartH-padB, chartW-padR, chartH-padB)
	fmt.Fprintf(&p.b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, padL, padT, padL, chartH-padB)
	for i := 0; i <= 5; i++ {
		y := p.y0 + (p.y1-p.y0)*float64(i)/5
		fmt.Fprintf(&p.b, `<line class="grid" x1="%d" y1="%.1f" x2="%d" y2="%.1f"/><text class="tick" x="%d" y="%.1f" text-anchor="end">%s</text>`,
			padL, p.py(y), chartW-padR, p.py(y), padL-6, p.py(y)+4, html.EscapeString(tick(y)))
	}
	n := 5
	last := math.NaN()
	for i := 0; i <= n; i++ {
		x := p.x0 + (p.x1-p.x0)*float64(i)/float64(n)
		if p.integerTicks {
			x = math.Round(x)
		}
		if x == last {
			continue
		}
		last = x
		fmt.Fprintf(&p.b, `<text class="tick" x="%.1f" y="%d" text-anchor="middle">%s</text>`, p.px(x), chartH-padB+16, html.EscapeString(tick(x)))
	}
	fmt.Fprintf(&p.b, `<text class="label" x="%d" y="%d" text-anchor="middle">%s</text>`, (chartW+padL)/2, chartH-4, html.EscapeString(p.xLabel))
	fmt.Fprintf(&p.b, `<text class="label" x="12" y="%d" text-anchor="middle" transform="rotate(-90 12 %d)">%s</text>`, (chartH)/2, chartH/2, html.EscapeString(p.yLabel))
}

func tick(v float64) string {
	switch {
	case v == math.Trunc(v) && math.Abs(v) < 1e9:
		return fmt.Sprintf("%.0f", v)
	case math.Abs(v) >= 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

// line draws a series; step draws it as a step function (a running total).
func (p *plot) line(xs, ys []float64, color, name string, step bool, dashed bool) {
	if len(xs) == 0 {
		return
	}
	var pts strings.Builder
	for i := range xs {
		if step && i > 0 {
			fmt.Fprintf(&pts, "%.1f,%.1f ", p.px(xs[i]), p.py(ys[i-1]))
		}
		fmt.Fprintf(&pts, "%.1f,%.1f ", p.px(xs[i]), p.py(ys[i]))
	}
	class := "series"
	if dashed {
		class = "series dashed"
	}
	fmt.Fprintf(&p.b, `<polyline class="%s" fill="none" stroke="%s" points="%s"><title>%s</title></polyline>`, class, color, strings.TrimSpace(pts.String()), html.EscapeString(name))
	if !dashed {
		for i := range xs {
			fmt.Fprintf(&p.b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"><title>%s: %s at %s</title></circle>`,
				p.px(xs[i]), p.py(ys[i]), color, html.EscapeString(name), html.EscapeString(tick(ys[i])), html.EscapeString(tick(xs[i])))
		}
	}
}

func (p *plot) legend(names, colors []string) {
	for i, n := range names {
		x := padL + 8 + 150*i
		fmt.Fprintf(&p.b, `<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text class="legend" x="%d" y="%d">%s</text>`, x, padT, colors[i], x+14, padT+9, html.EscapeString(n))
	}
}

func (p *plot) close() template.HTML {
	p.b.WriteString(`</svg>`)
	return template.HTML(p.b.String()) // every text in it is escaped above
}

// trainingChart draws accuracy and loss per round, round 0 being the
// warm start when rows[0].Round is 0.
func trainingChart(rows []train.RoundMetrics) template.HTML {
	if len(rows) == 0 {
		return ""
	}
	xs := make([]float64, len(rows))
	acc := make([]float64, len(rows))
	var lx, loss []float64
	maxLoss := 0.0
	for i, r := range rows {
		xs[i], acc[i] = float64(r.Round), r.TestAccuracy
		if r.TestLoss > 0 {
			lx, loss = append(lx, float64(r.Round)), append(loss, r.TestLoss)
			maxLoss = max(maxLoss, r.TestLoss)
		}
	}
	x0, x1 := xs[0], xs[len(xs)-1]
	if x1 == x0 {
		x1 = x0 + 1
	}
	a := &plot{x0: x0, x1: x1, y0: 0, y1: 1, xLabel: "round (0: warm start)", yLabel: "test accuracy", title: "Test accuracy per round", integerTicks: true}
	a.open()
	a.line(xs, acc, palette[0], "test accuracy", false, false)
	if rows[0].Round == 0 {
		fmt.Fprintf(&a.b, `<line class="baseline" x1="%d" y1="%.1f" x2="%d" y2="%.1f"><title>warm-start baseline</title></line>`, padL, a.py(acc[0]), chartW-padR, a.py(acc[0]))
	}
	out := a.close()
	if len(loss) > 0 {
		l := &plot{x0: x0, x1: x1, y0: 0, y1: niceCeil(maxLoss), xLabel: "round (0: warm start)", yLabel: "test loss", title: "Test loss (cross-entropy) per round", integerTicks: true}
		l.open()
		l.line(lx, loss, palette[1], "test loss", false, false)
		out += l.close()
	}
	return out
}

// epsilonChart draws each dataset's ε spent over blocks, from 0 at its
// first grant's block (start), with the grants' budget as a dashed line
// (budget ≤ 0: none known).
func epsilonChart(points []epsPoint, datasets []common.Hash, start map[common.Hash]uint64, budget float64) template.HTML {
	if len(points) == 0 {
		return ""
	}
	x0, x1 := float64(points[0].Block), float64(points[len(points)-1].Block)
	for _, d := range datasets {
		if b, ok := start[d]; ok && b > 0 {
			x0 = min(x0, float64(b))
		}
	}
	top := budget
	for _, p := range points {
		top = max(top, p.Spent)
	}
	if x1 == x0 {
		x0, x1 = x0-1, x1+1
	}
	p := &plot{x0: x0, x1: x1, y0: 0, y1: niceCeil(top), xLabel: "block", yLabel: "ε spent", title: "ε spent per dataset over time (from proven ledgers)", integerTicks: true}
	p.open()
	var names, colors []string
	for i, d := range datasets {
		var xs, ys []float64
		if b, ok := start[d]; ok && b > 0 {
			xs, ys = append(xs, float64(b)), append(ys, 0)
		}
		for _, pt := range points {
			if pt.Dataset == d {
				xs, ys = append(xs, float64(pt.Block)), append(ys, pt.Spent)
			}
		}
		if len(ys) == 0 || (len(ys) == 1 && start[d] > 0) {
			continue // no charge: nothing to draw
		}
		c := palette[i%len(palette)]
		name := "dataset " + d.Hex()[:10] + "…"
		p.line(xs, ys, c, name, true, false)
		names, colors = append(names, name), append(colors, c)
	}
	if budget > 0 {
		p.line([]float64{x0, x1}, []float64{budget, budget}, "#999", fmt.Sprintf("ε budget %g", budget), false, true)
	}
	p.legend(names, colors)
	return p.close()
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*e >= v {
			return m * e
		}
	}
	return 10 * e
}
