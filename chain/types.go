package chain

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Role is an operator role in the Staking contract.
type Role uint8

// Operator roles, as numbered by Staking.Role.
const (
	RoleNone     Role = 0
	RoleTEENode  Role = 1
	RoleVerifier Role = 2
)

// String names the role the way the CLI accepts it.
func (r Role) String() string {
	switch r {
	case RoleNone:
		return "none"
	case RoleTEENode:
		return "tee-node"
	case RoleVerifier:
		return "verifier"
	}
	return fmt.Sprintf("role(%d)", uint8(r))
}

// ParseRole parses "tee-node" or "verifier".
func ParseRole(s string) (Role, error) {
	switch strings.ToLower(s) {
	case "tee-node", "tee", "node":
		return RoleTEENode, nil
	case "verifier":
		return RoleVerifier, nil
	}
	return RoleNone, fmt.Errorf("%w: %q: want tee-node or verifier", ErrInvalidRole, s)
}

// SlasherRole is Staking's SLASHER_ROLE identifier.
var SlasherRole = crypto.Keccak256Hash([]byte("SLASHER_ROLE"))

// MEMO is one whole token in base units (18 decimals).
var MEMO = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole MEMO in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), MEMO) }

// FormatMEMO renders base units as a decimal MEMO amount ("12.5 MEMO").
func FormatMEMO(v *big.Int) string {
	if v == nil {
		return "0 MEMO"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	whole, frac := new(big.Int).QuoRem(abs, MEMO, new(big.Int))
	s := whole.String()
	if frac.Sign() != 0 {
		f := strings.TrimRight(fmt.Sprintf("%018s", frac.String()), "0")
		s += "." + f
	}
	if neg {
		s = "-" + s
	}
	return s + " MEMO"
}

// ParseMEMO parses a decimal MEMO amount ("12.5") into base units.
func ParseMEMO(s string) (*big.Int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "MEMO"))
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || len(frac) > 18 || strings.HasPrefix(whole, "-") {
		return nil, fmt.Errorf("parsing amount %q: want a non-negative decimal with at most 18 fraction digits", s)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("parsing amount %q: want a non-negative decimal number of MEMO", s)
	}
	return v, nil
}
