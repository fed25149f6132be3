package grant

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Fixed-point scales used when a policy is hashed: ε is committed in
// millionths and δ in units of 1e-18, so that any EIP-712 implementation
// computes the same policy hash from integers alone.
const (
	EpsilonScale = 1e6
	DeltaScale   = 1e18
)

// PolicyType is the EIP-712 type of a policy. Its struct hash is the policy
// hash committed on chain (DataGrants keeps only the hash).
const PolicyType = "Policy(address[] taskOwners,string[] kinds,uint256 minPricePerRecord,uint256 epsilonMicros,uint256 deltaAtto,bool reexecution)"

// PolicyTypeUnit is the EIP-712 type of a policy that names a privacy
// unit (PrivacyUnit set): PolicyType with a string privacyUnit last. A
// policy without one hashes as PolicyType, so grants signed before the
// field existed keep their hash.
const PolicyTypeUnit = "Policy(address[] taskOwners,string[] kinds,uint256 minPricePerRecord,uint256 epsilonMicros,uint256 deltaAtto,bool reexecution,string privacyUnit)"

var (
	policyTypeHash     = crypto.Keccak256Hash([]byte(PolicyType))
	policyTypeUnitHash = crypto.Keccak256Hash([]byte(PolicyTypeUnit))
)

// Privacy units a policy and a task name (train.UnitRecord, train.UnitUser).
const (
	// UnitRecord: ε bounds what a task reveals about one record.
	UnitRecord = "record"
	// UnitUser: ε bounds what a task reveals about the data owner, all of
	// their records together.
	UnitUser = "user"
)

// KindWasm is the workload kind of general compute: a WebAssembly module run
// over the records. It is the one kind without differential privacy: a
// policy that lists it consents to non-DP compute over the dataset (the
// module's output, encrypted to the task owner, may reveal records), and
// Epsilon and Delta do not limit such tasks. It must be listed explicitly;
// no other kind implies it.
const KindWasm = "wasm"

// Policy is a data owner's consent: who may use the dataset, for which kind of
// workload, at what price and under which differential-privacy budget. The
// enclave evaluates it before any record of the dataset is decrypted. The
// grant's expiry is the policy's expiry; it is signed beside the policy hash.
type Policy struct {
	// TaskOwners are the task owners allowed to use the data; empty means any.
	TaskOwners []common.Address `json:"taskOwners,omitempty"`
	// Kinds are the allowed workload kinds (for example "train/softmax",
	// "train/mlp", "wasm"). Empty allows none: a grant must name what it
	// consents to.
	Kinds []string `json:"kinds"`
	// MinPricePerRecord is the minimum reward per record used, in token base
	// units; nil or zero means free use is accepted.
	MinPricePerRecord *big.Int `json:"minPricePerRecord,omitempty"`
	// Epsilon is the total differential-privacy budget ε over all DP tasks
	// run under this grant; it must be positive and have at most six
	// decimals. A policy whose only kind is KindWasm may set it to 0: it
	// consents to no DP task, and wasm tasks are not DP.
	Epsilon float64 `json:"epsilon"`
	// Delta is the δ of (ε, δ)-DP a task may use; it must be in [0, 1) and a
	// multiple of 1e-18.
	Delta float64 `json:"delta"`
	// PrivacyUnit is the privacy unit the owner requires of DP tasks: "" or
	// UnitRecord accepts record-level and user-level tasks, UnitUser only
	// user-level ones. The budget Epsilon is spent in the units of the tasks
	// that ran: a user-level ε also bounds each record's, so under a
	// record policy both kinds of charge add up soundly, and under a user
	// policy every charge is user-level.
	PrivacyUnit string `json:"privacyUnit,omitempty"`
	// Reexecution consents to another approved enclave of the same
	// measurement, run by another operator, re-running a task this grant's
	// enclave ran, to check its result (it charges no ε and releases only
	// a hash). Without it the enclave refuses to re-execute on this data.
	Reexecution bool `json:"reexecution,omitempty"`
}

// LedgerUnit is what the ε budget and the ε spent under a grant of this
// policy are about: UnitUser when the policy requires user-level tasks
// (every charge is then user-level), else UnitRecord (a user-level charge
// also bounds each record's, so the sum of both kinds bounds each record).
func (p Policy) LedgerUnit() string {
	if p.PrivacyUnit == UnitUser {
		return UnitUser
	}
	return UnitRecord
}

// Validate reports whether the policy is well formed; its error says which
// field to fix.
func (p Policy) Validate() error {
	if len(p.Kinds) == 0 {
		return fmt.Errorf("%w: no workload kind allowed (set at least one kind, e.g. train/softmax)", ErrInvalidPolicy)
	}
	for _, k := range p.Kinds {
		if k == "" || strings.TrimSpace(k) != k {
			return fmt.Errorf("%w: workload kind %q is empty or has spaces", ErrInvalidPolicy, k)
		}
	}
	if p.MinPricePerRecord != nil && p.MinPricePerRecord.Sign() < 0 {
		return fmt.Errorf("%w: negative minimum price per record", ErrInvalidPolicy)
	}
	if p.MinPricePerRecord != nil && p.MinPricePerRecord.BitLen() > 256 {
		return fmt.Errorf("%w: minimum price per record exceeds 256 bits", ErrInvalidPolicy)
	}
	wasmOnly := len(p.Kinds) == 1 && p.Kinds[0] == KindWasm
	if (!(p.Epsilon > 0) && !(wasmOnly && p.Epsilon == 0)) || p.Epsilon > 1e6 || math.IsInf(p.Epsilon, 0) {
		return fmt.Errorf("%w: epsilon %v must be in (0, 1e6]", ErrInvalidPolicy, p.Epsilon)
	}
	if !onGrid(p.Epsilon, EpsilonScale) {
		return fmt.Errorf("%w: epsilon %v has more than six decimals", ErrInvalidPolicy, p.Epsilon)
	}
	if !(p.Delta >= 0 && p.Delta < 1) {
		return fmt.Errorf("%w: delta %v must be in [0, 1)", ErrInvalidPolicy, p.Delta)
	}
	if !onGrid(p.Delta, DeltaScale) {
		return fmt.Errorf("%w: delta %v is not a multiple of 1e-18", ErrInvalidPolicy, p.Delta)
	}
	if p.PrivacyUnit != "" && p.PrivacyUnit != UnitRecord && p.PrivacyUnit != UnitUser {
		return fmt.Errorf("%w: privacy unit %q, want %q or %q (or none)", ErrInvalidPolicy, p.PrivacyUnit, UnitRecord, UnitUser)
	}
	return nil
}

