// Command measureprog prints the sim measurement of a fixed workload as
// measured by the running binary, and a constant. TestMeasurementIsTheCode
// builds it with two values of the constant and compares what it prints.
package main

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/enclave"
)

// variant is the constant the test changes between two builds.
const variant = 1

func main() {
	m, err := enclave.MeasureWorkload(enclave.Workload{Kind: enclave.KindSoftmax, ID: common.Hash{0x11}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(m.Hex(), variant)
}
