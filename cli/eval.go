package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"sandpiper/conllu"
	"sandpiper/doc"
	"sandpiper/nlp"
	"sandpiper/text"
	"sandpiper/udeval"
)

// loadModels loads the embedded models; beam > 1 also loads the beam
// model.
func loadModels(beam int) (*nlp.Models, error) {
	if beam < 1 {
		return nil, usagef("--beam must be at least 1")
	}
	m, err := nlp.Load(nlp.LoadOptions{Beam: beam > 1})
	if err != nil {
		return nil, err
	}
	m.Beam = beam
	return m, nil
}

// udResult is what `eval ud --json` prints.
type udResult struct {
	udeval.Scores
	TokensPerSec float64 `json:"tokens_per_sec"`
	LoadMS       float64 `json:"load_ms"`
	Beam         int     `json:"beam"`
}

func evalCmd() Command {
	return Command{
		Name:  "eval",
		Usage: "ud [--json] [--raw] [--beam N] [--docs IDS] FILE.conllu | petrarch [--json] [--verbose] [--dict-dir DIR] [--parse ours|supplied] FILE.xml",
		Subs:  []string{"ud", "petrarch"},
		Short: "score the parser on a UD treebank (eval ud) or the coder on PETRARCH's suite (eval petrarch)",
		Long: `eval ud scores the embedded tagger, lemmatiser and parser against a gold
CoNLL-U file. By default the gold tokenisation is used: the models see the
gold words and predict tags, lemmas and trees; scores are accuracies.

With --raw the sentences' "# text" lines are joined as running text (a
space between the sentences of a paragraph, a blank line between paragraphs
and documents, as marked by "# newpar" and "# newdoc") and run through the
whole pipeline from raw text; system words are aligned to gold words by
characters, and every score is an F1. tokens_per_sec times tagging and
parsing (plus segmentation with --raw) on one goroutine. --docs keeps only
the named documents ("# newdoc id"), such as the GUM Wikinews documents
held out of training.

eval petrarch runs PETRARCH's unit-test records (FILE.xml) through the
coder with the dictionaries its <Environment> names (default: dictionaries/
beside FILE.xml) and its <Config> options applied in order, and scores the
records marked sentence="true": exact, partial, wrong, missed and spurious
per category, triple precision and recall, and errors. --parse ours codes
from raw text with our parser; --parse supplied uses the records' Penn
Treebank parses, which separates parser errors from coder errors.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			asJSON := fs.Bool("json", false, "print JSON")
			raw := fs.Bool("raw", false, "evaluate end to end from raw text")
			beam := fs.Int("beam", 1, "parser beam width")
			docs := fs.String("docs", "", "eval ud: comma-separated document ids (# newdoc id); score only these documents")
			verbose := fs.Bool("verbose", false, "eval petrarch: print every record not coded exactly")
			dictDir := fs.String("dict-dir", "", "eval petrarch: dictionary directory (default: dictionaries/ beside FILE.xml)")
			parse := fs.String("parse", "ours", "eval petrarch: ours (raw text through our pipeline) or supplied (the records' Penn Treebank parses)")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 && args[0] == "petrarch" {
					return evalPetrarch(ctx, env, args[1:], *asJSON, *verbose, *dictDir, *parse)
				}
				if len(args) != 2 || args[0] != "ud" {
					return usagef("usage: sandpiper eval ud [--json] [--raw] FILE.conllu")
				}
				f, err := os.Open(args[1])
				if err != nil {
					return err
				}
				gold, err := conllu.ReadAll(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("read %s: %w", args[1], err)
				}
				if *docs != "" {
					gold = conllu.FilterDocs(gold, strings.Split(*docs, ","), true)
				}
				if len(gold) == 0 {
					return fmt.Errorf("%s: no sentences", args[1])
				}
				start := time.Now()
				m, err := loadModels(*beam)
				if err != nil {
					return err
				}
				res := udResult{LoadMS: float64(time.Since(start).Microseconds()) / 1000, Beam: *beam}
				var d *doc.Document
				var elapsed time.Duration
				if *raw {
					d = &doc.Document{ID: args[1], Text: conllu.RawText(gold)}
					start = time.Now()
					text.Analyze(d)
					err = m.Annotate(ctx, d, nil)
					elapsed = time.Since(start)
					if err == nil {
						res.Scores, err = udeval.ScoreRaw(gold, d)
					}
				} else {
					d = conllu.Document(args[1], gold)
					for i := range d.Tokens {
						t := &d.Tokens[i]
						t.UPOS, t.XPOS, t.Lemma, t.Rel, t.Head = "", "", "", "", doc.NoHead
					}
					start = time.Now()
					err = m.Annotate(ctx, d, nil)
					elapsed = time.Since(start)
					if err == nil {
						res.Scores, err = udeval.ScoreAligned(gold, d)
					}
				}
				if err != nil {
					return err
				}
				res.TokensPerSec = float64(len(d.Tokens)) / elapsed.Seconds()
				if *asJSON {
					enc := json.NewEncoder(env.Stdout)
					return enc.Encode(res)
				}
				s := res.Scores
				fmt.Fprintf(env.Stdout, "mode        %s\nsentences   %d\ntokens      %d\n", s.Mode, s.Sentences, s.Tokens)
				if *raw {
					fmt.Fprintf(env.Stdout, "token F1    %.2f\nsentence F1 %.2f\nword F1     %.2f\n", s.TokenF1, s.SentenceF1, s.WordF1)
				}
				fmt.Fprintf(env.Stdout, "UPOS        %.2f\nXPOS        %.2f\nlemma       %.2f\nUAS         %.2f\nLAS         %.2f\ntokens/s    %.0f (beam %d)\nmodel load  %.0f ms\n",
					s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, res.TokensPerSec, res.Beam, res.LoadMS)
				return nil
			}
		},
	}
}
