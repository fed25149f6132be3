package company

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// TestPlanAdmitsByPrivacyUnit: an owner whose grant requires user-level DP
// is admitted to a user-level task and left out of a record-level one,
// with the reason. (The plan used to judge every task as record-level, so
// such owners were left out of user-level tasks too.)
func TestPlanAdmitsByPrivacyUnit(t *testing.T) {
	owner := common.Address{1}
	user := Workload{Spec: train.Spec{DP: &train.DP{Epsilon: 4, Delta: 1e-5, Unit: train.UnitUser}}}
	record := Workload{Spec: train.Spec{DP: &train.DP{Epsilon: 4, Delta: 1e-5}}}
	o := nodeapi.Offer{Policy: grant.Policy{Kinds: []string{user.Kind()}, Epsilon: 8, Delta: 1e-5, PrivacyUnit: grant.UnitUser}}
	require.Empty(t, admits(user, Terms{Owner: owner}, o))
	require.Contains(t, admits(record, Terms{Owner: owner}, o), "requires user-level DP")
	o.Policy.PrivacyUnit = ""
	require.Empty(t, admits(record, Terms{Owner: owner}, o), "a grant that names no unit admits both")
	require.Empty(t, admits(user, Terms{Owner: owner}, o))
}
