package grant

import (
	"context"
	"crypto/hpke"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
)

var (
	issued      = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	now         = func() time.Time { return issued.Add(24 * time.Hour) }
	registry    = common.HexToAddress("0x1000000000000000000000000000000000000001")
	dataGrants  = common.HexToAddress("0x2000000000000000000000000000000000000002")
	operator    = common.HexToAddress("0x3000000000000000000000000000000000000003")
	tlsKeyHash  = common.Hash{0x71, 0x5}
	measurement = [32]byte{0x3e, 0xa5}
)

// node is a fake enclave for the user side: an HPKE key pair, an address
// and a sim authority that quotes for it.
type node struct {
	auth *sim.Authority
	key  hpke.PrivateKey
	addr common.Address
}

func newNode(t *testing.T, auth *sim.Authority) *node {
	k, err := hpke.MLKEM768X25519().GenerateKey()
	require.NoError(t, err)
	return &node{auth: auth, key: k, addr: common.Address{0xee, 1}}
}

type docOpts struct {
	measurement [32]byte
	debug       bool
	status      pcs.TCBStatus
	bind        attest.Binding
}

func (n *node) doc(t *testing.T, nonce common.Hash, mod func(*docOpts)) *Attestation {
	o := docOpts{measurement: measurement, status: pcs.UpToDate, bind: attest.Binding{
		ChainID: 1337, Registry: registry, Operator: operator, Enclave: n.addr, HPKEPublicKey: n.key.PublicKey().Bytes(),
		TLSKeyHash: tlsKeyHash, Nonce: nonce,
	}}
	if mod != nil {
		mod(&o)
	}
	q, err := n.auth.Quote(sim.Report{MREnclave: o.measurement, ISVProdID: 1, ISVSVN: 1, Debug: o.debug, ReportData: attest.ReportData(o.bind)})
	require.NoError(t, err)
	c, err := n.auth.Collateral(sim.CollateralOptions{Issued: issued, Status: o.status})
	require.NoError(t, err)
	cj, err := json.Marshal(c)
	require.NoError(t, err)
	return &Attestation{
		Version: 1, Quote: q, Collateral: cj, Operator: operator, Enclave: n.addr, HPKEPublicKey: n.key.PublicKey().Bytes(),
		TLSKeyHash: tlsKeyHash, ChainID: 1337, Registry: registry, DataGrants: dataGrants, Nonce: nonce, Measurement: o.measurement,
	}
}

func nodeOptions(auth *sim.Authority, nonce common.Hash) NodeOptions {
	return NodeOptions{
		Verify:   verify.Options{Now: now, TrustedRoots: []*x509.Certificate{auth.Root()}},
		Policy:   validate.Policy{MREnclaves: [][32]byte{measurement}},
		ChainID:  1337,
		Registry: registry,
		Nonce:    nonce,
		Operator: registeredTo(operator),
	}
}

// registeredTo is a registry in which every enclave is registered by op.
func registeredTo(op common.Address) func(context.Context, common.Address) (common.Address, error) {
	return func(context.Context, common.Address) (common.Address, error) { return op, nil }
}

