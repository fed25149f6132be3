package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/memo-protocol/memo-compute/chain"
)

// Flag names shared by every command that talks to the chain.
const (
	flagRPC        = "rpc"
	flagDeployment = "deployment"
	flagKey        = "key"
	flagKeyFile    = "key-file"
	flagDevAccount = "dev-account"
	flagSimRoot    = "sim-root"
)

// defaultRPC is where memoc devnet serves by default.
const defaultRPC = "http://127.0.0.1:8545"

// addChainFlags registers --rpc, --deployment and --home on fs.
func addChainFlags(fs *pflag.FlagSet) {
	fs.String(flagRPC, defaultRPC, "JSON-RPC endpoint of the chain (http, ws or ipc)")
	fs.String(flagDeployment, "", "deployment file, as memoc devnet or memoc deploy wrote it (default <home>/deployment.json)")
	addHomeFlag(fs)
}

// addKeyFlags registers --key and --key-file on fs and, if dev, --dev-account.
func addKeyFlags(fs *pflag.FlagSet, dev bool) {
	fs.String(flagKey, "", "hex private key of the sending account (prefer --key-file: flags show up in ps)")
	fs.String(flagKeyFile, "", "file holding the hex private key of the sending account")
	if dev {
		fs.Int(flagDevAccount, -1, "send as dev account N of the deployment file (dev chains only)")
	}
}

// deploymentPath returns --deployment, or the deployment file in the home.
func deploymentPath(cmd *cobra.Command) (string, error) {
	return pathFlag(cmd, flagDeployment, home.deployment)
}

// simRootPath returns --sim-root, or simroot.pem beside the deployment
// file: the sim root belongs to the dev chain the deployment names, and
// memoc devnet writes both into one directory, the home by default.
func simRootPath(cmd *cobra.Command) (string, error) {
	if f := cmd.Flags().Lookup(flagSimRoot); f != nil && f.Value.String() != "" {
		return f.Value.String(), nil
	}
	dep, err := deploymentPath(cmd)
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(dep), simRootFile), nil
}

// errNoChain is returned when no chain answers at --rpc.
var errNoChain = errors.New("no chain answers")

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
		return nil, fmt.Errorf("%w at %s (%w): start one with memoc devnet or pass the right --rpc", errNoChain, url, err)
	}
	return backend, nil
}

// keySource returns the key a command sends with, given the deployment
// (for --dev-account); a nil key means read-only.
type keySource func(dep *chain.Deployment) (*ecdsa.PrivateKey, error)

// readOnly is the keySource of commands that only read the chain.
func readOnly(*chain.Deployment) (*ecdsa.PrivateKey, error) { return nil, nil }

// withKey is the keySource of a key the command already holds.
func withKey(key *ecdsa.PrivateKey) keySource {
	return func(*chain.Deployment) (*ecdsa.PrivateKey, error) { return key, nil }
}

// keyFlags is the keySource of the key flags: --key, --key-file or
// --dev-account.
func keyFlags(cmd *cobra.Command) keySource {
	return func(dep *chain.Deployment) (*ecdsa.PrivateKey, error) { return readKey(cmd, dep) }
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
		clear(b)
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
		return nil, usagef("the private key is not 32 hex-encoded bytes: %w", err)
	}
	return k, nil
}

func devAccounts(dep *chain.Deployment) int {
	if dep == nil {
		return 0
	}
	return len(dep.DevAccounts)
}

// connectChain is how every command reaches the chain: it reads the
// deployment file (--deployment, default in the home), dials --rpc, checks
// that the chain holds the deployment's contracts and returns a client
// sending as the account key returns (read-only if nil). Close it with
// closeChain.
func connectChain(cmd *cobra.Command, key keySource) (*chain.Client, error) {
	path, err := deploymentPath(cmd)
	if err != nil {
		return nil, err
	}
	dep, err := chain.LoadDeployment(path)
	if err != nil {
		return nil, err
	}
	k, err := key(dep)
	if err != nil {
		return nil, err
	}
	backend, err := dialChain(cmd)
	if err != nil {
		return nil, err
	}
	c, err := chain.NewClient(cmd.Context(), backend, dep, k, newLogger())
	if err != nil {
		backend.Close()
		return nil, fmt.Errorf("checking %s against the chain at %s: %w", path, rpcURL(cmd), err)
	}
	return c, nil
}

// closeChain closes the connection connectChain opened.
func closeChain(c *chain.Client) {
	if cl, ok := c.Backend().(interface{ Close() }); ok {
		cl.Close()
	}
}

func rpcURL(cmd *cobra.Command) string {
	url, _ := cmd.Flags().GetString(flagRPC)
	return url
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

// connectDaemon is connectChain for a daemon: while no chain answers at
// --rpc (a node restarting, a network outage) it keeps trying, logging
// each failure once, until ctx ends. Other errors (a bad deployment file,
// a key) fail at once.
func connectDaemon(cmd *cobra.Command, key keySource, log *slog.Logger) (*chain.Client, error) {
	said := ""
	for {
		c, err := connectChain(cmd, key)
		if err == nil || !errors.Is(err, errNoChain) {
			return c, err
		}
		if msg := err.Error(); msg != said {
			log.Warn("the chain does not answer; retrying", "err", err)
			said = msg
		}
		select {
		case <-cmd.Context().Done():
			return nil, err
		case <-time.After(time.Second):
		}
	}
}
