package lexicon

import "strings"

// Code is an event, actor or issue code exactly as written between the
// brackets of a dictionary entry: "190", "0874", "---", "042:043", ":173",
// "080!", "+++", "ELR/GAL", even "pse". Readers never reinterpret a code;
// the methods below only take it apart.
type Code string

// Null is the null code "---": an isolated verb (or actor) that generates
// no event (or no actor code).
const Null Code = "---"

// IsNull reports whether c is the null code "---".
func (c Code) IsNull() bool { return c == Null }

// Split separates a paired code "A:B" at its first colon. In TABARI
// dictionaries the first part applies to the source→target event and the
// second to the reverse, target→source, event; either part may be empty
// (":173" codes only the reverse event). For a code without a colon, first
// is c and paired is false.
func (c Code) Split() (first, second Code, paired bool) {
	i := strings.IndexByte(string(c), ':')
	if i < 0 {
		return c, "", false
	}
	return c[:i], c[i+1:], true
}

// AgentCode is an agent's code with its placement marker '~' removed. A
// code written "~GOV" is appended after the actor code (the usual case);
// one written "NGO~" is put before it (Before is true).
type AgentCode struct {
	Code   Code
	Before bool
}

// String returns the code as written in the dictionary: "~GOV" or "NGO~".
func (a AgentCode) String() string {
	if a.Before {
		return string(a.Code) + "~"
	}
	return "~" + string(a.Code)
}

// Apply combines the agent code with an actor code: "GOV" after "USA" gives
// "USAGOV", "NGO" before "USA" gives "NGOUSA".
func (a AgentCode) Apply(actor Code) Code {
	if a.Before {
		return a.Code + actor
	}
	return actor + a.Code
}

// parseAgentCode reads "~CODE" or "CODE~" (blanks inside the brackets, as
// in "[  NGO~]" and "[ ~COP]", are already trimmed).
func parseAgentCode(s string) (AgentCode, bool) {
	switch {
	case len(s) > 1 && s[0] == '~' && !strings.ContainsAny(s[1:], "~ \t"):
		return AgentCode{Code: Code(s[1:])}, true
	case len(s) > 1 && s[len(s)-1] == '~' && !strings.ContainsAny(s[:len(s)-1], "~ \t"):
		return AgentCode{Code: Code(s[:len(s)-1]), Before: true}, true
	}
	return AgentCode{}, false
}
