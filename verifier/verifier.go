package verifier

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/vault"
)

var (
	// ErrConfig is returned when a verifier's configuration is invalid.
	ErrConfig = errors.New("invalid verifier configuration")
	// ErrVerification is returned (wrapped in a Verdict's error) when a
	// result fails one of the verifier's checks.
	ErrVerification = errors.New("result failed verification")
)

// Config configures a Verifier. Every field is required unless its
// comment says otherwise.
type Config struct {
	// Client is the verifier's chain client (staked as a verifier): it
	// reads the registry and grants, approves enclaves and votes.
	Client *chain.Client
	// Store is where the datasets' owner-signed manifests are read.
	Store vault.Store
	// Attestation verifies quotes: Now is required; TrustedRoots nil means
	// Intel's root alone (a dev chain adds its sim root). Getter (or a fixed
	// Collateral) is required: the verifier fetches the collateral of a
	// node's quote itself (a pcs.Client of Intel's PCS or a PCCS; on a dev
	// chain, the PCS routes memoc devnet serves) and never takes the copy
	// the node serves, which could be stale and hide a revoked or
	// out-of-date platform.
	Attestation verify.Options
	// Policy is what the verifier accepts of a node's quote beyond the
	// registry's allow-list: TEE (SGX, TDX or either), SGX measurements or
	// signers, TDX MRTDs, debug, TCB statuses, collateral age, and the hints
	// its refusals carry (validate.Policy). The zero value accepts SGX and
	// TDX, refuses debug, accepts UpToDate and SWHardeningNeeded, and
	// leaves measurements to the allow-list.
	Policy validate.Policy
	// TDRTMRs names the RTMRs a TDX node's measurement covers with its
	// MRTD (grant.NodeOptions.TDRTMRs); nil: attest.DefaultTDRTMRs.
	TDRTMRs []int
	// HTTP fetches attestations and results; nil means http.DefaultClient.
	HTTP *http.Client
	// Logger receives structured events; nil logs nothing.
	Logger *slog.Logger
}

// Verifier checks results with public evidence only: the chain, the
// manifests in the store, the node's attestation and its published result.
// It never holds a key or a record. Safe for concurrent use.
type Verifier struct {
	cfg Config
	log *slog.Logger
}

// New returns a verifier.
func New(cfg Config) (*Verifier, error) {
	if cfg.Client == nil || cfg.Store == nil || cfg.Attestation.Now == nil {
		return nil, fmt.Errorf("%w: a verifier needs a chain client, a store and a clock for attestation", ErrConfig)
	}
	if cfg.Attestation.Getter == nil && cfg.Attestation.Collateral == nil {
		return nil, fmt.Errorf("%w: a verifier fetches collateral itself: set Attestation.Getter (a pcs.Client of Intel's PCS or a PCCS, or memoc devnet's PCS routes)", ErrConfig)
	}
	if cfg.HTTP == nil {
		cfg.HTTP = http.DefaultClient
	}
	l := cfg.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	return &Verifier{cfg: cfg, log: l.With(slog.String("verifier", cfg.Client.Address().Hex()))}, nil
}

// Address returns the verifier's account.
func (v *Verifier) Address() common.Address { return v.cfg.Client.Address() }

// Client returns the verifier's chain client.
func (v *Verifier) Client() *chain.Client { return v.cfg.Client }

// attest fetches a node's attestation over a fresh nonce and verifies it
// against this deployment and the on-chain allow-list.
func (v *Verifier) attest(ctx context.Context, nodeURL string) (*grant.Node, error) {
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	nc, err := nodeapi.NewClient(nodeURL, v.cfg.HTTP)
	if err != nil {
		return nil, err
	}
	dep := v.cfg.Client.Deployment()
	opts := grant.NodeOptions{
		Verify:     v.cfg.Attestation,
		Policy:     v.cfg.Policy,
		TDRTMRs:    v.cfg.TDRTMRs,
		ChainID:    dep.ChainID,
		Registry:   dep.EnclaveRegistry,
		DataGrants: dep.DataGrants,
		Nonce:      nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) {
			return v.cfg.Client.MeasurementAllowed(ctx, m)
		},
		Operator: v.cfg.Client.EnclaveOperator,
	}
	doc, err := nc.AttestationFor(ctx, nonce, opts)
	if err != nil {
		return nil, err
	}
	return grant.VerifyNode(ctx, doc, opts)
}

