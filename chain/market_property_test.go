package chain_test

import (
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

var (
	marketSequences = flag.Int("market.sequences", 1000, "random sequences in TestMarketProperty (-short runs 100)")
	marketSteps     = flag.Int("market.steps", 12, "random operations per sequence in TestMarketProperty")
	marketSeed      = flag.Uint64("market.seed", 0, "seed for TestMarketProperty (0: time-based)")
)

// Parameters of the property devnet.
var (
	propMinTEE    = chain.Tokens(1000)
	propMinVer    = chain.Tokens(100) // also the stake of one committee seat
	propNodeSlash = chain.Tokens(50)
	propTOSlash   = chain.Tokens(20)
	propPenalty   = chain.Tokens(5)
	propSilence   = chain.Tokens(3)
	// propLock is what an open result slot locks: max(node slash, timeout slash).
	propLock = chain.Tokens(50)
	// propSeatLock is what a committee seat locks: max(penalty, silence penalty).
	propSeatLock = chain.Tokens(5)
)

const (
	propClaimPeriod = 5
	propOwnerBps    = 5000
	propVerBps      = 2000
	propCapBps      = 4000
	propCommittee   = 3
	propReveal      = 12
	propVerifiers   = 5
)

// mTask is the model of one task.
type mTask struct {
	id       uint64
	owner    int
	fee      *big.Int
	r, q     int
	usersBps uint16
	verBps   uint16
	deadline uint64
	window   uint64
	named    bool
	first    uint64 // global id of slot 0
	slots    []*mSlot
	settled  bool
	// settledBlock is the block the task settled in; swept and cancelled
	// say what happened since.
	settledBlock uint64
	swept        bool
	cancelled    bool
	passed       int
	payoutSlot   int
	pool         *big.Int
	claimed      *big.Int
	leafDone     map[uint64]bool
	// reexec: the task asks for every result to be re-executed.
	reexec bool
}

// mSlot is the model of one result slot.
type mSlot struct {
	node       int  // -1: open
	accepted   bool // the operator's stake is locked for the slot
	submitted  bool
	votingEnds uint64
	// seatsAt is Staking's seat count at submission: the draw's seat bound.
	seatsAt int
	// committee (verifier indexes, in draw order) once drawn, and each
	// member's revealed vote (VoteNone until revealed) and settled flag.
	drawn   bool
	members []int
	votes   []chain.VoteState
	settled []bool
	tree    *chain.PayoutTree
	verdict chain.ResultState
	// selected: the draw selected the result for re-execution; reporter is
	// the node whose enclave reported its re-execution (-1: none).
	selected bool
	reporter int
	// failReward is each fail voter's reward of a failed result.
	failReward *big.Int
}

func (s *mSlot) member(v int) int { return slices.Index(s.members, v) }

func (s *mSlot) tally() (pass, fail int) {
	for _, v := range s.votes {
		switch v {
		case chain.VotePass:
			pass++
		case chain.VoteFail:
			fail++
		}
	}
	return
}

// mCommit is a commitment a verifier made in the model.
type mCommit struct {
	block   uint64
	salt    common.Hash
	ballots []chain.Ballot
}

// mVer is the model of one verifier beyond its stake: its Staking id, the
// ranks it holds a seat for, and its commitments.
type mVer struct {
	ranks   uint32
	commits map[uint64]*mCommit
}

// marketModel holds every balance and stake the market can touch.
type marketModel struct {
	t        *testing.T
	ctx      context.Context
	net      *devnet.Chain
	rng      *rand.Rand
	m        common.Hash
	owners   []*chain.Client
	nodes    []marketNode
	vers     []*chain.Client
	ver      []*mVer
	users    []common.Address
	relayer  *chain.Client
	slasher  *chain.Client
	treasury common.Address
	market   common.Address
	staking  common.Address

	bal      map[common.Address]*big.Int
	stake    map[common.Address]*big.Int
	locked   map[common.Address]*big.Int
	earnings map[int]*big.Int
	// pendingUnlock is the stake paid slots of a node still lock, released
	// by withdrawEarnings.
	pendingUnlock map[int]*big.Int
	// seats mirrors Staking's seat array: (verifier index, rank) in order.
	seats      [][2]int
	tasks      []*mTask
	open       []*mTask
	total      *big.Int
	nextResult uint64
	commitSeq  uint64
	// reexecBps is the market's re-execution sampling rate.
	reexecBps uint64
	// retained is what drained tasks left in the market for good: the part
	// of a users' pool its payout tree does not pay (rounding, greedy trees)
	// and the committee rewards nobody earned or settled (swept later).
	retained *big.Int
	stats    map[string]int
}

// TestMarketProperty runs random sequences of publish / accept / submit /
// draw / report re-execution / commit / reveal / judge (a whole committee
// round) / finalize /
// timeout / claim / settle-votes / withdraw / cancel / sweep / stake /
// slash / mine across 3 owners, 3 TEE nodes, 5 verifiers
// of different stakes and 4 users on its own devnet. A Go model predicts,
// for every operation, whether the market must accept or refuse it and, for
// every success, every MEMO balance, stake and locked stake. Committees are
// drawn from the block's prevrandao, which the model cannot know in
// advance: after each draw it replays Staking's sampling over its own copy
// of the seats, stakes and locks with that block's prevrandao and checks
// the chain drew exactly that committee (or failed exactly when the replay
// does), and whether the same seed selected the result for re-execution. A
// re-execution report by another node's enclave is taken while the result's
// commit phase lasts; with a verdict it splits the verifier share into
// committee + 1 parts, one credited to the re-executor. After every step
// it checks each balance, stake and lock against the model, that no MEMO was created or lost, and that the market holds
// exactly its liabilities (open escrows, unclaimed user pools, operator
// earnings, unsettled member rewards). Each sequence ends by mining past
// every deadline and reveal phase and settling every task (none may be
// stuck), then claiming every leaf, settling every seat, withdrawing every
// earning (which releases every lock: the model checks none is left) and,
// every other sequence, sweeping every task after its claim period; each
// escrowed fee is checked to split exactly into refund, operator pay,
// member rewards and users' pool.
func TestMarketProperty(t *testing.T) {
	t.Parallel() // its own devnet: nothing else moves its blocks or mBalances
	sequences := *marketSequences
	if testing.Short() {
		sequences = min(sequences, 100)
	}
	seed := *marketSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (rerun with -market.seed=%d), %d sequences of %d steps", seed, seed, sequences, *marketSteps)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
	defer cancel()
	mm := newMarketModel(t, ctx, rand.New(rand.NewPCG(seed, seed^0x5bd1e995)))
	defer mm.net.Close()

	start := time.Now()
	ops := 0
	for seq := range sequences {
		for i := range *marketSteps {
			if i == 0 {
				mm.publish()
			} else {
				mm.step()
			}
			mm.check(fmt.Sprintf("sequence %d", seq))
			ops++
		}
		mm.drain()
		mm.check(fmt.Sprintf("sequence %d drained", seq))
	}
	t.Logf("%d sequences, %d random operations in %v", sequences, ops, time.Since(start).Round(time.Millisecond))
	t.Logf("outcomes: %v", mm.stats)
	if sequences >= 100 {
		for _, k := range []string{"publish", "accept", "submit", "draw", "commit", "reveal", "settle", "claim", "settle votes", "withdraw",
			"cancel", "sweep", "result passed", "result failed", "result lapsed", "result missing", "claim refused", "reveal refused",
			"submit refused", "draw refused", "accept refused", "cancel refused", "sweep refused", "report", "report refused",
			"result re-executed"} {
			require.Positive(t, mm.stats[k], "no %q in %d sequences: the generator is too narrow", k, sequences)
		}
	}
}

func newMarketModel(t *testing.T, ctx context.Context, rng *rand.Rand) *marketModel {
	treasury := mAddrOf(mKey(t))
	net, err := devnet.New(ctx, devnet.Config{
		Accounts: 1,
		Deploy: chain.DeployConfig{
			MinStakeTEENode: propMinTEE, MinStakeVerifier: propMinVer, UnbondingDelay: 200, Quorum: 1,
			Market: chain.MarketConfig{
				Treasury: treasury, NodeSlash: propNodeSlash, TimeoutSlash: propTOSlash, VerifierPenalty: propPenalty,
				SilencePenalty: propSilence, SlashOwnerBps: propOwnerBps, SlashVerifiersBps: propVerBps, OwnerCapBps: propCapBps,
				CommitteeSize: propCommittee, MaxVotingWindow: 100, RevealWindow: propReveal, MaxDuration: 60, ClaimPeriod: propClaimPeriod,
			},
		},
	})
	require.NoError(t, err)
	gov := net.Governance()
	mm := &marketModel{
		t: t, ctx: ctx, net: net, rng: rng, m: mhash(t), treasury: treasury,
		market: net.Deployment().TaskMarket, staking: net.Deployment().Staking,
		bal: map[common.Address]*big.Int{}, stake: map[common.Address]*big.Int{}, locked: map[common.Address]*big.Int{},
		earnings: map[int]*big.Int{}, pendingUnlock: map[int]*big.Int{}, retained: new(big.Int), stats: map[string]int{},
		nextResult: 1,
	}
	fund := func(memo *big.Int) *chain.Client {
		c := gov.As(mKey(t))
		_, err := gov.SendETH(ctx, c.Address(), oneETH)
		require.NoError(t, err)
		if memo.Sign() > 0 {
			_, err = gov.TransferMEMO(ctx, c.Address(), memo)
			require.NoError(t, err)
		}
		return c
	}
	_, err = gov.SetMeasurementAllowed(ctx, mm.m, true)
	require.NoError(t, err)
	for range 3 {
		mm.owners = append(mm.owners, fund(chain.Tokens(10_000_000)))
	}
	// Verifiers of 1 to 9 seats (stakes 150 to 950 MEMO).
	for i := range propVerifiers {
		v := fund(chain.Tokens(2000))
		_, err := v.Stake(ctx, chain.RoleVerifier, chain.Tokens(int64(150+200*i)))
		require.NoError(t, err)
		mm.vers = append(mm.vers, v)
		mm.ver = append(mm.ver, &mVer{commits: map[uint64]*mCommit{}})
	}
	for i := range 3 {
		op := fund(chain.Tokens(5000))
		_, err := op.Stake(ctx, chain.RoleTEENode, chain.Tokens(2000))
		require.NoError(t, err)
		k := mKey(t)
		_, err = op.RegisterEnclave(ctx, registration(t, op, k, mm.m))
		require.NoError(t, err)
		approveByCommittee(t, net, mAddrOf(k), func(a common.Address) *chain.Client {
			for _, v := range mm.vers {
				if v.Address() == a {
					return v
				}
			}
			return nil
		})
		mm.nodes = append(mm.nodes, marketNode{op: op, enclave: mAddrOf(k), key: k})
		mm.earnings[i], mm.pendingUnlock[i] = new(big.Int), new(big.Int)
	}
	for range 4 {
		mm.users = append(mm.users, mAddrOf(mKey(t)))
	}
	mm.relayer = fund(new(big.Int))
	mm.slasher = fund(new(big.Int))
	_, err = gov.GrantSlasher(ctx, mm.slasher.Address())
	require.NoError(t, err)

	// Read the starting point; from here on only the model moves balances.
	mm.total = new(big.Int)
	for _, a := range mm.accounts() {
		b, err := gov.MEMOBalance(ctx, a)
		require.NoError(t, err)
		mm.bal[a] = b
		mm.total.Add(mm.total, b)
	}
	for _, a := range mm.stakers() {
		s, err := gov.StakeOf(ctx, a)
		require.NoError(t, err)
		mm.stake[a] = s.Staked
		mm.locked[a] = new(big.Int)
	}
	// The seats the verifiers' stakes created, in Staking's order.
	for i := range mm.vers {
		mm.addSeats(i)
	}
	n, err := gov.SeatCount(ctx)
	require.NoError(t, err)
	require.EqualValues(t, len(mm.seats), n)
	// Half the results sampled for re-execution (and all of tasks that ask).
	_, err = gov.SetReexecBps(ctx, 5000)
	require.NoError(t, err)
	bps, err := gov.ReexecBps(ctx)
	require.NoError(t, err)
	mm.reexecBps = uint64(bps)
	return mm
}

func (mm *marketModel) accounts() []common.Address {
	as := []common.Address{mm.market, mm.staking, mm.treasury, mm.relayer.Address(), mm.slasher.Address()}
	for _, c := range mm.owners {
		as = append(as, c.Address())
	}
	for _, n := range mm.nodes {
		as = append(as, n.op.Address())
	}
	for _, v := range mm.vers {
		as = append(as, v.Address())
	}
	return append(as, mm.users...)
}

func (mm *marketModel) stakers() []common.Address {
	var as []common.Address
	for _, n := range mm.nodes {
		as = append(as, n.op.Address())
	}
	for _, v := range mm.vers {
		as = append(as, v.Address())
	}
	return as
}

func (mm *marketModel) move(from, to common.Address, amt *big.Int) {
	mm.bal[from] = new(big.Int).Sub(mm.bal[from], amt)
	mm.bal[to] = new(big.Int).Add(mm.bal[to], amt)
}

// addSeats mirrors Staking._addSeats: a seat per unit of stake (at most 32)
// for every rank the verifier holds none for.
func (mm *marketModel) addSeats(v int) {
	want := new(big.Int).Div(mm.stake[mm.vers[v].Address()], propMinVer).Int64()
	for r := range int(min(want, 32)) {
		if mm.ver[v].ranks&(1<<r) != 0 {
			continue
		}
		mm.ver[v].ranks |= 1 << r
		mm.seats = append(mm.seats, [2]int{v, r})
	}
}

// slashModel takes up to amt of who's stake into to and returns what was
// taken: free stake first, then locked stake (nobody in the model unbonds).
func (mm *marketModel) slashModel(who common.Address, amt *big.Int, to common.Address) *big.Int {
	taken := minBig(amt, mm.stake[who])
	if fromLocked := new(big.Int).Sub(taken, mm.free(who)); fromLocked.Sign() > 0 {
		mm.locked[who] = new(big.Int).Sub(mm.locked[who], fromLocked)
	}
	mm.stake[who] = new(big.Int).Sub(mm.stake[who], taken)
	mm.move(mm.staking, to, taken)
	return taken
}

// free is who's active stake not locked by liabilities.
func (mm *marketModel) free(who common.Address) *big.Int {
	return new(big.Int).Sub(mm.stake[who], mm.locked[who])
}

func (mm *marketModel) lock(who common.Address, amt *big.Int) {
	mm.locked[who] = new(big.Int).Add(mm.locked[who], amt)
}

// unlock releases up to amt (a slash may have taken locked stake).
func (mm *marketModel) unlock(who common.Address, amt *big.Int) {
	mm.locked[who] = new(big.Int).Sub(mm.locked[who], minBig(amt, mm.locked[who]))
}

func (mm *marketModel) head() uint64 {
	n, err := mm.net.Governance().BlockNumber(mm.ctx)
	require.NoError(mm.t, err)
	return n
}

// next is the block the next transaction lands in. It first mines until no
// limit is within reach of the head (h ≤ limit ≤ h+2), so that gas
// estimation (run at the head), execution, and the model agree on which side
// of every limit the transaction is, even if the dev chain seals a stray
// empty block in between.
func (mm *marketModel) next(limits ...uint64) uint64 {
	for {
		h := mm.head()
		edge := false
		for _, l := range limits {
			if h <= l && l <= h+2 {
				edge = true
			}
		}
		if !edge {
			return h + 1
		}
		mm.net.Mine(1)
	}
}

func (mm *marketModel) nodeActive(i int) bool {
	return mm.stake[mm.nodes[i].op.Address()].Cmp(propMinTEE) >= 0
}

// share is a task's result share and its users' part.
func (mm *marketModel) share(t *mTask) (share, users *big.Int) {
	share = new(big.Int).Div(t.fee, big.NewInt(int64(t.r)))
	return share, mBps(share, t.usersBps)
}

// memberReward is what each rewarded member of a settled slot earns: a
// committee's part of the verifier share, or one of committee + 1 parts
// when a reported re-execution met a verdict (the re-executor earns one too).
func (mm *marketModel) memberReward(t *mTask, s *mSlot) *big.Int {
	share, _ := mm.share(t)
	return new(big.Int).Div(mBps(share, t.verBps), big.NewInt(int64(mm.rewardParts(s))))
}

func (mm *marketModel) rewardParts(s *mSlot) int {
	if s.reporter >= 0 && (s.verdict == chain.ResultPassed || s.verdict == chain.ResultFailed) {
		return propCommittee + 1
	}
	return propCommittee
}

// expect checks an operation's outcome against the model's prediction.
func (mm *marketModel) expect(what string, ok bool, err error) bool {
	mm.t.Helper()
	if ok {
		if err != nil {
			mm.debugTx(err)
		}
		require.NoError(mm.t, err, "%s: the model allows it", what)
		mm.stats[what]++
		return true
	}
	mm.stats[what+" refused"]++
	if testing.Verbose() {
		var re *chain.RevertError
		if errors.As(err, &re) {
			mm.stats[what+" refused: "+re.Name]++
		}
	}
	require.Error(mm.t, err, "%s: the model refuses it", what)
	require.NotErrorIs(mm.t, err, chain.ErrReverted, "%s: refusals are named errors", what)
	return false
}

func (mm *marketModel) step() {
	switch k := mm.rng.IntN(100); {
	case k < 4:
		mm.publish()
	case k < 12:
		mm.accept()
	case k < 27:
		mm.submit()
	case k < 30:
		mm.report()
	case k < 36:
		mm.draw()
	case k < 45:
		mm.commit()
	case k < 54:
		mm.reveal()
	case k < 66:
		mm.judge()
	case k < 72:
		mm.settle()
	case k < 79:
		mm.claim()
	case k < 83:
		mm.settleVotes()
	case k < 85:
		mm.withdraw()
	case k < 88:
		mm.stakeMore()
	case k < 89:
		mm.slash()
	case k < 91:
		mm.cancel()
	case k < 94:
		mm.sweep()
	default:
		mm.net.Mine(1 + mm.rng.IntN(4))
	}
}

func (mm *marketModel) publish() {
	o := mm.rng.IntN(len(mm.owners))
	r := 1 + mm.rng.IntN(2)
	fee := new(big.Int).Add(chain.Tokens(int64(1+mm.rng.IntN(1000))), big.NewInt(mm.rng.Int64N(1000)))
	usersBps := uint16(mm.rng.IntN(8001))
	verBps := uint16(mm.rng.IntN(int(10_000 - usersBps + 1)))
	t := &mTask{
		owner: o, fee: fee, r: r, q: 2 + mm.rng.IntN(2), usersBps: usersBps, verBps: verBps,
		window: uint64(6 + mm.rng.IntN(20)), named: mm.rng.IntN(2) == 0, leafDone: map[uint64]bool{}, claimed: new(big.Int),
	}
	next := mm.next()
	t.deadline = next + uint64(6+mm.rng.IntN(45))
	spec := chain.TaskSpec{
		Measurement: mm.m, DatasetHash: common.Hash{byte(o)}, Fee: fee,
		Split:    chain.Split{UsersBps: usersBps, VerifiersBps: verBps, NodesBps: 10_000 - usersBps - verBps},
		Deadline: t.deadline, VotingWindow: uint32(t.window), Quorum: uint8(t.q), Replication: uint8(r),
		ResultKeyHash: common.Hash{1, byte(o)}, Reexecute: mm.rng.IntN(2) == 0,
	}
	t.reexec = spec.Reexecute
	ok := true
	perm := mm.rng.Perm(len(mm.nodes))
	for i := range r {
		s := &mSlot{node: -1, reporter: -1}
		if t.named {
			s.node = perm[i]
			spec.Enclaves = append(spec.Enclaves, mm.nodes[perm[i]].enclave)
			ok = ok && mm.nodeActive(perm[i])
		}
		t.slots = append(t.slots, s)
	}
	switch mm.rng.IntN(20) {
	case 0: // a bad split now and then
		spec.Split.NodesBps++
		ok = false
	case 1: // a quorum below a committee majority, or above the committee
		spec.Quorum = uint8(1 + 3*mm.rng.IntN(2))
		ok = false
	}
	id, _, err := mm.owners[o].Publish(mm.ctx, spec)
	if !mm.expect("publish", ok, err) {
		return
	}
	t.id, t.first = id, mm.nextResult
	mm.nextResult += uint64(r)
	mm.move(mm.owners[o].Address(), mm.market, fee)
	mm.tasks = append(mm.tasks, t)
	mm.open = append(mm.open, t)
}

// pickSlot picks, mostly, an open task's slot that satisfies want, and
// otherwise any slot of any open task.
func (mm *marketModel) pickSlot(want func(*mTask, *mSlot) bool) (*mTask, int) {
	type ref struct {
		t *mTask
		i int
	}
	var good []ref
	for _, t := range mm.open {
		for i, s := range t.slots {
			if want(t, s) {
				good = append(good, ref{t, i})
			}
		}
	}
	if len(good) > 0 && mm.rng.IntN(10) > 0 {
		r := good[mm.rng.IntN(len(good))]
		return r.t, r.i
	}
	if len(good) == 0 && mm.rng.IntN(5) > 0 {
		return nil, 0 // mostly skip rather than try something hopeless
	}
	t := mm.pickOpen()
	if t == nil {
		return nil, 0
	}
	return t, mm.rng.IntN(t.r)
}

func (mm *marketModel) pickOpen() *mTask {
	if len(mm.open) == 0 {
		return nil
	}
	return mm.open[mm.rng.IntN(len(mm.open))]
}

func (mm *marketModel) accept() {
	t, i := mm.pickSlot(func(t *mTask, s *mSlot) bool { return s.node < 0 || !s.accepted })
	if t == nil {
		return
	}
	n := t.slots[i].node
	if n < 0 || mm.rng.IntN(5) == 0 {
		n = mm.rng.IntN(len(mm.nodes))
	}
	next := mm.next(t.deadline)
	assigned, held := 0, -1
	for j, s := range t.slots {
		if s.node >= 0 {
			assigned++
		}
		if s.node == n {
			held = j
		}
	}
	var ok bool
	if held >= 0 { // confirming its own (named) slot
		ok = next <= t.deadline && !t.slots[held].accepted && mm.nodeActive(n)
	} else { // taking an open slot
		ok = assigned < t.r && next <= t.deadline && mm.nodeActive(n)
	}
	op := mm.nodes[n].op.Address()
	ok = ok && mm.free(op).Cmp(propLock) >= 0
	_, err := mm.nodes[n].op.Accept(mm.ctx, t.id, mm.nodes[n].enclave)
	if !mm.expect("accept", ok, err) {
		return
	}
	mm.lock(op, propLock)
	if held < 0 {
		held = assigned
		t.slots[held].node = n
	}
	t.slots[held].accepted = true
}

func (mm *marketModel) submit() {
	t, i := mm.pickSlot(func(t *mTask, s *mSlot) bool { return s.node >= 0 && !s.submitted })
	if t == nil {
		return
	}
	s := t.slots[i]
	n := s.node
	if n < 0 || mm.rng.IntN(10) == 0 {
		n = mm.rng.IntN(len(mm.nodes)) // some other enclave tries
	}
	next := mm.next(t.deadline)
	assignedHere := s.node == n
	for j, o := range t.slots { // the node may hold another slot of this task
		if o.node == n {
			i, s, assignedHere = j, o, true
		}
	}
	_, users := mm.share(t)
	records := map[common.Address]uint64{}
	for _, u := range mm.users {
		if mm.rng.IntN(3) > 0 {
			records[u] = uint64(1 + mm.rng.IntN(100))
		}
	}
	payouts := chain.SplitPayouts(users, records)
	if mm.rng.IntN(8) == 0 { // a greedy enclave: its tree pays twice the pool
		for k := range payouts {
			payouts[k].Amount = new(big.Int).Mul(payouts[k].Amount, big.NewInt(2))
		}
	}
	if len(payouts) == 0 {
		payouts = []chain.Payout{{User: mm.users[0], Amount: big.NewInt(1)}}
	}
	tree, err := chain.NewPayoutTree(payouts)
	require.NoError(mm.t, err)
	c, sig := mm.nodes[n].claimFor(mm.t, t.id, mm.m, tree.Root(), 10)
	op := mm.nodes[n].op.Address()
	ok := assignedHere && !s.submitted && next <= t.deadline && mm.nodeActive(n) &&
		(s.accepted || mm.free(op).Cmp(propLock) >= 0)
	rcpt, err := mm.relayer.SubmitResult(mm.ctx, mm.nodes[n].enclave, c, sig)
	if mm.expect("submit", ok, err) {
		if !s.accepted { // a named slot submitted without accept locks now
			mm.lock(op, propLock)
			s.accepted = true
		}
		s.submitted, s.tree, s.seatsAt = true, tree, len(mm.seats)
		s.votingEnds = rcpt.BlockNumber.Uint64() + t.window
	}
}

// draw draws a submitted result's committee: the model replays Staking's
// sampling from the seed (the hash of the block after the submission's) to
// predict the members, or that too few verifiers are eligible.
func (mm *marketModel) draw() {
	t, i := mm.pickSlot(func(t *mTask, s *mSlot) bool { return s.submitted && !s.drawn })
	if t == nil {
		return
	}
	mm.drawAt(t, i)
}

func (mm *marketModel) drawAt(t *mTask, i int) bool {
	s := t.slots[i]
	seedBlock := s.votingEnds - t.window + 1
	var limits []uint64
	if s.submitted {
		limits = append(limits, seedBlock, min(s.votingEnds, seedBlock+256))
	}
	next := mm.next(limits...)
	ok := s.submitted && !s.drawn && next > seedBlock && next <= min(s.votingEnds, seedBlock+256)
	var members []int
	if ok {
		hdr, err := mm.net.Backend().HeaderByNumber(mm.ctx, new(big.Int).SetUint64(seedBlock))
		require.NoError(mm.t, err)
		var drawn bool
		members, drawn = mm.replayDraw(hdr.Hash(), s.seatsAt, t.first+uint64(i), mm.owners[t.owner].Address(), mm.nodes[s.node].op.Address())
		if !drawn {
			_, err := mm.relayer.Draw(mm.ctx, t.id, uint8(i))
			require.ErrorIs(mm.t, err, chain.ErrNotEnoughVerifiers, "task %d result %d: the replay finds too few verifiers", t.id, i)
			mm.stats["draw refused"]++
			mm.stats["draw refused: too few verifiers"]++
			return false
		}
	}
	_, err := mm.relayer.Draw(mm.ctx, t.id, uint8(i))
	if !mm.expect("draw", ok, err) {
		return false
	}
	cm, err := mm.relayer.Committee(mm.ctx, t.id, uint8(i))
	require.NoError(mm.t, err)
	got := make([]common.Address, len(members))
	for k, v := range members {
		got[k] = mm.vers[v].Address()
		mm.lock(mm.vers[v].Address(), propSeatLock)
	}
	require.Equal(mm.t, got, cm.Members, "task %d result %d: the chain drew another committee than the replay", t.id, i)
	s.drawn, s.members = true, members
	hdr, err := mm.net.Backend().HeaderByNumber(mm.ctx, new(big.Int).SetUint64(seedBlock))
	require.NoError(mm.t, err)
	s.selected = t.reexec || mm.replaySelected(hdr.Hash(), t.first+uint64(i))
	r, err := mm.relayer.Result(mm.ctx, t.id, uint8(i))
	require.NoError(mm.t, err)
	require.Equal(mm.t, s.selected, r.Reexecute, "task %d result %d: the re-execution sampling differs from the replay", t.id, i)
	s.votes, s.settled = make([]chain.VoteState, len(members)), make([]bool, len(members))
	return true
}

// replayDraw runs Staking.drawCommittee over the model's first seatBound
// seats for result id: the seed is keccak256(abi.encode(blockhash(seed
// block), market, id)). It returns the members (verifier indexes) and
// whether all propCommittee were found.
func (mm *marketModel) replayDraw(seedHash common.Hash, seatBound int, id uint64, owner, operator common.Address) ([]int, bool) {
	seed := crypto.Keccak256(seedHash[:], common.LeftPadBytes(mm.market[:], 32), common.LeftPadBytes(new(big.Int).SetUint64(id).Bytes(), 32))
	var members []int
	n := min(len(mm.seats), seatBound)
	for tries := 8*propCommittee + 16; tries != 0 && len(members) < propCommittee && n != 0; tries-- {
		var word [64]byte
		copy(word[:32], seed)
		binary.BigEndian.PutUint64(word[56:], uint64(tries))
		i := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(word[:])), big.NewInt(int64(n))).Int64()
		v, rank := mm.seats[i][0], mm.seats[i][1]
		a := mm.vers[v].Address()
		if a == owner || a == operator || slices.Contains(members, v) {
			continue
		}
		need := new(big.Int).Mul(propMinVer, big.NewInt(int64(rank+1)))
		if mm.stake[a].Cmp(need) < 0 || mm.free(a).Cmp(propSeatLock) < 0 {
			continue
		}
		members = append(members, v)
	}
	return members, len(members) == propCommittee
}

