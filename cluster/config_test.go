package cluster

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/memo-protocol/memo-compute/train"
)

func TestConfigDefaultsAndLimits(t *testing.T) {
	var c Config
	require.NoError(t, c.setDefaults())
	require.Equal(t, Config{Users: 12, Data: DataDigits, Nodes: 3, Verifiers: 3, Rounds: 10, Epsilon: 4, Seed: 1}, Config{
		Users: c.Users, Data: c.Data, RecordsPerOwner: c.RecordsPerOwner, Nodes: c.Nodes, Verifiers: c.Verifiers, Rounds: c.Rounds, Epsilon: c.Epsilon, Seed: c.Seed})
	s := Config{Data: DataSynthetic, Users: 100_000, Nodes: 30}
	require.NoError(t, s.setDefaults(), "synthetic data has room for any number of owners")
	require.Equal(t, train.DefaultRecordsPerOwner, s.RecordsPerOwner)
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"too few users for the cheating node", Config{Users: 7, Nodes: 3}},
		{"fewer users than nodes", Config{Users: 2, Nodes: 3, Honest: true}},
		{"negative", Config{Users: -1}},
		{"too many users", Config{Users: 501}},
		{"too many synthetic users", Config{Users: 2_000_000, Data: DataSynthetic}},
		{"unknown data", Config{Data: "mnist"}},
		{"records per owner with digits", Config{RecordsPerOwner: 5}},
		{"negative records per owner", Config{Data: DataSynthetic, RecordsPerOwner: -1}},
		{"ε too large", Config{Epsilon: 1e4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.cfg.setDefaults(), ErrConfig)
		})
	}
}
