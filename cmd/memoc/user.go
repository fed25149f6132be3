package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/keystore"
)

// envPassword holds the keystore password when --password-file is not given.
const envPassword = "MEMOC_PASSWORD"

// userFlags are the flags shared by the memoc user subcommands that are not
// chain flags.
type userFlags struct {
	passwordFile string
}

func newUserCmd() *cobra.Command {
	f := &userFlags{}
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Data owner tools: keys, encrypted upload, node inspection, grants and revocations",
		Long: `Data owner tools. Everything lives in the memoc home (--home, $MEMOC_HOME or
~/.memoc), next to the deployment and sim root that memoc devnet writes there.
The account key is kept in <home>/user/key.json (Ethereum keystore v3,
encrypted with the password from --password-file or $MEMOC_PASSWORD). Each
uploaded dataset is recorded in <home>/user/datasets/ with its manifest and
its data key sealed under a key derived from the account key; grants are
written to <home>/user/grants/; the default store is <home>/store.

Exit codes: 0 success, 1 failure (including a node whose attestation is
refused), 2 bad usage.`,
	}
	pf := cmd.PersistentFlags()
	addChainFlags(pf)
	pf.StringVar(&f.passwordFile, "password-file", "", "file holding the keystore password (default $"+envPassword+")")
	pf.String(flagSimRoot, "", "PEM of the dev chain's simulated attestation root, checked against the registry (default simroot.pem beside the deployment file, where memoc devnet writes it)")
	cmd.AddCommand(newUserKeygenCmd(f), newUserImportCmd(f), newUserUploadCmd(f), newUserInspectCmd(),
		newUserGrantCmd(f), newUserRevokeCmd(f), newUserDatasetsCmd(),
		newUserNodesCmd(), newUserClaimCmd(f), newUserHistoryCmd())
	return cmd
}

// keys returns the keystore in cmd's home.
func keys(cmd *cobra.Command) (*keystore.Dir, error) {
	h, err := homeOf(cmd)
	if err != nil {
		return nil, err
	}
	return h.keystore(), nil
}

// password returns the keystore password: --password-file, else $MEMOC_PASSWORD.
func (f *userFlags) password() (string, error) {
	if f.passwordFile != "" {
		pw, err := keystore.ReadPassword(f.passwordFile)
		if err != nil {
			return "", fmt.Errorf("reading --password-file: %w", err)
		}
		return pw, nil
	}
	if pw := os.Getenv(envPassword); pw != "" {
		return pw, nil
	}
	return "", usagef("no keystore password: pass --password-file FILE or set %s", envPassword)
}

// loadKey decrypts the account key of cmd's home.
func (f *userFlags) loadKey(cmd *cobra.Command) (*ecdsa.PrivateKey, error) {
	ks, err := keys(cmd)
	if err != nil {
		return nil, err
	}
	// No key is the likelier problem of a new home: say so before asking
	// for a password.
	if _, err := ks.Address(); errors.Is(err, keystore.ErrNoKey) {
		return nil, fmt.Errorf("%w: run memoc user keygen or memoc user import first, or point --home or %s at the home that holds it", err, envHome)
	}
	pw, err := f.password()
	if err != nil {
		return nil, err
	}
	key, err := ks.LoadKey(pw)
	if errors.Is(err, keystore.ErrPassword) {
		return nil, fmt.Errorf("%w: check --password-file or %s", err, envPassword)
	}
	return key, err
}

// saveKey encrypts key as the account key of cmd's home and prints the account.
func (f *userFlags) saveKey(cmd *cobra.Command, key *ecdsa.PrivateKey, force bool) error {
	ks, err := keys(cmd)
	if err != nil {
		return err
	}
	pw, err := f.password()
	if err != nil {
		return err
	}
	err = ks.SaveKey(key, pw, force)
	if errors.Is(err, keystore.ErrKeyExists) {
		return fmt.Errorf("%w: pass --force to replace it (the old key is lost unless backed up)", err)
	}
	if err != nil {
		return err
	}
	return printAccount(cmd, ks, crypto.PubkeyToAddress(key.PublicKey))
}

func newUserKeygenCmd(f *userFlags) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Create a new account key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := crypto.GenerateKey()
			if err != nil {
				return fmt.Errorf("generating key: %w", err)
			}
			return f.saveKey(cmd, key, force)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing key")
	return cmd
}

func newUserImportCmd(f *userFlags) *cobra.Command {
	var keyFile string
	var force bool
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Import an existing secp256k1 private key (hex) as the account key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keyFile == "" {
				return usagef("--key-file is required (a file holding the private key as hex; use - for stdin)")
			}
			var b []byte
			var err error
			if keyFile == "-" {
				b, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), 1024))
			} else {
				b, err = os.ReadFile(keyFile)
			}
			if err != nil {
				return fmt.Errorf("reading key: %w", err)
			}
			key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
			clear(b)
			if err != nil {
				return fmt.Errorf("%s does not hold a secp256k1 private key in hex: %w", keyFile, err)
			}
			return f.saveKey(cmd, key, force)
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file with the private key in hex (- for stdin)")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing key")
	return cmd
}

func printAccount(cmd *cobra.Command, ks *keystore.Dir, addr common.Address) error {
	if global.json {
		return printJSON(cmd.OutOrStdout(), map[string]string{"address": addr.Hex(), "keystore": ks.KeyFile()})
	}
	_, err := fmt.Fprintf(cmd.OutOrStdout(), "account %s\nkeystore %s\n", addr.Hex(), ks.KeyFile())
	return err
}
