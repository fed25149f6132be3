package enclave

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest"
	"github.com/memo-protocol/memo-compute/attest/abi"
)

// TSMReportDir is the kernel's configfs-tsm report directory (Linux 6.7 and
// later, CONFIG_TSM_REPORTS, configfs mounted at /sys/kernel/config), through
// which a TDX guest gets quotes of its TD report.
const TSMReportDir = "/sys/kernel/config/tsm/report"

// Attributes of a configfs-tsm report entry.
const (
	tsmInblob     = "inblob"     // write: up to 64 bytes of report data
	tsmOutblob    = "outblob"    // read: the quote over them
	tsmProvider   = "provider"   // read: "tdx_guest" on TDX
	tsmGeneration = "generation" // read: counts writes to the entry's attributes
	tsmEntry      = "memo-compute"
	tdxProvider   = "tdx_guest"
)

// TDXPlatform is the platform of a node running in a TDX confidential VM:
// it quotes through configfs-tsm (an entry under TSMReportDir: report data
// written to inblob, the TDX quote read from outblob, provider checked to
// be tdx_guest, generation checked unchanged across the read so that no
// other writer's report data is quoted) and measures the TD as
// attest.TDMeasurement of the quote's MRTD and the RTMRs the policy names.
//
// TDX has no sealing key: a TD cannot derive a secret the host cannot also
// reproduce by relaunching it, so TDXPlatform has no SealingSecret. An
// enclave on TDX runs with Config.SharedSealing instead: it seals under a
// measurement key that it recovers after a reboot from a live peer of its
// measurement over mutually attested requests (keyshare.go,
// docs/HARDWARE.md).
type TDXPlatform struct {
	root  string
	rtmrs []int
	mu    sync.Mutex
}

// NewTDXPlatform opens configfs-tsm under root (TSMReportDir in a TD; tests
// pass a directory laid out like it) and measures the TD by MRTD and the
// RTMRs rtmrs (indices 0 to 3, e.g. 1 and 2 for the kernel and its command
// line). It fails with ErrNoDevice when root is missing (configfs-tsm not
// enabled, or not a TD).
func NewTDXPlatform(root string, rtmrs []int) (*TDXPlatform, error) {
	for _, i := range rtmrs {
		if i < 0 || i > 3 {
			return nil, fmt.Errorf("%w: RTMR %d: TDX has RTMR 0 to 3", ErrConfig, i)
		}
	}
	st, err := os.Stat(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s not found: run memoc in a TDX guest on Linux 6.7 or later with configfs-tsm enabled (CONFIG_TSM_REPORTS and CONFIG_TDX_GUEST_DRIVER; mount -t configfs none /sys/kernel/config)", ErrNoDevice, root)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrNoDevice, root, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%w: %s is not a directory: want the configfs-tsm report directory", ErrNoDevice, root)
	}
	rtmrs = slices.Clone(rtmrs)
	slices.Sort(rtmrs)
	return &TDXPlatform{root: root, rtmrs: slices.Compact(rtmrs)}, nil
}

// Launch implements Platform. The TD is already running: Launch quotes
// PlatformProbe and returns MREnclave = attest.TDMeasurement of the quote's
// MRTD and the platform's RTMRs (MRSigner and the ISV ids are zero: a TD
// has none), refusing a quote that is not a TDX quote over the probe, and
// a debug TD unless debug is set. The workload is measured by what boots
// the TD (the kernel command line or initrd in an RTMR, deploy/tdx), not here.
func (p *TDXPlatform) Launch(_ Workload, debug bool) (Report, Quoter, error) {
	q, _, err := p.quote(PlatformProbe())
	if err != nil {
		return Report{}, nil, err
	}
	id := Report{MREnclave: common.Hash(attest.TDMeasurement(q.TD, p.rtmrs)), Debug: q.TD.Debug()}
	if id.Debug && !debug {
		return Report{}, nil, fmt.Errorf("launching on TDX: %w: the TD runs in debug mode (the host can read its memory): launch it without debug in its TD attributes", ErrDebug)
	}
	return id, &tdxQuoter{p: p, id: id}, nil
}

// quote writes rd to the entry's inblob and reads its outblob: a TDX
// quote over rd from the tdx_guest provider, generated while no one else
// wrote to the entry.
func (p *TDXPlatform) quote(rd [64]byte) (*abi.Quote, []byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	entry := filepath.Join(p.root, tsmEntry)
	if err := os.Mkdir(entry, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, nil, fmt.Errorf("%w: creating the configfs-tsm report entry %s: %w (is memoc running as root in the TD?)", ErrPlatform, entry, err)
	}
	prov, err := readAttr(entry, tsmProvider)
	if err != nil {
		return nil, nil, err
	}
	if prov != tdxProvider {
		return nil, nil, fmt.Errorf("%w: configfs-tsm provider is %q, want %q: this is not a TDX guest", ErrPlatform, prov, tdxProvider)
	}
	if err := writeDevice(filepath.Join(entry, tsmInblob), rd[:]); err != nil {
		return nil, nil, err
	}
	gen, err := readAttr(entry, tsmGeneration)
	if err != nil {
		return nil, nil, err
	}
	raw, err := os.ReadFile(filepath.Join(entry, tsmOutblob))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: reading %s: %w (is the TD's quote generation service, QGS, reachable through the host?)", ErrPlatform, filepath.Join(entry, tsmOutblob), err)
	}
	after, err := readAttr(entry, tsmGeneration)
	if err != nil {
		return nil, nil, err
	}
	if after != gen {
		return nil, nil, fmt.Errorf("%w: configfs-tsm generation went from %s to %s while quoting: another process wrote to %s", ErrPlatform, gen, after, entry)
	}
	q, err := checkQuote(raw, rd, true)
	if err != nil {
		return nil, nil, fmt.Errorf("quoting through configfs-tsm: %w", err)
	}
	return q, raw, nil
}

func readAttr(entry, name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(entry, name))
	if err != nil {
		return "", fmt.Errorf("%w: reading %s: %w", ErrPlatform, filepath.Join(entry, name), err)
	}
	return strings.TrimSpace(string(b)), nil
}

// tdxQuoter quotes the TD's report data, checking each quote still carries
// the measurement read at launch.
type tdxQuoter struct {
	p  *TDXPlatform
	id Report
}

func (t *tdxQuoter) Quote(reportData [64]byte) ([]byte, error) {
	q, raw, err := t.p.quote(reportData)
	if err != nil {
		return nil, err
	}
	if m := common.Hash(attest.TDMeasurement(q.TD, t.p.rtmrs)); m != t.id.MREnclave || q.TD.Debug() != t.id.Debug {
		return nil, fmt.Errorf("quoting through configfs-tsm: %w: the quote's measurement %s is not the one read at launch (%s)", ErrPlatform, m, t.id.MREnclave)
	}
	return bytes.Clone(raw), nil
}
