package enclave

import (
	"bytes"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/attest/abi"
)

// GramineDevice is where Gramine mounts its attestation pseudo-files inside
// an SGX enclave (sgx.remote_attestation = "dcap" in the manifest).
const GramineDevice = "/dev/attestation"

// Gramine's pseudo-files under GramineDevice.
const (
	gramineAttestationType = "attestation_type"    // "dcap", "epid" or "none"
	gramineUserReportData  = "user_report_data"    // write: the 64 bytes of report data
	gramineQuote           = "quote"               // read: the DCAP quote over them
	gramineSealKey         = "keys/_sgx_mrenclave" // read: the 16-byte MRENCLAVE sealing key
	gramineSealLabel       = "memo-compute/enclave/gramine-sealing/v1"
	platformProbeLabel     = "memo-compute/enclave/platform-probe/v1"
)

// PlatformProbe is the report data a hardware platform quotes at launch to
// read its own identity (the measurement, attributes) from the quote the
// hardware produced: SHA-256 of a fixed label, zero-padded. It binds
// nothing, and no verifier accepts it as an attestation.
func PlatformProbe() [64]byte {
	var rd [64]byte
	h := sha256.Sum256([]byte(platformProbeLabel))
	copy(rd[:], h[:])
	return rd
}

// GraminePlatform is the platform of a node running inside Gramine-SGX: it
// quotes through Gramine's /dev/attestation pseudo-files (report data
// written to user_report_data, the DCAP quote read from quote) and derives
// the sealing secret from the enclave's MRENCLAVE sealing key
// (keys/_sgx_mrenclave), which only the same enclave on the same CPU can
// read. The identity it reports (MRENCLAVE, MRSIGNER, ISV ids, DEBUG) is
// read from a quote the hardware produced, never taken from the caller.
//
// What the enclave runs is the manifest's: MRENCLAVE covers the node
// binary, the manifest (its fixed command line) and every trusted file,
// so the workload (the spec or module named on that command line) is
// measured only if the manifest lists it as a trusted file (deploy/gramine).
type GraminePlatform struct {
	root string
	mu   sync.Mutex // the pseudo-files hold one report data at a time
}

// NewGraminePlatform opens the Gramine attestation pseudo-files under root
// (GramineDevice inside an enclave; tests pass a directory laid out like
// it). It fails with ErrNoDevice when they are not there (not inside
// Gramine-SGX, or remote attestation not enabled in the manifest) and with
// ErrPlatform when attestation_type is not "dcap".
func NewGraminePlatform(root string) (*GraminePlatform, error) {
	b, err := os.ReadFile(filepath.Join(root, gramineAttestationType))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s not found: run memoc inside Gramine-SGX (gramine-sgx, see deploy/gramine) with sgx.remote_attestation = \"dcap\" in its manifest", ErrNoDevice, filepath.Join(root, gramineAttestationType))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %w", ErrNoDevice, filepath.Join(root, gramineAttestationType), err)
	}
	if t := strings.TrimSpace(string(b)); t != "dcap" {
		return nil, fmt.Errorf("%w: Gramine attestation type is %q, want \"dcap\": set sgx.remote_attestation = \"dcap\" in the manifest and install the DCAP quote provider (libsgx-dcap-default-qpl) on the host", ErrPlatform, t)
	}
	return &GraminePlatform{root: root}, nil
}

// Launch implements Platform. The enclave is already running (Gramine
// launched it): Launch quotes PlatformProbe and returns the identity in
// the quote, refusing a quote that is not an SGX quote over the probe and
// a debug enclave unless debug is set. The workload is measured by the
// manifest, not here (see GraminePlatform).
func (p *GraminePlatform) Launch(_ Workload, debug bool) (Report, Quoter, error) {
	probe := PlatformProbe()
	q, _, err := p.quote(probe)
	if err != nil {
		return Report{}, nil, err
	}
	id := Report{
		MREnclave: q.SGX.MREnclave, MRSigner: q.SGX.MRSigner,
		ISVProdID: q.SGX.ISVProdID, ISVSVN: q.SGX.ISVSVN, Debug: q.SGX.Debug(),
	}
	if id.Debug && !debug {
		return Report{}, nil, fmt.Errorf("launching on Gramine: %w: the enclave runs in SGX debug mode (the host can read its memory): sign it with sgx.debug = false in the manifest", ErrDebug)
	}
	return id, &gramineQuoter{p: p, id: id}, nil
}

