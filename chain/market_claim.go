package chain

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// EIP-712 domain of TaskMarket.
const (
	MarketDomainName    = "MemoTaskMarket"
	MarketDomainVersion = "1"
)

// EpsilonScale is the fixed-point scale of ResultClaim.EpsilonSpent: the
// claim carries ε × EpsilonScale, rounded up.
const EpsilonScale = 1_000_000

// ResultClaim is the EIP-712 struct
// ResultClaim(uint256 taskId,bytes32 outputHash,bytes32 lineageRoot,bytes32 payoutRoot,uint64 totalRecords,uint64 epsilonSpent,bytes32 measurement,uint64 grantsBlock,bytes32 resultKeyHash,bytes32 prevLedgerRoot,bytes32 ledgerRoot)
// that an enclave signs with its enclave key for TaskMarket.submitResult.
type ResultClaim struct {
	TaskID uint64 `json:"taskId"`
	// OutputHash is the hash of the (encrypted) output the owner fetches.
	OutputHash common.Hash `json:"outputHash"`
	// LineageRoot commits to which records of which datasets were used.
	LineageRoot common.Hash `json:"lineageRoot"`
	// PayoutRoot is the root of the PayoutTree of the users' part of one result share.
	PayoutRoot   common.Hash `json:"payoutRoot"`
	TotalRecords uint64      `json:"totalRecords"`
	// EpsilonSpent is ε × EpsilonScale.
	EpsilonSpent uint64 `json:"epsilonSpent"`
	// Measurement is the enclave's measurement; it must equal the task's.
	Measurement common.Hash `json:"measurement"`
	// GrantsBlock is the block at which the enclave read the grants it
	// used; verifiers judge the lineage against the grants at that block.
	// TaskMarket takes it from the task's publish block (Task.PublishBlock)
	// up to the submission's block.
	GrantsBlock uint64 `json:"grantsBlock"`
	// ResultKeyHash is the hash of the task owner's result key the output
	// is encrypted to (ResultKeyHash); verifiers check it against the task.
	ResultKeyHash common.Hash `json:"resultKeyHash"`
	// PrevLedgerRoot and LedgerRoot are the enclave's ε-ledger roots before
	// and after the task. TaskMarket keeps each enclave's current root
	// (Client.LedgerRoot, zero before its first claim) and takes a claim only
	// when PrevLedgerRoot equals it, then holds LedgerRoot.
	PrevLedgerRoot common.Hash `json:"prevLedgerRoot"`
	LedgerRoot     common.Hash `json:"ledgerRoot"`
}

// ResultKeyHash is the hash a ResultClaim carries for a task owner's result
// key: keccak256 of the key's encoding (the HPKE public key bytes).
func ResultKeyHash(resultKey []byte) common.Hash { return crypto.Keccak256Hash(resultKey) }

func (r ResultClaim) binding() bindings.TaskMarketBaseResultClaim {
	return bindings.TaskMarketBaseResultClaim{
		TaskId: new(big.Int).SetUint64(r.TaskID), OutputHash: r.OutputHash, LineageRoot: r.LineageRoot, PayoutRoot: r.PayoutRoot,
		TotalRecords: r.TotalRecords, EpsilonSpent: r.EpsilonSpent, Measurement: r.Measurement,
		GrantsBlock: r.GrantsBlock, ResultKeyHash: r.ResultKeyHash, PrevLedgerRoot: r.PrevLedgerRoot, LedgerRoot: r.LedgerRoot,
	}
}

// ResultClaimTypedData returns the claim as eth_signTypedData_v4 typed data
// for the TaskMarket at verifyingContract on chainID.
func ResultClaimTypedData(chainID *big.Int, verifyingContract common.Address, r ResultClaim) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"ResultClaim": {
				{Name: "taskId", Type: "uint256"},
				{Name: "outputHash", Type: "bytes32"},
				{Name: "lineageRoot", Type: "bytes32"},
				{Name: "payoutRoot", Type: "bytes32"},
				{Name: "totalRecords", Type: "uint64"},
				{Name: "epsilonSpent", Type: "uint64"},
				{Name: "measurement", Type: "bytes32"},
				{Name: "grantsBlock", Type: "uint64"},
				{Name: "resultKeyHash", Type: "bytes32"},
				{Name: "prevLedgerRoot", Type: "bytes32"},
				{Name: "ledgerRoot", Type: "bytes32"},
			},
		},
		PrimaryType: "ResultClaim",
		Domain: apitypes.TypedDataDomain{
			Name:              MarketDomainName,
			Version:           MarketDomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: verifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"taskId":         new(big.Int).SetUint64(r.TaskID).String(),
			"outputHash":     r.OutputHash.Hex(),
			"lineageRoot":    r.LineageRoot.Hex(),
			"payoutRoot":     r.PayoutRoot.Hex(),
			"totalRecords":   new(big.Int).SetUint64(r.TotalRecords).String(),
			"epsilonSpent":   new(big.Int).SetUint64(r.EpsilonSpent).String(),
			"measurement":    r.Measurement.Hex(),
			"grantsBlock":    new(big.Int).SetUint64(r.GrantsBlock).String(),
			"resultKeyHash":  r.ResultKeyHash.Hex(),
			"prevLedgerRoot": r.PrevLedgerRoot.Hex(),
			"ledgerRoot":     r.LedgerRoot.Hex(),
		},
	}
}

// ResultClaimDigest returns the 32-byte digest TaskMarket.submitResult
// recovers the enclave address from.
func ResultClaimDigest(chainID *big.Int, verifyingContract common.Address, r ResultClaim) (common.Hash, error) {
	return typedDigest(ResultClaimTypedData(chainID, verifyingContract, r))
}

// SignResultClaim signs the claim's digest with an enclave key and returns
// the 65-byte [R || S || V] signature with V in {27, 28}, as ecrecover wants.
func SignResultClaim(key *ecdsa.PrivateKey, chainID *big.Int, verifyingContract common.Address, r ResultClaim) ([]byte, error) {
	d, err := ResultClaimDigest(chainID, verifyingContract, r)
	if err != nil {
		return nil, err
	}
	return signDigest(key, d, "signing result claim")
}

// RecoverResultClaimSigner returns the address that signed the claim, as
// the contract computes it.
func RecoverResultClaimSigner(chainID *big.Int, verifyingContract common.Address, r ResultClaim, sig []byte) (common.Address, error) {
	d, err := ResultClaimDigest(chainID, verifyingContract, r)
	if err != nil {
		return common.Address{}, err
	}
	return recoverDigest(d, sig, ErrInvalidClaimSignature)
}
