package text

// Read-only tables used by the tokeniser and the sentence splitter. They
// are map literals, never written after package initialisation.

// abbrClass says how an abbreviation followed by a period behaves at a
// possible sentence end.
type abbrClass uint8

const (
	abbrNone abbrClass = iota
	// abbrTitle precedes what it modifies (Mr., Gen., No. 5, e.g.): it
	// never ends a sentence within a paragraph.
	abbrTitle
	// abbrWeak (U.S., Inc., Jr., Calif., initials) ends a sentence only
	// when a typical sentence opener ("The", "He", "But") follows.
	abbrWeak
	// abbrStrong (etc., a.m., Jan.) ends a sentence before any capitalised
	// word except a few that continue it ("p.m. Monday", "a.m. EST").
	abbrStrong
	// abbrNumber (No., Vol., Art.) is an abbreviation only before a
	// number; it then behaves as abbrTitle.
	abbrNumber
)

// abbrevs maps abbreviations, without their final period, to their class.
// Dotted acronyms (U.S., a.m.) and single capital letters are recognised
// by shape, not listed here.
var abbrevs = map[string]abbrClass{
	// Titles and ranks.
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Messrs": abbrTitle, "Mmes": abbrTitle,
	"Dr": abbrTitle, "Drs": abbrTitle, "Prof": abbrTitle, "Profs": abbrTitle,
	"Gen": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle, "Sgt": abbrTitle, "Capt": abbrTitle,
	"Cpl": abbrTitle, "Pvt": abbrTitle, "Pfc": abbrTitle, "Maj": abbrTitle, "Adm": abbrTitle,
	"Cmdr": abbrTitle, "Cdr": abbrTitle, "Brig": abbrTitle, "Lieut": abbrTitle, "Spc": abbrTitle,
	"Spec": abbrTitle, "Sen": abbrTitle, "Sens": abbrTitle, "Rep": abbrTitle, "Reps": abbrTitle,
	"Gov": abbrTitle, "Govs": abbrTitle, "Atty": abbrTitle, "Supt": abbrTitle,
	"Det": abbrTitle, "Insp": abbrTitle, "Rev": abbrTitle, "Revs": abbrTitle, "Fr": abbrTitle,
	"Msgr": abbrTitle, "Hon": abbrTitle, "Pres": abbrTitle, "Sec": abbrTitle, "Secs": abbrTitle,
	"Amb": abbrTitle, "Sr": abbrWeak, "Jr": abbrWeak, "Sra": abbrTitle, "Mme": abbrTitle,
	"Mlle": abbrTitle, "Esq": abbrWeak, "Ph.D": abbrWeak,
	// Places in names.
	"St": abbrTitle, "Ste": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle, "Pt": abbrTitle,
	"Ave": abbrWeak, "Blvd": abbrWeak, "Rd": abbrWeak, "Hwy": abbrWeak, "Sq": abbrWeak,
	"Ln": abbrWeak, "Pl": abbrWeak, "Pkwy": abbrWeak,
	// Companies.
	"Inc": abbrWeak, "Corp": abbrWeak, "Co": abbrWeak, "Cos": abbrWeak, "Ltd": abbrWeak,
	"Bros": abbrWeak, "Assn": abbrWeak, "Dept": abbrWeak, "Univ": abbrWeak, "Intl": abbrWeak,
	"Mfg": abbrWeak, "Plc": abbrWeak, "Cie": abbrWeak, "Comm": abbrWeak, "Govt": abbrWeak,
	// US states (AP style).
	"Ala": abbrWeak, "Ariz": abbrWeak, "Ark": abbrWeak, "Calif": abbrWeak, "Colo": abbrWeak,
	"Conn": abbrWeak, "Del": abbrWeak, "Fla": abbrWeak, "Ga": abbrWeak, "Ill": abbrWeak,
	"Ind": abbrWeak, "Kan": abbrWeak, "Kans": abbrWeak, "Ky": abbrWeak, "La": abbrWeak,
	"Md": abbrWeak, "Mass": abbrWeak, "Mich": abbrWeak, "Minn": abbrWeak, "Miss": abbrWeak,
	"Mo": abbrWeak, "Mont": abbrWeak, "Neb": abbrWeak, "Nev": abbrWeak, "Okla": abbrWeak,
	"Ore": abbrWeak, "Pa": abbrWeak, "Penn": abbrWeak, "Tenn": abbrWeak, "Tex": abbrWeak,
	"Va": abbrWeak, "Vt": abbrWeak, "Wash": abbrWeak, "Wis": abbrWeak, "Wyo": abbrWeak,
	"Alta": abbrWeak, "Ont": abbrWeak, "Que": abbrWeak,
	// Months and days.
	"Jan": abbrStrong, "Feb": abbrStrong, "Apr": abbrStrong, "Aug": abbrStrong,
	"Sep": abbrStrong, "Sept": abbrStrong, "Oct": abbrStrong, "Nov": abbrStrong, "Dec": abbrStrong,
	"Mon": abbrStrong, "Tue": abbrStrong, "Tues": abbrStrong, "Wed": abbrStrong,
	"Thu": abbrStrong, "Thur": abbrStrong, "Thurs": abbrStrong, "Fri": abbrStrong,
	"Sat": abbrStrong, "Sun": abbrStrong,
	// Latin and general.
	"etc": abbrStrong, "Etc": abbrStrong, "vs": abbrTitle, "Vs": abbrTitle, "v": abbrTitle,
	"cf": abbrTitle, "Cf": abbrTitle, "al": abbrWeak, "approx": abbrTitle, "Approx": abbrTitle, "pop": abbrTitle,
	"ca": abbrTitle, "c": abbrTitle, "viz": abbrTitle, "esp": abbrTitle, "incl": abbrTitle,
	"est": abbrWeak, "Est": abbrWeak, "ext": abbrTitle, "Ext": abbrTitle, "Attn": abbrTitle,
	"Tel": abbrTitle, "tel": abbrTitle, "Fax": abbrTitle, "Ref": abbrTitle, "ref": abbrTitle,
	// Units.
	"ft": abbrWeak, "lb": abbrWeak, "lbs": abbrWeak, "oz": abbrWeak, "mi": abbrWeak,
	"yds": abbrWeak, "sq": abbrTitle, "hr": abbrWeak, "hrs": abbrWeak, "mins": abbrWeak,
	"min": abbrWeak, "sec": abbrWeak, "secs": abbrWeak, "mph": abbrWeak,
	// Only before numbers.
	"No": abbrNumber, "Nos": abbrNumber, "no": abbrNumber, "nos": abbrNumber,
	"Vol": abbrNumber, "Vols": abbrNumber, "vol": abbrNumber, "Art": abbrNumber,
	"Fig": abbrNumber, "fig": abbrNumber, "Figs": abbrNumber, "p": abbrNumber, "pp": abbrNumber,
	"Ch": abbrNumber, "ch": abbrNumber, "Nr": abbrNumber, "Op": abbrNumber,
	"Pg": abbrNumber, "pg": abbrNumber, "Para": abbrNumber, "para": abbrNumber, "Rs": abbrNumber,
	"Ps": abbrNumber,
}

