// Package lexicon owns Sandpiper's event-coding dictionaries: verbs with
// their patterns, actors, agents, discards and issues, read from the
// PETRARCH 2 / TABARI text formats and held in memory in the shapes an event
// coder needs.
//
// # What goes in
//
// Each reader takes an io.Reader and a name used in positions:
//
//	ReadVerbs     CAMEO.2.0.txt, PETR.Validate.verbs.txt
//	ReadActors    Phoenix.*.actors.txt, PETR.Validate.actors.txt
//	ReadAgents    Phoenix.agents.txt, PETR.Validate.agents.txt
//	ReadDiscards  Phoenix.discards.txt, PETR.Validate.discards.txt
//	ReadIssues    Phoenix.IssueCoding.txt
//
// LoadDir and Options.LoadFS read a list of files, choosing the reader by
// file name (see KindOf), into one Set. Options selects how regular verb
// forms and noun plurals are generated (Inflection).
//
// # What comes out
//
// Every reader returns the dictionary it could build together with an
// ErrorList of positioned errors (file:line: message, sorted), like
// go/scanner: a bad line is reported and skipped, the rest is kept. The
// returned value is never nil. Lines that PETRARCH itself accepts but
// skips or reinterprets (a quirk) are not errors: they are reported in the
// dictionary's Warnings list, and the package comments name each quirk.
//
// Verbs are grouped into families (the "--- NAME [code] ---" blocks); every
// form of every verb, regular or irregular, is indexed so that
// Verbs.Lookup finds the family from any inflected form. Patterns are kept
// as a small typed syntax tree (Elem) with their code and origin.
// Actors, agents, discards and issues are indexed by first word for
// longest-match lookup on token sequences (Match); matching is
// case-insensitive, dictionary words being stored upper-cased as PETRARCH
// does. Actor codes carry their date restrictions and Actor.CodeAt picks
// the code that applies on a given day.
//
// # Conventions
//
// Codes are kept exactly as written between the brackets (Code). Dates are
// calendar days (Date); YYMMDD years 00–30 are read as 2000–2030 and
// 31–99 as 1931–1999, the convention PETRARCH inherited from KEDS and
// TABARI. The package has no package-level mutable state: dictionaries are
// values, safe for concurrent reads once loaded. Nothing panics on input.
//
// The package depends only on the standard library; it reads no files by
// itself except through LoadDir / Options.LoadFS.
package lexicon
