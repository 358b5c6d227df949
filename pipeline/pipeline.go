// Package pipeline wires Sandpiper's stages: each Stage reads and sets
// fields of one doc.Document, and a Pipeline runs them in order. The text
// stage (normalise, dateline, sentences, tokens) comes first, then the NLP
// stage (tags, lemmas, dependency trees).
package pipeline

import (
	"context"
	"fmt"

	"sandpiper/doc"
	"sandpiper/nlp"
	"sandpiper/text"
)

// Stage is one step of the pipeline.
type Stage interface {
	// Name is the stage's versioned name, such as "text.v1".
	Name() string
	// Process reads and sets fields of d.
	Process(ctx context.Context, d *doc.Document) error
}

// Pipeline runs stages in order. It is not safe for concurrent use (stages
// keep scratch buffers); build one per goroutine with New.
type Pipeline struct {
	Stages []Stage
}

// Process runs every stage on d, stopping at the first error.
func (p *Pipeline) Process(ctx context.Context, d *doc.Document) error {
	for _, s := range p.Stages {
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}

// TextStage segments raw text into sentences and tokens.
type TextStage struct{}

// Name implements Stage.
func (TextStage) Name() string { return "text.v1" }

// Process implements Stage.
func (TextStage) Process(_ context.Context, d *doc.Document) error {
	text.Analyze(d)
	return nil
}

// NLPStage tags, lemmatises and parses.
type NLPStage struct {
	Models  *nlp.Models
	scratch nlp.Scratch
}

// Name implements Stage.
func (*NLPStage) Name() string { return "nlp.ewt.v1" }

// Process implements Stage.
func (s *NLPStage) Process(ctx context.Context, d *doc.Document) error {
	return s.Models.Annotate(ctx, d, &s.scratch)
}

// New returns the standard pipeline for raw text: text segmentation then
// the given models.
func New(m *nlp.Models) *Pipeline {
	return &Pipeline{Stages: []Stage{TextStage{}, &NLPStage{Models: m}}}
}
