package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Span is a byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Actor is one coded participant of an event.
type Actor struct {
	Text    string // the noun phrase as written
	Code    string // the actor code, "---" prefixed when only an agent was found
	Country string // ISO 3166-1 alpha-3 code when Code starts with one, else ""
	Sector  string // the rest of the code after the country, or the agent codes
	Span    Span   // the noun phrase in the original text
	head    int    // document index of the phrase's head token
}

// Event is one coded event.
type Event struct {
	ID       string // stable hash of document, sentence, codes and spans
	DocID    string
	Sentence int    // sentence index in the document
	Date     string // story date, YYYY-MM-DD, or ""
	Source   Actor
	// Target is nil when the event has no target (possible only without
	// Options.RequireDyad).
	Target *Actor
	Code   string // the CAMEO (or dictionary) event code
	// SentenceSpan and Verb locate the sentence and the verb (all its
	// words for a multi-word verb) in the original text.
	SentenceSpan Span
	Verb         Span
	// Rule is the dictionary position of the pattern that fired, or of
	// the verb entry when no pattern matched: "file:line".
	Rule string
}

// Root returns the CAMEO root code: the first two characters of a code of
// three or more characters, else the code itself.
func (e *Event) Root() string {
	return Root(e.Code)
}

// Root returns the CAMEO root of an event code ("190" → "19").
func Root(code string) string {
	if len(code) >= 3 {
		return code[:2]
	}
	return code
}

// makeID hashes what identifies an event.
func makeID(e *Event) string {
	h := sha256.New()
	write := func(s string) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	write(e.DocID)
	write(strconv.Itoa(e.Sentence))
	write(e.Source.Code)
	tcode, tspan := "", Span{-1, -1}
	if e.Target != nil {
		tcode, tspan = e.Target.Code, e.Target.Span
	}
	write(tcode)
	write(e.Code)
	for _, s := range []Span{e.Source.Span, e.Verb, tspan} {
		write(strconv.Itoa(s.Start))
		write(strconv.Itoa(s.End))
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:8])
}
