package cluster

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/validate"
	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/verifier"
)

// grantTTL is how many blocks a grant holds.
const grantTTL = 100_000

// grantRelayWindow is how many blocks a node has to relay a signed grant
// (its deadline), after which the signature is void.
const grantRelayWindow = 1_000

// Run runs one training task end to end (DESIGN §2) and reports it:
//
//  1. each user fetches its node's attestation over a fresh nonce,
//     verifies it, wraps its data key to the enclave under a policy (this
//     company, this workload kind, a price floor, an ε budget) and sends
//     the EIP-712-signed grant to the node, which relays it on chain;
//  2. the company publishes the task (with a task market: one market task,
//     one result slot per enclave, escrowing the fee), sends the task
//     document to every assigned node over HTTP and, after verifying each
//     node's attestation, its warm-start model sealed to that enclave;
//  3. the nodes' enclaves admit the grants, open the company's input,
//     decrypt, train with DP-SGD from the company's parameters and FedAvg
//     among themselves, agree on the federation's usage, and return the
//     model encrypted to the company with a signed claim over the same
//     federation-wide lineage and payout roots, which each node publishes
//     (and with a market submits on chain);
//  4. every verifier checks every result from public evidence and (with
//     a market) votes; the market settles: nodes and verifiers paid, the
//     users' share committed as a Merkle root they claim from, failing
//     nodes slashed;
//  5. the company decrypts a result that passed and evaluates it on its
//     held-out data.
//
// Once the run has settled, each enclave's ε ledger after the task is
// rebuilt from the result its node published and proven against the
// enclave's ledger root on chain; each data owner's ε is read from it
// (Report.Ledgers, UserReport.LedgerEpsilon).
//
// Finally the simulator re-runs the same training in the clear from its
// own copy of the data (Report.Reference) for the per-round curve.
func (c *Cluster) Run(ctx context.Context) (*Report, error) {
	start := time.Now()
	const steps = 8
	rep := &Report{
		Users: len(c.users), Nodes: len(c.nodes), Verifiers: len(c.verifiers), Rounds: c.spec.Rounds, Epsilon: c.spec.DP.Epsilon, Data: c.cfg.Data,
		Measurement: c.measure, Company: c.company.Address(), TestRecords: c.company.test.Len(), SetupSeconds: c.setupTime.Seconds(),
		WarmStart: c.company.warm,
	}

	c.progress("users verify nodes and grant", 0, steps)
	if err := c.grantAll(ctx); err != nil {
		return nil, fmt.Errorf("%w: granting: %w", ErrFlow, err)
	}

	c.progress("company publishes the task (escrow) and sends it to the nodes", 1, steps)
	task, err := c.newTask()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFlow, err)
	}
	rep.Task = task.ID
	c.task = task
	rep.PricePerRecord = task.PricePerRecord
	market, why := c.marketReady()
	var before *balances
	if market {
		if before, err = c.snapshot(ctx); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		fee, err := c.publish(ctx, task)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		params, err := c.company.client.MarketParams(ctx)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		k := int64(len(task.Assignments))
		rep.Fees = &Fees{Escrowed: fee, NodeSlash: params.NodeSlash,
			Split: chain.Split{UsersBps: SplitUsers, NodesBps: SplitNodes, VerifiersBps: SplitVerifiers},
			Task:  MarketTask{ID: task.MarketID, Fee: fee, Share: new(big.Int).Div(fee, big.NewInt(k))}}
		for i, a := range task.Assignments {
			rep.Fees.Task.Results = append(rep.Fees.Task.Results, MarketResult{Index: i, Enclave: a.Enclave})
		}
	} else {
		rep.Market = why
	}
	for i, a := range task.Assignments {
		if err := c.api(a.Node).SendTask(ctx, task); err != nil {
			return nil, fmt.Errorf("%w: node %d: %w", ErrFlow, i, err)
		}
		if err := c.sendInput(ctx, task, a); err != nil {
			return nil, fmt.Errorf("%w: node %d: %w", ErrFlow, i, err)
		}
	}

	c.progress("enclaves train (DP-SGD + FedAvg) and nodes submit", 2, steps)
	trainStart := time.Now()
	if err := c.awaitSubmitted(ctx, task, market); err != nil {
		return nil, fmt.Errorf("%w: training: %w", ErrFlow, err)
	}
	rep.TrainSeconds = time.Since(trainStart).Seconds()

	c.progress("committees are drawn; nodes publish results", 3, steps)
	if market {
		if err := c.draw(ctx, task); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
	}
	evs := make([]*nodeapi.Evidence, len(task.Assignments))
	for i, a := range task.Assignments {
		if evs[i], err = c.api(a.Node).Evidence(ctx, task.ID); err != nil {
			return nil, fmt.Errorf("%w: node %d: %w", ErrFlow, i, err)
		}
	}
	if rep.Reexecution, err = c.reexecute(ctx, task, evs); err != nil {
		return nil, fmt.Errorf("%w: re-executing: %w", ErrFlow, err)
	}

	c.progress("verifiers check results", 4, steps)
	verdicts, err := c.verify(ctx, task, evs)
	if err != nil {
		return nil, fmt.Errorf("%w: verifying: %w", ErrFlow, err)
	}

	c.progress("company decrypts and evaluates", 5, steps)
	if err := c.evaluate(task, evs, verdicts, rep); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFlow, err)
	}
	c.report(task, evs, verdicts, rep)
	if market {
		c.progress("verifiers vote, the market settles, data owners claim", 6, steps)
		voted, err := c.vote(ctx, task, verdicts)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		for j := range rep.VerifierReports {
			rep.VerifierReports[j].Votes = len(voted[j])
		}
		if err := c.settle(ctx, task, evs, voted, rep.Fees); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		after, err := c.snapshot(ctx)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFlow, err)
		}
		c.account(before, after, rep)
	}
	if err := c.ledgers(ctx, task, evs, rep); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFlow, err)
	}

	c.progress("reference re-run in the clear", 7, steps)
	if err := c.reference(ctx, task, rep); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFlow, err)
	}
	rep.Gas = c.gas.snapshot()
	rep.RunSeconds = time.Since(start).Seconds()
	c.progress("done", steps, steps)
	rep.Steps = slices.Clone(c.steps)
	return rep, nil
}

