package s3_test

import (
	"bytes"
	"context"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
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

// The server goes away in the middle of an upload and of a download: both
// fail with ErrUnavailable instead of hanging or returning partial data.
func TestServerGoesAway(t *testing.T) {
	cfg, stop := s3test.StartStoppable(t)
	cfg.MaxRetries = 1
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s, err := s3.New(ctx, cfg)
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(t, err)
	defer dek.Destroy()

	write := func() (*vault.Writer, error) {
		w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{
			Owner: crypto.PubkeyToAddress(key.PublicKey), Schema: vault.Schema{Kind: vault.KindBytes}, ChunkSize: vault.MinChunkSize,
		})
		require.NoError(t, err)
		for range 64 {
			if err := w.WriteRecord(vault.Record{Data: make([]byte, 1000)}); err != nil {
				return w, err
			}
		}
		return w, nil
	}
	w, err := write()
	require.NoError(t, err)
	m, err := w.Close()
	require.NoError(t, err)
	require.NoError(t, m.Sign(key))

	r, err := vault.NewReader(ctx, s, m, dek, vault.ReaderOptions{})
	require.NoError(t, err)
	defer r.Close()
	_, err = r.Next()
	require.NoError(t, err)

	stop()
	var rerr error
	for rerr == nil {
		_, rerr = r.Next()
	}
	require.ErrorIs(t, rerr, vault.ErrUnavailable)

	w, err = write()
	if err == nil {
		_, err = w.Close()
	} else {
		_, cerr := w.Close()
		require.ErrorIs(t, cerr, vault.ErrUnavailable)
	}
	require.ErrorIs(t, err, vault.ErrUnavailable)
}
