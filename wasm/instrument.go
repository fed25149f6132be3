package wasm

import (
	"encoding/binary"
	"fmt"
)

// FuelExport is the export name of the fuel counter that Compile adds to
// every module. A module that exports this name itself is refused.
const FuelExport = "memo.fuel"

// loopBlock is how many loop iterations one payment from the fuel global
// buys a call.
const loopBlock = 1024

// instrument assembles the module wazero compiles from the predecoded
// sections: custom sections left out, and a fuel counter added.
//
// The counter is a new mutable i64 global, initialised to fuel and exported
// as FuelExport. Every function entry takes one unit from it; loop
// iterations are counted on a per-call i32 local (added to every function)
// and paid for in blocks of loopBlock units, taken from the global at the
// first iteration and every loopBlock iterations after.
// Whenever the global goes negative the guest traps. Any unbounded
// execution passes through loop headers or calls, so a run's work is
// bounded by fuel, the same way on every machine.
//
// The counter is also how the host stops a run early: setting it negative
// from another goroutine makes the guest trap at its next call or next
// block of loop iterations. wazero's own WithCloseOnContextDone does that
// with an indirect call at every loop header; on the softmax epoch that
// made the C guest about 10× slower. This instrumentation costs about 20%
// on it (examples/softmax BenchmarkEpoch: c-wasm/native against
// c-bare/native), most of it the loop counting.
//
// Guest code never reads or writes the counter or the local: predecode and
// the walk below refuse any reference to a global index the module did not
// define, and the local's index is past every local the module declared.
func instrument(shape moduleShape, fuel int64) ([]byte, error) {
	if shape.exports[FuelExport] {
		return nil, malformed("export name %q is reserved", FuelExport)
	}
	g := shape.globals // index of the fuel global
	entry := appendCharge(nil, g, 1)
	global := []byte{0x7e, 0x01, 0x42} // i64, mutable, i64.const fuel
	global = appendSleb(global, fuel)
	global = append(global, 0x0b)
	export := appendName(nil, FuelExport)
	export = append(export, 0x03) // global
	export = binary.AppendUvarint(export, g)

	hasMemory := shape.memories > 0
	// yield needs a memory: a module without one gets an empty, unexported
	// one, which shifts no index.
	memory := []byte{0x01, 0x00, 0x00} // one memory, no maximum, 0 pages

	out := []byte("\x00asm\x01\x00\x00\x00")
	addedGlobal, addedExport := false, false
	for _, s := range shape.sections {
		if !hasMemory && sectionRank(s.id) > sectionRank(5) {
			out = appendSection(out, 5, memory)
			hasMemory = true
		}
		// A module without a global or export section gets one, placed
		// where the section order requires.
		if !addedGlobal && s.id != 6 && sectionRank(s.id) > sectionRank(6) {
			out = appendSection(out, 6, appendVec(nil, 0, global))
			addedGlobal = true
		}
		if !addedExport && s.id != 7 && sectionRank(s.id) > sectionRank(7) {
			out = appendSection(out, 7, appendVec(nil, 0, export))
			addedExport = true
		}
		payload := s.payload
		switch s.id {
		case 4:
			payload = clampTables(shape.tables)
		case 6:
			payload = appendToVec(payload, global)
			addedGlobal = true
		case 7:
			payload = appendToVec(payload, export)
			addedExport = true
		case 10:
			params, err := paramCounts(shape)
			if err != nil {
				return nil, err
			}
			if payload, err = instrumentCode(payload, entry, g, params); err != nil {
				return nil, fmt.Errorf("section 10: %w", err)
			}
		}
		out = appendSection(out, s.id, payload)
	}
	if !hasMemory {
		out = appendSection(out, 5, memory)
	}
	if !addedGlobal {
		out = appendSection(out, 6, appendVec(nil, 0, global))
	}
	if !addedExport {
		out = appendSection(out, 7, appendVec(nil, 0, export))
	}
	return out, nil
}

// MaxTableElements bounds the elements of all the tables of a module
// together (8 bytes each on the host). wazero allows 2^27 per table at
// instantiation and 2^32 through table.grow, which a guest could use to
// take the host's memory around MaxMemoryPages. Each table's maximum is
// rewritten to its share, so table.grow beyond it fails in the guest
// (returns -1) as the specification allows.
const MaxTableElements = 1 << 20

