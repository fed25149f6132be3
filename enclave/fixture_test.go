package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/vault"
)

// dataset is one user's records sealed in a vault directory store, as the
// user's upload leaves them, with the key the user would wrap in a grant.
type dataset struct {
	owner    *ecdsa.PrivateKey
	store    *vault.DirStore
	manifest *vault.Manifest
	dek      []byte
}

// sealDataset encrypts data into a fresh directory store.
func sealDataset(tb testing.TB, data *train.Dataset) dataset {
	tb.Helper()
	recs := make([]vault.Record, data.Len())
	for i := range recs {
		recs[i] = vault.Record{Features: data.Row(i), Label: float64(data.Y[i])}
	}
	return sealRecords(tb, vault.Schema{Kind: vault.KindVector, Features: data.Schema.NumFeatures(), Classes: data.Schema.Classes}, recs)
}

// sealRecords encrypts records of a schema into a fresh directory store.
func sealRecords(tb testing.TB, schema vault.Schema, recs []vault.Record) dataset {
	tb.Helper()
	ctx := context.Background()
	owner, err := crypto.GenerateKey()
	require.NoError(tb, err)
	store, err := vault.NewDirStore(tb.TempDir())
	require.NoError(tb, err)
	dek, err := vault.NewDEK(nil)
	require.NoError(tb, err)
	w, err := vault.NewWriter(ctx, store, dek, vault.WriterOptions{
		Owner: crypto.PubkeyToAddress(owner.PublicKey), Schema: schema, ChunkSize: 16 << 10,
	})
	require.NoError(tb, err)
	for _, r := range recs {
		require.NoError(tb, w.WriteRecord(r))
	}
	m, err := w.Close()
	require.NoError(tb, err)
	require.NoError(tb, m.Sign(owner))
	raw, err := dek.Bytes()
	require.NoError(tb, err)
	return dataset{owner: owner, store: store, manifest: m, dek: raw}
}

// grantTo signs a grant of the dataset to e under policy and registers it
// on chain; the returned input is what the node hands UnwrapGrant.
func (d dataset) grantTo(tb testing.TB, e *Sim, chain *memChain, policy grant.Policy) Input {
	tb.Helper()
	g := &grant.Grant{
		ChainID: e.cfg.ChainID, Contract: testDataGrants, Dataset: common.Hash(d.manifest.ID), Enclave: e.Address(),
		Policy: policy, Expiry: chain.head + 1000, Nonce: big.NewInt(0), Deadline: chain.head + 500,
	}
	var err error
	g.WrappedKey, err = grant.WrapKey(e.HPKEPublicKey(), d.dek, g.Binding())
	require.NoError(tb, err)
	require.NoError(tb, g.Sign(d.owner))
	chain.register(g)
	return Input{Grant: g, Manifest: d.manifest, Store: d.store}
}

// digitsParts returns the digits data standardised and split IID among users.
func digitsParts(tb testing.TB, users int) []*train.Dataset {
	tb.Helper()
	d, err := train.Digits()
	require.NoError(tb, err)
	st, err := train.FitStandardizer(d)
	require.NoError(tb, err)
	d, err = st.Apply(d)
	require.NoError(tb, err)
	parts, err := train.Partition(d, users, false, 1)
	require.NoError(tb, err)
	return parts
}

// ownerKey is a task owner's HPKE key pair.
func ownerKey(tb testing.TB) hpke.PrivateKey {
	tb.Helper()
	k, err := hpkeKEM().GenerateKey()
	require.NoError(tb, err)
	return k
}
