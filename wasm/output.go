package wasm

import (
	"context"
	"errors"
	"sync"
)

// limitedWriter keeps at most max bytes. The first write that would pass
// the limit is refused whole, records the overflow and calls stop, which
// cancels the run's context so wazero closes the module.
type limitedWriter struct {
	mu       sync.Mutex
	buf      []byte
	max      int64
	exceeded bool
	stop     context.CancelCauseFunc // nil: truncate silently, never stop
}

var errOutputOverflow = errors.New("output overflow")

func (w *limitedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.exceeded {
		return 0, errOutputOverflow
	}
	if int64(len(w.buf))+int64(len(p)) > w.max {
		if w.stop == nil {
			n := int(w.max - int64(len(w.buf)))
			w.buf = append(w.buf, p[:n]...)
			w.exceeded = true
			return len(p), nil // stderr: keep the head, let the guest go on
		}
		w.exceeded = true
		w.stop(ErrOutputLimit)
		return 0, errOutputOverflow
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

func (w *limitedWriter) bytes() []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf
}

func (w *limitedWriter) overflowed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.exceeded
}