// onGrid reports whether v*scale is an integer up to float rounding.
func onGrid(v, scale float64) bool {
	x := v * scale
	return math.Abs(x-math.Round(x)) <= 1e-9*math.Max(1, math.Abs(x))
}

// Hash returns the EIP-712 struct hash of the policy (type PolicyType, or
// PolicyTypeUnit when PrivacyUnit is set); this is the policy hash a grant
// commits to on chain, so the privacy unit is signed by the owner like
// every other clause. Hash does not validate.
func (p Policy) Hash() common.Hash {
	owners := make([]byte, 0, 32*len(p.TaskOwners))
	for _, a := range p.TaskOwners {
		owners = append(owners, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	kinds := make([]byte, 0, 32*len(p.Kinds))
	for _, k := range p.Kinds {
		kinds = append(kinds, crypto.Keccak256([]byte(k))...)
	}
	price := new(big.Int)
	if p.MinPricePerRecord != nil {
		price = p.MinPricePerRecord
	}
	eps := new(big.Int).SetUint64(uint64(math.Round(p.Epsilon * EpsilonScale)))
	delta, _ := new(big.Float).SetFloat64(math.Round(p.Delta * DeltaScale)).Int(nil)
	fields := [][]byte{
		policyTypeHash[:],
		crypto.Keccak256(owners),
		crypto.Keccak256(kinds),
		math32(price),
		math32(eps),
		math32(delta),
		math32(big.NewInt(int64(boolInt(p.Reexecution)))),
	}
	if p.PrivacyUnit != "" {
		fields[0] = policyTypeUnitHash[:]
		fields = append(fields, crypto.Keccak256([]byte(p.PrivacyUnit)))
	}
	return crypto.Keccak256Hash(fields...)
}

func math32(x *big.Int) []byte {
	b := make([]byte, 32)
	return x.FillBytes(b)
}

// Task is what the enclave knows about a task when it evaluates a policy.
type Task struct {
	// Owner is the task owner (the account that published and pays).
	Owner common.Address
	// Kind is the workload kind, for example "train/softmax" or "wasm".
	Kind string
	// PricePerRecord is what the task pays per record used, in token base units.
	PricePerRecord *big.Int
	// Epsilon and Delta are the differential-privacy cost of the task for each
	// data owner ((ε, δ)-DP). Epsilon 0 means the workload is not DP: a
	// KindWasm task (the policy must list KindWasm), refused for any other
	// kind.
	Epsilon float64
	Delta   float64
	// PrivacyUnit is what Epsilon is about: UnitRecord or UnitUser; empty
	// for a task without DP.
	PrivacyUnit string
}

// Check evaluates the policy against a task, given the ε already spent under
// this grant. It returns an error wrapping ErrPolicy that names the violated
// clause, or nil when the task is allowed.
func (p Policy) Check(t Task, spent float64) error {
	if len(p.TaskOwners) > 0 && !slices.Contains(p.TaskOwners, t.Owner) {
		return fmt.Errorf("%w: task owner %s is not allowed", ErrPolicy, t.Owner)
	}
	if !slices.Contains(p.Kinds, t.Kind) {
		return fmt.Errorf("%w: workload kind %q is not allowed (allowed: %s)", ErrPolicy, t.Kind, strings.Join(p.Kinds, ", "))
	}
	if p.MinPricePerRecord != nil && p.MinPricePerRecord.Sign() > 0 {
		if t.PricePerRecord == nil || t.PricePerRecord.Cmp(p.MinPricePerRecord) < 0 {
			return fmt.Errorf("%w: price per record %v is below the minimum %v", ErrPolicy, t.PricePerRecord, p.MinPricePerRecord)
		}
	}
	if t.Kind == KindWasm {
		return nil // listed above: consent to non-DP compute, no budget applies
	}
	if !(t.Epsilon > 0) || math.IsInf(t.Epsilon, 0) {
		return fmt.Errorf("%w: task has no differential-privacy guarantee (epsilon %v)", ErrPolicy, t.Epsilon)
	}
	if p.PrivacyUnit == UnitUser && t.PrivacyUnit != UnitUser {
		return fmt.Errorf("%w: the owner requires user-level DP (ε about the owner and all their records), the task is %s-level", ErrPolicy, cmpOr(t.PrivacyUnit, UnitRecord))
	}
	if t.Delta > p.Delta {
		return fmt.Errorf("%w: task delta %v exceeds the allowed %v", ErrPolicy, t.Delta, p.Delta)
	}
	if spent+t.Epsilon > p.Epsilon*(1+1e-12) {
		return fmt.Errorf("%w: epsilon budget exhausted (spent %.6g + task %.6g > budget %.6g)", ErrPolicy, spent, t.Epsilon, p.Epsilon)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
