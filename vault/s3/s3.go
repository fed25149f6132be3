// Package s3 is a vault.Store on S3-compatible object storage (AWS S3,
// MinIO, versitygw, the MEFS S3 gateway), using minio-go.
//
// Blob names become object keys under Config.Prefix. Puts are single
// PUT requests of known length (blobs are at most one chunk, well under the
// multipart threshold), which S3 makes visible atomically; a Put whose
// reader fails or has the wrong length is aborted before the request
// completes, so no partial object appears. Errors of the network or the
// server are wrapped around vault.ErrUnavailable, a missing object is
// vault.ErrNotFound. The store is not trusted: vault checks every blob
// against its content address.
package s3

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/memo-protocol/memo-compute/vault"
)

// Config locates a bucket. The zero value of each optional field is documented.
type Config struct {
	// Endpoint is the server's host:port, without scheme. Required.
	Endpoint string
	// Bucket is the bucket name. Required.
	Bucket string
	// AccessKey and SecretKey are the S3 credentials; both empty means
	// anonymous access.
	AccessKey, SecretKey string
	// Secure selects HTTPS; false means plain HTTP (loopback and tests only).
	Secure bool
	// Region is the bucket's region; "" lets the client discover it.
	Region string
	// Prefix is prepended to every object key, e.g. "memo/"; "" means none.
	Prefix string
	// CreateBucket creates the bucket if it does not exist; false means a
	// missing bucket is an error.
	CreateBucket bool
	// MaxRetries bounds the client's retries of a failed request; 0 means
	// minio-go's default (10).
	MaxRetries int
	// Transport overrides the HTTP transport; nil means minio-go's default.
	Transport http.RoundTripper
}

// Store is a vault.Store in one S3 bucket. It is safe for concurrent use.
type Store struct {
	c      *minio.Client
	bucket string
	prefix string
}

var _ vault.Store = (*Store)(nil)

// New connects to the bucket, checking that it exists (or creating it if
// cfg.CreateBucket).
func New(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Endpoint == "" || cfg.Bucket == "" {
		return nil, fmt.Errorf("connecting to S3: endpoint and bucket are required")
	}
	var creds *credentials.Credentials
	if cfg.AccessKey != "" || cfg.SecretKey != "" {
		creds = credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, "")
	} else {
		creds = credentials.New(&credentials.Static{})
	}
	c, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds: creds, Secure: cfg.Secure, Region: cfg.Region, MaxRetries: cfg.MaxRetries, Transport: cfg.Transport,
	})
	if err != nil {
		return nil, fmt.Errorf("connecting to S3 at %s: %w", cfg.Endpoint, err)
	}
	ok, err := c.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, fmt.Errorf("checking bucket %s at %s: %w", cfg.Bucket, cfg.Endpoint, wrap(err))
	}
	if !ok {
		if !cfg.CreateBucket {
			return nil, fmt.Errorf("bucket %s does not exist at %s (create it, or set CreateBucket): %w", cfg.Bucket, cfg.Endpoint, vault.ErrUnavailable)
		}
		if err := c.MakeBucket(ctx, cfg.Bucket, minio.MakeBucketOptions{Region: cfg.Region}); err != nil {
			return nil, fmt.Errorf("creating bucket %s: %w", cfg.Bucket, wrap(err))
		}
	}
	return &Store{c: c, bucket: cfg.Bucket, prefix: cfg.Prefix}, nil
}

func (s *Store) key(name string) (string, error) {
	if err := vault.CheckName(name); err != nil {
		return "", err
	}
	return s.prefix + name, nil
}

// wrap maps a minio-go error to the vault sentinels.
func wrap(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	switch minio.ToErrorResponse(err).Code {
	case "NoSuchKey", "NotFound":
		return fmt.Errorf("%w: %w", vault.ErrNotFound, err)
	}
	return fmt.Errorf("%w: %w", vault.ErrUnavailable, err)
}

// Put implements vault.Store.
func (s *Store) Put(ctx context.Context, name string, r io.Reader, size int64) error {
	key, err := s.key(name)
	if err != nil {
		return err
	}
	if size < 0 {
		return fmt.Errorf("putting blob %s: negative size %d", name, size)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("putting blob %s: %w", name, err)
	}
	er := &exactReader{r: r, left: size}
	_, err = s.c.PutObject(ctx, s.bucket, key, er, size, minio.PutObjectOptions{
		ContentType:      "application/octet-stream",
		DisableMultipart: true,
	})
	if er.err != nil {
		return fmt.Errorf("putting blob %s: %w", name, er.err)
	}
	if err != nil {
		return fmt.Errorf("putting blob %s: %w", name, wrap(err))
	}
	return nil
}

// errTooLong is returned by exactReader when its reader has more bytes.
var errTooLong = errors.New("reader has more bytes than the given size")

// exactReader passes through exactly left bytes and fails instead of
// delivering the last of them if the reader ends early or has more: the
// upload then breaks off before the server completes the object.
type exactReader struct {
	r    io.Reader
	left int64
	err  error
}

func (e *exactReader) Read(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.left == 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > e.left {
		p = p[:e.left]
	}
	n, err := e.r.Read(p)
	e.left -= int64(n)
	if err == io.EOF && e.left > 0 {
		e.err = io.ErrUnexpectedEOF
		return 0, e.err
	}
	if err != nil && err != io.EOF {
		e.err = err
		return 0, err
	}
	if e.left == 0 {
		var one [1]byte
		if k, _ := io.ReadFull(e.r, one[:]); k > 0 {
			e.err = errTooLong
			return 0, e.err
		}
	}
	return n, nil
}

// Get implements vault.Store.
func (s *Store) Get(ctx context.Context, name string) (io.ReadCloser, error) {
	key, err := s.key(name)
	if err != nil {
		return nil, err
	}
	obj, err := s.c.GetObject(ctx, s.bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("getting blob %s: %w", name, wrap(err))
	}
	if _, err := obj.Stat(); err != nil { // sends the request: errors show now
		obj.Close()
		return nil, fmt.Errorf("getting blob %s: %w", name, wrap(err))
	}
	return obj, nil
}

// Has implements vault.Store.
func (s *Store) Has(ctx context.Context, name string) (bool, error) {
	key, err := s.key(name)
	if err != nil {
		return false, err
	}
	_, err = s.c.StatObject(ctx, s.bucket, key, minio.StatObjectOptions{})
	if err == nil {
		return true, nil
	}
	if err = wrap(err); errors.Is(err, vault.ErrNotFound) {
		return false, nil
	}
	return false, fmt.Errorf("checking blob %s: %w", name, err)
}

// Delete implements vault.Store.
func (s *Store) Delete(ctx context.Context, name string) error {
	key, err := s.key(name)
	if err != nil {
		return err
	}
	if err := s.c.RemoveObject(ctx, s.bucket, key, minio.RemoveObjectOptions{}); err != nil {
		if err = wrap(err); !errors.Is(err, vault.ErrNotFound) {
			return fmt.Errorf("deleting blob %s: %w", name, err)
		}
	}
	return nil
}
