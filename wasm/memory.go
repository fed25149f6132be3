package wasm

import (
	"errors"
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// pageSize is the WebAssembly page size in bytes.
const pageSize = 65536

// limitedAllocator backs each linear memory of one run with a plain []byte
// that refuses to grow past limit bytes. wazero asks it for every
// memory.grow, so a refusal is seen here (and recorded) rather than only as
// the -1 the guest gets back.
type limitedAllocator struct {
	limit     uint64
	exceeded  atomic.Uint64 // largest refused size in bytes, 0 if none
	peakBytes atomic.Uint64
}

func (a *limitedAllocator) Allocate(capacity, _ uint64) experimental.LinearMemory {
	if capacity > a.limit {
		capacity = a.limit
	}
	return &limitedMemory{a: a, buf: make([]byte, 0, capacity)}
}

type limitedMemory struct {
	a   *limitedAllocator
	buf []byte
}

// Reallocate returns a buffer of size bytes holding the old contents, or nil
// (memory.grow fails in the guest) when size is over the limit.
func (m *limitedMemory) Reallocate(size uint64) []byte {
	if size > m.a.limit {
		for {
			old := m.a.exceeded.Load()
			if size <= old || m.a.exceeded.CompareAndSwap(old, size) {
				break
			}
		}
		return nil
	}
	if size > uint64(cap(m.buf)) {
		// Grow geometrically (as append would) but never past the limit.
		newCap := max(size, 2*uint64(cap(m.buf)))
		newCap = min(newCap, m.a.limit)
		nb := make([]byte, size, newCap)
		copy(nb, m.buf)
		m.buf = nb
	} else {
		m.buf = m.buf[:size]
	}
	for {
		old := m.a.peakBytes.Load()
		if size <= old || m.a.peakBytes.CompareAndSwap(old, size) {
			break
		}
	}
	return m.buf
}

func (m *limitedMemory) Free() { m.buf = nil }

// errMalformed is returned by the section walker for bytes it cannot read;
// the caller then lets wazero's decoder produce the precise error.
var errMalformed = errors.New("malformed module")

// moduleShape is what the section walker reads from a module before
// wazero compiles it: the largest initial memory size in pages among the
// memories it defines, and its non-function imports (which this host never
// provides; function imports are checked against the WASI host module).
type moduleShape struct {
	minPages uint64
	imports  []*ImportError
}

// importKinds names import descriptor kinds by their binary tag.
var importKinds = [...]string{0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}

// readShape walks the section headers, the import section and the memory
// section. It validates nothing else: that is wazero's job, and on any
// malformed input it returns errMalformed and leaves the diagnosis to
// wazero's decoder.
func readShape(bin []byte) (moduleShape, error) {
	var shape moduleShape
	if len(bin) < 8 || string(bin[:4]) != "\x00asm" {
		return shape, errMalformed
	}
	r := byteReader{b: bin[8:]}
	for !r.done() {
		id, err := r.byte()
		if err != nil {
			return shape, err
		}
		size, err := r.uleb(32)
		if err != nil {
			return shape, err
		}
		payload, err := r.take(size)
		if err != nil {
			return shape, err
		}
		s := byteReader{b: payload}
		switch id {
		case 2: // import section
			if err := readImports(&s, &shape); err != nil {
				return shape, err
			}
		case 5: // memory section
			count, err := s.uleb(32)
			if err != nil {
				return shape, err
			}
			for range count {
				minPages, err := s.limits()
				if err != nil {
					return shape, err
				}
				shape.minPages = max(shape.minPages, minPages)
			}
		}
	}
	return shape, nil
}

func readImports(s *byteReader, shape *moduleShape) error {
	count, err := s.uleb(32)
	if err != nil {
		return err
	}
	for range count {
		mod, err := s.name()
		if err != nil {
			return err
		}
		name, err := s.name()
		if err != nil {
			return err
		}
		kind, err := s.byte()
		if err != nil {
			return err
		}
		switch kind {
		case 0: // func: type index
			_, err = s.uleb(32)
		case 1: // table: reference type, limits
			if _, err = s.byte(); err == nil {
				_, err = s.limits()
			}
		case 2: // memory: limits
			_, err = s.limits()
		case 3: // global: value type, mutability
			if _, err = s.byte(); err == nil {
				_, err = s.byte()
			}
		case 4: // tag: attribute, type index
			if _, err = s.byte(); err == nil {
				_, err = s.uleb(32)
			}
		default:
			return errMalformed
		}
		if err != nil {
			return err
		}
		if kind != 0 {
			shape.imports = append(shape.imports, &ImportError{
				Kind: importKinds[kind], Module: mod, Name: name,
				Reason: "the host provides only WASI preview-1 functions",
			})
		}
	}
	return nil
}

type byteReader struct{ b []byte }

func (r *byteReader) done() bool { return len(r.b) == 0 }

func (r *byteReader) byte() (byte, error) {
	if len(r.b) == 0 {
		return 0, errMalformed
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c, nil
}

func (r *byteReader) take(n uint64) ([]byte, error) {
	if n > uint64(len(r.b)) {
		return nil, errMalformed
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p, nil
}

// uleb reads an unsigned LEB128 value of at most bits bits.
func (r *byteReader) uleb(bits int) (uint64, error) {
	var v uint64
	for shift := 0; shift < bits+7; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if bits < 64 && v>>bits != 0 {
				return 0, errMalformed
			}
			return v, nil
		}
	}
	return 0, errMalformed
}

// name reads a length-prefixed UTF-8 name.
func (r *byteReader) name() (string, error) {
	n, err := r.uleb(32)
	if err != nil {
		return "", err
	}
	b, err := r.take(n)
	return string(b), err
}

// limits reads a limits pair (flags, min, optional max) and returns min.
func (r *byteReader) limits() (uint64, error) {
	flags, err := r.byte()
	if err != nil {
		return 0, err
	}
	bits := 32
	if flags&0x04 != 0 { // memory64
		bits = 64
	}
	minPages, err := r.uleb(bits)
	if err != nil {
		return 0, err
	}
	if flags&0x01 != 0 {
		if _, err := r.uleb(bits); err != nil {
			return 0, err
		}
	}
	return minPages, nil
}
