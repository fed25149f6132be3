package enclave

import (
	"bytes"
	"context"
	"crypto/hpke"
	"crypto/x509"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/attest/sim"
	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/attest/verify"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/train"
)

// fuzzInputEnclave launches an enclave with fixed keys (see fixKeys) that
// quotes through inputAuthority, and returns it with the owner's view of
// it: its attestation checked with grant.VerifyNode, as the owner does
// before SealInput.
func fuzzInputEnclave(tb testing.TB) (*Sim, *grant.Node) {
	tb.Helper()
	ctx := context.Background()
	auth, err := inputAuthority()
	require.NoError(tb, err)
	cfg := testConfig(newMemChain(), auth, testSecret())
	cfg.Collateral = func(context.Context) ([]byte, error) {
		c, err := auth.Collateral(sim.CollateralOptions{Issued: inputIssued})
		if err != nil {
			return nil, err
		}
		return json.Marshal(c)
	}
	e, err := NewSim(cfg)
	require.NoError(tb, err)
	fixKeys(tb, e, "input")
	doc, err := e.Attest(ctx, common.Hash{})
	require.NoError(tb, err)
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify:     verify.Options{Now: func() time.Time { return inputIssued.Add(time.Hour) }, TrustedRoots: []*x509.Certificate{auth.Root()}},
		Policy:     validate.Policy{MREnclaves: [][32]byte{e.measurement}},
		ChainID:    e.cfg.ChainID,
		Registry:   e.cfg.Registry,
		DataGrants: e.cfg.DataGrants,
		Operator:   func(context.Context, common.Address) (common.Address, error) { return e.cfg.Operator, nil },
	})
	require.NoError(tb, err)
	return e, n
}

// enclaveState is what a refused input must leave unchanged.
type enclaveState struct {
	address  common.Address
	hpkePub  []byte
	used     bool
	admitted int
}

func stateOf(e *Sim) enclaveState {
	e.mu.Lock()
	defer e.mu.Unlock()
	return enclaveState{e.address, bytes.Clone(e.hpkePub), e.used, len(e.admitted)}
}

// FuzzOpenInput feeds the enclave sealed owner inputs a hostile host can
// make. HPKE does not authenticate the sender, so the host can seal any
// plaintext to the enclave's attested key (sealed = true: b is the
// plaintext, and the task commits to b as an owner would to an encoding);
// it can also hand over any ciphertext (sealed = false: b is the
// ciphertext, and the task commits to the owner's real input). Seeds are a
// real input, sealed by SealInput to a verified node, and its encoding.
//
// The enclave must refuse with ErrInput and without a state change, accept
// every valid encoding it committed to (and return what re-encodes to those
// bytes), and accept a ciphertext only if it holds the owner's input.
func FuzzOpenInput(f *testing.F) {
	e, node := fuzzInputEnclave(f)
	task := common.Hash{0x7a}
	var salt [32]byte
	copy(salt[:], crypto.Keccak256([]byte("memo-compute/enclave/fuzz/salt")))
	owner := &OwnerInput{Init: train.Params{0.25, -1.5, 3, 0}, Salt: salt}
	sealed, err := SealInput(node, task, owner)
	require.NoError(f, err)
	ct := []byte(sealed.Ciphertext)
	pt := owner.marshal()
	f.Add(false, ct)
	f.Add(false, ct[:len(ct)-1])
	f.Add(false, ct[:len(ct)/2])
	f.Add(true, pt)
	f.Add(true, pt[:len(pt)-1])
	f.Add(true, pt[:33])
	f.Add(true, pt[:32])
	f.Add(true, []byte{})

	pub, err := hpkeKEM().NewPublicKey(e.HPKEPublicKey())
	require.NoError(f, err)
	info := inputInfo(e.cfg.ChainID, task, e.Address())
	before := stateOf(e)
	_, err = e.openInput(&Task{ID: task, Input: sealed, InputCommitment: owner.Commitment()})
	require.NoError(f, err, "the owner's real input opens")

	f.Fuzz(func(t *testing.T, sealedHere bool, b []byte) {
		in := &SealedInput{Task: task, Enclave: e.Address(), Ciphertext: b}
		commitment := owner.Commitment()
		if sealedHere {
			c, err := hpke.Seal(pub, hpke.HKDFSHA256(), hpke.AES256GCM(), info, b)
			require.NoError(t, err)
			in.Ciphertext = c
			if len(b) >= 33 {
				commitment = crypto.Keccak256Hash([]byte(commitmentDomain), b[1:33], b[33:])
			}
		}
		got, err := e.openInput(&Task{ID: task, Input: in, InputCommitment: commitment})
		require.Equal(t, before, stateOf(e), "opening an input changes nothing in the enclave")
		if err != nil {
			require.ErrorIs(t, err, ErrInput)
			require.Nil(t, got)
			if sealedHere {
				_, perr := parseOwnerInput(b)
				require.Error(t, perr, "refused a valid encoding it committed to: %v", err)
			}
			return
		}
		require.Equal(t, commitment, got.Commitment())
		if sealedHere {
			require.Equal(t, b, got.marshal(), "an accepted input has one encoding")
			return
		}
		require.Equal(t, owner.Salt, got.Salt)
		require.Equal(t, owner.Init, got.Init)
	})
}
