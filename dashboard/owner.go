package dashboard

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// ---- data owner ----

type grantRow struct {
	Dataset    common.Hash
	Enclave    common.Address
	NodeURL    string
	PolicyHash common.Hash
	Budget     float64 // the policy's ε (−1: the node did not say)
	Unit       string  // what Budget is about: grant.Policy.LedgerUnit
	Kinds      string
	Granted    uint64
	Expiry     uint64
	Revoked    uint64
	State      string
	Active     bool
	RevokeCmd  string
}

type datasetRow struct {
	ID      common.Hash
	Records uint64 // 0: no node said
	Spent   float64
	Proven  bool
	Tasks   []uint64
}

type earningRow struct {
	Task    uint64
	Amount  *big.Int // paid for the task (leaf amount × passing results)
	Claimed bool
	Block   uint64
}

type epsPoint struct {
	Dataset common.Hash
	Task    uint64
	Block   uint64
	Spent   float64
	Proven  bool
	Enclave common.Address
}

type ownerData struct {
	Address    common.Address
	Datasets   []datasetRow
	Grants     []grantRow
	Earnings   []earningRow
	Claimed    *big.Int
	Claimable  *big.Int
	Points     []epsPoint
	Chart      template.HTML
	History    []grantEvent // every grant and revocation, oldest first
	Relay      bool
	Notes      []string
	DataGrants common.Address
	ChainID    uint64
}