// checkRegistered checks that the registry holds the attested enclave with
// the attested HPKE key and measurement.
func (v *Verifier) checkRegistered(ctx context.Context, n *grant.Node, wantActive bool) error {
	info, err := v.cfg.Client.Enclave(ctx, n.Enclave())
	if err != nil {
		return err
	}
	switch {
	case info.HPKEKeyHash != common.Hash(sha256.Sum256(n.HPKEPublicKey())):
		return fmt.Errorf("registered HPKE key hash %s is not the attested key's", info.HPKEKeyHash)
	case info.Measurement != n.Measurement():
		return fmt.Errorf("registered measurement %s, attested %s", info.Measurement, n.Measurement())
	case wantActive && info.Status != chain.EnclaveActive:
		return fmt.Errorf("enclave is %s in the registry, not active", info.Status)
	}
	return nil
}

// ApproveEnclave verifies the attestation a node serves and, if it holds
// and matches the enclave's registry record, approves the enclave on chain.
func (v *Verifier) ApproveEnclave(ctx context.Context, nodeURL string) (*types.Receipt, error) {
	return v.approve(ctx, common.Address{}, nodeURL)
}

// ApproveEnclaveAt is ApproveEnclave for the node that the registry says
// serves enclave: the attestation must be that enclave's. Its error wraps
// ErrVerification when the enclave fails the checks (the verifier then
// withholds its approval), and is a plain error when they could not run
// (the node unreachable, the chain), which a retry may cure.
func (v *Verifier) ApproveEnclaveAt(ctx context.Context, enclave common.Address, nodeURL string) (*types.Receipt, error) {
	return v.approve(ctx, enclave, nodeURL)
}

func (v *Verifier) approve(ctx context.Context, want common.Address, nodeURL string) (*types.Receipt, error) {
	n, err := v.attest(ctx, nodeURL)
	if err != nil {
		if errors.Is(err, grant.ErrNodeNotTrusted) || errors.Is(err, grant.ErrWrongDeployment) || errors.Is(err, grant.ErrMalformed) {
			err = fmt.Errorf("%w: %w", ErrVerification, err)
		}
		return nil, fmt.Errorf("approving enclave at %s: %w", nodeURL, err)
	}
	if want != (common.Address{}) && n.Enclave() != want {
		return nil, fmt.Errorf("approving enclave %s: %w: the node at %s serves enclave %s", want, ErrVerification, nodeURL, n.Enclave())
	}
	if err := v.checkRegistered(ctx, n, false); err != nil {
		return nil, fmt.Errorf("approving enclave %s: %w: %w", n.Enclave(), ErrVerification, err)
	}
	rcpt, err := v.cfg.Client.ApproveEnclave(ctx, n.Enclave())
	if err != nil {
		return nil, fmt.Errorf("approving enclave %s: %w", n.Enclave(), err)
	}
	return rcpt, nil
}

// Check is one named check of a verdict.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// Verdict is a verifier's judgement of one result.
type Verdict struct {
	Enclave common.Address `json:"enclave"`
	Pass    bool           `json:"pass"`
	Checks  []Check        `json:"checks"`
}

// Reason returns the failed checks, or "" if the verdict passes.
func (v Verdict) Reason() string {
	var s []string
	for _, c := range v.Checks {
		if !c.OK {
			s = append(s, c.Name+": "+c.Detail)
		}
	}
	return strings.Join(s, "; ")
}

// Err returns nil for a pass and an error wrapping ErrVerification
// naming the failed checks otherwise.
func (v Verdict) Err() error {
	if v.Pass {
		return nil
	}
	return fmt.Errorf("%w: enclave %s: %s", ErrVerification, v.Enclave, v.Reason())
}

