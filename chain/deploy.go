package chain

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// Deployment names one set of memo-compute contracts on one chain. It is
// saved as JSON (SaveDeployment) and read back by every command that talks
// to the chain (LoadDeployment).
type Deployment struct {
	ChainID         uint64         `json:"chainId"`
	Token           common.Address `json:"token"`
	Staking         common.Address `json:"staking"`
	EnclaveRegistry common.Address `json:"enclaveRegistry"`
	DataGrants      common.Address `json:"dataGrants"`
	// TaskMarket is zero until the task market is deployed.
	TaskMarket common.Address `json:"taskMarket,omitzero"`
	// Governance holds the admin role of every contract.
	Governance common.Address `json:"governance"`
	// DeployBlock is the block of the first deployment transaction; event
	// watchers start there.
	DeployBlock uint64 `json:"deployBlock"`
	// TrustsSimulatedRoots is true on dev chains only.
	TrustsSimulatedRoots bool `json:"trustsSimulatedRoots"`
	// DevAccounts are funded dev-chain accounts with their keys; empty for
	// real chains.
	DevAccounts []DevAccount `json:"devAccounts,omitempty"`
}

// DevAccount is a funded dev-chain account. Its key is public knowledge:
// never send real value to it.
type DevAccount struct {
	Address common.Address `json:"address"`
	Key     hexutil.Bytes  `json:"privateKey"`
}

// PrivateKey decodes the account's key.
func (a DevAccount) PrivateKey() (*ecdsa.PrivateKey, error) {
	k, err := crypto.ToECDSA(a.Key)
	if err != nil {
		return nil, fmt.Errorf("%w: dev account %s: bad private key: %w", ErrDeployment, a.Address.Hex(), err)
	}
	return k, nil
}

// Validate checks that the deployment names a chain and every required contract.
func (d *Deployment) Validate() error {
	if d == nil {
		return fmt.Errorf("%w: no deployment given", ErrDeployment)
	}
	if d.ChainID == 0 {
		return fmt.Errorf("%w: chainId missing: regenerate the file with memoc devnet or memoc deploy", ErrDeployment)
	}
	for name, addr := range map[string]common.Address{"token": d.Token, "staking": d.Staking, "enclaveRegistry": d.EnclaveRegistry, "dataGrants": d.DataGrants} {
		if addr == (common.Address{}) {
			return fmt.Errorf("%w: %s address missing: regenerate the file with memoc devnet or memoc deploy", ErrDeployment, name)
		}
	}
	return nil
}

func (d *Deployment) contractAddresses() map[string]common.Address {
	m := map[string]common.Address{"MemoToken": d.Token, "Staking": d.Staking, "EnclaveRegistry": d.EnclaveRegistry, "DataGrants": d.DataGrants}
	if d.TaskMarket != (common.Address{}) {
		m["TaskMarket"] = d.TaskMarket
	}
	return m
}

// SaveDeployment writes d to path as indented JSON, readable by its owner
// only (it may hold dev keys).
func SaveDeployment(path string, d *Deployment) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding deployment: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("writing deployment: %w", err)
	}
	return nil
}

