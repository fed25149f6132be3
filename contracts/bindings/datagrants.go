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

// DataGrantsGrant is an auto generated low-level Go binding around an user-defined struct.
type DataGrantsGrant struct {
	PolicyHash   [32]byte
	GrantedBlock uint64
	Expiry       uint64
	RevokedBlock uint64
}

// DataGrantsMetaData contains all meta data concerning the DataGrants contract.
var DataGrantsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"GrantExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"GrantNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"GrantRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"GrantSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"GRANT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVOKE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"datasetOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"grantOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structDataGrants.Grant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"grantWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"revokeWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataGrants",
	Bin: "0x610180604052348015610010575f5ffd5b506040516115d73803806115d783398101604081905261002f916101cc565b604080518082018252600e81526d4d656d6f446174614772616e747360901b602080830191909152825180840190935260018352603160f81b9083015290610077825f610154565b61012052610086816001610154565b61014052815160208084019190912060e052815190820120610100524660a05261011260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0381166101425760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316610160526103a3565b5f60208351101561016f5761016883610186565b9050610180565b8161017a8482610291565b5060ff90505b92915050565b5f5f829050601f815111156101b9578260405163305a27a960e01b81526004016101b0919061034b565b60405180910390fd5b80516101c482610380565b179392505050565b5f602082840312156101dc575f5ffd5b81516001600160a01b03811681146101f2575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061022157607f821691505b60208210810361023f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028c57805f5260205f20601f840160051c8101602085101561026a5750805b601f840160051c820191505b81811015610289575f8155600101610276565b50505b505050565b81516001600160401b038111156102aa576102aa6101f9565b6102be816102b8845461020d565b84610245565b6020601f8211600181146102f0575f83156102d95750848201515b5f19600385901b1c1916600184901b178455610289565b5f84815260208120601f198516915b8281101561031f57878501518255602094850194600190920191016102ff565b508482101561033c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561023f575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516111d26104055f395f81816101c8015261066e01525f61082301525f6107f701525f610b2e01525f610b0601525f610a6101525f610a8b01525f610ab501526111d25ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806384b0196e11610088578063c078f70711610063578063c078f70714610267578063c1a1d7ea1461027a578063efd8871a1461029d578063f698da25146102b0575f5ffd5b806384b0196e146102125780638a7322271461022d578063ac5d351214610254575f5ffd5b8063073f5d9f146100cf5780634c2edacb146101095780634cc910171461011e57806352199c3d1461015e5780637b103999146101c35780637ecebe00146101ea575b5f5ffd5b6100f67f9c814e06c49d9a718f1b43726a2a6d6a4e55a04b2f07418b0d5e9b828c8d180281565b6040519081526020015b60405180910390f35b61011c610117366004610e91565b6102b8565b005b61014661012c366004610ed4565b60036020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610100565b61017161016c366004610eeb565b6102cb565b60405161010091905f608082019050825182526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015292915050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6100f66101f8366004610f15565b6001600160a01b03165f9081526002602052604090205490565b61021a610353565b6040516101009796959493929190610f5c565b6100f67fe4da57f9cd20383d2d1755d10d4b48e78ad108820ac722f2b3d2088be66a2c4081565b61011c610262366004611036565b610395565b61011c6102753660046110b8565b610459565b61028d610288366004611121565b610502565b6040519015158152602001610100565b61011c6102ab366004610eeb565b6105c1565b6100f66105d0565b6102c533858585856105de565b50505050565b60408051608080820183525f80835260208084018290528385018290526060938401829052868252600481528482206001600160a01b03871683528152908490208451928301855280548352600101546001600160401b0380821692840192909252600160401b8104821694830194909452600160801b909304909216908201525b92915050565b5f6060805f5f5f60606103646107f0565b61036c61081c565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f7f9c814e06c49d9a718f1b43726a2a6d6a4e55a04b2f07418b0d5e9b828c8d1802878787876103e18d6001600160a01b03165f90815260026020526040902080546001810190915590565b6040805160208101979097528601949094526001600160a01b03909216606085015260808401526001600160401b031660a083015260c082015260e00160405160208183030381529060405280519060200120905061044288828585610849565b61044f88888888886105de565b5050505050505050565b5f7fe4da57f9cd20383d2d1755d10d4b48e78ad108820ac722f2b3d2088be66a2c4085856104a3896001600160a01b03165f90815260026020526040902080546001810190915590565b6040805160208101959095528401929092526001600160a01b03166060830152608082015260a0016040516020818303038152906040528051906020012090506104ef86828585610849565b6104fa8686866108fb565b505050505050565b5f8381526004602090815260408083206001600160a01b0386168452909152812060018101546001600160401b0316158061054d575060018101546001600160401b03908116908416105b80610570575060018101546001600160401b03600160401b909104811690841610155b1561057e575f9150506105ba565b6001810154600160801b90046001600160401b031615806105b6575060018101546001600160401b03600160801b9091048116908416105b9150505b9392505050565b6105cc3383836108fb565b5050565b5f6105d9610a55565b905090565b6001600160a01b0383166106055760405163d92e233d60e01b815260040160405180910390fd5b61060f8585610b7e565b43816001600160401b03161161064f57604051622dfdd960e51b81526001600160401b038083166004830152431660248201526044015b60405180910390fd5b604051639f8a13d760e01b81526001600160a01b0384811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa1580156106b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d7919061115a565b6106ff57604051636e28803960e01b81526001600160a01b0384166004820152602401610646565b60408051608081018252838152436001600160401b0390811660208084019182528583168486018181525f606087018181528c8252600485528882206001600160a01b038d8116808552918752928a902098518955955160019098018054935191519888166fffffffffffffffffffffffffffffffff1990941693909317600160401b918816919091021767ffffffffffffffff60801b1916600160801b9790961696909602949094179093558451878152908101929092529188169287917fde466c3e5def2ede621c93f9bb49dfc13a03aebec549f9d5340ad78b56243fa4910160405180910390a45050505050565b60606105d97f00000000000000000000000000000000000000000000000000000000000000005f610c16565b60606105d97f00000000000000000000000000000000000000000000000000000000000000006001610c16565b5f5f61089261085786610cbf565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610ceb92505050565b5090925090505f8160038111156108ab576108ab611179565b1415806108ca5750856001600160a01b0316826001600160a01b031614155b156104fa57604051637ba5ffb560e01b81526001600160a01b03808416600483015287166024820152604401610646565b5f828152600360205260409020546001600160a01b03908116908416811461095057604051633eadaed960e01b8152600481018490526001600160a01b03808616602483015282166044820152606401610646565b5f8381526004602090815260408083206001600160a01b0386168452909152902060018101546001600160401b0316158061099e57506001810154600160801b90046001600160401b031615155b806109bd57506001810154600160401b90046001600160401b03164310155b156109ed5760405163563fcddd60e11b8152600481018590526001600160a01b0384166024820152604401610646565b60018101805467ffffffffffffffff60801b1916600160801b436001600160401b0316021790556040516001600160a01b03868116919085169086907f10229b09a8892e0c18b9a187fdc15e18dd71830907d460dbc5443cf9a5db27f6905f90a45050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610aad57507f000000000000000000000000000000000000000000000000000000000000000046145b15610ad757507f000000000000000000000000000000000000000000000000000000000000000090565b6105d9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f818152600360205260409020546001600160a01b031680610bc5575f82815260036020526040902080546001600160a01b0319166001600160a01b038516179055505050565b826001600160a01b0316816001600160a01b031614610c1157604051633eadaed960e01b8152600481018390526001600160a01b03808516602483015282166044820152606401610646565b505050565b606060ff8314610c3057610c2983610d34565b905061034d565b818054610c3c9061118d565b80601f0160208091040260200160405190810160405280929190818152602001828054610c689061118d565b8015610cb35780601f10610c8a57610100808354040283529160200191610cb3565b820191905f5260205f20905b815481529060010190602001808311610c9657829003601f168201915b5050505050905061034d565b5f61034d610ccb610a55565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103610d22576020840151604085015160608601515f1a610d1488828585610d71565b955095509550505050610d2d565b505081515f91506002905b9250925092565b60605f610d4083610e39565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610daa57505f91506003905082610e2f565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610dfb573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610e2657505f925060019150829050610e2f565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561034d57604051632cd44ac360e21b815260040160405180910390fd5b80356001600160a01b0381168114610e76575f5ffd5b919050565b80356001600160401b0381168114610e76575f5ffd5b5f5f5f5f60808587031215610ea4575f5ffd5b84359350610eb460208601610e60565b925060408501359150610ec960608601610e7b565b905092959194509250565b5f60208284031215610ee4575f5ffd5b5035919050565b5f5f60408385031215610efc575f5ffd5b82359150610f0c60208401610e60565b90509250929050565b5f60208284031215610f25575f5ffd5b6105ba82610e60565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610f7a60e0830189610f2e565b8281036040840152610f8c8189610f2e565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610fe1578351835260209384019390920191600101610fc3565b50909b9a5050505050505050505050565b5f5f83601f840112611002575f5ffd5b5081356001600160401b03811115611018575f5ffd5b60208301915083602082850101111561102f575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561104c575f5ffd5b61105588610e60565b96506020880135955061106a60408901610e60565b94506060880135935061107f60808901610e7b565b925060a08801356001600160401b03811115611099575f5ffd5b6110a58a828b01610ff2565b989b979a50959850939692959293505050565b5f5f5f5f5f608086880312156110cc575f5ffd5b6110d586610e60565b9450602086013593506110ea60408701610e60565b925060608601356001600160401b03811115611104575f5ffd5b61111088828901610ff2565b969995985093965092949392505050565b5f5f5f60608486031215611133575f5ffd5b8335925061114360208501610e60565b915061115160408501610e7b565b90509250925092565b5f6020828403121561116a575f5ffd5b815180151581146105ba575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b600181811c908216806111a157607f821691505b6020821081036111bf57634e487b7160e01b5f52602260045260245ffd5b5091905056fea164736f6c634300081e000a",
}

