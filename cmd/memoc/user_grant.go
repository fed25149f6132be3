package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/memo-protocol/memo-compute/attest/pcs"
	"github.com/memo-protocol/memo-compute/attest/trust"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/keystore"
	"github.com/memo-protocol/memo-compute/nodeapi"
)

// trustedRoots returns the roots a node's quote must chain to: nil
// (Intel's root alone) on a deployment that trusts no simulated root, else
// the sim root file (--sim-root, default in the home, where memoc devnet
// writes it) after checking it is the one the registry names.
func trustedRoots(cmd *cobra.Command, c *chain.Client) ([]*x509.Certificate, error) {
	trusts, h, err := c.SimulatedRoots(cmd.Context())
	if err != nil {
		return nil, fmt.Errorf("reading the registry's simulated root: %w", err)
	}
	if !trusts {
		if given(cmd, flagSimRoot) {
			return nil, fmt.Errorf("--sim-root given but the deployment does not trust simulated roots: it is a production deployment, drop --sim-root")
		}
		return nil, nil
	}
	if h == (common.Hash{}) {
		// A registry that trusts simulated roots without naming one would
		// make any self-made root, and so any self-made quote, acceptable.
		return nil, fmt.Errorf("the deployment trusts simulated attestation roots but names none (hash zero): no sim root can be checked; redeploy the dev chain with memoc devnet, which registers its root's hash")
	}
	path, err := simRootPath(cmd)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("this dev chain trusts a simulated attestation root, but %s does not exist: memoc devnet writes it there; pass --sim-root FILE if it is elsewhere", path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading sim root: %w", err)
	}
	certs, err := trust.ParseRoots(b)
	if err != nil {
		return nil, fmt.Errorf("parsing sim root %s: %w", path, err)
	}
	if len(certs) != 1 {
		return nil, fmt.Errorf("%s holds %d certificates: want exactly one, the root memoc devnet wrote", path, len(certs))
	}
	cert := certs[0]
	if common.Hash(sha256.Sum256(cert.Raw)) != h {
		return nil, fmt.Errorf("%s is not the sim root the registry trusts (SHA-256 of its DER differs): is it from another dev chain? restart memoc devnet with this home or pass the right --sim-root", path)
	}
	return []*x509.Certificate{cert}, nil
}

// nodeReport is the output of inspect-node.
type nodeReport struct {
	Node        string              `json:"node"`
	Enclave     common.Address      `json:"enclave"`
	Measurement common.Hash         `json:"measurement"`
	Workload    *grant.WorkloadInfo `json:"workload,omitempty"`
	TCBStatus   pcs.TCBStatus       `json:"tcbStatus,omitempty"`
	Debug       bool                `json:"debug"`
	Verdict     string              `json:"verdict"`
	Reason      string              `json:"reason,omitempty"`
}

// verifyNode fetches and verifies a node's attestation over a fresh nonce.
// A refused node comes with its report (verdict "refused") and the error.
func verifyNode(cmd *cobra.Command, c *chain.Client, nodeURL string) (*grant.Node, *nodeReport, error) {
	ctx := cmd.Context()
	roots, err := trustedRoots(cmd, c)
	if err != nil {
		return nil, nil, err
	}
	h, err := homeOf(cmd)
	if err != nil {
		return nil, nil, err
	}
	np, err := nodePolicyOf(cmd, roots, filepath.Join(string(h), pcsCacheDir))
	if err != nil {
		return nil, nil, err
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, nil, fmt.Errorf("drawing a nonce: %w", err)
	}
	api, err := nodeapi.NewClient(nodeURL, &http.Client{Timeout: 30 * time.Second})
	if err != nil {
		return nil, nil, usagef("--node: %v", err)
	}
	dep := c.Deployment()
	opts := grant.NodeOptions{
		ChainID:    dep.ChainID,
		Registry:   dep.EnclaveRegistry,
		DataGrants: dep.DataGrants,
		Nonce:      nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) {
			return c.MeasurementAllowed(ctx, m)
		},
		Operator: c.EnclaveOperator,
	}
	np.apply(&opts)
	doc, err := api.AttestationFor(ctx, nonce, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("fetching the attestation of %s: %w: check --node and that the node is up", nodeURL, err)
	}
	if strings.HasPrefix(nodeURL, "https://") {
		opts.TLSKeyHash = doc.TLSKeyHash // Attestation checked it is the connection's: the quote must bind it
	}
	rep := &nodeReport{Node: nodeURL, Enclave: doc.Enclave, Measurement: doc.Measurement, Workload: doc.Workload}
	n, err := grant.VerifyNode(ctx, doc, opts)
	if err != nil {
		rep.Verdict, rep.Reason = "refused", err.Error()
		return nil, rep, err
	}
	rep.Measurement, rep.TCBStatus, rep.Debug, rep.Verdict = n.Measurement(), n.TCBStatus(), n.Debug(), "trusted"
	return n, rep, nil
}

