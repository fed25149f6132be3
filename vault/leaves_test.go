package vault

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestLeafHasher feeds framed record streams to the pipeline's leaf hasher
// in pieces of every kind of size and compares with LeafHash per record.
func TestLeafHasher(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	sizes := map[string][]int{
		"empty stream":        nil,
		"empty records":       {0, 0, 0},
		"one byte":            {1},
		"two-byte header":     {200, 0, 128},
		"large records":       {70000, 1, 300000},
		"mixed":               {5, 0, 1000, 17, 65536, 3},
		"many small":          make([]int, 500),
		"three-byte header":   {1 << 15},
		"header at piece end": {127, 128, 16383, 16384},
	}
	for name, recs := range sizes {
		var stream []byte
		var want []Hash
		for _, n := range recs {
			p := make([]byte, n)
			for i := range p {
				p[i] = byte(rnd.Uint32())
			}
			stream = binary.AppendUvarint(stream, uint64(n))
			stream = append(stream, p...)
			want = append(want, LeafHash(p))
		}
		for _, piece := range []int{1, 2, 3, 7, 1024, 65536, len(stream) + 1} {
			t.Run(fmt.Sprintf("%s/piece %d", name, piece), func(t *testing.T) {
				l := newLeafHasher()
				var got []Hash
				for off := 0; off < len(stream); off += piece {
					got = l.feed(stream[off:min(off+piece, len(stream))], got)
				}
				require.Equal(t, want, got)
				require.True(t, l.clean())
			})
		}
	}
	t.Run("cut inside a record", func(t *testing.T) {
		l := newLeafHasher()
		require.Empty(t, l.feed([]byte{3, 'a', 'b'}, nil))
		require.False(t, l.clean())
	})
	t.Run("cut inside a header", func(t *testing.T) {
		l := newLeafHasher()
		require.Empty(t, l.feed([]byte{0x80}, nil))
		require.False(t, l.clean())
	})
	t.Run("bad header", func(t *testing.T) {
		l := newLeafHasher()
		bad := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0}
		require.Empty(t, l.feed(bad, nil))
		require.ErrorIs(t, l.broken, ErrRecord)
		require.False(t, l.clean())
	})
}