// replaySelected replays the draw's re-execution sampling of result id:
// keccak256(abi.encode(blockhash(seed block), market, id, "reexecute"))
// mod 10,000 below the market's rate.
func (mm *marketModel) replaySelected(seedHash common.Hash, id uint64) bool {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	tag := make([]byte, 32)
	copy(tag, "reexecute")
	enc := slices.Concat(seedHash[:], word(mm.market[:]), word(new(big.Int).SetUint64(id).Bytes()),
		word([]byte{0x80}), word([]byte{9}), tag)
	v := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(enc)), big.NewInt(chain.BasisPoints))
	return v.Uint64() < mm.reexecBps
}

// report has a node's enclave report the re-execution of a result: mostly
// one the draw selected and nobody reported on, by another node, now and
// then anything (the result's own node, a forged signature, a result not
// selected, after its commit phase).
func (mm *marketModel) report() {
	t, i := mm.pickSlot(func(t *mTask, s *mSlot) bool { return s.selected && s.reporter < 0 })
	if t == nil {
		return
	}
	n := mm.rng.IntN(len(mm.nodes))
	if s := t.slots[i]; s.node >= 0 && n == s.node && mm.rng.IntN(3) > 0 {
		n = (n + 1 + mm.rng.IntN(len(mm.nodes)-1)) % len(mm.nodes)
	}
	mm.reportOn(t, i, n, mm.rng.IntN(10) == 0)
}

