// Command memoc is the single binary of memo-compute: the demo, the dev
// chain, the TEE node and verifier daemons, and the user, task-owner and
// operator tools. This package is wiring only: flags, logger, construction
// and the exit code.
//
// Exit codes: 0 success; 1 the operation failed (including an attestation
// or verification verdict of "invalid"); 2 bad usage: an unknown command,
// subcommand or flag, a bad flag value, a missing or extra argument, a
// missing required flag.
//
// With --json, every command that prints data prints one JSON value on
// stdout under one contract: camelCase keys, 0x-prefixed hex, token amounts
// as decimal strings in base units, RFC 3339 times, durations in seconds
// (see output.go and the README's "Output").
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
