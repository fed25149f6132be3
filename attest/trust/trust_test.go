package trust

import (
	"encoding/pem"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIntelRoot(t *testing.T) {
	r := IntelSGXRootCA()
	require.Equal(t, "Intel SGX Root CA", r.Subject.CommonName)
	require.True(t, r.IsCA)

	fromDER, err := ParseRoots(IntelSGXRootCADER())
	require.NoError(t, err)
	require.True(t, fromDER[0].Equal(r))
	fromPEM, err := ParseRoots(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: IntelSGXRootCADER()}))
	require.NoError(t, err)
	require.True(t, fromPEM[0].Equal(r))
}

func TestParseRootsRejects(t *testing.T) {
	for name, in := range map[string][]byte{
		"empty PEM": []byte("-----BEGIN nothing"),
		"garbage":   []byte("not a certificate"),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseRoots(in)
			require.Error(t, err)
		})
	}
}

// TestIntelRootNotShared checks that changing the certificate one caller
// gets does not change the root the next caller trusts.
func TestIntelRootNotShared(t *testing.T) {
	a := IntelSGXRootCA()
	a.PublicKey = nil
	a.Raw[len(a.Raw)-1] ^= 1
	b := IntelSGXRootCA()
	require.NotNil(t, b.PublicKey)
	fromDER, err := ParseRoots(IntelSGXRootCADER())
	require.NoError(t, err)
	require.True(t, fromDER[0].Equal(b))
}
