package vault

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// DirStore is a Store in a local directory. A blob named n is the file
// dir/n[:2]/n. Put writes a temporary file next to it, syncs it and renames
// it into place, so a crash never leaves a partial blob under a real name.
type DirStore struct {
	dir    string
	noSync bool
}

var _ Store = (*DirStore)(nil)

// NewDirStore returns a store in dir, creating the directory if needed.
func NewDirStore(dir string) (*DirStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating store directory: %w: %w", ErrUnavailable, err)
	}
	return &DirStore{dir: dir}, nil
}

// WithoutSync returns a store over the same directory whose Put neither
// syncs blobs nor their directories to disk: for scratch stores whose
// contents need not outlive the machine's next crash, such as the
// in-process cluster's temporary store, where one sync per blob is most of
// the cost of an upload (a small blob with its directory takes about 7 ms
// to sync on a virtual disk). A blob still appears under its name only
// whole, and readers check every blob's content address.
func (s *DirStore) WithoutSync() *DirStore { return &DirStore{dir: s.dir, noSync: true} }

// Dir returns the store's directory.
func (s *DirStore) Dir() string { return s.dir }

func (s *DirStore) path(name string) (string, error) {
	if err := CheckName(name); err != nil {
		return "", err
	}
	shard := name
	if len(shard) > 2 {
		shard = shard[:2]
	}
	return filepath.Join(s.dir, shard, name), nil
}

// Put implements Store.
func (s *DirStore) Put(ctx context.Context, name string, r io.Reader, size int64) (err error) {
	p, err := s.path(name)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("putting blob %s: %w", name, err)
	}
	if size < 0 {
		return fmt.Errorf("putting blob %s: negative size %d", name, size)
	}
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("putting blob %s: %w: %w", name, ErrUnavailable, err)
	}
	f, err := os.CreateTemp(dir, ".put-*")
	if err != nil {
		return fmt.Errorf("putting blob %s: %w: %w", name, ErrUnavailable, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	n, err := io.Copy(f, io.LimitReader(r, size))
	if err != nil {
		return fmt.Errorf("putting blob %s: writing: %w", name, err)
	}
	if n != size {
		return fmt.Errorf("putting blob %s: reader gave %d of %d bytes: %w", name, n, size, io.ErrUnexpectedEOF)
	}
	var one [1]byte
	if k, _ := io.ReadFull(r, one[:]); k > 0 {
		return fmt.Errorf("putting blob %s: reader has more than %d bytes", name, size)
	}
	if err = ctx.Err(); err != nil {
		return fmt.Errorf("putting blob %s: %w", name, err)
	}
	if !s.noSync {
		if err = f.Sync(); err != nil {
			return fmt.Errorf("putting blob %s: syncing: %w: %w", name, ErrUnavailable, err)
		}
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("putting blob %s: closing: %w: %w", name, ErrUnavailable, err)
	}
	if err = os.Rename(tmp, p); err != nil {
		return fmt.Errorf("putting blob %s: renaming: %w: %w", name, ErrUnavailable, err)
	}
	if s.noSync {
		return nil
	}
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync() // make the rename durable; not all filesystems support it
		d.Close()
	}
	return nil
}

// Get implements Store.
func (s *DirStore) Get(ctx context.Context, name string) (io.ReadCloser, error) {
	p, err := s.path(name)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("getting blob %s: %w", name, err)
	}
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("getting blob %s: %w", name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("getting blob %s: %w: %w", name, ErrUnavailable, err)
	}
	return f, nil
}

// Has implements Store.
func (s *DirStore) Has(ctx context.Context, name string) (bool, error) {
	p, err := s.path(name)
	if err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("checking blob %s: %w", name, err)
	}
	_, err = os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("checking blob %s: %w: %w", name, ErrUnavailable, err)
	}
	return true, nil
}

// Delete implements Store.
func (s *DirStore) Delete(ctx context.Context, name string) error {
	p, err := s.path(name)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("deleting blob %s: %w", name, err)
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("deleting blob %s: %w: %w", name, ErrUnavailable, err)
	}
	return nil
}