// Check judges every result of a task (evs[i] from the node of
// t.Assignments[i], nil if it published none). For each result it checks:
//
//   - attestation: the node's enclave attests (fresh nonce) to this
//     deployment with the task's measurement, which the chain allows, and
//     the registry holds it active with the attested HPKE key;
//   - signature: the claim is for this task and chain, signed by that
//     enclave, and its output hash is the ciphertext's; a wasm task's
//     claim commits to the document's limits (Result.ConfigHash);
//   - lineage: it used exactly the datasets assigned to the enclave, each
//     with its owner-signed manifest's record root and count, each granted
//     to the enclave and active on chain;
//   - policy: each dataset's policy is the one whose hash is on chain and
//     allows this task (owner, kind, price, ε, δ);
//   - re-execution: the deterministic parts are recomputed: the ε of
//     DP-SGD for the enclave's record count (train.Spec.Privacy), and the
//     model, which FedAvg leaves identical in every enclave of the task,
//     must be the one most results agree on (a wasm task runs on one
//     enclave and spends no ε: its output is checked by the spot check);
//   - federation: the result carries the federation-wide usage (hence
//     lineage and payout roots) most results agree on; every entry of it
//     is a dataset assigned to the enclave it names, and the entries of
//     every enclave that published a result are exactly that result's own
//     usage (so each enclave's lineage is covered, and nothing else);
//   - owner input: the result started from the input the task commits to;
//   - market claim (when the node submitted one): the market task is this
//     task's, with the enclave in its slot, and the claim on chain is this
//     result's, with the payout root the payout rule gives for the
//     federation's usage.
func (v *Verifier) Check(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence) ([]Verdict, error) {
	if len(evs) != len(t.Assignments) {
		return nil, fmt.Errorf("checking task %s: %w: %d results for %d assignments", t.ID, nodeapi.ErrTask, len(evs), len(t.Assignments))
	}
	head, err := v.cfg.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("checking task %s: %w", t.ID, err)
	}
	// The model most results agree on (FedAvg: all enclaves end equal).
	votes := map[common.Hash]int{}
	for _, ev := range evs {
		if ev != nil && ev.Result != nil {
			votes[ev.Result.ModelHash]++
		}
	}
	var agreed common.Hash
	best := 0
	for h, n := range votes {
		if n > best || (n == best && h.Cmp(agreed) < 0) {
			agreed, best = h, n
		}
	}
	fed := federationOf(evs)
	out := make([]Verdict, len(evs))
	for i, a := range t.Assignments {
		out[i] = v.checkOne(ctx, t, a, evs[i], head, agreed, best, fed)
		v.log.Info("result checked", slog.String("task", t.ID.Hex()), slog.String("enclave", a.Enclave.Hex()),
			slog.Bool("pass", out[i].Pass), slog.String("reason", out[i].Reason()))
	}
	return out, nil
}

func (v *Verifier) checkOne(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment, ev *nodeapi.Evidence, head uint64, agreed common.Hash, agreeing int, fed federation) Verdict {
	vd := Verdict{Enclave: a.Enclave}
	add := func(name string, err error) {
		c := Check{Name: name, OK: err == nil}
		if err != nil {
			c.Detail = err.Error()
		}
		vd.Checks = append(vd.Checks, c)
	}
	if ev == nil || ev.Result == nil {
		add("result", fmt.Errorf("no result published"))
		return vd
	}
	r := ev.Result
	add("attestation", v.checkAttestation(ctx, t, a))
	add("signature", checkSignature(t, a, r, v.cfg.Client.Deployment().ChainID))
	// Lineage and policy are judged against the grants in force at the
	// block the enclave read them at, which its signed claim names
	// (DataGrants history does not change for mined blocks): a revocation
	// mined after the run never fails an honest result. TaskMarket bounds
	// that block below by the task's publish block, so a node cannot name
	// one before a revocation; here it must be mined.
	if gb := r.GrantsBlock; gb == 0 || gb > head {
		err := fmt.Errorf("claim reads grants at block %d, head is %d", gb, head)
		add("lineage", err)
		add("policy", err)
	} else if grants, err := v.grantsAt(ctx, a, r, gb); err != nil {
		add("lineage", err)
		add("policy", err)
	} else {
		add("lineage", v.checkLineage(ctx, a, r, gb, grants))
		add("policy", v.checkPolicy(t, ev, gb, grants))
	}
	add("ε ledger", checkLedger(ev))
	if sel, err := v.selected(ctx, t, a); err != nil {
		add("spot check", err)
	} else if sel {
		add("spot check", v.checkSpot(ctx, t, r, ev.Reexecution))
	}
	add("re-execution", checkReexecution(t, r, agreed, agreeing))
	add("federation", checkFederation(t, r, fed))
	if id, slot, ok := t.MarketTask(a.Enclave); ok {
		add("market claim", v.checkMarketClaim(ctx, t, a, id, slot, r))
	}
	vd.Pass = !slices.ContainsFunc(vd.Checks, func(c Check) bool { return !c.OK })
	return vd
}

