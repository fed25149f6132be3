package chain

import (
	"slices"
	"testing"
)

// TestEveryContractErrorIsExplained: every custom error the contracts
// declare decodes to a named Go error with a message that says what to do.
// The exceptions are OpenZeppelin's internal errors, which the contracts'
// paths do not reach with valid calls; they decode as ErrReverted, named.
func TestEveryContractErrorIsExplained(t *testing.T) {
	library := []string{
		"AccessControlBadConfirmation", "ERC20InvalidApprover", "ERC20InvalidReceiver", "ERC20InvalidSender",
		"ERC20InvalidSpender", "InvalidAccountNonce", "InvalidShortString", "ReentrancyGuardReentrantCall",
		"SafeCastOverflowedUintDowncast", "SafeERC20FailedOperation", "StringTooLong",
	}
	for _, e := range errorsBySelector {
		if slices.Contains(library, e.Name) {
			continue
		}
		spec, ok := revertSpecs[e.Name]
		if !ok {
			t.Errorf("custom error %s has no revertSpec: add a named error and a message that says what to do", e.Name)
			continue
		}
		if spec.sentinel == nil {
			t.Errorf("custom error %s has no sentinel", e.Name)
		}
	}
}
