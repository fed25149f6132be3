package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/train"
)

// config is what the command line sets.
type config struct {
	memoc, work    string
	keep           bool
	rpc, key       string
	owners, rounds int
	coldStart      bool
	standby        bool
	timeout        time.Duration
	verifiers      int

	// Faults (the tests'): kill the first node mid-task (SIGKILL) and
	// start it again; take the chain's RPC down for a few seconds mid-task;
	// keep the last verifier offline until the task settled; have the first
	// owner revoke its grant after the task is published.
	crashNode, bounceRPC, verifierOffline, revoke bool
}

// summary is the JSON the command prints.
type summary struct {
	Task             common.Hash `json:"task"`
	MarketTask       uint64      `json:"marketTask"`
	Accuracy         float64     `json:"accuracy"`
	BaselineAccuracy float64     `json:"baselineAccuracy"`
	// PrivacyUnit is what the task's ε protects: each record of a data
	// owner's dataset (DP-SGD over records).
	PrivacyUnit string  `json:"privacyUnit"`
	Epsilon     float64 `json:"epsilon"`
	Records     uint64  `json:"records"`
	Paid        paid    `json:"paid"`
	Slashed     []slash `json:"slashed"`
	Processes   int     `json:"processes"`
	Chain       string  `json:"chain"`
	Seconds     float64 `json:"seconds"`
	// Owners is what each data owner claimed; Nodes each assigned node's
	// last state; Faults what was done to the run and what followed.
	Owners []ownerPaid `json:"owners"`
	Nodes  []nodeState `json:"nodes"`
	Faults []string    `json:"faults,omitempty"`
}

type ownerPaid struct {
	Address common.Address `json:"address"`
	Claimed string         `json:"claimed"`
}

type nodeState struct {
	Enclave  common.Address `json:"enclave"`
	Phase    string         `json:"phase"`
	Reason   string         `json:"reason,omitempty"`
	Attempts int            `json:"attempts"`
	Round    int            `json:"round,omitempty"`
}

type paid struct {
	Users     string `json:"users"`
	Nodes     string `json:"nodes"`
	Verifiers string `json:"verifiers"`
}

type slash struct {
	Operator common.Address `json:"operator"`
	Amount   string         `json:"amount"`
}

// party is one account of the run and the memoc flags that act as it.
type party struct {
	name string
	addr common.Address
	key  string // hex, for --key-file
	file string
}

// world is the state of one run.
type world struct {
	cfg   config
	p     *procs
	home  string // the shared memoc home: deployment, sim root, company
	store string
	rpc   string // what the parties dial (the proxy's URL when there is one)
	proxy *proxy
	dep   *chain.Deployment

	gov, company       party
	nodes, verifiers   []party
	owners             []party
	nodeURLs           []string
	enclaves           []common.Address
	ownerData          []string // CSV per owner
	datasets           []string // dataset id per owner
	testCSV, companyCS string
	nodeDaemons        []*daemon
	verifierDaemons    []*daemon
}

