package vault

import (
	"bytes"
	"context"
	"fmt"
	"hash"
	"io"
	"runtime"
	"sync"
)

// Sealing and opening fan chunks out to a few workers, one per core, and
// collect the results in chunk order. Each worker does the whole job of a
// chunk (seal + content hash + Put, or Get + content hash check + open in
// place) and, taking turns in chunk order, the SHA-256 leaf hashes of the
// records in it (leaves.go), so on two cores the hashing of one chunk
// overlaps the encryption of the next and the load balances itself
// (docs/RATIONALE.md). The number of
// chunk buffers is fixed (a few per worker), so memory is O(workers ×
// chunk size) whatever the dataset size.

// maxWorkers bounds the workers of one pipeline.
const maxWorkers = 4

func numWorkers() int { return max(1, min(runtime.GOMAXPROCS(0), maxWorkers)) }

// Progress reports how far a Writer or Reader has come.
type Progress struct {
	// Chunks is the number of chunks stored (Writer) or opened (Reader).
	Chunks int
	// PlainBytes is the plaintext bytes in those chunks.
	PlainBytes int64
	// SealedBytes is the ciphertext bytes in those chunks.
	SealedBytes int64
}

type chunkJob struct {
	idx  uint32
	buf  []byte // plaintext (seal) or unused (open)
	last bool
	done chan chunkResult // capacity 1
	// turnIn and turnOut chain the record hashing of consecutive chunks
	// (nil when records are not hashed).
	turnIn, turnOut leafTurn
}

type chunkResult struct {
	ref    ChunkRef
	plain  []byte // opened plaintext (open only)
	leaves []Hash // leaf hashes of the records ending in the chunk
	stored bool   // the chunk is in the store (seal only; even if err is set)
	err    error
}

// sealer is the write pipeline: submit plaintext chunks in order, finish to
// get their references.
type sealer struct {
	ctx      context.Context
	cancel   context.CancelCauseFunc
	store    Store
	aead     *chunkAEAD
	chash    ContentHash
	progress func(Progress)

	plainPool chan []byte
	jobs      chan chunkJob
	order     chan chan chunkResult
	workers   sync.WaitGroup
	collected chan struct{}

	next uint32     // index of the next chunk to submit (caller side)
	refs []ChunkRef // written by the collector, read after it is done

	chain *leafChain  // nil when records are not hashed
	leafs leafPool    // recycled leaf slices
	tree  rootBuilder // the records' Merkle tree, built by the collector
}

// newSealer starts a write pipeline. With records, the plaintext is a framed
// record stream whose leaf hashes the workers compute into p.tree.
func newSealer(ctx context.Context, s Store, aead *chunkAEAD, chash ContentHash, chunkSize int, records bool, progress func(Progress)) *sealer {
	ctx, cancel := context.WithCancelCause(ctx)
	w := numWorkers()
	p := &sealer{
		ctx: ctx, cancel: cancel, store: s, aead: aead, chash: chash, progress: progress,
		plainPool: make(chan []byte, w+2),
		jobs:      make(chan chunkJob, w),
		order:     make(chan chan chunkResult, w+2),
		collected: make(chan struct{}),
		leafs:     make(leafPool, w+2),
	}
	if records {
		p.chain = newLeafChain()
	}
	for range w + 2 {
		p.plainPool <- getChunkBuf(chunkSize + tagSize)
	}
	for range w {
		p.workers.Go(func() {
			out := getChunkBuf(chunkSize + tagSize)
			p.work(out)
			putChunkBuf(out)
		})
	}
	go p.collect()
	return p
}

// err returns the pipeline's first error, if any.
func (p *sealer) err() error {
	if p.ctx.Err() == nil {
		return nil
	}
	return context.Cause(p.ctx)
}

// buffer returns an empty plaintext buffer of capacity chunkSize.
func (p *sealer) buffer() ([]byte, error) {
	select {
	case b := <-p.plainPool:
		return b[:0], nil
	case <-p.ctx.Done():
		return nil, p.err()
	}
}

// submit queues a filled plaintext buffer as the next chunk.
func (p *sealer) submit(buf []byte, last bool) error {
	if p.next == MaxChunks {
		return fmt.Errorf("sealing chunk: more than %d chunks: raise the chunk size", uint64(MaxChunks))
	}
	job := chunkJob{idx: p.next, buf: buf, last: last, done: make(chan chunkResult, 1)}
	if p.chain != nil {
		job.turnIn, job.turnOut = p.chain.link()
	}
	select {
	case p.order <- job.done:
	case <-p.ctx.Done():
		return p.err()
	}
	select {
	case p.jobs <- job:
		p.next++
		return nil
	case <-p.ctx.Done():
		clear(buf)
		job.done <- chunkResult{err: p.err()}
		return p.err()
	}
}