func TestVerifyNodeAndIssue(t *testing.T) {
	ctx := context.Background()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	n := newNode(t, auth)
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])

	node, err := VerifyNode(ctx, n.doc(t, nonce, nil), nodeOptions(auth, nonce))
	require.NoError(t, err)
	require.Equal(t, n.addr, node.Enclave())
	require.Equal(t, operator, node.Operator())
	require.Equal(t, tlsKeyHash, node.TLSKeyHash())
	require.Equal(t, common.Hash(measurement), node.Measurement())
	require.Equal(t, pcs.UpToDate, node.TCBStatus())
	require.Equal(t, n.key.PublicKey().Bytes(), node.HPKEPublicKey())
	require.Equal(t, uint64(1337), node.ChainID())
	require.Equal(t, registry, node.Registry())
	require.Equal(t, dataGrants, node.DataGrants())
	require.False(t, node.Debug())

	dek := make([]byte, KeySize)
	_, _ = rand.Read(dek)
	req := Request{Dataset: common.Hash{0xda}, Owner: common.Address{0x0a}, Policy: testPolicy(), Expiry: 100, Nonce: big.NewInt(0)}
	g, err := Issue(node, req, dek)
	require.NoError(t, err)
	require.Equal(t, dataGrants, g.Contract)
	got, err := UnwrapKey(n.key, g.WrappedKey, g.Binding())
	require.NoError(t, err)
	require.Equal(t, dek, got, "the verified node's key opens the grant")

	handMade := &Node{enclave: n.addr, hpkePublicKey: n.key.PublicKey().Bytes(), chainID: 1337, dataGrants: dataGrants}
	for _, bad := range []*Node{handMade, new(Node), nil} {
		_, err = Issue(bad, req, dek)
		require.ErrorIs(t, err, ErrNodeNotTrusted, "a Node VerifyNode did not make is refused")
	}
}

// TestVerifiedNodeImmutable is the key-swap attack: a caller holding a
// verified Node rewrites everything it can reach (the key slice the
// accessor returns, the workload, the document it verified) to point at an
// attacker's key, and Issue still wraps the data key to the verified
// enclave's key only.
func TestVerifiedNodeImmutable(t *testing.T) {
	ctx := context.Background()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	n := newNode(t, auth)
	attacker := newNode(t, auth)
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])

	doc := n.doc(t, nonce, nil)
	doc.Workload = &WorkloadInfo{Kind: "train", ID: common.Hash{1}}
	node, err := VerifyNode(ctx, doc, nodeOptions(auth, nonce))
	require.NoError(t, err)
	verifiedKey := n.key.PublicKey().Bytes()

	evil := attacker.key.PublicKey().Bytes()
	k := node.HPKEPublicKey()
	require.Len(t, k, len(evil))
	copy(k, evil)
	copy(doc.HPKEPublicKey, evil)
	node.Workload().Kind = "evil"
	doc.Workload.Kind = "evil"
	require.Equal(t, verifiedKey, node.HPKEPublicKey(), "the accessor hands out a copy")
	require.Equal(t, "train", node.Workload().Kind, "the workload is a copy too")

	dek := make([]byte, KeySize)
	_, _ = rand.Read(dek)
	req := Request{Dataset: common.Hash{0xda}, Owner: common.Address{0x0a}, Policy: testPolicy(), Expiry: 100, Nonce: big.NewInt(0)}
	g, err := Issue(node, req, dek)
	require.NoError(t, err)
	got, err := UnwrapKey(n.key, g.WrappedKey, g.Binding())
	require.NoError(t, err)
	require.Equal(t, dek, got, "the verified enclave opens the grant")
	_, err = UnwrapKey(attacker.key, g.WrappedKey, g.Binding())
	require.Error(t, err, "the attacker's key does not")
}

