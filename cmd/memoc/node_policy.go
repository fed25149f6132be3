package main

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
)

// intelPCS is Intel's Provisioning Certification Service, where collateral
// comes from unless --pcs names a PCCS.
const intelPCS = "https://api.trustedservices.intel.com"

// Flags of the commands that check a node before trusting it (memoc user
// grant, inspect-node, nodes, memoc task publish, send-input and memoc
// verifier).
const (
	flagPCS              = "pcs"
	flagAcceptTEE        = "accept-tee"
	flagMRTD             = "mrtd"
	flagTDXRTMR          = "tdx-rtmr"
	flagAcceptTCB        = "accept-tcb"
	flagMaxCollateralAge = "max-collateral-age"
	flagAllowDebug       = "allow-debug"
)

// nodePolicyHints names what changes each rule a node is refused by: the
// flags of the commands that check nodes, or governance.
var nodePolicyHints = map[error]string{
	validate.ErrTEEType:       "--accept-tee changes the TEEs accepted",
	validate.ErrMeasurement:   "governance allows measurements with memoc govern allow-measurement; --mrtd restricts TDs by MRTD, --tdx-rtmr names the RTMRs a TD measurement covers",
	validate.ErrDebug:         "--allow-debug accepts debug enclaves and TDs",
	validate.ErrTCBStatus:     "--accept-tcb changes the accepted statuses",
	validate.ErrCollateralAge: "--max-collateral-age changes the limit",
	validate.ErrReportData:    "no flag accepts it: the quote does not bind this node's keys, this deployment and the nonce asked",
}

// addNodePolicyFlags adds the flags of the attestation policy a node is
// checked under and of where its collateral comes from.
func addNodePolicyFlags(fl *pflag.FlagSet) {
	fl.String(flagPCS, "", "Intel PCS or PCCS base URL the collateral of nodes' quotes is fetched from, never the node's copy (default: Intel's PCS; on a dev chain, the sim collateral memoc devnet serves, issued here)")
	fl.String(flagAcceptTEE, "sgx,tdx", "TEEs accepted: sgx, tdx or both (comma-separated)")
	fl.StringSlice(flagMRTD, nil, "accept only TDs of this MRTD, 48 bytes hex (repeatable; default: the registry's allow-list alone)")
	fl.IntSlice(flagTDXRTMR, []int{1, 2}, "RTMRs a TD's measurement covers with its MRTD, as its node measures it (memoc node --tdx-rtmr)")
	fl.String(flagAcceptTCB, "UpToDate,SWHardeningNeeded", "comma-separated acceptable TCB statuses")
	fl.Duration(flagMaxCollateralAge, 0, "refuse collateral issued longer ago than this, e.g. 720h (0: only its nextUpdate bounds it)")
	fl.Bool(flagAllowDebug, false, "accept debug enclaves and TDs (development only: the host can read their memory)")
}

// nodePolicy is how a command checks nodes: the verifier options (roots,
// collateral source) and the policy, for grant.NodeOptions.
type nodePolicy struct {
	verify  verify.Options
	policy  validate.Policy
	tdRTMRs []int
}

// apply sets o's verification, policy and TD RTMRs.
func (p nodePolicy) apply(o *grant.NodeOptions) {
	o.Verify, o.Policy, o.TDRTMRs = p.verify, p.policy, p.tdRTMRs
}

