package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/keystore"
)

// operatorCmd builds one of the stake / unbond / withdraw / status commands.
func operatorCmd(use, short, long string, args cobra.PositionalArgs, sends bool, run func(cmd *cobra.Command, c *chain.Client, args []string) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long + "\n\nExit codes: 0 done, 1 failed (including a refused transaction), 2 bad usage.",
		Args:  args,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := connectChain(cmd, keyFlags(cmd))
			if err != nil {
				return err
			}
			defer closeChain(c)
			if sends {
				if err := requireKey(c); err != nil {
					return err
				}
			}
			return run(cmd, c, args)
		},
	}
	addChainFlags(cmd.Flags())
	addKeyFlags(cmd.Flags(), true)
	return cmd
}

func newStakeCmd() *cobra.Command {
	var roleText string
	var role chain.Role
	var amount *big.Int
	cmd := operatorCmd("stake AMOUNT", "Stake MEMO as a TEE node or verifier",
		`stake locks AMOUNT MEMO (decimal, e.g. 1000 or 12.5) in the Staking contract
under --role. The first stake fixes the account's role and must reach the
role's minimum. It approves the Staking contract for exactly AMOUNT first if
needed; a stake the contract would refuse is refused before anything is sent.`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			rcpt, err := withSpinner("staking", func() (*types.Receipt, error) { return c.Stake(cmd.Context(), role, amount) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, fmt.Sprintf("staked %s as %s", chain.FormatMEMO(amount), role), rcpt)
		})
	// Arguments are checked before the chain is dialled, so that bad usage
	// is reported as such even when no chain answers.
	cmd.PreRunE = func(_ *cobra.Command, args []string) error {
		var err error
		if role, err = chain.ParseRole(roleText); err != nil {
			return usagef("--role: %w", err)
		}
		if amount, err = chain.ParseMEMO(args[0]); err != nil {
			return usagef("AMOUNT: %w", err)
		}
		return nil
	}
	cmd.Flags().StringVar(&roleText, "role", "tee-node", "operator role: tee-node or verifier")
	return cmd
}

func newUnbondCmd() *cobra.Command {
	var amount *big.Int
	cmd := operatorCmd("unbond AMOUNT", "Start unbonding staked MEMO",
		`unbond moves AMOUNT MEMO from active stake to unbonding. What stays staked
must be zero or at least the role's minimum. The unbonding stake can be
withdrawn after the unbonding delay (in blocks) and can still be slashed
until then; a new unbond restarts the delay for everything unbonding.`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			rcpt, err := withSpinner("unbonding", func() (*types.Receipt, error) { return c.RequestUnbond(cmd.Context(), amount) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, "unbonding "+chain.FormatMEMO(amount), rcpt)
		})
	cmd.PreRunE = func(_ *cobra.Command, args []string) error {
		var err error
		if amount, err = chain.ParseMEMO(args[0]); err != nil {
			return usagef("AMOUNT: %w", err)
		}
		return nil
	}
	return cmd
}

func newWithdrawCmd() *cobra.Command {
	return operatorCmd("withdraw", "Withdraw stake whose unbonding delay has passed",
		`withdraw pays everything that has finished unbonding back to the account.`,
		cobra.NoArgs, true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			before, err := c.StakeOf(cmd.Context(), c.Address())
			if err != nil {
				return fmt.Errorf("reading the stake: %w", err)
			}
			rcpt, err := withSpinner("withdrawing", func() (*types.Receipt, error) { return c.Withdraw(cmd.Context()) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, "withdrew "+chain.FormatMEMO(before.Unbonding), rcpt)
		})
}

func newStatusCmd() *cobra.Command {
	cmd := operatorCmd("status [ADDRESS]", "Show an account's balances and stake",
		`status prints ETH and MEMO balances, role, active and unbonding stake and
when the unbonding stake can be withdrawn, for ADDRESS, else the key flags'
account, else the account of the home's keystore (memoc user keygen).`,
		cobra.MaximumNArgs(1), false, func(cmd *cobra.Command, c *chain.Client, args []string) error {
			addr := c.Address()
			if len(args) == 1 {
				addr = common.HexToAddress(args[0])
			}
			if addr == (common.Address{}) {
				h, err := homeOf(cmd)
				if err != nil {
					return err
				}
				if addr, err = h.keystore().Address(); errors.Is(err, keystore.ErrNoKey) {
					return usagef("status of whom? pass an ADDRESS or a key flag, or create the home's account with memoc user keygen")
				} else if err != nil {
					return fmt.Errorf("reading the home's account: %w", err)
				}
			}
			st, err := operatorStatus(cmd, c, addr)
			if err != nil {
				return err
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), st)
			}
			return printStatus(cmd.OutOrStdout(), st)
		})
	cmd.PreRunE = func(_ *cobra.Command, args []string) error {
		if len(args) == 1 && !common.IsHexAddress(args[0]) {
			return usagef("%q is not an address: want 0x and 40 hex digits", args[0])
		}
		return nil
	}
	return cmd
}

