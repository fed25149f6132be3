package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Re-execution on TaskMarket. The committee draw selects a result for
// re-execution (Result.Reexecute); a second enclave, of another operator
// and with the task's measurement, re-runs the task and signs a
// ReexecutionReport of the output hash it got, which anyone relays with
// ReportReexecution up to the end of the result's commit phase, so that its
// committee compares the two hashes while it votes. The first report of a
// result counts. When the committee reaches a verdict, pass or fail, the
// result's verifier share is split into Committee + 1 equal parts and the
// re-executor's operator earns one (Shares.ReexecPerVote, withdrawn with
// WithdrawEarnings); on a fail it comes out of the owner's refund. A result
// that reaches no verdict (Lapsed) pays as if nobody had reported.

// ReexecutionReportTypeString is the EIP-712 type TaskMarket.reportReexecution
// checks (its REEXECUTION_REPORT_TYPEHASH), in the market's domain
// (MarketDomainName, MarketDomainVersion).
const ReexecutionReportTypeString = "ReexecutionReport(uint256 taskId,uint256 index,bytes32 outputHash)"

// ReexecutionReport is what a re-executing enclave signs with its enclave
// key: it re-ran result Index of task TaskID and got OutputHash (for
// training, the model hash the result's evidence states).
type ReexecutionReport struct {
	TaskID     uint64      `json:"taskId"`
	Index      uint8       `json:"index"`
	OutputHash common.Hash `json:"outputHash"`
}

// ReexecutionReportTypedData returns r as eth_signTypedData_v4 typed data
// for the TaskMarket at verifyingContract on chainID.
func ReexecutionReportTypedData(chainID *big.Int, verifyingContract common.Address, r ReexecutionReport) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"ReexecutionReport": {
				{Name: "taskId", Type: "uint256"},
				{Name: "index", Type: "uint256"},
				{Name: "outputHash", Type: "bytes32"},
			},
		},
		PrimaryType: "ReexecutionReport",
		Domain: apitypes.TypedDataDomain{
			Name:              MarketDomainName,
			Version:           MarketDomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: verifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"taskId":     new(big.Int).SetUint64(r.TaskID).String(),
			"index":      new(big.Int).SetUint64(uint64(r.Index)).String(),
			"outputHash": r.OutputHash.Hex(),
		},
	}
}

// ReexecutionReportDigest returns the 32-byte digest TaskMarket.reportReexecution
// recovers the re-executing enclave's address from: what the enclave signs.
func ReexecutionReportDigest(chainID *big.Int, verifyingContract common.Address, r ReexecutionReport) (common.Hash, error) {
	return typedDigest(ReexecutionReportTypedData(chainID, verifyingContract, r))
}

// SignReexecutionReport signs r's digest with an enclave key (V in {27, 28}).
func SignReexecutionReport(key *ecdsa.PrivateKey, chainID *big.Int, verifyingContract common.Address, r ReexecutionReport) ([]byte, error) {
	d, err := ReexecutionReportDigest(chainID, verifyingContract, r)
	if err != nil {
		return nil, err
	}
	return signDigest(key, d, "signing re-execution report")
}

// RecoverReexecutionReportSigner returns the address that signed r, as the
// contract computes it.
func RecoverReexecutionReportSigner(chainID *big.Int, verifyingContract common.Address, r ReexecutionReport, sig []byte) (common.Address, error) {
	d, err := ReexecutionReportDigest(chainID, verifyingContract, r)
	if err != nil {
		return common.Address{}, err
	}
	return recoverDigest(d, sig, ErrInvalidReexecutionSignature)
}