// reportOn has node n's enclave report the re-execution of slot i of t
// (signed by another key when forged) and checks the outcome.
func (mm *marketModel) reportOn(t *mTask, i, n int, forged bool) bool {
	s := t.slots[i]
	next := mm.next(s.votingEnds)
	key := mm.nodes[n].key
	if forged {
		key = mKey(mm.t)
	}
	r, sig := reexecReport(mm.t, key, t.id, uint8(i), common.Hash{byte(n), byte(i)})
	ok := s.drawn && s.selected && s.reporter < 0 && next <= s.votingEnds && !forged && n != s.node && mm.nodeActive(n)
	_, err := mm.relayer.ReportReexecution(mm.ctx, mm.nodes[n].enclave, r, sig)
	if !mm.expect("report", ok, err) {
		return false
	}
	s.reporter = n
	return true
}

// commit has a committee member commit ballots: mostly on results whose
// commit phase is open and that it has not committed on yet (one or a batch
// of several), now and then anything (a commitment itself is never refused;
// its reveal may be).
func (mm *marketModel) commit() {
	h := mm.head()
	type seat struct {
		t *mTask
		i int
		v int
	}
	var open []seat
	for _, t := range mm.open {
		for i, s := range t.slots {
			if !s.drawn || h+2 > s.votingEnds {
				continue
			}
			for j, v := range s.members {
				if s.votes[j] == chain.VoteNone && !mm.committed(v, t.id, i) {
					open = append(open, seat{t, i, v})
				}
			}
		}
	}
	var v int
	var ballots []chain.Ballot
	if len(open) > 0 && mm.rng.IntN(8) > 0 {
		first := open[mm.rng.IntN(len(open))]
		v = first.v
		for _, o := range open {
			if o.v == v && (o == first || mm.rng.IntN(2) == 0) {
				ballots = append(ballots, chain.Ballot{TaskID: o.t.id, Index: uint8(o.i), Pass: mm.rng.IntN(2) == 0})
			}
		}
	} else {
		v = mm.rng.IntN(len(mm.vers))
		t := mm.pickOpen()
		if t == nil {
			return
		}
		ballots = []chain.Ballot{{TaskID: t.id, Index: uint8(mm.rng.IntN(t.r)), Pass: true}}
	}
	mm.commitSeq++
	c := &mCommit{salt: mhash(mm.t), ballots: ballots}
	rcpt, err := mm.vers[v].CommitVotes(mm.ctx, mm.commitSeq, c.salt, ballots)
	if mm.expect("commit", true, err) {
		c.block = rcpt.BlockNumber.Uint64()
		mm.ver[v].commits[mm.commitSeq] = c
	}
}

