package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

var (
	// ErrStakeTooLow is returned when a stake would stay below the role's minimum.
	ErrStakeTooLow = errors.New("stake below the role's minimum")
	// ErrInsufficientStake is returned when unbonding more than the active stake.
	ErrInsufficientStake = errors.New("not enough active stake")
	// ErrUnbondBelowMinimum is returned when an unbond would leave a non-zero stake under the minimum.
	ErrUnbondBelowMinimum = errors.New("unbond would leave stake below the minimum")
	// ErrNothingToWithdraw is returned when withdrawing with nothing unbonding.
	ErrNothingToWithdraw = errors.New("nothing to withdraw")
	// ErrUnbondingNotReady is returned when withdrawing before the unbonding delay has passed.
	ErrUnbondingNotReady = errors.New("unbonding delay not over")
	// ErrRoleMismatch is returned when staking in a role other than the one the operator holds.
	ErrRoleMismatch = errors.New("operator holds another role")
	// ErrInvalidRole is returned when a role is neither TEE node nor verifier.
	ErrInvalidRole = errors.New("invalid operator role")
	// ErrZeroAmount is returned when an amount that must be positive is zero.
	ErrZeroAmount = errors.New("amount is zero")
	// ErrZeroAddress is returned when an address that must be set is the zero address.
	ErrZeroAddress = errors.New("address is zero")
	// ErrUnauthorized is returned when the sender lacks the contract role a call needs.
	ErrUnauthorized = errors.New("sender lacks the required role")
	// ErrNotStakedTEENode is returned when a caller must be a staked TEE-node operator and is not.
	ErrNotStakedTEENode = errors.New("not a staked TEE-node operator")
	// ErrNotStakedVerifier is returned when a caller must be a staked verifier and is not.
	ErrNotStakedVerifier = errors.New("not a staked verifier")
	// ErrMeasurementNotAllowed is returned when an enclave measurement is not on the allow-list.
	ErrMeasurementNotAllowed = errors.New("enclave measurement not allowed")
	// ErrEnclaveAlreadyRegistered is returned when registering an enclave address a second time.
	ErrEnclaveAlreadyRegistered = errors.New("enclave already registered")
	// ErrEnclaveNotPending is returned when approving an enclave whose
	// current attestation round is not awaiting approval.
	ErrEnclaveNotPending = errors.New("enclave not pending approval")
	// ErrEnclaveNotRegistered is returned when deregistering an enclave that is not registered.
	ErrEnclaveNotRegistered = errors.New("enclave not registered")
	// ErrEndpointTooLong is returned when an operator sets a node API URL
	// longer than EnclaveRegistry stores.
	ErrEndpointTooLong = errors.New("endpoint URL too long")
	// ErrAlreadyApproved is returned when a verifier approves the same enclave twice.
	ErrAlreadyApproved = errors.New("enclave already approved by this verifier")
	// ErrNotEnclaveOperator is returned when someone other than the operator
	// re-attests an enclave, or other than the operator or governance deregisters it.
	ErrNotEnclaveOperator = errors.New("not the enclave's operator")
	// ErrNotDatasetOwner is returned when someone other than the account a
	// dataset id is bound to (its first 20 bytes) grants or revokes it.
	ErrNotDatasetOwner = errors.New("not the dataset's owner")
	// ErrGrantExpired is returned when a grant's expiry block is not in the future.
	ErrGrantExpired = errors.New("grant expiry not in the future")
	// ErrEnclaveNotActive is returned when granting data to an enclave that is not active.
	ErrEnclaveNotActive = errors.New("enclave not active")
	// ErrInvalidSignature is returned when an EIP-712 signature does not recover to the owner.
	ErrInvalidSignature = errors.New("signature not by the owner")
	// ErrGrantNotActive is returned when revoking a grant that is absent, expired or already revoked.
	ErrGrantNotActive = errors.New("grant not active")
	// ErrSignatureExpired is returned when a signed grant or revocation is
	// relayed after its deadline block.
	ErrSignatureExpired = errors.New("signature past its deadline")
	// ErrStaleNonce is returned when a signed grant or revocation names a
	// nonce other than the owner's current one: the owner has granted,
	// revoked or cancelled its signatures since, or the nonce is ahead.
	ErrStaleNonce = errors.New("signature nonce not the owner's current nonce")
	// ErrBatchOutOfGas is returned when an entry of a batched grant relay
	// ran out of gas: the relay must be sent with a higher gas limit.
	ErrBatchOutOfGas = errors.New("batch entry ran out of gas")
	// ErrInsufficientBalance is returned when a token transfer exceeds the sender's MEMO balance.
	ErrInsufficientBalance = errors.New("insufficient MEMO balance")
	// ErrInsufficientAllowance is returned when a token transfer exceeds the allowance given to a contract.
	ErrInsufficientAllowance = errors.New("insufficient MEMO allowance")
	// ErrInsufficientFunds is returned when the sender cannot pay for gas.
	ErrInsufficientFunds = errors.New("insufficient ETH for gas")
	// ErrReverted is returned for a revert the client cannot name.
	ErrReverted = errors.New("transaction reverted")
	// ErrChainIDMismatch is returned when the endpoint's chain id differs from the deployment's.
	ErrChainIDMismatch = errors.New("chain id mismatch")
	// ErrNoContract is returned when a deployment address holds no code on the connected chain.
	ErrNoContract = errors.New("no contract at deployment address")
	// ErrReadOnly is returned when a transaction is attempted by a client without a key.
	ErrReadOnly = errors.New("client has no signing key")
	// ErrDeployment is returned when a deployment file is missing, unreadable or malformed.
	ErrDeployment = errors.New("invalid deployment")
	// ErrTimeout is returned when a transaction is not mined before the context ends.
	ErrTimeout = errors.New("transaction not mined in time")
)

