package dashboard

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// logRange is the most blocks one eth_getLogs of the index covers.
const logRange = chain.DefaultMaxLogRange

// index is what the dashboard knows from the deployment's events: who
// registered, staked, granted and claimed, and every task's history. It
// is built by scanning the logs once from the deployment block and then
// only the blocks mined since. Views (current state) are read per page.
type index struct {
	mu       sync.RWMutex
	rebuilds int // how often a reorganisation made it start again
	events
	// rebuilding, after a reorganisation, is the fresh set of events read
	// from the deployment's block, over as many scans as that takes; it
	// replaces events once it has caught up. Only the scanner uses it.
	rebuilding *events
}

// events is what the index has read, from block from to block head.
type events struct {
	from     uint64      // the first block it scans (the deployment's)
	next     uint64      // the next block to scan
	head     uint64      // the last block scanned
	headHash common.Hash // that block's hash, to notice a reorganisation

	enclaves  []common.Address // in registration order
	enclave   map[common.Address]*enclaveEvents
	operators map[common.Address]chain.Role // last role staked
	verifiers []common.Address              // in staking order
	slashes   map[common.Address][]slashEvent
	owners    map[common.Address]*ownerEvents
	datasets  map[common.Hash]common.Address // dataset → owner
	tasks     []uint64
	task      map[uint64]*taskEvents
	revealed  map[common.Address]int // votes revealed by each verifier
	measures  map[common.Hash]bool   // allowed measurements
}

type enclaveEvents struct {
	Operator    common.Address
	Measurement common.Hash
	Registered  uint64
	Tasks       []uint64 // tasks whose slot it accepted or was assigned
}

type slashEvent struct {
	Amount      *big.Int
	Beneficiary common.Address
	Block       uint64
}

type grantKey struct {
	Dataset common.Hash
	Enclave common.Address
}

type grantEvent struct {
	grantKey
	Block   uint64
	Revoked bool
}

type ownerEvents struct {
	Datasets []common.Hash
	Grants   []grantKey // distinct, in first-grant order
	History  []grantEvent
	Claims   []claimEvent
}

type claimEvent struct {
	Task  uint64
	Block uint64
	Tx    common.Hash
}

type slotEvent struct {
	Index    uint8
	Enclave  common.Address
	Operator common.Address
	Block    uint64
}

type settleEvent struct {
	State  chain.ResultState
	Amount *big.Int
	Block  uint64
}

type taskEvents struct {
	Owner       common.Address
	Published   uint64
	Assigned    []slotEvent
	Accepted    []slotEvent
	Submitted   map[uint8]uint64 // slot → block
	Drawn       map[uint8]uint64
	Reexecuted  map[uint8]uint64
	Settled     map[uint8]settleEvent
	Finished    uint64 // TaskSettled block
	Cancelled   uint64
	Swept       uint64
	Claims      int
	Txs         []common.Hash // the task's own transactions (claims left out)
	seenTx      map[common.Hash]bool
	SubmitBlock map[common.Address]uint64      // enclave → block of its ResultSubmitted
	SubmitTx    map[common.Address]common.Hash // enclave → the submitting transaction
}

func newIndex(from uint64) *index {
	return &index{events: newEvents(from)}
}

func newEvents(from uint64) events {
	return events{
		from: from, next: from,
		enclave: map[common.Address]*enclaveEvents{}, operators: map[common.Address]chain.Role{},
		slashes: map[common.Address][]slashEvent{}, owners: map[common.Address]*ownerEvents{},
		datasets: map[common.Hash]common.Address{}, task: map[uint64]*taskEvents{},
		revealed: map[common.Address]int{},
		measures: map[common.Hash]bool{},
	}
}

// The contracts' bindings, used to decode logs (they are stateless).
var (
	grantsABI   = bindings.NewDataGrants()
	registryABI = bindings.NewEnclaveRegistry()
	stakingABI  = bindings.NewStaking()
	marketABI   = bindings.NewTaskMarket()
	extABI      = bindings.NewTaskMarketExt()
)

