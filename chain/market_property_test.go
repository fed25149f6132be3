package chain_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/chain/devnet"
)

var (
	marketSequences = flag.Int("market.sequences", 1000, "random sequences in TestMarketProperty (-short runs 100)")
	marketSteps     = flag.Int("market.steps", 10, "random operations per sequence in TestMarketProperty")
	marketSeed      = flag.Uint64("market.seed", 0, "seed for TestMarketProperty (0: time-based)")
)

// Parameters of the property devnet.
var (
	propMinTEE    = chain.Tokens(1000)
	propMinVer    = chain.Tokens(100)
	propNodeSlash = chain.Tokens(50)
	propTOSlash   = chain.Tokens(20)
	propPenalty   = chain.Tokens(5)
	// propLock is what an open result slot locks: max(node slash, timeout slash).
	propLock = chain.Tokens(50)
)

const (
	propOwnerBps = 5000
	propVerBps   = 2000
)

// mTask is the model of one task.
type mTask struct {
	id         uint64
	owner      int
	fee        *big.Int
	r, q       int
	usersBps   uint16
	verBps     uint16
	deadline   uint64
	window     uint64
	named      bool
	slots      []*mSlot
	settled    bool
	passed     int
	payoutSlot int
	pool       *big.Int
	claimed    *big.Int
	leafDone   map[uint64]bool
}

// mSlot is the model of one result slot.
type mSlot struct {
	node       int  // -1: open
	accepted   bool // the node committed (accept); only then is a missing result slashed
	submitted  bool
	votingEnds uint64
	pass, fail int
	voters     map[int]bool // verifier -> pass
	settledVot map[int]bool
	tree       *chain.PayoutTree
	verdict    chain.ResultState
	failReward *big.Int
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
	tasks    []*mTask
	open     []*mTask
	total    *big.Int
	// retained is what drained tasks left in the market for good: the part
	// of a users' pool its payout tree does not pay (rounding, greedy trees).
	retained *big.Int
	stats    map[string]int
}

// TestMarketProperty runs random sequences of publish / accept / submit /
// vote / finalize / timeout / claim / settle-votes / withdraw / stake /
// slash / mine across 3 owners, 3 TEE nodes, 3 verifiers and 4 users on its
// own devnet. A Go model predicts, for every operation, whether the market
// must accept or refuse it and, for every success, every MEMO balance and
// stake. After every step it checks each balance and stake against the
// model, that no MEMO was created or lost, and that the market holds
// exactly its liabilities (open escrows, unclaimed user pools, operator
// earnings, unsettled verifier rewards). Each sequence ends by mining past
// every deadline and voting window and settling every task (none may be
// stuck), then claiming every leaf and settling every vote; each escrowed
// fee is checked to split exactly into refund, operator pay, verifier
// rewards and users' pool.
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
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
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
		for _, k := range []string{"publish", "accept", "submit", "vote", "settle", "claim", "settle votes", "withdraw",
			"result passed", "result failed", "result lapsed", "result missing", "claim refused", "vote refused", "submit refused"} {
			require.Positive(t, mm.stats[k], "no %q in %d sequences: the generator is too narrow", k, sequences)
		}
	}
}

