package attest_test

import (
	"context"
	"crypto/x509"
	"fmt"
	"time"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// A dev deployment: a sim authority quotes an enclave whose report data
// binds its keys to the deployment; a verifier that trusts the sim root
// checks the quote against a policy.
func Example() {
	authority, err := sim.New(make([]byte, sim.SeedSize)) // persist with authority.Marshal()
	if err != nil {
		panic(err)
	}
	binding := attest.Binding{ChainID: 1337, Registry: [20]byte{0xaa}, Enclave: [20]byte{0xbb},
		HPKEPublicKey: []byte("enclave HPKE public key"), Nonce: [32]byte{1}}
	measurement := [32]byte{0x42}
	quote, err := authority.Quote(sim.Report{MREnclave: measurement, ReportData: attest.ReportData(binding)})
	if err != nil {
		panic(err)
	}

	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	collateral, err := authority.Collateral(sim.CollateralOptions{Issued: now.Add(-time.Hour)})
	if err != nil {
		panic(err)
	}
	v, err := verify.New(verify.Options{
		Now:          func() time.Time { return now },
		TrustedRoots: []*x509.Certificate{authority.Root()}, // production: nil (Intel's root alone)
		Collateral:   collateral,
	})
	if err != nil {
		panic(err)
	}
	want := attest.ReportData(binding)
	summary, err := attest.Evaluate(context.Background(), quote, v, validate.Policy{
		MREnclaves: [][32]byte{measurement},
		ReportData: &want,
	})
	fmt.Println(summary.Valid, summary.TCBStatus, err)

	// The same quote under Intel's root alone is refused.
	prod, _ := verify.New(verify.Options{Now: func() time.Time { return now }, Collateral: collateral})
	summary, err = attest.Evaluate(context.Background(), quote, prod, validate.Policy{})
	fmt.Println(summary.Valid, err != nil)
	// Output:
	// true UpToDate <nil>
	// false true
}
