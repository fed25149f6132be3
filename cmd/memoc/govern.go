package main

import (
	"fmt"

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
	cmd.AddCommand(newAllowMeasurementCmd())
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
