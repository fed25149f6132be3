package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
)

// teeBackend is the enclave backend memoc node runs on (--tee): sim, or
// the hardware platform opened at start, before anything else, so that a
// machine without the device fails at once with what to install or enable.
type teeBackend struct {
	name    string
	gramine *enclave.GraminePlatform
	tdx     *enclave.TDXPlatform
	pcs     string // PCS or PCCS base URL peers' collateral is fetched from (hardware only)
}

// openTEE opens the --tee backend: sim, gramine (Gramine's
// enclave.GramineDevice) or tdx (configfs-tsm at enclave.TSMReportDir,
// measured by MRTD and rtmrs). A hardware node fetches the collateral of
// its peers' quotes from pcsURL.
func openTEE(name string, rtmrs []int, pcsURL string) (*teeBackend, error) {
	b := &teeBackend{name: name, pcs: pcsURL}
	var err error
	switch name {
	case "sim":
		return b, nil
	case "gramine":
		b.gramine, err = enclave.NewGraminePlatform(enclave.GramineDevice)
	case "tdx":
		b.tdx, err = enclave.NewTDXPlatform(enclave.TSMReportDir, rtmrs)
	default:
		return nil, usagef("--tee %q: want sim, gramine or tdx", name)
	}
	if err != nil {
		return nil, fmt.Errorf("--tee %s: %w (docs/HARDWARE.md)", name, err)
	}
	return b, nil
}

// sealingSecret returns the secret the enclave seals its state under: on
// sim the one kept in dataDir (created the first time), on Gramine the one
// derived from the enclave's MRENCLAVE sealing key, and on TDX, which has
// no sealing key, a fresh one that lives only in memory.
func (b *teeBackend) sealingSecret(dataDir string) ([]byte, error) {
	switch {
	case b.gramine != nil:
		return b.gramine.SealingSecret()
	case b.tdx != nil:
		secret := make([]byte, enclave.SealingSecretSize)
		if _, err := rand.Read(secret); err != nil {
			return nil, err
		}
		return secret, nil
	}
	return sealingSecret(filepath.Join(dataDir, nodeSecretFile))
}

// checkRecoverable refuses to start over a sealed enclave the backend
// cannot open: a TD has no sealing key, so a TDX node starts each boot as a
// new enclave and needs a fresh --data-dir.
func (b *teeBackend) checkRecoverable(dataDir string) error {
	if b.tdx == nil {
		return nil
	}
	return fmt.Errorf("--tee tdx: %w: the enclave sealed in %s cannot be recovered after a restart; start with a new --data-dir to register a fresh enclave, and have the data owners grant to it (docs/HARDWARE.md)", enclave.ErrNoSealingKey, dataDir)
}

// attestation returns what the enclave quotes on, how it verifies peers and
// the collateral it serves with its quotes. The sim joins only a deployment
// that trusts the dev chain's sim root, and serves the sim collateral; a
// hardware node trusts Intel's root, fetches its peers' collateral from
// the PCS or PCCS (cached in dataDir), and serves none: whoever verifies
// it fetches the collateral the same way.
func (b *teeBackend) attestation(ctx context.Context, c *chain.Client, dataDir string) (enclave.Platform, verify.Options, func(context.Context) ([]byte, error), error) {
	if b.gramine != nil || b.tdx != nil {
		var p enclave.Platform = b.gramine
		if b.tdx != nil {
			p = b.tdx
		}
		getter := &pcs.Client{BaseURL: b.pcs, Retries: 2, Cache: &pcs.Cache{Dir: filepath.Join(dataDir, "pcs")}}
		return p, verify.Options{Now: time.Now, Getter: getter}, nil, nil
	}
	trusts, rootHash, err := c.SimulatedRoots(ctx)
	if err != nil {
		return nil, verify.Options{}, nil, err
	}
	auth, err := devnetAuthority()
	if err != nil {
		return nil, verify.Options{}, nil, err
	}
	if !trusts || rootHash != common.Hash(sha256.Sum256(auth.Root().Raw)) {
		return nil, verify.Options{}, nil, fmt.Errorf("the deployment does not trust the sim attestation root: a sim node can only join a dev or test deployment (memoc devnet, or memoc deploy --trust-sim-root)")
	}
	col := &collateralCache{auth: auth}
	return enclave.NewSimPlatform(auth), verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}}, col.get, nil
}
