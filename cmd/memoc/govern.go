package main

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

func newGovernCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "govern",
		Short: "Governance: the deployment admin's settings",
		Long: `govern sends the deployment admin's transactions (the account that deployed
the contracts; on memoc devnet, dev account 0).`,
		Args: cobra.NoArgs,
		RunE: unknownSubcommand,
	}
	cmd.AddCommand(newAllowMeasurementCmd(), newRevealWindowCmd())
	return cmd
}

func newAllowMeasurementCmd() *cobra.Command {
	var disallow bool
	var m common.Hash
	cmd := operatorCmd("allow-measurement MEASUREMENT", "Allow (or disallow) an enclave measurement in the registry",
		`allow-measurement lets enclaves of MEASUREMENT (0x and 64 hex digits, as
memoc node --measure prints it) register; --disallow takes it back (enclaves
already registered keep their record; tasks of the measurement are refused).`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			rcpt, err := c.SetMeasurementAllowed(cmd.Context(), m, !disallow)
			if err != nil {
				return err
			}
			verb := "allowed"
			if disallow {
				verb = "disallowed"
			}
			return reportOperator(cmd, c, fmt.Sprintf("%s measurement %s", verb, m.Hex()), rcpt)
		})
	// The argument is checked before the chain is dialled.
	cmd.PreRunE = func(_ *cobra.Command, args []string) error {
		b, err := hexutil.Decode(args[0])
		if err != nil || len(b) != 32 {
			return usagef("MEASUREMENT %q: want 0x and 64 hex digits", args[0])
		}
		m = common.BytesToHash(b)
		return nil
	}
	cmd.Flags().BoolVar(&disallow, "disallow", false, "disallow the measurement instead")
	return cmd
}

func newRevealWindowCmd() *cobra.Command {
	var blocks uint16
	cmd := operatorCmd("reveal-window BLOCKS", "Set TaskMarket's reveal phase, in blocks, for tasks published from now on",
		`reveal-window sets how many blocks after each result's voting window its
committee has to reveal the votes it committed (the deployment default is
1,000). Tasks keep the parameters they were published under; a shorter
window settles tasks whose committee has a silent member sooner, and gives
members less time to reveal.`,
		cobra.ExactArgs(1), true, func(cmd *cobra.Command, c *chain.Client, _ []string) error {
			p, err := c.MarketParams(cmd.Context())
			if err != nil {
				return err
			}
			p.RevealWindow = blocks
			rcpt, err := c.SetMarketParams(cmd.Context(), p)
			if err != nil {
				return err
			}
			return reportOperator(cmd, c, fmt.Sprintf("set the reveal window to %d blocks", blocks), rcpt)
		})
	cmd.PreRunE = func(_ *cobra.Command, args []string) error {
		n, err := strconv.ParseUint(args[0], 10, 16)
		if err != nil || n == 0 {
			return usagef("BLOCKS %q: want a number of blocks from 1 to 65535", args[0])
		}
		blocks = uint16(n)
		return nil
	}
	return cmd
}