// judge runs a committee round of one submitted result at once: draws it
// if needed, has each member (but now and then one) commit a random vote,
// mines into the reveal phase and has each of them (but now and then one)
// reveal, every step checked as the single steps are.
func (mm *marketModel) judge() {
	t, i := mm.pickSlot(func(t *mTask, s *mSlot) bool { return s.submitted && mm.head()+6 < s.votingEnds })
	if t == nil {
		return
	}
	s := t.slots[i]
	if !s.drawn && !mm.drawAt(t, i) {
		return
	}
	var ids []uint64
	var voters []int
	truth := mm.rng.IntN(3) > 0 // most members judge alike
	for j, v := range s.members {
		if s.votes[j] != chain.VoteNone || mm.committed(v, t.id, i) || mm.rng.IntN(8) == 0 || mm.head()+2 > s.votingEnds {
			continue
		}
		mm.commitSeq++
		c := &mCommit{salt: mhash(mm.t), ballots: []chain.Ballot{{TaskID: t.id, Index: uint8(i), Pass: truth != (mm.rng.IntN(6) == 0)}}}
		rcpt, err := mm.vers[v].CommitVotes(mm.ctx, mm.commitSeq, c.salt, c.ballots)
		require.NoError(mm.t, err)
		c.block = rcpt.BlockNumber.Uint64()
		mm.ver[v].commits[mm.commitSeq] = c
		ids, voters = append(ids, mm.commitSeq), append(voters, v)
	}
	if s.selected && s.reporter < 0 && mm.rng.IntN(4) > 0 {
		mm.reportOn(t, i, mm.rng.IntN(len(mm.nodes)), mm.rng.IntN(10) == 0) // now and then its own node's, or forged
	}
	mm.stats["judge"]++
	if h := mm.head(); h < s.votingEnds+1 {
		mm.net.Mine(int(s.votingEnds + 1 - h))
	}
	for k, id := range ids {
		if mm.rng.IntN(8) == 0 || mm.head()+2 > s.votingEnds+propReveal {
			continue
		}
		mm.revealCommit(voters[k], id, false)
	}
}

