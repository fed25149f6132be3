package devnet

import (
	"context"
	"crypto/ecdsa"
	crand "crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/memo-protocol/memo-compute/chain"
)

// ChainID is the chain id of every dev chain.
const ChainID = 1337

// Config sets up a dev chain. Zero values pick the documented defaults.
type Config struct {
	// Accounts is the number of funded dev accounts; 0 means 10.
	Accounts int
	// ListenAddr, if set (e.g. "127.0.0.1:8545", port 0 for any), serves
	// HTTP and WebSocket JSON-RPC there. Only loopback addresses are accepted.
	ListenAddr string
	// AccountETH is each dev account's ETH in wei; nil means 1,000 ETH.
	AccountETH *big.Int
	// AccountMEMO is each dev account's MEMO; nil means 1,000,000 MEMO.
	AccountMEMO *big.Int
	// Deploy sets the contract parameters. TrustSimulatedRoots is always set
	// on a dev chain. An approval committee left unset (ApprovalCommittee
	// and Quorum zero) is a committee of one, so that a dev chain with a
	// single staked verifier can approve enclaves; set one for committees.
	Deploy chain.DeployConfig
	// BlockInterval, if positive, also seals a block (empty if need be) at
	// this interval, so that block-based delays pass on an idle chain.
	// Zero seals only when transactions arrive or on Mine.
	BlockInterval time.Duration
	// LogRangeLimit, if positive, makes eth_getLogs refuse a range whose
	// last block is more than this many blocks after its first, as public
	// RPC endpoints do (geth's --rpc.rangelimit). Zero accepts any range.
	LogRangeLimit uint64
	// Logger receives the devnet's own log lines; nil logs nothing.
	Logger *slog.Logger
}

// Chain is an in-process go-ethereum chain in dev mode: a block is sealed
// as soon as a transaction arrives (and on Mine), the chain rules are pinned
// to the released Osaka fork, and the memo-compute contracts are deployed
// with funded dev accounts. Every block is the head and safe as soon as it is
// sealed; only genesis is finalized (see sealBlock). Close it when done.
type Chain struct {
	node    *node.Node
	eth     *eth.Ethereum
	logs    *filterAPI
	client  *ethclient.Client
	dep     *chain.Deployment
	keys    []*ecdsa.PrivateKey
	faucet  *chain.Client
	gov     *chain.Client
	log     *slog.Logger
	sealMu  sync.Mutex // one block is built at a time
	stop    chan struct{}
	stopped sync.WaitGroup
	httpURL string
	wsURL   string
}

// OsakaChainConfig returns the dev chain's chain rules: every fork up to and
// including Osaka active from genesis, nothing later. go-ethereum's
// params.AllDevChainProtocolChanges also switches on unreleased forks whose
// gas repricing would make every gas figure unlike mainnet's.
func OsakaChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		OsakaTime:               &zero,
		TerminalTotalDifficulty: big.NewInt(0),
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// DevKey returns the i-th deterministic dev account key. The keys are
// derived from a public seed: anyone can compute them.
func Key(i int) *ecdsa.PrivateKey {
	for n := 0; ; n++ {
		seed := crypto.Keccak256([]byte("memo-compute devnet account " + strconv.Itoa(i) + "/" + strconv.Itoa(n)))
		if k, err := crypto.ToECDSA(seed); err == nil {
			return k
		}
	}
}

// faucetIndex is the dev key that funds NewAccount; it is not listed in DevAccounts.
const faucetIndex = 1 << 20

