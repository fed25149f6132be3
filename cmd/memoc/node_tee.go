package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// teeBackend is the enclave backend memoc node runs on (--tee): sim, or
// the hardware platform opened at start, before anything else, so that a
// machine without the device fails at once with what to install or enable.
type teeBackend struct {
	name    string
	gramine *enclave.GraminePlatform
	tdx     *enclave.TDXPlatform
	simTDX  bool   // a sim TD (attest/sim), for dev chains and tests
	rtmrs   []int  // the RTMRs a TD measurement covers (tdx, sim-tdx)
	pcs     string // PCS or PCCS base URL peers' collateral is fetched from (hardware only)
}

// simTD is the TD memoc node --tee sim-tdx plays: a fixed firmware image
// (MRTD) and RTMRs, RTMR 2 extended with the workload's measurement.
var simTD = enclave.SimTD{MRTD: [48]byte(append([]byte("memo-compute sim TD firmware"), make([]byte, 20)...))}

// openTEE opens the --tee backend: sim, sim-tdx (a sim TD), gramine
// (Gramine's enclave.GramineDevice) or tdx (configfs-tsm at
// enclave.TSMReportDir, measured by MRTD and rtmrs). A hardware node
// fetches the collateral of its peers' quotes from pcsURL.
func openTEE(name string, rtmrs []int, pcsURL string) (*teeBackend, error) {
	b := &teeBackend{name: name, pcs: pcsURL, rtmrs: rtmrs}
	var err error
	switch name {
	case "sim":
		return b, nil
	case "sim-tdx":
		for _, i := range rtmrs {
			if i < 0 || i > 3 {
				return nil, usagef("--tdx-rtmr %d: TDX has RTMR 0 to 3", i)
			}
		}
		b.simTDX = true
		return b, nil
	case "gramine":
		b.gramine, err = enclave.NewGraminePlatform(enclave.GramineDevice)
	case "tdx":
		b.tdx, err = enclave.NewTDXPlatform(enclave.TSMReportDir, rtmrs)
	default:
		return nil, usagef("--tee %q: want sim, sim-tdx, gramine or tdx", name)
	}
	if err != nil {
		return nil, fmt.Errorf("--tee %s: %w (docs/HARDWARE.md)", name, err)
	}
	return b, nil
}

// sharedSealing reports whether the backend has no sealing key (TDX, and
// the sim TD): the enclave's sealing secret is then a measurement key,
// recovered from a live peer of its measurement after a restart
// (recoverIdentity).
func (b *teeBackend) sharedSealing() bool { return b.tdx != nil || b.simTDX }

// sealingSecret returns the secret the enclave seals its state under: on
// sim the one kept in dataDir (created the first time), on Gramine the one
// derived from the enclave's MRENCLAVE sealing key, and on TDX, which has
// no sealing key, a fresh measurement key that lives only in memory (it is
// replaced by a peer's, recoverIdentity).
func (b *teeBackend) sealingSecret(dataDir string) ([]byte, error) {
	switch {
	case b.gramine != nil:
		return b.gramine.SealingSecret()
	case b.sharedSealing():
		secret := make([]byte, enclave.SealingSecretSize)
		if _, err := rand.Read(secret); err != nil {
			return nil, err
		}
		return secret, nil
	}
	return sealingSecret(filepath.Join(dataDir, nodeSecretFile))
}

// measure returns the measurement of an enclave of this backend launched
// for w, the one governance allows: MeasureWorkload on sim, the TD
// measurement of the sim TD on sim-tdx, and on hardware what the platform
// reports (MRENCLAVE inside Gramine, the TD measurement of MRTD and the
// RTMRs inside a TD), read by launching on it.
func (b *teeBackend) measure(w enclave.Workload) (common.Hash, error) {
	var p enclave.Platform
	switch {
	case b.gramine != nil:
		p = b.gramine
	case b.tdx != nil:
		p = b.tdx
	case b.simTDX:
		auth, err := devnetAuthority()
		if err != nil {
			return common.Hash{}, err
		}
		p = enclave.NewSimTDXPlatform(auth, simTD, b.rtmrs)
	default:
		return enclave.MeasureWorkload(w)
	}
	id, _, err := p.Launch(w, true)
	if err != nil {
		return common.Hash{}, fmt.Errorf("--tee %s: %w (docs/HARDWARE.md)", b.name, err)
	}
	return id.MREnclave, nil
}