// LoadDeployment reads and validates a deployment file.
func LoadDeployment(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s does not exist: start `memoc devnet` or run `memoc deploy` to create it, or pass --deployment", ErrDeployment, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %w", ErrDeployment, path, err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%w: %s is not a deployment file (%v): pass the JSON file written by memoc devnet or memoc deploy", ErrDeployment, path, err)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}

// DeployConfig sets the parameters of a new deployment. Zero values pick
// the documented defaults.
type DeployConfig struct {
	// Token is an existing MEMO token. Zero deploys MemoToken and mints
	// TokenSupply to the deployer.
	Token common.Address
	// TokenSupply is the MemoToken supply; nil means 1,000,000,000 MEMO.
	TokenSupply *big.Int
	// MinStakeTEENode is the TEE-node minimum stake; nil means 1,000 MEMO.
	MinStakeTEENode *big.Int
	// MinStakeVerifier is the verifier minimum stake; nil means 100 MEMO.
	MinStakeVerifier *big.Int
	// UnbondingDelay is the unbonding delay in blocks; 0 means the shortest
	// the market allows (MarketParams.MinUnbondingDelay: 20,000 with the
	// default market parameters). A shorter one fails the deployment.
	UnbondingDelay uint64
	// ApprovalCommittee is the number of verifiers drawn by stake to
	// approve each attestation round of an enclave (1 to
	// MaxApprovalCommittee); a majority of them activates it. 0 means the
	// committee whose majority is Quorum if Quorum is set, else
	// MinCommittee. A chain needs at least this many staked verifiers
	// besides an enclave's operator to approve it.
	ApprovalCommittee uint8
	// Quorum states the approval committee by its majority instead: the
	// committee is the smallest whose majority is Quorum (2·Quorum − 1
	// verifiers). Ignored when ApprovalCommittee is set.
	Quorum uint32
	// ApprovalPeriod is how many blocks an enclave approval holds before the
	// enclave must re-attest; 0 means DefaultApprovalPeriod.
	ApprovalPeriod uint64
	// Governance receives every admin role; zero means the deployer.
	Governance common.Address
	// TrustSimulatedRoots marks the deployment as a dev chain whose verifiers
	// accept the simulated attestation root SimulatedRootHash. Never set it on
	// a real chain.
	TrustSimulatedRoots bool
	// SimulatedRootHash identifies the trusted sim root (ignored unless TrustSimulatedRoots).
	SimulatedRootHash common.Hash
	// Market sets the TaskMarket parameters.
	Market MarketConfig
}

// Deploy deploys the memo-compute contracts from key's account and wires
// their roles. The deployer needs ETH for gas. logger may be nil.
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, cfg DeployConfig, logger *slog.Logger) (*Deployment, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploying: reading chain id: %w", err)
	}
	deployer := crypto.PubkeyToAddress(key.PublicKey)
	c := newClient(backend, &Deployment{}, id, key, logger)
	gov := cfg.Governance
	if gov == (common.Address{}) {
		gov = deployer
	}
	dep := &Deployment{ChainID: id.Uint64(), Governance: gov, TrustsSimulatedRoots: cfg.TrustSimulatedRoots}

	create := func(name string, bin string, args []byte) (common.Address, error) {
		code, err := hexutil.Decode(bin)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploying %s: decoding bytecode: %w", name, err)
		}
		rcpt, err := c.transact(ctx, "deploying "+name, nil, append(code, args...), nil)
		if err != nil {
			return common.Address{}, err
		}
		if dep.DeployBlock == 0 {
			dep.DeployBlock = rcpt.BlockNumber.Uint64()
		}
		logger.Info("deployed", slog.String("contract", name), slog.String("address", rcpt.ContractAddress.Hex()), slog.Uint64("gas", rcpt.GasUsed))
		return rcpt.ContractAddress, nil
	}

	dep.Token = cfg.Token
	if dep.Token == (common.Address{}) {
		supply := orDefault(cfg.TokenSupply, Tokens(1_000_000_000))
		if dep.Token, err = create("MemoToken", bindings.MemoTokenMetaData.Bin, bindings.NewMemoToken().PackConstructor(deployer, supply)); err != nil {
			return nil, err
		}
	}
	delay := cfg.UnbondingDelay
	if delay == 0 {
		delay = cfg.Market.Params().MinUnbondingDelay()
	}
	if dep.Staking, err = create("Staking", bindings.StakingMetaData.Bin, bindings.NewStaking().PackConstructor(
		dep.Token, gov, orDefault(cfg.MinStakeTEENode, Tokens(1000)), orDefault(cfg.MinStakeVerifier, Tokens(100)), delay)); err != nil {
		return nil, err
	}
	committee, err := cfg.approvalCommittee()
	if err != nil {
		return nil, err
	}
	var simRoot common.Hash
	if cfg.TrustSimulatedRoots {
		simRoot = cfg.SimulatedRootHash
	}
	if dep.EnclaveRegistry, err = create("EnclaveRegistry", bindings.EnclaveRegistryMetaData.Bin, bindings.NewEnclaveRegistry().PackConstructor(
		dep.Staking, gov, committee, cmp.Or(cfg.ApprovalPeriod, DefaultApprovalPeriod), cfg.TrustSimulatedRoots, simRoot)); err != nil {
		return nil, err
	}
	if dep.DataGrants, err = create("DataGrants", bindings.DataGrantsMetaData.Bin, bindings.NewDataGrants().PackConstructor(dep.EnclaveRegistry)); err != nil {
		return nil, err
	}
	if dep.TaskMarket, err = deployMarket(ctx, c, create, dep, cfg.Market, logger); err != nil {
		return nil, err
	}
	return dep, nil
}

// approvalCommittee returns the committee size cfg asks for, defaults filled in.
func (cfg DeployConfig) approvalCommittee() (uint8, error) {
	switch {
	case cfg.ApprovalCommittee != 0:
		return cfg.ApprovalCommittee, nil
	case cfg.Quorum == 0:
		return MinCommittee, nil
	case cfg.Quorum > (MaxApprovalCommittee+1)/2:
		return 0, fmt.Errorf("deploying: an approval quorum of %d needs a committee of %d, above the maximum %d: choose a quorum of at most %d",
			cfg.Quorum, 2*cfg.Quorum-1, MaxApprovalCommittee, (MaxApprovalCommittee+1)/2)
	}
	return uint8(2*cfg.Quorum - 1), nil
}

func orDefault(v, def *big.Int) *big.Int {
	if v == nil {
		return def
	}
	return v
}
