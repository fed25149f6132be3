package wasm

import (
	"errors"
	"fmt"
)

// maxLocals bounds the locals one function may declare, as the JS embedding
// of WebAssembly does (50,000). wazero allows 2^32 and allocates them up
// front, so a 20-byte module could otherwise ask the host for 4 GiB.
const maxLocals = 50000

// errMalformed is wrapped by every error the pre-decoder returns.
var errMalformed = errors.New("malformed module")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errMalformed}, args...)...)
}

// moduleShape is what the pre-decoder learns about a module.
type moduleShape struct {
	// minPages is the largest initial size, in pages, of the memories the
	// module defines.
	minPages uint64
	// imports lists the non-function imports; this host provides none.
	imports []*ImportError
	// globals is the size of the global index space; globalRefs is one
	// more than the highest global index used outside function bodies.
	globals, globalRefs uint64
	// memories counts imported and defined memories.
	memories uint64
	// tables are the tables the module defines.
	tables []table
	// exports holds the export names.
	exports map[string]bool
	// sections are the non-custom sections in order.
	sections []section
}

// table is a table definition: element type and limits.
type table struct {
	refType  byte
	min, max uint64
	hasMax   bool
}

// section is one non-custom section of a module.
type section struct {
	id      byte
	payload []byte
}

// importKinds names import descriptor kinds by their binary tag.
var importKinds = [...]string{0: "func", 1: "table", 2: "memory", 3: "global", 4: "tag"}

// predecode walks a module's structure before wazero decodes it and
// returns its non-custom sections.
//
// wazero's decoder sizes slices and maps from the counts a module declares
// (vector lengths, name lengths, local counts, the "name" section) before
// reading the elements, so a module of a few bytes can make the host
// allocate gigabytes. predecode checks every such count against the bytes
// that remain, which bounds wazero's allocations by the module size, and
// drops custom sections (which carry no semantics, only names and debug
// data) so their contents never reach wazero. Everything else, including
// function bodies beyond their locals, is left to wazero to validate (and
// to instrument, which reads every instruction). The measurement is always
// of the bytes as given, not of what wazero compiles.
func predecode(bin []byte) (moduleShape, error) {
	shape := moduleShape{exports: map[string]bool{}}
	if len(bin) < 8 || string(bin[:4]) != "\x00asm" || string(bin[4:8]) != "\x01\x00\x00\x00" {
		return shape, malformed("no WebAssembly 1.0 header")
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
			return shape, malformed("section %d: %d bytes past the end", id, size)
		}
		if id == 0 { // custom section: dropped
			continue
		}
		if id > 13 {
			return shape, malformed("unknown section id %d", id)
		}
		s := &byteReader{b: payload}
		switch id {
		case 1:
			err = eachOf(s, checkFuncType)
		case 2:
			err = eachOf(s, func(s *byteReader) error { return readImport(s, &shape) })
		case 3:
			err = eachOf(s, func(s *byteReader) error { _, err := s.uleb(32); return err })
		case 5:
			err = eachOf(s, func(s *byteReader) error {
				minPages, err := s.limits()
				shape.minPages = max(shape.minPages, minPages)
				shape.memories++
				return err
			})
		case 6:
			err = eachOf(s, func(s *byteReader) error {
				shape.globals++
				if _, err := s.take(2); err != nil { // value type, mutability
					return err
				}
				return s.constExpr(&shape)
			})
		case 7:
			err = eachOf(s, func(s *byteReader) error {
				name, err := s.name()
				if err != nil {
					return err
				}
				shape.exports[name] = true
				kind, err := s.byte()
				if err != nil {
					return err
				}
				idx, err := s.uleb(32)
				if kind == 3 {
					shape.globalRefs = max(shape.globalRefs, idx+1)
				}
				return err
			})
		case 8:
			err = malformed("a start section: a WASI command begins at _start")
		case 9:
			err = eachOf(s, func(s *byteReader) error { return checkElement(s, &shape) })
		case 10:
			err = eachOf(s, checkCode)
		case 11:
			err = eachOf(s, func(s *byteReader) error { return checkData(s, &shape) })
		case 4:
			err = eachOf(s, func(s *byteReader) error {
				refType, err := s.byte()
				if err != nil {
					return err
				}
				limits, err := s.fullLimits()
				shape.tables = append(shape.tables, table{refType: refType, min: limits.min, max: limits.max, hasMax: limits.hasMax})
				return err
			})
		case 13: // tags: fixed-size entries
			_, err = s.count()
		}
		if err != nil {
			return shape, fmt.Errorf("section %d: %w", id, err)
		}
		shape.sections = append(shape.sections, section{id: id, payload: payload})
	}
	if shape.globalRefs > shape.globals {
		return shape, malformed("global index %d out of range", shape.globalRefs-1)
	}
	return shape, nil
}

// eachOf reads a vector count (which must fit in what remains) and calls
// f for each element.
func eachOf(s *byteReader, f func(*byteReader) error) error {
	n, err := s.count()
	if err != nil {
		return err
	}
	for range n {
		if err := f(s); err != nil {
			return err
		}
	}
	return nil
}

func checkFuncType(s *byteReader) error {
	if _, err := s.byte(); err != nil { // 0x60
		return err
	}
	for range 2 { // params, results: one byte per value type
		n, err := s.count()
		if err != nil {
			return err
		}
		if _, err := s.take(n); err != nil {
			return err
		}
	}
	return nil
}

