package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// globals are the flags every command shares.
type globals struct {
	json     bool
	logLevel string
}

var global globals

// NewRootCmd builds the memoc command tree.
func NewRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "memoc",
		Short:         "memo-compute: private compute and AI training over MEMO storage",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			_, err := parseLevel(global.logLevel)
			return err
		},
	}
	root.PersistentFlags().BoolVar(&global.json, "json", false, "print machine-readable JSON instead of text")
	root.PersistentFlags().StringVar(&global.logLevel, "log-level", "warn", "log level: debug, info, warn or error (logs go to stderr)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	root.AddCommand(
		newVersionCmd(),
		newDevnetCmd(), newDeployCmd(), newStakeCmd(), newUnbondCmd(), newWithdrawCmd(), newStatusCmd(),
		newDemoCmd(),
		newTrainCmd(),
		newUserCmd(),
		newWasmCmd(),
		newAttestCmd(),
	)
	return root
}

// usageError marks errors caused by how the command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(s))); err != nil {
		return 0, usagef("--log-level %q: want debug, info, warn or error", s)
	}
	return l, nil
}

// newLogger returns the logger commands hand to the packages they drive.
func newLogger() *slog.Logger {
	l, _ := parseLevel(global.logLevel)
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}

// printJSON writes v as indented JSON to w.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
