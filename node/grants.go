package node

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"go.etcd.io/bbolt"

	"github.com/memo-protocol/memo-compute/grant"
)

// grantBook holds the grants the node keeps, by dataset. With a database
// they live there only and are decoded when a task needs them, so a node
// that holds grants for millions of data owners does not hold them in
// memory (the database file is mapped, not read into the heap); without
// one, in a map.
type grantBook struct {
	db *DB

	mu  sync.Mutex
	mem map[common.Hash]*grant.Grant // without a database
}

func newGrantBook(db *DB) *grantBook {
	if db != nil {
		return &grantBook{db: db}
	}
	return &grantBook{mem: map[common.Hash]*grant.Grant{}}
}

// put keeps gs, in one database transaction; a dataset named twice keeps
// the last grant.
func (b *grantBook) put(gs []*grant.Grant) error {
	if b.db == nil {
		b.mu.Lock()
		defer b.mu.Unlock()
		for _, g := range gs {
			b.mem[g.Dataset] = g
		}
		return nil
	}
	keys := make([]common.Hash, len(gs))
	vals := make([]any, len(gs))
	for i, g := range gs {
		keys[i], vals[i] = g.Dataset, g
	}
	return b.db.putMany(bucketGrants, keys, vals)
}

// get returns the grant kept for each dataset, nil where there is none.
func (b *grantBook) get(datasets []common.Hash) ([]*grant.Grant, error) {
	out := make([]*grant.Grant, len(datasets))
	if b.db == nil {
		b.mu.Lock()
		defer b.mu.Unlock()
		for i, d := range datasets {
			out[i] = b.mem[d]
		}
		return out, nil
	}
	err := b.db.db.View(func(tx *bbolt.Tx) error {
		bk := tx.Bucket(bucketGrants)
		for i, d := range datasets {
			v := bk.Get(d[:])
			if v == nil {
				continue
			}
			out[i] = new(grant.Grant)
			if err := json.Unmarshal(v, out[i]); err != nil {
				return fmt.Errorf("node database: grant for dataset %s: %w", d, err)
			}
		}
		return nil
	})
	return out, err
}

// missing returns the first dataset without a grant, if any (ok false).
func (b *grantBook) missing(datasets []common.Hash) (d common.Hash, ok bool, err error) {
	if b.db == nil {
		b.mu.Lock()
		defer b.mu.Unlock()
		for _, d := range datasets {
			if b.mem[d] == nil {
				return d, true, nil
			}
		}
		return common.Hash{}, false, nil
	}
	err = b.db.db.View(func(tx *bbolt.Tx) error {
		bk := tx.Bucket(bucketGrants)
		for _, x := range datasets {
			if bk.Get(x[:]) == nil {
				d, ok = x, true
				return nil
			}
		}
		return nil
	})
	return d, ok, err
}

// all returns every grant kept, in dataset order.
func (b *grantBook) all() ([]*grant.Grant, error) {
	if b.db == nil {
		b.mu.Lock()
		gs := make([]*grant.Grant, 0, len(b.mem))
		for _, g := range b.mem {
			gs = append(gs, g)
		}
		b.mu.Unlock()
		slices.SortFunc(gs, func(x, y *grant.Grant) int { return x.Dataset.Cmp(y.Dataset) })
		return gs, nil
	}
	var gs []*grant.Grant
	err := load(b.db, bucketGrants, func(_ common.Hash, g *grant.Grant) { gs = append(gs, g) }) // keys in byte order
	return gs, err
}