func run(ctx context.Context, cfg config) (_ *summary, err error) {
	start := time.Now()
	if cfg.owners < 2 {
		return nil, errors.New("-owners must be at least 2")
	}
	if cfg.verifiers == 0 {
		cfg.verifiers = 3
	}
	ctx, cancel := context.WithTimeoutCause(ctx, cfg.timeout, fmt.Errorf("the run took longer than -timeout %s", cfg.timeout))
	defer cancel()
	if cfg.work == "" {
		if cfg.work, err = os.MkdirTemp("", "memo-multiprocess-"); err != nil {
			return nil, err
		}
		if !cfg.keep {
			defer os.RemoveAll(cfg.work)
		}
	}
	fmt.Fprintf(os.Stderr, "multiprocess: work directory %s\n", cfg.work)
	w := &world{cfg: cfg, home: filepath.Join(cfg.work, "home"), store: filepath.Join(cfg.work, "store")}
	logs := filepath.Join(cfg.work, "logs")
	for _, d := range []string{w.home, w.store, logs} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, err
		}
	}
	w.p = &procs{memoc: cfg.memoc, logs: logs,
		env: append(os.Environ(), "MEMOC_HOME="+w.home, "MEMOC_PASSWORD=multiprocess")}
	defer w.p.stopAll()
	defer func() {
		if w.proxy != nil {
			w.proxy.close()
		}
	}()

	steps := []struct {
		name string
		f    func(context.Context) error
	}{
		{"chain", w.startChain},
		{"data", w.deal},
		{"workload", w.allowWorkload},
		{"nodes", w.startNodes},
		{"verifiers", w.startVerifiers},
		{"approval", w.awaitActive},
		{"owners", w.ownersGrant},
	}
	for _, s := range steps {
		t := time.Now()
		if err := s.f(ctx); err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		fmt.Fprintf(os.Stderr, "multiprocess: %-10s %.1fs\n", s.name, time.Since(t).Seconds())
	}
	sum, err := w.task(ctx)
	if err != nil {
		w.tails(os.Stderr)
		return nil, fmt.Errorf("task: %w", err)
	}
	w.p.mu.Lock()
	sum.Processes = w.p.started
	w.p.mu.Unlock()
	sum.Seconds = time.Since(start).Seconds()
	return sum, nil
}

// startChain starts memoc devnet (or deploys to -rpc) and a restartable
// proxy in front of it, which every party dials.
func (w *world) startChain(ctx context.Context) error {
	target := w.cfg.rpc
	if target == "" {
		var out struct {
			HTTP string `json:"http"`
		}
		accounts := 8 + w.cfg.owners
		_, err := w.p.start("devnet", &out, "devnet", "--port", "0", "--block-time", "250ms", "--accounts", strconv.Itoa(accounts), "--json")
		if err != nil {
			return err
		}
		target = out.HTTP
	}
	u, err := url.Parse(target)
	if err != nil || u.Host == "" {
		return fmt.Errorf("chain RPC %q is not a URL", target)
	}
	if w.proxy, err = newProxy(u.Host); err != nil {
		return err
	}
	u.Host = w.proxy.addr
	w.rpc = u.String()
	if w.cfg.rpc != "" {
		if err := w.deploy(ctx); err != nil {
			return err
		}
	}
	if w.dep, err = chain.LoadDeployment(filepath.Join(w.home, "deployment.json")); err != nil {
		return err
	}
	return w.assignAccounts()
}

// deploy deploys the contracts to -rpc with -key, trusting the sim root,
// and has that account fund every other party.
func (w *world) deploy(ctx context.Context) error {
	kf := filepath.Join(w.cfg.work, "deployer.key")
	if err := os.WriteFile(kf, []byte(w.cfg.key), 0o600); err != nil {
		return err
	}
	_, err := w.p.run(ctx, "deploy", "--rpc", w.rpc, "--key-file", kf, "--trust-sim-root", "--dev-accounts", strconv.Itoa(8+w.cfg.owners))
	return err
}

// assignAccounts gives each party a dev account of the deployment: 0
// governance, 1–3 nodes (the third the standby), 4–6 verifiers, 7 the
// company, 8… the data owners.
func (w *world) assignAccounts() error {
	need := 8 + w.cfg.owners
	if len(w.dep.DevAccounts) < need {
		return fmt.Errorf("the deployment has %d funded accounts, the run needs %d", len(w.dep.DevAccounts), need)
	}
	keys := filepath.Join(w.cfg.work, "keys")
	if err := os.MkdirAll(keys, 0o700); err != nil {
		return err
	}
	mk := func(name string, i int) (party, error) {
		a := w.dep.DevAccounts[i]
		k, err := a.PrivateKey()
		if err != nil {
			return party{}, err
		}
		p := party{name: name, addr: a.Address, key: fmt.Sprintf("%x", crypto.FromECDSA(k)), file: filepath.Join(keys, name+".key")}
		return p, os.WriteFile(p.file, []byte(p.key), 0o600)
	}
	var err error
	if w.gov, err = mk("governance", 0); err != nil {
		return err
	}
	if w.company, err = mk("company", 7); err != nil {
		return err
	}
	nodes := 2
	if w.cfg.standby {
		nodes = 3
	}
	for i := range nodes {
		p, err := mk(fmt.Sprintf("node%d", i+1), 1+i)
		if err != nil {
			return err
		}
		w.nodes = append(w.nodes, p)
	}
	for i := range w.cfg.verifiers {
		p, err := mk(fmt.Sprintf("verifier%d", i+1), 4+i)
		if err != nil {
			return err
		}
		w.verifiers = append(w.verifiers, p)
	}
	for i := range w.cfg.owners {
		p, err := mk(fmt.Sprintf("owner%d", i+1), 8+i)
		if err != nil {
			return err
		}
		w.owners = append(w.owners, p)
	}
	return nil
}

