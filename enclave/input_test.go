package enclave

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// inputAuthority is the sim quoting authority the owner-input tests trust.
var inputAuthority = sync.OnceValues(sim.NewRandom)

var inputIssued = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// newAttestedSim launches an enclave that quotes through inputAuthority.
func newAttestedSim(t *testing.T, chain ChainView) *Sim {
	t.Helper()
	auth, err := inputAuthority()
	require.NoError(t, err)
	cfg := testConfig(chain, auth, testSecret())
	cfg.Collateral = func(context.Context) ([]byte, error) {
		c, err := auth.Collateral(sim.CollateralOptions{Issued: inputIssued})
		if err != nil {
			return nil, err
		}
		return json.Marshal(c)
	}
	e, err := NewSim(cfg)
	require.NoError(t, err)
	return e
}

// nodeOf is the owner's view of an enclave: its attestation checked with
// grant.VerifyNode, as the owner does before sealing its input.
func nodeOf(t *testing.T, e *Sim) *grant.Node {
	t.Helper()
	auth, err := inputAuthority()
	require.NoError(t, err)
	doc, err := e.Attest(context.Background(), common.Hash{})
	require.NoError(t, err)
	n, err := grant.VerifyNode(context.Background(), doc, grant.NodeOptions{
		Verify:     verify.Options{Now: func() time.Time { return inputIssued.Add(time.Hour) }, TrustedRoots: []*x509.Certificate{auth.Root()}},
		Policy:     validate.Policy{MREnclaves: [][32]byte{e.measurement}},
		ChainID:    e.cfg.ChainID,
		Registry:   e.cfg.Registry,
		DataGrants: e.cfg.DataGrants,
		Operator:   func(context.Context, common.Address) (common.Address, error) { return e.cfg.Operator, nil },
	})
	require.NoError(t, err)
	return n
}

func TestOwnerInputRefusals(t *testing.T) {
	chain := newMemChain()
	e := newAttestedSim(t, chain)
	other := newAttestedSim(t, chain)
	taskID := common.Hash{0x7a}
	in, err := NewOwnerInput(train.Params{0.25, -1.5, 3, 0})
	require.NoError(t, err)
	sealed, err := SealInput(nodeOf(t, e), taskID, in)
	require.NoError(t, err)

	// A node nobody verified gets nothing: outside package grant the only
	// Node that can be built by hand is the zero value.
	for _, unverified := range []*grant.Node{nil, new(grant.Node)} {
		_, err = SealInput(unverified, taskID, in)
		require.ErrorIs(t, err, grant.ErrNodeNotTrusted)
	}

	got, err := e.openInput(&Task{ID: taskID, Input: sealed, InputCommitment: in.Commitment()})
	require.NoError(t, err)
	require.Equal(t, in.Init, got.Init)
	require.Equal(t, in.Salt, got.Salt)

	tampered := *sealed
	tampered.Ciphertext = bytes.Clone(sealed.Ciphertext)
	tampered.Ciphertext[len(tampered.Ciphertext)-20] ^= 1
	forOther, err := SealInput(nodeOf(t, other), taskID, in)
	require.NoError(t, err)
	forOther.Enclave = e.Address() // relabelled by the host: still sealed to other's key
	otherTask, err := SealInput(nodeOf(t, e), common.Hash{0x7b}, in)
	require.NoError(t, err)
	otherTask.Task = taskID
	in2, err := NewOwnerInput(in.Init)
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		task *Task
	}{
		{"tampered ciphertext", &Task{ID: taskID, Input: &tampered, InputCommitment: in.Commitment()}},
		{"sealed to another enclave", &Task{ID: taskID, Input: forOther, InputCommitment: in.Commitment()}},
		{"sealed for another task", &Task{ID: taskID, Input: otherTask, InputCommitment: in.Commitment()}},
		{"label for another task", &Task{ID: common.Hash{0x7b}, Input: sealed, InputCommitment: in.Commitment()}},
		{"commitment to another input", &Task{ID: taskID, Input: sealed, InputCommitment: in2.Commitment()}},
		{"input without commitment", &Task{ID: taskID, Input: sealed}},
		{"commitment without input", &Task{ID: taskID, InputCommitment: in.Commitment()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.openInput(tc.task)
			require.ErrorIs(t, err, ErrInput)
		})
	}

	t.Run("no plaintext outside", func(t *testing.T) {
		pt, err := in.Init.MarshalBinary()
		require.NoError(t, err)
		j, err := json.Marshal(sealed)
		require.NoError(t, err)
		require.False(t, bytes.Contains(sealed.Ciphertext, pt))
		require.False(t, bytes.Contains(j, pt))
		require.NotEqual(t, in.Commitment(), in2.Commitment(), "the salt hides equal parameters")
	})
}

