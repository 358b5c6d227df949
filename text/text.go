// Package text is Sandpiper's raw-text front end: it turns a
// doc.Document's Text into sentences and tokens the way the models,
// trained on UD English EWT, expect them.
//
// It owns the Dateline, Sentences and Tokens fields of doc.Document.
// Analyze sets them from Text, replacing whatever was there; of each
// token it sets Start, End (byte offsets into the original Text), Form
// (the normalised form), SpaceAfter, MultiWord, and Head = doc.NoHead.
// It leaves ID, Date, URL, Title, Spans and the tokens' annotation
// (Lemma, UPOS, XPOS, Rel) to others.
//
// Analyze is a chain of small stages, each usable alone:
//
//	FindDateline   finds a leading wire dateline ("BEIRUT, Lebanon —"),
//	               which is left out of the tokens;
//	Tokenize       splits text into EWT-style tokens with offsets,
//	               normalising forms with Normalize (curly quotes,
//	               dashes, ellipsis, invisible characters);
//	SplitSentences groups the tokens into sentences of at most
//	               MaxSentenceTokens tokens.
//
// Nothing here panics on malformed input: invalid UTF-8 becomes U+FFFD
// tokens with the right offsets, control characters separate tokens, and
// time and memory are linear in the length of the text. The package has
// no mutable package-level state; its tables are read-only.
package text

import "sandpiper/doc"

// Analyze sets d.Dateline, d.Sentences and d.Tokens from d.Text.
func Analyze(d *doc.Document) {
	s := d.Text
	t := tokenizer{s: s, out: make([]doc.Token, 0, estimateTokens(s)), openQuote: -1}
	dl := FindDateline(s)
	if dl.IsZero() {
		t.run(0, len(s))
	} else {
		t.run(0, dl.Start)
		t.run(dl.End, len(s))
	}
	d.Dateline = dl
	d.Tokens, d.Sentences = SplitSentences(s, t.out)
}