// New starts a dev chain, deploys the contracts and funds the dev
// accounts. Dev account 0 is the deployer and governance.
func New(ctx context.Context, cfg Config) (*Chain, error) {
	n := cfg.Accounts
	if n <= 0 {
		n = 10
	}
	accountETH := orDefault(cfg.AccountETH, new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)))
	accountMEMO := orDefault(cfg.AccountMEMO, chain.Tokens(1_000_000))
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}

	keys := make([]*ecdsa.PrivateKey, n)
	alloc := core.SystemContractAllocs()
	for i := range keys {
		keys[i] = Key(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: accountETH}
	}
	faucetKey := Key(faucetIndex)
	faucetETH := new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.Ether))
	alloc[crypto.PubkeyToAddress(faucetKey.PublicKey)] = types.Account{Balance: faucetETH}

	nodeCfg := node.Config{
		Name:    "memo-devnet",
		DataDir: "",
		P2P:     p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""},
	}
	if cfg.ListenAddr != "" {
		host, portStr, err := net.SplitHostPort(cfg.ListenAddr)
		if err != nil {
			return nil, fmt.Errorf("parsing listen address %q: %w", cfg.ListenAddr, err)
		}
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return nil, fmt.Errorf("listen address %q: the dev chain serves loopback only: use 127.0.0.1", cfg.ListenAddr)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil || port < 0 || port > 65535 {
			return nil, fmt.Errorf("listen address %q: bad port", cfg.ListenAddr)
		}
		if port == 0 {
			if port, err = freePort(host); err != nil {
				return nil, err
			}
		}
		nodeCfg.HTTPHost, nodeCfg.HTTPPort = host, port
		nodeCfg.WSHost, nodeCfg.WSPort = host, port
		nodeCfg.HTTPModules = []string{"eth", "net", "web3"}
		nodeCfg.WSModules = []string{"eth", "net", "web3"}
		nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
		nodeCfg.WSOrigins = []string{"*"}
		nodeCfg.HTTPTimeouts = rpc.DefaultHTTPTimeouts
	}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("creating dev node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = &core.Genesis{
		Config:   OsakaChainConfig(ChainID),
		GasLimit: ethconfig.Defaults.Miner.GasCeil,
		BaseFee:  big.NewInt(params.InitialBaseFee),
		Alloc:    alloc,
	}
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.TxPool.NoLocals = true
	// The log index re-renders its maps on every block, which on an
	// instant-block chain costs more CPU than the chain itself; a dev chain
	// is short, so unindexed log search is fast enough.
	ethCfg.LogNoHistory = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("creating dev chain: %w", err)
	}
	logs := newFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{RangeLimit: cfg.LogRangeLimit}))
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: logs}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("starting dev node (is %s in use? pick another --port): %w", cfg.ListenAddr, err)
	}
	// The chain is proof-of-stake from genesis, which is final; seal makes
	// each new block the head.
	genesis := backend.BlockChain().CurrentBlock()
	backend.BlockChain().SetFinalized(genesis)
	backend.BlockChain().SetSafe(genesis)
	backend.SetSynced()
	d := &Chain{
		node: stack, eth: backend, logs: logs, client: ethclient.NewClient(stack.Attach()),
		keys: keys, log: logger.WithGroup("devnet"), stop: make(chan struct{}),
	}
	if cfg.ListenAddr != "" {
		d.httpURL = stack.HTTPEndpoint()
		d.wsURL = stack.WSEndpoint()
	}
	// Subscribe before anything can send a transaction.
	txs := make(chan core.NewTxsEvent, 64)
	sub := backend.TxPool().SubscribeTransactions(txs, true)
	d.stopped.Add(1)
	go d.sealLoop(txs, sub, cfg.BlockInterval)

	depCfg := cfg.Deploy
	depCfg.TrustSimulatedRoots = true
	if depCfg.ApprovalCommittee == 0 && depCfg.Quorum == 0 {
		depCfg.ApprovalCommittee = 1
	}
	dep, err := chain.Deploy(ctx, d.client, keys[0], depCfg, logger)
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("deploying to dev chain: %w", err)
	}
	d.dep = dep
	if d.gov, err = chain.NewClient(ctx, d.client, dep, keys[0], logger); err != nil {
		d.Close()
		return nil, err
	}
	d.faucet = d.gov.As(faucetKey)
	// The faucet gets half of the deployer's MEMO; dev accounts get theirs from it.
	supply, err := d.gov.MEMOBalance(ctx, d.gov.Address())
	if err != nil {
		d.Close()
		return nil, err
	}
	if _, err := d.gov.TransferMEMO(ctx, d.faucet.Address(), new(big.Int).Rsh(supply, 1)); err != nil {
		d.Close()
		return nil, fmt.Errorf("funding faucet: %w", err)
	}
	for i, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		dep.DevAccounts = append(dep.DevAccounts, chain.DevAccount{Address: addr, Key: crypto.FromECDSA(k)})
		if i == 0 {
			continue
		}
		if _, err := d.faucet.TransferMEMO(ctx, addr, accountMEMO); err != nil {
			d.Close()
			return nil, fmt.Errorf("funding dev account %d: %w", i, err)
		}
	}
	return d, nil
}

