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
	Locked           *big.Int
	LockCount        *big.Int
	LockedUntil      uint32
	Unbonding        *big.Int
	UnbondReadyBlock uint64
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minTEENode\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minVerifier\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"InvalidRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"held\",\"type\":\"uint8\"},{\"internalType\":\"enumStaking.Role\",\"name\":\"requested\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint24\",\"name\":\"openLiabilities\",\"type\":\"uint24\"},{\"internalType\":\"uint32\",\"name\":\"lockedUntil\",\"type\":\"uint32\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"StakeOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"staked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"UnbondBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"MinUnbondingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalUnbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"isStaked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"until\",\"type\":\"uint32\"}],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minUnbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setMinUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"blocks\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unlockAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slashLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumStaking.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"staked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint24\",\"name\":\"lockCount\",\"type\":\"uint24\"},{\"internalType\":\"uint32\",\"name\":\"lockedUntil\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"}],\"internalType\":\"structStaking.Operator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"unlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Staking",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611ea4380380611ea483398101604081905261002e91610246565b600180556001600160a01b038516158061004f57506001600160a01b038416155b1561006d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0385166080526100845f85610186565b5060036020527fa15bc60c955c405d20d9149c709e2460f1c2d9a497496a7f46004d1772c3054c83905560025f8190527fc3a24b0501bd2c13a7e57f2db4369ec4c223447539fc0724a9d55ac4a06ebd4d83905580546001600160401b0319166001600160401b0383161790556040515f516020611e845f395f51905f52906101119060019086906102af565b60405180910390a15f516020611e845f395f51905f526002836040516101389291906102af565b60405180910390a16040516001600160401b03821681527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de9060200160405180910390a150505050506102d9565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610226575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610229565b505f5b92915050565b6001600160a01b0381168114610243575f5ffd5b50565b5f5f5f5f5f60a0868803121561025a575f5ffd5b85516102658161022f565b60208701519095506102768161022f565b60408701516060880151608089015192965090945092506001600160401b03811681146102a1575f5ffd5b809150509295509295909350565b60408101600384106102cf57634e487b7160e01b5f52602160045260245ffd5b9281526020015290565b608051611b7761030d5f395f81816103670152818161051a0152818161062e01528181610e08015261120a0152611b775ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c8063a217fddf116100bf578063d8630aca11610079578063d8630aca146102d8578063d8c51155146102eb578063db7dd35a1461030a578063dd752e5514610335578063e4fe01c214610348578063fc0c546a14610362575f5ffd5b8063a217fddf14610272578063adde5bb614610279578063afa5e6c41461028c578063b5674c681461029f578063bfac5990146102b2578063d547741f146102c5575f5ffd5b8063426233601161011057806342623360146101f2578063429e03b2146102125780635095af641461022557806354f63b14146102395780637c867c2a1461024c57806391d148541461025f575f5ffd5b806301ffc9a714610157578063248a9ca31461017f5780632f2ff15d146101af57806336568abe146101c45780633ccfd60b146101d75780633fe0ea54146101df575b5f5ffd5b61016a610165366004611743565b6103a1565b60405190151581526020015b60405180910390f35b6101a161018d366004611771565b5f9081526020819052604090206001015490565b604051908152602001610176565b6101c26101bd3660046117a3565b6103d7565b005b6101c26101d23660046117a3565b610401565b6101c2610439565b6101a16101ed3660046117cd565b610583565b610205610200366004611819565b6106b1565b6040516101769190611866565b6101c26102203660046118f1565b6107aa565b6101a15f516020611b4b5f395f51905f5281565b6101c2610247366004611771565b610861565b6101c261025a3660046118f1565b610ab1565b61016a61026d3660046117a3565b610b6e565b6101a15f81565b6101c2610287366004611925565b610b96565b61016a61029a36600461194d565b610c80565b6101c26102ad366004611975565b610d35565b6101a16102c03660046119a5565b610d6e565b6101c26102d33660046117a3565b610e88565b6101c26102e63660046119de565b610eac565b6101a16102f9366004611a2b565b60036020525f908152604090205481565b60025461031d906001600160401b031681565b6040516001600160401b039091168152602001610176565b6101c2610343366004611925565b610ff4565b60025461031d90600160401b90046001600160401b031681565b6103897f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610176565b5f6001600160e01b03198216637965db0b60e01b14806103d157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546103f18161128e565b6103fb838361129b565b50505050565b6001600160a01b038116331461042a5760405163334bd91960e11b815260040160405180910390fd5b610434828261132a565b505050565b610441611393565b335f908152600460205260408120600181015490916001600160601b039091169081900361048257604051630686827b60e51b815260040160405180910390fd5b6001820154600160601b90046001600160401b03164310156104dc576001820154604051632c4620eb60e21b8152600160601b9091046001600160401b039081166004830152431660248201526044015b60405180910390fd5b6001820180546001600160a01b0319169055815461010090046001600160601b03165f0361050d57815460ff191682555b6105416001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633836113bd565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2505061058160018055565b565b5f5f516020611b4b5f395f51905f5261059b8161128e565b6105a3611393565b6001600160a01b03831615806105c057506001600160a01b038716155b156105de5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0387165f90815260046020526040902061060090878761141c565b835f0361060f575f915061069e565b61061987856114bc565b91508115610655576106556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846113bd565b604080518381523360208201526001600160a01b0380861692908a16917f1b9817da702c2ae84a03f2a48072c6a81bfc3b7d1d5615bffce3db4856831bb7910160405180910390a35b6106a760018055565b5095945050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526001600160a01b0382165f9081526004602052604090819020815160e081019092528054829060ff16600281111561072357610723611832565b600281111561073457610734611832565b8152815461010081046001600160601b039081166020840152600160681b820481166040840152600160c81b820462ffffff166060840152600160e01b90910463ffffffff16608083015260019092015491821660a0820152600160601b9091046001600160401b031660c09091015292915050565b5f6107b48161128e565b6002546001600160401b03600160401b9091048116908316101561080a576002546040516305bdc8d760e41b81526001600160401b038481166004830152600160401b90920490911660248201526044016104d3565b6002805467ffffffffffffffff19166001600160401b0384169081179091556040519081527f16cc46df77405a1d0dc35ad78dd0c55bb42dc30a45c21ccff578f3cd6d3b25de906020015b60405180910390a15050565b805f0361088157604051631f2a200560e01b815260040160405180910390fd5b335f908152600460205260409020805461010090046001600160601b0316808311156108ca576040516322df051360e11b815260048101829052602481018490526044016104d3565b81545f906108e890600160681b90046001600160601b031683611a58565b90508084111561092e578254604051630336f6b160e51b81526104d391339187918591600160c81b820462ffffff1691600160e01b900463ffffffff1690600401611a6b565b5f6109398584611a58565b84549091505f90600390829060ff16600281111561095957610959611832565b600281111561096a5761096a611832565b81526020019081526020015f20549050815f1415801561098957508082105b156109b1576040516304882a9360e31b815260048101839052602481018290526044016104d3565b84546001600160601b0380841661010002610100600160681b031990921691909117865560018601805488925f916109eb91859116611aa4565b82546001600160601b039182166101009390930a928302919092021990911617905550600254610a24906001600160401b031643611ac3565b6001860180546001600160401b03928316600160601b90810267ffffffffffffffff60601b198316811793849055604080518c81526001600160601b039283169290941691909117602084015292049092169082015233907f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc3849060600160405180910390a2505050505050565b5f516020611b4b5f395f51905f52610ac88161128e565b6002546001600160401b0380841691161015610b0e576002546040516305bdc8d760e41b81526001600160401b03918216600482015290831660248201526044016104d3565b600280546fffffffffffffffff00000000000000001916600160401b6001600160401b038516908102919091179091556040519081527f8ba2f13c2354162b6eeb44347edd161b9e81bfa902aa999fec532905012ab7fd90602001610855565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610ba08161128e565b6001836002811115610bb457610bb4611832565b14158015610bd457506002836002811115610bd157610bd1611832565b14155b15610c0a57826002811115610beb57610beb611832565b6040516378bc326f60e11b815260ff90911660048201526024016104d3565b8160035f856002811115610c2057610c20611832565b6002811115610c3157610c31611832565b81526020019081526020015f20819055507fe634df3de251e3a1ec64af6c4cee95ec9beb7050a7b5b833b24cf933973d46918383604051610c73929190611ae2565b60405180910390a1505050565b6001600160a01b0382165f90815260046020526040812081836002811115610caa57610caa611832565b14158015610cdd5750826002811115610cc557610cc5611832565b815460ff166002811115610cdb57610cdb611832565b145b8015610d2d575060035f846002811115610cf957610cf9611832565b6002811115610d0a57610d0a611832565b815260208101919091526040015f2054815461010090046001600160601b031610155b949350505050565b5f516020611b4b5f395f51905f52610d4c8161128e565b6001600160a01b0384165f9081526004602052604090206103fb90848461141c565b5f5f516020611b4b5f395f51905f52610d868161128e565b610d8e611393565b835f03610dae57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0383161580610dcb57506001600160a01b038516155b15610de95760405163d92e233d60e01b815260040160405180910390fd5b610df385856114bc565b91508115610e2f57610e2f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846113bd565b604080518381523360208201526001600160a01b0380861692908816917f1b9817da702c2ae84a03f2a48072c6a81bfc3b7d1d5615bffce3db4856831bb7910160405180910390a3610e8060018055565b509392505050565b5f82815260208190526040902060010154610ea28161128e565b6103fb838361132a565b5f516020611b4b5f395f51905f52610ec38161128e565b6001600160a01b0385165f908152600460205260408120805490916001600160601b03600160681b8304811692610f01918491610100900416611a58565b905080871115610f47578254604051630336f6b160e51b81526104d3918a918a918591600160c81b820462ffffff1691600160e01b900463ffffffff1690600401611a6b565b610f518783611afd565b8354600160681b600160c81b031916600160681b6001600160601b0383160217808555909250610f9790610f92908890600160c81b900462ffffff16611afd565b611632565b835462ffffff91909116600160c81b0262ffffff60c81b199091161780845563ffffffff600160e01b90910481169086161115610fea5782546001600160e01b0316600160e01b63ffffffff8716021783555b5050505050505050565b610ffc611393565b600182600281111561101057611010611832565b141580156110305750600282600281111561102d5761102d611832565b14155b1561104757816002811115610beb57610beb611832565b805f0361106757604051631f2a200560e01b815260040160405180910390fd5b335f90815260046020526040812090815460ff16600281111561108c5761108c611832565b141580156110c057508260028111156110a7576110a7611832565b815460ff1660028111156110bd576110bd611832565b14155b156110e6578054604051632d7e789160e01b81526104d39160ff16908590600401611b10565b80545f9061110390849061010090046001600160601b0316611afd565b905060035f85600281111561111a5761111a611832565b600281111561112b5761112b611832565b81526020019081526020015f2054811015611199578060035f86600281111561115657611156611832565b600281111561116757611167611832565b81526020019081526020015f205460405163829f116360e01b81526004016104d3929190918252602082015260400190565b6001600160601b038111156111c457604051638cc798b160e01b8152600481018290526024016104d3565b81548490839060ff191660018360028111156111e2576111e2611832565b02179055508154610100600160681b0319166101006001600160601b0383160217825561123a7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316333086611665565b336001600160a01b03167f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28285858460405161127793929190611b2b565b60405180910390a2505061128a60018055565b5050565b611298813361169e565b50565b5f6112a68383610b6e565b611323575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556112db3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103d1565b505f6103d1565b5f6113358383610b6e565b15611323575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103d1565b6002600154036113b657604051633ee5aeb560e01b815260040160405180910390fd5b6002600155565b6040516001600160a01b0383811660248301526044820183905261043491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506116d7565b8254600160681b90046001600160601b03165f81841061143c578161143e565b835b8554909150600160c81b900462ffffff166114598284611a58565b86546001600160601b0391909116600160681b02600160681b600160c81b031990911617865580841061148c575f611496565b6114968482611a58565b865462ffffff91909116600160c81b0262ffffff60c81b19909116179095555050505050565b6001600160a01b0382165f908152600460205260408120805460018201546001600160601b036101008304811692600160681b900481169116846115008385611a58565b90505f8188106115105781611512565b875b90505f61151f828a611a58565b90505f84821061152f5784611531565b815b905061153d8183611a58565b91505f86831061154d578661154f565b825b905061155b8185611afd565b6115659089611a58565b97506115718287611a58565b8954610100600160681b0319166101006001600160601b038b1602178a55955061159b8188611a58565b8954600160681b600160c81b031916600160681b6001600160601b0392831602178a5560018a0180546bffffffffffffffffffffffff1916918816919091179055806115e78386611afd565b6115f19190611afd565b9950871580156115ff575085155b1561162357885460ff1916895560018901805467ffffffffffffffff60601b191690555b50505050505050505092915050565b5f62ffffff821115611661576040516306dfcc6560e41b815260186004820152602481018390526044016104d3565b5090565b6040516001600160a01b0384811660248301528381166044830152606482018390526103fb9186918216906323b872dd906084016113ea565b6116a88282610b6e565b61128a5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104d3565b5f5f60205f8451602086015f885af1806116f6576040513d5f823e3d81fd5b50505f513d9150811561170d57806001141561171a565b6001600160a01b0384163b155b156103fb57604051635274afe760e01b81526001600160a01b03851660048201526024016104d3565b5f60208284031215611753575f5ffd5b81356001600160e01b03198116811461176a575f5ffd5b9392505050565b5f60208284031215611781575f5ffd5b5035919050565b80356001600160a01b038116811461179e575f5ffd5b919050565b5f5f604083850312156117b4575f5ffd5b823591506117c460208401611788565b90509250929050565b5f5f5f5f5f60a086880312156117e1575f5ffd5b6117ea86611788565b945060208601359350604086013592506060860135915061180d60808701611788565b90509295509295909350565b5f60208284031215611829575f5ffd5b61176a82611788565b634e487b7160e01b5f52602160045260245ffd5b6003811061186257634e487b7160e01b5f52602160045260245ffd5b9052565b5f60e082019050611878828451611846565b6001600160601b0360208401511660208301526001600160601b03604084015116604083015262ffffff606084015116606083015263ffffffff60808401511660808301526001600160601b0360a08401511660a083015260c08301516118ea60c08401826001600160401b03169052565b5092915050565b5f60208284031215611901575f5ffd5b81356001600160401b038116811461176a575f5ffd5b80356003811061179e575f5ffd5b5f5f60408385031215611936575f5ffd5b61193f83611917565b946020939093013593505050565b5f5f6040838503121561195e575f5ffd5b61196783611788565b91506117c460208401611917565b5f5f5f60608486031215611987575f5ffd5b61199084611788565b95602085013595506040909401359392505050565b5f5f5f606084860312156119b7575f5ffd5b6119c084611788565b9250602084013591506119d560408501611788565b90509250925092565b5f5f5f5f608085870312156119f1575f5ffd5b6119fa85611788565b93506020850135925060408501359150606085013563ffffffff81168114611a20575f5ffd5b939692955090935050565b5f60208284031215611a3b575f5ffd5b61176a82611917565b634e487b7160e01b5f52601160045260245ffd5b818103818111156103d1576103d1611a44565b6001600160a01b039590951685526020850193909352604084019190915262ffffff16606083015263ffffffff16608082015260a00190565b6001600160601b0381811683821601908111156103d1576103d1611a44565b6001600160401b0381811683821601908111156103d1576103d1611a44565b60408101611af08285611846565b8260208301529392505050565b808201808211156103d1576103d1611a44565b60408101611b1e8285611846565b61176a6020830184611846565b60608101611b398286611846565b60208201939093526040015291905056fe12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39a164736f6c634300081e000ae634df3de251e3a1ec64af6c4cee95ec9beb7050a7b5b833b24cf933973d4691",
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

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8630aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(address operator, uint256 amount, uint256 count, uint32 until) returns()
func (staking *Staking) PackLock(operator common.Address, amount *big.Int, count *big.Int, until uint32) []byte {
	enc, err := staking.abi.Pack("lock", operator, amount, count, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8630aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(address operator, uint256 amount, uint256 count, uint32 until) returns()
func (staking *Staking) TryPackLock(operator common.Address, amount *big.Int, count *big.Int, until uint32) ([]byte, error) {
	return staking.abi.Pack("lock", operator, amount, count, until)
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

// PackMinUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fe01c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minUnbondingDelay() view returns(uint64)
func (staking *Staking) PackMinUnbondingDelay() []byte {
	enc, err := staking.abi.Pack("minUnbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fe01c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minUnbondingDelay() view returns(uint64)
func (staking *Staking) TryPackMinUnbondingDelay() ([]byte, error) {
	return staking.abi.Pack("minUnbondingDelay")
}

// UnpackMinUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4fe01c2.
//
// Solidity: function minUnbondingDelay() view returns(uint64)
func (staking *Staking) UnpackMinUnbondingDelay(data []byte) (uint64, error) {
	out, err := staking.abi.Unpack("minUnbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackSetMinUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c867c2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinUnbondingDelay(uint64 blocks) returns()
func (staking *Staking) PackSetMinUnbondingDelay(blocks uint64) []byte {
	enc, err := staking.abi.Pack("setMinUnbondingDelay", blocks)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c867c2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinUnbondingDelay(uint64 blocks) returns()
func (staking *Staking) TryPackSetMinUnbondingDelay(blocks uint64) ([]byte, error) {
	return staking.abi.Pack("setMinUnbondingDelay", blocks)
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

// PackSlashLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fe0ea54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashLocked(address operator, uint256 unlockAmount, uint256 count, uint256 slashAmount, address beneficiary) returns(uint256 taken)
func (staking *Staking) PackSlashLocked(operator common.Address, unlockAmount *big.Int, count *big.Int, slashAmount *big.Int, beneficiary common.Address) []byte {
	enc, err := staking.abi.Pack("slashLocked", operator, unlockAmount, count, slashAmount, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fe0ea54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashLocked(address operator, uint256 unlockAmount, uint256 count, uint256 slashAmount, address beneficiary) returns(uint256 taken)
func (staking *Staking) TryPackSlashLocked(operator common.Address, unlockAmount *big.Int, count *big.Int, slashAmount *big.Int, beneficiary common.Address) ([]byte, error) {
	return staking.abi.Pack("slashLocked", operator, unlockAmount, count, slashAmount, beneficiary)
}

// UnpackSlashLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fe0ea54.
//
// Solidity: function slashLocked(address operator, uint256 unlockAmount, uint256 count, uint256 slashAmount, address beneficiary) returns(uint256 taken)
func (staking *Staking) UnpackSlashLocked(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("slashLocked", data)
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
// Solidity: function stakeOf(address operator) view returns((uint8,uint96,uint96,uint24,uint32,uint96,uint64))
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
// Solidity: function stakeOf(address operator) view returns((uint8,uint96,uint96,uint24,uint32,uint96,uint64))
func (staking *Staking) TryPackStakeOf(operator common.Address) ([]byte, error) {
	return staking.abi.Pack("stakeOf", operator)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns((uint8,uint96,uint96,uint24,uint32,uint96,uint64))
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

// PackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5674c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlock(address operator, uint256 amount, uint256 count) returns()
func (staking *Staking) PackUnlock(operator common.Address, amount *big.Int, count *big.Int) []byte {
	enc, err := staking.abi.Pack("unlock", operator, amount, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5674c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlock(address operator, uint256 amount, uint256 count) returns()
func (staking *Staking) TryPackUnlock(operator common.Address, amount *big.Int, count *big.Int) ([]byte, error) {
	return staking.abi.Pack("unlock", operator, amount, count)
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

// StakingMinUnbondingDelaySet represents a MinUnbondingDelaySet event raised by the Staking contract.
type StakingMinUnbondingDelaySet struct {
	Blocks uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingMinUnbondingDelaySetEventName = "MinUnbondingDelaySet"

// ContractEventName returns the user-defined event name.
func (StakingMinUnbondingDelaySet) ContractEventName() string {
	return StakingMinUnbondingDelaySetEventName
}

// UnpackMinUnbondingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinUnbondingDelaySet(uint64 blocks)
func (staking *Staking) UnpackMinUnbondingDelaySetEvent(log *types.Log) (*StakingMinUnbondingDelaySet, error) {
	event := "MinUnbondingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMinUnbondingDelaySet)
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
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return staking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return staking.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StakeOverflow"].ID.Bytes()[:4]) {
		return staking.UnpackStakeOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return staking.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondBelowMinimum"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return staking.UnpackUnbondingDelayTooShortError(raw[4:])
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

// StakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Staking contract.
type StakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func StakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (staking *Staking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*StakingSafeCastOverflowedUintDowncast, error) {
	out := new(StakingSafeCastOverflowedUintDowncast)
	if err := staking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
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

// StakingStakeLocked represents a StakeLocked error raised by the Staking contract.
type StakingStakeLocked struct {
	Operator        common.Address
	Needed          *big.Int
	Free            *big.Int
	OpenLiabilities *big.Int
	LockedUntil     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(address operator, uint256 needed, uint256 free, uint24 openLiabilities, uint32 lockedUntil)
func StakingStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x66ded620431dba4047b6be2cf9230a47f9b14a38230c884c708a2e2123301441")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(address operator, uint256 needed, uint256 free, uint24 openLiabilities, uint32 lockedUntil)
func (staking *Staking) UnpackStakeLockedError(raw []byte) (*StakingStakeLocked, error) {
	out := new(StakingStakeLocked)
	if err := staking.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakeOverflow represents a StakeOverflow error raised by the Staking contract.
type StakingStakeOverflow struct {
	Total *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeOverflow(uint256 total)
func StakingStakeOverflowErrorID() common.Hash {
	return common.HexToHash("0x8cc798b1557a2d907efae9eba9d3d39eb692be8dc721af0d9eab70c63db04790")
}

// UnpackStakeOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeOverflow(uint256 total)
func (staking *Staking) UnpackStakeOverflowError(raw []byte) (*StakingStakeOverflow, error) {
	out := new(StakingStakeOverflow)
	if err := staking.abi.UnpackIntoInterface(out, "StakeOverflow", raw); err != nil {
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

// StakingUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the Staking contract.
type StakingUnbondingDelayTooShort struct {
	Delay   uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint64 delay, uint64 minimum)
func StakingUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0x5bdc8d70e353e1f4522173cca7bcfef9f357a57e85f70d080719bd084f0efb51")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint64 delay, uint64 minimum)
func (staking *Staking) UnpackUnbondingDelayTooShortError(raw []byte) (*StakingUnbondingDelayTooShort, error) {
	out := new(StakingUnbondingDelayTooShort)
	if err := staking.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
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