// committed reports whether verifier v holds a commitment with a ballot on
// slot i of task id.
func (mm *marketModel) committed(v int, id uint64, i int) bool {
	for _, c := range mm.ver[v].commits {
		for _, b := range c.ballots {
			if b.TaskID == id && int(b.Index) == i {
				return true
			}
		}
	}
	return false
}

// reveal has a verifier reveal one of its commitments: mostly one whose
// results are all in their reveal phase, now and then any (or with a wrong
// salt), and checks the outcome against the model.
func (mm *marketModel) reveal() {
	h := mm.head()
	type ref struct {
		v  int
		id uint64
	}
	var ready, any []ref
	for v := range mm.vers {
		for id, c := range mm.ver[v].commits {
			r := ref{v, id}
			any = append(any, r)
			ok := true
			for _, b := range c.ballots {
				s := mm.taskByID(b.TaskID).slots[b.Index]
				if !s.drawn || h < s.votingEnds+1 || h+2 > s.votingEnds+propReveal {
					ok = false
				}
			}
			if ok {
				ready = append(ready, r)
			}
		}
	}
	order := func(rs []ref) {
		slices.SortFunc(rs, func(a, b ref) int { return int(a.id) - int(b.id) })
	}
	order(ready)
	order(any)
	var r ref
	switch {
	case len(ready) > 0 && mm.rng.IntN(8) > 0:
		r = ready[mm.rng.IntN(len(ready))]
	case len(any) > 0:
		r = any[mm.rng.IntN(len(any))]
	default:
		return
	}
	mm.revealCommit(r.v, r.id, mm.rng.IntN(12) == 0)
}

func (mm *marketModel) revealCommit(v int, commitID uint64, wrongSalt bool) bool {
	c := mm.ver[v].commits[commitID]
	var limits []uint64
	for _, b := range c.ballots {
		t := mm.taskByID(b.TaskID)
		s := t.slots[b.Index]
		limits = append(limits, s.votingEnds, s.votingEnds+propReveal)
	}
	next := mm.next(limits...)
	ok := !wrongSalt
	seen := map[*mSlot]bool{}
	for _, b := range c.ballots {
		t := mm.taskByID(b.TaskID)
		s := t.slots[b.Index]
		j := s.member(v)
		if !s.drawn || next <= s.votingEnds || next > s.votingEnds+propReveal || c.block > s.votingEnds || j < 0 ||
			s.votes[j] != chain.VoteNone || seen[s] {
			ok = false
		}
		seen[s] = true
	}
	salt := c.salt
	if wrongSalt {
		salt = mhash(mm.t)
	}
	_, err := mm.vers[v].RevealVotes(mm.ctx, commitID, salt, c.ballots)
	if !mm.expect("reveal", ok, err) {
		if next > s0(c, mm).votingEnds+propReveal {
			delete(mm.ver[v].commits, commitID) // it can never be revealed now
		}
		return false
	}
	for _, b := range c.ballots {
		s := mm.taskByID(b.TaskID).slots[b.Index]
		s.votes[s.member(v)] = map[bool]chain.VoteState{true: chain.VotePass, false: chain.VoteFail}[b.Pass]
	}
	delete(mm.ver[v].commits, commitID)
	return true
}

// s0 is the slot of a commitment's first ballot.
func s0(c *mCommit, mm *marketModel) *mSlot {
	b := c.ballots[0]
	return mm.taskByID(b.TaskID).slots[b.Index]
}

// settle finalizes or times out a random open task.
func (mm *marketModel) settle() {
	t := mm.pickOpen()
	if t == nil {
		if len(mm.tasks) > 0 { // settling a settled task must fail
			t := mm.tasks[mm.rng.IntN(len(mm.tasks))]
			_, err := mm.relayer.Finalize(mm.ctx, t.id)
			require.ErrorIs(mm.t, err, chain.ErrTaskSettled)
		}
		return
	}
	mm.trySettle(t, mm.rng.IntN(2) == 0)
}

// verdictOf is a submitted result's verdict once its votes are final.
func (mm *marketModel) verdictOf(t *mTask, s *mSlot) chain.ResultState {
	if !s.drawn {
		return chain.ResultLapsed
	}
	pass, fail := s.tally()
	switch {
	case pass >= t.q:
		return chain.ResultPassed
	case fail >= t.q:
		return chain.ResultFailed
	}
	return chain.ResultLapsed
}

