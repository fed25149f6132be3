package enclave

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// RuntimeVersion is the version of the enclave runtime's protocol (state
// layout, report data, sealing); it is folded into every measurement so that
// a change of protocol is a change of measurement even on an unchanged build.
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

// RuntimeIdentity returns the identity of the running enclave runtime build:
// SHA-256 over RuntimeVersion, the Go toolchain version, the build settings
// that change code generation (compiler, GOOS, GOARCH, GOAMD64 …, CGO), the
// main module's version and sum, its VCS revision and dirty flag, and every
// dependency's path, version and sum, all read from the binary's embedded
// build information. Two binaries built from the same sources with the same
// toolchain and dependencies have the same identity; any change to one of
// them is a new identity. It fails only when the binary carries no build
// information.
func RuntimeIdentity() (common.Hash, error) {
	runtimeOnce.Do(func() {
		bi, ok := debug.ReadBuildInfo()
		if !ok {
			runtimeErr = fmt.Errorf("%w: binary has no build information", ErrConfig)
			return
		}
		runtimeID = runtimeIdentity(bi)
	})
	return runtimeID, runtimeErr
}

func runtimeIdentity(bi *debug.BuildInfo) common.Hash {
	h := sha256.New()
	field := func(s ...string) {
		for _, x := range s {
			var n [4]byte
			binary.BigEndian.PutUint32(n[:], uint32(len(x)))
			h.Write(n[:])
			h.Write([]byte(x))
		}
	}
	field(RuntimeVersion, bi.GoVersion, bi.Main.Path, bi.Main.Version, bi.Main.Sum)
	var settings []string
	for _, s := range bi.Settings {
		switch {
		case s.Key == "-compiler", s.Key == "-tags", s.Key == "-trimpath", s.Key == "-ldflags",
			s.Key == "CGO_ENABLED", s.Key == "GOOS", s.Key == "GOARCH",
			strings.HasPrefix(s.Key, "GO") && len(s.Key) > 2 && s.Key == strings.ToUpper(s.Key),
			s.Key == "vcs.revision", s.Key == "vcs.modified":
			settings = append(settings, s.Key+"="+s.Value)
		}
	}
	slices.Sort(settings)
	field(settings...)
	deps := make([]string, 0, len(bi.Deps))
	for _, d := range bi.Deps {
		m := d
		if d.Replace != nil {
			m = d.Replace
		}
		deps = append(deps, d.Path+"@"+m.Path+"@"+m.Version+"@"+m.Sum)
	}
	slices.Sort(deps)
	field(deps...)
	return common.BytesToHash(h.Sum(nil))
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