func TestAgreeOnFederationUsage(t *testing.T) {
	ctx := context.Background()
	run := func(t *testing.T, sa, sb summary, userLevel ...bool) (fa, fb []Usage, ea, eb error) {
		a, b := transportPair(t)
		a.ownerOnce, b.ownerOnce = len(userLevel) > 0, len(userLevel) > 0
		box := NewPostbox(a.self, b.self)
		a.carrier, b.carrier = box.For(a.self), box.For(b.self)
		for i := range sa.Usage {
			if sa.Usage[i].Enclave == (common.Address{}) {
				sa.Usage[i].Enclave = a.self
			}
		}
		for i := range sb.Usage {
			if sb.Usage[i].Enclave == (common.Address{}) {
				sb.Usage[i].Enclave = b.self
			}
		}
		var wg sync.WaitGroup
		wg.Go(func() { fa, ea = a.agree(ctx, sa) })
		wg.Go(func() { fb, eb = b.agree(ctx, sb) })
		wg.Wait()
		return
	}
	model := common.Hash{0x11}
	ua := []Usage{{Dataset: common.Hash{1}, Owner: common.Address{0xa1}, Records: 10, Epsilon: 1}}
	ub := []Usage{{Dataset: common.Hash{2}, Owner: common.Address{0xb1}, Records: 20, Epsilon: 1}}

	t.Run("agreed", func(t *testing.T) {
		fa, fb, ea, eb := run(t, summary{Usage: ua, ModelHash: model}, summary{Usage: ub, ModelHash: model})
		require.NoError(t, ea)
		require.NoError(t, eb)
		require.Equal(t, fa, fb)
		require.Len(t, fa, 2)
		require.Equal(t, LineageRoot(fa), LineageRoot(fb))
	})
	for _, tc := range []struct {
		name   string
		sb     summary
		wantOK bool
	}{
		{"other model", summary{Usage: ub, ModelHash: common.Hash{0x12}}, false},
		{"other owner input", summary{Usage: ub, ModelHash: model, InputCommitment: common.Hash{9}}, false},
		{"usage for another enclave", summary{Usage: []Usage{{Enclave: common.Address{0xee}, Dataset: common.Hash{2}, Records: 20}}, ModelHash: model}, false},
		{"dataset used twice", summary{Usage: []Usage{{Dataset: common.Hash{1}, Records: 10}}, ModelHash: model}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, ea, _ := run(t, summary{Usage: ua, ModelHash: model}, tc.sb)
			require.ErrorIs(t, ea, ErrPeer)
		})
	}
	// An owner with a dataset at each of two enclaves: at user level its
	// contribution would be clipped twice, twice the bound its ε is for.
	// (Fresh slices: run fills in the enclaves.)
	first := func() []Usage {
		return []Usage{{Dataset: common.Hash{1}, Owner: common.Address{0xa1}, Records: 10, Epsilon: 1}}
	}
	twice := func() []Usage {
		return []Usage{{Dataset: common.Hash{2}, Owner: common.Address{0xa1}, Records: 20, Epsilon: 1}}
	}
	t.Run("owner at two enclaves of a user-level task", func(t *testing.T) {
		_, _, ea, eb := run(t, summary{Usage: first(), ModelHash: model}, summary{Usage: twice(), ModelHash: model}, true)
		require.ErrorIs(t, ea, grant.ErrPolicy, "the hub refuses")
		require.ErrorContains(t, ea, common.Address{0xa1}.Hex())
		require.ErrorIs(t, eb, ErrPeer, "and tells the spoke")
	})
	t.Run("owner at two enclaves of a record-level task", func(t *testing.T) {
		fa, _, ea, eb := run(t, summary{Usage: first(), ModelHash: model}, summary{Usage: twice(), ModelHash: model})
		require.NoError(t, ea, "two datasets of one owner are two groups of records")
		require.NoError(t, eb)
		require.Len(t, fa, 2)
	})
}