func (s *Server) ownerPage(ctx context.Context, r *http.Request) (string, any, error) {
	addr, err := parseAddress("owner", r.PathValue("address"))
	if err != nil {
		return "", nil, err
	}
	s.ix.mu.RLock()
	oe, ok := s.ix.owners[addr]
	var grants []grantKey
	var claims []claimEvent
	var datasets []common.Hash
	var history []grantEvent
	tasksOf := map[common.Address][]uint64{}
	submitted := map[uint64]map[common.Address]uint64{}
	submitTx := map[uint64]map[common.Address]common.Hash{}
	if ok {
		grants, claims, datasets, history = slices.Clone(oe.Grants), slices.Clone(oe.Claims), slices.Clone(oe.Datasets), slices.Clone(oe.History)
		for _, g := range grants {
			if ee := s.ix.enclave[g.Enclave]; ee != nil {
				tasksOf[g.Enclave] = slices.Clone(ee.Tasks)
				for _, id := range ee.Tasks {
					if te := s.ix.task[id]; te != nil {
						if submitted[id] == nil {
							submitted[id], submitTx[id] = map[common.Address]uint64{}, map[common.Address]common.Hash{}
						}
						submitted[id][g.Enclave], submitTx[id][g.Enclave] = te.SubmitBlock[g.Enclave], te.SubmitTx[g.Enclave]
					}
				}
			}
		}
	}
	s.ix.mu.RUnlock()
	if !ok {
		return "", nil, fmt.Errorf("%w: %s has granted nothing and claimed nothing on this deployment", ErrNotFound, addr.Hex())
	}
	c := s.opts.Chain
	d := &ownerData{Address: addr, Claimed: new(big.Int), Claimable: new(big.Int), Relay: s.opts.Relayer != nil,
		DataGrants: s.dep.DataGrants, ChainID: s.dep.ChainID, History: history}
	head := s.Status().Block
	urls := map[common.Address]string{}
	for _, g := range grants {
		if _, ok := urls[g.Enclave]; ok {
			continue
		}
		if urls[g.Enclave], err = c.Endpoint(ctx, g.Enclave); err != nil {
			return "", nil, err
		}
	}
	records := map[common.Hash]uint64{}
	for _, g := range grants {
		info, err := c.GrantOf(ctx, g.Dataset, g.Enclave)
		if err != nil {
			return "", nil, err
		}
		row := grantRow{Dataset: g.Dataset, Enclave: g.Enclave, NodeURL: urls[g.Enclave], PolicyHash: info.PolicyHash, Budget: -1,
			Granted: info.GrantedBlock, Expiry: info.Expiry, Revoked: info.RevokedBlock, Active: info.Active(head)}
		switch {
		case info.RevokedBlock != 0:
			row.State = fmt.Sprintf("revoked at block %d", info.RevokedBlock)
		case head >= info.Expiry:
			row.State = fmt.Sprintf("expired at block %d", info.Expiry)
		case row.Active:
			row.State = "active"
		default:
			row.State = "not yet active"
		}
		if row.NodeURL != "" {
			if o, err := s.offers(ctx, row.NodeURL); err == nil {
				for _, off := range o.Datasets {
					if off.Dataset == g.Dataset && off.Policy.Hash() == info.PolicyHash {
						row.Budget, row.Unit, row.Kinds = off.Policy.Epsilon, off.Policy.LedgerUnit(), clip(strings.Join(off.Policy.Kinds, ", "))
						records[g.Dataset] = max(records[g.Dataset], off.Records)
					}
				}
			}
		}
		row.RevokeCmd = fmt.Sprintf("memoc user revoke --dataset %s --enclave %s", g.Dataset.Hex(), g.Enclave.Hex())
		d.Grants = append(d.Grants, row)
	}

	// ε over time, per dataset: each enclave's published ledger after each
	// task it submitted, proven against the root the chain recorded then.
	spent := map[common.Hash]epsPoint{}
	used := map[common.Hash][]uint64{}
	for _, g := range grants {
		url := urls[g.Enclave]
		for _, id := range tasksOf[g.Enclave] {
			b := submitted[id][g.Enclave]
			if b == 0 || url == "" {
				continue
			}
			h, err := s.taskHash(ctx, id)
			if err != nil {
				return "", nil, err
			}
			ev, err := s.evidence(ctx, url, h)
			if err != nil || ev.Result == nil || ev.Result.Enclave != g.Enclave {
				d.Notes = append(d.Notes, fmt.Sprintf("the node of enclave %s did not serve its result of task %d", g.Enclave.Hex(), id))
				continue
			}
			for _, u := range ev.Result.Usage {
				if u.Dataset == g.Dataset && !slices.Contains(used[g.Dataset], id) {
					used[g.Dataset] = append(used[g.Dataset], id)
				}
			}
			root, ok := s.claimedLedgerRoot(ctx, submitTx[id][g.Enclave], g.Enclave)
			l, proven := ledgerProof(ev.Result, root)
			if l == nil {
				continue
			}
			p := epsPoint{Dataset: g.Dataset, Task: id, Block: b, Spent: l.Spent[g.Dataset], Proven: ok && proven, Enclave: g.Enclave}
			d.Points = append(d.Points, p)
			if last, ok := spent[g.Dataset]; !ok || last.Block <= b {
				spent[g.Dataset] = p
			}
		}
	}
	slices.SortFunc(d.Points, func(a, b epsPoint) int { return cmp.Compare(a.Block, b.Block) })
	for _, id := range datasets {
		p := spent[id]
		d.Datasets = append(d.Datasets, datasetRow{ID: id, Records: records[id], Spent: p.Spent, Proven: p.Proven, Tasks: used[id]})
	}
	budget := 0.0
	for _, g := range d.Grants {
		budget = max(budget, g.Budget)
	}
	start := map[common.Hash]uint64{}
	for _, g := range d.Grants {
		if g.Granted > 0 && (start[g.Dataset] == 0 || g.Granted < start[g.Dataset]) {
			start[g.Dataset] = g.Granted
		}
	}
	d.Chart = epsilonChart(d.Points, datasets, start, budget)

	// Earnings: the owner's leaf in each passing task's payout tree.
	claimedAt := map[uint64]uint64{}
	for _, cl := range claims {
		claimedAt[cl.Task] = cl.Block
	}
	var tasks []uint64
	for _, ts := range tasksOf {
		for _, id := range ts {
			if !slices.Contains(tasks, id) {
				tasks = append(tasks, id)
			}
		}
	}
	for id := range claimedAt {
		if !slices.Contains(tasks, id) {
			tasks = append(tasks, id)
		}
	}
	slices.Sort(tasks)
	for _, id := range tasks {
		e, ok, err := s.earning(ctx, id, addr)
		if err != nil {
			return "", nil, err
		}
		if !ok {
			if b, claimed := claimedAt[id]; claimed {
				d.Earnings = append(d.Earnings, earningRow{Task: id, Claimed: true, Block: b})
			}
			continue
		}
		e.Block = claimedAt[id]
		if e.Claimed {
			d.Claimed.Add(d.Claimed, e.Amount)
		} else {
			d.Claimable.Add(d.Claimable, e.Amount)
		}
		d.Earnings = append(d.Earnings, e)
	}
	return "Data owner " + addr.Hex(), d, nil
}

