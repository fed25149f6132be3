package enclave

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/memo-protocol/memo-compute/attest/abi"
	"github.com/memo-protocol/memo-compute/attest/sim"
)

// FuzzPlatformQuote feeds arbitrary bytes to both hardware backends as the
// quote the device returned: Launch never panics, and whatever it accepts
// parses as a quote of its TEE over the probe it wrote.
func FuzzPlatformQuote(f *testing.F) {
	auth, err := sim.New(make([]byte, sim.SeedSize))
	if err != nil {
		f.Fatal(err)
	}
	sgx, err := auth.Quote(sim.Report{ReportData: PlatformProbe()})
	if err != nil {
		f.Fatal(err)
	}
	td, err := auth.QuoteTD(sim.TDReport{ReportData: PlatformProbe()})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sgx)
	f.Add(td)
	f.Add([]byte{})
	// One device tree per fuzzing process, the quote replaced per input.
	gdir, tdir := fakeGramine(f, "dcap"), fakeTSM(f, "tdx_guest")
	gp, err := NewGraminePlatform(gdir)
	if err != nil {
		f.Fatal(err)
	}
	tp, err := NewTDXPlatform(tdir, []int{1, 2})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, quote []byte) {
		if err := os.WriteFile(filepath.Join(gdir, gramineQuote), quote, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tdir, tsmEntry, tsmOutblob), quote, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, p := range []Platform{gp, tp} {
			if _, _, err := p.Launch(testWorkload, true); err != nil {
				continue
			}
			q, err := abi.ParseQuote(quote)
			if err != nil || q.ReportData() != PlatformProbe() || (q.TD != nil) != (p == Platform(tp)) {
				t.Fatalf("%T accepted a quote that is not its TEE's over the probe (parse error %v)", p, err)
			}
		}
	})
}
