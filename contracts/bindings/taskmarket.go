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

// TaskMarketParams is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketParams struct {
	NodeSlash         *big.Int
	TimeoutSlash      *big.Int
	VerifierPenalty   *big.Int
	SlashOwnerBps     uint16
	SlashVerifiersBps uint16
	MinQuorum         uint8
	MaxVotingWindow   uint32
	MaxDuration       uint32
}

// TaskMarketResult is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketResult struct {
	Operator   common.Address
	State      uint8
	PassVotes  uint16
	FailVotes  uint16
	VotingEnds *big.Int
	Accepted   bool
}

// TaskMarketResultClaim is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketResultClaim struct {
	TaskId       *big.Int
	OutputHash   [32]byte
	LineageRoot  [32]byte
	PayoutRoot   [32]byte
	TotalRecords uint64
	EpsilonSpent uint64
	Measurement  [32]byte
}

// TaskMarketTask is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTask struct {
	Status         uint8
	Replication    uint8
	Quorum         uint8
	Assigned       uint8
	FirstResult    *big.Int
	Deadline       *big.Int
	VotingWindow   uint32
	UsersBps       uint16
	VerifiersBps   uint16
	PricePerRecord *big.Int
	Owner          common.Address
	Fee            *big.Int
	Measurement    [32]byte
	DatasetHash    [32]byte
	PayoutResult   *big.Int
	Passed         uint8
	UsersPool      *big.Int
	UsersClaimed   *big.Int
}