// finish waits for every submitted chunk to be stored. It returns the
// chunks stored even on error, so that they can be deleted.
func (p *sealer) finish() ([]ChunkRef, error) {
	close(p.jobs)
	close(p.order)
	p.workers.Wait()
	<-p.collected
	err := p.err()
	p.cancel(ErrClosed)
	for range cap(p.leafs) {
		select {
		case l := <-p.leafs:
			clear(l[:cap(l)])
		default:
		}
	}
	for range cap(p.plainPool) { // wipe the plaintext buffers
		select {
		case b := <-p.plainPool:
			putChunkBuf(b)
		default:
		}
	}
	return p.refs, err
}

// recordsDone checks, after finish, that the workers hashed exactly the n
// records written and that the stream ended between records.
func (p *sealer) recordsDone(n uint64) error {
	var lh *leafHasher
	select {
	case lh = <-p.chain.prev:
	default:
	}
	switch {
	case lh == nil:
		return fmt.Errorf("hashing records: the last chunk was not hashed: %w", ErrRecord)
	case lh.broken != nil:
		return fmt.Errorf("hashing records: %w", lh.broken)
	case !lh.clean() || p.tree.n != n:
		return fmt.Errorf("hashing records: %d leaves for %d records: %w", p.tree.n, n, ErrRecord)
	}
	return nil
}

func (p *sealer) work(out []byte) {
	for job := range p.jobs {
		var res chunkResult
		if p.ctx.Err() != nil {
			res.err = p.err()
		} else {
			// Hash the records first if it is already this chunk's turn,
			// else seal first and wait for the turn afterwards.
			hashed := job.turnIn == nil
			if !hashed {
				if lh, ok := takeTurn(p.ctx, job.turnIn, false); ok {
					res.leaves, hashed = hashLeaves(lh, job.buf, job.turnOut, p.leafs.get()), true
				}
			}
			out = p.aead.seal(out[:0], job.buf, job.idx, job.last)
			res.ref, res.err = p.put(job.idx, out)
			res.ref.Size = int64(len(out))
			res.stored = res.err == nil
			if res.err == nil && !hashed {
				if lh, ok := takeTurn(p.ctx, job.turnIn, true); ok {
					res.leaves = hashLeaves(lh, job.buf, job.turnOut, p.leafs.get())
				} else {
					res.err = p.err()
				}
			}
		}
		p.plainPool <- job.buf // overwritten by the next chunk, wiped by finish
		if res.err != nil {
			p.cancel(res.err)
		}
		job.done <- res
	}
}

func (p *sealer) put(idx uint32, sealed []byte) (ChunkRef, error) {
	h, err := p.chash.Sum(sealed)
	if err != nil {
		return ChunkRef{}, err
	}
	if err := p.store.Put(p.ctx, h.String(), bytes.NewReader(sealed), int64(len(sealed))); err != nil {
		return ChunkRef{}, fmt.Errorf("storing chunk %d: %w", idx, err)
	}
	return ChunkRef{Hash: h}, nil
}

// collect gathers the results in chunk order. Stored chunks are recorded
// even after a failure so that the Writer can delete them.
func (p *sealer) collect() {
	defer close(p.collected)
	var prog Progress
	for done := range p.order {
		res := <-done
		if res.stored {
			p.refs = append(p.refs, res.ref)
		}
		if res.err != nil {
			continue
		}
		for _, l := range res.leaves {
			p.tree.add(l)
		}
		p.leafs.put(res.leaves)
		prog.Chunks++
		prog.PlainBytes += res.ref.Size - tagSize
		prog.SealedBytes += res.ref.Size
		if p.progress != nil && p.ctx.Err() == nil {
			p.progress(prog)
		}
	}
}

// opener is the read pipeline: it fetches, checks and opens a manifest's
// chunks and hands out their plaintext in order. A chunk's plaintext is
// handed out only after the chunk authenticated, and nothing after the
// first failed chunk is.
type opener struct {
	ctx      context.Context
	cancel   context.CancelCauseFunc
	store    Store
	aead     *chunkAEAD
	chash    ContentHash
	chunks   []ChunkRef
	progress func(Progress)

	plainPool chan []byte
	jobs      chan chunkJob
	order     chan chan chunkResult
	wg        sync.WaitGroup
	prog      Progress

	chain *leafChain // nil when records are not hashed
	leafs leafPool
}