func newMarketModel(t *testing.T, ctx context.Context, rng *rand.Rand) *marketModel {
	treasury := mAddrOf(mKey(t))
	net, err := devnet.New(ctx, devnet.Config{
		Accounts: 1,
		Deploy: chain.DeployConfig{
			MinStakeTEENode: propMinTEE, MinStakeVerifier: propMinVer, UnbondingDelay: 130, Quorum: 1,
			Market: chain.MarketConfig{
				Treasury: treasury, NodeSlash: propNodeSlash, TimeoutSlash: propTOSlash, VerifierPenalty: propPenalty,
				SlashOwnerBps: propOwnerBps, SlashVerifiersBps: propVerBps, MinQuorum: 1, MaxVotingWindow: 100, MaxDuration: 30,
			},
		},
	})
	require.NoError(t, err)
	gov := net.Governance()
	mm := &marketModel{
		t: t, ctx: ctx, net: net, rng: rng, m: mhash(t), treasury: treasury,
		market: net.Deployment().TaskMarket, staking: net.Deployment().Staking,
		bal: map[common.Address]*big.Int{}, stake: map[common.Address]*big.Int{}, locked: map[common.Address]*big.Int{}, earnings: map[int]*big.Int{},
		retained: new(big.Int), stats: map[string]int{},
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
		v := fund(chain.Tokens(1000))
		_, err := v.Stake(ctx, chain.RoleVerifier, chain.Tokens(150))
		require.NoError(t, err)
		mm.vers = append(mm.vers, v)
	}
	for i := range 3 {
		op := fund(chain.Tokens(5000))
		_, err := op.Stake(ctx, chain.RoleTEENode, chain.Tokens(2000))
		require.NoError(t, err)
		k := mKey(t)
		_, err = op.RegisterEnclave(ctx, registration(t, op, k, mm.m))
		require.NoError(t, err)
		_, err = mm.vers[0].ApproveEnclave(ctx, mAddrOf(k))
		require.NoError(t, err)
		mm.nodes = append(mm.nodes, marketNode{op: op, enclave: mAddrOf(k), key: k})
		mm.earnings[i] = new(big.Int)
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

// slashModel takes up to amt of who's stake into the market (or to) and
// returns what was taken: free stake first, then locked stake (nobody in the
// model unbonds).
func (mm *marketModel) slashModel(who common.Address, amt *big.Int, to common.Address) *big.Int {
	taken := new(big.Int).Set(amt)
	if taken.Cmp(mm.stake[who]) > 0 {
		taken.Set(mm.stake[who])
	}
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
func (mm *marketModel) verStaked(i int) bool {
	return mm.stake[mm.vers[i].Address()].Cmp(propMinVer) >= 0
}

func (mm *marketModel) share(t *mTask) (share, users, perVote, node *big.Int) {
	share = new(big.Int).Div(t.fee, big.NewInt(int64(t.r)))
	users = mBps(share, t.usersBps)
	perVote = new(big.Int).Div(mBps(share, t.verBps), big.NewInt(int64(t.q)))
	node = new(big.Int).Sub(new(big.Int).Sub(share, users), new(big.Int).Mul(perVote, big.NewInt(int64(t.q))))
	return
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
	case k < 9:
		mm.publish()
	case k < 20:
		mm.accept()
	case k < 40:
		mm.submit()
	case k < 64:
		mm.vote()
	case k < 72:
		mm.settle()
	case k < 82:
		mm.claim()
	case k < 87:
		mm.settleVotes()
	case k < 90:
		mm.withdraw()
	case k < 94:
		mm.stakeMore()
	case k < 96:
		mm.slash()
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
		owner: o, fee: fee, r: r, q: 1 + mm.rng.IntN(2), usersBps: usersBps, verBps: verBps,
		window: uint64(4 + mm.rng.IntN(12)), named: mm.rng.IntN(2) == 0, leafDone: map[uint64]bool{}, claimed: new(big.Int),
	}
	next := mm.next()
	t.deadline = next + uint64(4+mm.rng.IntN(16))
	spec := chain.TaskSpec{
		Measurement: mm.m, DatasetHash: common.Hash{byte(o)}, Fee: fee,
		Split:    chain.Split{UsersBps: usersBps, VerifiersBps: verBps, NodesBps: 10_000 - usersBps - verBps},
		Deadline: t.deadline, VotingWindow: uint32(t.window), Quorum: uint8(t.q), Replication: uint8(r),
	}
	ok := true
	perm := mm.rng.Perm(len(mm.nodes))
	for i := range r {
		s := &mSlot{node: -1, voters: map[int]bool{}, settledVot: map[int]bool{}}
		if t.named {
			s.node = perm[i]
			spec.Enclaves = append(spec.Enclaves, mm.nodes[perm[i]].enclave)
			ok = ok && mm.nodeActive(perm[i])
		}
		t.slots = append(t.slots, s)
	}
	if mm.rng.IntN(10) == 0 { // a bad split now and then
		spec.Split.NodesBps++
		ok = false
	}
	id, _, err := mm.owners[o].Publish(mm.ctx, spec)
	if !mm.expect("publish", ok, err) {
		return
	}
	t.id = id
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
	_, users, _, _ := mm.share(t)
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
		s.submitted, s.tree = true, tree
		s.votingEnds = rcpt.BlockNumber.Uint64() + t.window
	}
}

// mCast is one ballot of the model.
type mCast struct {
	t    *mTask
	i    int
	pass bool
}

func (mm *marketModel) vote() {
	live := func(t *mTask, s *mSlot) bool { return s.submitted && s.pass < t.q && s.fail < t.q }
	var casts []mCast
	for range 1 + mm.rng.IntN(3) {
		t, i := mm.pickSlot(live)
		if t == nil {
			return
		}
		casts = append(casts, mCast{t, i, mm.rng.IntN(10) < 7})
	}
	v := mm.rng.IntN(len(mm.vers))
	for _, w := range mm.rng.Perm(len(mm.vers)) { // mostly someone who has not voted yet
		if _, voted := casts[0].t.slots[casts[0].i].voters[w]; !voted && mm.rng.IntN(8) > 0 {
			v = w
		}
	}
	mm.castVotes(v, casts)
}

// castVotes sends verifier v's ballots (one vote, or a batch) and checks
// the outcome against the model.
func (mm *marketModel) castVotes(v int, casts []mCast) bool {
	var limits []uint64
	for _, c := range casts {
		limits = append(limits, c.t.slots[c.i].votingEnds)
	}
	next := mm.next(limits...)
	ok := mm.verStaked(v) && mm.free(mm.vers[v].Address()).Cmp(new(big.Int).Mul(propPenalty, big.NewInt(int64(len(casts))))) >= 0
	// Walk the ballots in order on scratch counters, as the contract does.
	pass, fail, seen := map[*mSlot]int{}, map[*mSlot]int{}, map[*mSlot]bool{}
	ballots := make([]chain.Ballot, len(casts))
	for k, c := range casts {
		s := c.t.slots[c.i]
		_, voted := s.voters[v]
		if !s.submitted || next > s.votingEnds || s.pass+pass[s] >= c.t.q || s.fail+fail[s] >= c.t.q || voted || seen[s] {
			ok = false
		}
		seen[s] = true
		if c.pass {
			pass[s]++
		} else {
			fail[s]++
		}
		ballots[k] = chain.Ballot{TaskID: c.t.id, Index: uint8(c.i), Pass: c.pass}
	}
	var err error
	if len(ballots) == 1 && mm.rng.IntN(2) == 0 {
		_, err = mm.vers[v].Vote(mm.ctx, ballots[0].TaskID, ballots[0].Index, ballots[0].Pass)
	} else {
		_, err = mm.vers[v].VoteBatch(mm.ctx, ballots)
	}
	if !mm.expect("vote", ok, err) {
		return false
	}
	mm.lock(mm.vers[v].Address(), new(big.Int).Mul(propPenalty, big.NewInt(int64(len(casts)))))
	for _, c := range casts {
		s := c.t.slots[c.i]
		s.voters[v] = c.pass
		if c.pass {
			s.pass++
		} else {
			s.fail++
		}
	}
	return true
}

func slotIndex(t *mTask, s *mSlot) int {
	for i, o := range t.slots {
		if o == s {
			return i
		}
	}
	return -1
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

// trySettle calls finalize (or timeout) and checks the outcome against the
// model; it returns whether the task settled.
func (mm *marketModel) trySettle(t *mTask, byTimeout bool) bool {
	limits := []uint64{t.deadline}
	for _, s := range t.slots {
		if s.submitted {
			limits = append(limits, s.votingEnds)
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
		if s.pass < t.q && s.fail < t.q && next <= s.votingEnds {
			ok = false
		}
	}
	if byTimeout {
		ok = ok && next > t.deadline && missing
	} else {
		ok = ok && !missing
	}
	var err error
	if byTimeout {
		_, err = mm.relayer.Timeout(mm.ctx, t.id)
	} else {
		_, err = mm.relayer.Finalize(mm.ctx, t.id)
	}
	if !mm.expect("settle", ok, err) {
		return false
	}
	owner := mm.owners[t.owner].Address()
	share, users, perVote, nodePay := mm.share(t)
	refund := new(big.Int).Sub(t.fee, new(big.Int).Mul(share, big.NewInt(int64(t.r))))
	accounted := new(big.Int).Set(refund)
	for i, s := range t.slots {
		switch {
		case !s.submitted:
			s.verdict = chain.ResultMissing
		case s.pass >= t.q:
			s.verdict = chain.ResultPassed
		case s.fail >= t.q:
			s.verdict = chain.ResultFailed
		default:
			s.verdict = chain.ResultLapsed
		}
		mm.stats["result "+s.verdict.String()]++
		if s.accepted { // a liable slot's lock is released first
			mm.unlock(mm.nodes[s.node].op.Address(), propLock)
		}
		if s.verdict == chain.ResultPassed {
			if t.passed == 0 {
				t.payoutSlot = i
			}
			t.passed++
			mm.earnings[s.node].Add(mm.earnings[s.node], nodePay)
			accounted.Add(accounted, nodePay).Add(accounted, users).Add(accounted, new(big.Int).Mul(perVote, big.NewInt(int64(t.q))))
			continue
		}
		refund.Add(refund, share)
		accounted.Add(accounted, share)
		var amt *big.Int
		q := 0
		switch {
		case s.verdict == chain.ResultFailed:
			amt, q = propNodeSlash, t.q
		case s.verdict == chain.ResultMissing && s.accepted:
			amt = propTOSlash
		default:
			continue
		}
		taken := mm.slashModel(mm.nodes[s.node].op.Address(), amt, mm.market)
		toOwner := mBps(taken, propOwnerBps)
		kept := new(big.Int)
		if q > 0 {
			s.failReward = new(big.Int).Div(mBps(taken, propVerBps), big.NewInt(int64(q)))
			kept.Mul(s.failReward, big.NewInt(int64(q)))
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
	l := tree.Leaf(i)
	proof, err := tree.Proof(i)
	require.NoError(mm.t, err)
	payout := new(big.Int).Mul(l.Amount, big.NewInt(int64(t.passed)))
	ok := t.settled && t.passed > 0 && tree == t.slots[t.payoutSlot].tree && !t.leafDone[l.Index] &&
		new(big.Int).Add(t.claimed, payout).Cmp(t.pool) <= 0
	_, err = mm.relayer.Claim(mm.ctx, t.id, l, proof)
	if !mm.expect("claim", ok, err) {
		return false
	}
	t.leafDone[l.Index] = true
	t.claimed.Add(t.claimed, payout)
	mm.move(mm.market, l.User, payout)
	return true
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
		_, voted := s.voters[v]
		for _, r := range refs {
			if r.TaskID == t.id && r.Index == uint8(i) {
				voted = false // settling one vote twice in a call
			}
		}
		ok = ok && t.settled && voted && !s.settledVot[v]
		refs = append(refs, chain.ResultRef{TaskID: t.id, Index: uint8(i)})
	}
	mm.settleRefs(v, refs, ok)
}

func (mm *marketModel) settleRefs(v int, refs []chain.ResultRef, ok bool) {
	_, err := mm.relayer.SettleVotes(mm.ctx, mm.vers[v].Address(), refs)
	if !mm.expect("settle votes", ok, err) {
		return
	}
	reward, wrong := new(big.Int), int64(0)
	for _, r := range refs {
		t := mm.taskByID(r.TaskID)
		s := t.slots[r.Index]
		s.settledVot[v] = true
		_, _, perVote, _ := mm.share(t)
		switch {
		case s.verdict == chain.ResultPassed && s.voters[v]:
			reward.Add(reward, perVote)
		case s.verdict == chain.ResultFailed && !s.voters[v]:
			reward.Add(reward, s.failReward)
		case s.verdict == chain.ResultPassed || s.verdict == chain.ResultFailed:
			wrong++
		}
	}
	mm.move(mm.market, mm.vers[v].Address(), reward)
	mm.unlock(mm.vers[v].Address(), new(big.Int).Mul(propPenalty, big.NewInt(int64(len(refs)))))
	if wrong > 0 {
		mm.slashModel(mm.vers[v].Address(), new(big.Int).Mul(propPenalty, big.NewInt(wrong)), mm.treasury)
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

func (mm *marketModel) withdrawNode(n int) {
	e := mm.earnings[n]
	_, err := mm.nodes[n].op.WithdrawEarnings(mm.ctx)
	if mm.expect("withdraw", e.Sign() > 0, err) {
		mm.move(mm.market, mm.nodes[n].op.Address(), e)
		mm.earnings[n] = new(big.Int)
	}
}

func (mm *marketModel) stakeMore() {
	c, min, role := mm.vers[0], propMinVer, chain.RoleVerifier
	if mm.rng.IntN(2) == 0 {
		i := mm.rng.IntN(len(mm.nodes))
		for j := range mm.nodes {
			if !mm.nodeActive(j) {
				i = j
			}
		}
		n := mm.nodes[i]
		c, min, role = n.op, propMinTEE, chain.RoleTEENode
	} else {
		c = mm.vers[mm.rng.IntN(len(mm.vers))]
	}
	amt := chain.Tokens(int64(10 + mm.rng.IntN(200)))
	total := new(big.Int).Add(mm.stake[c.Address()], amt)
	ok := total.Cmp(min) >= 0 && mm.bal[c.Address()].Cmp(amt) >= 0
	_, err := c.Stake(mm.ctx, role, amt)
	if mm.expect("stake", ok, err) {
		mm.stake[c.Address()] = total
		mm.move(c.Address(), mm.staking, amt)
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
// leaf, settles every vote and withdraws every earning.
func (mm *marketModel) drain() {
	// Verifiers finish most of their work first.
	for _, t := range mm.open {
		for i, s := range t.slots {
			for _, v := range mm.rng.Perm(len(mm.vers)) {
				_, voted := s.voters[v]
				if !s.submitted || s.pass >= t.q || s.fail >= t.q || voted || !mm.verStaked(v) || mm.rng.IntN(5) == 0 ||
					mm.free(mm.vers[v].Address()).Cmp(propPenalty) < 0 {
					continue
				}
				if mm.head()+3 > s.votingEnds { // see next
					break
				}
				require.True(mm.t, mm.castVotes(v, []mCast{{t, i, mm.rng.IntN(4) > 0}}))
			}
		}
	}
	for len(mm.open) > 0 {
		t := mm.open[0]
		var last uint64 = t.deadline
		missing := false
		for _, s := range t.slots {
			if s.submitted {
				last = max(last, s.votingEnds)
			} else {
				missing = true
			}
		}
		for mm.head()+1 <= last {
			mm.net.Mine(int(last + 1 - mm.head()))
		}
		require.True(mm.t, mm.trySettle(t, missing), "task %d is stuck", t.id)
	}
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
			require.True(mm.t, mm.claimLeaf(t, tree, i))
		}
	}
	for v := range mm.vers {
		var refs []chain.ResultRef
		for _, t := range mm.tasks {
			for i, s := range t.slots {
				if _, voted := s.voters[v]; voted && !s.settledVot[v] {
					refs = append(refs, chain.ResultRef{TaskID: t.id, Index: uint8(i)})
				}
			}
		}
		if len(refs) > 0 {
			mm.settleRefs(v, refs, true)
		}
	}
	for n := range mm.nodes {
		if mm.earnings[n].Sign() > 0 {
			mm.withdrawNode(n)
		}
	}
	// Settled tasks are done with; keep the model small.
	for _, t := range mm.tasks {
		if t.pool != nil {
			mm.retained.Add(mm.retained, new(big.Int).Sub(t.pool, t.claimed))
		}
	}
	mm.tasks = mm.tasks[:0]
}

// check compares every balance and stake with the model and the market's
// balance with its liabilities.
func (mm *marketModel) check(where string) {
	gov := mm.net.Governance()
	sum := new(big.Int)
	for _, a := range mm.accounts() {
		b, err := gov.MEMOBalance(mm.ctx, a)
		require.NoError(mm.t, err)
		mEqual(mm.t, mm.bal[a], b, "%s: MEMO balance of %s", where, a.Hex())
		sum.Add(sum, b)
	}
	mEqual(mm.t, mm.total, sum, "%s: MEMO created or lost", where)
	stakeSum := new(big.Int)
	for _, a := range mm.stakers() {
		s, err := gov.StakeOf(mm.ctx, a)
		require.NoError(mm.t, err)
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
		if !t.settled {
			liab.Add(liab, t.fee)
			continue
		}
		liab.Add(liab, new(big.Int).Sub(t.pool, t.claimed))
		_, _, perVote, _ := mm.share(t)
		for _, s := range t.slots {
			for v, pass := range s.voters {
				if s.settledVot[v] {
					continue
				}
				if s.verdict == chain.ResultPassed && pass {
					liab.Add(liab, perVote)
				} else if s.verdict == chain.ResultFailed && !pass {
					liab.Add(liab, s.failReward)
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