// operatorState is what status prints. Amounts are base units (wei,
// MEMO/1e18) as decimal strings, each with its formatted twin.
type operatorState struct {
	Address            common.Address `json:"address"`
	Block              uint64         `json:"block"`
	ETH                tokenAmount    `json:"eth"`
	ETHFormatted       string         `json:"ethFormatted"`
	MEMO               tokenAmount    `json:"memo"`
	MEMOFormatted      string         `json:"memoFormatted"`
	Role               string         `json:"role"`
	Stake              tokenAmount    `json:"stake"`
	StakeFormatted     string         `json:"stakeFormatted"`
	MinStake           tokenAmount    `json:"minStake,omitzero"`
	MinStakeFormatted  string         `json:"minStakeFormatted,omitempty"`
	Unbonding          tokenAmount    `json:"unbonding"`
	UnbondingFormatted string         `json:"unbondingFormatted"`
	ReadyBlock         uint64         `json:"readyBlock,omitempty"`
	Withdrawable       bool           `json:"withdrawable"`
	// Action and Tx are set by the commands that send a transaction.
	Action string      `json:"action,omitempty"`
	Tx     common.Hash `json:"tx,omitzero"`
	Gas    uint64      `json:"gasUsed,omitempty"`
}

func operatorStatus(cmd *cobra.Command, c *chain.Client, addr common.Address) (*operatorState, error) {
	ctx := cmd.Context()
	block, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the block number: %w", err)
	}
	eth, err := c.ETHBalance(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("reading the ETH balance: %w", err)
	}
	memo, err := c.MEMOBalance(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("reading the MEMO balance: %w", err)
	}
	info, err := c.StakeOf(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("reading the stake: %w", err)
	}
	st := &operatorState{
		Address: addr, Block: block,
		ETH: tokenAmount{eth}, ETHFormatted: formatETH(eth),
		MEMO: tokenAmount{memo}, MEMOFormatted: chain.FormatMEMO(memo),
		Role:  info.Role.String(),
		Stake: tokenAmount{info.Staked}, StakeFormatted: chain.FormatMEMO(info.Staked),
		Unbonding: tokenAmount{info.Unbonding}, UnbondingFormatted: chain.FormatMEMO(info.Unbonding),
		ReadyBlock:   info.ReadyBlock,
		Withdrawable: info.Unbonding.Sign() > 0 && block >= info.ReadyBlock,
	}
	if info.Role != chain.RoleNone {
		if st.MinStake.Int, err = c.MinStake(ctx, info.Role); err != nil {
			return nil, fmt.Errorf("reading the minimum stake: %w", err)
		}
		st.MinStakeFormatted = chain.FormatMEMO(st.MinStake.Int)
	}
	return st, nil
}

// reportOperator prints what a transaction did and the account's new state.
func reportOperator(cmd *cobra.Command, c *chain.Client, action string, rcpt *types.Receipt) error {
	st, err := operatorStatus(cmd, c, c.Address())
	if err != nil {
		return err
	}
	st.Action, st.Tx, st.Gas = action, rcpt.TxHash, rcpt.GasUsed
	if global.json {
		return printJSON(cmd.OutOrStdout(), st)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s (tx %s, block %d, %d gas)\n", action, rcpt.TxHash.Hex(), rcpt.BlockNumber.Uint64(), rcpt.GasUsed)
	return printStatus(cmd.OutOrStdout(), st)
}

func printStatus(w io.Writer, st *operatorState) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "account\t%s (block %d)\n", st.Address.Hex(), st.Block)
	fmt.Fprintf(tw, "ETH\t%s\n", st.ETHFormatted)
	fmt.Fprintf(tw, "MEMO\t%s\n", st.MEMOFormatted)
	fmt.Fprintf(tw, "role\t%s\n", st.Role)
	staked := st.StakeFormatted
	if st.MinStakeFormatted != "" {
		staked += " (minimum " + st.MinStakeFormatted + ")"
	}
	fmt.Fprintf(tw, "staked\t%s\n", staked)
	unbonding := st.UnbondingFormatted
	switch {
	case st.Unbonding.Sign() == 0:
	case st.Withdrawable:
		unbonding += ", withdrawable now"
	default:
		unbonding += fmt.Sprintf(", withdrawable from block %d", st.ReadyBlock)
	}
	fmt.Fprintf(tw, "unbonding\t%s\n", unbonding)
	return tw.Flush()
}

// formatETH renders wei as an exact decimal ETH amount ("1.25 ETH").
func formatETH(wei *big.Int) string {
	if wei == nil {
		wei = new(big.Int)
	}
	whole, frac := new(big.Int).QuoRem(new(big.Int).Abs(wei), big.NewInt(params.Ether), new(big.Int))
	s := whole.String()
	if frac.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%018s", frac), "0")
	}
	if wei.Sign() < 0 {
		s = "-" + s
	}
	return s + " ETH"
}
