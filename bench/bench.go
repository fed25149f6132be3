// Package bench measures the performance table of memo-compute: each row a
// figure measured on this machine and, where the row has one, a baseline
// measured in the same run, their ratio and the goal the ratio (or the
// figure) must meet. Nothing here is a constant taken from elsewhere: every
// ratio is computed from the two figures next to it.
//
// The package runs real components (the vault's pipeline, the attestation
// verifier, the wasm sandbox, whole in-process clusters on the embedded
// dev chain); it writes nothing to disk and logs nothing. The Go
// benchmarks in bench_test.go run the same measurements, so
// `go test -run '^$' -bench . -benchtime 1x ./bench` reproduces the table.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
)

// ErrUnknownRow is returned when Options.Rows names a row that does not exist.
var ErrUnknownRow = errors.New("unknown bench row")

// Goal is what a row must reach: its Ratio (or its Value, if OfValue) at
// most Limit (AtMost) or at least Limit.
type Goal struct {
	AtMost  bool
	OfValue bool
	Limit   float64
}

// String says the goal for people: "ratio ≤ 1.15", "≤ 10 s".
func (g Goal) String(unit string) string {
	op := "≥"
	if g.AtMost {
		op = "≤"
	}
	if g.OfValue {
		return strings.TrimSpace(fmt.Sprintf("%s %s %s", op, fmtNum(g.Limit), unit))
	}
	return fmt.Sprintf("ratio %s %s", op, fmtNum(g.Limit))
}

// Row is one line of the table. Baseline and Ratio are zero when the row
// has no baseline (or it could not be measured; Note then says why); Goal
// is nil when the row is reported without a goal.
type Row struct {
	Name     string
	Value    float64
	Unit     string
	Baseline float64
	Ratio    float64
	Goal     *Goal
	Note     string
}

// Met reports whether the row meets its goal; ok is false when it has none
// or the figure its goal is about was not measured.
func (r Row) Met() (met, ok bool) {
	if r.Goal == nil {
		return false, false
	}
	v := r.Ratio
	if r.Goal.OfValue {
		v = r.Value
	} else if r.Baseline == 0 {
		return false, false
	}
	if r.Goal.AtMost {
		return v <= r.Goal.Limit, true
	}
	return v >= r.Goal.Limit, true
}

// withBaseline sets the baseline and the ratio value/baseline.
func (r Row) withBaseline(b float64) Row {
	r.Baseline = b
	if b != 0 {
		r.Ratio = r.Value / b
	}
	return r
}

// JSONRow is a row as `memoc bench --json` prints it (README "Output"):
// optional fields are left out, never null.
type JSONRow struct {
	Name     string   `json:"name"`
	Value    float64  `json:"value"`
	Unit     string   `json:"unit"`
	Baseline *float64 `json:"baseline,omitempty"`
	Ratio    *float64 `json:"ratio,omitempty"`
	Goal     string   `json:"goal,omitempty"`
	Met      *bool    `json:"met,omitempty"`
	Note     string   `json:"note,omitempty"`
}

// JSON returns the row for --json.
func (r Row) JSON() JSONRow {
	j := JSONRow{Name: r.Name, Value: round(r.Value), Unit: r.Unit, Note: r.Note}
	if r.Baseline != 0 {
		b, q := round(r.Baseline), round(r.Ratio)
		j.Baseline, j.Ratio = &b, &q
	}
	if r.Goal != nil {
		j.Goal = r.Goal.String(r.Unit)
	}
	if met, ok := r.Met(); ok {
		j.Met = &met
	}
	return j
}