// trySettle calls finalize (or timeout) and checks the outcome against the
// model; it returns whether the task settled.
func (mm *marketModel) trySettle(t *mTask, byTimeout bool) bool {
	limits := []uint64{t.deadline}
	for _, s := range t.slots {
		if s.submitted {
			limits = append(limits, s.votingEnds+propReveal)
		}
	}
	next := mm.next(limits...)
	ok := true
	missing := false
	for _, s := range t.slots {
		if !s.submitted {
			missing = true
			continue
		}
		pass, fail := s.tally()
		allIn := s.drawn && pass+fail == len(s.members)
		if !allIn && next <= s.votingEnds+propReveal {
			ok = false
		}
	}
	if byTimeout {
		ok = ok && next > t.deadline && missing
	} else {
		ok = ok && !missing
	}
	var err error
	var rcpt *types.Receipt
	if byTimeout {
		rcpt, err = mm.relayer.Timeout(mm.ctx, t.id)
	} else {
		rcpt, err = mm.relayer.Finalize(mm.ctx, t.id)
	}
	if !mm.expect("settle", ok, err) {
		return false
	}
	t.settledBlock = rcpt.BlockNumber.Uint64()
	owner := mm.owners[t.owner].Address()
	share, users := mm.share(t)
	refund := new(big.Int).Sub(t.fee, new(big.Int).Mul(share, big.NewInt(int64(t.r))))
	accounted := new(big.Int).Set(refund)
	for i, s := range t.slots {
		if !s.submitted {
			s.verdict = chain.ResultMissing
		} else {
			s.verdict = mm.verdictOf(t, s)
		}
		mm.stats["result "+s.verdict.String()]++
		// The verifier share in parts: the members' and, when a reported
		// re-execution met a verdict, the re-executor's, credited now.
		parts := mm.rewardParts(s)
		perPart := mm.memberReward(t, s)
		if parts > propCommittee {
			mm.stats["result re-executed"]++
			mm.earnings[s.reporter].Add(mm.earnings[s.reporter], perPart)
		}
		if s.verdict.Paid() {
			if t.passed == 0 {
				t.payoutSlot = i
			}
			t.passed++
			verifiers := new(big.Int).Mul(perPart, big.NewInt(int64(parts)))
			nodePay := new(big.Int).Sub(new(big.Int).Sub(share, users), verifiers)
			mm.earnings[s.node].Add(mm.earnings[s.node], nodePay)
			mm.pendingUnlock[s.node].Add(mm.pendingUnlock[s.node], propLock)
			accounted.Add(accounted, nodePay).Add(accounted, users).Add(accounted, verifiers)
			continue
		}
		refund.Add(refund, share)
		accounted.Add(accounted, share)
		if parts > propCommittee { // the re-executor's part of a failed share comes out of the refund
			refund.Sub(refund, perPart)
		}
		var amt *big.Int
		fails := 0
		switch {
		case s.verdict == chain.ResultFailed:
			amt = propNodeSlash
			_, fails = s.tally()
		case s.verdict == chain.ResultMissing && s.accepted:
			amt = propTOSlash
		default:
			continue
		}
		op := mm.nodes[s.node].op.Address()
		mm.unlock(op, propLock) // slashLocked releases the slot first
		taken := mm.slashModel(op, amt, mm.market)
		toOwner := minBig(mBps(taken, propOwnerBps), mBps(share, propCapBps))
		kept := new(big.Int)
		if fails > 0 {
			s.failReward = new(big.Int).Div(mBps(taken, propVerBps), big.NewInt(int64(fails)))
			kept.Mul(s.failReward, big.NewInt(int64(fails)))
		}
		mm.move(mm.market, owner, toOwner)
		mm.move(mm.market, mm.treasury, new(big.Int).Sub(new(big.Int).Sub(taken, toOwner), kept))
	}
	mEqual(mm.t, t.fee, accounted, "task %d: the escrow splits exactly into refund, pay, rewards and pool", t.id)
	mm.move(mm.market, owner, refund)
	t.pool = new(big.Int).Mul(users, big.NewInt(int64(t.passed)))
	t.settled = true
	for i, o := range mm.open {
		if o == t {
			mm.open = append(mm.open[:i], mm.open[i+1:]...)
			break
		}
	}
	info, err := mm.relayer.Task(mm.ctx, t.id)
	require.NoError(mm.t, err)
	require.Equal(mm.t, chain.TaskSettled, info.Status)
	require.EqualValues(mm.t, t.passed, info.Passed)
	for i, s := range t.slots {
		r, err := mm.relayer.Result(mm.ctx, t.id, uint8(i))
		require.NoError(mm.t, err)
		require.Equal(mm.t, s.verdict, r.State, "task %d result %d", t.id, i)
	}
	return true
}

func (mm *marketModel) claim() {
	if len(mm.tasks) == 0 {
		return
	}
	t := mm.tasks[mm.rng.IntN(len(mm.tasks))]
	for range 5 { // look for a task users can claim from
		if t.settled && t.passed > 0 {
			break
		}
		t = mm.tasks[mm.rng.IntN(len(mm.tasks))]
	}
	var tree *chain.PayoutTree
	if t.settled && t.passed > 0 {
		tree = t.slots[t.payoutSlot].tree
		if other := t.slots[mm.rng.IntN(t.r)].tree; other != nil && mm.rng.IntN(8) == 0 {
			tree = other // a proof against another result's root
		}
	} else {
		for _, s := range t.slots {
			if s.tree != nil {
				tree = s.tree
			}
		}
	}
	if tree == nil {
		return
	}
	mm.claimLeaf(t, tree, mm.rng.IntN(tree.Len()))
}

func (mm *marketModel) claimLeaf(t *mTask, tree *chain.PayoutTree, i int) bool {
	return mm.do(mm.claimOp(t, tree, i))
}

func (mm *marketModel) claimOp(t *mTask, tree *chain.PayoutTree, i int) mOp {
	l := tree.Leaf(i)
	proof, err := tree.Proof(i)
	require.NoError(mm.t, err)
	payout := new(big.Int).Mul(l.Amount, big.NewInt(int64(t.passed)))
	return mOp{
		what: "claim",
		ok: t.settled && !t.swept && t.passed > 0 && tree == t.slots[t.payoutSlot].tree && !t.leafDone[l.Index] &&
			new(big.Int).Add(t.claimed, payout).Cmp(t.pool) <= 0,
		send: func() error {
			_, err := mm.relayer.Claim(mm.ctx, t.id, l, proof)
			return err
		},
		apply: func() {
			t.leafDone[l.Index] = true
			t.claimed.Add(t.claimed, payout)
			mm.move(mm.market, l.User, payout)
		},
	}
}

// mOp is one transaction of the model: whether the market must take it, how
// to send it, and what it changes once taken.
type mOp struct {
	what  string
	ok    bool
	send  func() error
	apply func()
}

// do sends op and checks the outcome against the model's prediction; it
// returns whether the market took it.
func (mm *marketModel) do(op mOp) bool {
	if !mm.expect(op.what, op.ok, op.send()) {
		return false
	}
	op.apply()
	return true
}

// together sends transactions that do not depend on one another at once,
// so that the dev chain seals them into a few blocks instead of one each.
// Each op is predicted and applied to the model as it is added (the next
// one's prediction may depend on it); run sends them all and checks each
// outcome against its prediction.
type together struct {
	mm  *marketModel
	ops []mOp
}

func (b *together) add(op mOp) {
	if op.ok {
		op.apply()
	}
	b.ops = append(b.ops, op)
}

func (b *together) run() {
	errs := make([]error, len(b.ops))
	var wg sync.WaitGroup
	for i, op := range b.ops {
		wg.Go(func() { errs[i] = op.send() })
	}
	wg.Wait()
	for i, op := range b.ops {
		b.mm.expect(op.what, op.ok, errs[i])
	}
	b.ops = nil
}

func (mm *marketModel) settleVotes() {
	v := mm.rng.IntN(len(mm.vers))
	var refs []chain.ResultRef
	ok := true
	for range 1 + mm.rng.IntN(3) {
		if len(mm.tasks) == 0 {
			return
		}
		t := mm.tasks[mm.rng.IntN(len(mm.tasks))]
		i := mm.rng.IntN(t.r)
		s := t.slots[i]
		j := s.member(v)
		for _, r := range refs {
			if r.TaskID == t.id && r.Index == uint8(i) {
				j = -1 // settling one seat twice in a call
			}
		}
		ok = ok && t.settled && s.drawn && j >= 0 && !s.settled[j]
		refs = append(refs, chain.ResultRef{TaskID: t.id, Index: uint8(i)})
	}
	mm.settleRefs(v, refs, ok)
}

// memberOutcome is what settling member j's seat on a result of a settled
// task pays it and costs it.
func (mm *marketModel) memberOutcome(t *mTask, s *mSlot, j int) (reward, penalty *big.Int) {
	vote := s.votes[j]
	switch {
	case vote == chain.VoteNone:
		return new(big.Int), propSilence
	case s.verdict == chain.ResultFailed && vote == chain.VoteFail:
		return s.failReward, new(big.Int)
	case s.verdict == chain.ResultFailed, s.verdict == chain.ResultPassed && vote != chain.VotePass:
		return new(big.Int), propPenalty
	}
	return mm.memberReward(t, s), new(big.Int)
}

func (mm *marketModel) settleRefs(v int, refs []chain.ResultRef, ok bool) {
	mm.do(mm.settleOp(v, refs, ok))
}

func (mm *marketModel) settleOp(v int, refs []chain.ResultRef, ok bool) mOp {
	return mOp{what: "settle votes", ok: ok, send: func() error {
		_, err := mm.relayer.SettleVotes(mm.ctx, mm.vers[v].Address(), refs)
		return err
	}, apply: func() { mm.applySettle(v, refs) }}
}