// newOpener starts a read pipeline. With records, the workers also compute
// the leaf hashes of the framed records, handed out with each chunk.
func newOpener(ctx context.Context, s Store, aead *chunkAEAD, m *Manifest, records bool, progress func(Progress)) *opener {
	ctx, cancel := context.WithCancelCause(ctx)
	// Small datasets get small buffers and few workers.
	w := min(numWorkers(), len(m.Chunks))
	plainCap := int(min(int64(m.ChunkSize), m.PlainSize))
	o := &opener{
		ctx: ctx, cancel: cancel, store: s, aead: aead, chash: m.ContentHash, chunks: m.Chunks, progress: progress,
		plainPool: make(chan []byte, w+2),
		jobs:      make(chan chunkJob, w),
		order:     make(chan chan chunkResult, w+1),
		leafs:     make(leafPool, w+2),
	}
	if records {
		o.chain = newLeafChain()
	}
	// A chunk is fetched into a pool buffer and decrypted in place, so each
	// chunk in flight costs one buffer and one pass of writes.
	for range w + 2 {
		o.plainPool <- getChunkBuf(plainCap + tagSize)
	}
	for range w {
		o.wg.Go(o.work)
	}
	o.wg.Go(o.dispatch)
	return o
}

func (o *opener) err() error {
	if o.ctx.Err() == nil {
		return nil
	}
	return context.Cause(o.ctx)
}

// dispatch hands the chunks to the workers, at most cap(order) ahead of the
// consumer.
func (o *opener) dispatch() {
	defer close(o.jobs)
	defer close(o.order)
	for i := range o.chunks {
		job := chunkJob{idx: uint32(i), done: make(chan chunkResult, 1)}
		if o.chain != nil {
			job.turnIn, job.turnOut = o.chain.link()
		}
		select {
		case o.order <- job.done:
		case <-o.ctx.Done():
			return
		}
		select {
		case o.jobs <- job:
		case <-o.ctx.Done():
			job.done <- chunkResult{err: o.err()}
			return
		}
	}
}

// next returns the plaintext of the next chunk and the leaf hashes of the
// records ending in it (give both back with release), io.EOF after the final
// chunk, or the first error in chunk order.
func (o *opener) next() ([]byte, []Hash, error) {
	if err := o.err(); err != nil {
		return nil, nil, err
	}
	done, ok := <-o.order
	if !ok {
		if err := o.err(); err != nil {
			return nil, nil, err
		}
		return nil, nil, io.EOF
	}
	res := <-done
	if res.err != nil {
		o.cancel(res.err)
		return nil, nil, res.err
	}
	o.prog.Chunks++
	o.prog.PlainBytes += int64(len(res.plain))
	o.prog.SealedBytes += int64(len(res.plain)) + tagSize
	if o.progress != nil {
		o.progress(o.prog)
	}
	return res.plain, res.leaves, nil
}

// release gives a plaintext buffer and its leaves back; the buffer is
// overwritten by a later chunk and wiped by close.
func (o *opener) release(b []byte, leaves []Hash) {
	o.plainPool <- b[:0]
	o.leafs.put(leaves)
}

func (o *opener) close() {
	o.cancel(ErrClosed)
	// Drain results so that workers and their buffers are freed.
	for done := range o.order {
		res := <-done
		if res.plain != nil {
			putChunkBuf(res.plain)
		}
		clear(res.leaves)
	}
	o.wg.Wait()
	for range cap(o.leafs) {
		select {
		case l := <-o.leafs:
			clear(l[:cap(l)])
		default:
		}
	}
	for range cap(o.plainPool) {
		select {
		case b := <-o.plainPool:
			putChunkBuf(b)
		default:
		}
	}
}

func (o *opener) work() {
	n := uint32(len(o.chunks))
	h, _ := o.chash.newHash() // checked by Manifest.Validate
	for job := range o.jobs {
		var buf []byte
		select {
		case buf = <-o.plainPool:
		case <-o.ctx.Done():
			job.done <- chunkResult{err: o.err()}
			continue
		}
		pt, err := o.openChunk(buf, job.idx, n, h)
		var leaves []Hash
		if job.turnIn != nil {
			if err != nil {
				job.turnOut <- nil // later chunks give up hashing (and are never released)
			} else if lh, ok := takeTurn(o.ctx, job.turnIn, true); ok {
				leaves = hashLeaves(lh, pt, job.turnOut, o.leafs.get())
			} else {
				err = o.err()
			}
		}
		if err != nil {
			clear(buf[:cap(buf)])
			o.plainPool <- buf[:0]
			pt = nil
		}
		job.done <- chunkResult{plain: pt, leaves: leaves, err: err}
	}
}