// topics maps each event the index reads to its topic.
var topics = sync.OnceValue(func() map[string]common.Hash {
	m := map[string]common.Hash{}
	for _, md := range []*struct {
		meta  func() (*abi.ABI, error)
		names []string
	}{
		{bindings.DataGrantsMetaData.ParseABI, []string{"GrantSet", "GrantRevoked"}},
		{bindings.EnclaveRegistryMetaData.ParseABI, []string{"EnclaveRegistered", "MeasurementAllowed"}},
		{bindings.StakingMetaData.ParseABI, []string{"Staked", "Slashed"}},
		{bindings.TaskMarketMetaData.ParseABI, []string{"ResultSubmitted", "CommitteeDrawn", "VotesRevealed", "ResultSettled", "TaskSettled", "Claimed"}},
		{bindings.TaskMarketExtMetaData.ParseABI, []string{"TaskPublished", "EnclaveAssigned", "TaskAccepted", "TaskCancelled", "TaskSweptToTreasury", "ReexecutionReported"}},
	} {
		a, err := md.meta()
		if err != nil {
			panic(err) // the generated ABIs are constant
		}
		for _, n := range md.names {
			ev, ok := a.Events[n]
			if !ok {
				panic("dashboard: no event " + n)
			}
			m[n] = ev.ID
		}
	}
	return m
})

// logReader is what the index needs of a node connection.
type logReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// scan reads the logs of blocks next..head and folds them in. It keeps
// what it read up to the last range that succeeded. The events of a block
// a reorganisation replaced cannot be taken out of what they were folded
// into, so when the last block scanned is no longer the chain's (its hash
// changed) the index is read again from the deployment's block, into a
// fresh set of events (kept across scans, so a long history is read over
// several) that replaces the old one once it has caught up: pages go on
// showing the old fork's events until then, never an empty index.
func (ix *index) scan(ctx context.Context, src logReader, dep *chain.Deployment, head uint64) error {
	if ix.rebuilding == nil {
		ix.mu.RLock()
		scanned, last, known := ix.head, ix.headHash, ix.next > ix.from
		ix.mu.RUnlock()
		if moved, err := reorganised(ctx, src, scanned, last, known); err != nil {
			return err
		} else if moved {
			fresh := newEvents(ix.from)
			ix.rebuilding = &fresh
		}
	} else if moved, err := reorganised(ctx, src, ix.rebuilding.head, ix.rebuilding.headHash, ix.rebuilding.next > ix.from); err != nil {
		return err
	} else if moved { // the chain reorganised again under the rebuild
		*ix.rebuilding = newEvents(ix.from)
	}
	if ix.rebuilding == nil {
		return readLogs(ctx, src, dep, head, &ix.events, &ix.mu)
	}
	if err := readLogs(ctx, src, dep, head, ix.rebuilding, nil); err != nil {
		return err
	}
	ix.mu.Lock()
	ix.events, ix.rebuilding = *ix.rebuilding, nil
	ix.rebuilds++
	ix.mu.Unlock()
	return nil
}

// reorganised reports whether block scanned, whose hash was last when it
// was read, is no longer the chain's (or the chain no longer reaches it);
// false if nothing was read yet (known false).
func reorganised(ctx context.Context, src logReader, scanned uint64, last common.Hash, known bool) (bool, error) {
	if !known {
		return false, nil
	}
	h, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(scanned))
	switch {
	case errors.Is(err, ethereum.NotFound): // the new chain is shorter
		return true, nil
	case err != nil:
		return false, fmt.Errorf("reading block %d: %w", scanned, err)
	}
	return h.Hash() != last, nil
}