// claimedLedgerRoot returns the ε-ledger root the claim of a
// submitResult transaction set for enclave: the root the chain held for
// the enclave once the claim was accepted (it checks the claim's previous
// root against its own and stores the new one).
func (s *Server) claimedLedgerRoot(ctx context.Context, tx common.Hash, e common.Address) (common.Hash, bool) {
	if v, ok := s.roots.Load(tx); ok {
		return v.(common.Hash), true
	}
	src, ok := s.opts.Chain.Backend().(txReader)
	if !ok || tx == (common.Hash{}) {
		return common.Hash{}, false
	}
	t, _, err := src.TransactionByHash(ctx, tx)
	if err != nil {
		return common.Hash{}, false
	}
	claimEnclave, claim, err := decodeSubmit(t.Data())
	if err != nil || claimEnclave != e {
		return common.Hash{}, false
	}
	s.roots.Store(tx, common.Hash(claim.LedgerRoot))
	return claim.LedgerRoot, true
}

// txReader reads transactions (*ethclient.Client is one).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

var submitMethod = sync.OnceValues(func() (abi.Method, error) {
	a, err := bindings.TaskMarketMetaData.ParseABI()
	if err != nil {
		return abi.Method{}, err
	}
	m, ok := a.Methods["submitResult"]
	if !ok {
		return abi.Method{}, errors.New("no submitResult in the TaskMarket ABI")
	}
	return m, nil
})

// decodeSubmit decodes submitResult(enclave, claim, signature) calldata.
func decodeSubmit(data []byte) (common.Address, bindings.TaskMarketBaseResultClaim, error) {
	var claim bindings.TaskMarketBaseResultClaim
	m, err := submitMethod()
	if err != nil {
		return common.Address{}, claim, err
	}
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return common.Address{}, claim, errors.New("not a submitResult call")
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 3 {
		return common.Address{}, claim, fmt.Errorf("decoding submitResult: %w", err)
	}
	e, ok := args[0].(common.Address)
	if !ok {
		return common.Address{}, claim, errors.New("decoding submitResult: enclave")
	}
	c, ok := abi.ConvertType(args[1], new(bindings.TaskMarketBaseResultClaim)).(*bindings.TaskMarketBaseResultClaim)
	if !ok {
		return common.Address{}, claim, errors.New("decoding submitResult: claim")
	}
	return e, *c, nil
}

// taskHash returns the document hash a task commits to (read once).
func (s *Server) taskHash(ctx context.Context, id uint64) (common.Hash, error) {
	if v, ok := s.hashes.Load(id); ok {
		return v.(common.Hash), nil
	}
	t, err := s.opts.Chain.Task(ctx, id)
	if err != nil {
		return common.Hash{}, err
	}
	s.hashes.Store(id, t.DatasetHash)
	return t.DatasetHash, nil
}