// RevertError is a contract revert decoded from its custom-error data. It
// matches (errors.Is) the sentinel for that custom error, or ErrReverted.
type RevertError struct {
	// Name is the Solidity error name, e.g. "StakeTooLow".
	Name string
	// Args are the decoded error arguments in declaration order.
	Args []any
	// Data is the raw revert data.
	Data []byte

	sentinel error
	message  string
}

// Error says what went wrong and what to do about it.
func (e *RevertError) Error() string { return e.message }

// Unwrap returns the sentinel error for the revert.
func (e *RevertError) Unwrap() error { return e.sentinel }

// ruleError is a contract rule the client checked itself, before sending:
// the same error the contract would have reverted with.
func ruleError(name string, sentinel error, message string) *RevertError {
	return &RevertError{Name: name, sentinel: sentinel, message: message}
}

// revertSpec maps one Solidity custom error to its sentinel and a message.
type revertSpec struct {
	sentinel error
	explain  func(args []any) string
}

// revertSpecs is keyed by Solidity error name. Errors declared by several
// contracts with the same signature share one entry.
var revertSpecs = map[string]revertSpec{
	"StakeTooLow": {ErrStakeTooLow, func(a []any) string {
		return fmt.Sprintf("stake of %s would be below the role's minimum of %s: stake at least %s more",
			FormatMEMO(arg(a, 0)), FormatMEMO(arg(a, 1)), FormatMEMO(new(big.Int).Sub(arg(a, 1), arg(a, 0))))
	}},
	"InsufficientStake": {ErrInsufficientStake, func(a []any) string {
		return fmt.Sprintf("only %s is staked, cannot unbond %s: unbond at most the active stake", FormatMEMO(arg(a, 0)), FormatMEMO(arg(a, 1)))
	}},
	"UnbondBelowMinimum": {ErrUnbondBelowMinimum, func(a []any) string {
		return fmt.Sprintf("unbonding would leave %s staked, below the minimum %s: unbond everything or leave at least the minimum", FormatMEMO(arg(a, 0)), FormatMEMO(arg(a, 1)))
	}},
	"NothingToWithdraw": {ErrNothingToWithdraw, func([]any) string {
		return "nothing is unbonding: request an unbond first and wait for the unbonding delay"
	}},
	"UnbondingNotReady": {ErrUnbondingNotReady, func(a []any) string {
		return fmt.Sprintf("unbonding stake is withdrawable from block %v (now %v): wait and retry", a[0], a[1])
	}},
	"RoleMismatch": {ErrRoleMismatch, func(a []any) string {
		return fmt.Sprintf("operator is staked as %s, cannot stake as %s: use another account or unbond and withdraw everything first", Role(toUint8(a[0])), Role(toUint8(a[1])))
	}},
	"InvalidRole": {ErrInvalidRole, func(a []any) string {
		return fmt.Sprintf("role %v is invalid: use tee-node or verifier", a[0])
	}},
	"ZeroAmount":  {ErrZeroAmount, func([]any) string { return "amount is zero: pass a positive amount" }},
	"ZeroAddress": {ErrZeroAddress, func([]any) string { return "an address argument is zero: pass a real address" }},
	"AccessControlUnauthorizedAccount": {ErrUnauthorized, func(a []any) string {
		return fmt.Sprintf("account %v lacks role %s: send from an account that holds it", a[0], roleName(a[1]))
	}},
	"NotStakedTEENode": {ErrNotStakedTEENode, func(a []any) string {
		return fmt.Sprintf("%v is not a staked TEE-node operator: stake at least the TEE-node minimum first", a[0])
	}},
	"NotStakedVerifier": {ErrNotStakedVerifier, func(a []any) string {
		return fmt.Sprintf("%v is not a staked verifier: stake at least the verifier minimum first", a[0])
	}},
	"MeasurementNotAllowed": {ErrMeasurementNotAllowed, func(a []any) string {
		return fmt.Sprintf("enclave measurement %s is not on the allow-list: ask governance to allow it or run an allowed build", hexArg(a[0]))
	}},
	"EnclaveAlreadyRegistered": {ErrEnclaveAlreadyRegistered, func(a []any) string {
		return fmt.Sprintf("enclave %v is already registered: generate a fresh enclave key", a[0])
	}},
	"EnclaveNotPending": {ErrEnclaveNotPending, func(a []any) string {
		return fmt.Sprintf("enclave %v is not awaiting approval (unknown, deregistered, or its current round already approved): "+
			"an approval that ran out is renewed only after its operator re-attests", a[0])
	}},
	"EnclaveNotRegistered": {ErrEnclaveNotRegistered, func(a []any) string {
		return fmt.Sprintf("enclave %v is not registered (or already deregistered)", a[0])
	}},
	"EndpointTooLong": {ErrEndpointTooLong, func(a []any) string {
		return fmt.Sprintf("an endpoint URL of %v bytes is longer than the %v the registry stores", a[0], a[1])
	}},
	"AlreadyApproved": {ErrAlreadyApproved, func(a []any) string {
		return fmt.Sprintf("verifier %v has already approved enclave %v", a[1], a[0])
	}},
	"NotEnclaveOperator": {ErrNotEnclaveOperator, func(a []any) string {
		return fmt.Sprintf("%v is not the operator of enclave %v: only its operator can re-attest it, its operator or governance deregister it", a[1], a[0])
	}},
	"NotDatasetOwner": {ErrNotDatasetOwner, func(a []any) string {
		return fmt.Sprintf("dataset %s is bound to %v (its first 20 bytes), not %v: only that account can grant or revoke it; "+
			"grant a dataset whose id begins with your own address (upload it again from this account)", hexArg(a[0]), a[2], a[1])
	}},
	"GrantExpired": {ErrGrantExpired, func(a []any) string {
		return fmt.Sprintf("grant expiry block %v is not after the current block %v: choose a later expiry", a[0], a[1])
	}},
	"EnclaveNotActive": {ErrEnclaveNotActive, func(a []any) string {
		return fmt.Sprintf("enclave %v is not active in the registry: grant only to registered, approved enclaves", a[0])
	}},
	"InvalidSigner": {ErrInvalidSignature, func(a []any) string {
		return fmt.Sprintf("signature recovers to %v, not owner %v: sign exactly the message relayed, with the owner's key", a[0], a[1])
	}},
	"SignatureExpired": {ErrSignatureExpired, func(a []any) string {
		return fmt.Sprintf("the signature's deadline was block %v and this is block %v: ask the owner to sign again with a later deadline", a[0], a[1])
	}},
	"StaleNonce": {ErrStaleNonce, func(a []any) string {
		return fmt.Sprintf("the signature uses nonce %v but %v's current nonce is %v: a grant, revoke or cancel by the owner since signing voided it; "+
			"ask the owner to sign again with nonce %v", a[1], a[0], a[2], a[2])
	}},
	"BatchOutOfGas": {ErrBatchOutOfGas, func(a []any) string {
		return fmt.Sprintf("entry %v of the batch ran out of gas: send the relay with a higher gas limit or fewer entries", a[0])
	}},
	"GrantNotActive": {ErrGrantNotActive, func(a []any) string {
		return fmt.Sprintf("no active grant of dataset %s to enclave %v", hexArg(a[0]), a[1])
	}},
	"ERC20InsufficientBalance": {ErrInsufficientBalance, func(a []any) string {
		return fmt.Sprintf("MEMO balance of %v is %s, need %s: get more MEMO first", a[0], FormatMEMO(arg(a, 1)), FormatMEMO(arg(a, 2)))
	}},
	"ERC20InsufficientAllowance": {ErrInsufficientAllowance, func(a []any) string {
		return fmt.Sprintf("contract %v may spend %s, needs %s: approve a larger allowance", a[0], FormatMEMO(arg(a, 1)), FormatMEMO(arg(a, 2)))
	}},
}