func (v *Verifier) checkAttestation(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment) error {
	n, err := v.attest(ctx, a.Node)
	if err != nil {
		return err
	}
	if n.Enclave() != a.Enclave {
		return fmt.Errorf("node serves enclave %s, task assigns %s", n.Enclave(), a.Enclave)
	}
	if n.Measurement() != t.Measurement {
		return fmt.Errorf("enclave runs measurement %s, task wants %s", n.Measurement(), t.Measurement)
	}
	return v.checkRegistered(ctx, n, true)
}

func checkSignature(t *nodeapi.Task, a nodeapi.Assignment, r *enclave.Result, chainID uint64) error {
	switch {
	case r.InputCommitment != t.InputCommitment:
		return fmt.Errorf("claim starts from owner input %s, the task commits to %s", r.InputCommitment.TerminalString(), t.InputCommitment.TerminalString())
	case r.Task != t.ID:
		return fmt.Errorf("claim is for task %s", r.Task)
	case r.ChainID != chainID:
		return fmt.Errorf("claim is for chain %d", r.ChainID)
	case r.Enclave != a.Enclave:
		return fmt.Errorf("claim names enclave %s", r.Enclave)
	case r.Measurement != t.Measurement:
		return fmt.Errorf("claim names measurement %s", r.Measurement)
	case r.ConfigHash != t.ConfigHash():
		return fmt.Errorf("claim commits to run configuration %s, the task's is %s", r.ConfigHash.TerminalString(), t.ConfigHash().TerminalString())
	}
	return r.VerifyClaim()
}

// grantsAt reads, in one batch, the grants to the result's enclave in
// force at its grants block of every dataset assigned to it or used by it.
func (v *Verifier) grantsAt(ctx context.Context, a nodeapi.Assignment, r *enclave.Result, grantsBlock uint64) (map[common.Hash]chain.GrantInfo, error) {
	seen := make(map[common.Hash]bool, len(a.Datasets)+len(r.Usage))
	var ds []common.Hash
	for _, d := range a.Datasets {
		if !seen[d] {
			seen[d] = true
			ds = append(ds, d)
		}
	}
	for _, u := range r.Usage {
		if !seen[u.Dataset] {
			seen[u.Dataset] = true
			ds = append(ds, u.Dataset)
		}
	}
	gs, err := v.cfg.Client.GrantsAt(ctx, ds, r.Enclave, grantsBlock)
	if err != nil {
		return nil, err
	}
	out := make(map[common.Hash]chain.GrantInfo, len(ds))
	for i, d := range ds {
		out[d] = gs[i]
	}
	return out, nil
}

