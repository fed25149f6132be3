package verifier

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// DB is a verifier daemon's state in a bbolt file: the last block it
// processed, the enclave approvals and results it follows, and its
// commitments, salts included. The salts are secret until revealed: the file
// is created readable by its owner only. A DB is used by one daemon at a
// time (bbolt locks the file).
type DB struct{ db *bolt.DB }

var (
	bucketMeta     = []byte("meta")
	bucketEnclaves = []byte("enclaves")
	bucketResults  = []byte("results")
	bucketCommits  = []byte("commitments")
	keyBlock       = []byte("block")
)

// OpenDB opens (creating if need be) the daemon state at path.
func OpenDB(path string) (*DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("opening verifier state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketEnclaves, bucketResults, bucketCommits} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening verifier state %s: %w", path, err)
	}
	return &DB{db: db}, nil
}

// Close closes the file.
func (d *DB) Close() error { return d.db.Close() }

// Block returns the last block the daemon processed (ok false if none).
func (d *DB) Block() (block uint64, ok bool, err error) {
	err = d.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyBlock); len(v) == 8 {
			block, ok = binary.BigEndian.Uint64(v), true
		}
		return nil
	})
	return block, ok, err
}

func (d *DB) setBlock(block uint64) error {
	return d.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keyBlock, binary.BigEndian.AppendUint64(nil, block))
	})
}

// Phases of an approval the daemon follows.
const (
	approvalOpen     = "open"     // the committee may still need drawing, or this verifier's approval
	approvalApproved = "approved" // this verifier approved the round
	approvalRejected = "rejected" // this verifier's checks failed: it withholds its approval
	approvalDone     = "done"     // not a member, or the round is over
)

// approvalJob is one attestation round of an enclave.
type approvalJob struct {
	Enclave common.Address `json:"enclave"`
	Round   uint16         `json:"round"`
	Phase   string         `json:"phase"`
	Reason  string         `json:"reason,omitempty"`
	// Due is the first block at which the job is looked at again.
	Due   uint64 `json:"due"`
	Tries int    `json:"tries,omitempty"`
}

func (j *approvalJob) key() []byte {
	return binary.BigEndian.AppendUint16(j.Enclave.Bytes(), j.Round)
}

// Phases of a result the daemon follows.
const (
	resultNew       = "new"       // submitted: its committee may need drawing
	resultSeated    = "seated"    // this verifier is on the committee: to judge and commit
	resultCommitted = "committed" // in a commitment (Commit): to reveal
	resultRevealed  = "revealed"  // revealed: to settle once the task settles
	resultMissed    = "missed"    // not committed or revealed in time: to settle (penalised)
	resultWatch     = "watch"     // not on the committee: followed to finalize the task
	resultSettled   = "settled"   // votes settled, or nothing left to do
)

