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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"extension_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"grantsBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"publishBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"BadGrantsBlock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"votingEnds\",\"type\":\"uint64\"}],\"name\":\"CommittedTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"DrawTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"extension\",\"type\":\"address\"}],\"name\":\"ExtensionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidLedgerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"current\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimed\",\"type\":\"bytes32\"}],\"name\":\"LedgerRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"NoCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimed\",\"type\":\"bytes32\"}],\"name\":\"ResultKeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskSwept\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"votingEnds\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unlocked\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevLedgerRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ledgerRoot\",\"type\":\"bytes32\"}],\"name\":\"LedgerAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"ReexecBpsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ReexecutionSelected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReexecutorPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarketBase.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"}],\"name\":\"VotesCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"VotesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEDGER_ADVANCE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"prevLedgerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ledgerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"advanceLedger\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"users\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"draw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"drawBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extension\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"}],\"name\":\"finalizeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"ledgerRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"paramsAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paramsVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reexecBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"ballots\",\"type\":\"uint256[]\"}],\"name\":\"revealVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"silencePenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarketBase.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setReexecBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantsBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"resultKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevLedgerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ledgerRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarketBase.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawEarnings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101406040526004805463ffffffff19166001179055348015610020575f5ffd5b50604051615cba380380615cba83398101604081905261003f91610ad0565b8686866001600160a01b038316158061005f57506001600160a01b038216155b8061007157506001600160a01b038116155b1561008f5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0392831660805290821660a052811660c052831615806100bd57506001600160a01b038216155b156100db5760405163d92e233d60e01b815260040160405180910390fd5b836001600160a01b0381163b15806101645750876001600160a01b0316816001600160a01b031663fc0c546a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610134573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101589190610c5f565b6001600160a01b031614155b806101e05750866001600160a01b0316816001600160a01b0316634cf088d96040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d49190610c5f565b6001600160a01b031614155b8061025c5750856001600160a01b0316816001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa15801561022c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102509190610c5f565b6001600160a01b031614155b1561028a576040516315e0867760e11b81526001600160a01b03861660048201526024015b60405180910390fd5b6001600160a01b038516610120524661010052610344604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60e0526103515f856103b9565b50600180546001600160a01b0319166001600160a01b0385169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16103ac82610462565b5050505050505050610d36565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610459575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104113390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161045c565b505f5b92915050565b612710816060015161ffff16826040015161ffff166104819190610c95565b11806104965750612710816080015161ffff16115b806104ab5750600360ff168160a0015160ff16105b806104c05750600760ff168160a0015160ff16115b806104d0575060c081015160ff16155b806104e857508060a0015160ff168160c0015160ff16115b806104fc575061012081015163ffffffff16155b80610516575062ffffff801681610120015163ffffffff16115b80610528575061014081015161ffff16155b8061053f5750610140810151617fff61ffff909116115b80610553575061016081015163ffffffff16155b8061056e5750610160810151637fffffff63ffffffff909116115b80610582575061018081015163ffffffff16155b80610590575060025461ffff105b156105ae5760405163019af63760e01b815260040160405180910390fd5b5f81610140015161ffff1682610120015163ffffffff1683610160015163ffffffff166105db9190610ca8565b6105e59190610ca8565b90505f60a0516001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610626573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061064a9190610cc7565b9050816001600160401b0316816001600160401b03161015610692576040516305bdc8d760e41b81526001600160401b03808316600483015283166024820152604401610281565b60a0516001600160a01b03166391d1485460a0516001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106e1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107059190610ced565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015610745573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107699190610d04565b156107d05760a051604051633e433e1560e11b81526001600160401b03841660048201526001600160a01b0390911690637c867c2a906024015f604051808303815f87803b1580156107b9575f5ffd5b505af11580156107cb573d5f5f3e3d5ffd5b505050505b600283908060018154018082558091505060019003905f5260205f2090600302015f909190919091505f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548161ffff021916908361ffff1602179055506060820151815f01601a6101000a81548161ffff021916908361ffff1602179055506080820151815f01601c6101000a81548161ffff021916908361ffff16021790555060a0820151815f01601e6101000a81548160ff021916908360ff16021790555060c0820151815f01601f6101000a81548160ff021916908360ff16021790555060e0820151816001015f6101000a8154816001600160601b0302191690836001600160601b0316021790555061010082015181600101600c6101000a8154816001600160601b0302191690836001600160601b031602179055506101208201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600101601c6101000a81548161ffff021916908361ffff160217905550610160820151816002015f6101000a81548163ffffffff021916908363ffffffff1602179055506101808201518160020160046101000a81548163ffffffff021916908363ffffffff16021790555050507f7c352bfc2119c67869da1d774501c73468269088e1e5d5559fdb44f96177febd6001600280549050610a1f9190610d23565b60405190815260200160405180910390a1505050565b6001600160a01b0381168114610a49575f5ffd5b50565b6040516101a081016001600160401b0381118282101715610a7b57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160601b0381168114610a97575f5ffd5b919050565b805161ffff81168114610a97575f5ffd5b805160ff81168114610a97575f5ffd5b805163ffffffff81168114610a97575f5ffd5b5f5f5f5f5f5f5f878903610260811215610ae8575f5ffd5b8851610af381610a35565b60208a0151909850610b0481610a35565b60408a0151909750610b1581610a35565b60608a0151909650610b2681610a35565b60808a0151909550610b3781610a35565b60a08a0151909450610b4881610a35565b92506101a060bf1982011215610b5c575f5ffd5b50610b65610a4c565b610b7160c08a01610a81565b8152610b7f60e08a01610a81565b6020820152610b916101008a01610a9c565b6040820152610ba36101208a01610a9c565b6060820152610bb56101408a01610a9c565b6080820152610bc76101608a01610aad565b60a0820152610bd96101808a01610aad565b60c0820152610beb6101a08a01610a81565b60e0820152610bfd6101c08a01610a81565b610100820152610c106101e08a01610abd565b610120820152610c236102008a01610a9c565b610140820152610c366102208a01610abd565b610160820152610c496102408a01610abd565b6101808201528091505092959891949750929550565b5f60208284031215610c6f575f5ffd5b8151610c7a81610a35565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561045c5761045c610c81565b6001600160401b03818116838216019081111561045c5761045c610c81565b5f60208284031215610cd7575f5ffd5b81516001600160401b0381168114610c7a575f5ffd5b5f60208284031215610cfd575f5ffd5b5051919050565b5f60208284031215610d14575f5ffd5b81518015158114610c7a575f5ffd5b8181038181111561045c5761045c610c81565b60805160a05160c05160e0516101005161012051614ebf610dfb5f395f818161025601526103a701525f6127ba01525f61288901525f818161050301528181612fc7015281816131e801528181613bfe0152613ce001525f818161045f0152818161071d01528181610ae401528181610c64015281816111a2015281816114060152818161152101528181612a7c01528181612b4401528181612b7301528181612c780152818161383d0152613e4801525f8181610615015261216c0152614ebf5ff3fe608060405234801561000f575f5ffd5b5060043610610251575f3560e01c80635d4df3bf11610144578063c618c97f116100c1578063deae5c3711610085578063deae5c37146105da578063e3bb3dd0146105ed578063f0f44260146105f5578063f698da2514610608578063fc0c546a14610610578063fdbce7771461063757610251565b8063c618c97f1461056b578063cff0ab961461058c578063d26fc3c0146105a1578063d2b8035a146105b4578063d547741f146105c757610251565b80638f25fb93116101085780638f25fb931461052d57806391d1485414610540578063a217fddf14610553578063b6cb58a51461055a578063b73c6ce91461056357610251565b80635d4df3bf146104b357806361d027b3146104c65780637214e655146104d95780637b103999146104fe5780638dd5c0d61461052557610251565b80632d5537b0116101d25780633aba9c7e116101965780633aba9c7e1461042d57806348bcbe05146104405780634cf088d91461045a57806350c9a7d11461048157806356dde2771461049457610251565b80632d5537b0146103a25780632f2ff15d146103e1578063332bf438146103f4578063360542c81461040757806336568abe1461041a57610251565b80631bbd7229116102195780631bbd722914610309578063231b11e51461031c578063248a9ca31461035157806327a53bd4146103735780632b40ccca1461039a57610251565b806301ffc9a714610293578063038667aa146102bb57806305261aea146102d057806308148f7a146102e357806308dca520146102f6575b6040517f000000000000000000000000000000000000000000000000000000000000000090365f82375f5f3683855af43d5f833e8061028e573d82fd5b503d81f35b6102a66102a13660046142b8565b61064a565b60405190151581526020015b60405180910390f35b6102ce6102c9366004614326565b610680565b005b6102ce6102de366004614374565b610827565b6102ce6102f1366004614374565b61085d565b6102ce61030436600461438b565b61096c565b6102ce6103173660046143ab565b6109c7565b6103437f389a5ee1b9f0b5741f3856037082bcd5f081211b0e9377f8a1262a8c6e7a4f4f81565b6040519081526020016102b2565b61034361035f366004614374565b5f9081526020819052604090206001015490565b6103437f5c558a75ca1ab2f421ca7139946936a842aee302856fba08da232f8562250f2f81565b610343610a5a565b6103c97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b2565b6102ce6103ef3660046143fd565b610a70565b6102ce61040236600461442b565b610a9a565b6102ce6104153660046144ab565b610d2a565b6102ce6104283660046143fd565b610d9f565b6102ce61043b3660046144fd565b610dd7565b610448601081565b60405160ff90911681526020016102b2565b6103c97f000000000000000000000000000000000000000000000000000000000000000081565b6102ce61048f36600461460f565b610ecf565b6103436104a2366004614662565b600e6020525f908152604090205481565b6102ce6104c136600461467d565b611097565b6001546103c9906001600160a01b031681565b6004546104e99063ffffffff1681565b60405163ffffffff90911681526020016102b2565b6103c97f000000000000000000000000000000000000000000000000000000000000000081565b610448600781565b6102ce61053b3660046146ea565b6110c0565b6102a661054e3660046143fd565b6110e1565b6103435f81565b61034360035481565b6102ce611109565b600f546105799061ffff1681565b60405161ffff90911681526020016102b2565b61059461125a565b6040516102b29190614704565b6102ce6105af366004614841565b611369565b6102ce6105c236600461438b565b6116e6565b6102ce6105d53660046143fd565b6116f0565b6102ce6105e83660046148c0565b611714565b610448600381565b6102ce610603366004614662565b611791565b610343611810565b6103c97f000000000000000000000000000000000000000000000000000000000000000081565b610594610645366004614374565b611819565b5f6001600160e01b03198216637965db0b60e01b148061067a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b335f908152600c602090815260408083208784529091529020548015806106da5750602881338686866040516020016106bc94939291906148db565b60408051601f19818403018152919052805160209091012018901c15155b1561070657604051636141ff9760e11b8152336004820152602481018690526044015b60405180910390fd5b604051639adaecbd60e01b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639adaecbd90602401602060405180830381865afa15801561076a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061078e919061492b565b62ffffff169050825f5b818110156107e2575f8686838181106107b3576107b361494d565b9050602002013590506107d9600182901c82600116600114868864ffffffffff1661191c565b50600101610798565b50604080518881526020810183905233917f234342706c869c2fabab6992b62e661b28e5aee5e4cb2bb0f35f21d2f12510df910160405180910390a250505050505050565b61082f611af7565b5f818152600560205260409020610851828261084b8183611b64565b5f611bb1565b5061085a611d4d565b50565b610865611af7565b5f8181526005602052604081209061087d8284611b64565b9050604081901c64ffffffffff811643116108ca57604051635e3894d360e11b81526004810185905264ffffffffff821660248201526001600160401b03431660448201526064016106fd565b63ffffffff602083901c165f5b600884901c60ff1681108015610913575060a061090b60065f6108fa8587614975565b81526020019081526020015f205490565b60ff911c1615155b156109285761092181614988565b90506108d7565b600884901c60ff168103610952576040516328f21c4560e01b8152600481018790526024016106fd565b61095f8686866001611bb1565b505050505061085a611d4d565b335f818152600c602090815260408083208684528252918290204364ffffffffff19861617905590518481527f046bddb5e1dc5e78da68cefea101487a0fed94a5be099d7235f4bdfd88353656910160405180910390a25050565b6109cf611af7565b5f5b81811015610a4d575f60055f8585858181106109ef576109ef61494d565b9050602002013581526020019081526020015f209050610a44848484818110610a1a57610a1a61494d565b905060200201358261084b84888888818110610a3857610a3861494d565b90506020020135611b64565b506001016109d1565b50610a56611d4d565b5050565b6002545f90610a6b906001906149a0565b905090565b5f82815260208190526040902060010154610a8a81611d77565b610a948383611d81565b50505050565b610aa2611af7565b82818114610ac3576040516305f8ded760e21b815260040160405180910390fd5b604051639adaecbd60e01b81526001600160a01b0387811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690639adaecbd90602401602060405180830381865afa158015610b2b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4f919061492b565b62ffffff169050610b5e61422f565b5f5b83811015610c02575f5f5f610ba78b8b86818110610b8057610b8061494d565b905060200201358a8a87818110610b9957610b9961494d565b905060200201358e89611e10565b8751929550909350915083908690610bc0908390614975565b9052508185600160200201818151610bd89190614975565b9052508085600260200201818151610bf09190614975565b9052505060019092019150610b609050565b50805115610c17578051610c1790899061214f565b60208101516040808301516001549151630ff83a9560e21b81526001600160a01b038c81166004830152602482019490945260448101879052606481019190915290821660848201525f917f00000000000000000000000000000000000000000000000000000000000000001690633fe0ea549060a4016020604051808303815f875af1158015610caa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cce91906149b3565b825160408051918252602082018390529192506001600160a01b038b16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a250505050610d23611d4d565b5050505050565b82818114610d4b576040516305f8ded760e21b815260040160405180910390fd5b5f5b81811015610d9757610d8f868683818110610d6a57610d6a61494d565b90506020020135858584818110610d8357610d8361494d565b905060200201356121f1565b600101610d4d565b505050505050565b6001600160a01b0381163314610dc85760405163334bd91960e11b815260040160405180910390fd5b610dd28282612547565b505050565b868581141580610de75750838114155b80610df25750818114155b15610e10576040516305f8ded760e21b815260040160405180910390fd5b5f610e1a8b6125b0565b5090505f5b82811015610ec157610eb982610e36846004015490565b8e8e8e86818110610e4957610e4961494d565b905060200201358d8d87818110610e6257610e6261494d565b9050602002016020810190610e779190614662565b8c8c88818110610e8957610e8961494d565b905060200201358b8b89818110610ea257610ea261494d565b9050602002810190610eb491906149ca565b612632565b600101610e1f565b505050505050505050505050565b604080517f5c558a75ca1ab2f421ca7139946936a842aee302856fba08da232f8562250f2f60208201526001600160a01b0387169181019190915260608101859052608081018490525f9060a0016040516020818303038152906040528051906020012090505f610f9f610f64610f446127b7565b8460405161190160f01b8152600281019290925260228201526042902090565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ab92505050565b50509050866001600160a01b0316816001600160a01b031614610fe857604051634646798560e11b81526001600160a01b038083166004830152881660248201526044016106fd565b6001600160a01b0387165f908152600e6020526040902054868114611039576040516323eaa6e360e01b81526001600160a01b038916600482015260248101829052604481018890526064016106fd565b6001600160a01b0388165f818152600e602090815260409182902089905581518a81529081018990527fa88cc4c4ba6b3bfc337148fb206e6bf5d6e14ad44ab93e0d32e2ba6b747416f4910160405180910390a25050505050505050565b5f5f6110a2886125b0565b915091506110b682828a8a8a8a8a8a612632565b5050505050505050565b5f6110ca81611d77565b610a566110dc36849003840184614aec565b6128f4565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b611111611af7565b335f908152600a6020526040812054908190036111425760405162bb554960e31b81523360048201526024016106fd565b335f908152600a60205260408120556fffffffffffffffffffffffffffffffff81166001600160601b03608083901c1660e083901c15611202576040516316ace98d60e31b81523360048201526024810182905260e084901c60448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b5674c68906064015f604051808303815f87803b1580156111eb575f5ffd5b505af11580156111fd573d5f5f3e3d5ffd5b505050505b811561121257611212338361214f565b604080518381526020810183905233917f90dac969af4a4897610ef8f0cd934c54409861eb7bd2205e552f8f2296ee5d3e910160405180910390a2505050611258611d4d565b565b61126261424d565b60028054611272906001906149a0565b815481106112825761128261494d565b5f918252602091829020604080516101a081018252600390930290910180546001600160601b038082168552600160601b80830482169686019690965261ffff600160c01b808404821695870195909552600160d01b830481166060870152600160e01b8084048216608088015260ff600160f01b8504811660a0890152600160f81b90940490931660c0870152600184015480831660e088015296870490911661010086015263ffffffff938604841661012086015294049093166101408301526002909201548083166101608301526401000000009004909116610180820152919050565b82355f818152600560205260408120906113838284611b64565b90505f61139483838a8a8a8a612f3d565b90505f6113ab8263ffffffff602086901c16614975565b5f8181526006602052604081209192506113c3825490565b905060a081901c60ff16156113f55760405163ed735ba960e01b815260048101889052602481018590526044016106fd565b5f60a882901c60ff165f0361151f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d8630aca83611463600260a08b901c61ffff16815481106114525761145261494d565b905f5260205f209060030201613369565b600161ffff60e08c901c1661148562ffffff60688e901c1660408e901c614c03565b61148f9190614c03565b6040516001600160e01b031960e087901b1681526001600160a01b0390941660048501526024840192909252604483015263ffffffff1660648201526084016020604051808303815f875af11580156114ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061150e91906149b3565b600160a81b929092179190506115a2565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c6b463d36040518163ffffffff1660e01b8152600401602060405180830381865afa15801561157b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159f91906149b3565b90505b5f6115b662ffffff606889901c1643614975565b905064ffffffffff8211156115ce5764ffffffffff91505b60b081901b60d883901b1792909217600160a01b178084559160608c013560075f60048c901b891781526020019081526020015f20819055508b6101200135600e5f8f6001600160a01b03166001600160a01b031681526020019081526020015f20541461167c576001600160a01b038d165f818152600e6020526040908190205490516323eaa6e360e01b8152600481019290925260248201526101208d013560448201526064016106fd565b6001600160a01b038d165f818152600e6020526040908190206101408f01359055518a907fede501fabc6c98f4f1633d85174cb1fe243b70ba19f87d938ffad51e97d72f4a906116cf908a815260200190565b60405180910390a350505050505050505050505050565b610a5682826121f1565b5f8281526020819052604090206001015461170a81611d77565b610a948383612547565b5f61171e81611d77565b6127108261ffff1611156117455760405163019af63760e01b815260040160405180910390fd5b600f805461ffff191661ffff84169081179091556040519081527f4e203339bfca43b8047cb2f59ffa88538927d00e1b07608a4fe4b76026233415906020015b60405180910390a15050565b5f61179b81611d77565b6001600160a01b0382166117c25760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f90602001611785565b5f610a6b6127b7565b61182161424d565b600282815481106118345761183461494d565b5f918252602091829020604080516101a081018252600390930290910180546001600160601b038082168552600160601b80830482169686019690965261ffff600160c01b808404821695870195909552600160d01b830481166060870152600160e01b8084048216608088015260ff600160f01b8504811660a0890152600160f81b90940490931660c0870152600184015480831660e088015296870490911661010086015263ffffffff93860484166101208601529404909316610140830152600290920154808316610160830152640100000000900490911661018082015292915050565b5f8481526008602052604090205480158061193a575060ff81901c15155b1561195b5760405163ef6659d360e01b8152600481018690526024016106fd565b64ffffffffff60c082901c164381106119a5578561197a826001614975565b6040516316e840c160e11b815260048101929092526001600160401b031660248201526044016106fd565b5f6119b460f084901c83614975565b9050804311156119e957604051637a8f4c0f60e01b8152600481018890526001600160401b03821660248201526044016106fd565b81841115611a24576040516301dfa1f160e51b8152600481018890526001600160401b038086166024830152831660448201526064016106fd565b60ff60e884901c165f5b81811015611ad4575f611a4282601b614c20565b905062ffffff86821c168814611a585750611acc565b611a63816018614975565b86901c6007165f14611a915760405163619cd47560e11b8152600481018b90523360248201526044016106fd565b611a9c816018614975565b89611aa8576001611aab565b60025b5f8c8152600860205260409020911b9690961790955550610a949350505050565b600101611a2e565b50604051631c5d21bd60e11b8152600481018990523360248201526044016106fd565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611b3757604051633ee5aeb560e01b815260040160405180910390fd5b61125860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906133b7565b815460ff811660011461067a5760ff8116611b9557604051634899e04360e01b8152600481018390526024016106fd565b60405163e2135ec160e01b8152600481018390526024016106fd565b60ff19821660021783555f611bc7846004015490565b905060ff600884901c165f611be5826001600160601b038516614c4b565b90505f5f5f5f5b85811015611c71575f5f611c048d8d8d868b8f6133be565b90925090506002826005811115611c1d57611c1d614bef565b1480611c3a57506004826005811115611c3857611c38614bef565b145b15611c5a57845f03611c4a578295505b611c5385614988565b9450611c67565b611c648185614975565b93505b5050600101611bec565b505f611c8864ffffffffff60b08b901c16436149a0565b905062ffffff811115611c9b575062ffffff5b60c083901b60c885901b1760e882901b179690961760048a01819055955f82611cc48588614c20565b611cd7906001600160601b038b166149a0565b611ce191906149a0565b90508015611d015760018b0154611d01906001600160a01b03168261214f565b6040805160ff86168152602081018390528d917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a2505050505050505050505050565b6112585f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b5e565b61085a813361366b565b5f611d8c83836110e1565b611e09575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611dc13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161067a565b505f61067a565b5f8481526005602052604081208190819081611e2a825490565b90508060ff8116611e5157604051634899e04360e01b8152600481018b90526024016106fd565b60ff8116600214801590611e69575060ff8116600414155b15611e8a5760405163f1c3a02b60e01b8152600481018b90526024016106fd565b600882901c60ff168910611ebb5760405163428017f560e01b8152600481018b9052602481018a90526044016106fd565b5f611ed08a63ffffffff602086901c16614975565b5f81815260086020526040902054909150801580611ef1575060ff81901c15155b15611f2157604051631c5d21bd60e11b8152600481018390526001600160a01b038b1660248201526044016106fd565b60ff60e882901c165f195f5b82811015611f6f578b611f4182601b614c20565b85901c62ffffff1603611f6757611f5981601b614c20565b611f64906018614975565b91505b600101611f2d565b505f198103611fa357604051631c5d21bd60e11b8152600481018590526001600160a01b038d1660248201526044016106fd565b82811c600781169060041615611fde576040516308edbb4360e01b8152600481018690526001600160a01b038e1660248201526044016106fd565b5f8581526008602052604081206004841b861790556002805461ffff60a08b901c1690811061200f5761200f61494d565b905f5260205f2090600302019050612026816136a4565b9a50815f0361205657600101545f9b50600160601b90046001600160601b03169850612145975050505050505050565b5f6120698660108b901c60ff165f6136ee565b9050600381600581111561207f5761207f614bef565b036120c257600183146120ad5750600101545f9b506001600160601b03169850612145975050505050505050565b5f878152600960205260409020549c5061212a565b60028160058111156120d6576120d6614bef565b1480156120e4575060028314155b1561210a5750600101545f9b506001600160601b03169850612145975050505050505050565b6121276121168b613782565b8a6121228c8a866137a7565b6137ec565b9c505b60031960ff89160161213a575f9c505b505050505050505050505b9450945094915050565b60405163a9059cbb60e01b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000905f9060208260448382875af19150816121a7573d5f823e3d81fd5b503d80156121c05760015f5114601f3d111691506121c7565b5f833b1191505b5080610a9457604051635274afe760e01b81526001600160a01b03831660048201526024016106fd565b5f8281526005602052604081206122089084611b64565b9050600881901c60ff16821061223b5760405163428017f560e01b815260048101849052602481018390526044016106fd565b5f6122508363ffffffff602085901c16614975565b5f81815260066020526040902054909150600160ff60a083901c16146122935760405163428017f560e01b815260048101869052602481018590526044016106fd565b64ffffffffff60b082901c165f6122b362ffffff606887901c16836149a0565b6122be906001614975565b90508043116123075786866122d4836001614975565b604051630b1d3dff60e11b8152600481019390935260248301919091526001600160401b031660448201526064016106fd565b8143118061231f575061231c81610100614975565b43115b1561237e57868661233283610100614975565b84106123495761234483610100614975565b61234b565b835b604051636562791160e01b8152600481019390935260248301919091526001600160401b031660448201526064016106fd565b5f848152600860205260408120549060ff82901c90036123bb5760405163264a70af60e11b815260048101899052602481018890526044016106fd565b5f6123ca878784888888613817565b6001600160f01b0319601089901b90811660ff60e81b9190911660c087901b17179250905060d887901c60ff1660f888901c1515806124725750600f546040805186406020820152309181019190915260608101899052608080820152600960a08201526872656578656375746560b81b60c082015261ffff909116906127109060e001604051602081830303815290604052805190602001205f1c6124709190614c5e565b105b156124b757604051898152600160bd1b93909317928a907f8c21e80bc0052f772a5265b558c158b660585432010080172400ff46dfa469429060200160405180910390a25b5f5b818110156124ee576124cc81601b614c20565b6124d7826018614c20565b84901c62ffffff16901b93909317926001016124b9565b505f8781526008602090815260409182902085905581518b81529081018490528b917faa61606f9442241cfb02165511f7edf0214421367d782f7ab5d040c813270b40910160405180910390a250505050505050505050565b5f61255283836110e1565b15611e09575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161067a565b5f818152600560205260408120906125c9826004015490565b905060c081901c60ff165f0361262d575f825460ff1660048111156125f0576125f0614bef565b0361261157604051634899e04360e01b8152600481018490526024016106fd565b60405163f948958560e01b8152600481018490526024016106fd565b915091565b825f0361265257604051631f2a200560e01b815260040160405180910390fd5b61265c868661396c565b60c887901c60ff16600487901b175f9081526007602090815260408083205481518981528084018990529182018790526060909120835291206126a39184918491906139fa565b6126ca576040516341969eb760e11b815260048101879052602481018690526044016106fd565b5f6126fe885f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b90506001600160601b03606089901c165f82861115612725576127258b8a88858703613a31565b60c08a901c60ff1686029050828183011115612749576127498b8a83858703613a31565b908101606081901b6bffffffffffffffffffffffff60601b198b161760048c015590612775878261214f565b6040516001600160a01b038816908a907f6aa3eac93d079e5e100b1029be716caa33586c96aa4baac390669fb5c2a21212905f90a35050505050505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461288657610a6b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f5f5f83516041036128e2576020840151604085015160608601515f1a6128d488828585613a94565b9550955095505050506128ed565b505081515f91506002905b9250925092565b612710816060015161ffff16826040015161ffff166129139190614975565b11806129285750612710816080015161ffff16115b8061293d5750600360ff168160a0015160ff16105b806129525750600760ff168160a0015160ff16115b80612962575060c081015160ff16155b8061297a57508060a0015160ff168160c0015160ff16115b8061298e575061012081015163ffffffff16155b806129a8575062ffffff801681610120015163ffffffff16115b806129ba575061014081015161ffff16155b806129d15750610140810151617fff61ffff909116115b806129e5575061016081015163ffffffff16155b80612a005750610160810151637fffffff63ffffffff909116115b80612a14575061018081015163ffffffff16155b80612a22575060025461ffff105b15612a405760405163019af63760e01b815260040160405180910390fd5b5f81610140015161ffff1682610120015163ffffffff1683610160015163ffffffff16612a6d9190614c71565b612a779190614c71565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612ad6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612afa9190614caf565b9050816001600160401b0316816001600160401b03161015612b42576040516305bdc8d760e41b81526001600160401b038083166004830152831660248201526044016106fd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391d148547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa158015612bcd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bf191906149b3565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015612c31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c559190614cca565b15612cd857604051633e433e1560e11b81526001600160401b03831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c867c2a906024015f604051808303815f87803b158015612cc1575f5ffd5b505af1158015612cd3573d5f5f3e3d5ffd5b505050505b600283908060018154018082558091505060019003905f5260205f2090600302015f909190919091505f820151815f015f6101000a8154816001600160601b0302191690836001600160601b031602179055506020820151815f01600c6101000a8154816001600160601b0302191690836001600160601b031602179055506040820151815f0160186101000a81548161ffff021916908361ffff1602179055506060820151815f01601a6101000a81548161ffff021916908361ffff1602179055506080820151815f01601c6101000a81548161ffff021916908361ffff16021790555060a0820151815f01601e6101000a81548160ff021916908360ff16021790555060c0820151815f01601f6101000a81548160ff021916908360ff16021790555060e0820151816001015f6101000a8154816001600160601b0302191690836001600160601b0316021790555061010082015181600101600c6101000a8154816001600160601b0302191690836001600160601b031602179055506101208201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600101601c6101000a81548161ffff021916908361ffff160217905550610160820151816002015f6101000a81548163ffffffff021916908363ffffffff1602179055506101808201518160020160046101000a81548163ffffffff021916908363ffffffff16021790555050507f7c352bfc2119c67869da1d774501c73468269088e1e5d5559fdb44f96177febd6001600280549050612f2791906149a0565b60405190815260200160405180910390a1505050565b5f8335604087901c64ffffffffff8116431115612f7d576040516337851a4160e11b81526004810183905264ffffffffff821660248201526044016106fd565b5f828152600b602090815260408083206001600160a01b038b16845290915281205490819003613099575f604051638510129b60e01b81526001600160a01b038a811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa15801561300c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130309190614d02565b60800151600381111561304557613045614bef565b0361306e576040516328b88cbb60e01b81526001600160a01b03891660048201526024016106fd565b60405163326c636d60e01b8152600481018490526001600160a01b03891660248201526044016106fd565b5f61310b6130d06130a86127b7565b6130b18b613b58565b60405161190160f01b8152600281019290925260228201526042902090565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506128ab92505050565b50509050886001600160a01b0316816001600160a01b03161461315457604051630b3c6c0d60e21b81526001600160a01b0380831660048301528a1660248201526044016106fd565b60028b015460c0890135811461318a57604051633475271760e21b815260c08a01356004820152602481018290526044016106fd565b60058c01546101008a013581146131c957604051630e4d747160e01b815260048101879052602481018290526101008b013560448201526064016106fd565b604051639f8a13d760e01b81526001600160a01b038c811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa15801561322d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132519190614cca565b158015613270575061326e8d8c6132696001886149a0565b613b96565b155b15613299576040516317df2aab60e11b81526001600160a01b038c1660048201526024016106fd565b5f6132ab6101008c0160e08d01614d85565b905060b08d901c64ffffffffff16816001600160401b031610806132d7575043816001600160401b0316115b15613324578060b08e901c43604051630262426b60e41b81526004016106fd939291906001600160401b03938416815264ffffffffff929092166020830152909116604082015260600190565b60ff60f08e901c161561334a5761334a8e61334560a08e0160808f01614d85565b613d5a565b6133556001866149a0565b9750505050505050505b9695505050505050565b80545f906001600160601b03600160601b8204811691161161339c578154600160601b90046001600160601b03166133a8565b81546001600160601b03165b6001600160601b031692915050565b80825d5050565b5f80806133d58663ffffffff60208a901c16614975565b5f8181526006602052604081205491925060ff60a083901c16613486578561341a57604051630a4adec560e11b8152600481018c9052602481018990526044016106fd565b6005945060ff60a883901c161561343c57613439838b848a8d5f613e06565b90505b8a7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc21898785856040516134729493929190614da0565b60405180910390a2505f9250613660915050565b5f83815260086020526040812054906134a084838d614061565b90506134b48260108d901c60ff16836136ee565b965060018760058111156134ca576134ca614bef565b036135015760405163e38c557b60e01b8152600481018e9052602481018b90526001600160401b03821660448201526064016106fd565b50600386600581111561351657613516614bef565b0361354b57613529848c858b8e86613e06565b9150600160be1b811615613546576135438c8a8a8d6140b2565b94505b61361d565b600160be1b811615613569576135648c8a8a8d8a61417a565b613586565b60ff60d88b901c1661357c898c836137ec565b6135869190614c20565b61271061359b61ffff60808e901c168b614c20565b6135a59190614c4b565b6135af908a6149a0565b6135b991906149a0565b915060e06001901b60806135e1600260a08e901c61ffff16815481106114525761145261494d565b901b831717600a5f856001600160a01b03166001600160a01b031681526020019081526020015f205f8282546136179190614975565b90915550505b8b7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218a8886866040516136539493929190614da0565b60405180910390a2505050505b965096945050505050565b61367582826110e1565b610a565760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106fd565b60018101545f906001600160601b03600160601b820481169116116136dd576001820154600160601b90046001600160601b03166133a8565b50600101546001600160601b031690565b5f60ff84901c156137115781431161370757600161370a565b60045b905061377b565b5f5f61371c866141db565b909250905060ff60e887901c166137338284614975565b1080156137405750834311155b156137505760019250505061377b565b8482106137625760029250505061377b565b8481106137745760039250505061377b565b6004925050505b9392505050565b805460048201545f9161067a9161010090910460ff16906001600160601b0316614c4b565b60ff60d884901c16600160be1b8316158015906137d6575060048260058111156137d3576137d3614bef565b14155b1561377b576137e481614988565b949350505050565b5f8161271061380361ffff609087901c1687614c20565b61380d9190614c4b565b6137e49190614c4b565b60408051824060208201523091810191909152606081018690525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633cbe0b8a906080016040516020818303038152906040528051906020012060d88a901c88886138b3600260a08f901c61ffff16815481106138a2576138a261494d565b905f5260205f2090600302016136a4565b60e08e901c61ffff168a6138c79190614975565b6040516001600160e01b031960e089901b168152600481019690965260ff90941660248601526001600160a01b03928316604486015291166064840152608483015263ffffffff1660a482015260d887901c60c482015260e4016020604051808303815f875af115801561393d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061396191906149b3565b979650505050505050565b604081901c15613999576040516341969eb760e11b815260048101839052602481018290526044016106fd565b604082811b600883901c175f818152600d6020529190912054600160ff84161b808216156139e457604051636bd4745f60e01b815260048101869052602481018590526044016106fd565b5f928352600d6020526040909220911790555050565b5f8360051b8501855b81811015613a2757803580851160051b94855260209485185260405f209301613a03565b5050501492915050565b6004845460ff166004811115613a4957613a49614bef565b03613a6a576040516356a6ae3160e01b8152600481018490526024016106fd565b604051630ec7dbdf60e31b81526004810184905260248101839052604481018290526064016106fd565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613acd57505f91506003905082612145565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613b1e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613b4957505f925060019150829050612145565b975f9750879650945050505050565b6040517f389a5ee1b9f0b5741f3856037082bcd5f081211b0e9377f8a1262a8c6e7a4f4f8082525f9161016084602083013761018090209392505050565b82545f906006908290613bb8908590640100000000900463ffffffff16614975565b815260208101919091526040015f2054600160a81b900460ff16613bdd57505f61377b565b60405163c06ac6a360e01b81526001600160a01b0384811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063c06ac6a39060240161014060405180830381865afa158015613c46573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c6a9190614dfd565b9050600281602001516003811115613c8457613c84614bef565b1480613ca55750600181602001516003811115613ca357613ca3614bef565b145b8015613cbd575080604001516001600160401b031643105b8015613d51575060e0810151604051630975b6f360e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630975b6f390602401602060405180830381865afa158015613d2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d519190614cca565b95945050505050565b81545f9061271090600160801b900461ffff16613d7685613782565b613d809190614c20565b613d8a9190614c4b565b6001840154909150613db790600160a01b900468ffffffffffffffffff166001600160401b038416614c20565b811015610dd2576001830154604051637c7d38d960e11b8152600481018390526001600160401b0384166024820152600160a01b90910468ffffffffffffffffff1660448201526064016106fd565b5f5f600260a085901c61ffff1681548110613e2357613e2361494d565b905f5260205f20906003020190505f835f14613e4657613e42846141db565b9150505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633fe0ea5488613e7f85613369565b6001885f03613e9f578654600160601b90046001600160601b0316613eab565b86546001600160601b03165b6040516001600160e01b031960e087901b1681526001600160a01b039094166004850152602484019290925260448301526001600160601b0316606482015230608482015260a4016020604051808303815f875af1158015613f0f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613f3391906149b3565b9250825f03613f46575f9250505061335f565b81545f9061271090613f6390600160c01b900461ffff1686614c20565b613f6d9190614c4b565b83549091505f9061271090613f8d90600160e01b900461ffff168a614c20565b613f979190614c4b565b905080821115613fa5578091505b5f8315613fff5784545f90859061271090613fcb90600160d01b900461ffff168a614c20565b613fd59190614c4b565b613fdf9190614c4b565b5f8e81526009602052604090208190559050613ffb8582614c20565b9150505b821561401d5760018b015461401d906001600160a01b03168461214f565b5f8161402985896149a0565b61403391906149a0565b9050801561405157600154614051906001600160a01b03168261214f565b5050505050509695505050505050565b5f60ff83901c5f0361408d5761407f60f084901c60c085901c614c03565b64ffffffffff16905061377b565b6140a361ffff60e084901c1660b086901c614c03565b64ffffffffff16949350505050565b5f6140ca838361212260ff60d883901c166001614975565b90505f6010816140e48763ffffffff602088901c16614975565b81526020019081526020015f2054905081600a5f836001600160a01b03166001600160a01b031681526020019081526020015f205f8282546141269190614975565b909155505060408051868152602081018490526001600160a01b0383169188917f6231b75aeed3a783aed4c04b274ec33bbaa7ef3dd965f2e59c4d0a3bcdcc1fa6910160405180910390a350949350505050565b5f60ff60d884901c16600483600581111561419757614197614bef565b036141ba57806141a88686846137ec565b6141b29190614c20565b915050613d51565b6141c5816001614975565b6141d1888888886140b2565b6139619190614c20565b5f8060ff60e884901c16815b818110156142285760036018601b83020186901c1660011981016142105784600101945061421f565b6001810361421f578360010193505b506001016141e7565b5050915091565b60405180606001604052806003906020820280368337509192915050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915290565b5f602082840312156142c8575f5ffd5b81356001600160e01b03198116811461377b575f5ffd5b5f5f83601f8401126142ef575f5ffd5b5081356001600160401b03811115614305575f5ffd5b6020830191508360208260051b850101111561431f575f5ffd5b9250929050565b5f5f5f5f60608587031215614339575f5ffd5b843593506020850135925060408501356001600160401b0381111561435c575f5ffd5b614368878288016142df565b95989497509550505050565b5f60208284031215614384575f5ffd5b5035919050565b5f5f6040838503121561439c575f5ffd5b50508035926020909101359150565b5f5f602083850312156143bc575f5ffd5b82356001600160401b038111156143d1575f5ffd5b6143dd858286016142df565b90969095509350505050565b6001600160a01b038116811461085a575f5ffd5b5f5f6040838503121561440e575f5ffd5b823591506020830135614420816143e9565b809150509250929050565b5f5f5f5f5f6060868803121561443f575f5ffd5b853561444a816143e9565b945060208601356001600160401b03811115614464575f5ffd5b614470888289016142df565b90955093505060408601356001600160401b0381111561448e575f5ffd5b61449a888289016142df565b969995985093965092949392505050565b5f5f5f5f604085870312156144be575f5ffd5b84356001600160401b038111156144d3575f5ffd5b6144df878288016142df565b90955093505060208501356001600160401b0381111561435c575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c031215614515575f5ffd5b8935985060208a01356001600160401b03811115614531575f5ffd5b61453d8c828d016142df565b90995097505060408a01356001600160401b0381111561455b575f5ffd5b6145678c828d016142df565b90975095505060608a01356001600160401b03811115614585575f5ffd5b6145918c828d016142df565b90955093505060808a01356001600160401b038111156145af575f5ffd5b6145bb8c828d016142df565b915080935050809150509295985092959850929598565b5f5f83601f8401126145e2575f5ffd5b5081356001600160401b038111156145f8575f5ffd5b60208301915083602082850101111561431f575f5ffd5b5f5f5f5f5f60808688031215614623575f5ffd5b853561462e816143e9565b9450602086013593506040860135925060608601356001600160401b03811115614656575f5ffd5b61449a888289016145d2565b5f60208284031215614672575f5ffd5b813561377b816143e9565b5f5f5f5f5f5f60a08789031215614692575f5ffd5b863595506020870135945060408701356146ab816143e9565b93506060870135925060808701356001600160401b038111156146cc575f5ffd5b6146d889828a016142df565b979a9699509497509295939492505050565b5f6101a08284031280156146fc575f5ffd5b509092915050565b81516001600160601b031681526101a08101602083015161473060208401826001600160601b03169052565b506040830151614746604084018261ffff169052565b50606083015161475c606084018261ffff169052565b506080830151614772608084018261ffff169052565b5060a083015161478760a084018260ff169052565b5060c083015161479c60c084018260ff169052565b5060e08301516147b760e08401826001600160601b03169052565b506101008301516147d46101008401826001600160601b03169052565b506101208301516147ee61012084018263ffffffff169052565b5061014083015161480661014084018261ffff169052565b5061016083015161482061016084018263ffffffff169052565b5061018083015161483a61018084018263ffffffff169052565b5092915050565b5f5f5f5f8486036101a0811215614856575f5ffd5b8535614861816143e9565b9450610160601f1982011215614875575f5ffd5b506020850192506101808501356001600160401b03811115614895575f5ffd5b614368878288016145d2565b61ffff8116811461085a575f5ffd5b80356148bb816148a1565b919050565b5f602082840312156148d0575f5ffd5b813561377b816148a1565b6001600160a01b03851681526020810184905260606040820181905281018290525f6001600160fb1b03831115614910575f5ffd5b8260051b808560808501379190910160800195945050505050565b5f6020828403121561493b575f5ffd5b815162ffffff8116811461377b575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561067a5761067a614961565b5f6001820161499957614999614961565b5060010190565b8181038181111561067a5761067a614961565b5f602082840312156149c3575f5ffd5b5051919050565b5f5f8335601e198436030181126149df575f5ffd5b8301803591506001600160401b038211156149f8575f5ffd5b6020019150600581901b360382131561431f575f5ffd5b6040516101a081016001600160401b0381118282101715614a3e57634e487b7160e01b5f52604160045260245ffd5b60405290565b60405160e081016001600160401b0381118282101715614a3e57634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715614a3e57634e487b7160e01b5f52604160045260245ffd5b80356001600160601b03811681146148bb575f5ffd5b60ff8116811461085a575f5ffd5b80356148bb81614ab7565b63ffffffff8116811461085a575f5ffd5b80356148bb81614ad0565b5f6101a0828403128015614afe575f5ffd5b50614b07614a0f565b614b1083614aa1565b8152614b1e60208401614aa1565b6020820152614b2f604084016148b0565b6040820152614b40606084016148b0565b6060820152614b51608084016148b0565b6080820152614b6260a08401614ac5565b60a0820152614b7360c08401614ac5565b60c0820152614b8460e08401614aa1565b60e0820152614b966101008401614aa1565b610100820152614ba96101208401614ae1565b610120820152614bbc61014084016148b0565b610140820152614bcf6101608401614ae1565b610160820152614be26101808401614ae1565b6101808201529392505050565b634e487b7160e01b5f52602160045260245ffd5b64ffffffffff818116838216019081111561067a5761067a614961565b808202811582820484141761067a5761067a614961565b634e487b7160e01b5f52601260045260245ffd5b5f82614c5957614c59614c37565b500490565b5f82614c6c57614c6c614c37565b500690565b6001600160401b03818116838216019081111561067a5761067a614961565b6001600160401b038116811461085a575f5ffd5b80516148bb81614c90565b5f60208284031215614cbf575f5ffd5b815161377b81614c90565b5f60208284031215614cda575f5ffd5b8151801515811461377b575f5ffd5b80516148bb816143e9565b8051600481106148bb575f5ffd5b5f60e0828403128015614d13575f5ffd5b50614d1c614a44565b8251614d27816143e9565b8152602083810151908201526040808401519082015260608084015190820152614d5360808401614cf4565b608082015260a0830151614d6681614ad0565b60a082015260c0830151614d7981614c90565b60c08201529392505050565b5f60208284031215614d95575f5ffd5b813561377b81614c90565b8481526080810160068510614dc357634e487b7160e01b5f52602160045260245ffd5b60208201949094526001600160a01b03929092166040830152606090910152919050565b80516148bb816148a1565b80516148bb81614ab7565b5f610140828403128015614e0f575f5ffd5b50614e18614a72565b614e2183614ce9565b8152614e2f60208401614cf4565b6020820152614e4060408401614ca4565b6040820152614e5160608401614de7565b6060820152614e6260808401614df2565b608082015260a0838101519082015260c0808401519082015260e08084015190820152614e926101008401614ca4565b610100820152614ea56101208401614ca4565b610120820152939250505056fea164736f6c634300081e000a",
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

// PackLEDGERADVANCETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a53bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LEDGER_ADVANCE_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) PackLEDGERADVANCETYPEHASH() []byte {
	enc, err := taskMarket.abi.Pack("LEDGER_ADVANCE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLEDGERADVANCETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a53bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LEDGER_ADVANCE_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackLEDGERADVANCETYPEHASH() ([]byte, error) {
	return taskMarket.abi.Pack("LEDGER_ADVANCE_TYPEHASH")
}

// UnpackLEDGERADVANCETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27a53bd4.
//
// Solidity: function LEDGER_ADVANCE_TYPEHASH() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackLEDGERADVANCETYPEHASH(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("LEDGER_ADVANCE_TYPEHASH", data)
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

// PackAdvanceLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c9a7d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function advanceLedger(address enclave, bytes32 prevLedgerRoot, bytes32 ledgerRoot, bytes signature) returns()
func (taskMarket *TaskMarket) PackAdvanceLedger(enclave common.Address, prevLedgerRoot [32]byte, ledgerRoot [32]byte, signature []byte) []byte {
	enc, err := taskMarket.abi.Pack("advanceLedger", enclave, prevLedgerRoot, ledgerRoot, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdvanceLedger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c9a7d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function advanceLedger(address enclave, bytes32 prevLedgerRoot, bytes32 ledgerRoot, bytes signature) returns()
func (taskMarket *TaskMarket) TryPackAdvanceLedger(enclave common.Address, prevLedgerRoot [32]byte, ledgerRoot [32]byte, signature []byte) ([]byte, error) {
	return taskMarket.abi.Pack("advanceLedger", enclave, prevLedgerRoot, ledgerRoot, signature)
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

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bbd7229.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch(uint256[] taskIds) returns()
func (taskMarket *TaskMarket) PackFinalizeBatch(taskIds []*big.Int) []byte {
	enc, err := taskMarket.abi.Pack("finalizeBatch", taskIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bbd7229.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch(uint256[] taskIds) returns()
func (taskMarket *TaskMarket) TryPackFinalizeBatch(taskIds []*big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("finalizeBatch", taskIds)
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

// PackReexecBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc618c97f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarket *TaskMarket) PackReexecBps() []byte {
	enc, err := taskMarket.abi.Pack("reexecBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReexecBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc618c97f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarket *TaskMarket) TryPackReexecBps() ([]byte, error) {
	return taskMarket.abi.Pack("reexecBps")
}

// UnpackReexecBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc618c97f.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarket *TaskMarket) UnpackReexecBps(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("reexecBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
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
// the contract method with ID 0x038667aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealVotes(uint256 commitId, bytes32 salt, uint256[] ballots) returns()
func (taskMarket *TaskMarket) PackRevealVotes(commitId *big.Int, salt [32]byte, ballots []*big.Int) []byte {
	enc, err := taskMarket.abi.Pack("revealVotes", commitId, salt, ballots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x038667aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealVotes(uint256 commitId, bytes32 salt, uint256[] ballots) returns()
func (taskMarket *TaskMarket) TryPackRevealVotes(commitId *big.Int, salt [32]byte, ballots []*big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("revealVotes", commitId, salt, ballots)
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

// PackSetReexecBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeae5c37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReexecBps(uint16 bps) returns()
func (taskMarket *TaskMarket) PackSetReexecBps(bps uint16) []byte {
	enc, err := taskMarket.abi.Pack("setReexecBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReexecBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeae5c37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReexecBps(uint16 bps) returns()
func (taskMarket *TaskMarket) TryPackSetReexecBps(bps uint16) ([]byte, error) {
	return taskMarket.abi.Pack("setReexecBps", bps)
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
	User   common.Address
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
// Solidity: event Claimed(uint256 indexed taskId, address indexed user)
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
	TaskId  *big.Int
	Index   *big.Int
	Members *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketCommitteeDrawnEventName = "CommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketCommitteeDrawn) ContractEventName() string {
	return TaskMarketCommitteeDrawnEventName
}

// UnpackCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeDrawn(uint256 indexed taskId, uint256 index, uint256 members)
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

// TaskMarketLedgerAdvanced represents a LedgerAdvanced event raised by the TaskMarket contract.
type TaskMarketLedgerAdvanced struct {
	Enclave        common.Address
	PrevLedgerRoot [32]byte
	LedgerRoot     [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const TaskMarketLedgerAdvancedEventName = "LedgerAdvanced"

// ContractEventName returns the user-defined event name.
func (TaskMarketLedgerAdvanced) ContractEventName() string {
	return TaskMarketLedgerAdvancedEventName
}

// UnpackLedgerAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LedgerAdvanced(address indexed enclave, bytes32 prevLedgerRoot, bytes32 ledgerRoot)
func (taskMarket *TaskMarket) UnpackLedgerAdvancedEvent(log *types.Log) (*TaskMarketLedgerAdvanced, error) {
	event := "LedgerAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketLedgerAdvanced)
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

// TaskMarketReexecBpsSet represents a ReexecBpsSet event raised by the TaskMarket contract.
type TaskMarketReexecBpsSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const TaskMarketReexecBpsSetEventName = "ReexecBpsSet"

// ContractEventName returns the user-defined event name.
func (TaskMarketReexecBpsSet) ContractEventName() string {
	return TaskMarketReexecBpsSetEventName
}

// UnpackReexecBpsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReexecBpsSet(uint16 bps)
func (taskMarket *TaskMarket) UnpackReexecBpsSetEvent(log *types.Log) (*TaskMarketReexecBpsSet, error) {
	event := "ReexecBpsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketReexecBpsSet)
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

// TaskMarketReexecutionSelected represents a ReexecutionSelected event raised by the TaskMarket contract.
type TaskMarketReexecutionSelected struct {
	TaskId *big.Int
	Index  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketReexecutionSelectedEventName = "ReexecutionSelected"

// ContractEventName returns the user-defined event name.
func (TaskMarketReexecutionSelected) ContractEventName() string {
	return TaskMarketReexecutionSelectedEventName
}

// UnpackReexecutionSelectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReexecutionSelected(uint256 indexed taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackReexecutionSelectedEvent(log *types.Log) (*TaskMarketReexecutionSelected, error) {
	event := "ReexecutionSelected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketReexecutionSelected)
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

// TaskMarketReexecutorPaid represents a ReexecutorPaid event raised by the TaskMarket contract.
type TaskMarketReexecutorPaid struct {
	TaskId   *big.Int
	Index    *big.Int
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketReexecutorPaidEventName = "ReexecutorPaid"

// ContractEventName returns the user-defined event name.
func (TaskMarketReexecutorPaid) ContractEventName() string {
	return TaskMarketReexecutorPaidEventName
}

// UnpackReexecutorPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReexecutorPaid(uint256 indexed taskId, uint256 index, address indexed operator, uint256 amount)
func (taskMarket *TaskMarket) UnpackReexecutorPaidEvent(log *types.Log) (*TaskMarketReexecutorPaid, error) {
	event := "ReexecutorPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketReexecutorPaid)
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
	TaskId  *big.Int
	Index   *big.Int
	Enclave common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketResultSubmitted) ContractEventName() string {
	return TaskMarketResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed taskId, uint256 index, address indexed enclave)
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidLedgerSignature"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidLedgerSignatureError(raw[4:])
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ResultKeyMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackResultKeyMismatchError(raw[4:])
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

// TaskMarketInvalidLedgerSignature represents a InvalidLedgerSignature error raised by the TaskMarket contract.
type TaskMarketInvalidLedgerSignature struct {
	Signer  common.Address
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLedgerSignature(address signer, address enclave)
func TaskMarketInvalidLedgerSignatureErrorID() common.Hash {
	return common.HexToHash("0x8c8cf30a92e03692de70e8b13650908c405d63800b8dfa600a1e813853f88b09")
}

// UnpackInvalidLedgerSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLedgerSignature(address signer, address enclave)
func (taskMarket *TaskMarket) UnpackInvalidLedgerSignatureError(raw []byte) (*TaskMarketInvalidLedgerSignature, error) {
	out := new(TaskMarketInvalidLedgerSignature)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InvalidLedgerSignature", raw); err != nil {
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

// TaskMarketResultKeyMismatch represents a ResultKeyMismatch error raised by the TaskMarket contract.
type TaskMarketResultKeyMismatch struct {
	TaskId   *big.Int
	Expected [32]byte
	Claimed  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultKeyMismatch(uint256 taskId, bytes32 expected, bytes32 claimed)
func TaskMarketResultKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0x0e4d7471f203ec2b92a4e31f653147cff72adb3b9bc24bd6cc04838798c82e2b")
}

// UnpackResultKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultKeyMismatch(uint256 taskId, bytes32 expected, bytes32 claimed)
func (taskMarket *TaskMarket) UnpackResultKeyMismatchError(raw []byte) (*TaskMarketResultKeyMismatch, error) {
	out := new(TaskMarketResultKeyMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ResultKeyMismatch", raw); err != nil {
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
