// Package doc owns Sandpiper's document model: one Document handed along
// every stage, holding the original text and flat slices of sentences,
// tokens and spans. Tokens and spans refer to the original text by byte
// offsets; heads and sentence bounds are indices, never pointers.
//
// Stages fill fields in order: text sets Sentences and the offsets and
// forms of Tokens; nlp sets UPOS, XPOS, Lemma, Head and Rel.
package doc

// Document is one article or text handed along the pipeline.
type Document struct {
	ID    string // caller's identifier (file name, JSONL id)
	Date  string // story date, YYYY-MM-DD, or empty
	URL   string
	Title string
	// Text is the original text. Every offset in the document indexes it.
	Text string
	// Dateline is the byte span of a leading dateline ("BEIRUT, Lebanon —"),
	// or the zero Span when there is none.
	Dateline Span
	// Sentences are in text order; each covers a run of Tokens.
	Sentences []Sentence
	// Tokens are syntactic words in text order (clitics such as "n't" are
	// their own tokens).
	Tokens []Token
	// Spans are labelled ranges added by later stages.
	Spans []Span
}

// Sentence is a run of tokens [First, Last) and the byte span it covers.
type Sentence struct {
	First, Last int // token indices, Last exclusive
	Start, End  int // byte offsets into Document.Text
}

// Len returns the number of tokens in the sentence.
func (s Sentence) Len() int { return s.Last - s.First }

// NoHead marks a token whose head is not (yet) known.
const NoHead = -2

// Root is the head value of a sentence's root token.
const Root = -1

// Token is one syntactic word.
type Token struct {
	// Start and End are byte offsets into Document.Text. Words split from one
	// surface token (do|n't) have adjacent ranges.
	Start, End int
	// Form is the normalised form the models see (straight quotes, ASCII
	// dashes); Text[Start:End] is the original.
	Form  string
	Lemma string
	UPOS  string // Universal POS tag
	XPOS  string // Penn Treebank tag
	// Head is the index into Document.Tokens of the syntactic head, Root for
	// the sentence root and NoHead before parsing.
	Head int
	Rel  string // Universal Dependencies relation
	// SpaceAfter reports whether whitespace follows the token in the text.
	SpaceAfter bool
	// MultiWord, when > 0, marks the first word of a surface token split into
	// that many words (don't → do n't).
	MultiWord int
}

// Span is a labelled range of tokens [First, Last) with its byte offsets.
type Span struct {
	First, Last int
	Start, End  int
	Label       string
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// SentenceTokens returns the tokens of sentence i as a sub-slice (shared
// storage, not a copy).
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// SentenceText returns the original text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}
