package enclave_test

import (
	"testing"

	"github.com/memo-protocol/memo-compute/bench"
)

// BenchmarkEnclaveVsTrain is `memoc bench`'s enclave-train row: one DP
// training task through a sim enclave against plain train.Train on the
// same records (bench.MeasureEnclaveTrain says what each path covers).
// Metrics: enclave-ms and train-ms are the fastest of b.N runs each (load
// from other processes only slows a run down), ratio is their quotient
// (goal ≤ 1.15).
func BenchmarkEnclaveVsTrain(b *testing.B) {
	t, err := bench.MeasureEnclaveTrain(b.Context(), b.N)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(t.Enclave.Microseconds())/1e3, "enclave-ms")
	b.ReportMetric(float64(t.Plain.Microseconds())/1e3, "train-ms")
	b.ReportMetric(t.Ratio(), "ratio")
}