// policy is the data owners' consent: the company's tasks of the
// workload's kind, within twice the task's ε (user-level DP required of a
// user-level run), at MinPricePerRecord at least; when the run cannot
// settle on TaskMarket, the task pays nothing and the owners consent to an
// unpaid task.
func (c *Cluster) policy() grant.Policy {
	price := MinPricePerRecord
	if market, _ := c.marketReady(); !market {
		price = new(big.Int)
	}
	return grant.Policy{
		TaskOwners:        []common.Address{c.company.Address()},
		Reexecution:       c.standby != nil,
		Kinds:             []string{c.workload.Kind},
		MinPricePerRecord: price,
		Epsilon:           2 * c.spec.DP.Epsilon,
		Delta:             c.spec.DP.Delta,
		// Owners of a user-level run require user-level DP, so their
		// budget (and the ledger charged against it) is about them.
		PrivacyUnit: c.requiredUnit(),
	}
}

// requiredUnit is the privacy unit the owners' grants require: user for a
// user-level run, none otherwise (a record-level ledger).
func (c *Cluster) requiredUnit() string {
	if c.spec.PrivacyUnit() == train.UnitUser {
		return grant.UnitUser
	}
	return ""
}

// grantAll runs every user's side of the grant, a few users at a time
// (ownerWorkers): each verifies its node's attestation and signs a grant
// wrapping its data key to the enclave (and one to the standby
// re-executor, with its next nonce). The nodes' operators relay the signed
// grants on chain in batches (grantBatchWithSig, grantBatch per
// transaction; the standby's after the nodes'), then each grant is handed
// to its node, which finds it on chain and keeps it without relaying it
// again.
func (c *Cluster) grantAll(ctx context.Context) error {
	primary := make([]*grant.Grant, len(c.users))
	var standby []*grant.Grant
	if c.standby != nil {
		standby = make([]*grant.Grant, len(c.users))
	}
	err := forEach(len(c.users), ownerWorkers(), func(i int) error {
		u := c.users[i]
		gn, err := u.client.GrantNonce(ctx, u.Address())
		if err != nil {
			return err
		}
		if primary[i], err = c.signGrant(ctx, u, c.nodeURLs[u.node], gn); err != nil || standby == nil {
			return err
		}
		standby[i], err = c.signGrant(ctx, u, c.standbyURL, new(big.Int).Add(gn, big.NewInt(1)))
		return err
	})
	if err != nil {
		return err
	}
	if err := c.relayGrants(ctx, primary, func(u *User) *chain.Client { return c.nodeOps[u.node] }); err != nil {
		return err
	}
	if standby != nil {
		if err := c.relayGrants(ctx, standby, func(*User) *chain.Client { return c.standbyOp }); err != nil {
			return err
		}
	}
	for i, u := range c.users {
		u.granted = primary[i]
	}
	if err := c.handGrants(ctx, primary, func(u *User) string { return c.nodeURLs[u.node] }); err != nil {
		return err
	}
	if standby != nil {
		if err := c.handGrants(ctx, standby, func(*User) string { return c.standbyURL }); err != nil {
			return err
		}
	}
	for _, i := range c.cfg.Revoke {
		u := c.users[i]
		// Owners hold no ETH (nodes relay their grants); this one pays for
		// its revocation itself.
		if err := c.net.Governance().Fund(ctx, []common.Address{u.Address()}, big.NewInt(1e16), nil); err != nil {
			return err
		}
		rcpt, err := u.client.Revoke(ctx, u.Dataset(), c.nodes[u.node].Enclave())
		if err := c.gas.addErr("users: revoke grant", rcpt, err); err != nil {
			return fmt.Errorf("owner %d revoking: %w", i, err)
		}
	}
	return nil
}

