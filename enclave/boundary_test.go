package enclave

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBoundary pins the sim enclave's exported surface: no exported field,
// and every exported method returns only public values (addresses, hashes,
// the public HPKE key, sealed blobs, attestation documents, encrypted
// results, noise seeds sealed to an attested enclave, the signed ε-ledger
// advance, a re-execution's signed model hash, the measurement key sealed
// to an attested enclave of the same measurement). The one function
// that reads a secret, SimNoiseSeed, is the simulator's privilege
// (sim_privilege.go) and no method. Adding an accessor makes this test fail on purpose: review it
// for leaks, then extend the list.
func TestBoundary(t *testing.T) {
	typ := reflect.TypeFor[Sim]()
	for i := range typ.NumField() {
		require.False(t, typ.Field(i).IsExported(), "Sim.%s is exported", typ.Field(i).Name)
	}
	want := map[string]string{
		"Address":               "func(*enclave.Sim) common.Address",
		"Attest":                "func(*enclave.Sim, context.Context, common.Hash) (*grant.Attestation, error)",
		"ExportNoiseSeed":       "func(*enclave.Sim, context.Context, common.Hash, *grant.Attestation) (*enclave.SealedNoiseSeed, error)",
		"ExportReexecution":     "func(*enclave.Sim, context.Context, *enclave.Task, *grant.Attestation) (*enclave.SealedNoiseSeed, error)",
		"HPKEPublicKey":         "func(*enclave.Sim) []uint8",
		"LedgerAdvance":         "func(*enclave.Sim, common.Address) (chain.LedgerAdvance, []uint8, error)",
		"Measurement":           "func(*enclave.Sim) common.Hash",
		"RecoverMeasurementKey": "func(*enclave.Sim, context.Context, common.Hash, *enclave.KeyShare) error",
		"ShareMeasurementKey":   "func(*enclave.Sim, context.Context, *grant.Attestation) (*enclave.KeyShare, error)",
		"Reexecute":             "func(*enclave.Sim, context.Context, *enclave.Task, []*enclave.Result, []*enclave.SealedNoiseSeed, []*grant.Attestation) (*enclave.Reexecution, error)",
		"RunTask":               "func(*enclave.Sim, context.Context, *enclave.Task, *enclave.Federation) (*enclave.Result, error)",
		"Seal":                  "func(*enclave.Sim) ([]uint8, error)",
		"SignRegistration":      "func(*enclave.Sim) ([]uint8, error)",
		"Spent":                 "func(*enclave.Sim, common.Hash) float64",
		"Unseal":                "func(*enclave.Sim, []uint8) error",
		"UnwrapGrant":           "func(*enclave.Sim, context.Context, *enclave.Task, enclave.Input) error",
		"UnwrapGrants":          "func(*enclave.Sim, context.Context, *enclave.Task, []enclave.Input) ([]error, error)",
		"Workload":              "func(*enclave.Sim) enclave.Workload",
	}
	pt := reflect.TypeFor[*Sim]()
	got := map[string]string{}
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		got[m.Name] = m.Type.String()
	}
	require.Equal(t, want, got)
}
