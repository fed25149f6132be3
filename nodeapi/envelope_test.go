package nodeapi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/enclave"
)

// TestWriteEnvelope: the streamed envelope is byte for byte the document
// WriteJSON writes, for empty, short and large ciphertexts, and decodes
// back to the envelope.
func TestWriteEnvelope(t *testing.T) {
	for _, n := range []int{0, 1, 100, 3 << 20} {
		e := enclave.Envelope{Task: common.Hash{0xab, 1}, Round: 7, From: common.Address{0xcd, 2}, To: common.Address{0xef, 3},
			Ciphertext: bytes.Repeat([]byte{0x5a, 0x01}, n/2), Signature: bytes.Repeat([]byte{0x9f}, 65)}
		var want, got bytes.Buffer
		require.NoError(t, json.NewEncoder(&want).Encode(&e))
		require.NoError(t, writeEnvelope(&got, &e))
		require.Equal(t, want.String(), got.String(), "ciphertext of %d bytes", n)
		var back enclave.Envelope
		require.NoError(t, json.Unmarshal(got.Bytes(), &back))
		require.Equal(t, e, back)
	}
}
