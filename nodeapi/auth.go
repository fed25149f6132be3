package nodeapi

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Headers of a signed request: the account that signs, when, a fresh
// nonce, and its signature of RequestDigest.
const (
	HeaderSigner    = "Memo-Signer"
	HeaderTimestamp = "Memo-Timestamp" // Unix seconds
	HeaderNonce     = "Memo-Nonce"     // 0x and 32 bytes of hex
	HeaderSignature = "Memo-Signature" // 0x and 65 bytes [R ‖ S ‖ V]
)

// MaxClockSkew is how far a signed request's timestamp may be from the
// node's clock; a nonce is remembered that long, so a request cannot be
// replayed.
const MaxClockSkew = 5 * time.Minute

const requestDomain = "memo-compute/nodeapi/request/v1"

// ErrUnauthenticated is returned for a request whose signature is missing,
// malformed, stale or replayed.
var ErrUnauthenticated = errors.New("request not authenticated")

// RequestDigest is what a signed request's signer signs (as an EIP-191
// personal message, so that wallets can sign it): keccak256(domain ‖ 0 ‖
// method ‖ 0 ‖ path ‖ 0 ‖ keccak256(body) ‖ timestamp (8 bytes) ‖ nonce).
func RequestDigest(method, path string, body []byte, timestamp int64, nonce common.Hash) common.Hash {
	b := []byte(requestDomain)
	b = append(append(append(b, 0), method...), 0)
	b = append(append(b, path...), 0)
	b = append(b, crypto.Keccak256(body)...)
	b = binary.BigEndian.AppendUint64(b, uint64(timestamp))
	return crypto.Keccak256Hash(b, nonce[:])
}

// SignRequest signs req (whose body is body) as key's account at now.
func SignRequest(req *http.Request, body []byte, key *ecdsa.PrivateKey, now time.Time) error {
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return err
	}
	ts := now.Unix()
	d := RequestDigest(req.Method, req.URL.EscapedPath(), body, ts, nonce)
	sig, err := crypto.Sign(accounts.TextHash(d[:]), key)
	if err != nil {
		return err
	}
	sig[64] += 27
	req.Header.Set(HeaderSigner, crypto.PubkeyToAddress(key.PublicKey).Hex())
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderNonce, nonce.Hex())
	req.Header.Set(HeaderSignature, hexutil.Encode(sig))
	return nil
}

// Nonces remembers the nonces of signed requests within MaxClockSkew, so
// that each is accepted once. The zero value is ready; safe for concurrent
// use.
type Nonces struct {
	mu   sync.Mutex
	seen map[common.Hash]time.Time
}

func (n *Nonces) use(nonce common.Hash, now time.Time) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.seen == nil {
		n.seen = map[common.Hash]time.Time{}
	}
	for k, t := range n.seen {
		if now.Sub(t) > 2*MaxClockSkew {
			delete(n.seen, k)
		}
	}
	if _, ok := n.seen[nonce]; ok {
		return false
	}
	n.seen[nonce] = now
	return true
}

// VerifyRequest checks a signed request (body is its body) at now and
// returns its signer: the signature must recover to the Memo-Signer
// account, the timestamp be within MaxClockSkew and the nonce not seen in
// nonces before. Errors wrap ErrUnauthenticated.
func VerifyRequest(r *http.Request, body []byte, nonces *Nonces, now time.Time) (common.Address, error) {
	fail := func(format string, a ...any) (common.Address, error) {
		return common.Address{}, fmt.Errorf("%w: %s", ErrUnauthenticated, fmt.Sprintf(format, a...))
	}
	h := r.Header
	if h.Get(HeaderSignature) == "" {
		return fail("no %s header: sign the request as the task's owner", HeaderSignature)
	}
	signer := h.Get(HeaderSigner)
	if !common.IsHexAddress(signer) {
		return fail("%s is not an address", HeaderSigner)
	}
	ts, err := strconv.ParseInt(h.Get(HeaderTimestamp), 10, 64)
	if err != nil {
		return fail("%s is not Unix seconds", HeaderTimestamp)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > MaxClockSkew || d < -MaxClockSkew {
		return fail("timestamp %d is %s from the node's clock (at most %s)", ts, d.Round(time.Second), MaxClockSkew)
	}
	nonce, err := ParseHash(h.Get(HeaderNonce))
	if err != nil {
		return fail("%s: %v", HeaderNonce, err)
	}
	sig, err := hexutil.Decode(h.Get(HeaderSignature))
	if err != nil || len(sig) != 65 {
		return fail("%s is not 65 bytes of hex", HeaderSignature)
	}
	sig = append([]byte(nil), sig...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	d := RequestDigest(r.Method, r.URL.EscapedPath(), body, ts, nonce)
	pub, err := crypto.SigToPub(accounts.TextHash(d[:]), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != common.HexToAddress(signer) {
		return fail("signature is not %s's", signer)
	}
	if !nonces.use(nonce, now) {
		return fail("nonce %s was used before (a replayed request)", nonce.TerminalString())
	}
	return common.HexToAddress(signer), nil
}
