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

// TaskMarketBaseMetaData contains all meta data concerning the TaskMarketBase contract.
var TaskMarketBaseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"TaskAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPLICATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"ledgerRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextResultId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reexecBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TaskMarketBase",
}

// TaskMarketBase is an auto generated Go binding around an Ethereum contract.
type TaskMarketBase struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarketBase) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarketBase creates a new instance of TaskMarketBase.
func NewTaskMarketBase() *TaskMarketBase {
	parsed, err := TaskMarketBaseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarketBase{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarketBase) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarketBase *TaskMarketBase) PackDEFAULTADMINROLE() []byte {
	enc, err := taskMarketBase.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (taskMarketBase *TaskMarketBase) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return taskMarketBase.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarketBase *TaskMarketBase) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := taskMarketBase.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (taskMarketBase *TaskMarketBase) PackMAXCOMMITTEE() []byte {
	enc, err := taskMarketBase.abi.Pack("MAX_COMMITTEE")
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
func (taskMarketBase *TaskMarketBase) TryPackMAXCOMMITTEE() ([]byte, error) {
	return taskMarketBase.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (taskMarketBase *TaskMarketBase) UnpackMAXCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarketBase.abi.Unpack("MAX_COMMITTEE", data)
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
func (taskMarketBase *TaskMarketBase) PackMAXREPLICATION() []byte {
	enc, err := taskMarketBase.abi.Pack("MAX_REPLICATION")
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
func (taskMarketBase *TaskMarketBase) TryPackMAXREPLICATION() ([]byte, error) {
	return taskMarketBase.abi.Pack("MAX_REPLICATION")
}

// UnpackMAXREPLICATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (taskMarketBase *TaskMarketBase) UnpackMAXREPLICATION(data []byte) (uint8, error) {
	out, err := taskMarketBase.abi.Unpack("MAX_REPLICATION", data)
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
func (taskMarketBase *TaskMarketBase) PackMINCOMMITTEE() []byte {
	enc, err := taskMarketBase.abi.Pack("MIN_COMMITTEE")
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
func (taskMarketBase *TaskMarketBase) TryPackMINCOMMITTEE() ([]byte, error) {
	return taskMarketBase.abi.Pack("MIN_COMMITTEE")
}

// UnpackMINCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3bb3dd0.
//
// Solidity: function MIN_COMMITTEE() view returns(uint8)
func (taskMarketBase *TaskMarketBase) UnpackMINCOMMITTEE(data []byte) (uint8, error) {
	out, err := taskMarketBase.abi.Unpack("MIN_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarketBase *TaskMarketBase) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := taskMarketBase.abi.Pack("getRoleAdmin", role)
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
func (taskMarketBase *TaskMarketBase) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return taskMarketBase.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarketBase *TaskMarketBase) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := taskMarketBase.abi.Unpack("getRoleAdmin", data)
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
func (taskMarketBase *TaskMarketBase) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketBase.abi.Pack("grantRole", role, account)
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
func (taskMarketBase *TaskMarketBase) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketBase.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarketBase *TaskMarketBase) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketBase.abi.Pack("hasRole", role, account)
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
func (taskMarketBase *TaskMarketBase) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketBase.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarketBase *TaskMarketBase) UnpackHasRole(data []byte) (bool, error) {
	out, err := taskMarketBase.abi.Unpack("hasRole", data)
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
func (taskMarketBase *TaskMarketBase) PackLedgerRootOf(arg0 common.Address) []byte {
	enc, err := taskMarketBase.abi.Pack("ledgerRootOf", arg0)
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
func (taskMarketBase *TaskMarketBase) TryPackLedgerRootOf(arg0 common.Address) ([]byte, error) {
	return taskMarketBase.abi.Pack("ledgerRootOf", arg0)
}

// UnpackLedgerRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56dde277.
//
// Solidity: function ledgerRootOf(address ) view returns(bytes32)
func (taskMarketBase *TaskMarketBase) UnpackLedgerRootOf(data []byte) ([32]byte, error) {
	out, err := taskMarketBase.abi.Unpack("ledgerRootOf", data)
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
func (taskMarketBase *TaskMarketBase) PackNextResultId() []byte {
	enc, err := taskMarketBase.abi.Pack("nextResultId")
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
func (taskMarketBase *TaskMarketBase) TryPackNextResultId() ([]byte, error) {
	return taskMarketBase.abi.Pack("nextResultId")
}

// UnpackNextResultId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7214e655.
//
// Solidity: function nextResultId() view returns(uint32)
func (taskMarketBase *TaskMarketBase) UnpackNextResultId(data []byte) (uint32, error) {
	out, err := taskMarketBase.abi.Unpack("nextResultId", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackReexecBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc618c97f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarketBase *TaskMarketBase) PackReexecBps() []byte {
	enc, err := taskMarketBase.abi.Pack("reexecBps")
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
func (taskMarketBase *TaskMarketBase) TryPackReexecBps() ([]byte, error) {
	return taskMarketBase.abi.Pack("reexecBps")
}

// UnpackReexecBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc618c97f.
//
// Solidity: function reexecBps() view returns(uint16)
func (taskMarketBase *TaskMarketBase) UnpackReexecBps(data []byte) (uint16, error) {
	out, err := taskMarketBase.abi.Unpack("reexecBps", data)
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
func (taskMarketBase *TaskMarketBase) PackRegistry() []byte {
	enc, err := taskMarketBase.abi.Pack("registry")
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
func (taskMarketBase *TaskMarketBase) TryPackRegistry() ([]byte, error) {
	return taskMarketBase.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (taskMarketBase *TaskMarketBase) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := taskMarketBase.abi.Unpack("registry", data)
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
func (taskMarketBase *TaskMarketBase) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := taskMarketBase.abi.Pack("renounceRole", role, callerConfirmation)
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
func (taskMarketBase *TaskMarketBase) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return taskMarketBase.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarketBase *TaskMarketBase) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarketBase.abi.Pack("revokeRole", role, account)
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
func (taskMarketBase *TaskMarketBase) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarketBase.abi.Pack("revokeRole", role, account)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (taskMarketBase *TaskMarketBase) PackStaking() []byte {
	enc, err := taskMarketBase.abi.Pack("staking")
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
func (taskMarketBase *TaskMarketBase) TryPackStaking() ([]byte, error) {
	return taskMarketBase.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (taskMarketBase *TaskMarketBase) UnpackStaking(data []byte) (common.Address, error) {
	out, err := taskMarketBase.abi.Unpack("staking", data)
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
func (taskMarketBase *TaskMarketBase) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := taskMarketBase.abi.Pack("supportsInterface", interfaceId)
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
func (taskMarketBase *TaskMarketBase) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return taskMarketBase.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarketBase *TaskMarketBase) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := taskMarketBase.abi.Unpack("supportsInterface", data)
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
func (taskMarketBase *TaskMarketBase) PackTaskCount() []byte {
	enc, err := taskMarketBase.abi.Pack("taskCount")
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
func (taskMarketBase *TaskMarketBase) TryPackTaskCount() ([]byte, error) {
	return taskMarketBase.abi.Pack("taskCount")
}

// UnpackTaskCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (taskMarketBase *TaskMarketBase) UnpackTaskCount(data []byte) (*big.Int, error) {
	out, err := taskMarketBase.abi.Unpack("taskCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (taskMarketBase *TaskMarketBase) PackToken() []byte {
	enc, err := taskMarketBase.abi.Pack("token")
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
func (taskMarketBase *TaskMarketBase) TryPackToken() ([]byte, error) {
	return taskMarketBase.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (taskMarketBase *TaskMarketBase) UnpackToken(data []byte) (common.Address, error) {
	out, err := taskMarketBase.abi.Unpack("token", data)
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
func (taskMarketBase *TaskMarketBase) PackTreasury() []byte {
	enc, err := taskMarketBase.abi.Pack("treasury")
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
func (taskMarketBase *TaskMarketBase) TryPackTreasury() ([]byte, error) {
	return taskMarketBase.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarketBase *TaskMarketBase) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarketBase.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TaskMarketBaseRoleAdminChanged represents a RoleAdminChanged event raised by the TaskMarketBase contract.
type TaskMarketBaseRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TaskMarketBaseRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TaskMarketBaseRoleAdminChanged) ContractEventName() string {
	return TaskMarketBaseRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (taskMarketBase *TaskMarketBase) UnpackRoleAdminChangedEvent(log *types.Log) (*TaskMarketBaseRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketBaseRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := taskMarketBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketBase.abi.Events[event].Inputs {
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

// TaskMarketBaseRoleGranted represents a RoleGranted event raised by the TaskMarketBase contract.
type TaskMarketBaseRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketBaseRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TaskMarketBaseRoleGranted) ContractEventName() string {
	return TaskMarketBaseRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarketBase *TaskMarketBase) UnpackRoleGrantedEvent(log *types.Log) (*TaskMarketBaseRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketBaseRoleGranted)
	if len(log.Data) > 0 {
		if err := taskMarketBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketBase.abi.Events[event].Inputs {
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

// TaskMarketBaseRoleRevoked represents a RoleRevoked event raised by the TaskMarketBase contract.
type TaskMarketBaseRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketBaseRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TaskMarketBaseRoleRevoked) ContractEventName() string {
	return TaskMarketBaseRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarketBase *TaskMarketBase) UnpackRoleRevokedEvent(log *types.Log) (*TaskMarketBaseRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarketBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketBaseRoleRevoked)
	if len(log.Data) > 0 {
		if err := taskMarketBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarketBase.abi.Events[event].Inputs {
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
func (taskMarketBase *TaskMarketBase) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["NoSuchResult"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackNoSuchResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["TaskAlreadySettled"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackTaskAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarketBase.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return taskMarketBase.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketBaseAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TaskMarketBase contract.
type TaskMarketBaseAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TaskMarketBaseAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (taskMarketBase *TaskMarketBase) UnpackAccessControlBadConfirmationError(raw []byte) (*TaskMarketBaseAccessControlBadConfirmation, error) {
	out := new(TaskMarketBaseAccessControlBadConfirmation)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TaskMarketBase contract.
type TaskMarketBaseAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TaskMarketBaseAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (taskMarketBase *TaskMarketBase) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TaskMarketBaseAccessControlUnauthorizedAccount, error) {
	out := new(TaskMarketBaseAccessControlUnauthorizedAccount)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseNoSuchResult represents a NoSuchResult error raised by the TaskMarketBase contract.
type TaskMarketBaseNoSuchResult struct {
	TaskId *big.Int
	Index  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func TaskMarketBaseNoSuchResultErrorID() common.Hash {
	return common.HexToHash("0x428017f5b0580d2adb26099f4f920150fe630992538c559c03b415819e4175e0")
}

// UnpackNoSuchResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchResult(uint256 taskId, uint256 index)
func (taskMarketBase *TaskMarketBase) UnpackNoSuchResultError(raw []byte) (*TaskMarketBaseNoSuchResult, error) {
	out := new(TaskMarketBaseNoSuchResult)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "NoSuchResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TaskMarketBase contract.
type TaskMarketBaseReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TaskMarketBaseReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (taskMarketBase *TaskMarketBase) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TaskMarketBaseReentrancyGuardReentrantCall, error) {
	out := new(TaskMarketBaseReentrancyGuardReentrantCall)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseTaskAlreadySettled represents a TaskAlreadySettled error raised by the TaskMarketBase contract.
type TaskMarketBaseTaskAlreadySettled struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func TaskMarketBaseTaskAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xe2135ec1fe034d80cdc807357cb45ce2f45444617b6eeea0f2b5074ebc066065")
}

// UnpackTaskAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadySettled(uint256 taskId)
func (taskMarketBase *TaskMarketBase) UnpackTaskAlreadySettledError(raw []byte) (*TaskMarketBaseTaskAlreadySettled, error) {
	out := new(TaskMarketBaseTaskAlreadySettled)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "TaskAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseUnknownTask represents a UnknownTask error raised by the TaskMarketBase contract.
type TaskMarketBaseUnknownTask struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint256 taskId)
func TaskMarketBaseUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x4899e043276e272612bdcb119c9ff124ecd3f8936ab50aa3e0752eb89bcdf63d")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint256 taskId)
func (taskMarketBase *TaskMarketBase) UnpackUnknownTaskError(raw []byte) (*TaskMarketBaseUnknownTask, error) {
	out := new(TaskMarketBaseUnknownTask)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBaseZeroAddress represents a ZeroAddress error raised by the TaskMarketBase contract.
type TaskMarketBaseZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func TaskMarketBaseZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (taskMarketBase *TaskMarketBase) UnpackZeroAddressError(raw []byte) (*TaskMarketBaseZeroAddress, error) {
	out := new(TaskMarketBaseZeroAddress)
	if err := taskMarketBase.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