// contractMetas lists every contract whose custom errors the client decodes.
var contractMetas = []*bind.MetaData{
	&bindings.MemoTokenMetaData,
	&bindings.StakingMetaData,
	&bindings.EnclaveRegistryMetaData,
	&bindings.DataGrantsMetaData,
}

// errorsBySelector maps a 4-byte selector to its ABI error, built once.
var errorsBySelector = func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, meta := range contractMetas {
		parsed, err := meta.ParseABI()
		if err != nil {
			continue // generated ABIs always parse; a failure would show in every test
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			m[sel] = e
		}
	}
	return m
}()

// DecodeRevert turns revert data into a *RevertError. It returns nil when
// data is empty.
func DecodeRevert(data []byte) *RevertError {
	if len(data) == 0 {
		return nil
	}
	re := &RevertError{Data: data, sentinel: ErrReverted}
	if len(data) < 4 {
		re.Name = "unknown"
		re.message = fmt.Sprintf("transaction reverted with short data 0x%x", data)
		return re
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name = "Error"
		re.Args = []any{reason}
		re.message = "transaction reverted: " + reason
		return re
	}
	e, ok := errorsBySelector[sel]
	if !ok {
		re.Name = "unknown"
		re.message = fmt.Sprintf("transaction reverted with unknown error 0x%x", data[:4])
		return re
	}
	re.Name = e.Name
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		re.message = fmt.Sprintf("transaction reverted with %s (undecodable arguments)", e.Name)
		return re
	}
	re.Args = args
	if spec, ok := revertSpecs[e.Name]; ok {
		re.sentinel = spec.sentinel
		re.message = spec.explain(args)
		return re
	}
	re.message = fmt.Sprintf("transaction reverted with %s%v", e.Name, args)
	return re
}