// grantBatch is how many signed grants one relay transaction carries.
const grantBatch = 100

// relayGrants has each user's relayer (relayerOf) relay the grants in
// batches of grantBatch, the relayers side by side. A skipped entry fails
// the run: every grant here is fresh and well signed.
func (c *Cluster) relayGrants(ctx context.Context, grants []*grant.Grant, relayerOf func(*User) *chain.Client) error {
	var relayers []*chain.Client
	queues := map[*chain.Client][]chain.SignedGrant{}
	for i, g := range grants {
		r := relayerOf(c.users[i])
		if _, ok := queues[r]; !ok {
			relayers = append(relayers, r)
		}
		queues[r] = append(queues[r], chain.SignedGrant{Owner: g.Owner, Message: g.Message(), Signature: g.Signature})
	}
	return forEach(len(relayers), len(relayers), func(k int) error {
		r := relayers[k]
		q := queues[r]
		for start := 0; start < len(q); start += grantBatch {
			rcpt, skipped, err := r.GrantBatchWithSig(ctx, q[start:min(start+grantBatch, len(q))])
			if err != nil {
				return fmt.Errorf("relaying grants: %w", err)
			}
			if len(skipped) > 0 {
				s := skipped[0]
				return fmt.Errorf("relaying the grant of %s: %w", s.Owner, s.Err)
			}
			c.gas.add(fmt.Sprintf("nodes: relay signed grants (batches of %d)", grantBatch), rcpt)
		}
		return nil
	})
}

// signGrant is a user's grant to the node at url with grant nonce gn:
// verify its attestation, wrap the data key to its enclave, sign.
func (c *Cluster) signGrant(ctx context.Context, u *User, url string, gn *big.Int) (*grant.Grant, error) {
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	dep := c.net.Deployment()
	opts := grant.NodeOptions{
		Verify: c.attestation(), Policy: validate.Policy{MREnclaves: [][32]byte{c.measure}},
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Nonce: nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) { return u.client.MeasurementAllowed(ctx, m) },
		Operator:           u.client.EnclaveOperator,
	}
	doc, err := c.api(url).AttestationFor(ctx, nonce, opts)
	if err != nil {
		return nil, err
	}
	n, err := grant.VerifyNode(ctx, doc, opts)
	if err != nil {
		return nil, fmt.Errorf("user %s: %w", u.Address(), err)
	}
	head, err := u.client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	g, err := grant.Issue(n, grant.Request{Dataset: u.Dataset(), Owner: u.Address(), Policy: c.policy(), Expiry: head + grantTTL, Nonce: gn, Deadline: head + grantRelayWindow}, u.dek)
	if err != nil {
		return nil, err
	}
	return g, g.Sign(u.key)
}

