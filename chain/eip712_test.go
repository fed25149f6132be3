package chain_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
)

// TestTypedDataSurvivesWalletJSON checks that the typed data handed to a
// wallet (eth_signTypedData_v4 takes it as JSON) hashes, after a JSON round
// trip, to the digest the contracts check: bytes32 fields must travel as
// 0x-hex, not as Go's base64 encoding of []byte.
func TestTypedDataSurvivesWalletJSON(t *testing.T) {
	chainID, contract := big.NewInt(1337), common.Address{0xc0}
	grant := chain.GrantMessage{DatasetID: common.Hash{0xab, 1}, Enclave: common.Address{0xe1}, PolicyHash: common.Hash{0x9f}, Expiry: 77, Nonce: big.NewInt(3), Deadline: 70}
	revoke := chain.RevokeMessage{DatasetID: grant.DatasetID, Enclave: grant.Enclave, Nonce: big.NewInt(4), Deadline: 71}
	claim := chain.ResultClaim{TaskID: 9, OutputHash: common.Hash{1}, LineageRoot: common.Hash{2}, PayoutRoot: common.Hash{3}, TotalRecords: 360, EpsilonSpent: 4e6, Measurement: common.Hash{4}}

	grantDigest, err := chain.GrantDigest(chainID, contract, grant)
	require.NoError(t, err)
	revokeDigest, err := chain.RevokeDigest(chainID, contract, revoke)
	require.NoError(t, err)
	claimDigest, err := chain.ResultClaimDigest(chainID, contract, claim)
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		td   apitypes.TypedData
		want common.Hash
	}{
		{"grant", chain.GrantTypedData(chainID, contract, grant), grantDigest},
		{"revoke", chain.RevokeTypedData(chainID, contract, revoke), revokeDigest},
		{"result claim", chain.ResultClaimTypedData(chainID, contract, claim), claimDigest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := json.Marshal(tc.td)
			require.NoError(t, err)
			var back apitypes.TypedData
			require.NoError(t, json.Unmarshal(raw, &back))
			h, _, err := apitypes.TypedDataAndHash(back)
			require.NoError(t, err)
			require.Equal(t, tc.want, common.BytesToHash(h))
		})
	}
}

// TestGrantTypedDataForWallets pins what a wallet shows the owner and signs:
// the domain version, the type strings the contract hashes, and the deadline
// in the message.
func TestGrantTypedDataForWallets(t *testing.T) {
	chainID, contract := big.NewInt(1337), common.Address{0xc0}
	for _, tc := range []struct {
		td       apitypes.TypedData
		typ      string
		deadline string
	}{
		{chain.GrantTypedData(chainID, contract, chain.GrantMessage{Nonce: big.NewInt(1), Deadline: 4242}), chain.GrantTypeString, "4242"},
		{chain.RevokeTypedData(chainID, contract, chain.RevokeMessage{Nonce: big.NewInt(1), Deadline: 4343}), chain.RevokeTypeString, "4343"},
	} {
		t.Run(tc.td.PrimaryType, func(t *testing.T) {
			require.Equal(t, "2", tc.td.Domain.Version)
			require.Equal(t, tc.typ, string(tc.td.EncodeType(tc.td.PrimaryType)))
			raw, err := json.Marshal(tc.td)
			require.NoError(t, err)
			var wallet struct {
				Message map[string]any `json:"message"`
			}
			require.NoError(t, json.Unmarshal(raw, &wallet))
			require.Equal(t, tc.deadline, wallet.Message["deadline"])
		})
	}
}