// earning returns what owner is paid by task id: its leaf of the payout
// tree of the task's payout result, as that result's node published it
// and only if the tree's root is the one on chain.
func (s *Server) earning(ctx context.Context, id uint64, owner common.Address) (earningRow, bool, error) {
	c := s.opts.Chain
	t, err := c.Task(ctx, id)
	if err != nil {
		return earningRow{}, false, err
	}
	if t.Passed == 0 {
		return earningRow{}, false, nil
	}
	res, err := c.Result(ctx, id, t.PayoutSlot)
	if err != nil {
		return earningRow{}, false, err
	}
	s.ix.mu.RLock()
	e, _, ok := s.ix.task[id].slotEnclave(t.PayoutSlot)
	s.ix.mu.RUnlock()
	if !ok {
		return earningRow{}, false, nil
	}
	url, err := c.Endpoint(ctx, e)
	if err != nil || url == "" {
		return earningRow{}, false, err
	}
	ev, err := s.evidence(ctx, url, t.DatasetHash)
	if err != nil || ev.Result == nil {
		return earningRow{}, false, nil
	}
	if len(ev.Result.Payouts) == 0 {
		return earningRow{}, false, nil
	}
	tree, err := chain.NewPayoutTree(ev.Result.Payouts)
	if err != nil || tree.Root() != res.PayoutRoot {
		return earningRow{}, false, nil
	}
	leaves := make([]chain.PayoutLeaf, tree.Len())
	for i := range leaves {
		leaves[i] = tree.Leaf(i)
	}
	for _, l := range leaves {
		if l.User != owner || l.Amount == nil {
			continue
		}
		claimed, err := c.IsClaimed(ctx, id, l.Index)
		if err != nil {
			return earningRow{}, false, err
		}
		amount := new(big.Int).Mul(l.Amount, big.NewInt(int64(t.Passed)))
		return earningRow{Task: id, Amount: amount, Claimed: claimed}, true, nil
	}
	return earningRow{}, false, nil
}

// ---- node ----

type nodeData struct {
	Enclave     common.Address
	Info        chain.EnclaveInfo
	Active      bool
	Stake       chain.StakeInfo
	URL         string
	Health      nodeHealth
	Attestation attestation
	Tasks       []uint64
	Slashes     []slashEvent
	Allowed     bool
	Head        uint64
}

func (s *Server) nodePage(ctx context.Context, r *http.Request) (string, any, error) {
	e, err := parseAddress("enclave", r.PathValue("address"))
	if err != nil {
		return "", nil, err
	}
	s.ix.mu.RLock()
	ee, ok := s.ix.enclave[e]
	var tasks []uint64
	var slashes []slashEvent
	if ok {
		tasks, slashes = slices.Clone(ee.Tasks), slices.Clone(s.ix.slashes[ee.Operator])
	}
	s.ix.mu.RUnlock()
	if !ok {
		return "", nil, fmt.Errorf("%w: enclave %s is not registered on this deployment", ErrNotFound, e.Hex())
	}
	c := s.opts.Chain
	d := &nodeData{Enclave: e, Tasks: tasks, Slashes: slashes, Head: s.Status().Block}
	if d.Info, err = c.Enclave(ctx, e); err != nil {
		return "", nil, err
	}
	d.Active = d.Info.ApprovedAt(d.Head)
	if d.Stake, err = c.StakeOf(ctx, d.Info.Operator); err != nil {
		return "", nil, err
	}
	if d.Allowed, err = c.MeasurementAllowed(ctx, d.Info.Measurement); err != nil {
		return "", nil, err
	}
	if d.URL, err = c.Endpoint(ctx, e); err != nil {
		return "", nil, err
	}
	if d.URL == "" {
		d.Health.Status = "no API URL on chain"
		d.Attestation.Error = "no API URL on chain"
	} else {
		d.Health = s.health(ctx, d.URL)
		d.Attestation = s.attest(ctx, d.URL)
	}
	return "Enclave " + e.Hex(), d, nil
}
