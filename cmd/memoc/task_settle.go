package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
)

// settleOutput is what memoc task settle prints.
type settleOutput struct {
	MarketTask uint64 `json:"marketTask"`
	// By is "finalize" (every result in and judged) or "timeout" (results
	// missing at the deadline).
	By      string `json:"by"`
	Missing int    `json:"missing"`
	Tx      string `json:"tx"`
	Block   uint64 `json:"block"`
	Status  string `json:"status"`
}

func newTaskSettleCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "settle TASK",
		Short: "Settle the market task: finalize it, or time it out when results are missing at its deadline",
		Long: `settle settles a market task on TaskMarket as its state calls for: finalize
once every result is in and judged (its committee revealed, or its reveal
phase over), timeout once its deadline has passed with results missing and
the submitted ones judged: the missing slots' shares go back to the task's
owner, and their operators are slashed if they had accepted them. Results
then pay their nodes, verifiers and data owners. Verifier daemons settle the
tasks they judge; settle is for any other, such as one no node submitted to.
Anyone may settle a task. A task that cannot settle yet is refused with the
block to wait for (exit 1). TASK is a market task id, or a task document hash
from this home's records.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if strings.HasPrefix(args[0], "0x") {
				_, rec, rerr := loadTaskRecord(cmd, args[0])
				if rerr != nil {
					return rerr
				}
				id, err = rec.Task.MarketID, nil
			}
			if err != nil {
				return usagef("TASK %q: want a market task id (decimal) or a task document hash (0x…)", args[0])
			}
			c, _, err := companyAccount(cmd)
			if err != nil {
				return err
			}
			defer closeChain(c)
			rcpt, s, err := c.Settle(cmd.Context(), id)
			if err != nil {
				if errors.Is(err, chain.ErrNotSettleable) && s.Missing > 0 {
					return fmt.Errorf("%w (%d of the results are missing: they may come until the deadline)", err, s.Missing)
				}
				return err
			}
			t, err := c.Task(cmd.Context(), id)
			if err != nil {
				return err
			}
			o := settleOutput{MarketTask: id, By: "finalize", Missing: s.Missing, Tx: rcpt.TxHash.Hex(), Block: rcpt.BlockNumber.Uint64(), Status: t.Status.String()}
			if s.Missing > 0 {
				o.By = "timeout"
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), o)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "market task %d %s by %s in block %d (missing results: %d), tx %s\n", id, o.Status, o.By, o.Block, o.Missing, o.Tx)
			return err
		},
	}
	addTaskChainFlags(cmd, true)
	return cmd
}
