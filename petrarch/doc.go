// Package petrarch reads PETRARCH's unit-test records: the XML file
// (PETR.UnitTest.records.xml) that pairs sentences, their Penn Treebank
// parses and the events PETRARCH is expected to code from them.
//
// # What goes in
//
// Read takes the XML text and a name used in error positions. The file is
// a <Validation> root holding one <Environment> (the dictionaries the suite
// uses, plus options) and a <Sentences> list in which <Sentence> records
// and <Config option=… value=…> changes are interleaved.
//
// # What comes out
//
// A Suite: the Environment, every child element kept generically with
// typed fields for the dictionary file names, and Items in document order,
// each either a Config change (which applies to the records after it) or a
// Record. A Record keeps all its attributes, typed fields for the common
// ones, its whitespace-normalised <Text> and <Parse>, and the expected
// <EventCoding> elements with every attribute, including error="…" and
// noevents="True", which carry no event.
//
// Read streams the XML with encoding/xml, skipping comments and elements
// it does not know. Malformed XML stops reading; a bad attribute value (a
// date that is not YYYYMMDD, a sentence flag that is not true/false) is
// recorded and reading goes on. Either way the error names file and line,
// and the Suite read so far is returned. Nothing panics on input and the
// package has no package-level mutable state.
package petrarch
