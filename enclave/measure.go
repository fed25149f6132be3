package enclave

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// RuntimeVersion is the version of the enclave runtime's protocol (state
// layout, report data, sealing). It is folded into every measurement next to
// the hash of the executable, so that the measurement names the protocol the
// code speaks.
const RuntimeVersion = "memo-compute/enclave/runtime/v1"

// Workload kinds an enclave can run.
const (
	KindSoftmax = "train/softmax"
	KindMLP     = "train/mlp"
	KindWasm    = grant.KindWasm
)

// Workload identifies the code an enclave runs over user data: a built-in
// training kind with the hash of its spec, or a WASM module with the SHA-256
// of the module. It is part of the measurement, so an enclave is launched for
// one workload, and users' grants (which name the enclave) consent to it.
type Workload struct {
	Kind string      `json:"kind"`
	ID   common.Hash `json:"id"`
}

func (w Workload) validate() error {
	switch {
	case w.Kind != KindSoftmax && w.Kind != KindMLP && w.Kind != KindWasm:
		return fmt.Errorf("%w: workload kind %q, want %s, %s or %s", ErrConfig, w.Kind, KindSoftmax, KindMLP, KindWasm)
	case w.ID == (common.Hash{}):
		return fmt.Errorf("%w: workload id is zero", ErrConfig)
	}
	return nil
}

var (
	runtimeOnce sync.Once
	runtimeID   common.Hash
	runtimeErr  error
)

// RuntimeIdentity returns the identity of the running enclave runtime: the
// code the sim measures. It is
//
//	SHA-256(len ‖ RuntimeVersion ‖ SHA-256(executable))
//
// where the executable is the file the process runs (on Linux
// /proc/self/exe, so the running image even if its path was replaced since),
// hashed once per process and cached. Every byte of code, data and embedded
// build information is covered: any change to the program, a constant, a
// dependency, the toolchain or the build flags is a new identity, and every
// process of one binary (and every enclave in it) has the same one. Anyone
// holding the binary can recompute it from `sha256sum` of the file. It
// fails only when the executable cannot be read.
func RuntimeIdentity() (common.Hash, error) {
	runtimeOnce.Do(func() {
		exe, err := executableHash()
		if err != nil {
			runtimeErr = fmt.Errorf("%w: measuring the executable: %w", ErrConfig, err)
			return
		}
		runtimeID = runtimeIdentity(exe)
	})
	return runtimeID, runtimeErr
}

// runtimeIdentity is RuntimeIdentity for an executable whose SHA-256 is exe.
func runtimeIdentity(exe common.Hash) common.Hash {
	h := sha256.New()
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(RuntimeVersion)))
	h.Write(n[:])
	h.Write([]byte(RuntimeVersion))
	h.Write(exe[:])
	return common.BytesToHash(h.Sum(nil))
}

// executableHash returns the SHA-256 of the running executable's bytes.
func executableHash() (common.Hash, error) {
	f, err := openExecutable()
	if err != nil {
		return common.Hash{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return common.Hash{}, fmt.Errorf("reading %s: %w", f.Name(), err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}

// openExecutable opens the running executable. On Linux /proc/self/exe is
// the image the kernel loaded, even if the file at its path was replaced or
// deleted since; elsewhere it is the file at os.Executable.
func openExecutable() (*os.File, error) {
	if runtime.GOOS == "linux" {
		if f, err := os.Open("/proc/self/exe"); err == nil {
			return f, nil
		}
	}
	p, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("locating the executable: %w", err)
	}
	return os.Open(p)
}

// Measure returns the measurement (MRENCLAVE analogue) of an enclave running
// workload w on the runtime with identity runtime:
// SHA-256("memo-compute/enclave/measurement/v1" ‖ runtime ‖ len ‖ kind ‖ id).
func Measure(runtime common.Hash, w Workload) common.Hash {
	h := sha256.New()
	h.Write([]byte("memo-compute/enclave/measurement/v1"))
	h.Write(runtime[:])
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(w.Kind)))
	h.Write(n[:])
	h.Write([]byte(w.Kind))
	h.Write(w.ID[:])
	return common.BytesToHash(h.Sum(nil))
}

// MeasureWorkload returns the measurement an enclave of this binary has when
// it runs workload w; deployments use it to fill their allow-list.
func MeasureWorkload(w Workload) (common.Hash, error) {
	if err := w.validate(); err != nil {
		return common.Hash{}, err
	}
	rt, err := RuntimeIdentity()
	if err != nil {
		return common.Hash{}, err
	}
	return Measure(rt, w), nil
}
