package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sandpiper/conllu"
	"sandpiper/nlp"
)

func readConllu(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := conllu.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// heldOutNews are the GUM dev and test Wikinews documents, which
// --exclude-docs can leave out of training so that `eval ud --docs` reports
// a news-domain figure. The committed model is trained on all 24.
const heldOutNews = "GUM_news_homeopathic,GUM_news_iodine,GUM_news_nasa,GUM_news_sensitive"

func trainCmd() Command {
	return Command{
		Name:  "train",
		Usage: "[--ud DIR] [--extra FILES] [--out FILE] [--seed N] [--beam K]",
		Short: "train the tagger, lemmatiser and parser from UD English EWT",
		Long: `Trains every NLP model from DIR/en_ewt-ud-train.conllu (plus, by default, the
24 GUM Wikinews trees, twice over, for news-domain coverage) and writes them as one
compact file (gzip, half-precision weights). Training is deterministic: the
same data and flags give a byte-identical file. The committed model
nlp/model/en_ewt.spm is made by 'make model', which runs this command.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			dir := fs.String("ud", "../shared/data/ud_en_ewt", "directory holding en_ewt-ud-train.conllu")
			extra := fs.String("extra", "../shared/data/ud_en_gum_news/gum_news_docs.conllu", "comma-separated extra CoNLL-U training files (news-domain trees); empty for none")
			extraTimes := fs.Int("extra-times", 2, "how many times the extra files are repeated in the training data")
			exclude := fs.String("exclude-docs", "", "comma-separated document ids (# newdoc id) left out of training, kept for evaluation (e.g. "+heldOutNews+")")
			out := fs.String("out", "nlp/model/en_ewt.spm", "model file to write")
			def := nlp.DefaultTrainOptions()
			seed := fs.Uint64("seed", def.Seed, "random seed")
			tagEpochs := fs.Int("tag-epochs", def.TagEpochs, "tagger training epochs")
			parseEpochs := fs.Int("parse-epochs", def.ParseEpochs, "parser training epochs")
			folds := fs.Int("folds", def.Folds, "jackknife folds for the parser's training tags (0: gold tags)")
			beam := fs.Int("beam", def.Beam, "also train a beam-search action model of this width (0: none)")
			beamEpochs := fs.Int("beam-epochs", def.BeamEpochs, "beam model training epochs")
			prune := fs.Float64("prune", def.Prune, "drop averaged weights smaller than this")
			twoPass := fs.Bool("two-pass", def.TwoPass, "train a second tagger pass that sees first-pass tags to the right")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) != 0 {
					return usagef("train takes no arguments")
				}
				train, err := readConllu(filepath.Join(*dir, "en_ewt-ud-train.conllu"))
				if err != nil {
					return err
				}
				for _, f := range strings.Split(*extra, ",") {
					if f = strings.TrimSpace(f); f == "" {
						continue
					}
					more, err := readConllu(f)
					if err != nil {
						return err
					}
					more = conllu.FilterDocs(more, strings.Split(*exclude, ","), false)
					for range max(*extraTimes, 1) {
						train = append(train, more...)
					}
					env.Log.Info("extra training data", "file", f, "sentences", len(more), "times", max(*extraTimes, 1))
				}
				opt := nlp.TrainOptions{Seed: *seed, TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs, Folds: *folds,
					Beam: *beam, BeamEpochs: *beamEpochs, Prune: *prune, TwoPass: *twoPass, Workers: 2, Log: env.Log}
				start := time.Now()
				m, err := nlp.Train(ctx, train, opt)
				if err != nil {
					return err
				}
				tmp := *out + ".tmp"
				f, err := os.Create(tmp)
				if err != nil {
					return err
				}
				n, err := m.WriteTo(f)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					os.Remove(tmp)
					return fmt.Errorf("write %s: %w", *out, err)
				}
				if err := os.Rename(tmp, *out); err != nil {
					return err
				}
				env.Log.Info("wrote models", "file", *out, "bytes", n, "elapsed", time.Since(start).Round(time.Second))
				return nil
			}
		},
	}
}