// chainArgs are the flags every command needs to reach the chain.
func (w *world) chainArgs(p party) []string {
	return []string{"--rpc", w.rpc, "--key-file", p.file}
}

// deal writes the data: the UCI digits split into a held-out test set, the
// company's own share (its warm start) and one slice per data owner.
func (w *world) deal(context.Context) error {
	d, err := train.Digits()
	if err != nil {
		return err
	}
	rest, test, err := train.Split(d, 0.2, 7)
	if err != nil {
		return err
	}
	parts, err := train.Partition(rest, w.cfg.owners+1, false, 7)
	if err != nil {
		return err
	}
	dir := filepath.Join(w.cfg.work, "data")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	write := func(name string, ds *train.Dataset) (string, error) {
		path := filepath.Join(dir, name)
		return path, writeCSV(path, ds)
	}
	if w.testCSV, err = write("test.csv", test); err != nil {
		return err
	}
	if w.companyCS, err = write("company.csv", parts[0]); err != nil {
		return err
	}
	for i := range w.cfg.owners {
		path, err := write(fmt.Sprintf("owner%d.csv", i+1), parts[i+1])
		if err != nil {
			return err
		}
		w.ownerData = append(w.ownerData, path)
	}
	return nil
}

// writeCSV writes a digits dataset with its header (p0…p63, label).
func writeCSV(path string, d *train.Dataset) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var b strings.Builder
	for i := range d.Schema.NumFeatures() {
		fmt.Fprintf(&b, "p%d,", i)
	}
	b.WriteString("label\n")
	for i := range d.Len() {
		for _, v := range d.Row(i) {
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(d.Y[i]))
		b.WriteByte('\n')
	}
	_, err = io.WriteString(f, b.String())
	return errors.Join(err, f.Close())
}

func (w *world) specFile() string { return filepath.Join(w.cfg.work, "spec.json") }

// allowWorkload writes the task's training spec (the company's choice,
// standardised by its own data) and has governance allow the measurement of
// an enclave running it.
func (w *world) allowWorkload(ctx context.Context) error {
	var spec struct {
		Measurement common.Hash `json:"measurement"`
	}
	if err := w.p.json(ctx, &spec, "task", "spec", "--data", w.companyCS, "--rounds", strconv.Itoa(w.cfg.rounds), "--out", w.specFile()); err != nil {
		return err
	}
	if _, err := w.p.run(ctx, append([]string{"govern", "allow-measurement", spec.Measurement.Hex()}, w.chainArgs(w.gov)...)...); err != nil {
		return err
	}
	// 40 blocks (10 s) to reveal, not the default 1,000: a committee with
	// a silent member settles within the run.
	_, err := w.p.run(ctx, append([]string{"govern", "reveal-window", "40"}, w.chainArgs(w.gov)...)...)
	return err
}

// freePort returns a free loopback address.
func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startNode starts node i's daemon on addr.
func (w *world) startNode(i int, addr string) (*daemon, error) {
	n := w.nodes[i]
	return w.p.start(n.name, nil, append([]string{"node", "--data-dir", filepath.Join(w.cfg.work, n.name), "--spec", w.specFile(),
		"--listen", addr, "--store", w.store, "--log-format", "json"}, w.chainArgs(n)...)...)
}

