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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minimum\",\"type\":\"uint8\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"BadReplication\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumBps\",\"type\":\"uint256\"}],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"BadVotingWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"named\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EnclaveCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"EnclaveMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NoEarnings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"EnclaveAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTaskMarket.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"TaskAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"users\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"failRewardOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"enclaves\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nodesBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"}],\"internalType\":\"structTaskMarket.TaskSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"passVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"failVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"internalType\":\"structTaskMarket.Result\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"slotIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"taskOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarket.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"assigned\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"firstResult\",\"type\":\"uint40\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint40\",\"name\":\"payoutResult\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"usersPool\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"usersClaimed\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"passes\",\"type\":\"bool[]\"}],\"name\":\"voteBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawEarnings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101206040526005805464ffffffffff19166001179055348015610021575f5ffd5b5060405161505b38038061505b83398101604081905261004091610463565b6001600160a01b038616158061005d57506001600160a01b038516155b8061006f57506001600160a01b038416155b8061008157506001600160a01b038316155b8061009357506001600160a01b038216155b156100b15760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0386166080524660c052610169604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0526001600160a01b0380861660e05284166101005261018a5f846101f0565b50600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16101e581610299565b505050505050610639565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610290575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102483390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610293565b505f5b92915050565b612710816080015161ffff16826060015161ffff166102b89190610594565b11806102c9575060a081015160ff16155b806102dc575060c081015163ffffffff16155b156102fa5760405163019af63760e01b815260040160405180910390fd5b80516002805460208401516001600160601b039081166c010000000000000000000000009081026001600160c01b03199093169482169490941791909117909155604080840151600380546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026001600160701b03199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c4906103f29083906105b3565b60405180910390a150565b6001600160a01b0381168114610411575f5ffd5b50565b80516001600160601b038116811461042a575f5ffd5b919050565b805161ffff8116811461042a575f5ffd5b805160ff8116811461042a575f5ffd5b805163ffffffff8116811461042a575f5ffd5b5f5f5f5f5f5f86880361018081121561047a575f5ffd5b8751610485816103fd565b6020890151909750610496816103fd565b60408901519096506104a7816103fd565b60608901519095506104b8816103fd565b60808901519094506104c9816103fd565b925060e0609f19820112156104dc575f5ffd5b5060405160e081016001600160401b038111828210171561050b57634e487b7160e01b5f52604160045260245ffd5b60405261051a60a08901610414565b815261052860c08901610414565b602082015261053960e08901610414565b604082015261054b610100890161042f565b606082015261055d610120890161042f565b608082015261056f6101408901610440565b60a08201526105816101608901610450565b60c0820152809150509295509295509295565b8082018082111561029357634e487b7160e01b5f52601160045260245ffd5b5f60e08201905060018060601b03835116825260018060601b03602084015116602083015260018060601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161061a60a084018260ff169052565b5060c083015161063260c084018263ffffffff169052565b5092915050565b60805160a05160c05160e051610100516149986106c35f395f818161045b01528181610f04015281816122d3015281816124b501528181612c090152612cd301525f81816103770152818161085401528181610bc40152818161111c0152613b2e01525f61354201525f61361101525f818161068b01528181611552015261283c01526149985ff3fe608060405234801561000f575f5ffd5b5060043610610228575f3560e01c80636c6cd9ca1161012a578063b73c6ce9116100b4578063dc0707e511610079578063dc0707e51461061e578063f0f4426014610631578063f364c90c14610644578063f698da251461067e578063fc0c546a14610686575f5ffd5b8063b73c6ce914610507578063c8cb79c71461050f578063cff0ab9614610544578063d547741f146105eb578063d5b36e24146105fe575f5ffd5b8063893296b4116100fa578063893296b4146104b057806391d14854146104d1578063a217fddf146104e4578063a2b1f09f146104eb578063b6cb58a5146104fe575f5ffd5b80636c6cd9ca1461041c5780637214e6551461042f5780637b10399914610456578063878ecfec1461047d575f5ffd5b8063332bf438116101b657806350ace9c21161017b57806350ace9c2146103b1578063543fd313146103c45780635d4df3bf146103e357806361d027b3146103f65780636a18ff7a14610409575f5ffd5b8063332bf4381461033157806336568abe146103445780633aba9c7e1461035757806348bcbe051461036a5780634cf088d914610372575f5ffd5b8063231b11e5116101fc578063231b11e5146102a1578063248a9ca3146102d65780632c0a0c95146102f85780632f2ff15d1461030b578063300912cf1461031e575f5ffd5b8062cc23ef1461022c57806301ffc9a71461025657806305261aea1461027957806308148f7a1461028e575b5f5ffd5b61023f61023a366004613dfe565b6106ad565b60405160ff90911681526020015b60405180910390f35b610269610264366004613e30565b610717565b604051901515815260200161024d565b61028c610287366004613e57565b61074d565b005b61028c61029c366004613e57565b610783565b6102c87f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a81565b60405190815260200161024d565b6102c86102e4366004613e57565b5f9081526020819052604090206001015490565b61028c610306366004613eae565b61080f565b61028c610319366004613f4a565b610977565b61028c61032c366004613f8e565b6109a1565b61028c61033f36600461401b565b610aa9565b61028c610352366004613f4a565b610c8b565b61028c61036536600461409b565b610cc3565b61023f601081565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161024d565b61028c6103bf366004613f4a565b610dad565b6102c86103d2366004614170565b600a6020525f908152604090205481565b61028c6103f136600461418b565b6110dc565b600154610399906001600160a01b031681565b61028c6104173660046141e7565b611105565b6102c861042a36600461421d565b6111cc565b6005546104409064ffffffffff1681565b60405164ffffffffff909116815260200161024d565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b61049061048b366004613e57565b61162d565b60408051948552602085019390935291830152606082015260800161024d565b6104c36104be366004614254565b6116ea565b60405161024d92919061429c565b6102696104df366004613f4a565b6118e4565b6102c85f81565b6102c86104f9366004614254565b61190c565b6102c860045481565b61028c61194e565b6102c861051d366004613f4a565b5f918252600b602090815260408084206001600160a01b0393909316845291905290205490565b600254600354610599916001600160601b0380821692600160601b9283900482169291811691810461ffff90811691600160701b810490911690600160801b810460ff1690600160881b900463ffffffff1687565b604080516001600160601b0398891681529688166020880152949096169385019390935261ffff918216606085015216608083015260ff1660a082015263ffffffff90911660c082015260e00161024d565b61028c6105f9366004613f4a565b6119e0565b61061161060c366004613e57565b611a04565b60405161024d9190614321565b61028c61062c3660046144cf565b611bf2565b61028c61063f366004614170565b611c17565b610269610652366004614254565b5f918252600d60209081526040808420600884901c855290915290912054600160ff9092161c81161490565b6102c8611c9d565b6103997f000000000000000000000000000000000000000000000000000000000000000081565b5f8281526006602052604081205481906106d6908490600160201b900464ffffffffff166144fd565b6001600160a01b0386165f908152600c60209081526040808320600785901c8452909152902054600360fe60019390931b929092161c169150509392505050565b5f6001600160e01b03198216637965db0b60e01b148061074757506301ffc9a760e01b6001600160e01b03198316145b92915050565b610755611cab565b5f81815260066020526040902061077782826107718183611d18565b5f611d65565b50610780611f5b565b50565b61078b611cab565b5f818152600660205260408120906107a38284611d18565b9050604881901c65ffffffffffff811643116107f757604051635e3894d360e11b81526004810185905265ffffffffffff821660248201526001600160401b03431660448201526064015b60405180910390fd5b6108048484846001611d65565b505050610780611f5b565b84838114158061081f5750818114155b1561083d576040516305f8ded760e21b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c49061088c903390600290600401614510565b602060405180830381865afa1580156108a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108cb9190614536565b6108ea57604051630cee335f60e01b81523360048201526024016107ee565b335f908152600c60205260408120905b8281101561096c57610964828a8a8481811061091857610918614551565b9050602002013589898581811061093157610931614551565b9050602002013588888681811061094a5761094a614551565b905060200201602081019061095f9190614565565b611f85565b6001016108fa565b505050505050505050565b5f82815260208190526040902060010154610991816121ae565b61099b83836121b8565b50505050565b82355f818152600660205260408120906109bb8284611d18565b90505f6109cc83838a8a8a8a612247565b90505f6109e48264ffffffffff602086901c166144fd565b5f8181526007602052604081209192506109fc825490565b905060a081901c60ff1615610a2e5760405163ed735ba960e01b815260048101889052602481018590526044016107ee565b5f610a4363ffffffff607888901c16436144fd565b65ffffffffffff16905060c881901b60a060016005811115610a6757610a67614274565b60ff16901b1791909117808355600488901b85175f90815260086020526040902060608c0135905590610a9b858d8d612586565b505050505050505050505050565b610ab1611cab565b82818114610ad2576040516305f8ded760e21b815260040160405180910390fd5b6001600160a01b0386165f908152600c602052604081208190815b84811015610b62575f5f610b33848d8d8d87818110610b0e57610b0e614551565b905060200201358c8c88818110610b2757610b27614551565b90506020020135612624565b9092509050610b4282876144fd565b95508015610b5857610b556001866144fd565b94505b5050600101610aed565b506003545f90610b7b906001600160601b031684614580565b90508315610b8d57610b8d8a8561281f565b8015610c3357600154604051630bfac59960e41b81526001600160a01b038c811660048301526024820184905291821660448201527f00000000000000000000000000000000000000000000000000000000000000009091169063bfac5990906064016020604051808303815f875af1158015610c0c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c309190614597565b90505b60408051858152602081018390526001600160a01b038c16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a25050505050610c84611f5b565b5050505050565b6001600160a01b0381163314610cb45760405163334bd91960e11b815260040160405180910390fd5b610cbe82826128c1565b505050565b868581141580610cd35750838114155b80610cde5750818114155b15610cfc576040516305f8ded760e21b815260040160405180910390fd5b5f610d068b61292a565b5090505f5b82811015610a9b57610da582610d22846004015490565b8e8e8e86818110610d3557610d35614551565b905060200201358d8d87818110610d4e57610d4e614551565b9050602002016020810190610d639190614170565b8c8c88818110610d7557610d75614551565b905060200201358b8b89818110610d8e57610d8e614551565b9050602002810190610da091906145ae565b6129ac565b600101610d0b565b5f610db783612b84565b8054909150600160481b900465ffffffffffff16431115610e055780546040516337851a4160e11b815260048101859052600160481b90910465ffffffffffff1660248201526044016107ee565b5f838152600b602090815260408083206001600160a01b03861684529091529020548015610ff85781545f906007908290600190610e52908690600160201b900464ffffffffff166144fd565b610e5c91906145f3565b815260208101919091526040015f2080549091506001600160a01b03163314610ea9576040516389b4997f60e01b81526001600160a01b03851660048201523360248201526044016107ee565b8054600160f81b900460ff1615610ee55760405163bf39afb360e01b8152600481018690526001600160a01b03851660248201526044016107ee565b604051639f8a13d760e01b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610f49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f6d9190614536565b610f95576040516317df2aab60e11b81526001600160a01b03851660048201526024016107ee565b80546001600160f81b0316600160f81b178155336001600160a01b038516867f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f69610fe06001876145f3565b60405190815260200160405180910390a45050505050565b815460ff610100820481166301000000909204161061102d5760405163b0a03dad60e01b8152600481018590526024016107ee565b5f611039858486612be6565b90506001600160a01b0381163314611075576040516389b4997f60e01b81526001600160a01b03851660048201523360248201526044016107ee565b5f611084868587856001612e9c565b9050816001600160a01b0316856001600160a01b0316877f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f69846040516110cc91815260200190565b60405180910390a4505050505050565b5f5f6110e78861292a565b915091506110fb82828a8a8a8a8a8a6129ac565b5050505050505050565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490611154903390600290600401614510565b602060405180830381865afa15801561116f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111939190614536565b6111b257604051630cee335f60e01b81523360048201526024016107ee565b335f908152600c60205260409020610cbe90848484611f85565b5f6111d5611cab565b6111de82612fa0565b60045f81546111ec90614606565b918290555060055490915064ffffffffff166112106101608401610140850161462e565b61121d9060ff1682614647565b6005805464ffffffffff191664ffffffffff929092169190911790555f828152600660205260409020805460ff191660011781556112636101608501610140860161462e565b815460ff919091166101000261ff001990911617815561128b6101408501610120860161462e565b815468ffffffffff00ff000019166201000060ff929092169190910268ffffffffff00000000191617600160201b64ffffffffff8416021781556112d6610100850160e08601614664565b815465ffffffffffff91909116600160481b026effffffffffff000000000000000000199091161781556113126101208501610100860161469a565b815463ffffffff91909116600160781b0263ffffffff60781b1990911617815561134260a08501608086016146c6565b815461ffff91909116600160981b0261ffff60981b1990911617815561136e60e0850160c086016146c6565b815461ffff91909116600160a81b0261ffff60a81b1990911617815561139c610180850161016086016146df565b815468ffffffffffffffffff91909116600160b81b026001600160b81b039091161781556001810180546001600160a01b0319163317905583356002820155602084013560038201556113f5608085016060860161471d565b6004820180546bffffffffffffffffffffffff19166001600160601b039290921691909117905561142e6101608501610140860161462e565b60048201805460ff92909216600160d01b0260ff60d01b1990921691909117905561145f60a08501608086016146c6565b81600401601b6101000a81548161ffff021916908361ffff1602179055505f5b6114916101608601610140870161462e565b60ff168110156114bb57600484901b81175f9081526008602052604090206001908190550161147f565b505f5b6114cb60408601866145ae565b9050811015611532575f6114e260408701876145ae565b838181106114f2576114f2614551565b90506020020160208101906115079190614170565b90505f611515868584612be6565b9050611524868584845f612e9c565b5050508060010190506114be565b506115833330611548608088016060890161471d565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b03166132b2565b33837f23d9a2c6ecc75732e4ec7e461bec154c86cf12220d6b4345c896e9afdeb90b0d863560208801356115bd60808a0160608b0161471d565b6115cf6101608b016101408c0161462e565b6115e06101008c0160e08d01614664565b6040805195865260208601949094526001600160601b03929092168484015260ff16606084015265ffffffffffff166080830152519081900360a00190a35050611628611f5b565b919050565b5f81815260066020526040812081908190819081815460ff16600281111561165757611657614274565b0361167857604051634899e04360e01b8152600481018790526024016107ee565b6116818161330c565b81549095506127109061169f90600160981b900461ffff1687614580565b6116a99190614736565b93506116b481613331565b81549093506116cc9062010000900460ff1684614580565b6116d685876145f3565b6116e091906145f3565b9150509193509193565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f83815260066020526040812081815460ff16600281111561173f5761173f614274565b0361176057604051634899e04360e01b8152600481018690526024016107ee565b8054610100900460ff1684106117935760405163428017f560e01b815260048101869052602481018590526044016107ee565b80545f906117b0908690600160201b900464ffffffffff166144fd565b5f81815260076020908152604091829020825160c0810190935280546001600160a01b0381168452939450919290830190600160a01b900460ff1660058111156117fc576117fc614274565b600581111561180d5761180d614274565b8152905461ffff600160a81b820481166020840152600160b81b820416604083015265ffffffffffff600160c81b820416606083015260ff600160f81b90910416151560809091015293506002825460ff16600281111561187057611870614274565b036118c4575f8181526007602052604090205461189790835462010000900460ff16613375565b846020019060058111156118ad576118ad614274565b908160058111156118c0576118c0614274565b9052505b505050600483901b82175f908152600860205260409020545b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f828152600660205260408120546009908290611938908590600160201b900464ffffffffff166144fd565b81526020019081526020015f2054905092915050565b611956611cab565b335f908152600a6020526040812054908190036119875760405162bb554960e31b81523360048201526024016107ee565b335f818152600a60205260408120556119a0908261281f565b60405181815233907f48dc35af7b45e2a81fffad55f6e2fafacdb1d3d0d50d24ebdc16324f5ba757f19060200160405180910390a2506119de611f5b565b565b5f828152602081905260409020600101546119fa816121ae565b61099b83836128c1565b611a0c613d56565b5f828152600660205260409020611a21613d56565b8154600160201b810464ffffffffff166080830181905260ff6301000000830481166060850181905262010000840482166040860181905261010085048316602087018190529290941693919285856002811115611a8157611a81614274565b6002811115611a9257611a92614274565b905250508454600160b81b810468ffffffffffffffffff1661012086015261ffff600160a81b82048116610100870152600160981b82041660e0860152600160781b810463ffffffff1660c0860152600160481b810465ffffffffffff1660a086015260018601546004870154600288015460038901546101a08901526101808801526001600160601b0381166101608801526001600160a01b03909116610140870152611b5c9450600160c81b900460ff169250600160201b900464ffffffffff169050614647565b60048301546001600160601b03600160601b82041661022084015260ff600160c01b909104166101e0830181905264ffffffffff9091166101c083015215611beb57611bdb611bac836004015490565b5f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b6001600160601b03166102008201525b9392505050565b5f611bfc816121ae565b611c13611c0e36849003840184614789565b6133dd565b5050565b5f611c21816121ae565b6001600160a01b038216611c485760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f611ca661353f565b905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611ceb57604051633ee5aeb560e01b815260040160405180910390fd5b6119de60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613633565b815460ff81166001146107475760ff8116611d4957604051634899e04360e01b8152600481018390526024016107ee565b60405163e2135ec160e01b8152600481018390526024016107ee565b60ff19821660021783555f611d7b846004015490565b905060ff600884901c165f611d99826001600160601b038516614736565b90505f60ff601087901c168080612710611dbb61ffff60a88c901c1687614580565b611dc59190614736565b611dcf9190614736565b611dd99190614580565b612710611dee61ffff60988b901c1686614580565b611df89190614736565b611e0290856145f3565b611e0c91906145f3565b9150505f5f5f5f5b86811015611e88575f611e2b8d8d8d858a8f61363a565b90506002816005811115611e4157611e41614274565b03611e6157835f03611e51578194505b611e5a84614606565b9350611e7f565b6005816005811115611e7557611e75614274565b03611e7f57600192505b50600101611e14565b50878015611e94575080155b15611eb5576040516328f21c4560e01b8152600481018c90526024016107ee565b8115611ed15760c883901b60c083901b17871796508660048b01555b5f611edc8387614580565b611eef906001600160601b038a166145f3565b90508015611f0f5760018b0154611f0f906001600160a01b03168261281f565b6040805160ff85168152602081018390528d917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a2505050505050505050505050565b6119de5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611d12565b5f838152600660205260408120611f9c9085611d18565b9050600881901c60ff168310611fcf5760405163428017f560e01b815260048101859052602481018490526044016107ee565b5f611fe58464ffffffffff602085901c166144fd565b5f818152600760205260408120919250611ffd825490565b905060a081901c60ff166001146120315760405163428017f560e01b815260048101889052602481018790526044016107ee565b60c881901c65ffffffffffff8116431115612077576040516310e2959160e21b8152600481018990526024810188905265ffffffffffff821660448201526064016107ee565b60ff601086901c1661ffff60a884901c168111158061209e57508060b884901c61ffff1610155b156120c6576040516310fe71fd60e11b8152600481018a9052602481018990526044016107ee565b600785901c5f90815260208b9052604090205460fe600187901b1690600381831c161561211657604051633608839960e11b8152600481018c9052602481018b90523360448201526064016107ee565b8189612123576001612126565b60025b60ff16901b81178c5f60078a901c81526020019081526020015f2081905550886121515760b8612154565b60a85b6001901b94909401808655604080518b81528a1515602082015291959133918d917f46bbf92d95e2261f204899a3f9e286bfa35000a850157ae8e1311dd0f461d488910160405180910390a3505050505050505050505050565b610780813361387e565b5f6121c383836118e4565b612240575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556121f83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610747565b505f610747565b5f8335604887901c65ffffffffffff8116431115612289576040516337851a4160e11b81526004810183905265ffffffffffff821660248201526044016107ee565b5f828152600b602090815260408083206001600160a01b038b168452909152812054908190036123a5575f604051638510129b60e01b81526001600160a01b038a811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612318573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061233c9190614847565b60800151600381111561235157612351614274565b0361237a576040516328b88cbb60e01b81526001600160a01b03891660048201526024016107ee565b60405163326c636d60e01b8152600481018490526001600160a01b03891660248201526044016107ee565b5f6124176123dc6123b461353f565b6123bd8b6138b7565b60405161190160f01b8152600281019290925260228201526042902090565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506138f492505050565b50509050886001600160a01b0316816001600160a01b03161461246057604051630b3c6c0d60e21b81526001600160a01b0380831660048301528a1660248201526044016107ee565b60028b015460c0890135811461249657604051633475271760e21b815260c08a01356004820152602481018290526044016107ee565b604051639f8a13d760e01b81526001600160a01b038b811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa1580156124fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061251e9190614536565b612546576040516317df2aab60e11b81526001600160a01b038b1660048201526024016107ee565b60b88b901c15612569576125698c61256460a08c0160808d016148bf565b61393d565b6125746001846145f3565b955050505050505b9695505050505050565b6001600160a01b03821681357f9e662303f8ef4479d1d8095fa530f689ff3eef02b3c0edc5799a1695b2222808856020850135604086013560608701356125d360a0890160808a016148bf565b6125e360c08a0160a08b016148bf565b6040805196875260208701959095529385019290925260608401526001600160401b0390811660808401521660a082015260c00160405180910390a3505050565b5f828152600660205260408120805482919060ff811661265a57604051634899e04360e01b8152600481018790526024016107ee565b60ff81166002146126815760405163f1c3a02b60e01b8152600481018790526024016107ee565b600881901c60ff1685106126b25760405163428017f560e01b815260048101879052602481018690526044016107ee565b5f6126c88664ffffffffff602085901c166144fd565b600781901c5f90815260208b9052604081205491925060fe600184901b169190600382841c16908190036127285760405163bb051bab60e01b8152600481018b9052602481018a90526001600160a01b038c1660448201526064016107ee565b8060030361276257604051635ece128760e11b8152600481018b9052602481018a90526001600160a01b038c1660448201526064016107ee565b600784811c5f90815260208e815260408083206003881b871790558783529290529081205461279890601088901c60ff16613375565b905060028160058111156127ae576127ae614274565b036127d457816002036127cb576127c487613331565b985061280f565b6001975061280f565b60038160058111156127e8576127e8614274565b0361280f578160010361280a575f85815260096020526040902054985061280f565b600197505b5050505050505094509492505050565b60405163a9059cbb60e01b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000905f9060208260448382875af1915081612877573d5f823e3d81fd5b503d80156128905760015f5114601f3d11169150612897565b5f833b1191505b508061099b57604051635274afe760e01b81526001600160a01b03831660048201526024016107ee565b5f6128cc83836118e4565b15612240575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610747565b5f81815260066020526040812090612943826004015490565b905060c081901c60ff165f036129a7575f825460ff16600281111561296a5761296a614274565b0361298b57604051634899e04360e01b8152600481018490526024016107ee565b60405163f948958560e01b8152600481018490526024016107ee565b915091565b825f036129cc57604051631f2a200560e01b815260040160405180910390fd5b6129d686866139e3565b60c887901c60ff16600487901b175f908152600860209081526040808320548151898152808401899052918201879052606090912083529120612a1d918491849190613a50565b612a44576040516341969eb760e11b815260048101879052602481018690526044016107ee565b5f612a78885f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b90506001600160601b03606089901c1681851115612ac6578785612a9c83856145f3565b604051630ec7dbdf60e31b81526004810193909352602483019190915260448201526064016107ee565b60ff60c08a901c168502818101831015612b0557604051630ec7dbdf60e31b8152600481018a90526024810182905282840360448201526064016107ee565b908101606081901b6bffffffffffffffffffffffff60601b198b161760048c015590612b31878261281f565b60408051898152602081018390526001600160a01b038916918b917fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba910160405180910390a35050505050505050505050565b5f8181526006602052604090206001815460ff166002811115612ba957612ba9614274565b14611628575f815460ff166002811115612bc557612bc5614274565b03611d4957604051634899e04360e01b8152600481018390526024016107ee565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612c4e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c729190614847565b90505f81608001516003811115612c8b57612c8b614274565b03612cb4576040516328b88cbb60e01b81526001600160a01b03841660048201526024016107ee565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612d18573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d3c9190614536565b612d64576040516317df2aab60e11b81526001600160a01b03841660048201526024016107ee565b8360020154816060015114612dae57606081015160028501546040516365b9316b60e11b81526001600160a01b0386166004820152602481019290925260448201526064016107ee565b5f858152600b602090815260408083206001600160a01b038716845290915290205415612e005760405163bf39afb360e01b8152600481018690526001600160a01b03841660248201526044016107ee565b8354600160201b900464ffffffffff165f5b85546301000000900460ff16811015612e915782516001600160a01b031660075f612e3d84866144fd565b815260208101919091526040015f20546001600160a01b031603612e895782516040516326ca85e960e11b8152600481018990526001600160a01b0390911660248201526044016107ee565b600101612e12565b505051949350505050565b83546301000000900460ff16612eb38160016144fd565b855460ff9190911663010000000263ff00000019909116178555612ed88160016144fd565b5f878152600b602090815260408083206001600160a01b038916845290915281209190915585546007908290612f1d908590600160201b900464ffffffffff166144fd565b815260208082019290925260409081015f2080546001600160a01b038881166affffffffffffffffffffff60a01b9092168217600160f81b89151502178355925186815291945092918816918a917f12bf5ed737653d2074f45564fdb8efb1008df8ea972c413dddcdc4967f4723bc910160405180910390a45095945050505050565b612fb0608082016060830161471d565b6001600160601b03165f03612fd85760405163af13986d60e01b815260040160405180910390fd5b5f612fe960e0830160c084016146c6565b61ffff16612ffd60c0840160a085016146c6565b61ffff1661301160a08501608086016146c6565b61ffff1661301f91906144fd565b61302991906144fd565b90506127108114613050576040516369c4f15160e11b8152600481018290526024016107ee565b43613062610100840160e08501614664565b65ffffffffffff16116130b457613080610100830160e08401614664565b604051632d098d5960e01b815265ffffffffffff9190911660048201526001600160401b03431660248201526044016107ee565b6130c66101608301610140840161462e565b60ff1615806130e9575060106130e46101608401610140850161462e565b60ff16115b1561311f576131006101608301610140840161462e565b60405163700a7a0d60e11b815260ff90911660048201526024016107ee565b600354600290600160801b900460ff166131416101408501610120860161462e565b60ff1610156131905761315c6101408401610120850161462e565b6001820154604051631ee8cee560e01b815260ff9283166004820152600160801b90910490911660248201526044016107ee565b6131a26101208401610100850161469a565b63ffffffff1615806131db57506001810154600160881b900463ffffffff166131d36101208501610100860161469a565b63ffffffff16115b15613229576131f26101208401610100850161469a565b6001820154604051633e6d1fcd60e11b815263ffffffff9283166004820152600160881b90910490911660248201526044016107ee565b61323660408401846145ae565b158015915061326757506132526101608401610140850161462e565b60ff1661326260408501856145ae565b905014155b15610cbe5761327960408401846145ae565b905061328d6101608501610140860161462e565b604051631f7af54360e11b8152600481019290925260ff1660248201526044016107ee565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180516001600160e01b03166323b872dd60e01b17905261099b908590613a87565b805460048201545f916107479161010090910460ff16906001600160601b0316614736565b80545f9062010000810460ff169061271090600160a81b900461ffff166133578561330c565b6133619190614580565b61336b9190614736565b6107479190614736565b5f60a083901c60ff1661338a57506005610747565b8160a884901c61ffff16106133a157506002610747565b8160b884901c61ffff16106133b857506003610747565b60c883901c65ffffffffffff164311156133d457506004610747565b50600192915050565b612710816080015161ffff16826060015161ffff166133fc91906144fd565b118061340d575060a081015160ff16155b80613420575060c081015163ffffffff16155b1561343e5760405163019af63760e01b815260040160405180910390fd5b80516002805460208401516001600160601b03908116600160601b9081026001600160c01b03199093169482169490941791909117909155604080840151600380546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026dffffffffffffffffffffffffffff199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c4906135349083906148da565b60405180910390a150565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461360e57611ca6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b80825d5050565b5f601085901c816136568664ffffffffff60208a901c166144fd565b5f81815260076020526040812091925061366e825490565b905061367d818560ff16613375565b9450600185600581111561369357613693614274565b036136cd576040516332e3b16960e01b8152600481018c90526024810189905265ffffffffffff60c883901c1660448201526064016107ee565b60058560058111156136e1576136e1614274565b1480156136ec575085155b1561371457604051630a4adec560e11b8152600481018c9052602481018990526044016107ee565b80600286600581111561372957613729614274565b036137a4576001600160a01b0381165f908152600a6020526040812080548a92906137559084906144fd565b925050819055508b7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218a88848c604051613792949392919061495c565b60405180910390a2505050505061257c565b5f60038760058111156137b9576137b9614274565b036137e1576002546137da9086908e9085906001600160601b03168a613af3565b9050613830565b60058760058111156137f5576137f5614274565b148015613805575060f883901c15155b156138305760025461382d9086908e908590600160601b90046001600160601b03165f613af3565b90505b8c7fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc218b898585604051613866949392919061495c565b60405180910390a25050505050509695505050505050565b61388882826118e4565b611c135760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107ee565b6040517f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a8082525f9160e084602083013761010090209392505050565b5f5f5f835160410361392b576020840151604085015160608601515f1a61391d88828585613c8e565b955095509550505050613936565b505081515f91506002905b9250925092565b81545f9061271090600160981b900461ffff166139598561330c565b6139639190614580565b61396d9190614736565b835490915061399790600160b81b900468ffffffffffffffffff166001600160401b038416614580565b811015610cbe578254604051637c7d38d960e11b8152600481018390526001600160401b0384166024820152600160b81b90910468ffffffffffffffffff1660448201526064016107ee565b5f828152600d60209081526040808320600885901c84529182905290912054600160ff84161b80821615613a3457604051636bd4745f60e01b815260048101869052602481018590526044016107ee565b60089390931c5f90815260209290925260409091209117905550565b5f8360051b8501855b81811015613a7d57803580851160051b94855260209485185260405f209301613a59565b5050501492915050565b5f5f60205f8451602086015f885af180613aa6576040513d5f823e3d81fd5b50505f513d91508115613abd578060011415613aca565b6001600160a01b0384163b155b1561099b57604051635274afe760e01b81526001600160a01b03851660048201526024016107ee565b5f825f03613b0257505f613c85565b604051630bfac59960e41b81526001600160a01b038581166004830152602482018590523060448301527f0000000000000000000000000000000000000000000000000000000000000000169063bfac5990906064016020604051808303815f875af1158015613b74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b989190614597565b6003549091506002905f9061271090613bbc90600160601b900461ffff1685614580565b613bc69190614736565b90505f60ff851615613c2e5760018301545f9060ff87169061271090613bf790600160701b900461ffff1688614580565b613c019190614736565b613c0b9190614736565b5f8b81526009602052604090208190559050613c2a60ff871682614580565b9150505b8115613c4c576001880154613c4c906001600160a01b03168361281f565b5f81613c5884876145f3565b613c6291906145f3565b90508015613c8057600154613c80906001600160a01b03168261281f565b505050505b95945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613cc757505f91506003905082613d4c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613d18573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613d4357505f925060019150829050613d4c565b92505f91508190505b9450945094915050565b604080516102408101909152805f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e0820181905261020082018190526102209091015290565b6001600160a01b0381168114610780575f5ffd5b5f5f5f60608486031215613e10575f5ffd5b8335613e1b81613dea565b95602085013595506040909401359392505050565b5f60208284031215613e40575f5ffd5b81356001600160e01b031981168114611beb575f5ffd5b5f60208284031215613e67575f5ffd5b5035919050565b5f5f83601f840112613e7e575f5ffd5b5081356001600160401b03811115613e94575f5ffd5b6020830191508360208260051b85010111156118dd575f5ffd5b5f5f5f5f5f5f60608789031215613ec3575f5ffd5b86356001600160401b03811115613ed8575f5ffd5b613ee489828a01613e6e565b90975095505060208701356001600160401b03811115613f02575f5ffd5b613f0e89828a01613e6e565b90955093505060408701356001600160401b03811115613f2c575f5ffd5b613f3889828a01613e6e565b979a9699509497509295939492505050565b5f5f60408385031215613f5b575f5ffd5b823591506020830135613f6d81613dea565b809150509250929050565b5f60e08284031215613f88575f5ffd5b50919050565b5f5f5f5f6101208587031215613fa2575f5ffd5b8435613fad81613dea565b9350613fbc8660208701613f78565b92506101008501356001600160401b03811115613fd7575f5ffd5b8501601f81018713613fe7575f5ffd5b80356001600160401b03811115613ffc575f5ffd5b87602082840101111561400d575f5ffd5b949793965060200194505050565b5f5f5f5f5f6060868803121561402f575f5ffd5b853561403a81613dea565b945060208601356001600160401b03811115614054575f5ffd5b61406088828901613e6e565b90955093505060408601356001600160401b0381111561407e575f5ffd5b61408a88828901613e6e565b969995985093965092949392505050565b5f5f5f5f5f5f5f5f5f60a08a8c0312156140b3575f5ffd5b8935985060208a01356001600160401b038111156140cf575f5ffd5b6140db8c828d01613e6e565b90995097505060408a01356001600160401b038111156140f9575f5ffd5b6141058c828d01613e6e565b90975095505060608a01356001600160401b03811115614123575f5ffd5b61412f8c828d01613e6e565b90955093505060808a01356001600160401b0381111561414d575f5ffd5b6141598c828d01613e6e565b915080935050809150509295985092959850929598565b5f60208284031215614180575f5ffd5b8135611beb81613dea565b5f5f5f5f5f5f60a087890312156141a0575f5ffd5b863595506020870135945060408701356141b981613dea565b93506060870135925060808701356001600160401b03811115613f2c575f5ffd5b8015158114610780575f5ffd5b5f5f5f606084860312156141f9575f5ffd5b83359250602084013591506040840135614212816141da565b809150509250925092565b5f6020828403121561422d575f5ffd5b81356001600160401b03811115614242575f5ffd5b82016101808185031215611beb575f5ffd5b5f5f60408385031215614265575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b6006811061429857614298614274565b9052565b82516001600160a01b0316815260208084015160e08301916142c090840182614288565b5061ffff604085015116604083015261ffff606085015116606083015265ffffffffffff608085015116608083015260a0840151151560a08301528260c08301529392505050565b6003811061078057610780614274565b61429881614308565b5f61024082019050614334828451614318565b6020830151614348602084018260ff169052565b50604083015161435d604084018260ff169052565b506060830151614372606084018260ff169052565b50608083015161438b608084018264ffffffffff169052565b5060a08301516143a560a084018265ffffffffffff169052565b5060c08301516143bd60c084018263ffffffff169052565b5060e08301516143d360e084018261ffff169052565b506101008301516143eb61010084018261ffff169052565b5061012083015161440a61012084018268ffffffffffffffffff169052565b506101408301516144276101408401826001600160a01b03169052565b506101608301516144446101608401826001600160601b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516144776101c084018264ffffffffff169052565b506101e083015161448e6101e084018260ff169052565b506102008301516144ab6102008401826001600160601b03169052565b506102208301516144c86102208401826001600160601b03169052565b5092915050565b5f60e082840312156144df575f5ffd5b611beb8383613f78565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610747576107476144e9565b6001600160a01b03831681526040810161452983614308565b8260208301529392505050565b5f60208284031215614546575f5ffd5b8151611beb816141da565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614575575f5ffd5b8135611beb816141da565b8082028115828204841417610747576107476144e9565b5f602082840312156145a7575f5ffd5b5051919050565b5f5f8335601e198436030181126145c3575f5ffd5b8301803591506001600160401b038211156145dc575f5ffd5b6020019150600581901b36038213156118dd575f5ffd5b81810381811115610747576107476144e9565b5f60018201614617576146176144e9565b5060010190565b803560ff81168114611628575f5ffd5b5f6020828403121561463e575f5ffd5b611beb8261461e565b64ffffffffff8181168382160190811115610747576107476144e9565b5f60208284031215614674575f5ffd5b813565ffffffffffff81168114611beb575f5ffd5b63ffffffff81168114610780575f5ffd5b5f602082840312156146aa575f5ffd5b8135611beb81614689565b803561ffff81168114611628575f5ffd5b5f602082840312156146d6575f5ffd5b611beb826146b5565b5f602082840312156146ef575f5ffd5b813568ffffffffffffffffff81168114611beb575f5ffd5b80356001600160601b0381168114611628575f5ffd5b5f6020828403121561472d575f5ffd5b611beb82614707565b5f8261475057634e487b7160e01b5f52601260045260245ffd5b500490565b60405160e081016001600160401b038111828210171561478357634e487b7160e01b5f52604160045260245ffd5b60405290565b5f60e082840312801561479a575f5ffd5b506147a3614755565b6147ac83614707565b81526147ba60208401614707565b60208201526147cb60408401614707565b60408201526147dc606084016146b5565b60608201526147ed608084016146b5565b60808201526147fe60a0840161461e565b60a082015260c083013561481181614689565b60c08201529392505050565b805161162881614689565b6001600160401b0381168114610780575f5ffd5b805161162881614828565b5f60e0828403128015614858575f5ffd5b50614861614755565b825161486c81613dea565b815260208381015190820152604080840151908201526060808401519082015260808301516004811061489d575f5ffd5b60808201526148ae60a0840161481d565b60a082015261481160c0840161483c565b5f602082840312156148cf575f5ffd5b8135611beb81614828565b5f60e0820190506001600160601b0383511682526001600160601b0360208401511660208301526001600160601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161494460a084018260ff169052565b5060c08301516144c860c084018263ffffffff169052565b848152608081016149706020830186614288565b6001600160a01b03939093166040820152606001529291505056fea164736f6c634300081e000a",
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
// Solidity: constructor(address token_, address staking_, address registry_, address admin, address treasury_, (uint96,uint96,uint96,uint16,uint16,uint8,uint32) params_) returns()
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
// Solidity: function nextResultId() view returns(uint40)
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
// Solidity: function nextResultId() view returns(uint40)
func (taskMarket *TaskMarket) TryPackNextResultId() ([]byte, error) {
	return taskMarket.abi.Pack("nextResultId")
}

