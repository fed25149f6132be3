package cluster_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/nodeapi"
)

// mustClient returns an API client of the node at url.
func mustClient(t testing.TB, url string, hc *http.Client) *nodeapi.Client {
	t.Helper()
	c, err := nodeapi.NewClient(url, hc)
	require.NoError(t, err)
	return c
}
