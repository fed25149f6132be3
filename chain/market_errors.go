package chain

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Errors of the TaskMarket contract, matched with errors.Is on the
// *RevertError a Client returns, and errors of the payout-tree helpers.
var (
	// ErrNoMarket is returned when the deployment names no TaskMarket.
	ErrNoMarket = errors.New("no task market in the deployment")
	// ErrZeroFee is returned when publishing a task with a zero fee.
	ErrZeroFee = errors.New("task fee is zero")
	// ErrZeroResultKey is returned when publishing a task that names no
	// result key.
	ErrZeroResultKey = errors.New("task names no result key")
	// ErrResultKeyMismatch is returned when a claim's result-key hash is
	// not the task's: the output is encrypted to another key.
	ErrResultKeyMismatch = errors.New("claim's result key is not the task's")
	// ErrBadSplit is returned when a task's split does not sum to 10,000 basis points.
	ErrBadSplit = errors.New("split does not sum to 10,000 basis points")
	// ErrBadMarketParams is returned when governance sets inconsistent market parameters.
	ErrBadMarketParams = errors.New("invalid market parameters")
	// ErrDeadlineInPast is returned when publishing a task whose deadline block is not in the future.
	ErrDeadlineInPast = errors.New("task deadline not in the future")
	// ErrDeadlineTooFar is returned when publishing a task whose deadline lies beyond the market's maximum duration.
	ErrDeadlineTooFar = errors.New("task deadline beyond the maximum duration")
	// ErrBadReplication is returned when a task's replication is 0 or above MaxReplication.
	ErrBadReplication = errors.New("invalid replication factor")
	// ErrBadQuorum is returned when a task's quorum is not between a committee majority (or the market minimum) and the committee size.
	ErrBadQuorum = errors.New("invalid verifier quorum")
	// ErrBadVotingWindow is returned when a task's voting window is 0 or above the market maximum.
	ErrBadVotingWindow = errors.New("invalid voting window")
	// ErrEnclaveCountMismatch is returned when a task names a number of enclaves other than its replication.
	ErrEnclaveCountMismatch = errors.New("named enclaves do not match the replication")
	// ErrUnknownTask is returned when a task id does not exist.
	ErrUnknownTask = errors.New("unknown task")
	// ErrTaskSettled is returned when acting on a task that is already settled (e.g. finalizing twice).
	ErrTaskSettled = errors.New("task already settled")
	// ErrTaskNotSettled is returned when settling votes of a task that is not settled yet.
	ErrTaskNotSettled = errors.New("task not settled yet")
	// ErrDeadlinePassed is returned when submitting or accepting after a task's deadline.
	ErrDeadlinePassed = errors.New("task deadline passed")
	// ErrDeadlineNotPassed is returned when timing out a task before its deadline.
	ErrDeadlineNotPassed = errors.New("task deadline not passed")
	// ErrEnclaveInactive is returned when an enclave is registered but not active.
	ErrEnclaveInactive = errors.New("enclave not active")
	// ErrUnregisteredEnclave is returned when an enclave is not in the registry.
	ErrUnregisteredEnclave = errors.New("enclave not registered")
	// ErrMeasurementMismatch is returned when an enclave's or a claim's measurement differs from the task's.
	ErrMeasurementMismatch = errors.New("measurement differs from the task's")
	// ErrEnclaveAlreadyAssigned is returned when an enclave is assigned to a task twice.
	ErrEnclaveAlreadyAssigned = errors.New("enclave already assigned to the task")
	// ErrOperatorAlreadyAssigned is returned when a second enclave of the same operator joins a task.
	ErrOperatorAlreadyAssigned = errors.New("operator already assigned to the task")
	// ErrCallerNotOperator is returned when accepting a task for an enclave of another operator.
	ErrCallerNotOperator = errors.New("caller is not the enclave's operator")
	// ErrNoOpenSlot is returned when accepting a task whose result slots are all taken.
	ErrNoOpenSlot = errors.New("no open slot in the task")
	// ErrEnclaveNotAssigned is returned when a result comes from an enclave not assigned to the task.
	ErrEnclaveNotAssigned = errors.New("enclave not assigned to the task")
	// ErrInvalidClaimSignature is returned when a claim's signature does not recover to the enclave.
	ErrInvalidClaimSignature = errors.New("claim not signed by the enclave")
	// ErrPriceBelowFloor is returned when a claim's records would be paid below the task's price floor.
	ErrPriceBelowFloor = errors.New("users' share below the price floor")
	// ErrBadGrantsBlock is returned when a claim's grants block is before the task's publish block or in the future.
	ErrBadGrantsBlock = errors.New("claim's grants block out of range")
	// ErrInvalidLedgerSignature is returned when a ledger advance is not
	// signed by the enclave it names.
	ErrInvalidLedgerSignature = errors.New("ledger advance not signed by the enclave")
	// ErrLedgerRootMismatch is returned when a claim's previous ε-ledger root is not the enclave's current one.
	ErrLedgerRootMismatch = errors.New("claim does not continue the enclave's ε ledger")
	// ErrResultAlreadySubmitted is returned when an enclave submits a second result.
	ErrResultAlreadySubmitted = errors.New("result already submitted")
	// ErrNoSuchResult is returned when a result slot does not exist or holds no submitted result.
	ErrNoSuchResult = errors.New("no such result")
	// ErrVotingClosed is returned when drawing a committee after a result's voting window.
	ErrVotingClosed = errors.New("voting window closed")
	// ErrDrawTooEarly is returned when drawing a committee in the block of the result's submission.
	ErrDrawTooEarly = errors.New("committee drawn too early")
	// ErrCommitteeDrawn is returned when drawing a result's committee a second time.
	ErrCommitteeDrawn = errors.New("committee already drawn")
	// ErrNoCommittee is returned when revealing a vote on a result whose committee is not drawn.
	ErrNoCommittee = errors.New("no committee drawn for the result")
	// ErrCommitmentMismatch is returned when revealed ballots are not what was committed.
	ErrCommitmentMismatch = errors.New("ballots do not match the commitment")
	// ErrRevealNotOpen is returned when revealing before a result's commit phase ended.
	ErrRevealNotOpen = errors.New("reveal phase not open")
	// ErrRevealClosed is returned when revealing after a result's reveal phase.
	ErrRevealClosed = errors.New("reveal phase closed")
	// ErrCommittedTooLate is returned when revealing ballots committed after a result's commit phase.
	ErrCommittedTooLate = errors.New("ballots committed after the commit phase")
	// ErrNotCommitteeMember is returned when a verifier reveals or settles a vote on a result whose committee it is not on.
	ErrNotCommitteeMember = errors.New("not on the result's committee")
	// ErrAlreadyRevealed is returned when a member reveals its vote on a result twice.
	ErrAlreadyRevealed = errors.New("vote already revealed")
	// ErrNotTaskOwner is returned when someone other than the owner cancels a task.
	ErrNotTaskOwner = errors.New("not the task's owner")
	// ErrTaskHasLiableSlots is returned when cancelling a task an operator took on.
	ErrTaskHasLiableSlots = errors.New("task has accepted slots")
	// ErrClaimPeriodRunning is returned when sweeping a task before its claim period ended.
	ErrClaimPeriodRunning = errors.New("claim period not over")
	// ErrTaskSwept is returned when claiming from a task whose leftovers were swept.
	ErrTaskSwept = errors.New("task swept")
	// ErrBatchLengthMismatch is returned when batch arguments differ in length.
	ErrBatchLengthMismatch = errors.New("batch arguments differ in length")
	// ErrResultsMissing is returned when finalizing a task with results still missing.
	ErrResultsMissing = errors.New("results missing")
	// ErrNoEarnings is returned when an operator withdraws with no earnings credited.
	ErrNoEarnings = errors.New("no earnings to withdraw")
	// ErrAllResultsSubmitted is returned when timing out a task whose results are all in.
	ErrAllResultsSubmitted = errors.New("all results submitted")
	// ErrVotingOpen is returned when settling a task with a result whose committee can still reveal.
	ErrVotingOpen = errors.New("voting still open")
	// ErrVoteAlreadySettled is returned when settling a vote twice.
	ErrVoteAlreadySettled = errors.New("vote already settled")
	// ErrNothingToClaim is returned when claiming from a task that is not settled or has no passing result.
	ErrNothingToClaim = errors.New("nothing to claim")
	// ErrAlreadyClaimed is returned when a payout leaf is claimed twice.
	ErrAlreadyClaimed = errors.New("payout already claimed")
	// ErrInvalidProof is returned when a payout proof does not lead to the task's payout root.
	ErrInvalidProof = errors.New("invalid payout proof")
	// ErrPayoutExceedsPool is returned when a claim would take more than the users' pool holds.
	ErrPayoutExceedsPool = errors.New("payout exceeds the users' pool")
	// ErrNotSelectedForReexecution is returned when reporting the
	// re-execution of a result its committee draw did not select (or that
	// is not drawn yet).
	ErrNotSelectedForReexecution = errors.New("result not selected for re-execution")
	// ErrReexecutionAlreadyReported is returned when a result's
	// re-execution is reported a second time: the first report counts.
	ErrReexecutionAlreadyReported = errors.New("re-execution already reported")
	// ErrReexecutorNotIndependent is returned when the enclave reporting a
	// re-execution belongs to the result's operator or to the task owner.
	ErrReexecutorNotIndependent = errors.New("re-executor not independent of the result")
	// ErrInvalidReexecutionSignature is returned when a re-execution report
	// is not signed by the enclave it names.
	ErrInvalidReexecutionSignature = errors.New("re-execution report not signed by the enclave")
	// ErrBadPayout is returned when a payout tree is built from bad input.
	ErrBadPayout = errors.New("invalid payout")
)

