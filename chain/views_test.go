package chain_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// views reads many contract views in one JSON-RPC batch: the same eth_calls
// a Client makes one by one, in one round trip served by one handler
// goroutine. The property tests read every balance and stake after every
// step; on the in-process chain the round trips cost about as much as the
// calls. Add the reads, then run them; each result is stored through the
// pointer its add method took.
type views struct {
	dep    *chain.Deployment
	elems  []rpc.BatchElem
	decode []func([]byte) error
}

var (
	viewToken   = bindings.NewMemoToken()
	viewStaking = bindings.NewStaking()
)

func newViews(dep *chain.Deployment) *views { return &views{dep: dep} }

func (v *views) add(to common.Address, data []byte, decode func([]byte) error) {
	v.elems = append(v.elems, rpc.BatchElem{
		Method: "eth_call",
		Args:   []any{map[string]any{"to": to, "data": hexutil.Bytes(data)}, "latest"},
		Result: new(hexutil.Bytes),
	})
	v.decode = append(v.decode, decode)
}

// balance reads account's MEMO balance into out.
func (v *views) balance(account common.Address, out **big.Int) {
	v.add(v.dep.Token, viewToken.PackBalanceOf(account), func(b []byte) (err error) {
		*out, err = viewToken.UnpackBalanceOf(b)
		return err
	})
}

// stake reads operator's Staking record into out, as Client.StakeOf does.
func (v *views) stake(operator common.Address, out *chain.StakeInfo) {
	v.add(v.dep.Staking, viewStaking.PackStakeOf(operator), func(b []byte) error {
		op, err := viewStaking.UnpackStakeOf(b)
		if err != nil {
			return err
		}
		*out = chain.StakeInfo{Role: chain.Role(op.Role), Staked: op.Staked, Locked: op.Locked, LockCount: uint32(op.LockCount.Uint64()),
			LockedUntil: uint64(op.LockedUntil), Unbonding: op.Unbonding, ReadyBlock: op.UnbondReadyBlock,
			VerifierID: uint32(op.VerifierId.Uint64()), SeatRanks: op.SeatRanks}
		return nil
	})
}

// seatCount reads Staking's seat count into out.
func (v *views) seatCount(out *uint64) {
	v.add(v.dep.Staking, viewStaking.PackSeatCount(), func(b []byte) error {
		n, err := viewStaking.UnpackSeatCount(b)
		if err == nil {
			*out = n.Uint64()
		}
		return err
	})
}

// seat reads seat index's verifier and rank into account and rank.
func (v *views) seat(index uint64, account *common.Address, rank *uint64) {
	v.add(v.dep.Staking, viewStaking.PackSeatAt(new(big.Int).SetUint64(index)), func(b []byte) error {
		s, err := viewStaking.UnpackSeatAt(b)
		if err == nil {
			*account, *rank = s.Verifier, s.Rank.Uint64()
		}
		return err
	})
}

// run sends the batch over c's connection and decodes every result.
func (v *views) run(ctx context.Context, c *chain.Client) error {
	if len(v.elems) == 0 {
		return nil
	}
	rc, ok := c.Backend().(interface{ Client() *rpc.Client })
	if !ok {
		return fmt.Errorf("backend %T has no JSON-RPC client", c.Backend())
	}
	if err := rc.Client().BatchCallContext(ctx, v.elems); err != nil {
		return fmt.Errorf("reading views: %w", err)
	}
	for i, e := range v.elems {
		if e.Error != nil {
			return fmt.Errorf("reading view %d: %w", i, e.Error)
		}
		if err := v.decode[i](*e.Result.(*hexutil.Bytes)); err != nil {
			return fmt.Errorf("decoding view %d: %w", i, err)
		}
	}
	return nil
}
