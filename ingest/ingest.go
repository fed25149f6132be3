// Package ingest turns a CSV file into a vault dataset: it reads the file
// record by record with the rules of train.ReadCSV (a header row, numeric
// feature columns, an integer label column), seals each record into a
// vault store under a fresh data key as soon as it is read, signs the
// manifest with the owner's key and stores it.
//
// It promises flat memory (nothing grows with the file) and all or
// nothing: a malformed row aborts the upload, deletes the chunks already
// stored and returns the *train.CSVError naming the line and column; a file
// with only a header stores nothing; a manifest that cannot be stored takes
// its chunks with it (as far as the store lets them be deleted). The data key is returned as a
// *vault.DEK for the caller to seal or wrap and then destroy; no function
// here returns its bytes. It logs nothing and trusts the store no more than
// package vault does.
package ingest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// Options configures CSV.
type Options struct {
	// CSV sets the label column and the class count (zero values: column
	// "label", classes inferred as one more than the largest label).
	CSV train.CSVOptions
	// ChunkSize is the plaintext chunk size in bytes; 0 means the vault default.
	ChunkSize int
}

// CSV reads CSV records from r and seals them into st as a dataset owned by
// key. It returns the signed, stored manifest and the data key, which the
// caller destroys. A file with a header only is train.ErrEmpty.
func CSV(ctx context.Context, st vault.Store, key *ecdsa.PrivateKey, r io.Reader, opts Options) (*vault.Manifest, *vault.DEK, error) {
	if opts.CSV.Label == "" {
		opts.CSV.Label = "label"
	}
	cr, err := train.NewCSVReader(r, opts.CSV)
	if err != nil {
		return nil, nil, err
	}
	// Read the first record before creating anything in the store, so that
	// a file with only a header leaves nothing behind.
	x, y, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("reading CSV: %w: only a header", train.ErrEmpty)
	}
	if err != nil {
		return nil, nil, err
	}
	dek, err := vault.NewDEK(nil)
	if err != nil {
		return nil, nil, err
	}
	keep := false
	defer func() {
		if !keep {
			dek.Destroy()
		}
	}()
	schema := cr.Schema()
	// With inferred classes the writer accepts any label (the CSV reader
	// has checked it is a class index) and the manifest gets the count
	// once every record is read.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := vault.NewWriter(ctx, st, dek, vault.WriterOptions{
		Owner:     crypto.PubkeyToAddress(key.PublicKey),
		Schema:    vault.Schema{Kind: vault.KindVector, Features: schema.NumFeatures(), Classes: schema.Classes, Columns: append(schema.Features, schema.Label)},
		ChunkSize: opts.ChunkSize,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("starting upload: %w", err)
	}
	abort := func(err error) (*vault.Manifest, *vault.DEK, error) {
		cancel() // makes Close fail and delete the chunks already stored
		_, _ = w.Close()
		return nil, nil, err
	}
	for {
		if err := w.WriteRecord(vault.Record{Features: x, Label: float64(y)}); err != nil {
			return abort(fmt.Errorf("encrypting record %d: %w", cr.Records()-1, err))
		}
		x, y, err = cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return abort(err)
		}
	}
	m, err := w.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("finishing upload: %w", err)
	}
	m.Schema.Classes = cr.Classes()
	if err := m.Sign(key); err != nil {
		discard(ctx, st, m)
		return nil, nil, fmt.Errorf("signing manifest: %w", err)
	}
	if err := vault.SaveManifest(ctx, st, m); err != nil {
		discard(ctx, st, m)
		return nil, nil, fmt.Errorf("storing manifest: %w", err)
	}
	keep = true
	return m, dek, nil
}

// discard deletes the chunks of a dataset whose manifest could not be
// stored, so that a failed upload leaves nothing behind. It runs even if
// ctx was cancelled, for a bounded time, and does its best: the error
// already on its way to the caller is the one that matters.
func discard(ctx context.Context, st vault.Store, m *vault.Manifest) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	for _, c := range m.Chunks {
		_ = st.Delete(ctx, c.Hash.String())
	}
}
