package lexicon

import (
	"fmt"
	"sort"
	"strconv"
)

// Pos is a position in a dictionary file: the name given to the reader and
// a 1-based line number. Line 0 means the file as a whole.
type Pos struct {
	File string
	Line int
}

// String returns "file:line", or "file" when Line is 0.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// Error is a problem found at a position in a dictionary file.
type Error struct {
	Pos Pos
	Msg string
}

// Error returns "file:line: message".
func (e *Error) Error() string {
	return e.Pos.String() + ": " + e.Msg
}

// ErrorList is a list of positioned errors, in the manner of
// go/scanner.ErrorList. The zero value is an empty list ready to use; Err
// returns nil for an empty list, so an ErrorList can be returned as an
// error without turning "no errors" into a non-nil interface.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, msg string) {
	*l = append(*l, &Error{Pos: pos, Msg: msg})
}

// Addf appends a formatted error at pos.
func (l *ErrorList) Addf(pos Pos, format string, args ...any) {
	l.Add(pos, fmt.Sprintf(format, args...))
}

// Len, Less and Swap implement sort.Interface: by file, line, message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Pos.File != b.Pos.File {
		return a.Pos.File < b.Pos.File
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	return a.Msg < b.Msg
}

// Sort sorts the list by position; errors at the same position keep a
// deterministic (message) order.
func (l ErrorList) Sort() { sort.Stable(l) }

// Error describes the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