func TestVerifyNodeRefusals(t *testing.T) {
	ctx := context.Background()
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	rogue, err := sim.NewRandom()
	require.NoError(t, err)
	n := newNode(t, auth)
	other := newNode(t, auth)
	var nonce common.Hash
	_, _ = rand.Read(nonce[:])

	for _, tc := range []struct {
		name string
		doc  func() *Attestation
		opts func(*NodeOptions)
		want []error
	}{
		{"measurement not allowed", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.measurement = [32]byte{9} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrMeasurement}},
		{"measurement not on chain allow-list", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) {
				o.MeasurementAllowed = func(context.Context, common.Hash) (bool, error) { return false, nil }
			}, []error{ErrNodeNotTrusted, validate.ErrMeasurement}},
		{"debug enclave", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.debug = true })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrDebug}},
		{"TCB out of date", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.status = pcs.OutOfDate })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrTCBStatus}},
		{"key swapped after quoting", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.HPKEPublicKey = other.key.PublicKey().Bytes()
			return d
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		{"quote binds another enclave address", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.bind.Enclave = common.Address{0xbb} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		// A quote made for one operator does not vouch for the enclave under
		// another, whatever the document claims (registration theft).
		{"quote binds another operator", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.bind.Operator = common.Address{0xbb} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		{"document claims another operator", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.Operator = common.Address{0xbb}
			return d
		}, nil, []error{ErrNodeNotTrusted}},
		{"registry records another operator", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) { o.Operator = registeredTo(common.Address{0xbb}) }, []error{ErrNodeNotTrusted}},
		{"enclave not registered", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) { o.Operator = registeredTo(common.Address{}) }, []error{ErrNodeNotTrusted}},
		{"quote binds another TLS key", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.bind.TLSKeyHash = common.Hash{0xbb} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		{"connection serves another TLS key", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) { o.TLSKeyHash = common.Hash{0xbb} }, []error{ErrNodeNotTrusted}},
		{"registry unreadable", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) {
				o.Operator = func(context.Context, common.Address) (common.Address, error) { return common.Address{}, errRegistry }
			}, []error{errRegistry}},
		{"quote binds another registry", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.bind.Registry = common.Address{0xbb} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		{"stale nonce", func() *Attestation {
			return n.doc(t, nonce, func(o *docOpts) { o.bind.Nonce = common.Hash{1} })
		}, nil, []error{ErrNodeNotTrusted, validate.ErrReportData}},
		{"untrusted root", func() *Attestation { return newNode(t, rogue).doc(t, nonce, nil) },
			nil, []error{ErrNodeNotTrusted, verify.ErrChain}},
		{"production roots only", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) { o.Verify.TrustedRoots = nil }, []error{ErrNodeNotTrusted}},
		{"tampered quote", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.Quote[100] ^= 1
			return d
		}, nil, []error{ErrNodeNotTrusted}},
		{"claims another measurement", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.Measurement = common.Hash{7}
			return d
		}, nil, []error{ErrNodeNotTrusted}},
		{"no collateral", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.Collateral = nil
			return d
		}, nil, []error{ErrNodeNotTrusted}},
		{"other chain", func() *Attestation {
			d := n.doc(t, nonce, nil)
			d.ChainID = 1
			return d
		}, nil, []error{ErrWrongDeployment}},
		{"other grants contract", func() *Attestation { return n.doc(t, nonce, nil) },
			func(o *NodeOptions) { o.DataGrants = common.Address{0xcc} }, []error{ErrWrongDeployment}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := nodeOptions(auth, nonce)
			if tc.opts != nil {
				tc.opts(&o)
			}
			node, err := VerifyNode(ctx, tc.doc(), o)
			require.Nil(t, node)
			for _, w := range tc.want {
				require.ErrorIs(t, err, w)
			}
		})
	}
}

var errRegistry = errors.New("registry unreadable")

func TestVerifyNodeNeedsOperator(t *testing.T) {
	auth, err := sim.NewRandom()
	require.NoError(t, err)
	o := nodeOptions(auth, common.Hash{})
	o.Operator = nil
	_, err = VerifyNode(context.Background(), newNode(t, auth).doc(t, common.Hash{}, nil), o)
	require.ErrorContains(t, err, "Operator option is required")
}

func FuzzParseAttestation(f *testing.F) {
	f.Add([]byte(`{"version":1,"quote":"0x01","operator":"0x0300000000000000000000000000000000000000","enclave":"0x0100000000000000000000000000000000000000","hpkePublicKey":"0x02","tlsKeyHash":"0x0000000000000000000000000000000000000000000000000000000000000000","chainId":1,"registry":"0x0000000000000000000000000000000000000000","dataGrants":"0x0000000000000000000000000000000000000000","nonce":"0x0000000000000000000000000000000000000000000000000000000000000000","measurement":"0x0000000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ParseAttestation(b)
		if err == nil {
			require.NotEmpty(t, doc.Quote)
			require.NotEmpty(t, doc.HPKEPublicKey)
		}
	})
}
