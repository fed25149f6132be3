package main

import (
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

// operatorCmd builds one of the stake / unbond / withdraw / status commands.
func operatorCmd(use, short, long string, args cobra.PositionalArgs, sends bool, run func(cmd *cobra.Command, c *chain.Client, args []string) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long + "\n\nExit codes: 0 done, 1 failed (including a refused transaction), 2 bad usage.",
		Args:  args,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := connectChain(cmd)
			if err != nil {
				return err
			}
			defer c.Backend().(interface{ Close() }).Close()
			if sends {
				if err := requireKey(c); err != nil {
					return err
				}
			}
			return run(cmd, c, args)
		},
	}
	addChainFlags(cmd, true)
	return cmd
}

func newStakeCmd() *cobra.Command {
	var role string
	cmd := operatorCmd("stake AMOUNT", "Stake MEMO as a TEE node or verifier",
		`stake locks AMOUNT MEMO (decimal, e.g. 1000 or 12.5) in the Staking contract
under --role. The first stake fixes the account's role and must reach the
role's minimum. It approves the Staking contract for exactly AMOUNT first if
needed; a stake the contract would refuse is refused before anything is sent.`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, args []string) error {
			r, err := chain.ParseRole(role)
			if err != nil {
				return usageError{err}
			}
			amount, err := chain.ParseMEMO(args[0])
			if err != nil {
				return usageError{err}
			}
			rcpt, err := withSpinner("staking", func() (*types.Receipt, error) { return c.Stake(cmd.Context(), r, amount) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, fmt.Sprintf("staked %s as %s", chain.FormatMEMO(amount), r), rcpt)
		})
	cmd.Flags().StringVar(&role, "role", "tee-node", "operator role: tee-node or verifier")
	return cmd
}

func newUnbondCmd() *cobra.Command {
	return operatorCmd("unbond AMOUNT", "Start unbonding staked MEMO",
		`unbond moves AMOUNT MEMO from active stake to unbonding. What stays staked
must be zero or at least the role's minimum. The unbonding stake can be
withdrawn after the unbonding delay (in blocks) and can still be slashed
until then; a new unbond restarts the delay for everything unbonding.`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, args []string) error {
			amount, err := chain.ParseMEMO(args[0])
			if err != nil {
				return usageError{err}
			}
			rcpt, err := withSpinner("unbonding", func() (*types.Receipt, error) { return c.RequestUnbond(cmd.Context(), amount) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, "unbonding "+chain.FormatMEMO(amount), rcpt)
		})
}

func newWithdrawCmd() *cobra.Command {
	return operatorCmd("withdraw", "Withdraw stake whose unbonding delay has passed",
		`withdraw pays everything that has finished unbonding back to the account.`,
		cobra.NoArgs, true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			before, err := c.StakeOf(cmd.Context(), c.Address())
			if err != nil {
				return err
			}
			rcpt, err := withSpinner("withdrawing", func() (*types.Receipt, error) { return c.Withdraw(cmd.Context()) })
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, "withdrew "+chain.FormatMEMO(before.Unbonding), rcpt)
		})
}

func newStatusCmd() *cobra.Command {
	return operatorCmd("status [ADDRESS]", "Show an account's balances and stake",
		`status prints ETH and MEMO balances, role, active and unbonding stake and
when the unbonding stake can be withdrawn, for ADDRESS or the key flags'
account.`,
		cobra.MaximumNArgs(1), false, func(cmd *cobra.Command, c *chain.Client, args []string) error {
			addr := c.Address()
			if len(args) == 1 {
				if !common.IsHexAddress(args[0]) {
					return usagef("%q is not an address", args[0])
				}
				addr = common.HexToAddress(args[0])
			}
			if addr == (common.Address{}) {
				return usagef("status of whom? pass an ADDRESS or a key flag")
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
}

// operatorState is what status prints.
// Amounts are base units (wei, MEMO/1e18) as decimal strings.
type operatorState struct {
	Address      common.Address `json:"address"`
	Block        uint64         `json:"block"`
	ETH          baseUnits      `json:"ethWei"`
	MEMO         baseUnits      `json:"memo"`
	Role         string         `json:"role"`
	Staked       baseUnits      `json:"staked"`
	MinStake     baseUnits      `json:"minStake,omitzero"`
	Unbonding    baseUnits      `json:"unbonding"`
	ReadyBlock   uint64         `json:"readyBlock,omitempty"`
	Withdrawable bool           `json:"withdrawable"`
	// Action and Tx are set by the commands that send a transaction.
	Action string      `json:"action,omitempty"`
	Tx     common.Hash `json:"tx,omitzero"`
	Gas    uint64      `json:"gasUsed,omitempty"`
}

func operatorStatus(cmd *cobra.Command, c *chain.Client, addr common.Address) (*operatorState, error) {
	ctx := cmd.Context()
	block, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	eth, err := c.ETHBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	memo, err := c.MEMOBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	info, err := c.StakeOf(ctx, addr)
	if err != nil {
		return nil, err
	}
	st := &operatorState{
		Address: addr, Block: block, ETH: baseUnits{eth}, MEMO: baseUnits{memo}, Role: info.Role.String(), Staked: baseUnits{info.Staked},
		Unbonding: baseUnits{info.Unbonding}, ReadyBlock: info.ReadyBlock,
		Withdrawable: info.Unbonding.Sign() > 0 && block >= info.ReadyBlock,
	}
	if info.Role != chain.RoleNone {
		if st.MinStake.Int, err = c.MinStake(ctx, info.Role); err != nil {
			return nil, err
		}
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
	fmt.Fprintf(tw, "ETH\t%s\n", formatETH(st.ETH.Int))
	fmt.Fprintf(tw, "MEMO\t%s\n", chain.FormatMEMO(st.MEMO.Int))
	fmt.Fprintf(tw, "role\t%s\n", st.Role)
	staked := chain.FormatMEMO(st.Staked.Int)
	if st.MinStake.Int != nil {
		staked += " (minimum " + chain.FormatMEMO(st.MinStake.Int) + ")"
	}
	fmt.Fprintf(tw, "staked\t%s\n", staked)
	unbonding := chain.FormatMEMO(st.Unbonding.Int)
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

func formatETH(wei *big.Int) string {
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 6) + " ETH"
}

// baseUnits is an amount in base units, written to JSON as a decimal
// string so that no JSON reader rounds it.
type baseUnits struct{ *big.Int }

// MarshalJSON writes the amount as a quoted decimal.
func (b baseUnits) MarshalJSON() ([]byte, error) {
	if b.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + b.String() + `"`), nil
}

// IsZero reports an unset amount (for omitzero).
func (b baseUnits) IsZero() bool { return b.Int == nil }
