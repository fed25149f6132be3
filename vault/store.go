package vault

import (
	"bytes"
	"context"
	"fmt"
	"io"
)

// Store keeps blobs by name. Implementations: DirStore (a local directory)
// and package vault/s3 (S3-compatible object storage). Every method is safe
// for concurrent use.
//
// Put stores exactly size bytes read from r under name, replacing any blob
// of that name; the blob becomes visible whole or not at all, and a Put that
// fails (short or long reader, cancelled context, I/O error) leaves no blob
// behind. Get returns ErrNotFound for a missing blob; the caller closes the
// reader. Delete of a missing blob succeeds. Failures to reach the store are
// wrapped around ErrUnavailable. Names are checked with CheckName.
//
// A Store is not trusted: readers check every blob against its content
// address and the signed manifest.
type Store interface {
	Put(ctx context.Context, name string, r io.Reader, size int64) error
	Get(ctx context.Context, name string) (io.ReadCloser, error)
	Has(ctx context.Context, name string) (bool, error)
	Delete(ctx context.Context, name string) error
}

// CheckName reports whether name is a valid blob name: 1 to 128 characters
// from [a-z0-9._-], not starting with '.' or '-'. Chunks are named by
// their hex content address, manifests "<dataset id>.manifest".
func CheckName(name string) error {
	if len(name) == 0 || len(name) > 128 || name[0] == '.' || name[0] == '-' {
		return fmt.Errorf("blob name %q: %w", name, ErrInvalidName)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("blob name %q: character %q: %w", name, c, ErrInvalidName)
		}
	}
	return nil
}

// ManifestName returns the store name of a dataset's manifest.
func ManifestName(id ID) string { return id.String() + ".manifest" }

// SaveManifest verifies a signed manifest and puts it into the store under
// ManifestName(m.ID).
func SaveManifest(ctx context.Context, s Store, m *Manifest) error {
	if err := m.Verify(); err != nil {
		return fmt.Errorf("saving manifest: %w", err)
	}
	b, err := m.MarshalIndent()
	if err != nil {
		return err
	}
	if err := s.Put(ctx, ManifestName(m.ID), bytes.NewReader(b), int64(len(b))); err != nil {
		return fmt.Errorf("saving manifest: %w", err)
	}
	return nil
}

// LoadManifest gets a dataset's manifest from the store, parses it and
// verifies its owner's signature.
func LoadManifest(ctx context.Context, s Store, id ID) (*Manifest, error) {
	rc, err := s.Get(ctx, ManifestName(id))
	if err != nil {
		return nil, fmt.Errorf("loading manifest %s: %w", id, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxManifestSize+1))
	if err != nil {
		return nil, fmt.Errorf("loading manifest %s: %w: %w", id, ErrUnavailable, err)
	}
	m, err := ParseManifest(b)
	if err != nil {
		return nil, fmt.Errorf("loading manifest %s: %w", id, err)
	}
	if m.ID != id {
		return nil, fmt.Errorf("loading manifest %s: it describes dataset %s: %w", id, m.ID, ErrManifest)
	}
	return m, nil
}
