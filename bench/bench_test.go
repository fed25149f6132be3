package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// fakeRows are one row of each shape: with a baseline and a ratio goal,
// with a goal on the value and no baseline, with neither, and with a goal
// whose baseline could not be measured.
var fakeRows = []Row{
	Row{Name: "seal", Value: 2, Unit: "GB/s", Goal: &Goal{Limit: 0.8}}.withBaseline(4),
	{Name: "e2e-100", Value: 5.5, Unit: "s", Goal: &Goal{AtMost: true, OfValue: true, Limit: 10}},
	{Name: "scale-users-100", Value: 4, Unit: "s"},
	{Name: "open", Value: 1, Unit: "GB/s", Goal: &Goal{Limit: 0.8}, Note: "no openssl baseline: openssl is not installed"},
}

func TestJSONRows(t *testing.T) {
	var got []map[string]any
	for _, r := range fakeRows {
		b, err := json.Marshal(r.JSON())
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		got = append(got, m)
	}
	require.Equal(t, []map[string]any{
		{"name": "seal", "value": 2.0, "unit": "GB/s", "baseline": 4.0, "ratio": 0.5, "goal": "ratio ≥ 0.8", "met": false},
		{"name": "e2e-100", "value": 5.5, "unit": "s", "goal": "≤ 10 s", "met": true},
		{"name": "scale-users-100", "value": 4.0, "unit": "s"},
		{"name": "open", "value": 1.0, "unit": "GB/s", "goal": "ratio ≥ 0.8", "note": "no openssl baseline: openssl is not installed"},
	}, got)
}

func TestTables(t *testing.T) {
	var text bytes.Buffer
	require.NoError(t, WriteText(&text, fakeRows))
	lines := strings.Split(strings.TrimSpace(text.String()), "\n")
	require.Len(t, lines, 1+len(fakeRows)+1) // header, rows, one note
	require.Regexp(t, `^seal +2 GB/s +4 GB/s +0\.5× +ratio ≥ 0\.8 +no$`, lines[1])
	require.Regexp(t, `^e2e-100 +5\.5 s +— +— +≤ 10 s +yes$`, lines[2])

	var md bytes.Buffer
	m := Machine{CPU: "Test CPU @ 1 GHz", Cores: 2, GoVersion: "go1.26", OS: "linux/amd64"}
	require.NoError(t, WriteMarkdown(&md, m, "memoc bench", fakeRows))
	for _, want := range []string{
		"Measured with `memoc bench` on:", "- CPU: Test CPU @ 1 GHz, 2 cores", "- Go: go1.26", "- OS: linux/amd64",
		"| row | value | baseline | ratio | goal | met |", "| `seal` | 2 GB/s | 4 GB/s | 0.5× | ratio ≥ 0.8 | no |",
		"- open: no openssl baseline",
	} {
		require.Contains(t, md.String(), want)
	}
}

func TestRunRejectsUnknownRow(t *testing.T) {
	_, err := Run(context.Background(), Options{Rows: []string{"nosuch"}})
	require.ErrorIs(t, err, ErrUnknownRow)
}

func TestParseOpensslSpeed(t *testing.T) {
	multi := "Got: +F:25:AES-256-GCM:4283793408.00 from 0\nGot: +F:25:AES-256-GCM:4175986688.00 from 1\n+F:25:AES-256-GCM:8459780096.00\n"
	for _, tc := range []struct {
		out  string
		want float64
	}{{"+H:16384\n+F:25:AES-256-GCM:3876708352.00\n", 3876708352}, {multi, 8459780096}} {
		v, err := parseOpensslSpeed([]byte(tc.out))
		require.NoError(t, err)
		require.Equal(t, tc.want, v)
	}
	_, err := parseOpensslSpeed([]byte("+F:1:AES-128-CBC:1\n"))
	require.Error(t, err)
}

// benchmark runs one measurement of the table as a Go benchmark and
// reports each of its rows: the value in the row's unit, the baseline and
// the ratio. Run with -benchtime 1x:
//
//	go test -run '^$' -bench . -benchtime 1x ./bench
func benchmark(b *testing.B, run func(context.Context, bool) ([]Row, error)) {
	for b.Loop() {
		rows, err := run(b.Context(), testing.Short())
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range rows {
			unit := strings.ReplaceAll(r.Unit, " ", "")
			b.ReportMetric(r.Value, r.Name+":"+unit)
			if r.Baseline != 0 {
				b.ReportMetric(r.Baseline, r.Name+":baseline-"+unit)
				b.ReportMetric(r.Ratio, r.Name+":ratio")
			}
		}
	}
}

func BenchmarkSeal(b *testing.B)       { benchmark(b, measureSeal) }
func BenchmarkOpen(b *testing.B)       { benchmark(b, measureOpen) }
func BenchmarkAttest(b *testing.B)     { benchmark(b, measureAttest) }
func BenchmarkWasm(b *testing.B)       { benchmark(b, measureWasm) }
func BenchmarkE2E100(b *testing.B)     { benchmark(b, measureE2E) }
func BenchmarkScaleUsers(b *testing.B) { benchmark(b, measureScaleUsers) }
