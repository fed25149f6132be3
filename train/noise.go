package train

import (
	"crypto/hkdf"
	crand "crypto/rand"
	"crypto/sha256"
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
// The seed is expanded into a ChaCha8 stream keyed by HKDF-SHA256 of the
// seed, so the same records, spec and seed give bit-identical parameters
// (a re-execution needs that), and a participant that does not know the
// seed cannot predict the stream. Without DP the seed is not used.
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

// stream returns the participant's DP-SGD random stream for a whole run.
func (s *NoiseSeed) stream() (*rand.Rand, error) {
	key, err := hkdf.Key(sha256.New, s[:], nil, noiseDomain, 32)
	if err != nil {
		return nil, fmt.Errorf("expanding the noise seed: %w", err)
	}
	defer clear(key)
	return rand.New(rand.NewChaCha8([32]byte(key))), nil
}
