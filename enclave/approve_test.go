package enclave_test

import (
	"context"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// sharedVerifiers holds the verifier of every deployment on the shared dev
// chain, by address (newDeployment stores it): an approval committee is
// drawn among all of them.
var sharedVerifiers sync.Map

// approveEnclave has the enclave approved on the shared dev chain, whose
// approval committees have one member drawn by stake among every
// deployment's verifier: d's verifier approves (its approval is held and
// ApproveEnclave draws the committee), and if another deployment's
// verifier was drawn, that one approves.
func approveEnclave(t *testing.T, ctx context.Context, d *deployment, enclave common.Address) {
	t.Helper()
	_, err := d.verifier.ApproveEnclave(ctx, enclave)
	require.NoError(t, err)
	cm, err := d.gov.EnclaveCommittee(ctx, enclave)
	require.NoError(t, err)
	for _, m := range cm.Members {
		if m == d.verifier.Address() {
			continue
		}
		v, ok := sharedVerifiers.Load(m)
		require.True(t, ok, "committee member %s is no deployment's verifier", m)
		_, err := v.(*chain.Client).ApproveEnclave(ctx, enclave)
		require.NoError(t, err)
	}
	active, err := d.gov.EnclaveActive(ctx, enclave)
	require.NoError(t, err)
	require.True(t, active)
}
