package nlp

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"sandpiper/conllu"
	"sandpiper/nlp/lemma"
)

// TrainOptions controls `sandpiper train`.
type TrainOptions struct {
	Seed        uint64
	TagEpochs   int
	ParseEpochs int
	// Folds is the number of jackknife folds used to give the parser
	// training data predicted (not gold) tags, as it will see at run time.
	// 0 or 1 trains the parser on gold tags.
	Folds int
	// Beam, when > 1, also trains an action model for beam search of this
	// width, for BeamEpochs epochs.
	Beam       int
	BeamEpochs int
	// Prune drops averaged weights (and so features) of smaller magnitude:
	// at 1.0 it halves the EWT models and costs about 0.1 UAS on dev.
	Prune float64
	// TwoPass trains a second tagger pass that sees the first pass's tags
	// of the following words (needs Folds > 1).
	TwoPass bool
	// Workers bounds the goroutines used for jackknifing.
	Workers int
	Log     *slog.Logger
}

// DefaultTrainOptions are the settings the committed models were trained
// with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Seed: 1, TagEpochs: 10, ParseEpochs: 10, Folds: 5, Beam: 8, BeamEpochs: 14, Prune: 1, TwoPass: true, Workers: 2}
}

// Train trains all models on sents. Training is deterministic: the same
// sentences and options give byte-identical models, whatever Workers is.
func Train(ctx context.Context, sents []*conllu.Sentence, opt TrainOptions) (*Models, error) {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	var tags func(i int) (upos, xpos []string)
	var firstPass func(i int) []string
	if opt.Folds > 1 {
		pu, px, err := jackknife(ctx, sents, opt)
		if err != nil {
			return nil, err
		}
		tags = func(i int) ([]string, []string) { return pu[i], px[i] }
		if opt.TwoPass {
			firstPass = func(i int) []string {
				out := make([]string, len(pu[i]))
				for j := range out {
					out[j] = pu[i][j] + "\t" + px[i][j]
				}
				return out
			}
		}
	}
	opt.Log.Info("training tagger", "sentences", len(sents), "two_pass", firstPass != nil)
	tagger, err := TrainTagger(ctx, sents, TaggerOptions{Epochs: opt.TagEpochs, Seed: opt.Seed, Prune: opt.Prune, Log: opt.Log, FirstPass: firstPass})
	if err != nil {
		return nil, err
	}
	lem := lemma.Train(sents)
	opt.Log.Info("training parser")
	parser, err := TrainParser(ctx, sents, ParserOptions{Epochs: opt.ParseEpochs, Seed: opt.Seed, Explore: 0.9, Prune: opt.Prune, Log: opt.Log, Tags: tags, Lex: tagger.lex})
	if err != nil {
		return nil, err
	}
	if opt.Beam > 1 {
		opt.Log.Info("training beam parser", "beam", opt.Beam)
		exs := parser.examples(sents, tags, tagger.lex)
		if err := parser.TrainBeam(ctx, exs, opt.Beam, opt.BeamEpochs, opt.Seed, opt.Prune, opt.Log.Info); err != nil {
			return nil, err
		}
	}
	return &Models{Tagger: tagger, Lemma: lem, Parser: parser}, nil
}

// jackknife tags each fold of sents with a tagger trained on the others.
func jackknife(ctx context.Context, sents []*conllu.Sentence, opt TrainOptions) (upos, xpos [][]string, err error) {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	upos = make([][]string, len(sents))
	xpos = make([][]string, len(sents))
	workers := max(opt.Workers, 1)
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	errs := make([]error, opt.Folds)
	for f := 0; f < opt.Folds; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(f int) {
			defer wg.Done()
			defer func() { <-sem }()
			var train []*conllu.Sentence
			for i, s := range sents {
				if i%opt.Folds != f {
					train = append(train, s)
				}
			}
			opt.Log.Info("jackknife fold", "fold", f+1, "of", opt.Folds)
			tg, err := TrainTagger(ctx, train, TaggerOptions{Epochs: opt.TagEpochs, Seed: opt.Seed + uint64(f) + 1})
			if err != nil {
				errs[f] = err
				return
			}
			var sc tagScratch
			var ids []int
			for i := f; i < len(sents); i += opt.Folds {
				forms := make([]string, len(sents[i].Words))
				for j, w := range sents[i].Words {
					forms[j] = w.Form
				}
				ids = tg.tag(&sc, forms, ids)
				u := make([]string, len(ids))
				x := make([]string, len(ids))
				for j, c := range ids {
					u[j], x[j] = tg.upos[c], tg.xpos[c]
				}
				upos[i], xpos[i] = u, x
			}
		}(f)
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return nil, nil, fmt.Errorf("jackknife: %w", e)
		}
	}
	return upos, xpos, nil
}