// UnpackNextResultId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7214e655.
//
// Solidity: function nextResultId() view returns(uint40)
func (taskMarket *TaskMarket) UnpackNextResultId(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("nextResultId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(uint96 nodeSlash, uint96 timeoutSlash, uint96 verifierPenalty, uint16 slashOwnerBps, uint16 slashVerifiersBps, uint8 minQuorum, uint32 maxVotingWindow)
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
// Solidity: function params() view returns(uint96 nodeSlash, uint96 timeoutSlash, uint96 verifierPenalty, uint16 slashOwnerBps, uint16 slashVerifiersBps, uint8 minQuorum, uint32 maxVotingWindow)
func (taskMarket *TaskMarket) TryPackParams() ([]byte, error) {
	return taskMarket.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	NodeSlash         *big.Int
	TimeoutSlash      *big.Int
	VerifierPenalty   *big.Int
	SlashOwnerBps     uint16
	SlashVerifiersBps uint16
	MinQuorum         uint8
	MaxVotingWindow   uint32
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(uint96 nodeSlash, uint96 timeoutSlash, uint96 verifierPenalty, uint16 slashOwnerBps, uint16 slashVerifiersBps, uint8 minQuorum, uint32 maxVotingWindow)
func (taskMarket *TaskMarket) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := taskMarket.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NodeSlash = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TimeoutSlash = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.VerifierPenalty = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.SlashOwnerBps = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	outstruct.SlashVerifiersBps = *abi.ConvertType(out[4], new(uint16)).(*uint16)
	outstruct.MinQuorum = *abi.ConvertType(out[5], new(uint8)).(*uint8)
	outstruct.MaxVotingWindow = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	return *outstruct, nil
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
// the contract method with ID 0xdc0707e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint96,uint96,uint96,uint16,uint16,uint8,uint32) p) returns()
func (taskMarket *TaskMarket) PackSetParams(p TaskMarketParams) []byte {
	enc, err := taskMarket.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc0707e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint96,uint96,uint96,uint16,uint16,uint8,uint32) p) returns()
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
// Solidity: event ParamsSet((uint96,uint96,uint96,uint16,uint16,uint8,uint32) params)
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
