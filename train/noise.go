package train

import (
	"crypto/hkdf"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
)

// NoiseSeed is the secret that keys one participant's DP-SGD randomness:
// the Poisson sampling of its batches and the Gaussian noise added to its
// clipped gradients. DP-SGD's guarantee assumes that nobody who sees the
// model knows that noise: whoever knows the records, the spec and the noise
// seed can recompute the noise and subtract it. So the seed must be known
// only to the party that trains (inside memo-compute, the enclave, which
// derives it from a secret of its own for each task), never derived from
// public inputs such as Spec.Seed.
//
// Each round, a participant draws from a ChaCha8 stream keyed by
//
//	HKDF-SHA256(seed, info = domain ‖ fingerprint of its records ‖ round ‖ hash of the round's starting parameters)
//
// so the same records, spec and seed give bit-identical parameters (a
// re-execution needs that), and whoever does not know the seed cannot
// predict the stream. Binding the records and the starting parameters
// makes a seed used again on anything else (other records, another
// initial model, other peers' updates in an earlier round) draw
// independent noise: two runs sharing noise on different inputs would let
// the noise cancel in the difference of their models. Without DP the seed
// is not used.
type NoiseSeed [32]byte

// noiseDomain separates the DP-SGD stream from anything else a seed might
// key.
const noiseDomain = "memo-compute/train/dp-sgd-noise/v1"

// NewNoiseSeed returns a fresh secret noise seed from crypto/rand.
func NewNoiseSeed() NoiseSeed {
	var s NoiseSeed
	_, _ = crand.Read(s[:]) // never fails (crypto/rand.Read crashes the program instead)
	return s
}

// stream returns a participant's DP-SGD stream for one round: fp is the
// fingerprint of its records, start the hash of the parameters the round
// starts from.
func (s *NoiseSeed) stream(fp [32]byte, round int, start [32]byte) (*rand.Rand, error) {
	info := make([]byte, 0, len(noiseDomain)+32+8+32)
	info = append(info, noiseDomain...)
	info = append(info, fp[:]...)
	info = binary.BigEndian.AppendUint64(info, uint64(round))
	info = append(info, start[:]...)
	key, err := hkdf.Key(sha256.New, s[:], nil, string(info), 32)
	if err != nil {
		return nil, fmt.Errorf("expanding the noise seed: %w", err)
	}
	defer clear(key)
	return rand.New(rand.NewChaCha8([32]byte(key))), nil
}
