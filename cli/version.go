package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

func versionCmd() Command {
	return Command{
		Name:  "version",
		Short: "print the version",
		Long:  "Prints Sandpiper's version and the Go version it was built with.",
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			return func(_ context.Context, env *Env, _ []string) error {
				v, gov := "devel", ""
				if bi, ok := debug.ReadBuildInfo(); ok {
					gov = bi.GoVersion
					for _, s := range bi.Settings {
						if s.Key == "vcs.revision" && len(s.Value) >= 12 {
							v = s.Value[:12]
						}
					}
				}
				fmt.Fprintf(env.Stdout, "sandpiper %s %s\n", v, gov)
				return nil
			}
		},
	}
}
