package coder

// Options are the coder's settings. The zero value is not PETRARCH's
// default: use DefaultOptions.
type Options struct {
	// RequireDyad drops events that lack a source or a target actor.
	RequireDyad bool
	// NewActorLength, when positive, codes a noun phrase of at most that
	// many words that no dictionary knows as a new actor whose code is the
	// quoted upper-case phrase ("\"THE MINISTRY OF MAGIC\"").
	NewActorLength int
	// Commas set the skipping of comma-delimited clauses.
	Commas CommaOptions
}

// CommaOptions say which comma-delimited clauses of a sentence the coder
// skips, as TABARI and PETRARCH's comma_* options do. A clause is the
// words before the first comma (initial), between two commas (internal)
// or after the last comma (terminal); commas inside a noun phrase
// ("Mordor, the Shire and Bree"; "Osgiliath, the state's foe") do not
// delimit clauses. A clause whose word count (tokens starting with a
// letter) lies within [Min, Max] for its position is skipped: every word
// whose whole dependency subtree lies inside the clause is hidden from
// verb, pattern and actor matching, while words governing material outside
// it (the main verb of "Arnor is about to restore, …") stay. A Max of 0
// turns that position's check off.
type CommaOptions struct {
	Min, Max   int // internal clauses (comma_min, comma_max)
	BMin, BMax int // the initial clause (comma_bmin, comma_bmax)
	EMin, EMax int // the terminal clause (comma_emin, comma_emax)
}

// DefaultOptions returns PETRARCH 2's defaults: dyads required, no new
// actors, internal and terminal comma clauses of 2 to 8 words skipped,
// initial clauses kept.
func DefaultOptions() Options {
	return Options{RequireDyad: true, Commas: DefaultCommaOptions()}
}

// DefaultCommaOptions returns PETRARCH's comma defaults (from TABARI):
// internal and terminal clauses of 2 to 8 words skipped, initial clauses
// kept.
func DefaultCommaOptions() CommaOptions {
	return CommaOptions{Min: 2, Max: 8, EMin: 2, EMax: 8}
}
