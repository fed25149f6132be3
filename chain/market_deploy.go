package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// MarketConfig sets the TaskMarket parameters of a deployment. Zero values
// pick the documented defaults.
type MarketConfig struct {
	// Treasury receives the treasury part of slashes; zero means governance.
	Treasury common.Address
	// NodeSlash is taken from the operator of a failing result; nil means 500 MEMO.
	NodeSlash *big.Int
	// TimeoutSlash is taken from an assigned operator that delivers no
	// result by the deadline; nil means 100 MEMO.
	TimeoutSlash *big.Int
	// VerifierPenalty is taken from a verifier per vote against a verdict; nil means 10 MEMO.
	VerifierPenalty *big.Int
	// SlashOwnerBps is the task owner's part of a node slash; 0 means 5000 (half).
	SlashOwnerBps uint16
	// SlashVerifiersBps is the fail voters' part of a failing result's slash; 0 means 2000.
	SlashVerifiersBps uint16
	// MinQuorum is the smallest verifier quorum a task may ask for; 0 means 1.
	MinQuorum uint8
	// MaxVotingWindow is the longest voting window in blocks; 0 means 10,000.
	MaxVotingWindow uint32
	// MaxDuration is the most blocks a task's deadline may lie after its
	// publish; 0 means 10,000. With MaxVotingWindow it sets the shortest
	// unbonding delay the market accepts (MarketParams.MinUnbondingDelay).
	MaxDuration uint32
}

// Params returns the contract parameters cfg stands for, defaults filled in.
func (cfg MarketConfig) Params() MarketParams {
	p := MarketParams{
		NodeSlash:         orDefault(cfg.NodeSlash, Tokens(500)),
		TimeoutSlash:      orDefault(cfg.TimeoutSlash, Tokens(100)),
		VerifierPenalty:   orDefault(cfg.VerifierPenalty, Tokens(10)),
		SlashOwnerBps:     cfg.SlashOwnerBps,
		SlashVerifiersBps: cfg.SlashVerifiersBps,
		MinQuorum:         cfg.MinQuorum,
		MaxVotingWindow:   cfg.MaxVotingWindow,
		MaxDuration:       cfg.MaxDuration,
	}
	if p.SlashOwnerBps == 0 {
		p.SlashOwnerBps = 5000
	}
	if p.SlashVerifiersBps == 0 {
		p.SlashVerifiersBps = 2000
	}
	if p.MinQuorum == 0 {
		p.MinQuorum = 1
	}
	if p.MaxVotingWindow == 0 {
		p.MaxVotingWindow = 10_000
	}
	if p.MaxDuration == 0 {
		p.MaxDuration = 10_000
	}
	return p
}

// deployMarket deploys TaskMarket for dep (token, staking and registry
// already deployed) and, when the deployer is governance, grants it
// SLASHER_ROLE on Staking and sets its parameters once more, which makes
// Staking keep the unbonding-delay floor they need; otherwise governance
// must grant the role (Client.GrantSlasher) and set the parameters before
// the market can lock or slash.
func deployMarket(ctx context.Context, c *Client, create func(name, bin string, args []byte) (common.Address, error),
	dep *Deployment, cfg MarketConfig, logger *slog.Logger) (common.Address, error) {
	treasury := cfg.Treasury
	if treasury == (common.Address{}) {
		treasury = dep.Governance
	}
	args := bindings.NewTaskMarket().PackConstructor(dep.Token, dep.Staking, dep.EnclaveRegistry, dep.Governance, treasury, cfg.Params().binding())
	addr, err := create("TaskMarket", bindings.TaskMarketMetaData.Bin, args)
	if err != nil {
		return common.Address{}, err
	}
	if dep.Governance != c.from {
		logger.Warn("governance must grant TaskMarket the slasher role on Staking", slog.String("taskMarket", addr.Hex()))
		return addr, nil
	}
	data, err := bindings.NewStaking().TryPackGrantRole(SlasherRole, addr)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: packing grantRole: %w", err)
	}
	if _, err := c.transact(ctx, "granting TaskMarket the slasher role", &dep.Staking, data, nil); err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: %w", err)
	}
	data, err = marketABI.TryPackSetParams(cfg.Params().binding())
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: packing setParams: %w", err)
	}
	if _, err := c.transact(ctx, "setting the market's unbonding floor", &addr, data, nil); err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: %w", err)
	}
	return addr, nil
}