func (mm *marketModel) applySettle(v int, refs []chain.ResultRef) {
	reward, penalty := new(big.Int), new(big.Int)
	for _, r := range refs {
		t := mm.taskByID(r.TaskID)
		s := t.slots[r.Index]
		j := s.member(v)
		s.settled[j] = true
		rw, p := mm.memberOutcome(t, s, j)
		if !t.swept { // a swept task's rewards went to the treasury
			reward.Add(reward, rw)
		}
		penalty.Add(penalty, p)
	}
	a := mm.vers[v].Address()
	mm.move(mm.market, a, reward)
	mm.unlock(a, new(big.Int).Mul(propSeatLock, big.NewInt(int64(len(refs)))))
	if penalty.Sign() > 0 {
		mm.slashModel(a, penalty, mm.treasury)
	}
}

func (mm *marketModel) taskByID(id uint64) *mTask {
	for _, t := range mm.tasks {
		if t.id == id {
			return t
		}
	}
	mm.t.Fatalf("no task %d in the model", id)
	return nil
}

func (mm *marketModel) withdraw() { mm.withdrawNode(mm.rng.IntN(len(mm.nodes))) }

func (mm *marketModel) withdrawNode(n int) { mm.do(mm.withdrawOp(n)) }

func (mm *marketModel) withdrawOp(n int) mOp {
	e, u := mm.earnings[n], mm.pendingUnlock[n]
	return mOp{what: "withdraw", ok: e.Sign() > 0 || u.Sign() > 0, send: func() error {
		_, err := mm.nodes[n].op.WithdrawEarnings(mm.ctx)
		return err
	}, apply: func() {
		mm.move(mm.market, mm.nodes[n].op.Address(), e)
		mm.unlock(mm.nodes[n].op.Address(), u)
		mm.earnings[n], mm.pendingUnlock[n] = new(big.Int), new(big.Int)
	}}
}

func (mm *marketModel) stakeMore() {
	var c *chain.Client
	var minimum *big.Int
	var role chain.Role
	v := -1
	if mm.rng.IntN(2) == 0 {
		i := mm.rng.IntN(len(mm.nodes))
		for j := range mm.nodes {
			if !mm.nodeActive(j) {
				i = j
			}
		}
		c, minimum, role = mm.nodes[i].op, propMinTEE, chain.RoleTEENode
	} else {
		v = mm.rng.IntN(len(mm.vers))
		c, minimum, role = mm.vers[v], propMinVer, chain.RoleVerifier
	}
	amt := chain.Tokens(int64(10 + mm.rng.IntN(200)))
	total := new(big.Int).Add(mm.stake[c.Address()], amt)
	ok := total.Cmp(minimum) >= 0 && mm.bal[c.Address()].Cmp(amt) >= 0
	_, err := c.Stake(mm.ctx, role, amt)
	if mm.expect("stake", ok, err) {
		mm.stake[c.Address()] = total
		mm.move(c.Address(), mm.staking, amt)
		if v >= 0 {
			mm.addSeats(v)
		}
	}
}

func (mm *marketModel) slash() {
	stakers := mm.stakers()
	who := stakers[mm.rng.IntN(len(stakers))]
	amt := chain.Tokens(int64(1 + mm.rng.IntN(60)))
	_, err := mm.slasher.Slash(mm.ctx, who, amt, mm.slasher.Address())
	require.NoError(mm.t, err)
	mm.slashModel(who, amt, mm.slasher.Address())
}

// drain mines past every limit, settles every open task, claims every
// leaf, settles every seat and withdraws every earning.
func (mm *marketModel) drain() {
	// Committees finish most of their work first: draw, commit, reveal.
	for _, t := range mm.open {
		for i, s := range t.slots {
			if !s.submitted || s.drawn || mm.rng.IntN(6) == 0 || mm.head()+3 > s.votingEnds {
				continue
			}
			if !mm.drawAt(t, i) {
				continue
			}
			if s.selected && mm.rng.IntN(2) == 0 {
				mm.reportOn(t, i, (s.node+1+mm.rng.IntN(len(mm.nodes)-1))%len(mm.nodes), false)
			}
			for _, v := range s.members {
				if mm.rng.IntN(5) == 0 || mm.head()+3 > s.votingEnds {
					continue
				}
				mm.commitSeq++
				c := &mCommit{salt: mhash(mm.t), ballots: []chain.Ballot{{TaskID: t.id, Index: uint8(i), Pass: mm.rng.IntN(4) > 0}}}
				rcpt, err := mm.vers[v].CommitVotes(mm.ctx, mm.commitSeq, c.salt, c.ballots)
				require.NoError(mm.t, err)
				c.block = rcpt.BlockNumber.Uint64()
				mm.ver[v].commits[mm.commitSeq] = c
			}
		}
	}
	// Every commitment whose reveal phase is still reachable is revealed.
	for v := range mm.vers {
		ids := make([]uint64, 0, len(mm.ver[v].commits))
		for id := range mm.ver[v].commits {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			c := mm.ver[v].commits[id]
			b := c.ballots[0]
			s := mm.taskByID(b.TaskID).slots[b.Index]
			if len(c.ballots) != 1 || !s.drawn || s.member(v) < 0 || c.block > s.votingEnds || mm.head()+3 > s.votingEnds+propReveal {
				continue
			}
			mm.net.Mine(int(max(s.votingEnds+1, mm.head()) - mm.head()))
			mm.revealCommit(v, id, false)
		}
		mm.ver[v].commits = map[uint64]*mCommit{}
	}
	for len(mm.open) > 0 {
		t := mm.open[0]
		var last uint64 = t.deadline
		missing := false
		for _, s := range t.slots {
			if s.submitted {
				last = max(last, s.votingEnds+propReveal)
			} else {
				missing = true
			}
		}
		for mm.head()+1 <= last {
			mm.net.Mine(int(last + 1 - mm.head()))
		}
		require.True(mm.t, mm.trySettle(t, missing), "task %d is stuck", t.id)
	}
	// Claims, then seat settlements and withdrawals, then sweeps: the
	// transactions of each group are independent and sent at once.
	batch := &together{mm: mm}
	for _, t := range mm.tasks {
		if !t.settled || t.passed == 0 {
			continue
		}
		tree := t.slots[t.payoutSlot].tree
		for i := range tree.Len() {
			l := tree.Leaf(i)
			if t.leafDone[l.Index] {
				continue
			}
			payout := new(big.Int).Mul(l.Amount, big.NewInt(int64(t.passed)))
			if new(big.Int).Add(t.claimed, payout).Cmp(t.pool) > 0 {
				continue // a greedy tree: the pool caps it (checked in claim)
			}
			op := mm.claimOp(t, tree, i)
			require.True(mm.t, op.ok, "task %d: leaf %d is claimable", t.id, i)
			batch.add(op)
		}
	}
	batch.run()
	for v := range mm.vers {
		var refs []chain.ResultRef
		for _, t := range mm.tasks {
			for i, s := range t.slots {
				if j := s.member(v); s.drawn && j >= 0 && !s.settled[j] {
					refs = append(refs, chain.ResultRef{TaskID: t.id, Index: uint8(i)})
				}
			}
		}
		if len(refs) > 0 {
			batch.add(mm.settleOp(v, refs, true))
		}
	}
	for n := range mm.nodes {
		if mm.earnings[n].Sign() > 0 || mm.pendingUnlock[n].Sign() > 0 {
			batch.add(mm.withdrawOp(n))
		}
	}
	batch.run()
	// Settled tasks are done with; keep the model small. What stays in the
	// market for them: the pool nobody claimed, and the member rewards
	// nobody earned (silent or outvoted members, no committee).
	if mm.rng.IntN(2) == 0 { // half the time the leftovers are swept
		var last uint64
		for _, t := range mm.tasks {
			if t.settled && !t.swept {
				last = max(last, t.settledBlock+propClaimPeriod)
			}
		}
		for mm.head() < last {
			mm.net.Mine(int(last - mm.head()))
		}
		var from []uint64
		for _, t := range mm.tasks {
			from = append(from, mm.sweepFrom(t))
		}
		next := mm.next(from...)
		for _, t := range mm.tasks {
			if t.settled && !t.swept {
				op := mm.sweepOp(t, next)
				require.True(mm.t, op.ok, "task %d: the sweep after the claim period", t.id)
				batch.add(op)
			}
		}
		batch.run()
	}
	for _, t := range mm.tasks {
		if t.pool == nil || t.swept {
			continue
		}
		mm.retained.Add(mm.retained, new(big.Int).Sub(t.pool, t.claimed))
		mm.retained.Add(mm.retained, mm.unearned(t))
	}
	mm.tasks = mm.tasks[:0]
	for _, n := range mm.nodes {
		mEqual(mm.t, new(big.Int), mm.locked[n.op.Address()], "drained: node %s holds no lock", n.op.Address().Hex())
	}
	for _, v := range mm.vers {
		mEqual(mm.t, new(big.Int), mm.locked[v.Address()], "drained: verifier %s holds no lock", v.Address().Hex())
	}
}

