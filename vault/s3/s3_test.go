package s3_test

import (
	"bytes"
	"context"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
	"github.com/memo-protocol/memo-compute/vault/s3/s3test"
	"github.com/memo-protocol/memo-compute/vault/storetest"
)

func TestStoreSuite(t *testing.T) {
	cfg := s3test.Start(t)
	for _, prefix := range []string{"", "memo/"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			cfg.Prefix = prefix
			s, err := s3.New(context.Background(), cfg)
			require.NoError(t, err)
			storetest.Run(t, s)
		})
	}
}

func TestMissingBucket(t *testing.T) {
	cfg := s3test.Start(t)
	cfg.Bucket = "absent"
	_, err := s3.New(context.Background(), cfg)
	require.ErrorIs(t, err, vault.ErrUnavailable)

	cfg.CreateBucket = true
	s, err := s3.New(context.Background(), cfg)
	require.NoError(t, err)
	require.NoError(t, s.Put(context.Background(), "x", bytes.NewReader([]byte("x")), 1))
}

func TestWrongCredentials(t *testing.T) {
	cfg := s3test.Start(t)
	cfg.SecretKey = "wrong" + cfg.SecretKey
	cfg.MaxRetries = 1
	_, err := s3.New(context.Background(), cfg)
	require.ErrorIs(t, err, vault.ErrUnavailable)
}

// An endpoint where nothing listens: every call fails with ErrUnavailable,
// quickly, and a dataset cannot be written there.
func TestUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = s3.New(ctx, s3.Config{Endpoint: addr, Bucket: "b", MaxRetries: 1})
	require.ErrorIs(t, err, vault.ErrUnavailable)
}