// sealLoop seals a block whenever the pool has executable transactions,
// the way `geth --dev` does with period 0. A slow ticker backs up the
// subscription so that no transaction can wait forever.
func (d *Chain) sealLoop(txs <-chan core.NewTxsEvent, sub event.Subscription, interval time.Duration) {
	defer d.stopped.Done()
	defer sub.Unsubscribe()
	// The pool sends on txs from inside its reorg, and seal waits for that
	// reorg (TxPool.Sync): if this loop read txs itself, a full channel
	// while sealing would deadlock the chain. A separate reader drains it
	// at once and leaves a single wake-up behind.
	wake := make(chan struct{}, 1)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-txs:
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		}
	}()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var blocks <-chan time.Time
	if interval > 0 {
		bt := time.NewTicker(interval)
		defer bt.Stop()
		blocks = bt.C
	}
	for {
		select {
		case <-d.stop:
			return
		case <-sub.Err():
			return
		case <-blocks:
			d.seal()
		case <-tick.C:
			if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
				continue
			}
			d.seal()
		case <-wake:
			for {
				// Stop when the pool is drained (a wake-up can come for
				// transactions Mine or the last block already took: it seals
				// nothing), or when a block took none of the pending
				// transactions (nothing more can be included).
				if pending, _ := d.eth.TxPool().Stats(); pending == 0 {
					break
				}
				if included := d.seal(); included == 0 {
					break
				}
				select {
				case <-d.stop:
					return
				default:
				}
			}
		}
	}
}

// seal seals one block and returns how many transactions it holds.
func (d *Chain) seal() int {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	return d.sealBlocks(1)
}

// sealBlocks seals n blocks and returns how many transactions the last one
// holds. The caller holds sealMu.
func (d *Chain) sealBlocks(n int) int {
	txs := 0
	for i := range n {
		var err error
		// The pool takes in every transaction sent before the call; one
		// sent while the blocks are sealed may wait for the next call.
		if txs, err = d.sealBlock(i == 0); err != nil {
			d.log.Warn("sealing block", slog.Any("err", err))
		}
	}
	// Let the pool catch up with the new head, so that transactions sent
	// right after a receipt are checked against the new state. Between the
	// blocks of one call it catches up in one go.
	_ = d.eth.TxPool().Sync()
	return txs
}

