package chain

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/memo-protocol/memo-compute/contracts/bindings"
)

// MaxEndpointLength is the longest node API URL EnclaveRegistry stores.
const MaxEndpointLength = 256

// SetEndpoint records, from the enclave's operator, the URL where its node
// serves the node API, so that data owners, task owners, verifiers and peer
// enclaves find it from the registry. The URL is a claim, not evidence:
// clients verify the attestation they fetch from it.
func (c *Client) SetEndpoint(ctx context.Context, enclave common.Address, url string) (*types.Receipt, error) {
	if len(url) > MaxEndpointLength {
		return nil, fmt.Errorf("setting endpoint: URL of %d bytes, at most %d", len(url), MaxEndpointLength)
	}
	data, err := c.registry.TryPackSetEndpoint(enclave, url)
	if err != nil {
		return nil, fmt.Errorf("packing setEndpoint: %w", err)
	}
	return c.transact(ctx, "setting enclave endpoint", &c.dep.EnclaveRegistry, data, nil)
}

// Endpoint returns the node API URL enclave's operator set ("" if none).
func (c *Client) Endpoint(ctx context.Context, enclave common.Address) (string, error) {
	out, err := c.call(ctx, c.dep.EnclaveRegistry, c.registry.PackEndpointOf(enclave))
	if err != nil {
		return "", fmt.Errorf("reading endpoint: %w", err)
	}
	url, err := c.registry.UnpackEndpointOf(out)
	if err != nil {
		return "", fmt.Errorf("decoding endpoint: %w", err)
	}
	return url, nil
}

var enclaveRegisteredTopic = sync.OnceValue(func() common.Hash {
	a, err := bindings.EnclaveRegistryMetaData.ParseABI()
	if err != nil {
		panic(err) // the generated ABI is constant
	}
	return a.Events[bindings.EnclaveRegistryEnclaveRegisteredEventName].ID
})

// RegisteredEnclaves returns every enclave registered in the deployment's
// EnclaveRegistry, in registration order (whatever its status now: read
// it with Enclave). It scans the registry's logs from the deployment block
// in ranges of DefaultMaxLogRange blocks.
func (c *Client) RegisteredEnclaves(ctx context.Context) ([]common.Address, error) {
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var out []common.Address
	for from := c.dep.DeployBlock; from <= head; from += DefaultMaxLogRange {
		to := min(from+DefaultMaxLogRange-1, head)
		logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{c.dep.EnclaveRegistry}, Topics: [][]common.Hash{{enclaveRegisteredTopic()}},
		})
		if err != nil {
			return nil, fmt.Errorf("reading registrations in blocks %d–%d: %w", from, to, err)
		}
		for _, l := range logs {
			if len(l.Topics) > 1 && !l.Removed {
				out = append(out, common.BytesToAddress(l.Topics[1].Bytes()))
			}
		}
	}
	return out, nil
}
