package attest

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"

	"github.com/memo-protocol/memo-compute/attest/abi"
)

// TDMeasurementDomain separates the TD measurement from any other SHA-256
// over the same registers.
const TDMeasurementDomain = "memo-compute/attest/td-measurement/v1"

// TDMeasurement is the 32-byte measurement of a TDX TD, the counterpart of
// an SGX enclave's MRENCLAVE in the registry and in grants:
//
//	SHA-256(TDMeasurementDomain ‖ MRTD ‖ for each i in rtmrs, ascending: i ‖ RTMR[i])
//
// MRTD measures only the TD's initial image (the firmware, TDVF); the
// kernel, its command line and initrd are in RTMR 1 and 2, so a policy that
// means "this node binary and workload" names those RTMRs. Indices outside
// 0..3 and duplicates are ignored.
func TDMeasurement(td *abi.TDReport, rtmrs []int) [32]byte {
	h := sha256.New()
	h.Write([]byte(TDMeasurementDomain))
	h.Write(td.MRTD[:])
	idx := slices.Clone(rtmrs)
	slices.Sort(idx)
	for _, i := range slices.Compact(idx) {
		if i < 0 || i >= len(td.RTMR) {
			continue
		}
		h.Write([]byte{byte(i)})
		h.Write(td.RTMR[i][:])
	}
	return [32]byte(h.Sum(nil))
}

// DefaultTDRTMRs returns the RTMRs a TD measurement covers when a policy
// names none: 1 (the kernel) and 2 (its command line and initrd), as
// memoc node --tdx-rtmr does by default. The slice is new on each call.
func DefaultTDRTMRs() []int { return []int{1, 2} }

// TDRegisters names the registers TDMeasurement(td, rtmrs) covers, with
// their values, for messages: "MRTD 0x… RTMR1 0x… RTMR2 0x…".
func TDRegisters(td *abi.TDReport, rtmrs []int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "MRTD %x", td.MRTD)
	idx := slices.Clone(rtmrs)
	slices.Sort(idx)
	for _, i := range slices.Compact(idx) {
		if i >= 0 && i < len(td.RTMR) {
			fmt.Fprintf(&b, " RTMR%d %x", i, td.RTMR[i])
		}
	}
	return b.String()
}
