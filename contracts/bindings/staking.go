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

// StakingOperator is an auto generated low-level Go binding around an user-defined struct.
type StakingOperator struct {
	Role             uint8
	Staked           *big.Int
	Unbonding        *big.Int
	UnbondReadyBlock uint64
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minTEENode\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minVerifier\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"InvalidRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"held\",\"type\":\"uint8\"},{\"internalType\":\"enumStaking.Role\",\"name\":\"requested\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"UnbondBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalUnbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"isStaked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"}],\"internalType\":\"structStaking.Operator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Staking",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516115d23803806115d283398101604081905261002e91610246565b600180556001600160a01b038516158061004f57506001600160a01b038416155b1561006d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0385166080526100845f85610186565b5060036020527fa15bc60c955c405d20d9149c709e2460f1c2d9a497496a7f46004d1772c3054c83905560025f8190527fc3a24b0501bd2c13a7e57f2db4369ec4c223447539fc0724a9d55ac4a06ebd4d83905580546001600160401b0319166001600160401b0383161790556040515f5160206115b25f395f51905f52906101119060019086906102af565b60405180910390a15f5160206115b25f395f51905f526002836040516101389291906102af565b60405180910390a16040516001600160401b03821681527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a150505050506102d9565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610226575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610229565b505f5b92915050565b6001600160a01b0381168114610243575f5ffd5b50565b5f5f5f5f5f60a0868803121561025a575f5ffd5b85516102658161022f565b60208701519095506102768161022f565b60408701516060880151608089015192965090945092506001600160401b03811681146102a1575f5ffd5b809150509295509295909350565b60408101600384106102cf57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b6080516112ac6103065f395f81816102df0152818161047901528181610aa20152610d1a01526112ac5ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806391d14854116100a9578063d547741f1161006e578063d547741f14610268578063d8c511551461027b578063db7dd35a1461029a578063dd752e55146102c7578063fc0c546a146102da575f5ffd5b806391d1485414610215578063a217fddf14610228578063adde5bb61461022f578063afa5e6c414610242578063bfac599014610255575f5ffd5b80633ccfd60b116100ef5780633ccfd60b146101a057806342623360146101a8578063429e03b2146101c85780635095af64146101db57806354f63b1414610202575f5ffd5b806301ffc9a714610120578063248a9ca3146101485780632f2ff15d1461017857806336568abe1461018d575b5f5ffd5b61013361012e366004611002565b610319565b60405190151581526020015b60405180910390f35b61016a610156366004611030565b5f9081526020819052604090206001015490565b60405190815260200161013f565b61018b610186366004611062565b61034f565b005b61018b61019b366004611062565b610379565b61018b6103b1565b6101bb6101b636600461108c565b6104e2565b60405161013f91906110d9565b61018b6101d6366004611119565b610582565b61016a7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b61018b610210366004611030565b6105e3565b610133610223366004611062565b610779565b61016a5f81565b61018b61023d36600461114e565b6107a1565b610133610250366004611176565b61088b565b61016a61026336600461119e565b610933565b61018b610276366004611062565b610b26565b61016a6102893660046111d7565b60036020525f908152604090205481565b6002546102ae9067ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161013f565b61018b6102d536600461114e565b610b4a565b6103017f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b5f6001600160e01b03198216637965db0b60e01b148061034957506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461036981610d96565b6103738383610da3565b50505050565b6001600160a01b03811633146103a25760405163334bd91960e11b815260040160405180910390fd5b6103ac8282610e32565b505050565b6103b9610e9b565b335f908152600460205260408120600281015490918190036103ee57604051630686827b60e51b815260040160405180910390fd5b600382015467ffffffffffffffff1643101561043d576003820154604051632c4620eb60e21b815267ffffffffffffffff91821660048201524390911660248201526044015b60405180910390fd5b5f6002830181905560038301805467ffffffffffffffff191690556001830154900361046c57815460ff191682555b6104a06001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383610ec5565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a250506104e060018055565b565b604080516080810182525f8082526020820181905291810182905260608101919091526001600160a01b0382165f90815260046020526040908190208151608081019092528054829060ff16600281111561053f5761053f6110a5565b6002811115610550576105506110a5565b8152600182015460208201526002820154604082015260039091015467ffffffffffffffff1660609091015292915050565b5f61058c81610d96565b6002805467ffffffffffffffff191667ffffffffffffffff84169081179091556040519081527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a15050565b805f0361060357604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040902060018101548211156106465760018101546040516322df051360e11b8152600481019190915260248101839052604401610434565b5f8282600101546106579190611204565b82549091505f90600390829060ff166002811115610677576106776110a5565b6002811115610688576106886110a5565b81526020019081526020015f20549050815f141580156106a757508082105b156106cf576040516304882a9360e31b81526004810183905260248101829052604401610434565b81836001018190555083836002015f8282546106eb9190611217565b90915550506002546107079067ffffffffffffffff164361122a565b60038401805467ffffffffffffffff191667ffffffffffffffff929092169182179055600284015460408051878152602081019290925281019190915233907f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc3849060600160405180910390a250505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6107ab81610d96565b60018360028111156107bf576107bf6110a5565b141580156107df575060028360028111156107dc576107dc6110a5565b14155b15610815578260028111156107f6576107f66110a5565b6040516378bc326f60e11b815260ff9091166004820152602401610434565b8160035f85600281111561082b5761082b6110a5565b600281111561083c5761083c6110a5565b81526020019081526020015f20819055507fe634df3de251e3a1ec64af6c4cee95ec9beb7050a7b5b833b24cf933973d4691838360405161087e92919061124a565b60405180910390a1505050565b6001600160a01b0382165f908152600460205260408120818360028111156108b5576108b56110a5565b141580156108e857508260028111156108d0576108d06110a5565b815460ff1660028111156108e6576108e66110a5565b145b801561092b575060035f846002811115610904576109046110a5565b6002811115610915576109156110a5565b81526020019081526020015f2054816001015410155b949350505050565b5f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3961095e81610d96565b610966610e9b565b835f0361098657604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b03831615806109a357506001600160a01b038516155b156109c15760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0385165f908152600460205260408120600181015490919086106109f05781600101546109f2565b855b905080826001015f828254610a079190611204565b909155505f9050610a188288611204565b90505f83600201548210610a30578360020154610a32565b815b905080846002015f828254610a479190611204565b90915550610a5790508184611217565b955083600101545f148015610a6e57506002840154155b15610a8f57835460ff1916845560038401805467ffffffffffffffff191690555b8515610ac957610ac96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168888610ec5565b604080518781523360208201526001600160a01b03808a1692908c16917f1b9817da702c2ae84a03f2a48072c6a81bfc3b7d1d5615bffce3db4856831bb7910160405180910390a350505050610b1e60018055565b509392505050565b5f82815260208190526040902060010154610b4081610d96565b6103738383610e32565b610b52610e9b565b6001826002811115610b6657610b666110a5565b14158015610b8657506002826002811115610b8357610b836110a5565b14155b15610b9d578160028111156107f6576107f66110a5565b805f03610bbd57604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040812090815460ff166002811115610be257610be26110a5565b14158015610c165750826002811115610bfd57610bfd6110a5565b815460ff166002811115610c1357610c136110a5565b14155b15610c3c578054604051632d7e789160e01b81526104349160ff16908590600401611265565b5f828260010154610c4d9190611217565b905060035f856002811115610c6457610c646110a5565b6002811115610c7557610c756110a5565b81526020019081526020015f2054811015610ce3578060035f866002811115610ca057610ca06110a5565b6002811115610cb157610cb16110a5565b81526020019081526020015f205460405163829f116360e01b8152600401610434929190918252602082015260400190565b81548490839060ff19166001836002811115610d0157610d016110a5565b021790555060018201819055610d426001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086610f24565b336001600160a01b03167f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b282858584604051610d7f93929190611280565b60405180910390a25050610d9260018055565b5050565b610da08133610f5d565b50565b5f610dae8383610779565b610e2b575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610de33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610349565b505f610349565b5f610e3d8383610779565b15610e2b575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610349565b600260015403610ebe57604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b6040516001600160a01b038381166024830152604482018390526103ac91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050610f96565b6040516001600160a01b0384811660248301528381166044830152606482018390526103739186918216906323b872dd90608401610ef2565b610f678282610779565b610d925760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610434565b5f5f60205f8451602086015f885af180610fb5576040513d5f823e3d81fd5b50505f513d91508115610fcc578060011415610fd9565b6001600160a01b0384163b155b1561037357604051635274afe760e01b81526001600160a01b0385166004820152602401610434565b5f60208284031215611012575f5ffd5b81356001600160e01b031981168114611029575f5ffd5b9392505050565b5f60208284031215611040575f5ffd5b5035919050565b80356001600160a01b038116811461105d575f5ffd5b919050565b5f5f60408385031215611073575f5ffd5b8235915061108360208401611047565b90509250929050565b5f6020828403121561109c575f5ffd5b61102982611047565b634e487b7160e01b5f52602160045260245ffd5b600381106110d557634e487b7160e01b5f52602160045260245ffd5b9052565b5f6080820190506110eb8284516110b9565b602083015160208301526040830151604083015267ffffffffffffffff606084015116606083015292915050565b5f60208284031215611129575f5ffd5b813567ffffffffffffffff81168114611029575f5ffd5b80356003811061105d575f5ffd5b5f5f6040838503121561115f575f5ffd5b61116883611140565b946020939093013593505050565b5f5f60408385031215611187575f5ffd5b61119083611047565b915061108360208401611140565b5f5f5f606084860312156111b0575f5ffd5b6111b984611047565b9250602084013591506111ce60408501611047565b90509250925092565b5f602082840312156111e7575f5ffd5b61102982611140565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610349576103496111f0565b80820180821115610349576103496111f0565b67ffffffffffffffff8181168382160190811115610349576103496111f0565b6040810161125882856110b9565b8260208301529392505050565b6040810161127382856110b9565b61102960208301846110b9565b6060810161128e82866110b9565b60208201939093526040015291905056fea164736f6c634300081e000ae634df3de251e3a1ec64af6c4cee95ec9beb7050a7b5b833b24cf933973d4691",
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Staking) GetABI() abi.ABI {
	return c.abi
}