// handGrants hands the relayed grants (grants[i] is user i's) to the
// nodes that keep them (urlOf), in batches (nodeapi.Client.SendGrants), the
// nodes side by side; a node that relays a grant itself is counted as such,
// and a grant a node refuses fails the run naming its owner.
func (c *Cluster) handGrants(ctx context.Context, grants []*grant.Grant, urlOf func(*User) string) error {
	var urls []string
	queues := map[string][]int{}
	for i := range grants {
		url := urlOf(c.users[i])
		if _, ok := queues[url]; !ok {
			urls = append(urls, url)
		}
		queues[url] = append(queues[url], i)
	}
	return forEach(len(urls), len(urls), func(k int) error {
		q := queues[urls[k]]
		batch := make([]*grant.Grant, len(q))
		for j, i := range q {
			batch[j] = grants[i]
		}
		res, err := c.api(urls[k]).SendGrants(ctx, batch)
		if err != nil {
			return err
		}
		for j, r := range res {
			if r.Error != "" {
				return fmt.Errorf("user %s: sending grant: %s", c.users[q[j]].Address(), r.Error)
			}
			if r.GasUsed > 0 {
				c.gas.addGas("nodes: relay signed grant", r.GasUsed)
			}
		}
		return nil
	})
}

// newTask builds the company's task document: every node assigned the
// datasets of the users who granted to it, paid so that the users' share
// of the fee covers every assigned record.
func (c *Cluster) newTask() (*nodeapi.Task, error) {
	t := &nodeapi.Task{Owner: c.company.Address(), Spec: c.spec, Measurement: c.measure, ResultKey: c.company.key.PublicKey().Bytes(), Reexecute: c.cfg.Reexecute}
	if _, err := rand.Read(t.Nonce[:]); err != nil {
		return nil, err
	}
	var records uint64
	for i, n := range c.nodes {
		a := nodeapi.Assignment{Enclave: n.Enclave(), Node: c.nodeURLs[i]}
		for _, u := range c.users {
			if u.node == i {
				a.Datasets = append(a.Datasets, u.Dataset())
				records += u.manifest.Records
			}
		}
		t.Assignments = append(t.Assignments, a)
	}
	// Each passing result pays data owners ⌊⌊fee/K⌋·usersBps/10⁴⌋, which
	// must cover every record at the market's floor, the price over K
	// (TaskMarket checks it at submission); computing the price from the
	// whole fee instead would round above that when K does not divide it.
	k := big.NewInt(int64(len(t.Assignments)))
	users := new(big.Int).Div(c.fee, k)
	users.Mul(users, big.NewInt(SplitUsers)).Div(users, big.NewInt(10_000)).Mul(users, k)
	// Rounded down to a micro-MEMO so that the price reads well.
	micro := big.NewInt(1e12)
	t.PricePerRecord = users.Div(users, new(big.Int).SetUint64(records)).Div(users, micro).Mul(users, micro)
	if c.company.input != nil {
		t.InputCommitment = c.company.input.Commitment()
	}
	t.ID = t.Hash()
	if market, _ := c.marketReady(); !market {
		// Off-market, the enclaves take the owner from its signature.
		et := &enclave.Task{ID: t.ID, ResultKey: t.ResultKey}
		if err := enclave.SignOffMarket(c.company.account, c.net.Deployment().ChainID, et); err != nil {
			return nil, err
		}
		t.OwnerSignature = et.OwnerSignature
	}
	return t, t.Validate()
}

// sendInput is the company's side of the private input: verify the node's
// attestation over a fresh nonce (this deployment, the task's measurement,
// allowed on chain), then seal the warm-start parameters to exactly the
// attested enclave key and post the ciphertext to the node.
func (c *Cluster) sendInput(ctx context.Context, t *nodeapi.Task, a nodeapi.Assignment) error {
	if c.company.input == nil {
		return nil
	}
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return err
	}
	doc, err := c.api(a.Node).Attestation(ctx, nonce)
	if err != nil {
		return err
	}
	dep := c.net.Deployment()
	co := c.company.client
	n, err := grant.VerifyNode(ctx, doc, grant.NodeOptions{
		Verify: c.attestation(), Policy: validate.Policy{MREnclaves: [][32]byte{t.Measurement}},
		ChainID: dep.ChainID, Registry: dep.EnclaveRegistry, DataGrants: dep.DataGrants, Nonce: nonce,
		MeasurementAllowed: func(ctx context.Context, m common.Hash) (bool, error) { return co.MeasurementAllowed(ctx, m) },
		Operator:           co.EnclaveOperator,
	})
	if err != nil {
		return fmt.Errorf("company verifying node: %w", err)
	}
	if n.Enclave() != a.Enclave {
		return fmt.Errorf("%w: node %s serves enclave %s, task assigns %s", nodeapi.ErrTask, a.Node, n.Enclave(), a.Enclave)
	}
	sealed, err := enclave.SealInput(n, t.ID, c.company.input)
	if err != nil {
		return err
	}
	return c.api(a.Node).WithSigner(c.company.account).SendInput(ctx, sealed)
}