// cancel has an owner (now and then another) cancel an open task: only the
// owner, and only while no slot's stake is locked for it.
func (mm *marketModel) cancel() {
	t := mm.pickOpen()
	if t == nil {
		return
	}
	by := t.owner
	if mm.rng.IntN(5) == 0 {
		by = mm.rng.IntN(len(mm.owners))
	}
	mm.next()
	liable := slices.ContainsFunc(t.slots, func(s *mSlot) bool { return s.accepted })
	_, err := mm.owners[by].Cancel(mm.ctx, t.id)
	if !mm.expect("cancel", by == t.owner && !liable, err) {
		return
	}
	mm.move(mm.market, mm.owners[t.owner].Address(), t.fee)
	t.cancelled = true
	mm.open = slices.DeleteFunc(mm.open, func(o *mTask) bool { return o == t })
}

// sweep sweeps a task's leftovers, mostly of a settled task.
func (mm *marketModel) sweep() {
	if len(mm.tasks) == 0 {
		return
	}
	t := mm.tasks[mm.rng.IntN(len(mm.tasks))]
	for range 5 {
		if t.settled && !t.swept {
			break
		}
		t = mm.tasks[mm.rng.IntN(len(mm.tasks))]
	}
	mm.sweepTask(t)
}

// sweepTask calls sweep and checks it against the model: a settled task,
// once its claim period is over, sends its unclaimed pool and the member
// rewards nobody earned or settled to the treasury.
func (mm *marketModel) sweepTask(t *mTask) bool {
	return mm.do(mm.sweepOp(t, mm.next(mm.sweepFrom(t))))
}

// sweepFrom is the first block at which t can be swept (if settled).
func (mm *marketModel) sweepFrom(t *mTask) uint64 { return t.settledBlock + propClaimPeriod }

// sweepOp is the sweep of t sent when the next block is next.
func (mm *marketModel) sweepOp(t *mTask, next uint64) mOp {
	return mOp{what: "sweep", ok: t.settled && !t.swept && next-1 >= mm.sweepFrom(t), send: func() error {
		_, err := mm.relayer.Sweep(mm.ctx, t.id)
		return err
	}, apply: func() {
		amount := new(big.Int).Sub(t.pool, t.claimed)
		amount.Add(amount, mm.unpaid(t))
		mm.move(mm.market, mm.treasury, amount)
		t.swept = true
		t.claimed = new(big.Int).Set(t.pool)
	}}
}

// unpaid is what a settled task holds for committee members: of each paid
// result's member rewards those not settled by a member that earned them,
// of each failed result's fail-voter rewards those not settled.
func (mm *marketModel) unpaid(t *mTask) *big.Int {
	sum := new(big.Int)
	for _, s := range t.slots {
		switch {
		case s.verdict.Paid():
			paid := 0
			for j := range s.members {
				if s.settled[j] && mm.wouldEarn(t, s, j) {
					paid++
				}
			}
			sum.Add(sum, new(big.Int).Mul(mm.memberReward(t, s), big.NewInt(int64(propCommittee-paid))))
		case s.verdict == chain.ResultFailed:
			for j := range s.members {
				if !s.settled[j] && s.votes[j] == chain.VoteFail {
					sum.Add(sum, s.failReward)
				}
			}
		}
	}
	return sum
}

// unearned is what a settled task's paid results hold for committee members
// that earned nothing (or that nobody drew).
func (mm *marketModel) unearned(t *mTask) *big.Int {
	sum := new(big.Int)
	for _, s := range t.slots {
		if !s.verdict.Paid() {
			continue
		}
		earners := 0
		for j := range s.members {
			if mm.wouldEarn(t, s, j) {
				earners++
			}
		}
		sum.Add(sum, new(big.Int).Mul(mm.memberReward(t, s), big.NewInt(int64(propCommittee-earners))))
	}
	return sum
}

// wouldEarn reports whether member j earns the member reward of a paid result.
func (mm *marketModel) wouldEarn(t *mTask, s *mSlot, j int) bool {
	vote := s.votes[j]
	return vote != chain.VoteNone && (s.verdict == chain.ResultLapsed || vote == chain.VotePass)
}

// check compares every balance and stake with the model and the market's
// balance with its liabilities.
func (mm *marketModel) check(where string) {
	gov := mm.net.Governance()
	accounts, stakers := mm.accounts(), mm.stakers()
	bals, stakes := make([]*big.Int, len(accounts)), make([]chain.StakeInfo, len(stakers))
	v := newViews(gov.Deployment())
	for i, a := range accounts {
		v.balance(a, &bals[i])
	}
	for i, a := range stakers {
		v.stake(a, &stakes[i])
	}
	require.NoError(mm.t, v.run(mm.ctx, gov))
	sum := new(big.Int)
	for i, a := range accounts {
		mEqual(mm.t, mm.bal[a], bals[i], "%s: MEMO balance of %s", where, a.Hex())
		sum.Add(sum, bals[i])
	}
	mEqual(mm.t, mm.total, sum, "%s: MEMO created or lost", where)
	stakeSum := new(big.Int)
	for i, a := range stakers {
		s := stakes[i]
		mEqual(mm.t, mm.stake[a], s.Staked, "%s: stake of %s", where, a.Hex())
		mEqual(mm.t, mm.locked[a], s.Locked, "%s: locked stake of %s", where, a.Hex())
		stakeSum.Add(stakeSum, s.Staked)
	}
	mEqual(mm.t, mm.bal[mm.staking], stakeSum, "%s: Staking holds exactly the stakes", where)

	liab := new(big.Int).Set(mm.retained)
	for _, e := range mm.earnings {
		liab.Add(liab, e)
	}
	for _, t := range mm.tasks {
		if t.cancelled || t.swept {
			continue // refunded / swept: the market holds nothing for it
		}
		if !t.settled {
			liab.Add(liab, t.fee)
			continue
		}
		liab.Add(liab, new(big.Int).Sub(t.pool, t.claimed))
		for _, s := range t.slots {
			if s.verdict.Paid() {
				// Every member reward of a paid result stays until settled
				// by a member that earned it (or swept).
				paidOut := 0
				for j := range s.members {
					if s.settled[j] && mm.wouldEarn(t, s, j) {
						paidOut++
					}
				}
				liab.Add(liab, new(big.Int).Mul(mm.memberReward(t, s), big.NewInt(int64(propCommittee-paidOut))))
			}
			if s.verdict == chain.ResultFailed {
				for j := range s.members {
					if !s.settled[j] && s.votes[j] == chain.VoteFail {
						liab.Add(liab, s.failReward)
					}
				}
			}
		}
	}
	mEqual(mm.t, liab, mm.bal[mm.market], "%s: market holds exactly its liabilities", where)
}

// eqBig compares amounts by value (big.Int's zero has two representations).
func mEqual(t testing.TB, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	if want.Cmp(got) != 0 {
		require.Failf(t, "amounts differ", "want %s, got %s (diff %s)", want, got, new(big.Int).Sub(got, want), msgAndArgs)
	}
}

var mTxRe = regexp.MustCompile(`transaction (0x[0-9a-f]{64})`)

// debugTx logs gas limit, gas used and block of a transaction named in err.
func (mm *marketModel) debugTx(err error) {
	m := mTxRe.FindStringSubmatch(err.Error())
	if m == nil {
		return
	}
	h := common.HexToHash(m[1])
	tx, _, _ := mm.net.Backend().TransactionByHash(mm.ctx, h)
	r, _ := mm.net.Backend().TransactionReceipt(mm.ctx, h)
	if tx != nil && r != nil {
		mm.t.Logf("transaction %s: gas limit %d, used %d, block %d, status %d", h.Hex(), tx.Gas(), r.GasUsed, r.BlockNumber, r.Status)
	}
}
