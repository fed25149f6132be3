package chain

import (
	"cmp"
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
	// ReexecBps is the part of results, in basis points, their committee
	// draw selects for re-execution by a second enclave; 0 means 1000
	// (one in ten). Governance changes it with SetReexecBps (0 switches
	// sampling off; tasks that ask for re-execution still get it).
	ReexecBps uint16
	// Treasury receives the treasury part of slashes and swept leftovers;
	// zero means governance.
	Treasury common.Address
	// NodeSlash is taken from the operator of a failing result; nil means 500 MEMO.
	NodeSlash *big.Int
	// TimeoutSlash is taken from an operator whose stake was locked for a
	// slot that delivers no result by the deadline; nil means 100 MEMO.
	TimeoutSlash *big.Int
	// VerifierPenalty is taken from a committee member per vote against a
	// verdict; nil means 10 MEMO.
	VerifierPenalty *big.Int
	// SilencePenalty is taken from a committee member that never revealed
	// its vote; nil means 5 MEMO.
	SilencePenalty *big.Int
	// SlashOwnerBps is the task owner's part of a node slash; 0 means 5000 (half).
	SlashOwnerBps uint16
	// SlashVerifiersBps is the fail voters' part of a failing result's slash; 0 means 2000.
	SlashVerifiersBps uint16
	// OwnerCapBps caps the owner's part of a slash at this part of the
	// result share; 0 means 5000 (half a share).
	OwnerCapBps uint16
	// CommitteeSize is the number of verifiers drawn per result (3 to 7);
	// 0 means 3.
	CommitteeSize uint8
	// MinQuorum is the smallest quorum a task may ask for; 0 means a
	// majority of the committee (which every task needs anyway).
	MinQuorum uint8
	// MaxVotingWindow is the longest voting (draw and commit) window in
	// blocks; 0 means 10,000.
	MaxVotingWindow uint32
	// RevealWindow is the reveal phase after each result's voting window, in
	// blocks; 0 means 1,000.
	RevealWindow uint16
	// MaxDuration is the most blocks a task's deadline may lie after its
	// publish; 0 means 10,000. With MaxVotingWindow and RevealWindow it sets
	// the shortest unbonding delay the market accepts
	// (MarketParams.MinUnbondingDelay).
	MaxDuration uint32
	// ClaimPeriod is how many blocks after settlement users have to claim
	// before leftovers can be swept to the treasury; 0 means 50,000.
	ClaimPeriod uint32
}

// Params returns the contract parameters cfg stands for, defaults filled in.
func (cfg MarketConfig) Params() MarketParams {
	p := MarketParams{
		NodeSlash:         orDefault(cfg.NodeSlash, Tokens(500)),
		TimeoutSlash:      orDefault(cfg.TimeoutSlash, Tokens(100)),
		VerifierPenalty:   orDefault(cfg.VerifierPenalty, Tokens(10)),
		SilencePenalty:    orDefault(cfg.SilencePenalty, Tokens(5)),
		SlashOwnerBps:     cmp.Or(cfg.SlashOwnerBps, 5000),
		SlashVerifiersBps: cmp.Or(cfg.SlashVerifiersBps, 2000),
		OwnerCapBps:       cmp.Or(cfg.OwnerCapBps, 5000),
		CommitteeSize:     cmp.Or(cfg.CommitteeSize, MinCommittee),
		MinQuorum:         cfg.MinQuorum,
		MaxVotingWindow:   cmp.Or(cfg.MaxVotingWindow, 10_000),
		RevealWindow:      cmp.Or(cfg.RevealWindow, 1_000),
		MaxDuration:       cmp.Or(cfg.MaxDuration, 10_000),
		ClaimPeriod:       cmp.Or(cfg.ClaimPeriod, 50_000),
	}
	if p.MinQuorum == 0 {
		p.MinQuorum = p.CommitteeSize/2 + 1
	}
	return p
}

// deployMarket deploys TaskMarketExt and TaskMarket for dep (token, staking
// and registry already deployed) and, when the deployer is governance, grants it
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
	ext, err := create("TaskMarketExt", bindings.TaskMarketExtMetaData.Bin,
		bindings.NewTaskMarketExt().PackConstructor(dep.Token, dep.Staking, dep.EnclaveRegistry))
	if err != nil {
		return common.Address{}, err
	}
	args := bindings.NewTaskMarket().PackConstructor(dep.Token, dep.Staking, dep.EnclaveRegistry, ext, dep.Governance, treasury, cfg.Params().binding())
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
	data, err = marketABI.TryPackSetReexecBps(cmp.Or(cfg.ReexecBps, DefaultReexecBps))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: packing setReexecBps: %w", err)
	}
	if _, err := c.transact(ctx, "setting the re-execution rate", &addr, data, nil); err != nil {
		return common.Address{}, fmt.Errorf("deploying TaskMarket: %w", err)
	}
	return addr, nil
}
