package s3_test

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/vault"
	"github.com/memo-protocol/memo-compute/vault/s3"
	"github.com/memo-protocol/memo-compute/vault/s3/s3test"
)

// BenchmarkDataset writes and reads a 64 MiB dataset (64 KiB records)
// through versitygw on loopback: the end-to-end speed of the S3 backend,
// server included.
func BenchmarkDataset(b *testing.B) {
	const records, size = 1024, 64 << 10
	cfg := s3test.Start(b)
	ctx := context.Background()
	s, err := s3.New(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	dek, err := vault.NewDEK(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer dek.Destroy()
	rec := make([]byte, size)
	write := func() *vault.Manifest {
		w, err := vault.NewWriter(ctx, s, dek, vault.WriterOptions{Owner: crypto.PubkeyToAddress(key.PublicKey), Schema: vault.Schema{Kind: vault.KindBytes}})
		if err != nil {
			b.Fatal(err)
		}
		for range records {
			if err := w.WriteRecord(vault.Record{Data: rec}); err != nil {
				b.Fatal(err)
			}
		}
		m, err := w.Close()
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Sign(key); err != nil {
			b.Fatal(err)
		}
		return m
	}
	b.Run("write", func(b *testing.B) {
		b.SetBytes(records * size)
		for b.Loop() {
			write()
		}
	})
	b.Run("read", func(b *testing.B) {
		m := write()
		b.SetBytes(records * size)
		for b.Loop() {
			r, err := vault.NewReader(ctx, s, m, dek, vault.ReaderOptions{})
			if err != nil {
				b.Fatal(err)
			}
			for {
				if _, err := r.Next(); errors.Is(err, io.EOF) {
					break
				} else if err != nil {
					b.Fatal(err)
				}
			}
			r.Close()
		}
	})
}
