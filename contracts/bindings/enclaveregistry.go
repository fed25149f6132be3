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

// EnclaveRegistryEnclave is an auto generated low-level Go binding around an user-defined struct.
type EnclaveRegistryEnclave struct {
	Operator        common.Address
	HpkeKeyHash     [32]byte
	EvidenceHash    [32]byte
	Measurement     [32]byte
	Status          uint8
	Approvals       uint32
	RegisteredBlock uint64
}

// EnclaveRegistryRecord is an auto generated low-level Go binding around an user-defined struct.
type EnclaveRegistryRecord struct {
	Operator        common.Address
	Status          uint8
	ApprovedUntil   uint64
	Round           uint16
	Approvals       uint8
	HpkeKeyHash     [32]byte
	EvidenceHash    [32]byte
	Measurement     [32]byte
	RegisteredBlock uint64
	AttestedBlock   uint64
}

// EnclaveRegistryMetaData contains all meta data concerning the EnclaveRegistry contract.
var EnclaveRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"approvalPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"trustsSimulatedRoots_\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"simulatedRootHash_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maximum\",\"type\":\"uint8\"}],\"name\":\"CommitteeSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"}],\"name\":\"EnclaveCommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"EnclaveDrawTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"EndpointTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EvidenceNotFresh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEnclaveOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"}],\"name\":\"NotOnCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotStakedTEENode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"OperatorCannotApprove\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RoundTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroApprovalPeriod\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"ApprovalPeriodSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"}],\"name\":\"CommitteeSizeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"approvedUntil\",\"type\":\"uint64\"}],\"name\":\"EnclaveActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"}],\"name\":\"EnclaveCommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EnclaveDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"EnclaveReattested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"EndpointSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENDPOINT_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"approvalCommitteeOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"seatBound\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"enclaveOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"enumEnclaveRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"approvals\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"}],\"internalType\":\"structEnclaveRegistry.Enclave\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"enclavesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"endpointOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"hasApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"measurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"reattest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"recordOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumEnclaveRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"approvedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structEnclaveRegistry.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setApprovalPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"}],\"name\":\"setCommitteeSize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"setEndpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedRootHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustsSimulatedRoots\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EnclaveRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516130a53803806130a583398101604081905261002e9161027e565b6001600160a01b038616158061004b57506001600160a01b038516155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0386166080526100805f866100b5565b5061008a8461015e565b610093836101e8565b81151560a052816100a4575f6100a6565b805b60c0525061030e945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610155575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610158565b505f5b92915050565b60ff811615806101715750600a60ff8216115b1561019f576040516347f75ad160e11b815260ff82166004820152600a602482015260440160405180910390fd5b6001805460ff191660ff83169081179091556040519081527f64d70ee68762acbfb1a4868e17c359dc2126233ac9e806321f4bad8e8be2cade906020015b60405180910390a150565b806001600160401b03165f036102115760405163e9760f4360e01b815260040160405180910390fd5b60018054610100600160481b0319166101006001600160401b038416908102919091179091556040519081527fcaeb4fe34de3623cabae004035ec814ba52ff6683603eb613f697e3ad1a19fdf906020016101dd565b6001600160a01b038116811461027b575f5ffd5b50565b5f5f5f5f5f5f60c08789031215610293575f5ffd5b865161029e81610267565b60208801519096506102af81610267565b604088015190955060ff811681146102c5575f5ffd5b60608801519094506001600160401b03811681146102e1575f5ffd5b608088015190935080151581146102f6575f5ffd5b60a09790970151959894975092959194919391925050565b60805160a05160c051612d2761037e5f395f61055a01525f61023901525f81816103500152818161061b01528181610ab001528181610ead0152818161114e01528181611306015281816114820152818161182e0152818161194901528181611ded0152611f8a0152612d275ff3fe608060405234801561000f575f5ffd5b5060043610610208575f3560e01c80638dd5c0d61161011f578063c06ac6a3116100a9578063d547741f11610079578063d547741f14610514578063daea85c514610527578063f698da251461053a578063f80788a414610542578063f80ffd9d14610555575f5ffd5b8063c06ac6a3146104ce578063c85d3eb0146102c5578063ccbba62e146104ee578063d01ac2b614610501575f5ffd5b80639f8a13d7116100ef5780639f8a13d71461046e578063a217fddf14610481578063b1753b5614610488578063b7f5431e1461049b578063b9ad89fc146104bb575f5ffd5b80638dd5c0d61461041357806391d148541461042d57806393422dac146104405780639cf4364b14610461575f5ffd5b806336568abe116101a057806370594a7b1161017057806370594a7b1461038a5780637999762c1461039d57806384ac33ec146103cd5780638510129b146103e057806385db946414610400575f5ffd5b806336568abe146103055780634229217a146103185780634b8936421461032b5780634cf088d91461034b575f5ffd5b806319648d88116101db57806319648d88146102b25780631d6698bb146102c5578063248a9ca3146102ce5780632f2ff15d146102f0575f5ffd5b806301ffc9a71461020c57806303b63f70146102345780630975b6f31461025b5780631494e2f61461027d575b5f5ffd5b61021f61021a366004612567565b61057c565b60405190151581526020015b60405180910390f35b61021f7f000000000000000000000000000000000000000000000000000000000000000081565b61021f61026936600461258e565b60026020525f908152604090205460ff1681565b6102a47f105724aaba470a578677a8188c5c246918786fd26090cfa3fdcf148ccf1b9c2a81565b60405190815260200161022b565b61021f6102c03660046125b9565b6105b2565b6102a461010081565b6102a46102dc36600461258e565b5f9081526020819052604090206001015490565b6103036102fe3660046125f0565b6106a9565b005b6103036103133660046125f0565b6106d3565b610303610326366004612657565b61070b565b61033e6103393660046126a7565b61086f565b60405161022b91906126c2565b6103727f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022b565b6103036103983660046126a7565b610906565b6001546103b59061010090046001600160401b031681565b6040516001600160401b03909116815260200161022b565b6103036103db3660046126a7565b610c99565b6103f36103ee3660046126a7565b610dc8565b60405161022b919061271f565b61030361040e36600461278b565b610e6f565b61041b600a81565b60405160ff909116815260200161022b565b61021f61043b3660046125f0565b611255565b61045361044e3660046126a7565b61127d565b60405161022b929190612844565b60015461041b9060ff1681565b61021f61047c3660046126a7565b6113d4565b6102a45f81565b610303610496366004612865565b6114fd565b6104ae6104a93660046126a7565b611514565b60405161022b919061288b565b6103036104c936600461289d565b611587565b6104e16104dc3660046126a7565b61159a565b60405161022b91906128bd565b6102a46104fc366004612986565b6116c7565b61030361050f3660046129bd565b611754565b6103036105223660046125f0565b6117b5565b6103036105353660046126a7565b6117d9565b6102a4611c0f565b6103036105503660046129e0565b611cb3565b6102a47f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b14806105ac57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6001600160a01b0382165f90815260036020526040812054600160e81b900461ffff1680158015906106a157506001600160a01b038085165f9081526004602081905260408083209051639adaecbd60e01b81528785169281019290925261ffff8516939092917f000000000000000000000000000000000000000000000000000000000000000090911690639adaecbd90602401602060405180830381865afa158015610662573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106869190612a12565b62ffffff16815260208101919091526040015f205461ffff16145b949350505050565b5f828152602081905260409020600101546106c381612066565b6106cd8383612073565b50505050565b6001600160a01b03811633146106fc5760405163334bd91960e11b815260040160405180910390fd5b6107068282612102565b505050565b6001600160a01b0383165f90815260036020526040902060018154600160a01b900460ff166003811115610741576107416126f7565b1415801561076c575060028154600160a01b900460ff166003811115610769576107696126f7565b14155b1561079a57604051630972333f60e31b81526001600160a01b03851660048201526024015b60405180910390fd5b80546001600160a01b031633146107d5576040516309a1f45d60e31b81526001600160a01b0385166004820152336024820152604401610791565b6101008211156108035760405163859641b160e01b8152600481018390526101006024820152604401610791565b6001600160a01b0384165f908152600860205260409020610825838583612acb565b50836001600160a01b03167fc31401454866261672db6543ec1e141da6efa505a863f76c1adec10c9cf579188484604051610861929190612b84565b60405180910390a250505050565b60086020525f90815260409020805461088790612a48565b80601f01602080910402602001604051908101604052809291908181526020018280546108b390612a48565b80156108fe5780601f106108d5576101008083540402835291602001916108fe565b820191905f5260205f20905b8154815290600101906020018083116108e157829003601f168201915b505050505081565b6001600160a01b0381165f90815260036020526040902060018154600160a01b900460ff16600381111561093c5761093c6126f7565b1461096557604051632d4f406d60e21b81526001600160a01b0383166004820152602401610791565b80546001600160a01b0383165f90815260056020526040902054600160e81b90910461ffff169060f081901c156109c45760405163cf970df960e01b81526001600160a01b038516600482015261ffff83166024820152604401610791565b60048301545f906109e690600160401b90046001600160401b03166001612bc6565b9050804311610a3a5784836109fc836001612bc6565b60405163cdafc03d60e01b81526001600160a01b03909316600484015261ffff90911660248301526001600160401b03166044820152606401610791565b5f6101008083610a4b600143612bd9565b610a559190612bd9565b610a5f9190612bec565b610a699190612c0b565b610a739083612bc6565b600154604080518340602082015230918101919091526001600160a01b03898116606083015261ffff8816608083015292935060ff909116915f917f00000000000000000000000000000000000000000000000000000000000000009091169063f42f3f1b9060a00160408051808303601f190181529082905280516020909101208a5460e084901b6001600160e01b03191683526004830191909152602482018690526001600160a01b0316604482015260648101889052608401602060405180830381865afa158015610b4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b6e9190612c22565b90505f5f5b83811015610bd8576001600160a01b038a165f90815260046020526040812061ffff8a1691610ba3846018612c0b565b86901c62ffffff16815260208101919091526040015f205461ffff1603610bd057610bcd82612c39565b91505b600101610b73565b506001600160a01b0389165f8181526005602090815260409182902060f087901b86179055815161ffff8b1681526001600160401b0388169181019190915290810184905260ff831660608201527f40d05c0f3a5574b038402c7968871833892fff4a0db5e0fe14f6010ca3f317a39060800160405180910390a28015610c8e5787546001600160f81b0316600160f81b60ff831602178855610c7c600284612bec565b811115610c8e57610c8e888a8961216b565b505050505050505050565b6001600160a01b0381165f90815260036020526040902060018154600160a01b900460ff166003811115610ccf57610ccf6126f7565b14158015610cfa575060028154600160a01b900460ff166003811115610cf757610cf76126f7565b14155b15610d2357604051630972333f60e31b81526001600160a01b0383166004820152602401610791565b80546001600160a01b03163314801590610d445750610d425f33611255565b155b15610d73576040516309a1f45d60e31b81526001600160a01b0383166004820152336024820152604401610791565b8054600360a01b60ff60a01b199091161781556040513381526001600160a01b038316907f7af4f15375de35d6f204bde16e6a12bc395fa4d2acbd4eeba8e1940bd76a287c9060200160405180910390a25050565b610dd0612516565b6001600160a01b038281165f90815260036020818152604092839020835160e0810185528154958616815260018201549281019290925260028101549382019390935282820154606082015291926080830191600160a01b90910460ff1690811115610e3e57610e3e6126f7565b81528254600160f81b900460ff1660208201526004909201546001600160401b031660409092019190915292915050565b6001600160a01b038716610e965760405163d92e233d60e01b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490610ee5903390600190600401612c51565b602060405180830381865afa158015610f00573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f249190612c7e565b610f4357604051631bda294760e01b8152336004820152602401610791565b5f8381526002602052604090205460ff16610f7457604051634dedfabb60e11b815260048101849052602401610791565b6001600160a01b0387165f908152600360205260408120908154600160a01b900460ff166003811115610fa957610fa96126f7565b14610fd1576040516225776f60e81b81526001600160a01b0389166004820152602401610791565b5f61101a610fdf338a6116c7565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061220192505050565b50509050886001600160a01b0316816001600160a01b03161461106357604051638295ea5960e01b81526001600160a01b0380831660048301528a166024820152604401610791565b335f90815260076020526040902054611084906001600160a01b031661224a565b335f81815260076020526040902080546001600160a01b03199081166001600160a01b038d161790915583549081168217845560019184916001600160a81b03191660ff60a01b1990911617600160a01b830217905550815461ffff60e81b1916600160e81b17825560018201889055600282018790556003820185905560048083018054600160401b6001600160401b0343169081026fffffffffffffffffffffffffffffffff19909216171790556040805163c6b463d360e01b815290516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263c6b463d3928082019260209290918290030181865afa158015611195573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111b99190612c22565b6001600160a01b038a165f81815260056020908152604080832094909455338083526006825284832080546001810182559084529282902090920180546001600160a01b0319168417905583518981529081018c90529283018a905260608301899052917fe2d9f3b2b12e78730ef595f291832229c8c024c46ce617dd436a3b5b46a2a8099060800160405180910390a3505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b0381165f908152600560205260408120546060919060f081901c8083036112ae5750919391925050565b806001600160401b038111156112c6576112c6612a34565b6040519080825280602002602001820160405280156112ef578160200160208202803683370190505b5093505f5b818110156113cc576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166344bb41a3611336836018612c0b565b60405160e083901b6001600160e01b03191681529086901c62ffffff166004820152602401602060405180830381865afa158015611376573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061139a9190612c99565b8582815181106113ac576113ac612cb4565b6001600160a01b03909216602092830291909101909101526001016112f4565b505050915091565b6001600160a01b0381165f9081526003602052604081208054600160a01b900460ff16600281600381111561140b5761140b6126f7565b148061142857506001816003811115611426576114266126f7565b145b801561144457508154600160a81b90046001600160401b031643105b8015611462575060038201545f9081526002602052604090205460ff165b80156106a157508154604051632be979b160e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263afa5e6c4926114be929190911690600190600401612c51565b602060405180830381865afa1580156114d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106a19190612c7e565b5f61150781612066565b6115108261230f565b5050565b6001600160a01b0381165f9081526006602090815260409182902080548351818402810184019094528084526060939283018282801561157b57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161155d575b50505050509050919050565b5f61159181612066565b61151082612396565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091526001600160a01b038281165f908152600360208181526040928390208351610140810190945280549485168452929390840191600160a01b90910460ff1690811115611638576116386126f7565b6003811115611649576116496126f7565b81528154600160a81b81046001600160401b039081166020840152600160e81b820461ffff166040840152600160f81b90910460ff16606083015260018301546080830152600283015460a0830152600383015460c083015260049092015480831660e0830152600160401b90049091166101009091015292915050565b5f61174d6116d3611c0f565b604080517f105724aaba470a578677a8188c5c246918786fd26090cfa3fdcf148ccf1b9c2a60208201526001600160a01b03871691810191909152606081018590526080016040516020818303038152906040528051906020012060405161190160f01b8152600281019290925260228201526042902090565b9392505050565b5f61175e81612066565b5f83815260026020908152604091829020805460ff1916851515908117909155915191825284917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654910160405180910390a2505050565b5f828152602081905260409020600101546117cf81612066565b6106cd8383612102565b335f90815260066020526040902054156118175760405163cb9420a960e01b81523360048201526001600160a01b0382166024820152604401610791565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490611866903390600290600401612c51565b602060405180830381865afa158015611881573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118a59190612c7e565b6118c457604051630cee335f60e01b8152336004820152602401610791565b6001600160a01b0381165f90815260036020526040902060018154600160a01b900460ff1660038111156118fa576118fa6126f7565b1461192357604051632d4f406d60e21b81526001600160a01b0383166004820152602401610791565b8054604051639adaecbd60e01b8152336004820152600160e81b90910461ffff16905f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639adaecbd90602401602060405180830381865afa158015611996573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119ba9190612a12565b6001600160a01b0385165f90815260046020908152604080832062ffffff8516845290915290205490915061ffff808416911603611a1c57604051633c19f72560e11b81526001600160a01b0385166004820152336024820152604401610791565b6001600160a01b0384165f908152600560205260408120549060f082901c90819003611abd576001600160a01b0386165f81815260046020908152604080832062ffffff881684528252808320805461ffff191661ffff8a169081179091558151908152918201929092523392917f9961dbfa1388ee04d1953b98ad34d3dd743546807f85ed159b3a98e6995247df910160405180910390a3505050505050565b5f5f5b82811015611af35762ffffff8516611ad9826018612c0b565b85901c62ffffff1603611aeb57600191505b600101611ac0565b5080611b2d5760405163d495fa9f60e01b81523360048201526001600160a01b038816602482015261ffff86166044820152606401610791565b6001600160a01b0387165f90815260046020908152604080832062ffffff881684529091528120805461ffff191661ffff88161790558654611b7a90600160f81b900460ff166001612cc8565b87546001600160f81b0316600160f81b60ff83169081029190911789556040805161ffff8a168152602081019290925291925033916001600160a01b038b16917f9961dbfa1388ee04d1953b98ad34d3dd743546807f85ed159b3a98e6995247df910160405180910390a3611bf0600284612bec565b8160ff161115611c0557611c0587898861216b565b5050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f16791da82b813e89d66d50f689c9d5507d76d51a9d961cd99e70d9cf77d313b4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6001600160a01b0383165f9081526003602052604090208054600160a01b900460ff166001816003811115611cea57611cea6126f7565b14158015611d0a57506002816003811115611d0757611d076126f7565b14155b15611d3357604051630972333f60e31b81526001600160a01b0386166004820152602401610791565b81546001600160a01b03163314611d6e576040516309a1f45d60e31b81526001600160a01b0386166004820152336024820152604401610791565b6001816003811115611d8257611d826126f7565b03611db157611d908561224a565b335f90815260076020526040902054611db1906001600160a01b031661224a565b335f818152600760205260409081902080546001600160a01b0319166001600160a01b03898116919091179091559051632be979b160e21b81527f00000000000000000000000000000000000000000000000000000000000000009091169163afa5e6c491611e269190600190600401612c51565b602060405180830381865afa158015611e41573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e659190612c7e565b611e8457604051631bda294760e01b8152336004820152602401610791565b60038201545f9081526002602052604090205460ff16611ebf578160030154604051634dedfabb60e11b815260040161079191815260200190565b81600201548403611ef557604051634ae1518d60e01b81526001600160a01b038616600482015260248101859052604401610791565b81545f90611f0f90600160e81b900461ffff166001612ce1565b8354600160a01b600168ffffffffffffffff0160a01b03909116600160e81b61ffff8416026001600160f81b03161717845560028401869055600480850180546fffffffffffffffff00000000000000001916600160401b436001600160401b0316021790556040805163c6b463d360e01b815290519293507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263c6b463d3928281019260209291908290030181865afa158015611fd9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ffd9190612c22565b6001600160a01b0387165f8181526005602090815260409182902093909355805161ffff851681529283018890528201869052907f729e85526bbe8970246ca65789842e418f131d1eff8e3e3a705607771c27fe709060600160405180910390a2505050505050565b6120708133612415565b50565b5f61207e8383611255565b6120fb575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556120b33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105ac565b505f6105ac565b5f61210d8383611255565b156120fb575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105ac565b6001545f906121889061010090046001600160401b031643612cfb565b84546001600160401b038216600160a81b810268ffffffffffffffffff60a01b1990921691909117600160a11b1786556040805161ffff8616815260208101929092529192506001600160a01b038516917fe9c2b8a7ea80cf7bf185205b48f7cb7e669127f54c0d3473c5033895f49e5c859101610861565b5f5f5f8351604103612238576020840151604085015160608601515f1a61222a8882858561244e565b955095509550505050612243565b505081515f91506002905b9250925092565b6001600160a01b03811661225b5750565b6001600160a01b0381165f90815260036020526040812060048101549091906122979061010090600160401b90046001600160401b0316612bc6565b905060018254600160a01b900460ff1660038111156122b8576122b86126f7565b1480156122c457508043105b1561070657815460405163e47d243d60e01b81526001600160a01b0385166004820152600160e81b90910461ffff1660248201526001600160401b0382166044820152606401610791565b806001600160401b03165f036123385760405163e9760f4360e01b815260040160405180910390fd5b6001805468ffffffffffffffff0019166101006001600160401b038416908102919091179091556040519081527fcaeb4fe34de3623cabae004035ec814ba52ff6683603eb613f697e3ad1a19fdf906020015b60405180910390a150565b60ff811615806123a95750600a60ff8216115b156123d3576040516347f75ad160e11b815260ff82166004820152600a6024820152604401610791565b6001805460ff191660ff83169081179091556040519081527f64d70ee68762acbfb1a4868e17c359dc2126233ac9e806321f4bad8e8be2cade9060200161238b565b61241f8282611255565b6115105760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610791565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561248757505f9150600390508261250c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156124d8573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661250357505f92506001915082905061250c565b92505f91508190505b9450945094915050565b6040518060e001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f6003811115612554576125546126f7565b81525f6020820181905260409091015290565b5f60208284031215612577575f5ffd5b81356001600160e01b03198116811461174d575f5ffd5b5f6020828403121561259e575f5ffd5b5035919050565b6001600160a01b0381168114612070575f5ffd5b5f5f604083850312156125ca575f5ffd5b82356125d5816125a5565b915060208301356125e5816125a5565b809150509250929050565b5f5f60408385031215612601575f5ffd5b8235915060208301356125e5816125a5565b5f5f83601f840112612623575f5ffd5b5081356001600160401b03811115612639575f5ffd5b602083019150836020828501011115612650575f5ffd5b9250929050565b5f5f5f60408486031215612669575f5ffd5b8335612674816125a5565b925060208401356001600160401b0381111561268e575f5ffd5b61269a86828701612613565b9497909650939450505050565b5f602082840312156126b7575f5ffd5b813561174d816125a5565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b6004811061271b5761271b6126f7565b9052565b81516001600160a01b0316815260208083015190820152604080830151908201526060808301519082015260808083015160e08301916127619084018261270b565b5063ffffffff60a08401511660a08301526001600160401b0360c08401511660c083015292915050565b5f5f5f5f5f5f5f60c0888a0312156127a1575f5ffd5b87356127ac816125a5565b96506020880135955060408801359450606088013593506080880135925060a08801356001600160401b038111156127e2575f5ffd5b6127ee8a828b01612613565b989b979a50959850939692959293505050565b5f8151808452602084019350602083015f5b8281101561283a5781516001600160a01b0316865260209586019590910190600101612813565b5093949350505050565b604081525f6128566040830185612801565b90508260208301529392505050565b5f60208284031215612875575f5ffd5b81356001600160401b038116811461174d575f5ffd5b602081525f61174d6020830184612801565b5f602082840312156128ad575f5ffd5b813560ff8116811461174d575f5ffd5b81516001600160a01b03168152610140810160208301516128e1602084018261270b565b5060408301516128fc60408401826001600160401b03169052565b506060830151612912606084018261ffff169052565b506080830151612927608084018260ff169052565b5060a083015160a083015260c083015160c083015260e083015160e08301526101008301516129626101008401826001600160401b03169052565b5061012083015161297f6101208401826001600160401b03169052565b5092915050565b5f5f60408385031215612997575f5ffd5b82356129a2816125a5565b946020939093013593505050565b8015158114612070575f5ffd5b5f5f604083850312156129ce575f5ffd5b8235915060208301356125e5816129b0565b5f5f5f606084860312156129f2575f5ffd5b83356129fd816125a5565b95602085013595506040909401359392505050565b5f60208284031215612a22575f5ffd5b815162ffffff8116811461174d575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680612a5c57607f821691505b602082108103612a7a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561070657805f5260205f20601f840160051c81016020851015612aa55750805b601f840160051c820191505b81811015612ac4575f8155600101612ab1565b5050505050565b6001600160401b03831115612ae257612ae2612a34565b612af683612af08354612a48565b83612a80565b5f601f841160018114612b27575f8515612b105750838201355b5f19600387901b1c1916600186901b178355612ac4565b5f83815260208120601f198716915b82811015612b565786850135825560209485019460019092019101612b36565b5086821015612b72575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105ac576105ac612bb2565b818103818111156105ac576105ac612bb2565b5f82612c0657634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176105ac576105ac612bb2565b5f60208284031215612c32575f5ffd5b5051919050565b5f60018201612c4a57612c4a612bb2565b5060010190565b6001600160a01b03831681526040810160038310612c7157612c716126f7565b8260208301529392505050565b5f60208284031215612c8e575f5ffd5b815161174d816129b0565b5f60208284031215612ca9575f5ffd5b815161174d816125a5565b634e487b7160e01b5f52603260045260245ffd5b60ff81811683821601908111156105ac576105ac612bb2565b61ffff81811683821601908111156105ac576105ac612bb2565b6001600160401b0381811683821601908111156105ac576105ac612bb256fea164736f6c634300081e000a",
}