func (w *world) startNodes(context.Context) error {
	for i := range w.nodes {
		addr, err := freePort()
		if err != nil {
			return err
		}
		d, err := w.startNode(i, addr)
		if err != nil {
			return err
		}
		w.nodeDaemons = append(w.nodeDaemons, d)
		w.nodeURLs = append(w.nodeURLs, "http://"+addr)
	}
	return nil
}

func (w *world) startVerifiers(context.Context) error {
	for i := range w.verifiers {
		d, err := w.startVerifier(i)
		if err != nil {
			return err
		}
		w.verifierDaemons = append(w.verifierDaemons, d)
	}
	return nil
}

// startVerifier starts verifier i's daemon (again, after a stop: its state
// is in its data directory).
func (w *world) startVerifier(i int) (*daemon, error) {
	v := w.verifiers[i]
	addr, err := freePort()
	if err != nil {
		return nil, err
	}
	return w.p.start(v.name, nil, append([]string{"verifier", "--data-dir", filepath.Join(w.cfg.work, v.name),
		"--listen", addr, "--store", w.store, "--log-format", "json"}, w.chainArgs(v)...)...)
}

// stake reads a party's stake.
func (w *world) stake(ctx context.Context, p party) (*big.Int, error) {
	var st struct {
		Stake tokenString `json:"stake"`
	}
	if err := w.p.json(ctx, &st, "status", p.addr.Hex(), "--rpc", w.rpc); err != nil {
		return nil, err
	}
	return st.Stake.v(), nil
}

// crashNode waits until node1's enclave is in the task's second FedAvg
// round, kills the node (SIGKILL: no shutdown), and starts it again on the
// same address and data directory.
func (w *world) crashNode(ctx context.Context, task common.Hash) (string, error) {
	round := 0
	err := w.p.poll(ctx, "node1 to start training", 100*time.Millisecond, func() (bool, error) {
		var st struct {
			Nodes []nodeState `json:"nodes"`
		}
		if err := w.p.json(ctx, &st, "task", "status", task.Hex(), "--rpc", w.rpc); err != nil {
			return false, err
		}
		for _, n := range st.Nodes {
			if n.Enclave == w.enclaves[0] && n.Phase == "running" && n.Round >= 2 {
				round = n.Round
				return true, nil
			}
			if n.Enclave == w.enclaves[0] && n.Phase != "accepted" && n.Phase != "running" {
				return false, fmt.Errorf("node1 got to %s before it could be crashed mid-task: use more -rounds", n.Phase)
			}
		}
		return false, nil
	})
	if err != nil {
		return "", err
	}
	w.nodeDaemons[0].kill()
	d, err := w.startNode(0, strings.TrimPrefix(w.nodeURLs[0], "http://"))
	if err != nil {
		return "", err
	}
	w.nodeDaemons[0] = d
	return fmt.Sprintf("node1 was killed (SIGKILL) in FedAvg round %d and restarted from its data directory", round), nil
}

// nodeView is what memoc user nodes prints of a node.
type nodeView struct {
	Enclave  common.Address `json:"enclave"`
	Operator common.Address `json:"operator"`
	Status   string         `json:"status"`
	URL      string         `json:"url"`
}

// awaitActive waits until the registry lists every node's enclave active,
// approved by the verifiers' committees.
func (w *world) awaitActive(ctx context.Context) error {
	return w.p.poll(ctx, "the nodes' approval", 500*time.Millisecond, func() (bool, error) {
		var out []nodeView
		if err := w.p.json(ctx, &out, "user", "nodes", "--rpc", w.rpc); err != nil {
			return false, err
		}
		w.enclaves = make([]common.Address, len(w.nodes))
		active := 0
		for _, n := range out {
			for i, p := range w.nodes {
				if n.Operator == p.addr && n.Status == "active" {
					w.enclaves[i] = n.Enclave
					active++
				}
			}
		}
		return active == len(w.nodes), nil
	})
}

