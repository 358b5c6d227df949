package cli

import (
	"context"
	"fmt"

	"sandpiper/doc"
	"sandpiper/petrarch"
	"sandpiper/ptb"
)

// suppliedParser converts the record's Penn Treebank parse to a dependency
// tree instead of parsing the text: a diagnostic that separates parser
// errors from coder errors.
func suppliedParser() docParser {
	return func(_ context.Context, r *petrarch.Record) (*doc.Document, error) {
		t, err := ptb.ParseTree(r.Parse)
		if err != nil {
			return nil, fmt.Errorf("%s: parse: %w", r.ID, err)
		}
		d := ptb.ToDocument(t)
		if len(d.Sentences) == 0 {
			return nil, fmt.Errorf("%s: parse has no words", r.ID)
		}
		d.ID = r.ID
		return d, nil
	}
}
