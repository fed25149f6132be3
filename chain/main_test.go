package chain_test

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

// dev is the one dev chain shared by every test in the package; tests
// stay independent by using fresh accounts (newAccount).
var dev *devnet.Chain

// Contract parameters of the shared devnet.
var (
	minTEE      = chain.Tokens(1000)
	minVerifier = chain.Tokens(100)
)

// unbondDelay is long enough that blocks mined by parallel tests cannot
// end a test's unbonding period early, and as long as a task slot of
// testMarket can stay open (the market refuses a shorter one).
const unbondDelay = 500

// testMarket keeps the shared devnet's task durations short, so that its
// unbonding delay can be.
var testMarket = chain.MarketConfig{MaxDuration: 200, MaxVotingWindow: 200, RevealWindow: 100, ClaimPeriod: 100}

func TestMain(m *testing.M) {
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	start := time.Now()
	var err error
	dev, err = devnet.New(ctx, devnet.Config{
		Accounts:   3,
		ListenAddr: "127.0.0.1:0",
		Deploy: chain.DeployConfig{
			MinStakeTEENode:  minTEE,
			MinStakeVerifier: minVerifier,
			UnbondingDelay:   unbondDelay,
			Market:           testMarket,
			Quorum:           2,
		},
	})
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "starting devnet:", err)
		os.Exit(1)
	}
	if testing.Verbose() {
		fmt.Fprintf(os.Stderr, "devnet up in %v\n", time.Since(start))
	}
	code := m.Run()
	dev.Close()
	closeMarketDevnet()
	os.Exit(code)
}

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

var oneETH = big.NewInt(params.Ether)

// devClients holds every account newAccount created on dev, by address,
// so that any verifier drawn onto an approval committee can be made to
// approve (devClient).
var devClients sync.Map

// newAccount returns a client for a fresh account holding 1 ETH and memo MEMO.
func newAccount(t testing.TB, memo *big.Int) *chain.Client {
	t.Helper()
	c, err := dev.NewAccount(testContext(t), oneETH, memo)
	require.NoError(t, err)
	devClients.Store(c.Address(), c)
	return c
}

// devClient returns the client of an account newAccount created, or nil.
func devClient(a common.Address) *chain.Client {
	if c, ok := devClients.Load(a); ok {
		return c.(*chain.Client)
	}
	return nil
}
