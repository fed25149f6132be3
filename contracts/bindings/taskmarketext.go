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

// TaskMarketBaseResult is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketBaseResult struct {
	Operator   common.Address
	State      uint8
	PassVotes  uint8
	FailVotes  uint8
	Revealed   uint8
	Drawn      bool
	VotingEnds *big.Int
	RevealEnds *big.Int
	Accepted   bool
	Reexecute  bool
}

// TaskMarketBaseTask is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketBaseTask struct {
	Status         uint8
	Replication    uint8
	Quorum         uint8
	Assigned       uint8
	Committee      uint8
	FirstResult    *big.Int
	Deadline       *big.Int
	VotingWindow   uint32
	RevealWindow   uint16
	UsersBps       uint16
	VerifiersBps   uint16
	ParamsVersion  uint16
	PublishBlock   *big.Int
	SettledBlock   *big.Int
	PricePerRecord *big.Int
	Owner          common.Address
	Fee            *big.Int
	Measurement    [32]byte
	DatasetHash    [32]byte
	ResultKeyHash  [32]byte
	Reexecute      bool
	PayoutResult   *big.Int
	Passed         uint8
	UsersPool      *big.Int
	UsersClaimed   *big.Int
}

// TaskMarketBaseTaskSpec is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketBaseTaskSpec struct {
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
	ResultKeyHash  [32]byte
	Reexecute      bool
}

