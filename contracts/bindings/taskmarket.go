// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TaskMarketBaseParams is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketBaseParams struct {
	NodeSlash         *big.Int
	TimeoutSlash      *big.Int
	SlashOwnerBps     uint16
	SlashVerifiersBps uint16
	OwnerCapBps       uint16
	CommitteeSize     uint8
	MinQuorum         uint8
	VerifierPenalty   *big.Int
	SilencePenalty    *big.Int
	MaxVotingWindow   uint32
	RevealWindow      uint16
	MaxDuration       uint32
	ClaimPeriod       uint32
}

// TaskMarketBaseResultClaim is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketBaseResultClaim struct {
	TaskId         *big.Int
	OutputHash     [32]byte
	LineageRoot    [32]byte
	PayoutRoot     [32]byte
	TotalRecords   uint64
	EpsilonSpent   uint64
	Measurement    [32]byte
	GrantsBlock    uint64
	ResultKeyHash  [32]byte
	PrevLedgerRoot [32]byte
	LedgerRoot     [32]byte
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"extension_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"grantsBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"publishBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"BadGrantsBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingEnds\",\"type\":\"uint64\"}],\"name\":\"CommittedTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"DrawTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"extension\",\"type\":\"address\"}],\"name\":\"ExtensionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"current\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimed\",\"type\":\"bytes32\"}],\"name\":\"LedgerRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"NoCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskSwept\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"votingEnds\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unlocked\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketBase.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"}],\"name\":\"VotesCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"VotesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"users\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"draw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"drawBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extension\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"ledgerRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"paramsAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"resultIds\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"passes\",\"type\":\"bool[]\"}],\"name\":\"revealVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantsBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevLedgerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ledgerRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketBase.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawEarnings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101406040526004805463ffffffff19166001179055348015610020575f5ffd5b5060405161568838038061568883398101604081905261003f91610ad0565b8686866001600160a01b038316158061005f57506001600160a01b038216155b8061007157506001600160a01b038116155b1561008f5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0392831660805290821660a052811660c052831615806100bd57506001600160a01b038216155b156100db5760405163d92e233d60e01b815260040160405180910390fd5b836001600160a01b0381163b15806101645750876001600160a01b0316816001600160a01b031663fc0c546a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610134573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101589190610c5f565b6001600160a01b031614155b806101e05750866001600160a01b0316816001600160a01b0316634cf088d96040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d49190610c5f565b6001600160a01b031614155b8061025c5750856001600160a01b0316816001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa15801561022c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102509190610c5f565b6001600160a01b031614155b1561028a576040516315e0867760e11b81526001600160a01b03861660048201526024015b60405180910390fd5b6001600160a01b038516610120524661010052610344604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60e0526103515f856103b9565b50600180546001600160a01b0319166001600160a01b0385169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16103ac82610462565b5050505050505050610d36565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610459575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104113390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161045c565b505f5b92915050565b612710816060015161ffff16826040015161ffff166104819190610c95565b11806104965750612710816080015161ffff16115b806104ab5750600360ff168160a0015160ff16105b806104c05750600760ff168160a0015160ff16115b806104d0575060c081015160ff16155b806104e857508060a0015160ff168160c0015160ff16115b806104fc575061012081015163ffffffff16155b80610516575062ffffff801681610120015163ffffffff16115b80610528575061014081015161ffff16155b8061053f5750610140810151617fff61ffff909116115b80610553575061016081015163ffffffff16155b8061056e5750610160810151637fffffff63ffffffff909116115b80610582575061018081015163ffffffff16155b80610590575060025461ffff105b156105ae5760405163019af63760e01b815260040160405180910390fd5b5f81610140015161ffff1682610120015163ffffffff1683610160015163ffffffff166105db9190610ca8565b6105e59190610ca8565b90505f60a0516001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610626573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061064a9190610cc7565b9050816001600160401b0316816001600160401b03161015610692576040516305bdc8d760e41b81526001600160401b03808316600483015283166024820152604401610281565b60a0516001600160a01b03166391d1485460a0516001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107059190610ced565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015610745573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107699190610d04565b156107d05760a051604051633e433e1560e11b81526001600160401b03841660048201526001600160a01b0390911690637c867c2a906024015f604051808303815f87803b1580156107b9575f5ffd5b505af11580156107cb573d5f5f3e3d5ffd5b505050505b600283908060018154018082558091505060019003905f5260205f2090600302015f909190919091505f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548161ffff021916908361ffff1602179055506060820151815f01601a6101000a81548161ffff021916908361ffff1602179055506080820151815f01601c6101000a81548161ffff021916908361ffff16021790555060a0820151815f01601e6101000a81548160ff021916908360ff16021790555060c0820151815f01601f6101000a81548160ff021916908360ff16021790555060e0820151816001015f6101000a8154816001600160601b0302191690836001600160601b0316021790555061010082015181600101600c6101000a8154816001600160601b0302191690836001600160601b031602179055506101208201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600101601c6101000a81548161ffff021916908361ffff160217905550610160820151816002015f6101000a81548163ffffffff021916908363ffffffff1602179055506101808201518160020160046101000a81548163ffffffff021916908363ffffffff16021790555050507f7c352bfc2119c67869da1d774501c73468269088e1e5d5559fdb44f96177febd6001600280549050610a1f9190610d23565b60405190815260200160405180910390a1505050565b6001600160a01b0381168114610a49575f5ffd5b50565b6040516101a081016001600160401b0381118282101715610a7b57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160601b0381168114610a97575f5ffd5b919050565b805161ffff81168114610a97575f5ffd5b805160ff81168114610a97575f5ffd5b805163ffffffff81168114610a97575f5ffd5b5f5f5f5f5f5f5f878903610260811215610ae8575f5ffd5b8851610af381610a35565b60208a0151909850610b0481610a35565b60408a0151909750610b1581610a35565b60608a0151909650610b2681610a35565b60808a0151909550610b3781610a35565b60a08a0151909450610b4881610a35565b92506101a060bf1982011215610b5c575f5ffd5b50610b65610a4c565b610b7160c08a01610a81565b8152610b7f60e08a01610a81565b6020820152610b916101008a01610a9c565b6040820152610ba36101208a01610a9c565b6060820152610bb56101408a01610a9c565b6080820152610bc76101608a01610aad565b60a0820152610bd96101808a01610aad565b60c0820152610beb6101a08a01610a81565b60e0820152610bfd6101c08a01610a81565b610100820152610c106101e08a01610abd565b610120820152610c236102008a01610a9c565b610140820152610c366102208a01610abd565b610160820152610c496102408a01610abd565b6101808201528091505092959891949750929550565b5f60208284031215610c6f575f5ffd5b8151610c7a81610a35565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561045c5761045c610c81565b6001600160401b03818116838216019081111561045c5761045c610c81565b5f60208284031215610cd7575f5ffd5b81516001600160401b0381168114610c7a575f5ffd5b5f60208284031215610cfd575f5ffd5b5051919050565b5f60208284031215610d14575f5ffd5b81518015158114610c7a575f5ffd5b8181038181111561045c5761045c610c81565b60805160a05160c05160e051610100516101205161488d610dfb5f395f818161021f015261032301525f612e2d01525f612efc01525f818161046c015281816129e701528181612bc90152818161364e015261373001525f81816103db0152818161076d015281816108ed01528181610c8b01528181610e46015281816110a9015281816111c2015281816122c101528181612389015281816123b8015281816124bd01528181613329015261389801525f818161055d0152611b95015261488d5ff3fe608060405234801561000f575f5ffd5b506004361061021a575f3560e01c80637214e65511610123578063cff0ab96116100ab578063e3bb3dd01161007a578063e3bb3dd014610535578063f0f442601461053d578063f698da2514610550578063fc0c546a14610558578063fdbce7771461057f5761021a565b8063cff0ab96146104e7578063d26fc3c0146104fc578063d2b8035a1461050f578063d547741f146105225761021a565b806391d14854116100f257806391d14854146104a95780639be5dfea146104bc578063a217fddf146104cf578063b6cb58a5146104d6578063b73c6ce9146104df5761021a565b80637214e655146104425780637b103999146104675780638dd5c0d61461048e5780638f25fb93146104965761021a565b8063332bf438116101a657806348bcbe051161017557806348bcbe05146103bc5780634cf088d9146103d657806356dde277146103fd5780635d4df3bf1461041c57806361d027b31461042f5761021a565b8063332bf43814610370578063360542c81461038357806336568abe146103965780633aba9c7e146103a95761021a565b8063231b11e5116101ed578063231b11e5146102bf578063248a9ca3146102f45780632b40ccca146103165780632d5537b01461031e5780632f2ff15d1461035d5761021a565b806301ffc9a71461025c57806305261aea1461028457806308148f7a1461029957806308dca520146102ac575b6040517f000000000000000000000000000000000000000000000000000000000000000090365f82375f5f3683855af43d5f833e80610257573d82fd5b503d81f35b61026f61026a366004613cbe565b610592565b60405190151581526020015b60405180910390f35b610297610292366004613ce5565b6105c8565b005b6102976102a7366004613ce5565b6105fe565b6102976102ba366004613cfc565b610688565b6102e67f389a5ee1b9f0b5741f3856037082bcd5f081211b0e9377f8a1262a8c6e7a4f4f81565b60405190815260200161027b565b6102e6610302366004613ce5565b5f9081526020819052604090206001015490565b6102e66106e3565b6103457f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161027b565b61029761036b366004613d30565b6106f9565b61029761037e366004613da5565b610723565b610297610391366004613e25565b6109b3565b6102976103a4366004613d30565b610a28565b6102976103b7366004613e8f565b610a60565b6103c4601081565b60405160ff909116815260200161027b565b6103457f000000000000000000000000000000000000000000000000000000000000000081565b6102e661040b366004613f64565b600e6020525f908152604090205481565b61029761042a366004613f7f565b610b58565b600154610345906001600160a01b031681565b6004546104529063ffffffff1681565b60405163ffffffff909116815260200161027b565b6103457f000000000000000000000000000000000000000000000000000000000000000081565b6103c4600781565b6102976104a4366004613fec565b610b81565b61026f6104b7366004613d30565b610ba6565b6102976104ca366004614006565b610bce565b6102e65f81565b6102e660035481565b610297610dad565b6104ef610efe565b60405161027b9190614068565b61029761050a3660046141a5565b61100d565b61029761051d366004613cfc565b61133e565b610297610530366004613d30565b611348565b6103c4600381565b61029761054b366004613f64565b61136c565b6102e66113f2565b6103457f000000000000000000000000000000000000000000000000000000000000000081565b6104ef61058d366004613ce5565b6113fb565b5f6001600160e01b03198216637965db0b60e01b14806105c257506301ffc9a760e01b6001600160e01b03198316145b92915050565b6105d06114fe565b5f8181526005602052604090206105f282826105ec818361156b565b5f6115b8565b506105fb611781565b50565b6106066114fe565b5f8181526005602052604081209061061e828461156b565b9050604081901c64ffffffffff8116431161067057604051635e3894d360e11b81526004810185905264ffffffffff821660248201526001600160401b03431660448201526064015b60405180910390fd5b61067d84848460016115b8565b5050506105fb611781565b335f818152600c602090815260408083208684528252918290204364ffffffffff19861617905590518481527f046bddb5e1dc5e78da68cefea101487a0fed94a5be099d7235f4bdfd88353656910160405180910390a25050565b6002545f906106f490600190614251565b905090565b5f82815260208190526040902060010154610713816117ab565b61071d83836117b5565b50505050565b61072b6114fe565b8281811461074c576040516305f8ded760e21b815260040160405180910390fd5b604051639adaecbd60e01b81526001600160a01b0387811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690639adaecbd90602401602060405180830381865afa1580156107b4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d89190614264565b62ffffff1690506107e7613c35565b5f5b8381101561088b575f5f5f6108308b8b8681811061080957610809614286565b905060200201358a8a8781811061082257610822614286565b905060200201358e89611844565b875192955090935091508390869061084990839061429a565b9052508185600160200201818151610861919061429a565b9052508085600260200201818151610879919061429a565b90525050600190920191506107e99050565b508051156108a05780516108a0908990611b78565b60208101516040808301516001549151630ff83a9560e21b81526001600160a01b038c81166004830152602482019490945260448101879052606481019190915290821660848201525f917f00000000000000000000000000000000000000000000000000000000000000001690633fe0ea549060a4016020604051808303815f875af1158015610933573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061095791906142ad565b825160408051918252602082018390529192506001600160a01b038b16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a2505050506109ac611781565b5050505050565b828181146109d4576040516305f8ded760e21b815260040160405180910390fd5b5f5b81811015610a2057610a188686838181106109f3576109f3614286565b90506020020135858584818110610a0c57610a0c614286565b90506020020135611c1a565b6001016109d6565b505050505050565b6001600160a01b0381163314610a515760405163334bd91960e11b815260040160405180910390fd5b610a5b8282611eb8565b505050565b868581141580610a705750838114155b80610a7b5750818114155b15610a99576040516305f8ded760e21b815260040160405180910390fd5b5f610aa38b611f21565b5090505f5b82811015610b4a57610b4282610abf846004015490565b8e8e8e86818110610ad257610ad2614286565b905060200201358d8d87818110610aeb57610aeb614286565b9050602002016020810190610b009190613f64565b8c8c88818110610b1257610b12614286565b905060200201358b8b89818110610b2b57610b2b614286565b9050602002810190610b3d91906142c4565b611fa3565b600101610aa8565b505050505050505050505050565b5f5f610b6388611f21565b91509150610b7782828a8a8a8a8a8a611fa3565b5050505050505050565b5f610b8b816117ab565b610ba2610b9d36849003840184614405565b612139565b5050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b82818114610bef576040516305f8ded760e21b815260040160405180910390fd5b335f908152600c602090815260408083208a8452909152902054801580610c4d5750602881338989898989604051602001610c2f96959493929190614515565b60408051601f19818403018152919052805160209091012018901c15155b15610c7457604051636141ff9760e11b815233600482015260248101899052604401610667565b604051639adaecbd60e01b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639adaecbd90602401602060405180830381865afa158015610cd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cfc9190614264565b62ffffff1690505f5b83811015610d6657610d5e888883818110610d2257610d22614286565b90506020020135878784818110610d3b57610d3b614286565b9050602002016020810190610d5091906145a9565b848664ffffffffff16612782565b600101610d05565b50604080518a81526020810185905233917f234342706c869c2fabab6992b62e661b28e5aee5e4cb2bb0f35f21d2f12510df910160405180910390a2505050505050505050565b610db56114fe565b335f908152600a602052604081205490819003610de65760405162bb554960e31b8152336004820152602401610667565b335f908152600a60205260408120556fffffffffffffffffffffffffffffffff81166001600160601b03608083901c1660e083901c15610ea6576040516316ace98d60e31b81523360048201526024810182905260e084901c60448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b5674c68906064015f604051808303815f87803b158015610e8f575f5ffd5b505af1158015610ea1573d5f5f3e3d5ffd5b505050505b8115610eb657610eb63383611b78565b604080518381526020810183905233917f90dac969af4a4897610ef8f0cd934c54409861eb7bd2205e552f8f2296ee5d3e910160405180910390a2505050610efc611781565b565b610f06613c53565b60028054610f1690600190614251565b81548110610f2657610f26614286565b5f918252602091829020604080516101a081018252600390930290910180546001600160601b038082168552600160601b80830482169686019690965261ffff600160c01b808404821695870195909552600160d01b830481166060870152600160e01b8084048216608088015260ff600160f01b8504811660a0890152600160f81b90940490931660c0870152600184015480831660e088015296870490911661010086015263ffffffff938604841661012086015294049093166101408301526002909201548083166101608301526401000000009004909116610180820152919050565b82355f81815260056020526040812090611027828461156b565b90505f61103883838a8a8a8a61295d565b90505f61104f8263ffffffff602086901c1661429a565b5f818152600660205260408120919250611067825490565b905060a081901c60ff16156110995760405163ed735ba960e01b81526004810188905260248101859052604401610667565b60a881901c60ff165f036111a9577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d8630aca82611106600260a08a901c61ffff16815481106110f5576110f5614286565b905f5260205f209060030201612d3e565b600161ffff60e08b901c1661112862ffffff60688d901c1660408d901c6145d8565b61113291906145d8565b6040516001600160e01b031960e087901b1681526001600160a01b0390941660048501526024840192909252604483015263ffffffff1660648201526084015f604051808303815f87803b158015611188575f5ffd5b505af115801561119a573d5f5f3e3d5ffd5b505050600160a81b9190911790505b5f6111bd62ffffff606888901c164361429a565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c6b463d36040518163ffffffff1660e01b8152600401602060405180830381865afa15801561121c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061124091906142ad565b905064ffffffffff811115611257575064ffffffffff5b60b082901b60d882901b1792909217600160a01b178084559160608c013560075f60048c901b891781526020019081526020015f20819055508b6101200135600e5f8f6001600160a01b03166001600160a01b031681526020019081526020015f205414611305576001600160a01b038d165f818152600e6020526040908190205490516323eaa6e360e01b8152600481019290925260248201526101208d01356044820152606401610667565b6001600160a01b038d165f908152600e602052604090206101408d0135905561132f868e8e612d8c565b50505050505050505050505050565b610ba28282611c1a565b5f82815260208190526040902060010154611362816117ab565b61071d8383611eb8565b5f611376816117ab565b6001600160a01b03821661139d5760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f6106f4612e2a565b611403613c53565b6002828154811061141657611416614286565b5f918252602091829020604080516101a081018252600390930290910180546001600160601b038082168552600160601b80830482169686019690965261ffff600160c01b808404821695870195909552600160d01b830481166060870152600160e01b8084048216608088015260ff600160f01b8504811660a0890152600160f81b90940490931660c0870152600184015480831660e088015296870490911661010086015263ffffffff93860484166101208601529404909316610140830152600290920154808316610160830152640100000000900490911661018082015292915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561153e57604051633ee5aeb560e01b815260040160405180910390fd5b610efc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612f1e565b815460ff81166001146105c25760ff811661159c57604051634899e04360e01b815260048101839052602401610667565b60405163e2135ec160e01b815260048101839052602401610667565b60ff19821660021783555f6115ce846004015490565b905060ff600884901c165f6115ec826001600160601b0385166145f5565b90505f5f5f5f5b85811015611684575f61160a8c8c8c858a8e612f25565b90506002816005811115611620576116206145c4565b148061163d5750600481600581111561163b5761163b6145c4565b145b1561165d57835f0361164d578194505b61165684614614565b935061167b565b6005816005811115611671576116716145c4565b0361167b57600192505b506001016115f3565b50868015611690575080155b156116b1576040516328f21c4560e01b8152600481018b9052602401610667565b5f6116c764ffffffffff60b08b901c1643614251565b905062ffffff8111156116da575062ffffff5b60c083901b60c885901b1760e882901b179690961760048a01819055955f611702848761462c565b611715906001600160601b038a16614251565b905080156117355760018b0154611735906001600160a01b031682611b78565b6040805160ff86168152602081018390528d917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a2505050505050505050505050565b610efc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611565565b6105fb8133613195565b5f6117c08383610ba6565b61183d575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556117f53390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105c2565b505f6105c2565b5f848152600560205260408120819081908161185e825490565b90508060ff811661188557604051634899e04360e01b8152600481018b9052602401610667565b60ff811660021480159061189d575060ff8116600414155b156118be5760405163f1c3a02b60e01b8152600481018b9052602401610667565b600882901c60ff1689106118ef5760405163428017f560e01b8152600481018b9052602481018a9052604401610667565b5f6119048a63ffffffff602086901c1661429a565b5f81815260086020526040902054909150801580611925575060ff81901c15155b1561195557604051631c5d21bd60e11b8152600481018390526001600160a01b038b166024820152604401610667565b60ff60e882901c165f195f5b828110156119a3578b61197582601b61462c565b85901c62ffffff160361199b5761198d81601b61462c565b61199890601861429a565b91505b600101611961565b505f1981036119d757604051631c5d21bd60e11b8152600481018590526001600160a01b038d166024820152604401610667565b82811c600781169060041615611a12576040516308edbb4360e01b8152600481018690526001600160a01b038e166024820152604401610667565b5f8581526008602052604081206004841b861790556002805461ffff60a08b901c16908110611a4357611a43614286565b905f5260205f2090600302019050611a5a816131ce565b9a50815f03611a8a57600101545f9b50600160601b90046001600160601b03169850611b6e975050505050505050565b5f611a9d8660108b901c60ff165f613218565b90506003816005811115611ab357611ab36145c4565b03611af65760018314611ae15750600101545f9b506001600160601b03169850611b6e975050505050505050565b5f878152600960205260409020549c50611b53565b6002816005811115611b0a57611b0a6145c4565b148015611b18575060028314155b15611b3e5750600101545f9b506001600160601b03169850611b6e975050505050505050565b611b50611b4a8b6132ac565b8a6132d1565b9c505b60031960ff891601611b63575f9c505b505050505050505050505b9450945094915050565b60405163a9059cbb60e01b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000905f9060208260448382875af1915081611bd0573d5f823e3d81fd5b503d8015611be95760015f5114601f3d11169150611bf0565b5f833b1191505b508061071d57604051635274afe760e01b81526001600160a01b0383166004820152602401610667565b5f828152600560205260408120611c31908461156b565b9050600881901c60ff168210611c645760405163428017f560e01b81526004810184905260248101839052604401610667565b5f611c798363ffffffff602085901c1661429a565b5f81815260066020526040902054909150600160ff60a083901c1614611cbc5760405163428017f560e01b81526004810186905260248101859052604401610667565b64ffffffffff60b082901c165f611cdc62ffffff606887901c1683614251565b611ce790600161429a565b9050804311611d30578686611cfd83600161429a565b604051630b1d3dff60e11b8152600481019390935260248301919091526001600160401b03166044820152606401610667565b81431180611d485750611d458161010061429a565b43115b15611da7578686611d5b8361010061429a565b8410611d7257611d6d8361010061429a565b611d74565b835b604051636562791160e01b8152600481019390935260248301919091526001600160401b03166044820152606401610667565b5f848152600860205260408120549060ff82901c9003611de45760405163264a70af60e11b81526004810189905260248101889052604401610667565b5f611df3878784888888613303565b6001600160f01b0319601089901b90811660ff60e81b9190911660c087901b17179250905060d887901c60ff165f5b81811015611e5757611e3581601b61462c565b611e4082601861462c565b84901c62ffffff16901b9390931792600101611e22565b505f8781526008602090815260409182902085905581518b81529081018990529081018390528a907fd827fc5d3c1468f04fe3877e551b4d0280793b7b0b55ff658e3f93c4092eabff9060600160405180910390a250505050505050505050565b5f611ec38383610ba6565b1561183d575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105c2565b5f81815260056020526040812090611f3a826004015490565b905060c081901c60ff165f03611f9e575f825460ff166004811115611f6157611f616145c4565b03611f8257604051634899e04360e01b815260048101849052602401610667565b60405163f948958560e01b815260048101849052602401610667565b915091565b825f03611fc357604051631f2a200560e01b815260040160405180910390fd5b611fcd8686613458565b60c887901c60ff16600487901b175f9081526007602090815260408083205481518981528084018990529182018790526060909120835291206120149184918491906134c5565b61203b576040516341969eb760e11b81526004810187905260248101869052604401610667565b5f61206f885f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b90506001600160601b03606089901c165f82861115612096576120968b8a888587036134fc565b60c08a901c60ff16860290508281830111156120ba576120ba8b8a838587036134fc565b908101606081901b6bffffffffffffffffffffffff60601b198b161760048c0155906120e68782611b78565b60408051898152602081018390526001600160a01b038916918b917fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba910160405180910390a35050505050505050505050565b612710816060015161ffff16826040015161ffff16612158919061429a565b118061216d5750612710816080015161ffff16115b806121825750600360ff168160a0015160ff16105b806121975750600760ff168160a0015160ff16115b806121a7575060c081015160ff16155b806121bf57508060a0015160ff168160c0015160ff16115b806121d3575061012081015163ffffffff16155b806121ed575062ffffff801681610120015163ffffffff16115b806121ff575061014081015161ffff16155b806122165750610140810151617fff61ffff909116115b8061222a575061016081015163ffffffff16155b806122455750610160810151637fffffff63ffffffff909116115b80612259575061018081015163ffffffff16155b80612267575060025461ffff105b156122855760405163019af63760e01b815260040160405180910390fd5b5f81610140015161ffff1682610120015163ffffffff1683610160015163ffffffff166122b29190614643565b6122bc9190614643565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561231b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061233f9190614681565b9050816001600160401b0316816001600160401b03161015612387576040516305bdc8d760e41b81526001600160401b03808316600483015283166024820152604401610667565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391d148547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa158015612412573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061243691906142ad565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015612476573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061249a919061469c565b1561251d57604051633e433e1560e11b81526001600160401b03831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c867c2a906024015f604051808303815f87803b158015612506575f5ffd5b505af1158015612518573d5f5f3e3d5ffd5b505050505b600283908060018154018082558091505060019003905f5260205f2090600302015f909190919091505f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548161ffff021916908361ffff1602179055506060820151815f01601a6101000a81548161ffff021916908361ffff1602179055506080820151815f01601c6101000a81548161ffff021916908361ffff16021790555060a0820151815f01601e6101000a81548160ff021916908360ff16021790555060c0820151815f01601f6101000a81548160ff021916908360ff16021790555060e0820151816001015f6101000a8154816001600160601b0302191690836001600160601b0316021790555061010082015181600101600c6101000a8154816001600160601b0302191690836001600160601b031602179055506101208201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600101601c6101000a81548161ffff021916908361ffff160217905550610160820151816002015f6101000a81548163ffffffff021916908363ffffffff1602179055506101808201518160020160046101000a81548163ffffffff021916908363ffffffff16021790555050507f7c352bfc2119c67869da1d774501c73468269088e1e5d5559fdb44f96177febd600160028054905061276c9190614251565b60405190815260200160405180910390a1505050565b5f848152600860205260409020548015806127a0575060ff81901c15155b156127c15760405163ef6659d360e01b815260048101869052602401610667565b64ffffffffff60c082901c1643811061280b57856127e082600161429a565b6040516316e840c160e11b815260048101929092526001600160401b03166024820152604401610667565b5f61281a60f084901c8361429a565b90508043111561284f57604051637a8f4c0f60e01b8152600481018890526001600160401b0382166024820152604401610667565b8184111561288a576040516301dfa1f160e51b8152600481018890526001600160401b03808616602483015283166044820152606401610667565b60ff60e884901c165f5b8181101561293a575f6128a882601b61462c565b905062ffffff86821c1688146128be5750612932565b6128c981601861429a565b86901c6007165f146128f75760405163619cd47560e11b8152600481018b9052336024820152604401610667565b61290281601861429a565b8961290e576001612911565b60025b5f8c8152600860205260409020911b969096179095555061071d9350505050565b600101612894565b50604051631c5d21bd60e11b815260048101899052336024820152604401610667565b5f8335604087901c64ffffffffff811643111561299d576040516337851a4160e11b81526004810183905264ffffffffff82166024820152604401610667565b5f828152600b602090815260408083206001600160a01b038b16845290915281205490819003612ab9575f604051638510129b60e01b81526001600160a01b038a811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612a2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a5091906146d0565b608001516003811115612a6557612a656145c4565b03612a8e576040516328b88cbb60e01b81526001600160a01b0389166004820152602401610667565b60405163326c636d60e01b8152600481018490526001600160a01b0389166024820152604401610667565b5f612b2b612af0612ac8612e2a565b612ad18b61355f565b60405161190160f01b8152600281019290925260228201526042902090565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061359d92505050565b50509050886001600160a01b0316816001600160a01b031614612b7457604051630b3c6c0d60e21b81526001600160a01b0380831660048301528a166024820152604401610667565b60028b015460c08901358114612baa57604051633475271760e21b815260c08a0135600482015260248101829052604401610667565b604051639f8a13d760e01b81526001600160a01b038b811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612c0e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c32919061469c565b158015612c515750612c4f8c8b612c4a600187614251565b6135e6565b155b15612c7a576040516317df2aab60e11b81526001600160a01b038b166004820152602401610667565b5f612c8c6101008b0160e08c01614753565b905060b08c901c64ffffffffff16816001600160401b03161080612cb8575043816001600160401b0316115b15612cfa57604051630262426b60e41b81526001600160401b03808316600483015264ffffffffff60b08f901c16602483015243166044820152606401610667565b60ff60f08d901c1615612d2057612d208d612d1b60a08d0160808e01614753565b6137aa565b612d2b600185614251565b96505050505050505b9695505050505050565b80545f906001600160601b03600160601b82048116911611612d71578154600160601b90046001600160601b0316612d7d565b81546001600160601b03165b6001600160601b031692915050565b6001600160a01b03821681357f9e662303f8ef4479d1d8095fa530f689ff3eef02b3c0edc5799a1695b222280885602085013560408601356060870135612dd960a0890160808a01614753565b612de960c08a0160a08b01614753565b6040805196875260208701959095529385019290925260608401526001600160401b0390811660808401521660a082015260c00160405180910390a3505050565b5f7f00000000000000000000000000000000000000000000000000000000000000004614612ef9576106f4604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b80825d5050565b5f80612f3b8563ffffffff602089901c1661429a565b5f81815260066020526040812054919250819060ff60a083901c16612feb5785612f8257604051630a4adec560e11b8152600481018c905260248101899052604401610667565b6005945060ff60a884901c1615612fa457612fa1848b848a8d5f613856565b90505b8a7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc2189878585604051612fda949392919061476e565b60405180910390a250505050612d34565b5f848152600860205260408120549061300585838d613ab1565b90506130198260108d901c60ff1683613218565b9650600187600581111561302f5761302f6145c4565b036130665760405163e38c557b60e01b8152600481018e9052602481018b90526001600160401b0382166044820152606401610667565b600387600581111561307a5761307a6145c4565b036130945761308d868d868c8f87613856565b9250613147565b60d88b901c60ff166130a68a8d6132d1565b6130b0919061462c565b6127106130c561ffff60808f901c168c61462c565b6130cf91906145f5565b6130d9908b614251565b6130e39190614251565b925060e06001901b608061310b600260a08f901c61ffff16815481106110f5576110f5614286565b901b841717600a5f866001600160a01b03166001600160a01b031681526020019081526020015f205f828254613141919061429a565b90915550505b8c7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218b89878760405161317d949392919061476e565b60405180910390a25050505050509695505050505050565b61319f8282610ba6565b610ba25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610667565b60018101545f906001600160601b03600160601b82048116911611613207576001820154600160601b90046001600160601b0316612d7d565b50600101546001600160601b031690565b5f60ff84901c1561323b57814311613231576001613234565b60045b90506132a5565b5f5f61324686613b02565b909250905060ff60e887901c1661325d828461429a565b10801561326a5750834311155b1561327a576001925050506132a5565b84821061328c576002925050506132a5565b84811061329e576003925050506132a5565b6004925050505b9392505050565b805460048201545f916105c29161010090910460ff16906001600160601b03166145f5565b5f60ff60d883901c166127106132ef61ffff609086901c168661462c565b6132f991906145f5565b6132a591906145f5565b60408051824060208201523091810191909152606081018690525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633cbe0b8a906080016040516020818303038152906040528051906020012060d88a901c888861339f600260a08f901c61ffff168154811061338e5761338e614286565b905f5260205f2090600302016131ce565b60e08e901c61ffff168a6133b3919061429a565b6040516001600160e01b031960e089901b168152600481019690965260ff90941660248601526001600160a01b03928316604486015291166064840152608483015263ffffffff1660a482015260d887901c60c482015260e4016020604051808303815f875af1158015613429573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061344d91906142ad565b979650505050505050565b5f828152600d60209081526040808320600885901c84529182905290912054600160ff84161b808216156134a957604051636bd4745f60e01b81526004810186905260248101859052604401610667565b60089390931c5f90815260209290925260409091209117905550565b5f8360051b8501855b818110156134f257803580851160051b94855260209485185260405f2093016134ce565b5050501492915050565b6004845460ff166004811115613514576135146145c4565b03613535576040516356a6ae3160e01b815260048101849052602401610667565b604051630ec7dbdf60e31b8152600481018490526024810183905260448101829052606401610667565b6040517f389a5ee1b9f0b5741f3856037082bcd5f081211b0e9377f8a1262a8c6e7a4f4f8082525f9161016084602083013761018090209392505050565b5f5f5f83516041036135d4576020840151604085015160608601515f1a6135c688828585613b71565b9550955095505050506135df565b505081515f91506002905b9250925092565b82545f906006908290613608908590640100000000900463ffffffff1661429a565b815260208101919091526040015f2054600160a81b900460ff1661362d57505f6132a5565b60405163c06ac6a360e01b81526001600160a01b0384811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063c06ac6a39060240161014060405180830381865afa158015613696573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136ba91906147cb565b90506002816020015160038111156136d4576136d46145c4565b14806136f557506001816020015160038111156136f3576136f36145c4565b145b801561370d575080604001516001600160401b031643105b80156137a1575060e0810151604051630975b6f360e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630975b6f390602401602060405180830381865afa15801561377d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137a1919061469c565b95945050505050565b81545f9061271090600160801b900461ffff166137c6856132ac565b6137d0919061462c565b6137da91906145f5565b600184015490915061380790600160a01b900468ffffffffffffffffff166001600160401b03841661462c565b811015610a5b576001830154604051637c7d38d960e11b8152600481018390526001600160401b0384166024820152600160a01b90910468ffffffffffffffffff166044820152606401610667565b5f5f600260a085901c61ffff168154811061387357613873614286565b905f5260205f20906003020190505f835f146138965761389284613b02565b9150505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633fe0ea54886138cf85612d3e565b6001885f036138ef578654600160601b90046001600160601b03166138fb565b86546001600160601b03165b6040516001600160e01b031960e087901b1681526001600160a01b039094166004850152602484019290925260448301526001600160601b0316606482015230608482015260a4016020604051808303815f875af115801561395f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061398391906142ad565b9250825f03613996575f92505050612d34565b81545f90612710906139b390600160c01b900461ffff168661462c565b6139bd91906145f5565b83549091505f90612710906139dd90600160e01b900461ffff168a61462c565b6139e791906145f5565b9050808211156139f5578091505b5f8315613a4f5784545f90859061271090613a1b90600160d01b900461ffff168a61462c565b613a2591906145f5565b613a2f91906145f5565b5f8e81526009602052604090208190559050613a4b858261462c565b9150505b8215613a6d5760018b0154613a6d906001600160a01b031684611b78565b5f81613a798589614251565b613a839190614251565b90508015613aa157600154613aa1906001600160a01b031682611b78565b5050505050509695505050505050565b5f60ff83901c5f03613add57613acf60f084901c60c085901c6145d8565b64ffffffffff1690506132a5565b613af361ffff60e084901c1660b086901c6145d8565b64ffffffffff16949350505050565b5f8060ff60e884901c16815b81811015613b6a575f613b2282601b61462c565b613b2d90601861429a565b86901c600316905060028103613b4d57613b4685614614565b9450613b61565b60018103613b6157613b5e84614614565b93505b50600101613b0e565b5050915091565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613baa57505f91506003905082611b6e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613bfb573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613c2657505f925060019150829050611b6e565b975f9750879650945050505050565b60405180606001604052806003906020820280368337509192915050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915290565b5f60208284031215613cce575f5ffd5b81356001600160e01b0319811681146132a5575f5ffd5b5f60208284031215613cf5575f5ffd5b5035919050565b5f5f60408385031215613d0d575f5ffd5b50508035926020909101359150565b6001600160a01b03811681146105fb575f5ffd5b5f5f60408385031215613d41575f5ffd5b823591506020830135613d5381613d1c565b809150509250929050565b5f5f83601f840112613d6e575f5ffd5b5081356001600160401b03811115613d84575f5ffd5b6020830191508360208260051b8501011115613d9e575f5ffd5b9250929050565b5f5f5f5f5f60608688031215613db9575f5ffd5b8535613dc481613d1c565b945060208601356001600160401b03811115613dde575f5ffd5b613dea88828901613d5e565b90955093505060408601356001600160401b03811115613e08575f5ffd5b613e1488828901613d5e565b969995985093965092949392505050565b5f5f5f5f60408587031215613e38575f5ffd5b84356001600160401b03811115613e4d575f5ffd5b613e5987828801613d5e565b90955093505060208501356001600160401b03811115613e77575f5ffd5b613e8387828801613d5e565b95989497509550505050565b5f5f5f5f5f5f5f5f5f60a08a8c031215613ea7575f5ffd5b8935985060208a01356001600160401b03811115613ec3575f5ffd5b613ecf8c828d01613d5e565b90995097505060408a01356001600160401b03811115613eed575f5ffd5b613ef98c828d01613d5e565b90975095505060608a01356001600160401b03811115613f17575f5ffd5b613f238c828d01613d5e565b90955093505060808a01356001600160401b03811115613f41575f5ffd5b613f4d8c828d01613d5e565b915080935050809150509295985092959850929598565b5f60208284031215613f74575f5ffd5b81356132a581613d1c565b5f5f5f5f5f5f60a08789031215613f94575f5ffd5b86359550602087013594506040870135613fad81613d1c565b93506060870135925060808701356001600160401b03811115613fce575f5ffd5b613fda89828a01613d5e565b979a9699509497509295939492505050565b5f6101a0828403128015613ffe575f5ffd5b509092915050565b5f5f5f5f5f5f6080878903121561401b575f5ffd5b863595506020870135945060408701356001600160401b0381111561403e575f5ffd5b61404a89828a01613d5e565b90955093505060608701356001600160401b03811115613fce575f5ffd5b81516001600160601b031681526101a08101602083015161409460208401826001600160601b03169052565b5060408301516140aa604084018261ffff169052565b5060608301516140c0606084018261ffff169052565b5060808301516140d6608084018261ffff169052565b5060a08301516140eb60a084018260ff169052565b5060c083015161410060c084018260ff169052565b5060e083015161411b60e08401826001600160601b03169052565b506101008301516141386101008401826001600160601b03169052565b5061012083015161415261012084018263ffffffff169052565b5061014083015161416a61014084018261ffff169052565b5061016083015161418461016084018263ffffffff169052565b5061018083015161419e61018084018263ffffffff169052565b5092915050565b5f5f5f5f8486036101a08112156141ba575f5ffd5b85356141c581613d1c565b9450610160601f19820112156141d9575f5ffd5b506020850192506101808501356001600160401b038111156141f9575f5ffd5b8501601f81018713614209575f5ffd5b80356001600160401b0381111561421e575f5ffd5b87602082840101111561422f575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105c2576105c261423d565b5f60208284031215614274575f5ffd5b815162ffffff811681146132a5575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b808201808211156105c2576105c261423d565b5f602082840312156142bd575f5ffd5b5051919050565b5f5f8335601e198436030181126142d9575f5ffd5b8301803591506001600160401b038211156142f2575f5ffd5b6020019150600581901b3603821315613d9e575f5ffd5b6040516101a081016001600160401b038111828210171561433857634e487b7160e01b5f52604160045260245ffd5b60405290565b60405160e081016001600160401b038111828210171561433857634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b038111828210171561433857634e487b7160e01b5f52604160045260245ffd5b80356001600160601b03811681146143b1575f5ffd5b919050565b61ffff811681146105fb575f5ffd5b80356143b1816143b6565b60ff811681146105fb575f5ffd5b80356143b1816143d0565b63ffffffff811681146105fb575f5ffd5b80356143b1816143e9565b5f6101a0828403128015614417575f5ffd5b50614420614309565b6144298361439b565b81526144376020840161439b565b6020820152614448604084016143c5565b6040820152614459606084016143c5565b606082015261446a608084016143c5565b608082015261447b60a084016143de565b60a082015261448c60c084016143de565b60c082015261449d60e0840161439b565b60e08201526144af610100840161439b565b6101008201526144c261012084016143fa565b6101208201526144d561014084016143c5565b6101408201526144e861016084016143fa565b6101608201526144fb61018084016143fa565b6101808201529392505050565b80151581146105fb575f5ffd5b6001600160a01b03871681526020810186905260806040820181905281018490525f6001600160fb1b0385111561454a575f5ffd5b8460051b808760a0850137820182810360a09081016060850152810184905284905f9060c0015b8582101561459b57823561458481614508565b151581526020928301926001929092019101614571565b9a9950505050505050505050565b5f602082840312156145b9575f5ffd5b81356132a581614508565b634e487b7160e01b5f52602160045260245ffd5b64ffffffffff81811683821601908111156105c2576105c261423d565b5f8261460f57634e487b7160e01b5f52601260045260245ffd5b500490565b5f600182016146255761462561423d565b5060010190565b80820281158282048414176105c2576105c261423d565b6001600160401b0381811683821601908111156105c2576105c261423d565b6001600160401b03811681146105fb575f5ffd5b80516143b181614662565b5f60208284031215614691575f5ffd5b81516132a581614662565b5f602082840312156146ac575f5ffd5b81516132a581614508565b80516143b181613d1c565b8051600481106143b1575f5ffd5b5f60e08284031280156146e1575f5ffd5b506146ea61433e565b82516146f581613d1c565b8152602083810151908201526040808401519082015260608084015190820152614721608084016146c2565b608082015260a0830151614734816143e9565b60a082015260c083015161474781614662565b60c08201529392505050565b5f60208284031215614763575f5ffd5b81356132a581614662565b848152608081016006851061479157634e487b7160e01b5f52602160045260245ffd5b60208201949094526001600160a01b03929092166040830152606090910152919050565b80516143b1816143b6565b80516143b1816143d0565b5f6101408284031280156147dd575f5ffd5b506147e661436c565b6147ef836146b7565b81526147fd602084016146c2565b602082015261480e60408401614676565b604082015261481f606084016147b5565b6060820152614830608084016147c0565b608082015260a0838101519082015260c0808401519082015260e080840151908201526148606101008401614676565b6101008201526148736101208401614676565b610120820152939250505056fea164736f6c634300081e000a",
}

