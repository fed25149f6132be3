package bench

import "testing"

// BenchmarkGas reports the gas rows (gas-result, gas-claim,
// gas-claim-batch, gas-vote, gas-grant-batch, gas-flat), each as
// "<row>:gas" with, where the row has one, its baseline and ratio.
func BenchmarkGas(b *testing.B) { benchmark(b, measureGas) }
