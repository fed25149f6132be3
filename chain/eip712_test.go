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
	grant := chain.GrantMessage{DatasetID: common.Hash{0xab, 1}, Enclave: common.Address{0xe1}, PolicyHash: common.Hash{0x9f}, Expiry: 77, Nonce: big.NewInt(3)}
	revoke := chain.RevokeMessage{DatasetID: grant.DatasetID, Enclave: grant.Enclave, Nonce: big.NewInt(4)}
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