func printNodeReport(w io.Writer, r *nodeReport) error {
	if global.json {
		return printJSON(w, r)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "node\t%s\n", r.Node)
	fmt.Fprintf(tw, "enclave\t%s\n", r.Enclave.Hex())
	fmt.Fprintf(tw, "measurement\t%s\n", r.Measurement.Hex())
	if r.Workload != nil {
		fmt.Fprintf(tw, "workload\t%s %s (claimed; measured in the quote)\n", r.Workload.Kind, r.Workload.ID.Hex())
	}
	if r.TCBStatus != "" {
		fmt.Fprintf(tw, "TCB status\t%s\n", r.TCBStatus)
		fmt.Fprintf(tw, "debug\t%v\n", r.Debug)
	}
	fmt.Fprintf(tw, "verdict\t%s\n", r.Verdict)
	if r.Reason != "" {
		fmt.Fprintf(tw, "reason\t%s\n", r.Reason)
	}
	return tw.Flush()
}

func newUserInspectCmd() *cobra.Command {
	var node string
	cmd := &cobra.Command{
		Use:   "inspect-node",
		Short: "Fetch and verify a TEE node's attestation (measurement, TCB status, verdict)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if node == "" {
				return usagef("--node URL is required")
			}
			c, err := connectChain(cmd, readOnly)
			if err != nil {
				return err
			}
			defer closeChain(c)
			_, rep, err := verifyNode(cmd, c, node)
			if rep != nil {
				if perr := printNodeReport(cmd.OutOrStdout(), rep); perr != nil {
					return perr
				}
			}
			if err != nil {
				return fmt.Errorf("node not trusted: do not grant to it: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&node, "node", "", "node API base URL, e.g. http://127.0.0.1:7070")
	addNodePolicyFlags(cmd.Flags())
	return cmd
}

// loadDataset reads the home's record of dataset id.
func loadDataset(cmd *cobra.Command, id string) (*keystore.Dir, *keystore.Dataset, error) {
	did, err := parseDatasetID(id)
	if err != nil {
		return nil, nil, err
	}
	ks, err := keys(cmd)
	if err != nil {
		return nil, nil, err
	}
	rec, err := ks.Dataset(did)
	if errors.Is(err, keystore.ErrNoDataset) {
		return nil, nil, fmt.Errorf("%w: see memoc user datasets for the datasets of this home", err)
	}
	if err != nil {
		return nil, nil, err
	}
	return ks, rec, nil
}

// policyView is a grant policy in --json output.
type policyView struct {
	Hash                       common.Hash      `json:"hash"`
	TaskOwners                 []common.Address `json:"taskOwners,omitempty"`
	Kinds                      []string         `json:"kinds,omitempty"`
	MinPricePerRecord          tokenAmount      `json:"minPricePerRecord"`
	MinPricePerRecordFormatted string           `json:"minPricePerRecordFormatted"`
	Epsilon                    float64          `json:"epsilon"`
	PrivacyUnit                string           `json:"privacyUnit"` // the unit the policy requires of tasks: "user", or "record" (either)
	Delta                      float64          `json:"delta"`
	Reexecution                bool             `json:"reexecution"`
}

// grantOutput is what memoc user grant --json prints. The signed grant
// itself is the file.
type grantOutput struct {
	Dataset     string         `json:"dataset"`
	Owner       common.Address `json:"owner"`
	Enclave     common.Address `json:"enclave"`
	Node        string         `json:"node"`
	Measurement common.Hash    `json:"measurement"`
	TCBStatus   pcs.TCBStatus  `json:"tcbStatus"`
	Policy      policyView     `json:"policy"`
	Expiry      uint64         `json:"expiry"`
	File        string         `json:"file"`
	Registered  bool           `json:"registered"`
	// SentToNode: the node took the signed grant and relayed it on chain
	// (Tx is its transaction).
	SentToNode bool        `json:"sentToNode"`
	Tx         common.Hash `json:"tx,omitzero"`
}

// grantRelayBlocks bounds how long a node may hold a signed grant before
// relaying it (its EIP-712 deadline): a day of 12-second blocks.
const grantRelayBlocks = 7_200

func newUserGrantCmd(f *userFlags) *cobra.Command {
	var dataset, node, minPrice, out, unit string
	var owners, kinds []string
	var epsilon, delta float64
	var blocks uint64
	var relay, self, reexec bool
	cmd := &cobra.Command{
		Use:   "grant",
		Short: "Verify a node's attestation, wrap the dataset key to its enclave, sign the grant and hand it to the node",
		Long: `Verify the node's attestation (as inspect-node), wrap the dataset's key to the
attested enclave's HPKE key, sign the grant as EIP-712 typed data and hand it
to the node (POST /v1/grants), which relays it to DataGrants with grantWithSig
and keeps it to serve tasks: this account needs no ETH. --self-register
registers it from this account instead (it pays the gas) and does not send
it: the node cannot relay a grant registered already, so give it the file.
With --relay nothing is sent: the signed grant is only written (--out) for
the node to relay.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if dataset == "" || node == "" {
				return usagef("--dataset ID and --node URL are required")
			}
			if relay && self {
				return usagef("--relay only signs, --self-register sends: pass one")
			}
			if unit != grant.UnitUser && unit != grant.UnitRecord {
				return usagef("--privacy-unit %q: want user (only tasks whose ε covers all of this dataset) or record (also record-level tasks)", unit)
			}
			if !(epsilon > 0) {
				return usagef("--epsilon is required: the total differential-privacy budget this grant allows (e.g. 4)")
			}
			price, err := chain.ParseMEMO(minPrice)
			if err != nil {
				return usagef("--min-price %q: %w", minPrice, err)
			}
			var taskOwners []common.Address
			for _, o := range owners {
				if !common.IsHexAddress(o) {
					return usagef("--task-owner %q is not an address", o)
				}
				taskOwners = append(taskOwners, common.HexToAddress(o))
			}
			ks, rec, err := loadDataset(cmd, dataset)
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
			vn, rep, err := verifyNode(cmd, c, node)
			if err != nil {
				if rep != nil {
					_ = printNodeReport(cmd.ErrOrStderr(), rep)
				}
				return fmt.Errorf("not granting: %w", err)
			}
			if len(kinds) == 0 && vn.Workload() != nil {
				kinds = []string{vn.Workload().Kind}
			}
			head, err := c.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("reading the block number: %w", err)
			}
			nonce, err := c.GrantNonce(ctx, c.Address())
			if err != nil {
				return fmt.Errorf("reading the grant nonce: %w", err)
			}
			dek, err := rec.DEK(key)
			if err != nil {
				return fmt.Errorf("%w: the dataset was uploaded from another account key", err)
			}
			raw, err := dek.Bytes()
			dek.Destroy()
			if err != nil {
				return fmt.Errorf("reading the data key: %w", err)
			}
			g, err := grant.Issue(vn, grant.Request{
				Dataset: common.Hash(rec.ID), Owner: c.Address(), Expiry: head + blocks, Nonce: nonce, Deadline: head + min(blocks, grantRelayBlocks),
				Policy: grant.Policy{TaskOwners: taskOwners, Kinds: kinds, MinPricePerRecord: price, Epsilon: epsilon, Delta: delta, Reexecution: reexec, PrivacyUnit: policyUnit(unit)},
			}, raw)
			clear(raw)
			if err != nil {
				return fmt.Errorf("issuing the grant: %w", err)
			}
			if err := g.Sign(key); err != nil {
				return fmt.Errorf("signing the grant: %w", err)
			}
			res := grantOutput{
				Dataset: "0x" + rec.ID.String(), Owner: g.Owner, Enclave: g.Enclave, Node: node,
				Measurement: vn.Measurement(), TCBStatus: vn.TCBStatus(), Expiry: g.Expiry,
				Policy: policyView{Hash: g.Policy.Hash(), TaskOwners: taskOwners, Kinds: kinds, MinPricePerRecord: tokenAmount{price},
					MinPricePerRecordFormatted: chain.FormatMEMO(price), Epsilon: epsilon, PrivacyUnit: unit, Delta: delta, Reexecution: reexec},
			}
			if self {
				rcpt, err := c.Grant(ctx, g.Dataset, g.Enclave, g.Policy.Hash(), g.Expiry)
				if err != nil {
					return fmt.Errorf("registering grant: %w", err)
				}
				res.Registered, res.Tx = true, rcpt.TxHash
			}
			var sendErr error
			if !relay && !self {
				// The node registers it (grantWithSig) and keeps it to
				// serve tasks.
				sendErr = sendGrant(cmd, node, vn.TLSKeyHash(), g, &res)
			}
			b, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				return fmt.Errorf("encoding the grant: %w", err)
			}
			gr := keystore.Grant{Enclave: g.Enclave, Node: node, PolicyHash: g.Policy.Hash(), Expiry: g.Expiry, File: out, Relayed: !self}
			if gr.File == "" {
				gr.File = ks.GrantFile(rec.ID, g.Enclave)
			}
			if err := ks.SaveGrant(rec, gr, append(b, '\n')); err != nil {
				return fmt.Errorf("saving the signed grant: %w", err)
			}
			res.File = gr.File
			if sendErr != nil {
				return fmt.Errorf("the node did not take the signed grant: %w; it is saved in %s (retry, or register it yourself with --self-register)", sendErr, gr.File)
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			state := "registered on chain by this account; give the file to the node"
			switch {
			case relay:
				state = "signed, not sent: give the file to the node to relay"
			case !self:
				state = fmt.Sprintf("handed to the node, which registered it on chain (tx %s)", res.Tx.Hex())
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "granted dataset %s to enclave %s (measurement %s, TCB %s)\npolicy %s, expires at block %d\n%s: %s\n",
				res.Dataset, g.Enclave.Hex(), res.Measurement.Hex(), res.TCBStatus, res.Policy.Hash.Hex(), g.Expiry, state, res.File)
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataset, "dataset", "", "dataset id, as memoc user upload printed it")
	fl.StringVar(&node, "node", "", "node API base URL")
	fl.StringSliceVar(&owners, "task-owner", nil, "allowed task owner address (repeatable; default any)")
	fl.StringSliceVar(&kinds, "kind", nil, "allowed workload kind (repeatable; default the node's workload kind)")
	fl.StringVar(&minPrice, "min-price", "0", "minimum price per record in MEMO")
	fl.Float64Var(&epsilon, "epsilon", 0, "differential-privacy budget ε over all tasks under this grant (required)")
	fl.Float64Var(&delta, "delta", 1e-5, "largest δ a task may use")
	fl.StringVar(&unit, "privacy-unit", grant.UnitRecord, `privacy unit the grant requires: "user" accepts only user-level DP tasks (ε about this owner and all their records), "record" also record-level ones (ε about one record); the budget is spent in the tasks' units`)
	fl.Uint64Var(&blocks, "expiry-blocks", 100_000, "blocks from now until the grant expires")
	fl.BoolVar(&relay, "relay", false, "only sign: write the grant for the node to relay (it pays the gas), send nothing")
	fl.BoolVar(&self, "self-register", false, "register the grant on chain from this account (it pays the gas) instead of sending it to the node")
	fl.BoolVar(&reexec, "allow-reexecution", false, "let another operator's enclave of the same measurement, to which you also grant, re-run tasks this node ran to check their results (charges no ε, releases only a hash)")
	fl.StringVar(&out, "out", "", "where to write the signed grant (default <home>/user/grants/DATASET-ENCLAVE.json)")
	addNodePolicyFlags(fl)
	return cmd
}

// sendGrant hands the signed grant to the node at nodeURL, which relays
// it on chain, and records the transaction.
func sendGrant(cmd *cobra.Command, nodeURL string, tlsKey common.Hash, g *grant.Grant, res *grantOutput) error {
	api, err := nodeapi.NewClient(nodeURL, &http.Client{Timeout: time.Minute})
	if err != nil {
		return usagef("--node: %v", err)
	}
	// Over https, only to the node whose TLS key the verified quote binds.
	if api, err = api.WithPinnedKey(tlsKey); err != nil {
		return err
	}
	r, err := withSpinner("handing the grant to the node", func() (nodeapi.TxReceipt, error) { return api.SendGrant(cmd.Context(), g) })
	if err != nil {
		return err
	}
	res.SentToNode, res.Registered, res.Tx = true, true, r.Tx
	return nil
}

// revokeOutput is what memoc user revoke --json prints.
type revokeOutput struct {
	Dataset string         `json:"dataset"`
	Enclave common.Address `json:"enclave"`
	Block   uint64         `json:"block"`
	Tx      common.Hash    `json:"tx"`
}

func newUserRevokeCmd(f *userFlags) *cobra.Command {
	var dataset, enclave string
	cmd := &cobra.Command{
		Use:   "revoke",
		Short: "Revoke a dataset's grant to an enclave on chain",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataset == "" || enclave == "" {
				return usagef("--dataset ID and --enclave ADDRESS are required")
			}
			if !common.IsHexAddress(enclave) {
				return usagef("--enclave %q is not an address", enclave)
			}
			_, rec, err := loadDataset(cmd, dataset)
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
			e := common.HexToAddress(enclave)
			rcpt, err := c.Revoke(cmd.Context(), common.Hash(rec.ID), e)
			if err != nil {
				return fmt.Errorf("revoking: %w", err)
			}
			res := revokeOutput{Dataset: "0x" + rec.ID.String(), Enclave: e, Block: rcpt.BlockNumber.Uint64(), Tx: rcpt.TxHash}
			if global.json {
				return printJSON(cmd.OutOrStdout(), res)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "revoked dataset %s for enclave %s at block %d (tx %s)\n", res.Dataset, e.Hex(), res.Block, res.Tx.Hex())
			return err
		},
	}
	cmd.Flags().StringVar(&dataset, "dataset", "", "dataset id")
	cmd.Flags().StringVar(&enclave, "enclave", "", "enclave address")
	return cmd
}

// policyUnit is the policy's PrivacyUnit for --privacy-unit: "record"
// (accept either unit) is the policy without a unit, whose hash is the one
// grants had before the field existed.
func policyUnit(unit string) string {
	if unit == grant.UnitRecord {
		return ""
	}
	return unit
}
