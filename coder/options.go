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
}

// DefaultOptions returns PETRARCH 2's defaults: dyads required, no new
// actors.
func DefaultOptions() Options {
	return Options{RequireDyad: true}
}