// dottedStrong lists dotted acronyms (lower-cased, without the final
// period) that end a sentence before any capitalised word.
var dottedStrong = map[string]bool{
	"a.m": true, "p.m": true,
}

// dottedTitle lists dotted acronyms that never end a sentence.
var dottedTitle = map[string]bool{
	"e.g": true, "i.e": true, "E.g": true, "I.e": true, "viz": true, "c.f": true,
}

// sentenceOpeners are capitalised words that typically start a sentence
// and rarely continue a name: after an abbreviation such as "U.S." or an
// initial they signal a sentence boundary.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "Here": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"Or": true, "So": true, "If": true, "When": true, "While": true, "After": true,
	"Before": true, "Although": true, "Though": true, "As": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "My": true, "Your": true, "What": true,
	"Who": true, "Why": true, "How": true, "Where": true, "Which": true, "Some": true,
	"Many": true, "Most": true, "All": true, "Both": true, "Each": true, "Such": true,
	"Then": true, "Also": true, "However": true, "Meanwhile": true, "Still": true, "Yet": true,
	"For": true, "From": true, "With": true, "By": true, "To": true, "Under": true,
	"Despite": true, "According": true, "During": true, "Since": true, "Until": true,
	"Now": true, "Today": true, "Yesterday": true, "Thus": true, "Instead": true,
	"Because": true, "Officials": true, "Police": true, "Authorities": true, "Other": true,
	"Another": true, "One": true, "Two": true, "Three": true, "Several": true, "More": true,
	"Do": true, "Does": true, "Did": true, "Is": true, "Are": true, "Was": true, "Were": true,
	"Can": true, "Could": true, "Will": true, "Would": true, "Should": true, "Not": true,
	"No": true, "Please": true, "Thanks": true, "Thank": true, "Let": true, "Even": true,
	"Only": true, "Just": true, "Last": true, "Earlier": true, "Later": true, "Once": true,
	"Every": true, "Any": true, "Nor": true, "Whether": true, "Unlike": true, "Like": true,
	"Among": true, "Over": true, "About": true, "Without": true, "Through": true,
	"Following": true, "Speaking": true, "Asked": true, "Hi": true, "Hello": true, "Dear": true,
}

