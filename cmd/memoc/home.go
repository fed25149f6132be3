package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/memo-protocol/memo-compute/keystore"
)

// The memoc home is the one directory every command reads and writes by
// default, so that `memoc devnet` followed by any other command needs no
// path flags. It is --home, else $MEMOC_HOME, else ~/.memoc:
//
//	deployment.json  the deployment (written by memoc devnet and memoc deploy)
//	simroot.pem      the dev chain's simulated attestation root (memoc devnet)
//	user/            the data owner's account key and dataset records (package keystore)
//	store/           the default dataset store of memoc user upload
//
// Each file has its own flag (--deployment, --sim-root, --store) that
// overrides the default. The sim root belongs to its deployment: without
// --sim-root it is simroot.pem beside the deployment file, wherever that is.
const (
	envHome  = "MEMOC_HOME"
	flagHome = "home"
)

const (
	deploymentFile = "deployment.json"
	simRootFile    = "simroot.pem"
)

// home is a resolved memoc home directory.
type home string

func (h home) deployment() string      { return filepath.Join(string(h), deploymentFile) }
func (h home) keystore() *keystore.Dir { return keystore.Open(filepath.Join(string(h), "user")) }
func (h home) store() string           { return filepath.Join(string(h), "store") }

// addHomeFlag registers --home on fs.
func addHomeFlag(fs *pflag.FlagSet) {
	fs.String(flagHome, "", "memoc state directory (default $"+envHome+", else ~/.memoc)")
}

// homeOf returns the home of cmd: its --home flag if given, else
// $MEMOC_HOME, else ~/.memoc.
func homeOf(cmd *cobra.Command) (home, error) {
	if f := cmd.Flags().Lookup(flagHome); f != nil && f.Value.String() != "" {
		return home(f.Value.String()), nil
	}
	if h := os.Getenv(envHome); h != "" {
		return home(h), nil
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the memoc home: %w: set %s or pass --home", err, envHome)
	}
	return home(filepath.Join(dir, ".memoc")), nil
}

// pathFlag returns the value of cmd's flag name if given, else the path
// def returns inside cmd's home.
func pathFlag(cmd *cobra.Command, name string, def func(home) string) (string, error) {
	if f := cmd.Flags().Lookup(name); f != nil && f.Value.String() != "" {
		return f.Value.String(), nil
	}
	h, err := homeOf(cmd)
	if err != nil {
		return "", err
	}
	return def(h), nil
}

// given reports whether cmd's flag name was set on the command line.
func given(cmd *cobra.Command, name string) bool {
	f := cmd.Flags().Lookup(name)
	return f != nil && f.Changed
}
