package node

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.etcd.io/bbolt"
)

// Buckets of a node's database.
var (
	bucketGrants  = []byte("grants")  // dataset → grant.Grant
	bucketTasks   = []byte("tasks")   // task id → nodeapi.Task
	bucketInputs  = []byte("inputs")  // task id → enclave.SealedInput (ciphertext only)
	bucketStates  = []byte("states")  // task id → nodeapi.TaskState
	bucketResults = []byte("results") // task id → nodeapi.Evidence
	bucketMeta    = []byte("meta")    // metaSealed, metaBlock
)

var (
	metaSealed = []byte("sealed") // the enclave's sealed state
	metaBlock  = []byte("block")  // the next block the chain watch reads
)

// DB is a node's persistent state in one bbolt file: the grants it holds,
// the task documents, owners' sealed inputs, task states and evidence, the
// enclave's sealed blob and how far it read the chain. Nothing in it is
// secret: inputs are sealed to the enclave, evidence is published, and the
// sealed blob opens only inside an enclave of the same measurement on the
// same machine. Safe for concurrent use.
type DB struct{ db *bbolt.DB }

// OpenDB opens (creating if needed) the database at path. A second process
// opening the same file waits up to a few seconds, then fails: one node
// per data directory.
func OpenDB(path string) (*DB, error) {
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 3 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("opening node database %s: %w (is another node running on this data directory?)", path, err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bucketGrants, bucketTasks, bucketInputs, bucketStates, bucketResults, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening node database %s: %w", path, err)
	}
	return &DB{db: db}, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SkipSync has the database write without syncing each commit to disk:
// for a scratch node whose state need not outlive the machine's next crash
// (the in-process cluster's nodes, in a temporary directory), where a sync
// per kept grant is most of the cost of handing grants over. Call it
// before the database is used.
func (d *DB) SkipSync() { d.db.NoSync = true }

// put stores v as JSON under key in bucket.
func (d *DB) put(bucket []byte, key common.Hash, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return d.putRaw(bucket, key[:], b)
}

// putMany writes vals[i] under keys[i] in one transaction.
func (d *DB) putMany(bucket []byte, keys []common.Hash, vals []any) error {
	bs := make([][]byte, len(vals))
	for i, v := range vals {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		bs[i] = b
	}
	err := d.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucket)
		for i, k := range keys {
			if err := b.Put(k[:], bs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("writing node database: %w", err)
	}
	return nil
}

func (d *DB) putRaw(bucket, key, v []byte) error {
	if err := d.db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucket).Put(key, v) }); err != nil {
		return fmt.Errorf("writing node database: %w", err)
	}
	return nil
}

func (d *DB) getRaw(bucket, key []byte) (v []byte, err error) {
	err = d.db.View(func(tx *bbolt.Tx) error {
		v = append([]byte(nil), tx.Bucket(bucket).Get(key)...)
		return nil
	})
	return v, err
}

// load decodes every value of bucket and hands it to fn.
func load[T any](d *DB, bucket []byte, fn func(common.Hash, *T)) error {
	return d.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			var t T
			if err := json.Unmarshal(v, &t); err != nil {
				return fmt.Errorf("node database: bucket %s, key %x: %w", bucket, k, err)
			}
			fn(common.BytesToHash(k), &t)
			return nil
		})
	})
}

// Sealed returns the enclave's sealed state (nil if none was saved).
func (d *DB) Sealed() ([]byte, error) { return d.getRaw(bucketMeta, metaSealed) }

// SaveSealed stores the enclave's sealed state.
func (d *DB) SaveSealed(blob []byte) error { return d.putRaw(bucketMeta, metaSealed, blob) }

// NextBlock returns the block the node's chain watch resumes from (0: none
// saved).
func (d *DB) NextBlock() (uint64, error) {
	v, err := d.getRaw(bucketMeta, metaBlock)
	if err != nil || len(v) != 8 {
		return 0, err
	}
	return binary.BigEndian.Uint64(v), nil
}

// SaveNextBlock records the block the chain watch resumes from.
func (d *DB) SaveNextBlock(n uint64) error {
	return d.putRaw(bucketMeta, metaBlock, binary.BigEndian.AppendUint64(nil, n))
}