// marketRevertSpecs explains TaskMarket's custom errors. Errors it shares
// by signature with the other contracts (ZeroAddress, ZeroAmount,
// NotStakedVerifier, AccessControlUnauthorizedAccount) use their entries.
var marketRevertSpecs = map[string]revertSpec{
	"ZeroFee": {ErrZeroFee, func([]any) string { return "task fee is zero: escrow a positive fee" }},
	"ZeroResultKey": {ErrZeroResultKey, func([]any) string {
		return "task names no result key: set the spec's resultKeyHash to chain.ResultKeyHash of your HPKE public key"
	}},
	"ResultKeyMismatch": {ErrResultKeyMismatch, func(a []any) string {
		return fmt.Sprintf("task %v takes outputs encrypted to the key with hash %s, the claim names %s: the enclave must encrypt to the task owner's key", a[0], hexArg(a[1]), hexArg(a[2]))
	}},
	"BadSplit": {ErrBadSplit, func(a []any) string {
		return fmt.Sprintf("split sums to %v basis points: users + nodes + verifiers must be 10000", a[0])
	}},
	"BadParams": {ErrBadMarketParams, func([]any) string {
		return fmt.Sprintf("market parameters invalid: slash shares must sum to at most 10000 bps, ownerCapBps at most 10000, committeeSize be %d to %d, minQuorum 1 to committeeSize, maxVotingWindow 1 to 2^24-1, revealWindow 1 to 32767, maxDuration 1 to 2^31-1 and claimPeriod positive", MinCommittee, MaxCommittee)
	}},
	"DeadlineInPast": {ErrDeadlineInPast, func(a []any) string {
		return fmt.Sprintf("deadline block %v is not after the current block %v: choose a later deadline", a[0], a[1])
	}},
	"ExtensionMismatch": {ErrDeployment, func(a []any) string {
		return fmt.Sprintf("TaskMarketExt at %v is not deployed for this token, staking and registry: deploy it with the same addresses", a[0])
	}},
	"DeadlineTooFar": {ErrDeadlineTooFar, func(a []any) string {
		return fmt.Sprintf("deadline block %v is beyond the latest allowed now, block %v: choose an earlier deadline", a[0], a[1])
	}},
	"BadReplication": {ErrBadReplication, func(a []any) string {
		return fmt.Sprintf("replication %v is invalid: use 1 to %d", a[0], MaxReplication)
	}},
	"BadQuorum": {ErrBadQuorum, func(a []any) string {
		return fmt.Sprintf("quorum %v is invalid: use %v to %v (a majority of the committee, at most its size)", a[0], a[1], a[2])
	}},
	"BadVotingWindow": {ErrBadVotingWindow, func(a []any) string {
		return fmt.Sprintf("voting window of %v blocks is invalid: use 1 to %v blocks", a[0], a[1])
	}},
	"EnclaveCountMismatch": {ErrEnclaveCountMismatch, func(a []any) string {
		return fmt.Sprintf("%v enclaves named for a replication of %v: name one per slot, or none to let operators accept", a[0], a[1])
	}},
	"UnknownTask": {ErrUnknownTask, func(a []any) string {
		return fmt.Sprintf("task %v does not exist: check the task id", a[0])
	}},
	"TaskAlreadySettled": {ErrTaskSettled, func(a []any) string {
		return fmt.Sprintf("task %v is already settled: nothing more can happen to it except claims", a[0])
	}},
	"TaskNotSettled": {ErrTaskNotSettled, func(a []any) string {
		return fmt.Sprintf("task %v is not settled yet: finalize or time it out first", a[0])
	}},
	"DeadlinePassed": {ErrDeadlinePassed, func(a []any) string {
		return fmt.Sprintf("task %v closed at block %v: results and accepts are no longer taken", a[0], a[1])
	}},
	"DeadlineNotPassed": {ErrDeadlineNotPassed, func(a []any) string {
		return fmt.Sprintf("task %v runs until block %v (now %v): wait for the deadline before timing it out", a[0], a[1], a[2])
	}},
	"EnclaveInactive": {ErrEnclaveInactive, func(a []any) string {
		return fmt.Sprintf("enclave %v is not active (pending, deregistered, measurement withdrawn or operator unstaked)", a[0])
	}},
	"UnregisteredEnclave": {ErrUnregisteredEnclave, func(a []any) string {
		return fmt.Sprintf("enclave %v is not registered: register and get it approved first", a[0])
	}},
	"EnclaveMeasurementMismatch": {ErrMeasurementMismatch, func(a []any) string {
		return fmt.Sprintf("enclave %v has measurement %s but the task needs %s", a[0], hexArg(a[1]), hexArg(a[2]))
	}},
	"ClaimMeasurementMismatch": {ErrMeasurementMismatch, func(a []any) string {
		return fmt.Sprintf("claim states measurement %s but the task needs %s", hexArg(a[0]), hexArg(a[1]))
	}},
	"EnclaveAlreadyAssigned": {ErrEnclaveAlreadyAssigned, func(a []any) string {
		return fmt.Sprintf("enclave %v already holds a slot of task %v", a[1], a[0])
	}},
	"OperatorAlreadyAssigned": {ErrOperatorAlreadyAssigned, func(a []any) string {
		return fmt.Sprintf("operator %v already runs an enclave for task %v: replicas must come from different operators", a[1], a[0])
	}},
	"CallerNotOperator": {ErrCallerNotOperator, func(a []any) string {
		return fmt.Sprintf("%v is not the operator of enclave %v: accept with the operator's account", a[1], a[0])
	}},
	"NoOpenSlot": {ErrNoOpenSlot, func(a []any) string {
		return fmt.Sprintf("task %v has no open slot: all its enclaves are assigned", a[0])
	}},
	"EnclaveNotAssigned": {ErrEnclaveNotAssigned, func(a []any) string {
		return fmt.Sprintf("enclave %v is not assigned to task %v: only assigned enclaves can submit", a[1], a[0])
	}},
	"InvalidClaimSignature": {ErrInvalidClaimSignature, func(a []any) string {
		return fmt.Sprintf("claim signature recovers to %v, not enclave %v: sign exactly this claim with the enclave key", a[0], a[1])
	}},
	"PriceBelowFloor": {ErrPriceBelowFloor, func(a []any) string {
		return fmt.Sprintf("users' share %s cannot pay %v records at the floor of %s each", FormatMEMO(arg(a, 0)), a[1], FormatMEMO(arg(a, 2)))
	}},
	"BadGrantsBlock": {ErrBadGrantsBlock, func(a []any) string {
		return fmt.Sprintf("the claim read grants at block %v: it must be from the task's publish block %v up to the current block %v", a[0], a[1], a[2])
	}},
	"InvalidLedgerSignature": {ErrInvalidLedgerSignature, func(a []any) string {
		return fmt.Sprintf("the ledger advance is signed by %v, not by enclave %v: the enclave key must sign it", a[0], a[1])
	}},
	"LedgerRootMismatch": {ErrLedgerRootMismatch, func(a []any) string {
		return fmt.Sprintf("the claim continues ε ledger root %s of enclave %v, whose root on chain is %s: submit the enclave's claims in the order it made them", hexArg(a[2]), a[0], hexArg(a[1]))
	}},
	"ResultAlreadySubmitted": {ErrResultAlreadySubmitted, func(a []any) string {
		return fmt.Sprintf("result %v of task %v is already submitted", a[1], a[0])
	}},
	"NoSuchResult": {ErrNoSuchResult, func(a []any) string {
		return fmt.Sprintf("task %v has no submitted result %v", a[0], a[1])
	}},
	"VotingClosed": {ErrVotingClosed, func(a []any) string {
		return fmt.Sprintf("the voting window of result %v of task %v closed at block %v: its committee can no longer be drawn, nor its re-execution reported", a[1], a[0], a[2])
	}},
	"NotSelectedForReexecution": {ErrNotSelectedForReexecution, func(a []any) string {
		return fmt.Sprintf("result %v of task %v is not selected for re-execution (its committee draw selects it, or not): report only results whose Reexecute is set", a[1], a[0])
	}},
	"ReexecutionAlreadyReported": {ErrReexecutionAlreadyReported, func(a []any) string {
		return fmt.Sprintf("the re-execution of result %v of task %v is already reported, by an enclave of operator %v: the first report counts", a[1], a[0], a[2])
	}},
	"ReexecutorNotIndependent": {ErrReexecutorNotIndependent, func(a []any) string {
		return fmt.Sprintf("operator %v runs result %v of task %v or owns the task: the re-execution must come from an enclave of another operator", a[2], a[1], a[0])
	}},
	"InvalidReexecutionSignature": {ErrInvalidReexecutionSignature, func(a []any) string {
		return fmt.Sprintf("the re-execution report is signed by %v, not by enclave %v: the enclave key must sign exactly this report", a[0], a[1])
	}},
	"DrawTooEarly": {ErrDrawTooEarly, func(a []any) string {
		return fmt.Sprintf("the committee of result %v of task %v can be drawn from block %v (its seed must come after the submission): retry then", a[1], a[0], a[2])
	}},
	"CommitteeAlreadyDrawn": {ErrCommitteeDrawn, func(a []any) string {
		return fmt.Sprintf("the committee of result %v of task %v is already drawn", a[1], a[0])
	}},
	"NoCommittee": {ErrNoCommittee, func(a []any) string {
		return fmt.Sprintf("result id %v has no committee drawn: draw it first (anyone may)", a[0])
	}},
	"CommitmentMismatch": {ErrCommitmentMismatch, func(a []any) string {
		return fmt.Sprintf("the ballots and salt revealed by %v do not match its commitment %v: reveal exactly what was committed", a[0], a[1])
	}},
	"RevealNotOpen": {ErrRevealNotOpen, func(a []any) string {
		return fmt.Sprintf("votes on result id %v can be revealed from block %v: wait for the commit phase to end", a[0], a[1])
	}},
	"RevealClosed": {ErrRevealClosed, func(a []any) string {
		return fmt.Sprintf("the reveal phase of result id %v closed at block %v", a[0], a[1])
	}},
	"CommittedTooLate": {ErrCommittedTooLate, func(a []any) string {
		return fmt.Sprintf("ballots on result id %v were committed at block %v, after its commit phase ended at block %v", a[0], a[1], a[2])
	}},
	"NotCommitteeMember": {ErrNotCommitteeMember, func(a []any) string {
		return fmt.Sprintf("%v is not on the committee of result id %v", a[1], a[0])
	}},
	"AlreadyRevealed": {ErrAlreadyRevealed, func(a []any) string {
		return fmt.Sprintf("%v already revealed its vote on result id %v", a[1], a[0])
	}},
	"NotTaskOwner": {ErrNotTaskOwner, func(a []any) string {
		return fmt.Sprintf("%v is not the owner of task %v: only the owner can cancel it", a[1], a[0])
	}},
	"TaskHasLiableSlots": {ErrTaskHasLiableSlots, func(a []any) string {
		return fmt.Sprintf("task %v has a slot an operator took on (accepted or submitted): it can no longer be cancelled, only settled", a[0])
	}},
	"ClaimPeriodRunning": {ErrClaimPeriodRunning, func(a []any) string {
		return fmt.Sprintf("task %v's claim period runs until block %v: sweep after it", a[0], a[1])
	}},
	"TaskSwept": {ErrTaskSwept, func(a []any) string {
		return fmt.Sprintf("task %v's leftovers were swept to the treasury after its claim period: nothing more can be claimed", a[0])
	}},
	"BatchLengthMismatch": {ErrBatchLengthMismatch, func([]any) string { return "batch arguments differ in length" }},
	"ResultsMissing": {ErrResultsMissing, func(a []any) string {
		return fmt.Sprintf("task %v still waits for result %v: wait for it, or time the task out after its deadline", a[0], a[1])
	}},
	"NoEarnings": {ErrNoEarnings, func(a []any) string {
		return fmt.Sprintf("operator %v has no earnings to withdraw", a[0])
	}},
	"AllResultsSubmitted": {ErrAllResultsSubmitted, func(a []any) string {
		return fmt.Sprintf("task %v has all its results: finalize it instead", a[0])
	}},
	"VotingOpen": {ErrVotingOpen, func(a []any) string {
		return fmt.Sprintf("result %v of task %v can still take committee votes until block %v: wait for every member to reveal or for that block", a[1], a[0], a[2])
	}},
	"VoteAlreadySettled": {ErrVoteAlreadySettled, func(a []any) string {
		return fmt.Sprintf("the vote of %v on result id %v is already settled", a[1], a[0])
	}},
	"NothingToClaim": {ErrNothingToClaim, func(a []any) string {
		return fmt.Sprintf("task %v is not settled or has no passing result: nothing to claim", a[0])
	}},
	"AlreadyClaimed": {ErrAlreadyClaimed, func(a []any) string {
		return fmt.Sprintf("payout leaf %v of task %v is already claimed", a[1], a[0])
	}},
	"InvalidProof": {ErrInvalidProof, func(a []any) string {
		return fmt.Sprintf("proof for leaf %v does not match the payout root of task %v: use the tree of the task's first paid result", a[1], a[0])
	}},
	"PayoutExceedsPool": {ErrPayoutExceedsPool, func(a []any) string {
		return fmt.Sprintf("payout %s exceeds the %s left in the users' pool of task %v", FormatMEMO(arg(a, 1)), FormatMEMO(arg(a, 2)), a[0])
	}},
}

func init() {
	registerRevertErrors(&bindings.TaskMarketMetaData, marketRevertSpecs)
	registerRevertErrors(&bindings.TaskMarketExtMetaData, marketRevertSpecs)
}

// registerRevertErrors adds a contract's custom errors to the client's
// revert decoder. It runs from init, after the package's tables are built.
func registerRevertErrors(meta *bind.MetaData, specs map[string]revertSpec) {
	parsed, err := meta.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err)) // generated code; caught by every test
	}
	for _, e := range parsed.Errors {
		var sel [4]byte
		copy(sel[:], e.ID[:4])
		if _, ok := errorsBySelector[sel]; !ok {
			errorsBySelector[sel] = e
		}
	}
	for name, spec := range specs {
		if _, ok := revertSpecs[name]; !ok {
			revertSpecs[name] = spec
		}
	}
}
