package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/dataowner"
)

// historyUse is one task's use of a dataset.
type historyUse struct {
	MarketTask uint64         `json:"marketTask"`
	Task       common.Hash    `json:"task"`
	Enclave    common.Address `json:"enclave"`
	Slot       int            `json:"slot"`
	Block      uint64         `json:"block"`
	Records    uint64         `json:"records"`
	Epsilon    float64        `json:"epsilon"`
	// PrivacyUnit is what Epsilon is about: "record" or "user" (absent if
	// the node does not serve the task's document).
	PrivacyUnit string `json:"privacyUnit,omitempty"`
	State       string `json:"state"`
}

// historyGrant is a dataset's grant to one enclave and the ε spent under
// it, as the enclave's ledger on chain proves it.
type historyGrant struct {
	Enclave common.Address `json:"enclave"`
	Budget  float64        `json:"budget,omitempty"`
	Spent   float64        `json:"spent"`
	// PrivacyUnit is what Budget and Spent are about: "user" when the
	// grant requires user-level tasks, else "record" (user-level charges
	// also bound each record's, so the ledger adds both kinds soundly);
	// absent if the grant file cannot be read.
	PrivacyUnit  string      `json:"privacyUnit,omitempty"`
	LedgerRoot   common.Hash `json:"ledgerRoot"`
	LedgerProven bool        `json:"ledgerProven"`
	Reason       string      `json:"reason,omitempty"`
}

// historyDataset is one dataset in memoc user history.
type historyDataset struct {
	Dataset string         `json:"dataset"`
	Source  string         `json:"source,omitempty"`
	Grants  []historyGrant `json:"grants"`
	Tasks   []historyUse   `json:"tasks"`
}

// historyOutput is what memoc user history prints.
type historyOutput struct {
	Datasets   []historyDataset `json:"datasets"`
	Unreadable []string         `json:"unreadable,omitempty"`
}

func newUserHistoryCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Per dataset: the tasks that used it (from their lineage) and the ε spent (from the enclaves' proven ledgers)",
		Long: `history lists, for each dataset of this home, the market tasks whose results
used it: every result the enclaves it was granted to submitted to TaskMarket
is fetched from its node, its claim verified, and its lineage read. The ε
spent under each grant comes from the enclave's ε ledger, rebuilt from the
published result that set its ledger root and proven against that root on
chain (TaskMarket.ledgerRootOf); "proven" says it matched. It reads only:
no key or password is needed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, recs, enclaves, err := grantedEnclaves(cmd)
			if err != nil {
				return err
			}
			c, err := connectChain(cmd, readOnly)
			if err != nil {
				return err
			}
			defer closeChain(c)
			ids := make([]common.Hash, len(recs))
			for i, r := range recs {
				ids[i] = common.Hash(r.ID)
			}
			uses, ledgers, unreadable, err := dataowner.History(cmd.Context(), c, c.Backend(), nodeClients(nodeHTTP()), ids, enclaves)
			if err != nil {
				return fmt.Errorf("reading the history: %w", err)
			}
			ledgerOf := map[common.Address]dataowner.Ledger{}
			for _, l := range ledgers {
				ledgerOf[l.Enclave] = l
			}
			out := historyOutput{Datasets: []historyDataset{}, Unreadable: unreadable}
			for i, r := range recs {
				d := historyDataset{Dataset: "0x" + r.ID.String(), Source: r.Source, Grants: []historyGrant{}, Tasks: []historyUse{}}
				for _, g := range r.Grants {
					l := ledgerOf[g.Enclave]
					budget, unit := grantBudget(g)
					d.Grants = append(d.Grants, historyGrant{Enclave: g.Enclave, Budget: budget, Spent: l.Spent[ids[i]], PrivacyUnit: unit,
						LedgerRoot: l.Root, LedgerProven: l.Proven, Reason: l.Reason})
				}
				for _, u := range uses {
					if u.Dataset == ids[i] {
						d.Tasks = append(d.Tasks, historyUse{MarketTask: u.Task, Task: u.Document, Enclave: u.Enclave, Slot: int(u.Index), Block: u.Block,
							Records: u.Records, Epsilon: u.Epsilon, PrivacyUnit: u.PrivacyUnit, State: u.State})
					}
				}
				out.Datasets = append(out.Datasets, d)
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), out)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			for _, d := range out.Datasets {
				fmt.Fprintf(tw, "dataset %s (%s)\n", d.Dataset, d.Source)
				for _, g := range d.Grants {
					proven := "proven against the ledger root on chain"
					if !g.LedgerProven {
						proven = "NOT proven: " + g.Reason
					}
					unit := ""
					if g.PrivacyUnit != "" {
						unit = " (" + g.PrivacyUnit + "-level)"
					}
					fmt.Fprintf(tw, "  enclave %s\tε spent %.3f of %.3f%s\t%s\n", g.Enclave.Hex(), g.Spent, g.Budget, unit, proven)
				}
				for _, u := range d.Tasks {
					unit := ""
					if u.PrivacyUnit != "" {
						unit = " (" + u.PrivacyUnit + "-level)"
					}
					fmt.Fprintf(tw, "  market task %d\tenclave %s\t%d records, ε %.3f%s\tresult %s\n", u.MarketTask, u.Enclave.Hex(), u.Records, u.Epsilon, unit, u.State)
				}
				if len(d.Tasks) == 0 {
					fmt.Fprintln(tw, "  no task has used it")
				}
			}
			for _, u := range out.Unreadable {
				fmt.Fprintf(tw, "unreadable\t%s\n", u)
			}
			return tw.Flush()
		},
	}
	return cmd
}
