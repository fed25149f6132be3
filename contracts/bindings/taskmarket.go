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
	Owner          common.Address
	Replication    uint8
	Quorum         uint8
	Assigned       uint8
	Submitted      uint8
	Status         uint8
	UsersBps       uint16
	VerifiersBps   uint16
	Fee            *big.Int
	Deadline       uint64
	VotingWindow   uint32
	FirstResult    uint64
	Measurement    [32]byte
	DatasetHash    [32]byte
	UsersClaimed   *big.Int
	Passed         uint8
	PayoutSlot     uint8
	PricePerRecord *big.Int
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
	Deadline       uint64
	VotingWindow   uint32
	Quorum         uint8
	Replication    uint8
	PricePerRecord *big.Int
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minimum\",\"type\":\"uint8\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"BadReplication\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumBps\",\"type\":\"uint256\"}],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"BadVotingWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"named\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EnclaveCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"EnclaveMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"submitted\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"EnclaveAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTaskMarket.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"failRewardOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"enclaves\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nodesBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.TaskSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"passVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"failVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"internalType\":\"structTaskMarket.Result\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"slotIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"taskOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"assigned\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"submitted\",\"type\":\"uint8\"},{\"internalType\":\"enumTaskMarket.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"firstResult\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"usersClaimed\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"payoutSlot\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"passes\",\"type\":\"bool[]\"}],\"name\":\"voteBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x610120604052348015610010575f5ffd5b50604051614c6c380380614c6c83398101604081905261002f91610452565b6001600160a01b038616158061004c57506001600160a01b038516155b8061005e57506001600160a01b038416155b8061007057506001600160a01b038316155b8061008257506001600160a01b038216155b156100a05760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0386166080524660c052610158604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a0526001600160a01b0380861660e0528416610100526101795f846101df565b50600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a16101d481610288565b505050505050610628565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661027f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102373390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610282565b505f5b92915050565b612710816080015161ffff16826060015161ffff166102a79190610583565b11806102b8575060a081015160ff16155b806102cb575060c081015163ffffffff16155b156102e95760405163019af63760e01b815260040160405180910390fd5b80516002805460208401516001600160601b039081166c010000000000000000000000009081026001600160c01b03199093169482169490941791909117909155604080840151600380546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026001600160701b03199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c4906103e19083906105a2565b60405180910390a150565b6001600160a01b0381168114610400575f5ffd5b50565b80516001600160601b0381168114610419575f5ffd5b919050565b805161ffff81168114610419575f5ffd5b805160ff81168114610419575f5ffd5b805163ffffffff81168114610419575f5ffd5b5f5f5f5f5f5f868803610180811215610469575f5ffd5b8751610474816103ec565b6020890151909750610485816103ec565b6040890151909650610496816103ec565b60608901519095506104a7816103ec565b60808901519094506104b8816103ec565b925060e0609f19820112156104cb575f5ffd5b5060405160e081016001600160401b03811182821017156104fa57634e487b7160e01b5f52604160045260245ffd5b60405261050960a08901610403565b815261051760c08901610403565b602082015261052860e08901610403565b604082015261053a610100890161041e565b606082015261054c610120890161041e565b608082015261055e610140890161042f565b60a0820152610570610160890161043f565b60c0820152809150509295509295509295565b8082018082111561028257634e487b7160e01b5f52601160045260245ffd5b5f60e08201905060018060601b03835116825260018060601b03602084015116602083015260018060601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161060960a084018260ff169052565b5060c083015161062160c084018263ffffffff169052565b5092915050565b60805160a05160c05160e0516101005161459e6106ce5f395f81816103f901528181610a5a01528181610c4101528181612e2f0152612ef901525f8181610343015281816108710152818161103701528181611574015261377901525f61285601525f61292501525f818161063401528181610fd9015281816114d301528181611bbe0152818161229f0152818161245f0152818161388f01526138e7015261459e5ff3fe608060405234801561000f575f5ffd5b5060043610610207575f3560e01c80637214e6551161011f578063c8cb79c7116100a9578063dc0707e511610079578063dc0707e5146105c7578063f0f44260146105da578063f364c90c146105ed578063f698da2514610627578063fc0c546a1461062f575f5ffd5b8063c8cb79c7146104b8578063cff0ab96146104ed578063d547741f14610594578063d5b36e24146105a7575f5ffd5b806391d14854116100ef57806391d148541461046f578063a217fddf14610482578063a2b1f09f14610489578063b6cb58a51461049c578063bacd02b9146104a5575f5ffd5b80637214e655146103c95780637b103999146103f4578063878ecfec1461041b578063893296b41461044e575f5ffd5b8063300912cf116101a05780634cf088d9116101705780634cf088d91461033e57806350ace9c21461037d5780635d4df3bf1461039057806361d027b3146103a35780636a18ff7a146103b6575f5ffd5b8063300912cf146102fd578063332bf4381461031057806336568abe1461032357806348bcbe0514610336575f5ffd5b8063231b11e5116101db578063231b11e514610280578063248a9ca3146102b55780632c0a0c95146102d75780632f2ff15d146102ea575f5ffd5b8062cc23ef1461020b57806301ffc9a71461023557806305261aea1461025857806308148f7a1461026d575b5f5ffd5b61021e610219366004613b0f565b610656565b60405160ff90911681526020015b60405180910390f35b610248610243366004613b41565b6106c5565b604051901515815260200161022c565b61026b610266366004613b68565b6106fb565b005b61026b61027b366004613b68565b610785565b6102a77f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a81565b60405190815260200161022c565b6102a76102c3366004613b68565b5f9081526020819052604090206001015490565b61026b6102e5366004613bbf565b61082c565b61026b6102f8366004613c5b565b610984565b61026b61030b366004613c9f565b6109ae565b61026b61031e366004613d2c565b610ef2565b61026b610331366004613c5b565b6110fe565b61021e601081565b6103657f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022c565b61026b61038b366004613c5b565b611136565b61026b61039e366004613dac565b611221565b600154610365906001600160a01b031681565b61026b6103c4366004613e08565b61155d565b6005546103dc906001600160401b031681565b6040516001600160401b03909116815260200161022c565b6103657f000000000000000000000000000000000000000000000000000000000000000081565b61042e610429366004613b68565b611615565b60408051948552602085019390935291830152606082015260800161022c565b61046161045c366004613e3e565b6116da565b60405161022c929190613e86565b61024861047d366004613c5b565b611857565b6102a75f81565b6102a7610497366004613e3e565b61187f565b6102a760045481565b6102a76104b3366004613ee6565b6118c6565b6102a76104c6366004613c5b565b5f918252600a602090815260408084206001600160a01b0393909316845291905290205490565b600254600354610542916001600160601b0380821692600160601b9283900482169291811691810461ffff90811691600160701b810490911690600160801b810460ff1690600160881b900463ffffffff1687565b604080516001600160601b0398891681529688166020880152949096169385019390935261ffff918216606085015216608083015260ff1660a082015263ffffffff90911660c082015260e00161022c565b61026b6105a2366004613c5b565b611c9a565b6105ba6105b5366004613b68565b611cbe565b60405161022c9190613f36565b61026b6105d53660046140d2565b611eb7565b61026b6105e83660046140ec565b611edc565b6102486105fb366004613e3e565b5f918252600c60209081526040808420600884901c855290915290912054600160ff9092161c81161490565b6102a7611f62565b6103657f000000000000000000000000000000000000000000000000000000000000000081565b5f828152600660205260408120600101548190610684908490600160c01b90046001600160401b031661411b565b6001600160a01b0386165f908152600b60209081526040808320600785901c8452909152902054600360fe60019390931b929092161c169150509392505050565b5f6001600160e01b03198216637965db0b60e01b14806106f557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610703611f70565b5f61070d82611fdf565b805490915060ff600160a01b82048116600160b81b90920416101561076f578054604051633df53bef60e11b81526004810184905260ff600160b81b830481166024830152600160a01b90920490911660448201526064015b60405180910390fd5b610779828261206b565b506107826124d0565b50565b61078d611f70565b5f61079782611fdf565b6001810154909150600160601b90046001600160401b031643116107f5576001810154604051635e3894d360e11b815260048101849052600160601b9091046001600160401b03908116602483015243166044820152606401610766565b805460ff600160a01b82048116600160b81b909204161061076f576040516328f21c4560e01b815260048101839052602401610766565b84838114158061083c5750818114155b1561085a576040516305f8ded760e21b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906108a990339060029060040161412e565b602060405180830381865afa1580156108c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108e89190614154565b61090757604051630cee335f60e01b8152336004820152602401610766565b5f5b8181101561097a576109728888838181106109265761092661416f565b9050602002013587878481811061093f5761093f61416f565b905060200201358686858181106109585761095861416f565b905060200201602081019061096d9190614183565b6124fa565b600101610909565b5050505050505050565b5f8281526020819052604090206001015461099e816127ba565b6109a883836127c4565b50505050565b82355f6109ba82611fdf565b6001810154909150600160601b90046001600160401b0316431115610a105760018101546040516337851a4160e11b815260048101849052600160601b9091046001600160401b03166024820152604401610766565b5f828152600a602090815260408083206001600160a01b038a16845290915281205490819003610b2c575f604051638510129b60e01b81526001600160a01b0389811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015610a9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ac3919061420d565b608001516003811115610ad857610ad8613e5e565b03610b01576040516328b88cbb60e01b81526001600160a01b0388166004820152602401610766565b60405163326c636d60e01b8152600481018490526001600160a01b0388166024820152604401610766565b5f610b9e610b63610b3b612853565b610b448a612947565b60405161190160f01b8152600281019290925260228201526042902090565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612a0692505050565b50509050876001600160a01b0316816001600160a01b031614610be757604051630b3c6c0d60e21b81526001600160a01b03808316600483015289166024820152604401610766565b82600201548760c0013514610c22576002830154604051633475271760e21b815260c089013560048201526024810191909152604401610766565b604051639f8a13d760e01b81526001600160a01b0389811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610c86573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610caa9190614154565b610cd2576040516317df2aab60e11b81526001600160a01b0389166004820152602401610766565b6004830154600160901b90046001600160601b031615610dba5782545f9061271090600160c81b900461ffff16610d0886612a4f565b610d129190614291565b610d1c91906142a8565b6004850154909150600160901b90046001600160601b0316610d4460a08a0160808b016142c7565b6001600160401b0316610d579190614291565b811015610db85780610d6f60a08a0160808b016142c7565b60048681015460405163257a48d960e21b8152918201939093526001600160401b03919091166024820152600160901b9091046001600160601b03166044820152606401610766565b505b5f610dc66001846142e2565b60018501549091505f90610deb908390600160c01b90046001600160401b031661411b565b5f8181526007602052604081209192508154600160a01b900460ff166005811115610e1857610e18613e5e565b14610e405760405163ed735ba960e01b81526004810188905260248101849052604401610766565b805460ff60a01b1916600160a01b90811782556001870154610e6a91900463ffffffff164361411b565b815465ffffffffffff91909116600160c81b0265ffffffffffff60c81b199091161781555f82815260086020526040902060608b0135905585546001908790601790610ec290849060ff600160b81b909104166142f5565b92506101000a81548160ff021916908360ff160217905550610ee5838c8c612a76565b5050505050505050505050565b610efa611f70565b82818114610f1b576040516305f8ded760e21b815260040160405180910390fd5b6001600160a01b0386165f908152600b602052604081208190815b84811015610fab575f5f610f7c848d8d8d87818110610f5757610f5761416f565b905060200201358c8c88818110610f7057610f7061416f565b90506020020135612b14565b9092509050610f8b828761411b565b95508015610fa157610f9e60018661411b565b94505b5050600101610f36565b506003545f90610fc4906001600160601b031684614291565b90508315611000576110006001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b86612d44565b80156110a657600154604051630bfac59960e41b81526001600160a01b038c811660048301526024820184905291821660448201527f00000000000000000000000000000000000000000000000000000000000000009091169063bfac5990906064016020604051808303815f875af115801561107f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110a3919061430e565b90505b60408051858152602081018390526001600160a01b038c16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a250505050506110f76124d0565b5050505050565b6001600160a01b03811633146111275760405163334bd91960e11b815260040160405180910390fd5b6111318282612da3565b505050565b5f61114083611fdf565b6001810154909150600160601b90046001600160401b03164311156111965760018101546040516337851a4160e11b815260048101859052600160601b9091046001600160401b03166024820152604401610766565b805460ff600160a01b82048116600160b01b90920416106111cd5760405163b0a03dad60e01b815260048101849052602401610766565b5f6111d9848385612e0c565b90506001600160a01b0381163314611215576040516389b4997f60e01b81526001600160a01b0384166004820152336024820152604401610766565b6109a8848385846130c7565b611229611f70565b5f868152600660205260408120908154600160c01b900460ff16600281111561125457611254613e5e565b0361127557604051634899e04360e01b815260048101889052602401610766565b60028154600160c01b900460ff16600281111561129457611294613e5e565b1415806112ad57506004810154600160801b900460ff16155b156112ce5760405163f948958560e01b815260048101889052602401610766565b835f036112ee57604051631f2a200560e01b815260040160405180910390fd5b6112f887876131c6565b60408051602081018890526001600160a01b03871691810191909152606081018590525f9060800160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506113b1848460085f8660040160119054906101000a900460ff1660ff168760010160189054906101000a90046001600160401b03166113949190614325565b6001600160401b031681526020019081526020015f205484613233565b6113d8576040516341969eb760e11b81526004810189905260248101889052604401610766565b60048201545f906113f390600160801b900460ff1687614291565b600484015484549192505f91600160801b90910460ff169061271090600160c81b900461ffff1661142387612a4f565b61142d9190614291565b61143791906142a8565b6114419190614291565b60048501549091506001600160801b03168161145d848361411b565b1115611499578a8361146f83856142e2565b604051630ec7dbdf60e31b8152600481019390935260248301919091526044820152606401610766565b6114a3838261411b565b6004860180546fffffffffffffffffffffffffffffffff19166001600160801b03929092169190911790556115027f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168a85612d44565b604080518b8152602081018590526001600160a01b038b16918d917fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba910160405180910390a350505050506115556124d0565b505050505050565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906115ac90339060029060040161412e565b602060405180830381865afa1580156115c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115eb9190614154565b61160a57604051630cee335f60e01b8152336004820152602401610766565b6111318383836124fa565b5f818152600660205260408120819081908190818154600160c01b900460ff16600281111561164657611646613e5e565b0361166757604051634899e04360e01b815260048101879052602401610766565b61167081612a4f565b81549095506127109061168e90600160c81b900461ffff1687614291565b61169891906142a8565b93506116a38161324a565b81549093506116bc90600160a81b900460ff1684614291565b6116c685876142e2565b6116d091906142e2565b9150509193509193565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525f838152600660205260408120818154600160c01b900460ff16600281111561172f5761172f613e5e565b0361175057604051634899e04360e01b815260048101869052602401610766565b8054600160a01b900460ff1684106117855760405163428017f560e01b81526004810186905260248101859052604401610766565b60018101545f906117a7908690600160c01b90046001600160401b031661411b565b5f818152600760209081526040808320600883529281902054815160a0810190925283546001600160a01b038116835294955092939091849190830190600160a01b900460ff1660058111156117ff576117ff613e5e565b600581111561181057611810613e5e565b8152905461ffff600160a81b820481166020840152600160b81b820416604083015265ffffffffffff600160c81b90910416606090910152955093505050505b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526006602052604081206001015460099082906118b0908590600160c01b90046001600160401b031661411b565b81526020019081526020015f2054905092915050565b5f6118cf611f70565b6118d88261328f565b60045f81546118e690614344565b91829055506005549091506001600160401b031661190c6101608401610140850161436c565b6119199060ff1682614325565b600580546001600160401b039290921667ffffffffffffffff199092169190911790555f82815260066020526040902080546001600160a01b0319163317815561196b6101608501610140860161436c565b815460ff91909116600160a01b0260ff60a01b199091161781556119976101408501610120860161436c565b815460ff91909116600160a81b0260ff60c01b191663ff0000ff60a81b1990911617600160c01b1781556119d160a0850160808601614396565b815461ffff91909116600160c81b0261ffff60c81b199091161781556119fd60e0850160c08601614396565b815461ffff91909116600160d81b0261ffff60d81b19909116178155611a2960808501606086016143c5565b6001820180546bffffffffffffffffffffffff19166001600160601b0392909216919091179055611a61610100850160e086016142c7565b6001820180546001600160401b0392909216600160601b0267ffffffffffffffff60601b19909216919091179055611aa1610120850161010086016143de565b6001820180546001600160a01b0316600160a01b63ffffffff93909316929092026001600160c01b031691909117600160c01b6001600160401b038516021790558335600282015560208401356003820155611b05610180850161016086016143c5565b8160040160126101000a8154816001600160601b0302191690836001600160601b031602179055505f5b611b3c60408601866143f9565b9050811015611b9e575f611b5360408701876143f9565b83818110611b6357611b6361416f565b9050602002016020810190611b7891906140ec565b90505f611b86868584612e0c565b9050611b94868584846130c7565b5050600101611b2f565b50611bef3330611bb460808801606089016143c5565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b031661359c565b33837fa4f7d7e279d77f72fab1477466764ac71882d0a61ae39b8f293d6821a73581d986356020880135611c2960808a0160608b016143c5565b611c3b6101608b016101408c0161436c565b611c4c6101008c0160e08d016142c7565b6040805195865260208601949094526001600160601b03929092168484015260ff1660608401526001600160401b03166080830152519081900360a00190a35050611c956124d0565b919050565b5f82815260208190526040902060010154611cb4816127ba565b6109a88383612da3565b60408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091525f8281526006602090815260409182902082516102408101845281546001600160a01b038116825260ff600160a01b8204811694830194909452600160a81b8104841694820194909452600160b01b840483166060820152600160b81b84048316608082015292909160a0840191600160c01b9004166002811115611dd557611dd5613e5e565b6002811115611de657611de6613e5e565b8152815461ffff600160c81b820481166020840152600160d81b90910416604082015260018201546001600160601b0380821660608401526001600160401b03600160601b83048116608085015263ffffffff600160a01b84041660a0850152600160c01b90920490911660c0830152600283015460e083015260038301546101008301526004909201546001600160801b03811661012083015260ff600160801b82048116610140840152600160881b820416610160830152600160901b90049091166101809091015292915050565b5f611ec1816127ba565b611ed8611ed33684900384018461443e565b6135d5565b5050565b5f611ee6816127ba565b6001600160a01b038216611f0d5760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f611f6b612853565b905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611fb057604051633ee5aeb560e01b815260040160405180910390fd5b611fdd60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613737565b565b5f81815260066020526040902060018154600160c01b900460ff16600281111561200b5761200b613e5e565b14611c95575f8154600160c01b900460ff16600281111561202e5761202e613e5e565b0361204f57604051634899e04360e01b815260048101839052602401610766565b60405163e2135ec160e01b815260048101839052602401610766565b805460ff60c01b1916600160c11b17808255600160a01b900460ff165f61209183612a4f565b90505f61209e8383614291565b60018501546120b691906001600160601b03166142e2565b60018501548554919250600160c01b90046001600160401b031690600160a81b900460ff165f805b8681101561242e575f6007816120f4848861411b565b815260208101919091526040015f208054909150600160a01b900460ff16600181600581111561212657612126613e5e565b036121c357815460ff8616600160a81b90910461ffff161061214a575060026121c7565b815460ff8616600160b81b90910461ffff1610612169575060036121c7565b8154600160c81b900465ffffffffffff16431115612189575060046121c7565b81546040516332e3b16960e01b8152600481018d905260248101859052600160c81b90910465ffffffffffff166044820152606401610766565b5060055b81548190839060ff60a01b1916600160a01b8360058111156121eb576121eb613e5e565b0217905550600281600581111561220457612204613e5e565b03612318578360ff165f0361222e5760048a01805460ff60881b1916600160881b60ff8616021790555b6122396001856142f5565b93505f8560ff166122498c61324a565b6122539190614291565b8b546127109061226e90600160c81b900461ffff168c614291565b61227891906142a8565b612282908b6142e2565b61228c91906142e2565b83549091506122c8906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612d44565b82546040518d917fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc219161230a91889187916001600160a01b03169087906144c6565b60405180910390a250612424565b612322888861411b565b96505f600382600581111561233957612339613e5e565b036123725761236b61234b858961411b565b84546002548e916001600160a01b0316906001600160601b03168a61373e565b90506123d8565b600582600581111561238657612386613e5e565b14801561239c575082546001600160a01b031615155b156123d8576123d56123ae858961411b565b84546002548e916001600160a01b031690600160601b90046001600160601b03165f61373e565b90505b82546040518d917fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc219161241a91889187916001600160a01b03169087906144c6565b60405180910390a2505b50506001016120de565b5060048701805460ff60801b1916600160801b60ff8416021790558315612488578654612488906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911686612d44565b6040805160ff831681526020810186905289917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a25050505050505050565b611fdd5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611fd7565b5f61250484611fdf565b8054909150600160a01b900460ff16831061253c5760405163428017f560e01b81526004810185905260248101849052604401610766565b60018101545f9061255e908590600160c01b90046001600160401b031661411b565b5f81815260076020526040902090915060018154600160a01b900460ff16600581111561258d5761258d613e5e565b146125b55760405163428017f560e01b81526004810187905260248101869052604401610766565b8054600160c81b900465ffffffffffff164311156126075780546040516310e2959160e21b81526004810188905260248101879052600160c81b90910465ffffffffffff166044820152606401610766565b8254815460ff600160a81b92839004169161ffff9104168111158061263c5750815460ff8216600160b81b90910461ffff1610155b15612664576040516310fe71fd60e11b81526004810188905260248101879052604401610766565b335f908152600b60209081526040808320600787901c8452918290529091205460fe600186901b1690600381831c16156126c157604051633608839960e11b8152600481018b9052602481018a9052336044820152606401610766565b81886126ce5760016126d1565b60025b60ff16901b8117835f600789901c81526020019081526020015f208190555087156127355784546001908690601590612716908490600160a81b900461ffff166144f5565b92506101000a81548161ffff021916908361ffff160217905550612770565b84546001908690601790612755908490600160b81b900461ffff166144f5565b92506101000a81548161ffff021916908361ffff1602179055505b604080518a8152891515602082015233918c917f46bbf92d95e2261f204899a3f9e286bfa35000a850157ae8e1311dd0f461d488910160405180910390a350505050505050505050565b610782813361391e565b5f6127cf8383611857565b61284c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556128043390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106f5565b505f6106f5565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461292257611f6b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f7f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a823560208401356040850135606086013561298a60a08801608089016142c7565b61299a60c0890160a08a016142c7565b6040805160208101989098528701959095526060860193909352608085019190915260a08401526001600160401b0390811660c084810191909152911660e083015283013561010082015261012001604051602081830303815290604052805190602001209050919050565b5f5f5f8351604103612a3d576020840151604085015160608601515f1a612a2f88828585613957565b955095509550505050612a48565b505081515f91506002905b9250925092565b805460018201545f916106f591600160a01b90910460ff16906001600160601b03166142a8565b6001600160a01b03821681357f9e662303f8ef4479d1d8095fa530f689ff3eef02b3c0edc5799a1695b222280885602085013560408601356060870135612ac360a0890160808a016142c7565b612ad360c08a0160a08b016142c7565b6040805196875260208701959095529385019290925260608401526001600160401b0390811660808401521660a082015260c00160405180910390a3505050565b5f8281526006602052604081208190818154600160c01b900460ff166002811115612b4157612b41613e5e565b03612b6257604051634899e04360e01b815260048101869052602401610766565b60028154600160c01b900460ff166002811115612b8157612b81613e5e565b14612ba25760405163f1c3a02b60e01b815260048101869052602401610766565b8054600160a01b900460ff168410612bd75760405163428017f560e01b81526004810186905260248101859052604401610766565b60018101545f90612bf9908690600160c01b90046001600160401b031661411b565b600781901c5f90815260208a9052604081205491925060fe600184901b169190600382841c1690819003612c595760405163bb051bab60e01b8152600481018a9052602481018990526001600160a01b038b166044820152606401610766565b80600303612c9357604051635ece128760e11b8152600481018a9052602481018990526001600160a01b038b166044820152606401610766565b600784811c5f90815260208d815260408083206003881b871790558783529290522054600160a01b900460ff166002816005811115612cd457612cd4613e5e565b03612cfa5781600203612cf157612cea8661324a565b9750612d35565b60019650612d35565b6003816005811115612d0e57612d0e613e5e565b03612d355781600103612d30575f858152600960205260409020549750612d35565b600196505b50505050505094509492505050565b6040516001600160a01b0383811660248301526044820183905261113191859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613a1f565b5f612dae8383611857565b1561284c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106f5565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612e74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e98919061420d565b90505f81608001516003811115612eb157612eb1613e5e565b03612eda576040516328b88cbb60e01b81526001600160a01b0384166004820152602401610766565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612f3e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f629190614154565b612f8a576040516317df2aab60e11b81526001600160a01b0384166004820152602401610766565b8360020154816060015114612fd457606081015160028501546040516365b9316b60e11b81526001600160a01b038616600482015260248101929092526044820152606401610766565b5f858152600a602090815260408083206001600160a01b0387168452909152902054156130265760405163bf39afb360e01b8152600481018690526001600160a01b0384166024820152604401610766565b6001840154600160c01b90046001600160401b03165f5b8554600160b01b900460ff168110156130bc5782516001600160a01b031660075f613068848661411b565b815260208101919091526040015f20546001600160a01b0316036130b45782516040516326ca85e960e11b8152600481018990526001600160a01b039091166024820152604401610766565b60010161303d565b505051949350505050565b8254600160b01b900460ff166130de8160016142f5565b845460ff60b01b1916600160b01b60ff92831602178555613102908216600161411b565b5f868152600a602090815260408083206001600160a01b03881684529091528120919091556001850154839160079161314f9060ff861690600160c01b90046001600160401b0316614325565b6001600160401b0316815260208082019290925260409081015f2080546001600160a01b0319166001600160a01b039485161790555160ff841681528483169286169188917f12bf5ed737653d2074f45564fdb8efb1008df8ea972c413dddcdc4967f4723bc910160405180910390a45050505050565b5f828152600c60209081526040808320600885901c84529182905290912054600160ff84161b8082161561321757604051636bd4745f60e01b81526004810186905260248101859052604401610766565b60089390931c5f90815260209290925260409091209117905550565b5f82613240868685613a8b565b1495945050505050565b80545f90600160a81b810460ff169061271090600160d81b900461ffff1661327185612a4f565b61327b9190614291565b61328591906142a8565b6106f591906142a8565b61329f60808201606083016143c5565b6001600160601b03165f036132c75760405163af13986d60e01b815260040160405180910390fd5b5f6132d860e0830160c08401614396565b61ffff166132ec60c0840160a08501614396565b61ffff1661330060a0850160808601614396565b61ffff1661330e919061411b565b613318919061411b565b9050612710811461333f576040516369c4f15160e11b815260048101829052602401610766565b43613351610100840160e085016142c7565b6001600160401b03161161339e57613370610100830160e084016142c7565b604051632d098d5960e01b81526001600160401b039182166004820152439091166024820152604401610766565b6133b06101608301610140840161436c565b60ff1615806133d3575060106133ce6101608401610140850161436c565b60ff16115b15613409576133ea6101608301610140840161436c565b60405163700a7a0d60e11b815260ff9091166004820152602401610766565b600354600290600160801b900460ff1661342b6101408501610120860161436c565b60ff16101561347a576134466101408401610120850161436c565b6001820154604051631ee8cee560e01b815260ff9283166004820152600160801b9091049091166024820152604401610766565b61348c610120840161010085016143de565b63ffffffff1615806134c557506001810154600160881b900463ffffffff166134bd610120850161010086016143de565b63ffffffff16115b15613513576134dc610120840161010085016143de565b6001820154604051633e6d1fcd60e11b815263ffffffff9283166004820152600160881b9091049091166024820152604401610766565b61352060408401846143f9565b1580159150613551575061353c6101608401610140850161436c565b60ff1661354c60408501856143f9565b905014155b156111315761356360408401846143f9565b90506135776101608501610140860161436c565b604051631f7af54360e11b8152600481019290925260ff166024820152604401610766565b6040516001600160a01b0384811660248301528381166044830152606482018390526109a89186918216906323b872dd90608401612d71565b612710816080015161ffff16826060015161ffff166135f4919061411b565b1180613605575060a081015160ff16155b80613618575060c081015163ffffffff16155b156136365760405163019af63760e01b815260040160405180910390fd5b80516002805460208401516001600160601b03908116600160601b9081026001600160c01b03199093169482169490941791909117909155604080840151600380546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026dffffffffffffffffffffffffffff199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c49061372c90839061450f565b60405180910390a150565b80825d5050565b5f825f0361374d57505f613915565b604051630bfac59960e41b81526001600160a01b038581166004830152602482018590523060448301527f0000000000000000000000000000000000000000000000000000000000000000169063bfac5990906064016020604051808303815f875af11580156137bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137e3919061430e565b6003549091506002905f906127109061380790600160601b900461ffff1685614291565b61381191906142a8565b90505f60ff8516156138795760018301545f9060ff8716906127109061384290600160701b900461ffff1688614291565b61384c91906142a8565b61385691906142a8565b5f8b8152600960205260409020819055905061387560ff871682614291565b9150505b81156138b85787546138b8906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911684612d44565b5f816138c484876142e2565b6138ce91906142e2565b9050801561391057600154613910906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612d44565b505050505b95945050505050565b6139288282611857565b611ed85760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610766565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561399057505f91506003905082613a15565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156139e1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613a0c57505f925060019150829050613a15565b92505f91508190505b9450945094915050565b5f5f60205f8451602086015f885af180613a3e576040513d5f823e3d81fd5b50505f513d91508115613a55578060011415613a62565b6001600160a01b0384163b155b156109a857604051635274afe760e01b81526001600160a01b0385166004820152602401610766565b5f81815b84811015613ac357613ab982878784818110613aad57613aad61416f565b90506020020135613acc565b9150600101613a8f565b50949350505050565b5f818310613ae6575f828152602084905260409020613af4565b5f8381526020839052604090205b9392505050565b6001600160a01b0381168114610782575f5ffd5b5f5f5f60608486031215613b21575f5ffd5b8335613b2c81613afb565b95602085013595506040909401359392505050565b5f60208284031215613b51575f5ffd5b81356001600160e01b031981168114613af4575f5ffd5b5f60208284031215613b78575f5ffd5b5035919050565b5f5f83601f840112613b8f575f5ffd5b5081356001600160401b03811115613ba5575f5ffd5b6020830191508360208260051b8501011115611850575f5ffd5b5f5f5f5f5f5f60608789031215613bd4575f5ffd5b86356001600160401b03811115613be9575f5ffd5b613bf589828a01613b7f565b90975095505060208701356001600160401b03811115613c13575f5ffd5b613c1f89828a01613b7f565b90955093505060408701356001600160401b03811115613c3d575f5ffd5b613c4989828a01613b7f565b979a9699509497509295939492505050565b5f5f60408385031215613c6c575f5ffd5b823591506020830135613c7e81613afb565b809150509250929050565b5f60e08284031215613c99575f5ffd5b50919050565b5f5f5f5f6101208587031215613cb3575f5ffd5b8435613cbe81613afb565b9350613ccd8660208701613c89565b92506101008501356001600160401b03811115613ce8575f5ffd5b8501601f81018713613cf8575f5ffd5b80356001600160401b03811115613d0d575f5ffd5b876020828401011115613d1e575f5ffd5b949793965060200194505050565b5f5f5f5f5f60608688031215613d40575f5ffd5b8535613d4b81613afb565b945060208601356001600160401b03811115613d65575f5ffd5b613d7188828901613b7f565b90955093505060408601356001600160401b03811115613d8f575f5ffd5b613d9b88828901613b7f565b969995985093965092949392505050565b5f5f5f5f5f5f60a08789031215613dc1575f5ffd5b86359550602087013594506040870135613dda81613afb565b93506060870135925060808701356001600160401b03811115613c3d575f5ffd5b8015158114610782575f5ffd5b5f5f5f60608486031215613e1a575f5ffd5b83359250602084013591506040840135613e3381613dfb565b809150509250925092565b5f5f60408385031215613e4f575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60068110613e8257613e82613e5e565b9052565b82516001600160a01b0316815260208084015160c0830191613eaa90840182613e72565b5061ffff604085015116604083015261ffff606085015116606083015265ffffffffffff60808501511660808301528260a08301529392505050565b5f60208284031215613ef6575f5ffd5b81356001600160401b03811115613f0b575f5ffd5b82016101808185031215613af4575f5ffd5b6003811061078257610782613e5e565b613e8281613f1d565b81516001600160a01b0316815261024081016020830151613f5c602084018260ff169052565b506040830151613f71604084018260ff169052565b506060830151613f86606084018260ff169052565b506080830151613f9b608084018260ff169052565b5060a0830151613fae60a0840182613f2d565b5060c0830151613fc460c084018261ffff169052565b5060e0830151613fda60e084018261ffff169052565b50610100830151613ff76101008401826001600160601b03169052565b506101208301516140146101208401826001600160401b03169052565b5061014083015161402e61014084018263ffffffff169052565b5061016083015161404b6101608401826001600160401b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516140806101c08401826001600160801b03169052565b506101e08301516140976101e084018260ff169052565b506102008301516140ae61020084018260ff169052565b506102208301516140cb6102208401826001600160601b03169052565b5092915050565b5f60e082840312156140e2575f5ffd5b613af48383613c89565b5f602082840312156140fc575f5ffd5b8135613af481613afb565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106f5576106f5614107565b6001600160a01b03831681526040810161414783613f1d565b8260208301529392505050565b5f60208284031215614164575f5ffd5b8151613af481613dfb565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614193575f5ffd5b8135613af481613dfb565b60405160e081016001600160401b03811182821017156141cc57634e487b7160e01b5f52604160045260245ffd5b60405290565b63ffffffff81168114610782575f5ffd5b8051611c95816141d2565b6001600160401b0381168114610782575f5ffd5b8051611c95816141ee565b5f60e082840312801561421e575f5ffd5b5061422761419e565b825161423281613afb565b8152602083810151908201526040808401519082015260608084015190820152608083015160048110614263575f5ffd5b608082015261427460a084016141e3565b60a082015261428560c08401614202565b60c08201529392505050565b80820281158282048414176106f5576106f5614107565b5f826142c257634e487b7160e01b5f52601260045260245ffd5b500490565b5f602082840312156142d7575f5ffd5b8135613af4816141ee565b818103818111156106f5576106f5614107565b60ff81811683821601908111156106f5576106f5614107565b5f6020828403121561431e575f5ffd5b5051919050565b6001600160401b0381811683821601908111156106f5576106f5614107565b5f6001820161435557614355614107565b5060010190565b803560ff81168114611c95575f5ffd5b5f6020828403121561437c575f5ffd5b613af48261435c565b803561ffff81168114611c95575f5ffd5b5f602082840312156143a6575f5ffd5b613af482614385565b80356001600160601b0381168114611c95575f5ffd5b5f602082840312156143d5575f5ffd5b613af4826143af565b5f602082840312156143ee575f5ffd5b8135613af4816141d2565b5f5f8335601e1984360301811261440e575f5ffd5b8301803591506001600160401b03821115614427575f5ffd5b6020019150600581901b3603821315611850575f5ffd5b5f60e082840312801561444f575f5ffd5b5061445861419e565b614461836143af565b815261446f602084016143af565b6020820152614480604084016143af565b604082015261449160608401614385565b60608201526144a260808401614385565b60808201526144b360a0840161435c565b60a082015260c0830135614285816141d2565b848152608081016144da6020830186613e72565b6001600160a01b039390931660408201526060015292915050565b61ffff81811683821601908111156106f5576106f5614107565b5f60e0820190506001600160601b0383511682526001600160601b0360208401511660208301526001600160601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161457960a084018260ff169052565b5060c08301516140cb60c084018263ffffffff16905256fea164736f6c634300081e000a",
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
// Solidity: function nextResultId() view returns(uint64)
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
// Solidity: function nextResultId() view returns(uint64)
func (taskMarket *TaskMarket) TryPackNextResultId() ([]byte, error) {
	return taskMarket.abi.Pack("nextResultId")
}