// recoverIdentity gives a TDX enclave e back the measurement key it sealed
// blob under (blob nil: a new enclave, which joins its peers' key): it asks
// each registered enclave of its measurement, at the URL the registry
// publishes, over mutually attested requests (enclave.Sim.
// ShareMeasurementKey and RecoverMeasurementKey; the peer is verified
// with opts first), until one's key opens blob, and unseals it. It reports
// whether it unsealed. A new enclave with no live peer keeps the key it
// drew: it is the first of its measurement. A sealed enclave no live peer
// can open is refused: its state and its grants are gone.
func recoverIdentity(ctx context.Context, c *chain.Client, e *enclave.Sim, blob []byte, opts grant.NodeOptions, selfURL, dataDir string, log *slog.Logger) (bool, error) {
	all, err := c.RegisteredEnclaves(ctx)
	if err != nil {
		return false, err
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	asked := 0
	seen := map[common.Address]bool{e.Address(): true}
	for _, a := range all {
		if seen[a] {
			continue
		}
		seen[a] = true
		info, err := c.Enclave(ctx, a)
		if err != nil {
			return false, err
		}
		url, err := c.Endpoint(ctx, a)
		if err != nil {
			return false, err
		}
		if info.Measurement != e.Measurement() || url == "" || url == selfURL {
			continue // another measurement, or this node's enclave before the restart
		}
		asked++
		if err := askPeer(ctx, e, url, hc, opts); err != nil {
			log.Warn("peer gave no measurement key", "peer", a, "url", url, "err", err)
			continue
		}
		if blob == nil {
			log.Info("joined the measurement key of a peer", "peer", a)
			return false, nil
		}
		if err := e.Unseal(blob); err != nil {
			log.Warn("a peer's measurement key does not open the sealed enclave", "peer", a, "err", err)
			continue
		}
		log.Info("enclave recovered with a peer's measurement key", "peer", a, "enclave", e.Address())
		return true, nil
	}
	if blob == nil {
		log.Info("no live peer of this measurement: the enclave drew the measurement key", "measurement", e.Measurement())
		return false, nil
	}
	return false, fmt.Errorf("%w: no live peer of measurement %s (asked %d) gave back the measurement key the enclave in %s is sealed under; start a peer of the same measurement, or start with a new --data-dir to register a fresh enclave and have the data owners grant to it (docs/HARDWARE.md)",
		enclave.ErrNoSealingKey, e.Measurement(), asked, dataDir)
}

// askPeer verifies the node at url (grant.VerifyNode under opts; over
// https it pins its TLS key), asks its enclave for the measurement key with
// e's attestation over a fresh nonce, and has e adopt it.
func askPeer(ctx context.Context, e *enclave.Sim, url string, hc *http.Client, opts grant.NodeOptions) error {
	api, err := nodeapi.NewClient(url, hc)
	if err != nil {
		return err
	}
	if _, api, err = api.Verify(ctx, opts); err != nil {
		return err
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return err
	}
	req, err := e.Attest(ctx, nonce)
	if err != nil {
		return err
	}
	share, err := api.MeasurementKey(ctx, req)
	if err != nil {
		return err
	}
	return e.RecoverMeasurementKey(ctx, nonce, share)
}

// attestation returns what the enclave quotes on, how it verifies peers and
// the collateral it serves with its quotes. The sim (and the sim TD) joins
// only a deployment that trusts the dev chain's sim root, issues its peers'
// collateral itself and serves the sim collateral; a
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
	opts := verify.Options{Now: time.Now, TrustedRoots: []*x509.Certificate{auth.Root()}, Getter: newSimCollateral(auth)}
	if b.simTDX {
		src := newSimCollateral(auth)
		served := func(ctx context.Context) ([]byte, error) {
			col, err := src.GetCollateral(ctx, "TDX", [6]byte{})
			if err != nil {
				return nil, err
			}
			return json.Marshal(col)
		}
		return enclave.NewSimTDXPlatform(auth, simTD, b.rtmrs), opts, served, nil
	}
	col := &collateralCache{auth: auth}
	return enclave.NewSimPlatform(auth), opts, col.get, nil
}
