package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"sandpiper/conllu"
	"sandpiper/doc"
	"sandpiper/pipeline"
)

// maxInput bounds what parse reads from one input.
const maxInput = 256 << 20

func parseCmd() Command {
	return Command{
		Name:  "parse",
		Usage: "[--beam N] [FILE|-]",
		Short: "tokenise, tag, lemmatise and parse raw text; print CoNLL-U",
		Long: `Reads raw English text from FILE (or standard input) and prints one CoNLL-U
sentence per detected sentence: forms, lemmas, UPOS, XPOS, heads and UD
relations. Multiword tokens (don't = do + n't) get range lines. A leading
dateline ("BEIRUT, Lebanon —") is recognised and left out of the sentences.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			beam := fs.Int("beam", 1, "parser beam width: 1 is the fast greedy parser, 8 the accurate mode")
			return func(ctx context.Context, env *Env, args []string) error {
				in, name, err := openInput(env, args)
				if err != nil {
					return err
				}
				defer in.Close()
				data, err := io.ReadAll(io.LimitReader(in, maxInput+1))
				if err != nil {
					return fmt.Errorf("read %s: %w", name, err)
				}
				if len(data) > maxInput {
					return fmt.Errorf("read %s: input larger than %d bytes", name, maxInput)
				}
				m, err := loadModels(*beam)
				if err != nil {
					return err
				}
				d := &doc.Document{ID: name, Text: string(data)}
				if err := pipeline.New(m).Process(ctx, d); err != nil {
					return err
				}
				return conllu.Write(env.Stdout, d)
			}
		},
	}
}
