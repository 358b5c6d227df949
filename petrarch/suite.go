package petrarch

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Suite is one unit-test records file.
type Suite struct {
	Name        string // the name given to Read
	Environment Environment
	// Items are the Config changes and Records outside the Environment, in
	// document order.
	Items []Item
}

// Records returns the suite's records in order, without the Config items.
func (s *Suite) Records() []*Record {
	var out []*Record
	for _, it := range s.Items {
		if it.Record != nil {
			out = append(out, it.Record)
		}
	}
	return out
}

// Environment is the <Environment> element: which dictionaries and options
// the suite runs with.
type Environment struct {
	// Typed copies of the well-known children, as written (file names are
	// relative to the dictionary directory).
	VerbFile    string   // <Verbfile>
	ActorFile   string   // <Actorfile>
	AgentFile   string   // <Agentfile>
	DiscardFile string   // <Discardfile>
	ErrorFile   string   // <Errorfile>
	Include     []string // <Include>, split on white space: categories to run
	Pause       string   // <Pause>
	// Config holds the <Config> children: options set before any record.
	Config []Config
	// Elements are all child elements in order, the ones above included.
	Elements []Element
	Line     int // line of <Environment>; 0 when the file has none
}

// Element is an XML element kept generically: its name, attributes and
// whitespace-normalised text (the text of nested elements included).
type Element struct {
	Name  string
	Attrs []Attr
	Text  string
	Line  int
}

// Attr is one XML attribute. Name is "prefix:local" for a prefixed name.
type Attr struct {
	Name, Value string
}

// lookup returns the value of the attribute called name.
func lookup(attrs []Attr, name string) (string, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// Item is one entry of Suite.Items: exactly one of Config and Record is
// non-nil.
type Item struct {
	Config *Config
	Record *Record
}

// Config is a <Config option="…" value="…"> element. It changes an option
// for the records that follow it.
type Config struct {
	Option string
	Value  string
	Line   int
}

// Bool reads Value as a boolean: "true" or "false" in any case.
func (c Config) Bool() (bool, error) {
	b, ok := parseBool(c.Value)
	if !ok {
		return false, fmt.Errorf("petrarch: config %s: %q is not true or false", c.Option, c.Value)
	}
	return b, nil
}

// Int reads Value as a decimal integer.
func (c Config) Int() (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(c.Value))
	if err != nil {
		return 0, fmt.Errorf("petrarch: config %s: %w", c.Option, err)
	}
	return n, nil
}

// Record is one <Sentence> record.
type Record struct {
	ID       string    // id attribute
	Date     time.Time // date attribute (YYYYMMDD), UTC midnight; zero if absent or bad
	Category string    // category attribute
	Place    string    // place attribute: code for anonymous actors
	// Sentence is the sentence="true" flag: the text is one sentence rather
	// than a block of sentences. Absent means false.
	Sentence bool
	// NoEvents reports that nothing may be coded: an <EventCoding
	// noevents="True"> child or a noevents attribute on the record.
	NoEvents bool
	Text     string   // <Text>, white space collapsed to single spaces
	Parse    string   // <Parse>, white space collapsed to single spaces
	Expected []Coding // <EventCoding> children in order
	Attrs    []Attr   // every attribute of <Sentence>, in order
	Line     int      // line of <Sentence>
}

// Attr returns the value of the record's attribute called name, or "".
func (r *Record) Attr(name string) string {
	v, _ := lookup(r.Attrs, name)
	return v
}

// Events returns the expected codings that are events (see Coding.IsEvent).
func (r *Record) Events() []Coding {
	var out []Coding
	for _, c := range r.Expected {
		if c.IsEvent() {
			out = append(out, c)
		}
	}
	return out
}

// Coding is one <EventCoding> element.
type Coding struct {
	Source string // sourcecode attribute
	Target string // targetcode attribute
	Event  string // eventcode attribute
	// Error is the error attribute: the record must be rejected for this
	// reason (dateline, bad_input_parse, storydiscard, sentencediscard…)
	// and yields no event.
	Error string
	// NoEvents is the noevents="True" attribute: no event may be coded.
	NoEvents bool
	Attrs    []Attr // every attribute, in order
	Line     int
}

// IsEvent reports whether c expects an event rather than an error or the
// absence of events.
func (c Coding) IsEvent() bool {
	return c.Error == "" && !c.NoEvents && c.Event != ""
}

// parseBool reads "true" or "false" in any case, ignoring surrounding space.
func parseBool(s string) (value, ok bool) {
	s = strings.TrimSpace(s)
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}

// normalize collapses runs of white space to one space and trims the ends.
func normalize(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