// verify has every verifier check every result.
func (c *Cluster) verify(ctx context.Context, t *nodeapi.Task, evs []*nodeapi.Evidence) ([][]verifier.Verdict, error) {
	out := make([][]verifier.Verdict, len(c.verifiers))
	errs := make([]error, len(c.verifiers))
	var wg sync.WaitGroup
	for i, v := range c.verifiers {
		wg.Go(func() { out[i], errs[i] = v.Check(ctx, t, evs) })
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// passed reports whether a majority of verifiers passed result i.
func passed(verdicts [][]verifier.Verdict, i int) bool {
	n := 0
	for _, vs := range verdicts {
		if vs[i].Pass {
			n++
		}
	}
	return 2*n > len(verdicts)
}

// evaluate is the company's side: decrypt the first result the verifiers
// passed and evaluate the model on its held-out data.
func (c *Cluster) evaluate(t *nodeapi.Task, evs []*nodeapi.Evidence, verdicts [][]verifier.Verdict, rep *Report) error {
	i := -1
	for j := range evs {
		if passed(verdicts, j) {
			i = j
			break
		}
	}
	if i < 0 {
		// Every result failed: the company keeps its fee back (the market
		// refunds failed shares) and has no model to open.
		rep.NoModel = "no result passed verification: the company has no model"
		return nil
	}
	r := evs[i].Result
	pt, err := enclave.OpenResult(c.company.key, r)
	if err != nil {
		return fmt.Errorf("opening the result: %w", err)
	}
	var p train.Params
	if err := p.UnmarshalBinary(pt); err != nil {
		return fmt.Errorf("decoding the model: %w", err)
	}
	m := &train.Model{Kind: t.Spec.Model, Features: t.Spec.Features, Hidden: t.Spec.Hidden, Classes: t.Spec.Classes, Params: p}
	if rep.Accuracy, rep.Loss, err = m.Evaluate(c.company.test); err != nil {
		return fmt.Errorf("evaluating the model: %w", err)
	}
	rep.ModelHash = r.ModelHash
	rep.OpenedFrom = r.Enclave
	return nil
}

// reference re-runs the training in the clear with the records each
// enclave actually used and each enclave's secret noise seed for the task,
// evaluating every round on the company's data. Reading the seeds is the
// simulator's privilege (enclave.SimNoiseSeed): the sim enclaves live in
// this process. No real participant can do this; without the seeds a
// clear re-run draws other noise and does not reproduce the model.
func (c *Cluster) reference(ctx context.Context, t *nodeapi.Task, rep *Report) error {
	byDataset := make(map[common.Hash]*User, len(c.users))
	for _, u := range c.users {
		byDataset[u.Dataset()] = u
	}
	parts := make([][]train.Slice, len(c.nodes))
	noise := make([]train.NoiseSeed, len(c.nodes))
	for i, n := range c.nodes {
		ev, err := n.Result(t.ID)
		if err != nil {
			return err
		}
		sim := c.sims[i]
		if noise[i], err = enclave.SimNoiseSeed(sim, t.ID); err != nil {
			return fmt.Errorf("reference run: %w", err)
		}
		for _, us := range ev.Result.Usage {
			u := byDataset[us.Dataset]
			if u == nil {
				return fmt.Errorf("reference run: enclave %s used dataset %s of no data owner", n.Enclave(), us.Dataset)
			}
			parts[i] = append(parts[i], train.Slice{User: us.Dataset.Hex(), Data: c.ownerData(u.index)})
		}
	}
	var init train.Params
	if c.company.input != nil {
		init = c.company.input.Init
	}
	res, err := train.Train(ctx, t.Spec, parts, train.Options{Eval: c.company.test, Init: init, Noise: noise})
	clear(noise)
	if err != nil {
		return fmt.Errorf("reference run: %w", err)
	}
	pt, err := res.Model.Params.MarshalBinary()
	if err != nil {
		return err
	}
	rep.Reference = Reference{Rounds: res.Rounds, ModelHash: sha256.Sum256(pt)}
	rep.Reference.Reproduces = rep.Reference.ModelHash == rep.ModelHash
	return nil
}
