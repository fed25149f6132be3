package nodeapi

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/grant"
)

// RA-TLS. A node that other machines reach serves its API over TLS with a
// self-signed certificate; its enclave binds the SHA-256 of the
// certificate key's DER SubjectPublicKeyInfo into the report data of every
// attestation (enclave.Config.TLSKeyHash, grant.Attestation.TLSKeyHash).
// No certificate authority vouches for the key: the attestation does. A
// client over https therefore
//
//  1. fetches the attestation (Client.Attestation), which it accepts only
//     if the document binds the key of the connection it came over;
//  2. verifies the document (grant.VerifyNode), which proves the quote
//     binds that key hash to the enclave, its operator and the deployment;
//  3. pins the key (WithPinnedKey): every later connection that presents
//     another key is refused during the handshake.
//
// Client.Verify does all three. Until it pins a key, an https client is
// encrypted but not authenticated (any key is accepted): good enough for
// what every document the API serves is checked against anyway (the task
// document against its hash on chain, evidence and envelopes against the
// enclaves' signatures, grants and inputs sealed to the enclave's key),
// and what the daemons use between themselves; a party that wants to know
// it talks to the attested node pins.
//
// The key is the node's, kept in its data directory, not the enclave's:
// TLS here ties the connection to the node that runs the attested enclave
// and keeps the network out. It does not keep out the node's own operator,
// who is the host; what must stay secret from the operator is sealed to
// the enclave or encrypted to the task owner whatever the transport.

// Files of a node's TLS identity in its data directory.
const (
	TLSKeyFile  = "tls.key" // the ECDSA P-256 key, PKCS#8 PEM, mode 0600
	TLSCertFile = "tls.crt" // its self-signed certificate, PEM
)

// tlsCertLifetime is how long a certificate LoadOrCreateTLS issues is
// valid; it issues a new one (same key, same hash) when less than
// tlsCertRenew of it is left.
const (
	tlsCertLifetime = 365 * 24 * time.Hour
	tlsCertRenew    = 30 * 24 * time.Hour
)

var (
	// ErrTLSKey is returned when a node's connection presents a TLS key
	// other than the one pinned, or than the attestation it served binds:
	// a man in the middle, or a node that is not the attested one.
	ErrTLSKey = errors.New("node TLS key is not the attested one")
)

// SPKIHash is the hash a node's attestation binds for its TLS key: SHA-256
// of the DER SubjectPublicKeyInfo of cert.
func SPKIHash(cert *x509.Certificate) common.Hash {
	return sha256.Sum256(cert.RawSubjectPublicKeyInfo)
}

// TLSIdentity is a node's TLS key and self-signed certificate.
type TLSIdentity struct {
	cert    tls.Certificate
	keyHash common.Hash
}

// KeyHash returns SPKIHash of the identity's certificate: what the
// enclave binds (enclave.Config.TLSKeyHash).
func (id *TLSIdentity) KeyHash() common.Hash { return id.keyHash }

// ServerConfig returns the TLS configuration a node serves its API with:
// TLS 1.3, the identity's certificate.
func (id *TLSIdentity) ServerConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{id.cert}}
}

// LoadOrCreateTLS loads the node's TLS identity from dir (TLSKeyFile and
// TLSCertFile), creating the key the first time. The key, and so its hash,
// never changes once created; the certificate is (re)issued from it when
// it is missing, does not match the key, or expires within 30 days of now.
func LoadOrCreateTLS(dir string, now time.Time) (*TLSIdentity, error) {
	key, err := loadOrCreateKey(filepath.Join(dir, TLSKeyFile))
	if err != nil {
		return nil, err
	}
	certPath := filepath.Join(dir, TLSCertFile)
	cert, err := loadCert(certPath, key, now)
	if err != nil {
		if cert, err = selfSign(key, now); err != nil {
			return nil, fmt.Errorf("issuing the node's TLS certificate: %w", err)
		}
		b := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})
		if err := os.WriteFile(certPath, b, 0o644); err != nil {
			return nil, fmt.Errorf("writing the node's TLS certificate: %w", err)
		}
	}
	return &TLSIdentity{
		cert:    tls.Certificate{Certificate: [][]byte{cert.Raw}, PrivateKey: key, Leaf: cert},
		keyHash: SPKIHash(cert),
	}, nil
}

func loadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return nil, err
		}
		der, err := x509.MarshalPKCS8PrivateKey(key)
		if err != nil {
			return nil, err
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("creating the node's TLS key: %w", err)
		}
		_, err = f.Write(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
		if err = errors.Join(err, f.Close()); err != nil {
			return nil, fmt.Errorf("writing the node's TLS key: %w", err)
		}
		return key, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the node's TLS key: %w", err)
	}
	blk, _ := pem.Decode(b)
	if blk == nil || blk.Type != "PRIVATE KEY" {
		return nil, fmt.Errorf("%s is not a PEM private key (move it away to create a new key; the node's attestation will bind the new one)", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	key, ok := k.(*ecdsa.PrivateKey)
	if !ok || key.Curve != elliptic.P256() {
		return nil, fmt.Errorf("%s is not an ECDSA P-256 key", path)
	}
	return key, nil
}

// loadCert reads the certificate at path; it fails unless the certificate
// is of key and valid for at least tlsCertRenew after now.
func loadCert(path string, key *ecdsa.PrivateKey, now time.Time) (*x509.Certificate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	blk, _ := pem.Decode(b)
	if blk == nil || blk.Type != "CERTIFICATE" {
		return nil, errors.New("not a PEM certificate")
	}
	cert, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		return nil, err
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	switch {
	case !ok || !pub.Equal(&key.PublicKey):
		return nil, errors.New("certificate of another key")
	case now.Before(cert.NotBefore) || now.Add(tlsCertRenew).After(cert.NotAfter):
		return nil, errors.New("certificate expires soon")
	}
	return cert, nil
}

func selfSign(key *ecdsa.PrivateKey, now time.Time) (*x509.Certificate, error) {
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "memo-compute node (RA-TLS: the key is bound in its attestation)"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(tlsCertLifetime),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

// clientTLSConfig accepts a node's self-signed certificate whatever it
// says (no authority vouches for it) but records nothing and refuses the
// handshake unless the key is pin (when pin is set). The handshake still
// proves the node holds the key's private half.
func clientTLSConfig(pin common.Hash) *tls.Config {
	return &tls.Config{
		MinVersion:         tls.VersionTLS13,
		InsecureSkipVerify: true, // the attestation vouches for the key: VerifyConnection checks the pin
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 {
				return fmt.Errorf("%w: the node presented no certificate", ErrTLSKey)
			}
			if h := SPKIHash(cs.PeerCertificates[0]); pin != (common.Hash{}) && h != pin {
				return fmt.Errorf("%w: the node presented key %s, the attested one is %s", ErrTLSKey, h, pin)
			}
			return nil
		},
	}
}

// tlsHTTPClient returns hc with a transport of its own that accepts only
// pin's key (any key while pin is zero: the attestation fetch, checked
// against the document).
func tlsHTTPClient(hc *http.Client, pin common.Hash) (*http.Client, error) {
	var tr *http.Transport
	switch t := hc.Transport.(type) {
	case nil:
		tr = http.DefaultTransport.(*http.Transport).Clone()
	case *http.Transport:
		tr = t.Clone()
	default:
		return nil, fmt.Errorf("%w: an https node needs an *http.Transport (or none) to pin its key, not %T", ErrURL, hc.Transport)
	}
	tr.TLSClientConfig = clientTLSConfig(pin)
	d := *hc
	d.Transport = tr
	return &d, nil
}

// connKeyHash returns the SPKIHash of the node's certificate on the
// connection a response came over (zero over plain HTTP).
func connKeyHash(cs *tls.ConnectionState) common.Hash {
	if cs == nil || len(cs.PeerCertificates) == 0 {
		return common.Hash{}
	}
	return SPKIHash(cs.PeerCertificates[0])
}

// WithPinnedKey returns a client that talks to the node only over
// connections presenting the TLS key whose SPKIHash is keyHash, the one
// the node's verified attestation binds (grant.Node.TLSKeyHash): the
// handshake with any other key fails with ErrTLSKey. It has its own
// connections, none shared with c. Over plain HTTP (a node on loopback)
// there is no key to pin and it returns c.
func (c *Client) WithPinnedKey(keyHash common.Hash) (*Client, error) {
	if c.base.Scheme != "https" {
		return c, nil
	}
	if keyHash == (common.Hash{}) {
		return nil, fmt.Errorf("%w: the attestation binds no TLS key: the node serves no TLS of its own", ErrTLSKey)
	}
	hc, err := tlsHTTPClient(c.hc, keyHash)
	if err != nil {
		return nil, err
	}
	d := *c
	d.hc, d.pin = hc, keyHash
	return &d, nil
}

// PinnedKey returns the TLS key hash the client pins (zero if none).
func (c *Client) PinnedKey() common.Hash { return c.pin }

// Verify fetches the node's attestation over a fresh random nonce,
// verifies it with grant.VerifyNode under opts (whose Nonce, and over
// https TLSKeyHash, it sets: the document must bind the key of the
// connection it came over), and returns the verified node and a client
// pinned to the node's TLS key (c itself over plain HTTP).
func (c *Client) Verify(ctx context.Context, opts grant.NodeOptions) (*grant.Node, *Client, error) {
	var nonce common.Hash
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, nil, err
	}
	doc, err := c.Attestation(ctx, nonce)
	if err != nil {
		return nil, nil, err
	}
	opts.Nonce = nonce
	if c.base.Scheme == "https" {
		opts.TLSKeyHash = doc.TLSKeyHash // Attestation checked it is the connection's
	}
	n, err := grant.VerifyNode(ctx, doc, opts)
	if err != nil {
		return nil, nil, err
	}
	pinned, err := c.WithPinnedKey(n.TLSKeyHash())
	if err != nil {
		return nil, nil, err
	}
	return n, pinned, nil
}
