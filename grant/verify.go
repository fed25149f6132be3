package grant

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

// NodeOptions say what a data owner accepts before wrapping a key to a node.
// The zero value of each field is documented.
type NodeOptions struct {
	// Verify configures quote verification: Now is required; TrustedRoots
	// nil means Intel's root alone (a dev chain adds its sim root). Set
	// Verify.Getter (a pcs.Client of Intel's PCS or a PCCS) so that the
	// collateral is the verifier's own: if Verify.Collateral and
	// Verify.Getter are both nil, the collateral served in the document is
	// used, which lets the node pick it (stale collateral can hide a
	// revoked or out-of-date platform); only dev chains should rely on it.
	Verify verify.Options
	// Policy is the deployment's attestation policy: the TEE accepted (TEE:
	// SGX, TDX or either), allowed measurements (SGX: MREnclaves / Signers;
	// TDX: MRTDs; empty means not checked here, so set them or
	// MeasurementAllowed), debug (refused unless AllowDebug), acceptable TCB
	// statuses (nil: UpToDate and SWHardeningNeeded), collateral age, and
	// the hints appended to refusals (Policy.Hints, also to the refusals
	// VerifyNode makes itself). Its ReportData is ignored: VerifyNode sets
	// it to the binding it expects.
	Policy validate.Policy
	// TDRTMRs names the RTMRs a TDX node's measurement covers with its
	// MRTD: the measurement of a TD, the one the registry allows and
	// records and grants name, is attest.TDMeasurement(MRTD, TDRTMRs), as
	// the node computes it (memoc node --tdx-rtmr). Nil:
	// attest.DefaultTDRTMRs (1 and 2). An SGX node's measurement is its
	// MRENCLAVE.
	TDRTMRs []int
	// ChainID and Registry identify the deployment; both are required.
	ChainID  uint64
	Registry common.Address
	// DataGrants, if non-zero, must be the document's grants contract.
	DataGrants common.Address
	// Nonce is the nonce the document must be bound to (zero if none was asked).
	Nonce common.Hash
	// MeasurementAllowed, if set, must also allow the measurement (e.g.
	// EnclaveRegistry.measurementAllowed on chain).
	MeasurementAllowed func(ctx context.Context, m common.Hash) (bool, error)
	// Operator returns the operator the deployment's registry records for
	// an enclave, zero if none (chain.Client.EnclaveOperator); required.
	// The report data must bind that operator: an enclave is trusted only
	// under the operator that registered it.
	Operator func(ctx context.Context, enclave common.Address) (common.Address, error)
	// TLSKeyHash, if non-zero, is the hash the report data must bind as the
	// node's TLS key (SHA-256 of the SubjectPublicKeyInfo of the connection
	// the document came over). Zero accepts the document's claim, which the
	// report data binds and Node.TLSKeyHash returns.
	TLSKeyHash common.Hash
}

// ServedCollateral reports whether VerifyNode under o verifies with the
// collateral the node serves in its document: when o.Verify names neither
// collateral nor a Getter of its own (only dev chains should). Otherwise
// the document need not carry any (nodeapi.Client.AttestationFor).
func (o NodeOptions) ServedCollateral() bool {
	return o.Verify.Collateral == nil && o.Verify.Getter == nil
}

// Node is a node whose attestation verified: its enclave keys are bound to
// the deployment by a quote from trusted hardware (or the dev chain's sim
// root) whose measurement and TCB the options accept. Only VerifyNode makes
// one that Issue accepts.
//
// A Node is immutable: its fields are unexported and every accessor returns
// a copy, so nothing outside this package can change the key Issue wraps to
// after verification. Outside this package the only Node that can be built
// by hand is the zero value, which is not Verified.
type Node struct {
	tee           string
	operator      common.Address
	enclave       common.Address
	hpkePublicKey []byte
	tlsKeyHash    common.Hash
	measurement   common.Hash
	mrSigner      common.Hash
	tcbStatus     pcs.TCBStatus
	debug         bool
	chainID       uint64
	registry      common.Address
	dataGrants    common.Address
	workload      *WorkloadInfo

	verified bool
}

// Verified reports whether n was made by VerifyNode (a Node built by hand,
// e.g. the zero value, is not). Anything that encrypts to the node's key
// should refuse an unverified one, as Issue does.
func (n *Node) Verified() bool { return n != nil && n.verified }

// Enclave returns the enclave's address, the one bound in its report data.
func (n *Node) Enclave() common.Address { return n.enclave }

// Operator returns the enclave's operator, the one the registry records and
// its report data binds.
func (n *Node) Operator() common.Address { return n.operator }

// TLSKeyHash returns the hash of the node's TLS key bound in its report data
// (zero if it serves no TLS of its own).
func (n *Node) TLSKeyHash() common.Hash { return n.tlsKeyHash }

