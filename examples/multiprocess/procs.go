package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// procs runs memoc: one-shot commands and long-running daemons, each daemon
// in its own process group with its log in the work directory.
type procs struct {
	memoc string
	env   []string
	logs  string

	mu      sync.Mutex
	daemons []*daemon
	started int // processes started, one-shot commands included
}

// daemon is a long-running memoc process.
type daemon struct {
	name string
	cmd  *exec.Cmd
	log  *os.File
	done chan struct{}
	err  error
	// killed is set when the run stopped the daemon on purpose.
	killed bool
}

// run runs one memoc command and returns its stdout; its stderr is in the
// error when it fails.
func (p *procs) run(ctx context.Context, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, p.memoc, args...)
	cmd.Env = p.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	p.mu.Lock()
	p.started++
	p.mu.Unlock()
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("memoc %s: %w: %s", strings.Join(redact(args), " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.Bytes(), nil
}

// json runs one memoc command with --json and decodes its output into out.
func (p *procs) json(ctx context.Context, out any, args ...string) error {
	b, err := p.run(ctx, append(args, "--json")...)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("memoc %s: decoding its JSON: %w", strings.Join(redact(args), " "), err)
	}
	return nil
}

// start starts a daemon, logging to <logs>/<name>.log. If firstJSON is not
// nil, start waits for the first JSON value the daemon prints on stdout and
// decodes it there.
func (p *procs) start(name string, firstJSON any, args ...string) (*daemon, error) {
	log, err := os.OpenFile(filepath.Join(p.logs, name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(p.memoc, args...)
	cmd.Env = p.env
	cmd.Stderr = log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stdout io.ReadCloser
	if firstJSON != nil {
		if stdout, err = cmd.StdoutPipe(); err != nil {
			return nil, err
		}
	} else {
		cmd.Stdout = log
	}
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	d := &daemon{name: name, cmd: cmd, log: log, done: make(chan struct{})}
	p.mu.Lock()
	p.daemons = append(p.daemons, d)
	p.started++
	p.mu.Unlock()
	if firstJSON != nil {
		br := bufio.NewReader(stdout)
		if err := json.NewDecoder(br).Decode(firstJSON); err != nil {
			d.stop()
			return nil, fmt.Errorf("%s printed no JSON (see %s): %w", name, log.Name(), err)
		}
		go func() { _, _ = io.Copy(log, br) }()
	}
	go func() {
		d.err = cmd.Wait()
		close(d.done)
	}()
	return d, nil
}

// alive reports an error if a daemon has exited.
func (p *procs) alive() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, d := range p.daemons {
		if d.killed {
			continue
		}
		select {
		case <-d.done:
			return fmt.Errorf("%s exited (%v): see %s", d.name, d.err, d.log.Name())
		default:
		}
	}
	return nil
}

// stop interrupts the daemon and waits for it (killing it after 10 s).
func (d *daemon) stop() {
	if d.cmd.Process != nil {
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGINT)
	}
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		<-d.done
	}
	d.log.Close()
}

// kill kills the daemon at once, as a crash would.
func (d *daemon) kill() {
	d.killed = true
	_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
	<-d.done
}

// stopAll stops every daemon, newest first.
func (p *procs) stopAll() {
	p.mu.Lock()
	ds := p.daemons
	p.daemons = nil
	p.mu.Unlock()
	for i := len(ds) - 1; i >= 0; i-- {
		select {
		case <-ds[i].done:
			ds[i].log.Close()
		default:
			ds[i].stop()
		}
	}
}

// redact hides a private key given on a command line in error messages.
func redact(args []string) []string {
	out := append([]string(nil), args...)
	for i := 0; i+1 < len(out); i++ {
		if out[i] == "--key" {
			out[i+1] = "…"
		}
	}
	return out
}

// poll calls f every interval until it reports done, fails, a daemon exits
// or ctx ends.
func (p *procs) poll(ctx context.Context, what string, interval time.Duration, f func() (bool, error)) error {
	for {
		done, err := f()
		if err != nil || done {
			return err
		}
		if err := p.alive(); err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, context.Cause(ctx))
		case <-time.After(interval):
		}
	}
}
