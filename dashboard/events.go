package dashboard

import (
	"fmt"
	"net/http"
	"time"
)

// maxStream is how long one /events stream lasts; the browser's
// EventSource reconnects after it (retry), so no request stays open for
// ever, and a server's write timeout of a minute never cuts one.
const maxStream = 50 * time.Second

// events streams the chain head as server-sent events: an event "head"
// with the block number each time the dashboard reads a new block, and an
// event "unreachable" with the last block seen when the chain fails. The
// page's script shows it; the pages never need it.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "retry: %d\n\n", (5 * time.Second).Milliseconds())
	fl.Flush()
	end := time.NewTimer(maxStream)
	defer end.Stop()
	tick := time.NewTicker(s.opts.Refresh)
	defer tick.Stop()
	var last uint64
	down := false
	for {
		_ = s.refresh(r.Context())
		st := s.Status()
		switch {
		case st.Unreachable && !down:
			fmt.Fprintf(w, "event: unreachable\ndata: %d\n\n", st.Block)
			fl.Flush()
		case !st.Unreachable && st.Block != last:
			fmt.Fprintf(w, "event: head\ndata: %d\n\n", st.Block)
			fl.Flush()
			last = st.Block
		}
		down = st.Unreachable
		select {
		case <-r.Context().Done():
			return
		case <-end.C:
			return
		case <-tick.C:
		}
	}
}
