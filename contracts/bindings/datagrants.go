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

// DataGrantsSignedGrant is an auto generated low-level Go binding around an user-defined struct.
type DataGrantsSignedGrant struct {
	Owner      common.Address
	DatasetId  [32]byte
	Enclave    common.Address
	PolicyHash [32]byte
	Expiry     uint64
	Nonce      *big.Int
	Deadline   uint64
	Signature  []byte
}

// DataGrantsMetaData contains all meta data concerning the DataGrants contract.
var DataGrantsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BatchOutOfGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"EnclaveNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"GrantExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"GrantNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"GrantRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"GrantSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"GrantSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"SignaturesCancelled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"GRANT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVOKE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelSignatures\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"}],\"name\":\"datasetOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"grantAt\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structDataGrants.Grant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structDataGrants.SignedGrant[]\",\"name\":\"grants\",\"type\":\"tuple[]\"}],\"name\":\"grantBatchWithSig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"granted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"grantCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"grantOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structDataGrants.Grant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"grantWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"datasetIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"grantsAt\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"grantedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedBlock\",\"type\":\"uint64\"}],\"internalType\":\"structDataGrants.Grant[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"atBlock\",\"type\":\"uint64\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractEnclaveRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"datasetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"revokeWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataGrants",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161213538038061213583398101604081905261002f916101cc565b604080518082018252600e81526d4d656d6f446174614772616e747360901b602080830191909152825180840190935260018352601960f91b9083015290610077825f610154565b61012052610086816001610154565b61014052815160208084019190912060e052815190820120610100524660a05261011260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0381166101425760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316610160526103a3565b5f60208351101561016f5761016883610186565b9050610180565b8161017a8482610291565b5060ff90505b92915050565b5f5f829050601f815111156101b9578260405163305a27a960e01b81526004016101b0919061034b565b60405180910390fd5b80516101c482610380565b179392505050565b5f602082840312156101dc575f5ffd5b81516001600160a01b03811681146101f2575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061022157607f821691505b60208210810361023f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028c57805f5260205f20601f840160051c8101602085101561026a5750805b601f840160051c820191505b81811015610289575f8155600101610276565b50505b505050565b81516001600160401b038111156102aa576102aa6101f9565b6102be816102b8845461020d565b84610245565b6020601f8211600181146102f0575f83156102d95750848201515b5f19600385901b1c1916600184901b178455610289565b5f84815260208120601f198516915b8281101561031f57878501518255602094850194600190920191016102ff565b508482101561033c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561023f575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051611d306104055f395f81816102480152610b7d01525f6110e601525f6110ba01525f61133a01525f61131201525f61126d01525f61129701525f6112c10152611d305ff3fe608060405234801561000f575f5ffd5b5060043610610110575f3560e01c80637b1039991161009e578063982b69441161006e578063982b6944146102d4578063b357aa06146102e7578063c1a1d7ea146102fa578063efd8871a1461031d578063f698da2514610330575f5ffd5b80637b103999146102435780637ecebe001461026a57806384b0196e146102925780638a732227146102ad575f5ffd5b806350687287116100e457806350687287146101b357806352199c3d146101c65780635b0d8879146101e657806378744ab7146101ee57806379cd0b9b14610201575f5ffd5b8062f1d38514610114578063073f5d9f1461013d5780634c2edacb146101725780634cc9101714610187575b5f5ffd5b6101276101223660046116ba565b610338565b604051610134919061175b565b60405180910390f35b6101647f21f7862f9d5774700b1079069e341e7d88e57428c4d2266134bcfc2de8ecdf9881565b604051908152602001610134565b6101856101803660046117a8565b610400565b005b61019b6101953660046117e0565b60601c90565b6040516001600160a01b039091168152602001610134565b6101856101c1366004611834565b61041d565b6101d96101d43660046118d2565b6104cf565b60405161013491906118fc565b610185610520565b6101d96101fc36600461190a565b610569565b61016461020f3660046118d2565b5f9182526003602090815260408084206001600160a01b03939093168452919052902054600160c01b900463ffffffff1690565b61019b7f000000000000000000000000000000000000000000000000000000000000000081565b610164610278366004611943565b6001600160a01b03165f9081526002602052604090205490565b61029a6105a1565b604051610134979695949392919061198a565b6101647f895c141ae84e43e06c34d06c6ea1d90f613d02779bf9f137f8c667fba9ddfd0381565b6101856102e2366004611a20565b6105e3565b6101646102f5366004611aa2565b610681565b61030d61030836600461190a565b610838565b6040519015158152602001610134565b61018561032b3660046118d2565b6108b8565b6101646108d1565b6060836001600160401b0381111561035257610352611ae0565b6040519080825280602002602001820160405280156103a257816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816103705790505b5090505f5b848110156103f7576103d28686838181106103c4576103c4611af4565b9050602002013585856108df565b8282815181106103e4576103e4611af4565b60209081029190910101526001016103a7565b50949350505050565b61040933610a81565b506104173385858585610aa3565b50505050565b610428898585610eb7565b604080517f21f7862f9d5774700b1079069e341e7d88e57428c4d2266134bcfc2de8ecdf9860208201529081018990526001600160a01b0388166060820152608081018790526001600160401b0380871660a083015260c08201869052841660e08201525f90610100016040516020818303038152906040528051906020012090506104b68a828585610f39565b6104c38a8a8a8a8a610aa3565b50505050505050505050565b604080516080810182525f808252602080830182905282840182905260608301829052858252600381528382206001600160a01b038616835290529190912061051790610ff3565b90505b92915050565b337f68283178c6d1af9189e03404e7f58375fd35221440b451de4d3df45e902a13f861054b82610a81565b610556906001611b1c565b60405190815260200160405180910390a2565b604080516080810182525f8082526020820181905291810182905260608101919091526105978484846108df565b90505b9392505050565b5f6060805f5f5f60606105b26110b3565b6105ba6110df565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6105ee878585610eb7565b604080517f895c141ae84e43e06c34d06c6ea1d90f613d02779bf9f137f8c667fba9ddfd0360208201529081018790526001600160a01b0386166060820152608081018590526001600160401b03841660a08201525f9060c00160405160208183030381529060405280519060200120905061066c88828585610f39565b61067788888861110c565b5050505050505050565b5f5f5b82811015610831573684848381811061069f5761069f611af4565b90506020028101906106b19190611b2f565b90505f5a90503063506872876106ca6020850185611943565b60208501356106df6060870160408801611943565b60608701356106f460a0890160808a01611b4d565b60a089013561070960e08b0160c08c01611b4d565b61071660e08c018c611b66565b6040518a63ffffffff1660e01b815260040161073a99989796959493929190611ba8565b5f604051808303815f87803b158015610751575f5ffd5b505af1925050508015610762575060015b61081b573d80801561078f576040519150601f19603f3d011682016040523d82523d5f602084013e610794565b606091505b506107a0603f83611c24565b5a116107c757604051633b12a84560e11b8152600481018590526024015b60405180910390fd5b6107d46020840184611943565b6001600160a01b0316847f863ee9319da34bd4cf712ca38a92f0849b045ef03caa271e349939e77de6aabc8360405161080d9190611c43565b60405180910390a350610827565b61082484611c55565b93505b5050600101610684565b5092915050565b5f5f6108458585856108df565b905080602001516001600160401b03165f14158015610879575080604001516001600160401b0316836001600160401b0316105b80156108af575060608101516001600160401b031615806108af575080606001516001600160401b0316836001600160401b0316105b95945050505050565b6108c133610a81565b506108cd33838361110c565b5050565b5f6108da611261565b905090565b604080516080810182525f808252602080830182905282840182905260608301829052868252600381528382206001600160a01b03871683529052918220805491929091600160c01b900463ffffffff1690819003610964575050604080516080810182525f808252602082018190529181018290526060810191909152905061059a565b81546001600160401b039081169085161061098b5761098282610ff3565b9250505061059a565b5f8681526004602090815260408083206001600160a01b0389168452909152812090806109b9600185611c6d565b90505b80821015610a1b575f60026109d18385611b1c565b6109db9190611c24565b5f818152602086905260409020549091506001600160401b03808a1691161115610a0757809150610a15565b610a12816001611b1c565b92505b506109bc565b815f03610a52575050604080516080810182525f808252602082018190529181018290526060810191909152935061059a92505050565b610a74835f610a62600186611c6d565b81526020019081526020015f20610ff3565b9998505050505050505050565b6001600160a01b03165f90815260026020526040902080546001810190915590565b6001600160a01b038316610aca5760405163d92e233d60e01b815260040160405180910390fd5b5f610ad58560601c90565b9050856001600160a01b0316816001600160a01b031614610b2357604051633eadaed960e01b8152600481018690526001600160a01b038088166024830152821660448201526064016107be565b43826001600160401b031611610b5e57604051622dfdd960e51b81526001600160401b038084166004830152431660248201526044016107be565b604051639f8a13d760e01b81526001600160a01b0385811660048301527f00000000000000000000000000000000000000000000000000000000000000001690639f8a13d790602401602060405180830381865afa158015610bc2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610be69190611c80565b610c0e57604051636e28803960e01b81526001600160a01b03851660048201526024016107be565b5f8581526003602090815260408083206001600160a01b038816845290915290208054600160c01b900463ffffffff168015610d44575f8781526004602090815260408083206001600160a01b038a16845290915281208391610c72600185611c9f565b63ffffffff908116825260208201929092526040015f20825481546001600160401b0391821667ffffffffffffffff1982168117845585546001600160801b031990921617600160401b91829004831690910217808355845467ffffffffffffffff60801b198216600160801b9182900490931602918217835584546bffffffffffffffffffffffff60801b1990911663ffffffff60c01b1990921691909117600160c01b9182900484169091021780825592546001600160e01b03909316600160e01b938490049092169092021790555b6040518060a00160405280436001600160401b03168152602001856001600160401b031681526020015f6001600160401b03168152602001826001610d899190611cbb565b63ffffffff168152602001610d9d8761138a565b63ffffffff9081169091525f8981526003602090815260408083206001600160a01b03808d168086529184529382902086518154948801518885015160608a01516080909a01518916600160e01b026001600160e01b039a909916600160c01b0263ffffffff60c01b196001600160401b03928316600160801b02166bffffffffffffffffffffffff60801b19938316600160401b026001600160801b0319909916929094169190911796909617161793909317959095169390931790559051908a16919089907fde466c3e5def2ede621c93f9bb49dfc13a03aebec549f9d5340ad78b56243fa490610ea5908a908a909182526001600160401b0316602082015260400190565b60405180910390a45050505050505050565b806001600160401b0316431115610ef45760405163034d689d60e51b81526001600160401b038083166004830152431660248201526044016107be565b5f610efe84610a81565b905080831461041757604051633553c50160e21b81526001600160a01b038516600482015260248101849052604481018290526064016107be565b5f5f610f82610f47866113fd565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061142992505050565b5090925090505f816003811115610f9b57610f9b611cd7565b141580610fba5750856001600160a01b0316826001600160a01b031614155b15610feb57604051637ba5ffb560e01b81526001600160a01b038084166004830152871660248201526044016107be565b505050505050565b604080516080810182525f808252602082018190529181018290526060810191909152604080516080810190915282548190600160e01b900463ffffffff161561107957835460059061105590600190600160e01b900463ffffffff16611c9f565b63ffffffff168154811061106b5761106b611af4565b905f5260205f20015461107b565b5f5b815292546001600160401b038082166020860152600160401b820481166040860152600160801b909104166060909301929092525090565b60606108da7f00000000000000000000000000000000000000000000000000000000000000005f611472565b60606108da7f00000000000000000000000000000000000000000000000000000000000000006001611472565b5f6111178360601c90565b9050836001600160a01b0316816001600160a01b03161461116557604051633eadaed960e01b8152600481018490526001600160a01b038086166024830152821660448201526064016107be565b5f8381526003602090815260408083206001600160a01b038616845290915290208054600160c01b900463ffffffff1615806111b157508054600160801b90046001600160401b031615155b806111cd57508054600160401b90046001600160401b03164310155b156111fd5760405163563fcddd60e11b8152600481018590526001600160a01b03841660248201526044016107be565b805467ffffffffffffffff60801b1916600160801b436001600160401b0316021781556040516001600160a01b03868116919085169086907f10229b09a8892e0c18b9a187fdc15e18dd71830907d460dbc5443cf9a5db27f6905f90a45050505050565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156112b957507f000000000000000000000000000000000000000000000000000000000000000046145b156112e357507f000000000000000000000000000000000000000000000000000000000000000090565b6108da604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f8181526006602052604081205463ffffffff16908190036113f85750600580546001810182557f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db001829055545f828152600660205260409020805463ffffffff191663ffffffff83161790555b919050565b5f61051a611409611261565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103611460576020840151604085015160608601515f1a6114528882858561151b565b95509550955050505061146b565b505081515f91506002905b9250925092565b606060ff831461148c57611485836115e3565b905061051a565b81805461149890611ceb565b80601f01602080910402602001604051908101604052809291908181526020018280546114c490611ceb565b801561150f5780601f106114e65761010080835404028352916020019161150f565b820191905f5260205f20905b8154815290600101906020018083116114f257829003601f168201915b5050505050905061051a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561155457505f915060039050826115d9565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156115a5573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166115d057505f9250600191508290506115d9565b92505f91508190505b9450945094915050565b60605f6115ef83611620565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561051a57604051632cd44ac360e21b815260040160405180910390fd5b5f5f83601f840112611657575f5ffd5b5081356001600160401b0381111561166d575f5ffd5b6020830191508360208260051b8501011115611687575f5ffd5b9250929050565b80356001600160a01b03811681146113f8575f5ffd5b80356001600160401b03811681146113f8575f5ffd5b5f5f5f5f606085870312156116cd575f5ffd5b84356001600160401b038111156116e2575f5ffd5b6116ee87828801611647565b909550935061170190506020860161168e565b915061170f604086016116a4565b905092959194509250565b805182526001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b0360608201511660608301525050565b602080825282518282018190525f918401906040840190835b8181101561179d5761178783855161171a565b6020939093019260809290920191600101611774565b509095945050505050565b5f5f5f5f608085870312156117bb575f5ffd5b843593506117cb6020860161168e565b92506040850135915061170f606086016116a4565b5f602082840312156117f0575f5ffd5b5035919050565b5f5f83601f840112611807575f5ffd5b5081356001600160401b0381111561181d575f5ffd5b602083019150836020828501011115611687575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c03121561184d575f5ffd5b6118568a61168e565b985060208a0135975061186b60408b0161168e565b965060608a0135955061188060808b016116a4565b945060a08a0135935061189560c08b016116a4565b925060e08a01356001600160401b038111156118af575f5ffd5b6118bb8c828d016117f7565b915080935050809150509295985092959850929598565b5f5f604083850312156118e3575f5ffd5b823591506118f36020840161168e565b90509250929050565b6080810161051a828461171a565b5f5f5f6060848603121561191c575f5ffd5b8335925061192c6020850161168e565b915061193a604085016116a4565b90509250925092565b5f60208284031215611953575f5ffd5b6105178261168e565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6119a860e083018961195c565b82810360408401526119ba818961195c565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611a0f5783518352602093840193909201916001016119f1565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60c0888a031215611a36575f5ffd5b611a3f8861168e565b965060208801359550611a546040890161168e565b945060608801359350611a69608089016116a4565b925060a08801356001600160401b03811115611a83575f5ffd5b611a8f8a828b016117f7565b989b979a50959850939692959293505050565b5f5f60208385031215611ab3575f5ffd5b82356001600160401b03811115611ac8575f5ffd5b611ad485828601611647565b90969095509350505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561051a5761051a611b08565b5f823560fe19833603018112611b43575f5ffd5b9190910192915050565b5f60208284031215611b5d575f5ffd5b610517826116a4565b5f5f8335601e19843603018112611b7b575f5ffd5b8301803591506001600160401b03821115611b94575f5ffd5b602001915036819003821315611687575f5ffd5b6001600160a01b038a81168252602082018a905288166040820152606081018790526001600160401b03868116608083015260a08201869052841660c082015261010060e08201819052810182905281836101208301375f81830161012090810191909152601f909201601f1916010198975050505050505050565b5f82611c3e57634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f610517602083018461195c565b5f60018201611c6657611c66611b08565b5060010190565b8181038181111561051a5761051a611b08565b5f60208284031215611c90575f5ffd5b8151801515811461059a575f5ffd5b63ffffffff828116828216039081111561051a5761051a611b08565b63ffffffff818116838216019081111561051a5761051a611b08565b634e487b7160e01b5f52602160045260245ffd5b600181811c90821680611cff57607f821691505b602082108103611d1d57634e487b7160e01b5f52602260045260245ffd5b5091905056fea164736f6c634300081e000a",
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

// PackCancelSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b0d8879.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelSignatures() returns()
func (dataGrants *DataGrants) PackCancelSignatures() []byte {
	enc, err := dataGrants.abi.Pack("cancelSignatures")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b0d8879.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelSignatures() returns()
func (dataGrants *DataGrants) TryPackCancelSignatures() ([]byte, error) {
	return dataGrants.abi.Pack("cancelSignatures")
}

// PackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc91017.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetOwner(bytes32 datasetId) pure returns(address)
func (dataGrants *DataGrants) PackDatasetOwner(datasetId [32]byte) []byte {
	enc, err := dataGrants.abi.Pack("datasetOwner", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cc91017.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetOwner(bytes32 datasetId) pure returns(address)
func (dataGrants *DataGrants) TryPackDatasetOwner(datasetId [32]byte) ([]byte, error) {
	return dataGrants.abi.Pack("datasetOwner", datasetId)
}

// UnpackDatasetOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cc91017.
//
// Solidity: function datasetOwner(bytes32 datasetId) pure returns(address)
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

// PackGrantAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78744ab7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantAt(bytes32 datasetId, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) PackGrantAt(datasetId [32]byte, enclave common.Address, atBlock uint64) []byte {
	enc, err := dataGrants.abi.Pack("grantAt", datasetId, enclave, atBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78744ab7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantAt(bytes32 datasetId, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) TryPackGrantAt(datasetId [32]byte, enclave common.Address, atBlock uint64) ([]byte, error) {
	return dataGrants.abi.Pack("grantAt", datasetId, enclave, atBlock)
}

// UnpackGrantAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78744ab7.
//
// Solidity: function grantAt(bytes32 datasetId, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64))
func (dataGrants *DataGrants) UnpackGrantAt(data []byte) (DataGrantsGrant, error) {
	out, err := dataGrants.abi.Unpack("grantAt", data)
	if err != nil {
		return *new(DataGrantsGrant), err
	}
	out0 := *abi.ConvertType(out[0], new(DataGrantsGrant)).(*DataGrantsGrant)
	return out0, nil
}

// PackGrantBatchWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb357aa06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantBatchWithSig((address,bytes32,address,bytes32,uint64,uint256,uint64,bytes)[] grants) returns(uint256 granted)
func (dataGrants *DataGrants) PackGrantBatchWithSig(grants []DataGrantsSignedGrant) []byte {
	enc, err := dataGrants.abi.Pack("grantBatchWithSig", grants)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantBatchWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb357aa06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantBatchWithSig((address,bytes32,address,bytes32,uint64,uint256,uint64,bytes)[] grants) returns(uint256 granted)
func (dataGrants *DataGrants) TryPackGrantBatchWithSig(grants []DataGrantsSignedGrant) ([]byte, error) {
	return dataGrants.abi.Pack("grantBatchWithSig", grants)
}

// UnpackGrantBatchWithSig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb357aa06.
//
// Solidity: function grantBatchWithSig((address,bytes32,address,bytes32,uint64,uint256,uint64,bytes)[] grants) returns(uint256 granted)
func (dataGrants *DataGrants) UnpackGrantBatchWithSig(data []byte) (*big.Int, error) {
	out, err := dataGrants.abi.Unpack("grantBatchWithSig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cd0b9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantCount(bytes32 datasetId, address enclave) view returns(uint256)
func (dataGrants *DataGrants) PackGrantCount(datasetId [32]byte, enclave common.Address) []byte {
	enc, err := dataGrants.abi.Pack("grantCount", datasetId, enclave)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cd0b9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantCount(bytes32 datasetId, address enclave) view returns(uint256)
func (dataGrants *DataGrants) TryPackGrantCount(datasetId [32]byte, enclave common.Address) ([]byte, error) {
	return dataGrants.abi.Pack("grantCount", datasetId, enclave)
}

// UnpackGrantCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79cd0b9b.
//
// Solidity: function grantCount(bytes32 datasetId, address enclave) view returns(uint256)
func (dataGrants *DataGrants) UnpackGrantCount(data []byte) (*big.Int, error) {
	out, err := dataGrants.abi.Unpack("grantCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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
// the contract method with ID 0x50687287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantWithSig(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry, uint256 nonce, uint64 deadline, bytes signature) returns()
func (dataGrants *DataGrants) PackGrantWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64, nonce *big.Int, deadline uint64, signature []byte) []byte {
	enc, err := dataGrants.abi.Pack("grantWithSig", owner, datasetId, enclave, policyHash, expiry, nonce, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50687287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantWithSig(address owner, bytes32 datasetId, address enclave, bytes32 policyHash, uint64 expiry, uint256 nonce, uint64 deadline, bytes signature) returns()
func (dataGrants *DataGrants) TryPackGrantWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, policyHash [32]byte, expiry uint64, nonce *big.Int, deadline uint64, signature []byte) ([]byte, error) {
	return dataGrants.abi.Pack("grantWithSig", owner, datasetId, enclave, policyHash, expiry, nonce, deadline, signature)
}

// PackGrantsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f1d385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantsAt(bytes32[] datasetIds, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64)[] out)
func (dataGrants *DataGrants) PackGrantsAt(datasetIds [][32]byte, enclave common.Address, atBlock uint64) []byte {
	enc, err := dataGrants.abi.Pack("grantsAt", datasetIds, enclave, atBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f1d385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantsAt(bytes32[] datasetIds, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64)[] out)
func (dataGrants *DataGrants) TryPackGrantsAt(datasetIds [][32]byte, enclave common.Address, atBlock uint64) ([]byte, error) {
	return dataGrants.abi.Pack("grantsAt", datasetIds, enclave, atBlock)
}

// UnpackGrantsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00f1d385.
//
// Solidity: function grantsAt(bytes32[] datasetIds, address enclave, uint64 atBlock) view returns((bytes32,uint64,uint64,uint64)[] out)
func (dataGrants *DataGrants) UnpackGrantsAt(data []byte) ([]DataGrantsGrant, error) {
	out, err := dataGrants.abi.Unpack("grantsAt", data)
	if err != nil {
		return *new([]DataGrantsGrant), err
	}
	out0 := *abi.ConvertType(out[0], new([]DataGrantsGrant)).(*[]DataGrantsGrant)
	return out0, nil
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
// the contract method with ID 0x982b6944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeWithSig(address owner, bytes32 datasetId, address enclave, uint256 nonce, uint64 deadline, bytes signature) returns()
func (dataGrants *DataGrants) PackRevokeWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, nonce *big.Int, deadline uint64, signature []byte) []byte {
	enc, err := dataGrants.abi.Pack("revokeWithSig", owner, datasetId, enclave, nonce, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982b6944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeWithSig(address owner, bytes32 datasetId, address enclave, uint256 nonce, uint64 deadline, bytes signature) returns()
func (dataGrants *DataGrants) TryPackRevokeWithSig(owner common.Address, datasetId [32]byte, enclave common.Address, nonce *big.Int, deadline uint64, signature []byte) ([]byte, error) {
	return dataGrants.abi.Pack("revokeWithSig", owner, datasetId, enclave, nonce, deadline, signature)
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

// DataGrantsGrantSkipped represents a GrantSkipped event raised by the DataGrants contract.
type DataGrantsGrantSkipped struct {
	Index  *big.Int
	Owner  common.Address
	Reason []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataGrantsGrantSkippedEventName = "GrantSkipped"

// ContractEventName returns the user-defined event name.
func (DataGrantsGrantSkipped) ContractEventName() string {
	return DataGrantsGrantSkippedEventName
}

// UnpackGrantSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GrantSkipped(uint256 indexed index, address indexed owner, bytes reason)
func (dataGrants *DataGrants) UnpackGrantSkippedEvent(log *types.Log) (*DataGrantsGrantSkipped, error) {
	event := "GrantSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataGrants.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataGrantsGrantSkipped)
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

// DataGrantsSignaturesCancelled represents a SignaturesCancelled event raised by the DataGrants contract.
type DataGrantsSignaturesCancelled struct {
	Owner common.Address
	Nonce *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DataGrantsSignaturesCancelledEventName = "SignaturesCancelled"

// ContractEventName returns the user-defined event name.
func (DataGrantsSignaturesCancelled) ContractEventName() string {
	return DataGrantsSignaturesCancelledEventName
}

// UnpackSignaturesCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignaturesCancelled(address indexed owner, uint256 nonce)
func (dataGrants *DataGrants) UnpackSignaturesCancelledEvent(log *types.Log) (*DataGrantsSignaturesCancelled, error) {
	event := "SignaturesCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataGrants.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataGrantsSignaturesCancelled)
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
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["BatchOutOfGas"].ID.Bytes()[:4]) {
		return dataGrants.UnpackBatchOutOfGasError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataGrants.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["StaleNonce"].ID.Bytes()[:4]) {
		return dataGrants.UnpackStaleNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return dataGrants.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataGrants.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dataGrants.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataGrantsBatchOutOfGas represents a BatchOutOfGas error raised by the DataGrants contract.
type DataGrantsBatchOutOfGas struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchOutOfGas(uint256 index)
func DataGrantsBatchOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x7625508a5c517758c26ef45c701079154b86a9b5f9c7d8089146ef64039af7d4")
}

// UnpackBatchOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchOutOfGas(uint256 index)
func (dataGrants *DataGrants) UnpackBatchOutOfGasError(raw []byte) (*DataGrantsBatchOutOfGas, error) {
	out := new(DataGrantsBatchOutOfGas)
	if err := dataGrants.abi.UnpackIntoInterface(out, "BatchOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// DataGrantsSignatureExpired represents a SignatureExpired error raised by the DataGrants contract.
type DataGrantsSignatureExpired struct {
	Deadline     uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline, uint64 currentBlock)
func DataGrantsSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0x69ad13a002a32f7a19dfb9b5b307fe7cc44ecbf5fb64a15d04e101476d897db5")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline, uint64 currentBlock)
func (dataGrants *DataGrants) UnpackSignatureExpiredError(raw []byte) (*DataGrantsSignatureExpired, error) {
	out := new(DataGrantsSignatureExpired)
	if err := dataGrants.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataGrantsStaleNonce represents a StaleNonce error raised by the DataGrants contract.
type DataGrantsStaleNonce struct {
	Owner        common.Address
	Nonce        *big.Int
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleNonce(address owner, uint256 nonce, uint256 currentNonce)
func DataGrantsStaleNonceErrorID() common.Hash {
	return common.HexToHash("0xd54f140498197c36d5d65aa908788f3e500ef8e8db32287fd1ecfabb834bb20b")
}

// UnpackStaleNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleNonce(address owner, uint256 nonce, uint256 currentNonce)
func (dataGrants *DataGrants) UnpackStaleNonceError(raw []byte) (*DataGrantsStaleNonce, error) {
	out := new(DataGrantsStaleNonce)
	if err := dataGrants.abi.UnpackIntoInterface(out, "StaleNonce", raw); err != nil {
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
