package cli

import (
	"context"
	"errors"

	"sandpiper/doc"
	"sandpiper/petrarch"
)

// suppliedParser converts the record's Penn Treebank parse.
func suppliedParser() docParser {
	return func(ctx context.Context, r *petrarch.Record) (*doc.Document, error) {
		return nil, errors.New("the ptb package is not available yet")
	}
}
