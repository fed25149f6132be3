package main

import (
	"fmt"
	"math/big"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/dataowner"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/keystore"
)

// grantedEnclaves returns, from the home's dataset records, every dataset
// id and every enclave the user granted a dataset to.
func grantedEnclaves(cmd *cobra.Command) (*keystore.Dir, []*keystore.Dataset, []common.Address, error) {
	ks, err := keys(cmd)
	if err != nil {
		return nil, nil, nil, err
	}
	recs, err := ks.Datasets()
	if err != nil {
		return nil, nil, nil, err
	}
	var enclaves []common.Address
	for _, r := range recs {
		for _, g := range r.Grants {
			if !slices.Contains(enclaves, g.Enclave) {
				enclaves = append(enclaves, g.Enclave)
			}
		}
	}
	return ks, recs, enclaves, nil
}

// claimView is one claimed (or claimable) payout.
type claimView struct {
	MarketTask      uint64      `json:"marketTask"`
	Leaf            uint64      `json:"leaf"`
	Amount          tokenAmount `json:"amount"`
	AmountFormatted string      `json:"amountFormatted"`
	Tx              common.Hash `json:"tx,omitzero"`
}

// skippedView is a task whose payouts were not read.
type skippedView struct {
	MarketTask uint64 `json:"marketTask"`
	Reason     string `json:"reason"`
}

// claimOutput is what memoc user claim prints.
type claimOutput struct {
	Account        common.Address `json:"account"`
	Claims         []claimView    `json:"claims"`
	Total          tokenAmount    `json:"total"`
	TotalFormatted string         `json:"totalFormatted"`
	AlreadyClaimed int            `json:"alreadyClaimed"`
	Skipped        []skippedView  `json:"skipped,omitempty"`
	DryRun         bool           `json:"dryRun,omitempty"`
}

func newUserClaimCmd(f *userFlags) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "claim",
		Short: "Claim every unclaimed payout of this account across settled tasks, one batch per task",
		Long: `claim finds the settled TaskMarket tasks that the enclaves this account granted
to took part in (from TaskMarket's logs), rebuilds each task's payout tree
from the published result users claim against, checks it against that
result's payout root on chain, and claims this account's leaves that are not
claimed yet: one claimBatch transaction per task, sent from this account
(it pays the gas; the payout goes to it whoever sends). --dry-run only lists
them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			_, _, enclaves, err := grantedEnclaves(cmd)
			if err != nil {
				return err
			}
			key, err := f.loadKey(cmd)
			if err != nil {
				return err
			}
			c, err := connectChain(cmd, withKey(key))
			if err != nil {
				return err
			}
			defer closeChain(c)
			payouts, skipped, err := dataowner.Payouts(ctx, c, c.Backend(), nodeClients(nodeHTTP()), c.Address(), enclaves)
			if err != nil {
				return fmt.Errorf("finding payouts: %w", err)
			}
			out := claimOutput{Account: c.Address(), Claims: []claimView{}, DryRun: dryRun}
			for _, s := range skipped {
				out.Skipped = append(out.Skipped, skippedView{MarketTask: s.Task, Reason: s.Reason})
			}
			byTask := map[uint64][]dataowner.Payout{}
			var tasks []uint64
			for _, p := range payouts {
				if p.Claimed {
					out.AlreadyClaimed++
					continue
				}
				if byTask[p.Task] == nil {
					tasks = append(tasks, p.Task)
				}
				byTask[p.Task] = append(byTask[p.Task], p)
			}
			total := new(big.Int)
			for _, id := range tasks {
				ps := byTask[id]
				var tx common.Hash
				if !dryRun {
					leaves, proofs := make([]chain.PayoutLeaf, len(ps)), make([][]common.Hash, len(ps))
					for i, p := range ps {
						leaves[i], proofs[i] = p.Leaf, p.Proof
					}
					rcpt, err := withSpinner(fmt.Sprintf("claiming market task %d", id), func() (*types.Receipt, error) {
						return c.ClaimBatch(ctx, id, leaves, proofs)
					})
					if err != nil {
						return fmt.Errorf("claiming market task %d: %w", id, err)
					}
					tx = rcpt.TxHash
				}
				for _, p := range ps {
					total.Add(total, p.Paid)
					out.Claims = append(out.Claims, claimView{MarketTask: id, Leaf: p.Leaf.Index, Amount: tokenAmount{p.Paid}, AmountFormatted: chain.FormatMEMO(p.Paid), Tx: tx})
				}
			}
			out.Total, out.TotalFormatted = tokenAmount{total}, chain.FormatMEMO(total)
			if global.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			verb := "claimed"
			if dryRun {
				verb = "claimable"
			}
			for _, cl := range out.Claims {
				fmt.Fprintf(tw, "market task %d\tleaf %d\t%s\t%s\n", cl.MarketTask, cl.Leaf, cl.AmountFormatted, verb)
			}
			for _, s := range out.Skipped {
				fmt.Fprintf(tw, "market task %d\t\t\tskipped: %s\n", s.MarketTask, s.Reason)
			}
			fmt.Fprintf(tw, "%s %s for %s (%d payout(s) claimed before)\n", verb, out.TotalFormatted, out.Account.Hex(), out.AlreadyClaimed)
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "list the unclaimed payouts, send nothing")
	return cmd
}

// grantBudget reads the ε budget of a saved signed grant (0 if unreadable).
func grantBudget(g keystore.Grant) (budget float64, unit string) {
	b, err := os.ReadFile(g.File)
	if err != nil {
		return 0, ""
	}
	pg, err := grant.ParseGrant(b)
	if err != nil {
		return 0, ""
	}
	return pg.Policy.Epsilon, pg.Policy.LedgerUnit()
}
