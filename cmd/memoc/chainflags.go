package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

// Flag names shared by every command that talks to the chain.
const (
	flagRPC        = "rpc"
	flagDeployment = "deployment"
	flagKey        = "key"
	flagKeyFile    = "key-file"
	flagDevAccount = "dev-account"
)

// addChainFlags registers --rpc and --deployment on cmd and, if withKey,
// the key flags: --key HEX, --key-file FILE or --dev-account N (a key from
// a dev chain's deployment file).
func addChainFlags(cmd *cobra.Command, withKey bool) {
	fl := cmd.Flags()
	fl.String(flagRPC, "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain (http, ws or ipc)")
	fl.String(flagDeployment, "devnet.json", "deployment file written by `memoc devnet` or `memoc deploy`")
	if withKey {
		addKeyFlags(cmd)
		fl.Int(flagDevAccount, -1, "use dev account N from the deployment file (dev chains only)")
	}
}

func addKeyFlags(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.String(flagKey, "", "hex private key of the sending account (prefer --key-file: flags show up in ps)")
	fl.String(flagKeyFile, "", "file holding the hex private key of the sending account")
}

// dialChain connects to the --rpc endpoint and checks that it answers.
func dialChain(cmd *cobra.Command) (*ethclient.Client, error) {
	url, _ := cmd.Flags().GetString(flagRPC)
	ctx, cancel := context.WithTimeout(cmd.Context(), 10*time.Second)
	defer cancel()
	backend, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w: check --rpc", url, err)
	}
	if _, err := backend.ChainID(ctx); err != nil {
		backend.Close()
		return nil, fmt.Errorf("no chain answers at %s (%w): start one with `memoc devnet` or pass the right --rpc", url, err)
	}
	return backend, nil
}

// readKey returns the key given by --key, --key-file or --dev-account, or
// nil if none was given. dep may be nil when --dev-account is not registered.
func readKey(cmd *cobra.Command, dep *chain.Deployment) (*ecdsa.PrivateKey, error) {
	fl := cmd.Flags()
	hexKey, _ := fl.GetString(flagKey)
	file, _ := fl.GetString(flagKeyFile)
	dev := -1
	if fl.Lookup(flagDevAccount) != nil {
		dev, _ = fl.GetInt(flagDevAccount)
	}
	given := 0
	for _, set := range []bool{hexKey != "", file != "", dev >= 0} {
		if set {
			given++
		}
	}
	if given > 1 {
		return nil, usagef("pass only one of --key, --key-file and --dev-account")
	}
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading --key-file: %w", err)
		}
		hexKey = string(b)
	case dev >= 0:
		if dep == nil || dev >= len(dep.DevAccounts) {
			return nil, usagef("--dev-account %d: the deployment file lists %d dev accounts", dev, devAccounts(dep))
		}
		return dep.DevAccounts[dev].PrivateKey()
	case hexKey == "":
		return nil, nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, usagef("the private key is not 32 hex-encoded bytes: %v", err)
	}
	return k, nil
}

func devAccounts(dep *chain.Deployment) int {
	if dep == nil {
		return 0
	}
	return len(dep.DevAccounts)
}

// connectChain reads --deployment, dials --rpc, checks that the chain
// matches the deployment and returns a client sending as the key flags'
// account (read-only if no key flag was given and the command has them).
func connectChain(cmd *cobra.Command) (*chain.Client, error) {
	path, _ := cmd.Flags().GetString(flagDeployment)
	dep, err := chain.LoadDeployment(path)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if cmd.Flags().Lookup(flagKey) != nil {
		if key, err = readKey(cmd, dep); err != nil {
			return nil, err
		}
	}
	backend, err := dialChain(cmd)
	if err != nil {
		return nil, err
	}
	c, err := chain.NewClient(cmd.Context(), backend, dep, key, newLogger())
	if err != nil {
		backend.Close()
		return nil, fmt.Errorf("checking %s against the chain: %w", path, err)
	}
	return c, nil
}

// requireKey turns a read-only client into a usage error for commands that send.
func requireKey(c *chain.Client) error {
	if c.Address() == (common.Address{}) {
		return usagef("this command sends a transaction: pass --key-file, --key or --dev-account")
	}
	return nil
}

// withSpinner runs fn and, if it takes longer than two seconds (a real
// chain's block time), shows a spinner with desc on stderr meanwhile.
func withSpinner[T any](desc string, fn func() (T, error)) (T, error) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		select {
		case <-done:
			return
		case <-time.After(2 * time.Second):
		}
		bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription(desc),
			progressbar.OptionSpinnerType(14), progressbar.OptionClearOnFinish(), progressbar.OptionSetElapsedTime(true))
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				_ = bar.Finish()
				return
			case <-t.C:
				_ = bar.Add(1)
			}
		}
	}()
	v, err := fn()
	close(done)
	<-stopped
	return v, err
}
