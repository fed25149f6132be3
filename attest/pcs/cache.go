package pcs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Cache keeps collateral fetched by a Client on disk, one JSON file (the
// Wire form) per server, TEE, FMSPC and PCK CA, e.g.
// sgx-00a067110000-processor-1f2e3d4c5b6a.json, the last part naming the
// server (the start of the SHA-256 of the Client's BaseURL, without a
// trailing slash, and RootCACRLURL): a Client pointed at another PCS or
// PCCS does not take what the first one served. A Client uses a cached file while the collateral is current (before its
// NextUpdate) and fetches afresh after. Files are replaced atomically, so
// processes may share a directory. What is cached is not trusted: it is
// verified like anything fetched. A Client that cannot write its Cache
// fails the request, so a misconfigured directory shows at once.
type Cache struct {
	// Dir is the directory, created when first written.
	Dir string
}

// cacheKey names collateral of one platform and PCK CA from one server.
func cacheKey(baseURL, rootCACRLURL, tee string, fmspc [6]byte, ca string) string {
	h := sha256.Sum256([]byte(strings.TrimRight(baseURL, "/") + "\n" + rootCACRLURL))
	return strings.ToLower(tee) + "-" + hex.EncodeToString(fmspc[:]) + "-" + ca + "-" + hex.EncodeToString(h[:6])
}

func (c *Cache) path(key string) string { return filepath.Join(c.Dir, key+".json") }

func (c *Cache) load(key string) (*Collateral, error) {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return nil, err
	}
	return ParseCollateral(data)
}

func (c *Cache) store(key string, coll *Collateral) error {
	data, err := coll.MarshalJSON()
	if err != nil {
		return fmt.Errorf("caching collateral: %w", err)
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return fmt.Errorf("caching collateral: %w", err)
	}
	f, err := os.CreateTemp(c.Dir, key+".*.tmp")
	if err != nil {
		return fmt.Errorf("caching collateral: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(f.Name(), c.path(key))
	}
	if werr != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("caching collateral in %s: %w", c.Dir, werr)
	}
	return nil
}
