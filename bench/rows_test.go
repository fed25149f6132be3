package bench

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func BenchmarkEnclaveTrain(b *testing.B) { benchmark(b, measureEnclaveTrain) }
func BenchmarkScaleNodes(b *testing.B)   { benchmark(b, measureScaleNodes) }

// TestFedTrafficCounts: the scale-nodes rows count the bytes of envelopes
// served (200) by round, every federation request, and nothing else.
func TestFedTrafficCounts(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/federation/3"):
			_, _ = io.WriteString(w, `{"envelope":1}`)
		case strings.HasSuffix(r.URL.Path, "/federation/0"):
			_, _ = io.WriteString(w, `{}`)
		default:
			http.Error(w, "not sent yet", http.StatusNotFound)
		}
	}))
	defer srv.Close()
	tr := &fedTraffic{next: http.DefaultTransport, bytes: map[int]int64{}}
	hc := &http.Client{Transport: tr}
	for _, path := range []string{"/v1/tasks/0x1/federation/3", "/v1/tasks/0x1/federation/4", "/v1/tasks/0x1/federation/0", "/v1/tasks", "/v1/tasks/0x1/federation/3"} {
		resp, err := hc.Get(srv.URL + path + "?to=0x2")
		require.NoError(t, err)
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	require.Equal(t, map[int]int64{3: 2 * int64(len(`{"envelope":1}`)), 0: 2}, tr.bytes)
	require.Equal(t, 4, tr.requests, "the poll answered 404 counts as a request, /v1/tasks does not")
}