// TaskMarket is an auto generated Go binding around an Ethereum contract.
type TaskMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarket) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarket creates a new instance of TaskMarket.
func NewTaskMarket() *TaskMarket {
	parsed, err := TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address staking_, address registry_, address extension_, address admin, address treasury_, (uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32) params_) returns()
func (taskMarket *TaskMarket) PackConstructor(token_ common.Address, staking_ common.Address, registry_ common.Address, extension_ common.Address, admin common.Address, treasury_ common.Address, params_ TaskMarketBaseParams) []byte {
	enc, err := taskMarket.abi.Pack("", token_, staking_, registry_, extension_, admin, treasury_, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := taskMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return taskMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) PackMAXCOMMITTEE() []byte {
	enc, err := taskMarket.abi.Pack("MAX_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) TryPackMAXCOMMITTEE() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) UnpackMAXCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("MAX_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXREPLICATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48bcbe05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (taskMarket *TaskMarket) PackMAXREPLICATION() []byte {
	enc, err := taskMarket.abi.Pack("MAX_REPLICATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPLICATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48bcbe05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (taskMarket *TaskMarket) TryPackMAXREPLICATION() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_REPLICATION")
}

// UnpackMAXREPLICATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (taskMarket *TaskMarket) UnpackMAXREPLICATION(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("MAX_REPLICATION", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMINCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bb3dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) PackMINCOMMITTEE() []byte {
	enc, err := taskMarket.abi.Pack("MIN_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bb3dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) TryPackMINCOMMITTEE() ([]byte, error) {
	return taskMarket.abi.Pack("MIN_COMMITTEE")
}

// UnpackMINCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3bb3dd0.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (taskMarket *TaskMarket) UnpackMINCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("MIN_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRESULTCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x231b11e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESULT_CLAIM_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) PackRESULTCLAIMTYPEHASH() []byte {
	enc, err := taskMarket.abi.Pack("RESULT_CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESULTCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x231b11e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESULT_CLAIM_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackRESULTCLAIMTYPEHASH() ([]byte, error) {
	return taskMarket.abi.Pack("RESULT_CLAIM_TYPEHASH")
}

// UnpackRESULTCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x231b11e5.
//
// Solidity: function RESULT_CLAIM_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackRESULTCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("RESULT_CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d4df3bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 taskId, uint256 index, address user, uint256 amount, bytes32[] proof) returns()
func (taskMarket *TaskMarket) PackClaim(taskId *big.Int, index *big.Int, user common.Address, amount *big.Int, proof [][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("claim", taskId, index, user, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d4df3bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 taskId, uint256 index, address user, uint256 amount, bytes32[] proof) returns()
func (taskMarket *TaskMarket) TryPackClaim(taskId *big.Int, index *big.Int, user common.Address, amount *big.Int, proof [][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("claim", taskId, index, user, amount, proof)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aba9c7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(uint256 taskId, uint256[] indexes, address[] users, uint256[] amounts, bytes32[][] proofs) returns()
func (taskMarket *TaskMarket) PackClaimBatch(taskId *big.Int, indexes []*big.Int, users []common.Address, amounts []*big.Int, proofs [][][32]byte) []byte {
	enc, err := taskMarket.abi.Pack("claimBatch", taskId, indexes, users, amounts, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aba9c7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch(uint256 taskId, uint256[] indexes, address[] users, uint256[] amounts, bytes32[][] proofs) returns()
func (taskMarket *TaskMarket) TryPackClaimBatch(taskId *big.Int, indexes []*big.Int, users []common.Address, amounts []*big.Int, proofs [][][32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("claimBatch", taskId, indexes, users, amounts, proofs)
}

// PackCommitVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08dca520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitVotes(uint256 commitId, bytes32 commitment) returns()
func (taskMarket *TaskMarket) PackCommitVotes(commitId *big.Int, commitment [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("commitVotes", commitId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08dca520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitVotes(uint256 commitId, bytes32 commitment) returns()
func (taskMarket *TaskMarket) TryPackCommitVotes(commitId *big.Int, commitment [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("commitVotes", commitId, commitment)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (taskMarket *TaskMarket) PackDomainSeparator() []byte {
	enc, err := taskMarket.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackDomainSeparator() ([]byte, error) {
	return taskMarket.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b8035a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function draw(uint256 taskId, uint256 index) returns()
func (taskMarket *TaskMarket) PackDraw(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("draw", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2b8035a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function draw(uint256 taskId, uint256 index) returns()
func (taskMarket *TaskMarket) TryPackDraw(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("draw", taskId, index)
}

// PackDrawBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x360542c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawBatch(uint256[] taskIds, uint256[] indexes) returns()
func (taskMarket *TaskMarket) PackDrawBatch(taskIds []*big.Int, indexes []*big.Int) []byte {
	enc, err := taskMarket.abi.Pack("drawBatch", taskIds, indexes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x360542c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawBatch(uint256[] taskIds, uint256[] indexes) returns()
func (taskMarket *TaskMarket) TryPackDrawBatch(taskIds []*big.Int, indexes []*big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("drawBatch", taskIds, indexes)
}

// PackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extension() view returns(address)
func (taskMarket *TaskMarket) PackExtension() []byte {
	enc, err := taskMarket.abi.Pack("extension")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extension() view returns(address)
func (taskMarket *TaskMarket) TryPackExtension() ([]byte, error) {
	return taskMarket.abi.Pack("extension")
}

// UnpackExtension is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d5537b0.
//
// Solidity: function extension() view returns(address)
func (taskMarket *TaskMarket) UnpackExtension(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("extension", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackFinalize(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("finalize", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackFinalize(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("finalize", taskId)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLedgerRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56dde277.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ledgerRootOf(address ) view returns(bytes32)
func (taskMarket *TaskMarket) PackLedgerRootOf(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("ledgerRootOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLedgerRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56dde277.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ledgerRootOf(address ) view returns(bytes32)
func (taskMarket *TaskMarket) TryPackLedgerRootOf(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("ledgerRootOf", arg0)
}

// UnpackLedgerRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56dde277.
//
// Solidity: function ledgerRootOf(address ) view returns(bytes32)
func (taskMarket *TaskMarket) UnpackLedgerRootOf(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("ledgerRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextResultId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7214e655.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextResultId() view returns(uint32)
func (taskMarket *TaskMarket) PackNextResultId() []byte {
	enc, err := taskMarket.abi.Pack("nextResultId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextResultId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7214e655.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextResultId() view returns(uint32)
func (taskMarket *TaskMarket) TryPackNextResultId() ([]byte, error) {
	return taskMarket.abi.Pack("nextResultId")
}

// UnpackNextResultId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7214e655.
//
// Solidity: function nextResultId() view returns(uint32)
func (taskMarket *TaskMarket) UnpackNextResultId(data []byte) (uint32, error) {
	out, err := taskMarket.abi.Unpack("nextResultId", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) PackParams() []byte {
	enc, err := taskMarket.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) TryPackParams() ([]byte, error) {
	return taskMarket.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) UnpackParams(data []byte) (TaskMarketBaseParams, error) {
	out, err := taskMarket.abi.Unpack("params", data)
	if err != nil {
		return *new(TaskMarketBaseParams), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketBaseParams)).(*TaskMarketBaseParams)
	return out0, nil
}

// PackParamsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdbce777.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsAt(uint256 version) view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) PackParamsAt(version *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("paramsAt", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdbce777.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsAt(uint256 version) view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) TryPackParamsAt(version *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("paramsAt", version)
}

// UnpackParamsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdbce777.
//
// Solidity: function paramsAt(uint256 version) view returns((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32))
func (taskMarket *TaskMarket) UnpackParamsAt(data []byte) (TaskMarketBaseParams, error) {
	out, err := taskMarket.abi.Unpack("paramsAt", data)
	if err != nil {
		return *new(TaskMarketBaseParams), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketBaseParams)).(*TaskMarketBaseParams)
	return out0, nil
}

// PackParamsVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b40ccca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsVersion() view returns(uint256)
func (taskMarket *TaskMarket) PackParamsVersion() []byte {
	enc, err := taskMarket.abi.Pack("paramsVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b40ccca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsVersion() view returns(uint256)
func (taskMarket *TaskMarket) TryPackParamsVersion() ([]byte, error) {
	return taskMarket.abi.Pack("paramsVersion")
}

// UnpackParamsVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b40ccca.
//
// Solidity: function paramsVersion() view returns(uint256)
func (taskMarket *TaskMarket) UnpackParamsVersion(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("paramsVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) PackRegistry() []byte {
	enc, err := taskMarket.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) TryPackRegistry() ([]byte, error) {
	return taskMarket.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (taskMarket *TaskMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := taskMarket.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (taskMarket *TaskMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevealVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be5dfea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealVotes(uint256 commitId, bytes32 salt, uint256[] resultIds, bool[] passes) returns()
func (taskMarket *TaskMarket) PackRevealVotes(commitId *big.Int, salt [32]byte, resultIds []*big.Int, passes []bool) []byte {
	enc, err := taskMarket.abi.Pack("revealVotes", commitId, salt, resultIds, passes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9be5dfea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealVotes(uint256 commitId, bytes32 salt, uint256[] resultIds, bool[] passes) returns()
func (taskMarket *TaskMarket) TryPackRevealVotes(commitId *big.Int, salt [32]byte, resultIds []*big.Int, passes []bool) ([]byte, error) {
	return taskMarket.abi.Pack("revealVotes", commitId, salt, resultIds, passes)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("revokeRole", role, account)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f25fb93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32) p) returns()
func (taskMarket *TaskMarket) PackSetParams(p TaskMarketBaseParams) []byte {
	enc, err := taskMarket.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f25fb93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint96,uint96,uint16,uint16,uint16,uint8,uint8,uint96,uint96,uint32,uint16,uint32,uint32) p) returns()
func (taskMarket *TaskMarket) TryPackSetParams(p TaskMarketBaseParams) ([]byte, error) {
	return taskMarket.abi.Pack("setParams", p)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (taskMarket *TaskMarket) PackSetTreasury(treasury common.Address) []byte {
	enc, err := taskMarket.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (taskMarket *TaskMarket) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("setTreasury", treasury)
}

// PackSettleVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x332bf438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleVotes(address verifier, uint256[] taskIds, uint256[] indexes) returns()
func (taskMarket *TaskMarket) PackSettleVotes(verifier common.Address, taskIds []*big.Int, indexes []*big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settleVotes", verifier, taskIds, indexes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x332bf438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleVotes(address verifier, uint256[] taskIds, uint256[] indexes) returns()
func (taskMarket *TaskMarket) TryPackSettleVotes(verifier common.Address, taskIds []*big.Int, indexes []*big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settleVotes", verifier, taskIds, indexes)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (taskMarket *TaskMarket) PackStaking() []byte {
	enc, err := taskMarket.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (taskMarket *TaskMarket) TryPackStaking() ([]byte, error) {
	return taskMarket.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (taskMarket *TaskMarket) UnpackStaking(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26fc3c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult(address enclave, (uint256,bytes32,bytes32,bytes32,uint64,uint64,bytes32,uint64,bytes32,bytes32,bytes32) c, bytes signature) returns()
func (taskMarket *TaskMarket) PackSubmitResult(enclave common.Address, c TaskMarketBaseResultClaim, signature []byte) []byte {
	enc, err := taskMarket.abi.Pack("submitResult", enclave, c, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26fc3c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult(address enclave, (uint256,bytes32,bytes32,bytes32,uint64,uint64,bytes32,uint64,bytes32,bytes32,bytes32) c, bytes signature) returns()
func (taskMarket *TaskMarket) TryPackSubmitResult(enclave common.Address, c TaskMarketBaseResultClaim, signature []byte) ([]byte, error) {
	return taskMarket.abi.Pack("submitResult", enclave, c, signature)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := taskMarket.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return taskMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) PackTaskCount() []byte {
	enc, err := taskMarket.abi.Pack("taskCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) TryPackTaskCount() ([]byte, error) {
	return taskMarket.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarket *TaskMarket) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("taskCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackTimeout(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("timeout", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackTimeout(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("timeout", taskId)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) PackToken() []byte {
	enc, err := taskMarket.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) TryPackToken() ([]byte, error) {
	return taskMarket.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) UnpackToken(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) PackTreasury() []byte {
	enc, err := taskMarket.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) TryPackTreasury() ([]byte, error) {
	return taskMarket.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb73c6ce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEarnings() returns()
func (taskMarket *TaskMarket) PackWithdrawEarnings() []byte {
	enc, err := taskMarket.abi.Pack("withdrawEarnings")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb73c6ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEarnings() returns()
func (taskMarket *TaskMarket) TryPackWithdrawEarnings() ([]byte, error) {
	return taskMarket.abi.Pack("withdrawEarnings")
}

// TaskMarketClaimed represents a Claimed event raised by the TaskMarket contract.
type TaskMarketClaimed struct {
	TaskId *big.Int
	Index  *big.Int
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (TaskMarketClaimed) ContractEventName() string {
	return TaskMarketClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed taskId, uint256 index, address indexed user, uint256 amount)
func (taskMarket *TaskMarket) UnpackClaimedEvent(log *types.Log) (*TaskMarketClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketClaimed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketCommitteeDrawn represents a CommitteeDrawn event raised by the TaskMarket contract.
type TaskMarketCommitteeDrawn struct {
	TaskId   *big.Int
	Index    *big.Int
	ResultId *big.Int
	Members  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketCommitteeDrawnEventName = "CommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketCommitteeDrawn) ContractEventName() string {
	return TaskMarketCommitteeDrawnEventName
}

// UnpackCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeDrawn(uint256 indexed taskId, uint256 index, uint256 resultId, uint256 members)
func (taskMarket *TaskMarket) UnpackCommitteeDrawnEvent(log *types.Log) (*TaskMarketCommitteeDrawn, error) {
	event := "CommitteeDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketCommitteeDrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketEarningsWithdrawn represents a EarningsWithdrawn event raised by the TaskMarket contract.
type TaskMarketEarningsWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
	Unlocked *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketEarningsWithdrawnEventName = "EarningsWithdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketEarningsWithdrawn) ContractEventName() string {
	return TaskMarketEarningsWithdrawnEventName
}

// UnpackEarningsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EarningsWithdrawn(address indexed operator, uint256 amount, uint256 unlocked)
func (taskMarket *TaskMarket) UnpackEarningsWithdrawnEvent(log *types.Log) (*TaskMarketEarningsWithdrawn, error) {
	event := "EarningsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketEarningsWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketParamsSet represents a ParamsSet event raised by the TaskMarket contract.
type TaskMarketParamsSet struct {
	Version *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (TaskMarketParamsSet) ContractEventName() string {
	return TaskMarketParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint256 version)
func (taskMarket *TaskMarket) UnpackParamsSetEvent(log *types.Log) (*TaskMarketParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketParamsSet)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketResultSettled represents a ResultSettled event raised by the TaskMarket contract.
type TaskMarketResultSettled struct {
	TaskId   *big.Int
	Index    *big.Int
	State    uint8
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketResultSettledEventName = "ResultSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketResultSettled) ContractEventName() string {
	return TaskMarketResultSettledEventName
}

// UnpackResultSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSettled(uint256 indexed taskId, uint256 index, uint8 state, address operator, uint256 amount)
func (taskMarket *TaskMarket) UnpackResultSettledEvent(log *types.Log) (*TaskMarketResultSettled, error) {
	event := "ResultSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketResultSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketResultSubmitted represents a ResultSubmitted event raised by the TaskMarket contract.
type TaskMarketResultSubmitted struct {
	TaskId       *big.Int
	Index        *big.Int
	Enclave      common.Address
	OutputHash   [32]byte
	LineageRoot  [32]byte
	PayoutRoot   [32]byte
	TotalRecords uint64
	EpsilonSpent uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketResultSubmitted) ContractEventName() string {
	return TaskMarketResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed taskId, uint256 index, address indexed enclave, bytes32 outputHash, bytes32 lineageRoot, bytes32 payoutRoot, uint64 totalRecords, uint64 epsilonSpent)
func (taskMarket *TaskMarket) UnpackResultSubmittedEvent(log *types.Log) (*TaskMarketResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketResultSubmitted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleAdminChanged represents a RoleAdminChanged event raised by the TaskMarket contract.
type TaskMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleAdminChanged) ContractEventName() string {
	return TaskMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (taskMarket *TaskMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*TaskMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleGranted represents a RoleGranted event raised by the TaskMarket contract.
type TaskMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleGranted) ContractEventName() string {
	return TaskMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarket *TaskMarket) UnpackRoleGrantedEvent(log *types.Log) (*TaskMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleRevoked represents a RoleRevoked event raised by the TaskMarket contract.
type TaskMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleRevoked) ContractEventName() string {
	return TaskMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarket *TaskMarket) UnpackRoleRevokedEvent(log *types.Log) (*TaskMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTaskSettled represents a TaskSettled event raised by the TaskMarket contract.
type TaskMarketTaskSettled struct {
	TaskId *big.Int
	Passed uint8
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskSettled) ContractEventName() string {
	return TaskMarketTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(uint256 indexed taskId, uint8 passed, uint256 refund)
func (taskMarket *TaskMarket) UnpackTaskSettledEvent(log *types.Log) (*TaskMarketTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTreasurySet represents a TreasurySet event raised by the TaskMarket contract.
type TaskMarketTreasurySet struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketTreasurySetEventName = "TreasurySet"

// ContractEventName returns the user-defined event name.
func (TaskMarketTreasurySet) ContractEventName() string {
	return TaskMarketTreasurySetEventName
}

// UnpackTreasurySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySet(address treasury)
func (taskMarket *TaskMarket) UnpackTreasurySetEvent(log *types.Log) (*TaskMarketTreasurySet, error) {
	event := "TreasurySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTreasurySet)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketVotesCommitted represents a VotesCommitted event raised by the TaskMarket contract.
type TaskMarketVotesCommitted struct {
	Verifier common.Address
	CommitId *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketVotesCommittedEventName = "VotesCommitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketVotesCommitted) ContractEventName() string {
	return TaskMarketVotesCommittedEventName
}

// UnpackVotesCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotesCommitted(address indexed verifier, uint256 commitId)
func (taskMarket *TaskMarket) UnpackVotesCommittedEvent(log *types.Log) (*TaskMarketVotesCommitted, error) {
	event := "VotesCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketVotesCommitted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketVotesRevealed represents a VotesRevealed event raised by the TaskMarket contract.
type TaskMarketVotesRevealed struct {
	Verifier common.Address
	CommitId *big.Int
	Votes    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketVotesRevealedEventName = "VotesRevealed"

// ContractEventName returns the user-defined event name.
func (TaskMarketVotesRevealed) ContractEventName() string {
	return TaskMarketVotesRevealedEventName
}

// UnpackVotesRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotesRevealed(address indexed verifier, uint256 commitId, uint256 votes)
func (taskMarket *TaskMarket) UnpackVotesRevealedEvent(log *types.Log) (*TaskMarketVotesRevealed, error) {
	event := "VotesRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketVotesRevealed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketVotesSettled represents a VotesSettled event raised by the TaskMarket contract.
type TaskMarketVotesSettled struct {
	Verifier common.Address
	Reward   *big.Int
	Penalty  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketVotesSettledEventName = "VotesSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketVotesSettled) ContractEventName() string {
	return TaskMarketVotesSettledEventName
}

// UnpackVotesSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotesSettled(address indexed verifier, uint256 reward, uint256 penalty)
func (taskMarket *TaskMarket) UnpackVotesSettledEvent(log *types.Log) (*TaskMarketVotesSettled, error) {
	event := "VotesSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketVotesSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (taskMarket *TaskMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AllResultsSubmitted"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAllResultsSubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadGrantsBlock"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadGrantsBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ClaimMeasurementMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackClaimMeasurementMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["CommittedTooLate"].ID.Bytes()[:4]) {
		return taskMarket.UnpackCommittedTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["CommitteeAlreadyDrawn"].ID.Bytes()[:4]) {
		return taskMarket.UnpackCommitteeAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DrawTooEarly"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDrawTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveInactive"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveNotAssigned"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ExtensionMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackExtensionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidClaimSignature"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidClaimSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["LedgerRootMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackLedgerRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoCommittee"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoEarnings"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoEarningsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoSuchResult"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoSuchResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["PayoutExceedsPool"].ID.Bytes()[:4]) {
		return taskMarket.UnpackPayoutExceedsPoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["PriceBelowFloor"].ID.Bytes()[:4]) {
		return taskMarket.UnpackPriceBelowFloorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return taskMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ResultAlreadySubmitted"].ID.Bytes()[:4]) {
		return taskMarket.UnpackResultAlreadySubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ResultsMissing"].ID.Bytes()[:4]) {
		return taskMarket.UnpackResultsMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["RevealClosed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackRevealClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["RevealNotOpen"].ID.Bytes()[:4]) {
		return taskMarket.UnpackRevealNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TaskAlreadySettled"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTaskAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TaskNotSettled"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTaskNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TaskSwept"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTaskSweptError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return taskMarket.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return taskMarket.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["UnregisteredEnclave"].ID.Bytes()[:4]) {
		return taskMarket.UnpackUnregisteredEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["VoteAlreadySettled"].ID.Bytes()[:4]) {
		return taskMarket.UnpackVoteAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["VotingOpen"].ID.Bytes()[:4]) {
		return taskMarket.UnpackVotingOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return taskMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return taskMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TaskMarket contract.
type TaskMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TaskMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (taskMarket *TaskMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*TaskMarketAccessControlBadConfirmation, error) {
	out := new(TaskMarketAccessControlBadConfirmation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TaskMarket contract.
type TaskMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TaskMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (taskMarket *TaskMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TaskMarketAccessControlUnauthorizedAccount, error) {
	out := new(TaskMarketAccessControlUnauthorizedAccount)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAllResultsSubmitted represents a AllResultsSubmitted error raised by the TaskMarket contract.
type TaskMarketAllResultsSubmitted struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllResultsSubmitted(uint256 taskId)
func TaskMarketAllResultsSubmittedErrorID() common.Hash {
	return common.HexToHash("0x28f21c45cf6fc8fcda035f9c3e534dd57fcc10539bb4de3db113726acd7183de")
}

// UnpackAllResultsSubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllResultsSubmitted(uint256 taskId)
func (taskMarket *TaskMarket) UnpackAllResultsSubmittedError(raw []byte) (*TaskMarketAllResultsSubmitted, error) {
	out := new(TaskMarketAllResultsSubmitted)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AllResultsSubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadyClaimed represents a AlreadyClaimed error raised by the TaskMarket contract.
type TaskMarketAlreadyClaimed struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 taskId, uint256 index)
func TaskMarketAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x6bd4745f158d30c043cba14fb71aa75e34ff198858bbcc5c3190e69f18d6dee3")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackAlreadyClaimedError(raw []byte) (*TaskMarketAlreadyClaimed, error) {
	out := new(TaskMarketAlreadyClaimed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadyRevealed represents a AlreadyRevealed error raised by the TaskMarket contract.
type TaskMarketAlreadyRevealed struct {
	ResultId *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 resultId, address verifier)
func TaskMarketAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 resultId, address verifier)
func (taskMarket *TaskMarket) UnpackAlreadyRevealedError(raw []byte) (*TaskMarketAlreadyRevealed, error) {
	out := new(TaskMarketAlreadyRevealed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadGrantsBlock represents a BadGrantsBlock error raised by the TaskMarket contract.
type TaskMarketBadGrantsBlock struct {
	GrantsBlock  uint64
	PublishBlock uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadGrantsBlock(uint64 grantsBlock, uint64 publishBlock, uint64 currentBlock)
func TaskMarketBadGrantsBlockErrorID() common.Hash {
	return common.HexToHash("0x262426b0b63e1f4536a7680e8cbbdab50fba731ef45349c60630ed0a3cdd03d9")
}

// UnpackBadGrantsBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadGrantsBlock(uint64 grantsBlock, uint64 publishBlock, uint64 currentBlock)
func (taskMarket *TaskMarket) UnpackBadGrantsBlockError(raw []byte) (*TaskMarketBadGrantsBlock, error) {
	out := new(TaskMarketBadGrantsBlock)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadGrantsBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadParams represents a BadParams error raised by the TaskMarket contract.
type TaskMarketBadParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams()
func TaskMarketBadParamsErrorID() common.Hash {
	return common.HexToHash("0x019af6379de0e1c5d9ed7bc9cadaf094fc9efb595904a561b64245c59cd9399f")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams()
func (taskMarket *TaskMarket) UnpackBadParamsError(raw []byte) (*TaskMarketBadParams, error) {
	out := new(TaskMarketBadParams)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBatchLengthMismatch represents a BatchLengthMismatch error raised by the TaskMarket contract.
type TaskMarketBatchLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch()
func TaskMarketBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x17e37b5cfddf1151103c544dd4f4119825adbb133f678dbedb1eb2dd41390832")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch()
func (taskMarket *TaskMarket) UnpackBatchLengthMismatchError(raw []byte) (*TaskMarketBatchLengthMismatch, error) {
	out := new(TaskMarketBatchLengthMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketClaimMeasurementMismatch represents a ClaimMeasurementMismatch error raised by the TaskMarket contract.
type TaskMarketClaimMeasurementMismatch struct {
	Measurement [32]byte
	Expected    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMeasurementMismatch(bytes32 measurement, bytes32 expected)
func TaskMarketClaimMeasurementMismatchErrorID() common.Hash {
	return common.HexToHash("0xd1d49c5c21e8da3555a7f96c2ddf97584aa47f96c175744c5a6f977e08b72b4c")
}

// UnpackClaimMeasurementMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMeasurementMismatch(bytes32 measurement, bytes32 expected)
func (taskMarket *TaskMarket) UnpackClaimMeasurementMismatchError(raw []byte) (*TaskMarketClaimMeasurementMismatch, error) {
	out := new(TaskMarketClaimMeasurementMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ClaimMeasurementMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketCommitmentMismatch represents a CommitmentMismatch error raised by the TaskMarket contract.
type TaskMarketCommitmentMismatch struct {
	Verifier common.Address
	CommitId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(address verifier, uint256 commitId)
func TaskMarketCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0xc283ff2ea8a2642d3a9b4544789b6ae72dbfa8a6f93913a720dbfec9e8ec8dee")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(address verifier, uint256 commitId)
func (taskMarket *TaskMarket) UnpackCommitmentMismatchError(raw []byte) (*TaskMarketCommitmentMismatch, error) {
	out := new(TaskMarketCommitmentMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketCommittedTooLate represents a CommittedTooLate error raised by the TaskMarket contract.
type TaskMarketCommittedTooLate struct {
	ResultId    *big.Int
	CommitBlock uint64
	VotingEnds  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommittedTooLate(uint256 resultId, uint64 commitBlock, uint64 votingEnds)
func TaskMarketCommittedTooLateErrorID() common.Hash {
	return common.HexToHash("0x3bf43e20dcb7933ff05038adaa5996bea3dc3c283790d9ea6beb40f3fcff76c3")
}

// UnpackCommittedTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommittedTooLate(uint256 resultId, uint64 commitBlock, uint64 votingEnds)
func (taskMarket *TaskMarket) UnpackCommittedTooLateError(raw []byte) (*TaskMarketCommittedTooLate, error) {
	out := new(TaskMarketCommittedTooLate)
	if err := taskMarket.abi.UnpackIntoInterface(out, "CommittedTooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketCommitteeAlreadyDrawn represents a CommitteeAlreadyDrawn error raised by the TaskMarket contract.
type TaskMarketCommitteeAlreadyDrawn struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeAlreadyDrawn(uint256 taskId, uint256 index)
func TaskMarketCommitteeAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0x4c94e15e05f534208f6568488b8e697fe3a656633110f44a536e29bfec8d7ec8")
}

// UnpackCommitteeAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeAlreadyDrawn(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackCommitteeAlreadyDrawnError(raw []byte) (*TaskMarketCommitteeAlreadyDrawn, error) {
	out := new(TaskMarketCommitteeAlreadyDrawn)
	if err := taskMarket.abi.UnpackIntoInterface(out, "CommitteeAlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDeadlineNotPassed represents a DeadlineNotPassed error raised by the TaskMarket contract.
type TaskMarketDeadlineNotPassed struct {
	TaskId       *big.Int
	Deadline     uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(uint256 taskId, uint64 deadline, uint64 currentBlock)
func TaskMarketDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0xbc7129a6c68812120f32d5cf3f9e449415f15575ef479cc68b27e034bd214635")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(uint256 taskId, uint64 deadline, uint64 currentBlock)
func (taskMarket *TaskMarket) UnpackDeadlineNotPassedError(raw []byte) (*TaskMarketDeadlineNotPassed, error) {
	out := new(TaskMarketDeadlineNotPassed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDeadlinePassed represents a DeadlinePassed error raised by the TaskMarket contract.
type TaskMarketDeadlinePassed struct {
	TaskId   *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 taskId, uint64 deadline)
func TaskMarketDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 taskId, uint64 deadline)
func (taskMarket *TaskMarket) UnpackDeadlinePassedError(raw []byte) (*TaskMarketDeadlinePassed, error) {
	out := new(TaskMarketDeadlinePassed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDrawTooEarly represents a DrawTooEarly error raised by the TaskMarket contract.
type TaskMarketDrawTooEarly struct {
	TaskId     *big.Int
	Index      *big.Int
	FirstBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DrawTooEarly(uint256 taskId, uint256 index, uint64 firstBlock)
func TaskMarketDrawTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x163a7bfe2828573de1822e43d6cabd985a2eae1ef769dd845dd78d18ab37b100")
}

// UnpackDrawTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DrawTooEarly(uint256 taskId, uint256 index, uint64 firstBlock)
func (taskMarket *TaskMarket) UnpackDrawTooEarlyError(raw []byte) (*TaskMarketDrawTooEarly, error) {
	out := new(TaskMarketDrawTooEarly)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DrawTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketEnclaveInactive represents a EnclaveInactive error raised by the TaskMarket contract.
type TaskMarketEnclaveInactive struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveInactive(address enclave)
func TaskMarketEnclaveInactiveErrorID() common.Hash {
	return common.HexToHash("0x2fbe5556005f16c8110ae19543a2d105e22faebd76871e76e997966753b79267")
}

// UnpackEnclaveInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveInactive(address enclave)
func (taskMarket *TaskMarket) UnpackEnclaveInactiveError(raw []byte) (*TaskMarketEnclaveInactive, error) {
	out := new(TaskMarketEnclaveInactive)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EnclaveInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketEnclaveNotAssigned represents a EnclaveNotAssigned error raised by the TaskMarket contract.
type TaskMarketEnclaveNotAssigned struct {
	TaskId  *big.Int
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveNotAssigned(uint256 taskId, address enclave)
func TaskMarketEnclaveNotAssignedErrorID() common.Hash {
	return common.HexToHash("0x326c636d3c03c680a7ae3bd16400357863a6ec0ddc0ac8dee299120059faca9a")
}

// UnpackEnclaveNotAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveNotAssigned(uint256 taskId, address enclave)
func (taskMarket *TaskMarket) UnpackEnclaveNotAssignedError(raw []byte) (*TaskMarketEnclaveNotAssigned, error) {
	out := new(TaskMarketEnclaveNotAssigned)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EnclaveNotAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtensionMismatch represents a ExtensionMismatch error raised by the TaskMarket contract.
type TaskMarketExtensionMismatch struct {
	Extension common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExtensionMismatch(address extension)
func TaskMarketExtensionMismatchErrorID() common.Hash {
	return common.HexToHash("0x2bc10cee55c30835594b31c8a690139074e8cb854a1395ca27284553e5544bc2")
}

// UnpackExtensionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExtensionMismatch(address extension)
func (taskMarket *TaskMarket) UnpackExtensionMismatchError(raw []byte) (*TaskMarketExtensionMismatch, error) {
	out := new(TaskMarketExtensionMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ExtensionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInvalidClaimSignature represents a InvalidClaimSignature error raised by the TaskMarket contract.
type TaskMarketInvalidClaimSignature struct {
	Signer  common.Address
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaimSignature(address signer, address enclave)
func TaskMarketInvalidClaimSignatureErrorID() common.Hash {
	return common.HexToHash("0x2cf1b0349fbd3f6975c9a0c4b30265fa05b34850223fe2a2ff5e57455d561823")
}

// UnpackInvalidClaimSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaimSignature(address signer, address enclave)
func (taskMarket *TaskMarket) UnpackInvalidClaimSignatureError(raw []byte) (*TaskMarketInvalidClaimSignature, error) {
	out := new(TaskMarketInvalidClaimSignature)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InvalidClaimSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInvalidProof represents a InvalidProof error raised by the TaskMarket contract.
type TaskMarketInvalidProof struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 taskId, uint256 index)
func TaskMarketInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x832d3d6e478962a60603c7ea997253f3e15eba110b3f49bcac7c2fd6b96124a9")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackInvalidProofError(raw []byte) (*TaskMarketInvalidProof, error) {
	out := new(TaskMarketInvalidProof)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketLedgerRootMismatch represents a LedgerRootMismatch error raised by the TaskMarket contract.
type TaskMarketLedgerRootMismatch struct {
	Enclave common.Address
	Current [32]byte
	Claimed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LedgerRootMismatch(address enclave, bytes32 current, bytes32 claimed)
func TaskMarketLedgerRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x23eaa6e392f862a57b94a555f5e561aafbec22a6c4cba427719245b42a314dcc")
}

// UnpackLedgerRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LedgerRootMismatch(address enclave, bytes32 current, bytes32 claimed)
func (taskMarket *TaskMarket) UnpackLedgerRootMismatchError(raw []byte) (*TaskMarketLedgerRootMismatch, error) {
	out := new(TaskMarketLedgerRootMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "LedgerRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoCommittee represents a NoCommittee error raised by the TaskMarket contract.
type TaskMarketNoCommittee struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommittee(uint256 resultId)
func TaskMarketNoCommitteeErrorID() common.Hash {
	return common.HexToHash("0xef6659d3fd058371bfb91f841623df7de56d779d35d86391c70ddd682e7a8f7c")
}

// UnpackNoCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommittee(uint256 resultId)
func (taskMarket *TaskMarket) UnpackNoCommitteeError(raw []byte) (*TaskMarketNoCommittee, error) {
	out := new(TaskMarketNoCommittee)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoEarnings represents a NoEarnings error raised by the TaskMarket contract.
type TaskMarketNoEarnings struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEarnings(address operator)
func TaskMarketNoEarningsErrorID() common.Hash {
	return common.HexToHash("0x05daaa48389a5a69c9c1ca80654c60d6e940feec43acb9a8e34025016b51b774")
}

// UnpackNoEarningsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEarnings(address operator)
func (taskMarket *TaskMarket) UnpackNoEarningsError(raw []byte) (*TaskMarketNoEarnings, error) {
	out := new(TaskMarketNoEarnings)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoEarnings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoSuchResult represents a NoSuchResult error raised by the TaskMarket contract.
type TaskMarketNoSuchResult struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func TaskMarketNoSuchResultErrorID() common.Hash {
	return common.HexToHash("0x428017f5b0580d2adb26099f4f920150fe630992538c559c03b415819e4175e0")
}

// UnpackNoSuchResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackNoSuchResultError(raw []byte) (*TaskMarketNoSuchResult, error) {
	out := new(TaskMarketNoSuchResult)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoSuchResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotCommitteeMember represents a NotCommitteeMember error raised by the TaskMarket contract.
type TaskMarketNotCommitteeMember struct {
	ResultId *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint256 resultId, address verifier)
func TaskMarketNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x38ba437ab34536e01113591bc41de60127332e1dafb89f920f5d6b2adc08a6eb")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint256 resultId, address verifier)
func (taskMarket *TaskMarket) UnpackNotCommitteeMemberError(raw []byte) (*TaskMarketNotCommitteeMember, error) {
	out := new(TaskMarketNotCommitteeMember)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNothingToClaim represents a NothingToClaim error raised by the TaskMarket contract.
type TaskMarketNothingToClaim struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 taskId)
func TaskMarketNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xf9489585dec3262b1162932c161df7b89594eadce970e53618b2c094b88a10ce")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 taskId)
func (taskMarket *TaskMarket) UnpackNothingToClaimError(raw []byte) (*TaskMarketNothingToClaim, error) {
	out := new(TaskMarketNothingToClaim)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketPayoutExceedsPool represents a PayoutExceedsPool error raised by the TaskMarket contract.
type TaskMarketPayoutExceedsPool struct {
	TaskId    *big.Int
	Payout    *big.Int
	Remaining *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutExceedsPool(uint256 taskId, uint256 payout, uint256 remaining)
func TaskMarketPayoutExceedsPoolErrorID() common.Hash {
	return common.HexToHash("0x763edef84ae7e242ce0d57c66df2150d50c3731094921b24188a9dad38a4786e")
}

// UnpackPayoutExceedsPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutExceedsPool(uint256 taskId, uint256 payout, uint256 remaining)
func (taskMarket *TaskMarket) UnpackPayoutExceedsPoolError(raw []byte) (*TaskMarketPayoutExceedsPool, error) {
	out := new(TaskMarketPayoutExceedsPool)
	if err := taskMarket.abi.UnpackIntoInterface(out, "PayoutExceedsPool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketPriceBelowFloor represents a PriceBelowFloor error raised by the TaskMarket contract.
type TaskMarketPriceBelowFloor struct {
	UsersShare     *big.Int
	Records        uint64
	PricePerRecord *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceBelowFloor(uint256 usersShare, uint64 records, uint72 pricePerRecord)
func TaskMarketPriceBelowFloorErrorID() common.Hash {
	return common.HexToHash("0xf8fa71b2f8052cdc972f69b2a53cee214e03c2c6102cfb5042f9a140eb33a8bc")
}

// UnpackPriceBelowFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceBelowFloor(uint256 usersShare, uint64 records, uint72 pricePerRecord)
func (taskMarket *TaskMarket) UnpackPriceBelowFloorError(raw []byte) (*TaskMarketPriceBelowFloor, error) {
	out := new(TaskMarketPriceBelowFloor)
	if err := taskMarket.abi.UnpackIntoInterface(out, "PriceBelowFloor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TaskMarket contract.
type TaskMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TaskMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (taskMarket *TaskMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TaskMarketReentrancyGuardReentrantCall, error) {
	out := new(TaskMarketReentrancyGuardReentrantCall)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketResultAlreadySubmitted represents a ResultAlreadySubmitted error raised by the TaskMarket contract.
type TaskMarketResultAlreadySubmitted struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultAlreadySubmitted(uint256 taskId, uint256 index)
func TaskMarketResultAlreadySubmittedErrorID() common.Hash {
	return common.HexToHash("0xed735ba9901dab93757157a559a4f2ecdc899c4f43ac1e8d3ae34b66e098eb62")
}

// UnpackResultAlreadySubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultAlreadySubmitted(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackResultAlreadySubmittedError(raw []byte) (*TaskMarketResultAlreadySubmitted, error) {
	out := new(TaskMarketResultAlreadySubmitted)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ResultAlreadySubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketResultsMissing represents a ResultsMissing error raised by the TaskMarket contract.
type TaskMarketResultsMissing struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultsMissing(uint256 taskId, uint256 index)
func TaskMarketResultsMissingErrorID() common.Hash {
	return common.HexToHash("0x1495bd8ac1f0f4470d3b5de079626ad743ca81326fc62640280c5b3f0d8dad10")
}

// UnpackResultsMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultsMissing(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackResultsMissingError(raw []byte) (*TaskMarketResultsMissing, error) {
	out := new(TaskMarketResultsMissing)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ResultsMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketRevealClosed represents a RevealClosed error raised by the TaskMarket contract.
type TaskMarketRevealClosed struct {
	ResultId  *big.Int
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealClosed(uint256 resultId, uint64 lastBlock)
func TaskMarketRevealClosedErrorID() common.Hash {
	return common.HexToHash("0x7a8f4c0f614170bd7269eaea72ce5d538fd68f72037ab0c7b5708d4a013ace3e")
}

// UnpackRevealClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealClosed(uint256 resultId, uint64 lastBlock)
func (taskMarket *TaskMarket) UnpackRevealClosedError(raw []byte) (*TaskMarketRevealClosed, error) {
	out := new(TaskMarketRevealClosed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "RevealClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketRevealNotOpen represents a RevealNotOpen error raised by the TaskMarket contract.
type TaskMarketRevealNotOpen struct {
	ResultId   *big.Int
	FirstBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealNotOpen(uint256 resultId, uint64 firstBlock)
func TaskMarketRevealNotOpenErrorID() common.Hash {
	return common.HexToHash("0x2dd08182c081aa1a9cffa7998c468bd18c423ff0163c8d87e5efc45fa03033a2")
}

// UnpackRevealNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealNotOpen(uint256 resultId, uint64 firstBlock)
func (taskMarket *TaskMarket) UnpackRevealNotOpenError(raw []byte) (*TaskMarketRevealNotOpen, error) {
	out := new(TaskMarketRevealNotOpen)
	if err := taskMarket.abi.UnpackIntoInterface(out, "RevealNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the TaskMarket contract.
type TaskMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TaskMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (taskMarket *TaskMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*TaskMarketSafeERC20FailedOperation, error) {
	out := new(TaskMarketSafeERC20FailedOperation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTaskAlreadySettled represents a TaskAlreadySettled error raised by the TaskMarket contract.
type TaskMarketTaskAlreadySettled struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func TaskMarketTaskAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xe2135ec1fe034d80cdc807357cb45ce2f45444617b6eeea0f2b5074ebc066065")
}

// UnpackTaskAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func (taskMarket *TaskMarket) UnpackTaskAlreadySettledError(raw []byte) (*TaskMarketTaskAlreadySettled, error) {
	out := new(TaskMarketTaskAlreadySettled)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TaskAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTaskNotSettled represents a TaskNotSettled error raised by the TaskMarket contract.
type TaskMarketTaskNotSettled struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskNotSettled(uint256 taskId)
func TaskMarketTaskNotSettledErrorID() common.Hash {
	return common.HexToHash("0xf1c3a02b38790175c96c650e150779cd66c65ef5a8339a44b5cede1fb27527c7")
}

// UnpackTaskNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskNotSettled(uint256 taskId)
func (taskMarket *TaskMarket) UnpackTaskNotSettledError(raw []byte) (*TaskMarketTaskNotSettled, error) {
	out := new(TaskMarketTaskNotSettled)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TaskNotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTaskSwept represents a TaskSwept error raised by the TaskMarket contract.
type TaskMarketTaskSwept struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskSwept(uint256 taskId)
func TaskMarketTaskSweptErrorID() common.Hash {
	return common.HexToHash("0x56a6ae311e80bb5ef469ba7dcc447d85e2e9863a82626f58338ddab4a8351f1a")
}

// UnpackTaskSweptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskSwept(uint256 taskId)
func (taskMarket *TaskMarket) UnpackTaskSweptError(raw []byte) (*TaskMarketTaskSwept, error) {
	out := new(TaskMarketTaskSwept)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TaskSwept", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the TaskMarket contract.
type TaskMarketUnbondingDelayTooShort struct {
	Delay   uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint64 delay, uint64 minimum)
func TaskMarketUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0x5bdc8d70e353e1f4522173cca7bcfef9f357a57e85f70d080719bd084f0efb51")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint64 delay, uint64 minimum)
func (taskMarket *TaskMarket) UnpackUnbondingDelayTooShortError(raw []byte) (*TaskMarketUnbondingDelayTooShort, error) {
	out := new(TaskMarketUnbondingDelayTooShort)
	if err := taskMarket.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketUnknownTask represents a UnknownTask error raised by the TaskMarket contract.
type TaskMarketUnknownTask struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint256 taskId)
func TaskMarketUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x4899e043276e272612bdcb119c9ff124ecd3f8936ab50aa3e0752eb89bcdf63d")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint256 taskId)
func (taskMarket *TaskMarket) UnpackUnknownTaskError(raw []byte) (*TaskMarketUnknownTask, error) {
	out := new(TaskMarketUnknownTask)
	if err := taskMarket.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketUnregisteredEnclave represents a UnregisteredEnclave error raised by the TaskMarket contract.
type TaskMarketUnregisteredEnclave struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnregisteredEnclave(address enclave)
func TaskMarketUnregisteredEnclaveErrorID() common.Hash {
	return common.HexToHash("0x28b88cbbb01bd856cca41212405eb301e55eb8b977b2116fbcb990698513592c")
}

// UnpackUnregisteredEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnregisteredEnclave(address enclave)
func (taskMarket *TaskMarket) UnpackUnregisteredEnclaveError(raw []byte) (*TaskMarketUnregisteredEnclave, error) {
	out := new(TaskMarketUnregisteredEnclave)
	if err := taskMarket.abi.UnpackIntoInterface(out, "UnregisteredEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketVoteAlreadySettled represents a VoteAlreadySettled error raised by the TaskMarket contract.
type TaskMarketVoteAlreadySettled struct {
	ResultId *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoteAlreadySettled(uint256 resultId, address verifier)
func TaskMarketVoteAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0x08edbb43f74936d3837157fbc3fda33d5780c90bd8692f8dc779b0301da40916")
}

// UnpackVoteAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoteAlreadySettled(uint256 resultId, address verifier)
func (taskMarket *TaskMarket) UnpackVoteAlreadySettledError(raw []byte) (*TaskMarketVoteAlreadySettled, error) {
	out := new(TaskMarketVoteAlreadySettled)
	if err := taskMarket.abi.UnpackIntoInterface(out, "VoteAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketVotingClosed represents a VotingClosed error raised by the TaskMarket contract.
type TaskMarketVotingClosed struct {
	TaskId     *big.Int
	Index      *big.Int
	VotingEnds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds)
func TaskMarketVotingClosedErrorID() common.Hash {
	return common.HexToHash("0x65627911e1a6dbde01d1e190b76fda9893151e5a688ab623bea222f8692cf5bc")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds)
func (taskMarket *TaskMarket) UnpackVotingClosedError(raw []byte) (*TaskMarketVotingClosed, error) {
	out := new(TaskMarketVotingClosed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketVotingOpen represents a VotingOpen error raised by the TaskMarket contract.
type TaskMarketVotingOpen struct {
	TaskId    *big.Int
	Index     *big.Int
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingOpen(uint256 taskId, uint256 index, uint64 lastBlock)
func TaskMarketVotingOpenErrorID() common.Hash {
	return common.HexToHash("0xe38c557be94a82634d3fb3fc5aa12d48bedc8c965a953422cf336fb86496e85a")
}

// UnpackVotingOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingOpen(uint256 taskId, uint256 index, uint64 lastBlock)
func (taskMarket *TaskMarket) UnpackVotingOpenError(raw []byte) (*TaskMarketVotingOpen, error) {
	out := new(TaskMarketVotingOpen)
	if err := taskMarket.abi.UnpackIntoInterface(out, "VotingOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketZeroAddress represents a ZeroAddress error raised by the TaskMarket contract.
type TaskMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TaskMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (taskMarket *TaskMarket) UnpackZeroAddressError(raw []byte) (*TaskMarketZeroAddress, error) {
	out := new(TaskMarketZeroAddress)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketZeroAmount represents a ZeroAmount error raised by the TaskMarket contract.
type TaskMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func TaskMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (taskMarket *TaskMarket) UnpackZeroAmountError(raw []byte) (*TaskMarketZeroAmount, error) {
	out := new(TaskMarketZeroAmount)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
