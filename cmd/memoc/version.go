package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the build version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			if global.json {
				return printJSON(cmd.OutOrStdout(), map[string]string{"version": v})
			}
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "memoc", v)
			return err
		},
	}
}