// readLogs folds the logs of blocks ev.next..head into ev, a range at a
// time, holding mu (if not nil) while it reads or writes ev.
func readLogs(ctx context.Context, src logReader, dep *chain.Deployment, head uint64, ev *events, mu *sync.RWMutex) error {
	lock, unlock, rlock, runlock := func() {}, func() {}, func() {}, func() {}
	if mu != nil {
		lock, unlock, rlock, runlock = mu.Lock, mu.Unlock, mu.RLock, mu.RUnlock
	}
	addrs := []common.Address{dep.DataGrants, dep.EnclaveRegistry, dep.Staking}
	if dep.TaskMarket != (common.Address{}) {
		addrs = append(addrs, dep.TaskMarket)
	}
	t := topics()
	all := make([]common.Hash, 0, len(t))
	for _, h := range t {
		all = append(all, h)
	}
	for {
		rlock()
		from := ev.next
		runlock()
		if from > head {
			return nil
		}
		to := min(from+logRange-1, head)
		// The range's last block, read before and after its logs: if it
		// changed in between, a reorganisation raced the read; read again.
		before, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", to, err)
		}
		logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: addrs, Topics: [][]common.Hash{all},
		})
		if err != nil {
			return fmt.Errorf("reading logs of blocks %d–%d: %w", from, to, err)
		}
		after, err := src.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("reading block %d: %w", to, err)
		}
		if after.Hash() != before.Hash() {
			continue
		}
		lock()
		for i := range logs {
			if !logs[i].Removed {
				ev.fold(&logs[i])
			}
		}
		ev.next, ev.head, ev.headHash = to+1, to, after.Hash()
		unlock()
	}
}

func u8(v *big.Int) uint8 {
	if v == nil || !v.IsUint64() || v.Uint64() > 255 {
		return 255
	}
	return uint8(v.Uint64())
}

func u64(v *big.Int) uint64 {
	if v == nil || !v.IsUint64() {
		return 0
	}
	return v.Uint64()
}

// fold adds one log to the index; logs it cannot decode are skipped.
func (ix *events) fold(l *types.Log) {
	if len(l.Topics) == 0 {
		return
	}
	t := topics()
	b := l.BlockNumber
	switch l.Topics[0] {
	case t["GrantSet"]:
		if e, err := grantsABI.UnpackGrantSetEvent(l); err == nil {
			o := ix.owner(e.Owner)
			k := grantKey{e.DatasetId, e.Enclave}
			if _, ok := ix.datasets[k.Dataset]; !ok {
				ix.datasets[k.Dataset] = e.Owner
				o.Datasets = append(o.Datasets, k.Dataset)
			}
			if !slices.Contains(o.Grants, k) {
				o.Grants = append(o.Grants, k)
			}
			o.History = append(o.History, grantEvent{grantKey: k, Block: b})
		}
	case t["GrantRevoked"]:
		if e, err := grantsABI.UnpackGrantRevokedEvent(l); err == nil {
			o := ix.owner(e.Owner)
			o.History = append(o.History, grantEvent{grantKey: grantKey{e.DatasetId, e.Enclave}, Block: b, Revoked: true})
		}
	case t["EnclaveRegistered"]:
		if e, err := registryABI.UnpackEnclaveRegisteredEvent(l); err == nil {
			if _, ok := ix.enclave[e.Enclave]; !ok {
				ix.enclaves = append(ix.enclaves, e.Enclave)
			}
			ix.enclave[e.Enclave] = &enclaveEvents{Operator: e.Operator, Measurement: e.Measurement, Registered: b}
		}
	case t["MeasurementAllowed"]:
		if e, err := registryABI.UnpackMeasurementAllowedEvent(l); err == nil {
			ix.measures[e.Measurement] = e.Allowed
		}
	case t["Staked"]:
		if e, err := stakingABI.UnpackStakedEvent(l); err == nil {
			r := chain.Role(e.Role)
			if _, ok := ix.operators[e.Operator]; !ok && r == chain.RoleVerifier {
				ix.verifiers = append(ix.verifiers, e.Operator)
			}
			ix.operators[e.Operator] = r
		}
	case t["Slashed"]:
		if e, err := stakingABI.UnpackSlashedEvent(l); err == nil {
			ix.slashes[e.Operator] = append(ix.slashes[e.Operator], slashEvent{Amount: e.Amount, Beneficiary: e.Beneficiary, Block: b})
		}
	case t["TaskPublished"]:
		if e, err := extABI.UnpackTaskPublishedEvent(l); err == nil {
			id := u64(e.TaskId)
			te := ix.taskOf(id)
			te.Owner, te.Published = e.Owner, b
			te.addTx(l.TxHash)
		}
	case t["EnclaveAssigned"]:
		if e, err := extABI.UnpackEnclaveAssignedEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Assigned = append(te.Assigned, slotEvent{u8(e.Index), e.Enclave, e.Operator, b})
			ix.enclaveTask(e.Enclave, u64(e.TaskId))
		}
	case t["TaskAccepted"]:
		if e, err := extABI.UnpackTaskAcceptedEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Accepted = append(te.Accepted, slotEvent{u8(e.Index), e.Enclave, e.Operator, b})
			te.addTx(l.TxHash)
			ix.enclaveTask(e.Enclave, u64(e.TaskId))
		}
	case t["TaskCancelled"]:
		if e, err := extABI.UnpackTaskCancelledEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Cancelled = b
			te.addTx(l.TxHash)
		}
	case t["TaskSweptToTreasury"]:
		if e, err := extABI.UnpackTaskSweptToTreasuryEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Swept = b
			te.addTx(l.TxHash)
		}
	case t["ReexecutionReported"]:
		if e, err := extABI.UnpackReexecutionReportedEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Reexecuted[u8(e.Index)] = b
			te.addTx(l.TxHash)
		}
	case t["ResultSubmitted"]:
		if e, err := marketABI.UnpackResultSubmittedEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Submitted[u8(e.Index)] = b
			te.SubmitBlock[e.Enclave] = b
			te.SubmitTx[e.Enclave] = l.TxHash
			te.addTx(l.TxHash)
		}
	case t["CommitteeDrawn"]:
		if e, err := marketABI.UnpackCommitteeDrawnEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Drawn[u8(e.Index)] = b
			te.addTx(l.TxHash)
		}
	case t["VotesRevealed"]:
		if e, err := marketABI.UnpackVotesRevealedEvent(l); err == nil {
			ix.revealed[e.Verifier] += int(u64(e.Votes))
		}
	case t["ResultSettled"]:
		if e, err := marketABI.UnpackResultSettledEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Settled[u8(e.Index)] = settleEvent{State: chain.ResultState(e.State), Amount: e.Amount, Block: b}
			te.addTx(l.TxHash)
		}
	case t["TaskSettled"]:
		if e, err := marketABI.UnpackTaskSettledEvent(l); err == nil {
			te := ix.taskOf(u64(e.TaskId))
			te.Finished = b
			te.addTx(l.TxHash)
		}
	case t["Claimed"]:
		if e, err := marketABI.UnpackClaimedEvent(l); err == nil {
			id := u64(e.TaskId)
			o := ix.owner(e.User)
			o.Claims = append(o.Claims, claimEvent{Task: id, Block: b, Tx: l.TxHash})
			ix.taskOf(id).Claims++
		}
	}
}