// TaskMarketExtMetaData contains all meta data concerning the TaskMarketExt contract.
var TaskMarketExtMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minimum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maximum\",\"type\":\"uint8\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"BadReplication\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sumBps\",\"type\":\"uint256\"}],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"BadVotingWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"sweepableAt\",\"type\":\"uint64\"}],\"name\":\"ClaimPeriodRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"named\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"}],\"name\":\"EnclaveCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"EnclaveMeasurementMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidReexecutionSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoOpenSlot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NotSelectedForReexecution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTaskOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorAlreadyAssigned\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ReexecutionAlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ReexecutorNotIndependent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskHasLiableSlots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"UnregisteredEnclave\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"votingEnds\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroResultKey\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"EnclaveAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"ReexecutionReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"TaskAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TaskSweptToTreasury\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REEXECUTION_REPORT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"commitId\",\"type\":\"uint256\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hashPrefix\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"committeeOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8[]\",\"name\":\"votes\",\"type\":\"uint8[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"failRewardOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"ledgerRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"pendingUnlockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slots\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"enclaves\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nodesBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"},{\"internalType\":\"bytes32\",\"name\":\"resultKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"reexecute\",\"type\":\"bool\"}],\"internalType\":\"structTaskMarketBase.TaskSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reexecBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"reexecutionOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"reportReexecution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumTaskMarketBase.ResultState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"passVotes\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"failVotes\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealed\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"drawn\",\"type\":\"bool\"},{\"internalType\":\"uint48\",\"name\":\"votingEnds\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"revealEnds\",\"type\":\"uint48\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"reexecute\",\"type\":\"bool\"}],\"internalType\":\"structTaskMarketBase.Result\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"users\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reexecPerVote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reexecNode\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"slotIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"taskOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumTaskMarketBase.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"replication\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"assigned\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committee\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"firstResult\",\"type\":\"uint40\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"revealWindow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"usersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"paramsVersion\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"publishBlock\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"settledBlock\",\"type\":\"uint40\"},{\"internalType\":\"uint72\",\"name\":\"pricePerRecord\",\"type\":\"uint72\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"reexecute\",\"type\":\"bool\"},{\"internalType\":\"uint40\",\"name\":\"payoutResult\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"passed\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"usersPool\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"usersClaimed\",\"type\":\"uint96\"}],\"internalType\":\"structTaskMarketBase.Task\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TaskMarketExt",
	Bin: "0x60e06040526004805463ffffffff1916600117905534801561001f575f5ffd5b5060405161413d38038061413d83398101604081905261003e916100c6565b8282826001600160a01b038316158061005e57506001600160a01b038216155b8061007057506001600160a01b038116155b1561008e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0392831660805290821660a0521660c05250610110915050565b6001600160a01b03811681146100c3575f5ffd5b50565b5f5f5f606084860312156100d8575f5ffd5b83516100e3816100af565b60208501519093506100f4816100af565b6040850151909250610105816100af565b809150509250925092565b60805160a05160c051613fc46101795f395f818161043b01528181610c6501528181612622015281816126ec0152818161303101526130fb01525f81816103580152818161089501526124e101525f818161069f0152818161172d015261242a0152613fc45ff3fe608060405234801561000f575f5ffd5b5060043610610208575f3560e01c8063893296b41161011f578063bb0c4560116100a9578063d547741f11610079578063d547741f1461062a578063d5b36e241461063d578063e3bb3dd01461065d578063f364c90c14610665578063fc0c546a1461069a575f5ffd5b8063bb0c456014610535578063c618c97f1461056f578063c8cb79c714610590578063ce40e671146105c5575f5ffd5b8063a217fddf116100ef578063a217fddf146104ec578063a2b1f09f146104f3578063a3d6c57714610506578063aa60e73314610519578063b6cb58a51461052c575f5ffd5b8063893296b41461049d5780638dd5c0d6146104be57806391d14854146104c657806399580bcf146104d9575f5ffd5b806348bcbe05116101a057806356dde2771161017057806356dde277146103df57806361d027b3146103fe5780637214e655146104115780637b10399914610436578063878ecfec1461045d575f5ffd5b806348bcbe05146103395780634cf088d91461035357806350ace9c214610392578063543fd313146103a5575f5ffd5b80632f2ff15d116101db5780632f2ff15d146102d757806336568abe146102ec57806340e58ee5146102ff57806347057e4f14610312575f5ffd5b806301ffc9a71461020c57806313faf59d14610234578063248a9ca3146102865780632da7bcdb146102b6575b5f5ffd5b61021f61021a366004613665565b6106c1565b60405190151581526020015b60405180910390f35b6102716102423660046136a0565b6001600160a01b03165f908152600a60205260409020546001600160601b03608082901c169160e09190911c90565b6040805192835260208301919091520161022b565b6102a86102943660046136bb565b5f9081526020819052604090206001015490565b60405190815260200161022b565b6102c96102c43660046136d2565b6106f7565b60405161022b9291906136f2565b6102ea6102e536600461377e565b610971565b005b6102ea6102fa36600461377e565b61099b565b6102ea61030d3660046136bb565b6109d3565b6102a87fe681f7020786695bf4739ee788a3e8d4e89bddc67ef7642faaf212de9086bca681565b610341601081565b60405160ff909116815260200161022b565b61037a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022b565b6102ea6103a036600461377e565b610b06565b6102a86103b33660046136a0565b6001600160a01b03165f908152600a60205260409020546fffffffffffffffffffffffffffffffff1690565b6102a86103ed3660046136a0565b600e6020525f908152604090205481565b60015461037a906001600160a01b031681565b6004546104219063ffffffff1681565b60405163ffffffff909116815260200161022b565b61037a7f000000000000000000000000000000000000000000000000000000000000000081565b61047061046b3660046136bb565b610e4f565b604080519687526020870195909552938501929092526060840152608083015260a082015260c00161022b565b6104b06104ab3660046136d2565b610f50565b60405161022b9291906137d4565b610341600781565b61021f6104d436600461377e565b611227565b6102a86104e73660046138ba565b61124f565b6102a85f81565b6102a86105013660046136d2565b61180a565b6102ea6105143660046138f1565b61184b565b6102ea6105273660046136bb565b611bf5565b6102a860035481565b6105486105433660046136d2565b611df4565b604080516001600160a01b0390931683526001600160401b0390911660208301520161022b565b600f5461057d9061ffff1681565b60405161ffff909116815260200161022b565b6102a861059e36600461377e565b5f918252600b602090815260408084206001600160a01b0393909316845291905290205490565b61060d6105d336600461398b565b6001600160a01b03919091165f908152600c60209081526040808320938352929052205464ffffffffff1981169164ffffffffff90911690565b604080519283526001600160401b0390911660208301520161022b565b6102ea61063836600461377e565b611eaf565b61065061064b3660046136bb565b611ed3565b60405161022b91906139c5565b610341600381565b61021f6106733660046136d2565b604091821b600882901c175f908152600d6020529190912054600160ff9092161c81161490565b61037a7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b14806106f157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152600560205260408120606091829190815460ff166004811115610720576107206137ac565b0361074657604051634899e04360e01b8152600481018690526024015b60405180910390fd5b8054610100900460ff1684106107795760405163428017f560e01b8152600481018690526024810185905260440161073d565b80545f90600890829061079a908890600160201b900463ffffffff16613c26565b81526020019081526020015f2054905060ff81901c5f1415806107bb575080155b156107c757505061096a565b60ff60e882901c16806001600160401b038111156107e7576107e7613c39565b604051908082528060200260200182016040528015610810578160200160208202803683370190505b509450806001600160401b0381111561082b5761082b613c39565b604051908082528060200260200182016040528015610854578160200160208202803683370190505b5093505f5b81811015610965575f61086d82601b613c4d565b6040516344bb41a360e01b81529085901c62ffffff8116600483015291506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906344bb41a390602401602060405180830381865afa1580156108da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108fe9190613c6f565b87838151811061091057610910613c8a565b60200260200101906001600160a01b031690816001600160a01b031681525050601881901c60071686838151811061094a5761094a613c8a565b60ff9092166020928302919091019091015250600101610859565b505050505b9250929050565b5f8281526020819052604090206001015461098b8161224f565b6109958383612259565b50505050565b6001600160a01b03811633146109c45760405163334bd91960e11b815260040160405180910390fd5b6109ce82826122e8565b505050565b6109db612351565b5f818152600560205260408120906109f382846123c0565b60018301549091506001600160a01b03163314610a2c5760405163861fb67d60e01b81526004810184905233602482015260440161073d565b63ffffffff602082901c165f5b600883901c60ff16811015610a995760a8610a6b60065f610a5a8587613c26565b81526020019081526020015f205490565b60ff911c1615610a9157604051633765eb7160e11b81526004810186905260240161073d565b600101610a39565b50825460ff1916600317835560048301546001600160601b0316610abd338261240d565b847f58716386e17644e69ff7358e3317a395f4523fcd0fb9cc227ee68d117ebbfbfc82604051610aef91815260200190565b60405180910390a250505050610b036124af565b50565b5f828152600560205260409020610b1d81846123c0565b508054600160401b900464ffffffffff16431115610b675780546040516337851a4160e11b815260048101859052600160401b90910464ffffffffff16602482015260440161073d565b5f838152600b602090815260408083206001600160a01b03861684529091529020548015610d615781545f906006908290600190610bb3908690600160201b900463ffffffff16613c26565b610bbd9190613c9e565b815260208101919091526040015f2080549091506001600160a01b03163314610c0a576040516389b4997f60e01b81526001600160a01b038516600482015233602482015260440161073d565b8054600160a81b900460ff1615610c465760405163bf39afb360e01b8152600481018690526001600160a01b038516602482015260440161073d565b604051639f8a13d760e01b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610caa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cce9190613cbe565b610cf6576040516317df2aab60e11b81526001600160a01b038516600482015260240161073d565b805460ff60a81b1916600160a81b178155610d1183336124d9565b336001600160a01b038516867f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f69610d49600187613c9e565b60405190815260200160405180910390a45050505050565b815460ff6101008204811663010000009092041610610d965760405163b0a03dad60e01b81526004810185905260240161073d565b5f610da28584866125ff565b90506001600160a01b0381163314610dde576040516389b4997f60e01b81526001600160a01b038516600482015233602482015260440161073d565b5f610ded8685878560016128b6565b9050610df984836124d9565b816001600160a01b0316856001600160a01b0316877f3b0a05e6002548378bc23497fea9bbcebf8c75f28ba008bb224132777db68f6984604051610e3f91815260200190565b60405180910390a4505050505050565b5f8181526005602052604081208190819081908190819081610e6f825490565b905060ff8116610e9557604051634899e04360e01b8152600481018a905260240161073d565b610e9e826129b4565b825490985061271090610ebc90600160801b900461ffff168a613c4d565b610ec69190613ced565b8254909750600160d81b900460ff16610ee08983836129d9565b9650610eec8188613c4d565b610ef6898b613c9e565b610f009190613c9e565b9550610f178983610f12846001613c26565b6129d9565b9450610f24816001613c26565b610f2e9086613c4d565b610f38898b613c9e565b610f429190613c9e565b935050505091939550919395565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525f83815260056020526040812081610fb6825490565b905060ff8116610fdc57604051634899e04360e01b81526004810187905260240161073d565b8154610100900460ff16851061100f5760405163428017f560e01b8152600481018790526024810186905260440161073d565b81545f9061102b908790600160201b900463ffffffff16613c26565b5f818152600660209081526040808320546008909252909120546001600160a01b03821688529192509060a082901c60ff16600581111561106e5761106e6137ac565b87602001906005811115611084576110846137ac565b90816005811115611097576110976137ac565b90525060ff60a883901c1615156101008801526001876020015160058111156110c2576110c26137ac565b036111585764ffffffffff60b083901c1660c08801526110e3828286612a0c565b65ffffffffffff1660e088015260ff81901c1560a08801819052801561110f5750600160bd82901c1615155b151561012088015260a087015115611158575f5f61112c83612a5d565b9092509050818161113d8183613c26565b60ff90811660808d015290811660608c01521660408a015250505b5f6002865460ff166004811115611171576111716137ac565b148061119257506004865460ff166004811115611190576111906137ac565b145b90508015611202575f886020015160058111156111b1576111b16137ac565b146111d25785546111cd90839062010000900460ff165f612ab1565b6111d5565b60055b886020019060058111156111eb576111eb6137ac565b908160058111156111fe576111fe6137ac565b9052505b50505050505060049390931b919091175f908152600760205260409020549092909150565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611258612351565b600280545f919061126b90600190613c9e565b8154811061127b5761127b613c8a565b905f5260205f20906003020190506112938382612b43565b60035f81546112a190613d00565b918290555060045490925063ffffffff166112c461016085016101408601613d18565b6112d19060ff1682613d38565b6004805463ffffffff191663ffffffff929092169190911790555f838152600560205260409020805460ff1916600117815561131561016086016101408701613d18565b815460ff919091166101000261ff001990911617815561133d61014086016101208701613d18565b815467ffffffff00ff000019166201000060ff929092169190910267ffffffff00000000191617600160201b63ffffffff841602178155611385610100860160e08701613d54565b815464ffffffffff91909116600160401b026cffffffffff0000000000000000199091161781556113be61012086016101008701613d8a565b815462ffffff91909116600160681b0262ffffff60681b199091161781556113ec60a0860160808701613da5565b815461ffff91909116600160801b0261ffff60801b1990911617815561141860e0860160c08701613da5565b815461ffff91909116600160901b0261ffff60901b1990911617815560025461144390600190613c9e565b815466ffffffffffffff60a01b1916600160a01b61ffff9283160264ffffffffff60b01b191617600160b01b4364ffffffffff160217808355845460ff60d81b198216600160f01b90910460ff16600160d81b029081178455600186015462ffffff60d81b1990921661ffff60e01b1990911617600160e01b91829004909216021781556114d961018086016101608701613dc6565b815460ff60f01b191668ffffffffffffffffff919091161515600160f01b0217815561150d6101c086016101a08701613dee565b8154901515600160f81b026001600160f81b0390911617815561153861018086016101608701613dc6565b6001820180546001600160a01b031968ffffffffffffffffff93909316600160a01b02929092166001600160e81b031990921691909117331790558435600282015560208501356003820155610180850135600582015561159f6080860160608701613e09565b6004820180546bffffffffffffffffffffffff19166001600160601b03929092169190911790556115d861016086016101408701613d18565b60048201805460ff92909216600160d01b0260ff60d01b1990921691909117905561160960a0860160808701613da5565b60048201805461ffff92909216600160d81b0261ffff60d81b19909216919091179055600160ff1b33175f5b61164761016088016101408901613d18565b60ff1681101561169657600486901b81175f90815260076020526040812060019055829060089061167e8463ffffffff8916613c26565b815260208101919091526040015f2055600101611635565b505f5b6116a66040880188613e2f565b905081101561170d575f6116bd6040890189613e2f565b838181106116cd576116cd613c8a565b90506020020160208101906116e291906136a0565b90505f6116f08886846125ff565b90506116ff888684845f6128b6565b505050806001019050611699565b5061175e333061172360808a0160608b01613e09565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b0316612f6b565b33857f23d9a2c6ecc75732e4ec7e461bec154c86cf12220d6b4345c896e9afdeb90b0d883560208a013561179860808c0160608d01613e09565b6117aa6101608d016101408e01613d18565b6117bb6101008e0160e08f01613d54565b6040805195865260208601949094526001600160601b03929092168484015260ff16606084015265ffffffffffff166080830152519081900360a00190a3505050506118056124af565b919050565b5f828152600560205260408120546009908290611835908590600160201b900463ffffffff16613c26565b81526020019081526020015f2054905092915050565b5f8681526005602052604081209061186382896123c0565b9050600881901c60ff1687106118965760405163428017f560e01b8152600481018990526024810188905260440161073d565b5f6118ab8863ffffffff602085901c16613c26565b5f8181526008602052604090205490915060ff81901c1515806118d35750600160bd82901c16155b156118fb576040516383f5246160e01b8152600481018b9052602481018a905260440161073d565b64ffffffffff60c082901c164381101561194157604051636562791160e01b8152600481018c9052602481018b90526001600160401b038216604482015260640161073d565b50600160be1b811615611990575f82815260106020526040908190205490516308a9d54f60e11b8152600481018c9052602481018b90526001600160a01b03909116604482015260640161073d565b604080517fe681f7020786695bf4739ee788a3e8d4e89bddc67ef7642faaf212de9086bca660208201529081018b9052606081018a9052608081018890525f9060a0016040516020818303038152906040528051906020012090505f611af4611ab9611a99604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fea7f1716eccbe75dfae15e64c4246be2696dbbf3d095f0141acbd89496dd1c4a918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b8460405161190160f01b8152600281019290925260228201526042902090565b89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612fc592505050565b50509050896001600160a01b0316816001600160a01b031614611b3d5760405163b7d9327760e01b81526001600160a01b0380831660048301528b16602482015260440161073d565b5f611b4b8d8d89888f61300e565b905060be6001901b841760085f8781526020019081526020015f208190555060a043901b816001600160a01b03161760105f8781526020019081526020015f2081905550806001600160a01b03168b6001600160a01b03168e7f6af87ab2226ff6ed31a83532bc3170ea7782e52aecd0548199c6757604dc34658f8e604051611bde929190918252602082015260400190565b60405180910390a450505050505050505050505050565b611bfd612351565b5f81815260056020526040812090611c13825490565b905060ff8116611c3957604051634899e04360e01b81526004810184905260240161073d565b60ff8116600214611c605760405163f1c3a02b60e01b81526004810184905260240161073d565b5f611c6c836004015490565b90505f600260a084901c61ffff1681548110611c8a57611c8a613c8a565b5f918252602090912060039091020160020154600160201b900463ffffffff16611cbc60e884901c60b086901c613e74565b611cc69190613e74565b64ffffffffff16905080431015611d0257604051638cbcbab560e01b8152600481018690526001600160401b038216602482015260440161073d565b5f611d36835f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b90505f611d43868661325c565b611d5a6001600160601b03606087901c1684613c9e565b611d649190613c26565b865460ff1916600490811788556bffffffffffffffffffffffff60601b198616606085901b179088015590508015611dac57600154611dac906001600160a01b03168261240d565b867f285fdf9107df47e9b195b001748f8bf2797f912ae88b08b29805c4375fb3e1ef82604051611dde91815260200190565b60405180910390a2505050505050610b036124af565b5f828152600560205260408120819081815460ff166004811115611e1a57611e1a6137ac565b03611e3b57604051634899e04360e01b81526004810186905260240161073d565b8054610100900460ff168410611e6e5760405163428017f560e01b8152600481018690526024810185905260440161073d565b80545f906010908290611e8f908890600160201b900463ffffffff16613c26565b815260208101919091526040015f20549660a088901c9650945050505050565b5f82815260208190526040902060010154611ec98161224f565b61099583836122e8565b60408051610320810182525f8082526020808301828152838501838152606085018481526080860185815260a0870186815260c0880187905260e0880187905261010080890188905261012089018890526101408901889052610160890188905261018089018890526101a089018890526101c089018890526101e08901889052610200890188905261022089018890526102408901889052610260890188905261028089018890526102a089018890526102c089018890526102e0890188905261030089018890528a88526005909652979095208054600160201b810463ffffffff169889905260ff600160d81b8204811697889052630100000082048116938490526201000082048116948590529581048616948590529697909694909416949293919290918786600481111561200e5761200e6137ac565b600481111561201f5761201f6137ac565b90525050845461ffff600160901b82048116610140890152600160801b82048116610120890152600160e01b82048116610100890152600160681b820462ffffff1660e0890152600160401b820464ffffffffff90811660c08a01526001880154600160a01b80820468ffffffffffffffffff166101c08c0152600160b01b85049092166101808b01529083049091166101608901526004870154600288015460038901546102408b01526102208a01526001600160601b0381166102008a01526001600160a01b039091166101e08901526005870154600160f81b830460ff90811615156102808b01526102608a019190915261213a9650600160c81b90910416935063ffffffff600160201b909104169150613d389050565b6004820154600160601b81046001600160601b0316610300850152600160c01b900460ff166102c084015263ffffffff166102a08301526002815460ff166004811115612189576121896137ac565b14806121aa57506004815460ff1660048111156121a8576121a86137ac565b145b156121e857600481015481546121da91600160e81b900462ffffff1690600160b01b900464ffffffffff16613e74565b64ffffffffff166101a08301525b6004810154600160c01b900460ff16156122495761223961220a826004015490565b5f60ff8260c01c1661271061ffff8460d81c1660ff8560d01c166001600160601b038616040204029050919050565b6001600160601b03166102e08301525b50919050565b610b038133613462565b5f6122648383611227565b6122e1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556122993390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106f1565b505f6106f1565b5f6122f38383611227565b156122e1575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106f1565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561239157604051633ee5aeb560e01b815260040160405180910390fd5b6123be60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061349f565b565b815460ff81166001146106f15760ff81166123f157604051634899e04360e01b81526004810183905260240161073d565b60405163e2135ec160e01b81526004810183905260240161073d565b60405163a9059cbb60e01b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000905f9060208260448382875af1915081612465573d5f823e3d81fd5b503d801561247e5760015f5114601f3d11169150612485565b5f833b1191505b508061099557604051635274afe760e01b81526001600160a01b038316600482015260240161073d565b6123be5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006123b8565b8154600280547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263d8630aca92859261254192600160a01b900461ffff1690811061253057612530613c8a565b905f5260205f2090600302016134a6565b8554600190600160e01b810461ffff169061257690600160681b810462ffffff1690600160401b900464ffffffffff16613e74565b6125809190613e74565b6040516001600160e01b031960e087901b1681526001600160a01b0390941660048501526024840192909252604483015263ffffffff1660648201526084016020604051808303815f875af11580156125db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ce9190613e91565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015612667573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061268b9190613ed7565b90505f816080015160038111156126a4576126a46137ac565b036126cd576040516328b88cbb60e01b81526001600160a01b038416600482015260240161073d565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015612731573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127559190613cbe565b61277d576040516317df2aab60e11b81526001600160a01b038416600482015260240161073d565b83600201548160600151146127c757606081015160028501546040516365b9316b60e11b81526001600160a01b03861660048201526024810192909252604482015260640161073d565b5f858152600b602090815260408083206001600160a01b0387168452909152902054156128195760405163bf39afb360e01b8152600481018690526001600160a01b038416602482015260440161073d565b8354600160201b900463ffffffff165f5b85546301000000900460ff168110156128a95782516001600160a01b031660065f6128558486613c26565b815260208101919091526040015f20546001600160a01b0316036128a15782516040516326ca85e960e11b8152600481018990526001600160a01b03909116602482015260440161073d565b60010161282a565b50505190505b9392505050565b83546301000000900460ff166128cd816001613c26565b855460ff9190911663010000000263ff000000199091161785556128f2816001613c26565b5f878152600b602090815260408083206001600160a01b038916845290915281209190915585546006908290612936908590600160201b900463ffffffff16613c26565b815260208082019290925260409081015f2080546001600160a01b03888116600161ff0160a01b03199092168217600160a81b89151502178355925186815291945092918816918a917f12bf5ed737653d2074f45564fdb8efb1008df8ea972c413dddcdc4967f4723bc910160405180910390a45095945050505050565b805460048201545f916106f19161010090910460ff16906001600160601b0316613ced565b5f816127106129f061ffff609087901c1687613c4d565b6129fa9190613ced565b612a049190613ced565b949350505050565b5f60ff83901c5f03612a3857612a2a60f084901c60c085901c613e74565b64ffffffffff1690506128af565b612a4e61ffff60e084901c1660b086901c613e74565b64ffffffffff16949350505050565b5f8060ff60e884901c16815b81811015612aaa5760036018601b83020186901c166001198101612a9257846001019450612aa1565b60018103612aa1578360010193505b50600101612a69565b5050915091565b5f60ff84901c15612ad457814311612aca576001612acd565b60045b90506128af565b5f5f612adf86612a5d565b909250905060ff60e887901c16612af68284613c26565b108015612b035750834311155b15612b13576001925050506128af565b848210612b25576002925050506128af565b848110612b37576003925050506128af565b50600495945050505050565b612b536080830160608401613e09565b6001600160601b03165f03612b7b5760405163af13986d60e01b815260040160405180910390fd5b610180820135612b9e57604051633a81a32d60e01b815260040160405180910390fd5b5f612baf60e0840160c08501613da5565b61ffff16612bc360c0850160a08601613da5565b61ffff16612bd760a0860160808701613da5565b61ffff16612be59190613c26565b612bef9190613c26565b90506127108114612c16576040516369c4f15160e11b81526004810182905260240161073d565b43612c28610100850160e08601613d54565b65ffffffffffff1611612c7a57612c46610100840160e08501613d54565b604051632d098d5960e01b815265ffffffffffff9190911660048201526001600160401b034316602482015260440161073d565b6002820154612c8f9063ffffffff1643613c26565b612ca0610100850160e08601613d54565b65ffffffffffff161115612d0c57612cbf610100840160e08501613d54565b600283015465ffffffffffff9190911690612ce09063ffffffff1643613c26565b60405163049fe78160e51b81526001600160401b0392831660048201529116602482015260440161073d565b612d1e61016084016101408501613d18565b60ff161580612d4157506010612d3c61016085016101408601613d18565b60ff16115b15612d7757612d5861016084016101408501613d18565b60405163700a7a0d60e11b815260ff909116600482015260240161073d565b8154600160f01b900460ff165f612d8f600283613f7d565b612d9a906001613f9e565b845490915060ff808316600160f81b909204161115612dc157508254600160f81b900460ff165b60ff8116612dd761014087016101208801613d18565b60ff161080612dfc575060ff8216612df761014087016101208801613d18565b60ff16115b15612e4257612e1361014086016101208701613d18565b60405163ba2b639960e01b815260ff91821660048201528183166024820152908316604482015260640161073d565b612e5461012086016101008701613d8a565b63ffffffff161580612e8d57506001840154600160c01b900463ffffffff16612e8561012087016101008801613d8a565b63ffffffff16115b15612edb57612ea461012086016101008701613d8a565b6001850154604051633e6d1fcd60e11b815263ffffffff9283166004820152600160c01b909104909116602482015260440161073d565b612ee86040860186613e2f565b1580159150612f195750612f0461016086016101408701613d18565b60ff16612f146040870187613e2f565b905014155b15612f6457612f2b6040860186613e2f565b9050612f3f61016087016101408801613d18565b604051631f7af54360e11b8152600481019290925260ff16602482015260440161073d565b5050505050565b604080516001600160a01b0385811660248301528416604482015260648082018490528251808303909101815260849091019091526020810180516001600160e01b03166323b872dd60e01b1790526109959085906134f4565b5f5f5f8351604103612ffc576020840151604085015160608601515f1a612fee88828585613560565b955095509550505050613007565b505081515f91506002905b9250925092565b604051638510129b60e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690638510129b9060240160e060405180830381865afa158015613076573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061309a9190613ed7565b90505f816080015160038111156130b3576130b36137ac565b036130dc576040516328b88cbb60e01b81526001600160a01b038416600482015260240161073d565b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015613140573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131649190613cbe565b61318c576040516317df2aab60e11b81526001600160a01b038416600482015260240161073d565b84600201548160600151146131d657606081015160028601546040516365b9316b60e11b81526001600160a01b03861660048201526024810192909252604482015260640161073d565b5f848152600660205260409020546001600160a01b0316815f01516001600160a01b031614806132175750600185015481516001600160a01b039081169116145b1561325157805160405163eca6a2f960e01b815260048101899052602481018890526001600160a01b03909116604482015260640161073d565b519695505050505050565b5f63ffffffff602083901c1660ff60d884901c168261327a866129b4565b905060ff601086901c165f5b600887901c60ff16811015613457575f6132a08287613c26565b5f8181526006602052604090205490915060ff60a082901c166132c457505061344f565b5f8281526008602052604090205460ff81901c1561330657866132e8878c8a6129d9565b6132f29190613c4d565b6132fc908a613c26565b985050505061344f565b5f61331282875f612ab1565b90505f613325888d610f128f8787613628565b90505f5f5f5b8b8110156133e2575f61333f82601b613c4d565b61334a906018613c26565b87901c60071690505f6003876005811115613367576133676137ac565b1461339c576002876005811115613380576133806137ac565b14613390576003821615156133a4565b600282600316146133a4565b600182600316145b9050806133b25750506133da565b60048216156133cb576133c485613d00565b94506133d7565b6133d484613d00565b93505b50505b60010161332b565b5060038460058111156133f7576133f76137ac565b03613426575f87815260096020526040902054613415908290613c4d565b61341f908e613c26565b9c50613447565b613430828c613c9e565b61343a9084613c4d565b613444908e613c26565b9c505b505050505050505b600101613286565b505050505092915050565b61346c8282611227565b61349b5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161073d565b5050565b80825d5050565b80545f906001600160601b03600160601b820481169116116134d9578154600160601b90046001600160601b03166134e5565b81546001600160601b03165b6001600160601b031692915050565b5f5f60205f8451602086015f885af180613513576040513d5f823e3d81fd5b50505f513d9150811561352a578060011415613537565b6001600160a01b0384163b155b1561099557604051635274afe760e01b81526001600160a01b038516600482015260240161073d565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561359957505f9150600390508261361e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156135ea573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661361557505f92506001915082905061361e565b92505f91508190505b9450945094915050565b60ff60d884901c16600160be1b83161580159061365757506004826005811115613654576136546137ac565b14155b156128af57612a0481613d00565b5f60208284031215613675575f5ffd5b81356001600160e01b0319811681146128af575f5ffd5b6001600160a01b0381168114610b03575f5ffd5b5f602082840312156136b0575f5ffd5b81356128af8161368c565b5f602082840312156136cb575f5ffd5b5035919050565b5f5f604083850312156136e3575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b818110156137345783516001600160a01b031683526020938401939092019160010161370d565b5050838103602080860191909152855180835291810192508501905f5b8181101561377257825160ff16845260209384019390920191600101613751565b50919695505050505050565b5f5f6040838503121561378f575f5ffd5b8235915060208301356137a18161368c565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b600681106137d0576137d06137ac565b9052565b82516001600160a01b03168152610160810160208401516137f860208401826137c0565b50604084015161380d604084018260ff169052565b506060840151613822606084018260ff169052565b506080840151613837608084018260ff169052565b5060a084015161384b60a084018215159052565b5060c084015161386560c084018265ffffffffffff169052565b5060e084015161387f60e084018265ffffffffffff169052565b5061010084015161389561010084018215159052565b506101208401516138ab61012084018215159052565b50826101408301529392505050565b5f602082840312156138ca575f5ffd5b81356001600160401b038111156138df575f5ffd5b82016101c081850312156128af575f5ffd5b5f5f5f5f5f5f60a08789031215613906575f5ffd5b8635955060208701359450604087013561391f8161368c565b93506060870135925060808701356001600160401b03811115613940575f5ffd5b8701601f81018913613950575f5ffd5b80356001600160401b03811115613965575f5ffd5b896020828401011115613976575f5ffd5b60208201935080925050509295509295509295565b5f5f6040838503121561399c575f5ffd5b82356139a78161368c565b946020939093013593505050565b600581106137d0576137d06137ac565b5f610320820190506139d88284516139b5565b60208301516139ec602084018260ff169052565b506040830151613a01604084018260ff169052565b506060830151613a16606084018260ff169052565b506080830151613a2b608084018260ff169052565b5060a0830151613a4460a084018264ffffffffff169052565b5060c0830151613a5e60c084018265ffffffffffff169052565b5060e0830151613a7660e084018263ffffffff169052565b50610100830151613a8e61010084018261ffff169052565b50610120830151613aa661012084018261ffff169052565b50610140830151613abe61014084018261ffff169052565b50610160830151613ad661016084018261ffff169052565b50610180830151613af161018084018264ffffffffff169052565b506101a0830151613b0c6101a084018264ffffffffff169052565b506101c0830151613b2b6101c084018268ffffffffffffffffff169052565b506101e0830151613b486101e08401826001600160a01b03169052565b50610200830151613b656102008401826001600160601b03169052565b50610220830151610220830152610240830151610240830152610260830151610260830152610280830151613b9f61028084018215159052565b506102a0830151613bba6102a084018264ffffffffff169052565b506102c0830151613bd16102c084018260ff169052565b506102e0830151613bee6102e08401826001600160601b03169052565b50610300830151613c0b6103008401826001600160601b03169052565b5092915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106f1576106f1613c12565b634e487b7160e01b5f52604160045260245ffd5b80820281158282048414176106f1576106f1613c12565b80516118058161368c565b5f60208284031215613c7f575f5ffd5b81516128af8161368c565b634e487b7160e01b5f52603260045260245ffd5b818103818111156106f1576106f1613c12565b8015158114610b03575f5ffd5b5f60208284031215613cce575f5ffd5b81516128af81613cb1565b634e487b7160e01b5f52601260045260245ffd5b5f82613cfb57613cfb613cd9565b500490565b5f60018201613d1157613d11613c12565b5060010190565b5f60208284031215613d28575f5ffd5b813560ff811681146128af575f5ffd5b63ffffffff81811683821601908111156106f1576106f1613c12565b5f60208284031215613d64575f5ffd5b813565ffffffffffff811681146128af575f5ffd5b63ffffffff81168114610b03575f5ffd5b5f60208284031215613d9a575f5ffd5b81356128af81613d79565b5f60208284031215613db5575f5ffd5b813561ffff811681146128af575f5ffd5b5f60208284031215613dd6575f5ffd5b813568ffffffffffffffffff811681146128af575f5ffd5b5f60208284031215613dfe575f5ffd5b81356128af81613cb1565b5f60208284031215613e19575f5ffd5b81356001600160601b03811681146128af575f5ffd5b5f5f8335601e19843603018112613e44575f5ffd5b8301803591506001600160401b03821115613e5d575f5ffd5b6020019150600581901b360382131561096a575f5ffd5b64ffffffffff81811683821601908111156106f1576106f1613c12565b5f60208284031215613ea1575f5ffd5b5051919050565b805160048110611805575f5ffd5b805161180581613d79565b80516001600160401b0381168114611805575f5ffd5b5f60e0828403128015613ee8575f5ffd5b5060405160e081016001600160401b0381118282101715613f1757634e487b7160e01b5f52604160045260245ffd5b604052613f2383613c64565b8152602083810151908201526040808401519082015260608084015190820152613f4f60808401613ea8565b6080820152613f6060a08401613eb6565b60a0820152613f7160c08401613ec1565b60c08201529392505050565b5f60ff831680613f8f57613f8f613cd9565b8060ff84160491505092915050565b60ff81811683821601908111156106f1576106f1613c1256fea164736f6c634300081e000a",
}