// ownerHome is owner i's memoc home (its key); the deployment and sim root
// are the shared ones.
func (w *world) ownerArgs(i int) []string {
	return []string{"--home", filepath.Join(w.cfg.work, w.owners[i].name), "--deployment", filepath.Join(w.home, "deployment.json"),
		"--sim-root", filepath.Join(w.home, "simroot.pem"), "--rpc", w.rpc}
}

// ownersGrant has every data owner import its key, encrypt and upload its
// slice, and grant it to one of the two assigned nodes (alternately) and to
// the standby, handing each grant to the node, which relays it on chain.
func (w *world) ownersGrant(ctx context.Context) error {
	for i := range w.owners {
		args := w.ownerArgs(i)
		if _, err := w.p.run(ctx, append([]string{"user", "import", "--key-file", w.owners[i].file}, args...)...); err != nil {
			return err
		}
		var up struct {
			Dataset string `json:"dataset"`
		}
		if err := w.p.json(ctx, &up, append([]string{"user", "upload", "--data", w.ownerData[i], "--store", w.store}, args...)...); err != nil {
			return err
		}
		w.datasets = append(w.datasets, up.Dataset)
		targets := []int{i % 2}
		if w.cfg.standby {
			targets = append(targets, 2)
		}
		for _, n := range targets {
			g := append([]string{"user", "grant", "--dataset", up.Dataset, "--node", w.nodeURLs[n], "--epsilon", "10",
				"--allow-reexecution", "--task-owner", w.company.addr.Hex()}, args...)
			if _, err := w.p.run(ctx, g...); err != nil {
				return err
			}
		}
	}
	return nil
}

