// Package cli holds Sandpiper's subcommands as data: each Command parses
// its own flags and returns an exit code. cmd/sandpiper only calls Main.
//
// Exit codes: 0 success, 1 failure of the work itself, 2 usage errors.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"sort"
	"strings"
)

// Command is one subcommand.
type Command struct {
	Name  string
	Usage string // arguments after the name
	Short string // one line for the command list
	Long  string // paragraph for --help
	// Subs lists sub-subcommands ("eval ud"): when the first argument is
	// one of them, flags are parsed after it and it is passed to the run
	// function as its first argument.
	Subs []string
	// Flags declares the command's flags on fs and returns the function
	// that runs the command with the remaining arguments.
	Flags func(fs *flag.FlagSet) func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command may touch: its streams and logger.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Log            *slog.Logger
}

// usageError marks errors that deserve exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func commands() []Command {
	return []Command{parseCmd(), evalCmd(), codeCmd(), trainCmd(), benchCmd(), versionCmd()}
}

// Main runs the command line args (without the program name) and returns
// the process exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr,
		Log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			args = []string{args[1], "--help"}
		} else {
			printUsage(stdout, cmds)
			return 0
		}
	}
	for _, c := range cmds {
		if c.Name != args[0] {
			continue
		}
		fs := flag.NewFlagSet("sandpiper "+c.Name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		run := c.Flags(fs)
		fs.Usage = func() {
			fmt.Fprintf(stderr, "usage: sandpiper %s %s\n\n%s\n", c.Name, c.Usage, strings.TrimSpace(c.Long))
			if hasFlags(fs) {
				fmt.Fprintln(stderr, "\nflags:")
				fs.PrintDefaults()
			}
		}
		rest := args[1:]
		var sub []string
		if len(rest) > 0 && slices.Contains(c.Subs, rest[0]) {
			sub, rest = rest[:1], rest[1:]
		}
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if err := run(ctx, env, append(sub, fs.Args()...)); err != nil {
			fmt.Fprintf(stderr, "sandpiper %s: %v\n", c.Name, err)
			var ue usageError
			if errors.As(err, &ue) {
				return 2
			}
			return 1
		}
		return 0
	}
	fmt.Fprintf(stderr, "sandpiper: unknown command %q\n\n", args[0])
	printUsage(stderr, cmds)
	return 2
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func printUsage(w io.Writer, cmds []Command) {
	fmt.Fprintln(w, "Sandpiper turns news text into parsed, coded political event data.")
	fmt.Fprintln(w, "\nusage: sandpiper COMMAND [flags] [args]\n\ncommands:")
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-9s %s\n", c.Name, c.Short)
	}
	fmt.Fprintln(w, "\nRun 'sandpiper COMMAND --help' for a command's flags.")
}

// openInput opens a file argument, with "-" or no argument meaning stdin.
func openInput(env *Env, args []string) (io.ReadCloser, string, error) {
	if len(args) == 0 || args[0] == "-" {
		return io.NopCloser(env.Stdin), "-", nil
	}
	if len(args) > 1 {
		return nil, "", usagef("want at most one input file, got %d", len(args))
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, "", err
	}
	return f, args[0], nil
}