// TaskMarketExt is an auto generated Go binding around an Ethereum contract.
type TaskMarketExt struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarketExt) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarketExt creates a new instance of TaskMarketExt.
func NewTaskMarketExt() *TaskMarketExt {
	parsed, err := TaskMarketExtMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarketExt{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarketExt) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address staking_, address registry_) returns()
func (taskMarketExt *TaskMarketExt) PackConstructor(token_ common.Address, staking_ common.Address, registry_ common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("", token_, staking_, registry_)
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
func (taskMarketExt *TaskMarketExt) PackDEFAULTADMINROLE() []byte {
	enc, err := taskMarketExt.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (taskMarketExt *TaskMarketExt) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return taskMarketExt.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarketExt *TaskMarketExt) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := taskMarketExt.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (taskMarketExt *TaskMarketExt) PackMAXCOMMITTEE() []byte {
	enc, err := taskMarketExt.abi.Pack("MAX_COMMITTEE")
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
func (taskMarketExt *TaskMarketExt) TryPackMAXCOMMITTEE() ([]byte, error) {
	return taskMarketExt.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (taskMarketExt *TaskMarketExt) UnpackMAXCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarketExt.abi.Unpack("MAX_COMMITTEE", data)
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
func (taskMarketExt *TaskMarketExt) PackMAXREPLICATION() []byte {
	enc, err := taskMarketExt.abi.Pack("MAX_REPLICATION")
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
func (taskMarketExt *TaskMarketExt) TryPackMAXREPLICATION() ([]byte, error) {
	return taskMarketExt.abi.Pack("MAX_REPLICATION")
}

// UnpackMAXREPLICATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (taskMarketExt *TaskMarketExt) UnpackMAXREPLICATION(data []byte) (uint8, error) {
	out, err := taskMarketExt.abi.Unpack("MAX_REPLICATION", data)
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
func (taskMarketExt *TaskMarketExt) PackMINCOMMITTEE() []byte {
	enc, err := taskMarketExt.abi.Pack("MIN_COMMITTEE")
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
func (taskMarketExt *TaskMarketExt) TryPackMINCOMMITTEE() ([]byte, error) {
	return taskMarketExt.abi.Pack("MIN_COMMITTEE")
}

// UnpackMINCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3bb3dd0.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (taskMarketExt *TaskMarketExt) UnpackMINCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarketExt.abi.Unpack("MIN_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREEXECUTIONREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47057e4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REEXECUTION_REPORT_TYPEHASH() view returns(bytes32)
func (taskMarketExt *TaskMarketExt) PackREEXECUTIONREPORTTYPEHASH() []byte {
	enc, err := taskMarketExt.abi.Pack("REEXECUTION_REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREEXECUTIONREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47057e4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REEXECUTION_REPORT_TYPEHASH() view returns(bytes32)
func (taskMarketExt *TaskMarketExt) TryPackREEXECUTIONREPORTTYPEHASH() ([]byte, error) {
	return taskMarketExt.abi.Pack("REEXECUTION_REPORT_TYPEHASH")
}

// UnpackREEXECUTIONREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47057e4f.
//
// Solidity: function REEXECUTION_REPORT_TYPEHASH() view returns(bytes32)
func (taskMarketExt *TaskMarketExt) UnpackREEXECUTIONREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := taskMarketExt.abi.Unpack("REEXECUTION_REPORT_TYPEHASH", data)
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
func (taskMarketExt *TaskMarketExt) PackAccept(taskId *big.Int, enclave common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("accept", taskId, enclave)
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
func (taskMarketExt *TaskMarketExt) TryPackAccept(taskId *big.Int, enclave common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("accept", taskId, enclave)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 taskId) returns()
func (taskMarketExt *TaskMarketExt) PackCancel(taskId *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("cancel", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 taskId) returns()
func (taskMarketExt *TaskMarketExt) TryPackCancel(taskId *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("cancel", taskId)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce40e671.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(address verifier, uint256 commitId) view returns(bytes32 hashPrefix, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) PackCommitmentOf(verifier common.Address, commitId *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("commitmentOf", verifier, commitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce40e671.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(address verifier, uint256 commitId) view returns(bytes32 hashPrefix, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) TryPackCommitmentOf(verifier common.Address, commitId *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("commitmentOf", verifier, commitId)
}

// CommitmentOfOutput serves as a container for the return parameters of contract
// method CommitmentOf.
type CommitmentOfOutput struct {
	HashPrefix [32]byte
	AtBlock    uint64
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce40e671.
//
// Solidity: function commitmentOf(address verifier, uint256 commitId) view returns(bytes32 hashPrefix, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) UnpackCommitmentOf(data []byte) (CommitmentOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("commitmentOf", data)
	outstruct := new(CommitmentOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.HashPrefix = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.AtBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCommitteeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2da7bcdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeOf(uint256 taskId, uint256 index) view returns(address[] members, uint8[] votes)
func (taskMarketExt *TaskMarketExt) PackCommitteeOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("committeeOf", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2da7bcdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeOf(uint256 taskId, uint256 index) view returns(address[] members, uint8[] votes)
func (taskMarketExt *TaskMarketExt) TryPackCommitteeOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("committeeOf", taskId, index)
}

// CommitteeOfOutput serves as a container for the return parameters of contract
// method CommitteeOf.
type CommitteeOfOutput struct {
	Members []common.Address
	Votes   []uint8
}

// UnpackCommitteeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2da7bcdb.
//
// Solidity: function committeeOf(uint256 taskId, uint256 index) view returns(address[] members, uint8[] votes)
func (taskMarketExt *TaskMarketExt) UnpackCommitteeOf(data []byte) (CommitteeOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("committeeOf", data)
	outstruct := new(CommitteeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Members = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Votes = *abi.ConvertType(out[1], new([]uint8)).(*[]uint8)
	return *outstruct, nil
}

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(address operator) view returns(uint256)
func (taskMarketExt *TaskMarketExt) PackEarnings(operator common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("earnings", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543fd313.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(address operator) view returns(uint256)
func (taskMarketExt *TaskMarketExt) TryPackEarnings(operator common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("earnings", operator)
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x543fd313.
//
// Solidity: function earnings(address operator) view returns(uint256)
func (taskMarketExt *TaskMarketExt) UnpackEarnings(data []byte) (*big.Int, error) {
	out, err := taskMarketExt.abi.Unpack("earnings", data)
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
func (taskMarketExt *TaskMarketExt) PackFailRewardOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("failRewardOf", taskId, index)
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
func (taskMarketExt *TaskMarketExt) TryPackFailRewardOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("failRewardOf", taskId, index)
}

// UnpackFailRewardOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2b1f09f.
//
// Solidity: function failRewardOf(uint256 taskId, uint256 index) view returns(uint256)
func (taskMarketExt *TaskMarketExt) UnpackFailRewardOf(data []byte) (*big.Int, error) {
	out, err := taskMarketExt.abi.Unpack("failRewardOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarketExt *TaskMarketExt) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := taskMarketExt.abi.Pack("getRoleAdmin", role)
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
func (taskMarketExt *TaskMarketExt) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return taskMarketExt.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarketExt *TaskMarketExt) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := taskMarketExt.abi.Unpack("getRoleAdmin", data)
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
func (taskMarketExt *TaskMarketExt) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("grantRole", role, account)
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
func (taskMarketExt *TaskMarketExt) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarketExt *TaskMarketExt) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("hasRole", role, account)
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
func (taskMarketExt *TaskMarketExt) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarketExt *TaskMarketExt) UnpackHasRole(data []byte) (bool, error) {
	out, err := taskMarketExt.abi.Unpack("hasRole", data)
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
func (taskMarketExt *TaskMarketExt) PackIsClaimed(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("isClaimed", taskId, index)
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
func (taskMarketExt *TaskMarketExt) TryPackIsClaimed(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("isClaimed", taskId, index)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf364c90c.
//
// Solidity: function isClaimed(uint256 taskId, uint256 index) view returns(bool)
func (taskMarketExt *TaskMarketExt) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := taskMarketExt.abi.Unpack("isClaimed", data)
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
func (taskMarketExt *TaskMarketExt) PackLedgerRootOf(arg0 common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("ledgerRootOf", arg0)
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
func (taskMarketExt *TaskMarketExt) TryPackLedgerRootOf(arg0 common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("ledgerRootOf", arg0)
}

// UnpackLedgerRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56dde277.
//
// Solidity: function ledgerRootOf(address ) view returns(bytes32)
func (taskMarketExt *TaskMarketExt) UnpackLedgerRootOf(data []byte) ([32]byte, error) {
	out, err := taskMarketExt.abi.Unpack("ledgerRootOf", data)
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
func (taskMarketExt *TaskMarketExt) PackNextResultId() []byte {
	enc, err := taskMarketExt.abi.Pack("nextResultId")
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
func (taskMarketExt *TaskMarketExt) TryPackNextResultId() ([]byte, error) {
	return taskMarketExt.abi.Pack("nextResultId")
}

// UnpackNextResultId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7214e655.
//
// Solidity: function nextResultId() view returns(uint32)
func (taskMarketExt *TaskMarketExt) UnpackNextResultId(data []byte) (uint32, error) {
	out, err := taskMarketExt.abi.Unpack("nextResultId", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPendingUnlockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13faf59d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingUnlockOf(address operator) view returns(uint256 amount, uint256 slots)
func (taskMarketExt *TaskMarketExt) PackPendingUnlockOf(operator common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("pendingUnlockOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingUnlockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13faf59d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingUnlockOf(address operator) view returns(uint256 amount, uint256 slots)
func (taskMarketExt *TaskMarketExt) TryPackPendingUnlockOf(operator common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("pendingUnlockOf", operator)
}

// PendingUnlockOfOutput serves as a container for the return parameters of contract
// method PendingUnlockOf.
type PendingUnlockOfOutput struct {
	Amount *big.Int
	Slots  *big.Int
}

// UnpackPendingUnlockOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13faf59d.
//
// Solidity: function pendingUnlockOf(address operator) view returns(uint256 amount, uint256 slots)
func (taskMarketExt *TaskMarketExt) UnpackPendingUnlockOf(data []byte) (PendingUnlockOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("pendingUnlockOf", data)
	outstruct := new(PendingUnlockOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Slots = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99580bcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72,bytes32,bool) spec) returns(uint256 taskId)
func (taskMarketExt *TaskMarketExt) PackPublish(spec TaskMarketBaseTaskSpec) []byte {
	enc, err := taskMarketExt.abi.Pack("publish", spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99580bcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72,bytes32,bool) spec) returns(uint256 taskId)
func (taskMarketExt *TaskMarketExt) TryPackPublish(spec TaskMarketBaseTaskSpec) ([]byte, error) {
	return taskMarketExt.abi.Pack("publish", spec)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99580bcf.
//
// Solidity: function publish((bytes32,bytes32,address[],uint96,uint16,uint16,uint16,uint48,uint32,uint8,uint8,uint72,bytes32,bool) spec) returns(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := taskMarketExt.abi.Unpack("publish", data)
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
func (taskMarketExt *TaskMarketExt) PackReexecBps() []byte {
	enc, err := taskMarketExt.abi.Pack("reexecBps")
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
func (taskMarketExt *TaskMarketExt) TryPackReexecBps() ([]byte, error) {
	return taskMarketExt.abi.Pack("reexecBps")
}

// UnpackReexecBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc618c97f.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarketExt *TaskMarketExt) UnpackReexecBps(data []byte) (uint16, error) {
	out, err := taskMarketExt.abi.Unpack("reexecBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackReexecutionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0c4560.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reexecutionOf(uint256 taskId, uint256 index) view returns(address operator, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) PackReexecutionOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("reexecutionOf", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReexecutionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0c4560.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reexecutionOf(uint256 taskId, uint256 index) view returns(address operator, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) TryPackReexecutionOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("reexecutionOf", taskId, index)
}

// ReexecutionOfOutput serves as a container for the return parameters of contract
// method ReexecutionOf.
type ReexecutionOfOutput struct {
	Operator common.Address
	AtBlock  uint64
}

// UnpackReexecutionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb0c4560.
//
// Solidity: function reexecutionOf(uint256 taskId, uint256 index) view returns(address operator, uint64 atBlock)
func (taskMarketExt *TaskMarketExt) UnpackReexecutionOf(data []byte) (ReexecutionOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("reexecutionOf", data)
	outstruct := new(ReexecutionOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.AtBlock = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (taskMarketExt *TaskMarketExt) PackRegistry() []byte {
	enc, err := taskMarketExt.abi.Pack("registry")
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
func (taskMarketExt *TaskMarketExt) TryPackRegistry() ([]byte, error) {
	return taskMarketExt.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (taskMarketExt *TaskMarketExt) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := taskMarketExt.abi.Unpack("registry", data)
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
func (taskMarketExt *TaskMarketExt) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("renounceRole", role, callerConfirmation)
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
func (taskMarketExt *TaskMarketExt) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportReexecution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d6c577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportReexecution(uint256 taskId, uint256 index, address enclave, bytes32 outputHash, bytes signature) returns()
func (taskMarketExt *TaskMarketExt) PackReportReexecution(taskId *big.Int, index *big.Int, enclave common.Address, outputHash [32]byte, signature []byte) []byte {
	enc, err := taskMarketExt.abi.Pack("reportReexecution", taskId, index, enclave, outputHash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportReexecution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d6c577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportReexecution(uint256 taskId, uint256 index, address enclave, bytes32 outputHash, bytes signature) returns()
func (taskMarketExt *TaskMarketExt) TryPackReportReexecution(taskId *big.Int, index *big.Int, enclave common.Address, outputHash [32]byte, signature []byte) ([]byte, error) {
	return taskMarketExt.abi.Pack("reportReexecution", taskId, index, enclave, outputHash, signature)
}

// PackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x893296b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint8,uint8,uint8,bool,uint48,uint48,bool,bool) r, bytes32 payoutRoot)
func (taskMarketExt *TaskMarketExt) PackResultOf(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("resultOf", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x893296b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint8,uint8,uint8,bool,uint48,uint48,bool,bool) r, bytes32 payoutRoot)
func (taskMarketExt *TaskMarketExt) TryPackResultOf(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("resultOf", taskId, index)
}

// ResultOfOutput serves as a container for the return parameters of contract
// method ResultOf.
type ResultOfOutput struct {
	R          TaskMarketBaseResult
	PayoutRoot [32]byte
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x893296b4.
//
// Solidity: function resultOf(uint256 taskId, uint256 index) view returns((address,uint8,uint8,uint8,uint8,bool,uint48,uint48,bool,bool) r, bytes32 payoutRoot)
func (taskMarketExt *TaskMarketExt) UnpackResultOf(data []byte) (ResultOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("resultOf", data)
	outstruct := new(ResultOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.R = *abi.ConvertType(out[0], new(TaskMarketBaseResult)).(*TaskMarketBaseResult)
	outstruct.PayoutRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarketExt *TaskMarketExt) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("revokeRole", role, account)
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
func (taskMarketExt *TaskMarketExt) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("revokeRole", role, account)
}

// PackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x878ecfec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node, uint256 reexecPerVote, uint256 reexecNode)
func (taskMarketExt *TaskMarketExt) PackSharesOf(taskId *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("sharesOf", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSharesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x878ecfec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node, uint256 reexecPerVote, uint256 reexecNode)
func (taskMarketExt *TaskMarketExt) TryPackSharesOf(taskId *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("sharesOf", taskId)
}

// SharesOfOutput serves as a container for the return parameters of contract
// method SharesOf.
type SharesOfOutput struct {
	Share         *big.Int
	Users         *big.Int
	PerVote       *big.Int
	Node          *big.Int
	ReexecPerVote *big.Int
	ReexecNode    *big.Int
}

// UnpackSharesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x878ecfec.
//
// Solidity: function sharesOf(uint256 taskId) view returns(uint256 share, uint256 users, uint256 perVote, uint256 node, uint256 reexecPerVote, uint256 reexecNode)
func (taskMarketExt *TaskMarketExt) UnpackSharesOf(data []byte) (SharesOfOutput, error) {
	out, err := taskMarketExt.abi.Unpack("sharesOf", data)
	outstruct := new(SharesOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Share = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Users = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PerVote = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Node = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.ReexecPerVote = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.ReexecNode = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSlotIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cb79c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotIndexOf(uint256 taskId, address enclave) view returns(uint256)
func (taskMarketExt *TaskMarketExt) PackSlotIndexOf(taskId *big.Int, enclave common.Address) []byte {
	enc, err := taskMarketExt.abi.Pack("slotIndexOf", taskId, enclave)
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
func (taskMarketExt *TaskMarketExt) TryPackSlotIndexOf(taskId *big.Int, enclave common.Address) ([]byte, error) {
	return taskMarketExt.abi.Pack("slotIndexOf", taskId, enclave)
}

// UnpackSlotIndexOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8cb79c7.
//
// Solidity: function slotIndexOf(uint256 taskId, address enclave) view returns(uint256)
func (taskMarketExt *TaskMarketExt) UnpackSlotIndexOf(data []byte) (*big.Int, error) {
	out, err := taskMarketExt.abi.Unpack("slotIndexOf", data)
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
func (taskMarketExt *TaskMarketExt) PackStaking() []byte {
	enc, err := taskMarketExt.abi.Pack("staking")
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
func (taskMarketExt *TaskMarketExt) TryPackStaking() ([]byte, error) {
	return taskMarketExt.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (taskMarketExt *TaskMarketExt) UnpackStaking(data []byte) (common.Address, error) {
	out, err := taskMarketExt.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarketExt *TaskMarketExt) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := taskMarketExt.abi.Pack("supportsInterface", interfaceId)
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
func (taskMarketExt *TaskMarketExt) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return taskMarketExt.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarketExt *TaskMarketExt) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := taskMarketExt.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa60e733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(uint256 taskId) returns()
func (taskMarketExt *TaskMarketExt) PackSweep(taskId *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("sweep", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa60e733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(uint256 taskId) returns()
func (taskMarketExt *TaskMarketExt) TryPackSweep(taskId *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("sweep", taskId)
}

// PackTaskCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6cb58a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketExt *TaskMarketExt) PackTaskCount() []byte {
	enc, err := taskMarketExt.abi.Pack("taskCount")
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
func (taskMarketExt *TaskMarketExt) TryPackTaskCount() ([]byte, error) {
	return taskMarketExt.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketExt *TaskMarketExt) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarketExt.abi.Unpack("taskCount", data)
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
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint16,uint16,uint40,uint40,uint72,address,uint96,bytes32,bytes32,bytes32,bool,uint40,uint8,uint96,uint96) v)
func (taskMarketExt *TaskMarketExt) PackTaskOf(taskId *big.Int) []byte {
	enc, err := taskMarketExt.abi.Pack("taskOf", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5b36e24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint16,uint16,uint40,uint40,uint72,address,uint96,bytes32,bytes32,bytes32,bool,uint40,uint8,uint96,uint96) v)
func (taskMarketExt *TaskMarketExt) TryPackTaskOf(taskId *big.Int) ([]byte, error) {
	return taskMarketExt.abi.Pack("taskOf", taskId)
}

// UnpackTaskOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5b36e24.
//
// Solidity: function taskOf(uint256 taskId) view returns((uint8,uint8,uint8,uint8,uint8,uint40,uint48,uint32,uint16,uint16,uint16,uint16,uint40,uint40,uint72,address,uint96,bytes32,bytes32,bytes32,bool,uint40,uint8,uint96,uint96) v)
func (taskMarketExt *TaskMarketExt) UnpackTaskOf(data []byte) (TaskMarketBaseTask, error) {
	out, err := taskMarketExt.abi.Unpack("taskOf", data)
	if err != nil {
		return *new(TaskMarketBaseTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketBaseTask)).(*TaskMarketBaseTask)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (taskMarketExt *TaskMarketExt) PackToken() []byte {
	enc, err := taskMarketExt.abi.Pack("token")
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
func (taskMarketExt *TaskMarketExt) TryPackToken() ([]byte, error) {
	return taskMarketExt.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (taskMarketExt *TaskMarketExt) UnpackToken(data []byte) (common.Address, error) {
	out, err := taskMarketExt.abi.Unpack("token", data)
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
func (taskMarketExt *TaskMarketExt) PackTreasury() []byte {
	enc, err := taskMarketExt.abi.Pack("treasury")
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
func (taskMarketExt *TaskMarketExt) TryPackTreasury() ([]byte, error) {
	return taskMarketExt.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarketExt *TaskMarketExt) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarketExt.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TaskMarketExtEnclaveAssigned represents a EnclaveAssigned event raised by the TaskMarketExt contract.
type TaskMarketExtEnclaveAssigned struct {
	TaskId   *big.Int
	Index    *big.Int
	Enclave  common.Address
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtEnclaveAssignedEventName = "EnclaveAssigned"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtEnclaveAssigned) ContractEventName() string {
	return TaskMarketExtEnclaveAssignedEventName
}

// UnpackEnclaveAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveAssigned(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator)
func (taskMarketExt *TaskMarketExt) UnpackEnclaveAssignedEvent(log *types.Log) (*TaskMarketExtEnclaveAssigned, error) {
	event := "EnclaveAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtEnclaveAssigned)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtReexecutionReported represents a ReexecutionReported event raised by the TaskMarketExt contract.
type TaskMarketExtReexecutionReported struct {
	TaskId     *big.Int
	Index      *big.Int
	Enclave    common.Address
	Operator   common.Address
	OutputHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtReexecutionReportedEventName = "ReexecutionReported"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtReexecutionReported) ContractEventName() string {
	return TaskMarketExtReexecutionReportedEventName
}

// UnpackReexecutionReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReexecutionReported(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator, bytes32 outputHash)
func (taskMarketExt *TaskMarketExt) UnpackReexecutionReportedEvent(log *types.Log) (*TaskMarketExtReexecutionReported, error) {
	event := "ReexecutionReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtReexecutionReported)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtRoleAdminChanged represents a RoleAdminChanged event raised by the TaskMarketExt contract.
type TaskMarketExtRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtRoleAdminChanged) ContractEventName() string {
	return TaskMarketExtRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (taskMarketExt *TaskMarketExt) UnpackRoleAdminChangedEvent(log *types.Log) (*TaskMarketExtRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtRoleGranted represents a RoleGranted event raised by the TaskMarketExt contract.
type TaskMarketExtRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtRoleGranted) ContractEventName() string {
	return TaskMarketExtRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarketExt *TaskMarketExt) UnpackRoleGrantedEvent(log *types.Log) (*TaskMarketExtRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtRoleGranted)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtRoleRevoked represents a RoleRevoked event raised by the TaskMarketExt contract.
type TaskMarketExtRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtRoleRevoked) ContractEventName() string {
	return TaskMarketExtRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarketExt *TaskMarketExt) UnpackRoleRevokedEvent(log *types.Log) (*TaskMarketExtRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtRoleRevoked)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtTaskAccepted represents a TaskAccepted event raised by the TaskMarketExt contract.
type TaskMarketExtTaskAccepted struct {
	TaskId   *big.Int
	Index    *big.Int
	Enclave  common.Address
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtTaskAcceptedEventName = "TaskAccepted"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtTaskAccepted) ContractEventName() string {
	return TaskMarketExtTaskAcceptedEventName
}

// UnpackTaskAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskAccepted(uint256 indexed taskId, uint256 index, address indexed enclave, address indexed operator)
func (taskMarketExt *TaskMarketExt) UnpackTaskAcceptedEvent(log *types.Log) (*TaskMarketExtTaskAccepted, error) {
	event := "TaskAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtTaskAccepted)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtTaskCancelled represents a TaskCancelled event raised by the TaskMarketExt contract.
type TaskMarketExtTaskCancelled struct {
	TaskId *big.Int
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtTaskCancelledEventName = "TaskCancelled"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtTaskCancelled) ContractEventName() string {
	return TaskMarketExtTaskCancelledEventName
}

// UnpackTaskCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskCancelled(uint256 indexed taskId, uint256 refund)
func (taskMarketExt *TaskMarketExt) UnpackTaskCancelledEvent(log *types.Log) (*TaskMarketExtTaskCancelled, error) {
	event := "TaskCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtTaskCancelled)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtTaskPublished represents a TaskPublished event raised by the TaskMarketExt contract.
type TaskMarketExtTaskPublished struct {
	TaskId      *big.Int
	Owner       common.Address
	Measurement [32]byte
	DatasetHash [32]byte
	Fee         *big.Int
	Replication uint8
	Deadline    *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtTaskPublishedEventName = "TaskPublished"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtTaskPublished) ContractEventName() string {
	return TaskMarketExtTaskPublishedEventName
}

// UnpackTaskPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPublished(uint256 indexed taskId, address indexed owner, bytes32 measurement, bytes32 datasetHash, uint96 fee, uint8 replication, uint48 deadline)
func (taskMarketExt *TaskMarketExt) UnpackTaskPublishedEvent(log *types.Log) (*TaskMarketExtTaskPublished, error) {
	event := "TaskPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtTaskPublished)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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

// TaskMarketExtTaskSweptToTreasury represents a TaskSweptToTreasury event raised by the TaskMarketExt contract.
type TaskMarketExtTaskSweptToTreasury struct {
	TaskId *big.Int
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketExtTaskSweptToTreasuryEventName = "TaskSweptToTreasury"

// ContractEventName returns the user-defined event name.
func (TaskMarketExtTaskSweptToTreasury) ContractEventName() string {
	return TaskMarketExtTaskSweptToTreasuryEventName
}

// UnpackTaskSweptToTreasuryEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSweptToTreasury(uint256 indexed taskId, uint256 amount)
func (taskMarketExt *TaskMarketExt) UnpackTaskSweptToTreasuryEvent(log *types.Log) (*TaskMarketExtTaskSweptToTreasury, error) {
	event := "TaskSweptToTreasury"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketExt.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketExtTaskSweptToTreasury)
	if len(log.Data) > 0 {
		if err := taskMarketExt.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketExt.abi.Events[event].Inputs {
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
func (taskMarketExt *TaskMarketExt) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["BadQuorum"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackBadQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["BadReplication"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackBadReplicationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["BadSplit"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackBadSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["BadVotingWindow"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackBadVotingWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["CallerNotOperator"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackCallerNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ClaimPeriodRunning"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackClaimPeriodRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["EnclaveAlreadyAssigned"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackEnclaveAlreadyAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["EnclaveCountMismatch"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackEnclaveCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["EnclaveInactive"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackEnclaveInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["EnclaveMeasurementMismatch"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackEnclaveMeasurementMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["InvalidReexecutionSignature"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackInvalidReexecutionSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["NoOpenSlot"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackNoOpenSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["NoSuchResult"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackNoSuchResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["NotSelectedForReexecution"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackNotSelectedForReexecutionError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["NotTaskOwner"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackNotTaskOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["OperatorAlreadyAssigned"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackOperatorAlreadyAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ReexecutionAlreadyReported"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackReexecutionAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ReexecutorNotIndependent"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackReexecutorNotIndependentError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["TaskAlreadySettled"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackTaskAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["TaskHasLiableSlots"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackTaskHasLiableSlotsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["TaskNotSettled"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackTaskNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["UnregisteredEnclave"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackUnregisteredEnclaveError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ZeroFee"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackZeroFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketExt.abi.Errors["ZeroResultKey"].ID.Bytes()[:4]) {
		return taskMarketExt.UnpackZeroResultKeyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketExtAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TaskMarketExt contract.
type TaskMarketExtAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TaskMarketExtAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (taskMarketExt *TaskMarketExt) UnpackAccessControlBadConfirmationError(raw []byte) (*TaskMarketExtAccessControlBadConfirmation, error) {
	out := new(TaskMarketExtAccessControlBadConfirmation)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TaskMarketExt contract.
type TaskMarketExtAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TaskMarketExtAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (taskMarketExt *TaskMarketExt) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TaskMarketExtAccessControlUnauthorizedAccount, error) {
	out := new(TaskMarketExtAccessControlUnauthorizedAccount)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtBadQuorum represents a BadQuorum error raised by the TaskMarketExt contract.
type TaskMarketExtBadQuorum struct {
	Quorum  uint8
	Minimum uint8
	Maximum uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQuorum(uint8 quorum, uint8 minimum, uint8 maximum)
func TaskMarketExtBadQuorumErrorID() common.Hash {
	return common.HexToHash("0xba2b639927fd7052bfc2b1feba1f5e4a88f0a4c2a2a937cd2263138ac0b45c63")
}

// UnpackBadQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQuorum(uint8 quorum, uint8 minimum, uint8 maximum)
func (taskMarketExt *TaskMarketExt) UnpackBadQuorumError(raw []byte) (*TaskMarketExtBadQuorum, error) {
	out := new(TaskMarketExtBadQuorum)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "BadQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtBadReplication represents a BadReplication error raised by the TaskMarketExt contract.
type TaskMarketExtBadReplication struct {
	Replication uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReplication(uint8 replication)
func TaskMarketExtBadReplicationErrorID() common.Hash {
	return common.HexToHash("0xe014f41ad31af950ce736eada50b2cedb480275e701afad3cfc8c97a1c8ab860")
}

// UnpackBadReplicationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReplication(uint8 replication)
func (taskMarketExt *TaskMarketExt) UnpackBadReplicationError(raw []byte) (*TaskMarketExtBadReplication, error) {
	out := new(TaskMarketExtBadReplication)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "BadReplication", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtBadSplit represents a BadSplit error raised by the TaskMarketExt contract.
type TaskMarketExtBadSplit struct {
	SumBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSplit(uint256 sumBps)
func TaskMarketExtBadSplitErrorID() common.Hash {
	return common.HexToHash("0xd389e2a215b9fdffd717f5515d0f3691cbbf0fab610021caab58f3ff5ab2006c")
}

// UnpackBadSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSplit(uint256 sumBps)
func (taskMarketExt *TaskMarketExt) UnpackBadSplitError(raw []byte) (*TaskMarketExtBadSplit, error) {
	out := new(TaskMarketExtBadSplit)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "BadSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtBadVotingWindow represents a BadVotingWindow error raised by the TaskMarketExt contract.
type TaskMarketExtBadVotingWindow struct {
	Window  uint32
	Maximum uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVotingWindow(uint32 window, uint32 maximum)
func TaskMarketExtBadVotingWindowErrorID() common.Hash {
	return common.HexToHash("0x7cda3f9aa8534d5e0ab93e484394b7826a72d9e4cab737b854a8c3a00f5450d6")
}

// UnpackBadVotingWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVotingWindow(uint32 window, uint32 maximum)
func (taskMarketExt *TaskMarketExt) UnpackBadVotingWindowError(raw []byte) (*TaskMarketExtBadVotingWindow, error) {
	out := new(TaskMarketExtBadVotingWindow)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "BadVotingWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtCallerNotOperator represents a CallerNotOperator error raised by the TaskMarketExt contract.
type TaskMarketExtCallerNotOperator struct {
	Enclave common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotOperator(address enclave, address caller)
func TaskMarketExtCallerNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x89b4997fb782e5d43f0329c5fcd4e2b1cdad180105834c348ea352c6cfa06bda")
}

// UnpackCallerNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotOperator(address enclave, address caller)
func (taskMarketExt *TaskMarketExt) UnpackCallerNotOperatorError(raw []byte) (*TaskMarketExtCallerNotOperator, error) {
	out := new(TaskMarketExtCallerNotOperator)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "CallerNotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtClaimPeriodRunning represents a ClaimPeriodRunning error raised by the TaskMarketExt contract.
type TaskMarketExtClaimPeriodRunning struct {
	TaskId      *big.Int
	SweepableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimPeriodRunning(uint256 taskId, uint64 sweepableAt)
func TaskMarketExtClaimPeriodRunningErrorID() common.Hash {
	return common.HexToHash("0x8cbcbab5a938cacbcb176954a5ee2dd0a7d3c32614f140027bd50832f0cb1efd")
}

// UnpackClaimPeriodRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimPeriodRunning(uint256 taskId, uint64 sweepableAt)
func (taskMarketExt *TaskMarketExt) UnpackClaimPeriodRunningError(raw []byte) (*TaskMarketExtClaimPeriodRunning, error) {
	out := new(TaskMarketExtClaimPeriodRunning)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ClaimPeriodRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtDeadlineInPast represents a DeadlineInPast error raised by the TaskMarketExt contract.
type TaskMarketExtDeadlineInPast struct {
	Deadline     uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 currentBlock)
func TaskMarketExtDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x2d098d597073c3b5cb467b888c2accb74d0465ca6f031ba950272ca0fc527935")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint64 currentBlock)
func (taskMarketExt *TaskMarketExt) UnpackDeadlineInPastError(raw []byte) (*TaskMarketExtDeadlineInPast, error) {
	out := new(TaskMarketExtDeadlineInPast)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtDeadlinePassed represents a DeadlinePassed error raised by the TaskMarketExt contract.
type TaskMarketExtDeadlinePassed struct {
	TaskId   *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 taskId, uint64 deadline)
func TaskMarketExtDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 taskId, uint64 deadline)
func (taskMarketExt *TaskMarketExt) UnpackDeadlinePassedError(raw []byte) (*TaskMarketExtDeadlinePassed, error) {
	out := new(TaskMarketExtDeadlinePassed)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtDeadlineTooFar represents a DeadlineTooFar error raised by the TaskMarketExt contract.
type TaskMarketExtDeadlineTooFar struct {
	Deadline uint64
	Latest   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint64 latest)
func TaskMarketExtDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x93fcf0207337b507d4d045a4c5f7bb69d1adfc42a0fcea1d66e5225874b71496")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint64 latest)
func (taskMarketExt *TaskMarketExt) UnpackDeadlineTooFarError(raw []byte) (*TaskMarketExtDeadlineTooFar, error) {
	out := new(TaskMarketExtDeadlineTooFar)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtEnclaveAlreadyAssigned represents a EnclaveAlreadyAssigned error raised by the TaskMarketExt contract.
type TaskMarketExtEnclaveAlreadyAssigned struct {
	TaskId  *big.Int
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveAlreadyAssigned(uint256 taskId, address enclave)
func TaskMarketExtEnclaveAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0xbf39afb3646161b64ba81a4b634f64b9051a52e9b1750bc57a2d718d971f4cbf")
}

// UnpackEnclaveAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveAlreadyAssigned(uint256 taskId, address enclave)
func (taskMarketExt *TaskMarketExt) UnpackEnclaveAlreadyAssignedError(raw []byte) (*TaskMarketExtEnclaveAlreadyAssigned, error) {
	out := new(TaskMarketExtEnclaveAlreadyAssigned)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "EnclaveAlreadyAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtEnclaveCountMismatch represents a EnclaveCountMismatch error raised by the TaskMarketExt contract.
type TaskMarketExtEnclaveCountMismatch struct {
	Named       *big.Int
	Replication uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveCountMismatch(uint256 named, uint8 replication)
func TaskMarketExtEnclaveCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3ef5ea86d6587cfb6538c2bc54d25271a5762ff829f93b822d968994dd91a9bb")
}

// UnpackEnclaveCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveCountMismatch(uint256 named, uint8 replication)
func (taskMarketExt *TaskMarketExt) UnpackEnclaveCountMismatchError(raw []byte) (*TaskMarketExtEnclaveCountMismatch, error) {
	out := new(TaskMarketExtEnclaveCountMismatch)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "EnclaveCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtEnclaveInactive represents a EnclaveInactive error raised by the TaskMarketExt contract.
type TaskMarketExtEnclaveInactive struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveInactive(address enclave)
func TaskMarketExtEnclaveInactiveErrorID() common.Hash {
	return common.HexToHash("0x2fbe5556005f16c8110ae19543a2d105e22faebd76871e76e997966753b79267")
}

// UnpackEnclaveInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveInactive(address enclave)
func (taskMarketExt *TaskMarketExt) UnpackEnclaveInactiveError(raw []byte) (*TaskMarketExtEnclaveInactive, error) {
	out := new(TaskMarketExtEnclaveInactive)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "EnclaveInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtEnclaveMeasurementMismatch represents a EnclaveMeasurementMismatch error raised by the TaskMarketExt contract.
type TaskMarketExtEnclaveMeasurementMismatch struct {
	Enclave     common.Address
	Measurement [32]byte
	Expected    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected)
func TaskMarketExtEnclaveMeasurementMismatchErrorID() common.Hash {
	return common.HexToHash("0xcb7262d651f865f475b2ef3bf4d67bf59dc4c2173382d4edbcd4b985810cb14c")
}

// UnpackEnclaveMeasurementMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveMeasurementMismatch(address enclave, bytes32 measurement, bytes32 expected)
func (taskMarketExt *TaskMarketExt) UnpackEnclaveMeasurementMismatchError(raw []byte) (*TaskMarketExtEnclaveMeasurementMismatch, error) {
	out := new(TaskMarketExtEnclaveMeasurementMismatch)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "EnclaveMeasurementMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtInvalidReexecutionSignature represents a InvalidReexecutionSignature error raised by the TaskMarketExt contract.
type TaskMarketExtInvalidReexecutionSignature struct {
	Signer  common.Address
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReexecutionSignature(address signer, address enclave)
func TaskMarketExtInvalidReexecutionSignatureErrorID() common.Hash {
	return common.HexToHash("0xb7d932777481f85c59db43b2e35286c7d961d9c070e009ffcf4483407afe397f")
}

// UnpackInvalidReexecutionSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReexecutionSignature(address signer, address enclave)
func (taskMarketExt *TaskMarketExt) UnpackInvalidReexecutionSignatureError(raw []byte) (*TaskMarketExtInvalidReexecutionSignature, error) {
	out := new(TaskMarketExtInvalidReexecutionSignature)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "InvalidReexecutionSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtNoOpenSlot represents a NoOpenSlot error raised by the TaskMarketExt contract.
type TaskMarketExtNoOpenSlot struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenSlot(uint256 taskId)
func TaskMarketExtNoOpenSlotErrorID() common.Hash {
	return common.HexToHash("0xb0a03dad09df7ffea4575d932f8f7395d518febe6ed7af9a6044449b5ee5ee1d")
}

// UnpackNoOpenSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenSlot(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackNoOpenSlotError(raw []byte) (*TaskMarketExtNoOpenSlot, error) {
	out := new(TaskMarketExtNoOpenSlot)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "NoOpenSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtNoSuchResult represents a NoSuchResult error raised by the TaskMarketExt contract.
type TaskMarketExtNoSuchResult struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func TaskMarketExtNoSuchResultErrorID() common.Hash {
	return common.HexToHash("0x428017f5b0580d2adb26099f4f920150fe630992538c559c03b415819e4175e0")
}

// UnpackNoSuchResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func (taskMarketExt *TaskMarketExt) UnpackNoSuchResultError(raw []byte) (*TaskMarketExtNoSuchResult, error) {
	out := new(TaskMarketExtNoSuchResult)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "NoSuchResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtNotSelectedForReexecution represents a NotSelectedForReexecution error raised by the TaskMarketExt contract.
type TaskMarketExtNotSelectedForReexecution struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelectedForReexecution(uint256 taskId, uint256 index)
func TaskMarketExtNotSelectedForReexecutionErrorID() common.Hash {
	return common.HexToHash("0x83f524613fcd356ff0bcc3d560720837dd29460e5c3f79b3ed4be10e6b4fe817")
}

// UnpackNotSelectedForReexecutionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelectedForReexecution(uint256 taskId, uint256 index)
func (taskMarketExt *TaskMarketExt) UnpackNotSelectedForReexecutionError(raw []byte) (*TaskMarketExtNotSelectedForReexecution, error) {
	out := new(TaskMarketExtNotSelectedForReexecution)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "NotSelectedForReexecution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtNotTaskOwner represents a NotTaskOwner error raised by the TaskMarketExt contract.
type TaskMarketExtNotTaskOwner struct {
	TaskId *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTaskOwner(uint256 taskId, address caller)
func TaskMarketExtNotTaskOwnerErrorID() common.Hash {
	return common.HexToHash("0x861fb67da619dd1b3bd4031c0b48f0fa92b44f536a1d44fc7eec4a733851a73a")
}

// UnpackNotTaskOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTaskOwner(uint256 taskId, address caller)
func (taskMarketExt *TaskMarketExt) UnpackNotTaskOwnerError(raw []byte) (*TaskMarketExtNotTaskOwner, error) {
	out := new(TaskMarketExtNotTaskOwner)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "NotTaskOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtOperatorAlreadyAssigned represents a OperatorAlreadyAssigned error raised by the TaskMarketExt contract.
type TaskMarketExtOperatorAlreadyAssigned struct {
	TaskId   *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorAlreadyAssigned(uint256 taskId, address operator)
func TaskMarketExtOperatorAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0x4d950bd2b1ce1a8c1e57c4df0ff8cdde1e4fda4e258a667dae696af0d8604d0d")
}

// UnpackOperatorAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorAlreadyAssigned(uint256 taskId, address operator)
func (taskMarketExt *TaskMarketExt) UnpackOperatorAlreadyAssignedError(raw []byte) (*TaskMarketExtOperatorAlreadyAssigned, error) {
	out := new(TaskMarketExtOperatorAlreadyAssigned)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "OperatorAlreadyAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TaskMarketExt contract.
type TaskMarketExtReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TaskMarketExtReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (taskMarketExt *TaskMarketExt) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TaskMarketExtReentrancyGuardReentrantCall, error) {
	out := new(TaskMarketExtReentrancyGuardReentrantCall)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtReexecutionAlreadyReported represents a ReexecutionAlreadyReported error raised by the TaskMarketExt contract.
type TaskMarketExtReexecutionAlreadyReported struct {
	TaskId   *big.Int
	Index    *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReexecutionAlreadyReported(uint256 taskId, uint256 index, address operator)
func TaskMarketExtReexecutionAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0x1153aa9e9664141bf60593d576ce8c15e20f0304dfc495ceccf534458d294d19")
}

// UnpackReexecutionAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReexecutionAlreadyReported(uint256 taskId, uint256 index, address operator)
func (taskMarketExt *TaskMarketExt) UnpackReexecutionAlreadyReportedError(raw []byte) (*TaskMarketExtReexecutionAlreadyReported, error) {
	out := new(TaskMarketExtReexecutionAlreadyReported)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ReexecutionAlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtReexecutorNotIndependent represents a ReexecutorNotIndependent error raised by the TaskMarketExt contract.
type TaskMarketExtReexecutorNotIndependent struct {
	TaskId   *big.Int
	Index    *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReexecutorNotIndependent(uint256 taskId, uint256 index, address operator)
func TaskMarketExtReexecutorNotIndependentErrorID() common.Hash {
	return common.HexToHash("0xeca6a2f93c3f53e55efb2017d3d83c30a22fc5e8870e4a5d6a365a0bfc28adda")
}

// UnpackReexecutorNotIndependentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReexecutorNotIndependent(uint256 taskId, uint256 index, address operator)
func (taskMarketExt *TaskMarketExt) UnpackReexecutorNotIndependentError(raw []byte) (*TaskMarketExtReexecutorNotIndependent, error) {
	out := new(TaskMarketExtReexecutorNotIndependent)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ReexecutorNotIndependent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the TaskMarketExt contract.
type TaskMarketExtSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TaskMarketExtSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (taskMarketExt *TaskMarketExt) UnpackSafeERC20FailedOperationError(raw []byte) (*TaskMarketExtSafeERC20FailedOperation, error) {
	out := new(TaskMarketExtSafeERC20FailedOperation)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtTaskAlreadySettled represents a TaskAlreadySettled error raised by the TaskMarketExt contract.
type TaskMarketExtTaskAlreadySettled struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func TaskMarketExtTaskAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xe2135ec1fe034d80cdc807357cb45ce2f45444617b6eeea0f2b5074ebc066065")
}

// UnpackTaskAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackTaskAlreadySettledError(raw []byte) (*TaskMarketExtTaskAlreadySettled, error) {
	out := new(TaskMarketExtTaskAlreadySettled)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "TaskAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtTaskHasLiableSlots represents a TaskHasLiableSlots error raised by the TaskMarketExt contract.
type TaskMarketExtTaskHasLiableSlots struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskHasLiableSlots(uint256 taskId)
func TaskMarketExtTaskHasLiableSlotsErrorID() common.Hash {
	return common.HexToHash("0x6ecbd6e2631eb7fc4bc4a109c97214d4d4ad3048bcb0a18c2a64c7e396a31b62")
}

// UnpackTaskHasLiableSlotsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskHasLiableSlots(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackTaskHasLiableSlotsError(raw []byte) (*TaskMarketExtTaskHasLiableSlots, error) {
	out := new(TaskMarketExtTaskHasLiableSlots)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "TaskHasLiableSlots", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtTaskNotSettled represents a TaskNotSettled error raised by the TaskMarketExt contract.
type TaskMarketExtTaskNotSettled struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskNotSettled(uint256 taskId)
func TaskMarketExtTaskNotSettledErrorID() common.Hash {
	return common.HexToHash("0xf1c3a02b38790175c96c650e150779cd66c65ef5a8339a44b5cede1fb27527c7")
}

// UnpackTaskNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskNotSettled(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackTaskNotSettledError(raw []byte) (*TaskMarketExtTaskNotSettled, error) {
	out := new(TaskMarketExtTaskNotSettled)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "TaskNotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtUnknownTask represents a UnknownTask error raised by the TaskMarketExt contract.
type TaskMarketExtUnknownTask struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint256 taskId)
func TaskMarketExtUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x4899e043276e272612bdcb119c9ff124ecd3f8936ab50aa3e0752eb89bcdf63d")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint256 taskId)
func (taskMarketExt *TaskMarketExt) UnpackUnknownTaskError(raw []byte) (*TaskMarketExtUnknownTask, error) {
	out := new(TaskMarketExtUnknownTask)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtUnregisteredEnclave represents a UnregisteredEnclave error raised by the TaskMarketExt contract.
type TaskMarketExtUnregisteredEnclave struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnregisteredEnclave(address enclave)
func TaskMarketExtUnregisteredEnclaveErrorID() common.Hash {
	return common.HexToHash("0x28b88cbbb01bd856cca41212405eb301e55eb8b977b2116fbcb990698513592c")
}

// UnpackUnregisteredEnclaveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnregisteredEnclave(address enclave)
func (taskMarketExt *TaskMarketExt) UnpackUnregisteredEnclaveError(raw []byte) (*TaskMarketExtUnregisteredEnclave, error) {
	out := new(TaskMarketExtUnregisteredEnclave)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "UnregisteredEnclave", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtVotingClosed represents a VotingClosed error raised by the TaskMarketExt contract.
type TaskMarketExtVotingClosed struct {
	TaskId     *big.Int
	Index      *big.Int
	VotingEnds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds)
func TaskMarketExtVotingClosedErrorID() common.Hash {
	return common.HexToHash("0x65627911e1a6dbde01d1e190b76fda9893151e5a688ab623bea222f8692cf5bc")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(uint256 taskId, uint256 index, uint64 votingEnds)
func (taskMarketExt *TaskMarketExt) UnpackVotingClosedError(raw []byte) (*TaskMarketExtVotingClosed, error) {
	out := new(TaskMarketExtVotingClosed)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtZeroAddress represents a ZeroAddress error raised by the TaskMarketExt contract.
type TaskMarketExtZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TaskMarketExtZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (taskMarketExt *TaskMarketExt) UnpackZeroAddressError(raw []byte) (*TaskMarketExtZeroAddress, error) {
	out := new(TaskMarketExtZeroAddress)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtZeroFee represents a ZeroFee error raised by the TaskMarketExt contract.
type TaskMarketExtZeroFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFee()
func TaskMarketExtZeroFeeErrorID() common.Hash {
	return common.HexToHash("0xaf13986d418e4b80e36f0b9d3502f4029fc089b272f0666af24393def6b9f097")
}

// UnpackZeroFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFee()
func (taskMarketExt *TaskMarketExt) UnpackZeroFeeError(raw []byte) (*TaskMarketExtZeroFee, error) {
	out := new(TaskMarketExtZeroFee)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ZeroFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketExtZeroResultKey represents a ZeroResultKey error raised by the TaskMarketExt contract.
type TaskMarketExtZeroResultKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroResultKey()
func TaskMarketExtZeroResultKeyErrorID() common.Hash {
	return common.HexToHash("0x3a81a32d283f5bf002a688fc4758245401835829b4a76fd9114e3ce948b8658b")
}

// UnpackZeroResultKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroResultKey()
func (taskMarketExt *TaskMarketExt) UnpackZeroResultKeyError(raw []byte) (*TaskMarketExtZeroResultKey, error) {
	out := new(TaskMarketExtZeroResultKey)
	if err := taskMarketExt.abi.UnpackIntoInterface(out, "ZeroResultKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}
