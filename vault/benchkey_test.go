package vault

import (
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

type benchKey struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

func mustBenchKey(b *testing.B) benchKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	return benchKey{k, crypto.PubkeyToAddress(k.PublicKey)}
}
