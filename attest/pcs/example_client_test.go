package pcs_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// A verifier fetches the collateral of each quote's platform from a PCCS
// (here a local one serving the real collateral of attest/testdata) and
// keeps it on disk until its nextUpdate.
func ExampleClient() {
	cj, _ := os.ReadFile(filepath.Join("..", "testdata", "tdx_quote_collateral.json"))
	coll, _ := pcs.ParseCollateral(cj)
	pccs := httptest.NewServer(pcs.Handler(coll))
	defer pccs.Close()
	cache, _ := os.MkdirTemp("", "pcs-cache")
	defer os.RemoveAll(cache)

	at := func() time.Time { return time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC) }
	client := &pcs.Client{BaseURL: pccs.URL, Timeout: 5 * time.Second, Retries: 2, Cache: &pcs.Cache{Dir: cache}, Now: at}
	v, _ := verify.New(verify.Options{Now: at, Getter: client})

	quote, _ := os.ReadFile(filepath.Join("..", "testdata", "tdx_quote"))
	res, err := v.VerifyContext(context.Background(), quote)
	if err != nil {
		fmt.Println("refused:", err)
		return
	}
	fmt.Println("FMSPC", hex.EncodeToString(res.FMSPC[:]), "TCB", res.TCBStatus)
	fmt.Println("current until", pcs.NextUpdate(coll).Format(time.DateOnly))
	// Output:
	// FMSPC b0c06f000000 TCB UpToDate
	// current until 2025-07-19
}