// openChunk fetches chunk i of n into buf, checks its content address and
// decrypts it in place. On failure buf may hold ciphertext or nothing, but
// never plaintext.
func (o *opener) openChunk(buf []byte, i, n uint32, h hash.Hash) ([]byte, error) {
	ref := o.chunks[i]
	sealed, err := o.fetch(buf, ref, h)
	if err != nil {
		return nil, fmt.Errorf("fetching chunk %d: %w", i, err)
	}
	if pt, ok := o.aead.openInPlace(sealed, i, n); ok {
		return pt, nil
	}
	// Opening wiped the ciphertext: fetch it again (its content address is
	// checked again, so it is the same bytes) and find out what is wrong.
	if sealed, err = o.fetch(buf, ref, h); err != nil {
		return nil, fmt.Errorf("fetching chunk %d: %w", i, err)
	}
	return nil, fmt.Errorf("opening chunk %d: %w", i, o.aead.diagnose(make([]byte, 0, len(sealed)), sealed, i, n))
}

// chunkBufs recycles chunk buffers of the default size between pipelines,
// so that every Reader and Writer does not allocate fresh ones (which the
// runtime zeroes, a needless pass since a pipeline wipes its buffers when it
// ends). Only wiped buffers are put back.
var chunkBufs sync.Pool

const pooledBufCap = DefaultChunkSize + tagSize

// getChunkBuf returns an empty, zeroed buffer of capacity n.
func getChunkBuf(n int) []byte {
	if n == pooledBufCap {
		if b, ok := chunkBufs.Get().(*[]byte); ok {
			return (*b)[:0]
		}
	}
	return make([]byte, 0, n)
}

// putChunkBuf wipes b and recycles it if it has the pooled size.
func putChunkBuf(b []byte) {
	b = b[:cap(b)]
	clear(b)
	if cap(b) == pooledBufCap {
		chunkBufs.Put(&b)
	}
}

// fetchPiece is how much of a blob is read and hashed at a time: hashing
// each piece as soon as it is read, while it is still in the core's cache,
// saves a pass over memory (docs/RATIONALE.md).
const fetchPiece = 64 << 10

// fetch reads the blob of ref into buf and checks its size and content hash.
func (o *opener) fetch(buf []byte, ref ChunkRef, h hash.Hash) ([]byte, error) {
	rc, err := o.store.Get(o.ctx, ref.Hash.String())
	if err != nil {
		return buf, err
	}
	defer rc.Close()
	if ref.Size > int64(cap(buf)) {
		return buf, fmt.Errorf("chunk of %d bytes exceeds the manifest's chunk size: %w", ref.Size, ErrManifest)
	}
	buf = buf[:ref.Size]
	h.Reset()
	for off := 0; off < len(buf); off += fetchPiece {
		piece := buf[off:min(off+fetchPiece, len(buf))]
		if _, err := io.ReadFull(rc, piece); err != nil {
			if err == io.ErrUnexpectedEOF || err == io.EOF {
				return buf, fmt.Errorf("blob %s shorter than %d bytes: %w", ref.Hash, ref.Size, ErrBlobHash)
			}
			return buf, fmt.Errorf("reading blob %s: %w: %w", ref.Hash, ErrUnavailable, err)
		}
		h.Write(piece)
	}
	var one [1]byte
	if n, _ := io.ReadFull(rc, one[:]); n > 0 {
		return buf, fmt.Errorf("blob %s longer than %d bytes: %w", ref.Hash, ref.Size, ErrBlobHash)
	}
	var sum Hash
	if h.Sum(sum[:0]); sum != ref.Hash {
		return buf, fmt.Errorf("blob %s hashes to %s: %w", ref.Hash, sum, ErrBlobHash)
	}
	return buf, nil
}

// takeTurn returns the record hasher once it is this chunk's turn. Without
// wait it returns at once, with ok false if the turn has not come; with
// wait it gives up (ok false) when the pipeline is cancelled.
func takeTurn(ctx context.Context, in leafTurn, wait bool) (lh *leafHasher, ok bool) {
	if !wait {
		select {
		case lh = <-in:
			return lh, true
		default:
			return nil, false
		}
	}
	select {
	case lh = <-in:
		return lh, true
	case <-ctx.Done():
		return nil, false
	}
}

// hashLeaves hashes the records of plain, appending their leaves, and
// passes the hasher on to the next chunk.
func hashLeaves(lh *leafHasher, plain []byte, out leafTurn, leaves []Hash) []Hash {
	if lh != nil {
		leaves = lh.feed(plain, leaves)
	}
	out <- lh
	return leaves
}