// NewStaking creates a new instance of Staking.
func NewStaking() *Staking {
	parsed, err := StakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Staking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Staking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin, uint256 minTEENode, uint256 minVerifier, uint64 delay) returns()
func (staking *Staking) PackConstructor(token_ common.Address, admin common.Address, minTEENode *big.Int, minVerifier *big.Int, delay uint64) []byte {
	enc, err := staking.abi.Pack("", token_, admin, minTEENode, minVerifier, delay)
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
func (staking *Staking) PackDEFAULTADMINROLE() []byte {
	enc, err := staking.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (staking *Staking) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return staking.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (staking *Staking) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := staking.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (staking *Staking) PackSLASHERROLE() []byte {
	enc, err := staking.abi.Pack("SLASHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (staking *Staking) TryPackSLASHERROLE() ([]byte, error) {
	return staking.abi.Pack("SLASHER_ROLE")
}

// UnpackSLASHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (staking *Staking) UnpackSLASHERROLE(data []byte) ([32]byte, error) {
	out, err := staking.abi.Unpack("SLASHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (staking *Staking) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := staking.abi.Pack("getRoleAdmin", role)
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
func (staking *Staking) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return staking.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (staking *Staking) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := staking.abi.Unpack("getRoleAdmin", data)
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
func (staking *Staking) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := staking.abi.Pack("grantRole", role, account)
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
func (staking *Staking) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return staking.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (staking *Staking) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := staking.abi.Pack("hasRole", role, account)
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
func (staking *Staking) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return staking.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (staking *Staking) UnpackHasRole(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafa5e6c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isStaked(address operator, uint8 role) view returns(bool)
func (staking *Staking) PackIsStaked(operator common.Address, role uint8) []byte {
	enc, err := staking.abi.Pack("isStaked", operator, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafa5e6c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isStaked(address operator, uint8 role) view returns(bool)
func (staking *Staking) TryPackIsStaked(operator common.Address, role uint8) ([]byte, error) {
	return staking.abi.Pack("isStaked", operator, role)
}

// UnpackIsStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafa5e6c4.
//
// Solidity: function isStaked(address operator, uint8 role) view returns(bool)
func (staking *Staking) UnpackIsStaked(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("isStaked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8c51155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake(uint8 ) view returns(uint256)
func (staking *Staking) PackMinStake(arg0 uint8) []byte {
	enc, err := staking.abi.Pack("minStake", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8c51155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake(uint8 ) view returns(uint256)
func (staking *Staking) TryPackMinStake(arg0 uint8) ([]byte, error) {
	return staking.abi.Pack("minStake", arg0)
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8c51155.
//
// Solidity: function minStake(uint8 ) view returns(uint256)
func (staking *Staking) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (staking *Staking) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := staking.abi.Pack("renounceRole", role, callerConfirmation)
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
func (staking *Staking) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return staking.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (staking *Staking) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := staking.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (staking *Staking) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("requestUnbond", amount)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (staking *Staking) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := staking.abi.Pack("revokeRole", role, account)
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
func (staking *Staking) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return staking.abi.Pack("revokeRole", role, account)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadde5bb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint8 role, uint256 amount) returns()
func (staking *Staking) PackSetMinStake(role uint8, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("setMinStake", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadde5bb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint8 role, uint256 amount) returns()
func (staking *Staking) TryPackSetMinStake(role uint8, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("setMinStake", role, amount)
}

// PackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingDelay(uint64 blocks) returns()
func (staking *Staking) PackSetUnbondingDelay(blocks uint64) []byte {
	enc, err := staking.abi.Pack("setUnbondingDelay", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x429e03b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingDelay(uint64 blocks) returns()
func (staking *Staking) TryPackSetUnbondingDelay(blocks uint64) ([]byte, error) {
	return staking.abi.Pack("setUnbondingDelay", blocks)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfac5990.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address operator, uint256 amount, address beneficiary) returns(uint256 taken)
func (staking *Staking) PackSlash(operator common.Address, amount *big.Int, beneficiary common.Address) []byte {
	enc, err := staking.abi.Pack("slash", operator, amount, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfac5990.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address operator, uint256 amount, address beneficiary) returns(uint256 taken)
func (staking *Staking) TryPackSlash(operator common.Address, amount *big.Int, beneficiary common.Address) ([]byte, error) {
	return staking.abi.Pack("slash", operator, amount, beneficiary)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address beneficiary) returns(uint256 taken)
func (staking *Staking) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd752e55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint8 role, uint256 amount) returns()
func (staking *Staking) PackStake(role uint8, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("stake", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd752e55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint8 role, uint256 amount) returns()
func (staking *Staking) TryPackStake(role uint8, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("stake", role, amount)
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address operator) view returns((uint8,uint256,uint256,uint64))
func (staking *Staking) PackStakeOf(operator common.Address) []byte {
	enc, err := staking.abi.Pack("stakeOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address operator) view returns((uint8,uint256,uint256,uint64))
func (staking *Staking) TryPackStakeOf(operator common.Address) ([]byte, error) {
	return staking.abi.Pack("stakeOf", operator)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns((uint8,uint256,uint256,uint64))
func (staking *Staking) UnpackStakeOf(data []byte) (StakingOperator, error) {
	out, err := staking.abi.Unpack("stakeOf", data)
	if err != nil {
		return *new(StakingOperator), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingOperator)).(*StakingOperator)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (staking *Staking) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := staking.abi.Pack("supportsInterface", interfaceId)
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
func (staking *Staking) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return staking.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (staking *Staking) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (staking *Staking) PackToken() []byte {
	enc, err := staking.abi.Pack("token")
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
func (staking *Staking) TryPackToken() ([]byte, error) {
	return staking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (staking *Staking) UnpackToken(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) PackUnbondingDelay() []byte {
	enc, err := staking.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) TryPackUnbondingDelay() ([]byte, error) {
	return staking.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (staking *Staking) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (staking *Staking) PackWithdraw() []byte {
	enc, err := staking.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (staking *Staking) TryPackWithdraw() ([]byte, error) {
	return staking.abi.Pack("withdraw")
}

// StakingMinStakeSet represents a MinStakeSet event raised by the Staking contract.
type StakingMinStakeSet struct {
	Role   uint8
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingMinStakeSetEventName = "MinStakeSet"

// ContractEventName returns the user-defined event name.
func (StakingMinStakeSet) ContractEventName() string {
	return StakingMinStakeSetEventName
}

// UnpackMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSet(uint8 role, uint256 amount)
func (staking *Staking) UnpackMinStakeSetEvent(log *types.Log) (*StakingMinStakeSet, error) {
	event := "MinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMinStakeSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingRoleAdminChanged represents a RoleAdminChanged event raised by the Staking contract.
type StakingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const StakingRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (StakingRoleAdminChanged) ContractEventName() string {
	return StakingRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (staking *Staking) UnpackRoleAdminChangedEvent(log *types.Log) (*StakingRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingRoleGranted represents a RoleGranted event raised by the Staking contract.
type StakingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (StakingRoleGranted) ContractEventName() string {
	return StakingRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (staking *Staking) UnpackRoleGrantedEvent(log *types.Log) (*StakingRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRoleGranted)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingRoleRevoked represents a RoleRevoked event raised by the Staking contract.
type StakingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (StakingRoleRevoked) ContractEventName() string {
	return StakingRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (staking *Staking) UnpackRoleRevokedEvent(log *types.Log) (*StakingRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRoleRevoked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Operator    common.Address
	Beneficiary common.Address
	Amount      *big.Int
	Slasher     common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingSlashed) ContractEventName() string {
	return StakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed operator, address indexed beneficiary, uint256 amount, address slasher)
func (staking *Staking) UnpackSlashedEvent(log *types.Log) (*StakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingStaked represents a Staked event raised by the Staking contract.
type StakingStaked struct {
	Operator    common.Address
	Role        uint8
	Amount      *big.Int
	TotalStaked *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (StakingStaked) ContractEventName() string {
	return StakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed operator, uint8 role, uint256 amount, uint256 totalStaked)
func (staking *Staking) UnpackStakedEvent(log *types.Log) (*StakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingStaked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondRequested represents a UnbondRequested event raised by the Staking contract.
type StakingUnbondRequested struct {
	Operator       common.Address
	Amount         *big.Int
	TotalUnbonding *big.Int
	ReadyBlock     uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (StakingUnbondRequested) ContractEventName() string {
	return StakingUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed operator, uint256 amount, uint256 totalUnbonding, uint64 readyBlock)
func (staking *Staking) UnpackUnbondRequestedEvent(log *types.Log) (*StakingUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondRequested)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingUnbondingDelaySet represents a UnbondingDelaySet event raised by the Staking contract.
type StakingUnbondingDelaySet struct {
	Blocks uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingUnbondingDelaySetEventName = "UnbondingDelaySet"

// ContractEventName returns the user-defined event name.
func (StakingUnbondingDelaySet) ContractEventName() string {
	return StakingUnbondingDelaySetEventName
}

// UnpackUnbondingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingDelaySet(uint64 blocks)
func (staking *Staking) UnpackUnbondingDelaySetEvent(log *types.Log) (*StakingUnbondingDelaySet, error) {
	event := "UnbondingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingUnbondingDelaySet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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

// StakingWithdrawn represents a Withdrawn event raised by the Staking contract.
type StakingWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (StakingWithdrawn) ContractEventName() string {
	return StakingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed operator, uint256 amount)
func (staking *Staking) UnpackWithdrawnEvent(log *types.Log) (*StakingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingWithdrawn)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
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
func (staking *Staking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], staking.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return staking.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return staking.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return staking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InvalidRole"].ID.Bytes()[:4]) {
		return staking.UnpackInvalidRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return staking.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return staking.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["RoleMismatch"].ID.Bytes()[:4]) {
		return staking.UnpackRoleMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return staking.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondBelowMinimum"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondingNotReady"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondingNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Staking contract.
type StakingAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func StakingAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (staking *Staking) UnpackAccessControlBadConfirmationError(raw []byte) (*StakingAccessControlBadConfirmation, error) {
	out := new(StakingAccessControlBadConfirmation)
	if err := staking.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Staking contract.
type StakingAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func StakingAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (staking *Staking) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*StakingAccessControlUnauthorizedAccount, error) {
	out := new(StakingAccessControlUnauthorizedAccount)
	if err := staking.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInsufficientStake represents a InsufficientStake error raised by the Staking contract.
type StakingInsufficientStake struct {
	Staked    *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 staked, uint256 requested)
func StakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 staked, uint256 requested)
func (staking *Staking) UnpackInsufficientStakeError(raw []byte) (*StakingInsufficientStake, error) {
	out := new(StakingInsufficientStake)
	if err := staking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInvalidRole represents a InvalidRole error raised by the Staking contract.
type StakingInvalidRole struct {
	Role uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRole(uint8 role)
func StakingInvalidRoleErrorID() common.Hash {
	return common.HexToHash("0xf17864de239d89047e4665b7271d244db7454a63ddcba0725b6ea03427f08765")
}

// UnpackInvalidRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRole(uint8 role)
func (staking *Staking) UnpackInvalidRoleError(raw []byte) (*StakingInvalidRole, error) {
	out := new(StakingInvalidRole)
	if err := staking.abi.UnpackIntoInterface(out, "InvalidRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingNothingToWithdraw represents a NothingToWithdraw error raised by the Staking contract.
type StakingNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func StakingNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (staking *Staking) UnpackNothingToWithdrawError(raw []byte) (*StakingNothingToWithdraw, error) {
	out := new(StakingNothingToWithdraw)
	if err := staking.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Staking contract.
type StakingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func StakingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (staking *Staking) UnpackReentrancyGuardReentrantCallError(raw []byte) (*StakingReentrancyGuardReentrantCall, error) {
	out := new(StakingReentrancyGuardReentrantCall)
	if err := staking.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRoleMismatch represents a RoleMismatch error raised by the Staking contract.
type StakingRoleMismatch struct {
	Held      uint8
	Requested uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoleMismatch(uint8 held, uint8 requested)
func StakingRoleMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d7e7891fb9c22694e91a2413cdb43a7a17c0a9157acc3f67a01830266ebdd76")
}

// UnpackRoleMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoleMismatch(uint8 held, uint8 requested)
func (staking *Staking) UnpackRoleMismatchError(raw []byte) (*StakingRoleMismatch, error) {
	out := new(StakingRoleMismatch)
	if err := staking.abi.UnpackIntoInterface(out, "RoleMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Staking contract.
type StakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (staking *Staking) UnpackSafeERC20FailedOperationError(raw []byte) (*StakingSafeERC20FailedOperation, error) {
	out := new(StakingSafeERC20FailedOperation)
	if err := staking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakeTooLow represents a StakeTooLow error raised by the Staking contract.
type StakingStakeTooLow struct {
	Staked  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 staked, uint256 minimum)
func StakingStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 staked, uint256 minimum)
func (staking *Staking) UnpackStakeTooLowError(raw []byte) (*StakingStakeTooLow, error) {
	out := new(StakingStakeTooLow)
	if err := staking.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnbondBelowMinimum represents a UnbondBelowMinimum error raised by the Staking contract.
type StakingUnbondBelowMinimum struct {
	Remaining *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondBelowMinimum(uint256 remaining, uint256 minimum)
func StakingUnbondBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x24415498857b412e0ddadf5e64511724d38fcfc083850c801d3022c3d4120b8e")
}

// UnpackUnbondBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondBelowMinimum(uint256 remaining, uint256 minimum)
func (staking *Staking) UnpackUnbondBelowMinimumError(raw []byte) (*StakingUnbondBelowMinimum, error) {
	out := new(StakingUnbondBelowMinimum)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingUnbondingNotReady represents a UnbondingNotReady error raised by the Staking contract.
type StakingUnbondingNotReady struct {
	ReadyBlock   uint64
	CurrentBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotReady(uint64 readyBlock, uint64 currentBlock)
func StakingUnbondingNotReadyErrorID() common.Hash {
	return common.HexToHash("0xb11883ac1ce56cc1b3b9d45a506e545b61bda22fdae4aee3822e7e9a47696495")
}

// UnpackUnbondingNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotReady(uint64 readyBlock, uint64 currentBlock)
func (staking *Staking) UnpackUnbondingNotReadyError(raw []byte) (*StakingUnbondingNotReady, error) {
	out := new(StakingUnbondingNotReady)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondingNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAddress represents a ZeroAddress error raised by the Staking contract.
type StakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (staking *Staking) UnpackZeroAddressError(raw []byte) (*StakingZeroAddress, error) {
	out := new(StakingZeroAddress)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingZeroAmount represents a ZeroAmount error raised by the Staking contract.
type StakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (staking *Staking) UnpackZeroAmountError(raw []byte) (*StakingZeroAmount, error) {
	out := new(StakingZeroAmount)
	if err := staking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