// tableShare is the most elements each of n tables may hold.
func tableShare(n int) uint64 { return MaxTableElements / uint64(max(n, 1)) }

// checkTables refuses tables whose declared minimum is over their share.
func checkTables(tables []table) error {
	share := tableShare(len(tables))
	for i, t := range tables {
		if t.min > share {
			return fmt.Errorf("%w: table %d declares %d initial elements, limit %d for each of %d tables",
				ErrMemoryLimit, i, t.min, share, len(tables))
		}
	}
	return nil
}

// clampTables re-encodes a table section with every maximum at most its
// share of MaxTableElements. Compile has refused minimums above it.
func clampTables(tables []table) []byte {
	share := tableShare(len(tables))
	out := binary.AppendUvarint(nil, uint64(len(tables)))
	for _, t := range tables {
		hi := share
		if t.hasMax {
			hi = min(t.max, share)
		}
		out = append(out, t.refType, 0x01)
		out = binary.AppendUvarint(out, t.min)
		out = binary.AppendUvarint(out, hi)
	}
	return out
}

// sectionRank orders section ids as the binary format requires (the tag
// section of the exception-handling proposal sits between memory and
// global; data count between element and code).
func sectionRank(id byte) int {
	return [...]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 13: 6, 6: 7, 7: 8, 8: 9, 9: 10, 12: 11, 10: 12, 11: 13}[id]
}

func appendSection(out []byte, id byte, payload []byte) []byte {
	out = append(out, id)
	out = binary.AppendUvarint(out, uint64(len(payload)))
	return append(out, payload...)
}

func appendVec(out []byte, n uint64, elems ...[]byte) []byte {
	out = binary.AppendUvarint(out, n+uint64(len(elems)))
	for _, e := range elems {
		out = append(out, e...)
	}
	return out
}

// appendToVec returns a copy of vector payload (count, elements) with elem
// added at the end.
func appendToVec(payload, elem []byte) []byte {
	r := byteReader{b: payload}
	n, _ := r.uleb(32) // already checked by predecode
	out := binary.AppendUvarint(nil, n+1)
	out = append(out, r.b...)
	return append(out, elem...)
}

func appendName(out []byte, s string) []byte {
	out = binary.AppendUvarint(out, uint64(len(s)))
	return append(out, s...)
}

