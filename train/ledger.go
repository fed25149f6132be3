package train

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"slices"
	"sync"
)

// Ledger records the ε each user has spent across tasks. The zero value
// is not usable; use NewLedger or UnmarshalBinary. It is safe for
// concurrent use.
type Ledger struct {
	mu    sync.Mutex
	spent map[string]float64
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger { return &Ledger{spent: make(map[string]float64)} }

// Spent returns the ε user has spent so far.
func (l *Ledger) Spent(user string) float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.spent[user]
}

// Snapshot returns a copy of the ε spent per user.
func (l *Ledger) Snapshot() map[string]float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return maps.Clone(l.spent)
}

// Admit returns the slices of the users whose budget covers what spec
// would spend on one participant holding them, the users it excluded
// (sorted) and that ε. budgets maps users to their total ε budget (from
// their grants); a user without a positive budget is excluded. Dropping
// users can raise ε (fewer records, a higher sampling rate), so admission
// repeats until no further user drops out. spec must use DP: a task
// without DP has no finite ε. An empty admitted set is not an error.
func (l *Ledger) Admit(spec Spec, users []Slice, budgets map[string]float64) (admitted []Slice, excluded []string, eps float64, err error) {
	if err := spec.Validate(); err != nil {
		return nil, nil, 0, fmt.Errorf("admitting users: %w", err)
	}
	if spec.DP == nil {
		return nil, nil, 0, fmt.Errorf("admitting users: %w: a task without DP spends unbounded ε", ErrDPParams)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	admitted = slices.Clone(users)
	for {
		n := 0
		for _, s := range admitted {
			n += s.Len()
		}
		if n == 0 {
			admitted = nil
			break
		}
		if _, eps, err = spec.Privacy(n); err != nil {
			return nil, nil, 0, fmt.Errorf("admitting users: %w", err)
		}
		before := len(admitted)
		admitted = slices.DeleteFunc(admitted, func(s Slice) bool {
			b := budgets[s.User]
			return !(b > 0) || l.spent[s.User]+eps > b
		})
		if len(admitted) == before {
			break
		}
	}
	in := make(map[string]bool, len(admitted))
	for _, s := range admitted {
		in[s.User] = true
	}
	for _, s := range users {
		if !in[s.User] {
			excluded = append(excluded, s.User)
		}
	}
	slices.Sort(excluded)
	return admitted, slices.Compact(excluded), eps, nil
}

// Charge adds charges[user] to each user's spent ε, all or nothing: if any
// user would exceed budgets[user] (or has no positive budget) nothing is
// charged and the error wraps ErrBudgetExceeded. Pass Result.Users.
func (l *Ledger) Charge(charges, budgets map[string]float64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, u := range slices.Sorted(maps.Keys(charges)) {
		c, b := charges[u], budgets[u]
		if !finiteNonNeg(c) {
			return fmt.Errorf("charging user %q: %w: ε %v", u, ErrDPParams, c)
		}
		if !(b > 0) || l.spent[u]+c > b {
			return fmt.Errorf("charging user %q %v on top of %v: %w (budget %v)", u, c, l.spent[u], ErrBudgetExceeded, b)
		}
	}
	for u, c := range charges {
		l.spent[u] += c
	}
	return nil
}

// ledgerMagic starts the canonical encoding of a Ledger.
const ledgerMagic = "MTL1"

// MarshalBinary returns the canonical encoding of the ledger: the magic
// "MTL1", the user count (uint32), then per user in byte order the name's
// length (uint16), the name, and the ε spent (float64 bits); all
// little-endian.
func (l *Ledger) MarshalBinary() ([]byte, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := binary.LittleEndian.AppendUint32([]byte(ledgerMagic), uint32(len(l.spent)))
	for _, u := range slices.Sorted(maps.Keys(l.spent)) {
		if len(u) > math.MaxUint16 {
			return nil, fmt.Errorf("encoding ledger: %w: user name of %d bytes", ErrLedger, len(u))
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(len(u)))
		b = append(b, u...)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(l.spent[u]))
	}
	return b, nil
}

// UnmarshalBinary replaces the ledger's content with a canonical encoding.
// Users must be strictly increasing and ε finite and non-negative.
func (l *Ledger) UnmarshalBinary(b []byte) error {
	bad := func(what string) error { return fmt.Errorf("decoding ledger: %w: %s", ErrLedger, what) }
	if len(b) < 8 || string(b[:4]) != ledgerMagic {
		return bad("missing header")
	}
	n := binary.LittleEndian.Uint32(b[4:])
	b = b[8:]
	if uint64(n)*10 > uint64(len(b)) {
		return bad("user count exceeds data")
	}
	spent := make(map[string]float64, n)
	prev := ""
	for i := range n {
		if len(b) < 2 {
			return bad("truncated")
		}
		k := int(binary.LittleEndian.Uint16(b))
		if len(b) < 2+k+8 {
			return bad("truncated")
		}
		u := string(b[2 : 2+k])
		e := math.Float64frombits(binary.LittleEndian.Uint64(b[2+k:]))
		b = b[2+k+8:]
		if i > 0 && u <= prev {
			return bad("users not strictly increasing")
		}
		if !finiteNonNeg(e) {
			return bad(fmt.Sprintf("user %q spent ε %v", u, e))
		}
		spent[u], prev = e, u
	}
	if len(b) != 0 {
		return bad("trailing bytes")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.spent = spent
	return nil
}