// nodePolicyOf reads the flags of addNodePolicyFlags. roots are the
// deployment's trusted roots beside Intel's (a dev chain's sim root; nil
// on a production deployment), cacheDir where fetched collateral is kept.
// The collateral comes from --pcs, else Intel's PCS; on a dev chain
// without --pcs, from the dev chain's public sim authority, issued here
// (what memoc devnet's PCS routes serve), or, for a test deployment of
// another sim root, from the node (nothing else can issue it).
func nodePolicyOf(cmd *cobra.Command, roots []*x509.Certificate, cacheDir string) (nodePolicy, error) {
	fl := cmd.Flags()
	var p nodePolicy
	p.policy.Hints = nodePolicyHints
	pcsURL, _ := fl.GetString(flagPCS)
	if pcsURL != "" {
		u, err := url.Parse(pcsURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return p, usagef("--pcs %q: want an http(s) base URL, e.g. https://localhost:8081", pcsURL)
		}
	}
	tees, _ := fl.GetString(flagAcceptTEE)
	sgx, tdx := false, false
	for _, s := range strings.Split(tees, ",") {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "sgx":
			sgx = true
		case "tdx":
			tdx = true
		case "":
		default:
			return p, usagef("--accept-tee %q: want sgx, tdx or sgx,tdx", tees)
		}
	}
	switch {
	case sgx && !tdx:
		p.policy.TEE = "SGX"
	case tdx && !sgx:
		p.policy.TEE = "TDX"
	case !sgx && !tdx:
		return p, usagef("--accept-tee %q: want sgx, tdx or sgx,tdx", tees)
	}
	mrtds, _ := fl.GetStringSlice(flagMRTD)
	for _, h := range mrtds {
		b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
		if err != nil || len(b) != 48 {
			return p, usagef("--mrtd %q: want 48 bytes of hex", h)
		}
		p.policy.MRTDs = append(p.policy.MRTDs, [48]byte(b))
	}
	p.tdRTMRs, _ = fl.GetIntSlice(flagTDXRTMR)
	for _, i := range p.tdRTMRs {
		if i < 0 || i > 3 {
			return p, usagef("--tdx-rtmr %d: TDX has RTMR 0 to 3", i)
		}
	}
	tcb, _ := fl.GetString(flagAcceptTCB)
	p.policy.AcceptTCB = []pcs.TCBStatus{}
	for _, s := range strings.Split(tcb, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		st, err := pcs.ParseStatus(s)
		if err != nil {
			return p, usagef("--accept-tcb %q: want a comma-separated list of UpToDate, SWHardeningNeeded, ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate, OutOfDateConfigurationNeeded, Revoked", s)
		}
		p.policy.AcceptTCB = append(p.policy.AcceptTCB, st)
	}
	if p.policy.MaxCollateralAge, _ = fl.GetDuration(flagMaxCollateralAge); p.policy.MaxCollateralAge < 0 {
		return p, usagef("--max-collateral-age must be at least 0 (0: no limit)")
	}
	p.policy.AllowDebug, _ = fl.GetBool(flagAllowDebug)

	p.verify = verify.Options{Now: time.Now}
	if roots != nil {
		p.verify.TrustedRoots = roots
	}
	switch {
	case pcsURL != "":
		p.verify.Getter = &pcs.Client{BaseURL: pcsURL, Retries: 2, Cache: &pcs.Cache{Dir: cacheDir}}
	case roots == nil:
		p.verify.Getter = &pcs.Client{BaseURL: intelPCS, Retries: 2, Cache: &pcs.Cache{Dir: cacheDir}}
	default:
		auth, err := devnetAuthority()
		if err != nil {
			return p, err
		}
		for _, r := range roots {
			if bytes.Equal(r.Raw, auth.Root().Raw) {
				p.verify.Getter = newSimCollateral(auth)
			}
		}
	}
	return p, nil
}

// simCollateral issues the sim authority's collateral itself, SGX or TDX
// as asked, reissued every ten minutes: the dev chain's sim authority is
// public, so whoever checks a sim node needs no one's copy. It is what
// memoc devnet serves on the PCS routes.
type simCollateral struct {
	auth *sim.Authority
	mu   sync.Mutex
	c    map[string]*pcs.Collateral
	at   map[string]time.Time
}

func newSimCollateral(auth *sim.Authority) *simCollateral {
	return &simCollateral{auth: auth, c: map[string]*pcs.Collateral{}, at: map[string]time.Time{}}
}

// GetCollateral implements pcs.Getter: the sim platform's collateral for
// tee ("SGX" or "TDX"), whatever the FMSPC (verify checks it is the quote's).
func (s *simCollateral) GetCollateral(_ context.Context, tee string, _ [6]byte) (*pcs.Collateral, error) {
	tee = strings.ToUpper(tee)
	if tee != "SGX" && tee != "TDX" {
		return nil, fmt.Errorf("sim collateral: TEE %q, want SGX or TDX", tee)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.c[tee]; c != nil && time.Since(s.at[tee]) < 10*time.Minute {
		return c, nil
	}
	c, err := s.auth.Collateral(sim.CollateralOptions{Issued: time.Now().Add(-time.Hour), TDX: tee == "TDX"})
	if err != nil {
		return nil, err
	}
	s.c[tee], s.at[tee] = c, time.Now()
	return c, nil
}

// pcsCacheDir is where, in the memoc home, users keep fetched collateral.
const pcsCacheDir = "pcs-cache"