// checkLineage checks the datasets the result used against those assigned
// to its enclave and their grants (grants: grantsAt) at its grants block.
func (v *Verifier) checkLineage(ctx context.Context, a nodeapi.Assignment, r *enclave.Result, grantsBlock uint64, grants map[common.Hash]chain.GrantInfo) error {
	used := make([]common.Hash, len(r.Usage))
	isUsed := make(map[common.Hash]bool, len(r.Usage)) // a scan per dataset is quadratic in the owners
	for i, u := range r.Usage {
		used[i] = u.Dataset
		isUsed[u.Dataset] = true
	}
	// A dataset whose grant no longer held at the claim's grants block
	// (its owner revoked or let it expire) is left out, and its owner
	// unpaid: not a missing dataset. One whose grant held must be used.
	want := make([]common.Hash, 0, len(a.Datasets))
	for _, d := range a.Datasets {
		if isUsed[d] {
			want = append(want, d)
			continue
		}
		if grants[d].Active(grantsBlock) {
			want = append(want, d)
		}
	}
	slices.SortFunc(want, common.Hash.Cmp)
	slices.SortFunc(used, common.Hash.Cmp)
	if !slices.Equal(used, want) {
		var missing, extra []string
		for _, d := range want {
			if !slices.Contains(used, d) {
				missing = append(missing, d.TerminalString())
			}
		}
		for _, d := range used {
			if !slices.Contains(want, d) {
				extra = append(extra, d.TerminalString())
			}
		}
		msg := fmt.Sprintf("used %d of %d assigned datasets", len(used)-len(extra), len(want))
		if len(missing) > 0 {
			msg += " (missing " + strings.Join(missing, ", ") + ")"
		}
		if len(extra) > 0 {
			msg += " and " + strings.Join(extra, ", ") + ", not assigned to it"
		}
		return errors.New(msg)
	}
	for _, u := range r.Usage {
		m, err := vault.LoadManifest(ctx, v.cfg.Store, vault.ID(u.Dataset)) // verifies the owner's signature
		if err != nil {
			return fmt.Errorf("dataset %s: %w", u.Dataset.TerminalString(), err)
		}
		switch {
		case m.Owner != u.Owner:
			return fmt.Errorf("dataset %s: claim names owner %s, manifest %s", u.Dataset.TerminalString(), u.Owner, m.Owner)
		case common.Hash(m.RecordRoot) != u.RecordRoot || m.Records != u.Records:
			return fmt.Errorf("dataset %s: claim's record root or count is not the manifest's", u.Dataset.TerminalString())
		}
		// DataGrants binds a dataset to the owner its id begins with
		// (datasetOwner is pure), so this needs no call.
		if owner := chain.DatasetIDOwner(u.Dataset); owner != u.Owner {
			return fmt.Errorf("dataset %s: owned by %s on chain", u.Dataset.TerminalString(), owner)
		}
		if !grants[u.Dataset].Active(grantsBlock) {
			return fmt.Errorf("dataset %s: no active grant to the enclave at block %d", u.Dataset.TerminalString(), grantsBlock)
		}
	}
	return nil
}

func (v *Verifier) checkPolicy(t *nodeapi.Task, ev *nodeapi.Evidence, grantsBlock uint64, grants map[common.Hash]chain.GrantInfo) error {
	r := ev.Result
	if len(ev.Policies) != len(r.Usage) {
		return fmt.Errorf("%d policies for %d datasets", len(ev.Policies), len(r.Usage))
	}
	for i, u := range r.Usage {
		p := ev.Policies[i]
		if p.Hash() != grants[u.Dataset].PolicyHash {
			return fmt.Errorf("dataset %s: published policy is not the one granted on chain at block %d", u.Dataset.TerminalString(), grantsBlock)
		}
		gt := grant.Task{Owner: t.Owner, Kind: t.Kind(), PricePerRecord: t.PricePerRecord, Epsilon: u.Epsilon}
		if t.Wasm == nil && t.Spec.DP != nil {
			gt.Delta, gt.PrivacyUnit = t.Spec.DP.Delta, t.Spec.PrivacyUnit()
		}
		// The ε spent by earlier tasks under this grant is the enclave's
		// sealed ledger; here the claim's own ε must fit the budget.
		if err := p.Check(gt, 0); err != nil {
			return fmt.Errorf("dataset %s: %w", u.Dataset.TerminalString(), err)
		}
	}
	return nil
}

// checkLedger audits the enclave's ε charges: the ledger it published is
// the one its claim continues, charging the claim's usage to it gives the
// claim's new root (the root TaskMarket now holds for the enclave), and no
// dataset's ε spent under its grant to the enclave exceeds the budget of the
// policy published for it.
func checkLedger(ev *nodeapi.Evidence) error {
	r := ev.Result
	if len(ev.Policies) != len(r.Usage) {
		return fmt.Errorf("%d policies for %d datasets", len(ev.Policies), len(r.Usage))
	}
	budgets := make(map[common.Hash]float64, len(r.Usage))
	for i, u := range r.Usage {
		budgets[u.Dataset] = ev.Policies[i].Epsilon
	}
	return enclave.Audit(r, budgets)
}

