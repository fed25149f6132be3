package vault

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"
)

// Sealing and opening run as three-stage pipelines with a fixed number of
// chunk buffers (pipeDepth each for plaintext and ciphertext), so memory is
// O(chunk size) whatever the dataset size:
//
//	seal: caller fills plaintext chunks → AES-GCM seal → content hash + Store.Put
//	open: Store.Get + content hash check → AES-GCM open → caller parses records
//
// The two crypto stages run on their own goroutines, so on two cores
// encryption and hashing overlap (docs/RATIONALE.md).
const pipeDepth = 3

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
	idx   uint32
	buf   []byte
	last  bool
	plain int
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
	sealPool  chan []byte
	sealCh    chan chunkJob
	putCh     chan chunkJob
	wg        sync.WaitGroup

	next uint32     // index of the next chunk to submit (caller side)
	refs []ChunkRef // written by the put stage, read after wg.Wait
	prog Progress
}

func newSealer(ctx context.Context, s Store, aead *chunkAEAD, chash ContentHash, chunkSize int, progress func(Progress)) *sealer {
	ctx, cancel := context.WithCancelCause(ctx)
	p := &sealer{
		ctx: ctx, cancel: cancel, store: s, aead: aead, chash: chash, progress: progress,
		plainPool: make(chan []byte, pipeDepth),
		sealPool:  make(chan []byte, pipeDepth),
		sealCh:    make(chan chunkJob, 1),
		putCh:     make(chan chunkJob, 1),
	}
	for range pipeDepth {
		p.plainPool <- make([]byte, 0, chunkSize)
		p.sealPool <- make([]byte, 0, chunkSize+tagSize)
	}
	p.wg.Add(2)
	go p.sealStage()
	go p.putStage()
	return p
}

// fail records the first error and stops the pipeline.
func (p *sealer) fail(err error) { p.cancel(err) }

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
	select {
	case p.sealCh <- chunkJob{idx: p.next, buf: buf, last: last, plain: len(buf)}:
		p.next++
		return nil
	case <-p.ctx.Done():
		return p.err()
	}
}

// finish waits for every submitted chunk to be stored. It returns the
// chunks stored even on error, so that they can be deleted.
func (p *sealer) finish() ([]ChunkRef, error) {
	close(p.sealCh)
	p.wg.Wait()
	err := p.err()
	p.cancel(ErrClosed)
	for range pipeDepth { // plaintext buffers are wiped before they go
		select {
		case b := <-p.plainPool:
			clear(b[:cap(b)])
		default:
		}
	}
	return p.refs, err
}

func (p *sealer) sealStage() {
	defer p.wg.Done()
	defer close(p.putCh)
	for job := range p.sealCh {
		if p.ctx.Err() != nil {
			p.plainPool <- job.buf
			continue
		}
		var out []byte
		select {
		case out = <-p.sealPool:
		case <-p.ctx.Done():
			p.plainPool <- job.buf
			continue
		}
		out = p.aead.seal(out[:0], job.buf, job.idx, job.last)
		clear(job.buf)
		p.plainPool <- job.buf
		p.putCh <- chunkJob{idx: job.idx, buf: out, last: job.last, plain: job.plain}
	}
}

func (p *sealer) putStage() {
	defer p.wg.Done()
	for job := range p.putCh {
		if p.ctx.Err() == nil {
			if err := p.put(job); err != nil {
				p.fail(err)
			}
		}
		p.sealPool <- job.buf
	}
}

func (p *sealer) put(job chunkJob) error {
	h, err := p.chash.Sum(job.buf)
	if err != nil {
		return err
	}
	if err := p.store.Put(p.ctx, h.String(), bytes.NewReader(job.buf), int64(len(job.buf))); err != nil {
		return fmt.Errorf("storing chunk %d: %w", job.idx, err)
	}
	p.refs = append(p.refs, ChunkRef{Hash: h, Size: int64(len(job.buf))})
	p.prog.Chunks++
	p.prog.PlainBytes += int64(job.plain)
	p.prog.SealedBytes += int64(len(job.buf))
	if p.progress != nil {
		p.progress(p.prog)
	}
	return nil
}

// opener is the read pipeline: it fetches, checks and opens a manifest's
// chunks in order and hands out their plaintext. A chunk's plaintext is
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

	sealPool  chan []byte
	plainPool chan []byte
	openCh    chan chunkJob
	outCh     chan chunkJob
	wg        sync.WaitGroup
}