// HPKEPublicKey returns a copy of the enclave's HPKE public key, the one
// bound in its report data and the one Issue wraps to. Changing the returned
// slice does not change n.
func (n *Node) HPKEPublicKey() []byte { return append([]byte(nil), n.hpkePublicKey...) }

// TEE returns the node's TEE: "SGX" or "TDX".
func (n *Node) TEE() string { return n.tee }

// Measurement returns the enclave's measurement as the registry records
// it: the quote's MRENCLAVE (SGX), or attest.TDMeasurement of its MRTD and
// the RTMRs NodeOptions.TDRTMRs names (TDX).
func (n *Node) Measurement() common.Hash { return n.measurement }

// MRSigner returns the quote's MRSIGNER (zero for a TD).
func (n *Node) MRSigner() common.Hash { return n.mrSigner }

// TCBStatus returns the platform's TCB status from the collateral.
func (n *Node) TCBStatus() pcs.TCBStatus { return n.tcbStatus }

// Debug reports whether the enclave runs in debug mode (only possible if the
// policy allowed debug).
func (n *Node) Debug() bool { return n.debug }

// ChainID returns the deployment's chain id.
func (n *Node) ChainID() uint64 { return n.chainID }

// Registry returns the deployment's EnclaveRegistry address.
func (n *Node) Registry() common.Address { return n.registry }

// DataGrants returns the deployment's DataGrants address (the EIP-712
// verifying contract of the grants Issue makes).
func (n *Node) DataGrants() common.Address { return n.dataGrants }

// Workload returns a copy of what the document says the enclave runs, or
// nil if it says nothing (informational: it is folded into the measurement).
func (n *Node) Workload() *WorkloadInfo {
	if n.workload == nil {
		return nil
	}
	w := *n.workload
	return &w
}

