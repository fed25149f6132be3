// Command memoc is the single binary of memo-compute: the demo, the dev
// chain, the TEE node and verifier daemons, and the user, task-owner and
// operator tools. This package is wiring only: flags, logger, construction
// and the exit code. Exit codes: 0 success, 1 failure (including an
// attestation or verification verdict of "invalid"), 2 bad usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := NewRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "memoc:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