func newOpener(ctx context.Context, s Store, aead *chunkAEAD, m *Manifest, progress func(Progress)) *opener {
	ctx, cancel := context.WithCancelCause(ctx)
	o := &opener{
		ctx: ctx, cancel: cancel, store: s, aead: aead, chash: m.ContentHash, chunks: m.Chunks, progress: progress,
		sealPool:  make(chan []byte, pipeDepth),
		plainPool: make(chan []byte, pipeDepth),
		openCh:    make(chan chunkJob, 1),
		outCh:     make(chan chunkJob, 1),
	}
	for range pipeDepth {
		o.sealPool <- make([]byte, 0, m.ChunkSize+tagSize)
		o.plainPool <- make([]byte, 0, m.ChunkSize)
	}
	o.wg.Add(2)
	go o.fetchStage()
	go o.openStage()
	return o
}

func (o *opener) err() error {
	if o.ctx.Err() == nil {
		return nil
	}
	return context.Cause(o.ctx)
}

// next returns the plaintext of the next chunk (give it back with release),
// or io.EOF after the final chunk, or the pipeline's first error.
func (o *opener) next() ([]byte, error) {
	select {
	case job, ok := <-o.outCh:
		if !ok {
			if err := o.err(); err != nil {
				return nil, err
			}
			return nil, io.EOF
		}
		return job.buf, nil
	case <-o.ctx.Done():
		return nil, o.err()
	}
}

func (o *opener) release(b []byte) {
	clear(b)
	o.plainPool <- b[:0]
}

func (o *opener) close() {
	o.cancel(ErrClosed)
	o.wg.Wait()
	for range pipeDepth {
		select {
		case b := <-o.plainPool:
			clear(b[:cap(b)])
		default:
		}
	}
}

func (o *opener) fetchStage() {
	defer o.wg.Done()
	defer close(o.openCh)
	for i, ref := range o.chunks {
		var buf []byte
		select {
		case buf = <-o.sealPool:
		case <-o.ctx.Done():
			return
		}
		buf, err := o.fetch(buf, ref)
		if err != nil {
			o.cancel(fmt.Errorf("fetching chunk %d: %w", i, err))
			return
		}
		select {
		case o.openCh <- chunkJob{idx: uint32(i), buf: buf}:
		case <-o.ctx.Done():
			return
		}
	}
}

func (o *opener) fetch(buf []byte, ref ChunkRef) ([]byte, error) {
	rc, err := o.store.Get(o.ctx, ref.Hash.String())
	if err != nil {
		return buf, err
	}
	defer rc.Close()
	buf = buf[:ref.Size]
	if _, err := io.ReadFull(rc, buf); err != nil {
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return buf, fmt.Errorf("blob %s shorter than %d bytes: %w", ref.Hash, ref.Size, ErrBlobHash)
		}
		return buf, fmt.Errorf("reading blob %s: %w: %w", ref.Hash, ErrUnavailable, err)
	}
	var one [1]byte
	if n, _ := io.ReadFull(rc, one[:]); n > 0 {
		return buf, fmt.Errorf("blob %s longer than %d bytes: %w", ref.Hash, ref.Size, ErrBlobHash)
	}
	h, err := o.chash.Sum(buf)
	if err != nil {
		return buf, err
	}
	if h != ref.Hash {
		return buf, fmt.Errorf("blob %s hashes to %s: %w", ref.Hash, h, ErrBlobHash)
	}
	return buf, nil
}

func (o *opener) openStage() {
	defer o.wg.Done()
	defer close(o.outCh)
	n := uint32(len(o.chunks))
	var prog Progress
	for job := range o.openCh {
		var out []byte
		select {
		case out = <-o.plainPool:
		case <-o.ctx.Done():
			o.sealPool <- job.buf
			return
		}
		pt, err := o.aead.open(out[:0], job.buf, job.idx, n)
		sealed := len(job.buf)
		o.sealPool <- job.buf
		if err != nil {
			o.plainPool <- out
			o.cancel(fmt.Errorf("opening chunk %d: %w", job.idx, err))
			return
		}
		select {
		case o.outCh <- chunkJob{idx: job.idx, buf: pt}:
		case <-o.ctx.Done():
			return
		}
		prog.Chunks++
		prog.PlainBytes += int64(len(pt))
		prog.SealedBytes += int64(sealed)
		if o.progress != nil {
			o.progress(prog)
		}
	}
}