// SealingSecret returns the node's sealing secret: HKDF-SHA256 of the
// enclave's MRENCLAVE sealing key (Gramine's keys/_sgx_mrenclave, EGETKEY
// with the MRENCLAVE policy), so state sealed under it opens only in the
// same enclave on the same CPU. It is never written anywhere.
func (p *GraminePlatform) SealingSecret() ([]byte, error) {
	path := filepath.Join(p.root, gramineSealKey)
	key, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: reading the sealing key %s: %w", ErrNoDevice, path, err)
	}
	defer clear(key)
	if len(key) != 16 {
		return nil, fmt.Errorf("%w: %s is %d bytes, want the 16-byte SGX sealing key", ErrPlatform, path, len(key))
	}
	secret, err := hkdf.Key(sha256.New, key, nil, gramineSealLabel, SealingSecretSize)
	if err != nil {
		return nil, fmt.Errorf("deriving the sealing secret: %w", err)
	}
	return secret, nil
}

// quote writes rd to user_report_data, reads the quote and parses it: an
// SGX quote whose report data is rd.
func (p *GraminePlatform) quote(rd [64]byte) (*abi.Quote, []byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := writeDevice(filepath.Join(p.root, gramineUserReportData), rd[:]); err != nil {
		return nil, nil, err
	}
	raw, err := os.ReadFile(filepath.Join(p.root, gramineQuote))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: reading the quote from %s: %w (is the AESM service or the DCAP quote provider running on the host?)", ErrPlatform, filepath.Join(p.root, gramineQuote), err)
	}
	q, err := checkQuote(raw, rd, false)
	if err != nil {
		return nil, nil, fmt.Errorf("quoting through Gramine: %w", err)
	}
	return q, raw, nil
}

// gramineQuoter quotes the report data of the one enclave Gramine runs,
// checking each quote still carries the identity read at launch.
type gramineQuoter struct {
	p  *GraminePlatform
	id Report
}

func (g *gramineQuoter) Quote(reportData [64]byte) ([]byte, error) {
	q, raw, err := g.p.quote(reportData)
	if err != nil {
		return nil, err
	}
	if common.Hash(q.SGX.MREnclave) != g.id.MREnclave || q.SGX.Debug() != g.id.Debug {
		return nil, fmt.Errorf("quoting through Gramine: %w: the quote's MRENCLAVE %x is not the one read at launch (%s)", ErrPlatform, q.SGX.MREnclave, g.id.MREnclave)
	}
	return bytes.Clone(raw), nil
}

// writeDevice writes b to an existing device file (pseudo-files and
// configfs attributes are neither created nor truncated).
func writeDevice(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s not found", ErrNoDevice, path)
	}
	if err != nil {
		return fmt.Errorf("%w: opening %s: %w", ErrPlatform, path, err)
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%w: writing %s: %w", ErrPlatform, path, err)
	}
	return nil
}

// checkQuote parses a quote the hardware produced and checks it is of the
// expected TEE (SGX, or TDX if td) and carries rd as its report data.
func checkQuote(raw []byte, rd [64]byte, td bool) (*abi.Quote, error) {
	q, err := abi.ParseQuote(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: parsing the quote: %w", ErrPlatform, err)
	}
	switch {
	case td && q.TD == nil:
		return nil, fmt.Errorf("%w: the quote is not a TDX quote (TEE type %#x)", ErrPlatform, q.Header.TEEType)
	case !td && q.SGX == nil:
		return nil, fmt.Errorf("%w: the quote is not an SGX quote (TEE type %#x)", ErrPlatform, q.Header.TEEType)
	case q.ReportData() != rd:
		return nil, fmt.Errorf("%w: the quote's report data is not what was written (another process writing the device at the same time?)", ErrPlatform)
	}
	return q, nil
}