// round keeps 4 significant digits: the table's precision, and no float
// noise in the JSON.
func round(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	p := math.Pow(10, 3-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

func fmtNum(v float64) string {
	switch a := math.Abs(v); {
	case v == 0:
		return "0"
	case a >= 1e6:
		return fmt.Sprintf("%.4g", v)
	case a >= 100:
		return fmt.Sprintf("%.0f", v)
	default:
		return fmt.Sprintf("%.3g", v)
	}
}

// cells returns the row's table cells: name, value, baseline, ratio, goal, met.
func (r Row) cells() [6]string {
	c := [6]string{r.Name, strings.TrimSpace(fmtNum(r.Value) + " " + r.Unit), "—", "—", "—", "—"}
	if r.Baseline != 0 {
		c[2] = strings.TrimSpace(fmtNum(r.Baseline) + " " + r.Unit)
		c[3] = fmtNum(r.Ratio) + "×"
	}
	if r.Goal != nil {
		c[4] = r.Goal.String(r.Unit)
	}
	if met, ok := r.Met(); ok {
		c[5] = "no"
		if met {
			c[5] = "yes"
		}
	}
	return c
}

var header = [6]string{"row", "value", "baseline", "ratio", "goal", "met"}

// WriteText writes the table for people, notes below it.
func WriteText(w io.Writer, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header[:], "\t"))
	for _, r := range rows {
		c := r.cells()
		fmt.Fprintln(tw, strings.Join(c[:], "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeNotes(w, rows, "  ")
}

func writeNotes(w io.Writer, rows []Row, indent string) error {
	for _, r := range rows {
		if r.Note != "" {
			if _, err := fmt.Fprintf(w, "%s%s: %s\n", indent, r.Name, r.Note); err != nil {
				return err
			}
		}
	}
	return nil
}

// Machine is what a table was measured on.
type Machine struct {
	CPU       string
	Cores     int
	GoVersion string
	OS        string
}

// ThisMachine describes the machine the process runs on.
func ThisMachine() Machine {
	return Machine{CPU: cpuModel(), Cores: runtime.NumCPU(), GoVersion: runtime.Version(), OS: osName()}
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH + " (model unknown)"
}

func osName() string {
	name := runtime.GOOS + "/" + runtime.GOARCH
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "PRETTY_NAME="); ok {
				name += ", " + strings.Trim(v, `"`)
			}
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		name += ", Linux " + strings.TrimSpace(string(b))
	}
	return name
}

// WriteMarkdown writes the table as docs/PERFORMANCE.md holds it: the
// machine, the command, the table and the notes.
func WriteMarkdown(w io.Writer, m Machine, command string, rows []Row) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured with `%s` on:\n\n", command)
	fmt.Fprintf(&b, "- CPU: %s, %d cores (runtime.NumCPU)\n- Go: %s\n- OS: %s\n\n", m.CPU, m.Cores, m.GoVersion, m.OS)
	fmt.Fprintf(&b, "| %s |\n|%s\n", strings.Join(header[:], " | "), strings.Repeat("---|", len(header)))
	for _, r := range rows {
		c := r.cells()
		fmt.Fprintf(&b, "| `%s` | %s |\n", c[0], strings.Join(c[1:], " | "))
	}
	b.WriteString("\n")
	if err := writeNotes(&b, rows, "- "); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Options selects what Run measures.
type Options struct {
	// Quick runs the short table (scale-users up to 1,000 owners, shorter
	// timings); the zero value runs the full one.
	Quick bool
	// Rows, if not empty, runs only the measurements of these names (see
	// Names); the zero value runs them all.
	Rows []string
	// Progress, if not nil, is told the name of each measurement as it starts.
	Progress func(name string)
}

// measurement produces one or more rows.
type measurement struct {
	name string
	run  func(ctx context.Context, quick bool) ([]Row, error)
}

// measurements are the table's rows in order.
var measurements = []measurement{
	{"seal", measureSeal},
	{"open", measureOpen},
	{"attest", measureAttest},
	{"enclave-train", measureEnclaveTrain},
	{"wasm", measureWasm},
	{"gas", measureGas},
	{"e2e-100", measureE2E},
	{"scale-users", measureScaleUsers},
	{"scale-nodes", measureScaleNodes},
}

// Names lists the measurements Options.Rows can name, in table order.
func Names() []string {
	names := make([]string, len(measurements))
	for i, m := range measurements {
		names[i] = m.name
	}
	return names
}

// Run measures the table.
func Run(ctx context.Context, opts Options) ([]Row, error) {
	want := map[string]bool{}
	for _, n := range opts.Rows {
		found := false
		for _, m := range measurements {
			found = found || m.name == n
		}
		if !found {
			return nil, fmt.Errorf("%q (want one of %s): %w", n, strings.Join(Names(), ", "), ErrUnknownRow)
		}
		want[n] = true
	}
	var rows []Row
	for _, m := range measurements {
		if len(want) > 0 && !want[m.name] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if opts.Progress != nil {
			opts.Progress(m.name)
		}
		rs, err := m.run(ctx, opts.Quick)
		if err != nil {
			return nil, fmt.Errorf("measuring %s: %w", m.name, err)
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}
