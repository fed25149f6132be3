package vault_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/vault"
)

// Seal three records into a directory store, sign and save the manifest,
// then load it, read the records back and prove that record 1 is part of
// the dataset.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "vault-example")
	defer os.RemoveAll(dir)
	store, _ := vault.NewDirStore(dir)

	ownerKey, _ := crypto.GenerateKey() // the user's wallet key
	dek, _ := vault.NewDEK(nil)         // the dataset's key; wrap it to an enclave to grant access
	defer dek.Destroy()

	schema := vault.Schema{Kind: vault.KindVector, Features: 2, Classes: 2}
	w, _ := vault.NewWriter(ctx, store, dek, vault.WriterOptions{
		Owner:  crypto.PubkeyToAddress(ownerKey.PublicKey),
		Schema: schema,
	})
	for i := range 3 {
		if err := w.WriteRecord(vault.Record{Features: []float64{float64(i), 0.5}, Label: float64(i % 2)}); err != nil {
			panic(err)
		}
	}
	m, err := w.Close()
	if err != nil {
		panic(err)
	}
	if err := m.Sign(ownerKey); err != nil {
		panic(err)
	}
	if err := vault.SaveManifest(ctx, store, m); err != nil {
		panic(err)
	}

	// Elsewhere: load the manifest (its signature is checked) and read.
	m, err = vault.LoadManifest(ctx, store, m.ID)
	if err != nil {
		panic(err)
	}
	r, err := vault.NewReader(ctx, store, m, dek, vault.ReaderOptions{})
	if err != nil {
		panic(err)
	}
	defer r.Close()
	var leaves []vault.Hash
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(err)
		}
		fmt.Println(r.Index(), rec.Features, rec.Label)
		leaves = append(leaves, r.LeafHash())
	}

	// Lineage: an inclusion proof of record 1 against the signed root.
	proof, _ := vault.NewTree(leaves).Proof(1)
	fmt.Println("record 1 proven:", m.VerifyRecord(leaves[1], proof) == nil)
	// Output:
	// 0 [0 0.5] 0
	// 1 [1 0.5] 1
	// 2 [2 0.5] 0
	// record 1 proven: true
}