// DataGrants is an auto generated Go binding around an Ethereum contract.
type DataGrants struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataGrants) GetABI() abi.ABI {
	return c.abi
}

// NewDataGrants creates a new instance of DataGrants.
func NewDataGrants() *DataGrants {
	parsed, err := DataGrantsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataGrants{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataGrants) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (dataGrants *DataGrants) PackConstructor(registry_ common.Address) []byte {
	enc, err := dataGrants.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGRANTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073f5d9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GRANT_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) PackGRANTTYPEHASH() []byte {
	enc, err := dataGrants.abi.Pack("GRANT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGRANTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x073f5d9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GRANT_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) TryPackGRANTTYPEHASH() ([]byte, error) {
	return dataGrants.abi.Pack("GRANT_TYPEHASH")
}

// UnpackGRANTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x073f5d9f.
//
// Solidity: function GRANT_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) UnpackGRANTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataGrants.abi.Unpack("GRANT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREVOKETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a732227.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) PackREVOKETYPEHASH() []byte {
	enc, err := dataGrants.abi.Pack("REVOKE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVOKETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a732227.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) TryPackREVOKETYPEHASH() ([]byte, error) {
	return dataGrants.abi.Pack("REVOKE_TYPEHASH")
}

// UnpackREVOKETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a732227.
//
// Solidity: function REVOKE_TYPEHASH() view returns(bytes32)
func (dataGrants *DataGrants) UnpackREVOKETYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataGrants.abi.Unpack("REVOKE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc91017.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetOwner(bytes32 ) view returns(address)
func (dataGrants *DataGrants) PackDatasetOwner(arg0 [32]byte) []byte {
	enc, err := dataGrants.abi.Pack("datasetOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc91017.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetOwner(bytes32 ) view returns(address)
func (dataGrants *DataGrants) TryPackDatasetOwner(arg0 [32]byte) ([]byte, error) {
	return dataGrants.abi.Pack("datasetOwner", arg0)
}

// UnpackDatasetOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cc91017.
//
// Solidity: function datasetOwner(bytes32 ) view returns(address)
func (dataGrants *DataGrants) UnpackDatasetOwner(data []byte) (common.Address, error) {
	out, err := dataGrants.abi.Unpack("datasetOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataGrants *DataGrants) PackDomainSeparator() []byte {
	enc, err := dataGrants.abi.Pack("domainSeparator")
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
func (dataGrants *DataGrants) TryPackDomainSeparator() ([]byte, error) {
	return dataGrants.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataGrants *DataGrants) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := dataGrants.abi.Unpack("domainSeparator", data)
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
func (dataGrants *DataGrants) PackEip712Domain() []byte {
	enc, err := dataGrants.abi.Pack("eip712Domain")
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
func (dataGrants *DataGrants) TryPackEip712Domain() ([]byte, error) {
	return dataGrants.abi.Pack("eip712Domain")
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
func (dataGrants *DataGrants) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := dataGrants.abi.Unpack("eip712Domain", data)
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

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c2edacb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) returns()
func (dataGrants *DataGrants) PackGrant(datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64) []byte {
	enc, err := dataGrants.abi.Pack("grant", datasetId, enclave, policyHash, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c2edacb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry) returns()
func (dataGrants *DataGrants) TryPackGrant(datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64) ([]byte, error) {
	return dataGrants.abi.Pack("grant", datasetId, enclave, policyHash, expiry)
}

// PackGrantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52199c3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantOf(bytes32 datasetId, address enclave) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) PackGrantOf(datasetId [32]byte, enclave common.Address) []byte {
	enc, err := dataGrants.abi.Pack("grantOf", datasetId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52199c3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantOf(bytes32 datasetId, address enclave) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) TryPackGrantOf(datasetId [32]byte, enclave common.Address) ([]byte, error) {
	return dataGrants.abi.Pack("grantOf", datasetId, enclave)
}

// UnpackGrantOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52199c3d.
//
// Solidity: function grantOf(bytes32 datasetId, address enclave) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) UnpackGrantOf(data []byte) (DataGrantsGrant, error) {
	out, err := dataGrants.abi.Unpack("grantOf", data)
	if err != nil {
		return *new(DataGrantsGrant), err
	}
	out0 := *abi.ConvertType(out[0], new(DataGrantsGrant)).(*DataGrantsGrant)
	return out0, nil
}

// PackGrantWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac5d3512.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantWithSig(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry, bytes signature) returns()
func (dataGrants *DataGrants) PackGrantWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64, signature []byte) []byte {
	enc, err := dataGrants.abi.Pack("grantWithSig", owner, datasetId, enclave, policyHash, expiry, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac5d3512.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantWithSig(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry, bytes signature) returns()
func (dataGrants *DataGrants) TryPackGrantWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64, signature []byte) ([]byte, error) {
	return dataGrants.abi.Pack("grantWithSig", owner, datasetId, enclave, policyHash, expiry, signature)
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1a1d7ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(bytes32 datasetId, address enclave, uint64 atBlock) view returns(bool)
func (dataGrants *DataGrants) PackIsActive(datasetId [32]byte, enclave common.Address, atBlock uint64) []byte {
	enc, err := dataGrants.abi.Pack("isActive", datasetId, enclave, atBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1a1d7ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(bytes32 datasetId, address enclave, uint64 atBlock) view returns(bool)
func (dataGrants *DataGrants) TryPackIsActive(datasetId [32]byte, enclave common.Address, atBlock uint64) ([]byte, error) {
	return dataGrants.abi.Pack("isActive", datasetId, enclave, atBlock)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1a1d7ea.
//
// Solidity: function isActive(bytes32 datasetId, address enclave, uint64 atBlock) view returns(bool)
func (dataGrants *DataGrants) UnpackIsActive(data []byte) (bool, error) {
	out, err := dataGrants.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (dataGrants *DataGrants) PackNonces(owner common.Address) []byte {
	enc, err := dataGrants.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (dataGrants *DataGrants) TryPackNonces(owner common.Address) ([]byte, error) {
	return dataGrants.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (dataGrants *DataGrants) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := dataGrants.abi.Unpack("nonces", data)
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
func (dataGrants *DataGrants) PackRegistry() []byte {
	enc, err := dataGrants.abi.Pack("registry")
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
func (dataGrants *DataGrants) TryPackRegistry() ([]byte, error) {
	return dataGrants.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (dataGrants *DataGrants) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := dataGrants.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefd8871a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(bytes32 datasetId, address enclave) returns()
func (dataGrants *DataGrants) PackRevoke(datasetId [32]byte, enclave common.Address) []byte {
	enc, err := dataGrants.abi.Pack("revoke", datasetId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefd8871a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(bytes32 datasetId, address enclave) returns()
func (dataGrants *DataGrants) TryPackRevoke(datasetId [32]byte, enclave common.Address) ([]byte, error) {
	return dataGrants.abi.Pack("revoke", datasetId, enclave)
}

// PackRevokeWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc078f707.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeWithSig(address owner, bytes32 datasetId, address enclave, bytes signature) returns()
func (dataGrants *DataGrants) PackRevokeWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, signature []byte) []byte {
	enc, err := dataGrants.abi.Pack("revokeWithSig", owner, datasetId, enclave, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc078f707.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeWithSig(address owner, bytes32 datasetId, address enclave, bytes signature) returns()
func (dataGrants *DataGrants) TryPackRevokeWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, signature []byte) ([]byte, error) {
	return dataGrants.abi.Pack("revokeWithSig", owner, datasetId, enclave, signature)
}

// DataGrantsEIP712DomainChanged represents a EIP712DomainChanged event raised by the DataGrants contract.
type DataGrantsEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataGrantsEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DataGrantsEIP712DomainChanged) ContractEventName() string {
	return DataGrantsEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (dataGrants *DataGrants) UnpackEIP712DomainChangedEvent(log *types.Log) (*DataGrantsEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataGrants.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataGrantsEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := dataGrants.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataGrants.abi.Events[event].Inputs {
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

// DataGrantsGrantRevoked represents a GrantRevoked event raised by the DataGrants contract.
type DataGrantsGrantRevoked struct {
	DatasetId [32]byte
	Enclave   common.Address
	Owner     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataGrantsGrantRevokedEventName = "GrantRevoked"

// ContractEventName returns the user-defined event name.
func (DataGrantsGrantRevoked) ContractEventName() string {
	return DataGrantsGrantRevokedEventName
}

// UnpackGrantRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GrantRevoked(bytes32 indexed datasetId, address indexed enclave, address indexed owner)
func (dataGrants *DataGrants) UnpackGrantRevokedEvent(log *types.Log) (*DataGrantsGrantRevoked, error) {
	event := "GrantRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataGrants.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataGrantsGrantRevoked)
	if len(log.Data) > 0 {
		if err := dataGrants.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataGrants.abi.Events[event].Inputs {
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

// DataGrantsGrantSet represents a GrantSet event raised by the DataGrants contract.
type DataGrantsGrantSet struct {
	DatasetId  [32]byte
	Enclave    common.Address
	Owner      common.Address
	PolicyHash [32]byte
	Expiry     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataGrantsGrantSetEventName = "GrantSet"

// ContractEventName returns the user-defined event name.
func (DataGrantsGrantSet) ContractEventName() string {
	return DataGrantsGrantSetEventName
}

// UnpackGrantSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GrantSet(bytes32 indexed datasetId, address indexed enclave, address indexed owner, bytes32 policyHash, uint64 expiry)
func (dataGrants *DataGrants) UnpackGrantSetEvent(log *types.Log) (*DataGrantsGrantSet, error) {
	event := "GrantSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataGrants.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataGrantsGrantSet)
	if len(log.Data) > 0 {
		if err := dataGrants.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataGrants.abi.Events[event].Inputs {
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
func (dataGrants *DataGrants) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["EnclaveNotActive"].ID.Bytes()[:4]) {
		return dataGrants.UnpackEnclaveNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["GrantExpired"].ID.Bytes()[:4]) {
		return dataGrants.UnpackGrantExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["GrantNotActive"].ID.Bytes()[:4]) {
		return dataGrants.UnpackGrantNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return dataGrants.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return dataGrants.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["InvalidSigner"].ID.Bytes()[:4]) {
		return dataGrants.UnpackInvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["NotDatasetOwner"].ID.Bytes()[:4]) {
		return dataGrants.UnpackNotDatasetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return dataGrants.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dataGrants.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataGrantsEnclaveNotActive represents a EnclaveNotActive error raised by the DataGrants contract.
type DataGrantsEnclaveNotActive struct {
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveNotActive(address enclave)
func DataGrantsEnclaveNotActiveErrorID() common.Hash {
	return common.HexToHash("0x6e2880398b18bdf9beabfbea6982057f00bfcfe607814bed95917718cceda189")
}

// UnpackEnclaveNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveNotActive(address enclave)
func (dataGrants *DataGrants) UnpackEnclaveNotActiveError(raw []byte) (*DataGrantsEnclaveNotActive, error) {
	out := new(DataGrantsEnclaveNotActive)
	if err := dataGrants.abi.UnpackIntoInterface(out, "EnclaveNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsGrantExpired represents a GrantExpired error raised by the DataGrants contract.
type DataGrantsGrantExpired struct {
	Expiry       uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GrantExpired(uint64 expiry, uint64 currentBlock)
func DataGrantsGrantExpiredErrorID() common.Hash {
	return common.HexToHash("0x05bfbb20d62a6e424ee7de1fe2cdb99a8a078c27e95963d44c36cb3171dcdc25")
}

// UnpackGrantExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GrantExpired(uint64 expiry, uint64 currentBlock)
func (dataGrants *DataGrants) UnpackGrantExpiredError(raw []byte) (*DataGrantsGrantExpired, error) {
	out := new(DataGrantsGrantExpired)
	if err := dataGrants.abi.UnpackIntoInterface(out, "GrantExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsGrantNotActive represents a GrantNotActive error raised by the DataGrants contract.
type DataGrantsGrantNotActive struct {
	DatasetId [32]byte
	Enclave   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GrantNotActive(bytes32 datasetId, address enclave)
func DataGrantsGrantNotActiveErrorID() common.Hash {
	return common.HexToHash("0xac7f9bba8e49dc0215b026040918e6ec5f457f3718031b913552451b7c7bc17e")
}

// UnpackGrantNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GrantNotActive(bytes32 datasetId, address enclave)
func (dataGrants *DataGrants) UnpackGrantNotActiveError(raw []byte) (*DataGrantsGrantNotActive, error) {
	out := new(DataGrantsGrantNotActive)
	if err := dataGrants.abi.UnpackIntoInterface(out, "GrantNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsInvalidAccountNonce represents a InvalidAccountNonce error raised by the DataGrants contract.
type DataGrantsInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func DataGrantsInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (dataGrants *DataGrants) UnpackInvalidAccountNonceError(raw []byte) (*DataGrantsInvalidAccountNonce, error) {
	out := new(DataGrantsInvalidAccountNonce)
	if err := dataGrants.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsInvalidShortString represents a InvalidShortString error raised by the DataGrants contract.
type DataGrantsInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DataGrantsInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (dataGrants *DataGrants) UnpackInvalidShortStringError(raw []byte) (*DataGrantsInvalidShortString, error) {
	out := new(DataGrantsInvalidShortString)
	if err := dataGrants.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsInvalidSigner represents a InvalidSigner error raised by the DataGrants contract.
type DataGrantsInvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSigner(address signer, address owner)
func DataGrantsInvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x7ba5ffb5ea5896b6c25d9df1c1af58e0a39131f26db4016003db152912817de7")
}

// UnpackInvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSigner(address signer, address owner)
func (dataGrants *DataGrants) UnpackInvalidSignerError(raw []byte) (*DataGrantsInvalidSigner, error) {
	out := new(DataGrantsInvalidSigner)
	if err := dataGrants.abi.UnpackIntoInterface(out, "InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsNotDatasetOwner represents a NotDatasetOwner error raised by the DataGrants contract.
type DataGrantsNotDatasetOwner struct {
	DatasetId [32]byte
	Caller    common.Address
	Owner     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatasetOwner(bytes32 datasetId, address caller, address owner)
func DataGrantsNotDatasetOwnerErrorID() common.Hash {
	return common.HexToHash("0x3eadaed9cd2400c1aff5187cf554817fc85372266ad269aa37b430cf5dc97b71")
}

// UnpackNotDatasetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatasetOwner(bytes32 datasetId, address caller, address owner)
func (dataGrants *DataGrants) UnpackNotDatasetOwnerError(raw []byte) (*DataGrantsNotDatasetOwner, error) {
	out := new(DataGrantsNotDatasetOwner)
	if err := dataGrants.abi.UnpackIntoInterface(out, "NotDatasetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsStringTooLong represents a StringTooLong error raised by the DataGrants contract.
type DataGrantsStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DataGrantsStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (dataGrants *DataGrants) UnpackStringTooLongError(raw []byte) (*DataGrantsStringTooLong, error) {
	out := new(DataGrantsStringTooLong)
	if err := dataGrants.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsZeroAddress represents a ZeroAddress error raised by the DataGrants contract.
type DataGrantsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DataGrantsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dataGrants *DataGrants) UnpackZeroAddressError(raw []byte) (*DataGrantsZeroAddress, error) {
	out := new(DataGrantsZeroAddress)
	if err := dataGrants.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