// ReportReexecution relays enclave's signed report of its re-execution of
// a result; sig is the enclave key's 65-byte signature over
// ReexecutionReportDigest (V 0/1 or 27/28). Any account may relay it. It
// fails with ErrNotSelectedForReexecution unless the result's committee
// draw selected it, ErrVotingClosed after the result's commit phase,
// ErrReexecutionAlreadyReported for a second report, ErrInvalidReexecutionSignature
// unless enclave signed it, ErrUnregisteredEnclave, ErrEnclaveInactive or
// ErrMeasurementMismatch unless enclave is active with the task's
// measurement, and ErrReexecutorNotIndependent when its operator is the
// result's operator or the task owner.
func (c *Client) ReportReexecution(ctx context.Context, enclave common.Address, r ReexecutionReport, sig []byte) (*types.Receipt, error) {
	data, err := extABI.TryPackReportReexecution(new(big.Int).SetUint64(r.TaskID), big.NewInt(int64(r.Index)), enclave, r.OutputHash, normaliseV(sig))
	return c.marketTx(ctx, "reporting re-execution", data, err)
}

// Reexecution is the re-execution reported on chain for one result.
type Reexecution struct {
	// Reported is false when nobody reported a re-execution of the result
	// (the other fields are then zero).
	Reported bool `json:"reported"`
	// Enclave re-ran the task and got OutputHash; Operator, its operator,
	// earns the re-executor's part of the result's verifier share.
	Enclave    common.Address `json:"enclave"`
	Operator   common.Address `json:"operator"`
	OutputHash common.Hash    `json:"outputHash"`
	// Block is the block of the report.
	Block uint64 `json:"block"`
}

// Reexecution returns the re-execution reported for result index of task
// taskID: the operator and block TaskMarket records, and the enclave and
// output hash of the report's ReexecutionReported event in that block.
func (c *Client) Reexecution(ctx context.Context, taskID uint64, index uint8) (Reexecution, error) {
	const what = "reading re-execution"
	out, err := c.marketCall(ctx, what, extABI.PackReexecutionOf(new(big.Int).SetUint64(taskID), big.NewInt(int64(index))))
	if err != nil {
		return Reexecution{}, err
	}
	v, err := extABI.UnpackReexecutionOf(out)
	if err != nil {
		return Reexecution{}, fmt.Errorf("%s: decoding: %w", what, err)
	}
	if v.Operator == (common.Address{}) {
		return Reexecution{}, nil
	}
	m, err := c.market()
	if err != nil {
		return Reexecution{}, fmt.Errorf("%s: %w", what, err)
	}
	at := new(big.Int).SetUint64(v.AtBlock)
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: at, ToBlock: at, Addresses: []common.Address{m},
		Topics: [][]common.Hash{{reexecutionReportedTopic}, {common.BigToHash(new(big.Int).SetUint64(taskID))}},
	})
	if err != nil {
		return Reexecution{}, fmt.Errorf("%s: reading the report's log in block %d: %w", what, v.AtBlock, err)
	}
	for _, l := range logs {
		ref, r, err := DecodeReexecutionReported(l)
		if err == nil && ref.Index == index && !l.Removed {
			return r, nil
		}
	}
	return Reexecution{}, fmt.Errorf("%s: %w: no ReexecutionReported event of task %d result %d in block %d (was the block reorganised away?)", what, ErrReverted, taskID, index, v.AtBlock)
}

// reexecutionReportedTopic is the topic of TaskMarketExt's ReexecutionReported event.
var reexecutionReportedTopic = func() common.Hash {
	parsed, err := bindings.TaskMarketExtMetaData.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err)) // generated code; caught by every test
	}
	return parsed.Events["ReexecutionReported"].ID
}()

// DecodeReexecutionReported decodes a TaskMarket ReexecutionReported log:
// the result reported on and the report (Block from the log).
func DecodeReexecutionReported(l types.Log) (ResultRef, Reexecution, error) {
	ev, err := extABI.UnpackReexecutionReportedEvent(&l)
	if err != nil {
		return ResultRef{}, Reexecution{}, fmt.Errorf("decoding ReexecutionReported: %w", err)
	}
	ref := ResultRef{TaskID: ev.TaskId.Uint64(), Index: uint8(ev.Index.Uint64())}
	return ref, Reexecution{Reported: true, Enclave: ev.Enclave, Operator: ev.Operator, OutputHash: ev.OutputHash, Block: l.BlockNumber}, nil
}
