package grant

import (
	"crypto/ecdh"
	"crypto/hpke"
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The wrap/unwrap benchmarks report operations per second and, as the
// speed measure, the ratio to the classical HPKE baseline DHKEM(X25519)
// with the same KDF and AEAD, timed interleaved in the same run: the cost
// of the post-quantum hybrid.

func benchKeys(b *testing.B) (xwing, classic hpke.PrivateKey) {
	b.Helper()
	var err error
	if xwing, err = hpke.MLKEM768X25519().GenerateKey(); err != nil {
		b.Fatal(err)
	}
	if classic, err = hpke.DHKEM(ecdh.X25519()).GenerateKey(); err != nil {
		b.Fatal(err)
	}
	return xwing, classic
}

func BenchmarkWrap(b *testing.B) {
	xwing, classic := benchKeys(b)
	pub := xwing.PublicKey().Bytes()
	dek := make([]byte, KeySize)
	_, _ = rand.Read(dek)
	bind := Binding{ChainID: 1337, Dataset: common.Hash{1}, Enclave: common.Address{2}}
	var tw, tb time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := WrapKey(pub, dek, bind); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := hpke.Seal(classic.PublicKey(), kdf(), aead(), bind.Info(), dek); err != nil {
			b.Fatal(err)
		}
		tw += t1.Sub(t0)
		tb += time.Since(t1)
	}
	report(b, "wraps/s", tw, tb)
}

func BenchmarkUnwrap(b *testing.B) {
	xwing, classic := benchKeys(b)
	dek := make([]byte, KeySize)
	_, _ = rand.Read(dek)
	bind := Binding{ChainID: 1337, Dataset: common.Hash{1}, Enclave: common.Address{2}}
	w, err := WrapKey(xwing.PublicKey().Bytes(), dek, bind)
	if err != nil {
		b.Fatal(err)
	}
	wc, err := hpke.Seal(classic.PublicKey(), kdf(), aead(), bind.Info(), dek)
	if err != nil {
		b.Fatal(err)
	}
	var tw, tb time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := UnwrapKey(xwing, w, bind); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := hpke.Open(classic, kdf(), aead(), bind.Info(), wc); err != nil {
			b.Fatal(err)
		}
		tw += t1.Sub(t0)
		tb += time.Since(t1)
	}
	report(b, "unwraps/s", tw, tb)
}

func report(b *testing.B, unit string, hybrid, classic time.Duration) {
	n := float64(b.N)
	b.ReportMetric(n/hybrid.Seconds(), unit)
	b.ReportMetric(n/classic.Seconds(), "x25519-"+unit)
	b.ReportMetric(hybrid.Seconds()/classic.Seconds(), "time-ratio-vs-x25519")
}
