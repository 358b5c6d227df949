// Package coder turns parsed sentences into CAMEO events with PETRARCH 2 /
// TABARI dictionaries: who did what to whom, with the evidence.
//
// # What goes in
//
// A *doc.Document whose sentences carry Universal Dependencies trees (the
// text and nlp stages, or ptb.ToDocument), a *lexicon.Set, and typed
// Options. The story date (Document.Date, or the date passed to
// Coder.Code) selects date-bounded actor codes.
//
// # What comes out
//
// Events in document, sentence and verb order. For every verb of a
// sentence that the verb dictionary knows (single-word or multi-word,
// matched on the word form, or on the lemma for irregular forms), the
// family's patterns are matched against the sentence as TABARI and
// PETRARCH 2 do (words in order around the verb, '_' for adjacent words,
// synsets, source '$', target '+', compound '%' and skip '^' slots); the
// most specific matching pattern wins, ties going to dictionary order, and
// the verb's own code applies when none matches. Source and target come
// from the pattern's slots or else from the dependency tree: the subject
// (inherited through xcomp, conj and copulas; the antecedent of a relative
// clause; the by-phrase of a passive, whose subject becomes the target)
// and the first coded noun phrase after the verb in its clause. A noun
// phrase is coded from the actor dictionary (longest match, dated codes)
// and the agent dictionary (agent codes combined with a country found in
// the phrase, a possessive or an of/in/from modifier); conjuncts give one
// event each (list items and coordinated appositives too). Words of
// comma-delimited clauses that Options.Commas skips (PETRARCH's comma_*
// options, by clause position and length) are hidden from verbs and
// actors. A one-sided event inside a noun phrase or subordinate clause of
// a verb with a dyadic event folds into that event and is not reported.
// A negated verb codes only through a pattern that names the
// negation. A sentence holding a discard phrase codes nothing (a story
// discard stops the whole document). Every event carries byte spans of
// source, verb and target, and the dictionary position of the rule.
//
// The package keeps no package-level mutable state; a Coder is read-only
// after New and safe for concurrent use.
package coder
