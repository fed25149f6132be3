package main

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

// publicChains are the chain ids of public networks, mainnets and their
// major testnets, on which memoc deploy refuses to trust a simulated
// attestation root (anyone can make quotes that chain to it) or to fund
// accounts whose keys it writes into the deployment file.
var publicChains = map[uint64]string{
	1: "Ethereum mainnet", 11155111: "Sepolia", 17000: "Holesky", 560048: "Hoodi", 5: "Goerli",
	10: "OP Mainnet", 11155420: "OP Sepolia", 8453: "Base", 84532: "Base Sepolia",
	42161: "Arbitrum One", 42170: "Arbitrum Nova", 421614: "Arbitrum Sepolia",
	137: "Polygon PoS", 80002: "Polygon Amoy", 1101: "Polygon zkEVM",
	56: "BNB Smart Chain", 97: "BNB Smart Chain testnet", 100: "Gnosis", 10200: "Gnosis Chiado",
	43114: "Avalanche C-Chain", 43113: "Avalanche Fuji", 250: "Fantom", 324: "zkSync Era", 300: "zkSync Sepolia",
	59144: "Linea", 59141: "Linea Sepolia", 534352: "Scroll", 534351: "Scroll Sepolia",
	42220: "Celo", 5000: "Mantle", 81457: "Blast", 7777777: "Zora", 1284: "Moonbeam", 25: "Cronos",
}

// testChainFlags are memoc deploy's flags for test chains.
type testChainFlags struct {
	trustSimRoot      bool
	accounts          int
	fundETH, fundMEMO string
}

func addTestChainFlags(cmd *cobra.Command, f *testChainFlags) {
	fl := cmd.Flags()
	fl.BoolVar(&f.trustSimRoot, "trust-sim-root", false, "test chains only: trust the simulated attestation root of memoc devnet (written beside the deployment file), so sim nodes can run, e.g. against geth --dev; refused on the chain id of a public network")
	fl.IntVar(&f.accounts, "dev-accounts", 0, "with --trust-sim-root: list the deployer as dev account 0 and create and fund N-1 more accounts from it (keys written into the deployment file, for --dev-account)")
	fl.StringVar(&f.fundETH, "fund-eth", "10", "ETH the deployer sends each new dev account")
	fl.StringVar(&f.fundMEMO, "fund-memo", "100000", "MEMO the deployer sends each new dev account")
}

// checkFlags checks the test-chain flags' values (before any dialling).
func (f *testChainFlags) checkFlags(cmd *cobra.Command) error {
	if !f.trustSimRoot {
		for _, n := range []string{"dev-accounts", "fund-eth", "fund-memo"} {
			if given(cmd, n) {
				return usagef("--%s goes with --trust-sim-root (test chains only)", n)
			}
		}
	}
	if f.accounts < 0 || f.accounts > 1000 {
		return usagef("--dev-accounts %d: want 0-1000", f.accounts)
	}
	return nil
}

// checkChain refuses --trust-sim-root on a public network's chain id.
func (f *testChainFlags) checkChain(chainID uint64) error {
	if name, ok := publicChains[chainID]; ok && f.trustSimRoot {
		return fmt.Errorf("chain %d is %s, a public network: memoc deploy does not trust a simulated attestation root there (anyone can forge quotes that chain to it); drop --trust-sim-root", chainID, name)
	}
	return nil
}

// simRootHash is the hash of the dev chain's sim root, which
// --trust-sim-root trusts.
func simRootHash() (common.Hash, []byte, error) {
	auth, err := devnetAuthority()
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("creating the sim quoting authority: %w", err)
	}
	return sha256.Sum256(auth.Root().Raw), auth.RootPEM(), nil
}

// fundDevAccounts lists the deployer as dev account 0 of dep, creates
// f.accounts-1 more keys and funds each from the deployer with ETH and MEMO.
func (f *testChainFlags) fundDevAccounts(cmd *cobra.Command, c *chain.Client, deployer *ecdsa.PrivateKey) error {
	if f.accounts == 0 {
		return nil
	}
	eth, err := chain.ParseMEMO(f.fundETH) // ETH has 18 decimals too
	if err != nil {
		return usagef("--fund-eth: %w", err)
	}
	memo, err := chain.ParseMEMO(f.fundMEMO)
	if err != nil {
		return usagef("--fund-memo: %w", err)
	}
	dep := c.Deployment()
	dep.DevAccounts = append(dep.DevAccounts[:0], chain.DevAccount{Address: crypto.PubkeyToAddress(deployer.PublicKey), Key: crypto.FromECDSA(deployer)})
	var addrs []common.Address
	for range f.accounts - 1 {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		dep.DevAccounts = append(dep.DevAccounts, chain.DevAccount{Address: a, Key: crypto.FromECDSA(k)})
		addrs = append(addrs, a)
	}
	n := big.NewInt(int64(len(addrs)))
	bal, err := c.MEMOBalance(cmd.Context(), c.Address())
	if err != nil {
		return err
	}
	if need := new(big.Int).Mul(memo, n); bal.Cmp(need) < 0 {
		return fmt.Errorf("funding %d dev accounts needs %s, the deployer holds %s: lower --fund-memo or --dev-accounts", len(addrs), chain.FormatMEMO(need), chain.FormatMEMO(bal))
	}
	ethBal, err := c.Backend().BalanceAt(cmd.Context(), c.Address(), nil)
	if err != nil {
		return err
	}
	if need := new(big.Int).Mul(eth, n); ethBal.Cmp(need) < 0 {
		return fmt.Errorf("funding %d dev accounts needs %s , the deployer holds %s: lower --fund-eth or --dev-accounts", len(addrs),
			formatETH(need), formatETH(ethBal))
	}
	if err := c.Fund(cmd.Context(), addrs, eth, memo); err != nil {
		return fmt.Errorf("funding the dev accounts: %w", err)
	}
	return nil
}
