package wasm

import (
	"errors"
	"fmt"
)

var (
	// ErrInvalidConfig is returned by New when a Config field is out of range.
	ErrInvalidConfig = errors.New("invalid wasm runtime config")
	// ErrCompilerUnsupported is returned by New when wazero has no compiler
	// for this GOOS/GOARCH; this package never falls back to the interpreter.
	ErrCompilerUnsupported = errors.New("wazero compiler not supported on this platform")
	// ErrInvalidModule is returned when the bytes are not a valid WebAssembly
	// module, or are a module that is not a WASI command (no "_start").
	ErrInvalidModule = errors.New("invalid wasm module")
	// ErrModuleTooLarge is returned when the module bytes exceed
	// Config.MaxModuleBytes.
	ErrModuleTooLarge = errors.New("wasm module too large")
	// ErrImportNotProvided is returned when the module imports a function,
	// memory, table or global that the host does not provide; the concrete
	// error is an *ImportError.
	ErrImportNotProvided = errors.New("wasm import not provided")
	// ErrMemoryLimit is returned when the module declares, or tries to grow
	// its linear memory to, more pages than Config.MaxMemoryPages.
	ErrMemoryLimit = errors.New("wasm memory limit exceeded")
	// ErrFuelLimit is returned when a run makes more function calls plus
	// loop iterations than Config.MaxFuel: the deterministic work limit.
	ErrFuelLimit = errors.New("wasm fuel limit exceeded")
	// ErrTimeLimit is returned when a run is stopped because it used up
	// Config.MaxWallTime.
	ErrTimeLimit = errors.New("wasm wall-time limit exceeded")
	// ErrOutputLimit is returned when the module writes more than
	// Config.MaxOutputBytes to stdout; the run is stopped at once.
	ErrOutputLimit = errors.New("wasm output limit exceeded")
	// ErrTrap is returned when the module traps (unreachable, out-of-bounds
	// access, division by zero, stack overflow, ...); the concrete error is a
	// *TrapError.
	ErrTrap = errors.New("wasm module trapped")
	// ErrExit is returned when the module exits with a non-zero code; the
	// concrete error is an *ExitError.
	ErrExit = errors.New("wasm module exited with non-zero code")
	// ErrInstantiate is returned when instantiating the module fails for a
	// reason other than a missing import (e.g. a data segment out of range).
	ErrInstantiate = errors.New("instantiating wasm module")
	// ErrReleased is returned by Run for a module given to Runtime.Release.
	ErrReleased = errors.New("wasm module released")
)

// ImportError names an import the module needs and the host does not
// provide. It matches ErrImportNotProvided with errors.Is.
type ImportError struct {
	Kind   string // "func", "memory", "table" or "global"
	Module string // import module name, e.g. "env"
	Name   string // import field name
	Reason string // why it is refused
}

func (e *ImportError) Error() string {
	return fmt.Sprintf("wasm import %s %s.%s not provided: %s", e.Kind, e.Module, e.Name, e.Reason)
}

// Is reports whether target is ErrImportNotProvided.
func (e *ImportError) Is(target error) bool { return target == ErrImportNotProvided }

// TrapError is a WebAssembly trap raised while the module ran. It matches
// ErrTrap with errors.Is.
type TrapError struct {
	// Message is wazero's description, e.g. "wasm error: unreachable" plus
	// the guest stack trace.
	Message string
	// Stderr holds what the module wrote to stderr (truncated).
	Stderr []byte
}

func (e *TrapError) Error() string { return "wasm module trapped: " + e.Message }

// Is reports whether target is ErrTrap.
func (e *TrapError) Is(target error) bool { return target == ErrTrap }

// ExitError is a WASI proc_exit with a non-zero code (Go guests exit with 2
// on panic). It matches ErrExit with errors.Is.
type ExitError struct {
	Code   uint32
	Stderr []byte // what the module wrote to stderr (truncated)
}

func (e *ExitError) Error() string {
	msg := fmt.Sprintf("wasm module exited with code %d", e.Code)
	if tail := firstLine(e.Stderr); tail != "" {
		msg += ": " + tail
	}
	return msg
}

// Is reports whether target is ErrExit.
func (e *ExitError) Is(target error) bool { return target == ErrExit }

// firstLine returns the first non-empty line of b (a Go guest's panic
// message, a C guest's diagnostic), at most 200 bytes, for error messages.
func firstLine(b []byte) string {
	for len(b) > 0 && (b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b = b[:i]
			break
		}
	}
	if len(b) > 200 {
		b = b[:200]
	}
	return string(b)
}