// task runs the company's side: publish, send the warm start, wait for the
// market to settle, fetch and evaluate the model; then the owners claim.
func (w *world) task(ctx context.Context) (*summary, error) {
	before, err := w.balances(ctx)
	if err != nil {
		return nil, err
	}
	co := w.chainArgs(w.company)
	sum := &summary{PrivacyUnit: "record", Chain: "memoc devnet", Slashed: []slash{}}
	if w.cfg.rpc != "" {
		sum.Chain = w.cfg.rpc
	}
	var pub struct {
		Task       common.Hash `json:"task"`
		MarketTask uint64      `json:"marketTask"`
		Records    uint64      `json:"records"`
	}
	args := append([]string{"task", "publish", "--spec", w.specFile(), "--fee", "1000", "--voting-window", "30", "--reexecute",
		"--nodes", w.enclaves[0].Hex() + "," + w.enclaves[1].Hex()}, co...)
	warm := filepath.Join(w.cfg.work, "warm.bin")
	if sum.BaselineAccuracy, err = w.baseline(ctx, warm); err != nil {
		return nil, err
	}
	if !w.cfg.coldStart {
		args = append(args, "--init", warm)
	}
	if err := w.p.json(ctx, &pub, args...); err != nil {
		return nil, err
	}
	sum.Task, sum.MarketTask, sum.Records = pub.Task, pub.MarketTask, pub.Records
	fmt.Fprintf(os.Stderr, "multiprocess: task %s (market task %d) published\n", pub.Task.Hex(), pub.MarketTask)
	if w.cfg.revoke {
		// The first owner withdraws its consent before the node runs
		// (the node waits for the company's input).
		r := append([]string{"user", "revoke", "--dataset", w.datasets[0], "--enclave", w.enclaves[0].Hex()}, w.ownerArgs(0)...)
		if _, err := w.p.run(ctx, r...); err != nil {
			return nil, err
		}
		sum.Faults = append(sum.Faults, fmt.Sprintf("owner1 (%s) revoked its grant to node1 after the task was published", w.owners[0].addr.Hex()))
	}
	if w.cfg.verifierOffline {
		w.verifierDaemons[len(w.verifierDaemons)-1].kill()
		sum.Faults = append(sum.Faults, "verifier"+strconv.Itoa(len(w.verifiers))+" went offline before the task")
	}
	if !w.cfg.coldStart {
		if _, err := w.p.run(ctx, append([]string{"task", "send-input", pub.Task.Hex()}, co...)...); err != nil {
			return nil, err
		}
	}
	if w.cfg.crashNode {
		note, err := w.crashNode(ctx, pub.Task)
		if err != nil {
			return nil, err
		}
		sum.Faults = append(sum.Faults, note)
	}
	if w.cfg.bounceRPC {
		w.proxy.down()
		time.Sleep(3 * time.Second)
		if err := w.proxy.up(); err != nil {
			return nil, err
		}
		sum.Faults = append(sum.Faults, "the chain's RPC endpoint was down for 3 s while the nodes trained")
	}

	// Wait for settlement, following the task on chain and on the nodes.
	var st struct {
		Settled bool `json:"settled"`
		Slots   []struct {
			Operator common.Address `json:"operator"`
			State    string         `json:"state"`
		} `json:"slots"`
		Nodes []nodeState `json:"nodes"`
	}
	err = w.p.poll(ctx, "settlement", time.Second, func() (bool, error) {
		if err := w.p.json(ctx, &st, "task", "status", pub.Task.Hex(), "--rpc", w.rpc); err != nil {
			return false, err
		}
		return st.Settled, nil
	})
	if err != nil {
		return nil, err
	}
	// The nodes see the settlement and withdraw what it paid them (the
	// standby its re-execution pay); wait for both before reading balances.
	err = w.p.poll(ctx, "the nodes to withdraw their earnings", 250*time.Millisecond, func() (bool, error) {
		if err := w.p.json(ctx, &st, "task", "status", pub.Task.Hex(), "--rpc", w.rpc); err != nil {
			return false, err
		}
		for _, n := range st.Nodes {
			if n.Phase != "settled" {
				return false, nil
			}
		}
		return w.earningsWithdrawn(ctx)
	})
	if err != nil {
		return nil, err
	}
	var res struct {
		TestAccuracy float64 `json:"testAccuracy"`
		Epsilon      float64 `json:"epsilon"`
	}
	if err := w.p.json(ctx, &res, append([]string{"task", "result", pub.Task.Hex(), "--test", w.testCSV,
		"--out", filepath.Join(w.cfg.work, "model.json")}, co...)...); err != nil {
		return nil, err
	}
	sum.Accuracy, sum.Epsilon, sum.Nodes = res.TestAccuracy, res.Epsilon, st.Nodes
	if w.cfg.verifierOffline {
		// The offline verifier comes back: it finds its seats missed and
		// settles them, paying the silence penalty.
		v := len(w.verifiers) - 1
		before, err := w.stake(ctx, w.verifiers[v])
		if err != nil {
			return nil, err
		}
		if _, err := w.startVerifier(v); err != nil {
			return nil, err
		}
		var now *big.Int
		err = w.p.poll(ctx, "the offline verifier's settlement", 500*time.Millisecond, func() (bool, error) {
			var err error
			now, err = w.stake(ctx, w.verifiers[v])
			return err == nil && now.Cmp(before) < 0, nil
		})
		if err != nil {
			return nil, err
		}
		sum.Faults = append(sum.Faults, fmt.Sprintf("verifier%d, back after settlement, paid the silence penalty: stake %s → %s", v+1, before, now))
	}

	users := new(big.Int)
	for i := range w.owners {
		var cl struct {
			Total tokenString `json:"total"`
		}
		if err := w.p.json(ctx, &cl, append([]string{"user", "claim"}, w.ownerArgs(i)...)...); err != nil {
			return nil, err
		}
		users.Add(users, cl.Total.v())
		sum.Owners = append(sum.Owners, ownerPaid{Address: w.owners[i].addr, Claimed: cl.Total.v().String()})
	}
	after, err := w.balances(ctx)
	if err != nil {
		return nil, err
	}
	sum.Paid.Users = users.String()
	sum.Paid.Nodes = gained(before, after, w.nodes).String()
	sum.Paid.Verifiers = gained(before, after, w.verifiers).String()
	for _, s := range st.Slots {
		if s.State == "failed" || s.State == "missing" {
			lost := new(big.Int).Sub(before[s.Operator].stake, after[s.Operator].stake)
			sum.Slashed = append(sum.Slashed, slash{Operator: s.Operator, Amount: lost.String()})
		}
	}
	return sum, nil
}

