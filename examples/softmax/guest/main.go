// Command guest is the softmax workload as a WASI command: the SMX1 input
// on stdin, the trained parameters on stdout (see package softmax). Build it
// with GOOS=wasip1 GOARCH=wasm (../build.sh); it also runs natively.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/memo-protocol/memo-compute/examples/softmax"
)

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err == nil {
		var out []byte
		if out, err = softmax.Run(in); err == nil {
			_, err = os.Stdout.Write(out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "softmax:", err)
		os.Exit(1)
	}
}