func readImport(s *byteReader, shape *moduleShape) error {
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
		return malformed("import kind %d", kind)
	}
	if err != nil {
		return err
	}
	switch kind {
	case 2:
		shape.memories++
	case 3:
		shape.globals++
	}
	if kind != 0 {
		shape.imports = append(shape.imports, &ImportError{
			Kind: importKinds[kind], Module: mod, Name: name,
			Reason: "the host provides only WASI preview-1 functions",
		})
	}
	return nil
}

// checkElement walks one element segment (the eight encodings of the
// reference-types proposal).
func checkElement(s *byteReader, shape *moduleShape) error {
	flags, err := s.uleb(32)
	if err != nil {
		return err
	}
	if flags > 7 {
		return malformed("element segment flags %d", flags)
	}
	if flags&0x02 != 0 && flags&0x01 == 0 { // explicit table index
		if _, err := s.uleb(32); err != nil {
			return err
		}
	}
	if flags&0x01 == 0 { // active: offset expression
		if err := s.constExpr(shape); err != nil {
			return err
		}
	}
	if flags&0x03 != 0 { // element kind or reference type
		if _, err := s.byte(); err != nil {
			return err
		}
	}
	if flags&0x04 != 0 {
		return eachOf(s, func(s *byteReader) error { return s.constExpr(shape) })
	}
	return eachOf(s, func(s *byteReader) error { _, err := s.uleb(32); return err })
}

func checkCode(s *byteReader) error {
	size, err := s.uleb(32)
	if err != nil {
		return err
	}
	body, err := s.take(size)
	if err != nil {
		return err
	}
	b := &byteReader{b: body}
	var locals uint64
	err = eachOf(b, func(b *byteReader) error {
		n, err := b.uleb(32)
		if err != nil {
			return err
		}
		if locals += n; locals > maxLocals {
			return malformed("more than %d locals in one function", maxLocals)
		}
		_, err = b.byte()
		return err
	})
	return err
}

func checkData(s *byteReader, shape *moduleShape) error {
	flags, err := s.uleb(32)
	if err != nil {
		return err
	}
	switch flags {
	case 0:
		err = s.constExpr(shape)
	case 1:
	case 2:
		if _, err = s.uleb(32); err == nil {
			err = s.constExpr(shape)
		}
	default:
		return malformed("data segment flags %d", flags)
	}
	if err != nil {
		return err
	}
	n, err := s.count()
	if err != nil {
		return err
	}
	_, err = s.take(n)
	return err
}

type byteReader struct{ b []byte }

func (r *byteReader) done() bool { return len(r.b) == 0 }

func (r *byteReader) byte() (byte, error) {
	if len(r.b) == 0 {
		return 0, malformed("unexpected end")
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c, nil
}

func (r *byteReader) take(n uint64) ([]byte, error) {
	if n > uint64(len(r.b)) {
		return nil, malformed("length %d past the end", n)
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p, nil
}

// count reads a vector length; every element takes at least one byte, so
// a length larger than what remains is malformed.
func (r *byteReader) count() (uint64, error) {
	n, err := r.uleb(32)
	if err != nil {
		return 0, err
	}
	if n > uint64(len(r.b)) {
		return 0, malformed("vector of %d elements in %d bytes", n, len(r.b))
	}
	return n, nil
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
				return 0, malformed("LEB128 value over %d bits", bits)
			}
			return v, nil
		}
	}
	return 0, malformed("LEB128 value over %d bits", bits)
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
	l, err := r.fullLimits()
	return l.min, err
}

type limits struct {
	min, max uint64
	hasMax   bool
}

func (r *byteReader) fullLimits() (limits, error) {
	var l limits
	flags, err := r.byte()
	if err != nil {
		return l, err
	}
	bits := 32
	if flags&0x04 != 0 { // memory64
		bits = 64
	}
	if l.min, err = r.uleb(bits); err != nil {
		return l, err
	}
	if flags&0x01 != 0 {
		l.hasMax = true
		if l.max, err = r.uleb(bits); err != nil {
			return l, err
		}
	}
	return l, nil
}

// constExpr skips a constant expression up to and including its end
// opcode, recording the global indices it reads in shape. It knows the
// opcodes constant expressions may use (including the extended-constant
// arithmetic); any other is malformed here.
func (r *byteReader) constExpr(shape *moduleShape) error {
	for {
		op, err := r.byte()
		if err != nil {
			return err
		}
		switch op {
		case 0x0b: // end
			return nil
		case 0x41: // i32.const
			_, err = r.uleb(35)
		case 0x42: // i64.const
			_, err = r.uleb(70)
		case 0x43: // f32.const
			_, err = r.take(4)
		case 0x44: // f64.const
			_, err = r.take(8)
		case 0x23: // global.get
			var idx uint64
			idx, err = r.uleb(32)
			shape.globalRefs = max(shape.globalRefs, idx+1)
		case 0xd2: // ref.func
			_, err = r.uleb(32)
		case 0xd0: // ref.null
			_, err = r.byte()
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended-const add, sub, mul
		case 0xfd: // v128.const
			if _, err = r.uleb(32); err == nil {
				_, err = r.take(16)
			}
		default:
			return malformed("opcode 0x%02x in a constant expression", op)
		}
		if err != nil {
			return err
		}
	}
}