// sealBlock does what a consensus client and go-ethereum's engine API do for
// one slot, without the engine API: the miner builds a block on the head
// from the pool's pending transactions (with a random prevrandao, no
// withdrawals and a zero beacon root, as go-ethereum's simulated beacon
// does), the chain executes and stores it, and it becomes the head and the
// safe block. The block is built once (the engine API's payload building
// first builds an empty block, then the full one in the background).
//
// No block after genesis is ever finalized. go-ethereum's freezer moves
// finalized blocks out of the key-value store once a minute, and on the
// in-memory database each block it moves costs a scan of every key (the
// block-hash, state-root and transaction lookups are never moved, so the
// keys grow with the chain): a dev chain sealing blocks as fast as tests
// send transactions spent a third of its CPU freezing after 16,000 blocks,
// and more after that. Without finality the freezer starts only at
// params.FullImmutabilityThreshold blocks (90,000).
func (d *Chain) sealBlock(syncPool bool) (int, error) {
	if syncPool {
		if err := d.eth.TxPool().Sync(); err != nil {
			return 0, fmt.Errorf("syncing transaction pool: %w", err)
		}
	}
	bc := d.eth.BlockChain()
	parent := bc.CurrentBlock()
	var random common.Hash
	if _, err := crand.Read(random[:]); err != nil {
		return 0, fmt.Errorf("reading prevrandao: %w", err)
	}
	// With no transactions given, the block takes the pool's (the engine
	// API's testing_buildBlock path).
	block, _, err := d.eth.Miner().BuildTestingPayload(&miner.BuildPayloadArgs{
		Parent:      parent.Hash(),
		Timestamp:   max(uint64(time.Now().Unix()), parent.Time+1),
		Random:      random,
		Withdrawals: types.Withdrawals{},
		BeaconRoot:  &common.Hash{},
		Version:     engine.PayloadV3,
	}, nil, false, nil)
	if err != nil {
		return 0, fmt.Errorf("building block: %w", err)
	}
	if _, err := bc.InsertBlockWithoutSetHead(context.Background(), block, false); err != nil {
		return 0, fmt.Errorf("inserting block %d: %w", block.NumberU64(), err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return 0, fmt.Errorf("making block %d the head: %w", block.NumberU64(), err)
	}
	bc.SetSafe(block.Header())
	return len(block.Transactions()), nil
}

// Mine seals n blocks (empty unless transactions are pending); tests use it
// to let the unbonding delay pass.
func (d *Chain) Mine(n int) {
	d.sealMu.Lock()
	defer d.sealMu.Unlock()
	d.sealBlocks(n)
}

// Backend is the in-process JSON-RPC client of the chain.
func (d *Chain) Backend() *ethclient.Client { return d.client }

// chain.Deployment is the contracts' deployment, including the dev accounts.
func (d *Chain) Deployment() *chain.Deployment { return d.dep }

// Key returns dev account i's key (account 0 is governance).
func (d *Chain) Key(i int) *ecdsa.PrivateKey { return d.keys[i] }

// Governance is a client for dev account 0, which holds every admin role.
func (d *Chain) Governance() *chain.Client { return d.gov }

// HTTPURL is the HTTP JSON-RPC endpoint ("" unless ListenAddr was set).
func (d *Chain) HTTPURL() string { return d.httpURL }

// WSURL is the WebSocket JSON-RPC endpoint ("" unless ListenAddr was set).
func (d *Chain) WSURL() string { return d.wsURL }

// NewAccount creates a fresh random account, funds it with ethWei wei and
// memo MEMO base units from the faucet, and returns a client for it.
// Safe for concurrent use.
func (d *Chain) NewAccount(ctx context.Context, ethWei, memo *big.Int) (*chain.Client, error) {
	cs, err := d.NewAccounts(ctx, 1, ethWei, memo)
	if err != nil {
		return nil, err
	}
	return cs[0], nil
}

// NewAccounts is NewAccount for n accounts, funded in as few blocks as the
// chain allows: all funding transactions are sent before any is waited for.
func (d *Chain) NewAccounts(ctx context.Context, n int, ethWei, memo *big.Int) ([]*chain.Client, error) {
	clients := make([]*chain.Client, n)
	for i := range clients {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("generating key: %w", err)
		}
		clients[i] = d.gov.As(key)
	}
	to := make([]common.Address, n)
	for i, c := range clients {
		to[i] = c.Address()
	}
	if err := d.faucet.Fund(ctx, to, ethWei, memo); err != nil {
		return nil, err
	}
	return clients, nil
}

// Close stops the chain and its RPC servers.
func (d *Chain) Close() error {
	select {
	case <-d.stop:
		return nil
	default:
	}
	close(d.stop)
	d.stopped.Wait()
	d.logs.close()
	d.client.Close()
	return d.node.Close()
}

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func orDefault(v, def *big.Int) *big.Int {
	if v == nil {
		return def
	}
	return v
}
