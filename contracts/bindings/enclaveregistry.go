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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quorum_\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"approvalPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"trustsSimulatedRoots_\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"simulatedRootHash_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EvidenceNotFresh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"InvalidEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEnclaveOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotStakedTEENode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"OperatorCannotApprove\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"QuorumTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroApprovalPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroQuorum\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"ApprovalPeriodSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"approvedUntil\",\"type\":\"uint64\"}],\"name\":\"EnclaveActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EnclaveDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"EnclaveReattested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"}],\"name\":\"QuorumSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUM\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"enclaveOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"enumEnclaveRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"approvals\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"}],\"internalType\":\"structEnclaveRegistry.Enclave\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"enclavesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"hasApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"measurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"}],\"name\":\"reattest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"recordOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumEnclaveRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"approvedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"round\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"attestedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structEnclaveRegistry.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"collateralHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"}],\"name\":\"registrationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setApprovalPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"quorum_\",\"type\":\"uint32\"}],\"name\":\"setQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedRootHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustsSimulatedRoots\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EnclaveRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161214d38038061214d83398101604081905261002e916102a9565b6001600160a01b038616158061004b57506001600160a01b038516155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0386166080526100805f866100b5565b5061008a8461015e565b6100938361020e565b81151560a052816100a4575f6100a6565b805b60c0525061033c945050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610155575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610158565b505f5b92915050565b8063ffffffff165f0361018457604051630f1fd28f60e21b815260040160405180910390fd5b60ff63ffffffff821611156101bf576040516349ad0d0b60e11b815263ffffffff8216600482015260ff602482015260440160405180910390fd5b6001805463ffffffff191663ffffffff83169081179091556040519081527ff5bd2fca719770ad1946217995b5582968ab0a27e6a6457d5b067acfe2a87094906020015b60405180910390a150565b806001600160401b03165f036102375760405163e9760f4360e01b815260040160405180910390fd5b60018054600160201b600160601b0319166401000000006001600160401b038416908102919091179091556040519081527fcaeb4fe34de3623cabae004035ec814ba52ff6683603eb613f697e3ad1a19fdf90602001610203565b6001600160a01b03811681146102a6575f5ffd5b50565b5f5f5f5f5f5f60c087890312156102be575f5ffd5b86516102c981610292565b60208801519096506102da81610292565b604088015190955063ffffffff811681146102f3575f5ffd5b60608801519094506001600160401b038116811461030f575f5ffd5b60808801519093508015158114610324575f5ffd5b60a09790970151959894975092959194919391925050565b60805160a05160c051611dcb6103825f395f6104b101525f6101f701525f81816102f7015281816107f901528181610b8c01528181610f2601526113710152611dcb5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806391d14854116100fe578063d01ac2b61161009e578063e329fed71161006e578063e329fed71461047e578063f698da2514610491578063f80788a414610499578063f80ffd9d146104ac575f5ffd5b8063d01ac2b61461043d578063d2cbc86714610450578063d547741f14610458578063daea85c51461046b575f5ffd5b8063b1753b56116100d9578063b1753b56146103d7578063b7f5431e146103ea578063c06ac6a31461040a578063ccbba62e1461042a575f5ffd5b806391d14854146103aa5780639f8a13d7146103bd578063a217fddf146103d0575f5ffd5b80632f2ff15d116101695780637999762c116101445780637999762c1461033157806384ac33ec146103645780638510129b1461037757806385db946414610397575f5ffd5b80632f2ff15d146102ca57806336568abe146102df5780634cf088d9146102f2575f5ffd5b80631494e2f6116101a45780631494e2f61461023b5780631703a0181461027057806319648d8814610295578063248a9ca3146102a8575f5ffd5b806301ffc9a7146101ca57806303b63f70146101f25780630975b6f314610219575b5f5ffd5b6101dd6101d8366004611926565b6104d3565b60405190151581526020015b60405180910390f35b6101dd7f000000000000000000000000000000000000000000000000000000000000000081565b6101dd61022736600461194d565b60026020525f908152604090205460ff1681565b6102627f105724aaba470a578677a8188c5c246918786fd26090cfa3fdcf148ccf1b9c2a81565b6040519081526020016101e9565b6001546102809063ffffffff1681565b60405163ffffffff90911681526020016101e9565b6101dd6102a336600461197f565b610509565b6102626102b636600461194d565b5f9081526020819052604090206001015490565b6102dd6102d83660046119b0565b61057e565b005b6102dd6102ed3660046119b0565b6105a8565b6103197f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101e9565b60015461034c9064010000000090046001600160401b031681565b6040516001600160401b0390911681526020016101e9565b6102dd6103723660046119d1565b6105e0565b61038a6103853660046119d1565b610714565b6040516101e99190611a12565b6102dd6103a5366004611a7e565b6107bb565b6101dd6103b83660046119b0565b610ab6565b6101dd6103cb3660046119d1565b610ade565b6102625f81565b6102dd6103e5366004611b20565b610c0f565b6103fd6103f83660046119d1565b610c26565b6040516101e99190611b46565b61041d6104183660046119d1565b610c99565b6040516101e99190611b91565b610262610438366004611c5a565b610dc6565b6102dd61044b366004611c8f565b610e4c565b61028060ff81565b6102dd6104663660046119b0565b610ead565b6102dd6104793660046119d1565b610ed1565b6102dd61048c366004611cbd565b6111e8565b6102626111fb565b6102dd6104a7366004611ce0565b61129f565b6102627f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b148061050357506301ffc9a760e01b6001600160e01b03198316145b92915050565b6001600160a01b038281165f90815260036020908152604080832054600483528184209486168452939091528120549091600160e81b900461ffff908116911614801561057757506001600160a01b0383165f90815260036020526040902054600160e81b900461ffff1615155b9392505050565b5f8281526020819052604090206001015461059881611554565b6105a28383611561565b50505050565b6001600160a01b03811633146105d15760405163334bd91960e11b815260040160405180910390fd5b6105db82826115f0565b505050565b6001600160a01b0381165f90815260036020526040902060018154600160a01b900460ff166003811115610616576106166119ea565b14158015610641575060028154600160a01b900460ff16600381111561063e5761063e6119ea565b14155b1561066f57604051630972333f60e31b81526001600160a01b03831660048201526024015b60405180910390fd5b80546001600160a01b03163314801590610690575061068e5f33610ab6565b155b156106bf576040516309a1f45d60e31b81526001600160a01b0383166004820152336024820152604401610666565b8054600360a01b60ff60a01b199091161781556040513381526001600160a01b038316907f7af4f15375de35d6f204bde16e6a12bc395fa4d2acbd4eeba8e1940bd76a287c9060200160405180910390a25050565b61071c6118d5565b6001600160a01b038281165f90815260036020818152604092839020835160e0810185528154958616815260018201549281019290925260028101549382019390935282820154606082015291926080830191600160a01b90910460ff169081111561078a5761078a6119ea565b81528254600160f81b900460ff1660208201526004909201546001600160401b031660409092019190915292915050565b6001600160a01b0387166107e25760405163d92e233d60e01b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490610831903390600190600401611d10565b602060405180830381865afa15801561084c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108709190611d3d565b61088f57604051631bda294760e01b8152336004820152602401610666565b5f8381526002602052604090205460ff166108c057604051634dedfabb60e11b815260048101849052602401610666565b6001600160a01b0387165f908152600360205260408120908154600160a01b900460ff1660038111156108f5576108f56119ea565b1461091d576040516225776f60e81b81526001600160a01b0389166004820152602401610666565b5f61096661092b338a610dc6565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061165992505050565b50509050886001600160a01b0316816001600160a01b0316146109af57604051638295ea5960e01b81526001600160a01b0380831660048301528a166024820152604401610666565b8154600160e81b3360ff60a01b1981166001600160a81b031990931692909217600160a01b1761ffff60e81b191617835560018084018a905560028401899055600384018790556004840180546fffffffffffffffffffffffffffffffff1916436001600160401b0316908117600160401b919091021790555f8281526005602090815260408083208054948501815583529181902090920180546001600160a01b0319166001600160a01b038e1690811790915581518981529283018c90528282018b9052606083018a9052905190917fe2d9f3b2b12e78730ef595f291832229c8c024c46ce617dd436a3b5b46a2a809919081900360800190a3505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b0381165f9081526003602052604081208054600160a01b900460ff166002816003811115610b1557610b156119ea565b1480610b3257506001816003811115610b3057610b306119ea565b145b8015610b4e57508154600160a81b90046001600160401b031643105b8015610b6c575060038201545f9081526002602052604090205460ff165b8015610c0757508154604051632be979b160e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263afa5e6c492610bc8929190911690600190600401611d10565b602060405180830381865afa158015610be3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c079190611d3d565b949350505050565b5f610c1981611554565b610c22826116a2565b5050565b6001600160a01b0381165f90815260056020908152604091829020805483518184028101840190945280845260609392830182828015610c8d57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610c6f575b50505050509050919050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091526001600160a01b038281165f908152600360208181526040928390208351610140810190945280549485168452929390840191600160a01b90910460ff1690811115610d3757610d376119ea565b6003811115610d4857610d486119ea565b81528154600160a81b81046001600160401b039081166020840152600160e81b820461ffff166040840152600160f81b90910460ff16606083015260018301546080830152600283015460a0830152600383015460c083015260049092015480831660e0830152600160401b90049091166101009091015292915050565b5f610577610dd26111fb565b604080517f105724aaba470a578677a8188c5c246918786fd26090cfa3fdcf148ccf1b9c2a60208201526001600160a01b03871691810191909152606081018590526080016040516020818303038152906040528051906020012060405161190160f01b8152600281019290925260228201526042902090565b5f610e5681611554565b5f83815260026020908152604091829020805460ff1916851515908117909155915191825284917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654910160405180910390a2505050565b5f82815260208190526040902060010154610ec781611554565b6105a283836115f0565b335f9081526005602052604090205415610f0f5760405163cb9420a960e01b81523360048201526001600160a01b0382166024820152604401610666565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490610f5e903390600290600401611d10565b602060405180830381865afa158015610f79573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f9d9190611d3d565b610fbc57604051630cee335f60e01b8152336004820152602401610666565b6001600160a01b0381165f90815260036020526040902060018154600160a01b900460ff166003811115610ff257610ff26119ea565b1461101b57604051632d4f406d60e21b81526001600160a01b0383166004820152602401610666565b80546001600160a01b0383165f90815260046020908152604080832033845290915290205461ffff600160e81b9092048216911681900361108057604051633c19f72560e11b81526001600160a01b0384166004820152336024820152604401610666565b6001600160a01b0383165f9081526004602090815260408083203384529091528120805461ffff191661ffff841617905582546110c890600160f81b900460ff166001611d6c565b83546001600160f81b0316600160f81b60ff83169081029190911785556040805161ffff86168152602081019290925291925033916001600160a01b038716917f9961dbfa1388ee04d1953b98ad34d3dd743546807f85ed159b3a98e6995247df910160405180910390a360015463ffffffff1660ff8216106105a2576001545f906111659064010000000090046001600160401b031643611d85565b84546001600160401b038216600160a81b810268ffffffffffffffffff60a01b1990921691909117600160a11b1786556040805161ffff8716815260208101929092529192506001600160a01b038716917fe9c2b8a7ea80cf7bf185205b48f7cb7e669127f54c0d3473c5033895f49e5c85910160405180910390a25050505050565b5f6111f281611554565b610c228261172f565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f16791da82b813e89d66d50f689c9d5507d76d51a9d961cd99e70d9cf77d313b4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6001600160a01b0383165f9081526003602052604090208054600160a01b900460ff1660018160038111156112d6576112d66119ea565b141580156112f6575060028160038111156112f3576112f36119ea565b14155b1561131f57604051630972333f60e31b81526001600160a01b0386166004820152602401610666565b81546001600160a01b0316331461135a576040516309a1f45d60e31b81526001600160a01b0386166004820152336024820152604401610666565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906113a9903390600190600401611d10565b602060405180830381865afa1580156113c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113e89190611d3d565b61140757604051631bda294760e01b8152336004820152602401610666565b60038201545f9081526002602052604090205460ff16611442578160030154604051634dedfabb60e11b815260040161066691815260200190565b8160020154840361147857604051634ae1518d60e01b81526001600160a01b038616600482015260248101859052604401610666565b81545f9061149290600160e81b900461ffff166001611da4565b8354600160a01b600168ffffffffffffffff0160a01b03909116600160e81b61ffff84169081026001600160f81b031691909117919091178555600285018790556004850180546fffffffffffffffff00000000000000001916600160401b436001600160401b0316021790556040805191825260208201889052818101879052519192506001600160a01b038816917f729e85526bbe8970246ca65789842e418f131d1eff8e3e3a705607771c27fe709181900360600190a2505050505050565b61155e81336117d4565b50565b5f61156c8383610ab6565b6115e9575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556115a13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610503565b505f610503565b5f6115fb8383610ab6565b156115e9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610503565b5f5f5f8351604103611690576020840151604085015160608601515f1a6116828882858561180d565b95509550955050505061169b565b505081515f91506002905b9250925092565b806001600160401b03165f036116cb5760405163e9760f4360e01b815260040160405180910390fd5b600180546bffffffffffffffff0000000019166401000000006001600160401b038416908102919091179091556040519081527fcaeb4fe34de3623cabae004035ec814ba52ff6683603eb613f697e3ad1a19fdf906020015b60405180910390a150565b8063ffffffff165f0361175557604051630f1fd28f60e21b815260040160405180910390fd5b60ff63ffffffff8216111561178c576040516349ad0d0b60e11b815263ffffffff8216600482015260ff6024820152604401610666565b6001805463ffffffff191663ffffffff83169081179091556040519081527ff5bd2fca719770ad1946217995b5582968ab0a27e6a6457d5b067acfe2a8709490602001611724565b6117de8282610ab6565b610c225760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610666565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561184657505f915060039050826118cb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611897573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118c257505f9250600191508290506118cb565b92505f91508190505b9450945094915050565b6040518060e001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f6003811115611913576119136119ea565b81525f6020820181905260409091015290565b5f60208284031215611936575f5ffd5b81356001600160e01b031981168114610577575f5ffd5b5f6020828403121561195d575f5ffd5b5035919050565b80356001600160a01b038116811461197a575f5ffd5b919050565b5f5f60408385031215611990575f5ffd5b61199983611964565b91506119a760208401611964565b90509250929050565b5f5f604083850312156119c1575f5ffd5b823591506119a760208401611964565b5f602082840312156119e1575f5ffd5b61057782611964565b634e487b7160e01b5f52602160045260245ffd5b60048110611a0e57611a0e6119ea565b9052565b81516001600160a01b0316815260208083015190820152604080830151908201526060808301519082015260808083015160e0830191611a54908401826119fe565b5063ffffffff60a08401511660a08301526001600160401b0360c08401511660c083015292915050565b5f5f5f5f5f5f5f60c0888a031215611a94575f5ffd5b611a9d88611964565b96506020880135955060408801359450606088013593506080880135925060a08801356001600160401b03811115611ad3575f5ffd5b8801601f81018a13611ae3575f5ffd5b80356001600160401b03811115611af8575f5ffd5b8a6020828401011115611b09575f5ffd5b602082019350809250505092959891949750929550565b5f60208284031215611b30575f5ffd5b81356001600160401b0381168114610577575f5ffd5b602080825282518282018190525f918401906040840190835b81811015611b865783516001600160a01b0316835260209384019390920191600101611b5f565b509095945050505050565b81516001600160a01b0316815261014081016020830151611bb560208401826119fe565b506040830151611bd060408401826001600160401b03169052565b506060830151611be6606084018261ffff169052565b506080830151611bfb608084018260ff169052565b5060a083015160a083015260c083015160c083015260e083015160e0830152610100830151611c366101008401826001600160401b03169052565b50610120830151611c536101208401826001600160401b03169052565b5092915050565b5f5f60408385031215611c6b575f5ffd5b611c7483611964565b946020939093013593505050565b801515811461155e575f5ffd5b5f5f60408385031215611ca0575f5ffd5b823591506020830135611cb281611c82565b809150509250929050565b5f60208284031215611ccd575f5ffd5b813563ffffffff81168114610577575f5ffd5b5f5f5f60608486031215611cf2575f5ffd5b611cfb84611964565b95602085013595506040909401359392505050565b6001600160a01b03831681526040810160038310611d3057611d306119ea565b8260208301529392505050565b5f60208284031215611d4d575f5ffd5b815161057781611c82565b634e487b7160e01b5f52601160045260245ffd5b60ff818116838216019081111561050357610503611d58565b6001600160401b03818116838216019081111561050357610503611d58565b61ffff818116838216019081111561050357610503611d5856fea164736f6c634300081e000a",
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
// Solidity: constructor(address staking_, address admin, uint32 quorum_, uint64 approvalPeriod_, bool trustsSimulatedRoots_, bytes32 simulatedRootHash_) returns()
func (enclaveRegistry *EnclaveRegistry) PackConstructor(staking_ common.Address, admin common.Address, quorum_ uint32, approvalPeriod_ uint64, trustsSimulatedRoots_ bool, simulatedRootHash_ [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("", staking_, admin, quorum_, approvalPeriod_, trustsSimulatedRoots_, simulatedRootHash_)
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

// PackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUORUM() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) PackMAXQUORUM() []byte {
	enc, err := enclaveRegistry.abi.Pack("MAX_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUORUM() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) TryPackMAXQUORUM() ([]byte, error) {
	return enclaveRegistry.abi.Pack("MAX_QUORUM")
}

// UnpackMAXQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2cbc867.
//
// Solidity: function MAX_QUORUM() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) UnpackMAXQUORUM(data []byte) (uint32, error) {
	out, err := enclaveRegistry.abi.Unpack("MAX_QUORUM", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) PackQuorum() []byte {
	enc, err := enclaveRegistry.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) TryPackQuorum() ([]byte, error) {
	return enclaveRegistry.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint32)
func (enclaveRegistry *EnclaveRegistry) UnpackQuorum(data []byte) (uint32, error) {
	out, err := enclaveRegistry.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// PackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe329fed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorum(uint32 quorum_) returns()
func (enclaveRegistry *EnclaveRegistry) PackSetQuorum(quorum uint32) []byte {
	enc, err := enclaveRegistry.abi.Pack("setQuorum", quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe329fed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorum(uint32 quorum_) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackSetQuorum(quorum uint32) ([]byte, error) {
	return enclaveRegistry.abi.Pack("setQuorum", quorum)
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

// EnclaveRegistryQuorumSet represents a QuorumSet event raised by the EnclaveRegistry contract.
type EnclaveRegistryQuorumSet struct {
	Quorum uint32
	Raw    *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryQuorumSetEventName = "QuorumSet"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryQuorumSet) ContractEventName() string {
	return EnclaveRegistryQuorumSetEventName
}

// UnpackQuorumSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumSet(uint32 quorum)
func (enclaveRegistry *EnclaveRegistry) UnpackQuorumSetEvent(log *types.Log) (*EnclaveRegistryQuorumSet, error) {
	event := "QuorumSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveRegistryQuorumSet)
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
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveAlreadyRegistered"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveNotPending"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["EnclaveNotRegistered"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackEnclaveNotRegisteredError(raw[4:])
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
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotStakedTEENode"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotStakedTEENodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["NotStakedVerifier"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackNotStakedVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["OperatorCannotApprove"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackOperatorCannotApproveError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["QuorumTooLarge"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackQuorumTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroApprovalPeriod"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroApprovalPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroQuorum"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroQuorumError(raw[4:])
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

// EnclaveRegistryQuorumTooLarge represents a QuorumTooLarge error raised by the EnclaveRegistry contract.
type EnclaveRegistryQuorumTooLarge struct {
	Quorum  uint32
	Maximum uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumTooLarge(uint32 quorum, uint32 maximum)
func EnclaveRegistryQuorumTooLargeErrorID() common.Hash {
	return common.HexToHash("0x935a1a16a634fa56030ae16f2b4b65fa57e2efd9048941af9cccf5935bcba03a")
}

// UnpackQuorumTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumTooLarge(uint32 quorum, uint32 maximum)
func (enclaveRegistry *EnclaveRegistry) UnpackQuorumTooLargeError(raw []byte) (*EnclaveRegistryQuorumTooLarge, error) {
	out := new(EnclaveRegistryQuorumTooLarge)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "QuorumTooLarge", raw); err != nil {
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

// EnclaveRegistryZeroQuorum represents a ZeroQuorum error raised by the EnclaveRegistry contract.
type EnclaveRegistryZeroQuorum struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroQuorum()
func EnclaveRegistryZeroQuorumErrorID() common.Hash {
	return common.HexToHash("0x3c7f4a3c29f3b7db58c9b80ce498b5ff92645ff0db0e230b92dc0aa77456486d")
}

// UnpackZeroQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroQuorum()
func (enclaveRegistry *EnclaveRegistry) UnpackZeroQuorumError(raw []byte) (*EnclaveRegistryZeroQuorum, error) {
	out := new(EnclaveRegistryZeroQuorum)
	if err := enclaveRegistry.abi.UnpackIntoInterface(out, "ZeroQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}