func appendSleb(out []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

// yield is "memory.grow 0" with its result dropped: no effect on the
// guest, but wazero carries it out in Go, so the goroutine passes through
// Go code where the scheduler can preempt it. Native code never yields on
// its own, and a guest that never left it would hold up every garbage
// collection's stop-the-world, and so every other goroutine of the host,
// for as long as it ran (see wazero's RATIONALE.md on context
// cancellation).
var yield = []byte{0x41, 0x00, 0x40, 0x00, 0x1a}

// appendCharge appends code that takes n units from fuel global g, traps
// if it went negative, and yields whenever the count crosses a multiple of
// 1024 (n = 1) or every time (n = loopBlock).
func appendCharge(out []byte, g uint64, n int64) []byte {
	out = append(out, 0x23) // global.get g
	out = binary.AppendUvarint(out, g)
	out = append(out, 0x42) // i64.const n
	out = appendSleb(out, n)
	out = append(out, 0x7d, 0x24) // i64.sub, global.set g
	out = binary.AppendUvarint(out, g)
	out = append(out, 0x23) // global.get g
	out = binary.AppendUvarint(out, g)
	out = append(out, 0x42, 0x00, 0x53, 0x04, 0x40, 0x00, 0x0b) // i64.const 0, i64.lt_s, if, unreachable, end
	if n >= loopBlock {
		return append(out, yield...)
	}
	out = append(out, 0x23) // global.get g
	out = binary.AppendUvarint(out, g)
	out = append(out, 0x42) // i64.const loopBlock-1
	out = appendSleb(out, loopBlock-1)
	out = append(out, 0x83, 0x50, 0x04, 0x40) // i64.and, i64.eqz, if
	out = append(out, yield...)
	return append(out, 0x0b) // end
}

// appendLoopCheck appends the loop-header code: count this iteration on
// local l, a per-call counter, and pay loopBlock units from the fuel
// global whenever it reaches a multiple of loopBlock. l starts at -1 (see
// instrumentBody), so the first iteration of a call pays. The slow path
// leaves l alone, so the hot path carries no extra merge of its value.
func appendLoopCheck(out []byte, g, l uint64) []byte {
	out = append(out, 0x20) // local.get l
	out = binary.AppendUvarint(out, l)
	out = append(out, 0x41, 0x01, 0x6a, 0x22) // i32.const 1, i32.add, local.tee l
	out = binary.AppendUvarint(out, l)
	out = append(out, 0x41) // i32.const loopBlock-1
	out = appendSleb(out, loopBlock-1)
	out = append(out, 0x71, 0x45, 0x04, 0x40) // i32.and, i32.eqz, if
	out = appendCharge(out, g, loopBlock)
	return append(out, 0x0b) // end
}

// paramCounts returns the parameter count of each function the module
// defines, in code-section order.
func paramCounts(shape moduleShape) ([]uint64, error) {
	var types, funcs []uint64
	for _, s := range shape.sections {
		r := &byteReader{b: s.payload}
		switch s.id {
		case 1:
			err := eachOf(r, func(r *byteReader) error {
				if _, err := r.byte(); err != nil { // 0x60
					return err
				}
				n, err := r.count()
				if err != nil {
					return err
				}
				types = append(types, n)
				if _, err := r.take(n); err != nil {
					return err
				}
				n, err = r.count()
				if err == nil {
					_, err = r.take(n)
				}
				return err
			})
			if err != nil {
				return nil, err
			}
		case 3:
			err := eachOf(r, func(r *byteReader) error {
				t, err := r.uleb(32)
				if err == nil && t >= uint64(len(types)) {
					err = malformed("function type index %d out of range", t)
				}
				if err == nil {
					funcs = append(funcs, types[t])
				}
				return err
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return funcs, nil
}

// instrumentCode rewrites the code section: each body gets an extra i32
// local, the entry charge at its start and the loop check after the block
// type of every loop.
func instrumentCode(payload, entry []byte, g uint64, params []uint64) ([]byte, error) {
	r := &byteReader{b: payload}
	n, err := r.count()
	if err != nil {
		return nil, err
	}
	if n != uint64(len(params)) {
		return nil, malformed("%d function bodies for %d functions", n, len(params))
	}
	out := binary.AppendUvarint(make([]byte, 0, len(payload)+len(payload)/4), n)
	var body []byte
	for i := range n {
		size, err := r.uleb(32)
		if err != nil {
			return nil, err
		}
		code, err := r.take(size)
		if err != nil {
			return nil, err
		}
		body, err = instrumentBody(body[:0], code, entry, g, params[i])
		if err != nil {
			return nil, fmt.Errorf("function body %d: %w", i, err)
		}
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	return out, nil
}

func instrumentBody(out, code, entry []byte, g, params uint64) ([]byte, error) {
	r := &byteReader{b: code}
	groups, err := r.count()
	if err != nil {
		return nil, err
	}
	localsStart := r.b
	locals := params
	for range groups {
		n, err := r.uleb(32)
		if err != nil {
			return nil, err
		}
		locals += n
		if _, err := r.byte(); err != nil {
			return nil, err
		}
	}
	// The added local comes after all the others: (1 × i32).
	out = binary.AppendUvarint(out, groups+1)
	out = append(out, localsStart[:len(localsStart)-len(r.b)]...)
	out = append(out, 0x01, 0x7f)
	check := appendLoopCheck(nil, g, locals)
	out = append(out, entry...)
	out = append(out, 0x41, 0x7f, 0x21) // i32.const -1, local.set l
	out = binary.AppendUvarint(out, locals)
	for !r.done() {
		start := r.b
		op, _ := r.byte()
		if err := skipImmediates(r, op, g); err != nil {
			return nil, err
		}
		out = append(out, start[:len(start)-len(r.b)]...)
		if op == 0x03 { // loop
			out = append(out, check...)
		}
	}
	return out, nil
}

// skipImmediates reads the immediates of opcode op: the WebAssembly 2.0
// instruction set (sign extension, saturating truncation, bulk memory,
// reference types, fixed-width SIMD), which is what wazero enables. Any
// other opcode is refused: reading it wrongly could put a check inside an
// immediate. Global indices must be below fuelGlobal.
func skipImmediates(r *byteReader, op byte, fuelGlobal uint64) error {
	var err error
	switch {
	case op <= 0x01 || op == 0x05 || op == 0x0b || op == 0x0f || op == 0x1a || op == 0x1b ||
		(op >= 0x45 && op <= 0xc4) || op == 0xd1:
		// no immediates
	case op >= 0x02 && op <= 0x04: // block, loop, if
		err = r.blockType()
	case op == 0x0c || op == 0x0d || op == 0x10 || (op >= 0x20 && op <= 0x22) ||
		op == 0x25 || op == 0x26 || op == 0xd2:
		_, err = r.uleb(32)
	case op == 0x23 || op == 0x24: // global.get, global.set
		var idx uint64
		if idx, err = r.uleb(32); err == nil && idx >= fuelGlobal {
			err = malformed("global index %d out of range", idx)
		}
	case op == 0x0e: // br_table
		if err = eachOf(r, func(r *byteReader) error { _, err := r.uleb(32); return err }); err == nil {
			_, err = r.uleb(32)
		}
	case op == 0x11: // call_indirect
		if _, err = r.uleb(32); err == nil {
			_, err = r.uleb(32)
		}
	case op == 0x1c: // select t*
		var n uint64
		if n, err = r.count(); err == nil {
			_, err = r.take(n)
		}
	case op >= 0x28 && op <= 0x3e:
		err = r.memarg()
	case op == 0x3f || op == 0x40 || op == 0xd0: // memory.size/grow, ref.null
		_, err = r.byte()
	case op == 0x41:
		_, err = r.uleb(35)
	case op == 0x42:
		_, err = r.uleb(70)
	case op == 0x43:
		_, err = r.take(4)
	case op == 0x44:
		_, err = r.take(8)
	case op == 0xfc:
		err = r.miscImmediates()
	case op == 0xfd:
		err = r.simdImmediates()
	default:
		err = malformed("opcode 0x%02x is not supported", op)
	}
	return err
}

func (r *byteReader) blockType() error {
	if len(r.b) > 0 && (r.b[0] == 0x40 || (r.b[0] >= 0x6f && r.b[0] <= 0x7f)) {
		_, err := r.byte()
		return err
	}
	_, err := r.uleb(35) // type index as a signed 33-bit LEB128
	return err
}

func (r *byteReader) memarg() error {
	if _, err := r.uleb(32); err != nil { // alignment
		return err
	}
	_, err := r.uleb(32) // offset
	return err
}

func (r *byteReader) miscImmediates() error {
	sub, err := r.uleb(32)
	if err != nil {
		return err
	}
	switch {
	case sub <= 7: // saturating truncations
		return nil
	case sub == 8: // memory.init data, memory
		if _, err = r.uleb(32); err == nil {
			_, err = r.byte()
		}
	case sub == 9 || sub == 13 || sub == 15 || sub == 16 || sub == 17: // data.drop, elem.drop, table.grow/size/fill
		_, err = r.uleb(32)
	case sub == 10: // memory.copy
		_, err = r.take(2)
	case sub == 11: // memory.fill
		_, err = r.byte()
	case sub == 12 || sub == 14: // table.init, table.copy
		if _, err = r.uleb(32); err == nil {
			_, err = r.uleb(32)
		}
	default:
		err = malformed("opcode 0xfc %d is not supported", sub)
	}
	return err
}

func (r *byteReader) simdImmediates() error {
	sub, err := r.uleb(32)
	if err != nil {
		return err
	}
	switch {
	case sub <= 11 || sub == 92 || sub == 93: // loads and stores
		err = r.memarg()
	case sub == 12 || sub == 13: // v128.const, i8x16.shuffle
		_, err = r.take(16)
	case sub >= 21 && sub <= 34: // extract and replace lane
		_, err = r.byte()
	case sub >= 84 && sub <= 91: // load and store lane
		if err = r.memarg(); err == nil {
			_, err = r.byte()
		}
	case sub <= 255:
		// no immediates
	default:
		err = malformed("opcode 0xfd %d is not supported", sub)
	}
	return err
}