// continuers are capitalised words that follow "a.m."/"p.m.", "Wed." or
// "etc." without starting a new sentence.
var continuers = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "ET": true, "EST": true, "EDT": true, "CT": true,
	"CST": true, "CDT": true, "MT": true, "MST": true, "MDT": true, "PT": true, "PST": true,
	"PDT": true, "GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "IST": true,
	"Eastern": true, "Central": true, "Pacific": true, "Mountain": true, "local": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true, "Aug.": true,
	"Sep.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true,
}

// hyphenPrefixes are word parts before a hyphen that UD English EWT keeps
// attached ("e-mail", "non-profit", "anti-war", "co-founder").
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "anti": true, "pre": true, "re": true, "mid": true, "post": true,
	"over": true, "co": true, "pro": true, "multi": true, "ex": true, "semi": true,
	"sub": true, "cross": true, "neo": true, "counter": true, "psycho": true, "socio": true,
	"intra": true, "micro": true, "un": true, "mis": true, "inter": true, "macro": true,
	"mega": true, "ultra": true, "quasi": true, "pseudo": true, "extra": true, "infra": true,
	"trans": true, "bi": true, "tri": true, "de": true, "meta": true, "proto": true,
	"hyper": true, "mini": true, "geo": true, "bio": true, "eco": true, "euro": true,
	"cyber": true, "supra": true, "retro": true, "arch": true,
}

// splitWords lists whole words that UD English EWT splits into two
// syntactic words, mapped to the byte length of the first ("cannot" →
// "can" + "not", "gonna" → "gon" + "na", "dont" → "do" + "nt"). Keys
// are lower-case; matching ignores case except where noted in isSplitWord.
var splitWords = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3, "dunno": 2,
	"dont": 2, "didnt": 3, "doesnt": 4, "cant": 2, "wont": 2, "isnt": 2, "wasnt": 3,
	"arent": 3, "werent": 4, "havent": 4, "hasnt": 3, "hadnt": 3, "couldnt": 5,
	"wouldnt": 5, "shouldnt": 6, "aint": 2, "im": 1, "ive": 1, "youre": 3,
	"theyre": 4, "thats": 4, "whats": 4, "theres": 5,
}

// clitics are the suffixes after an apostrophe split off as their own word.
var clitics = map[string]bool{"s": true, "m": true, "d": true, "ll": true, "re": true, "ve": true}

// units are unit and magnitude suffixes that EWT splits off a number
// written against them ("5pm" → 5 pm, "20k" → 20 k).
var units = map[string]bool{
	"am": true, "pm": true, "m": true, "k": true, "b": true, "bn": true, "mn": true,
	"mm": true, "cm": true, "km": true, "ft": true, "kg": true, "mg": true, "lb": true,
	"lbs": true, "oz": true, "hz": true, "khz": true, "mhz": true, "ghz": true, "kb": true,
	"mb": true, "gb": true, "tb": true, "kw": true, "mw": true, "gw": true, "kwh": true,
	"mwh": true, "ml": true, "min": true, "mins": true, "hr": true, "hrs": true, "yr": true,
	"yrs": true, "sq": true, "mph": true, "kph": true, "kmh": true, "x": true,
	"percent": true, "bps": true, "tn": true, "sec": true, "secs": true,
}
