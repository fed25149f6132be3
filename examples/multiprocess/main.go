// Command multiprocess runs memo-compute as separate OS processes on
// loopback and prints one JSON summary on stdout: a dev chain (memoc devnet,
// or any EVM JSON-RPC endpoint with --rpc and --key), TEE nodes (memoc node),
// verifiers (memoc verifier), data owners who upload slices of the UCI
// digits and grant them to the nodes through the CLI, and a company that
// publishes a federated task, sends its warm start, waits for settlement and
// fetches the model; the owners then claim their payouts. Every step is a
// memoc command, the ones docs/ walks through; the parties share nothing but
// the chain, the dataset store and HTTP.
//
// run.sh beside this file builds memoc and runs this program. Logs of every
// process are kept in the work directory (printed on stderr).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.memoc, "memoc", "memoc", "the memoc binary")
	flag.StringVar(&cfg.work, "work", "", "work directory (default a new temporary one, removed unless -keep)")
	flag.BoolVar(&cfg.keep, "keep", false, "keep the work directory (logs, homes, stores)")
	flag.StringVar(&cfg.rpc, "rpc", "", "JSON-RPC endpoint of an EVM chain to deploy to instead of starting memoc devnet (e.g. geth --dev)")
	flag.StringVar(&cfg.key, "key", "", "hex private key of the one funded account of --rpc: it deploys and funds every other party")
	flag.IntVar(&cfg.owners, "owners", 6, "data owners")
	flag.IntVar(&cfg.rounds, "rounds", 5, "FedAvg rounds")
	flag.BoolVar(&cfg.coldStart, "cold-start", false, "train from the untrained model instead of the company's warm start")
	flag.BoolVar(&cfg.standby, "standby", true, "run a third node that the owners also grant to, to re-execute sampled results")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Minute, "give up after this long")
	flag.BoolVar(&cfg.crashNode, "crash-node", false, "fault: kill node1 (SIGKILL) mid-task and start it again")
	flag.BoolVar(&cfg.bounceRPC, "bounce-rpc", false, "fault: take the chain's RPC endpoint down for 3 s mid-task")
	flag.BoolVar(&cfg.verifierOffline, "verifier-offline", false, "fault: keep the last verifier offline until the task settled")
	flag.BoolVar(&cfg.revoke, "revoke", false, "fault: owner1 revokes its grant after the task is published")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	sum, err := run(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "multiprocess:", err)
		os.Exit(1)
	}
	if err := writeJSON(os.Stdout, sum); err != nil {
		fmt.Fprintln(os.Stderr, "multiprocess:", err)
		os.Exit(1)
	}
}
