// Command sandpiper is the Sandpiper command line; see 'sandpiper help'.
package main

import (
	"context"
	"os"
	"os/signal"

	"sandpiper/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