func checkReexecution(t *nodeapi.Task, r *enclave.Result, agreed common.Hash, agreeing int) error {
	var n uint64
	for _, u := range r.Usage {
		n += u.Records
	}
	if t.Wasm != nil {
		for _, u := range r.Usage {
			if u.Epsilon != 0 {
				return fmt.Errorf("dataset %s: claims ε %.6g for a wasm task, which spends none", u.Dataset.TerminalString(), u.Epsilon)
			}
		}
	}
	if t.Wasm == nil && t.Spec.DP != nil && n > 0 {
		_, eps, err := t.Spec.Privacy(int(min(n, math.MaxInt32)))
		if err != nil {
			return err
		}
		for _, u := range r.Usage {
			if math.Abs(u.Epsilon-eps) > 1e-9*math.Max(1, eps) {
				return fmt.Errorf("dataset %s: claims ε %.6g, DP-SGD over %d records spends %.6g", u.Dataset.TerminalString(), u.Epsilon, n, eps)
			}
		}
	}
	if len(t.Assignments) > 1 && r.ModelHash != agreed {
		return fmt.Errorf("model %s differs from the model %d of %d enclaves agree on", r.ModelHash.TerminalString(), agreeing, len(t.Assignments))
	}
	return nil
}

// federation is what the published results of a task say about the
// federation: the root most results agree on and each publishing enclave's
// own usage. Results whose claim does not verify are left out, so that
// evidence a node tampered with cannot make honest results fail.
type federation struct {
	root     common.Hash
	agreeing int
	usage    []enclave.Usage // of a result carrying root
	own      map[common.Address]common.Hash
}

func federationOf(evs []*nodeapi.Evidence) federation {
	f := federation{own: map[common.Address]common.Hash{}}
	votes := map[common.Hash]int{}
	for _, ev := range evs {
		if ev == nil || ev.Result == nil {
			continue
		}
		r := ev.Result
		if r.VerifyClaim() != nil {
			continue
		}
		f.own[r.Enclave] = r.LineageRoot()
		root := r.FederationRoot()
		votes[root]++
		if n := votes[root]; n > f.agreeing || (n == f.agreeing && root.Cmp(f.root) < 0) {
			f.root, f.agreeing, f.usage = root, n, r.Federation
		}
	}
	return f
}

func checkFederation(t *nodeapi.Task, r *enclave.Result, f federation) error {
	if r.FederationRoot() != f.root {
		return fmt.Errorf("federation root %s differs from the one %d of %d results agree on", r.FederationRoot().TerminalString(), f.agreeing, len(t.Assignments))
	}
	byEnclave := map[common.Address][]enclave.Usage{}
	assigned := make(map[common.Address]map[common.Hash]bool, len(t.Assignments))
	for _, a := range t.Assignments {
		ds := make(map[common.Hash]bool, len(a.Datasets))
		for _, d := range a.Datasets {
			ds[d] = true
		}
		assigned[a.Enclave] = ds
	}
	for _, u := range f.usage {
		if !assigned[u.Enclave][u.Dataset] {
			return fmt.Errorf("federation names dataset %s for enclave %s, which the task did not assign it", u.Dataset.TerminalString(), u.Enclave)
		}
		byEnclave[u.Enclave] = append(byEnclave[u.Enclave], u)
	}
	for e, own := range f.own {
		if enclave.LineageRoot(byEnclave[e]) != own {
			return fmt.Errorf("federation's usage for enclave %s is not that enclave's own lineage", e)
		}
	}
	return nil
}

// selected reports whether a's result is to be re-executed: its committee
// draw selected it on TaskMarket, or, off-market, the task asks for it.
func (v *Verifier) selected(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment) (bool, error) {
	id, slot, ok := t.MarketTask(a.Enclave)
	if !ok {
		return t.Reexecute, nil
	}
	r, err := v.cfg.Client.Result(ctx, id, uint8(slot))
	if err != nil {
		return false, err
	}
	return r.Reexecute, nil
}