// EnclaveRegistry is an auto generated Go binding around an Ethereum contract.
type EnclaveRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EnclaveRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewEnclaveRegistry creates a new instance of EnclaveRegistry.
func NewEnclaveRegistry() *EnclaveRegistry {
	parsed, err := EnclaveRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EnclaveRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EnclaveRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address staking_, address admin, uint8 committeeSize_, uint64 approvalPeriod_, bool trustsSimulatedRoots_, bytes32 simulatedRootHash_) returns()
func (enclaveRegistry *EnclaveRegistry) PackConstructor(staking_ common.Address, admin common.Address, committeeSize_ uint8, approvalPeriod_ uint64, trustsSimulatedRoots_ bool, simulatedRootHash_ [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("", staking_, admin, committeeSize_, approvalPeriod_, trustsSimulatedRoots_, simulatedRootHash_)
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
func (enclaveRegistry *EnclaveRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := enclaveRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (enclaveRegistry *EnclaveRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return enclaveRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (enclaveRegistry *EnclaveRegistry) PackMAXCOMMITTEE() []byte {
	enc, err := enclaveRegistry.abi.Pack("MAX_COMMITTEE")
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
func (enclaveRegistry *EnclaveRegistry) TryPackMAXCOMMITTEE() ([]byte, error) {
	return enclaveRegistry.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint8)
func (enclaveRegistry *EnclaveRegistry) UnpackMAXCOMMITTEE(data []byte) (uint8, error) {
	out, err := enclaveRegistry.abi.Unpack("MAX_COMMITTEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXENDPOINTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85d3eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) PackMAXENDPOINTLENGTH() []byte {
	enc, err := enclaveRegistry.abi.Pack("MAX_ENDPOINT_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENDPOINTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc85d3eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) TryPackMAXENDPOINTLENGTH() ([]byte, error) {
	return enclaveRegistry.abi.Pack("MAX_ENDPOINT_LENGTH")
}

// UnpackMAXENDPOINTLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc85d3eb0.
//
// Solidity: function MAX_ENDPOINT_LENGTH() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) UnpackMAXENDPOINTLENGTH(data []byte) (*big.Int, error) {
	out, err := enclaveRegistry.abi.Unpack("MAX_ENDPOINT_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) PackREGISTRATIONTYPEHASH() []byte {
	enc, err := enclaveRegistry.abi.Pack("REGISTRATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1494e2f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) TryPackREGISTRATIONTYPEHASH() ([]byte, error) {
	return enclaveRegistry.abi.Pack("REGISTRATION_TYPEHASH")
}

// UnpackREGISTRATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1494e2f6.
//
// Solidity: function REGISTRATION_TYPEHASH() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackREGISTRATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("REGISTRATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_WINDOW() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) PackSEEDWINDOW() []byte {
	enc, err := enclaveRegistry.abi.Pack("SEED_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d6698bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_WINDOW() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) TryPackSEEDWINDOW() ([]byte, error) {
	return enclaveRegistry.abi.Pack("SEED_WINDOW")
}

// UnpackSEEDWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d6698bb.
//
// Solidity: function SEED_WINDOW() view returns(uint256)
func (enclaveRegistry *EnclaveRegistry) UnpackSEEDWINDOW(data []byte) (*big.Int, error) {
	out, err := enclaveRegistry.abi.Unpack("SEED_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprovalCommitteeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93422dac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalCommitteeOf(address enclave) view returns(address[] members, uint256 seatBound)
func (enclaveRegistry *EnclaveRegistry) PackApprovalCommitteeOf(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("approvalCommitteeOf", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovalCommitteeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93422dac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvalCommitteeOf(address enclave) view returns(address[] members, uint256 seatBound)
func (enclaveRegistry *EnclaveRegistry) TryPackApprovalCommitteeOf(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("approvalCommitteeOf", enclave)
}

// ApprovalCommitteeOfOutput serves as a container for the return parameters of contract
// method ApprovalCommitteeOf.
type ApprovalCommitteeOfOutput struct {
	Members   []common.Address
	SeatBound *big.Int
}

// UnpackApprovalCommitteeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93422dac.
//
// Solidity: function approvalCommitteeOf(address enclave) view returns(address[] members, uint256 seatBound)
func (enclaveRegistry *EnclaveRegistry) UnpackApprovalCommitteeOf(data []byte) (ApprovalCommitteeOfOutput, error) {
	out, err := enclaveRegistry.abi.Unpack("approvalCommitteeOf", data)
	outstruct := new(ApprovalCommitteeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Members = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.SeatBound = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackApprovalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7999762c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalPeriod() view returns(uint64)
func (enclaveRegistry *EnclaveRegistry) PackApprovalPeriod() []byte {
	enc, err := enclaveRegistry.abi.Pack("approvalPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7999762c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvalPeriod() view returns(uint64)
func (enclaveRegistry *EnclaveRegistry) TryPackApprovalPeriod() ([]byte, error) {
	return enclaveRegistry.abi.Pack("approvalPeriod")
}

// UnpackApprovalPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7999762c.
//
// Solidity: function approvalPeriod() view returns(uint64)
func (enclaveRegistry *EnclaveRegistry) UnpackApprovalPeriod(data []byte) (uint64, error) {
	out, err := enclaveRegistry.abi.Unpack("approvalPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaea85c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) PackApprove(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("approve", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaea85c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackApprove(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("approve", enclave)
}

// PackCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf4364b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeSize() view returns(uint8)
func (enclaveRegistry *EnclaveRegistry) PackCommitteeSize() []byte {
	enc, err := enclaveRegistry.abi.Pack("committeeSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cf4364b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeSize() view returns(uint8)
func (enclaveRegistry *EnclaveRegistry) TryPackCommitteeSize() ([]byte, error) {
	return enclaveRegistry.abi.Pack("committeeSize")
}

// UnpackCommitteeSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cf4364b.
//
// Solidity: function committeeSize() view returns(uint8)
func (enclaveRegistry *EnclaveRegistry) UnpackCommitteeSize(data []byte) (uint8, error) {
	out, err := enclaveRegistry.abi.Unpack("committeeSize", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ac33ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregister(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) PackDeregister(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("deregister", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ac33ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregister(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackDeregister(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("deregister", enclave)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) PackDomainSeparator() []byte {
	enc, err := enclaveRegistry.abi.Pack("domainSeparator")
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
func (enclaveRegistry *EnclaveRegistry) TryPackDomainSeparator() ([]byte, error) {
	return enclaveRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70594a7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawCommittee(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) PackDrawCommittee(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("drawCommittee", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70594a7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawCommittee(address enclave) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackDrawCommittee(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("drawCommittee", enclave)
}

// PackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclaveOf(address enclave) view returns((address,bytes32,bytes32,bytes32,uint8,uint32,uint64))
func (enclaveRegistry *EnclaveRegistry) PackEnclaveOf(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("enclaveOf", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclaveOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8510129b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclaveOf(address enclave) view returns((address,bytes32,bytes32,bytes32,uint8,uint32,uint64))
func (enclaveRegistry *EnclaveRegistry) TryPackEnclaveOf(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("enclaveOf", enclave)
}

// UnpackEnclaveOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8510129b.
//
// Solidity: function enclaveOf(address enclave) view returns((address,bytes32,bytes32,bytes32,uint8,uint32,uint64))
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveOf(data []byte) (EnclaveRegistryEnclave, error) {
	out, err := enclaveRegistry.abi.Unpack("enclaveOf", data)
	if err != nil {
		return *new(EnclaveRegistryEnclave), err
	}
	out0 := *abi.ConvertType(out[0], new(EnclaveRegistryEnclave)).(*EnclaveRegistryEnclave)
	return out0, nil
}

// PackEnclavesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7f5431e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enclavesOf(address operator) view returns(address[])
func (enclaveRegistry *EnclaveRegistry) PackEnclavesOf(operator common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("enclavesOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnclavesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7f5431e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enclavesOf(address operator) view returns(address[])
func (enclaveRegistry *EnclaveRegistry) TryPackEnclavesOf(operator common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("enclavesOf", operator)
}

// UnpackEnclavesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7f5431e.
//
// Solidity: function enclavesOf(address operator) view returns(address[])
func (enclaveRegistry *EnclaveRegistry) UnpackEnclavesOf(data []byte) ([]common.Address, error) {
	out, err := enclaveRegistry.abi.Unpack("enclavesOf", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endpointOf(address ) view returns(string)
func (enclaveRegistry *EnclaveRegistry) PackEndpointOf(arg0 common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("endpointOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endpointOf(address ) view returns(string)
func (enclaveRegistry *EnclaveRegistry) TryPackEndpointOf(arg0 common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("endpointOf", arg0)
}

// UnpackEndpointOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b893642.
//
// Solidity: function endpointOf(address ) view returns(string)
func (enclaveRegistry *EnclaveRegistry) UnpackEndpointOf(data []byte) (string, error) {
	out, err := enclaveRegistry.abi.Unpack("endpointOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("getRoleAdmin", role)
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
func (enclaveRegistry *EnclaveRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("getRoleAdmin", data)
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
func (enclaveRegistry *EnclaveRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("grantRole", role, account)
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
func (enclaveRegistry *EnclaveRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("grantRole", role, account)
}

// PackHasApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19648d88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasApproved(address enclave, address verifier) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackHasApproved(enclave common.Address, verifier common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("hasApproved", enclave, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19648d88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasApproved(address enclave, address verifier) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) TryPackHasApproved(enclave common.Address, verifier common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("hasApproved", enclave, verifier)
}

// UnpackHasApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19648d88.
//
// Solidity: function hasApproved(address enclave, address verifier) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackHasApproved(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("hasApproved", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("hasRole", role, account)
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
func (enclaveRegistry *EnclaveRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address enclave) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackIsActive(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("isActive", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address enclave) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) TryPackIsActive(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("isActive", enclave)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address enclave) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0975b6f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measurementAllowed(bytes32 ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackMeasurementAllowed(arg0 [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("measurementAllowed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0975b6f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measurementAllowed(bytes32 ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) TryPackMeasurementAllowed(arg0 [32]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("measurementAllowed", arg0)
}

// UnpackMeasurementAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0975b6f3.
//
// Solidity: function measurementAllowed(bytes32 ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackMeasurementAllowed(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("measurementAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReattest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80788a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reattest(address enclave, bytes32 evidenceHash, bytes32 collateralHash) returns()
func (enclaveRegistry *EnclaveRegistry) PackReattest(enclave common.Address, evidenceHash [32]byte, collateralHash [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("reattest", enclave, evidenceHash, collateralHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReattest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80788a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reattest(address enclave, bytes32 evidenceHash, bytes32 collateralHash) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackReattest(enclave common.Address, evidenceHash [32]byte, collateralHash [32]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("reattest", enclave, evidenceHash, collateralHash)
}

// PackRecordOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc06ac6a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordOf(address enclave) view returns((address,uint8,uint64,uint16,uint8,bytes32,bytes32,bytes32,uint64,uint64))
func (enclaveRegistry *EnclaveRegistry) PackRecordOf(enclave common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("recordOf", enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc06ac6a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordOf(address enclave) view returns((address,uint8,uint64,uint16,uint8,bytes32,bytes32,bytes32,uint64,uint64))
func (enclaveRegistry *EnclaveRegistry) TryPackRecordOf(enclave common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("recordOf", enclave)
}

// UnpackRecordOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc06ac6a3.
//
// Solidity: function recordOf(address enclave) view returns((address,uint8,uint64,uint16,uint8,bytes32,bytes32,bytes32,uint64,uint64))
func (enclaveRegistry *EnclaveRegistry) UnpackRecordOf(data []byte) (EnclaveRegistryRecord, error) {
	out, err := enclaveRegistry.abi.Unpack("recordOf", data)
	if err != nil {
		return *new(EnclaveRegistryRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(EnclaveRegistryRecord)).(*EnclaveRegistryRecord)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85db9464.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address enclave, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 collateralHash, bytes32 measurement, bytes signature) returns()
func (enclaveRegistry *EnclaveRegistry) PackRegister(enclave common.Address, hpkeKeyHash [32]byte, evidenceHash [32]byte, collateralHash [32]byte, measurement [32]byte, signature []byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("register", enclave, hpkeKeyHash, evidenceHash, collateralHash, measurement, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85db9464.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address enclave, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 collateralHash, bytes32 measurement, bytes signature) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackRegister(enclave common.Address, hpkeKeyHash [32]byte, evidenceHash [32]byte, collateralHash [32]byte, measurement [32]byte, signature []byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("register", enclave, hpkeKeyHash, evidenceHash, collateralHash, measurement, signature)
}

// PackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccbba62e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrationDigest(address operator, bytes32 hpkeKeyHash) view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) PackRegistrationDigest(operator common.Address, hpkeKeyHash [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("registrationDigest", operator, hpkeKeyHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccbba62e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrationDigest(address operator, bytes32 hpkeKeyHash) view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) TryPackRegistrationDigest(operator common.Address, hpkeKeyHash [32]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("registrationDigest", operator, hpkeKeyHash)
}

// UnpackRegistrationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccbba62e.
//
// Solidity: function registrationDigest(address operator, bytes32 hpkeKeyHash) view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackRegistrationDigest(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("registrationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (enclaveRegistry *EnclaveRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (enclaveRegistry *EnclaveRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (enclaveRegistry *EnclaveRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("revokeRole", role, account)
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
func (enclaveRegistry *EnclaveRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetApprovalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1753b56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalPeriod(uint64 blocks) returns()
func (enclaveRegistry *EnclaveRegistry) PackSetApprovalPeriod(blocks uint64) []byte {
	enc, err := enclaveRegistry.abi.Pack("setApprovalPeriod", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1753b56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalPeriod(uint64 blocks) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackSetApprovalPeriod(blocks uint64) ([]byte, error) {
	return enclaveRegistry.abi.Pack("setApprovalPeriod", blocks)
}

// PackSetCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9ad89fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitteeSize(uint8 size) returns()
func (enclaveRegistry *EnclaveRegistry) PackSetCommitteeSize(size uint8) []byte {
	enc, err := enclaveRegistry.abi.Pack("setCommitteeSize", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9ad89fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitteeSize(uint8 size) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackSetCommitteeSize(size uint8) ([]byte, error) {
	return enclaveRegistry.abi.Pack("setCommitteeSize", size)
}

// PackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4229217a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEndpoint(address enclave, string url) returns()
func (enclaveRegistry *EnclaveRegistry) PackSetEndpoint(enclave common.Address, url string) []byte {
	enc, err := enclaveRegistry.abi.Pack("setEndpoint", enclave, url)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEndpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4229217a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEndpoint(address enclave, string url) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackSetEndpoint(enclave common.Address, url string) ([]byte, error) {
	return enclaveRegistry.abi.Pack("setEndpoint", enclave, url)
}

// PackSetMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01ac2b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMeasurementAllowed(bytes32 measurement, bool allowed) returns()
func (enclaveRegistry *EnclaveRegistry) PackSetMeasurementAllowed(measurement [32]byte, allowed bool) []byte {
	enc, err := enclaveRegistry.abi.Pack("setMeasurementAllowed", measurement, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01ac2b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMeasurementAllowed(bytes32 measurement, bool allowed) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackSetMeasurementAllowed(measurement [32]byte, allowed bool) ([]byte, error) {
	return enclaveRegistry.abi.Pack("setMeasurementAllowed", measurement, allowed)
}

// PackSimulatedRootHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80ffd9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function simulatedRootHash() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) PackSimulatedRootHash() []byte {
	enc, err := enclaveRegistry.abi.Pack("simulatedRootHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSimulatedRootHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80ffd9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function simulatedRootHash() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) TryPackSimulatedRootHash() ([]byte, error) {
	return enclaveRegistry.abi.Pack("simulatedRootHash")
}

// UnpackSimulatedRootHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf80ffd9d.
//
// Solidity: function simulatedRootHash() view returns(bytes32)
func (enclaveRegistry *EnclaveRegistry) UnpackSimulatedRootHash(data []byte) ([32]byte, error) {
	out, err := enclaveRegistry.abi.Unpack("simulatedRootHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (enclaveRegistry *EnclaveRegistry) PackStaking() []byte {
	enc, err := enclaveRegistry.abi.Pack("staking")
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
func (enclaveRegistry *EnclaveRegistry) TryPackStaking() ([]byte, error) {
	return enclaveRegistry.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (enclaveRegistry *EnclaveRegistry) UnpackStaking(data []byte) (common.Address, error) {
	out, err := enclaveRegistry.abi.Unpack("staking", data)
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
func (enclaveRegistry *EnclaveRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (enclaveRegistry *EnclaveRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTrustsSimulatedRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03b63f70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trustsSimulatedRoots() view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackTrustsSimulatedRoots() []byte {
	enc, err := enclaveRegistry.abi.Pack("trustsSimulatedRoots")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrustsSimulatedRoots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03b63f70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trustsSimulatedRoots() view returns(bool)
func (enclaveRegistry *EnclaveRegistry) TryPackTrustsSimulatedRoots() ([]byte, error) {
	return enclaveRegistry.abi.Pack("trustsSimulatedRoots")
}

// UnpackTrustsSimulatedRoots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03b63f70.
//
// Solidity: function trustsSimulatedRoots() view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackTrustsSimulatedRoots(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("trustsSimulatedRoots", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// EnclaveRegistryApprovalPeriodSet represents a ApprovalPeriodSet event raised by the EnclaveRegistry contract.
type EnclaveRegistryApprovalPeriodSet struct {
	Blocks uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryApprovalPeriodSetEventName = "ApprovalPeriodSet"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryApprovalPeriodSet) ContractEventName() string {
	return EnclaveRegistryApprovalPeriodSetEventName
}

// UnpackApprovalPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalPeriodSet(uint64 blocks)
func (enclaveRegistry *EnclaveRegistry) UnpackApprovalPeriodSetEvent(log *types.Log) (*EnclaveRegistryApprovalPeriodSet, error) {
	event := "ApprovalPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryApprovalPeriodSet)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryCommitteeSizeSet represents a CommitteeSizeSet event raised by the EnclaveRegistry contract.
type EnclaveRegistryCommitteeSizeSet struct {
	Size uint8
	Raw  *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryCommitteeSizeSetEventName = "CommitteeSizeSet"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryCommitteeSizeSet) ContractEventName() string {
	return EnclaveRegistryCommitteeSizeSetEventName
}

// UnpackCommitteeSizeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSizeSet(uint8 size)
func (enclaveRegistry *EnclaveRegistry) UnpackCommitteeSizeSetEvent(log *types.Log) (*EnclaveRegistryCommitteeSizeSet, error) {
	event := "CommitteeSizeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryCommitteeSizeSet)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveActivated represents a EnclaveActivated event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveActivated struct {
	Enclave       common.Address
	Round         uint16
	ApprovedUntil uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveActivatedEventName = "EnclaveActivated"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveActivated) ContractEventName() string {
	return EnclaveRegistryEnclaveActivatedEventName
}

// UnpackEnclaveActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveActivated(address indexed enclave, uint16 round, uint64 approvedUntil)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveActivatedEvent(log *types.Log) (*EnclaveRegistryEnclaveActivated, error) {
	event := "EnclaveActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveActivated)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveApproved represents a EnclaveApproved event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveApproved struct {
	Enclave   common.Address
	Verifier  common.Address
	Round     uint16
	Approvals uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveApprovedEventName = "EnclaveApproved"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveApproved) ContractEventName() string {
	return EnclaveRegistryEnclaveApprovedEventName
}

// UnpackEnclaveApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveApproved(address indexed enclave, address indexed verifier, uint16 round, uint8 approvals)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveApprovedEvent(log *types.Log) (*EnclaveRegistryEnclaveApproved, error) {
	event := "EnclaveApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveApproved)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveCommitteeDrawn represents a EnclaveCommitteeDrawn event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveCommitteeDrawn struct {
	Enclave   common.Address
	Round     uint16
	SeedBlock uint64
	Members   *big.Int
	Approvals uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveCommitteeDrawnEventName = "EnclaveCommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveCommitteeDrawn) ContractEventName() string {
	return EnclaveRegistryEnclaveCommitteeDrawnEventName
}

// UnpackEnclaveCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveCommitteeDrawn(address indexed enclave, uint16 round, uint64 seedBlock, uint256 members, uint8 approvals)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveCommitteeDrawnEvent(log *types.Log) (*EnclaveRegistryEnclaveCommitteeDrawn, error) {
	event := "EnclaveCommitteeDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveCommitteeDrawn)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveDeregistered represents a EnclaveDeregistered event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveDeregistered struct {
	Enclave common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveDeregisteredEventName = "EnclaveDeregistered"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveDeregistered) ContractEventName() string {
	return EnclaveRegistryEnclaveDeregisteredEventName
}

// UnpackEnclaveDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveDeregistered(address indexed enclave, address by)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveDeregisteredEvent(log *types.Log) (*EnclaveRegistryEnclaveDeregistered, error) {
	event := "EnclaveDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveDeregistered)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveReattested represents a EnclaveReattested event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveReattested struct {
	Enclave        common.Address
	Round          uint16
	EvidenceHash   [32]byte
	CollateralHash [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveReattestedEventName = "EnclaveReattested"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveReattested) ContractEventName() string {
	return EnclaveRegistryEnclaveReattestedEventName
}

// UnpackEnclaveReattestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveReattested(address indexed enclave, uint16 round, bytes32 evidenceHash, bytes32 collateralHash)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveReattestedEvent(log *types.Log) (*EnclaveRegistryEnclaveReattested, error) {
	event := "EnclaveReattested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveReattested)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEnclaveRegistered represents a EnclaveRegistered event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveRegistered struct {
	Enclave        common.Address
	Operator       common.Address
	Measurement    [32]byte
	HpkeKeyHash    [32]byte
	EvidenceHash   [32]byte
	CollateralHash [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveRegistered) ContractEventName() string {
	return EnclaveRegistryEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(address indexed enclave, address indexed operator, bytes32 measurement, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 collateralHash)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveRegisteredEvent(log *types.Log) (*EnclaveRegistryEnclaveRegistered, error) {
	event := "EnclaveRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEnclaveRegistered)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryEndpointSet represents a EndpointSet event raised by the EnclaveRegistry contract.
type EnclaveRegistryEndpointSet struct {
	Enclave common.Address
	Url     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEndpointSetEventName = "EndpointSet"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEndpointSet) ContractEventName() string {
	return EnclaveRegistryEndpointSetEventName
}

// UnpackEndpointSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EndpointSet(address indexed enclave, string url)
func (enclaveRegistry *EnclaveRegistry) UnpackEndpointSetEvent(log *types.Log) (*EnclaveRegistryEndpointSet, error) {
	event := "EndpointSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryEndpointSet)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryMeasurementAllowed represents a MeasurementAllowed event raised by the EnclaveRegistry contract.
type EnclaveRegistryMeasurementAllowed struct {
	Measurement [32]byte
	Allowed     bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryMeasurementAllowedEventName = "MeasurementAllowed"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryMeasurementAllowed) ContractEventName() string {
	return EnclaveRegistryMeasurementAllowedEventName
}

// UnpackMeasurementAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementAllowed(bytes32 indexed measurement, bool allowed)
func (enclaveRegistry *EnclaveRegistry) UnpackMeasurementAllowedEvent(log *types.Log) (*EnclaveRegistryMeasurementAllowed, error) {
	event := "MeasurementAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryMeasurementAllowed)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the EnclaveRegistry contract.
type EnclaveRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryRoleAdminChanged) ContractEventName() string {
	return EnclaveRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (enclaveRegistry *EnclaveRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*EnclaveRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryRoleGranted represents a RoleGranted event raised by the EnclaveRegistry contract.
type EnclaveRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryRoleGranted) ContractEventName() string {
	return EnclaveRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (enclaveRegistry *EnclaveRegistry) UnpackRoleGrantedEvent(log *types.Log) (*EnclaveRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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

// EnclaveRegistryRoleRevoked represents a RoleRevoked event raised by the EnclaveRegistry contract.
type EnclaveRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryRoleRevoked) ContractEventName() string {
	return EnclaveRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (enclaveRegistry *EnclaveRegistry) UnpackRoleRevokedEvent(log *types.Log) (*EnclaveRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := enclaveRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveRegistry.abi.Events[event].Inputs {
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
func (enclaveRegistry *EnclaveRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["AlreadyApproved"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["CommitteeSizeOutOfRange"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackCommitteeSizeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveAlreadyRegistered"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveCommitteeAlreadyDrawn"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveCommitteeAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveDrawTooEarly"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveDrawTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveNotPending"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveNotRegistered"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EndpointTooLong"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEndpointTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EvidenceNotFresh"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEvidenceNotFreshError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["InvalidEnclaveSignature"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackInvalidEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotEnclaveOperator"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotEnclaveOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotOnCommittee"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotOnCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotStakedTEENode"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotStakedTEENodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotStakedVerifier"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotStakedVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["OperatorCannotApprove"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackOperatorCannotApproveError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["RoundTooEarly"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackRoundTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroApprovalPeriod"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroApprovalPeriodError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EnclaveRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the EnclaveRegistry contract.
type EnclaveRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func EnclaveRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (enclaveRegistry *EnclaveRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*EnclaveRegistryAccessControlBadConfirmation, error) {
	out := new(EnclaveRegistryAccessControlBadConfirmation)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the EnclaveRegistry contract.
type EnclaveRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func EnclaveRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (enclaveRegistry *EnclaveRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*EnclaveRegistryAccessControlUnauthorizedAccount, error) {
	out := new(EnclaveRegistryAccessControlUnauthorizedAccount)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryAlreadyApproved represents a AlreadyApproved error raised by the EnclaveRegistry contract.
type EnclaveRegistryAlreadyApproved struct {
	Enclave  common.Address
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyApproved(address enclave, address verifier)
func EnclaveRegistryAlreadyApprovedErrorID() common.Hash {
	return common.HexToHash("0x7833ee4ae3140d13beed65a1602997eaed52d6132802b236639f4164c0d912d9")
}

// UnpackAlreadyApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyApproved(address enclave, address verifier)
func (enclaveRegistry *EnclaveRegistry) UnpackAlreadyApprovedError(raw []byte) (*EnclaveRegistryAlreadyApproved, error) {
	out := new(EnclaveRegistryAlreadyApproved)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "AlreadyApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryCommitteeSizeOutOfRange represents a CommitteeSizeOutOfRange error raised by the EnclaveRegistry contract.
type EnclaveRegistryCommitteeSizeOutOfRange struct {
	Size    uint8
	Maximum uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeSizeOutOfRange(uint8 size, uint8 maximum)
func EnclaveRegistryCommitteeSizeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8feeb5a2686db94485fbd75b4f6cd01ce20051936a96dcd63b88df09612b4c32")
}

// UnpackCommitteeSizeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeSizeOutOfRange(uint8 size, uint8 maximum)
func (enclaveRegistry *EnclaveRegistry) UnpackCommitteeSizeOutOfRangeError(raw []byte) (*EnclaveRegistryCommitteeSizeOutOfRange, error) {
	out := new(EnclaveRegistryCommitteeSizeOutOfRange)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "CommitteeSizeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEnclaveAlreadyRegistered represents a EnclaveAlreadyRegistered error raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveAlreadyRegistered struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveAlreadyRegistered(address enclave)
func EnclaveRegistryEnclaveAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x25776f00484d0953fffe0453648d41e26e60750132510a4f1a983c6fbeab3827")
}

// UnpackEnclaveAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveAlreadyRegistered(address enclave)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveAlreadyRegisteredError(raw []byte) (*EnclaveRegistryEnclaveAlreadyRegistered, error) {
	out := new(EnclaveRegistryEnclaveAlreadyRegistered)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EnclaveAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEnclaveCommitteeAlreadyDrawn represents a EnclaveCommitteeAlreadyDrawn error raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveCommitteeAlreadyDrawn struct {
	Enclave common.Address
	Round   uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveCommitteeAlreadyDrawn(address enclave, uint16 round)
func EnclaveRegistryEnclaveCommitteeAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0xcf970df9725dfbdb900ffe2a3daa4c5b1370e310cf135bbf2ccecf53e6d9704c")
}

// UnpackEnclaveCommitteeAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveCommitteeAlreadyDrawn(address enclave, uint16 round)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveCommitteeAlreadyDrawnError(raw []byte) (*EnclaveRegistryEnclaveCommitteeAlreadyDrawn, error) {
	out := new(EnclaveRegistryEnclaveCommitteeAlreadyDrawn)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EnclaveCommitteeAlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEnclaveDrawTooEarly represents a EnclaveDrawTooEarly error raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveDrawTooEarly struct {
	Enclave    common.Address
	Round      uint16
	FirstBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveDrawTooEarly(address enclave, uint16 round, uint64 firstBlock)
func EnclaveRegistryEnclaveDrawTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xcdafc03d4ec068e5f5351e206d45410e9bc482cf30a75d2bdad9eb34f6936b12")
}

// UnpackEnclaveDrawTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveDrawTooEarly(address enclave, uint16 round, uint64 firstBlock)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveDrawTooEarlyError(raw []byte) (*EnclaveRegistryEnclaveDrawTooEarly, error) {
	out := new(EnclaveRegistryEnclaveDrawTooEarly)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EnclaveDrawTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEnclaveNotPending represents a EnclaveNotPending error raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveNotPending struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveNotPending(address enclave)
func EnclaveRegistryEnclaveNotPendingErrorID() common.Hash {
	return common.HexToHash("0xb53d01b49791dbdfbef4ee0ceb51b3d0495fb7a338ae80c9e287f42422c3dd53")
}

// UnpackEnclaveNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveNotPending(address enclave)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveNotPendingError(raw []byte) (*EnclaveRegistryEnclaveNotPending, error) {
	out := new(EnclaveRegistryEnclaveNotPending)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EnclaveNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEnclaveNotRegistered represents a EnclaveNotRegistered error raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveNotRegistered struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveNotRegistered(address enclave)
func EnclaveRegistryEnclaveNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x4b9199f8ec726d98c30431a8efb4488bdec490d77fb316fbf60598041a89be5a")
}

// UnpackEnclaveNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveNotRegistered(address enclave)
func (enclaveRegistry *EnclaveRegistry) UnpackEnclaveNotRegisteredError(raw []byte) (*EnclaveRegistryEnclaveNotRegistered, error) {
	out := new(EnclaveRegistryEnclaveNotRegistered)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EnclaveNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEndpointTooLong represents a EndpointTooLong error raised by the EnclaveRegistry contract.
type EnclaveRegistryEndpointTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func EnclaveRegistryEndpointTooLongErrorID() common.Hash {
	return common.HexToHash("0x859641b17750b75a6dc82e2ca2a056c168945d6c155683de9020f42273710fb9")
}

// UnpackEndpointTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func (enclaveRegistry *EnclaveRegistry) UnpackEndpointTooLongError(raw []byte) (*EnclaveRegistryEndpointTooLong, error) {
	out := new(EnclaveRegistryEndpointTooLong)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EndpointTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryEvidenceNotFresh represents a EvidenceNotFresh error raised by the EnclaveRegistry contract.
type EnclaveRegistryEvidenceNotFresh struct {
	Enclave      common.Address
	EvidenceHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvidenceNotFresh(address enclave, bytes32 evidenceHash)
func EnclaveRegistryEvidenceNotFreshErrorID() common.Hash {
	return common.HexToHash("0x4ae1518d44858e04eadba98ae22dc90dd92e0f666ac180cb361cbdb42ddbdeda")
}

// UnpackEvidenceNotFreshError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvidenceNotFresh(address enclave, bytes32 evidenceHash)
func (enclaveRegistry *EnclaveRegistry) UnpackEvidenceNotFreshError(raw []byte) (*EnclaveRegistryEvidenceNotFresh, error) {
	out := new(EnclaveRegistryEvidenceNotFresh)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "EvidenceNotFresh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryInvalidEnclaveSignature represents a InvalidEnclaveSignature error raised by the EnclaveRegistry contract.
type EnclaveRegistryInvalidEnclaveSignature struct {
	Signer  common.Address
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEnclaveSignature(address signer, address enclave)
func EnclaveRegistryInvalidEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0x8295ea596e28765e5393be47da1a92e484125042ff08d4e99bb7831dde048d77")
}

// UnpackInvalidEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEnclaveSignature(address signer, address enclave)
func (enclaveRegistry *EnclaveRegistry) UnpackInvalidEnclaveSignatureError(raw []byte) (*EnclaveRegistryInvalidEnclaveSignature, error) {
	out := new(EnclaveRegistryInvalidEnclaveSignature)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "InvalidEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the EnclaveRegistry contract.
type EnclaveRegistryMeasurementNotAllowed struct {
	Measurement [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurement)
func EnclaveRegistryMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9bdbf576effa9578e0d2824c76ebb757a228f9d18398d4c5e67c2a83f4398936")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurement)
func (enclaveRegistry *EnclaveRegistry) UnpackMeasurementNotAllowedError(raw []byte) (*EnclaveRegistryMeasurementNotAllowed, error) {
	out := new(EnclaveRegistryMeasurementNotAllowed)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryNotEnclaveOperator represents a NotEnclaveOperator error raised by the EnclaveRegistry contract.
type EnclaveRegistryNotEnclaveOperator struct {
	Enclave common.Address
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnclaveOperator(address enclave, address caller)
func EnclaveRegistryNotEnclaveOperatorErrorID() common.Hash {
	return common.HexToHash("0x4d0fa2e800b1d7632a64f66a60f9db3bfc08ec581fc048e52d5ea63f9d5679c7")
}

// UnpackNotEnclaveOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnclaveOperator(address enclave, address caller)
func (enclaveRegistry *EnclaveRegistry) UnpackNotEnclaveOperatorError(raw []byte) (*EnclaveRegistryNotEnclaveOperator, error) {
	out := new(EnclaveRegistryNotEnclaveOperator)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "NotEnclaveOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryNotOnCommittee represents a NotOnCommittee error raised by the EnclaveRegistry contract.
type EnclaveRegistryNotOnCommittee struct {
	Verifier common.Address
	Enclave  common.Address
	Round    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOnCommittee(address verifier, address enclave, uint16 round)
func EnclaveRegistryNotOnCommitteeErrorID() common.Hash {
	return common.HexToHash("0xd495fa9f00b7e234b29117db51aa9c9ca1501659b981bfeab3d4c5e5f3c4b34d")
}

// UnpackNotOnCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOnCommittee(address verifier, address enclave, uint16 round)
func (enclaveRegistry *EnclaveRegistry) UnpackNotOnCommitteeError(raw []byte) (*EnclaveRegistryNotOnCommittee, error) {
	out := new(EnclaveRegistryNotOnCommittee)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "NotOnCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryNotStakedTEENode represents a NotStakedTEENode error raised by the EnclaveRegistry contract.
type EnclaveRegistryNotStakedTEENode struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStakedTEENode(address operator)
func EnclaveRegistryNotStakedTEENodeErrorID() common.Hash {
	return common.HexToHash("0x1bda2947e7090bda7b2387534e0e3d5e90ae60d0013795794009833eddb3277b")
}

// UnpackNotStakedTEENodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStakedTEENode(address operator)
func (enclaveRegistry *EnclaveRegistry) UnpackNotStakedTEENodeError(raw []byte) (*EnclaveRegistryNotStakedTEENode, error) {
	out := new(EnclaveRegistryNotStakedTEENode)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "NotStakedTEENode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryNotStakedVerifier represents a NotStakedVerifier error raised by the EnclaveRegistry contract.
type EnclaveRegistryNotStakedVerifier struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStakedVerifier(address verifier)
func EnclaveRegistryNotStakedVerifierErrorID() common.Hash {
	return common.HexToHash("0x0cee335f6bc6e38ffce525e0a7a34f30adc8413b24afd90a9b24f2f4b35ea8e6")
}

// UnpackNotStakedVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStakedVerifier(address verifier)
func (enclaveRegistry *EnclaveRegistry) UnpackNotStakedVerifierError(raw []byte) (*EnclaveRegistryNotStakedVerifier, error) {
	out := new(EnclaveRegistryNotStakedVerifier)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "NotStakedVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryOperatorCannotApprove represents a OperatorCannotApprove error raised by the EnclaveRegistry contract.
type EnclaveRegistryOperatorCannotApprove struct {
	Verifier common.Address
	Enclave  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorCannotApprove(address verifier, address enclave)
func EnclaveRegistryOperatorCannotApproveErrorID() common.Hash {
	return common.HexToHash("0xcb9420a94f7036df9ee4fb691c61205a47ad2f5ad154c6827e8f6ed90fd41c0b")
}

// UnpackOperatorCannotApproveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorCannotApprove(address verifier, address enclave)
func (enclaveRegistry *EnclaveRegistry) UnpackOperatorCannotApproveError(raw []byte) (*EnclaveRegistryOperatorCannotApprove, error) {
	out := new(EnclaveRegistryOperatorCannotApprove)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "OperatorCannotApprove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryRoundTooEarly represents a RoundTooEarly error raised by the EnclaveRegistry contract.
type EnclaveRegistryRoundTooEarly struct {
	Enclave    common.Address
	Round      uint16
	FirstBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundTooEarly(address enclave, uint16 round, uint64 firstBlock)
func EnclaveRegistryRoundTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xe47d243d5787fd0599a7728719132b428bf7e5d38daa23daa259aaf33c6c7d91")
}

// UnpackRoundTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundTooEarly(address enclave, uint16 round, uint64 firstBlock)
func (enclaveRegistry *EnclaveRegistry) UnpackRoundTooEarlyError(raw []byte) (*EnclaveRegistryRoundTooEarly, error) {
	out := new(EnclaveRegistryRoundTooEarly)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "RoundTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryZeroAddress represents a ZeroAddress error raised by the EnclaveRegistry contract.
type EnclaveRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EnclaveRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (enclaveRegistry *EnclaveRegistry) UnpackZeroAddressError(raw []byte) (*EnclaveRegistryZeroAddress, error) {
	out := new(EnclaveRegistryZeroAddress)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveRegistryZeroApprovalPeriod represents a ZeroApprovalPeriod error raised by the EnclaveRegistry contract.
type EnclaveRegistryZeroApprovalPeriod struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroApprovalPeriod()
func EnclaveRegistryZeroApprovalPeriodErrorID() common.Hash {
	return common.HexToHash("0xe9760f43aa80f750d895cab7575fda287814cd5cce4d82e8ef48bfe070fb0d78")
}

// UnpackZeroApprovalPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroApprovalPeriod()
func (enclaveRegistry *EnclaveRegistry) UnpackZeroApprovalPeriodError(raw []byte) (*EnclaveRegistryZeroApprovalPeriod, error) {
	out := new(EnclaveRegistryZeroApprovalPeriod)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "ZeroApprovalPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}
