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

// EnclaveRegistryMetaData contains all meta data concerning the EnclaveRegistry contract.
var EnclaveRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStaking\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quorum_\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"trustsSimulatedRoots_\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"simulatedRootHash_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEnclaveOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotStakedTEENode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotStakedVerifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroQuorum\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"approvals\",\"type\":\"uint32\"}],\"name\":\"EnclaveApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EnclaveDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EnclaveRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quorum\",\"type\":\"uint32\"}],\"name\":\"QuorumSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"approvedBy\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"enclaveOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"enumEnclaveRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"approvals\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"}],\"internalType\":\"structEnclaveRegistry.Enclave\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"enclavesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"measurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hpkeKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"quorum_\",\"type\":\"uint32\"}],\"name\":\"setQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedRootHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStaking\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustsSimulatedRoots\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EnclaveRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516114d53803806114d583398101604081905261002e916101d5565b6001600160a01b038516158061004b57506001600160a01b038416155b156100695760405163d92e233d60e01b815260040160405180910390fd5b8263ffffffff165f0361008f57604051630f1fd28f60e21b815260040160405180910390fd5b6001600160a01b0385166080526100a65f85610115565b506001805463ffffffff191663ffffffff851617905581151560a052816100cd575f6100cf565b805b60c05260405163ffffffff841681527ff5bd2fca719770ad1946217995b5582968ab0a27e6a6457d5b067acfe2a870949060200160405180910390a15050505050610248565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b5575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561016d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101b8565b505f5b92915050565b6001600160a01b03811681146101d2575f5ffd5b50565b5f5f5f5f5f60a086880312156101e9575f5ffd5b85516101f4816101be565b6020870151909550610205816101be565b604087015190945063ffffffff8116811461021e575f5ffd5b60608701519093508015158114610233575f5ffd5b80925050608086015190509295509295909350565b60805160a05160c05161124e6102875f395f61034701525f61016301525f8181610229015281816106ab0152818161083c0152610add015261124e5ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c806391d14854116100b4578063d547741f11610079578063d547741f146102f6578063daea85c514610309578063e304d5dc1461031c578063e329fed71461032f578063f80ffd9d14610342578063f978abce14610369575f5ffd5b806391d14854146102965780639f8a13d7146102a9578063a217fddf146102bc578063b7f5431e146102c3578063d01ac2b6146102e3575f5ffd5b80632f2ff15d116100fa5780632f2ff15d146101fc57806336568abe146102115780634cf088d91461022457806384ac33ec146102635780638510129b14610276575f5ffd5b806301ffc9a71461013657806303b63f701461015e5780630975b6f3146101855780631703a018146101a7578063248a9ca3146101cc575b5f5ffd5b610149610144366004610fa4565b610396565b60405190151581526020015b60405180910390f35b6101497f000000000000000000000000000000000000000000000000000000000000000081565b610149610193366004610fcb565b60026020525f908152604090205460ff1681565b6001546101b79063ffffffff1681565b60405163ffffffff9091168152602001610155565b6101ee6101da366004610fcb565b5f9081526020819052604090206001015490565b604051908152602001610155565b61020f61020a366004610ffd565b6103cc565b005b61020f61021f366004610ffd565b6103f6565b61024b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610155565b61020f610271366004611027565b61042e565b610289610284366004611027565b610556565b6040516101559190611054565b6101496102a4366004610ffd565b610612565b6101496102b7366004611027565b61063a565b6101ee5f81565b6102d66102d1366004611027565b61072d565b60405161015591906110ca565b61020f6102f1366004611122565b6107a0565b61020f610304366004610ffd565b610801565b61020f610317366004611027565b610825565b61020f61032a366004611150565b610a9f565b61020f61033d366004611186565b610d96565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b6101496103773660046111a9565b600460209081525f928352604080842090915290825290205460ff1681565b5f6001600160e01b03198216637965db0b60e01b14806103c657506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546103e681610e15565b6103f08383610e22565b50505050565b6001600160a01b038116331461041f5760405163334bd91960e11b815260040160405180910390fd5b6104298282610eb1565b505050565b6001600160a01b0381165f9081526003602052604090206001600482015460ff16600381111561046057610460611040565b1415801561048757506002600482015460ff16600381111561048457610484611040565b14155b156104b557604051630972333f60e31b81526001600160a01b03831660048201526024015b60405180910390fd5b80546001600160a01b031633148015906104d657506104d45f33610612565b155b15610505576040516309a1f45d60e31b81526001600160a01b03831660048201523360248201526044016104ac565b60048101805460ff191660031790556040513381526001600160a01b038316907f7af4f15375de35d6f204bde16e6a12bc395fa4d2acbd4eeba8e1940bd76a287c9060200160405180910390a25050565b61055e610f53565b6001600160a01b038083165f90815260036020818152604092839020835160e081018552815490951685526001810154918501919091526002810154928401929092528181015460608401526004820154608084019160ff909116908111156105c9576105c9611040565b60038111156105da576105da611040565b815260049190910154610100810463ffffffff16602083015265010000000000900467ffffffffffffffff1660409091015292915050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b0381165f9081526003602052604081206002600482015460ff16600381111561066c5761066c611040565b14801561068b575060038101545f9081526002602052604090205460ff165b801561072657508054604051632be979b160e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169263afa5e6c4926106e79291909116906001906004016111d1565b602060405180830381865afa158015610702573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061072691906111fe565b9392505050565b6001600160a01b0381165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561079457602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610776575b50505050509050919050565b5f6107aa81610e15565b5f83815260026020908152604091829020805460ff1916851515908117909155915191825284917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654910160405180910390a2505050565b5f8281526020819052604090206001015461081b81610e15565b6103f08383610eb1565b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c4906108749033906002906004016111d1565b602060405180830381865afa15801561088f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108b391906111fe565b6108d257604051630cee335f60e01b81523360048201526024016104ac565b6001600160a01b0381165f9081526003602052604090206001600482015460ff16600381111561090457610904611040565b1461092d57604051632d4f406d60e21b81526001600160a01b03831660048201526024016104ac565b6001600160a01b0382165f90815260046020908152604080832033845290915290205460ff161561098257604051633c19f72560e11b81526001600160a01b03831660048201523360248201526044016104ac565b6001600160a01b0382165f908152600460208181526040808420338552909152909120805460ff19166001908117909155908201805482906109d190829063ffffffff61010090910416611219565b825463ffffffff91821661010093840a9081029083021990911617909255600484015460405191900490911681523391506001600160a01b038416907fad290f5131061bcd94e62046be3adb8a76ca43e58bac8d82515d7721282f79c99060200160405180910390a3600154600482015463ffffffff91821661010090910490911610610a9b5760048101805460ff191660021790556040516001600160a01b038316907fb126682adf95f773fb8f05151fbec2f6d8aaf0a9fc348f25baac2479061facd2905f90a25b5050565b6001600160a01b038416610ac65760405163d92e233d60e01b815260040160405180910390fd5b604051632be979b160e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063afa5e6c490610b159033906001906004016111d1565b602060405180830381865afa158015610b30573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b5491906111fe565b610b7357604051631bda294760e01b81523360048201526024016104ac565b5f8181526002602052604090205460ff16610ba457604051634dedfabb60e11b8152600481018290526024016104ac565b6001600160a01b0384165f90815260036020819052604082206004015460ff1690811115610bd457610bd4611040565b14610bfc576040516225776f60e81b81526001600160a01b03851660048201526024016104ac565b6040805160e0810182523381526020808201868152828401868152606084018681526001608086018181525f60a088018190524367ffffffffffffffff1660c08901526001600160a01b038d81168252600397889052989020875181546001600160a01b031916991698909817885593518782015591516002870155518584015590516004850180549495949193909260ff1990921691908490811115610ca557610ca5611040565b021790555060a08201516004909101805460c09093015167ffffffffffffffff1665010000000000026cffffffffffffffff00000000001963ffffffff90931661010002929092166cffffffffffffffffffffffff001990931692909217179055335f8181526005602090815260408083208054600181018255908452919092200180546001600160a01b0388166001600160a01b0319909116811790915590517fb6e35374358c1847784b528e119ef7072ed1e55c8db4e7ee360e381f04ec994d90610d88908590889088909283526020830191909152604082015260600190565b60405180910390a350505050565b5f610da081610e15565b8163ffffffff165f03610dc657604051630f1fd28f60e21b815260040160405180910390fd5b6001805463ffffffff191663ffffffff84169081179091556040519081527ff5bd2fca719770ad1946217995b5582968ab0a27e6a6457d5b067acfe2a870949060200160405180910390a15050565b610e1f8133610f1a565b50565b5f610e2d8383610612565b610eaa575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e623390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103c6565b505f6103c6565b5f610ebc8383610612565b15610eaa575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103c6565b610f248282610612565b610a9b5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104ac565b6040518060e001604052805f6001600160a01b031681526020015f81526020015f81526020015f81526020015f6003811115610f9157610f91611040565b81525f6020820181905260409091015290565b5f60208284031215610fb4575f5ffd5b81356001600160e01b031981168114610726575f5ffd5b5f60208284031215610fdb575f5ffd5b5035919050565b80356001600160a01b0381168114610ff8575f5ffd5b919050565b5f5f6040838503121561100e575f5ffd5b8235915061101e60208401610fe2565b90509250929050565b5f60208284031215611037575f5ffd5b61072682610fe2565b634e487b7160e01b5f52602160045260245ffd5b81516001600160a01b03168152602080830151908201526040808301519082015260608083015190820152608082015160e08201906004811061109957611099611040565b8060808401525063ffffffff60a08401511660a083015267ffffffffffffffff60c08401511660c083015292915050565b602080825282518282018190525f918401906040840190835b8181101561110a5783516001600160a01b03168352602093840193909201916001016110e3565b509095945050505050565b8015158114610e1f575f5ffd5b5f5f60408385031215611133575f5ffd5b82359150602083013561114581611115565b809150509250929050565b5f5f5f5f60808587031215611163575f5ffd5b61116c85610fe2565b966020860135965060408601359560600135945092505050565b5f60208284031215611196575f5ffd5b813563ffffffff81168114610726575f5ffd5b5f5f604083850312156111ba575f5ffd5b6111c383610fe2565b915061101e60208401610fe2565b6001600160a01b038316815260408101600383106111f1576111f1611040565b8260208301529392505050565b5f6020828403121561120e575f5ffd5b815161072681611115565b63ffffffff81811683821601908111156103c657634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
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
// Solidity: constructor(address staking_, address admin, uint32 quorum_, bool trustsSimulatedRoots_, bytes32 simulatedRootHash_) returns()
func (enclaveRegistry *EnclaveRegistry) PackConstructor(staking_ common.Address, admin common.Address, quorum_ uint32, trustsSimulatedRoots_ bool, simulatedRootHash_ [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("", staking_, admin, quorum_, trustsSimulatedRoots_, simulatedRootHash_)
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

// PackApprovedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf978abce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvedBy(address , address ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) PackApprovedBy(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := enclaveRegistry.abi.Pack("approvedBy", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf978abce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvedBy(address , address ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) TryPackApprovedBy(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return enclaveRegistry.abi.Pack("approvedBy", arg0, arg1)
}

// UnpackApprovedBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf978abce.
//
// Solidity: function approvedBy(address , address ) view returns(bool)
func (enclaveRegistry *EnclaveRegistry) UnpackApprovedBy(data []byte) (bool, error) {
	out, err := enclaveRegistry.abi.Unpack("approvedBy", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe304d5dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address enclave, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 measurement) returns()
func (enclaveRegistry *EnclaveRegistry) PackRegister(enclave common.Address, hpkeKeyHash [32]byte, evidenceHash [32]byte, measurement [32]byte) []byte {
	enc, err := enclaveRegistry.abi.Pack("register", enclave, hpkeKeyHash, evidenceHash, measurement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe304d5dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address enclave, bytes32 hpkeKeyHash, bytes32 evidenceHash, bytes32 measurement) returns()
func (enclaveRegistry *EnclaveRegistry) TryPackRegister(enclave common.Address, hpkeKeyHash [32]byte, evidenceHash [32]byte, measurement [32]byte) ([]byte, error) {
	return enclaveRegistry.abi.Pack("register", enclave, hpkeKeyHash, evidenceHash, measurement)
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

// EnclaveRegistryEnclaveActivated represents a EnclaveActivated event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveActivated struct {
	Enclave common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveActivatedEventName = "EnclaveActivated"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveActivated) ContractEventName() string {
	return EnclaveRegistryEnclaveActivatedEventName
}

// UnpackEnclaveActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveActivated(address indexed enclave)
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
	Approvals uint32
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
// Solidity: event EnclaveApproved(address indexed enclave, address indexed verifier, uint32 approvals)
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

// EnclaveRegistryEnclaveRegistered represents a EnclaveRegistered event raised by the EnclaveRegistry contract.
type EnclaveRegistryEnclaveRegistered struct {
	Enclave      common.Address
	Operator     common.Address
	Measurement  [32]byte
	HpkeKeyHash  [32]byte
	EvidenceHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const EnclaveRegistryEnclaveRegisteredEventName = "EnclaveRegistered"

// ContractEventName returns the user-defined event name.
func (EnclaveRegistryEnclaveRegistered) ContractEventName() string {
	return EnclaveRegistryEnclaveRegisteredEventName
}

// UnpackEnclaveRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnclaveRegistered(address indexed enclave, address indexed operator, bytes32 measurement, bytes32 hpkeKeyHash, bytes32 evidenceHash)
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
	if bytes.Equal(raw[:4], enclaveRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return enclaveRegistry.UnpackZeroAddressError(raw[4:])
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
