package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, as documented in the package doc and every command's help.
const (
	exitOK      = 0 // the command did what it was asked
	exitFailure = 1 // the operation failed (including a verdict of "invalid")
	exitUsage   = 2 // the command was called wrongly
)

// globals are the flags every command shares.
type globals struct {
	json       bool
	logLevel   string
	cpuProfile string // --cpuprofile: write a CPU profile of the command here
	// stopProfile ends the CPU profile run started; nil when none runs.
	stopProfile func() error
}

var global globals

// NewRootCmd builds the memoc command tree. Every error that says how a
// command was called wrongly is a usageError (exit code 2): bad flags and
// flag values, missing required flags, argument counts, unknown commands
// and subcommands (see markUsageErrors); commands return usagef for the
// checks they make themselves.
func NewRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "memoc",
		Short: "memo-compute: private compute and AI training over MEMO storage",
		Long: `memoc is the single binary of memo-compute: the demo, the dev chain, and the
user, operator and attestation tools.

Every command that prints data takes --json and then prints one JSON value
on stdout (camelCase keys, 0x-prefixed hex, token amounts as decimal strings
in base units, RFC 3339 times; see the README's "Output").

Exit codes: 0 success, 1 the operation failed (including a verdict of
"invalid"), 2 bad usage.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := parseLevel(global.logLevel); err != nil {
				return err
			}
			return startCPUProfile(global.cpuProfile)
		},
	}
	root.PersistentFlags().BoolVar(&global.json, "json", false, "print machine-readable JSON instead of text")
	root.PersistentFlags().StringVar(&global.logLevel, "log-level", "warn", "log level: debug, info, warn or error (logs go to stderr)")
	root.PersistentFlags().StringVar(&global.cpuProfile, "cpuprofile", "", "write a CPU profile of the command to this file (read it with go tool pprof)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	root.AddCommand(
		newVersionCmd(),
		newDevnetCmd(), newDeployCmd(), newStakeCmd(), newUnbondCmd(), newWithdrawCmd(), newStatusCmd(),
		newDemoCmd(),
		newTrainCmd(),
		newUserCmd(), newNodeCmd(), newVerifierCmd(), newGovernCmd(),
		newWasmCmd(),
		newTaskCmd(),
		newAttestCmd(),
		newBenchCmd(),
		newDashboardCmd(),
	)
	// cobra adds these when it executes; adding them now lets
	// markUsageErrors and the tests see the whole tree.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	markUsageErrors(root)
	return root
}

// run executes memoc with args and returns the exit code: exitOK,
// exitFailure or exitUsage. main calls it; tests call it in process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := NewRootCmd()
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if global.stopProfile != nil {
		if perr := global.stopProfile(); perr != nil && err == nil {
			err = perr
		}
		global.stopProfile = nil
	}
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "memoc:", err)
	var ue usageError
	if !errors.As(err, &ue) {
		return exitFailure
	}
	if cmd != nil {
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return exitUsage
}

// usageError marks errors caused by how the command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// markUsageErrors makes every usage error cobra reports in the tree under
// c a usageError. cobra's own errors are plain: flag errors go through
// the root's flag error function, and the rest are caught here, where
// they arise:
//   - a command group (subcommands, no action of its own) prints its help
//     when called alone and refuses anything else as an unknown command
//     (cobra would print the help and succeed);
//   - a command's Args validator (missing or extra arguments) is wrapped;
//   - required flags and flag groups are checked before PreRunE, where
//     cobra would check them after it with the same result.
func markUsageErrors(c *cobra.Command) {
	for _, sub := range c.Commands() {
		markUsageErrors(sub)
	}
	switch {
	case c.HasSubCommands() && !c.Runnable():
		c.Args = unknownSubcommand
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
		c.DisableFlagsInUseLine = true // its usage is "memoc attest [command]"
	case c.Args != nil:
		validate := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := validate(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	if !c.Runnable() {
		return
	}
	preRunE, preRun := c.PreRunE, c.PreRun
	c.PreRun = nil
	c.PreRunE = func(cmd *cobra.Command, args []string) error {
		if err := cmd.ValidateRequiredFlags(); err != nil {
			return usageError{err}
		}
		if err := cmd.ValidateFlagGroups(); err != nil {
			return usageError{err}
		}
		switch {
		case preRunE != nil:
			return preRunE(cmd, args)
		case preRun != nil:
			preRun(cmd, args)
		}
		return nil
	}
}

// unknownSubcommand is the Args validator of command groups.
func unknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's default, which SuggestionsFor does not apply
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return usageError{errors.New(msg)}
}

// startCPUProfile starts a CPU profile into the file at path ("" for
// none); run stops it when the command returns.
func startCPUProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return usagef("--cpuprofile: %v", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpuprofile: %w", err)
	}
	global.stopProfile = func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}
	return nil
}

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