// TaskMarketTaskSpec is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTaskSpec struct {
	Measurement    [32]byte
	DatasetHash    [32]byte
	Enclaves       []common.Address
	Fee            *big.Int
	UsersBps       uint16
	NodesBps       uint16
	VerifiersBps   uint16
	Deadline       *big.Int
	VotingWindow   uint32
	Quorum         uint8
	Replication    uint8
	PricePerRecord *big.Int
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minimum\",\"type\":\"uint8\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"BadReplication\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumBps\",\"type\":\"uint256\"}],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"BadVotingWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"named\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EnclaveCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"EnclaveMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"EnclaveAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTaskMarket.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"TaskAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"users\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"failRewardOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"enclaves\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nodesBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"internalType\":\"structTaskMarket.TaskSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"passVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"failVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"internalType\":\"structTaskMarket.Result\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxDuration\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"slotIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"taskOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarket.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"assigned\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"firstResult\",\"type\":\"uint40\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"payoutResult\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"usersPool\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"usersClaimed\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"passes\",\"type\":\"bool[]\"}],\"name\":\"voteBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawEarnings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101206040526004805463ffffffff19166001179055348015610020575f5ffd5b50604051615ef1380380615ef183398101604081905261003f91610723565b6001600160a01b038616158061005c57506001600160a01b038516155b8061006e57506001600160a01b038416155b8061008057506001600160a01b038316155b8061009257506001600160a01b038216155b156100b05760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0386166080524660c052610168604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0526001600160a01b0380861660e0528416610100526101895f846101ef565b50600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16101e481610298565b5050505050506109b6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661028f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102473390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610292565b505f5b92915050565b612710816080015161ffff16826060015161ffff166102b7919061087c565b11806102c8575060a081015160ff16155b806102db575060c081015163ffffffff16155b806102f4575062ffffff80168160c0015163ffffffff16115b80610307575060e081015163ffffffff16155b80610315575060025461ffff105b156103335760405163019af63760e01b815260040160405180910390fd5b5f8160c0015163ffffffff168260e0015163ffffffff16610354919061088f565b90505f60e0516001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610395573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103b991906108ae565b9050816001600160401b0316816001600160401b03161015610405576040516305bdc8d760e41b81526001600160401b0380831660048301528316602482015260440160405180910390fd5b60e0516001600160a01b03166391d1485460e0516001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa158015610454573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061047891906108db565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa1580156104b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104dc91906108f2565b156105435760e051604051633e433e1560e11b81526001600160401b03841660048201526001600160a01b0390911690637c867c2a906024015f604051808303815f87803b15801561052c575f5ffd5b505af115801561053e573d5f5f3e3d5ffd5b505050505b600280546001810182555f829052845191027f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace8101805460208701516001600160601b039081166c010000000000000000000000009081026001600160c01b031990931695821695909517919091179091556040808701517f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5acf9093018054606089015160808a015160a08b015160c08c015160e08d015163ffffffff908116600160a81b0263ffffffff60a81b1991909216600160881b0216600160881b600160c81b031960ff909316600160801b0260ff60801b1961ffff958616600160701b021662ffffff60701b1995909616909b026001600160701b0319909616999098169890981793909317161795909517949094169190911791909117909155517f5ace5821b6e89be1a2d9bd0ffce84c29567ae931547b527b4ce664f9438f5df6906106b0908590610911565b60405180910390a1505050565b6001600160a01b03811681146106d1575f5ffd5b50565b80516001600160601b03811681146106ea575f5ffd5b919050565b805161ffff811681146106ea575f5ffd5b805160ff811681146106ea575f5ffd5b805163ffffffff811681146106ea575f5ffd5b5f5f5f5f5f5f8688036101a081121561073a575f5ffd5b8751610745816106bd565b6020890151909750610756816106bd565b6040890151909650610767816106bd565b6060890151909550610778816106bd565b6080890151909450610789816106bd565b9250610100609f198201121561079d575f5ffd5b5060405161010081016001600160401b03811182821017156107cd57634e487b7160e01b5f52604160045260245ffd5b6040526107dc60a089016106d4565b81526107ea60c089016106d4565b60208201526107fb60e089016106d4565b604082015261080d61010089016106ef565b606082015261081f61012089016106ef565b60808201526108316101408901610700565b60a08201526108436101608901610710565b60c08201526108556101808901610710565b60e0820152809150509295509295509295565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561029257610292610868565b6001600160401b03818116838216019081111561029257610292610868565b5f602082840312156108be575f5ffd5b81516001600160401b03811681146108d4575f5ffd5b9392505050565b5f602082840312156108eb575f5ffd5b5051919050565b5f60208284031215610902575f5ffd5b815180151581146108d4575f5ffd5b81516001600160601b039081168252602080840151821690830152604080840151909116908201526060828101516101008301916109549084018261ffff169052565b50608083015161096a608084018261ffff169052565b5060a083015161097f60a084018260ff169052565b5060c083015161099760c084018263ffffffff169052565b5060e08301516109af60e084018263ffffffff169052565b5092915050565b60805160a05160c05160e05161010051615472610a7f5f395f818161046c01528181610f2a0152818161254f0152818161273101528181612fdf01526130a901525f8181610377015281816107bd0152818161091001528181610bed0152818161117b015281816112490152818161280a01528181613435015281816134fd0152818161352c0152818161363101528181613f76015281816140f401526144a401525f613d1e01525f613ded01525f81816105f7015281816116b40152612c1201526154725ff3fe608060405234801561000f575f5ffd5b5060043610610228575f3560e01c80636a18ff7a1161012a578063b6cb58a5116100b4578063d5b36e2411610079578063d5b36e241461057d578063f0f442601461059d578063f364c90c146105b0578063f698da25146105ea578063fc0c546a146105f2575f5ffd5b8063b6cb58a51461050f578063b73c6ce914610518578063c8cb79c714610520578063cff0ab9614610555578063d547741f1461056a575f5ffd5b8063878ecfec116100fa578063878ecfec1461048e578063893296b4146104c157806391d14854146104e2578063a217fddf146104f5578063a2b1f09f146104fc575f5ffd5b80636a18ff7a1461041c5780636c6cd9ca1461042f5780637214e655146104425780637b10399914610467575f5ffd5b8063332bf438116101b657806350ace9c21161017b57806350ace9c2146103b1578063543fd313146103c45780635d4df3bf146103e357806361d027b3146103f65780636364645e14610409575f5ffd5b8063332bf4381461033157806336568abe146103445780633aba9c7e1461035757806348bcbe051461036a5780634cf088d914610372575f5ffd5b8063231b11e5116101fc578063231b11e5146102a1578063248a9ca3146102d65780632c0a0c95146102f85780632f2ff15d1461030b578063300912cf1461031e575f5ffd5b8062cc23ef1461022c57806301ffc9a71461025657806305261aea1461027957806308148f7a1461028e575b5f5ffd5b61023f61023a3660046147cc565b610619565b60405160ff90911681526020015b60405180910390f35b6102696102643660046147fe565b610682565b604051901515815260200161024d565b61028c610287366004614825565b6106b8565b005b61028c61029c366004614825565b6106ee565b6102c87f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a81565b60405190815260200161024d565b6102c86102e4366004614825565b5f9081526020819052604090206001015490565b61028c61030636600461487c565b610778565b61028c610319366004614918565b610984565b61028c61032c366004614946565b6109ae565b61028c61033f3660046149dd565b610ad0565b61028c610352366004614918565b610cb4565b61028c610365366004614a5d565b610cec565b61023f601081565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024d565b61028c6103bf366004614918565b610dd6565b6102c86103d2366004614b32565b60096020525f908152604090205481565b61028c6103f1366004614b4d565b611116565b600154610399906001600160a01b031681565b61028c610417366004614b9c565b61113f565b61028c61042a366004614bc3565b611164565b6102c861043d366004614bf9565b6112b9565b6004546104529063ffffffff1681565b60405163ffffffff909116815260200161024d565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b6104a161049c366004614825565b61178f565b60408051948552602085019390935291830152606082015260800161024d565b6104d46104cf366004614c30565b61184c565b60405161024d929190614c78565b6102696104f0366004614918565b611a45565b6102c85f81565b6102c861050a366004614c30565b611a6d565b6102c860035481565b61028c611aae565b6102c861052e366004614918565b5f918252600a602090815260408084206001600160a01b0393909316845291905290205490565b61055d611b40565b60405161024d9190614ce4565b61028c610578366004614918565b611c3f565b61059061058b366004614825565b611c63565b60405161024d9190614daf565b61028c6105ab366004614b32565b611e4b565b6102696105be366004614c30565b5f918252600c60209081526040808420600884901c855290915290912054600160ff9092161c81161490565b6102c8611ed1565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b5f828152600560205260408120548190610641908490600160201b900463ffffffff16614f68565b6001600160a01b0386165f908152600b60209081526040808320600785901c8452909152902054600360fe60019390931b929092161c169150509392505050565b5f6001600160e01b03198216637965db0b60e01b14806106b257506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106c0611edf565b5f8181526005602052604090206106e282826106dc8183611f4c565b5f611f99565b506106eb61218f565b50565b6106f6611edf565b5f8181526005602052604081209061070e8284611f4c565b9050604081901c64ffffffffff8116431161076057604051635e3894d360e11b81526004810185905264ffffffffff821660248201526001600160401b03431660448201526064015b60405180910390fd5b61076d8484846001611f99565b5050506106eb61218f565b8483811415806107885750818114155b156107a6576040516305f8ded760e21b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906107f5903390600290600401614f7b565b602060405180830381865afa158015610810573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108349190614fa1565b61085357604051630cee335f60e01b8152336004820152602401610757565b335f908152600b602052604081209080805b848110156108f8575f5f6108d1868e8e8681811061088557610885614fbc565b905060200201358d8d8781811061089e5761089e614fbc565b905060200201358c8c888181106108b7576108b7614fbc565b90506020020160208101906108cc9190614fd0565b6121b9565b90925090506108e08286614f68565b9450838111156108ee578093505b5050600101610865565b50604051636c31856560e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d8630aca9061094b903390869089908790600401614feb565b5f604051808303815f87803b158015610962575f5ffd5b505af1158015610974573d5f5f3e3d5ffd5b5050505050505050505050505050565b5f8281526020819052604090206001015461099e8161242c565b6109a88383612436565b50505050565b82355f818152600560205260408120906109c88284611f4c565b90505f6109d983838a8a8a8a6124c5565b90505f6109f08263ffffffff602086901c16614f68565b5f818152600660205260408120919250610a08825490565b905060a081901c60ff1615610a3a5760405163ed735ba960e01b81526004810188905260248101859052604401610757565b60f881901c5f03610a5657610a4f8682612802565b600160f81b175b5f610a6a62ffffff606888901c1643614f68565b65ffffffffffff16905060c881901b60a060016005811115610a8e57610a8e614c50565b60ff16901b1791909117808355600488901b85175f90815260076020526040902060608c0135905590610ac2858d8d61291a565b505050505050505050505050565b610ad8611edf565b82818114610af9576040516305f8ded760e21b815260040160405180910390fd5b6001600160a01b0386165f908152600b6020526040812081908190815b85811015610b9d575f5f5f610b5d858f8f8f88818110610b3857610b38614fbc565b905060200201358e8e89818110610b5157610b51614fbc565b905060200201356129b8565b91945092509050610b6e8389614f68565b9750610b7a8288614f68565b96508015610b8f57610b8c8287614f68565b95505b505050806001019050610b16565b508315610bae57610bae8a85612bf5565b600154604051630ff83a9560e21b81526001600160a01b038c8116600483015260248201869052604482018890526064820185905291821660848201527f000000000000000000000000000000000000000000000000000000000000000090911690633fe0ea549060a4016020604051808303815f875af1158015610c35573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c599190615017565b60408051868152602081018390529193506001600160a01b038c16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a25050505050610cad61218f565b5050505050565b6001600160a01b0381163314610cdd5760405163334bd91960e11b815260040160405180910390fd5b610ce78282612c97565b505050565b868581141580610cfc5750838114155b80610d075750818114155b15610d25576040516305f8ded760e21b815260040160405180910390fd5b5f610d2f8b612d00565b5090505f5b82811015610ac257610dce82610d4b846004015490565b8e8e8e86818110610d5e57610d5e614fbc565b905060200201358d8d87818110610d7757610d77614fbc565b9050602002016020810190610d8c9190614b32565b8c8c88818110610d9e57610d9e614fbc565b905060200201358b8b89818110610db757610db7614fbc565b9050602002810190610dc9919061502e565b612d82565b600101610d34565b5f610de083612f5a565b8054909150600160401b900464ffffffffff16431115610e2c5780546040516337851a4160e11b815260048101859052600160401b90910464ffffffffff166024820152604401610757565b5f838152600a602090815260408083206001600160a01b038616845290915290205480156110285781545f906006908290600190610e78908690600160201b900463ffffffff16614f68565b610e829190615073565b815260208101919091526040015f2080549091506001600160a01b03163314610ecf576040516389b4997f60e01b81526001600160a01b0385166004820152336024820152604401610757565b8054600160f81b900460ff1615610f0b5760405163bf39afb360e01b8152600481018690526001600160a01b0385166024820152604401610757565b604051639f8a13d760e01b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610f6f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f939190614fa1565b610fbb576040516317df2aab60e11b81526001600160a01b0385166004820152602401610757565b80546001600160f81b0316600160f81b178155610fd88333612802565b336001600160a01b038516867f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f69611010600187615073565b60405190815260200160405180910390a45050505050565b815460ff610100820481166301000000909204161061105d5760405163b0a03dad60e01b815260048101859052602401610757565b5f611069858486612fbc565b90506001600160a01b03811633146110a5576040516389b4997f60e01b81526001600160a01b0385166004820152336024820152604401610757565b5f6110b4868587856001613271565b90506110c08483612802565b816001600160a01b0316856001600160a01b0316877f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f698460405161110691815260200190565b60405180910390a4505050505050565b5f5f61112188612d00565b9150915061113582828a8a8a8a8a8a612d82565b5050505050505050565b5f6111498161242c565b61116061115b3684900384018461513c565b613374565b5050565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906111b3903390600290600401614f7b565b602060405180830381865afa1580156111ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111f29190614fa1565b61121157604051630cee335f60e01b8152336004820152602401610757565b335f908152600b60205260408120819061122d908686866121b9565b604051636c31856560e11b815291935091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d8630aca9061128590339086906001908790600401614feb565b5f604051808303815f87803b15801561129c575f5ffd5b505af11580156112ae573d5f5f3e3d5ffd5b505050505050505050565b5f6112c2611edf565b6112cb8261380a565b60035f81546112d9906151e2565b918290555060045490915063ffffffff166112fc610160840161014085016151fa565b6113099060ff1682615213565b6004805463ffffffff191663ffffffff929092169190911790555f828152600560205260409020805460ff1916600117815561134d610160850161014086016151fa565b815460ff919091166101000261ff0019909116178155611375610140850161012086016151fa565b815467ffffffff00ff000019166201000060ff929092169190910267ffffffff00000000191617600160201b63ffffffff8416021781556113bd610100850160e0860161522f565b815464ffffffffff91909116600160401b026cffffffffff0000000000000000199091161781556113f661012085016101008601615254565b815462ffffff91909116600160681b0262ffffff60681b1990911617815561142460a085016080860161526f565b815461ffff91909116600160801b0261ffff60801b1990911617815561145060e0850160c0860161526f565b815461ffff91909116600160901b0261ffff60901b1990911617815560025461147b90600190615073565b815466ffffffffffffff60a01b1916600160a01b61ffff929092169190910264ffffffffff60b01b191617600160b01b4364ffffffffff16021781556114c961018085016101608601615288565b81546001600160f81b03166001600160481b03919091161515600160f81b021781556114fd61018085016101608601615288565b6001820180546001600160a01b03196001600160481b0393909316600160a01b02929092166001600160e81b03199092169190911733179055833560028201556020840135600382015561155760808501606086016152ae565b6004820180546bffffffffffffffffffffffff19166001600160601b0392909216919091179055611590610160850161014086016151fa565b60048201805460ff92909216600160d01b0260ff60d01b199092169190911790556115c160a085016080860161526f565b81600401601b6101000a81548161ffff021916908361ffff1602179055505f5b6115f3610160860161014087016151fa565b60ff1681101561161d57600484901b81175f908152600760205260409020600190819055016115e1565b505f5b61162d604086018661502e565b9050811015611694575f611644604087018761502e565b8381811061165457611654614fbc565b90506020020160208101906116699190614b32565b90505f611677868584612fbc565b9050611686868584845f613271565b505050806001019050611620565b506116e533306116aa60808801606089016152ae565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b0316613bf0565b33837f23d9a2c6ecc75732e4ec7e461bec154c86cf12220d6b4345c896e9afdeb90b0d8635602088013561171f60808a0160608b016152ae565b6117316101608b016101408c016151fa565b6117426101008c0160e08d0161522f565b6040805195865260208601949094526001600160601b03929092168484015260ff16606084015265ffffffffffff166080830152519081900360a00190a3505061178a61218f565b919050565b5f81815260056020526040812081908190819081815460ff1660028111156117b9576117b9614c50565b036117da57604051634899e04360e01b815260048101879052602401610757565b6117e381613c4a565b81549095506127109061180190600160801b900461ffff16876152c7565b61180b91906152de565b935061181681613c6f565b815490935061182e9062010000900460ff16846152c7565b6118388587615073565b6118429190615073565b9150509193509193565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f83815260056020526040812081815460ff1660028111156118a1576118a1614c50565b036118c257604051634899e04360e01b815260048101869052602401610757565b8054610100900460ff1684106118f55760405163428017f560e01b81526004810186905260248101859052604401610757565b80545f90611911908690600160201b900463ffffffff16614f68565b5f81815260066020908152604091829020825160c0810190935280546001600160a01b0381168452939450919290830190600160a01b900460ff16600581111561195d5761195d614c50565b600581111561196e5761196e614c50565b8152905461ffff600160a81b820481166020840152600160b81b820416604083015265ffffffffffff600160c81b820416606083015260ff600160f81b90910416151560809091015293506002825460ff1660028111156119d1576119d1614c50565b03611a25575f818152600660205260409020546119f890835462010000900460ff16613cb3565b84602001906005811115611a0e57611a0e614c50565b90816005811115611a2157611a21614c50565b9052505b505050600483901b82175f908152600760205260409020545b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f828152600560205260408120546008908290611a98908590600160201b900463ffffffff16614f68565b81526020019081526020015f2054905092915050565b611ab6611edf565b335f9081526009602052604081205490819003611ae75760405162bb554960e31b8152336004820152602401610757565b335f81815260096020526040812055611b009082612bf5565b60405181815233907f48dc35af7b45e2a81fffad55f6e2fafacdb1d3d0d50d24ebdc16324f5ba757f19060200160405180910390a250611b3e61218f565b565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915260028054611b9090600190615073565b81548110611ba057611ba0614fbc565b5f9182526020918290206040805161010081018252600290930290910180546001600160601b038082168552600160601b918290048116958501959095526001909101549384169183019190915261ffff90830481166060830152600160701b830416608082015260ff600160801b83041660a082015263ffffffff600160881b8304811660c0830152600160a81b90920490911660e0820152919050565b5f82815260208190526040902060010154611c598161242c565b6109a88383612c97565b611c6b614724565b5f828152600560205260409020611c80614724565b8154600160201b810463ffffffff166080830181905260ff6301000000830481166060850181905262010000840482166040860181905261010085048316602087018190529290941693919285856002811115611cdf57611cdf614c50565b6002811115611cf057611cf0614c50565b9052505084546001860154600160a01b81046001600160481b031661012087015261ffff600160901b83048116610100880152600160801b83041660e0870152600160681b820462ffffff1660c0870152600160401b820464ffffffffff1660a08701526004870154600288015460038901546101a08901526101808801526001600160601b0381166101608801526001600160a01b03909116610140870152611db69450600160c81b900460ff16925063ffffffff600160201b909104169050615213565b60048301546001600160601b03600160601b82041661022084015260ff600160c01b909104166101e0830181905263ffffffff9091166101c083015215611e4457611e34611e05836004015490565b5f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b6001600160601b03166102008201525b9392505050565b5f611e558161242c565b6001600160a01b038216611e7c5760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f611eda613d1b565b905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611f1f57604051633ee5aeb560e01b815260040160405180910390fd5b611b3e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613e0f565b815460ff81166001146106b25760ff8116611f7d57604051634899e04360e01b815260048101839052602401610757565b60405163e2135ec160e01b815260048101839052602401610757565b60ff19821660021783555f611faf846004015490565b905060ff600884901c165f611fcd826001600160601b0385166152de565b90505f60ff601087901c168080612710611fef61ffff60908c901c16876152c7565b611ff991906152de565b61200391906152de565b61200d91906152c7565b61271061202261ffff60808b901c16866152c7565b61202c91906152de565b6120369085615073565b6120409190615073565b9150505f5f5f5f5b868110156120bc575f61205f8d8d8d858a8f613e16565b9050600281600581111561207557612075614c50565b0361209557835f03612085578194505b61208e846151e2565b93506120b3565b60058160058111156120a9576120a9614c50565b036120b357600192505b50600101612048565b508780156120c8575080155b156120e9576040516328f21c4560e01b8152600481018c9052602401610757565b81156121055760c883901b60c083901b17871796508660048b01555b5f61211083876152c7565b612123906001600160601b038a16615073565b905080156121435760018b0154612143906001600160a01b031682612bf5565b6040805160ff85168152602081018390528d917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a2505050505050505050505050565b611b3e5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611f46565b5f838152600560205260408120819081906121d49087611f4c565b9050600881901c60ff1685106122075760405163428017f560e01b81526004810187905260248101869052604401610757565b5f61221c8663ffffffff602085901c16614f68565b5f818152600660205260408120919250612234825490565b905060a081901c60ff166001146122685760405163428017f560e01b8152600481018a905260248101899052604401610757565b60c881901c65ffffffffffff81164311156122ae576040516310e2959160e21b8152600481018b9052602481018a905265ffffffffffff82166044820152606401610757565b60ff601086901c1661ffff60a884901c16811115806122d557508060b884901c61ffff1610155b156122fd576040516310fe71fd60e11b8152600481018c9052602481018b9052604401610757565b600785901c5f90815260208d9052604090205460fe600187901b1690600381831c161561234d57604051633608839960e11b8152600481018e9052602481018d9052336044820152606401610757565b818b61235a57600161235d565b60025b60ff16901b81178e5f60078a901c81526020019081526020015f20819055508a6123885760b861238b565b60a85b6001901b94909401808655604080518d81528c1515602082015291959133918f917f46bbf92d95e2261f204899a3f9e286bfa35000a850157ae8e1311dd0f461d488910160405180910390a3600260a089901c61ffff16815481106123f2576123f2614fbc565b5f9182526020909120600160029092020101546001600160601b031699505065ffffffffffff909216965050505050505094509492505050565b6106eb81336141dc565b5f6124418383611a45565b6124be575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556124763390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106b2565b505f6106b2565b5f8335604087901c64ffffffffff8116431115612505576040516337851a4160e11b81526004810183905264ffffffffff82166024820152604401610757565b5f828152600a602090815260408083206001600160a01b038b16845290915281205490819003612621575f604051638510129b60e01b81526001600160a01b038a811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612594573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125b89190615327565b6080015160038111156125cd576125cd614c50565b036125f6576040516328b88cbb60e01b81526001600160a01b0389166004820152602401610757565b60405163326c636d60e01b8152600481018490526001600160a01b0389166024820152604401610757565b5f612693612658612630613d1b565b6126398b614215565b60405161190160f01b8152600281019290925260228201526042902090565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061425292505050565b50509050886001600160a01b0316816001600160a01b0316146126dc57604051630b3c6c0d60e21b81526001600160a01b0380831660048301528a166024820152604401610757565b60028b015460c0890135811461271257604051633475271760e21b815260c08a0135600482015260248101829052604401610757565b604051639f8a13d760e01b81526001600160a01b038b811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612776573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061279a9190614fa1565b6127c2576040516317df2aab60e11b81526001600160a01b038b166004820152602401610757565b60f88b901c156127e5576127e58c6127e060a08c0160808d016153ab565b61429b565b6127f0600184615073565b955050505050505b9695505050505050565b8154600280547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263d8630aca92859261286a92600160a01b900461ffff1690811061285957612859614fbc565b905f5260205f209060020201614343565b855460019061289390600160681b810462ffffff1690600160401b900464ffffffffff166153c6565b6040518563ffffffff1660e01b81526004016128b29493929190614feb565b5f604051808303815f87803b1580156128c9575f5ffd5b505af11580156128db573d5f5f3e3d5ffd5b5050835460019250849150601b906128fe908490600160d81b900460ff166153e3565b92506101000a81548160ff021916908360ff1602179055505050565b6001600160a01b03821681357f9e662303f8ef4479d1d8095fa530f689ff3eef02b3c0edc5799a1695b22228088560208501356040860135606087013561296760a0890160808a016153ab565b61297760c08a0160a08b016153ab565b6040805196875260208701959095529385019290925260608401526001600160401b0390811660808401521660a082015260c00160405180910390a3505050565b5f82815260056020526040812080548291829160ff81166129ef57604051634899e04360e01b815260048101889052602401610757565b60ff8116600214612a165760405163f1c3a02b60e01b815260048101889052602401610757565b600881901c60ff168610612a475760405163428017f560e01b81526004810188905260248101879052604401610757565b5f612a5c8763ffffffff602085901c16614f68565b600781901c5f90815260208c9052604081205491925060fe600184901b169190600382841c1690819003612abc5760405163bb051bab60e01b8152600481018c9052602481018b90526001600160a01b038d166044820152606401610757565b80600303612af657604051635ece128760e11b8152600481018c9052602481018b90526001600160a01b038d166044820152606401610757565b600784901c5f90815260208e9052604090206003841b831790556002805461ffff60a088901c16908110612b2c57612b2c614fbc565b5f918252602080832060029290920290910160010154868352600690915260408220546001600160601b039091169950612b6d90601088901c60ff16613cb3565b90506002816005811115612b8357612b83614c50565b03612ba95781600203612ba057612b9987613c6f565b9950612be4565b60019750612be4565b6003816005811115612bbd57612bbd614c50565b03612be45781600103612bdf575f858152600860205260409020549950612be4565b600197505b505050505050509450945094915050565b60405163a9059cbb60e01b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000905f9060208260448382875af1915081612c4d573d5f823e3d81fd5b503d8015612c665760015f5114601f3d11169150612c6d565b5f833b1191505b50806109a857604051635274afe760e01b81526001600160a01b0383166004820152602401610757565b5f612ca28383611a45565b156124be575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106b2565b5f81815260056020526040812090612d19826004015490565b905060c081901c60ff165f03612d7d575f825460ff166002811115612d4057612d40614c50565b03612d6157604051634899e04360e01b815260048101849052602401610757565b60405163f948958560e01b815260048101849052602401610757565b915091565b825f03612da257604051631f2a200560e01b815260040160405180910390fd5b612dac8686614391565b60c887901c60ff16600487901b175f908152600760209081526040808320548151898152808401899052918201879052606090912083529120612df39184918491906143fe565b612e1a576040516341969eb760e11b81526004810187905260248101869052604401610757565b5f612e4e885f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b90506001600160601b03606089901c1681851115612e9c578785612e728385615073565b604051630ec7dbdf60e31b8152600481019390935260248301919091526044820152606401610757565b60ff60c08a901c168502818101831015612edb57604051630ec7dbdf60e31b8152600481018a9052602481018290528284036044820152606401610757565b908101606081901b6bffffffffffffffffffffffff60601b198b161760048c015590612f078782612bf5565b60408051898152602081018390526001600160a01b038916918b917fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba910160405180910390a35050505050505050505050565b5f8181526005602052604090206001815460ff166002811115612f7f57612f7f614c50565b1461178a575f815460ff166002811115612f9b57612f9b614c50565b03611f7d57604051634899e04360e01b815260048101839052602401610757565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015613024573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130489190615327565b90505f8160800151600381111561306157613061614c50565b0361308a576040516328b88cbb60e01b81526001600160a01b0384166004820152602401610757565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa1580156130ee573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131129190614fa1565b61313a576040516317df2aab60e11b81526001600160a01b0384166004820152602401610757565b836002015481606001511461318457606081015160028501546040516365b9316b60e11b81526001600160a01b038616600482015260248101929092526044820152606401610757565b5f858152600a602090815260408083206001600160a01b0387168452909152902054156131d65760405163bf39afb360e01b8152600481018690526001600160a01b0384166024820152604401610757565b8354600160201b900463ffffffff165f5b85546301000000900460ff168110156132665782516001600160a01b031660065f6132128486614f68565b815260208101919091526040015f20546001600160a01b03160361325e5782516040516326ca85e960e11b8152600481018990526001600160a01b039091166024820152604401610757565b6001016131e7565b505051949350505050565b83546301000000900460ff16613288816001614f68565b855460ff9190911663010000000263ff000000199091161785556132ad816001614f68565b5f878152600a602090815260408083206001600160a01b0389168452909152812091909155855460069082906132f1908590600160201b900463ffffffff16614f68565b815260208082019290925260409081015f2080546001600160a01b038881166affffffffffffffffffffff60a01b9092168217600160f81b89151502178355925186815291945092918816918a917f12bf5ed737653d2074f45564fdb8efb1008df8ea972c413dddcdc4967f4723bc910160405180910390a45095945050505050565b612710816080015161ffff16826060015161ffff166133939190614f68565b11806133a4575060a081015160ff16155b806133b7575060c081015163ffffffff16155b806133d0575062ffffff80168160c0015163ffffffff16115b806133e3575060e081015163ffffffff16155b806133f1575060025461ffff105b1561340f5760405163019af63760e01b815260040160405180910390fd5b5f8160c0015163ffffffff168260e0015163ffffffff1661343091906153fc565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561348f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134b3919061541b565b9050816001600160401b0316816001600160401b031610156134fb576040516305bdc8d760e41b81526001600160401b03808316600483015283166024820152604401610757565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391d148547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635095af646040518163ffffffff1660e01b8152600401602060405180830381865afa158015613586573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135aa9190615017565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa1580156135ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061360e9190614fa1565b1561369157604051633e433e1560e11b81526001600160401b03831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637c867c2a906024015f604051808303815f87803b15801561367a575f5ffd5b505af115801561368c573d5f5f3e3d5ffd5b505050505b600280546001810182555f829052845191027f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace8101805460208701516001600160601b03908116600160601b9081026001600160c01b031990931695821695909517919091179091556040808701517f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5acf9093018054606089015160808a015160a08b015160c08c015160e08d015163ffffffff908116600160a81b0263ffffffff60a81b1991909216600160881b021667ffffffffffffffff60881b1960ff909316600160801b0260ff60801b1961ffff958616600160701b021662ffffff60701b1995909616909b026dffffffffffffffffffffffffffff19909616999098169890981793909317161795909517949094169190911791909117909155517f5ace5821b6e89be1a2d9bd0ffce84c29567ae931547b527b4ce664f9438f5df6906137fd908590614ce4565b60405180910390a1505050565b61381a60808201606083016152ae565b6001600160601b03165f036138425760405163af13986d60e01b815260040160405180910390fd5b5f61385360e0830160c0840161526f565b61ffff1661386760c0840160a0850161526f565b61ffff1661387b60a085016080860161526f565b61ffff166138899190614f68565b6138939190614f68565b905061271081146138ba576040516369c4f15160e11b815260048101829052602401610757565b436138cc610100840160e0850161522f565b65ffffffffffff161161391e576138ea610100830160e0840161522f565b604051632d098d5960e01b815265ffffffffffff9190911660048201526001600160401b0343166024820152604401610757565b613930610160830161014084016151fa565b60ff1615806139535750601061394e610160840161014085016151fa565b60ff16115b156139895761396a610160830161014084016151fa565b60405163700a7a0d60e11b815260ff9091166004820152602401610757565b600280545f919061399c90600190615073565b815481106139ac576139ac614fbc565b5f918252602090912060029091020160018101549091506139da90600160a81b900463ffffffff1643614f68565b6139eb610100850160e0860161522f565b65ffffffffffff161115613a5e57613a0a610100840160e0850161522f565b600182015465ffffffffffff9190911690613a3290600160a81b900463ffffffff1643614f68565b60405163049fe78160e51b81526001600160401b03928316600482015291166024820152604401610757565b6001810154600160801b900460ff16613a7f610140850161012086016151fa565b60ff161015613ace57613a9a610140840161012085016151fa565b6001820154604051631ee8cee560e01b815260ff9283166004820152600160801b9091049091166024820152604401610757565b613ae061012084016101008501615254565b63ffffffff161580613b1957506001810154600160881b900463ffffffff16613b1161012085016101008601615254565b63ffffffff16115b15613b6757613b3061012084016101008501615254565b6001820154604051633e6d1fcd60e11b815263ffffffff9283166004820152600160881b9091049091166024820152604401610757565b613b74604084018461502e565b1580159150613ba55750613b90610160840161014085016151fa565b60ff16613ba0604085018561502e565b905014155b15610ce757613bb7604084018461502e565b9050613bcb610160850161014086016151fa565b604051631f7af54360e11b8152600481019290925260ff166024820152604401610757565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180516001600160e01b03166323b872dd60e01b1790526109a8908590614435565b805460048201545f916106b29161010090910460ff16906001600160601b03166152de565b80545f9062010000810460ff169061271090600160901b900461ffff16613c9585613c4a565b613c9f91906152c7565b613ca991906152de565b6106b291906152de565b5f60a083901c60ff16613cc8575060056106b2565b8160a884901c61ffff1610613cdf575060026106b2565b8160b884901c61ffff1610613cf6575060036106b2565b60c883901c65ffffffffffff16431115613d12575060046106b2565b50600192915050565b5f7f00000000000000000000000000000000000000000000000000000000000000004614613dea57611eda604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b80825d5050565b5f601085901c81613e318663ffffffff60208a901c16614f68565b5f818152600660205260408120919250613e49825490565b9050613e58818560ff16613cb3565b94506001856005811115613e6e57613e6e614c50565b03613ea8576040516332e3b16960e01b8152600481018c90526024810189905265ffffffffffff60c883901c166044820152606401610757565b6005856005811115613ebc57613ebc614c50565b148015613ec7575085155b15613eef57604051630a4adec560e11b8152600481018c905260248101899052604401610757565b60028054829160f883901c1515915f919061ffff60a08f901c16908110613f1857613f18614fbc565b5f91825260209091206002918202019150886005811115613f3b57613f3b614c50565b0361404f576001600160a01b0383165f90815260096020526040812080548c9290613f67908490614f68565b90915550506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b5674c6884613fa584614343565b6040516001600160e01b031960e085901b1681526001600160a01b0390921660048301526024820152600160448201526064015f604051808303815f87803b158015613fef575f5ffd5b505af1158015614001573d5f5f3e3d5ffd5b505050508d7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218c8a868e60405161403b9493929190615436565b60405180910390a2505050505050506127f8565b5f600389600581111561406457614064614c50565b0361409c57614095878f8685865f015f9054906101000a90046001600160601b03166001600160601b03168d6144a1565b905061418c565b8280156140ba575060058960058111156140b8576140b8614c50565b145b156140ec57614095878f8685865f01600c9054906101000a90046001600160601b03166001600160601b03165f6144a1565b821561418c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b5674c688561412b85614343565b6040516001600160e01b031960e085901b1681526001600160a01b0390921660048301526024820152600160448201526064015f604051808303815f87803b158015614175575f5ffd5b505af1158015614187573d5f5f3e3d5ffd5b505050505b8e7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218d8b87856040516141c29493929190615436565b60405180910390a250505050505050509695505050505050565b6141e68282611a45565b6111605760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610757565b6040517f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a8082525f9160e084602083013761010090209392505050565b5f5f5f8351604103614289576020840151604085015160608601515f1a61427b8882858561465c565b955095509550505050614294565b505081515f91506002905b9250925092565b81545f9061271090600160801b900461ffff166142b785613c4a565b6142c191906152c7565b6142cb91906152de565b60018401549091506142f690600160a01b90046001600160481b03166001600160401b0384166152c7565b811015610ce7576001830154604051637c7d38d960e11b8152600481018390526001600160401b0384166024820152600160a01b9091046001600160481b03166044820152606401610757565b80545f906001600160601b03600160601b82048116911611614376578154600160601b90046001600160601b0316614382565b81546001600160601b03165b6001600160601b031692915050565b5f828152600c60209081526040808320600885901c84529182905290912054600160ff84161b808216156143e257604051636bd4745f60e01b81526004810186905260248101859052604401610757565b60089390931c5f90815260209290925260409091209117905550565b5f8360051b8501855b8181101561442b57803580851160051b94855260209485185260405f209301614407565b5050501492915050565b5f5f60205f8451602086015f885af180614454576040513d5f823e3d81fd5b50505f513d9150811561446b578060011415614478565b6001600160a01b0384163b155b156109a857604051635274afe760e01b81526001600160a01b0385166004820152602401610757565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633fe0ea54866144db87614343565b6040516001600160e01b031960e085901b1681526001600160a01b0390921660048301526024820152600160448201526064810186905230608482015260a4016020604051808303815f875af1158015614537573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061455b9190615017565b9050805f0361456b57505f6127f8565b60018401545f906127109061458b90600160601b900461ffff16846152c7565b61459591906152de565b90505f60ff8416156145fd5760018601545f9060ff861690612710906145c690600160701b900461ffff16876152c7565b6145d091906152de565b6145da91906152de565b5f8b815260086020526040902081905590506145f960ff8616826152c7565b9150505b811561461b57600188015461461b906001600160a01b031683612bf5565b5f816146278486615073565b6146319190615073565b9050801561464f5760015461464f906001600160a01b031682612bf5565b5050509695505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561469557505f9150600390508261471a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156146e6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661471157505f92506001915082905061471a565b92505f91508190505b9450945094915050565b604080516102408101909152805f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e0820181905261020082018190526102209091015290565b6001600160a01b03811681146106eb575f5ffd5b5f5f5f606084860312156147de575f5ffd5b83356147e9816147b8565b95602085013595506040909401359392505050565b5f6020828403121561480e575f5ffd5b81356001600160e01b031981168114611e44575f5ffd5b5f60208284031215614835575f5ffd5b5035919050565b5f5f83601f84011261484c575f5ffd5b5081356001600160401b03811115614862575f5ffd5b6020830191508360208260051b8501011115611a3e575f5ffd5b5f5f5f5f5f5f60608789031215614891575f5ffd5b86356001600160401b038111156148a6575f5ffd5b6148b289828a0161483c565b90975095505060208701356001600160401b038111156148d0575f5ffd5b6148dc89828a0161483c565b90955093505060408701356001600160401b038111156148fa575f5ffd5b61490689828a0161483c565b979a9699509497509295939492505050565b5f5f60408385031215614929575f5ffd5b82359150602083013561493b816147b8565b809150509250929050565b5f5f5f5f84860361012081121561495b575f5ffd5b8535614966816147b8565b945060e0601f1982011215614979575f5ffd5b506020850192506101008501356001600160401b03811115614999575f5ffd5b8501601f810187136149a9575f5ffd5b80356001600160401b038111156149be575f5ffd5b8760208284010111156149cf575f5ffd5b949793965060200194505050565b5f5f5f5f5f606086880312156149f1575f5ffd5b85356149fc816147b8565b945060208601356001600160401b03811115614a16575f5ffd5b614a228882890161483c565b90955093505060408601356001600160401b03811115614a40575f5ffd5b614a4c8882890161483c565b969995985093965092949392505050565b5f5f5f5f5f5f5f5f5f60a08a8c031215614a75575f5ffd5b8935985060208a01356001600160401b03811115614a91575f5ffd5b614a9d8c828d0161483c565b90995097505060408a01356001600160401b03811115614abb575f5ffd5b614ac78c828d0161483c565b90975095505060608a01356001600160401b03811115614ae5575f5ffd5b614af18c828d0161483c565b90955093505060808a01356001600160401b03811115614b0f575f5ffd5b614b1b8c828d0161483c565b915080935050809150509295985092959850929598565b5f60208284031215614b42575f5ffd5b8135611e44816147b8565b5f5f5f5f5f5f60a08789031215614b62575f5ffd5b86359550602087013594506040870135614b7b816147b8565b93506060870135925060808701356001600160401b038111156148fa575f5ffd5b5f610100828403128015614bae575f5ffd5b509092915050565b80151581146106eb575f5ffd5b5f5f5f60608486031215614bd5575f5ffd5b83359250602084013591506040840135614bee81614bb6565b809150509250925092565b5f60208284031215614c09575f5ffd5b81356001600160401b03811115614c1e575f5ffd5b82016101808185031215611e44575f5ffd5b5f5f60408385031215614c41575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60068110614c7457614c74614c50565b9052565b82516001600160a01b0316815260208084015160e0830191614c9c90840182614c64565b5061ffff604085015116604083015261ffff606085015116606083015265ffffffffffff608085015116608083015260a0840151151560a08301528260c08301529392505050565b5f610100820190506001600160601b0383511682526001600160601b0360208401511660208301526001600160601b0360408401511660408301526060830151614d34606084018261ffff169052565b506080830151614d4a608084018261ffff169052565b5060a0830151614d5f60a084018260ff169052565b5060c0830151614d7760c084018263ffffffff169052565b5060e0830151614d8f60e084018263ffffffff169052565b5092915050565b600381106106eb576106eb614c50565b614c7481614d96565b5f61024082019050614dc2828451614da6565b6020830151614dd6602084018260ff169052565b506040830151614deb604084018260ff169052565b506060830151614e00606084018260ff169052565b506080830151614e19608084018264ffffffffff169052565b5060a0830151614e3360a084018265ffffffffffff169052565b5060c0830151614e4b60c084018263ffffffff169052565b5060e0830151614e6160e084018261ffff169052565b50610100830151614e7961010084018261ffff169052565b50610120830151614e966101208401826001600160481b03169052565b50610140830151614eb36101408401826001600160a01b03169052565b50610160830151614ed06101608401826001600160601b03169052565b506101808301516101808301526101a08301516101a08301526101c0830151614f036101c084018264ffffffffff169052565b506101e0830151614f1a6101e084018260ff169052565b50610200830151614f376102008401826001600160601b03169052565b50610220830151614d8f6102208401826001600160601b03169052565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106b2576106b2614f54565b6001600160a01b038316815260408101614f9483614d96565b8260208301529392505050565b5f60208284031215614fb1575f5ffd5b8151611e4481614bb6565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614fe0575f5ffd5b8135611e4481614bb6565b6001600160a01b039490941684526020840192909252604083015263ffffffff16606082015260800190565b5f60208284031215615027575f5ffd5b5051919050565b5f5f8335601e19843603018112615043575f5ffd5b8301803591506001600160401b0382111561505c575f5ffd5b6020019150600581901b3603821315611a3e575f5ffd5b818103818111156106b2576106b2614f54565b60405161010081016001600160401b03811182821017156150b557634e487b7160e01b5f52604160045260245ffd5b60405290565b60405160e081016001600160401b03811182821017156150b557634e487b7160e01b5f52604160045260245ffd5b80356001600160601b038116811461178a575f5ffd5b803561ffff8116811461178a575f5ffd5b803560ff8116811461178a575f5ffd5b63ffffffff811681146106eb575f5ffd5b803561178a81615120565b5f61010082840312801561514e575f5ffd5b50615157615086565b615160836150e9565b815261516e602084016150e9565b602082015261517f604084016150e9565b6040820152615190606084016150ff565b60608201526151a1608084016150ff565b60808201526151b260a08401615110565b60a082015260c08301356151c581615120565b60c08201526151d660e08401615131565b60e08201529392505050565b5f600182016151f3576151f3614f54565b5060010190565b5f6020828403121561520a575f5ffd5b611e4482615110565b63ffffffff81811683821601908111156106b2576106b2614f54565b5f6020828403121561523f575f5ffd5b813565ffffffffffff81168114611e44575f5ffd5b5f60208284031215615264575f5ffd5b8135611e4481615120565b5f6020828403121561527f575f5ffd5b611e44826150ff565b5f60208284031215615298575f5ffd5b81356001600160481b0381168114611e44575f5ffd5b5f602082840312156152be575f5ffd5b611e44826150e9565b80820281158282048414176106b2576106b2614f54565b5f826152f857634e487b7160e01b5f52601260045260245ffd5b500490565b805161178a81615120565b6001600160401b03811681146106eb575f5ffd5b805161178a81615308565b5f60e0828403128015615338575f5ffd5b506153416150bb565b825161534c816147b8565b815260208381015190820152604080840151908201526060808401519082015260808301516004811061537d575f5ffd5b608082015261538e60a084016152fd565b60a082015261539f60c0840161531c565b60c08201529392505050565b5f602082840312156153bb575f5ffd5b8135611e4481615308565b64ffffffffff81811683821601908111156106b2576106b2614f54565b60ff81811683821601908111156106b2576106b2614f54565b6001600160401b0381811683821601908111156106b2576106b2614f54565b5f6020828403121561542b575f5ffd5b8151611e4481615308565b8481526080810161544a6020830186614c64565b6001600160a01b03939093166040820152606001529291505056fea164736f6c634300081e000a",
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
// Solidity: constructor(address token_, address staking_, address registry_, address admin, address treasury_, (uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32) params_) returns()
func (taskMarket *TaskMarket) PackConstructor(token_ common.Address, staking_ common.Address, registry_ common.Address, admin common.Address, treasury_ common.Address, params_ TaskMarketParams) []byte {
	enc, err := taskMarket.abi.Pack("", token_, staking_, registry_, admin, treasury_, params_)
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

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50ace9c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 taskId, address enclave) returns()
func (taskMarket *TaskMarket) PackAccept(taskId *big.Int, enclave common.Address) []byte {
	enc, err := taskMarket.abi.Pack("accept", taskId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50ace9c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 taskId, address enclave) returns()
func (taskMarket *TaskMarket) TryPackAccept(taskId *big.Int, enclave common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("accept", taskId, enclave)
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

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackEarnings(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("earnings", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(address ) view returns(uint256)
func (taskMarket *TaskMarket) TryPackEarnings(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("earnings", arg0)
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x543fd313.
//
// Solidity: function earnings(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackEarnings(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("earnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFailRewardOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2b1f09f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failRewardOf(uint256 taskId, uint256 index) view returns(uint256)
func (taskMarket *TaskMarket) PackFailRewardOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("failRewardOf", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailRewardOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2b1f09f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failRewardOf(uint256 taskId, uint256 index) view returns(uint256)
func (taskMarket *TaskMarket) TryPackFailRewardOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("failRewardOf", taskId, index)
}

// UnpackFailRewardOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2b1f09f.
//
// Solidity: function failRewardOf(uint256 taskId, uint256 index) view returns(uint256)
func (taskMarket *TaskMarket) UnpackFailRewardOf(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("failRewardOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isClaimed(uint256 taskId, uint256 index) view returns(bool)
func (taskMarket *TaskMarket) PackIsClaimed(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("isClaimed", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isClaimed(uint256 taskId, uint256 index) view returns(bool)
func (taskMarket *TaskMarket) TryPackIsClaimed(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("isClaimed", taskId, index)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf364c90c.
//
// Solidity: function isClaimed(uint256 taskId, uint256 index) view returns(bool)
func (taskMarket *TaskMarket) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("isClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
// Solidity: function params() view returns((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32))
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
// Solidity: function params() view returns((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32))
func (taskMarket *TaskMarket) TryPackParams() ([]byte, error) {
	return taskMarket.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32))
func (taskMarket *TaskMarket) UnpackParams(data []byte) (TaskMarketParams, error) {
	out, err := taskMarket.abi.Unpack("params", data)
	if err != nil {
		return *new(TaskMarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketParams)).(*TaskMarketParams)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c6cd9ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72) spec) returns(uint256 taskId)
func (taskMarket *TaskMarket) PackPublish(spec TaskMarketTaskSpec) []byte {
	enc, err := taskMarket.abi.Pack("publish", spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c6cd9ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72) spec) returns(uint256 taskId)
func (taskMarket *TaskMarket) TryPackPublish(spec TaskMarketTaskSpec) ([]byte, error) {
	return taskMarket.abi.Pack("publish", spec)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c6cd9ca.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72) spec) returns(uint256 taskId)
func (taskMarket *TaskMarket) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("publish", data)
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

// PackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x893296b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48,bool) r, bytes32 payoutRoot)
func (taskMarket *TaskMarket) PackResultOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("resultOf", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x893296b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48,bool) r, bytes32 payoutRoot)
func (taskMarket *TaskMarket) TryPackResultOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("resultOf", taskId, index)
}

// ResultOfOutput serves as a container for the return parameters of contract
// method ResultOf.
type ResultOfOutput struct {
	R          TaskMarketResult
	PayoutRoot [32]byte
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x893296b4.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48,bool) r, bytes32 payoutRoot)
func (taskMarket *TaskMarket) UnpackResultOf(data []byte) (ResultOfOutput, error) {
	out, err := taskMarket.abi.Unpack("resultOf", data)
	outstruct := new(ResultOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.R = *abi.ConvertType(out[0], new(TaskMarketResult)).(*TaskMarketResult)
	outstruct.PayoutRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
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
// the contract method with ID 0x6364645e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32) p) returns()
func (taskMarket *TaskMarket) PackSetParams(p TaskMarketParams) []byte {
	enc, err := taskMarket.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6364645e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32) p) returns()
func (taskMarket *TaskMarket) TryPackSetParams(p TaskMarketParams) ([]byte, error) {
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

// PackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x878ecfec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node)
func (taskMarket *TaskMarket) PackSharesOf(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("sharesOf", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x878ecfec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node)
func (taskMarket *TaskMarket) TryPackSharesOf(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("sharesOf", taskId)
}

// SharesOfOutput serves as a container for the return parameters of contract
// method SharesOf.
type SharesOfOutput struct {
	Share   *big.Int
	Users   *big.Int
	PerVote *big.Int
	Node    *big.Int
}

// UnpackSharesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x878ecfec.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node)
func (taskMarket *TaskMarket) UnpackSharesOf(data []byte) (SharesOfOutput, error) {
	out, err := taskMarket.abi.Unpack("sharesOf", data)
	outstruct := new(SharesOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Share = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Users = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PerVote = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Node = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSlotIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cb79c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotIndexOf(uint256 taskId, address enclave) view returns(uint256)
func (taskMarket *TaskMarket) PackSlotIndexOf(taskId *big.Int, enclave common.Address) []byte {
	enc, err := taskMarket.abi.Pack("slotIndexOf", taskId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cb79c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotIndexOf(uint256 taskId, address enclave) view returns(uint256)
func (taskMarket *TaskMarket) TryPackSlotIndexOf(taskId *big.Int, enclave common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("slotIndexOf", taskId, enclave)
}

// UnpackSlotIndexOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8cb79c7.
//
// Solidity: function slotIndexOf(uint256 taskId, address enclave) view returns(uint256)
func (taskMarket *TaskMarket) UnpackSlotIndexOf(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("slotIndexOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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
// the contract method with ID 0x300912cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult(address enclave, (uint256,bytes32,bytes32,bytes32,uint64,uint64,bytes32) c, bytes signature) returns()
func (taskMarket *TaskMarket) PackSubmitResult(enclave common.Address, c TaskMarketResultClaim, signature []byte) []byte {
	enc, err := taskMarket.abi.Pack("submitResult", enclave, c, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x300912cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult(address enclave, (uint256,bytes32,bytes32,bytes32,uint64,uint64,bytes32) c, bytes signature) returns()
func (taskMarket *TaskMarket) TryPackSubmitResult(enclave common.Address, c TaskMarketResultClaim, signature []byte) ([]byte, error) {
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

// PackTaskOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b36e24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint72,address,uint96,bytes32,bytes32,uint40,uint8,uint96,uint96))
func (taskMarket *TaskMarket) PackTaskOf(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("taskOf", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b36e24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint72,address,uint96,bytes32,bytes32,uint40,uint8,uint96,uint96))
func (taskMarket *TaskMarket) TryPackTaskOf(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("taskOf", taskId)
}

// UnpackTaskOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint72,address,uint96,bytes32,bytes32,uint40,uint8,uint96,uint96))
func (taskMarket *TaskMarket) UnpackTaskOf(data []byte) (TaskMarketTask, error) {
	out, err := taskMarket.abi.Unpack("taskOf", data)
	if err != nil {
		return *new(TaskMarketTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketTask)).(*TaskMarketTask)
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

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a18ff7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 taskId, uint256 index, bool pass) returns()
func (taskMarket *TaskMarket) PackVote(taskId *big.Int, index *big.Int, pass bool) []byte {
	enc, err := taskMarket.abi.Pack("vote", taskId, index, pass)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a18ff7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 taskId, uint256 index, bool pass) returns()
func (taskMarket *TaskMarket) TryPackVote(taskId *big.Int, index *big.Int, pass bool) ([]byte, error) {
	return taskMarket.abi.Pack("vote", taskId, index, pass)
}

// PackVoteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c0a0c95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteBatch(uint256[] taskIds, uint256[] indexes, bool[] passes) returns()
func (taskMarket *TaskMarket) PackVoteBatch(taskIds []*big.Int, indexes []*big.Int, passes []bool) []byte {
	enc, err := taskMarket.abi.Pack("voteBatch", taskIds, indexes, passes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c0a0c95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteBatch(uint256[] taskIds, uint256[] indexes, bool[] passes) returns()
func (taskMarket *TaskMarket) TryPackVoteBatch(taskIds []*big.Int, indexes []*big.Int, passes []bool) ([]byte, error) {
	return taskMarket.abi.Pack("voteBatch", taskIds, indexes, passes)
}

// PackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cc23ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteOf(address verifier, uint256 taskId, uint256 index) view returns(uint8)
func (taskMarket *TaskMarket) PackVoteOf(verifier common.Address, taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("voteOf", verifier, taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cc23ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteOf(address verifier, uint256 taskId, uint256 index) view returns(uint8)
func (taskMarket *TaskMarket) TryPackVoteOf(verifier common.Address, taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("voteOf", verifier, taskId, index)
}

// UnpackVoteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00cc23ef.
//
// Solidity: function voteOf(address verifier, uint256 taskId, uint256 index) view returns(uint8)
func (taskMarket *TaskMarket) UnpackVoteOf(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("voteOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// TaskMarketEarningsWithdrawn represents a EarningsWithdrawn event raised by the TaskMarket contract.
type TaskMarketEarningsWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
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
// Solidity: event EarningsWithdrawn(address indexed operator, uint256 amount)
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

// TaskMarketEnclaveAssigned represents a EnclaveAssigned event raised by the TaskMarket contract.
type TaskMarketEnclaveAssigned struct {
	TaskId   *big.Int
	Index    *big.Int
	Enclave  common.Address
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketEnclaveAssignedEventName = "EnclaveAssigned"

// ContractEventName returns the user-defined event name.
func (TaskMarketEnclaveAssigned) ContractEventName() string {
	return TaskMarketEnclaveAssignedEventName
}

// UnpackEnclaveAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveAssigned(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator)
func (taskMarket *TaskMarket) UnpackEnclaveAssignedEvent(log *types.Log) (*TaskMarketEnclaveAssigned, error) {
	event := "EnclaveAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketEnclaveAssigned)
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
	Params TaskMarketParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (TaskMarketParamsSet) ContractEventName() string {
	return TaskMarketParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((uint96,uint96,uint96,uint16,uint16,uint8,uint32,uint32) params)
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

// TaskMarketTaskAccepted represents a TaskAccepted event raised by the TaskMarket contract.
type TaskMarketTaskAccepted struct {
	TaskId   *big.Int
	Index    *big.Int
	Enclave  common.Address
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskAcceptedEventName = "TaskAccepted"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskAccepted) ContractEventName() string {
	return TaskMarketTaskAcceptedEventName
}

// UnpackTaskAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskAccepted(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator)
func (taskMarket *TaskMarket) UnpackTaskAcceptedEvent(log *types.Log) (*TaskMarketTaskAccepted, error) {
	event := "TaskAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskAccepted)
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

// TaskMarketTaskPublished represents a TaskPublished event raised by the TaskMarket contract.
type TaskMarketTaskPublished struct {
	TaskId      *big.Int
	Owner       common.Address
	Measurement [32]byte
	DatasetHash [32]byte
	Fee         *big.Int
	Replication uint8
	Deadline    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskPublishedEventName = "TaskPublished"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskPublished) ContractEventName() string {
	return TaskMarketTaskPublishedEventName
}

// UnpackTaskPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPublished(uint256 indexed taskId, address indexed owner, bytes32 measurement, bytes32 datasetHash, uint96 fee, uint8 replication, uint48 deadline)
func (taskMarket *TaskMarket) UnpackTaskPublishedEvent(log *types.Log) (*TaskMarketTaskPublished, error) {
	event := "TaskPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskPublished)
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

// TaskMarketVoted represents a Voted event raised by the TaskMarket contract.
type TaskMarketVoted struct {
	TaskId   *big.Int
	Index    *big.Int
	Verifier common.Address
	Pass     bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketVotedEventName = "Voted"

// ContractEventName returns the user-defined event name.
func (TaskMarketVoted) ContractEventName() string {
	return TaskMarketVotedEventName
}

// UnpackVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voted(uint256 indexed taskId, uint256 index, address indexed verifier, bool pass)
func (taskMarket *TaskMarket) UnpackVotedEvent(log *types.Log) (*TaskMarketVoted, error) {
	event := "Voted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketVoted)
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadQuorum"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadReplication"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadReplicationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadSplit"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadVotingWindow"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadVotingWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["CallerNotOperator"].ID.Bytes()[:4]) {
		return taskMarket.UnpackCallerNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ClaimMeasurementMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackClaimMeasurementMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveAlreadyAssigned"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveAlreadyAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveCountMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveInactive"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveMeasurementMismatch"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveMeasurementMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EnclaveNotAssigned"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEnclaveNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidClaimSignature"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidClaimSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoEarnings"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoEarningsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoOpenSlot"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoOpenSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoSuchResult"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoSuchResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotStakedVerifier"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotStakedVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotVoted"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["OperatorAlreadyAssigned"].ID.Bytes()[:4]) {
		return taskMarket.UnpackOperatorAlreadyAssignedError(raw[4:])
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ResultDecided"].ID.Bytes()[:4]) {
		return taskMarket.UnpackResultDecidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ResultsMissing"].ID.Bytes()[:4]) {
		return taskMarket.UnpackResultsMissingError(raw[4:])
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ZeroFee"].ID.Bytes()[:4]) {
		return taskMarket.UnpackZeroFeeError(raw[4:])
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

// TaskMarketAlreadyVoted represents a AlreadyVoted error raised by the TaskMarket contract.
type TaskMarketAlreadyVoted struct {
	TaskId   *big.Int
	Index    *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 taskId, uint256 index, address verifier)
func TaskMarketAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x6c110732af492aa6ed3d95cf80f473b42ea482172b5482c248e18a561a761000")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 taskId, uint256 index, address verifier)
func (taskMarket *TaskMarket) UnpackAlreadyVotedError(raw []byte) (*TaskMarketAlreadyVoted, error) {
	out := new(TaskMarketAlreadyVoted)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
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

// TaskMarketBadQuorum represents a BadQuorum error raised by the TaskMarket contract.
type TaskMarketBadQuorum struct {
	Quorum  uint8
	Minimum uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQuorum(uint8 quorum, uint8 minimum)
func TaskMarketBadQuorumErrorID() common.Hash {
	return common.HexToHash("0x1ee8cee5f22019cb50db50dc0fb35564bdec584ff50473adc22355f86a41dda0")
}

// UnpackBadQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQuorum(uint8 quorum, uint8 minimum)
func (taskMarket *TaskMarket) UnpackBadQuorumError(raw []byte) (*TaskMarketBadQuorum, error) {
	out := new(TaskMarketBadQuorum)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadReplication represents a BadReplication error raised by the TaskMarket contract.
type TaskMarketBadReplication struct {
	Replication uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReplication(uint8 replication)
func TaskMarketBadReplicationErrorID() common.Hash {
	return common.HexToHash("0xe014f41ad31af950ce736eada50b2cedb480275e701afad3cfc8c97a1c8ab860")
}

// UnpackBadReplicationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReplication(uint8 replication)
func (taskMarket *TaskMarket) UnpackBadReplicationError(raw []byte) (*TaskMarketBadReplication, error) {
	out := new(TaskMarketBadReplication)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadReplication", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadSplit represents a BadSplit error raised by the TaskMarket contract.
type TaskMarketBadSplit struct {
	SumBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSplit(uint256 sumBps)
func TaskMarketBadSplitErrorID() common.Hash {
	return common.HexToHash("0xd389e2a215b9fdffd717f5515d0f3691cbbf0fab610021caab58f3ff5ab2006c")
}

// UnpackBadSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSplit(uint256 sumBps)
func (taskMarket *TaskMarket) UnpackBadSplitError(raw []byte) (*TaskMarketBadSplit, error) {
	out := new(TaskMarketBadSplit)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadVotingWindow represents a BadVotingWindow error raised by the TaskMarket contract.
type TaskMarketBadVotingWindow struct {
	Window  uint32
	Maximum uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVotingWindow(uint32 window, uint32 maximum)
func TaskMarketBadVotingWindowErrorID() common.Hash {
	return common.HexToHash("0x7cda3f9aa8534d5e0ab93e484394b7826a72d9e4cab737b854a8c3a00f5450d6")
}

// UnpackBadVotingWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVotingWindow(uint32 window, uint32 maximum)
func (taskMarket *TaskMarket) UnpackBadVotingWindowError(raw []byte) (*TaskMarketBadVotingWindow, error) {
	out := new(TaskMarketBadVotingWindow)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadVotingWindow", raw); err != nil {
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

// TaskMarketCallerNotOperator represents a CallerNotOperator error raised by the TaskMarket contract.
type TaskMarketCallerNotOperator struct {
	Enclave common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotOperator(address enclave, address caller)
func TaskMarketCallerNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x89b4997fb782e5d43f0329c5fcd4e2b1cdad180105834c348ea352c6cfa06bda")
}

// UnpackCallerNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotOperator(address enclave, address caller)
func (taskMarket *TaskMarket) UnpackCallerNotOperatorError(raw []byte) (*TaskMarketCallerNotOperator, error) {
	out := new(TaskMarketCallerNotOperator)
	if err := taskMarket.abi.UnpackIntoInterface(out, "CallerNotOperator", raw); err != nil {
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

// TaskMarketDeadlineInPast represents a DeadlineInPast error raised by the TaskMarket contract.
type TaskMarketDeadlineInPast struct {
	Deadline     uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 currentBlock)
func TaskMarketDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x2d098d597073c3b5cb467b888c2accb74d0465ca6f031ba950272ca0fc527935")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 currentBlock)
func (taskMarket *TaskMarket) UnpackDeadlineInPastError(raw []byte) (*TaskMarketDeadlineInPast, error) {
	out := new(TaskMarketDeadlineInPast)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
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

// TaskMarketDeadlineTooFar represents a DeadlineTooFar error raised by the TaskMarket contract.
type TaskMarketDeadlineTooFar struct {
	Deadline uint64
	Latest   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint64 latest)
func TaskMarketDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x93fcf0207337b507d4d045a4c5f7bb69d1adfc42a0fcea1d66e5225874b71496")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint64 latest)
func (taskMarket *TaskMarket) UnpackDeadlineTooFarError(raw []byte) (*TaskMarketDeadlineTooFar, error) {
	out := new(TaskMarketDeadlineTooFar)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketEnclaveAlreadyAssigned represents a EnclaveAlreadyAssigned error raised by the TaskMarket contract.
type TaskMarketEnclaveAlreadyAssigned struct {
	TaskId  *big.Int
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveAlreadyAssigned(uint256 taskId, address enclave)
func TaskMarketEnclaveAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0xbf39afb3646161b64ba81a4b634f64b9051a52e9b1750bc57a2d718d971f4cbf")
}

// UnpackEnclaveAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveAlreadyAssigned(uint256 taskId, address enclave)
func (taskMarket *TaskMarket) UnpackEnclaveAlreadyAssignedError(raw []byte) (*TaskMarketEnclaveAlreadyAssigned, error) {
	out := new(TaskMarketEnclaveAlreadyAssigned)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EnclaveAlreadyAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketEnclaveCountMismatch represents a EnclaveCountMismatch error raised by the TaskMarket contract.
type TaskMarketEnclaveCountMismatch struct {
	Named       *big.Int
	Replication uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveCountMismatch(uint256 named, uint8 replication)
func TaskMarketEnclaveCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3ef5ea86d6587cfb6538c2bc54d25271a5762ff829f93b822d968994dd91a9bb")
}

// UnpackEnclaveCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveCountMismatch(uint256 named, uint8 replication)
func (taskMarket *TaskMarket) UnpackEnclaveCountMismatchError(raw []byte) (*TaskMarketEnclaveCountMismatch, error) {
	out := new(TaskMarketEnclaveCountMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EnclaveCountMismatch", raw); err != nil {
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

// TaskMarketEnclaveMeasurementMismatch represents a EnclaveMeasurementMismatch error raised by the TaskMarket contract.
type TaskMarketEnclaveMeasurementMismatch struct {
	Enclave     common.Address
	Measurement [32]byte
	Expected    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected)
func TaskMarketEnclaveMeasurementMismatchErrorID() common.Hash {
	return common.HexToHash("0xcb7262d651f865f475b2ef3bf4d67bf59dc4c2173382d4edbcd4b985810cb14c")
}

// UnpackEnclaveMeasurementMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected)
func (taskMarket *TaskMarket) UnpackEnclaveMeasurementMismatchError(raw []byte) (*TaskMarketEnclaveMeasurementMismatch, error) {
	out := new(TaskMarketEnclaveMeasurementMismatch)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EnclaveMeasurementMismatch", raw); err != nil {
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

// TaskMarketNoOpenSlot represents a NoOpenSlot error raised by the TaskMarket contract.
type TaskMarketNoOpenSlot struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenSlot(uint256 taskId)
func TaskMarketNoOpenSlotErrorID() common.Hash {
	return common.HexToHash("0xb0a03dad09df7ffea4575d932f8f7395d518febe6ed7af9a6044449b5ee5ee1d")
}

// UnpackNoOpenSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenSlot(uint256 taskId)
func (taskMarket *TaskMarket) UnpackNoOpenSlotError(raw []byte) (*TaskMarketNoOpenSlot, error) {
	out := new(TaskMarketNoOpenSlot)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoOpenSlot", raw); err != nil {
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

// TaskMarketNotStakedVerifier represents a NotStakedVerifier error raised by the TaskMarket contract.
type TaskMarketNotStakedVerifier struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStakedVerifier(address verifier)
func TaskMarketNotStakedVerifierErrorID() common.Hash {
	return common.HexToHash("0x0cee335f6bc6e38ffce525e0a7a34f30adc8413b24afd90a9b24f2f4b35ea8e6")
}

// UnpackNotStakedVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStakedVerifier(address verifier)
func (taskMarket *TaskMarket) UnpackNotStakedVerifierError(raw []byte) (*TaskMarketNotStakedVerifier, error) {
	out := new(TaskMarketNotStakedVerifier)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotStakedVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotVoted represents a NotVoted error raised by the TaskMarket contract.
type TaskMarketNotVoted struct {
	TaskId   *big.Int
	Index    *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVoted(uint256 taskId, uint256 index, address verifier)
func TaskMarketNotVotedErrorID() common.Hash {
	return common.HexToHash("0xbb051bab82ed14262d1b4e443abd2755dc9e4c218baab5dae1826243c140f14e")
}

// UnpackNotVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVoted(uint256 taskId, uint256 index, address verifier)
func (taskMarket *TaskMarket) UnpackNotVotedError(raw []byte) (*TaskMarketNotVoted, error) {
	out := new(TaskMarketNotVoted)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotVoted", raw); err != nil {
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

// TaskMarketOperatorAlreadyAssigned represents a OperatorAlreadyAssigned error raised by the TaskMarket contract.
type TaskMarketOperatorAlreadyAssigned struct {
	TaskId   *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorAlreadyAssigned(uint256 taskId, address operator)
func TaskMarketOperatorAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0x4d950bd2b1ce1a8c1e57c4df0ff8cdde1e4fda4e258a667dae696af0d8604d0d")
}

// UnpackOperatorAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorAlreadyAssigned(uint256 taskId, address operator)
func (taskMarket *TaskMarket) UnpackOperatorAlreadyAssignedError(raw []byte) (*TaskMarketOperatorAlreadyAssigned, error) {
	out := new(TaskMarketOperatorAlreadyAssigned)
	if err := taskMarket.abi.UnpackIntoInterface(out, "OperatorAlreadyAssigned", raw); err != nil {
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

// TaskMarketResultDecided represents a ResultDecided error raised by the TaskMarket contract.
type TaskMarketResultDecided struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultDecided(uint256 taskId, uint256 index)
func TaskMarketResultDecidedErrorID() common.Hash {
	return common.HexToHash("0x21fce3fa3ff002837a37994a2ca2a21f8be01c647c1730850f6c6a5c5346ccfc")
}

// UnpackResultDecidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultDecided(uint256 taskId, uint256 index)
func (taskMarket *TaskMarket) UnpackResultDecidedError(raw []byte) (*TaskMarketResultDecided, error) {
	out := new(TaskMarketResultDecided)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ResultDecided", raw); err != nil {
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
	TaskId   *big.Int
	Index    *big.Int
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoteAlreadySettled(uint256 taskId, uint256 index, address verifier)
func TaskMarketVoteAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xbd9c250e30a9f9f06a55adcc2200a05fd5cc11932cd45dff4d62a8f1725c8090")
}

// UnpackVoteAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoteAlreadySettled(uint256 taskId, uint256 index, address verifier)
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
	VotingEnds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint48 votingEnds)
func TaskMarketVotingClosedErrorID() common.Hash {
	return common.HexToHash("0x438a564432945492e55ad16f26b4c1d04d20b1a66b2ff4624759e3135467a326")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint48 votingEnds)
func (taskMarket *TaskMarket) UnpackVotingClosedError(raw []byte) (*TaskMarketVotingClosed, error) {
	out := new(TaskMarketVotingClosed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketVotingOpen represents a VotingOpen error raised by the TaskMarket contract.
type TaskMarketVotingOpen struct {
	TaskId     *big.Int
	Index      *big.Int
	VotingEnds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingOpen(uint256 taskId, uint256 index, uint48 votingEnds)
func TaskMarketVotingOpenErrorID() common.Hash {
	return common.HexToHash("0x32e3b16989d47e013ed4ce9890103a60108fa0a059222997f0bb79d1fc2a6af9")
}

// UnpackVotingOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingOpen(uint256 taskId, uint256 index, uint48 votingEnds)
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

// TaskMarketZeroFee represents a ZeroFee error raised by the TaskMarket contract.
type TaskMarketZeroFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFee()
func TaskMarketZeroFeeErrorID() common.Hash {
	return common.HexToHash("0xaf13986d418e4b80e36f0b9d3502f4029fc089b272f0666af24393def6b9f097")
}

// UnpackZeroFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFee()
func (taskMarket *TaskMarket) UnpackZeroFeeError(raw []byte) (*TaskMarketZeroFee, error) {
	out := new(TaskMarketZeroFee)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ZeroFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}