// baseline returns the accuracy on the held-out test set of the company's
// model before the task: its warm start, trained on its own share (written
// to warm for --init), or with -cold-start the untrained model the task
// starts from.
func (w *world) baseline(ctx context.Context, warm string) (float64, error) {
	if !w.cfg.coldStart {
		var tr struct {
			TestAccuracy float64 `json:"testAccuracy"`
		}
		err := w.p.json(ctx, &tr, "train", "--data", w.companyCS, "--test", w.testCSV, "--rounds", "20", "--out", warm)
		return tr.TestAccuracy, err
	}
	b, err := os.ReadFile(w.specFile())
	if err != nil {
		return 0, err
	}
	var spec train.Spec
	if err := json.Unmarshal(b, &spec); err != nil {
		return 0, err
	}
	m, err := spec.Untrained()
	if err != nil {
		return 0, err
	}
	f, err := os.Open(w.testCSV)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	test, err := train.ReadCSV(f, train.CSVOptions{Label: "label", Classes: spec.Classes})
	if err != nil {
		return 0, err
	}
	acc, _, err := m.Evaluate(test)
	return acc, err
}

// earningsWithdrawn reports whether no node operator has earnings left in
// TaskMarket.
func (w *world) earningsWithdrawn(ctx context.Context) (bool, error) {
	backend, err := ethclient.DialContext(ctx, w.rpc)
	if err != nil {
		return false, err
	}
	defer backend.Close()
	c, err := chain.NewClient(ctx, backend, w.dep, nil, nil)
	if err != nil {
		return false, err
	}
	for _, n := range w.nodes {
		e, err := c.Earnings(ctx, n.addr)
		if err != nil {
			return false, err
		}
		if e.Sign() != 0 {
			return false, nil
		}
	}
	return true, nil
}

// tails writes the last lines of every process's log (not its debug
// lines) to out: what went wrong, when a run fails.
func (w *world) tails(out io.Writer) {
	logs, _ := filepath.Glob(filepath.Join(w.p.logs, "*.log"))
	for _, path := range logs {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if !strings.Contains(l, `"level":"DEBUG"`) {
				lines = append(lines, l)
			}
		}
		fmt.Fprintf(out, "--- %s (last lines)\n", filepath.Base(path))
		for _, l := range lines[max(0, len(lines)-6):] {
			fmt.Fprintln(out, l)
		}
	}
}

// tokenString is a token amount printed as a decimal string.
type tokenString string

func (t tokenString) v() *big.Int {
	v, ok := new(big.Int).SetString(string(t), 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

type balance struct{ memo, stake *big.Int }

// balances reads every operator's and verifier's MEMO and stake.
func (w *world) balances(ctx context.Context) (map[common.Address]balance, error) {
	out := map[common.Address]balance{}
	for _, p := range append(append([]party{}, w.nodes...), w.verifiers...) {
		var st struct {
			MEMO  tokenString `json:"memo"`
			Stake tokenString `json:"stake"`
		}
		if err := w.p.json(ctx, &st, "status", p.addr.Hex(), "--rpc", w.rpc); err != nil {
			return nil, err
		}
		out[p.addr] = balance{memo: st.MEMO.v(), stake: st.Stake.v()}
	}
	return out, nil
}

// gained sums the liquid MEMO the parties gained between two snapshots.
func gained(before, after map[common.Address]balance, ps []party) *big.Int {
	sum := new(big.Int)
	for _, p := range ps {
		sum.Add(sum, new(big.Int).Sub(after[p.addr].memo, before[p.addr].memo))
	}
	return sum
}

func writeJSON(f *os.File, v any) error {
	enc := json.NewEncoder(f)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