// revertFromError extracts and decodes revert data carried by a JSON-RPC
// error (eth_call / eth_estimateGas). It returns nil if err carries none.
func revertFromError(err error) *RevertError {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil {
		return nil
	}
	return DecodeRevert(data)
}

// classify maps a node error to the client's sentinels where possible.
func classify(err error) error {
	if err == nil {
		return nil
	}
	if re := revertFromError(err); re != nil {
		return re
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "insufficient funds"):
		return fmt.Errorf("%w: the sender has too little ETH to pay for gas: fund the account (%s)", ErrInsufficientFunds, msg)
	case strings.Contains(msg, "execution reverted"):
		return fmt.Errorf("%w: %s", ErrReverted, msg)
	}
	return err
}

func arg(a []any, i int) *big.Int {
	if i < len(a) {
		if v, ok := a[i].(*big.Int); ok {
			return v
		}
	}
	return new(big.Int)
}

func toUint8(v any) uint8 {
	if u, ok := v.(uint8); ok {
		return u
	}
	return 0
}

func hexArg(v any) string {
	if b, ok := v.([32]byte); ok {
		return common.Hash(b).Hex()
	}
	return fmt.Sprint(v)
}

func roleName(v any) string {
	b, ok := v.([32]byte)
	if !ok {
		return fmt.Sprint(v)
	}
	switch common.Hash(b) {
	case common.Hash{}:
		return "DEFAULT_ADMIN_ROLE (governance)"
	case SlasherRole:
		return "SLASHER_ROLE"
	}
	return common.Hash(b).Hex()
}
