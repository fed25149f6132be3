package chain

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// LedgerAdvanceTypeString is the EIP-712 type TaskMarket.advanceLedger
// checks (its LEDGER_ADVANCE_TYPEHASH), in the market's domain.
const LedgerAdvanceTypeString = "LedgerAdvance(address enclave,bytes32 prevLedgerRoot,bytes32 ledgerRoot)"

// LedgerAdvance moves an enclave's ε-ledger root on TaskMarket from
// PrevLedgerRoot to LedgerRoot without a result claim. The enclave signs it
// to commit charges whose claim will not reach the market (off-market
// tasks, or a claim never submitted) before it takes on more work.
type LedgerAdvance struct {
	Enclave        common.Address `json:"enclave"`
	PrevLedgerRoot common.Hash    `json:"prevLedgerRoot"`
	LedgerRoot     common.Hash    `json:"ledgerRoot"`
}

// LedgerAdvanceTypedData returns a as eth_signTypedData_v4 typed data for
// the TaskMarket at verifyingContract on chainID.
func LedgerAdvanceTypedData(chainID *big.Int, verifyingContract common.Address, a LedgerAdvance) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"LedgerAdvance": {
				{Name: "enclave", Type: "address"},
				{Name: "prevLedgerRoot", Type: "bytes32"},
				{Name: "ledgerRoot", Type: "bytes32"},
			},
		},
		PrimaryType: "LedgerAdvance",
		Domain: apitypes.TypedDataDomain{
			Name:              MarketDomainName,
			Version:           MarketDomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: verifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"enclave":        a.Enclave.Hex(),
			"prevLedgerRoot": a.PrevLedgerRoot.Hex(),
			"ledgerRoot":     a.LedgerRoot.Hex(),
		},
	}
}

// SignLedgerAdvance signs a with the enclave key (V in {27, 28}).
func SignLedgerAdvance(key *ecdsa.PrivateKey, chainID *big.Int, verifyingContract common.Address, a LedgerAdvance) ([]byte, error) {
	d, err := typedDigest(LedgerAdvanceTypedData(chainID, verifyingContract, a))
	if err != nil {
		return nil, err
	}
	return signDigest(key, d, "signing ledger advance")
}

// RecoverLedgerAdvanceSigner returns the address that signed a, as the
// contract computes it.
func RecoverLedgerAdvanceSigner(chainID *big.Int, verifyingContract common.Address, a LedgerAdvance, sig []byte) (common.Address, error) {
	d, err := typedDigest(LedgerAdvanceTypedData(chainID, verifyingContract, a))
	if err != nil {
		return common.Address{}, err
	}
	return recoverDigest(d, sig, ErrInvalidLedgerSignature)
}

// AdvanceLedger submits an enclave-signed LedgerAdvance. Anyone may send
// it; it fails with ErrLedgerRootMismatch unless a.PrevLedgerRoot is the
// enclave's root on chain, and with ErrInvalidLedgerSignature unless the
// enclave signed it.
func (c *Client) AdvanceLedger(ctx context.Context, a LedgerAdvance, sig []byte) (*types.Receipt, error) {
	data, err := marketABI.TryPackAdvanceLedger(a.Enclave, a.PrevLedgerRoot, a.LedgerRoot, normaliseV(sig))
	return c.marketTx(ctx, "advancing ε ledger", data, err)
}
