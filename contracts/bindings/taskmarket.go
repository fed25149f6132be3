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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"params_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AllResultsSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minimum\",\"type\":\"uint8\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"BadReplication\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumBps\",\"type\":\"uint256\"}],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"BadVotingWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"ClaimMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"named\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EnclaveCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"EnclaveMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidClaimSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"PayoutExceedsPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"usersShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"records\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"name\":\"PriceBelowFloor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ResultDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"submitted\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"ResultsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VoteAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"name\":\"VotingOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"EnclaveAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structTaskMarket.Params\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ResultSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasurySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"VotesSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESULT_CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"failRewardOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"enclaves\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nodesBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.TaskSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumTaskMarket.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"passVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"failVotes\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"}],\"internalType\":\"structTaskMarket.Result\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"nodeSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"timeoutSlash\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"verifierPenalty\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashOwnerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashVerifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"minQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"maxVotingWindow\",\"type\":\"uint32\"}],\"internalType\":\"structTaskMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"}],\"name\":\"settleVotes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"slotIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lineageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"totalRecords\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskMarket.ResultClaim\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"taskOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"assigned\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"submitted\",\"type\":\"uint8\"},{\"internalType\":\"enumTaskMarket.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"firstResult\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"usersClaimed\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"payoutSlot\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"pricePerRecord\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"taskIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"indexes\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"passes\",\"type\":\"bool[]\"}],\"name\":\"voteBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TaskMarket",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516151ff3803806151ff83398101604081905261002f91610522565b6040518060400160405280600e81526020016d13595b5bd5185cdad3585c9ad95d60921b815250604051806040016040528060018152602001603160f81b81525061008460018361022560201b90919060201c565b61012052610093816002610225565b61014052815160208084019190912060e052815190820120610100524660a05261011f60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038616158061014557506001600160a01b038516155b8061015757506001600160a01b038416155b8061016957506001600160a01b038316155b8061017b57506001600160a01b038216155b156101995760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808716610160528581166101805284166101a0526101bf5f84610257565b50600380546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a161021a816102fe565b505050505050610882565b5f6020835110156102405761023983610462565b9050610251565b8161024b84826106cb565b5060ff90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102f7575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102af3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610251565b505f610251565b612710816080015161ffff16826060015161ffff1661031d9190610785565b118061032e575060a081015160ff16155b80610341575060c081015163ffffffff16155b1561035f5760405163019af63760e01b815260040160405180910390fd5b80516004805460208401516001600160601b039081166c010000000000000000000000009081026001600160c01b03199093169482169490941791909117909155604080840151600580546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026001600160701b03199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c4906104579083906107a4565b60405180910390a150565b5f5f829050601f81511115610495578260405163305a27a960e01b815260040161048c919061082a565b60405180910390fd5b80516104a08261085f565b179392505050565b6001600160a01b03811681146104bc575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b80516001600160601b03811681146104e9575f5ffd5b919050565b805161ffff811681146104e9575f5ffd5b805160ff811681146104e9575f5ffd5b805163ffffffff811681146104e9575f5ffd5b5f5f5f5f5f5f868803610180811215610539575f5ffd5b8751610544816104a8565b6020890151909750610555816104a8565b6040890151909650610566816104a8565b6060890151909550610577816104a8565b6080890151909450610588816104a8565b925060e0609f198201121561059b575f5ffd5b5060405160e081016001600160401b03811182821017156105be576105be6104bf565b6040526105cd60a089016104d3565b81526105db60c089016104d3565b60208201526105ec60e089016104d3565b60408201526105fe61010089016104ee565b606082015261061061012089016104ee565b608082015261062261014089016104ff565b60a0820152610634610160890161050f565b60c0820152809150509295509295509295565b600181811c9082168061065b57607f821691505b60208210810361067957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156106c657805f5260205f20601f840160051c810160208510156106a45750805b601f840160051c820191505b818110156106c3575f81556001016106b0565b50505b505050565b81516001600160401b038111156106e4576106e46104bf565b6106f8816106f28454610647565b8461067f565b6020601f82116001811461072a575f83156107135750848201515b5f19600385901b1c1916600184901b1784556106c3565b5f84815260208120601f198516915b828110156107595787850151825560209485019460019092019101610739565b508482101561077657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561025157634e487b7160e01b5f52601160045260245ffd5b5f60e08201905060018060601b03835116825260018060601b03602084015116602083015260018060601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161080b60a084018260ff169052565b5060c083015161082360c084018263ffffffff169052565b5092915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610679575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516148a561095a5f395f818161040401528181610a8001528181610c4501528181612db00152612e7a01525f818161034e015281816108970152818161103b01528181611578015261387d01525f818161065a01528181610fdd015281816114d701528181611c04015281816122e5015281816124a50152818161399301526139eb01525f6131ff01525f6131d201525f6137eb01525f6137c301525f61371e01525f61374801525f61377201526148a55ff3fe608060405234801561000f575f5ffd5b5060043610610212575f3560e01c80637b1039991161011f578063c8cb79c7116100a9578063dc0707e511610079578063dc0707e5146105ed578063f0f4426014610600578063f364c90c14610613578063f698da251461064d578063fc0c546a14610655575f5ffd5b8063c8cb79c7146104de578063cff0ab9614610513578063d547741f146105ba578063d5b36e24146105cd575f5ffd5b806391d14854116100ef57806391d1485414610495578063a217fddf146104a8578063a2b1f09f146104af578063b6cb58a5146104c2578063bacd02b9146104cb575f5ffd5b80637b103999146103ff57806384b0196e14610426578063878ecfec14610441578063893296b414610474575f5ffd5b8063332bf438116101a057806350ace9c21161017057806350ace9c2146103885780635d4df3bf1461039b57806361d027b3146103ae5780636a18ff7a146103c15780637214e655146103d4575f5ffd5b8063332bf4381461031b57806336568abe1461032e57806348bcbe05146103415780634cf088d914610349575f5ffd5b8063231b11e5116101e6578063231b11e51461028b578063248a9ca3146102c05780632c0a0c95146102e25780632f2ff15d146102f5578063300912cf14610308575f5ffd5b8062cc23ef1461021657806301ffc9a71461024057806305261aea1461026357806308148f7a14610278575b5f5ffd5b610229610224366004613d20565b61067c565b60405160ff90911681526020015b60405180910390f35b61025361024e366004613d52565b6106eb565b6040519015158152602001610237565b610276610271366004613d79565b610721565b005b610276610286366004613d79565b6107ab565b6102b27f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a81565b604051908152602001610237565b6102b26102ce366004613d79565b5f9081526020819052604090206001015490565b6102766102f0366004613dd0565b610852565b610276610303366004613e6c565b6109aa565b610276610316366004613eb0565b6109d4565b610276610329366004613f3d565b610ef6565b61027661033c366004613e6c565b611102565b610229601081565b6103707f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610237565b610276610396366004613e6c565b61113a565b6102766103a9366004613fbd565b611225565b600354610370906001600160a01b031681565b6102766103cf366004614019565b611561565b6007546103e7906001600160401b031681565b6040516001600160401b039091168152602001610237565b6103707f000000000000000000000000000000000000000000000000000000000000000081565b61042e611619565b604051610237979695949392919061407d565b61045461044f366004613d79565b61165b565b604080519485526020850193909352918301526060820152608001610237565b610487610482366004614113565b611720565b60405161023792919061415b565b6102536104a3366004613e6c565b61189d565b6102b25f81565b6102b26104bd366004614113565b6118c5565b6102b260065481565b6102b26104d93660046141bb565b61190c565b6102b26104ec366004613e6c565b5f918252600c602090815260408084206001600160a01b0393909316845291905290205490565b600454600554610568916001600160601b0380821692600160601b9283900482169291811691810461ffff90811691600160701b810490911690600160801b810460ff1690600160881b900463ffffffff1687565b604080516001600160601b0398891681529688166020880152949096169385019390935261ffff918216606085015216608083015260ff1660a082015263ffffffff90911660c082015260e001610237565b6102766105c8366004613e6c565b611ce0565b6105e06105db366004613d79565b611d04565b604051610237919061420b565b6102766105fb3660046143a7565b611efd565b61027661060e3660046143c1565b611f22565b610253610621366004614113565b5f918252600e60209081526040808420600884901c855290915290912054600160ff9092161c81161490565b6102b2611fa8565b6103707f000000000000000000000000000000000000000000000000000000000000000081565b5f8281526008602052604081206001015481906106aa908490600160c01b90046001600160401b03166143f0565b6001600160a01b0386165f908152600d60209081526040808320600785901c8452909152902054600360fe60019390931b929092161c169150509392505050565b5f6001600160e01b03198216637965db0b60e01b148061071b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b610729611fb6565b5f61073382612025565b805490915060ff600160a01b82048116600160b81b909204161015610795578054604051633df53bef60e11b81526004810184905260ff600160b81b830481166024830152600160a01b90920490911660448201526064015b60405180910390fd5b61079f82826120b1565b506107a8612516565b50565b6107b3611fb6565b5f6107bd82612025565b6001810154909150600160601b90046001600160401b0316431161081b576001810154604051635e3894d360e11b815260048101849052600160601b9091046001600160401b0390811660248301524316604482015260640161078c565b805460ff600160a01b82048116600160b81b9092041610610795576040516328f21c4560e01b81526004810183905260240161078c565b8483811415806108625750818114155b15610880576040516305f8ded760e21b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906108cf903390600290600401614403565b602060405180830381865afa1580156108ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061090e9190614429565b61092d57604051630cee335f60e01b815233600482015260240161078c565b5f5b818110156109a05761099888888381811061094c5761094c614444565b9050602002013587878481811061096557610965614444565b9050602002013586868581811061097e5761097e614444565b90506020020160208101906109939190614458565b612540565b60010161092f565b5050505050505050565b5f828152602081905260409020600101546109c481612800565b6109ce838361280a565b50505050565b82355f6109e082612025565b6001810154909150600160601b90046001600160401b0316431115610a365760018101546040516337851a4160e11b815260048101849052600160601b9091046001600160401b0316602482015260440161078c565b5f828152600c602090815260408083206001600160a01b038a16845290915281205490819003610b52575f604051638510129b60e01b81526001600160a01b0389811660048301527f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015610ac5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ae991906144e2565b608001516003811115610afe57610afe614133565b03610b27576040516328b88cbb60e01b81526001600160a01b038816600482015260240161078c565b60405163326c636d60e01b8152600481018490526001600160a01b038816602482015260440161078c565b5f610ba2610b67610b6289612899565b612958565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061298492505050565b50509050876001600160a01b0316816001600160a01b031614610beb57604051630b3c6c0d60e21b81526001600160a01b0380831660048301528916602482015260440161078c565b82600201548760c0013514610c26576002830154604051633475271760e21b815260c08901356004820152602481019190915260440161078c565b604051639f8a13d760e01b81526001600160a01b0389811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610c8a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cae9190614429565b610cd6576040516317df2aab60e11b81526001600160a01b038916600482015260240161078c565b6004830154600160901b90046001600160601b031615610dbe5782545f9061271090600160c81b900461ffff16610d0c866129cd565b610d169190614566565b610d20919061457d565b6004850154909150600160901b90046001600160601b0316610d4860a08a0160808b0161459c565b6001600160401b0316610d5b9190614566565b811015610dbc5780610d7360a08a0160808b0161459c565b60048681015460405163257a48d960e21b8152918201939093526001600160401b03919091166024820152600160901b9091046001600160601b0316604482015260640161078c565b505b5f610dca6001846145b7565b60018501549091505f90610def908390600160c01b90046001600160401b03166143f0565b5f8181526009602052604081209192508154600160a01b900460ff166005811115610e1c57610e1c614133565b14610e445760405163ed735ba960e01b8152600481018890526024810184905260440161078c565b805460ff60a01b1916600160a01b90811782556001870154610e6e91900463ffffffff16436143f0565b815465ffffffffffff91909116600160c81b0265ffffffffffff60c81b199091161781555f828152600a6020526040902060608b0135905585546001908790601790610ec690849060ff600160b81b909104166145ca565b92506101000a81548160ff021916908360ff160217905550610ee9838c8c6129f4565b5050505050505050505050565b610efe611fb6565b82818114610f1f576040516305f8ded760e21b815260040160405180910390fd5b6001600160a01b0386165f908152600d602052604081208190815b84811015610faf575f5f610f80848d8d8d87818110610f5b57610f5b614444565b905060200201358c8c88818110610f7457610f74614444565b90506020020135612a92565b9092509050610f8f82876143f0565b95508015610fa557610fa26001866143f0565b94505b5050600101610f3a565b506005545f90610fc8906001600160601b031684614566565b90508315611004576110046001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b86612cc5565b80156110aa57600354604051630bfac59960e41b81526001600160a01b038c811660048301526024820184905291821660448201527f00000000000000000000000000000000000000000000000000000000000000009091169063bfac5990906064016020604051808303815f875af1158015611083573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110a791906145e3565b90505b60408051858152602081018390526001600160a01b038c16917f35ac7ffd49b46931f20ecd4f30157afd795b6cdd6bab6533131bf0bf2b7b6d47910160405180910390a250505050506110fb612516565b5050505050565b6001600160a01b038116331461112b5760405163334bd91960e11b815260040160405180910390fd5b6111358282612d24565b505050565b5f61114483612025565b6001810154909150600160601b90046001600160401b031643111561119a5760018101546040516337851a4160e11b815260048101859052600160601b9091046001600160401b0316602482015260440161078c565b805460ff600160a01b82048116600160b01b90920416106111d15760405163b0a03dad60e01b81526004810184905260240161078c565b5f6111dd848385612d8d565b90506001600160a01b0381163314611219576040516389b4997f60e01b81526001600160a01b038416600482015233602482015260440161078c565b6109ce84838584613048565b61122d611fb6565b5f868152600860205260408120908154600160c01b900460ff16600281111561125857611258614133565b0361127957604051634899e04360e01b81526004810188905260240161078c565b60028154600160c01b900460ff16600281111561129857611298614133565b1415806112b157506004810154600160801b900460ff16155b156112d25760405163f948958560e01b81526004810188905260240161078c565b835f036112f257604051631f2a200560e01b815260040160405180910390fd5b6112fc8787613147565b60408051602081018890526001600160a01b03871691810191909152606081018590525f9060800160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506113b58484600a5f8660040160119054906101000a900460ff1660ff168760010160189054906101000a90046001600160401b031661139891906145fa565b6001600160401b031681526020019081526020015f2054846131b4565b6113dc576040516341969eb760e11b8152600481018990526024810188905260440161078c565b60048201545f906113f790600160801b900460ff1687614566565b600484015484549192505f91600160801b90910460ff169061271090600160c81b900461ffff16611427876129cd565b6114319190614566565b61143b919061457d565b6114459190614566565b60048501549091506001600160801b03168161146184836143f0565b111561149d578a8361147383856145b7565b604051630ec7dbdf60e31b815260048101939093526024830191909152604482015260640161078c565b6114a783826143f0565b6004860180546fffffffffffffffffffffffffffffffff19166001600160801b03929092169190911790556115067f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168a85612cc5565b604080518b8152602081018590526001600160a01b038b16918d917fb94bf7f9302edf52a596286915a69b4b0685574cffdedd0712e3c62f2550f0ba910160405180910390a35050505050611559612516565b505050505050565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906115b0903390600290600401614403565b602060405180830381865afa1580156115cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115ef9190614429565b61160e57604051630cee335f60e01b815233600482015260240161078c565b611135838383612540565b5f6060805f5f5f606061162a6131cb565b6116326131f8565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f818152600860205260408120819081908190818154600160c01b900460ff16600281111561168c5761168c614133565b036116ad57604051634899e04360e01b81526004810187905260240161078c565b6116b6816129cd565b8154909550612710906116d490600160c81b900461ffff1687614566565b6116de919061457d565b93506116e981613225565b815490935061170290600160a81b900460ff1684614566565b61170c85876145b7565b61171691906145b7565b9150509193509193565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525f838152600860205260408120818154600160c01b900460ff16600281111561177557611775614133565b0361179657604051634899e04360e01b81526004810186905260240161078c565b8054600160a01b900460ff1684106117cb5760405163428017f560e01b8152600481018690526024810185905260440161078c565b60018101545f906117ed908690600160c01b90046001600160401b03166143f0565b5f818152600960209081526040808320600a83529281902054815160a0810190925283546001600160a01b038116835294955092939091849190830190600160a01b900460ff16600581111561184557611845614133565b600581111561185657611856614133565b8152905461ffff600160a81b820481166020840152600160b81b820416604083015265ffffffffffff600160c81b90910416606090910152955093505050505b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f82815260086020526040812060010154600b9082906118f6908590600160c01b90046001600160401b03166143f0565b81526020019081526020015f2054905092915050565b5f611915611fb6565b61191e8261326a565b60065f815461192c90614619565b91829055506007549091506001600160401b031661195261016084016101408501614641565b61195f9060ff16826145fa565b600780546001600160401b039290921667ffffffffffffffff199092169190911790555f82815260086020526040902080546001600160a01b031916331781556119b161016085016101408601614641565b815460ff91909116600160a01b0260ff60a01b199091161781556119dd61014085016101208601614641565b815460ff91909116600160a81b0260ff60c01b191663ff0000ff60a81b1990911617600160c01b178155611a1760a085016080860161466b565b815461ffff91909116600160c81b0261ffff60c81b19909116178155611a4360e0850160c0860161466b565b815461ffff91909116600160d81b0261ffff60d81b19909116178155611a6f608085016060860161469a565b6001820180546bffffffffffffffffffffffff19166001600160601b0392909216919091179055611aa7610100850160e0860161459c565b6001820180546001600160401b0392909216600160601b0267ffffffffffffffff60601b19909216919091179055611ae7610120850161010086016146b3565b6001820180546001600160a01b0316600160a01b63ffffffff93909316929092026001600160c01b031691909117600160c01b6001600160401b038516021790558335600282015560208401356003820155611b4b6101808501610160860161469a565b8160040160126101000a8154816001600160601b0302191690836001600160601b031602179055505f5b611b8260408601866146ce565b9050811015611be4575f611b9960408701876146ce565b83818110611ba957611ba9614444565b9050602002016020810190611bbe91906143c1565b90505f611bcc868584612d8d565b9050611bda86858484613048565b5050600101611b75565b50611c353330611bfa608088016060890161469a565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b0316613577565b33837fa4f7d7e279d77f72fab1477466764ac71882d0a61ae39b8f293d6821a73581d986356020880135611c6f60808a0160608b0161469a565b611c816101608b016101408c01614641565b611c926101008c0160e08d0161459c565b6040805195865260208601949094526001600160601b03929092168484015260ff1660608401526001600160401b03166080830152519081900360a00190a35050611cdb612516565b919050565b5f82815260208190526040902060010154611cfa81612800565b6109ce8383612d24565b60408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091525f8281526008602090815260409182902082516102408101845281546001600160a01b038116825260ff600160a01b8204811694830194909452600160a81b8104841694820194909452600160b01b840483166060820152600160b81b84048316608082015292909160a0840191600160c01b9004166002811115611e1b57611e1b614133565b6002811115611e2c57611e2c614133565b8152815461ffff600160c81b820481166020840152600160d81b90910416604082015260018201546001600160601b0380821660608401526001600160401b03600160601b83048116608085015263ffffffff600160a01b84041660a0850152600160c01b90920490911660c0830152600283015460e083015260038301546101008301526004909201546001600160801b03811661012083015260ff600160801b82048116610140840152600160881b820416610160830152600160901b90049091166101809091015292915050565b5f611f0781612800565b611f1e611f1936849003840184614713565b6135b0565b5050565b5f611f2c81612800565b6001600160a01b038216611f535760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0384169081179091556040519081527f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f9060200160405180910390a15050565b5f611fb1613712565b905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611ff657604051633ee5aeb560e01b815260040160405180910390fd5b61202360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061383b565b565b5f81815260086020526040902060018154600160c01b900460ff16600281111561205157612051614133565b14611cdb575f8154600160c01b900460ff16600281111561207457612074614133565b0361209557604051634899e04360e01b81526004810183905260240161078c565b60405163e2135ec160e01b81526004810183905260240161078c565b805460ff60c01b1916600160c11b17808255600160a01b900460ff165f6120d7836129cd565b90505f6120e48383614566565b60018501546120fc91906001600160601b03166145b7565b60018501548554919250600160c01b90046001600160401b031690600160a81b900460ff165f805b86811015612474575f60098161213a84886143f0565b815260208101919091526040015f208054909150600160a01b900460ff16600181600581111561216c5761216c614133565b0361220957815460ff8616600160a81b90910461ffff16106121905750600261220d565b815460ff8616600160b81b90910461ffff16106121af5750600361220d565b8154600160c81b900465ffffffffffff164311156121cf5750600461220d565b81546040516332e3b16960e01b8152600481018d905260248101859052600160c81b90910465ffffffffffff16604482015260640161078c565b5060055b81548190839060ff60a01b1916600160a01b83600581111561223157612231614133565b0217905550600281600581111561224a5761224a614133565b0361235e578360ff165f036122745760048a01805460ff60881b1916600160881b60ff8616021790555b61227f6001856145ca565b93505f8560ff1661228f8c613225565b6122999190614566565b8b54612710906122b490600160c81b900461ffff168c614566565b6122be919061457d565b6122c8908b6145b7565b6122d291906145b7565b835490915061230e906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612cc5565b82546040518d917fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc219161235091889187916001600160a01b031690879061479b565b60405180910390a25061246a565b61236888886143f0565b96505f600382600581111561237f5761237f614133565b036123b8576123b161239185896143f0565b84546004548e916001600160a01b0316906001600160601b03168a613842565b905061241e565b60058260058111156123cc576123cc614133565b1480156123e2575082546001600160a01b031615155b1561241e5761241b6123f485896143f0565b84546004548e916001600160a01b031690600160601b90046001600160601b03165f613842565b90505b82546040518d917fe4bbf565f5f0c03533fc4d42417682b93f0497d3b2c2d914223dde499df0fc219161246091889187916001600160a01b031690879061479b565b60405180910390a2505b5050600101612124565b5060048701805460ff60801b1916600160801b60ff84160217905583156124ce5786546124ce906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911686612cc5565b6040805160ff831681526020810186905289917fbed7be7a141413fef680bba7864f85765c34e622f1bbf8c19e4fe74fd423863d910160405180910390a25050505050505050565b6120235f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061201d565b5f61254a84612025565b8054909150600160a01b900460ff1683106125825760405163428017f560e01b8152600481018590526024810184905260440161078c565b60018101545f906125a4908590600160c01b90046001600160401b03166143f0565b5f81815260096020526040902090915060018154600160a01b900460ff1660058111156125d3576125d3614133565b146125fb5760405163428017f560e01b8152600481018790526024810186905260440161078c565b8054600160c81b900465ffffffffffff1643111561264d5780546040516310e2959160e21b81526004810188905260248101879052600160c81b90910465ffffffffffff16604482015260640161078c565b8254815460ff600160a81b92839004169161ffff910416811115806126825750815460ff8216600160b81b90910461ffff1610155b156126aa576040516310fe71fd60e11b8152600481018890526024810187905260440161078c565b335f908152600d60209081526040808320600787901c8452918290529091205460fe600186901b1690600381831c161561270757604051633608839960e11b8152600481018b9052602481018a905233604482015260640161078c565b8188612714576001612717565b60025b60ff16901b8117835f600789901c81526020019081526020015f2081905550871561277b578454600190869060159061275c908490600160a81b900461ffff166147ca565b92506101000a81548161ffff021916908361ffff1602179055506127b6565b8454600190869060179061279b908490600160b81b900461ffff166147ca565b92506101000a81548161ffff021916908361ffff1602179055505b604080518a8152891515602082015233918c917f46bbf92d95e2261f204899a3f9e286bfa35000a850157ae8e1311dd0f461d488910160405180910390a350505050505050505050565b6107a88133613a22565b5f612815838361189d565b612892575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561284a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161071b565b505f61071b565b5f7f2ae70b5f112fac4907c608b7833e8b3b7f18c43f428f6158a0b3f223b90f278a82356020840135604085013560608601356128dc60a088016080890161459c565b6128ec60c0890160a08a0161459c565b6040805160208101989098528701959095526060860193909352608085019190915260a08401526001600160401b0390811660c084810191909152911660e083015283013561010082015261012001604051602081830303815290604052805190602001209050919050565b5f61071b612964613712565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f83516041036129bb576020840151604085015160608601515f1a6129ad88828585613a5b565b9550955095505050506129c6565b505081515f91506002905b9250925092565b805460018201545f9161071b91600160a01b90910460ff16906001600160601b031661457d565b6001600160a01b03821681357f9e662303f8ef4479d1d8095fa530f689ff3eef02b3c0edc5799a1695b222280885602085013560408601356060870135612a4160a0890160808a0161459c565b612a5160c08a0160a08b0161459c565b6040805196875260208701959095529385019290925260608401526001600160401b0390811660808401521660a082015260c00160405180910390a3505050565b5f8281526008602052604081208190818154600160c01b900460ff166002811115612abf57612abf614133565b03612ae057604051634899e04360e01b81526004810186905260240161078c565b60028154600160c01b900460ff166002811115612aff57612aff614133565b14612b205760405163f1c3a02b60e01b81526004810186905260240161078c565b8054600160a01b900460ff168410612b555760405163428017f560e01b8152600481018690526024810185905260440161078c565b60018101545f90612b77908690600160c01b90046001600160401b03166143f0565b600781901c5f90815260208a9052604081205491925060fe600184901b169190600382841c1690819003612bd75760405163bb051bab60e01b8152600481018a9052602481018990526001600160a01b038b16604482015260640161078c565b80600303612c1157604051635ece128760e11b8152600481018a9052602481018990526001600160a01b038b16604482015260640161078c565b600784901c5f90815260208c815260408083206003871b861790558683526009909152902054600160a01b900460ff166002816005811115612c5557612c55614133565b03612c7b5781600203612c7257612c6b86613225565b9750612cb6565b60019650612cb6565b6003816005811115612c8f57612c8f614133565b03612cb65781600103612cb1575f858152600b60205260409020549750612cb6565b600196505b50505050505094509492505050565b6040516001600160a01b0383811660248301526044820183905261113591859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613b23565b5f612d2f838361189d565b15612892575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161071b565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612df5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e1991906144e2565b90505f81608001516003811115612e3257612e32614133565b03612e5b576040516328b88cbb60e01b81526001600160a01b038416600482015260240161078c565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612ebf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ee39190614429565b612f0b576040516317df2aab60e11b81526001600160a01b038416600482015260240161078c565b8360020154816060015114612f5557606081015160028501546040516365b9316b60e11b81526001600160a01b03861660048201526024810192909252604482015260640161078c565b5f858152600c602090815260408083206001600160a01b038716845290915290205415612fa75760405163bf39afb360e01b8152600481018690526001600160a01b038416602482015260440161078c565b6001840154600160c01b90046001600160401b03165f5b8554600160b01b900460ff1681101561303d5782516001600160a01b031660095f612fe984866143f0565b815260208101919091526040015f20546001600160a01b0316036130355782516040516326ca85e960e11b8152600481018990526001600160a01b03909116602482015260440161078c565b600101612fbe565b505051949350505050565b8254600160b01b900460ff1661305f8160016145ca565b845460ff60b01b1916600160b01b60ff9283160217855561308390821660016143f0565b5f868152600c602090815260408083206001600160a01b0388168452909152812091909155600185015483916009916130d09060ff861690600160c01b90046001600160401b03166145fa565b6001600160401b0316815260208082019290925260409081015f2080546001600160a01b0319166001600160a01b039485161790555160ff841681528483169286169188917f12bf5ed737653d2074f45564fdb8efb1008df8ea972c413dddcdc4967f4723bc910160405180910390a45050505050565b5f828152600e60209081526040808320600885901c84529182905290912054600160ff84161b8082161561319857604051636bd4745f60e01b8152600481018690526024810185905260440161078c565b60089390931c5f90815260209290925260409091209117905550565b5f826131c1868685613b8f565b1495945050505050565b6060611fb17f00000000000000000000000000000000000000000000000000000000000000006001613bd0565b6060611fb17f00000000000000000000000000000000000000000000000000000000000000006002613bd0565b80545f90600160a81b810460ff169061271090600160d81b900461ffff1661324c856129cd565b6132569190614566565b613260919061457d565b61071b919061457d565b61327a608082016060830161469a565b6001600160601b03165f036132a25760405163af13986d60e01b815260040160405180910390fd5b5f6132b360e0830160c0840161466b565b61ffff166132c760c0840160a0850161466b565b61ffff166132db60a085016080860161466b565b61ffff166132e991906143f0565b6132f391906143f0565b9050612710811461331a576040516369c4f15160e11b81526004810182905260240161078c565b4361332c610100840160e0850161459c565b6001600160401b0316116133795761334b610100830160e0840161459c565b604051632d098d5960e01b81526001600160401b03918216600482015243909116602482015260440161078c565b61338b61016083016101408401614641565b60ff1615806133ae575060106133a961016084016101408501614641565b60ff16115b156133e4576133c561016083016101408401614641565b60405163700a7a0d60e11b815260ff909116600482015260240161078c565b600554600490600160801b900460ff1661340661014085016101208601614641565b60ff1610156134555761342161014084016101208501614641565b6001820154604051631ee8cee560e01b815260ff9283166004820152600160801b909104909116602482015260440161078c565b613467610120840161010085016146b3565b63ffffffff1615806134a057506001810154600160881b900463ffffffff16613498610120850161010086016146b3565b63ffffffff16115b156134ee576134b7610120840161010085016146b3565b6001820154604051633e6d1fcd60e11b815263ffffffff9283166004820152600160881b909104909116602482015260440161078c565b6134fb60408401846146ce565b158015915061352c575061351761016084016101408501614641565b60ff1661352760408501856146ce565b905014155b156111355761353e60408401846146ce565b905061355261016085016101408601614641565b604051631f7af54360e11b8152600481019290925260ff16602482015260440161078c565b6040516001600160a01b0384811660248301528381166044830152606482018390526109ce9186918216906323b872dd90608401612cf2565b612710816080015161ffff16826060015161ffff166135cf91906143f0565b11806135e0575060a081015160ff16155b806135f3575060c081015163ffffffff16155b156136115760405163019af63760e01b815260040160405180910390fd5b80516004805460208401516001600160601b03908116600160601b9081026001600160c01b03199093169482169490941791909117909155604080840151600580546060870151608088015160a089015160c08a015163ffffffff16600160881b0263ffffffff60881b1960ff909216600160801b0260ff60801b1961ffff948516600160701b021662ffffff60701b1994909516909a026dffffffffffffffffffffffffffff199095169690981695909517929092179190911617949094171691909117909155517f08e796a6f6e0051491dad734752863206c76d5528fa6681c4ef8ea3b7317a6c4906137079083906147e4565b60405180910390a150565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561376a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561379457507f000000000000000000000000000000000000000000000000000000000000000090565b611fb1604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b80825d5050565b5f825f0361385157505f613a19565b604051630bfac59960e41b81526001600160a01b038581166004830152602482018590523060448301527f0000000000000000000000000000000000000000000000000000000000000000169063bfac5990906064016020604051808303815f875af11580156138c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138e791906145e3565b6005549091506004905f906127109061390b90600160601b900461ffff1685614566565b613915919061457d565b90505f60ff85161561397d5760018301545f9060ff8716906127109061394690600160701b900461ffff1688614566565b613950919061457d565b61395a919061457d565b5f8b8152600b60205260409020819055905061397960ff871682614566565b9150505b81156139bc5787546139bc906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911684612cc5565b5f816139c884876145b7565b6139d291906145b7565b90508015613a1457600354613a14906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612cc5565b505050505b95945050505050565b613a2c828261189d565b611f1e5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161078c565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a9457505f91506003905082613b19565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613ae5573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613b1057505f925060019150829050613b19565b92505f91508190505b9450945094915050565b5f5f60205f8451602086015f885af180613b42576040513d5f823e3d81fd5b50505f513d91508115613b59578060011415613b66565b6001600160a01b0384163b155b156109ce57604051635274afe760e01b81526001600160a01b038516600482015260240161078c565b5f81815b84811015613bc757613bbd82878784818110613bb157613bb1614444565b90506020020135613c79565b9150600101613b93565b50949350505050565b606060ff8314613bea57613be383613ca8565b905061071b565b818054613bf690614866565b80601f0160208091040260200160405190810160405280929190818152602001828054613c2290614866565b8015613c6d5780601f10613c4457610100808354040283529160200191613c6d565b820191905f5260205f20905b815481529060010190602001808311613c5057829003601f168201915b5050505050905061071b565b5f818310613c93575f828152602084905260409020613ca1565b5f8381526020839052604090205b9392505050565b60605f613cb483613ce5565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561071b57604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b03811681146107a8575f5ffd5b5f5f5f60608486031215613d32575f5ffd5b8335613d3d81613d0c565b95602085013595506040909401359392505050565b5f60208284031215613d62575f5ffd5b81356001600160e01b031981168114613ca1575f5ffd5b5f60208284031215613d89575f5ffd5b5035919050565b5f5f83601f840112613da0575f5ffd5b5081356001600160401b03811115613db6575f5ffd5b6020830191508360208260051b8501011115611896575f5ffd5b5f5f5f5f5f5f60608789031215613de5575f5ffd5b86356001600160401b03811115613dfa575f5ffd5b613e0689828a01613d90565b90975095505060208701356001600160401b03811115613e24575f5ffd5b613e3089828a01613d90565b90955093505060408701356001600160401b03811115613e4e575f5ffd5b613e5a89828a01613d90565b979a9699509497509295939492505050565b5f5f60408385031215613e7d575f5ffd5b823591506020830135613e8f81613d0c565b809150509250929050565b5f60e08284031215613eaa575f5ffd5b50919050565b5f5f5f5f6101208587031215613ec4575f5ffd5b8435613ecf81613d0c565b9350613ede8660208701613e9a565b92506101008501356001600160401b03811115613ef9575f5ffd5b8501601f81018713613f09575f5ffd5b80356001600160401b03811115613f1e575f5ffd5b876020828401011115613f2f575f5ffd5b949793965060200194505050565b5f5f5f5f5f60608688031215613f51575f5ffd5b8535613f5c81613d0c565b945060208601356001600160401b03811115613f76575f5ffd5b613f8288828901613d90565b90955093505060408601356001600160401b03811115613fa0575f5ffd5b613fac88828901613d90565b969995985093965092949392505050565b5f5f5f5f5f5f60a08789031215613fd2575f5ffd5b86359550602087013594506040870135613feb81613d0c565b93506060870135925060808701356001600160401b03811115613e4e575f5ffd5b80151581146107a8575f5ffd5b5f5f5f6060848603121561402b575f5ffd5b833592506020840135915060408401356140448161400c565b809150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61409b60e083018961404f565b82810360408401526140ad818961404f565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156141025783518352602093840193909201916001016140e4565b50909b9a5050505050505050505050565b5f5f60408385031215614124575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b6006811061415757614157614133565b9052565b82516001600160a01b0316815260208084015160c083019161417f90840182614147565b5061ffff604085015116604083015261ffff606085015116606083015265ffffffffffff60808501511660808301528260a08301529392505050565b5f602082840312156141cb575f5ffd5b81356001600160401b038111156141e0575f5ffd5b82016101808185031215613ca1575f5ffd5b600381106107a8576107a8614133565b614157816141f2565b81516001600160a01b0316815261024081016020830151614231602084018260ff169052565b506040830151614246604084018260ff169052565b50606083015161425b606084018260ff169052565b506080830151614270608084018260ff169052565b5060a083015161428360a0840182614202565b5060c083015161429960c084018261ffff169052565b5060e08301516142af60e084018261ffff169052565b506101008301516142cc6101008401826001600160601b03169052565b506101208301516142e96101208401826001600160401b03169052565b5061014083015161430361014084018263ffffffff169052565b506101608301516143206101608401826001600160401b03169052565b506101808301516101808301526101a08301516101a08301526101c08301516143556101c08401826001600160801b03169052565b506101e083015161436c6101e084018260ff169052565b5061020083015161438361020084018260ff169052565b506102208301516143a06102208401826001600160601b03169052565b5092915050565b5f60e082840312156143b7575f5ffd5b613ca18383613e9a565b5f602082840312156143d1575f5ffd5b8135613ca181613d0c565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561071b5761071b6143dc565b6001600160a01b03831681526040810161441c836141f2565b8260208301529392505050565b5f60208284031215614439575f5ffd5b8151613ca18161400c565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614468575f5ffd5b8135613ca18161400c565b60405160e081016001600160401b03811182821017156144a157634e487b7160e01b5f52604160045260245ffd5b60405290565b63ffffffff811681146107a8575f5ffd5b8051611cdb816144a7565b6001600160401b03811681146107a8575f5ffd5b8051611cdb816144c3565b5f60e08284031280156144f3575f5ffd5b506144fc614473565b825161450781613d0c565b8152602083810151908201526040808401519082015260608084015190820152608083015160048110614538575f5ffd5b608082015261454960a084016144b8565b60a082015261455a60c084016144d7565b60c08201529392505050565b808202811582820484141761071b5761071b6143dc565b5f8261459757634e487b7160e01b5f52601260045260245ffd5b500490565b5f602082840312156145ac575f5ffd5b8135613ca1816144c3565b8181038181111561071b5761071b6143dc565b60ff818116838216019081111561071b5761071b6143dc565b5f602082840312156145f3575f5ffd5b5051919050565b6001600160401b03818116838216019081111561071b5761071b6143dc565b5f6001820161462a5761462a6143dc565b5060010190565b803560ff81168114611cdb575f5ffd5b5f60208284031215614651575f5ffd5b613ca182614631565b803561ffff81168114611cdb575f5ffd5b5f6020828403121561467b575f5ffd5b613ca18261465a565b80356001600160601b0381168114611cdb575f5ffd5b5f602082840312156146aa575f5ffd5b613ca182614684565b5f602082840312156146c3575f5ffd5b8135613ca1816144a7565b5f5f8335601e198436030181126146e3575f5ffd5b8301803591506001600160401b038211156146fc575f5ffd5b6020019150600581901b3603821315611896575f5ffd5b5f60e0828403128015614724575f5ffd5b5061472d614473565b61473683614684565b815261474460208401614684565b602082015261475560408401614684565b60408201526147666060840161465a565b60608201526147776080840161465a565b608082015261478860a08401614631565b60a082015260c083013561455a816144a7565b848152608081016147af6020830186614147565b6001600160a01b039390931660408201526060015292915050565b61ffff818116838216019081111561071b5761071b6143dc565b5f60e0820190506001600160601b0383511682526001600160601b0360208401511660208301526001600160601b03604084015116604083015261ffff606084015116606083015261ffff608084015116608083015260a083015161484e60a084018260ff169052565b5060c08301516143a060c084018263ffffffff169052565b600181811c9082168061487a57607f821691505b602082108103613eaa57634e487b7160e01b5f52602260045260245ffdfea164736f6c634300081e000a",
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

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (taskMarket *TaskMarket) PackEip712Domain() []byte {
	enc, err := taskMarket.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (taskMarket *TaskMarket) TryPackEip712Domain() ([]byte, error) {
	return taskMarket.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (taskMarket *TaskMarket) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := taskMarket.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
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

// TaskMarketEIP712DomainChanged represents a EIP712DomainChanged event raised by the TaskMarket contract.
type TaskMarketEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const TaskMarketEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (TaskMarketEIP712DomainChanged) ContractEventName() string {
	return TaskMarketEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (taskMarket *TaskMarket) UnpackEIP712DomainChangedEvent(log *types.Log) (*TaskMarketEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketEIP712DomainChanged)
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidShortStringError(raw[4:])
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
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return taskMarket.UnpackStringTooLongError(raw[4:])
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

// TaskMarketInvalidShortString represents a InvalidShortString error raised by the TaskMarket contract.
type TaskMarketInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func TaskMarketInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (taskMarket *TaskMarket) UnpackInvalidShortStringError(raw []byte) (*TaskMarketInvalidShortString, error) {
	out := new(TaskMarketInvalidShortString)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
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

// TaskMarketStringTooLong represents a StringTooLong error raised by the TaskMarket contract.
type TaskMarketStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func TaskMarketStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (taskMarket *TaskMarket) UnpackStringTooLongError(raw []byte) (*TaskMarketStringTooLong, error) {
	out := new(TaskMarketStringTooLong)
	if err := taskMarket.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
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