// VerifyNode verifies a node's attestation document: the quote's signatures
// and certificate chains to a trusted root (package attest/verify), the
// deployment policy (measurement, debug, TCB status: attest/validate), and
// that its report data is attest.ReportData over exactly this deployment,
// the operator the registry records for the enclave (Options.Operator), the
// document's enclave address, the SHA-256 of the HPKE key that would be
// wrapped to, the node's TLS key hash and the expected nonce. Any failure wraps ErrNodeNotTrusted
// (with the attest sentinels, e.g. validate.ErrMeasurement, inside) or
// ErrWrongDeployment.
func VerifyNode(ctx context.Context, doc *Attestation, opts NodeOptions) (*Node, error) {
	if doc == nil {
		return nil, fmt.Errorf("verifying node: %w: no document", ErrMalformed)
	}
	if opts.ChainID == 0 || opts.Registry == (common.Address{}) {
		return nil, fmt.Errorf("verifying node: chain id and registry are required options")
	}
	if opts.Operator == nil {
		return nil, fmt.Errorf("verifying node: the Operator option is required: pass the registry's record (chain.Client.EnclaveOperator)")
	}
	if doc.ChainID != opts.ChainID || doc.Registry != opts.Registry ||
		(opts.DataGrants != (common.Address{}) && doc.DataGrants != opts.DataGrants) {
		return nil, fmt.Errorf("verifying node: %w: node serves chain %d registry %s grants %s", ErrWrongDeployment, doc.ChainID, doc.Registry, doc.DataGrants)
	}
	vo := opts.Verify
	if opts.ServedCollateral() {
		if len(doc.Collateral) == 0 {
			return nil, fmt.Errorf("verifying node: %w: no collateral served or configured", ErrNodeNotTrusted)
		}
		c, err := pcs.ParseCollateral(doc.Collateral)
		if err != nil {
			return nil, fmt.Errorf("verifying node: %w: collateral: %w", ErrNodeNotTrusted, err)
		}
		vo.Collateral = c
	}
	v, err := verify.New(vo)
	if err != nil {
		return nil, fmt.Errorf("verifying node: %w", err)
	}
	res, err := v.VerifyContext(ctx, doc.Quote)
	if err != nil {
		return nil, fmt.Errorf("verifying node: %w: %w", ErrNodeNotTrusted, err)
	}
	operator, err := opts.Operator(ctx, doc.Enclave)
	if err != nil {
		return nil, fmt.Errorf("verifying node: reading the enclave's operator: %w", err)
	}
	switch {
	case operator == (common.Address{}):
		return nil, fmt.Errorf("verifying node: %w: enclave %s is not registered", ErrNodeNotTrusted, doc.Enclave)
	case doc.Operator != operator:
		return nil, fmt.Errorf("verifying node: %w: document names operator %s, the registry %s", ErrNodeNotTrusted, doc.Operator, operator)
	case opts.TLSKeyHash != (common.Hash{}) && doc.TLSKeyHash != opts.TLSKeyHash:
		return nil, fmt.Errorf("verifying node: %w: document binds TLS key %s, the connection's is %s", ErrNodeNotTrusted, doc.TLSKeyHash, opts.TLSKeyHash)
	}
	want := attest.ReportData(attest.Binding{
		ChainID:       opts.ChainID,
		Registry:      opts.Registry,
		Operator:      operator,
		Enclave:       doc.Enclave,
		HPKEPublicKey: doc.HPKEPublicKey,
		TLSKeyHash:    doc.TLSKeyHash,
		Nonce:         opts.Nonce,
	})
	pol := opts.Policy
	pol.ReportData = &want
	if err := validate.Validate(res, pol); err != nil {
		return nil, fmt.Errorf("verifying node: %w: %w", ErrNodeNotTrusted, err)
	}
	q := res.Quote
	var m, signer common.Hash
	tee, what, regs := "SGX", "MRENCLAVE", ""
	switch {
	case q.SGX != nil:
		m, signer = common.Hash(q.SGX.MREnclave), common.Hash(q.SGX.MRSigner)
	case q.TD != nil:
		rtmrs := opts.TDRTMRs
		if rtmrs == nil {
			rtmrs = attest.DefaultTDRTMRs()
		}
		m, tee = common.Hash(attest.TDMeasurement(q.TD, rtmrs)), "TDX"
		what, regs = "TD measurement", " ("+attest.TDRegisters(q.TD, rtmrs)+")"
	default:
		return nil, fmt.Errorf("verifying node: %w: %w: neither an SGX enclave nor a TDX TD quote", ErrNodeNotTrusted, validate.ErrTEEType)
	}
	if doc.Measurement != (common.Hash{}) && doc.Measurement != m {
		err := fmt.Errorf("%w: document claims measurement %s, the quote's %s is %s%s", validate.ErrMeasurement, doc.Measurement, what, m, regs)
		return nil, fmt.Errorf("verifying node: %w: %w", ErrNodeNotTrusted, opts.Policy.Hint(err))
	}
	if opts.MeasurementAllowed != nil {
		ok, err := opts.MeasurementAllowed(ctx, m)
		if err != nil {
			return nil, fmt.Errorf("verifying node: checking measurement allow-list: %w", err)
		}
		if !ok {
			err := fmt.Errorf("%w: %s %s%s is not on the deployment's allow-list", validate.ErrMeasurement, what, m, regs)
			return nil, fmt.Errorf("verifying node: %w: %w", ErrNodeNotTrusted, opts.Policy.Hint(err))
		}
	}
	var wl *WorkloadInfo
	if doc.Workload != nil {
		w := *doc.Workload
		wl = &w
	}
	return &Node{
		tee:           tee,
		operator:      operator,
		enclave:       doc.Enclave,
		hpkePublicKey: append([]byte(nil), doc.HPKEPublicKey...),
		tlsKeyHash:    doc.TLSKeyHash,
		measurement:   m,
		mrSigner:      signer,
		tcbStatus:     res.TCBStatus,
		debug:         q.Debug(),
		chainID:       doc.ChainID,
		registry:      doc.Registry,
		dataGrants:    doc.DataGrants,
		workload:      wl,
		verified:      true,
	}, nil
}

// Request is what a data owner grants, before the key is wrapped.
type Request struct {
	Dataset common.Hash
	Owner   common.Address
	Policy  Policy
	// Expiry is the first block at which the grant no longer holds.
	Expiry uint64
	// Nonce is the owner's current DataGrants nonce (chain.Client.GrantNonce).
	Nonce *big.Int
	// Deadline is the last block in which the signed grant may be relayed.
	Deadline uint64
}

// Issue wraps dek to a node that VerifyNode accepted and returns the grant,
// unsigned: sign it with Grant.Sign or have a wallet sign Grant.TypedData and
// set Signature. The grant's EIP-712 domain is the node's DataGrants
// contract on its chain.
func Issue(node *Node, req Request, dek []byte) (*Grant, error) {
	if !node.Verified() {
		return nil, fmt.Errorf("issuing grant: %w: node was not verified with VerifyNode", ErrNodeNotTrusted)
	}
	g := &Grant{
		ChainID:  node.chainID,
		Contract: node.dataGrants,
		Dataset:  req.Dataset,
		Owner:    req.Owner,
		Enclave:  node.enclave,
		Policy:   req.Policy,
		Expiry:   req.Expiry,
		Nonce:    req.Nonce,
		Deadline: req.Deadline,
	}
	if err := req.Policy.Validate(); err != nil {
		return nil, fmt.Errorf("issuing grant: %w", err)
	}
	w, err := WrapKey(node.hpkePublicKey, dek, g.Binding())
	if err != nil {
		return nil, fmt.Errorf("issuing grant: %w", err)
	}
	g.WrappedKey = w
	return g, nil
}
