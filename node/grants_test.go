package node

import (
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/grant"
)

// TestGrantBook: a node's grants by dataset, in memory or in its database
// (where a restarted node finds them): a dataset granted twice keeps the
// last grant, a dataset without one reads as nil and is the one named
// missing, and all lists them in dataset order.
func TestGrantBook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	db, err := OpenDB(path)
	require.NoError(t, err)
	d1, d2, d3 := common.Hash{3}, common.Hash{1}, common.Hash{2}
	g := func(d common.Hash, nonce byte) *grant.Grant {
		return &grant.Grant{Dataset: d, Owner: common.Address{nonce}, Policy: grant.Policy{Kinds: []string{"train/softmax"}, Epsilon: 1}}
	}
	check := func(t *testing.T, b *grantBook) {
		got, err := b.get([]common.Hash{d1, d3, d2})
		require.NoError(t, err)
		require.Equal(t, common.Address{2}, got[0].Owner, "the last grant of d1")
		require.Nil(t, got[1])
		require.Equal(t, common.Address{3}, got[2].Owner)
		miss, ok, err := b.missing([]common.Hash{d2, d3, d1})
		require.NoError(t, err)
		require.True(t, ok)
		require.Equal(t, d3, miss)
		_, ok, err = b.missing([]common.Hash{d1, d2})
		require.NoError(t, err)
		require.False(t, ok)
		all, err := b.all()
		require.NoError(t, err)
		require.Len(t, all, 2)
		require.Equal(t, []common.Hash{d2, d1}, []common.Hash{all[0].Dataset, all[1].Dataset})
	}
	for name, b := range map[string]*grantBook{"memory": newGrantBook(nil), "database": newGrantBook(db)} {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, b.put([]*grant.Grant{g(d1, 1), g(d2, 3)}))
			require.NoError(t, b.put([]*grant.Grant{g(d1, 2)}))
			check(t, b)
		})
	}
	require.NoError(t, db.Close())
	db, err = OpenDB(path)
	require.NoError(t, err)
	defer db.Close()
	t.Run("reopened", func(t *testing.T) { check(t, newGrantBook(db)) })
}