// UnpackNextResultId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7214e655.
//
// Solidity: function nextResultId() view returns(uint64)
func (taskMarket *TaskMarket) UnpackNextResultId(data []byte) (uint64, error) {
	out, err := taskMarket.abi.Unpack("nextResultId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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
// the contract method with ID 0xbacd02b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint64,uint32,uint8,uint8,uint96) spec) returns(uint256 taskId)
func (taskMarket *TaskMarket) PackPublish(spec TaskMarketTaskSpec) []byte {
	enc, err := taskMarket.abi.Pack("publish", spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbacd02b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint64,uint32,uint8,uint8,uint96) spec) returns(uint256 taskId)
func (taskMarket *TaskMarket) TryPackPublish(spec TaskMarketTaskSpec) ([]byte, error) {
	return taskMarket.abi.Pack("publish", spec)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbacd02b9.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint64,uint32,uint8,uint8,uint96) spec) returns(uint256 taskId)
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
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48) r, bytes32 payoutRoot)
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
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48) r, bytes32 payoutRoot)
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
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint16,uint16,uint48) r, bytes32 payoutRoot)
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
// Solidity: function taskOf(uint256 taskId) view returns((address,uint8,uint8,uint8,uint8,uint8,uint16,uint16,uint96,uint64,uint32,uint64,bytes32,bytes32,uint128,uint8,uint8,uint96))
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
// Solidity: function taskOf(uint256 taskId) view returns((address,uint8,uint8,uint8,uint8,uint8,uint16,uint16,uint96,uint64,uint32,uint64,bytes32,bytes32,uint128,uint8,uint8,uint96))
func (taskMarket *TaskMarket) TryPackTaskOf(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("taskOf", taskId)
}

// UnpackTaskOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((address,uint8,uint8,uint8,uint8,uint8,uint16,uint16,uint96,uint64,uint32,uint64,bytes32,bytes32,uint128,uint8,uint8,uint96))
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

// TaskMarketTaskPublished represents a TaskPublished event raised by the TaskMarket contract.
type TaskMarketTaskPublished struct {
	TaskId      *big.Int
	Owner       common.Address
	Measurement [32]byte
	DatasetHash [32]byte
	Fee         *big.Int
	Replication uint8
	Deadline    uint64
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
// Solidity: event TaskPublished(uint256 indexed taskId, address indexed owner, bytes32 measurement, bytes32 datasetHash, uint96 fee, uint8 replication, uint64 deadline)
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
// Solidity: error PriceBelowFloor(uint256 usersShare, uint64 records, uint96 pricePerRecord)
func TaskMarketPriceBelowFloorErrorID() common.Hash {
	return common.HexToHash("0x95e92364c0462b75c76e3f9abdc18c327cc27c6797f90c27c220c08e4697321c")
}

// UnpackPriceBelowFloorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceBelowFloor(uint256 usersShare, uint64 records, uint96 pricePerRecord)
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
	TaskId      *big.Int
	Submitted   uint8
	Replication uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultsMissing(uint256 taskId, uint8 submitted, uint8 replication)
func TaskMarketResultsMissingErrorID() common.Hash {
	return common.HexToHash("0x7bea77de1b6e059abe71aef11cb0d47c1f02dc17581c7c4509d6cda426213ac3")
}

// UnpackResultsMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultsMissing(uint256 taskId, uint8 submitted, uint8 replication)
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