// checkMarketClaim checks a result's TaskMarket claim against the task and
// the chain: the market task commits to this document and assigns the
// enclave its slot, the claim on chain is the result's (VerifyClaim checked
// it is what the result implies, signed by the enclave), and the payouts
// are what the payout rule gives for the federation's usage and the market
// task's users' share per result (re-executed here).
func (v *Verifier) checkMarketClaim(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment, id uint64, want int, r *enclave.Result) error {
	c := v.cfg.Client
	if r.MarketClaim == nil || r.MarketClaim.TaskID != id || r.Market != c.Deployment().TaskMarket {
		return fmt.Errorf("result carries no claim for market task %d", id)
	}
	mt, err := c.Task(ctx, id)
	if err != nil {
		return err
	}
	if mt.DatasetHash != t.ID || mt.Measurement != t.Measurement || mt.Owner != t.Owner || mt.ResultKeyHash != chain.ResultKeyHash(t.ResultKey) {
		return fmt.Errorf("market task %d is not this task's", id)
	}
	slot, ok, err := c.SlotOf(ctx, id, a.Enclave)
	if err != nil {
		return fmt.Errorf("reading slot of market task %d: %w", id, err)
	}
	if !ok || int(slot) != want {
		return fmt.Errorf("enclave is not assigned to slot %d of market task %d", want, id)
	}
	onchain, err := c.Result(ctx, id, slot)
	if err != nil {
		return err
	}
	switch {
	case onchain.State == chain.ResultEmpty || onchain.State == chain.ResultMissing:
		return fmt.Errorf("no result submitted to slot %d of market task %d", slot, id)
	case onchain.PayoutRoot != r.MarketClaim.PayoutRoot:
		return fmt.Errorf("the payout root submitted to market task %d is not the result's", id)
	}
	shares, err := c.Shares(ctx, id)
	if err != nil {
		return err
	}
	payouts := enclave.Payouts(r.Federation, shares.Users)
	if !slices.EqualFunc(payouts, r.Payouts, func(a, b chain.Payout) bool { return a.User == b.User && a.Amount.Cmp(b.Amount) == 0 }) {
		return errors.New("payouts are not the users' share split by the federation's records used")
	}
	return nil
}

// checkSpot checks a result selected for re-execution against the
// re-executor's report: signed by an enclave that the registry holds
// active, with the task's measurement and another operator than the
// result's, for this task and a federation that includes the result's
// enclave, and with the result's model hash.
func (v *Verifier) checkSpot(ctx context.Context, t *nodeapi.Task, r *enclave.Result, rep *enclave.Reexecution) error {
	if rep == nil {
		return fmt.Errorf("selected for re-execution, but no re-execution report")
	}
	if err := rep.Verify(); err != nil {
		return err
	}
	switch {
	case rep.Task != t.ID || rep.Measurement != t.Measurement:
		return fmt.Errorf("the re-execution report is for another task or measurement")
	case !slices.Contains(rep.Enclaves, r.Enclave):
		return fmt.Errorf("the re-execution did not re-run enclave %s", r.Enclave)
	}
	c := v.cfg.Client
	re, err := c.Enclave(ctx, rep.Reexecutor)
	if err != nil {
		return err
	}
	orig, err := c.Enclave(ctx, r.Enclave)
	if err != nil {
		return err
	}
	active, err := c.EnclaveActive(ctx, rep.Reexecutor)
	if err != nil {
		return err
	}
	switch {
	case !active || re.Measurement != t.Measurement:
		return fmt.Errorf("re-executor %s is not an active enclave of the task's measurement", rep.Reexecutor)
	case re.Operator == orig.Operator:
		return fmt.Errorf("re-executor %s is run by the result's own operator", rep.Reexecutor)
	case rep.ModelHash != r.ModelHash:
		return fmt.Errorf("re-executed by %s to model %s; the result claims model %s", rep.Reexecutor.Hex(), rep.ModelHash.TerminalString(), r.ModelHash.TerminalString())
	}
	return nil
}