// resultJob is one result slot of a market task.
type resultJob struct {
	TaskID  uint64         `json:"task"`
	Index   uint8          `json:"index"`
	Enclave common.Address `json:"enclave"`
	// Block is the submission's block.
	Block      uint64 `json:"block"`
	VotingEnds uint64 `json:"votingEnds,omitempty"`
	RevealEnds uint64 `json:"revealEnds,omitempty"`
	Phase      string `json:"phase"`
	// Pass and Reason are this verifier's verdict, once judged.
	Pass   bool   `json:"pass,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Commit is the id of the commitment holding its ballot.
	Commit uint64 `json:"commit,omitempty"`
	Due    uint64 `json:"due"`
	Tries  int    `json:"tries,omitempty"`
}

func (j *resultJob) key() []byte { return resultKey(j.TaskID, j.Index) }

func resultKey(task uint64, index uint8) []byte {
	return append(binary.BigEndian.AppendUint64(nil, task), index)
}

// Phases of a commitment.
const (
	commitPrepared  = "prepared"  // stored, maybe sent: not seen on chain yet
	commitCommitted = "committed" // on chain
	commitRevealed  = "revealed"
	commitMissed    = "missed" // could not be committed or revealed in time
)

// commitRecord is a commitment and how far it got.
type commitRecord struct {
	Commitment
	Phase string `json:"phase"`
	// CommitBy is the last block the commitment counts in (its results'
	// first commit phase end); it is revealed after block RevealAfter (their
	// last commit phase end) and by block RevealBy (their first reveal
	// phase end).
	CommitBy    uint64 `json:"commitBy"`
	RevealAfter uint64 `json:"revealAfter"`
	RevealBy    uint64 `json:"revealBy"`
}

func commitKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// save writes records in one transaction: *approvalJob, *resultJob and
// *commitRecord values.
func (d *DB) save(recs ...any) error {
	return d.db.Update(func(tx *bolt.Tx) error {
		for _, r := range recs {
			var b *bolt.Bucket
			var k []byte
			switch r := r.(type) {
			case *approvalJob:
				b, k = tx.Bucket(bucketEnclaves), r.key()
			case *resultJob:
				b, k = tx.Bucket(bucketResults), r.key()
			case *commitRecord:
				b, k = tx.Bucket(bucketCommits), commitKey(r.ID)
			default:
				return fmt.Errorf("saving verifier state: unknown record %T", r)
			}
			v, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if err := b.Put(k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// addApproval and addResult store a new job unless one is stored under its
// key (a log delivered again after a restart changes nothing).
func (d *DB) addApproval(j *approvalJob) (added bool, err error) {
	return d.addNew(bucketEnclaves, j.key(), j)
}

func (d *DB) addResult(j *resultJob) (added bool, err error) {
	return d.addNew(bucketResults, j.key(), j)
}

func (d *DB) addNew(bucket, key []byte, v any) (added bool, err error) {
	err = d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b.Get(key) != nil {
			return nil
		}
		enc, err := json.Marshal(v)
		if err != nil {
			return err
		}
		added = true
		return b.Put(key, enc)
	})
	return added, err
}

func (d *DB) delete(bucket, key []byte) error {
	return d.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Delete(key) })
}

// load returns every stored job and commitment.
func (d *DB) load() (apps []*approvalJob, res []*resultJob, cms []*commitRecord, err error) {
	err = d.db.View(func(tx *bolt.Tx) error {
		each := func(bucket []byte, f func(v []byte) error) error {
			return tx.Bucket(bucket).ForEach(func(_, v []byte) error { return f(v) })
		}
		return errors.Join(
			each(bucketEnclaves, func(v []byte) error {
				j := new(approvalJob)
				apps = append(apps, j)
				return json.Unmarshal(v, j)
			}),
			each(bucketResults, func(v []byte) error {
				j := new(resultJob)
				res = append(res, j)
				return json.Unmarshal(v, j)
			}),
			each(bucketCommits, func(v []byte) error {
				c := new(commitRecord)
				cms = append(cms, c)
				return json.Unmarshal(v, c)
			}),
		)
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("loading verifier state: %w", err)
	}
	return apps, res, cms, nil
}

// Commitments returns every commitment stored, for inspection and tests.
func (d *DB) Commitments() ([]Commitment, error) {
	_, _, cms, err := d.load()
	out := make([]Commitment, len(cms))
	for i, c := range cms {
		out[i] = c.Commitment
	}
	return out, err
}

// Seat is a result the daemon follows, as stored: its phase (new, seated,
// committed, revealed, missed, watch, settled), the verifier's verdict once
// judged and the commitment holding its ballot.
type Seat struct {
	TaskID  uint64         `json:"task"`
	Index   uint8          `json:"index"`
	Enclave common.Address `json:"enclave"`
	Phase   string         `json:"phase"`
	Pass    bool           `json:"pass"`
	Reason  string         `json:"reason,omitempty"`
	Commit  uint64         `json:"commit,omitempty"`
}

// Seats returns every result stored, for inspection and tests (safe while
// a daemon runs on the DB).
func (d *DB) Seats() ([]Seat, error) {
	_, res, _, err := d.load()
	out := make([]Seat, len(res))
	for i, j := range res {
		out[i] = Seat{TaskID: j.TaskID, Index: j.Index, Enclave: j.Enclave, Phase: j.Phase, Pass: j.Pass, Reason: j.Reason, Commit: j.Commit}
	}
	return out, err
}