func (ix *events) owner(a common.Address) *ownerEvents {
	o := ix.owners[a]
	if o == nil {
		o = &ownerEvents{}
		ix.owners[a] = o
	}
	return o
}

func (ix *events) taskOf(id uint64) *taskEvents {
	te := ix.task[id]
	if te == nil {
		te = &taskEvents{Submitted: map[uint8]uint64{}, Drawn: map[uint8]uint64{}, Reexecuted: map[uint8]uint64{},
			Settled: map[uint8]settleEvent{}, seenTx: map[common.Hash]bool{}, SubmitBlock: map[common.Address]uint64{},
			SubmitTx: map[common.Address]common.Hash{}}
		ix.task[id] = te
		ix.tasks = append(ix.tasks, id)
	}
	return te
}

func (ix *events) enclaveTask(e common.Address, id uint64) {
	ee := ix.enclave[e]
	if ee == nil {
		return
	}
	if !slices.Contains(ee.Tasks, id) {
		ee.Tasks = append(ee.Tasks, id)
	}
}

func (te *taskEvents) addTx(h common.Hash) {
	if !te.seenTx[h] {
		te.seenTx[h] = true
		te.Txs = append(te.Txs, h)
	}
}

// slotEnclave returns the enclave of a task's slot, from the events.
func (te *taskEvents) slotEnclave(i uint8) (common.Address, common.Address, bool) {
	for _, s := range slices.Concat(te.Accepted, te.Assigned) {
		if s.Index == i {
			return s.Enclave, s.Operator, true
		}
	}
	return common.Address{}, common.Address{}, false
}
