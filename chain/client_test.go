package chain_test

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

func TestNewClientChecksDeployment(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	good := *dev.Deployment()

	wrongChain := good
	wrongChain.ChainID = 1
	noCode := good
	noCode.Staking = common.Address{0x12}
	missing := good
	missing.DataGrants = common.Address{}

	for _, tt := range []struct {
		name    string
		dep     *chain.Deployment
		wantErr error
	}{
		{"chain id mismatch", &wrongChain, chain.ErrChainIDMismatch},
		{"no contract at address", &noCode, chain.ErrNoContract},
		{"address missing", &missing, chain.ErrDeployment},
		{"nil deployment", nil, chain.ErrDeployment},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := chain.NewClient(ctx, dev.Backend(), tt.dep, nil, nil)
			require.ErrorIs(t, err, tt.wantErr)
		})
	}
	c, err := chain.NewClient(ctx, dev.Backend(), &good, nil, nil)
	require.NoError(t, err)
	_, err = c.TransferMEMO(ctx, common.Address{1}, big.NewInt(1))
	require.ErrorIs(t, err, chain.ErrReadOnly)
	supply, err := c.TotalSupply(ctx)
	require.NoError(t, err)
	require.Equal(t, chain.Tokens(1_000_000_000).String(), supply.String())
}

func TestTransfersAndFunds(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	a := newAccount(t, chain.Tokens(10))
	b := newAccount(t, nil)

	_, err := a.TransferMEMO(ctx, b.Address(), chain.Tokens(4))
	require.NoError(t, err)
	requireBalance(t, a, chain.Tokens(6))
	requireBalance(t, b, chain.Tokens(4))

	_, err = a.TransferMEMO(ctx, b.Address(), chain.Tokens(7))
	require.ErrorIs(t, err, chain.ErrInsufficientBalance)
	require.Contains(t, err.Error(), "get more MEMO")

	// An account without ETH cannot pay for gas.
	poor, err := dev.NewAccount(ctx, nil, chain.Tokens(1))
	require.NoError(t, err)
	_, err = poor.TransferMEMO(ctx, b.Address(), chain.Tokens(1))
	require.ErrorIs(t, err, chain.ErrInsufficientFunds)
	requireBalance(t, poor, chain.Tokens(1))

	eth, err := a.ETHBalance(ctx, a.Address())
	require.NoError(t, err)
	require.Equal(t, 1, eth.Sign())
}

func TestDeploymentFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "devnet.json")
	require.NoError(t, chain.SaveDeployment(path, dev.Deployment()))
	got, err := chain.LoadDeployment(path)
	require.NoError(t, err)
	require.Equal(t, dev.Deployment(), got)
	key, err := got.DevAccounts[1].PrivateKey()
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(devnet.Key(1)), crypto.FromECDSA(key))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "the file may hold keys")

	for _, tt := range []struct {
		name, content string
	}{
		{"not json", "hello"},
		{"empty object", "{}"},
		{"no contracts", `{"chainId": 1337}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name+".json")
			require.NoError(t, os.WriteFile(p, []byte(tt.content), 0o600))
			_, err := chain.LoadDeployment(p)
			require.ErrorIs(t, err, chain.ErrDeployment)
		})
	}
	_, err = chain.LoadDeployment(filepath.Join(dir, "absent.json"))
	require.ErrorIs(t, err, chain.ErrDeployment)
	require.Contains(t, err.Error(), "memoc devnet")
}

func packError(t testing.TB, meta string, name string, args ...any) []byte {
	t.Helper()
	var md = map[string]*abi.ABI{}
	for n, m := range map[string]string{"Staking": bindings.StakingMetaData.ABI, "MemoToken": bindings.MemoTokenMetaData.ABI} {
		parsed, err := abi.JSON(stringsReader(m))
		require.NoError(t, err)
		md[n] = &parsed
	}
	e := md[meta].Errors[name]
	enc, err := e.Inputs.Pack(args...)
	require.NoError(t, err)
	return append(e.ID[:4:4], enc...)
}

func TestDecodeRevert(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name     string
		data     []byte
		sentinel error
		contains string
	}{
		{"named error", packError(t, "Staking", "StakeTooLow", chain.Tokens(10), chain.Tokens(100)), chain.ErrStakeTooLow, "stake at least 90 MEMO more"},
		{"erc20 allowance", packError(t, "MemoToken", "ERC20InsufficientAllowance", common.Address{1}, chain.Tokens(1), chain.Tokens(2)), chain.ErrInsufficientAllowance, "approve a larger allowance"},
		{"unknown selector", []byte{1, 2, 3, 4}, chain.ErrReverted, "unknown error 0x01020304"},
		{"short data", []byte{1}, chain.ErrReverted, "short data"},
		{"bad arguments", packError(t, "Staking", "StakeTooLow", chain.Tokens(10), chain.Tokens(100))[:10], chain.ErrReverted, "undecodable"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			re := chain.DecodeRevert(tt.data)
			require.NotNil(t, re)
			require.ErrorIs(t, re, tt.sentinel)
			require.Contains(t, re.Error(), tt.contains)
		})
	}
	require.Nil(t, chain.DecodeRevert(nil))
}

func FuzzDecodeRevert(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0})
	f.Add(packError(f, "Staking", "StakeTooLow", big.NewInt(1), big.NewInt(2)))
	f.Add(packError(f, "Staking", "RoleMismatch", uint8(1), uint8(2)))
	f.Fuzz(func(t *testing.T, data []byte) {
		re := chain.DecodeRevert(data)
		if len(data) == 0 {
			require.Nil(t, re)
			return
		}
		require.NotNil(t, re)
		require.NotEmpty(t, re.Error())
	})
}

func TestParseAndFormatMEMO(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"12.5", "12.5 MEMO"}, {"1", "1 MEMO"}, {"0.000000000000000001", "0.000000000000000001 MEMO"}, {"7 MEMO", "7 MEMO"}, {".5", "0.5 MEMO"},
	} {
		v, err := chain.ParseMEMO(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, chain.FormatMEMO(v))
	}
	for _, bad := range []string{"", "-1", "abc", "1.2.3", "0.0000000000000000001"} {
		_, err := chain.ParseMEMO(bad)
		require.Error(t, err, bad)
	}
	r, err := chain.ParseRole("verifier")
	require.NoError(t, err)
	require.Equal(t, chain.RoleVerifier, r)
	_, err = chain.ParseRole("miner")
	require.ErrorIs(t, err, chain.ErrInvalidRole)
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }

func FuzzParseMEMO(f *testing.F) {
	for _, s := range []string{"1", "12.5", ".5", "0.000000000000000001", "1e18", "-1", "1.2.3", " 7 MEMO "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := chain.ParseMEMO(s)
		if err != nil {
			return
		}
		require.GreaterOrEqual(t, v.Sign(), 0)
		back, err := chain.ParseMEMO(strings.TrimSuffix(chain.FormatMEMO(v), " MEMO"))
		require.NoError(t, err)
		require.Equal(t, v.String(), back.String(), "round trip of %q", s)
	})
}
