package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionView is what `memoc version --json` prints.
type versionView struct {
	// Version is the module version: a release tag, or for a build from a
	// checkout the pseudo-version Go derives from the commit ("+dirty" with
	// uncommitted changes); "(devel)" when the build has none.
	Version   string `json:"version"`
	GoVersion string `json:"goVersion"`
}

func buildVersion() versionView {
	v := versionView{Version: "(devel)", GoVersion: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	return v
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the build version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := buildVersion()
			if global.json {
				return printJSON(cmd.OutOrStdout(), v)
			}
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "memoc", v.Version, v.GoVersion)
			return err
		},
	}
}
