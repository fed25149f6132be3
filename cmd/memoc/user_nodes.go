package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// nodeView is one registered enclave in memoc user nodes.
type nodeView struct {
	Enclave                common.Address `json:"enclave"`
	Operator               common.Address `json:"operator"`
	Measurement            common.Hash    `json:"measurement"`
	Status                 string         `json:"status"`
	Active                 bool           `json:"active"`
	ApprovedUntil          uint64         `json:"approvedUntil,omitempty"`
	URL                    string         `json:"url,omitempty"`
	Workload               string         `json:"workload,omitempty"`
	TCBStatus              string         `json:"tcbStatus"`
	Reason                 string         `json:"reason,omitempty"`
	OperatorStake          tokenAmount    `json:"operatorStake"`
	OperatorStakeFormatted string         `json:"operatorStakeFormatted"`
}

func newUserNodesCmd() *cobra.Command {
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "nodes",
		Short: "List the TEE nodes of the registry: measurement, status, TCB status, operator stake and URL",
		Long: `nodes lists every enclave registered in EnclaveRegistry with its measurement,
registry status (and whether it is active: approved, measurement allowed,
operator staked), its node URL and its operator's stake. Each node's
attestation is fetched over a fresh nonce and verified as inspect-node does,
within --timeout: the TCB status is the verified quote's, "refused" (with the
reason) when verification fails and "unreachable" when the node does not
answer.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if timeout <= 0 {
				return usagef("--timeout %s: want a positive duration", timeout)
			}
			ctx := cmd.Context()
			c, err := connectChain(cmd, readOnly)
			if err != nil {
				return err
			}
			defer closeChain(c)
			roots, err := trustedRoots(cmd, c)
			if err != nil {
				return err
			}
			h, err := homeOf(cmd)
			if err != nil {
				return err
			}
			np, err := nodePolicyOf(cmd, roots, filepath.Join(string(h), pcsCacheDir))
			if err != nil {
				return err
			}
			all, err := c.RegisteredEnclaves(ctx)
			if err != nil {
				return err
			}
			head, err := c.BlockNumber(ctx)
			if err != nil {
				return err
			}
			var out []nodeView
			seen := map[common.Address]bool{}
			for _, e := range all {
				if seen[e] {
					continue
				}
				seen[e] = true
				info, err := c.Enclave(ctx, e)
				if err != nil {
					return err
				}
				v := nodeView{Enclave: e, Operator: info.Operator, Measurement: info.Measurement, Status: info.Status.String()}
				if info.ApprovedAt(head) {
					v.ApprovedUntil = info.ApprovedUntil
				}
				if v.Active, err = c.EnclaveActive(ctx, e); err != nil {
					return err
				}
				if v.URL, err = c.Endpoint(ctx, e); err != nil {
					return err
				}
				st, err := c.StakeOf(ctx, info.Operator)
				if err != nil {
					return err
				}
				v.OperatorStake, v.OperatorStakeFormatted = tokenAmount{orZero(st.Staked)}, chain.FormatMEMO(orZero(st.Staked))
				out = append(out, v)
			}
			hc := &http.Client{Timeout: timeout}
			opts := nodeOptions(c, roots)
			np.apply(&opts)
			var wg sync.WaitGroup
			for i := range out {
				wg.Go(func() { probeNode(ctx, hc, opts, timeout, &out[i]) })
			}
			wg.Wait()
			if global.json {
				if out == nil {
					out = []nodeView{}
				}
				return printJSON(cmd.OutOrStdout(), out)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "enclave\tstatus\tmeasurement\tTCB\toperator stake\tURL")
			for _, v := range out {
				status := v.Status
				if v.Active {
					status = "active"
				} else if v.Status == chain.EnclaveActive.String() {
					status = "inactive"
				}
				tcb := v.TCBStatus
				if v.Reason != "" && v.TCBStatus == "refused" {
					tcb += " (" + v.Reason + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", v.Enclave.Hex(), status, v.Measurement.TerminalString(), tcb, v.OperatorStakeFormatted, v.URL)
			}
			if len(out) == 0 {
				fmt.Fprintln(tw, "(no enclave registered)")
			}
			return tw.Flush()
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 5*time.Second, "how long to wait for each node's attestation")
	addNodePolicyFlags(cmd.Flags())
	return cmd
}

// probeNode fetches and verifies the node's attestation, filling its TCB
// status: the quote's, "refused" or "unreachable".
func probeNode(ctx context.Context, hc *http.Client, opts grant.NodeOptions, timeout time.Duration, v *nodeView) {
	v.TCBStatus = "unreachable"
	if v.URL == "" {
		v.Reason = "no node URL in the registry"
		return
	}
	api, err := nodeapi.NewClient(v.URL, hc)
	if err != nil {
		v.Reason = err.Error()
		return
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		v.Reason = err.Error()
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	doc, err := api.Attestation(ctx, nonce)
	if err != nil {
		v.Reason = err.Error()
		if errors.Is(err, grant.ErrMalformed) || errors.Is(err, grant.ErrNodeNotTrusted) {
			v.TCBStatus = "refused"
		}
		return
	}
	if doc.Workload != nil {
		v.Workload = doc.Workload.Kind
	}
	opts.Nonce = nonce
	n, err := grant.VerifyNode(ctx, doc, opts)
	if err != nil {
		v.TCBStatus, v.Reason = "refused", err.Error()
		return
	}
	if n.Enclave() != v.Enclave {
		v.TCBStatus, v.Reason = "refused", fmt.Sprintf("the URL serves enclave %s", n.Enclave())
		return
	}
	v.TCBStatus = string(n.TCBStatus())
}

// orZero returns v, or zero if nil.
func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
